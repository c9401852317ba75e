package graph_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

func TestRedact(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"postgres userinfo", "postgres://bob:s3cret@db:5432/g?sslmode=disable", "postgres://bob:xxxxx@db:5432/g?sslmode=disable"},
		{"postgresql no password", "postgresql://bob@db/g", "postgresql://bob@db/g"},
		{"cockroach", "cockroach://root:hunter2@crdb:26257/g", "cockroach://root:xxxxx@crdb:26257/g"},
		{"password parameter", "postgres://db/g?user=bob&password=s3cret", "postgres://db/g?user=bob&password=xxxxx"},
		{"dsn", "host=db user=bob password=s3cret dbname=g", "host=db user=bob password=xxxxx dbname=g"},
		{"special characters", "postgres://bob:p%40ss%2Fw@db/g", "postgres://bob:xxxxx@db/g"},
		{"unparseable", "postgres://bob:se cret@db/%zz", "postgres://bob:xxxxx@db/%zz"},
		{"bolt", "bolt:briefgraph.db", "bolt:briefgraph.db"},
		{"memory", "memory:", "memory:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := graph.Redact(tc.in)
			if got != tc.want {
				t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
			}
			for _, secret := range []string{"s3cret", "hunter2", "p%40ss", "p@ss", "se cret"} {
				if strings.Contains(got, secret) {
					t.Errorf("Redact(%q) = %q leaks %q", tc.in, got, secret)
				}
			}
		})
	}
}

func FuzzRedact(f *testing.F) {
	f.Add("postgres://bob:s3cret@db/g")
	f.Add("cockroach://a:b@c/d?password=e")
	f.Fuzz(func(t *testing.T, pass string) {
		if len(pass) < 4 || strings.ContainsAny(pass, "@/?#% \t\n\r&=:'") {
			return
		}
		u := "postgres://bob:" + pass + "@db:5432/g?sslmode=disable"
		if got := graph.Redact(u); got != "postgres://bob:xxxxx@db:5432/g?sslmode=disable" {
			t.Errorf("Redact(%q) = %q leaks the password", u, got)
		}
	})
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url string
		is        error
		contains  []string
	}{
		{"unknown scheme", "mysql://root:topsecret@db/g", graph.ErrUnknownScheme, []string{"mysql://root:xxxxx@db/g", "bolt:PATH", "postgres://"}},
		{"no scheme", "briefgraph.db", graph.ErrUnknownScheme, []string{"briefgraph.db", "accepted"}},
		{"bolt without path", "bolt:", nil, []string{"bolt needs a path"}},
		{"bolt path is a file", "bolt:" + file, nil, []string{file, "is a file"}},
		{"bolt path unwritable", "bolt:/proc/briefgraph/store.db", nil, []string{"/proc/briefgraph/store.db", "cannot create"}},
		{"cockroach refused", "cockroach://root:topsecret@127.0.0.1:1/g?sslmode=disable&connect_timeout=2", nil, []string{"cockroach://root:xxxxx@127.0.0.1:1/g"}},
		{"postgres refused", "postgres://bob:topsecret@127.0.0.1:1/g?sslmode=disable&connect_timeout=2", nil, []string{"postgres://bob:xxxxx@127.0.0.1:1/g"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var log bytes.Buffer
			s, err := graph.Open(context.Background(), tc.url, graph.WithLogger(slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))))
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded", tc.url)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err = %v, want %v", err, tc.is)
			}
			for _, c := range tc.contains {
				if !strings.Contains(err.Error(), c) {
					t.Errorf("err %q does not contain %q", err, c)
				}
			}
			if strings.Contains(err.Error()+log.String(), "topsecret") {
				t.Errorf("password leaked:\nerr: %v\nlog: %s", err, log.String())
			}
			if strings.HasPrefix(tc.url, "postgres") && !strings.Contains(log.String(), "xxxxx") {
				t.Errorf("Cayley's log of the failure is missing or unredacted:\n%s", log.String())
			}
		})
	}
}

