package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/briefgraph/briefgraph/extract/transcript"
)

// TestTitledSameAsFind checks that titles found through the document's
// words (run.titled) are those found by splitting the part itself, for
// every line and sentence of the corpus and for parts cut anywhere.
func TestTitledSameAsFind(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	seed, _ := filepath.Glob("../data/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	n := 0
	for _, f := range append(files, seed...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := transcript.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		r := &run{x: x, d: d}
		var spans [][2]int
		for _, turn := range d.Turns {
			for _, s := range turn.Sentences {
				spans = append(spans, [2]int{s.Start, s.End})
			}
		}
		start := 0
		for i := 0; i <= len(d.Text); i++ {
			if i == len(d.Text) || d.Text[i] == '\n' {
				spans = append(spans, [2]int{start, i})
				start = i + 1
			}
		}
		for i := 0; i+40 < len(d.Text); i += 37 {
			spans = append(spans, [2]int{i, i + 40}, [2]int{i, i + 3}, [2]int{i + 1, i + 29})
		}
		for _, sp := range spans {
			text := d.Text[sp[0]:sp[1]]
			gotP, gotC := r.titled(text, sp[0])
			var scratch []word
			wantP, wantC := x.titles.find(text, &scratch)
			if !reflect.DeepEqual(gotP, wantP) || !reflect.DeepEqual(gotC, wantC) {
				t.Fatalf("%s [%d:%d] %q: titled = %v %v, find = %v %v", filepath.Base(f), sp[0], sp[1], text, gotP, gotC, wantP, wantC)
			}
			n += len(wantP) + len(wantC)
		}
	}
	t.Logf("%d titles compared", n)
}

// FuzzTitleLengths checks that looking for titles only of the lengths
// that start with a word (titles.lens) finds what trying every length
// does.
func FuzzTitleLengths(f *testing.F) {
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	every := *x.titles
	every.lens = map[string]uint64{}
	for w := range x.titles.lens {
		every.lens[w] = ^uint64(0)
	}
	for _, s := range []string{"President Aleksandar Vucic said", "The Prime Minister, Helen Ashworth, spoke", "Minister of Foreign Affairs Wang Yi and Deputy Minister Ma Zhaoxu",
		"Vice Premier Sun Chunlan", "PRESIDENT  MOON Jae-in", "Foreign Minister, Mr. Lavrov", "Ministre des Affaires étrangères Élise Dupont"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := x.titles.words(nil, s)
		for _, comma := range []bool{false, true} {
			if got, want := x.titles.match(s, ws, comma), every.match(s, ws, comma); !reflect.DeepEqual(got, want) {
				t.Errorf("match(%q, %v) = %v, want %v", s, comma, got, want)
			}
		}
	})
}
