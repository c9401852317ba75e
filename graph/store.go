// Package graph is briefgraph's storage layer: it opens a Cayley quad store
// by URL and offers what the rest of the tool needs on top of it, as one
// [Store]: replacing a document's quads in one transaction, listing
// documents, queries in Cayley's languages, export and import through the
// quad format registry, and statistics over the vocabulary of package
// graph/voc.
//
// Store URLs:
//
//	bolt:PATH                       a BoltDB store in the directory PATH (created on first use)
//	memory:                         an in-memory store, gone when closed
//	postgres://USER:PASS@HOST/DB    Cayley's PostgreSQL backend (also postgresql://)
//	cockroach://USER:PASS@HOST/DB   Cayley's CockroachDB backend
//
// Cayley's SQL driver defaults to sslmode=require: a local PostgreSQL server
// without TLS needs "?sslmode=disable" in the URL.
//
// On PostgreSQL, batches of additions (new documents, Import) bypass
// Cayley's writer, which makes a round trip per quad: they are COPYed into
// temporary tables and inserted with set-based statements, in one
// transaction, as exactly the rows Cayley's writer would write (see
// WithCayleyWriter). On both SQL backends Open adds an index on the quads'
// label, which Cayley's schema lacks, so that a document's quads are read
// without scanning the table.
//
// No message of this package contains a password: every URL in an error
// goes through [Redact], and Cayley's own log (package clog, which prints
// connection strings) is routed through a redacting logger.
package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers the memory backend
	"github.com/cayleygraph/cayley/graph/sql/cockroach"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" quad writer
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Schemes lists the store URL forms Open accepts, for messages and help.
const Schemes = "bolt:PATH, memory:, postgres://…, postgresql://…, cockroach://…"

// DefaultURL is the store the command line uses when none is given.
const DefaultURL = "bolt:briefgraph.db"

// ErrUnknownScheme is returned (wrapped) by Open for a URL it cannot route.
var ErrUnknownScheme = errors.New("unknown store URL scheme")

// ErrLocked is returned (wrapped) by Open when a bolt store is held by
// another process for longer than the lock timeout.
var ErrLocked = errors.New("store is locked by another process")

// Backend names a kind of store.
type Backend string

// The backends Open knows.
const (
	Bolt      Backend = "bolt"
	Memory    Backend = "memory"
	Postgres  Backend = "postgres"
	Cockroach Backend = "cockroach"
)

// Option changes how Open opens a store.
type Option func(*openConfig)

type openConfig struct {
	lockTimeout time.Duration
	logger      *slog.Logger
	noCreate    bool
	bloom       bool
	cayleyOnly  bool
	noLabel     bool
}

// WithCayleyWriter makes a PostgreSQL store write every batch through
// Cayley's own SQL writer, one statement per node and per quad, as before
// briefgraph had its bulk writer: for comparisons (the bulk writer's rows
// are checked against this writer's) and as a way back. Other stores
// always use Cayley's writers.
func WithCayleyWriter() Option {
	return func(c *openConfig) { c.cayleyOnly = true }
}

// WithoutLabelIndex makes Open create bolt stores as Cayley does, with its
// own indexes only, and leave an empty store without briefgraph's label
// index as it is (see labelIndex): the layout of the stores created
// before that index, and of Cayley's own tools. Replacing or deleting a
// document in such a store scans every quad. For comparisons and tests.
func WithoutLabelIndex() Option {
	return func(c *openConfig) { c.noLabel = true }
}

// WithBloomFilters keeps the bloom filters Cayley's bolt backend builds by
// default, which briefgraph turns off. Cayley allocates four filters sized
// for 100 million entries, about 300 MB of heap, when it opens an empty
// store (five, 375 MB, with briefgraph's label index: one per index), and
// one, 75 MB, when it opens a store with data (filled by decoding
// every quad of the store at each open). They spare a first ingest the
// reads that find a new value, quad or index key absent: without them it
// does those reads, about 15% more work, which ingest's garbage collector
// setting (ingest.TuneGC) wins back; its live heap is 75-100 MB instead of
// 370 at 1k documents, and a store opens at once.
func WithBloomFilters() Option {
	return func(c *openConfig) { c.bloom = true }
}

// ErrNoStore is returned (wrapped) by Open with WithoutCreate when there is
// no store at the URL.
var ErrNoStore = errors.New("no store there")

// WithoutCreate makes Open fail with ErrNoStore instead of creating a bolt
// store that does not exist yet: for commands that only read.
func WithoutCreate() Option {
	return func(c *openConfig) { c.noCreate = true }
}

// WithLockTimeout sets how long Open waits for another process to release
// a bolt store before it fails with ErrLocked (default 2s).
func WithLockTimeout(d time.Duration) Option {
	return func(c *openConfig) { c.lockTimeout = d }
}

// WithLogger sets the logger that receives Cayley's own warnings and errors
// (redacted) for the stores this process opens. The default is slog.Default().
// Cayley has one process-wide log, so the last logger given wins.
func WithLogger(l *slog.Logger) Option {
	return func(c *openConfig) { c.logger = l }
}

