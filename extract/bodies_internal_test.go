package extract

import "testing"

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
