package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/graph/ingest"
)

// runIngest extracts transcripts and stores them, skipping unchanged ones.
func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "ingest", "[--db URL] [--workers N] [--force] FILE|DIR...",
		"\tbriefgraph ingest data/\n"+
			"\tbriefgraph ingest --db bolt:corpus.db corpus/\n"+
			"\tbriefgraph ingest --db 'postgres://user:pass@127.0.0.1/briefgraph?sslmode=disable' --workers 4 corpus/\n"+
			"\tbriefgraph ingest --force briefing.txt   # extract and replace even if unchanged\n\n"+
			"Directories are walked for *.txt, *.html and *.htm. A document whose bytes are\n"+
			"already stored is skipped; a changed one replaces its previous version. Each\n"+
			"document is written all or nothing (small ones share a transaction), so an\n"+
			"interrupted ingest leaves every document complete or absent: run it again to\n"+
			"finish. A file that cannot be read or extracted is named in the summary and\n"+
			"makes the exit status 1; the others are stored.")
	db := addDBFlag(fs)
	workers := fs.Int("workers", 0, "documents extracted at once (default: the number of cores)")
	force := fs.Bool("force", false, "extract and replace every document, even one whose bytes are already stored")
	batch := fs.Int("batch", ingest.DefaultBatchQuads, "quads per write transaction (several small documents share one)")
	batchMB := fs.Int("batch-mb", ingest.DefaultBatchBytes>>20, "MB of pages a write transaction into bolt may write, and hold in memory: batches shrink below --batch as the store grows (0: no bound)")
	memLimit := byteSize(ingest.DefaultMemoryLimit)
	fs.Var(&memLimit, "memory-limit", "soft limit of the process's Go memory, as 384MiB, 1GiB or bytes (0: none; GOMEMLIMIT, if set, wins)")
	logEvery := fs.Duration("log-every", 2*time.Second, "interval of the progress lines when stderr is not a terminal")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return withHint(errors.New("ingest: no transcript given"), "briefgraph ingest FILE|DIR...")
	}
	if *workers < 0 || *batch < 0 || *batchMB < 0 || *logEvery <= 0 {
		return withHint(errors.New("ingest: --workers, --batch and --batch-mb must not be negative, --log-every must be positive"), "briefgraph ingest -h")
	}
	batchBytes := int64(*batchMB) << 20
	if *batchMB == 0 {
		batchBytes = -1 // no bound
	}
	st, err := openStore(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	defer st.Close()

	defer ingest.TuneGC(int64(memLimit))()
	rep := newIngestReporter(e.stderr, *logEvery)
	sum, runErr := ingest.Run(ctx, st, extraction(sync.OnceValues(extract.New)), fs.Args(), ingest.Options{
		Workers: *workers, Force: *force, BatchQuads: *batch, BatchBytes: batchBytes, DocID: extract.DocIRI, OnResult: rep.update,
	})
	rep.finish()
	printSummary(e.stdout, sum, st.URL())
	if runErr != nil {
		return withHint(fmt.Errorf("ingest: %w", runErr), "run the same ingest again to finish it")
	}
	if err := sum.Err(); err != nil {
		return fmt.Errorf("ingest: %w (listed above); the store keeps its previous version of each", err)
	}
	return nil
}

// extraction adapts the extractor to ingest's function type. The extractor
// (its gazetteers take a moment to load) is made on first use, so that a run
// over an unchanged corpus never loads it.
func extraction(extractor func() (*extract.Extractor, error)) ingest.ExtractFunc {
	return func(_ context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
		x, err := extractor()
		if err != nil {
			return "", "", nil, err
		}
		r, err := x.Extract(extract.Input{Name: name, Data: data})
		if err != nil {
			return "", "", nil, err
		}
		return r.Doc, r.Hash, r.Quads, nil
	}
}

