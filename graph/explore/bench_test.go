package explore_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"

	"github.com/briefgraph/briefgraph/graph/explore"
	"github.com/briefgraph/briefgraph/graph/explore/internal/synth"
)

// BenchmarkHandler measures each endpoint in process over the synthetic
// 100k-quad graph (the load test measures them over HTTP).
func BenchmarkHandler(b *testing.B) {
	g := synth.Generate(synth.Config{Seed: 1})
	x := explore.New(memstore.New(g.Quads...), explore.Options{})
	if _, err := x.Documents(context.Background(), 0, 0); err != nil {
		b.Fatal(err)
	}
	h := x.Handler()
	for _, bc := range []struct{ name, target string }{
		{"search", q("search", "q", "land 1", "class", "Country")},
		{"entity", q("entity", "id", g.Donors[0])},
		{"aid", q("aid", "id", g.Donors[0])},
		{"paths", q("paths", "from", g.Countries[150], "to", g.Countries[199], "via", "aid,org")},
		{"documents", explore.APIPrefix + "documents"},
		{"document", q("document", "id", g.Documents[7])},
		{"overview", explore.APIPrefix + "overview"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, bc.target, nil)
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}
