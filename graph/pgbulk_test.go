package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// Documents of the bulk writer's test: every kind of value Cayley's SQL
// schema stores in a column of its own, values shared between documents
// (reference counts above one), and text that COPY must escape.
const (
	bulkDoc1 = quad.IRI("https://example.org/doc/1")
	bulkDoc2 = quad.IRI("https://example.org/doc/2")
	bulkDoc3 = quad.IRI("https://example.org/doc/3")
	bulkDoc4 = quad.IRI("https://example.org/doc/4")
	bulkSubj = quad.IRI("https://example.org/id/s")
)

func bulkValues() []quad.Value {
	cst := time.FixedZone("CST", 8*3600)
	return []quad.Value{
		quad.IRI("https://example.org/id/o"),
		quad.IRI("https://example.org/id/with space\tand\\backslash"),
		quad.BNode("b1"),
		quad.String("plain"),
		quad.String("https://example.org/id/o"), // the text of an IRI, as a string: another node
		quad.String("tab\there, newline\nthere, CR\r, backslash \\ and \\N, NUL \x00 inside, quote \" and ' 中文 🙂"),
		quad.String(""),
		quad.TypedString{Value: "2020-03-28", Type: "http://www.w3.org/2001/XMLSchema#date"},
		quad.TypedString{Value: "x\ty", Type: "https://example.org/ns#custom"},
		quad.LangString{Value: "中国向意大利派出医疗队", Lang: "zh"},
		quad.LangString{Value: "plain", Lang: "en-GB"},
		quad.Int(0),
		quad.Int(-42),
		quad.Int(math.MaxInt64),
		quad.Int(math.MinInt64),
		quad.Float(3.141592653589793),
		quad.Float(-0.1),
		quad.Float(1e-300),
		quad.Float(1.7976931348623157e308),
		quad.Float(math.Inf(1)),
		quad.Float(math.Inf(-1)),
		quad.Bool(true),
		quad.Bool(false),
		quad.Time(time.Date(2020, 3, 28, 15, 4, 5, 123456789, cst)),
		quad.Time(time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC)),
		quad.Time(time.Date(2020, 3, 28, 0, 0, 0, 999, time.UTC)),
	}
}

// bulkDoc returns a document stating every value of bulkValues about
// bulkSubj and about a node of its own (a blank node for odd n).
func bulkDoc(doc quad.IRI, n int) []quad.Quad {
	var own quad.Value = quad.IRI(string(doc) + "#own")
	if n%2 == 1 {
		own = quad.BNode(fmt.Sprintf("own%d", n))
	}
	qs := []quad.Quad{
		{Subject: doc, Predicate: iri(voc.Type), Object: iri(voc.Document), Label: doc},
		{Subject: doc, Predicate: iri(voc.ContentHash), Object: quad.String(fmt.Sprintf("hash-%d", n)), Label: doc},
	}
	for i, v := range bulkValues() {
		p := quad.IRI(fmt.Sprintf("https://example.org/ns#p%d", i%5))
		qs = append(qs,
			quad.Quad{Subject: bulkSubj, Predicate: p, Object: v, Label: doc},
			quad.Quad{Subject: own, Predicate: p, Object: v, Label: doc},
		)
	}
	qs = append(qs, quad.Quad{Subject: quad.BNode("b1"), Predicate: iri(voc.Name), Object: quad.Int(int64(n)), Label: doc})
	return qs
}

