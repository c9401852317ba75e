// Package ingest stores a corpus of transcripts in a graph store: it walks
// files and directories, extracts documents on all cores, skips documents
// whose bytes are already stored (by SHA-256), and writes the others in
// batched transactions in which each document's quads replace that
// document's label as a whole, so that a crash leaves every document either
// fully stored or as it was.
//
// The extraction is a function value ([ExtractFunc]), so that this package,
// like the rest of package graph, does not depend on package extract.
//
// Memory stays bounded whatever the corpus size: at most Workers documents
// are being extracted, at most Workers extracted documents wait for the
// writer, one batch of about BatchQuads quads fills while the one before it
// is committed, and nothing of a document is kept once it is committed. A
// commit into bolt holds every page it rewrites, more per quad as the store
// grows: batches are cut at BatchBytes of pages, and TuneGC sets a soft
// memory limit.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// ExtractFunc extracts one transcript: name is its path, data its bytes.
// It returns the document's IRI, the hex SHA-256 of data, and the
// document's quads, every one labelled doc. It must be safe for concurrent
// use.
type ExtractFunc func(ctx context.Context, name string, data []byte) (doc quad.IRI, hash string, quads []quad.Quad, err error)

// Store is what ingest needs of a store; *graph.Store is one. Reads may
// be called from several goroutines; Run never calls a read concurrently
// with ReplaceDocuments.
type Store interface {
	// DocumentHash returns the content hash stored on doc, if any.
	DocumentHash(ctx context.Context, doc quad.IRI) (string, bool, error)
	// DocumentsWithHash returns the documents whose content hash is hash.
	DocumentsWithHash(ctx context.Context, hash string) ([]quad.IRI, error)
	// ReplaceDocuments replaces each document's quads, all in one
	// transaction: all of them, or on error none.
	ReplaceDocuments(ctx context.Context, docs []graph.Doc) ([]graph.Change, error)
}

// ConcurrentReader is implemented by a Store whose reads may run while
// ReplaceDocuments writes (bolt and SQL stores: *graph.Store says which).
// Run then checks the next documents' hashes while a batch is committed;
// otherwise it keeps reads and writes apart.
type ConcurrentReader interface {
	ReadsDuringWrites() bool
}

// WriteCounter is implemented by a Store that can say how many bytes of
// pages its commits have written in all (bolt stores: *graph.Store's
// WrittenBytes). Run then sizes its batches by those bytes as well as by
// quads (Options.BatchBytes).
type WriteCounter interface {
	WrittenBytes() int64
}

var (
	_ Store            = (*graph.Store)(nil)
	_ ConcurrentReader = (*graph.Store)(nil)
	_ WriteCounter     = (*graph.Store)(nil)
)

// Errors of bad input, wrapped in a failed Result's Err.
var (
	ErrEmpty         = errors.New("empty file")
	ErrBinary        = errors.New("binary file (it contains NUL bytes), not a transcript")
	ErrNotUTF8       = errors.New("not UTF-8 text")
	ErrNoTranscripts = errors.New("directory holds no transcript (*.txt, *.html, *.htm)")
)

// Status is what happened to one document.
type Status int

// The statuses of a document.
const (
	New       Status = iota + 1 // stored for the first time
	Replaced                    // stored before, with other quads: replaced
	Unchanged                   // stored before with the same bytes (or the same quads): skipped
	Failed                      // not stored; the store keeps what it had
)

