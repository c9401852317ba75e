package graph_test

import (
	"context"
	"database/sql"
	"os"
	"strings"
	"testing"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"

	"github.com/briefgraph/briefgraph/graph"
)

// postgresBase returns the test server's URL, or skips.
func postgresBase(t *testing.T) string {
	t.Helper()
	pg := os.Getenv("BRIEFGRAPH_TEST_POSTGRES")
	if pg == "" {
		t.Skip("PostgreSQL tests skipped: set BRIEFGRAPH_TEST_POSTGRES=postgres://USER:PASS@127.0.0.1:5432/DB?sslmode=disable (a role that may CREATE DATABASE); .ci/run does")
	}
	return pg
}

func openDB(t *testing.T, u string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatalf("open %s: %v", graph.Redact(u), err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestLabelIndex checks that opening a PostgreSQL store adds an index on
// the quads' label, once, to a store Cayley created without it, and that
// PostgreSQL reads a document's quads through it: EXPLAIN of the query
// Cayley's SQL iterator runs for DocumentQuads (quads with a given label).
func TestLabelIndex(t *testing.T) {
	u := freshPostgres(t, postgresBase(t))
	db := openDB(t, u)
	s := mustOpen(t, u)
	ctx := context.Background()
	var docs []graph.Doc
	for i := range 400 {
		doc, qs := syntheticDoc(i, 10)
		docs = append(docs, graph.Doc{IRI: doc, Quads: qs})
	}
	if _, err := s.ReplaceDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	doc := docs[123].IRI
	sel := csql.AllQuads("")
	sel.WhereEq("", "label_hash", csql.HashOf(doc))
	query := sel.SQL(csql.NewBuilder(postgres.QueryDialect))
	plan := func() string {
		t.Helper()
		if _, err := db.Exec(`ANALYZE quads`); err != nil {
			t.Fatal(err)
		}
		rows, err := db.Query("EXPLAIN "+query, csql.HashOf(doc).SQLValue())
		if err != nil {
			t.Fatalf("EXPLAIN %s: %v", query, err)
		}
		defer rows.Close()
		var lines []string
		for rows.Next() {
			var l string
			if err := rows.Scan(&l); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, l)
		}
		return strings.Join(lines, "\n")
	}
	p := plan()
	t.Logf("EXPLAIN %s\n%s", query, p)
	if !strings.Contains(p, "quads_label_index") {
		t.Errorf("a document's quads are not read through the label index:\n%s", p)
	}
	got, err := s.DocumentQuads(ctx, doc)
	if err != nil || len(got) != len(nquadLines(docs[123].Quads)) {
		t.Errorf("DocumentQuads: %d quads, %v; want %d", len(got), err, len(nquadLines(docs[123].Quads)))
	}

	// A store without the index (as Cayley creates it) gets it at the next
	// open, and opening again changes nothing.
	s.Close()
	if _, err := db.Exec(`DROP INDEX quads_label_index`); err != nil {
		t.Fatal(err)
	}
	if p := plan(); strings.Contains(p, "quads_label_index") || !strings.Contains(p, "Seq Scan") {
		t.Errorf("without the label index, expected a sequential scan:\n%s", p)
	}
	mustOpen(t, u).Close()
	mustOpen(t, u).Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM pg_indexes WHERE tablename = 'quads' AND indexdef LIKE '%(label_hash)%'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("%d indexes on quads (label_hash) after two opens, want 1", n)
	}
	if p := plan(); !strings.Contains(p, "quads_label_index") {
		t.Errorf("after reopening, the label index is not used:\n%s", p)
	}
}
