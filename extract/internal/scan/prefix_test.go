package scan

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// stopExprs have a part whose prefixes cannot be listed (a large class,
// a repeat of one) after a few known bytes: their prefixes stop short
// there (see prefixesN), in concatenations, alternations and captures.
var stopExprs = []string{
	`\b(?:Mr|Dr|[Tt]he Hon)\.?[ \t]+\p{Lu}\p{L}+`,
	`(a\p{Lu})b`,
	`(?:a\p{Lu}|ab)c`,
	`x(?:ab\p{Lu}|c)d`,
	`(?:Mr\p{Lu})+b`,
	`(?:ab|abc.)d`,
	`\bab(?:c|[^x]{2})e`,
	`(?:The|the) [^.]{0,3}H`,
}

// TestStopShortSameAsRegexp checks the searches of stopExprs against
// package regexp on texts of their pieces.
func TestStopShortSameAsRegexp(t *testing.T) {
	words := []string{"Mr", "Dr", "the", "The", " Hon", "Hon", ".", " ", "\t", "Ré", "A", "a", "b", "ab", "c", "d", "x", "e", "H", "É", "Luo", "inte", "\xe9"}
	r := rand.New(rand.NewPCG(9, 10))
	for _, e := range stopExprs {
		re := regexp.MustCompile(e)
		x := New(re)
		for i := 0; i < 20000; i++ {
			s := randomTextOf(r, words)
			if got, want := x.FindAllStringSubmatchIndex(s), re.FindAllStringSubmatchIndex(s, -1); !equalIndexes(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", e, s, got, want)
			}
		}
	}
}

// TestStopShortFilter checks that the honorifics' filter knows five bytes
// of "the Hon", with the prefixes of "Mr" stopping short before the
// capital: "the inte" is not let by.
func TestStopShortFilter(t *testing.T) {
	x := MustCompile(stopExprs[0])
	if x.filter == nil || x.filter.n != 5 {
		t.Fatalf("filter %+v, want one of five bytes", x.filter)
	}
	for s, want := range map[string]bool{"the Hon Li": true, "Mr Li": true, "Mr. Li": true, "Dr\tLi": true, "the inte": false, "The Chin": false, "Mrs": false} {
		if got := x.filter.may(s, 0); got != want {
			t.Errorf("may(%q) = %v, want %v", s, got, want)
		}
	}
}

func randomTextOf(r *rand.Rand, words []string) string {
	s := ""
	for n := r.IntN(12); n >= 0; n-- {
		s += words[r.IntN(len(words))]
	}
	return s
}

func equalIndexes(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}
