package scan_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
)

// setWithSet is a Set of exprs[:4], setWithXs are the expressions of
// exprs, and setWiths are the set with each of them (those without a
// filter or with ^ searched on their own).
var (
	setWithSet = func() scan.Set {
		var res []*scan.Regexp
		for _, e := range exprs[:4] {
			res = append(res, scan.MustCompile(e))
		}
		return scan.NewSet(res...)
	}()
	setWithXs = func() (out []*scan.Regexp) {
		for _, e := range exprs {
			out = append(out, scan.MustCompile(e))
		}
		return out
	}()
	setWiths = func() (out []scan.SetWith) {
		for _, x := range setWithXs {
			out = append(out, scan.NewSetWith(setWithSet, x))
		}
		return out
	}()
)

// checkSetWith compares SetWith's pass with the Set's FindAll and the
// expression's FindAllStringIndex.
func checkSetWith(t *testing.T, s string) {
	t.Helper()
	want := setWithSet.FindAll(s)
	for i, w := range setWiths {
		ms, xs := w.AppendAll(nil, nil, s)
		if len(want) == 0 && len(ms) == 0 {
			ms = want
		}
		if !reflect.DeepEqual(ms, want) {
			t.Fatalf("set with %s on %q: got %v, want %v", exprs[i], s, ms, want)
		}
		var wantX []int
		for _, m := range setWithXs[i].FindAllStringIndex(s) {
			wantX = append(wantX, m[0], m[1])
		}
		if !reflect.DeepEqual(xs, wantX) {
			t.Fatalf("%s with the set on %q: got %v, want %v", exprs[i], s, xs, wantX)
		}
	}
}

func TestSetWithSameAsApart(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 5000; i++ {
		checkSetWith(t, randomWords(r, 16))
	}
}

func FuzzSetWith(f *testing.F) {
	f.Add("we sent us$5 million to the NHC (NHC) and Mr. Luo")
	f.Fuzz(func(t *testing.T, s string) { checkSetWith(t, s) })
}
