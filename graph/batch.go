package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// Doc is one document to store: its IRI and all its quads, each labelled IRI.
type Doc struct {
	IRI   quad.IRI
	Quads []quad.Quad

	unique bool // set by Prepare: Quads holds no quad twice
}

// Prepare returns d without its repeated quads (the first of each kept),
// marked so that ReplaceDocuments does not look for repeats again. It lets
// a pipeline do that work (an N-Quads key and a map entry per quad, about
// 5% of a first ingest) on its extraction workers rather than in the
// store's single writer. Change the result's quads only by preparing it
// again.
func Prepare(d Doc) Doc {
	seen := make(map[quadKey]struct{}, len(d.Quads))
	var out []quad.Quad // nil until a repeat is found: then the quads kept
	for i, q := range d.Quads {
		k := keyOf(q)
		if _, dup := seen[k]; dup {
			if out == nil {
				out = append(make([]quad.Quad, 0, len(d.Quads)), d.Quads[:i]...)
			}
			continue
		}
		seen[k] = struct{}{}
		if out != nil {
			out = append(out, q)
		}
	}
	if out != nil {
		d.Quads = out
	}
	d.unique = true
	return d
}

// Change is what ReplaceDocuments did to one document.
type Change struct {
	// Added and Removed count the quads written and deleted.
	Added, Removed int
	// Existed reports whether the store held quads of the document before.
	Existed bool
}

// ReplaceDocuments does what ReplaceDocument does for several documents in
// ONE transaction, so that a batch of small documents costs one commit:
// either every document of docs is replaced or, on error, none is. A
// document listed twice is stored as its last entry. It returns one Change
// per entry of docs, in order (a repeated document's earlier entries get
// the same Change as its last).
func (s *Store) ReplaceDocuments(ctx context.Context, docs []Doc) ([]Change, error) {
	last := make(map[quad.IRI]int, len(docs))
	for i, d := range docs {
		if d.IRI == "" {
			return nil, fmt.Errorf("replace documents: entry %d has an empty document IRI", i)
		}
		for j, q := range d.Quads {
			if !q.IsValid() {
				return nil, fmt.Errorf("replace documents: %s: quad %d (%v) is incomplete", d.IRI, j, q)
			}
			if l, ok := q.Label.(quad.IRI); !ok || l != d.IRI {
				return nil, fmt.Errorf("replace documents: %s: quad %d (%v): %w", d.IRI, j, q, ErrWrongLabel)
			}
		}
		last[d.IRI] = i
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	changes := make([]Change, len(docs))
	var deltas []graph.Delta
	for i, d := range docs {
		if last[d.IRI] != i {
			continue
		}
		have, err := s.documentQuads(ctx, d.IRI)
		if err != nil {
			return nil, fmt.Errorf("replace documents: %s: %w", d.IRI, err)
		}
		c := Change{Existed: len(have) > 0}
		if !c.Existed && d.unique {
			// A new document without repeats (Prepare): every quad is added.
			for _, q := range d.Quads {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
			c.Added = len(d.Quads)
			changes[i] = c
			continue
		}
		want := make(map[quadKey]struct{}, len(d.Quads))
		for _, q := range d.Quads {
			k := keyOf(q)
			if _, dup := want[k]; dup {
				continue
			}
			want[k] = struct{}{}
			if _, ok := have[k]; !ok {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
				c.Added++
			}
		}
		for k, q := range have {
			if _, keep := want[k]; !keep {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
				c.Removed++
			}
		}
		changes[i] = c
	}
	for i, d := range docs {
		changes[i] = changes[last[d.IRI]]
	}
	if len(deltas) == 0 {
		return changes, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("replace documents: %w", err)
	}
	// Deletions first, as ReplaceDocument orders them. Without deletions
	// (new documents) the batch goes to the store as it is: no sorting or
	// per-value bookkeeping on the hot path of a first ingest.
	del := 0
	for _, d := range deltas {
		if d.Action == graph.Delete {
			del++
		}
	}
	var err error
	if del == 0 {
		err = s.add(ctx, deltas) // on PostgreSQL, the bulk writer
	} else {
		sortDeltas(deltas)
		err = s.apply(ctx, deltas) // each document all old, all new, or (a crash between bolt's two writes) absent
	}
	if err != nil {
		return nil, fmt.Errorf("replace documents: %w", err)
	}
	return changes, nil
}

// DocumentsWithHash returns the documents whose voc.ContentHash is hash,
// sorted: the documents already stored from a file with these bytes.
func (s *Store) DocumentsWithHash(ctx context.Context, hash string) ([]quad.IRI, error) {
	var out []quad.IRI
	err := s.eachQuad(ctx, quad.Object, quad.String(hash), func(q quad.Quad) bool {
		if p, ok := q.Predicate.(quad.IRI); ok && p == voc.ContentHash {
			if d, ok := q.Subject.(quad.IRI); ok {
				out = append(out, d)
			}
		}
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("documents with hash %s: %w", hash, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}
