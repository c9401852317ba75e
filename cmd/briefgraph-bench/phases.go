package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	_ "github.com/lib/pq" // the "postgres" driver, to empty the benchmark database

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/extract/synth"
	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/ingest"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// generate writes the corpus of n documents into dir, unless it is there.
func generate(dir string, n int, seed uint64, size int) error {
	if ents, err := os.ReadDir(dir); err == nil && len(ents) == n {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	g := synth.New(synth.Config{Seed: seed, Size: size})
	for i := range n {
		d := g.Document(i)
		if err := os.WriteFile(filepath.Join(dir, d.Name), d.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// readCorpus returns the corpus's files and their bytes.
func readCorpus(dir string) ([]string, [][]byte, int64, error) {
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	data := make([][]byte, len(names))
	var total int64
	for i, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, nil, 0, err
		}
		data[i] = b
		total += int64(len(b))
	}
	return names, data, total, nil
}

// measureExtraction times extraction in memory on one core and on all
// cores over the first sample documents of the corpus (throughput does not
// depend on the corpus size), then writes the N-Quads of every document of
// the corpus, the baseline's input, to a file of its own in nqDir (not
// timed).
func measureExtraction(dir, nqDir string, sample int) ([]Row, error) {
	names, data, _, err := readCorpus(dir)
	if err != nil {
		return nil, err
	}
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	n := min(sample, len(names))
	var mb float64
	for _, d := range data[:n] {
		mb += float64(len(d)) / 1e6
	}
	note := ""
	if n < len(names) {
		note = fmt.Sprintf("first %d documents", n)
	}
	cores := runtime.GOMAXPROCS(0)
	var rows []Row
	for _, workers := range []int{1, cores} {
		r := Row{Phase: fmt.Sprintf("extraction, %d core(s)", workers), MB: mb, Note: note}
		start := time.Now()
		q, failed, err := extractAll(x, names[:n], data[:n], workers, nil)
		if err != nil {
			return nil, err
		}
		r.Seconds = time.Since(start).Seconds()
		r.Quads, r.Failed = q, failed
		r.MBPS, r.QuadsPS = r.MB/r.Seconds, float64(r.Quads)/r.Seconds
		if workers > 1 && len(rows) > 0 {
			r.Note = strings.TrimSpace(fmt.Sprintf("%s %.1f× one core", r.Note, r.MBPS/rows[0].MBPS))
		}
		rows = append(rows, r)
	}
	if err := os.MkdirAll(nqDir, 0o755); err != nil {
		return nil, err
	}
	write := func(i int, qs []quad.Quad) error {
		f, err := os.Create(nqFile(nqDir, names[i]))
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(f)
		w := nquads.NewWriter(bw)
		_, err = w.WriteQuads(qs)
		if err == nil {
			err = w.Close()
		}
		if err == nil {
			err = bw.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	if _, _, err := extractAll(x, names, data, cores, write); err != nil {
		return nil, err
	}
	return rows, nil
}

// nqFile is where the N-Quads of the corpus file name are kept.
func nqFile(nqDir, name string) string {
	return filepath.Join(nqDir, strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))+".nq")
}

// extractAll extracts documents on workers goroutines, passing document
// i's quads to out if it is given, and counts quads and failures.
func extractAll(x *extract.Extractor, names []string, data [][]byte, workers int, out func(int, []quad.Quad) error) (quads int64, failed int, err error) {
	var next, nq, nf atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var werr error
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(names) {
					return
				}
				qs, err := safeExtract(x, names[i], data[i])
				if err != nil {
					nf.Add(1)
					continue
				}
				nq.Add(int64(len(qs)))
				if out != nil {
					if err := out(i, qs); err != nil {
						mu.Lock()
						werr = err
						mu.Unlock()
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	return nq.Load(), int(nf.Load()), werr
}

func safeExtract(x *extract.Extractor, name string, data []byte) (qs []quad.Quad, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	r, err := x.Extract(extract.Input{Name: name, Data: data})
	if err != nil {
		return nil, err
	}
	return r.Quads, nil
}

// runPhase runs one measured phase in this (sub)process and prints its row
// as JSON on stdout.
func runPhase(ctx context.Context, phase string, args []string) error {
	fs := flag.NewFlagSet(phase, flag.ContinueOnError)
	db := fs.String("db", "", "store URL")
	corpus := fs.String("corpus", "", "corpus directory (ingest)")
	nq := fs.String("nquads", "", "directory of N-Quads files, one per document (load, ingest-quads)")
	name := fs.String("query", "", "query name (query)")
	runs := fs.Int("runs", 30, "query runs (query), replacements (replace)")
	bloom := fs.Bool("bloom", false, "open bolt stores with Cayley's bloom filters (graph.WithBloomFilters)")
	batch := fs.Int("batch", 0, "quads per write transaction of the ingest pipeline (0: its default)")
	memLimit := fs.Int64("memlimit", ingest.DefaultMemoryLimit, "soft memory limit of the ingest phases in bytes (ingest.TuneGC; 0: none)")
	batchBytes := fs.Int64("batchbytes", 0, "bytes of pages a commit of the ingest pipeline should write at most (0: its default, negative: no bound)")
	prof := fs.String("cpuprofile", os.Getenv("BRIEFGRAPH_BENCH_CPUPROFILE"), "write a CPU profile of the phase to this file")
	heapProf := fs.String("heapprofile", os.Getenv("BRIEFGRAPH_BENCH_HEAPPROFILE"), "write heap profiles of the phase to FILE.PHASE.N every -heapevery")
	heapEvery := fs.Duration("heapevery", 10*time.Second, "interval of the heap profiles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *prof != "" {
		f, err := os.Create(*prof + "." + phase)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if *heapProf != "" {
		stopHeap := heapProfiles(*heapProf+"."+phase, *heapEvery)
		defer stopHeap()
	}
	stop := sampleRSS()
	var opts []graph.Option
	if *bloom {
		opts = append(opts, graph.WithBloomFilters())
	}
	if phase == "load" {
		// Cayley's loader into a store as Cayley creates it.
		opts = append(opts, graph.WithoutLabelIndex())
	}
	st, err := graph.Open(ctx, *db, opts...)
	if err != nil {
		return err
	}
	defer st.Close()
	var r Row
	switch phase {
	case "ingest":
		r, err = phaseIngest(ctx, st, *corpus, ingest.Options{DocID: extract.DocIRI, BatchQuads: *batch, BatchBytes: *batchBytes}, *memLimit)
	case "load":
		r, err = phaseLoad(st, *nq)
	case "ingest-quads":
		r, err = phaseIngestQuads(ctx, st, *corpus, *nq, ingest.Options{DocID: extract.DocIRI, BatchQuads: *batch, BatchBytes: *batchBytes}, *memLimit)
	case "query":
		r, err = phaseQuery(ctx, st, *name, *runs)
	case "replace":
		r, err = phaseReplace(ctx, st, *corpus, *runs)
	default:
		err = fmt.Errorf("unknown phase %q", phase)
	}
	if err != nil {
		return err
	}
	r.AnonMB, r.FileMB, r.HeapMB = stop()
	return json.NewEncoder(os.Stdout).Encode(r)
}

// heapProfiles writes a heap profile to prefix.1, prefix.2, … every
// interval until the returned function is called, which writes a last one.
func heapProfiles(prefix string, every time.Duration) func() {
	n := 0
	write := func() {
		n++
		f, err := os.Create(fmt.Sprintf("%s.%d", prefix, n))
		if err != nil {
			return
		}
		defer f.Close()
		pprof.Lookup("heap").WriteTo(f, 0)
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				write()
			case <-done:
				write()
				return
			}
		}
	}()
	return func() { close(done); <-finished }
}

// sampleRSS samples this process's resident memory every 50 ms, split into
// anonymous memory (the Go heap and stacks: what a streaming pipeline must
// keep flat) and file-backed memory (bolt's memory-mapped database file,
// which the kernel may reclaim), and the Go heap live after the last
// garbage collection (what the program holds, without the garbage the
// collector lets accumulate up to GOGC). The returned function stops
// sampling and returns the peaks in MB.
func sampleRSS() func() (anonMB, fileMB, heapMB float64) {
	var anon, file int64
	var heap uint64
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	done := make(chan struct{})
	finished := make(chan struct{})
	sample := func() {
		metrics.Read(live)
		if live[0].Value.Kind() == metrics.KindUint64 {
			heap = max(heap, live[0].Value.Uint64())
		}
		b, err := os.ReadFile("/proc/self/status")
		if err != nil {
			return
		}
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			var kb int64
			fmt.Sscanf(strings.TrimSpace(v), "%d", &kb)
			switch k {
			case "RssAnon":
				anon = max(anon, kb)
			case "RssFile":
				file = max(file, kb)
			}
		}
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			sample()
			select {
			case <-t.C:
			case <-done:
				return
			}
		}
	}()
	return func() (float64, float64, float64) {
		close(done)
		<-finished
		sample()
		return float64(anon) / 1024, float64(file) / 1024, float64(heap) / (1 << 20)
	}
}

// phaseIngest is "briefgraph ingest DIR": the same pipeline and options.
func phaseIngest(ctx context.Context, st *graph.Store, dir string, opt ingest.Options, memLimit int64) (Row, error) {
	x, err := extract.New()
	if err != nil {
		return Row{}, err
	}
	fn := func(_ context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
		r, err := x.Extract(extract.Input{Name: name, Data: data})
		if err != nil {
			return "", "", nil, err
		}
		return r.Doc, r.Hash, r.Quads, nil
	}
	defer ingest.TuneGC(memLimit)()
	sum, err := ingest.Run(ctx, st, fn, []string{dir}, opt)
	if err != nil {
		return Row{}, err
	}
	s := sum.Elapsed.Seconds()
	r := Row{Quads: sum.Quads, MB: float64(sum.Bytes) / 1e6, Seconds: s, QuadsPS: float64(sum.Quads) / s, MBPS: float64(sum.Bytes) / 1e6 / s, Failed: sum.Failed, Note: commitNote(sum)}
	if sum.Failed > 0 {
		r.Note += "; first failure: " + sum.Failures[0].Error()
	}
	return r, nil
}

// phaseLoad is what "cayley load" does: the N-Quads through Cayley's batch
// writer (graph.NewWriter) in batches of quad.DefaultBatch, read as one
// stream from the files of nqDir in turn.
func phaseLoad(st *graph.Store, nqDir string) (Row, error) {
	files, _ := filepath.Glob(filepath.Join(nqDir, "*.nq"))
	if len(files) == 0 {
		return Row{}, fmt.Errorf("no N-Quads in %s", nqDir)
	}
	sort.Strings(files)
	mr := &multiFile{files: files}
	defer mr.Close()
	start := time.Now()
	w := cgraph.NewWriter(st.Handle().QuadWriter)
	n, err := quad.CopyBatch(w, nquads.NewReader(bufio.NewReaderSize(mr, 1<<20), false), quad.DefaultBatch)
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return Row{}, fmt.Errorf("load %s: %w", nqDir, err)
	}
	s := time.Since(start).Seconds()
	return Row{Quads: int64(n), MB: float64(mr.size) / 1e6, Seconds: s, QuadsPS: float64(n) / s, Note: "MB of N-Quads"}, nil
}

