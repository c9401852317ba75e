package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/explore"
	"github.com/briefgraph/briefgraph/graph/server"
	"github.com/briefgraph/briefgraph/graph/voc"
)

const (
	doc   = quad.IRI(voc.IDBase + "doc/a")
	china = quad.IRI(voc.IDBase + "country/CN")
	italy = quad.IRI(voc.IDBase + "country/IT")
	act   = quad.IRI(voc.IDBase + "doc/a#aid1")
)

func fixture() []quad.Quad {
	q := func(s quad.IRI, p string, o quad.Value) quad.Quad {
		return quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: doc}
	}
	return []quad.Quad{
		q(doc, voc.Type, quad.IRI(voc.Document)),
		q(china, voc.Type, quad.IRI(voc.Country)),
		q(china, voc.Name, quad.String("China")),
		q(italy, voc.Type, quad.IRI(voc.Country)),
		q(italy, voc.Name, quad.String("Italy")),
		q(act, voc.Type, quad.IRI(voc.AidAction)),
		q(act, voc.Provider, china),
		q(act, voc.Recipient, italy),
		q(act, voc.AidType, quad.String(voc.MedicalTeam)),
	}
}

// newStore returns a memory store holding the fixture.
func newStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), "memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, _, err := st.ReplaceDocument(context.Background(), doc, fixture()); err != nil {
		t.Fatal(err)
	}
	return st
}

// newServer serves a memory store holding the fixture; log collects the access log.
func newServer(t *testing.T, opts server.Options) (*httptest.Server, *graph.Store, *bytes.Buffer) {
	t.Helper()
	st := newStore(t)
	var log bytes.Buffer
	opts.Logger = slog.New(slog.NewJSONHandler(&log, nil))
	ts := httptest.NewServer(server.New(st, opts))
	t.Cleanup(ts.Close)
	return ts, st, &log
}

type response struct {
	code int
	body string
	hdr  http.Header
}

func do(t *testing.T, method, url, body string, hdr map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, string(b), res.Header}
}

