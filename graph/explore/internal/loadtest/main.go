// Command loadtest measures the explorer's JSON API against Cayley's own
// HTTP handler answering the equivalent Gizmo queries, over the same
// synthetic store of ≥100k quads, in one run, on loopback only. Both are
// served as "briefgraph serve" serves them: by graph/server (Cayley's APIv2
// behind its query slots and timeouts) with the explorer as its Extra
// handler.
//
// It runs two mixed phases, where all clients interleave the endpoints with
// Gizmo queries (first the 1–2 hop ones, then all of them), then, for each
// endpoint, a phase of the endpoint alone and a phase of its Gizmo
// equivalent alone, and prints p50/p99 latency and requests/s side by side
// with the target (≥5× Gizmo's requests/s, p99 < 50 ms). The clients run in
// this process, so they share its CPU with the server.
//
// Usage:
//
//	go run ./graph/explore/internal/loadtest -clients 32 -duration 30s -pair-duration 10s
//	go run ./graph/explore/internal/loadtest -db bolt:/tmp/bg-load.db -docs 500
//	go run ./graph/explore/internal/loadtest -query-slots 1024 -pair-duration 0   # Gizmo unbounded
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/explore"
	"github.com/briefgraph/briefgraph/graph/explore/internal/synth"
	"github.com/briefgraph/briefgraph/graph/server"
	"github.com/briefgraph/briefgraph/graph/voc"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:])
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Error:", err)
		os.Exit(1)
	}
}

// scenario is one domain endpoint and the Gizmo query that answers the same
// question through Cayley's handler.
type scenario struct {
	name    string
	explore func(r *rand.Rand) string // a URL path and query
	gizmo   func(r *rand.Rand) string // a Gizmo query
	// heavy marks Gizmo queries that take Cayley seconds (aggregations,
	// 4-hop walks, full scans) rather than milliseconds (1–2 hops).
	heavy bool
}

func iri(s string) string { return "<" + s + ">" }