// multiFile reads files one after the other, opening each when it is reached.
type multiFile struct {
	files []string
	cur   *os.File
	size  int64
}

func (m *multiFile) Read(p []byte) (int, error) {
	for {
		if m.cur == nil {
			if len(m.files) == 0 {
				return 0, io.EOF
			}
			f, err := os.Open(m.files[0])
			if err != nil {
				return 0, err
			}
			m.cur, m.files = f, m.files[1:]
		}
		n, err := m.cur.Read(p)
		m.size += int64(n)
		if err == io.EOF {
			m.cur.Close()
			m.cur = nil
			if n > 0 {
				return n, nil
			}
			continue
		}
		return n, err
	}
}

func (m *multiFile) Close() error {
	if m.cur != nil {
		return m.cur.Close()
	}
	return nil
}

// phaseIngestQuads is the ingest pipeline with the extraction replaced by
// reading the document's quads back from its N-Quads file: the same quads,
// parse cost included, as the baseline loads, so that the two differ only in
// how they are written.
func phaseIngestQuads(ctx context.Context, st *graph.Store, dir, nqDir string, opt ingest.Options, memLimit int64) (Row, error) {
	fn := func(_ context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
		f, err := os.Open(nqFile(nqDir, name))
		if err != nil {
			return "", "", nil, err
		}
		defer f.Close()
		qs, err := quad.ReadAll(nquads.NewReader(bufio.NewReader(f), false))
		if err != nil {
			return "", "", nil, err
		}
		if len(qs) == 0 {
			return "", "", nil, errors.New("no quads")
		}
		doc, _ := qs[0].Label.(quad.IRI)
		return doc, "", qs, nil
	}
	defer ingest.TuneGC(memLimit)()
	sum, err := ingest.Run(ctx, st, fn, []string{dir}, opt)
	if err != nil {
		return Row{}, err
	}
	s := sum.Elapsed.Seconds()
	return Row{Quads: sum.Quads, Seconds: s, QuadsPS: float64(sum.Quads) / s, Failed: sum.Failed, Note: commitNote(sum)}, nil
}

