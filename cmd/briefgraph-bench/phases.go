package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
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

// measureExtraction times extraction of the corpus in memory on one core
// and on all cores, and writes the N-Quads of the one-core pass to nq (the
// baseline's input; writing is not timed).
func measureExtraction(dir, nq string) ([]Row, error) {
	names, data, total, err := readCorpus(dir)
	if err != nil {
		return nil, err
	}
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	f, err := os.Create(nq)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := nquads.NewWriter(bw)

	one := Row{Phase: "extraction, 1 core", MB: float64(total) / 1e6}
	var spent time.Duration
	for i := range names {
		t := time.Now()
		r, err := x.Extract(extract.Input{Name: names[i], Data: data[i]})
		spent += time.Since(t)
		if err != nil {
			one.Failed++
			continue
		}
		one.Quads += int64(len(r.Quads))
		if _, err := w.WriteQuads(r.Quads); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	one.Seconds = spent.Seconds()
	one.MBPS, one.QuadsPS = one.MB/one.Seconds, float64(one.Quads)/one.Seconds

	cores := runtime.GOMAXPROCS(0)
	all := Row{Phase: fmt.Sprintf("extraction, all cores (%d)", cores), MB: one.MB}
	var next, quads, failed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range cores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(names) {
					return
				}
				n, err := safeExtract(x, names[i], data[i])
				if err != nil {
					failed.Add(1)
					continue
				}
				quads.Add(int64(n))
			}
		}()
	}
	wg.Wait()
	all.Seconds = time.Since(start).Seconds()
	all.Quads, all.Failed = quads.Load(), int(failed.Load())
	all.MBPS, all.QuadsPS = all.MB/all.Seconds, float64(all.Quads)/all.Seconds
	all.Note = fmt.Sprintf("%.1f× one core", all.MBPS/one.MBPS)
	return []Row{one, all}, nil
}

func safeExtract(x *extract.Extractor, name string, data []byte) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	r, err := x.Extract(extract.Input{Name: name, Data: data})
	if err != nil {
		return 0, err
	}
	return len(r.Quads), nil
}

// runPhase runs one measured phase in this (sub)process and prints its row
// as JSON on stdout.
func runPhase(ctx context.Context, phase string, args []string) error {
	fs := flag.NewFlagSet(phase, flag.ContinueOnError)
	db := fs.String("db", "", "store URL")
	corpus := fs.String("corpus", "", "corpus directory (ingest)")
	nq := fs.String("nquads", "", "N-Quads file (load)")
	name := fs.String("query", "", "query name (query)")
	runs := fs.Int("runs", 30, "query runs")
	prof := fs.String("cpuprofile", os.Getenv("BRIEFGRAPH_BENCH_CPUPROFILE"), "write a CPU profile of the phase to this file")
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
	st, err := graph.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var r Row
	switch phase {
	case "ingest":
		r, err = phaseIngest(ctx, st, *corpus)
	case "load":
		r, err = phaseLoad(st, *nq)
	case "query":
		r, err = phaseQuery(ctx, st, *name, *runs)
	default:
		err = fmt.Errorf("unknown phase %q", phase)
	}
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

// phaseIngest is "briefgraph ingest DIR": the same pipeline and options.
func phaseIngest(ctx context.Context, st *graph.Store, dir string) (Row, error) {
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
	sum, err := ingest.Run(ctx, st, fn, []string{dir}, ingest.Options{DocID: extract.DocIRI})
	if err != nil {
		return Row{}, err
	}
	s := sum.Elapsed.Seconds()
	r := Row{Quads: sum.Quads, MB: float64(sum.Bytes) / 1e6, Seconds: s, QuadsPS: float64(sum.Quads) / s, MBPS: float64(sum.Bytes) / 1e6 / s, Failed: sum.Failed}
	if sum.Failed > 0 {
		r.Note = "first failure: " + sum.Failures[0].Error()
	}
	return r, nil
}

// phaseLoad is what "cayley load" does: the N-Quads through Cayley's
// batch writer (graph.NewWriter) in batches of quad.DefaultBatch.
func phaseLoad(st *graph.Store, path string) (Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return Row{}, err
	}
	defer f.Close()
	fi, _ := f.Stat()
	start := time.Now()
	w := cgraph.NewWriter(st.Handle().QuadWriter)
	n, err := quad.CopyBatch(w, nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false), quad.DefaultBatch)
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return Row{}, fmt.Errorf("load %s: %w", path, err)
	}
	s := time.Since(start).Seconds()
	return Row{Quads: int64(n), MB: float64(fi.Size()) / 1e6, Seconds: s, QuadsPS: float64(n) / s, Note: "N-Quads MB"}, nil
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
