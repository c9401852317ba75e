package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// backend opens fresh, empty stores of one kind; each call gives a new one,
// closed (and for servers dropped) when the test ends.
type backend struct {
	name string
	open func(t *testing.T) *graph.Store
}

func backends(t *testing.T) []backend {
	bs := []backend{
		{"memory", func(t *testing.T) *graph.Store { return mustOpen(t, "memory:") }},
		{"bolt", func(t *testing.T) *graph.Store {
			return mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "store.db"))
		}},
		// A bolt store as Cayley creates it and briefgraph did before its
		// label index: documents are found by scanning every quad.
		{"bolt-without-label-index", func(t *testing.T) *graph.Store {
			return mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "store.db"), graph.WithoutLabelIndex())
		}},
	}
	if pg := os.Getenv("BRIEFGRAPH_TEST_POSTGRES"); pg != "" {
		bs = append(bs, backend{"postgres", func(t *testing.T) *graph.Store {
			return mustOpen(t, freshPostgres(t, pg)) // additions through briefgraph's bulk writer
		}}, backend{"postgres-cayley-writer", func(t *testing.T) *graph.Store {
			return mustOpen(t, freshPostgres(t, pg), graph.WithCayleyWriter())
		}})
	} else {
		bs = append(bs, backend{"postgres", func(t *testing.T) *graph.Store {
			t.Skip("PostgreSQL backend skipped: set BRIEFGRAPH_TEST_POSTGRES=postgres://USER:PASS@127.0.0.1:5432/DB?sslmode=disable (a role that may CREATE DATABASE) to run it; .ci/run does")
			return nil
		}})
	}
	return bs
}

func mustOpen(t *testing.T, u string, opts ...graph.Option) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), u, opts...)
	if err != nil {
		t.Fatalf("Open(%s): %v", graph.Redact(u), err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// freshPostgres creates a database of its own for one test on the server of
// base, drops it when the test ends, and returns its URL.
func freshPostgres(t *testing.T, base string) string {
	t.Helper()
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("postgres %s: %v", graph.Redact(base), err)
	}
	t.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("briefgraph_test_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database %s on %s: %v", name, graph.Redact(base), err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// TestConformance runs the same stories against every backend.
func TestConformance(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			b.open(t) // skips the whole backend if it is not available
			t.Run("IngestAndReingest", func(t *testing.T) { testIngest(t, b) })
			t.Run("ReplaceChanged", func(t *testing.T) { testReplaceChanged(t, b) })
			t.Run("RejectWrongLabel", func(t *testing.T) { testWrongLabel(t, b) })
			t.Run("DeleteDocument", func(t *testing.T) { testDelete(t, b) })
			t.Run("Documents", func(t *testing.T) { testDocuments(t, b) })
			t.Run("Query", func(t *testing.T) { testQuery(t, b) })
			t.Run("QueryErrors", func(t *testing.T) { testQueryErrors(t, b) })
			t.Run("QueryTimeout", func(t *testing.T) { testQueryTimeout(t, b) })
			t.Run("ExportImportRoundTrip", func(t *testing.T) { testRoundTrip(t, b) })
			t.Run("ExportFormats", func(t *testing.T) { testExportFormats(t, b) })
			t.Run("ImportAtomic", func(t *testing.T) { testImportAtomic(t, b) })
			t.Run("Stats", func(t *testing.T) { testStats(t, b) })
		})
	}
}

func ingest(t *testing.T, s *graph.Store, doc quad.IRI, qs []quad.Quad) (int, int) {
	t.Helper()
	a, r, err := s.ReplaceDocument(context.Background(), doc, qs)
	if err != nil {
		t.Fatalf("ReplaceDocument(%s): %v", doc, err)
	}
	return a, r
}

func quadCount(t *testing.T, s *graph.Store) int64 {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st.Quads
}

// dump returns the store's quads as sorted N-Quads lines.
func dump(t *testing.T, s *graph.Store, doc quad.IRI) []string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, "nquads", doc); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	sort.Strings(lines)
	return lines
}

func nquadLines(qs []quad.Quad) []string {
	seen := map[string]bool{}
	var out []string
	for _, q := range qs {
		l := q.NQuad()
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s differ:\ngot  %d lines:\n%s\nwant %d lines:\n%s", what, len(got), strings.Join(got, "\n"), len(want), strings.Join(want, "\n"))
	}
}