// String returns the status in lower case, as the summary prints it.
func (s Status) String() string {
	switch s {
	case New:
		return "new"
	case Replaced:
		return "replaced"
	case Unchanged:
		return "unchanged"
	case Failed:
		return "failed"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Result is what happened to one input path.
type Result struct {
	// Name is the path as given or found in a directory.
	Name string
	// Doc is the document's IRI, when known.
	Doc    quad.IRI
	Status Status
	// Quads is the number of quads extracted (zero when skipped or failed).
	Quads int
	// Bytes is the size of the file read.
	Bytes int
	// Err is why the document failed, without its name.
	Err error
}

// Error returns "NAME: REASON" for a failed document ("REASON" alone if it
// names the input already), "" otherwise.
func (r Result) Error() string {
	if r.Err == nil {
		return ""
	}
	msg := r.Err.Error()
	if strings.HasPrefix(msg, r.Name+": ") {
		return msg
	}
	return r.Name + ": " + msg
}

// Progress is the state of a run after one more document.
type Progress struct {
	// Done is the number of documents finished (in any status); Total the
	// number to do.
	Done, Total int
	// Quads and Bytes are the quads extracted and the bytes read so far.
	Quads, Bytes int64
	// Elapsed is the time since the run started.
	Elapsed time.Duration
}

// Summary is the outcome of a run.
type Summary struct {
	New, Replaced, Unchanged, Failed int
	// Quads is the number of quads extracted and stored.
	Quads int64
	// Bytes is the number of bytes read.
	Bytes int64
	// Commits is the number of write transactions committed.
	Commits int
	// WrittenBytes and MaxCommitBytes are the bytes of pages the commits
	// wrote, in all and at most in one, where the store says (WriteCounter).
	WrittenBytes, MaxCommitBytes int64
	Elapsed                      time.Duration
	// Failures lists the failed inputs in the order they finished.
	Failures []Result
}

// Total returns the number of inputs the run finished.
func (s *Summary) Total() int { return s.New + s.Replaced + s.Unchanged + s.Failed }

// Err returns an error if any input failed, naming how many; nil otherwise.
func (s *Summary) Err() error {
	if s.Failed == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d documents failed", s.Failed, s.Total())
}

// DefaultBatchQuads is the default size of a write transaction, in quads:
// twice the batch Cayley's own loader uses (quad.DefaultBatch). A commit
// into bolt rewrites every page it touches and every index entry of an
// entity it adds to (the list of the entity's quads, which grows with the
// documents naming it): fewer, larger commits rewrite less. Measured on a
// shared 2-core machine (BENCHMARKS.md): at 1k documents 20,000 quads took
// 18.5 s against 23-25 s for 10,000, 40,000 no faster; at 3k, 40,000 took
// 73 s against 86 s for 10,000 but held twice the live heap (196 MB).
const DefaultBatchQuads = 20000

// DefaultBatchBytes is the default Options.BatchBytes. A batch of
// DefaultBatchQuads writes 29 MB of pages into a bolt store of 1,000
// documents on average (39 at most), 41 (54) at 3,000, 64 (105) at 10,000:
// at 64 MB batches are cut only in large stores, where the live heap would
// otherwise approach the soft memory limit (DefaultMemoryLimit) and make
// the collector run ever more often. Measured at 10,000 documents on a
// shared 2-core machine (BENCHMARKS.md), with the memory limit: peak live
// heap 205 MB against 261 with the limit alone, for 3% more CPU; a bound
// of 32 MB held it at 159 MB for 24% more.
const DefaultBatchBytes = 64 << 20

// minBatchFraction is the fraction of BatchQuads BatchBytes shrinks a batch
// to at the least. What a commit writes into bolt has a part that does
// not shrink with the batch and grows with the store (about 31 MB per
// commit at 10,000 documents, from the commits' bytes against their
// quads), presumably the pages every commit touches: the index lists of
// the entities every document names, rewritten whole, and the records of
// common values. Cutting batches further would add commits, each paying
// that part again, without holding less memory.
const minBatchFraction = 4

// DefaultMaxDelay is the default Options.MaxDelay.
const DefaultMaxDelay = time.Second

// Options change how Run works. The zero value is usable.
type Options struct {
	// Workers is the number of documents read and extracted at once; zero
	// means runtime.GOMAXPROCS(0).
	Workers int
	// Force extracts and writes every document, even one whose bytes are
	// already stored.
	Force bool
	// DocID, if set, returns the IRI the extraction will give a document,
	// without extracting it; Run then compares the file's hash with that
	// document's stored hash. Without it Run looks up documents stored with
	// the same hash, whatever their IRI.
	DocID func(name string, data []byte) quad.IRI
	// BatchQuads is the number of quads after which the writer commits a
	// transaction; several small documents may share one, a large one gets
	// its own. Zero means DefaultBatchQuads.
	BatchQuads int
	// BatchBytes bounds the bytes of pages a commit writes, where the store
	// says how many (WriteCounter: bolt), and with them the memory a commit
	// holds: after each commit the next batches are cut at the number of
	// quads that would write about BatchBytes at the bytes per quad of that
	// commit (between a quarter of BatchQuads and BatchQuads). Zero means
	// DefaultBatchBytes; negative, no bound but BatchQuads.
	BatchBytes int64
	// MaxDelay is the longest a stored document waits for its batch to
	// fill before the batch is committed anyway. Zero means DefaultMaxDelay.
	MaxDelay time.Duration
	// OnResult, if set, is called after each input finishes, one call at a
	// time, in the order they finish.
	OnResult func(Result, Progress)
}

// Run ingests the transcripts at paths (files, or directories walked for
// *.txt, *.html, *.htm) into st. A bad input fails alone: the others go
// on. The summary says what happened to every input; its Err is non-nil if
// any failed. Run's own error is non-nil only if the run was stopped
// (ctx), in which case the summary covers the inputs finished until then.
func Run(ctx context.Context, st Store, extract ExtractFunc, paths []string, opt Options) (*Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchQuads <= 0 {
		opt.BatchQuads = DefaultBatchQuads
	}
	if opt.MaxDelay <= 0 {
		opt.MaxDelay = DefaultMaxDelay
	}
	if opt.BatchBytes == 0 {
		opt.BatchBytes = DefaultBatchBytes
	}
	files, bad := Files(paths)
	r := &runner{st: st, extract: extract, opt: opt, start: start, sum: &Summary{}}
	if c, ok := st.(ConcurrentReader); ok && c.ReadsDuringWrites() {
		r.unlocked = true
	}
	if wc, ok := st.(WriteCounter); ok {
		r.written = wc
	}
	r.batchQuads.Store(int64(opt.BatchQuads))
	r.prog.Total = len(files) + len(bad)
	for _, b := range bad {
		r.record(b)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan string, opt.Workers)
	out := make(chan item, opt.Workers)
	go func() {
		defer close(jobs)
		for _, f := range files {
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				it := r.process(ctx, name)
				select {
				case out <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	r.write(ctx, out)
	r.sum.Elapsed = time.Since(start)
	if err := ctx.Err(); err != nil {
		return r.sum, fmt.Errorf("ingest stopped after %d of %d documents: %w", r.sum.Total(), r.prog.Total, context.Cause(ctx))
	}
	return r.sum, nil
}

// item is a processed input on its way to the writer: a result, and the
// document's quads if it is to be written.
type item struct {
	res Result
	doc graph.Doc
}

type runner struct {
	st      Store
	extract ExtractFunc
	opt     Options
	start   time.Time

	// mu keeps reads of the store out of its writes where the store cannot
	// read while it writes (Cayley's memstore); unlocked when it can.
	mu       sync.RWMutex
	unlocked bool

	recMu sync.Mutex // serialises record: the batcher and the committer both call it
	sum   *Summary
	prog  Progress

	written    WriteCounter // nil if the store does not count its writes
	batchQuads atomic.Int64 // quads at which the batch filling is cut (see Options.BatchBytes)
}

// process reads, checks, and unless unchanged extracts one file.
func (r *runner) process(ctx context.Context, name string) item {
	res := Result{Name: name}
	fail := func(err error) item {
		res.Status, res.Err = Failed, err
		return item{res: res}
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return fail(pathError(err))
	}
	res.Bytes = len(data)
	if err := check(data); err != nil {
		return fail(err)
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])

	if !r.opt.Force {
		doc, same, err := r.stored(ctx, name, data, hash)
		if err != nil {
			return fail(err)
		}
		if same {
			res.Status, res.Doc = Unchanged, doc
			return item{res: res}
		}
	}

	doc, _, quads, err := r.safeExtract(ctx, name, data)
	if err != nil {
		return fail(err)
	}
	res.Doc, res.Quads = doc, len(quads)
	// Repeats dropped here, on a worker, not in the single writer.
	return item{res: res, doc: graph.Prepare(graph.Doc{IRI: doc, Quads: withHash(doc, hash, quads)})}
}

// stored reports whether a file with these bytes is stored already.
func (r *runner) stored(ctx context.Context, name string, data []byte, hash string) (quad.IRI, bool, error) {
	if !r.unlocked {
		r.mu.RLock()
		defer r.mu.RUnlock()
	}
	if r.opt.DocID != nil {
		doc := r.opt.DocID(name, data)
		h, ok, err := r.st.DocumentHash(ctx, doc)
		if err != nil {
			return "", false, fmt.Errorf("reading the store: %w", err)
		}
		return doc, ok && h == hash, nil
	}
	docs, err := r.st.DocumentsWithHash(ctx, hash)
	if err != nil {
		return "", false, fmt.Errorf("reading the store: %w", err)
	}
	if len(docs) == 0 {
		return "", false, nil
	}
	return docs[0], true, nil
}

// safeExtract runs the extraction, turning a panic into an error so that
// one bad document cannot stop the run.
func (r *runner) safeExtract(ctx context.Context, name string, data []byte) (doc quad.IRI, hash string, quads []quad.Quad, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extraction failed: panic: %v", p)
		}
	}()
	doc, hash, quads, err = r.extract(ctx, name, data)
	if err == nil && doc == "" {
		err = errors.New("extraction returned no document IRI")
	}
	return doc, hash, quads, err
}

// check rejects what is not a transcript.
func check(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w: invalid byte 0x%02x at offset %d", ErrNotUTF8, data[off], off)
	}
	return nil
}

// withHash makes sure the document carries the hash of the file's bytes,
// which is what the next run compares: it replaces any other content hash
// the extraction gave doc, or adds one.
func withHash(doc quad.IRI, hash string, quads []quad.Quad) []quad.Quad {
	pred := quad.IRI(voc.ContentHash)
	want := quad.Quad{Subject: doc, Predicate: pred, Object: quad.String(hash), Label: doc}
	same, other := false, false
	for _, q := range quads {
		if q.Subject == doc && q.Predicate == pred {
			if q.Object == want.Object {
				same = true
			} else {
				other = true
			}
		}
	}
	if same && !other {
		return quads
	}
	out := make([]quad.Quad, 0, len(quads)+1)
	for _, q := range quads {
		if q.Subject != doc || q.Predicate != pred {
			out = append(out, q)
		}
	}
	return append(out, want)
}

// write commits extracted documents in batches until out is closed, and
// records every result. A batch is committed when it holds BatchQuads
// quads, or MaxDelay after its first document arrived: each commit has a
// fixed cost (on bolt an fsync, in Cayley index and filter upkeep), so
// committing whenever the writer is idle would make a slow extraction pay
// it once per document.
//
// The commits run on a goroutine of their own, so that the next batch fills
// (and the workers go on extracting) while one is committed: the store's
// single writer is the bottleneck, and it should never wait for a batch
// that could have been extracted during the last commit. At most one batch
// is being committed and one filling.
func (r *runner) write(ctx context.Context, out <-chan item) {
	batches := make(chan []item) // unbuffered: one batch committing, one filling
	done := make(chan struct{})
	go func() {
		defer close(done)
		for b := range batches {
			r.commit(ctx, b)
		}
	}()
	var batch []item
	quads := 0
	var due <-chan time.Time
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
		}
		batch, quads, due = nil, 0, nil // a new slice: the committer owns the old one
	}
	defer func() { close(batches); <-done }()
	for {
		select {
		case it, ok := <-out:
			if !ok {
				flush()
				return
			}
			if it.res.Status != 0 {
				r.record(it.res)
				continue
			}
			batch = append(batch, it)
			quads += len(it.doc.Quads)
			if quads >= int(r.batchQuads.Load()) {
				flush()
			} else if due == nil {
				due = time.After(r.opt.MaxDelay)
			}
		case <-due:
			flush()
		}
	}
}