// commitNote says how many commits an ingest made and what they wrote.
func commitNote(sum *ingest.Summary) string {
	if sum.Commits == 0 {
		return ""
	}
	if sum.WrittenBytes == 0 {
		return fmt.Sprintf("%d commits", sum.Commits)
	}
	return fmt.Sprintf("%d commits writing %.0f MB of pages, %.1f MB on average, %.1f MB at most",
		sum.Commits, float64(sum.WrittenBytes)/1e6, float64(sum.WrittenBytes)/1e6/float64(sum.Commits), float64(sum.MaxCommitBytes)/1e6)
}

// queries are three typical questions, in Gizmo.
var queries = []struct{ name, text string }{
	{"aid received by Italy (provider, type)", fmt.Sprintf(
		`g.V("<%[1]scountry/it>").In("<%[2]s>").Tag("action").Out("<%[3]s>").Tag("provider").Back("action").Out("<%[4]s>").Tag("type").All()`,
		voc.IDBase, voc.Recipient, voc.Provider, voc.AidType)},
	{"aid by type per provider (all actions)", fmt.Sprintf(
		`g.V("<%[1]s>").In("<%[2]s>").Tag("action").Out("<%[3]s>").Tag("type").Back("action").Out("<%[4]s>").Tag("provider").All()`,
		voc.AidAction, voc.Type, voc.AidType, voc.Provider)},
	{"path Italy to Serbia via aid actions (≤3 hops)", fmt.Sprintf(
		`var m = g.M().In(["<%[2]s>", "<%[3]s>"]).Out(["<%[2]s>", "<%[3]s>"]); g.V("<%[1]scountry/it>").FollowRecursive(m, 3).Is("<%[1]scountry/rs>").All()`,
		voc.IDBase, voc.Provider, voc.Recipient)},
}

