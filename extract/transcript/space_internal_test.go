package transcript

import (
	"strings"
	"testing"
)

// FuzzHasOddSpace checks hasOddSpace, which looks only at lead bytes,
// against decoding every rune.
func FuzzHasOddSpace(f *testing.F) {
	for _, s := range []string{"", "plain text", "Agnès\u00a0von der Mühll", "Q\u202f: ", "“quoted” – dashed", "\u3000", "\u1680", "é\u2009", "\xe2\x80", "\xc2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasOddSpace(s), strings.IndexFunc(s, oddSpace) >= 0; got != want {
			t.Errorf("hasOddSpace(%q) = %v, want %v", s, got, want)
		}
	})
}
