package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

var update = flag.Bool("update", false, "rewrite the golden want.txt files of testdata/parity")

// reference returns the command running the Python scorer, or skips the
// test when python3 or the scorer is missing. The scorer is looked for in
// $BRIEFGRAPH_SCORER, then in ../shared beside the repository (where CI
// copies it).
func reference(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: parity with the reference scorer not checked")
	}
	for _, p := range []string{os.Getenv("BRIEFGRAPH_SCORER"), filepath.Join("..", "..", "..", "shared", "eval", "score")} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			abs, err := filepath.Abs(p)
			if err != nil {
				t.Fatal(err)
			}
			return abs
		}
	}
	t.Skip("reference scorer not found (../shared/eval/score or $BRIEFGRAPH_SCORER)")
	return ""
}

func readQuads(t *testing.T, path string) []quad.Quad {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

func readGold(t *testing.T, path string) *Gold {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := LoadGold(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// TestParity scores each case of testdata/parity with Score and with the
// reference scorer, fed the same quads as Go's N-Quads writer writes them,
// and requires the same figures (exactly, as float64) and the same text.
// Each case's text is also kept as a golden file, checked without Python.
func TestParity(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "parity", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no parity cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			goldPath := filepath.Join(dir, "gold.json")
			rep := Score(readGold(t, goldPath), readQuads(t, filepath.Join(dir, "quads.nq")))
			var text bytes.Buffer
			if err := rep.WriteText(&text); err != nil {
				t.Fatal(err)
			}
			want := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(want, text.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			golden, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if text.String() != string(golden) {
				t.Errorf("text differs from %s (run with -update after checking):\n%s", want, text.String())
			}

			compareWithReference(t, goldPath, readQuads(t, filepath.Join(dir, "quads.nq")), rep)
		})
	}
}

// compareWithReference runs the reference scorer on gold and on quads as Go
// writes them, and requires rep's figures and text.
func compareWithReference(t *testing.T, goldPath string, qs []quad.Quad, rep *Report) {
	t.Helper()
	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	score := reference(t)
	nq := filepath.Join(t.TempDir(), "quads.nq")
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(nq, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", score, "--gold", goldPath, "--quads", nq, "--json").Output()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	if err != nil {
		t.Fatalf("reference scorer failed: %v\n%s", err, ee.Stderr)
	}
	var pyText strings.Builder
	var fig map[string]Figures
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if strings.HasPrefix(line, "{") {
			if err := json.Unmarshal([]byte(line), &fig); err != nil {
				t.Fatalf("reference --json line: %v", err)
			}
			continue
		}
		pyText.WriteString(line)
	}
	rows := rep.Rows()
	if len(fig) != len(rows) {
		t.Errorf("reference has %d rows, Go %d", len(fig), len(rows))
	}
	for _, row := range rows {
		if got, ok := fig[row.Label]; !ok || got != row.Figures {
			t.Errorf("%s: Go %+v, reference %+v", row.Label, row.Figures, got)
		}
	}
	if pyText.String() != text.String() {
		t.Errorf("text differs:\n--- Go\n%s--- reference\n%s", text.String(), pyText.String())
	}
}

// TestParityCorpus scores damaged extractions of the test corpus (every
// fifth quad dropped, each action's type changed to a neighbour's, a name
// duplicated on a second node) with Score and with the reference.
func TestParityCorpus(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(corpusDir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Skip("no corpus")
	}
	for _, path := range golds {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			g := readGold(t, path)
			var qs []quad.Quad
			for i, q := range perfectQuads(g) {
				if i%5 == 3 {
					continue
				}
				if q.Predicate == quad.IRI(voc.AidType) && i%3 == 0 {
					q.Object = quad.String("other")
				}
				qs = append(qs, q)
				if q.Predicate == quad.IRI(voc.Name) && i%7 == 0 {
					dup := quad.IRI(string(q.Subject.(quad.IRI)) + "/dup")
					qs = append(qs, quad.Quad{Subject: dup, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country)},
						quad.Quad{Subject: dup, Predicate: q.Predicate, Object: q.Object})
				}
			}
			rep := Score(g, qs)
			t.Log(rep.Summary())
			compareWithReference(t, path, qs, rep)
		})
	}
}

// TestStringParity checks norm, local and repr against the reference's own
// functions on awkward strings.
func TestStringParity(t *testing.T) {
	score := reference(t)
	inputs := []string{
		"Mr. Luo", "THE  European  Union", "Ms.Ortagus", "Mrs Smith", "mrs", "the", "The the UK",
		"Dr Tedros", "Dr. Tedros Adhanom Ghebreyesus", "Aleksandar Vučić", "Côte d’Ivoire",
		"İstanbul", "ΟΔΟΣ ΣΟΦΟΣ", "Σ", "aΣ.", "a\u0301b", "x_y-z", "\u00a0the\u2003x ", "\x1cthe\x1dUK\x1f",
		"42 km²", "½ Ⅻ", "U.S.", "People's Republic of China", "Ministry of Health (MoH)",
		"“quoted”", "tab\there", "new\nline", `back\slash`, `it's "x"`, "emoji 😷 mask", "\u200bzero width",
		"", "   ", "Dr", "drs x", "theology", "-", "a—b", "ǅemal", "ﬁnance", "ß", "K",
	}
	in, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	prog := `
import importlib.machinery, importlib.util, json, sys
loader = importlib.machinery.SourceFileLoader("score", sys.argv[1])
spec = importlib.util.spec_from_loader("score", loader)
m = importlib.util.module_from_spec(spec)
loader.exec_module(m)
out = []
for s in json.load(sys.stdin):
    out.append([m.norm(s), m.local("<http://x/" + s + ">"), m.local('"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'), repr(s), repr(sorted({s, "b"}))])
json.dump(out, sys.stdout)
`
	cmd := exec.Command("python3", "-c", prog, score)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var want [][]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, s := range inputs {
		got := []string{norm(s), local(quad.IRI("http://x/" + s)), local(quad.String(s)), pyRepr(s), pyList(sortedKeys(map[string]bool{s: true, "b": true}))}
		for j, what := range []string{"norm", "local(IRI)", "local(literal)", "repr", "repr(list)"} {
			if got[j] != want[i][j] {
				t.Errorf("%s(%q) = %q, reference %q", what, s, got[j], want[i][j])
			}
		}
	}
}
