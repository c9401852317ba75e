// Command briefgraph-bench measures briefgraph on a generated corpus and
// prints the figures as a Markdown table: extraction throughput (one core
// and all cores), ingest throughput and peak memory into bolt (and into
// PostgreSQL when a URL is given), Cayley's own batch loader on the same
// N-Quads as the baseline, the speed of a second ingest over the unchanged
// corpus, the time to replace one changed document in the stored corpus,
// and the latency of three typical Gizmo queries.
//
// Usage:
//
//	go run ./cmd/briefgraph-bench [flags]
//
// Examples:
//
//	go run ./cmd/briefgraph-bench -docs 1000
//	go run ./cmd/briefgraph-bench -docs 1000,10000 -json results.json
//	BRIEFGRAPH_TEST_POSTGRES='postgres://bg:bg@127.0.0.1/bgbench?sslmode=disable' go run ./cmd/briefgraph-bench -docs 1000
//
// Each ingest, load and query phase runs in a subprocess of its own, so
// that its peak resident memory (getrusage) is its own. The PostgreSQL
// database named by -postgres is EMPTIED (its quads and nodes tables are
// dropped) before each phase that uses it.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) > 2 && os.Args[1] == "-phase" {
		if err := runPhase(context.Background(), os.Args[2], os.Args[3:]); err != nil {
			fmt.Fprintln(os.Stderr, "Error:", err)
			os.Exit(1)
		}
		return
	}
	if err := bench(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		os.Exit(1)
	}
}

// config is what one benchmark run measures.
type config struct {
	docs     []int
	size     int
	seed     uint64
	dir      string
	keep     bool
	postgres string
	queryRep int
	sample   int
	jsonOut  string
	noLoad   bool
}

// Row is one measured figure set, a line of the output table.
type Row struct {
	Docs    int     `json:"docs"`
	Phase   string  `json:"phase"`
	Quads   int64   `json:"quads,omitempty"`
	MB      float64 `json:"mb,omitempty"`
	Seconds float64 `json:"seconds"`
	QuadsPS float64 `json:"quads_per_s,omitempty"`
	MBPS    float64 `json:"mb_per_s,omitempty"`
	PeakMB  float64 `json:"peak_rss_mb,omitempty"`
	AnonMB  float64 `json:"peak_anon_mb,omitempty"`
	FileMB  float64 `json:"peak_file_mb,omitempty"`
	HeapMB  float64 `json:"peak_live_heap_mb,omitempty"`
	CPUs    float64 `json:"cpu_s,omitempty"`
	P50ms   float64 `json:"p50_ms,omitempty"`
	P99ms   float64 `json:"p99_ms,omitempty"`
	Runs    int     `json:"runs,omitempty"`
	Failed  int     `json:"failed,omitempty"`
	Note    string  `json:"note,omitempty"`
}

