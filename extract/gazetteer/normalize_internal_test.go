package gazetteer

import "testing"

// normalizeCases are names as Lookup is given them.
var normalizeCases = []string{
	"", " ", "the", "The ", "the the", "The United States", "THE UNITED STATES", "China's", "CHINA'S", "China's ",
	"  U.S.  ", "U.S.A.", "Guinea-Bissau", "Asia/Pacific", "Bosnia & Herzegovina", "Côte d'Ivoire", "People's Republic",
	"a\tb\nc\vd\fe\rf", "-x-", "x's's", "'s", "the-x", "the x", "The- X", "(WHO)", "World Health Organization (WHO)",
	"Ministry of Health, Labour and Welfare", "S&P", "G20", "COVID-19", "a_b", "x\x00y", "~!@#$%^*", "the\tthing",
}

// TestNormalASCII checks that normalASCII gives what the general path of
// normalize gives on ASCII names.
func TestNormalASCII(t *testing.T) {
	for _, s := range normalizeCases {
		if !isASCII(s) {
			continue
		}
		if got, want := string(normalASCII(nil, s)), normalizeRunes(s); got != want {
			t.Errorf("normalASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzNormalASCII is TestNormalASCII on any ASCII name.
func FuzzNormalASCII(f *testing.F) {
	for _, s := range normalizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := string(normalASCII(nil, s)), normalizeRunes(s); got != want {
			t.Errorf("normalASCII(%q) = %q, want %q", s, got, want)
		}
	})
}
