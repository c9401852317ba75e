package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
)

// Query errors; a *QueryError wraps one of them.
var (
	// ErrUnknownLanguage means the query language is not one of Languages().
	ErrUnknownLanguage = errors.New("unknown query language")
	// ErrBadQuery means the query text could not be parsed or run.
	ErrBadQuery = errors.New("bad query")
)

// QueryError is a failed query: its language, what went wrong (Kind is
// ErrUnknownLanguage, ErrBadQuery, or the context's error) and the
// language's own message.
type QueryError struct {
	Lang string
	Kind error
	Msg  string
}

func (e *QueryError) Error() string {
	switch {
	case errors.Is(e.Kind, ErrUnknownLanguage):
		return fmt.Sprintf("unknown query language %q (known: %s)", e.Lang, strings.Join(Languages(), ", "))
	case errors.Is(e.Kind, context.DeadlineExceeded):
		return fmt.Sprintf("%s query: timed out", e.Lang)
	case errors.Is(e.Kind, context.Canceled):
		return fmt.Sprintf("%s query: cancelled", e.Lang)
	}
	return fmt.Sprintf("%s query: %s", e.Lang, e.Msg)
}

// Unwrap makes errors.Is(err, ErrBadQuery) and friends work.
func (e *QueryError) Unwrap() error { return e.Kind }

// Languages lists the query languages Query accepts, sorted.
func Languages() []string { return []string{"gizmo", "graphql", "mql"} }

// IsLanguage reports whether lang is one of Languages().
func IsLanguage(lang string) bool {
	i := sort.SearchStrings(Languages(), lang)
	return i < len(Languages()) && Languages()[i] == lang
}

// Query runs text in lang (gizmo, graphql or mql) and returns at most limit
// results (limit <= 0: no limit) as JSON-ready values (maps, slices,
// strings, numbers). The query stops when ctx is done, including a Gizmo
// script that loops forever; the error is then a *QueryError wrapping the
// context's error.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) ([]any, error) {
	return runQuery(ctx, s.h.QuadStore, lang, text, limit)
}

// runQuery runs a query over any Cayley quad store.
func runQuery(ctx context.Context, qs graph.QuadStore, lang, text string, limit int) (out []any, err error) {
	if !IsLanguage(lang) || query.GetLanguage(lang) == nil {
		return nil, &QueryError{Lang: lang, Kind: ErrUnknownLanguage}
	}
	if strings.TrimSpace(text) == "" {
		return nil, &QueryError{Lang: lang, Kind: ErrBadQuery, Msg: "empty query"}
	}
	defer func() {
		// A language's parser panicking on odd input is a bad query, not a crash.
		if r := recover(); r != nil {
			out, err = nil, &QueryError{Lang: lang, Kind: ErrBadQuery, Msg: fmt.Sprint(r)}
		}
	}()
	it, err := query.Execute(ctx, qs, lang, text, query.Options{Limit: limit, Collation: query.JSON})
	if err != nil {
		return nil, queryErr(ctx, lang, err)
	}
	defer it.Close()
	out = []any{}
	for it.Next(ctx) {
		out = append(out, it.Result())
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return nil, queryErr(ctx, lang, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, &QueryError{Lang: lang, Kind: err, Msg: err.Error()}
	}
	return out, nil
}

func queryErr(ctx context.Context, lang string, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return &QueryError{Lang: lang, Kind: cerr, Msg: cerr.Error()}
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &QueryError{Lang: lang, Kind: err, Msg: err.Error()}
	}
	return &QueryError{Lang: lang, Kind: ErrBadQuery, Msg: err.Error()}
}
