package extract

import (
	"strings"
	"testing"
)

// describedSentences are texts that describedOrgRE or describedBeforeRE
// match, and some that they do not.
var describedSentences = []string{
	"Aeon, a Japanese retail group, donated masks.",
	"VACSERA, Egypt's state-owned vaccine maker, delivered doses.",
	"VACSERA, Egypt’s state-owned vaccine maker delivered doses.",
	"the company Dalmacija Medika donated ventilators",
	"The telephone operator Orange Burkina has given",
	"the Chinese carmaker Geely Auto sent masks",
	"the private insurer Allianz Care and the NGO Save Children",
	"the bank ABC-Bank, an NGO\u00a0Foo",
	"Roche, a Swiss pharmaceutical firm",
	"the state-owned supplier Sinopharm Group",
	"the company's Dalmacija",
	"the companyX Dalmacija, the firm\tFoo",
	"the groups Foo, a big makers",
	"The Spanish company Inditex has donated",
	"the UAE company G42 set up",
}

// TestDescribedHeadGate checks that describedHeadRE, which addDescribedOrgs
// asks first, matches wherever describedOrgRE or describedBeforeRE does.
func TestDescribedHeadGate(t *testing.T) {
	matched := 0
	for _, s := range describedSentences {
		if checkDescribedHead(t, s) {
			matched++
		}
	}
	if matched < 8 {
		t.Errorf("only %d of the examples match describedOrgRE or describedBeforeRE", matched)
	}
}

func checkDescribedHead(t *testing.T, s string) bool {
	t.Helper()
	if describedOrgRE.MatchString(s) || describedBeforeRE.MatchString(s) {
		if !describedHeadRE.MatchString(s) {
			t.Errorf("describedHeadRE misses %q", s)
		}
		return true
	}
	return false
}

func FuzzDescribedHeadGate(f *testing.F) {
	for _, s := range describedSentences {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDescribedHead(t, s)
	})
}

// TestCasedLines checks that headings in capitals are put in title case,
// byte for byte as long, and that nothing else changes.
func TestCasedLines(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"COVID-19 PRESS CONFERENCE - MINISTRY OF HEALTH AND WELLNESS\nThe Ministry sent kits.", "COVID-19 Press Conference - Ministry of Health and Wellness\nThe Ministry sent kits."},
		{"OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL", "Office of the Spokesperson for the Secretary-General"},
		{"The WHO and UNICEF sent kits.", "The WHO and UNICEF sent kits."}, // a line with lower case stays
		{"WHO\nUNICEF", "WHO\nUNICEF"},                                             // one word a line: acronyms
		{"COVID-19  PRESS SECRETARY-GENERAL", "COVID-19  PRESS SECRETARY-GENERAL"}, // runs of spaces: title case would be shorter
		{"MINISTÈRE DE LA SANTÉ", "MINISTÈRE DE LA SANTÉ"},                         // not ASCII: offsets would move
	} {
		got := casedLines(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("casedLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadingPost checks the names read from headings in capitals that
// name a post or an event, not a body.
func TestHeadingPost(t *testing.T) {
	for name, want := range map[string]bool{
		"Office of the Spokesperson for the Secretary-General": true,
		"Secretary of State": true,
		"Special Emergency Meeting of the Conference of Heads of Government": true,
		"Ministry of Health and Wellness":                                    false,
		"Presidential Communications Operations Office":                      false,
	} {
		if got := headingPost(name); got != want {
			t.Errorf("headingPost(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestSplitBodies checks where splitBodies cuts a span of body names.
func TestSplitBodies(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Ministry of Public Health, and Minister Catalina Andrade", "Ministry of Public Health"},
		{"Ministry of Public Health and Minister Andrade", "Ministry of Public Health"},
		{"Ministry of Health, Labour and Welfare", "Ministry of Health, Labour and Welfare"},
		{"Ministry of Health of Azerbaijan and the Ministry of Labour of Georgia", "Ministry of Health of Azerbaijan|Ministry of Labour of Georgia"},
	} {
		var got []string
		for _, sp := range splitBodies(tt.text, [][]int{{0, len(tt.text)}}) {
			got = append(got, tt.text[sp[0]:sp[1]])
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("splitBodies(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
