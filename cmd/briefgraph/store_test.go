package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

const fixtureQuads = 23 // lines of testdata/store/fixture.nq

// cmdResult is what one run of the command line gave.
type cmdResult struct {
	stdout, stderr string
	err            error
}

// syncBuffer is a bytes.Buffer safe for a server goroutine and a test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runCmd runs the command line with stdin and an environment of vars.
func runCmd(ctx context.Context, stdin string, vars map[string]string, args ...string) cmdResult {
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
	err := run(ctx, args, e)
	return cmdResult{out.String(), errb.String(), err}
}

// fixtureDB returns the URL of a new bolt store holding testdata/store/fixture.nq.
func fixtureDB(t *testing.T) string {
	t.Helper()
	db := "bolt:" + filepath.Join(t.TempDir(), "fixture.db")
	r := runCmd(context.Background(), "", nil, "import", "--db", db, "testdata/store/fixture.nq")
	if r.err != nil {
		t.Fatalf("import fixture: %v\n%s", r.err, r.stderr)
	}
	return db
}

// hintOf returns the "Try:" hint main would print for err.
func hintOf(err error) string {
	var h *hintError
	if errors.As(err, &h) {
		return h.hint
	}
	return ""
}

// exportLines returns db's quads as sorted N-Quads lines.
func exportLines(t *testing.T, db string) []string {
	t.Helper()
	r := runCmd(context.Background(), "", nil, "export", "--db", db)
	if r.err != nil {
		t.Fatalf("export: %v", r.err)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	sort.Strings(lines)
	return lines
}

func TestResolveDB(t *testing.T) {
	tests := []struct {
		name, flag, envDB, want string
	}{
		{"flag wins", "memory:", "bolt:env.db", "memory:"},
		{"env next", "", "bolt:env.db", "bolt:env.db"},
		{"default last", "", "", "bolt:briefgraph.db"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{getenv: func(k string) string {
				if k == "BRIEFGRAPH_DB" {
					return tc.envDB
				}
				return ""
			}}
			if got := resolveDB(e, tc.flag); got != tc.want {
				t.Errorf("resolveDB = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestQueryCommand(t *testing.T) {
	db := fixtureDB(t)
	names := `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Country>").Out("<http://schema.org/name>").Unique().All()`
	tests := []struct {
		name, stdin string
		args        []string
		want        []string // substrings of stdout
		results     int      // -1: do not check
	}{
		{"gizmo", "", []string{"query", "--db", db, names}, []string{`"id": "China"`, `"id": "Italy"`, `"id": "Serbia"`}, 3},
		{"gizmo default lang from stdin", names, []string{"query", "--db", db, "-"}, []string{`"id": "Serbia"`}, 3},
		{"limit", "", []string{"query", "--db", db, "--limit", "2", names}, nil, 2},
		{"graphql", "", []string{"query", "--db", db, "--lang", "graphql", `{ nodes(<https://briefgraph.dev/ns#aidType>: "supplies") { id } }`}, []string{`"id": "https://briefgraph.dev/id/doc/b#aid1"`}, 1},
		{"mql", "", []string{"query", "--db", db, "--lang", "mql", `[{"id": null, "<http://schema.org/name>": "Italy"}]`}, []string{`"id": "<https://briefgraph.dev/id/country/IT>"`}, 1},
		{"db from env", "", []string{"query", names}, []string{`"id": "China"`}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(context.Background(), tc.stdin, map[string]string{"BRIEFGRAPH_DB": db}, tc.args...)
			if r.err != nil {
				t.Fatalf("error: %v\n%s", r.err, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %s:\n%s", w, r.stdout)
				}
			}
			var res []any
			if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
				t.Fatalf("stdout is not a JSON array: %v\n%s", err, r.stdout)
			}
			if tc.results >= 0 && len(res) != tc.results {
				t.Errorf("%d results, want %d", len(res), tc.results)
			}
		})
	}
}

func TestStatsCommand(t *testing.T) {
	db := fixtureDB(t)
	r := runCmd(context.Background(), "", nil, "stats", "--db", db)
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, w := range []string{"documents    2", "quads        23", "Country      3", "Person       1", "aid actions  2", "medical_team  1", "supplies     1"} {
		if !strings.Contains(strings.Join(strings.Fields(r.stdout), " "), strings.Join(strings.Fields(w), " ")) {
			t.Errorf("stats lacks %q:\n%s", w, r.stdout)
		}
	}
	r = runCmd(context.Background(), "", nil, "stats", "--db", db, "--json")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var st struct {
		Documents  int
		Quads      int
		Entities   map[string]int
		AidActions map[string]int
	}
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	if st.Documents != 2 || st.Quads != fixtureQuads || st.Entities["Country"] != 3 || st.AidActions["supplies"] != 1 {
		t.Errorf("stats --json = %+v", st)
	}
}

func TestExportImportCommands(t *testing.T) {
	db := fixtureDB(t)
	want := exportLines(t, db)
	if len(want) != fixtureQuads {
		t.Fatalf("export has %d quads, want %d", len(want), fixtureQuads)
	}
	dir := t.TempDir()
	for _, f := range []struct{ format, file string }{
		{"nquads", "g.nq"}, {"jsonld", "g.jsonld"}, {"json", "g.json"}, {"pquads", "g.pq"},
	} {
		t.Run(f.format, func(t *testing.T) {
			out := filepath.Join(dir, f.file)
			r := runCmd(context.Background(), "", nil, "export", "--db", db, "--format", f.format, "-o", out)
			if r.err != nil {
				t.Fatalf("export: %v", r.err)
			}
			if !strings.Contains(r.stderr, "wrote 23 quads") {
				t.Errorf("export -o said %q", r.stderr)
			}
			fresh := "bolt:" + filepath.Join(t.TempDir(), "copy.db")
			r = runCmd(context.Background(), "", nil, "import", "--db", fresh, out) // format from the extension
			if r.err != nil {
				t.Fatalf("import: %v", r.err)
			}
			if got := exportLines(t, fresh); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("round trip through %s differs:\n%s\nwant\n%s", f.format, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
	t.Run("stdin", func(t *testing.T) {
		nq, _ := os.ReadFile("testdata/store/fixture.nq")
		fresh := "bolt:" + filepath.Join(t.TempDir(), "copy.db")
		r := runCmd(context.Background(), string(nq), nil, "import", "--db", fresh, "-")
		if r.err != nil || !strings.Contains(r.stdout, "imported 23 quads") {
			t.Fatalf("import -: %v %q", r.err, r.stdout)
		}
	})
	t.Run("one document as dot", func(t *testing.T) {
		r := runCmd(context.Background(), "", nil, "export", "--db", db, "--format", "dot", "--doc", "<https://briefgraph.dev/id/doc/b>")
		if r.err != nil {
			t.Fatal(r.err)
		}
		if !strings.Contains(r.stdout, "digraph") || !strings.Contains(r.stdout, "Serbia") || strings.Contains(r.stdout, "Italy") {
			t.Errorf("dot export of document b:\n%s", r.stdout)
		}
	})
	for _, format := range []string{"graphml", "gml", "graphviz"} {
		t.Run(format, func(t *testing.T) {
			r1 := runCmd(context.Background(), "", nil, "export", "--db", db, "--format", format)
			r2 := runCmd(context.Background(), "", nil, "export", "--db", db, "--format", format)
			if r1.err != nil || r1.stdout == "" || r1.stdout != r2.stdout {
				t.Errorf("export --format %s: err %v, %d bytes, deterministic %v", format, r1.err, len(r1.stdout), r1.stdout == r2.stdout)
			}
		})
	}
}

// TestBadInput checks that each bad input fails with a message naming it,
// a hint, and the store as it was.
func TestBadInput(t *testing.T) {
	db := fixtureDB(t)
	dir := t.TempDir()
	absent := "bolt:" + filepath.Join(dir, "absent.db")
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string // substrings of the error
	}{
		{"query unknown lang", "", []string{"query", "--db", db, "--lang", "sparql", "SELECT"}, []string{`"sparql"`, "gizmo"}},
		{"query malformed gizmo", "", []string{"query", "--db", db, "g.V(.All()"}, []string{"gizmo query"}},
		{"query malformed graphql", "", []string{"query", "--db", db, "--lang", "graphql", "{ nodes( {"}, []string{"graphql query"}},
		{"query malformed mql", "", []string{"query", "--db", db, "--lang", "mql", `[{"id": `}, []string{"mql query"}},
		{"query empty stdin", "", []string{"query", "--db", db, "-"}, []string{"empty query"}},
		{"query no argument", "", []string{"query", "--db", db}, []string{"exactly one query"}},
		{"query unknown scheme", "", []string{"query", "--db", "mysql://root:topsecret@db/g", "g.V().All()"}, []string{"mysql://root:xxxxx@db/g", "bolt:PATH"}},
		{"query absent store", "", []string{"query", "--db", absent, "g.V().All()"}, []string{"absent.db", "does not exist"}},
		{"query bad limit", "", []string{"query", "--db", db, "--limit", "-1", "g.V().All()"}, []string{"--limit"}},
		{"stats absent store", "", []string{"stats", "--db", absent}, []string{"absent.db"}},
		{"export unknown format", "", []string{"export", "--db", db, "--format", "turtle"}, []string{`"turtle"`, "nquads"}},
		{"export unknown doc", "", []string{"export", "--db", db, "--doc", "https://briefgraph.dev/id/doc/zzz"}, []string{"doc/zzz"}},
		{"export unwritable -o", "", []string{"export", "--db", db, "-o", filepath.Join(dir, "no", "such", "dir", "g.nq")}, []string{"no/such/dir"}},
		{"import missing file", "", []string{"import", "--db", db, filepath.Join(dir, "missing.nq")}, []string{"missing.nq", "does not exist"}},
		{"import unknown format", "", []string{"import", "--db", db, "--format", "graphml", "testdata/store/fixture.nq"}, []string{`"graphml"`, "jsonld"}},
		{"import unguessable format", "", []string{"import", "--db", db, "testdata/store/fixture.txt"}, []string{"fixture.txt", "extension"}},
		{"import malformed", "", []string{"import", "--db", db, "testdata/store/malformed.nq"}, []string{"malformed.nq"}},
		{"import directory", "", []string{"import", "--db", db, "testdata/store"}, []string{"testdata/store", "directory"}},
		{"import no file", "", []string{"import", "--db", db}, []string{"no input file"}},
		{"import unwritable store", "", []string{"import", "--db", "bolt:/proc/briefgraph/x.db", "testdata/store/fixture.nq"}, []string{"/proc/briefgraph/x.db", "cannot create"}},
		{"import store path is a file", "", []string{"import", "--db", "bolt:testdata/store/fixture.nq", "testdata/store/fixture.nq"}, []string{"fixture.nq is a file"}},
		{"serve unknown scheme", "", []string{"serve", "--db", "redis://localhost", "--seed=false"}, []string{"redis://localhost", "accepted"}},
		{"serve bad timeout", "", []string{"serve", "--db", "memory:", "--query-timeout", "0s"}, []string{"--query-timeout"}},
	}
	before := exportLines(t, db)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCmd(context.Background(), tc.stdin, nil, tc.args...)
			if r.err == nil {
				t.Fatalf("succeeded; stdout %q", r.stdout)
			}
			if errors.Is(r.err, flag.ErrHelp) {
				t.Fatalf("flag error: %v", r.err)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.err.Error(), w) {
					t.Errorf("error %q lacks %q", r.err, w)
				}
			}
			if strings.Contains(r.err.Error()+r.stderr, "topsecret") {
				t.Errorf("password leaked: %v %s", r.err, r.stderr)
			}
			if hintOf(r.err) == "" {
				t.Errorf("error %q has no hint", r.err)
			}
		})
	}
	if after := exportLines(t, db); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Error("a failed command changed the store")
	}
	if _, err := os.Stat(filepath.Join(dir, "absent.db")); !os.IsNotExist(err) {
		t.Error("a read-only command created the absent store")
	}
}

func TestUsageHasExamples(t *testing.T) {
	for _, cmd := range []string{"query", "stats", "export", "import", "serve"} {
		t.Run(cmd, func(t *testing.T) {
			r := runCmd(context.Background(), "", nil, cmd, "-h")
			if !errors.Is(r.err, flag.ErrHelp) {
				t.Errorf("-h: err = %v", r.err)
			}
			if !strings.Contains(r.stderr, "Usage: briefgraph "+cmd) || !strings.Contains(r.stderr, "Examples:") || !strings.Contains(r.stderr, "-db") {
				t.Errorf("usage of %s:\n%s", cmd, r.stderr)
			}
		})
	}
}
