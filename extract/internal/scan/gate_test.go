package scan

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"regexp/syntax"
	gostrings "strings"
	"testing"
)

func TestGateOf(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`\b(?:ready|willing|prepared) to (?:provide|offer)\b`, " to "},
		{`\b(?:procured|bought) and (?:delivered|sent)\b`, " and "},
		{`\bfrom ((?:The |La )?\p{Lu}[\p{L}'’&-]*)[.,?!:]`, "from "},
		{`(?i)\bfrom the\b`, ""},           // folded: no literal is required as written
		{`\b(?:if they|as needed)\b`, ""},  // only " " in common
		{`(?:abc)?xyz|xyzw`, "xyz"},        // an optional part is not required
		{`é(t)é|’s`, ""},                   // not ASCII
		{`a+bcd`, "bcd"},                   // a repeat of at least one
		{`(?:zz){0,3}yy`, ""},              // …not of none
		{`(?:dona|don)(?:ted|ned)`, "don"}, // the common part
		{`\b(?:sent|sending) (?:to|for)\b`, "sen"},
	} {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := gateOf(re.Simplify()); got != c.want {
			t.Errorf("gateOf(%s) = %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestGatedSameAsRegexp checks the searches of gated expressions against
// package regexp on texts that hold their gates or parts of them.
func TestGatedSameAsRegexp(t *testing.T) {
	exprs := []string{
		`\b(?:ready|willing|prepared) to (?:provide|offer)\b`,
		`\b(?:ready|willing|prepared) to$`,
		`^ (?:[\d,]+ )?(?:of )?our\b`,
		`\bfrom ((?:The |La )?\p{Lu}[\p{L}'’&-]*)[.,?!:]`,
		`\b(?:together|along|jointly) with\b|\bin (?:partnership|cooperation) with\b`,
		`\b(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3}), an? (?:[\p{L}-]+ ){0,3}?(company|group)\b`,
		`(?:dona|don)(?:ted|ned)`,
	}
	words := []string{"ready", "willing", " to", " to ", "to", "provide", "offer", " ", "our", "of", "1,000", "from", "from ", "The", "La",
		"Acme", "Ré", ".", ",", ", a ", ", an ", "an", "a", "company", "group", "together", "with", " with", "in", "partnership", "dona", "don",
		"ted", "ned", "é", "\xe9", "’", "\n"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		x := New(re)
		if x.gate == "" {
			t.Fatalf("%s: no gate", e)
		}
		for i := 0; i < 20000; i++ {
			s := randomText(r, words)
			if got, want := x.FindAllStringSubmatchIndex(s), re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", e, s, got, want)
			}
			if got, want := x.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%s on %q: MatchString %v, want %v", e, s, got, want)
			}
			for _, m := range re.FindAllStringIndex(s, -1) {
				if !gostrings.Contains(s[m[0]:m[1]], x.gate) {
					t.Fatalf("%s on %q: match %q without the gate %q", e, s, s[m[0]:m[1]], x.gate)
				}
			}
		}
	}
}

// randomText joins one to ten words drawn from words: the texts on which
// the tests compare a search with package regexp's.
func randomText(r *rand.Rand, words []string) string {
	var b gostrings.Builder
	for n := r.IntN(10); n >= 0; n-- {
		b.WriteString(words[r.IntN(len(words))])
	}
	return b.String()
}
