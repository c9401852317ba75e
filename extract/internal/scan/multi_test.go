package scan_test

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"testing"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
)

// multi runs every expression of exprs (those without a filter or with ^
// alone, the others in the pass) in one Multi.
var multi = func() scan.Multi {
	var res []*scan.Regexp
	for _, e := range exprs {
		res = append(res, scan.MustCompile(e))
	}
	return scan.NewMulti(res...)
}()

// multiWant are the expressions of multi as package regexp runs them.
var multiWant = func() (res []*regexp.Regexp) {
	for _, e := range exprs {
		res = append(res, regexp.MustCompile(e))
	}
	return res
}()

func checkMulti(t *testing.T, s string) {
	t.Helper()
	got := multi.FindAll(s)
	for i, e := range exprs {
		if want := multiWant[i].FindAllStringIndex(s, -1); !reflect.DeepEqual(got[i], want) {
			t.Fatalf("%s on %q: got %v, want %v", e, s, got[i], want)
		}
	}
}

func TestMultiSameAsRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 5000; i++ {
		checkMulti(t, randomWords(r, 16))
	}
}

func FuzzMulti(f *testing.F) {
	f.Add("we sent us$5 million to the NHC (NHC) and Mr. Luo")
	f.Fuzz(func(t *testing.T, s string) { checkMulti(t, s) })
}