func scenarios(g *synth.Graph) []scenario {
	pick := func(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
	qv := func(path string, kv ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return explore.APIPrefix + path + "?" + v.Encode()
	}
	aidPreds := fmt.Sprintf(`[%q,%q,%q,%q,%q]`, iri(voc.Provider), iri(voc.Recipient), iri(voc.StatedBy), iri(voc.Affiliation), iri(voc.CountryOf))
	return []scenario{
		{
			name: "search",
			explore: func(r *rand.Rand) string {
				return qv("search", "q", fmt.Sprintf("land %d", r.IntN(200)), "class", "Country")
			},
			gizmo: func(r *rand.Rand) string {
				return fmt.Sprintf(`g.V().Has(%q, %q).Tag("id").Out(%q).Filter(regex("(?i)land %d")).GetLimit(20)`,
					iri(voc.Type), iri(voc.Country), iri(voc.Name), r.IntN(200))
			},
		},
		{
			name:    "entity",
			explore: func(r *rand.Rand) string { return qv("entity", "id", pick(r, g.Countries)) },
			gizmo: func(r *rand.Rand) string {
				return fmt.Sprintf(`g.V(%q).Both(null, "predicate").Tag("node").SaveOpt(%q, "name").GetLimit(500)`, iri(pick(r, g.Countries)), iri(voc.Name))
			},
		},
		{
			name:    "aid",
			heavy:   true,
			explore: func(r *rand.Rand) string { return qv("aid", "id", pick(r, g.Donors)) },
			gizmo: func(r *rand.Rand) string {
				// Aid given only (the endpoint also answers aid received).
				return fmt.Sprintf(`g.V(%q).In(%q).Tag("action").Save(%q, "type").Save(%q, "quantity").Save(%q, "modality").Save(%q, "statedBy").Save(%q, "evidence").Out(%q).Tag("counterpart").GetLimit(100)`,
					iri(pick(r, g.Donors)), iri(voc.Provider), iri(voc.AidType), iri(voc.Quantity), iri(voc.Modality), iri(voc.StatedBy), iri(voc.Evidence), iri(voc.Recipient))
			},
		},
		{
			name:  "paths",
			heavy: true,
			explore: func(r *rand.Rand) string {
				return qv("paths", "from", pick(r, g.Countries), "to", pick(r, g.Countries), "max", "4", "via", "aid,org")
			},
			gizmo: func(r *rand.Rand) string {
				// Cayley has no path finding: "which 4-hop walks join A and B".
				return fmt.Sprintf(`g.V(%q).Both(%s).Both(%s).Both(%s).Both(%s).Is(%q).GetLimit(10)`,
					iri(pick(r, g.Countries)), aidPreds, aidPreds, aidPreds, aidPreds, iri(pick(r, g.Countries)))
			},
		},
		{
			name:    "documents",
			heavy:   true,
			explore: func(r *rand.Rand) string { return qv("documents", "offset", strconv.Itoa(100*r.IntN(5))) },
			gizmo: func(r *rand.Rand) string {
				return fmt.Sprintf(`g.V().Has(%q, %q).Save(%q, "title").Save(%q, "date").Skip(%d).GetLimit(100)`,
					iri(voc.Type), iri(voc.Document), iri(voc.Title), iri(voc.Date), 100*r.IntN(5))
			},
		},
		{
			name:    "document",
			explore: func(r *rand.Rand) string { return qv("document", "id", pick(r, g.Documents)) },
			gizmo: func(r *rand.Rand) string {
				// Turns, facts with evidence, and mentions: three walks in one script.
				d := iri(pick(r, g.Documents))
				return fmt.Sprintf(`g.V(%q).Out(%q).Tag("turn").Save(%q, "ordinal").Save(%q, "role").SaveOpt(%q, "speaker").All();
g.V(%q).Out(%q).Tag("sentence").Save(%q, "text").Save(%q, "start").In(%q).Tag("action").Save(%q, "type").Save(%q, "statedBy").Save(%q, "recipient").Out(%q).Tag("provider").All();
g.V(%q).Out(%q).Tag("entity").SaveOpt(%q, "name").All()`,
					d, iri(voc.HasTurn), iri(voc.Ordinal), iri(voc.Role), iri(voc.Speaker),
					d, iri(voc.HasSentence), iri(voc.Text), iri(voc.Start), iri(voc.Evidence), iri(voc.AidType), iri(voc.StatedBy), iri(voc.Recipient), iri(voc.Provider),
					d, iri(voc.Mentions), iri(voc.Name))
			},
		},
	}
}

// request is one request to send.
type request struct {
	kind  string // "explore" or "gizmo"
	name  string
	path  string
	gizmo string
}

// result is what a phase measured.
type result struct {
	label     string
	n, errors int
	elapsed   time.Duration
	p50, p99  time.Duration
	firstErr  string
}

func (r result) rps() float64 { return float64(r.n) / r.elapsed.Seconds() }

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	clients := fs.Int("clients", 32, "concurrent clients")
	duration := fs.Duration("duration", 30*time.Second, "length of each mixed phase")
	pairDuration := fs.Duration("pair-duration", 10*time.Second, "length of each endpoint-alone and Gizmo-alone phase (0: skip them)")
	docs := fs.Int("docs", 500, "synthetic documents (about 210 quads each)")
	seed := fs.Uint64("seed", 1, "generator seed")
	db := fs.String("db", "bolt", "store: bolt (a new bolt store in a temporary directory, removed at exit; briefgraph's default backend), bolt:PATH (created, must not exist) or memory")
	timeout := fs.Duration("timeout", 30*time.Second, "per-request timeout (and Cayley's query timeout)")
	check := fs.Bool("check", true, "exit non-zero when a target is missed (requests that fail always count)")
	querySlots := fs.Int("query-slots", 0, "the server's QuerySlots: at most this many Gizmo queries run at once, the rest wait (0: the server's default, one per CPU; a large number such as 1024 leaves Gizmo unbounded)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *clients < 1 || *clients > 1024 || *duration <= 0 || *duration > time.Hour || *pairDuration < 0 || *pairDuration > time.Hour || *querySlots < 0 {
		return errors.New("flags out of range: 1 ≤ clients ≤ 1024, 0 < duration ≤ 1h, query-slots ≥ 0")
	}

	t0 := time.Now()
	g := synth.Generate(synth.Config{Seed: *seed, Documents: *docs})
	store, closeStore, err := openStore(ctx, *db, g.Quads)
	if err != nil {
		return err
	}
	defer closeStore()
	st, err := store.QuadStore().Stats(ctx, true)
	if err != nil {
		return err
	}
	fmt.Printf("store: %s, %d quads, %d nodes (generated and loaded in %v)\n", *db, st.Quads.Value, st.Nodes.Value, time.Since(t0).Round(time.Millisecond))

	x := explore.New(store.QuadStore(), explore.Options{Generation: store.Generation})
	t1 := time.Now()
	if _, err := x.Documents(ctx, 0, 0); err != nil { // build the index before timing
		return err
	}
	fmt.Printf("explorer index built in %v\n", time.Since(t1).Round(time.Millisecond))

	slots := *querySlots
	if slots == 0 {
		slots = runtime.NumCPU()
	}
	h := server.New(store, server.Options{
		QueryTimeout: *timeout,
		ResultLimit:  5000, // let Gizmo return as much as the endpoints do; each query caps itself with GetLimit
		QuerySlots:   slots,
		Logger:       slog.New(slog.DiscardHandler), // an access log line per request would cost more than some requests
		Extra:        x.Handler(),
	})
	fmt.Printf("graph/server: Gizmo queries limited to %d at once (-query-slots)\n", slots)
	ln, err := net.Listen("tcp", "127.0.0.1:0") // loopback only
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()
	client := &http.Client{
		Timeout:   *timeout,
		Transport: &http.Transport{MaxIdleConns: 2 * *clients, MaxIdleConnsPerHost: 2 * *clients, IdleConnTimeout: time.Minute},
	}

	scs := scenarios(g)
	fmt.Printf("\n%d clients, server %s (loopback)\n", *clients, base)
	fmt.Printf("%-28s %9s %7s %10s %10s %8s\n", "phase", "requests", "errors", "p50", "p99", "req/s")
	print := func(r result) {
		fmt.Printf("%-28s %9d %7d %10s %10s %8.1f\n", r.label, r.n, r.errors, fmtDur(r.p50), fmtDur(r.p99), r.rps())
		if r.firstErr != "" {
			fmt.Printf("    first error: %s\n", r.firstErr)
		}
	}

	// Mixed phases: every client picks an endpoint or a Gizmo query at
	// random, half and half; first with the 1–2 hop Gizmo queries only,
	// then with all of them (the heavy ones make the server CPU-bound).
	failed := false
	for _, heavyToo := range []bool{false, true} {
		var gz []scenario
		for _, sc := range scs {
			if heavyToo || !sc.heavy {
				gz = append(gz, sc)
			}
		}
		label := "mixed, 1–2 hop Gizmo"
		if heavyToo {
			label = "mixed, all Gizmo"
		}
		mres, byKind := phase(ctx, client, base, *clients, *duration, *seed, label, func(r *rand.Rand) request {
			if r.IntN(2) == 0 {
				sc := scs[r.IntN(len(scs))]
				return request{kind: "explore", name: sc.name, path: sc.explore(r)}
			}
			sc := gz[r.IntN(len(gz))]
			return request{kind: "gizmo", name: sc.name, gizmo: sc.gizmo(r)}
		})
		print(mres)
		for _, k := range sortedKeys(byKind) {
			print(byKind[k])
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		failed = failed || mres.errors > 0
	}

	if *pairDuration > 0 {
		fmt.Printf("\nside by side, each alone for %v:\n", *pairDuration)
		fmt.Printf("%-28s %9s %7s %10s %10s %8s\n", "phase", "requests", "errors", "p50", "p99", "req/s")
		type row struct {
			name       string
			ex, gz     result
			ratio      float64
			okP99, okX bool
		}
		var rows []row
		for _, sc := range scs {
			sc := sc
			ex, _ := phase(ctx, client, base, *clients, *pairDuration, *seed, "explore "+sc.name, func(r *rand.Rand) request {
				return request{kind: "explore", name: sc.name, path: sc.explore(r)}
			})
			print(ex)
			gz, _ := phase(ctx, client, base, *clients, *pairDuration, *seed, "gizmo   "+sc.name, func(r *rand.Rand) request {
				return request{kind: "gizmo", name: sc.name, gizmo: sc.gizmo(r)}
			})
			print(gz)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			rw := row{name: sc.name, ex: ex, gz: gz}
			if gz.rps() > 0 {
				rw.ratio = ex.rps() / gz.rps()
			}
			rw.okP99 = ex.p99 < 50*time.Millisecond && ex.errors == 0
			rw.okX = gz.rps() == 0 || rw.ratio >= 5
			failed = failed || ex.errors > 0 || gz.errors > 0 || (*check && (!rw.okP99 || !rw.okX))
			rows = append(rows, rw)
		}
		fmt.Printf("\n%-10s %12s %12s %8s %12s %s\n", "endpoint", "explore r/s", "gizmo r/s", "ratio", "explore p99", "target (≥5×, p99<50ms)")
		for _, rw := range rows {
			verdict := "ok"
			if !rw.okP99 || !rw.okX {
				verdict = "MISSED"
			}
			fmt.Printf("%-10s %12.1f %12.1f %7.1f× %12s %s\n", rw.name, rw.ex.rps(), rw.gz.rps(), rw.ratio, fmtDur(rw.ex.p99), verdict)
		}
	}
	if failed {
		return errors.New("a target was missed or a request failed (see above)")
	}
	return nil
}

// openStore loads quads into a new briefgraph store: memory, a bolt store
// in a temporary directory, or a bolt store at a new path.
func openStore(ctx context.Context, db string, quads []quad.Quad) (*graph.Store, func(), error) {
	var url string
	cleanup := func() {}
	switch {
	case db == "memory":
		url = "memory:"
	case db == "bolt":
		dir, err := os.MkdirTemp("", "briefgraph-load-")
		if err != nil {
			return nil, nil, err
		}
		url, cleanup = "bolt:"+filepath.Join(dir, "store"), func() { os.RemoveAll(dir) }
	case strings.HasPrefix(db, "bolt:") && len(db) > len("bolt:"):
		path := strings.TrimPrefix(db, "bolt:")
		if _, err := os.Stat(path); err == nil {
			return nil, nil, fmt.Errorf("-db %q: %s exists; give a new path", db, path)
		}
		url = db
	default:
		return nil, nil, fmt.Errorf("-db %q: want memory, bolt or bolt:PATH", db)
	}
	st, err := graph.Open(ctx, url)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	closeAll := func() { st.Close(); cleanup() }
	// Cayley's own batch writer: much faster than document by document.
	w, err := st.QuadStore().NewQuadWriter()
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	for i := 0; i < len(quads); i += 10000 {
		if _, err := w.WriteQuads(quads[i:min(i+10000, len(quads))]); err != nil {
			w.Close()
			closeAll()
			return nil, nil, fmt.Errorf("load %s: %w", url, err)
		}
	}
	if err := w.Close(); err != nil {
		closeAll()
		return nil, nil, err
	}
	return st, closeAll, nil
}

// phase runs clients that send next() requests until d has passed, and
// reports latencies overall and per request kind and name.
func phase(ctx context.Context, c *http.Client, base string, clients int, d time.Duration, seed uint64, label string, next func(*rand.Rand) request) (result, map[string]result) {
	type sample struct {
		key string
		lat time.Duration
		err string
	}
	var mu sync.Mutex
	var samples []sample
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(i)))
			var local []sample
			for time.Now().Before(deadline) && ctx.Err() == nil {
				req := next(r)
				t := time.Now()
				err := send(ctx, c, base, req)
				s := sample{key: req.kind + " " + req.name, lat: time.Since(t)}
				if err != nil {
					s.err = err.Error()
				}
				local = append(local, s)
			}
			mu.Lock()
			samples = append(samples, local...)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	summarise := func(label string, ss []sample) result {
		r := result{label: label, n: len(ss), elapsed: elapsed}
		lats := make([]time.Duration, 0, len(ss))
		for _, s := range ss {
			lats = append(lats, s.lat)
			if s.err != "" {
				r.errors++
				if r.firstErr == "" {
					r.firstErr = s.err
				}
			}
		}
		slices.Sort(lats)
		if len(lats) > 0 {
			r.p50 = lats[len(lats)*50/100]
			r.p99 = lats[min(len(lats)-1, len(lats)*99/100)]
		}
		return r
	}
	groups := map[string][]sample{}
	for _, s := range samples {
		groups[s.key] = append(groups[s.key], s)
	}
	by := map[string]result{}
	for k, ss := range groups {
		by[k] = summarise("  "+k, ss)
	}
	return summarise(label, samples), by
}

// send runs one request and checks its status.
func send(ctx context.Context, c *http.Client, base string, r request) error {
	var req *http.Request
	var err error
	if r.kind == "gizmo" {
		req, err = http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/v2/query?lang=gizmo", strings.NewReader(r.gizmo))
	} else {
		req, err = http.NewRequestWithContext(ctx, http.MethodGet, base+r.path, nil)
	}
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %d %.200s", req.Method, req.URL.RequestURI(), resp.StatusCode, body)
	}
	if r.kind == "gizmo" && strings.HasPrefix(string(body), `{"error"`) {
		return fmt.Errorf("gizmo %.200s: %.200s", r.gizmo, body)
	}
	return nil
}

func sortedKeys(m map[string]result) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func fmtDur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond))
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	}
	return d.Round(10 * time.Millisecond).String()
}