// bulkStory writes the same sequence of changes to s: new documents in a
// batch (bulk on PostgreSQL), a new document alone (bulk), a replacement
// and a deletion (Cayley's writer), a document stored again after its
// deletion (bulk), an import with unlabelled quads and quads already
// stored (bulk). It calls step after each change, saying whether it is one
// the bulk writer writes.
func bulkStory(t *testing.T, s *graph.Store, step func(name string, bulk bool)) {
	t.Helper()
	ctx := context.Background()
	d2 := bulkDoc(bulkDoc2, 2)
	d2 = append(d2, d2[3], d2[4]) // repeats: ReplaceDocuments drops them
	if _, err := s.ReplaceDocuments(ctx, []graph.Doc{graph.Prepare(graph.Doc{IRI: bulkDoc1, Quads: bulkDoc(bulkDoc1, 1)}), {IRI: bulkDoc2, Quads: d2}}); err != nil {
		t.Fatalf("first batch: %v", err)
	}
	step("new documents in a batch", true)
	ingest(t, s, bulkDoc3, bulkDoc(bulkDoc3, 3))
	step("a new document alone", true)
	changed := append(bulkDoc(bulkDoc1, 1)[5:], quad.Quad{Subject: bulkDoc1, Predicate: iri(voc.Title), Object: quad.String("changed"), Label: bulkDoc1})
	if _, err := s.ReplaceDocuments(ctx, []graph.Doc{{IRI: bulkDoc1, Quads: changed}, {IRI: bulkDoc4, Quads: bulkDoc(bulkDoc4, 4)}}); err != nil {
		t.Fatalf("replacement batch: %v", err)
	}
	step("a replacement and a new document", false)
	if _, err := s.DeleteDocument(ctx, bulkDoc2); err != nil {
		t.Fatal(err)
	}
	step("a deletion", false)
	if _, err := s.ReplaceDocuments(ctx, []graph.Doc{graph.Prepare(graph.Doc{IRI: bulkDoc2, Quads: bulkDoc(bulkDoc2, 2)})}); err != nil {
		t.Fatalf("document stored again: %v", err)
	}
	step("a deleted document stored again", true)
	var nq bytes.Buffer
	for _, l := range []string{
		`<https://example.org/id/s> <https://example.org/ns#p0> "unlabelled" .`,
		`_:x <https://example.org/ns#p1> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
		`<https://example.org/id/s> <https://example.org/ns#p0> <https://example.org/id/o> <https://example.org/doc/3> .`, // stored already
		`<https://example.org/id/s> <https://example.org/ns#p0> "imported"@fr <https://example.org/doc/5> .`,
		// The text Cayley writes for a NUL byte, as a literal: Cayley reads
		// it back as a NUL byte (another value), so DeleteDocument cannot
		// delete it, with either writer. Only in a document never deleted
		// before the end.
		`<https://example.org/id/s> <https://example.org/ns#p0> "\\x00" <https://example.org/doc/5> .`,
	} {
		nq.WriteString(l + "\n")
	}
	if _, err := s.Import(ctx, &nq, "nquads"); err != nil {
		t.Fatalf("import: %v", err)
	}
	step("an import", true)
}

