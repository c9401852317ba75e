package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// Stats counts what a store holds, in the terms of the vocabulary.
type Stats struct {
	// Documents is the number of nodes of type voc.Document.
	Documents int `json:"documents"`
	// Entities counts distinct nodes per pinned entity class (voc.EntityClasses),
	// keyed by the class's local name ("Person", "Country", …); every class is present.
	Entities map[string]int `json:"entities"`
	// AidActions counts distinct AidAction nodes per aid type (voc.AidTypes),
	// keyed by the type's local name; every type is present, and an action
	// without a type counts under "none".
	AidActions map[string]int `json:"aidActions"`
	// AidActionsTotal is the number of distinct AidAction nodes.
	AidActionsTotal int `json:"aidActionsTotal"`
	// Quads is the number of quads in the store.
	Quads int64 `json:"quads"`
}

// LocalName returns the part of an IRI after its last '#' or '/'.
func LocalName(iri string) string {
	if i := strings.LastIndexAny(iri, "#/"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

// Stats counts the store's documents, entities per class, aid actions per
// type, and quads. The quad count is the backend's exact count where it keeps one (bolt, memory) and an exact COUNT on SQL servers.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, AidActions: map[string]int{}}
	docs, err := s.subjectsOfType(ctx, quad.IRI(voc.Document))
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Documents = len(docs)
	for _, class := range voc.EntityClasses() {
		nodes, err := s.subjectsOfType(ctx, quad.IRI(class))
		if err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
		st.Entities[LocalName(class)] = len(nodes)
	}
	for _, t := range voc.AidTypes() {
		st.AidActions[t] = 0
	}
	actions, err := s.subjectsOfType(ctx, quad.IRI(voc.AidAction))
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.AidActionsTotal = len(actions)
	for _, a := range actions {
		types, err := s.objects(ctx, a, quad.IRI(voc.AidType))
		if err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
		if len(types) == 0 {
			st.AidActions["none"]++
		}
		for _, t := range types {
			st.AidActions[LocalName(Literal(t))]++
		}
	}
	if st.Quads, err = s.QuadCount(ctx); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// QuadCount returns the number of quads in the store: the count bolt and
// memory keep, an exact COUNT on SQL servers.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	gs, err := s.h.QuadStore.Stats(ctx, s.backend == Postgres || s.backend == Cockroach)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a bolt store nothing was ever written to
	} else if err != nil {
		return 0, err
	}
	return gs.Quads.Value, nil
}
