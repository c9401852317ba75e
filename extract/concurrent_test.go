package extract_test

import (
	"sync"
	"testing"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/extract/synth"
)

// TestConcurrentExtract checks that extractions running at once (as ingest
// runs them, one per core) give what each gives alone; run it with -race.
func TestConcurrentExtract(t *testing.T) {
	x := newExtractor(t)
	g := synth.New(synth.Config{Seed: 1})
	var docs []synth.Document
	for i := 0; i < 40; i++ {
		docs = append(docs, g.Document(i))
	}
	want := make([]int, len(docs))
	for i, d := range docs {
		r, err := x.Extract(extract.Input{Name: d.Name, Data: d.Data})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = len(r.Quads)
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range docs {
				r, err := x.Extract(extract.Input{Name: d.Name, Data: d.Data})
				if err != nil {
					t.Error(err)
					return
				}
				if len(r.Quads) != want[i] {
					t.Errorf("%s: %d quads concurrently, %d alone", d.Name, len(r.Quads), want[i])
				}
			}
		}()
	}
	wg.Wait()
}
