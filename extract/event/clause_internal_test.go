package event

import "testing"

// TestBreaks checks that a sentence's breaks, read once, answer as
// clauseBreak and clauseEnd do for every part of it.
func TestBreaks(t *testing.T) {
	tests := []struct {
		name string
		s    string
	}{
		{"none", "China donated masks to Iran"},
		{"semicolon", "China donated masks; Iran thanked it"},
		{"words", "sent doctors, but not masks, while Japan, which who whereas although because"},
		{"abbreviation", "donated 5 million U.S. dollars. Then it sent p.m. today. Fine"},
		{"case", "the WHO sent, But the team who"},
		{"at the ends", "; but . "},
		{"cut", " whil"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameBreaks(t, tt.s)
		})
	}
}

func sameBreaks(t *testing.T, s string) {
	t.Helper()
	b := breaks{s: s}
	for from := 0; from <= len(s); from++ {
		if got, want := b.end(from), clauseEnd(s, from); got != want {
			t.Fatalf("end(%d) of %q = %d, want %d", from, s, got, want)
		}
		for to := from; to <= len(s); to++ {
			if got, want := b.in(from, to), clauseBreak(s, from, to); got != want {
				t.Fatalf("in(%d, %d) of %q = %d, want %d", from, to, s, got, want)
			}
		}
	}
}

// FuzzBreaks checks breaks against clauseBreak and clauseEnd.
func FuzzBreaks(f *testing.F) {
	for _, s := range []string{"", "; but . ", "sent masks, which arrived. U.S. aid", "a.b. c. who ", "é. ; while"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		sameBreaks(t, s)
	})
}