// Store is an open quad store. Its methods are safe for concurrent use;
// writes through the Store are serialised.
type Store struct {
	h       *graph.Handle
	backend Backend
	url     string   // redacted
	bolt    *bolt.DB // the bolt database of a bolt store, for its statistics

	// side is briefgraph's own pool on a SQL store's database (nil for
	// bolt and memory); bulk says whether additions go through its bulk
	// writer (PostgreSQL, unless WithCayleyWriter).
	side *sqlSide
	bulk bool

	wmu    sync.Mutex // serialises ReplaceDocument, DeleteDocument, Import, Close
	closed bool
	gen    atomic.Uint64 // bumped by every write made in this process
}

// Generation returns a number that changes after every write made through
// this Store or its Handle (in this process): caches key on it.
func (s *Store) Generation() uint64 { return s.gen.Load() }

// countingWriter is Cayley's quad writer, bumping the store's generation.
type countingWriter struct {
	graph.QuadWriter
	gen *atomic.Uint64
}

func (w countingWriter) AddQuad(q quad.Quad) error {
	defer w.gen.Add(1)
	return w.QuadWriter.AddQuad(q)
}

func (w countingWriter) AddQuadSet(qs []quad.Quad) error {
	defer w.gen.Add(1)
	return w.QuadWriter.AddQuadSet(qs)
}

func (w countingWriter) RemoveQuad(q quad.Quad) error {
	defer w.gen.Add(1)
	return w.QuadWriter.RemoveQuad(q)
}

func (w countingWriter) ApplyTransaction(t *graph.Transaction) error {
	defer w.gen.Add(1)
	return w.QuadWriter.ApplyTransaction(t)
}

func (w countingWriter) RemoveNode(v quad.Value) error {
	defer w.gen.Add(1)
	return w.QuadWriter.RemoveNode(v)
}

// Open opens (creating it on first use) the store at url; see the package
// documentation for the URL forms. The error names the URL with any password
// redacted.
func Open(ctx context.Context, url string, opts ...Option) (*Store, error) {
	cfg := openConfig{lockTimeout: 2 * time.Second}
	for _, o := range opts {
		o(&cfg)
	}
	installClogger(cfg.logger)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	backend, addr, err := parseURL(url)
	if err != nil {
		return nil, err
	}
	var (
		qs     graph.QuadStore
		side   *sqlSide
		boltDB *bolt.DB
	)
	switch backend {
	case Bolt:
		qs, boltDB, err = openBolt(addr, cfg)
	case Memory:
		qs, err = graph.NewQuadStore("memstore", "", nil)
	case Postgres:
		qs, side, err = openSQL(ctx, postgres.Type, "postgres", addr)
	case Cockroach:
		qs, side, err = openSQL(ctx, cockroach.Type, "pgx", addr)
	}
	if err != nil {
		return nil, &openError{url: url, err: err}
	}
	qw, err := graph.NewQuadWriter("single", qs, graph.Options{
		"ignore_missing": true, "ignore_duplicate": true,
	})
	if err != nil {
		qs.Close()
		if side != nil {
			side.Close()
		}
		return nil, &openError{url: url, err: err}
	}
	st := &Store{backend: backend, url: Redact(url), side: side, bulk: backend == Postgres && !cfg.cayleyOnly, bolt: boltDB}
	st.h = &graph.Handle{QuadStore: qs, QuadWriter: countingWriter{QuadWriter: qw, gen: &st.gen}}
	return st, nil
}

// parseURL splits a store URL into its backend and the address Cayley wants.
func parseURL(url string) (Backend, string, error) {
	scheme, rest, ok := strings.Cut(url, ":")
	if !ok || scheme == "" {
		return "", "", fmt.Errorf("store URL %q: %w (accepted: %s)", Redact(url), ErrUnknownScheme, Schemes)
	}
	switch strings.ToLower(scheme) {
	case "bolt":
		path := strings.TrimPrefix(rest, "//")
		if path == "" {
			return "", "", fmt.Errorf("store URL %q: bolt needs a path, as in %s", url, DefaultURL)
		}
		return Bolt, path, nil
	case "memory", "mem", "memstore":
		return Memory, "", nil
	case "postgres", "postgresql":
		return Postgres, url, nil
	case "cockroach", "cockroachdb":
		// The pgx driver speaks the PostgreSQL wire protocol and wants its URL scheme.
		return Cockroach, "postgresql:" + rest, nil
	}
	return "", "", fmt.Errorf("store URL %q: %w %q (accepted: %s)", Redact(url), ErrUnknownScheme, scheme, Schemes)
}

