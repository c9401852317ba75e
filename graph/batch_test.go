package graph_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
)

// TestPrepare checks that a prepared document, repeats dropped on the
// caller's goroutine, is stored as the same document unprepared.
func TestPrepare(t *testing.T) {
	ctx := context.Background()
	doc := quad.IRI("https://example.org/doc/a")
	q := func(s, o string) quad.Quad {
		return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI("https://example.org/p"), Object: quad.String(o), Label: doc}
	}
	quads := []quad.Quad{q("x", "1"), q("y", "2"), q("x", "1"), q("z", "3"), q("y", "2")}
	p := graph.Prepare(graph.Doc{IRI: doc, Quads: quads})
	if len(p.Quads) != 3 || p.Quads[0] != quads[0] || p.Quads[1] != quads[1] || p.Quads[2] != quads[3] {
		t.Fatalf("prepared %v", p.Quads)
	}
	if len(quads) != 5 || quads[2] != q("x", "1") {
		t.Fatalf("Prepare changed its argument: %v", quads)
	}
	for _, url := range []string{"memory:", "bolt:" + filepath.Join(t.TempDir(), "db")} {
		st, err := graph.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, d := range []graph.Doc{p, {IRI: doc, Quads: quads}} {
			if _, err := st.DeleteDocument(ctx, doc); err != nil {
				t.Fatal(err)
			}
			ch, err := st.ReplaceDocuments(ctx, []graph.Doc{d})
			if err != nil {
				t.Fatal(err)
			}
			if ch[0] != (graph.Change{Added: 3}) {
				t.Errorf("%s: %+v", url, ch[0])
			}
			got, err := st.DocumentQuads(ctx, doc)
			if err != nil || len(got) != 3 {
				t.Errorf("%s: stored %v, %v", url, got, err)
			}
		}
		// Stored again, prepared: an existing document takes the comparing path.
		ch, err := st.ReplaceDocuments(ctx, []graph.Doc{p})
		if err != nil || ch[0] != (graph.Change{Existed: true}) {
			t.Errorf("%s: again: %+v, %v", url, ch, err)
		}
	}
}