func TestEndpoints(t *testing.T) {
	ts, _, log := newServer(t, server.Options{ResultLimit: 50})
	gizmoNames := `g.V().Has("<` + voc.Type + `>", "<` + voc.Country + `>").Out("<` + voc.Name + `>").All()`
	tests := []struct {
		name, method, path, body string
		hdr                      map[string]string
		code                     int
		contains                 []string
	}{
		{"health", "GET", "/health", "", nil, 200, []string{`"status":"ok"`, `"quads":9`}},
		{"index", "GET", "/", "", nil, 200, []string{"/api/v1/query"}},
		{"v1 gizmo", "POST", "/api/v1/query/gizmo", gizmoNames, nil, 200, []string{`{"result":[`, `"id":"China"`, `"id":"Italy"`}},
		{"v1 gizmo limit", "POST", "/api/v1/query/gizmo?limit=1", gizmoNames, nil, 200, []string{`{"result":[{"id":`}},
		{"v1 graphql", "POST", "/api/v1/query/graphql", `{ nodes(<` + voc.AidType + `>: "medical_team") { id } }`, nil, 200, []string{`"result":[{"nodes":{"id":"` + string(act) + `"}}]`}},
		{"v1 mql", "POST", "/api/v1/query/mql", `[{"id": null, "<` + voc.Name + `>": "Italy"}]`, nil, 200, []string{`"id":"<` + string(italy) + `>"`}},
		{"v1 malformed gizmo", "POST", "/api/v1/query/gizmo", `g.V(`, nil, 400, []string{`"error":"gizmo query:`}},
		{"v1 malformed graphql", "POST", "/api/v1/query/graphql", `{ nodes( {`, nil, 400, []string{`"error":"graphql query:`}},
		{"v1 malformed mql", "POST", "/api/v1/query/mql", `[{`, nil, 400, []string{`"error":"mql query:`}},
		{"v1 empty", "POST", "/api/v1/query/gizmo", ``, nil, 400, []string{`empty query`}},
		{"v1 unknown language", "POST", "/api/v1/query/sparql", `SELECT`, nil, 400, []string{`unknown query language \"sparql\"`}},
		{"v1 bad limit", "POST", "/api/v1/query/gizmo?limit=x", gizmoNames, nil, 400, []string{`limit`}},
		{"v1 GET refused", "GET", "/api/v1/query/gizmo", "", nil, 405, []string{"POST"}},
		{"v2 gizmo GET", "GET", "/api/v2/query?lang=gizmo&qu=" + urlEscape(gizmoNames), "", nil, 200, []string{`"id":"China"`}},
		{"v2 gizmo POST", "POST", "/api/v2/query?lang=gizmo", gizmoNames, nil, 200, []string{`"id":"Italy"`}},
		{"v2 graphql", "POST", "/api/v2/query?lang=graphql", `{ nodes(<` + voc.Name + `>: "China") { id } }`, nil, 200, []string{`"data"`, string(china)}},
		{"v2 mql", "POST", "/api/v2/query?lang=mql", `[{"id": null, "<` + voc.Name + `>": "China"}]`, nil, 200, []string{string(china)}},
		{"v2 malformed gizmo", "POST", "/api/v2/query?lang=gizmo", `g.V(`, nil, 400, []string{`"error"`}},
		{"v2 malformed graphql", "POST", "/api/v2/query?lang=graphql", `{ nodes( {`, nil, 400, []string{`"errors"`}},
		{"v2 unknown language", "POST", "/api/v2/query?lang=sparql", `x`, nil, 400, []string{`unknown query language`}},
		{"v2 read nquads", "GET", "/api/v2/read", "", map[string]string{"Accept": "application/n-quads"}, 200, []string{`<` + string(china) + `> <` + voc.Name + `> "China"`}},
		{"v2 read json", "GET", "/api/v2/read", "", map[string]string{"Accept": "application/json"}, 200, []string{`"object":"China"`, `"predicate":`}},
		{"v2 read jsonld", "GET", "/api/v2/read?format=jsonld", "", nil, 200, []string{`"@id"`}},
		{"v2 formats", "GET", "/api/v2/formats", "", nil, 200, []string{`"id":"nquads"`, `"id":"graphviz"`}},
		{"v2 write refused", "POST", "/api/v2/write", `<a> <b> <c> .`, nil, 403, []string{"read-only"}},
		{"v2 delete refused", "POST", "/api/v2/delete", `<a> <b> <c> .`, nil, 403, []string{"read-only"}},
		{"v2 node delete refused", "POST", "/api/v2/node/delete", `<a>`, nil, 403, []string{"read-only"}},
		{"unknown path", "GET", "/api/v3/query", "", nil, 404, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, tc.method, ts.URL+tc.path, tc.body, tc.hdr)
			if res.code != tc.code {
				t.Errorf("%s %s: status %d, want %d; body %s", tc.method, tc.path, res.code, tc.code, res.body)
			}
			for _, c := range tc.contains {
				if !strings.Contains(res.body, c) {
					t.Errorf("%s %s: body lacks %s:\n%s", tc.method, tc.path, c, res.body)
				}
			}
		})
	}
	// The limit of v1 is honoured.
	var v1 struct{ Result []any }
	json.Unmarshal([]byte(do(t, "POST", ts.URL+"/api/v1/query/gizmo?limit=1", gizmoNames, nil).body), &v1)
	if len(v1.Result) != 1 {
		t.Errorf("limit=1 gave %d results", len(v1.Result))
	}
	// Every request is in the access log.
	for _, want := range []string{`"msg":"request"`, `"method":"POST"`, `"path":"/api/v1/query/gizmo"`, `"status":400`, `"duration":`, `"bytes":`} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("access log lacks %s", want)
		}
	}
}

