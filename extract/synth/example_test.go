package synth_test

import (
	"fmt"

	"github.com/briefgraph/briefgraph/extract/synth"
)

// Generate documents of a corpus: each depends only on the seed and its index.
func ExampleGenerator_Document() {
	g := synth.New(synth.Config{Seed: 1, Size: 2000})
	for i := range 3 {
		d := g.Document(i)
		fmt.Println(d.Name, d.Format)
	}
	// Output:
	// 00000-western-2020-03-31.txt western
	// 00001-mfa-2020-10-21.txt mfa
	// 00002-western-2020-10-31.txt western
}
