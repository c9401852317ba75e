package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string { return writeFile(t, dir, name, data) }
	seed := "../../data/scio-covid19-international-cooperation-p4.txt"
	seedBytes, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		stdin   string
		want    string // in stdout
		wantErr string // in the error; "" for success
	}{
		{"seed as N-Quads", []string{"extract", seed}, "",
			`<https://briefgraph.dev/id/country/it> <http://schema.org/name> "Italy" <https://briefgraph.dev/id/doc/scio-covid19-international-cooperation-p4> .`, ""},
		{"seed as JSON-LD", []string{"extract", "--format", "jsonld", seed}, "", `"@id":"https://briefgraph.dev/id/country/it"`, ""},
		{"standard input", []string{"extract", "-"}, string(seedBytes), `"medical_team"`, ""},
		{"host given", []string{"extract", "--country", "CN", seed}, "", `"expert_exchange"`, ""},
		{"no file", []string{"extract"}, "", "", "no transcript given"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, "", "", "nope.txt: no such file"},
		{"directory", []string{"extract", dir}, "", "", "is a directory"},
		{"empty file", []string{"extract", write("empty.txt", nil)}, "", "", "empty.txt: empty"},
		{"binary file", []string{"extract", write("x.pdf", []byte("%PDF-1.4\x00\x01\x02"))}, "", "", "x.pdf: binary data"},
		{"not UTF-8", []string{"extract", write("latin1.txt", []byte("Caf\xe9 briefing"))}, "", "", "latin1.txt: not UTF-8"},
		{"unknown format", []string{"extract", "--format", "xml", seed}, "", "", `unknown format "xml" for export`},
		{"unknown country", []string{"extract", "--country", "ZZ", seed}, "", "", `unknown country code "ZZ"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(tt.stdin), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
			err := run(context.Background(), tt.args, e)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if stdout.Len() != 0 {
					t.Errorf("a failed extract wrote %d bytes to stdout", stdout.Len())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(stdout.String(), tt.want) {
				t.Errorf("output lacks %s", tt.want)
			}
		})
	}
}

// TestExtractAllOrNothing checks that a bad file among good ones leaves no
// partial output: extraction finishes before anything is written.
func TestExtractAllOrNothing(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(bad, []byte{0xff, 0xfe, 0x00}, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }}
	err := run(context.Background(), []string{"extract", "../../data/scio-covid19-international-cooperation-p4.txt", bad}, e)
	if err == nil || stdout.Len() != 0 {
		t.Fatalf("err = %v, stdout %d bytes; want an error and no output", err, stdout.Len())
	}
}

// writeFile writes data to dir/name for a test and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
