package scan

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"testing"
	"unicode/utf8"
)

// progExprs exercise the backtracking matcher where the filter would keep
// it from being tried: every position is tried here.
var progExprs = []string{
	`(?i)\b(?:sent|é|us)(\s*(?:of|to))?`,
	`\b(?:(\w+)\s+){1,3}?(?:team|us)\b`,
	`(?m)^(?:Mr|A)\b.*?$`,
	`(?s)\bu(?:\.s\.|s)(?:\s+dollars|.{0,3})`,
	`\b((?:[\p{L}-]+\s+){0,2}?(?:team|one))\s+(?:of|to)\s+`,
	`^\s*\(([A-Z][A-Za-z&.]*[A-Z]\.?)\)`,
	`\b(?:was|were|is)\s+(?:\w+ly\s+)?$`,
	`(\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+(?:\p{Lu}\.[ \t]+)?(?:(?:de|van)[ \t]+)*\p{Lu}[\p{L}'’-]*\p{L}){0,3})`,
	`\B(?:s|é)+\B|[^a-z]+?x`,
}

var progWords = []string{"sent", "us", "US", "u.s.", "$", "5", " ", "\t", "\n", ",", "of", "to", "team", "Team", "one",
	"was", "is", "really", "É", "é", "\xe9", "\xc3", "’s", "Mr", "A", "(", ")", "NHC", "N.", "de", "van", "Luo", "x", "-", "_"}

func TestProgSameAsRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, e := range progExprs {
		x := New(regexp.MustCompile(e))
		if x.prog == nil {
			t.Fatalf("%s: no prog", e)
		}
		for i := 0; i < 5000; i++ {
			s := randomText(r, progWords)
			for p := 0; p <= len(s); p++ {
				if p < len(s) && !utf8.RuneStart(s[p]) {
					continue // left to regexp
				}
				for _, sub := range []bool{false, true} {
					got, ok := x.prog.matchAt(s, p, sub)
					if want := x.regexpAt(s, p, sub); ok && !reflect.DeepEqual(got, want) {
						t.Fatalf("%s on %q at %d (sub %v): got %v, want %v", e, s, p, sub, got, want)
					}
				}
			}
		}
	}
}