// openBolt opens the bolt store in directory dir (file dir/indexes.bolt, the
// layout Cayley's own tools use), creating and initialising it if needed,
// with Cayley's bloom filters only if cfg.bloom (see WithBloomFilters). A
// store it creates gets briefgraph's label index besides Cayley's own (see
// labelIndex); a store created without it keeps working without it.
// Unlike Cayley's bolt backend it does not wait forever for a lock.
func openBolt(dir string, cfg openConfig) (graph.QuadStore, *bolt.DB, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, nil, fmt.Errorf("%s is a file; a bolt store is a directory", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); cfg.noCreate && err != nil {
		return nil, nil, fmt.Errorf("%w (%s does not exist; \"briefgraph ingest\" creates it)", ErrNoStore, dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("cannot create the store directory: %w", err)
	}
	file := filepath.Join(dir, "indexes.bolt")
	_, statErr := os.Stat(file)
	fresh := errors.Is(statErr, os.ErrNotExist)
	db, err := hbolt.Open(file, &bolt.Options{Timeout: cfg.lockTimeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("%w (waited %s; is \"briefgraph serve\" running on it?)", ErrLocked, cfg.lockTimeout)
	} else if err != nil {
		return nil, nil, fmt.Errorf("cannot open %s: %w", file, err)
	}
	if fresh {
		if err := kv.Init(db, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			db.Close()
			os.Remove(file)
			return nil, nil, fmt.Errorf("cannot initialise %s: %w", file, err)
		}
	}
	opt := graph.Options{kv.OptNoBloom: !cfg.bloom}
	open := func() (graph.QuadStore, error) {
		if !cfg.noLabel {
			if err := ensureKVLabelIndex(context.Background(), db); err != nil {
				return nil, err
			}
		}
		return kv.New(db, opt)
	}
	qs, err := open()
	if errors.Is(err, graph.ErrNotInitialized) {
		// An empty file left by a crash before initialisation: initialise it now.
		if err = kv.Init(db, nil); err == nil || errors.Is(err, graph.ErrDatabaseExists) {
			qs, err = open()
		}
	}
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("cannot open %s: %w", file, err)
	}
	return qs, db.DB(), nil
}

// openSQL opens one of Cayley's SQL backends, creating its tables on
// first use, and briefgraph's own pool on the same database (driver is
// the database/sql driver Cayley's backend registered), through which it
// adds the label index if it is missing (or warns that it cannot).
func openSQL(ctx context.Context, typ, driver, addr string) (graph.QuadStore, *sqlSide, error) {
	if err := graph.InitQuadStore(typ, addr, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		return nil, nil, sqlHint(err)
	}
	qs, err := graph.NewQuadStore(typ, addr, nil)
	if err != nil {
		return nil, nil, sqlHint(err)
	}
	side, err := openSQLSide(ctx, driver, addr)
	if err != nil {
		qs.Close()
		return nil, nil, err
	}
	if err := side.ensureLabelIndex(ctx); err != nil {
		// Not fatal: a role that does not own the tables (a reader's) may
		// not create an index, and the store works without it.
		theClogger.logger().Warn("no index on the quads' label: replacing or deleting a document will scan the quads table",
			"store", Redact(addr), "error", scrub(err.Error(), addr))
	}
	return qs, side, nil
}

// sqlHint adds what to do to the errors users meet first.
func sqlHint(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "SSL is not enabled"):
		return fmt.Errorf("%w (for a server without TLS add ?sslmode=disable to the URL)", err)
	case strings.Contains(msg, "connection refused"):
		return fmt.Errorf("%w (is the database server running?)", err)
	}
	return err
}

// openError reports a failure to open a store, naming its redacted URL and
// keeping any password out of the cause's message too.
type openError struct {
	url string
	err error
}

func (e *openError) Error() string {
	return fmt.Sprintf("open store %s: %s", Redact(e.url), scrub(e.err.Error(), e.url))
}

func (e *openError) Unwrap() error { return e.err }

// WrittenBytes returns the bytes of pages the store's commits have written
// since it was opened, on bolt: every B-tree page a commit dirtied (bolt
// rewrites a page whole to change one key in it) and every value larger than
// a page (Cayley's index lists of common entities), each held in memory
// until the commit ends. It is zero for the other backends. Ingest uses its
// growth per commit to size its batches by what they cost in memory.
func (s *Store) WrittenBytes() int64 {
	if s.bolt == nil {
		return 0
	}
	return int64(s.bolt.Stats().TxStats.PageAlloc)
}

// Backend reports the kind of store.
func (s *Store) Backend() Backend { return s.backend }

// URL returns the store's URL with any password redacted.
func (s *Store) URL() string { return s.url }

// Handle returns Cayley's handle on the store (quad store and writer), for
// Cayley's own APIs such as its HTTP server. Writes made through it bypass
// the Store's document semantics.
func (s *Store) Handle() *graph.Handle { return s.h }

// QuadStore returns the underlying Cayley quad store.
func (s *Store) QuadStore() graph.QuadStore { return s.h.QuadStore }

// Close releases the store (for bolt, its file lock).
func (s *Store) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	err := s.h.Close()
	if s.side != nil {
		if serr := s.side.Close(); err == nil {
			err = serr
		}
	}
	return err
}

// ReadsDuringWrites reports whether the store can be read while a write is
// under way: bolt (readers see the last commit) and the SQL servers can,
// Cayley's in-memory store cannot. Ingest uses it to check the next
// documents while a batch is written.
func (s *Store) ReadsDuringWrites() bool { return s.backend != Memory }
