package graph_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// A document's quads are stored, queried and exported; storing them again
// changes nothing.
func Example() {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:") // or "bolt:briefgraph.db", "postgres://…?sslmode=disable"
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	doc := quad.IRI(voc.IDBase + "doc/example")
	italy := quad.IRI(voc.IDBase + "country/IT")
	quads := []quad.Quad{
		{Subject: italy, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country), Label: doc},
		{Subject: italy, Predicate: quad.IRI(voc.Name), Object: quad.String("Italy"), Label: doc},
	}
	added, removed, _ := st.ReplaceDocument(ctx, doc, quads)
	fmt.Println("first:", added, "added,", removed, "removed")
	added, removed, _ = st.ReplaceDocument(ctx, doc, quads)
	fmt.Println("again:", added, "added,", removed, "removed")

	res, _ := st.Query(ctx, "gizmo", `g.V().Has("<`+voc.Type+`>", "<`+voc.Country+`>").Out("<`+voc.Name+`>").All()`, 10)
	fmt.Println(res)

	st.Export(ctx, os.Stdout, "nquads", doc)
	// Output:
	// first: 2 added, 0 removed
	// again: 0 added, 0 removed
	// [map[id:Italy]]
	// <https://briefgraph.dev/id/country/IT> <http://schema.org/name> "Italy" <https://briefgraph.dev/id/doc/example> .
	// <https://briefgraph.dev/id/country/IT> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> <https://briefgraph.dev/id/doc/example> .
}

// Query errors say which language failed and why, and errors.Is tells a bad
// query from an unknown language or a timeout.
func ExampleStore_Query_errors() {
	ctx := context.Background()
	st, _ := graph.Open(ctx, "memory:")
	defer st.Close()

	_, err := st.Query(ctx, "sparql", "SELECT * WHERE { ?s ?p ?o }", 0)
	fmt.Println(errors.Is(err, graph.ErrUnknownLanguage), err)

	_, err = st.Query(ctx, "mql", `[{"id": `, 0)
	fmt.Println(errors.Is(err, graph.ErrBadQuery))

	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = st.Query(tctx, "gizmo", "while (true) {}", 0)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err)
	// Output:
	// true unknown query language "sparql" (known: gizmo, graphql, mql)
	// true
	// true gizmo query: timed out
}

// Redact hides the password of a store URL in every message.
func ExampleRedact() {
	fmt.Println(graph.Redact("postgres://briefgraph:s3cret@db.internal:5432/graph?sslmode=disable"))
	// Output: postgres://briefgraph:xxxxx@db.internal:5432/graph?sslmode=disable
}
