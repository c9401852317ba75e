package event

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// FuzzFields checks that fields cuts a text as strings.Fields does, and
// that nFields counts its words.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\nd\v\fe\rf ", "donated 100\u00a0masks", "x\u0085y", "é è", "\xff a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [4]string
		if got, want := fields(buf[:1], s)[1:], strings.Fields(s); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
		}
		if got, want := nFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("nFields(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzPrevWord checks that prevWordASCII, where it answers, reads the word
// before at as prevWord does by splitting the window into words.
func FuzzPrevWord(f *testing.F) {
	for _, s := range []string{"", "a", "donated by the", "sent to  a  ", "x\u00a0the y", "é from the", "\xff to", "help, from,", "given to an the a"} {
		f.Add(s, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, at int) {
		if at < 0 || at > len(s) {
			return
		}
		got, ok := prevWordASCII(s, at)
		if !ok {
			return
		}
		var buf [24]string
		want := ""
		fs := fields(buf[:0], s[max(0, at-40):at])
		for i := len(fs) - 1; i >= 0; i-- {
			if fs[i] == "the" || fs[i] == "a" || fs[i] == "an" {
				continue
			}
			want = strings.Trim(fs[i], ",")
			break
		}
		if got != want {
			t.Errorf("prevWordASCII(%q, %d) = %q, want %q", s, at, got, want)
		}
	})
}

// FuzzNumberPrecheck checks that what decimal and mayBeFloat refuse,
// strconv.Atoi and strconv.ParseFloat (commas taken out) refuse too, so
// that isYear and Number answer as they did without them.
func FuzzNumberPrecheck(f *testing.F) {
	for _, s := range []string{"", "+", "-", "2020", "+2020", "-0", "1,000", ",5", "+,5", "1.5e3", ".5", "inf", "-Infinity", "NaN", "0x1p-2", "_1", "1_0", "masks", "seven", "\u22125", "1e", "１２"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := strconv.Atoi(s); err == nil && !decimal(s) {
			t.Errorf("decimal(%q) = false, but strconv.Atoi reads it", s)
		}
		if _, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil && !mayBeFloat(s) {
			t.Errorf("mayBeFloat(%q) = false, but strconv.ParseFloat reads it", s)
		}
	})
}

// FuzzListMarker checks that listMarker finds the first list marker as
// the least strings.Index of each does.
func FuzzListMarker(f *testing.F) {
	for _, s := range []string{"", " ", "relief supplies, including rice", "aid such as tents,  mainly food", " namely", "x consisting of  namely ", "é including é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := -1
		for _, m := range listMarkers {
			if i := strings.Index(s, m); i >= 0 && (want < 0 || i < want) {
				want = i
			}
		}
		if got := listMarker(s); got != want {
			t.Errorf("listMarker(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzMentionsIn checks that mentionsIn, which hands out a run of its
// input, returns the mentions a copy filtered one by one does.
func FuzzMentionsIn(f *testing.F) {
	f.Add([]byte{0, 3, 1, 4, 9, 1, 10, 12, 0, 14, 20, 1}, 2, 15)
	f.Fuzz(func(t *testing.T, b []byte, from, to int) {
		var ms []Mention
		for i := 0; i+2 < len(b) && len(ms) < 16; i += 3 {
			m := Mention{Start: int(b[i]), End: int(b[i+1])}
			switch b[i+2] % 3 {
			case 1:
				m.Ref = "r"
			case 2:
				m.Delegate = "d"
			}
			ms = append(ms, m)
		}
		var want []Mention
		for _, m := range ms {
			if m.Start >= from && m.End <= to && (m.Ref != "" || m.Delegate != "") {
				want = append(want, m)
			}
		}
		before := slices.Clone(ms)
		got := mentionsIn(ms, from, to)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("mentionsIn(%v, %d, %d) = %v, want %v", ms, from, to, got, want)
		}
		if _ = append(got, Mention{Start: -1}); !slices.Equal(ms, before) {
			t.Errorf("appending to mentionsIn(%v, %d, %d) changed its input", before, from, to)
		}
	})
}

// TestGapWordKinds checks that gapWordKinds holds a word in a kind
// exactly when the kind's set does.
func TestGapWordKinds(t *testing.T) {
	sets := map[uint8]map[string]bool{isListPrep: listPreps, isRecipientPrep: recipientPreps, isClosingPrep: closingPreps, isAuxiliary: auxiliaries}
	words := []string{"", "the", "Italy", "To", "as well", "in"}
	for _, set := range sets {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		for kind, set := range sets {
			if got := gapWordKinds[w]&kind != 0; got != set[w] {
				t.Errorf("gapWordKinds[%q]&%d != 0 is %v, want %v", w, kind, got, set[w])
			}
		}
	}
}

// FuzzLastIndex checks lastIndex against strings.LastIndex.
func FuzzLastIndex(f *testing.F) {
	for _, s := range [][2]string{{"a, which b, which c", ", which "}, {"x and y and", " and "}, {"", " "}, {"  ", " "}, {"abc", ""}, {"é that é", " that "}, {"aaaa", "aa"}, {"ab", "abc"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := lastIndex(s, sub), strings.LastIndex(s, sub); got != want {
			t.Fatalf("lastIndex(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}

// FuzzLastOf checks that the last k words of the last twelve (lastOf)
// are lastWords' last k, for every k up to twelve.
func FuzzLastOf(f *testing.F) {
	for _, s := range []string{"", " ", "is ready to", "  has  not\tyet\u00a0offered to ", "a b c d e f g h i j k l m n o", "é\u2003x y", "one"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := lastWords(s, 12)
		for k := 1; k <= 12; k++ {
			if got, want := lastOf(w, k), lastWords(s, k); got != want {
				t.Fatalf("lastOf(lastWords(%q, 12), %d) = %q, want %q", s, k, got, want)
			}
		}
	})
}

func TestPhrasePredicates(t *testing.T) {
	for _, tt := range []struct {
		f    func(string) bool
		name string
		s    string
		want bool
	}{
		{beneficiariesIn, "beneficiariesIn", " displaced families in ", true},
		{beneficiariesIn, "beneficiariesIn", " 300 households in the ", true},
		{beneficiariesIn, "beneficiariesIn", " hospitals in ", true},
		{beneficiariesIn, "beneficiariesIn", " the capital in ", false},
		{beneficiariesIn, "beneficiariesIn", " many, many poor rural families in ", false},
		{beneficiariesIn, "beneficiariesIn", " families. in ", false},
		{beneficiariesIn, "beneficiariesIn", "families in ", false},
		{massOf, "massOf", " 10,000 kilograms of ceylon tea", true},
		{massOf, "massOf", " 20 tonnes of rice", true},
		{massOf, "massOf", " two boxes of", true},
		{massOf, "massOf", " kilograms", false},
		{massOf, "massOf", " masks by the tonne", false},
		{massOf, "massOf", " a great many heavy boxes of", false},
		{carrierName, "carrierName", "-europe freight train", true},
		{carrierName, "carrierName", " airways flight", true},
		{carrierName, "carrierName", " freight trains.", true},
		{carrierName, "carrierName", "'s embassy", false},
		{carrierName, "carrierName", " and the red cross", false},
		{carrierName, "carrierName", "-", false},
	} {
		if got := tt.f(tt.s); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.s, got, tt.want)
		}
	}
}
