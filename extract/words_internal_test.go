package extract

import (
	"slices"
	"strings"
	"testing"
)

// FuzzWords checks nWords, firstWord and firstTwoWords against
// strings.Fields.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", " ", "Wang Yi", "  Sun\tChunlan ", "Li\u00a0Keqiang said", "é", "\xff x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := strings.Fields(s)
		if got := nWords(s); got != len(ws) {
			t.Errorf("nWords(%q) = %d, want %d", s, got, len(ws))
		}
		if w, ok := firstWord(s); ok != (len(ws) > 0) || ok && w != ws[0] {
			t.Errorf("firstWord(%q) = %q, %v; want %q", s, w, ok, ws)
		}
		if w0, w1, ok := firstTwoWords(s); ok != (len(ws) > 1) || ok && (w0 != ws[0] || w1 != ws[1]) {
			t.Errorf("firstTwoWords(%q) = %q, %q, %v; want %q", s, w0, w1, ok, ws)
		}
	})
}

func TestWordIndexes(t *testing.T) {
	tests := []struct {
		s, w string
		want []int
	}{
		{"the Kingdom has given, the Kingdoms, the Kingdom.", "Kingdom", []int{4, 41}},
		{"Moderator: Ms. Li; moderator", "Moderator", []int{0}},
		{"", "x", nil},
		{"aaa", "a", nil},
		{"a a", "a", []int{0, 2}},
	}
	for _, tt := range tests {
		var got []int
		for k := range wordIndexes(tt.s, tt.w) {
			got = append(got, k)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("wordIndexes(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

// FuzzPluralWordIn checks pluralWordIn against its definition.
func FuzzPluralWordIn(f *testing.F) {
	for _, s := range []string{"", "n", "the two countries", "nations", "these governments", "organisations", "xcountries", "governmentsnations", "countrie", "organ", "ngovernment"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Contains(s, "countries") || strings.Contains(s, "nations") || strings.Contains(s, "governments") || strings.Contains(s, "organi")
		if got := pluralWordIn(s); got != want {
			t.Errorf("pluralWordIn(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzContainsBy checks containsBy against strings.Contains.
func FuzzContainsBy(f *testing.F) {
	for _, s := range []string{"", "r", " there", "there", "our friends there.", " ther", "x there", "  therre", "rrrr there r", "the government decided", "overnment", "govvernment "} {
		f.Add(s, uint8(4))
	}
	subs := []string{" there", "overnment ", "ab", "x"}
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		for _, sub := range subs {
			k := int(k) % len(sub)
			if got, want := containsBy(s, sub, k), strings.Contains(s, sub); got != want {
				t.Errorf("containsBy(%q, %q, %d) = %v, want %v", s, sub, k, got, want)
			}
		}
	})
}
