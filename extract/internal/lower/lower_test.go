package lower

import (
	"strings"
	"testing"
)

func TestIn(t *testing.T) {
	set := map[string]bool{"minister": true, "président": true, strings.Repeat("a", 70): true}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Minister", true},
		{"MINISTER", true},
		{"Ministers", false},
		{"Président", true},
		{"PRÉSIDENT", true},
		{strings.Repeat("A", 70), true},
		{"", false},
	} {
		if got := In(set, tt.s); got != tt.want {
			t.Errorf("In(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func FuzzIn(f *testing.F) {
	f.Add("Minister")
	f.Add("PRÉSIDENT")
	f.Fuzz(func(t *testing.T, s string) {
		set := map[string]bool{strings.ToLower(s): true}
		if !In(set, s) {
			t.Fatalf("In(%q) is false for its own lower case", s)
		}
	})
}
