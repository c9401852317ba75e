package explore_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/briefgraph/briefgraph/graph/explore"
)

// loadSeed returns a memory store holding testdata/seed.nq, a hand-made
// graph of the seed transcript.
func loadSeed() (*memstore.QuadStore, error) {
	f, err := os.Open("testdata/seed.nq")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	qs, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		return nil, err
	}
	return memstore.New(qs...), nil
}

// An Explorer answers domain questions as Go calls, without HTTP: here, the
// aid Italy received, and how Italy and Serbia are linked through aid.
func Example() {
	qs, err := loadSeed()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	x := explore.New(qs, explore.Options{})

	hits, err := x.Search(ctx, explore.SearchQuery{Q: "italy", Class: "Country"})
	if err != nil {
		log.Fatal(err)
	}
	italy := hits.Hits[0]
	fmt.Println(italy.Name, italy.ID)

	aid, err := x.Aid(ctx, italy.ID, 0)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range aid.Received {
		fmt.Printf("%s from %s (%s), stated by %s: %q\n", a.Type, a.Counterpart.Name, a.Quantity, a.StatedBy.Name, a.Evidence.Text[:40])
	}

	paths, err := x.Paths(ctx, explore.PathQuery{From: "country/it", To: "country/rs", Via: explore.ViaAid})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range paths.Paths {
		for i, n := range p.Nodes {
			if i > 0 {
				fmt.Print(" — ")
			}
			fmt.Print(n.Name)
		}
		fmt.Println()
	}
	// Output:
	// Italy https://briefgraph.dev/id/country/it
	// medical_team from China (seven batches), stated by Luo Zhaohui: "We have sent seven batches of medical ex"
	// Italy — medical team — China — medical team — Serbia
	// Italy — medical team — Luo Zhaohui — medical team — Serbia
}
