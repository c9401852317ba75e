package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// ErrWrongLabel is returned (wrapped) by ReplaceDocument for a quad whose
// label is not the document's IRI.
var ErrWrongLabel = errors.New("quad is not labelled with its document")

// DocInfo describes one stored document.
type DocInfo struct {
	// IRI is the document's IRI, the label of all its quads.
	IRI quad.IRI `json:"iri"`
	// Title is its voc.Title, if any.
	Title string `json:"title,omitempty"`
	// Source is its voc.Source (file name or URL), if any.
	Source string `json:"source,omitempty"`
	// Hash is its voc.ContentHash, if any.
	Hash string `json:"hash,omitempty"`
	// Quads is the number of quads labelled with IRI.
	Quads int `json:"quads"`
}

// ReplaceDocument makes the quads labelled doc exactly quads, in one
// transaction (on bolt, a replacement that shrinks the document is two:
// deletions, then additions; see apply): every stored quad labelled doc
// that is not in quads is deleted and every quad of quads not yet stored is
// added. Duplicates in
// quads are ignored. Every quad must carry label doc, or nothing is written
// and the error wraps ErrWrongLabel. It returns how many quads were added
// and removed; storing the same quads again adds and removes none.
func (s *Store) ReplaceDocument(ctx context.Context, doc quad.IRI, quads []quad.Quad) (added, removed int, err error) {
	return s.replace(ctx, "replace document", doc, quads)
}

func (s *Store) replace(ctx context.Context, op string, doc quad.IRI, quads []quad.Quad) (added, removed int, err error) {
	if doc == "" {
		return 0, 0, fmt.Errorf("%s: empty document IRI", op)
	}
	want := make(map[quadKey]quad.Quad, len(quads))
	for i, q := range quads {
		if !q.IsValid() {
			return 0, 0, fmt.Errorf("%s %s: quad %d (%v) is incomplete", op, doc, i, q)
		}
		if l, ok := q.Label.(quad.IRI); !ok || l != doc {
			return 0, 0, fmt.Errorf("%s %s: quad %d (%v): %w", op, doc, i, q, ErrWrongLabel)
		}
		want[keyOf(q)] = q
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	have, err := s.documentQuads(ctx, doc)
	if err != nil {
		return 0, 0, fmt.Errorf("%s %s: %w", op, doc, err)
	}
	deltas := make([]graph.Delta, 0, len(want)+len(have))
	for k, q := range have {
		if _, keep := want[k]; !keep {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			removed++
		}
	}
	for k, q := range want {
		if _, exists := have[k]; !exists {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			added++
		}
	}
	if len(deltas) == 0 {
		return 0, 0, nil
	}
	sortDeltas(deltas)
	if err := ctx.Err(); err != nil {
		return 0, 0, fmt.Errorf("%s %s: %w", op, doc, err)
	}
	if err := s.apply(ctx, deltas); err != nil {
		return 0, 0, fmt.Errorf("%s %s: %w", op, doc, err)
	}
	return added, removed, nil
}

// apply applies deltas (deletions first) in one transaction where the
// backend can. Cayley's kv backend (bolt) loses the nodes of added quads when
// the same batch removes more references to such a node than it adds (it
// resolves only nodes whose reference count grows); for such a batch it
// applies the deletions and then the additions as two transactions. An
// interruption between them leaves the document absent, never half old and
// half new, and storing it again completes it. Deltas without deletions go
// through add (the bulk writer on PostgreSQL).
func (s *Store) apply(ctx context.Context, deltas []graph.Delta) error {
	if len(deltas) > 0 && deltas[0].Action == graph.Add {
		return s.add(ctx, deltas) // sorted: no deletion
	}
	defer s.gen.Add(1)
	ignore := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if s.backend != Bolt || !shrinksAddedNodes(deltas) {
		return s.h.QuadStore.ApplyDeltas(deltas, ignore)
	}
	split := sort.Search(len(deltas), func(i int) bool { return deltas[i].Action == graph.Add })
	if err := s.h.QuadStore.ApplyDeltas(deltas[:split], ignore); err != nil {
		return err
	}
	return s.h.QuadStore.ApplyDeltas(deltas[split:], ignore)
}

// add writes deltas, all additions, in one transaction: through the bulk
// writer on a PostgreSQL store (unless WithCayleyWriter), which writes the
// rows Cayley's writer would, else through Cayley's writer.
func (s *Store) add(ctx context.Context, deltas []graph.Delta) error {
	defer s.gen.Add(1)
	ignore := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if !s.bulk {
		return s.h.QuadStore.ApplyDeltas(deltas, ignore)
	}
	if err := s.side.addQuads(ctx, deltas); err != nil {
		return err
	}
	// Cayley's SQL store caches its quad and node counts (QuadCount reads
	// them) and forgets them at each write of its own: an empty write
	// (BEGIN, COMMIT) makes it forget them after this one. The batch is
	// committed: should that fail, the write did not, only a count may lag.
	if err := s.h.QuadStore.ApplyDeltas(nil, ignore); err != nil {
		theClogger.logger().Warn("after a bulk write, Cayley's cached quad count may be stale",
			"store", s.url, "error", scrub(err.Error(), ""))
	}
	return nil
}

// shrinksAddedNodes reports whether some value of an added quad loses more
// references than it gains in deltas.
func shrinksAddedNodes(deltas []graph.Delta) bool {
	net := make(map[string]int)
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[quad.ToString(v)] += int(d.Action)
			}
		}
	}
	for _, d := range deltas {
		if d.Action != graph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil && net[quad.ToString(v)] < 0 {
				return true
			}
		}
	}
	return false
}

