package explore

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

//go:embed web/static
var webFS embed.FS

// APIPrefix is where the JSON API lives.
const APIPrefix = "/api/explore/"

// Handler returns the explorer's HTTP handler: the JSON API under
// /api/explore/ and the explorer page and its assets at /. Paths are
// absolute, so mount it at the server's root (or at both prefixes).
//
//	GET /api/explore/search?q=Italy&class=Country&limit=20
//	GET /api/explore/entity?id=IRI
//	GET /api/explore/aid?id=IRI&limit=100
//	GET /api/explore/neighbors?id=IRI&limit=100
//	GET /api/explore/paths?from=IRI&to=IRI&max=4&limit=10&via=aid,org,doc
//	GET /api/explore/documents?offset=0&limit=100
//	GET /api/explore/document?id=IRI
//	GET /api/explore/overview?limit=200      (the page's first view: who gave aid to whom)
//	GET /api/explore/examples                (the console's example queries)
//
// An id is a full IRI or a path under voc.IDBase ("country/it"). Unknown
// nodes answer 404, invalid parameters 400, both as {"error": "…"}.
func (e *Explorer) Handler() http.Handler {
	mux := http.NewServeMux()
	var endpoints []string
	api := func(path string, f func(context.Context, url.Values) (any, error)) {
		endpoints = append(endpoints, path)
		mux.HandleFunc("GET "+APIPrefix+path, func(w http.ResponseWriter, r *http.Request) {
			v, err := f(r.Context(), r.URL.Query())
			if err != nil {
				writeError(w, r, err)
				return
			}
			writeJSON(w, http.StatusOK, v)
		})
	}
	api("search", func(ctx context.Context, q url.Values) (any, error) {
		limit, err := intParam(q, "limit")
		if err != nil {
			return nil, err
		}
		return e.Search(ctx, SearchQuery{Q: q.Get("q"), Class: q.Get("class"), Limit: limit})
	})
	api("entity", func(ctx context.Context, q url.Values) (any, error) {
		id, err := idParam(q, "id")
		if err != nil {
			return nil, err
		}
		return e.Entity(ctx, id)
	})
	api("aid", func(ctx context.Context, q url.Values) (any, error) {
		id, limit, err := idAndLimit(q)
		if err != nil {
			return nil, err
		}
		return e.Aid(ctx, id, limit)
	})
	api("neighbors", func(ctx context.Context, q url.Values) (any, error) {
		id, limit, err := idAndLimit(q)
		if err != nil {
			return nil, err
		}
		return e.Neighbors(ctx, id, limit)
	})
	api("paths", func(ctx context.Context, q url.Values) (any, error) {
		pq, err := parsePathQuery(q)
		if err != nil {
			return nil, err
		}
		return e.Paths(ctx, pq)
	})
	api("documents", func(ctx context.Context, q url.Values) (any, error) {
		offset, err := intParam(q, "offset")
		if err != nil {
			return nil, err
		}
		limit, err := intParam(q, "limit")
		if err != nil {
			return nil, err
		}
		return e.Documents(ctx, offset, limit)
	})
	api("document", func(ctx context.Context, q url.Values) (any, error) {
		id, err := idParam(q, "id")
		if err != nil {
			return nil, err
		}
		return e.Document(ctx, id)
	})
	api("overview", func(ctx context.Context, q url.Values) (any, error) {
		limit, err := intParam(q, "limit")
		if err != nil {
			return nil, err
		}
		return e.Overview(ctx, limit)
	})
	api("examples", func(ctx context.Context, q url.Values) (any, error) {
		return ConsoleExamples(), nil
	})
	mux.HandleFunc(APIPrefix, func(w http.ResponseWriter, r *http.Request) {
		if slices.Contains(endpoints, strings.TrimPrefix(r.URL.Path, APIPrefix)) {
			w.Header().Set("Allow", "GET, HEAD")
			writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: fmt.Sprintf("%s %s: the explorer API is read-only; use GET", r.Method, r.URL.Path)})
			return
		}
		writeJSON(w, http.StatusNotFound, errorBody{Error: fmt.Sprintf("no endpoint %s; see %s{%s}", r.URL.Path, APIPrefix, strings.Join(endpoints, ","))})
	})
	static, err := fs.Sub(webFS, "web/static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(static)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if strings.HasPrefix(r.URL.Path, "/vendor/") {
			w.Header().Set("Cache-Control", "public, max-age=86400")
		}
		files.ServeHTTP(w, r)
	})
	return recoverer(mux)
}

// parsePathQuery reads the parameters of /paths.
func parsePathQuery(q url.Values) (PathQuery, error) {
	var pq PathQuery
	var err error
	if pq.From, err = idParam(q, "from"); err != nil {
		return pq, err
	}
	if pq.To, err = idParam(q, "to"); err != nil {
		return pq, err
	}
	if pq.MaxHops, err = intParam(q, "max"); err != nil {
		return pq, err
	}
	if q.Has("max") && pq.MaxHops == 0 {
		return pq, fmt.Errorf("%w: max must be between 1 and %d", ErrBadRequest, MaxPathHops)
	}
	if pq.Limit, err = intParam(q, "limit"); err != nil {
		return pq, err
	}
	pq.Via, err = ParseVia(q.Get("via"))
	return pq, err
}

// idParam reads a required node id.
func idParam(q url.Values, name string) (string, error) {
	v := q.Get(name)
	if strings.TrimSpace(v) == "" {
		return "", fmt.Errorf("%w: parameter %s (an IRI) is required", ErrBadRequest, name)
	}
	id, err := parseID(v)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return id, nil
}

// intParam reads an optional non-negative integer; absent is 0.
func intParam(q url.Values, name string) (int, error) {
	s := q.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1_000_000 {
		return 0, fmt.Errorf("%w: %s must be a non-negative integer, got %q", ErrBadRequest, name, s)
	}
	return n, nil
}

type errorBody struct {
	Error string `json:"error"`
}

// writeError answers 400 for bad parameters, 404 for unknown nodes, 503 for
// a cancelled request and 500 for anything else (a store failure).
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	switch {
	case errors.Is(err, ErrBadRequest):
		status = http.StatusBadRequest
	case errors.Is(err, ErrNotFound):
		status = http.StatusNotFound
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		status = http.StatusServiceUnavailable
	}
	if status == http.StatusInternalServerError {
		slog.ErrorContext(r.Context(), "explore: request failed", "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, errorBody{Error: err.Error()})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"explore: cannot encode response"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// recoverer turns a panic in a handler into a 500 answer, so that a bug in
// one request never takes the server down.
func recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				slog.ErrorContext(r.Context(), "explore: panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal error"})
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// idAndLimit reads the "id" and "limit" parameters of an endpoint about one
// node (aid, neighbors).
func idAndLimit(q url.Values) (string, int, error) {
	id, err := idParam(q, "id")
	if err != nil {
		return "", 0, err
	}
	limit, err := intParam(q, "limit")
	return id, limit, err
}
