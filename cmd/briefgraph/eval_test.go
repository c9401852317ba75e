package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

// fakeExtractor "extracts" a country node for every line "COUNTRY X" of a
// transcript, so eval's plumbing is tested without the real extractor.
func fakeExtractor() (extractFunc, error) {
	return func(in extract.Input) (*extract.Result, error) {
		doc := quad.IRI(voc.IDBase + "doc/" + filepath.Base(in.Name))
		res := &extract.Result{Doc: doc}
		for _, line := range strings.Split(string(in.Data), "\n") {
			name, ok := strings.CutPrefix(line, "COUNTRY ")
			if !ok {
				continue
			}
			iri := quad.IRI(voc.IDBase + "country/" + name)
			res.Quads = append(res.Quads,
				quad.Quad{Subject: iri, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country), Label: doc},
				quad.Quad{Subject: iri, Predicate: quad.IRI(voc.Name), Object: quad.String(name), Label: doc})
		}
		return res, nil
	}, nil
}

func writeEvalFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runEvalTest(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	err := evalWith(context.Background(), e, args, fakeExtractor)
	return out.String(), errOut.String(), err
}

func TestEval(t *testing.T) {
	dir := writeEvalFiles(t, map[string]string{
		"a.txt":       "COUNTRY China\nCOUNTRY Iran\n",
		"a.gold.json": `{"countries": [{"name": "China"}, {"name": "Iran"}]}`,
		"b.txt":       "COUNTRY Chad\n",
		"b.gold.json": `{"countries": [{"name": "Italy"}]}`,
		"c.txt":       "no gold beside me",
		"bad.json":    `{"countries": [{"aliases": []}]}`,
	})
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")

	t.Run("one file, full report", func(t *testing.T) {
		out, _, err := runEvalTest(t, "--gold", filepath.Join(dir, "a.gold.json"), a)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "Country                        2     2      2   1.00   1.00   1.00\n") ||
			!strings.HasSuffix(out, "score: entities F1=1.000 speakers F1=1.000 actions F1=1.000\n") {
			t.Errorf("output:\n%s", out)
		}
	})
	t.Run("corpus, gold beside", func(t *testing.T) {
		out, _, err := runEvalTest(t, a, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			a + "  score: entities F1=1.000 speakers F1=1.000 actions F1=1.000\n",
			b + "  score: entities F1=0.000 speakers F1=1.000 actions F1=1.000\n",
			"micro-average over 2 documents:\n",
			"entities (all classes)         3     3      2   0.67   0.67   0.67\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "missed") {
			t.Errorf("corpus output without -v lists items:\n%s", out)
		}
	})
	t.Run("verbose", func(t *testing.T) {
		out, _, err := runEvalTest(t, "-v", a, b)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "== "+b+"\n") || !strings.Contains(out, "  missed Country: Italy\n  spurious Country: ['chad']\n") {
			t.Errorf("output:\n%s", out)
		}
	})
	t.Run("json", func(t *testing.T) {
		out, _, err := runEvalTest(t, "--json", a, b)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Documents []struct {
				Name     string
				Entities struct{ F1 float64 }
			}
			Micro struct{ Entities struct{ Gold, Match int } }
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v:\n%s", err, out)
		}
		if len(got.Documents) != 2 || got.Documents[0].Name != a || got.Documents[0].Entities.F1 != 1 || got.Micro.Entities.Gold != 3 || got.Micro.Entities.Match != 2 {
			t.Errorf("JSON: %+v", got)
		}
	})
	t.Run("below minimum", func(t *testing.T) {
		out, _, err := runEvalTest(t, "--min-entity-f1", "0.9", a, b)
		if !errors.Is(err, errBelowMin) || !strings.Contains(err.Error(), "entities F1 0.667 < --min-entity-f1 0.9") {
			t.Errorf("err = %v", err)
		}
		if !strings.Contains(out, "micro-average") {
			t.Errorf("the report is not printed before failing:\n%s", out)
		}
		if _, _, err := runEvalTest(t, "--min-entity-f1", "0.6", "--min-action-f1", "1", a, b); err != nil {
			t.Errorf("above the minimum: %v", err)
		}
	})
	t.Run("stdin with --gold", func(t *testing.T) {
		var out bytes.Buffer
		e := &env{stdin: strings.NewReader("COUNTRY China\n"), stdout: &out, stderr: &bytes.Buffer{}}
		if err := evalWith(context.Background(), e, []string{"--gold", filepath.Join(dir, "a.gold.json"), "-"}, fakeExtractor); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "missed Country: Iran") {
			t.Errorf("output:\n%s", out.String())
		}
	})
	for _, tc := range []struct {
		name string
		args []string
		want string
		hint bool
	}{
		{"no file", nil, "no transcript given", true},
		{"no gold beside", []string{filepath.Join(dir, "c.txt")}, "has no gold annotation", true},
		{"--gold with two files", []string{"--gold", filepath.Join(dir, "a.gold.json"), a, b}, "--gold scores one FILE", true},
		{"invalid gold", []string{"--gold", filepath.Join(dir, "bad.json"), a}, "name: missing", false},
		{"missing transcript", []string{"--gold", filepath.Join(dir, "a.gold.json"), filepath.Join(dir, "nope.txt")}, "no such file", false},
		{"stdin without --gold", []string{"-"}, "needs --gold", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := runEvalTest(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			var h *hintError
			if errors.As(err, &h) != tc.hint {
				t.Errorf("hint = %v, want %v", errors.As(err, &h), tc.hint)
			}
		})
	}
	t.Run("help", func(t *testing.T) {
		_, stderr, err := runEvalTest(t, "-h")
		if !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr, "briefgraph eval testdata/corpus/*.txt") {
			t.Errorf("err = %v, usage:\n%s", err, stderr)
		}
	})
}

// TestEvalCorpus runs the real extractor over testdata/corpus and logs the
// figures; it fails only if the command cannot run at all. The targets are
// checked by CI with --min flags, not here.
func TestEvalCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no corpus in testdata/corpus")
	}
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	err = runEval(context.Background(), e, files)
	t.Logf("briefgraph eval testdata/corpus/*.txt:\n%s", out.String())
	if err != nil {
		t.Logf("eval: %v", err)
	}
}