func testIngest(t *testing.T, b backend) {
	s := b.open(t)
	a := docAQuads()
	added, removed := ingest(t, s, docA, append(a, a[0], a[1])) // duplicates are ignored
	if added != len(nquadLines(a)) || removed != 0 {
		t.Errorf("first ingest: added %d removed %d, want %d and 0", added, removed, len(nquadLines(a)))
	}
	ingest(t, s, docB, docBQuads())
	n1 := quadCount(t, s)
	if want := int64(len(nquadLines(a)) + len(nquadLines(docBQuads()))); n1 != want {
		t.Errorf("quads after ingest = %d, want %d", n1, want)
	}
	added, removed = ingest(t, s, docA, docAQuads())
	if added != 0 || removed != 0 {
		t.Errorf("re-ingest: added %d removed %d, want 0 and 0", added, removed)
	}
	if n2 := quadCount(t, s); n2 != n1 {
		t.Errorf("quads after re-ingest = %d, want %d (as after the first)", n2, n1)
	}
	sameLines(t, "document A's quads", dump(t, s, docA), nquadLines(a))
}

func testReplaceChanged(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	ingest(t, s, docB, docBQuads())
	changed := docAQuads()[:10]
	changed = append(changed, q(docA, voc.ContentHash, quad.String("hash-a-2"), docA))
	added, removed := ingest(t, s, docA, changed)
	if added != 1 || removed != len(nquadLines(docAQuads()))-10 {
		t.Errorf("replace: added %d removed %d, want 1 and %d", added, removed, len(nquadLines(docAQuads()))-10)
	}
	sameLines(t, "document A after replace", dump(t, s, docA), nquadLines(changed))
	sameLines(t, "document B after replacing A", dump(t, s, docB), nquadLines(docBQuads()))
	h, ok, err := s.DocumentHash(context.Background(), docA)
	if err != nil || !ok {
		t.Fatalf("DocumentHash: %q %v %v", h, ok, err)
	}
	// Both hashes were in the new quads; the old one was kept in the first 10.
	if h != "hash-a-1" && h != "hash-a-2" {
		t.Errorf("DocumentHash = %q", h)
	}
}

func testWrongLabel(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	before := dump(t, s, "")
	bad := append(docBQuads(), q(docB, voc.Title, quad.String("stray"), docA))
	_, _, err := s.ReplaceDocument(context.Background(), docB, bad)
	if !errors.Is(err, graph.ErrWrongLabel) {
		t.Fatalf("ReplaceDocument with a stray label: err = %v, want ErrWrongLabel", err)
	}
	unlabelled := []quad.Quad{{Subject: docB, Predicate: iri(voc.Title), Object: quad.String("x")}}
	if _, _, err := s.ReplaceDocument(context.Background(), docB, unlabelled); !errors.Is(err, graph.ErrWrongLabel) {
		t.Fatalf("ReplaceDocument without a label: err = %v, want ErrWrongLabel", err)
	}
	sameLines(t, "store after refused writes", dump(t, s, ""), before)
}