// phaseQuery runs a query repeatedly (at most runs times or 60 s) and
// reports its latency percentiles.
func phaseQuery(ctx context.Context, st *graph.Store, name string, runs int) (Row, error) {
	text := ""
	for _, q := range queries {
		if q.name == name {
			text = q.text
		}
	}
	if text == "" {
		return Row{}, fmt.Errorf("unknown query %q", name)
	}
	var lat []time.Duration
	results := 0
	start := time.Now()
	for i := 0; i < runs && (i < 3 || time.Since(start) < 60*time.Second); i++ {
		t := time.Now()
		out, err := st.Query(ctx, "gizmo", text, 0)
		lat = append(lat, time.Since(t))
		if err != nil {
			return Row{}, fmt.Errorf("query %q: %w", name, err)
		}
		results = len(out)
	}
	if results == 0 {
		return Row{}, errors.New("query " + name + " found nothing: the benchmark would measure an empty answer")
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		i := int(p*float64(len(lat))+0.5) - 1
		i = max(0, min(i, len(lat)-1))
		return float64(lat[i]) / float64(time.Millisecond)
	}
	return Row{P50ms: pct(0.50), P99ms: pct(0.99), Runs: len(lat), Note: fmt.Sprintf("%d results", results)}, nil
}

// resetPostgres drops Cayley's tables so that a phase starts empty.
func resetPostgres(url string) error {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE IF EXISTS quads, nodes CASCADE`); err != nil {
		return fmt.Errorf("emptying the PostgreSQL benchmark database: %s", graph.Redact(err.Error()))
	}
	return nil
}
