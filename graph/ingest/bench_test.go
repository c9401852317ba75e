package ingest_test

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/briefgraph/briefgraph/graph/ingest"
	"github.com/briefgraph/briefgraph/graph/ingest/ingesttest"
)

var benchDocs = flag.Int("corpus", 200, "documents in the corpus of BenchmarkRun")

// BenchmarkRun measures the pipeline and the store writes with the stand-in
// extraction (the real one is measured by cmd/briefgraph-bench):
//
//	go test -run '^$' -bench Run -benchtime 1x ./graph/ingest -args -corpus 1000
func BenchmarkRun(b *testing.B) {
	dir := corpus(b, *benchDocs, 8<<10)
	for _, store := range []string{"memory", "bolt"} {
		b.Run(fmt.Sprintf("%s/docs=%d", store, *benchDocs), func(b *testing.B) {
			var quads int64
			for i := 0; i < b.N; i++ {
				url := "memory:"
				if store == "bolt" {
					url = "bolt:" + filepath.Join(b.TempDir(), "db")
				}
				st := openStore(b, url)
				sum, err := ingest.Run(context.Background(), st, ingesttest.Extract, []string{dir}, ingest.Options{})
				if err != nil || sum.Err() != nil {
					b.Fatal(err, sum.Err())
				}
				quads += sum.Quads
				st.Close()
			}
			b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