func testDelete(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	ingest(t, s, docB, docBQuads())
	n, err := s.DeleteDocument(context.Background(), docA)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(nquadLines(docAQuads())) {
		t.Errorf("DeleteDocument removed %d quads, want %d", n, len(nquadLines(docAQuads())))
	}
	if got := dump(t, s, docA); len(got) != 0 {
		t.Errorf("document A still has %d quads", len(got))
	}
	// B's quads survive, including its statements about China, which A made too.
	sameLines(t, "store after deleting A", dump(t, s, ""), nquadLines(docBQuads()))
	res, err := s.Query(context.Background(), "gizmo",
		fmt.Sprintf(`g.V(%q).Out(%q).All()`, "<"+string(china)+">", "<"+voc.Type+">"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 {
		t.Errorf("China's types after deleting A: %v, want one (Country)", res)
	}
	if n, err := s.DeleteDocument(context.Background(), docA); err != nil || n != 0 {
		t.Errorf("deleting A again: %d, %v; want 0, nil", n, err)
	}
}

func testDocuments(t *testing.T, b backend) {
	s := b.open(t)
	ctx := context.Background()
	if _, ok, err := s.DocumentHash(ctx, docA); err != nil || ok {
		t.Errorf("DocumentHash of an absent document: ok=%v err=%v", ok, err)
	}
	ingest(t, s, docA, docAQuads())
	ingest(t, s, docB, docBQuads())
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.DocInfo{
		{IRI: docA, Title: "Press conference on international cooperation", Hash: "hash-a-1", Quads: len(nquadLines(docAQuads()))},
		{IRI: docB, Title: "Briefing on aid to Serbia", Hash: "hash-b-1", Quads: len(nquadLines(docBQuads()))},
	}
	if fmt.Sprint(docs) != fmt.Sprint(want) {
		t.Errorf("Documents() =\n%v\nwant\n%v", docs, want)
	}
	if h, ok, err := s.DocumentHash(ctx, docB); err != nil || !ok || h != "hash-b-1" {
		t.Errorf("DocumentHash(B) = %q %v %v", h, ok, err)
	}
}

func testQuery(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	ingest(t, s, docB, docBQuads())
	ctx := context.Background()
	tests := []struct {
		name, lang, query string
		limit             int
		want              string // fmt.Sprint of the sorted results
	}{
		{
			name:  "gizmo recipients of China's aid",
			lang:  "gizmo",
			query: fmt.Sprintf(`g.V("<%s>").In("<%s>").Out("<%s>").Out("<%s>").Unique().All()`, string(china), voc.Provider, voc.Recipient, voc.Name),
			want:  "[map[id:Italy] map[id:Serbia] map[id:World Health Organization]]",
		},
		{
			name:  "gizmo medical teams with tags",
			lang:  "gizmo",
			query: fmt.Sprintf(`g.V().Has("<%s>", "medical_team").Out("<%s>").Tag("to").In("<%s>").Out("<%s>").Out("<%s>").Unique().All()`, voc.AidType, voc.Recipient, voc.Recipient, voc.Provider, voc.Name),
			want:  "[map[id:China to:" + italy.String() + "]]",
		},
		{
			name:  "gizmo limit",
			lang:  "gizmo",
			query: fmt.Sprintf(`g.V().Has("<%s>", "<%s>").All()`, voc.Type, voc.Country),
			limit: 2,
			want:  "2 results",
		},
		{
			name:  "graphql aid actions",
			lang:  "graphql",
			query: fmt.Sprintf(`{ nodes(<%s>: "supplies") { id, recipient: <%s> { name: <%s> } } }`, voc.AidType, voc.Recipient, voc.Name),
			want:  "[map[nodes:map[id:<" + string(docB) + "#aid1> recipient:map[name:\"Serbia\"]]]]",
		},
		{
			name:  "mql countries",
			lang:  "mql",
			query: fmt.Sprintf(`[{"id": null, "<%s>": "<%s>", "<%s>": "CN"}]`, voc.Type, voc.Country, voc.ISO2),
			want:  "[map[<" + voc.Type + ">:<" + voc.Country + "> <" + voc.ISO2 + ">:CN id:" + china.String() + "]]",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Query(ctx, tc.lang, tc.query, tc.limit)
			if err != nil {
				t.Fatalf("Query: %v", err)
			}
			got := sortedSprint(res)
			if strings.HasSuffix(tc.want, " results") {
				got = fmt.Sprintf("%d results", len(res))
			}
			if got != tc.want {
				t.Errorf("results\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

// sortedSprint prints results in a stable order, for comparison.
func sortedSprint(res []any) string {
	parts := make([]string, len(res))
	for i, r := range res {
		parts[i] = fmt.Sprint(r)
	}
	sort.Strings(parts)
	return "[" + strings.Join(parts, " ") + "]"
}

func testQueryErrors(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	tests := []struct {
		name, lang, query string
		want              error
	}{
		{"unknown language", "sparql", "SELECT * WHERE {?s ?p ?o}", graph.ErrUnknownLanguage},
		{"gizmo syntax", "gizmo", "g.V(.All()", graph.ErrBadQuery},
		{"gizmo runtime", "gizmo", "g.V().NoSuchStep()", graph.ErrBadQuery},
		{"gizmo empty", "gizmo", "  ", graph.ErrBadQuery},
		{"graphql syntax", "graphql", "{ nodes( { id }", graph.ErrBadQuery},
		{"mql not json", "mql", `[{"id": null`, graph.ErrBadQuery},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Query(context.Background(), tc.lang, tc.query, 0)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var qe *graph.QueryError
			if !errors.As(err, &qe) || qe.Lang != tc.lang {
				t.Errorf("err = %#v, want a *QueryError for %s", err, tc.lang)
			}
			if !strings.Contains(err.Error(), tc.lang) {
				t.Errorf("message %q does not name the language", err)
			}
		})
	}
}

func testQueryTimeout(t *testing.T, b backend) {
	s := b.open(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := s.Query(ctx, "gizmo", "while(true){}", 0)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("endless gizmo: err = %v, want DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("endless gizmo stopped after %s", d)
	}
	// The store still answers.
	if _, err := s.Query(context.Background(), "gizmo", "g.V().All()", 1); err != nil {
		t.Errorf("query after a timeout: %v", err)
	}
}

func testRoundTrip(t *testing.T, b backend) {
	src := b.open(t)
	ingest(t, src, docA, docAQuads())
	ingest(t, src, docB, docBQuads())
	want := dump(t, src, "")
	for _, format := range graph.ImportFormats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := src.Export(context.Background(), &buf, format, "")
			if err != nil {
				t.Fatal(err)
			}
			if n != len(want) {
				t.Errorf("Export wrote %d quads, want %d", n, len(want))
			}
			dst := b.open(t)
			m, err := dst.Import(context.Background(), bytes.NewReader(buf.Bytes()), format)
			if err != nil {
				t.Fatalf("Import: %v", err)
			}
			if m != n {
				t.Errorf("Import read %d quads, want %d", m, n)
			}
			sameLines(t, format+" round trip", dump(t, dst, ""), want)
		})
	}
}

func testExportFormats(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	ingest(t, s, docB, docBQuads())
	for _, format := range graph.ExportFormats() {
		t.Run(format, func(t *testing.T) {
			var one, two bytes.Buffer
			if _, err := s.Export(context.Background(), &one, format, docB); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Export(context.Background(), &two, format, docB); err != nil {
				t.Fatal(err)
			}
			if one.Len() == 0 {
				t.Fatal("empty export")
			}
			if !bytes.Equal(one.Bytes(), two.Bytes()) {
				t.Error("two exports of the same document differ")
			}
			if format != "pquads" && !bytes.Contains(one.Bytes(), []byte("Serbia")) {
				t.Errorf("export of document B lacks Serbia:\n%s", one.String())
			}
			if bytes.Contains(one.Bytes(), []byte("Italy")) {
				t.Error("export of document B holds document A's Italy")
			}
		})
	}
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, "turtle", ""); !errors.Is(err, graph.ErrUnknownFormat) {
		t.Errorf("Export(turtle): err = %v, want ErrUnknownFormat", err)
	}
}

func testImportAtomic(t *testing.T, b backend) {
	s := b.open(t)
	ingest(t, s, docA, docAQuads())
	before := dump(t, s, "")
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	w.WriteQuads(docBQuads())
	w.Close()
	buf.WriteString("<a> <b> \"unterminated .\n")
	if _, err := s.Import(context.Background(), &buf, "nquads"); err == nil {
		t.Fatal("Import of malformed N-Quads succeeded")
	}
	sameLines(t, "store after a failed import", dump(t, s, ""), before)
	if _, err := s.Import(context.Background(), strings.NewReader(""), "graphml"); !errors.Is(err, graph.ErrUnknownFormat) {
		t.Errorf("Import(graphml): err = %v, want ErrUnknownFormat", err)
	}
}

func testStats(t *testing.T, b backend) {
	s := b.open(t)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads != 0 || st.Documents != 0 || st.Entities["Country"] != 0 {
		t.Errorf("empty store stats = %+v", st)
	}
	ingest(t, s, docA, docAQuads())
	ingest(t, s, docB, docBQuads())
	st, err = s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Stats{
		Documents: 2,
		Entities: map[string]int{
			"Person": 1, "GovernmentOrganization": 1, "Country": 3, "Organization": 1, "Place": 1,
		},
		AidActions: map[string]int{
			voc.MedicalTeam: 1, voc.Supplies: 1, voc.KnowledgeSharing: 1, voc.Funding: 0,
			voc.ExpertExchange: 0, voc.ResearchCooperation: 0, voc.OtherAid: 0,
		},
		AidActionsTotal: 3,
		Quads:           int64(len(nquadLines(docAQuads())) + len(nquadLines(docBQuads()))),
	}
	if fmt.Sprint(st) != fmt.Sprint(want) {
		t.Errorf("Stats() =\n%+v\nwant\n%+v", st, want)
	}
}
