package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"time"

	"github.com/briefgraph/briefgraph/data"
	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/explore"
	"github.com/briefgraph/briefgraph/graph/server"
)

// runServe serves the store over HTTP until ctx is cancelled (SIGINT/SIGTERM).
func runServe(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlagSet(e, "serve", "[--db URL] [--addr HOST:PORT] [--write-token T] [--query-timeout D] [--query-slots N]",
		"\tbriefgraph serve\n"+
			"\tbriefgraph serve --db bolt:corpus.db --addr 0.0.0.0:8080 --query-timeout 5s\n"+
			"\tbriefgraph serve --query-slots 1   # heavy Gizmo queries leave a core to the explorer\n"+
			"\tBRIEFGRAPH_WRITE_TOKEN=s3cret briefgraph serve   # allow /api/v2/write and /api/v2/delete\n\n"+
			"If the store is empty, the transcripts shipped with briefgraph are ingested first.\n"+
			"Then try:\n"+
			"\tcurl -s localhost:8080/health\n"+
			"\tcurl -s -X POST localhost:8080/api/v1/query/gizmo -d 'g.V().Has(\"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>\", \"<http://schema.org/Country>\").Out(\"<http://schema.org/name>\").All()'")
	db := addDBFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("write-token", "", "allow writes to requests with \"Authorization: Bearer T\" (default $BRIEFGRAPH_WRITE_TOKEN; none: read-only)")
	timeout := fs.Duration("query-timeout", server.DefaultQueryTimeout, "longest a query may run")
	limit := fs.Int("result-limit", server.DefaultResultLimit, "most results one query returns")
	maxBody := fs.Int64("max-body", server.DefaultMaxBodyBytes, "largest request body accepted, in bytes")
	slots := fs.Int("query-slots", runtime.NumCPU(), "most query-language requests (/api/v1/query/*, /api/v2/query) run at once; the others wait up to --query-timeout for a slot, then get 503")
	seed := fs.Bool("seed", true, "ingest the shipped transcripts when the store is empty")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return withHint(fmt.Errorf("serve: unexpected argument %q", fs.Arg(0)), "briefgraph serve [--db URL] [--addr HOST:PORT]")
	}
	if *timeout <= 0 || *limit <= 0 || *maxBody <= 0 || *slots <= 0 {
		return withHint(errors.New("serve: --query-timeout, --result-limit, --max-body and --query-slots must be positive"), "briefgraph serve -h")
	}
	if *token == "" {
		*token = e.getenv("BRIEFGRAPH_WRITE_TOKEN")
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))

	st, err := openStore(ctx, e, *db, graph.WithLogger(log))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer closeStore(st, &err)
	if *seed {
		if err := seedStore(ctx, st, log); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return withHint(fmt.Errorf("serve: %w", err), "choose another --addr, e.g. 127.0.0.1:8081")
	}
	ex := explore.New(st.QuadStore(), explore.Options{Generation: st.Generation})
	srv := &http.Server{
		Handler: server.New(st, server.Options{
			WriteToken:   *token,
			QueryTimeout: *timeout,
			MaxBodyBytes: *maxBody,
			ResultLimit:  *limit,
			QuerySlots:   *slots,
			Logger:       log,
			Extra:        ex.Handler(),
		}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	mode := "read-only"
	if *token != "" {
		mode = "writes need the token"
	}
	log.Info("serving", "url", "http://"+ln.Addr().String(), "store", st.URL(), "mode", mode)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// seedStore ingests the transcripts embedded in package data if the store
// is empty. A transcript that cannot be extracted is logged and skipped.
func seedStore(ctx context.Context, st *graph.Store, log *slog.Logger) error {
	n, err := st.QuadCount(ctx)
	if err != nil {
		return fmt.Errorf("count quads: %w", err)
	}
	if n > 0 {
		return nil
	}
	names, err := fs.Glob(data.FS, "*.txt")
	if err != nil {
		return err
	}
	x, err := extract.New()
	if err != nil {
		log.Warn("not seeding the empty store: the extractor failed to start", "err", err)
		return nil
	}
	for _, name := range names {
		b, err := data.FS.ReadFile(name)
		if err != nil {
			return err
		}
		res, err := x.Extract(extract.Input{Name: name, Data: b})
		if err != nil {
			log.Warn("seed: cannot extract a shipped transcript; skipped", "file", name, "err", err)
			continue
		}
		added, _, err := st.ReplaceDocument(ctx, res.Doc, res.Quads)
		if err != nil {
			return fmt.Errorf("seed %s: %w", name, err)
		}
		log.Info("seeded the empty store", "file", name, "doc", string(res.Doc), "quads", added)
	}
	return nil
}
