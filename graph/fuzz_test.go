package graph_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/briefgraph/briefgraph/graph"
)

// FuzzQuery feeds arbitrary text to every query language: the answer is
// results or a *QueryError, never a panic.
func FuzzQuery(f *testing.F) {
	for _, seed := range []string{
		`g.V().All()`, `g.V("<a>").Out("<b>").Tag("x").All()`, `{ nodes(<a>: "b") { id } }`,
		`[{"id": null, "<a>": []}]`, `{ nodes( {`, `[{`, `g.V(`, `{ a @rev(x: [1,2]) { * } }`,
	} {
		f.Add(seed)
	}
	st, err := graph.Open(context.Background(), "memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	if _, _, err := st.ReplaceDocument(context.Background(), docB, docBQuads()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range graph.Languages() {
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			start := time.Now()
			_, err := st.Query(ctx, lang, text, 10)
			cancel()
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("%s %q: answered after %s despite a 200ms deadline", lang, text, d)
			}
			var qe *graph.QueryError
			if err != nil && !errors.As(err, &qe) {
				t.Errorf("%s %q: error %T %v is not a *QueryError", lang, text, err, err)
			}
		}
	})
}