func urlEscape(s string) string {
	r := strings.NewReplacer("%", "%25", " ", "%20", "&", "%26", "#", "%23", "+", "%2B", "\"", "%22", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}

func TestWriteWithToken(t *testing.T) {
	ts, st, _ := newServer(t, server.Options{WriteToken: "tok3n"})
	nq := `<http://ex/a> <http://ex/b> "c" <http://ex/doc> .` + "\n"
	tests := []struct {
		name string
		hdr  map[string]string
		code int
	}{
		{"no token", map[string]string{"Content-Type": "application/n-quads"}, 403},
		{"wrong token", map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer nope"}, 403},
		{"not bearer", map[string]string{"Content-Type": "application/n-quads", "Authorization": "Basic dG9rM24="}, 403},
		{"token", map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer tok3n"}, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := do(t, "POST", ts.URL+"/api/v2/write", nq, tc.hdr)
			if res.code != tc.code {
				t.Errorf("status %d, want %d: %s", res.code, tc.code, res.body)
			}
		})
	}
	n, err := st.QuadCount(context.Background())
	if err != nil || n != int64(len(fixture())+1) {
		t.Errorf("quads after one accepted write = %d (%v), want %d", n, err, len(fixture())+1)
	}
	res := do(t, "POST", ts.URL+"/api/v2/delete", nq, map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer tok3n"})
	if res.code != 200 {
		t.Errorf("delete with token: %d %s", res.code, res.body)
	}
	if n, _ := st.QuadCount(context.Background()); n != int64(len(fixture())) {
		t.Errorf("quads after delete = %d, want %d", n, len(fixture()))
	}
}

func TestQueryTimeout(t *testing.T) {
	ts, _, _ := newServer(t, server.Options{QueryTimeout: 300 * time.Millisecond})
	for _, path := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo"} {
		t.Run(path, func(t *testing.T) {
			start := time.Now()
			res := do(t, "POST", ts.URL+path, `while(true){}`, nil)
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("endless query answered after %s", d)
			}
			if res.code != http.StatusServiceUnavailable || !strings.Contains(res.body, "timed out") {
				t.Errorf("endless query: %d %s, want 503 timed out", res.code, res.body)
			}
			// The server still answers.
			if res := do(t, "POST", ts.URL+path, `g.V().All()`, nil); res.code != 200 {
				t.Errorf("query after a timeout: %d %s", res.code, res.body)
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	ts, _, _ := newServer(t, server.Options{MaxBodyBytes: 64, WriteToken: "t"})
	big := `g.V().All()` + strings.Repeat(" ", 100)
	if res := do(t, "POST", ts.URL+"/api/v1/query/gizmo", big, nil); res.code != http.StatusRequestEntityTooLarge {
		t.Errorf("v1 big body: %d %s, want 413", res.code, res.body)
	}
	if res := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", big, nil); res.code != http.StatusRequestEntityTooLarge {
		t.Errorf("v2 big body: %d %s, want 413", res.code, res.body)
	}
	// A chunked body (no declared length) is caught while it is read.
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/query/gizmo", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked big body: %d, want 413", res.StatusCode)
	}
	req, _ = http.NewRequest("POST", ts.URL+"/api/v2/write", io.MultiReader(strings.NewReader(strings.Repeat("<a> <b> <c> .\n", 20))))
	req.ContentLength = -1
	req.Header.Set("Authorization", "Bearer t")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked big write: %d, want 413", res.StatusCode)
	}
}

func TestExtraHandler(t *testing.T) {
	extra := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "explorer:"+r.URL.Path)
	})
	ts, _, _ := newServer(t, server.Options{Extra: extra})
	for _, p := range []string{"/", "/api/explore/countries"} {
		if res := do(t, "GET", ts.URL+p, "", nil); res.code != 200 || res.body != "explorer:"+p {
			t.Errorf("GET %s: %d %q", p, res.code, res.body)
		}
	}
	if res := do(t, "GET", ts.URL+"/health", "", nil); res.code != 200 {
		t.Errorf("health beside the explorer: %d", res.code)
	}
}

