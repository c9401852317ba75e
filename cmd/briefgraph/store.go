package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/briefgraph/briefgraph/graph"
)

// dbUsage is the help text of --db, shared by every command that has it.
const dbUsage = "store URL: bolt:PATH, memory:, postgres://USER:PASS@HOST/DB?sslmode=disable or cockroach://… (default $BRIEFGRAPH_DB, then " + graph.DefaultURL + ")"

// addDBFlag adds --db to fs. An empty value means $BRIEFGRAPH_DB, then
// graph.DefaultURL: pass it to openStore, which resolves it.
func addDBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", dbUsage)
}

// resolveDB returns the store URL to use: the flag, else $BRIEFGRAPH_DB,
// else graph.DefaultURL.
func resolveDB(e *env, dbFlag string) string {
	if dbFlag != "" {
		return dbFlag
	}
	if v := e.getenv("BRIEFGRAPH_DB"); v != "" {
		return v
	}
	return graph.DefaultURL
}

// openStore opens the store named by --db (see resolveDB), creating it if
// needed. Its error names the URL (password redacted) and carries a hint.
func openStore(ctx context.Context, e *env, dbFlag string, opts ...graph.Option) (*graph.Store, error) {
	url := resolveDB(e, dbFlag)
	st, err := graph.Open(ctx, url, opts...)
	if err == nil {
		return st, nil
	}
	hint := "--db bolt:PATH, memory:, postgres://USER:PASS@HOST/DB?sslmode=disable"
	switch {
	case errors.Is(err, graph.ErrNoStore):
		hint = "briefgraph ingest --db " + graph.Redact(url) + " FILE|DIR   (to create it), or point --db at an existing store"
	case errors.Is(err, graph.ErrLocked):
		hint = "stop the other briefgraph process using it, or query the running server over HTTP"
	}
	return nil, withHint(err, hint)
}

// openExistingStore opens the store for a command that only reads: a bolt
// store that does not exist is an error, not a new empty store.
func openExistingStore(ctx context.Context, e *env, dbFlag string) (*graph.Store, error) {
	return openStore(ctx, e, dbFlag, graph.WithoutCreate())
}

// closeStore closes st, reporting its error only if there was none before.
func closeStore(st *graph.Store, err *error) {
	if cerr := st.Close(); cerr != nil && *err == nil {
		*err = fmt.Errorf("close store: %w", cerr)
	}
}
