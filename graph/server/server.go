// Package server serves a briefgraph store over HTTP: Cayley's HTTP API v2
// (/api/v2/query, /api/v2/read, /api/v2/formats, and /api/v2/write and
// /api/v2/delete for holders of the write token), the v1 query paths older
// clients use (POST /api/v1/query/{gizmo,graphql,mql}), GET /health, and an
// optional extra handler (the explorer) at / and /api/explore/.
//
// Every request is bounded: its body (413 past Options.MaxBodyBytes), the
// results of a query (Options.ResultLimit) and its running time
// (Options.QueryTimeout; a Gizmo script that loops forever is interrupted).
// Query-language requests also take one of Options.QuerySlots slots while
// they run, so that heavy queries cannot take every core from the explorer
// and /health: one that finds no free slot within Options.SlotWait is a 503.
// A malformed query is a 400 with the language's message, never a 500.
// Every request is logged through slog with its method, path, status,
// duration and size.
package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/briefgraph/briefgraph/graph"
)

// Defaults for the zero values of Options.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultMaxBodyBytes = 8 << 20
	DefaultResultLimit  = 1000
)

// Options configure New. Zero values take the defaults above.
type Options struct {
	// WriteToken, if set, allows /api/v2/write, /api/v2/delete and
	// /api/v2/node/delete to requests with "Authorization: Bearer WriteToken".
	// Empty: the server is read-only and those paths answer 403.
	WriteToken string
	// QueryTimeout bounds the running time of one query.
	QueryTimeout time.Duration
	// MaxBodyBytes bounds a request body; larger ones are answered 413.
	MaxBodyBytes int64
	// ResultLimit bounds the number of results of one query.
	ResultLimit int
	// QuerySlots bounds how many query-language requests (/api/v1/query/*
	// and /api/v2/query) run at once; zero means runtime.NumCPU(). The
	// others wait for a slot, and one that waits longer than SlotWait, or
	// whose client goes away, is answered 503. Other paths (the explorer,
	// /health, /api/v2/read) never wait for a slot.
	QuerySlots int
	// SlotWait bounds how long a query-language request waits for a slot;
	// zero means QueryTimeout. The query's own QueryTimeout starts once it
	// has a slot.
	SlotWait time.Duration
	// Logger receives the access log; nil means slog.Default().
	Logger *slog.Logger
	// Extra, if not nil, serves / and /api/explore/ (the explorer).
	Extra http.Handler
}

// New returns the HTTP handler serving store.
func New(store *graph.Store, opts Options) http.Handler {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.ResultLimit <= 0 {
		opts.ResultLimit = DefaultResultLimit
	}
	if opts.QuerySlots <= 0 {
		opts.QuerySlots = runtime.NumCPU()
	}
	if opts.SlotWait <= 0 {
		opts.SlotWait = opts.QueryTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	s := &server{store: store, opts: opts, slots: make(chan struct{}, opts.QuerySlots)}

	api := cayleyhttp.NewAPIv2(store.Handle())
	api.SetReadOnly(opts.WriteToken == "")
	api.SetQueryTimeout(opts.QueryTimeout)
	api.SetQueryLimit(opts.ResultLimit)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", s.health)
	mux.HandleFunc("POST /api/v1/query/{lang}", s.queryV1)
	mux.HandleFunc("/api/v1/query/{lang}", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusMethodNotAllowed, "use POST with the query as the body")
	})
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		mux.Handle(p, s.requireToken(api))
	}
	mux.Handle("/api/v2/query", s.bufferQuery(api))
	mux.Handle("/api/v2/", api)
	if opts.Extra != nil {
		mux.Handle("/api/explore/", opts.Extra)
		mux.Handle("/", opts.Extra)
	} else {
		mux.HandleFunc("GET /{$}", s.index)
	}
	return s.logRequests(s.recoverPanics(s.limitBody(mux)))
}

type server struct {
	store *graph.Store
	opts  Options
	slots chan struct{} // one element per running query-language request
}

