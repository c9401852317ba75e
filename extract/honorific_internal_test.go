package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestHonorificIn checks honorificIn against the search it spares: for
// every slice of a text in which honorificRE finds a match, it must
// report that one may be there.
func TestHonorificIn(t *testing.T) {
	pieces := []string{"Mr", "Mr.", "Ms", "Dr", "Prof", "the Hon", "The Hon", "H.E", "Dato’", "Tan Sri", "Tun", " ", "\t", ". ", ", ",
		"Li", "Wang", "X.", "van", "de", "Ng", "Ébé", "said", "\n", "a", "M", "é", "\xe9", "-", "’"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(16); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		doc := b.String()
		ms := honorificRE.FindAllStringSubmatchIndex(doc)
		for a := 0; a <= len(doc); a++ {
			for e := a; e <= len(doc); e++ {
				if honorificRE.FindAllStringSubmatchIndex(doc[a:e]) != nil && !honorificIn(doc, ms, a, e) {
					t.Fatalf("%q[%d:%d] = %q has a match, honorificIn says none", doc, a, e, doc[a:e])
				}
			}
		}
	}
}