// commit writes a batch in one transaction; if that fails it writes each
// document alone, so that only the documents at fault fail.
func (r *runner) commit(ctx context.Context, batch []item) {
	if ctx.Err() != nil {
		return // stopped: these documents are not done, and not counted
	}
	docs := make([]graph.Doc, len(batch))
	for i, it := range batch {
		docs[i] = it.doc
	}
	if !r.unlocked {
		r.mu.Lock()
	}
	var before int64
	if r.written != nil {
		before = r.written.WrittenBytes()
	}
	changes, err := r.st.ReplaceDocuments(ctx, docs)
	if r.written != nil && err == nil {
		r.sized(docs, r.written.WrittenBytes()-before)
	}
	if !r.unlocked {
		r.mu.Unlock()
	}
	clear(docs)
	if err != nil && len(batch) > 1 && ctx.Err() == nil {
		for i := range batch {
			r.commit(ctx, batch[i:i+1])
		}
		return
	}
	for i := range batch {
		batch[i].doc = graph.Doc{} // stored (or failed): let the quads go while the next batch fills
		res := batch[i].res
		switch {
		case err != nil:
			res.Status, res.Err = Failed, fmt.Errorf("writing to the store: %w", err)
		case changes[i].Existed && changes[i].Added == 0 && changes[i].Removed == 0:
			res.Status = Unchanged
		case changes[i].Existed:
			res.Status = Replaced
		default:
			res.Status = New
		}
		r.record(res)
	}
}