// acquireSlot waits for a query slot and returns the function that gives it
// back. When none is free within SlotWait, or the client goes away first,
// it answers 503 itself and returns false.
func (s *server) acquireSlot(w http.ResponseWriter, r *http.Request, lang string) (release func(), ok bool) {
	release = func() { <-s.slots }
	select {
	case s.slots <- struct{}{}:
		return release, true
	default:
	}
	wait := time.NewTimer(s.opts.SlotWait)
	defer wait.Stop()
	var msg string
	select {
	case s.slots <- struct{}{}:
		return release, true
	case <-wait.C:
		msg = fmt.Sprintf("%s query: all %d query slots are busy (the server runs at most %d query-language requests at once: --query-slots) and none came free within %s; try again later",
			lang, s.opts.QuerySlots, s.opts.QuerySlots, s.opts.SlotWait)
	case <-r.Context().Done():
		msg = fmt.Sprintf("%s query: cancelled while waiting for one of the %d query slots (--query-slots)", lang, s.opts.QuerySlots)
	}
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, msg)
	return nil, false
}

// writeJSON writes v as the JSON response with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// writeError writes {"error": msg} with status code, as Cayley does.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

func (s *server) index(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"service": "briefgraph",
		"endpoints": []string{
			"GET /health",
			"POST /api/v1/query/{gizmo,graphql,mql}",
			"GET|POST /api/v2/query?lang={gizmo,graphql,mql}",
			"GET /api/v2/read",
			"GET /api/v2/formats",
			"POST /api/v2/write, /api/v2/delete (write token required)",
		},
	})
}

// health answers {"status": "ok", "quads": N}, or 503 if the store fails.
func (s *server) health(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
	defer cancel()
	n, err := s.store.QuadCount(ctx)
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "error", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "quads": n, "backend": s.store.Backend()})
}

// queryV1 is Cayley v0.7's POST /api/v1/query/{lang}: the body is the query,
// ?limit=N bounds the results; the answer is {"result": [...]} or
// {"error": "..."}.
func (s *server) queryV1(w http.ResponseWriter, r *http.Request) {
	lang := r.PathValue("lang")
	if !graph.IsLanguage(lang) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q (known: %s)", lang, strings.Join(graph.Languages(), ", ")))
		return
	}
	limit := s.opts.ResultLimit
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("limit %q is not a positive number", v))
			return
		}
		limit = min(n, s.opts.ResultLimit)
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeBodyError(w, err)
		return
	}
	release, ok := s.acquireSlot(w, r, lang)
	if !ok {
		return
	}
	res, err := func() ([]any, error) {
		defer release() // before the answer is written: a slow reader holds no slot
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
		defer cancel()
		return s.store.Query(ctx, lang, string(body), limit)
	}()
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, map[string]any{"result": res})
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("%s query: timed out after %s", lang, s.opts.QueryTimeout))
	case errors.Is(err, graph.ErrBadQuery), errors.Is(err, graph.ErrUnknownLanguage):
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, err.Error()) // the client has gone
	default:
		writeError(w, http.StatusInternalServerError, err.Error())
	}
}

// writeBodyError answers a failure to read a request body.
func writeBodyError(w http.ResponseWriter, err error) {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d bytes", tooLarge.Limit))
		return
	}
	writeError(w, http.StatusBadRequest, "reading the request body: "+err.Error())
}

