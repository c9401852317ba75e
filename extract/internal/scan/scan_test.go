package scan_test

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
)

var exprs = []string{
	`\b(?:sen[dt]s?|sending|(?:left|headed) for|prepar(?:e|es|ing) |fl(?:y|ew|own))\b`,
	`(?:\bus|\bu\.s\.)?\$\s?\d[\d,.]*(?:\s*(?:million|billion))?|\b\d[\d,.]*\s*(?:dollars|yuan)\b`,
	`(?i)(?:\b(?:about|up to)\s+)?(?:\$\s?\d[\d,.]*|\b(?:one|two|a team))(?:\s+of)?\b`,
	`\b(?:[Ww]e|[Oo]ur|us)\b`,
	`\b[A-Z][A-Z&]{1,9}\b`,
	`^\s*\(([A-Z][A-Za-z&.]*[A-Z]\.?)\)`,
	`\b(?:was|were|is)\s+(?:\w+ly\s+)?$`,
	`é(t)é|’s`,
	`\b(?:Mr|Dr)\.?[ \t]+(\p{Lu}\p{L}+)`,
	`\b(?:_a|x|sent)|\b(?:é|team)\b`, // every match begins with \b: tried only at a boundary
	`(?i)\b(?:sent|é|us)(\s*(?:of|to))?`,
	`\b(?:(\w+)\s+){1,3}?(?:team|us)\b`,
	`(?m)^(?:Mr|A)\b.*?$`,
	`\bu(?:\.s\.|s)(?:\s+dollars|[^\n]{0,3})`,
	`\b((?:[\p{L}-]+\s+){0,2}?(?:team|one))\s+(?:of|to)\s+`,
	`(\p{Lu}[\p{L}'’-]*\p{L}(?:[ \t]+(?:\p{Lu}\.[ \t]+)?(?:(?:de|van)[ \t]+)*\p{Lu}[\p{L}'’-]*\p{L}){0,3})`,
	`\B(?:s|é)+\B|[^a-z]+?x`,
	`(?s).é|^\s*(?:us|Luo)$`,
	`(?i)^(?:sent\b.*\bus|été|x)`,
}

var words = []string{"send", "sent", "sending", "us", "u.s.", "$", "5", "1,000", " ", " ", ",", "million", "dollars", "yuan",
	"left", "for", "prepare", "flew", "We", "our", "ours", "about", "up", "to", "A", "one", "two", "a", "team", "of", "NHC", "WHO",
	"(", ")", "was", "is", "really", "été", "’s", "Mr", ".", "Dr", "Luo", "é", "x", "-", "\n", "AB&C", "_", "US", "É", "\xe9", "\xc3", "Team", "TEAM", "S"}

// randomWords joins one to n words drawn from words: the texts on which
// the tests compare scan with package regexp.
func randomWords(r *rand.Rand, n int) string {
	var b strings.Builder
	for k := r.IntN(n); k >= 0; k-- {
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.String()
}

func TestSameAsRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		x := scan.New(re)
		for i := 0; i < 20000; i++ {
			check(t, e, randomWords(r, 12), re, x)
		}
	}
}

func check(t *testing.T, e, s string, re *regexp.Regexp, x *scan.Regexp) {
	t.Helper()
	if got, want := x.FindAllStringSubmatchIndex(s), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: got %v, want %v", e, s, got, want)
	}
	if got, want := x.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: got %v, want %v", e, s, got, want)
	}
	if got, want := x.FindAllStringIndex(s), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s on %q: got %v, want %v", e, s, got, want)
	}
	if got, want := x.MatchString(s), re.MatchString(s); got != want {
		t.Fatalf("%s on %q: got %v, want %v", e, s, got, want)
	}
	// AllStringIndex, to the end and stopped after each match.
	want := re.FindAllStringIndex(s, -1)
	for stop := 0; stop <= len(want); stop++ {
		var got [][]int
		for start, end := range x.AllStringIndex(s) {
			got = append(got, []int{start, end})
			if len(got) == stop {
				break
			}
		}
		if n := min(stop, len(want)); stop == 0 && !reflect.DeepEqual(got, want) || stop > 0 && !reflect.DeepEqual(got, want[:n]) {
			t.Fatalf("%s on %q: AllStringIndex stopped after %d: got %v, want %v", e, s, stop, got, want)
		}
	}
	// FindAllStringIndexBefore, at limits on both sides of each match's
	// start and a few more.
	limits := []int{0, 1, len(s) / 3, len(s) / 2, len(s) - 1, len(s), len(s) + 1}
	for _, m := range want {
		limits = append(limits, m[0], m[0]+1, m[1])
	}
	for _, limit := range limits {
		var before [][]int
		for _, m := range want {
			if m[0] < limit {
				before = append(before, m)
			}
		}
		if got := x.FindAllStringIndexBefore(s, limit); !reflect.DeepEqual(got, before) {
			t.Fatalf("%s on %q: FindAllStringIndexBefore %d: got %v, want %v", e, s, limit, got, before)
		}
	}
}