// printSummary writes what happened: counts, speed, and each failure.
func printSummary(w io.Writer, s *ingest.Summary, url string) {
	secs := s.Elapsed.Seconds()
	fmt.Fprintf(w, "ingested %d documents into %s in %s: %d new, %d replaced, %d unchanged, %d failed\n",
		s.Total(), url, s.Elapsed.Round(time.Millisecond), s.New, s.Replaced, s.Unchanged, s.Failed)
	if secs > 0 {
		fmt.Fprintf(w, "%d quads written (%.0f quads/s), %.1f MB read (%.2f MB/s)\n",
			s.Quads, float64(s.Quads)/secs, float64(s.Bytes)/1e6, float64(s.Bytes)/1e6/secs)
	}
	if len(s.Failures) > 0 {
		fmt.Fprintln(w, "failed:")
		for _, f := range s.Failures {
			fmt.Fprintln(w, "  "+f.Error())
		}
	}
}

// ingestReporter shows progress: a bar on a terminal, a log line every few
// seconds otherwise.
type ingestReporter struct {
	w     io.Writer
	tty   bool
	bar   *progressbar.ProgressBar
	every time.Duration
	last  time.Time
	prog  ingest.Progress
}

func newIngestReporter(w io.Writer, every time.Duration) *ingestReporter {
	r := &ingestReporter{w: w, every: every, last: time.Now()}
	if f, ok := w.(*os.File); ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
		r.tty = true
	}
	return r
}

func (r *ingestReporter) update(_ ingest.Result, p ingest.Progress) {
	r.prog = p
	if r.tty {
		if r.bar == nil {
			r.bar = progressbar.NewOptions(p.Total,
				progressbar.OptionSetWriter(r.w),
				progressbar.OptionSetWidth(30),
				progressbar.OptionShowCount(),
				progressbar.OptionSetItsString("docs"),
				progressbar.OptionShowIts(),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionShowDescriptionAtLineEnd(),
				progressbar.OptionShowElapsedTimeOnFinish(),
			)
		}
		r.bar.Describe(fmt.Sprintf("%d quads, %.0f quads/s", p.Quads, rate(p.Quads, p.Elapsed)))
		r.bar.Set(p.Done)
		return
	}
	if time.Since(r.last) >= r.every {
		r.last = time.Now()
		r.line(p)
	}
}

func (r *ingestReporter) line(p ingest.Progress) {
	eta := "?"
	if p.Done > 0 && p.Total >= p.Done {
		eta = (time.Duration(float64(p.Elapsed) / float64(p.Done) * float64(p.Total-p.Done))).Round(time.Second).String()
	}
	pct := 100.0
	if p.Total > 0 {
		pct = 100 * float64(p.Done) / float64(p.Total)
	}
	fmt.Fprintf(r.w, "ingest: %d/%d documents (%.0f%%), %d quads, %.0f quads/s, elapsed %s, ETA %s\n",
		p.Done, p.Total, pct, p.Quads, rate(p.Quads, p.Elapsed), p.Elapsed.Round(time.Second), eta)
}

// finish ends the bar, or writes a last log line if any was written.
func (r *ingestReporter) finish() {
	if r.bar != nil {
		r.bar.Finish()
		fmt.Fprintln(r.w)
		return
	}
	if !r.tty && r.prog.Elapsed >= r.every {
		r.line(r.prog)
	}
}

func rate(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// byteSize is a flag value of bytes, written as GOMEMLIMIT is: a number
// with an optional unit B, KiB, MiB, GiB, TiB (powers of 1024) or KB, MB,
// GB, TB (powers of 1000).
type byteSize int64

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		name string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n != 0 && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	units := []struct {
		name string
		size int64
	}{
		{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"B", 1},
	}
	num, mult := strings.TrimSpace(s), int64(1)
	for _, u := range units {
		if n, ok := strings.CutSuffix(num, u.name); ok {
			num, mult = strings.TrimSpace(n), u.size
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return fmt.Errorf("%q is not a size in bytes (as 384MiB, 1GiB, 0)", s)
	}
	*b = byteSize(n * mult)
	return nil
}
