package gazetteer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/coregx/ahocorasick"
)

// kept is an Aho-Corasick automaton's match m of text that occurrences
// keeps: one that starts where a word may and, for the names, not at a
// lower-case ASCII letter unless some surface of its pattern starts
// lower-case.
func kept(x *matcher, text string, m ahocorasick.Match, fold bool) bool {
	c := text[m.Start]
	return startsWord(text, m.Start) && (!fold || c < 'a' || c > 'z' || x.pats[m.PatternID].lowerFirst)
}

// occurrencesCases are texts whose words start every way accept tells
// apart.
var occurrencesCases = []string{
	"", "C", "China", "china", "eSwatini and Eswatini", "anti-China, pro-US", "(WHO)", "\xc3China", "é China", "ÉChina",
	"THE US AND CHINA; WHO said\nUnited\nStates", "Serbians. The Chinese Embassy in Serbia; the WHO's experts",
	"Côte d’Ivoire and Côte d'Ivoire", "2019 G20 Summit", "US$5 from the U.S.", "New York, New Jersey",
	"Nigeria Niger Nigerian", "\x00China\x7fChina", "xChina 9China _China", "the\tUnited\nKingdom",
}

// TestOccurrences checks that occurrences gives the automata's matches
// that it keeps (kept), in the automata's order, on the corpus's
// transcripts and the cases above.
func TestOccurrences(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	seed, _ := filepath.Glob("../../data/*.txt")
	texts := slices.Clone(occurrencesCases)
	for _, f := range append(files, seed...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	n := 0
	for _, text := range texts {
		n += checkOccurrences(t, g, text)
	}
	t.Logf("%d matches compared", n)
}

func checkOccurrences(t *testing.T, g *Gazetteer, text string) int {
	t.Helper()
	n := 0
	buf := []byte(text)
	for _, fold := range []bool{false, true} {
		x := g.acr
		if fold {
			x = g.names
			foldBytes(buf)
		}
		var want []match
		for _, m := range x.ac.FindAllOverlapping(buf) {
			if kept(x, text, m, fold) {
				want = append(want, match{m.PatternID, m.Start, m.End})
			}
		}
		got, names := g.occurrences(text)
		if fold {
			got = names
		}
		if !slices.Equal(got, want) {
			t.Fatalf("occurrences(%.60q, %v) = %v\nwant %v", text, fold, got, want)
		}
		n += len(want)
	}
	return n
}

// FuzzOccurrences is TestOccurrences on any text.
func FuzzOccurrences(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range occurrencesCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkOccurrences(t, g, text) })
}
