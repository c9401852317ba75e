package main

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var servingRE = regexp.MustCompile(`msg=serving url=(http://\S+)`)

// startServe runs "briefgraph serve" with args until the test ends and
// returns its base URL and a function that stops it and returns run's error.
func startServe(t *testing.T, vars map[string]string, args ...string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
	done := make(chan error, 1)
	go func() { done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), e) }()
	var once sync.Once
	var stopErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(15 * time.Second):
				t.Error("serve did not stop within 15s of its context's cancellation")
			}
		})
		return stopErr
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingRE.FindStringSubmatch(errb.String()); m != nil {
			t.Cleanup(func() { stop() })
			return m[1], stop
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v\n%s", err, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	t.Fatalf("serve did not start:\n%s", errb.String())
	return "", nil
}

func httpDo(t *testing.T, method, url, body string, hdr map[string]string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestServeCommand(t *testing.T) {
	db := fixtureDB(t)
	base, stop := startServe(t, map[string]string{"BRIEFGRAPH_WRITE_TOKEN": "tok"}, "--db", db, "--query-timeout", "500ms")
	nq := `<http://ex/a> <http://ex/b> "c" <http://ex/doc> .`
	tests := []struct {
		name, method, path, body string
		hdr                      map[string]string
		code                     int
		want                     string
	}{
		{"health", "GET", "/health", "", nil, 200, `"quads":23`},
		{"v1 gizmo", "POST", "/api/v1/query/gizmo", `g.V("<https://briefgraph.dev/id/country/RS>").Out("<http://schema.org/name>").All()`, nil, 200, `{"result":[{"id":"Serbia"}]}`},
		{"v2 mql", "POST", "/api/v2/query?lang=mql", `[{"id": null, "<http://schema.org/name>": "Italy"}]`, nil, 200, `country/IT`},
		{"v1 malformed", "POST", "/api/v1/query/gizmo", `g.V(`, nil, 400, `"error"`},
		{"v1 endless", "POST", "/api/v1/query/gizmo", `while(true){}`, nil, 503, `timed out`},
		{"write without token", "POST", "/api/v2/write", nq, map[string]string{"Content-Type": "application/n-quads"}, 403, `"error"`},
		{"write with token", "POST", "/api/v2/write", nq, map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer tok"}, 200, `"count":1`},
		{"health after write", "GET", "/health", "", nil, 200, `"quads":24`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := httpDo(t, tc.method, base+tc.path, tc.body, tc.hdr)
			if code != tc.code || !strings.Contains(body, tc.want) {
				t.Errorf("%s %s = %d %s; want %d and %s", tc.method, tc.path, code, body, tc.code, tc.want)
			}
		})
	}
	if err := stop(); err != nil {
		t.Errorf("serve returned %v after a graceful shutdown", err)
	}
}

// TestServeSeedsEmptyStore starts on an empty store; whether or not the
// extractor can read the shipped transcripts, the server comes up.
func TestServeSeedsEmptyStore(t *testing.T) {
	base, stop := startServe(t, nil, "--db", "memory:")
	if code, body := httpDo(t, "GET", base+"/health", "", nil); code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Errorf("health = %d %s", code, body)
	}
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
}

func TestServeAddressInUse(t *testing.T) {
	base, _ := startServe(t, nil, "--db", "memory:", "--seed=false")
	addr := strings.TrimPrefix(base, "http://")
	r := runCmd(context.Background(), "", nil, "serve", "--db", "memory:", "--seed=false", "--addr", addr)
	if r.err == nil || !strings.Contains(r.err.Error(), addr) || hintOf(r.err) == "" {
		t.Errorf("second serve on %s: %v (hint %q)", addr, r.err, hintOf(r.err))
	}
}

// TestServeQuerySlots: with --query-slots 1, two endless Gizmo queries sent
// together do not run side by side. The second either waits for the slot
// and is refused (503 naming the limit) or gets it when the first times out
// and runs out its own time; either way it ends about a timeout after the first.
func TestServeQuerySlots(t *testing.T) {
	const timeout = 500 * time.Millisecond
	base, _ := startServe(t, nil, "--db", "memory:", "--seed=false", "--query-slots", "1", "--query-timeout", timeout.String())
	type answer struct {
		code int
		body string
		at   time.Duration
	}
	start := time.Now()
	answers := make(chan answer, 2)
	for range 2 {
		go func() {
			res, err := http.Post(base+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`while(true){}`))
			if err != nil {
				answers <- answer{-1, err.Error(), time.Since(start)}
				return
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			answers <- answer{res.StatusCode, string(b), time.Since(start)}
		}()
	}
	// The slot wait and the running query's timeout are both 500 ms, so the
	// two answers may come in either order: tell them apart by what they say.
	first, second := <-answers, <-answers
	for _, a := range []answer{first, second} {
		if a.code != http.StatusServiceUnavailable {
			t.Errorf("endless query: %d %s, want 503", a.code, a.body)
		}
	}
	ran, waited := first, second
	if !strings.Contains(ran.body, "timed out") {
		ran, waited = second, first
	}
	if !strings.Contains(ran.body, "timed out") {
		t.Errorf("neither answer says the query timed out: %s / %s", first.body, second.body)
	}
	if !strings.Contains(waited.body, "all 1 query slots are busy") && waited.at < ran.at+timeout/2 {
		t.Errorf("the second endless query ran beside the first (answers at %s and %s: %s)", ran.at, waited.at, waited.body)
	}
	r := runCmd(context.Background(), "", nil, "serve", "--db", "memory:", "--seed=false", "--query-slots", "0")
	if r.err == nil || !strings.Contains(r.err.Error(), "--query-slots") {
		t.Errorf("serve --query-slots 0: %v", r.err)
	}
}