// DeleteDocument deletes every quad labelled doc, in one transaction, and
// returns how many. Quads of other documents, including those about the same
// entities, are untouched. Deleting an absent document deletes nothing.
func (s *Store) DeleteDocument(ctx context.Context, doc quad.IRI) (int, error) {
	_, removed, err := s.replace(ctx, "delete document", doc, nil)
	return removed, err
}

// DocumentQuads returns the quads labelled doc, sorted.
func (s *Store) DocumentQuads(ctx context.Context, doc quad.IRI) ([]quad.Quad, error) {
	m, err := s.documentQuads(ctx, doc)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(m))
	for _, q := range m {
		out = append(out, q)
	}
	sortQuads(out)
	return out, nil
}

// DocumentHash returns the voc.ContentHash stored on doc, and whether there
// is one. Ingest uses it to skip unchanged documents.
func (s *Store) DocumentHash(ctx context.Context, doc quad.IRI) (string, bool, error) {
	vals, err := s.objects(ctx, doc, quad.IRI(voc.ContentHash))
	if err != nil {
		return "", false, fmt.Errorf("document hash of %s: %w", doc, err)
	}
	if len(vals) == 0 {
		return "", false, nil
	}
	return Literal(vals[0]), true, nil
}

// Documents lists the stored documents (the nodes of type voc.Document),
// sorted by IRI.
func (s *Store) Documents(ctx context.Context) ([]DocInfo, error) {
	docs, err := s.subjectsOfType(ctx, quad.IRI(voc.Document))
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	out := make([]DocInfo, 0, len(docs))
	for _, v := range docs {
		iri, ok := v.(quad.IRI)
		if !ok {
			continue
		}
		info := DocInfo{IRI: iri}
		if info.Title, err = s.firstLiteral(ctx, iri, voc.Title); err != nil {
			return nil, err
		}
		if info.Source, err = s.firstLiteral(ctx, iri, voc.Source); err != nil {
			return nil, err
		}
		if info.Hash, err = s.firstLiteral(ctx, iri, voc.ContentHash); err != nil {
			return nil, err
		}
		if info.Quads, err = s.countWith(ctx, quad.Label, iri); err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}

func (s *Store) firstLiteral(ctx context.Context, subject quad.IRI, pred string) (string, error) {
	vals, err := s.objects(ctx, subject, quad.IRI(pred))
	if err != nil || len(vals) == 0 {
		return "", err
	}
	return Literal(vals[0]), nil
}

// Literal returns the text of a value: a literal's lexical form, an IRI's
// string, a number or date written out.
func Literal(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	case quad.Time:
		return time.Time(v).Format("2006-01-02")
	}
	return v.String()
}
