package event

import (
	"slices"
	"strings"
	"testing"
)

// FuzzFields checks that fields cuts a text as strings.Fields does.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\nd\v\fe\rf ", "donated 100\u00a0masks", "x\u0085y", "é è", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [4]string
		if got, want := fields(buf[:1], s)[1:], strings.Fields(s); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
	})
}