// tableDump returns Cayley's two tables as lines of JSON, every column
// included: nodes by hash; quads by horizon (their id), with ts replaced
// by the rank of its transaction (ts is the time of the write), and the
// horizon sequence's last value.
func tableDump(t *testing.T, db *sql.DB) (nodes, quads []string) {
	t.Helper()
	read := func(query string) []string {
		rows, err := db.Query(query)
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	nodes = read(`SELECT row_to_json(n)::text FROM (
		SELECT encode(hash, 'hex') AS hash, refs, encode(value, 'hex') AS value, value_string, datatype, language,
		       iri, bnode, value_int, value_bool, value_float, value_time
		FROM nodes ORDER BY hash) n`)
	quads = read(`SELECT row_to_json(q)::text FROM (
		SELECT horizon, encode(subject_hash, 'hex') AS s, encode(predicate_hash, 'hex') AS p,
		       encode(object_hash, 'hex') AS o, encode(label_hash, 'hex') AS l,
		       ts IS NULL AS no_ts, dense_rank() OVER (ORDER BY ts) AS tx
		FROM quads ORDER BY horizon) q`)
	quads = append(quads, read(`SELECT 'sequence ' || last_value FROM quads_horizon_seq`)...)
	return nodes, quads
}

// countInserts makes the database count the INSERT statements run on
// quads, with a statement trigger, and returns a function reading the count.
func countInserts(t *testing.T, db *sql.DB) func() int {
	t.Helper()
	for _, stmt := range []string{
		`CREATE TABLE insert_statements (n INT NOT NULL)`,
		`INSERT INTO insert_statements VALUES (0)`,
		`CREATE FUNCTION count_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE insert_statements SET n = n + 1; RETURN NULL; END $$`,
		`CREATE TRIGGER count_insert AFTER INSERT ON quads FOR EACH STATEMENT EXECUTE FUNCTION count_insert()`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	return func() int {
		var n int
		if err := db.QueryRow(`SELECT n FROM insert_statements`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
}

// TestBulkWriterRows writes the same documents through Cayley's SQL writer
// into one database and through the bulk writer into another, and
// compares every row of Cayley's nodes and quads tables, then what
// Cayley's reader and query languages make of them.
func TestBulkWriterRows(t *testing.T) {
	base := postgresBase(t)
	cayleyURL, bulkURL := freshPostgres(t, base), freshPostgres(t, base)
	cayley := mustOpen(t, cayleyURL, graph.WithCayleyWriter())
	bulk := mustOpen(t, bulkURL)
	cayleyDB, bulkDB := openDB(t, cayleyURL), openDB(t, bulkURL)
	cayleyInserts, bulkInserts := countInserts(t, cayleyDB), countInserts(t, bulkDB)

	// Count the INSERT statements on quads of each change: the bulk
	// writer's changes take one, Cayley's writer's one per quad.
	var cayleySteps []int
	last := 0
	bulkStory(t, cayley, func(string, bool) {
		n := cayleyInserts()
		cayleySteps = append(cayleySteps, n-last)
		last = n
	})
	i, last := 0, 0
	bulkStory(t, bulk, func(name string, isBulk bool) {
		n := bulkInserts()
		got, want := n-last, cayleySteps[i]
		if isBulk {
			want = 1
		}
		t.Logf("%s: %d INSERT statements on quads (Cayley's writer: %d)", name, got, cayleySteps[i])
		if got != want || (isBulk && cayleySteps[i] < 2) {
			t.Errorf("%s: %d INSERT statements on quads, want %d (Cayley's writer: %d)", name, got, want, cayleySteps[i])
		}
		i, last = i+1, n
	})

	cn, cq := tableDump(t, cayleyDB)
	bn, bq := tableDump(t, bulkDB)
	if len(cn) < 50 || len(cq) < 150 {
		t.Fatalf("Cayley's writer wrote only %d nodes and %d quads", len(cn), len(cq))
	}
	sameLines(t, "nodes rows (bulk writer against Cayley's)", bn, cn)
	sameLines(t, "quads rows (bulk writer against Cayley's)", bq, cq)

	// What Cayley reads back is the same too.
	sameLines(t, "exported quads", dump(t, bulk, ""), dump(t, cayley, ""))
	ctx := context.Background()
	for _, tc := range []struct{ lang, query string }{
		{"gizmo", `g.V("<https://example.org/id/s>").Out().All()`},
		{"gizmo", `g.V().Has("<https://example.org/ns#p1>").Count()`},
		{"gizmo", `g.V("_:b1").In().All()`},
		{"graphql", `{ nodes(id: <https://example.org/id/s>) { id, p0: <https://example.org/ns#p0> } }`},
		{"mql", `[{"id": null, "<` + voc.Type + `>": "<` + voc.Document + `>"}]`},
	} {
		want, err := cayley.Query(ctx, tc.lang, tc.query, 0)
		if err != nil {
			t.Fatalf("%s %s on Cayley's writer's store: %v", tc.lang, tc.query, err)
		}
		got, err := bulk.Query(ctx, tc.lang, tc.query, 0)
		if err != nil {
			t.Fatalf("%s %s on the bulk store: %v", tc.lang, tc.query, err)
		}
		if sortedSprint(got) != sortedSprint(want) || len(want) == 0 {
			t.Errorf("%s %s:\n bulk   %s\n cayley %s", tc.lang, tc.query, sortedSprint(got), sortedSprint(want))
		}
	}
	for _, doc := range []quad.IRI{bulkDoc1, bulkDoc2, bulkDoc3, bulkDoc4} {
		sameLines(t, "quads of "+string(doc), dump(t, bulk, doc), nquadLines(mustDocQuads(t, cayley, doc)))
	}
	// Deleting everything through Cayley's writer empties both stores
	// alike: the reference counts the bulk writer wrote are the ones
	// Cayley's writer keeps.
	for _, s := range []*graph.Store{cayley, bulk} {
		for _, doc := range []quad.IRI{bulkDoc1, bulkDoc2, bulkDoc3, bulkDoc4, "https://example.org/doc/5"} {
			if _, err := s.DeleteDocument(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	cn, cq = tableDump(t, cayleyDB)
	bn, bq = tableDump(t, bulkDB)
	sameLines(t, "nodes rows after deleting every document", bn, cn)
	sameLines(t, "quads rows after deleting every document", bq, cq)
}

func mustDocQuads(t *testing.T, s *graph.Store, doc quad.IRI) []quad.Quad {
	t.Helper()
	qs, err := s.DocumentQuads(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestBulkWriterAtomic checks that a batch the server refuses leaves
// nothing behind: not its nodes, not its other documents' quads.
func TestBulkWriterAtomic(t *testing.T) {
	u := freshPostgres(t, postgresBase(t))
	s := mustOpen(t, u)
	db := openDB(t, u)
	ingest(t, s, docA, docAQuads())
	before, beforeQuads := tableDump(t, db)
	// A NUL byte in an IRI: PostgreSQL's text cannot hold it, and Cayley
	// escapes it only in literals, so the server refuses the batch.
	bad := []quad.Quad{q(docB, voc.Title, quad.IRI("https://example.org/\x00"), docB)}
	_, err := s.ReplaceDocuments(context.Background(), []graph.Doc{{IRI: docB, Quads: docBQuads()}, {IRI: bulkDoc1, Quads: []quad.Quad{{Subject: bulkSubj, Predicate: bad[0].Predicate, Object: bad[0].Object, Label: bulkDoc1}}}})
	if err == nil {
		t.Fatal("a batch with a NUL byte in an IRI was written")
	}
	after, afterQuads := tableDump(t, db)
	sameLines(t, "nodes after a refused batch", after, before)
	sameLines(t, "quads after a refused batch", afterQuads[:len(afterQuads)-1], beforeQuads[:len(beforeQuads)-1]) // the sequence moves on
	if n := quadCount(t, s); n != int64(len(nquadLines(docAQuads()))) {
		t.Errorf("QuadCount after a refused batch = %d", n)
	}
}
