package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/ingest"
)

func seedFile(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../data/scio-covid19-international-cooperation-p4.txt")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIngestCommand(t *testing.T) {
	db := "bolt:" + filepath.Join(t.TempDir(), "db")
	dir := t.TempDir()
	data, err := os.ReadFile(seedFile(t))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "seed.txt"), data, 0o644)

	e, out, _ := genTestEnv()
	if err := run(context.Background(), []string{"ingest", "--db", db, dir}, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "1 new, 0 replaced, 0 unchanged, 0 failed") {
		t.Fatalf("first run:\n%s", out)
	}
	e, out, _ = genTestEnv()
	if err := run(context.Background(), []string{"ingest", "--db", db, dir}, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0 new, 0 replaced, 1 unchanged, 0 failed") {
		t.Fatalf("second run:\n%s", out)
	}
	// The same bytes under BRIEFGRAPH_DB, changed: replaced.
	os.WriteFile(filepath.Join(dir, "seed.txt"), append(data, "\nLuo Zhaohui:\n\nChina has sent a medical team to Peru.\n"...), 0o644)
	e, out, _ = genTestEnv()
	e.getenv = func(k string) string {
		if k == "BRIEFGRAPH_DB" {
			return db
		}
		return ""
	}
	if err := run(context.Background(), []string{"ingest", dir}, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0 new, 1 replaced, 0 unchanged, 0 failed") {
		t.Fatalf("after a change:\n%s", out)
	}
}

func TestIngestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string { return writeFile(t, dir, name, data) }
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1})
	latin1 := write("latin1.txt", []byte("Caf\xe9\n"))
	images := filepath.Join(dir, "images")
	os.Mkdir(images, 0o755)
	missing := filepath.Join(dir, "missing.txt")
	db := "bolt:" + filepath.Join(t.TempDir(), "db")

	e, out, _ := genTestEnv()
	err := run(context.Background(), []string{"ingest", "--db", db, seedFile(t), empty, binary, latin1, images, missing}, e)
	if err == nil || !strings.Contains(err.Error(), "5 of 6 documents failed") {
		t.Fatalf("error %v\n%s", err, out)
	}
	for _, want := range []string{
		empty + ": empty file",
		binary + ": binary file",
		latin1 + ": not UTF-8 text: invalid byte 0xe9 at offset 3",
		images + ": directory holds no transcript",
		missing + ": no such file or directory",
		"1 new, 0 replaced, 0 unchanged, 5 failed",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	st, err := graph.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if docs, _ := st.Documents(context.Background()); len(docs) != 1 {
		t.Errorf("%d documents stored, want the seed alone", len(docs))
	}
}

func TestIngestUsage(t *testing.T) {
	for name, args := range map[string][]string{
		"no path":        {"ingest"},
		"unknown scheme": {"ingest", "--db", "nosuch:x", "."},
		"bad workers":    {"ingest", "--workers", "-2", "."},
		"bad batch-mb":   {"ingest", "--batch-mb", "-1", "."},
		"bad memory":     {"ingest", "--memory-limit", "lots", "."},
	} {
		t.Run(name, func(t *testing.T) {
			e, _, _ := genTestEnv()
			if err := run(context.Background(), args, e); err == nil {
				t.Fatal("no error")
			}
		})
	}
	e, _, _ := genTestEnv()
	if err := run(context.Background(), []string{"ingest", "--db", "nosuch:x", "."}, e); !errors.Is(err, graph.ErrUnknownScheme) {
		t.Errorf("unknown scheme: %v", err)
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		out  string
	}{
		{"384MiB", 384 << 20, "384MiB"},
		{"1GiB", 1 << 30, "1GiB"},
		{"2 KiB", 2048, "2KiB"},
		{"500MB", 500e6, "500000000"},
		{"1000", 1000, "1000"},
		{"12B", 12, "12"},
		{"0", 0, "0"},
	}
	for _, tc := range tests {
		var b byteSize
		if err := b.Set(tc.in); err != nil || int64(b) != tc.want || b.String() != tc.out {
			t.Errorf("Set(%q): %d (%s), %v; want %d (%s)", tc.in, int64(b), b.String(), err, tc.want, tc.out)
		}
	}
	for _, bad := range []string{"", "lots", "-1MiB", "1.5GiB", "9999999TiB"} {
		var b byteSize
		if err := b.Set(bad); err == nil {
			t.Errorf("Set(%q) = %d, want an error", bad, int64(b))
		}
	}
}

func TestIngestProgressLines(t *testing.T) {
	var buf bytes.Buffer
	r := newIngestReporter(&buf, time.Nanosecond)
	r.update(ingest.Result{}, ingest.Progress{Done: 5, Total: 20, Quads: 1000, Elapsed: time.Second})
	time.Sleep(time.Millisecond)
	r.update(ingest.Result{}, ingest.Progress{Done: 10, Total: 20, Quads: 2000, Elapsed: 2 * time.Second})
	r.finish()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) < 2 || !strings.Contains(lines[1], "10/20 documents (50%), 2000 quads, 1000 quads/s, elapsed 2s, ETA 2s") {
		t.Fatalf("progress lines:\n%s", buf.String())
	}
}
