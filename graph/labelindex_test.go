package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// labelIndexed reports whether s answers "the quads labelled doc" from an
// index (Cayley's kv quad iterator) rather than by scanning every quad
// (its all-quads iterator with a constraint). doc must be stored.
func labelIndexed(t *testing.T, s *graph.Store, doc quad.IRI) bool {
	t.Helper()
	qs := s.QuadStore()
	ref, err := qs.ValueOf(doc)
	if err != nil || ref == nil {
		t.Fatalf("ValueOf(%s) = %v, %v: the document is not stored", doc, ref, err)
	}
	_, ok := qs.QuadIterator(quad.Label, ref).(*ckv.QuadIterator)
	return ok
}

// TestBoltLabelIndex checks which bolt stores get the label index: every
// store Open creates, and an empty one created without it; never one that
// holds quads without it, which keeps working by scanning.
func TestBoltLabelIndex(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		// create makes the store at u and returns it open.
		create func(t *testing.T, u string) *graph.Store
		want   bool
	}{
		{"created by Open", func(t *testing.T, u string) *graph.Store {
			s := mustOpen(t, u)
			ingest(t, s, docA, docAQuads())
			return s
		}, true},
		{"created without it, still empty at the next open", func(t *testing.T, u string) *graph.Store {
			s := mustOpen(t, u, graph.WithoutLabelIndex())
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s = mustOpen(t, u)
			ingest(t, s, docA, docAQuads())
			return s
		}, true},
		{"created and written without it", func(t *testing.T, u string) *graph.Store {
			s := mustOpen(t, u, graph.WithoutLabelIndex())
			ingest(t, s, docA, docAQuads())
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			return mustOpen(t, u)
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := "bolt:" + filepath.Join(t.TempDir(), "store.db")
			s := tc.create(t, u)
			if got := labelIndexed(t, s, docA); got != tc.want {
				t.Fatalf("label index used: %v, want %v", got, tc.want)
			}
			// Replace and delete work either way, and so after reopening.
			ingest(t, s, docB, docBQuads())
			changed := append(docAQuads()[:10], q(docA, voc.ContentHash, quad.String("hash-a-2"), docA))
			if added, removed := ingest(t, s, docA, changed); added != 1 || removed != len(docAQuads())-10 {
				t.Errorf("replace: added %d removed %d, want 1 and %d", added, removed, len(docAQuads())-10)
			}
			sameLines(t, "document A after replace", dump(t, s, docA), nquadLines(changed))
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s = mustOpen(t, u)
			if got := labelIndexed(t, s, docA); got != tc.want {
				t.Errorf("after reopening, label index used: %v, want %v", got, tc.want)
			}
			if n, err := s.DeleteDocument(ctx, docB); err != nil || n != len(docBQuads()) {
				t.Errorf("DeleteDocument(B) = %d, %v; want %d", n, err, len(docBQuads()))
			}
			sameLines(t, "store after deleting B", dump(t, s, ""), nquadLines(changed))
			docs, err := s.Documents(ctx)
			if err != nil || len(docs) != 1 || docs[0].Quads != len(changed) {
				t.Errorf("Documents = %+v, %v; want A with %d quads", docs, err, len(changed))
			}
		})
	}
}

// TestBoltLabelIndexSameAsScan applies the same sequence of replacements,
// deletions and re-additions to a store with the label index and one
// without, and checks after each step that every document has the same
// quads in both, and the stores the same quads overall.
func TestBoltLabelIndexSameAsScan(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	indexed := mustOpen(t, "bolt:"+filepath.Join(dir, "indexed"))
	scanned := mustOpen(t, "bolt:"+filepath.Join(dir, "scanned"), graph.WithoutLabelIndex())
	type step struct {
		doc, aids int // document number; its aid actions, -1 to delete it
	}
	var steps []step
	for i := range 6 {
		steps = append(steps, step{i, 3 + i})
	}
	steps = append(steps, step{2, 1}, step{3, 12}, step{1, -1}, step{2, 7}, step{1, 4}, step{4, -1}, step{3, 0}, step{5, 5})
	for n, st := range steps {
		doc, qs := syntheticDoc(st.doc, max(st.aids, 0))
		if st.aids == 0 {
			qs = qs[:3] // the document node and a little more: a deep shrink
		}
		for _, s := range []*graph.Store{indexed, scanned} {
			var err error
			if st.aids < 0 {
				_, err = s.DeleteDocument(ctx, doc)
			} else {
				_, _, err = s.ReplaceDocument(ctx, doc, qs)
			}
			if err != nil {
				t.Fatalf("step %d (%v): %v", n, st, err)
			}
		}
		for i := range 6 {
			d := quad.IRI(fmt.Sprintf("%sdoc/bench-%d", voc.IDBase, i))
			sameLines(t, fmt.Sprintf("step %d: document %d", n, i), dump(t, indexed, d), dump(t, scanned, d))
		}
		sameLines(t, fmt.Sprintf("step %d: the store", n), dump(t, indexed, ""), dump(t, scanned, ""))
	}
	if !labelIndexed(t, indexed, quad.IRI(voc.IDBase+"doc/bench-0")) || labelIndexed(t, scanned, quad.IRI(voc.IDBase+"doc/bench-0")) {
		t.Error("the stores do not differ by their label index")
	}
}

// TestWrittenBytes checks that a bolt store counts the pages its commits
// write, and that the other backends say zero.
func TestWrittenBytes(t *testing.T) {
	bolt := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "store.db"))
	mem := mustOpen(t, "memory:")
	for _, s := range []*graph.Store{bolt, mem} {
		before := s.WrittenBytes()
		ingest(t, s, docA, docAQuads())
		grew := s.WrittenBytes() - before
		if s == bolt && grew < 4096 {
			t.Errorf("bolt: a commit wrote %d bytes, want at least a page", grew)
		}
		if s == mem && s.WrittenBytes() != 0 {
			t.Errorf("memory: WrittenBytes = %d, want 0", s.WrittenBytes())
		}
	}
}
