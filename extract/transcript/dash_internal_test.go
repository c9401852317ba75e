package transcript

import (
	"strings"
	"testing"
)

// FuzzSpaceDash checks spaceDash against the three searches it stands for.
func FuzzSpaceDash(f *testing.F) {
	for _, s := range []string{"", "-", " -", "a -b", "Q - NOS.", "A – Good", "BOSMAN — Yes.", "x—y", " \xe2", " \xe2\x80", "a-b - c", "–", " —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Contains(s, " —") || strings.Contains(s, " –") || strings.Contains(s, " -")
		if got := spaceDash(s); got != want {
			t.Errorf("spaceDash(%q) = %v, want %v", s, got, want)
		}
	})
}
