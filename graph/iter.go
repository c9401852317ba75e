package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// quadKey identifies a quad by its N-Quads text, which distinguishes values
// exactly as the stores do.
type quadKey string

func keyOf(q quad.Quad) quadKey { return quadKey(q.NQuad()) }

// sortQuads orders quads by their N-Quads text: a deterministic order for
// exports and tests.
func sortQuads(qs []quad.Quad) {
	sortByKey(qs, func(q quad.Quad) string { return q.NQuad() })
}

// sortDeltas puts deletions before additions (so that a value the store
// sees as equal to a deleted one is added back) and orders each part by
// N-Quads text, so that the same change is always applied the same way.
func sortDeltas(ds []graph.Delta) {
	sortByKey(ds, func(d graph.Delta) string {
		if d.Action == graph.Delete {
			return "0" + d.Quad.NQuad()
		}
		return "1" + d.Quad.NQuad()
	})
}

// sortByKey sorts xs by key, computing each key once.
func sortByKey[T any](xs []T, key func(T) string) {
	type keyed struct {
		k string
		x T
	}
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		ks[i] = keyed{key(x), x}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].k < ks[j].k })
	for i := range ks {
		xs[i] = ks[i].x
	}
}

// eachQuad calls fn for every quad with value v in direction d, until fn
// returns false. An absent value has no quads.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) bool) error {
	qs := s.h.QuadStore
	ref, err := qs.ValueOf(v)
	if err != nil {
		return err
	}
	if ref == nil {
		return nil
	}
	return scanQuads(ctx, qs, qs.QuadIterator(d, ref), fn)
}

// scanQuads calls fn for every quad of the iterator shape it, until fn returns false.
func scanQuads(ctx context.Context, qs graph.QuadStore, it iterator.Shape, fn func(quad.Quad) bool) error {
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(ctx) {
		q, err := qs.Quad(sc.Result())
		if err != nil {
			return err
		}
		if !fn(q) {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// documentQuads returns the quads labelled doc, by key.
func (s *Store) documentQuads(ctx context.Context, doc quad.IRI) (map[quadKey]quad.Quad, error) {
	out := make(map[quadKey]quad.Quad)
	err := s.eachQuad(ctx, quad.Label, doc, func(q quad.Quad) bool {
		out[keyOf(q)] = q
		return true
	})
	return out, err
}

// countWith counts the quads with value v in direction d.
func (s *Store) countWith(ctx context.Context, d quad.Direction, v quad.Value) (int, error) {
	n := 0
	err := s.eachQuad(ctx, d, v, func(quad.Quad) bool { n++; return true })
	return n, err
}

// objects returns the distinct objects of subject's pred quads, in any
// document, sorted. It asks for subject and predicate together, which
// Cayley's bolt backend answers from its subject-predicate index: only the
// matching quads are read, not every quad of the subject (a document has
// hundreds; reading them all was 87% of a re-ingest).
func (s *Store) objects(ctx context.Context, subject quad.Value, pred quad.IRI) ([]quad.Value, error) {
	qs := s.h.QuadStore
	sref, err := qs.ValueOf(subject)
	if err != nil || sref == nil {
		return nil, err
	}
	pref, err := qs.ValueOf(pred)
	if err != nil || pref == nil {
		return nil, err
	}
	sh := shape.QuadsAction{Result: quad.Object, Filter: map[quad.Direction]refs.Ref{quad.Subject: sref, quad.Predicate: pref}}
	it := shape.BuildIterator(ctx, qs, sh).Iterate()
	defer it.Close()
	seen := make(map[string]quad.Value)
	for it.Next(ctx) {
		v, err := qs.NameOf(it.Result())
		if err != nil {
			return nil, err
		}
		if v != nil {
			seen[quad.ToString(v)] = v
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return sortedValues(seen), nil
}

// subjectsOfType returns the distinct subjects typed class, sorted.
func (s *Store) subjectsOfType(ctx context.Context, class quad.IRI) ([]quad.Value, error) {
	seen := make(map[string]quad.Value)
	err := s.eachQuad(ctx, quad.Object, class, func(q quad.Quad) bool {
		if p, ok := q.Predicate.(quad.IRI); ok && p == voc.Type {
			seen[quad.ToString(q.Subject)] = q.Subject
		}
		return true
	})
	return sortedValues(seen), err
}

func sortedValues(m map[string]quad.Value) []quad.Value {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]quad.Value, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}
