package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

// corpusDir is the test corpus of transcripts and their gold annotations.
var corpusDir = filepath.Join("..", "..", "testdata", "corpus")

// finalDir is the final evaluation set: annotated like the corpus, never
// tuned on (see its README), so only its annotations are checked here.
var finalDir = filepath.Join("..", "..", "testdata", "final")

// goldDirs are the directories whose gold files TestCorpusGoldValid checks,
// with the transcript sizes and the number of files each must have.
var goldDirs = []struct {
	dir              string
	minFiles         int
	minSize, maxSize int
}{
	{corpusDir, 10, 2000, 8400}, // session 12's blind sets run to 8.4 KB
	{finalDir, 10, 3000, 8400},  // the second final set (session 23): 3.0–3.6 KB
}

// TestCorpusGoldValid checks every gold file of testdata/corpus and
// testdata/final for internal consistency, so a scoring difference is the
// extractor's and not an annotation slip: it loads; it sits beside its
// transcript (UTF-8, 2–8.4 KB in the corpus, 3–8.4 KB in the final set); every
// entity is written in the transcript under one of its names; no two
// entities share a name; every aid action's provider and recipient are
// entities, its type is in the closed set, its modality "planned" or
// "reported", no action is annotated twice, and each "..."-separated piece
// of its evidence is text of the transcript; and the annotation itself,
// written as quads, scores 1.
//
// BRIEFGRAPH_GOLD_DIRS (directories separated by the OS's list separator)
// names the directories to check instead, at least one file each, 1–20 KB
// a transcript: for an author writing a new annotated set before it joins
// goldDirs, who then sees nothing of the other sets (not even, with -v,
// their file names: a blind set's author must not).
func TestCorpusGoldValid(t *testing.T) {
	dirs := goldDirs
	if os.Getenv("BRIEFGRAPH_GOLD_DIRS") != "" {
		dirs = nil
	}
	for _, d := range filepath.SplitList(os.Getenv("BRIEFGRAPH_GOLD_DIRS")) {
		dirs = append(dirs, struct {
			dir              string
			minFiles         int
			minSize, maxSize int
		}{d, 1, 1000, 20000})
	}
	for _, d := range dirs {
		golds, err := filepath.Glob(filepath.Join(d.dir, "*.gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		texts, err := filepath.Glob(filepath.Join(d.dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if len(golds) < d.minFiles {
			t.Errorf("%d gold files in %s, want at least %d", len(golds), d.dir, d.minFiles)
		}
		for _, txt := range texts {
			if !slices.Contains(golds, strings.TrimSuffix(txt, ".txt")+".gold.json") {
				t.Errorf("%s has no gold file", txt)
			}
		}
		for _, path := range golds {
			name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
			t.Run(name, func(t *testing.T) { checkGold(t, path, d.minSize, d.maxSize) })
		}
	}
}

func checkGold(t *testing.T, path string, minSize, maxSize int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := LoadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".gold.json")
	if g.ID != name || g.Text != name+".txt" {
		t.Errorf("id %q, text %q: want %q and %q", g.ID, g.Text, name, name+".txt")
	}
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(path), name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(raw) {
		t.Errorf("%s.txt is not UTF-8", name)
	}
	if len(raw) < minSize || len(raw) > maxSize {
		t.Errorf("%s.txt is %d bytes, want %d–%d", name, len(raw), minSize, maxSize)
	}
	text := string(raw)

	owner := map[string]string{} // normalised name → entity
	for _, key := range entityKeys {
		for _, e := range g.list(key) {
			if strings.TrimSpace(e.Name) == "" {
				t.Errorf("%s: entity without a name", key)
				continue
			}
			seen := false
			for _, n := range e.Names() {
				seen = seen || strings.Contains(text, n)
				k := norm(n)
				if k == "" {
					t.Errorf("%s %q: name %q normalises to nothing", key, e.Name, n)
					continue
				}
				if o, ok := owner[k]; ok && o != key+"/"+e.Name {
					t.Errorf("%s %q: name %q is also a name of %s", key, e.Name, n, o)
				}
				owner[k] = key + "/" + e.Name
			}
			if !seen {
				t.Errorf("%s %q: none of its names is in the transcript", key, e.Name)
			}
		}
	}
	types := voc.AidTypes()
	done := map[[3]string]bool{}
	for i, a := range g.AidActions {
		p, okP := owner[norm(a.Provider)]
		r, okR := owner[norm(a.Recipient)]
		if !okP {
			t.Errorf("aid_actions[%d]: provider %q is not an annotated entity", i, a.Provider)
		}
		if !okR {
			t.Errorf("aid_actions[%d]: recipient %q is not an annotated entity", i, a.Recipient)
		}
		if okP && okR && p == r {
			t.Errorf("aid_actions[%d]: %q gives to itself", i, a.Provider)
		}
		if !slices.Contains(types, a.Type) {
			t.Errorf("aid_actions[%d]: type %q is not one of %v", i, a.Type, types)
		}
		if a.Modality != "" && a.Modality != voc.Planned && a.Modality != voc.Reported {
			t.Errorf("aid_actions[%d]: modality %q", i, a.Modality)
		}
		key := [3]string{p, r, a.Type}
		if done[key] {
			t.Errorf("aid_actions[%d]: %s -> %s [%s] is annotated twice", i, a.Provider, a.Recipient, a.Type)
		}
		done[key] = true
		if strings.TrimSpace(a.Evidence) == "" {
			t.Errorf("aid_actions[%d]: no evidence", i)
		}
		for _, piece := range strings.Split(a.Evidence, "...") {
			if piece = strings.TrimSpace(piece); piece != "" && !strings.Contains(text, piece) {
				t.Errorf("aid_actions[%d]: evidence %q is not in the transcript", i, piece)
			}
		}
	}

	// The annotation, written as the extractor should write it, scores 1.
	r := Score(g, perfectQuads(g))
	if r.Entities.F1 != 1 || r.Speakers.F1 != 1 || r.Actions.F1 != 1 {
		var lines []string
		for _, l := range r.Lines {
			lines = append(lines, l.String())
		}
		t.Errorf("a perfect extraction scores %s\n%s", r.Summary(), strings.Join(lines, "\n"))
	}
}

// perfectQuads writes a gold annotation as quads: one node per entity with
// its names, a turn per speaker, one AidAction per gold action.
func perfectQuads(g *Gold) []quad.Quad {
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o})
	}
	node := map[string]quad.IRI{} // normalised name → node
	n := 0
	for _, c := range classes {
		for _, k := range c.keys {
			for _, e := range g.list(k) {
				n++
				iri := quad.IRI(fmt.Sprintf("%sentity/%d", voc.IDBase, n))
				add(iri, voc.Type, quad.IRI("http://schema.org/"+c.name))
				add(iri, voc.Name, quad.String(e.Name))
				for _, a := range e.Aliases {
					add(iri, voc.AlternateName, quad.String(a))
				}
				for _, name := range e.Names() {
					node[norm(name)] = iri
				}
				if k == "speakers" {
					add(quad.IRI(fmt.Sprintf("%sturn/%d", voc.IDBase, n)), voc.Speaker, iri)
				}
			}
		}
	}
	for i, a := range g.AidActions {
		iri := quad.IRI(fmt.Sprintf("%said/%d", voc.IDBase, i))
		add(iri, voc.Type, quad.IRI(voc.AidAction))
		add(iri, voc.Provider, node[norm(a.Provider)])
		add(iri, voc.Recipient, node[norm(a.Recipient)])
		add(iri, voc.AidType, quad.String(a.Type))
	}
	return qs
}