// sized counts a successful commit of docs that wrote n bytes of pages
// and, under Options.BatchBytes, cuts the next batches at the quads that
// would write about BatchBytes at this commit's bytes per quad. The bytes a quad costs
// grow with the store: its keys are hashes spread over ever more pages, each
// rewritten whole, and the index lists of common entities, rewritten whole
// by each commit that adds to them, grow with the documents naming them.
func (r *runner) sized(docs []graph.Doc, n int64) {
	quads := 0
	for _, d := range docs {
		quads += len(d.Quads)
	}
	r.recMu.Lock()
	r.sum.Commits++
	r.sum.WrittenBytes += n
	r.sum.MaxCommitBytes = max(r.sum.MaxCommitBytes, n)
	r.recMu.Unlock()
	if r.opt.BatchBytes < 0 || n <= 0 || quads == 0 {
		return
	}
	next := int64(float64(r.opt.BatchBytes) / (float64(n) / float64(quads)))
	floor := int64(r.opt.BatchQuads / minBatchFraction)
	r.batchQuads.Store(min(max(next, floor, 1), int64(r.opt.BatchQuads)))
}

// record counts a finished input and reports progress.
func (r *runner) record(res Result) {
	r.recMu.Lock()
	defer r.recMu.Unlock()
	s := r.sum
	switch res.Status {
	case New:
		s.New++
	case Replaced:
		s.Replaced++
	case Unchanged:
		s.Unchanged++
	default:
		s.Failed++
		s.Failures = append(s.Failures, res)
	}
	if res.Status == New || res.Status == Replaced {
		s.Quads += int64(res.Quads)
	}
	s.Bytes += int64(res.Bytes)
	r.prog.Done++
	r.prog.Quads, r.prog.Bytes = s.Quads, s.Bytes
	r.prog.Elapsed = time.Since(r.start)
	if r.opt.OnResult != nil {
		r.opt.OnResult(res, r.prog)
	}
}