// lockedBuffer is a log destination that tests may read while the server writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestQuerySlots holds the only query slot with an endless Gizmo query and
// checks that other queries wait for it and are then refused with a 503
// naming the limit, that a query whose client gives up is refused too, that
// the explorer and /health do not wait, and that the slot is given back.
func TestQuerySlots(t *testing.T) {
	const (
		queryTimeout = 3 * time.Second
		slotWait     = 300 * time.Millisecond
	)
	st := newStore(t)
	var log lockedBuffer
	ex := explore.New(st.QuadStore(), explore.Options{Generation: st.Generation})
	ts := httptest.NewServer(server.New(st, server.Options{
		QuerySlots:   1,
		QueryTimeout: queryTimeout,
		SlotWait:     slotWait,
		Logger:       slog.New(slog.NewJSONHandler(&log, nil)),
		Extra:        ex.Handler(),
	}))
	t.Cleanup(ts.Close)
	if res := do(t, "GET", ts.URL+"/api/explore/search?q=Italy", "", nil); res.code != 200 {
		t.Fatalf("explorer before the test: %d %s", res.code, res.body) // builds the index
	}

	holder := make(chan response, 1)
	go func() {
		req, _ := http.NewRequest("POST", ts.URL+"/api/v1/query/gizmo", strings.NewReader(`while(true){}`))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			holder <- response{code: -1, body: err.Error()}
			return
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		holder <- response{res.StatusCode, string(b), res.Header}
	}()
	held := time.Now()

	// A query waits for the slot, then is refused. (Until the endless query
	// has taken the slot, the probe gets it and succeeds: try again.)
	var waited time.Duration
	var refused response
	for {
		start := time.Now()
		refused = do(t, "POST", ts.URL+"/api/v1/query/gizmo", `g.V().All()`, nil)
		waited = time.Since(start)
		if refused.code != http.StatusOK || time.Since(held) > queryTimeout/2 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if refused.code != http.StatusServiceUnavailable {
		t.Fatalf("query while the only slot is held: %d %s, want 503", refused.code, refused.body)
	}
	for _, want := range []string{`"error":"gizmo query: all 1 query slots are busy`, "--query-slots", "within 300ms"} {
		if !strings.Contains(refused.body, want) {
			t.Errorf("503 body lacks %s: %s", want, refused.body)
		}
	}
	if refused.hdr.Get("Retry-After") == "" {
		t.Errorf("503 without Retry-After")
	}
	if waited < slotWait || waited > slotWait+2*time.Second {
		t.Errorf("refused after %s, want about %s", waited, slotWait)
	}

	// The explorer and /health answer at once; so does a read of the graph.
	for _, path := range []string{"/api/explore/search?q=Italy", "/api/explore/neighbors?id=" + urlEscape(string(china)), "/health"} {
		start := time.Now()
		res := do(t, "GET", ts.URL+path, "", nil)
		if d := time.Since(start); res.code != 200 || d > slotWait {
			t.Errorf("GET %s while the slot is held: %d in %s, want 200 at once: %s", path, res.code, d, res.body)
		}
	}

	// v2 waits for the same slot.
	res := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V().All()`, nil)
	if res.code != http.StatusServiceUnavailable || !strings.Contains(res.body, "query slots are busy") {
		t.Errorf("v2 query while the slot is held: %d %s, want 503", res.code, res.body)
	}

	// A client that gives up while waiting is answered (and logged) 503.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	req, _ := http.NewRequestWithContext(ctx, "POST", ts.URL+"/api/v1/query/mql", strings.NewReader(`[{"id": null}]`))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		t.Errorf("cancelled query answered %d", resp.StatusCode)
	}
	cancel()

	select {
	case h := <-holder:
		t.Fatalf("the endless query ended while the test still needed its slot: %d %s", h.code, h.body)
	default:
	}
	h := <-holder
	if h.code != http.StatusServiceUnavailable || !strings.Contains(h.body, "timed out") {
		t.Errorf("endless query: %d %s, want 503 timed out", h.code, h.body)
	}

	// The slot is free again.
	if res := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V().All()`, nil); res.code != 200 {
		t.Errorf("query after the slot came free: %d %s", res.code, res.body)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(log.String(), `"path":"/api/v1/query/mql","status":503`) {
		if time.Now().After(deadline) {
			t.Fatalf("no 503 logged for the cancelled query:\n%s", log.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}
