package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/ingest"
	"github.com/briefgraph/briefgraph/graph/ingest/ingesttest"
)

// Ingest a directory twice: the second run finds every document unchanged
// and extracts nothing.
func ExampleRun() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "corpus")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Q: Any news?\n\nA: China has sent a medical team to Italy.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("MS SMITH: Good afternoon.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)

	st, err := graph.Open(ctx, "memory:")
	if err != nil {
		panic(err)
	}
	defer st.Close()
	// ingesttest.Extract stands in for the real extraction (package extract).
	for range 2 {
		sum, err := ingest.Run(ctx, st, ingesttest.Extract, []string{dir}, ingest.Options{})
		if err != nil {
			panic(err)
		}
		fmt.Printf("new %d, replaced %d, unchanged %d, failed %d\n", sum.New, sum.Replaced, sum.Unchanged, sum.Failed)
		for _, f := range sum.Failures {
			fmt.Println(filepath.Base(f.Name), f.Err)
		}
	}
	// Output:
	// new 2, replaced 0, unchanged 0, failed 1
	// empty.txt empty file
	// new 0, replaced 0, unchanged 2, failed 1
	// empty.txt empty file
}
