package synth_test

import (
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/explore/internal/synth"
	"github.com/briefgraph/briefgraph/graph/voc"
)

func TestGenerate(t *testing.T) {
	a := synth.Generate(synth.Config{Seed: 7})
	if n := len(a.Quads); n < 100_000 {
		t.Errorf("default graph has %d quads, want ≥ 100k", n)
	}
	b := synth.Generate(synth.Config{Seed: 7})
	if !slices.Equal(a.Quads, b.Quads) {
		t.Error("two graphs from one seed differ")
	}
	c := synth.Generate(synth.Config{Seed: 8, Documents: 3})
	if slices.Equal(a.Quads[:len(c.Quads)], c.Quads) {
		t.Error("another seed gives the same graph")
	}
	aid, docs := 0, 0
	for _, q := range c.Quads {
		if q.Predicate == quad.IRI(voc.Type) && q.Object == quad.IRI(voc.AidAction) {
			aid++
			if q.Label != quad.IRI(c.Documents[0]) && q.Label != quad.IRI(c.Documents[1]) && q.Label != quad.IRI(c.Documents[2]) {
				t.Errorf("aid action %v not labelled with a document", q)
			}
		}
		if q.Predicate == quad.IRI(voc.Type) && q.Object == quad.IRI(voc.Document) {
			docs++
		}
	}
	if aid != 24 || docs != 3 || len(c.Documents) != 3 {
		t.Errorf("3 documents: %d aid actions, %d documents", aid, docs)
	}
}