func bench(args []string) error {
	fs := flag.NewFlagSet("briefgraph-bench", flag.ContinueOnError)
	docs := fs.String("docs", "1000", "corpus sizes to measure, comma-separated (e.g. 1000,10000)")
	var c config
	fs.IntVar(&c.size, "size", 8<<10, "approximate size of a generated transcript in bytes")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the generated corpus")
	fs.StringVar(&c.dir, "dir", "", "working directory for corpora and stores (default: a new temporary one)")
	fs.BoolVar(&c.keep, "keep", false, "keep the working directory")
	fs.StringVar(&c.postgres, "postgres", os.Getenv("BRIEFGRAPH_TEST_POSTGRES"), "PostgreSQL URL to measure too (its tables are dropped!); default $BRIEFGRAPH_TEST_POSTGRES")
	fs.IntVar(&c.queryRep, "queries", 30, "runs of each query (fewer if they are slow); 0 skips the queries")
	fs.IntVar(&c.sample, "sample", 1000, "documents over which extraction throughput is measured")
	fs.StringVar(&c.jsonOut, "json", "", "also write the rows as JSON to this file")
	only := fs.String("stores", "bolt,postgres", "stores to measure, comma-separated (postgres only with -postgres)")
	fs.BoolVar(&c.noLoad, "no-baseline", false, "skip the baseline (Cayley's loader) and the pipeline from N-Quads")
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, s := range strings.Split(*docs, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("-docs: %q is not a positive number", s)
		}
		c.docs = append(c.docs, n)
	}
	if c.dir == "" {
		d, err := os.MkdirTemp("", "briefgraph-bench-")
		if err != nil {
			return err
		}
		c.dir = d
		if !c.keep {
			defer os.RemoveAll(d)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	fmt.Printf("briefgraph-bench: %s/%s, %d CPUs (GOMAXPROCS %d), %s; corpus seed %d, ~%d bytes per document\n\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), cpuModel(), c.seed, c.size)
	var rows []Row
	emit := func(r Row) {
		rows = append(rows, r)
		printRow(r)
	}
	printHeader()
	for _, n := range c.docs {
		corpus := filepath.Join(c.dir, fmt.Sprintf("corpus-%d", n))
		nq := corpus + "-nquads"
		if err := generate(corpus, n, c.seed, c.size); err != nil {
			return err
		}
		ex, err := measureExtraction(corpus, nq, c.sample)
		if err != nil {
			return err
		}
		for _, r := range ex {
			r.Docs = n
			emit(r)
		}
		var stores []struct{ name, ingestURL, loadURL string }
		if strings.Contains(*only, "bolt") {
			stores = append(stores, struct{ name, ingestURL, loadURL string }{"bolt", "bolt:" + filepath.Join(c.dir, fmt.Sprintf("ingest-%d", n)), "bolt:" + filepath.Join(c.dir, fmt.Sprintf("load-%d", n))})
		}
		if c.postgres != "" && strings.Contains(*only, "postgres") {
			stores = append(stores, struct{ name, ingestURL, loadURL string }{"postgres", c.postgres, c.postgres})
		}
		for _, s := range stores {
			if s.name == "postgres" {
				if err := resetPostgres(s.ingestURL); err != nil {
					return err
				}
			}
			r, err := child(self, "ingest", "-db", s.ingestURL, "-corpus", corpus)
			if err != nil {
				return err
			}
			r.Docs, r.Phase = n, "ingest "+s.name+" (extraction included)"
			emit(r)
			first := r.Seconds
			r, err = child(self, "ingest", "-db", s.ingestURL, "-corpus", corpus)
			if err != nil {
				return err
			}
			r.Docs, r.Phase = n, "re-ingest "+s.name+", unchanged corpus"
			r.Note = fmt.Sprintf("%.0f× faster than the first", first/r.Seconds)
			emit(r)
			r, err = child(self, "replace", "-db", s.ingestURL, "-corpus", corpus, "-runs", "6")
			if err != nil {
				return err
			}
			r.Docs, r.Phase = n, "replace one changed document in "+s.name
			emit(r)
			if c.queryRep > 0 {
				for _, q := range queries {
					r, err := child(self, "query", "-db", s.ingestURL, "-query", q.name, "-runs", strconv.Itoa(c.queryRep))
					if err != nil {
						return err
					}
					r.Docs, r.Phase = n, "query "+s.name+": "+q.name
					emit(r)
				}
			}
			if c.noLoad {
				continue
			}
			if s.name == "postgres" {
				if err := resetPostgres(s.loadURL); err != nil {
					return err
				}
			}
			// Cayley's loader as "cayley load" runs it: with the bloom
			// filters of Cayley's bolt backend, which briefgraph's stores
			// leave out (graph.WithBloomFilters).
			r, err = child(self, "load", "-db", s.loadURL, "-nquads", nq, "-bloom")
			if err != nil {
				return err
			}
			r.Docs, r.Phase = n, "baseline: Cayley batch loader into "+s.name+" (same N-Quads)"
			emit(r)
			if s.name == "postgres" {
				if err := resetPostgres(s.loadURL); err != nil {
					return err
				}
			} else {
				s.loadURL += "-pipeline"
			}
			r, err = child(self, "ingest-quads", "-db", s.loadURL, "-corpus", corpus, "-nquads", nq)
			if err != nil {
				return err
			}
			r.Docs, r.Phase = n, "ingest pipeline into "+s.name+", quads read from the same N-Quads (no extraction)"
			emit(r)
		}
	}
	if c.jsonOut != "" {
		b, _ := json.MarshalIndent(rows, "", "  ")
		if err := os.WriteFile(c.jsonOut, b, 0o644); err != nil {
			return err
		}
	}
	if c.keep {
		fmt.Println("\nworking directory kept:", c.dir)
	}
	return nil
}

// child runs one phase in a subprocess and returns its row with the
// subprocess's peak resident memory.
func child(self, phase string, args ...string) (Row, error) {
	cmd := exec.Command(self, append([]string{"-phase", phase}, args...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return Row{}, fmt.Errorf("phase %s %v: %w", phase, args, err)
	}
	var r Row
	if err := json.Unmarshal(out, &r); err != nil {
		return Row{}, fmt.Errorf("phase %s: reading its result %q: %w", phase, out, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.PeakMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
		// CPU time (user and system) of the whole phase, opening the store
		// included: a figure less disturbed than wall time by other jobs on
		// a shared machine.
		r.CPUs = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	}
	return r, nil
}

func printHeader() {
	fmt.Println("| docs | phase | quads | MB | seconds | CPU s | quads/s | MB/s | peak RSS MB | of which anon MB | of which mapped file MB | peak live Go heap MB | p50 ms | p99 ms | note |")
	fmt.Println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
}

func printRow(r Row) {
	f := func(v float64, prec int) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatFloat(v, 'f', prec, 64)
	}
	q := ""
	if r.Quads > 0 {
		q = strconv.FormatInt(r.Quads, 10)
	}
	note := r.Note
	if r.Failed > 0 {
		note = strings.TrimSpace(note + fmt.Sprintf(" %d documents failed", r.Failed))
	}
	if r.Runs > 0 {
		note = strings.TrimSpace(note + fmt.Sprintf(" %d runs", r.Runs))
	}
	fmt.Printf("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", r.Docs, r.Phase, q, f(r.MB, 1), f(r.Seconds, 2),
		f(r.CPUs, 1), f(r.QuadsPS, 0), f(r.MBPS, 2), f(r.PeakMB, 0), f(r.AnonMB, 0), f(r.FileMB, 0), f(r.HeapMB, 0), f(r.P50ms, 2), f(r.P99ms, 2), note)
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