// requireToken lets a request through only with the write token.
func (s *server) requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.opts.WriteToken == "" {
			writeError(w, http.StatusForbidden, "the server is read-only: start it with --write-token (or BRIEFGRAPH_WRITE_TOKEN) to allow writes")
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opts.WriteToken)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="briefgraph"`)
			writeError(w, http.StatusForbidden, "writes need the header \"Authorization: Bearer <write token>\"")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// bufferQuery runs Cayley's v2 query handler into a buffer (its answers are
// bounded by the result limit) so that the status can be made right before
// it is sent: a timeout is a 503, and GraphQL's errors, which Cayley sends
// with a 200, are a 400. The request body is read before the query takes a
// slot, so that a slow client never holds one; the slot is given back
// before the answer is sent, for the same reason.
func (s *server) bufferQuery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil && r.Body != http.NoBody {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				writeBodyError(w, err)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		lang := r.URL.Query().Get("lang")
		if lang == "" {
			lang = "a"
		}
		release, ok := s.acquireSlot(w, r, lang)
		if !ok {
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
		defer cancel()
		rec := &recorder{header: http.Header{}, code: http.StatusOK}
		func() {
			defer release()
			next.ServeHTTP(rec, r.WithContext(ctx))
		}()
		code := rec.code
		body := rec.body.Bytes()
		if code == http.StatusOK && r.URL.Query().Get("lang") == "graphql" {
			var gq struct {
				Data   any               `json:"data"`
				Errors []json.RawMessage `json:"errors"`
			}
			if json.Unmarshal(body, &gq) == nil && len(gq.Errors) > 0 && gq.Data == nil {
				code = http.StatusBadRequest
			}
		}
		if code != http.StatusOK && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("%s query: timed out after %s", r.URL.Query().Get("lang"), s.opts.QueryTimeout))
			return
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "application/json")
		}
		w.WriteHeader(code)
		w.Write(body)
	})
}

// recorder is a ResponseWriter into memory.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
	wrote  bool
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.code, r.wrote = code, true
	}
}
func (r *recorder) Write(p []byte) (int, error) {
	r.wrote = true
	return r.body.Write(p)
}

// limitBody bounds request bodies: a declared length over the limit is
// refused at once, and a body that turns out longer makes the answer a 413
// whatever the handler meant to send.
func (s *server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.opts.MaxBodyBytes {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d bytes", s.opts.MaxBodyBytes))
			return
		}
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		lb := &limitedBody{r: http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)}
		r.Body = lb
		next.ServeHTTP(&overLimitWriter{ResponseWriter: w, body: lb, limit: s.opts.MaxBodyBytes}, r)
	})
}

// limitedBody records whether reading hit the limit.
type limitedBody struct {
	r   io.ReadCloser
	hit atomic.Bool
}

func (b *limitedBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		b.hit.Store(true)
	}
	return n, err
}

func (b *limitedBody) Close() error { return b.r.Close() }

// overLimitWriter turns any answer to a request whose body was too large
// into a 413.
type overLimitWriter struct {
	http.ResponseWriter
	body     *limitedBody
	limit    int64
	replaced bool
	started  bool
}

func (w *overLimitWriter) WriteHeader(code int) {
	if w.started {
		return
	}
	w.started = true
	if w.body.hit.Load() {
		w.replaced = true
		writeError(w.ResponseWriter, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d bytes", w.limit))
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *overLimitWriter) Write(p []byte) (int, error) {
	if !w.started {
		w.WriteHeader(http.StatusOK)
	}
	if w.replaced {
		return len(p), nil
	}
	return w.ResponseWriter.Write(p)
}

func (w *overLimitWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok && !w.replaced {
		f.Flush()
	}
}

// recoverPanics answers 500 instead of dropping the connection if a handler panics.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.opts.Logger.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeError(w, http.StatusInternalServerError, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// logRequests writes one structured access-log line per request.
func (s *server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		next.ServeHTTP(sw, r)
		level := slog.LevelInfo
		switch {
		case sw.code == http.StatusServiceUnavailable:
			level = slog.LevelWarn // a query that ran out of time
		case sw.code >= 500:
			level = slog.LevelError
		}
		s.opts.Logger.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", sw.code),
			slog.Duration("duration", time.Since(start)),
			slog.Int64("bytes", sw.bytes),
			slog.String("remote", r.RemoteAddr),
		)
	})
}

// statusWriter records the status and size of an answer.
type statusWriter struct {
	http.ResponseWriter
	code    int
	bytes   int64
	written bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.written {
		w.code, w.written = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	w.written = true
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