func TestOpenBoltReopen(t *testing.T) {
	u := "bolt:" + filepath.Join(t.TempDir(), "nested", "store.db")
	ctx := context.Background()
	s, err := graph.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, s, docA, docAQuads())
	// A second Open waits for the lock, then fails clearly.
	if _, err := graph.Open(ctx, u, graph.WithLockTimeout(100*time.Millisecond)); !errors.Is(err, graph.ErrLocked) {
		t.Errorf("second Open of a held bolt store: err = %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	s, err = graph.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sameLines(t, "quads after reopening", dump(t, s, ""), nquadLines(docAQuads()))
	if s.Backend() != graph.Bolt || s.URL() != u {
		t.Errorf("Backend, URL = %v, %v", s.Backend(), s.URL())
	}
}

func TestOpenWithoutCreate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "absent.db")
	_, err := graph.Open(context.Background(), "bolt:"+dir, graph.WithoutCreate())
	if !errors.Is(err, graph.ErrNoStore) {
		t.Fatalf("err = %v, want ErrNoStore", err)
	}
	if _, statErr := os.Stat(dir); !os.IsNotExist(statErr) {
		t.Errorf("Open WithoutCreate created %s", dir)
	}
}

func TestGeneration(t *testing.T) {
	s := mustOpen(t, "memory:")
	g0 := s.Generation()
	ingest(t, s, docA, docAQuads())
	g1 := s.Generation()
	if g1 == g0 {
		t.Error("ReplaceDocument did not change the generation")
	}
	if _, _, err := s.ReplaceDocument(context.Background(), docA, docAQuads()); err != nil {
		t.Fatal(err)
	}
	if s.Generation() != g1 {
		t.Error("an idempotent ReplaceDocument changed the generation")
	}
	if err := s.Handle().QuadWriter.AddQuad(q(docB, voc.Title, quad.String("t"), docB)); err != nil {
		t.Fatal(err)
	}
	if s.Generation() == g1 {
		t.Error("a write through Handle did not change the generation")
	}
}

// TestPostgresMessages checks, against the real server of
// BRIEFGRAPH_TEST_POSTGRES, that a wrong password never appears in an error
// or a log line, and that a server without TLS gets the sslmode hint.
func TestPostgresMessages(t *testing.T) {
	base := os.Getenv("BRIEFGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("set BRIEFGRAPH_TEST_POSTGRES=postgres://USER:PASS@127.0.0.1:5432/DB?sslmode=disable to run it")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	wrong := *u
	wrong.User = url.UserPassword(u.User.Username(), "wrong-topsecret-pw")
	noTLS := *u
	q := noTLS.Query()
	q.Del("sslmode")
	noTLS.RawQuery = q.Encode()
	tests := []struct {
		name, url string
		want      string
	}{
		{"wrong password", wrong.String(), "xxxxx"},
		{"sslmode defaults to require", noTLS.String(), "sslmode=disable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var log bytes.Buffer
			s, err := graph.Open(context.Background(), tc.url, graph.WithLogger(slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))))
			if err == nil {
				s.Close()
				t.Skipf("the server accepted %s", graph.Redact(tc.url))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err %q lacks %q", err, tc.want)
			}
			if p, _ := u.User.Password(); strings.Contains(err.Error()+log.String(), "topsecret") || (p != "" && strings.Contains(err.Error()+log.String(), p)) {
				t.Errorf("a password leaked:\nerr: %v\nlog: %s", err, log.String())
			}
		})
	}
}

// TestPostgresReopenQuiet checks that opening an existing PostgreSQL store,
// which initialises it again and gets Cayley's "database already exists",
// logs no error.
func TestPostgresReopenQuiet(t *testing.T) {
	base := os.Getenv("BRIEFGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("set BRIEFGRAPH_TEST_POSTGRES=postgres://USER:PASS@127.0.0.1:5432/DB?sslmode=disable to run it")
	}
	for i := range 2 {
		var log bytes.Buffer
		s, err := graph.Open(context.Background(), base, graph.WithLogger(slog.New(slog.NewTextHandler(&log, nil))))
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if strings.Contains(log.String(), "level=ERROR") {
			t.Errorf("open %d logged an error:\n%s", i+1, log.String())
		}
	}
}