// TestLongSameAsRegexp runs the expressions on long texts where tries read
// far (runs of one letter, of digits, of capitalised words), so that the
// search without a filter hands over to regexp past its budget.
func TestLongSameAsRegexp(t *testing.T) {
	long := []string{
		strings.Repeat("P", 5000),
		strings.Repeat("1,", 3000) + " dollars",
		"we sent us " + strings.Repeat("Mr Luo ", 800) + "team of one us",
		strings.Repeat("Ab ", 2000) + "NHC (NHC) Luo de Luo, " + strings.Repeat("été ", 500),
		"Ab Spokesperson Wang Team us Mr Luo " + strings.Repeat("P", 5000) + " Mr Luo Team",
	}
	for _, e := range append(exprs, `((?:[A-Z][\w.-]*\s+){0,4}Spokes(?:person|man))\s+(\p{Lu}\w+)`, `(?:\p{Lu}\w*\s+){1,5}(?:Team|Us)\b`) {
		re := regexp.MustCompile(e)
		x := scan.New(re)
		for _, s := range long {
			check(t, e, s, re, x)
			check(t, e, s+" Spokesperson Wang Team", re, x)
		}
	}
}

func FuzzSameAsRegexp(f *testing.F) {
	f.Add("we sent us$5 million to the NHC (NHC) and Mr. Luo")
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range exprs {
			re := regexp.MustCompile(e)
			check(t, e, s, re, scan.New(re))
		}
	})
}

func TestSetSameAsAlternation(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	set, re := setAndAlternation(exprs[:4])
	for i := 0; i < 20000; i++ {
		s := randomWords(r, 12)
		if got, want := set.FindAll(s), alternationMatches(re, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("on %q: got %v, want %v", s, got, want)
		}
	}
}

// setAndAlternation returns the Set of exprs and, to check it against,
// their alternation in package regexp, each in a group.
func setAndAlternation(exprs []string) (scan.Set, *regexp.Regexp) {
	var groups []string
	var res []*scan.Regexp
	for _, e := range exprs {
		groups = append(groups, "("+e+")")
		res = append(res, scan.MustCompile(e))
	}
	return scan.NewSet(res...), regexp.MustCompile(strings.Join(groups, "|"))
}

// alternationMatches is what a Set's FindAll returns, read from re, the
// alternation of its expressions each in a group: the group that matched
// is the expression's index.
func alternationMatches(re *regexp.Regexp, s string) []scan.Match {
	var out []scan.Match
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		g := 1
		for m[2*g] < 0 {
			g++
		}
		out = append(out, scan.Match{Index: g - 1, Start: m[0], End: m[1]})
	}
	return out
}

// TestSetLongPrefixes checks a set holding an expression whose filter
// has long prefixes, listed under the smaller limit for them, that the
// larger limit cannot list (\d[\d,.]* then words): the set's own filter
// must let by where it matches, not skip every match of it.
func TestSetLongPrefixes(t *testing.T) {
	set, re := setAndAlternation([]string{`\b(?:experts|teams?)\b`, `\b(?:masks?|\d[\d,.]*(?: million| thousand)?(?: [a-z-]+){0,2} tests)\b`})
	for _, s := range []string{
		"we sent 100,000 masks to italy",
		"we sent masks",
		"10,000 rapid diagnostic tests and experts",
		"a team with 2 million tests",
		"no aid here",
	} {
		if got, want := set.FindAll(s), alternationMatches(re, s); !reflect.DeepEqual(got, want) {
			t.Errorf("on %q: got %v, want %v", s, got, want)
		}
	}
}
