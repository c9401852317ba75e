// Package explore answers the questions users ask of a briefgraph store —
// which entity is this, what aid did a country give and receive, how are two
// entities linked, what does a document say — as Go methods and as a JSON
// HTTP API under /api/explore/, and serves the explorer page at /.
//
// Queries do not go through a query language. An [Explorer] reads the whole
// store once through Cayley's QuadStore interface into a compact in-memory
// index (node values interned to int32, adjacency lists both ways) and
// answers from it; the index is rebuilt when the store's generation changes.
// That keeps each request to a few map and slice lookups, and gives Cayley
// what it lacks: shortest paths between two nodes (a bidirectional
// breadth-first search over the index).
package explore

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
)

// ErrNotFound is returned (wrapped) when an entity or document is not in the store.
var ErrNotFound = errors.New("not found")

// ErrBadRequest is returned (wrapped) when a parameter is invalid.
var ErrBadRequest = errors.New("bad request")

// Options configure an Explorer. The zero value is usable.
type Options struct {
	// Generation, when set, returns a number that changes whenever the
	// store's content changes (a write counter kept by the store's owner).
	// When nil, the store's quad count is used, which misses a replacement
	// that leaves the count unchanged: callers that write without a
	// generation counter should call Explorer.Invalidate after each write.
	Generation func() uint64
	// MaxResults caps every list in a response (default 500).
	MaxResults int
}

// Explorer answers domain queries over a quad store. It is safe for
// concurrent use.
type Explorer struct {
	qs   graph.QuadStore
	opts Options

	mu  sync.Mutex // serialises rebuilds
	cur atomic.Pointer[index]
}

// New returns an Explorer reading qs. It reads nothing until the first query.
func New(qs graph.QuadStore, opts Options) *Explorer {
	if opts.MaxResults <= 0 {
		opts.MaxResults = 500
	}
	return &Explorer{qs: qs, opts: opts}
}

// Invalidate discards the in-memory index; the next query rebuilds it.
func (e *Explorer) Invalidate() { e.cur.Store(nil) }

// generation returns the store's current generation key.
func (e *Explorer) generation(ctx context.Context) (uint64, error) {
	if e.opts.Generation != nil {
		return e.opts.Generation(), nil
	}
	st, err := e.qs.Stats(ctx, false)
	if err != nil {
		return 0, fmt.Errorf("explore: store stats: %w", err)
	}
	return uint64(st.Quads.Value), nil
}

// index returns an index of the store's current content, building it if the
// store changed since the last one was built.
func (e *Explorer) index(ctx context.Context) (*index, error) {
	gen, err := e.generation(ctx)
	if err != nil {
		return nil, err
	}
	if ix := e.cur.Load(); ix != nil && ix.gen == gen {
		return ix, nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if ix := e.cur.Load(); ix != nil && ix.gen == gen {
		return ix, nil
	}
	ix, err := build(ctx, e.qs, gen)
	if err != nil {
		return nil, err
	}
	e.cur.Store(ix)
	return ix, nil
}
