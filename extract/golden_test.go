package extract_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/extract/synth"
)

var goldenDir = flag.String("golden", filepath.Join("testdata", "golden"),
	"the directory of TestGoldenOutput's files (with -update, where to write them)")

// goldenSeeds are the synth corpora whose output TestGoldenOutput pins.
var goldenSeeds = []uint64{1, 2, 3}

const goldenSynthDocs = 50

// goldenInput is one document of TestGoldenOutput.
type goldenInput struct {
	key  string // "seed/…", "corpus/…", "synth-1/…"
	name string
	data []byte
}

func goldenInputs(t *testing.T) []goldenInput {
	t.Helper()
	var in []goldenInput
	for _, dir := range []struct{ key, glob string }{{"seed", "../data/*.txt"}, {"corpus", "../testdata/corpus/*.txt"}} {
		files, _ := filepath.Glob(dir.glob)
		if len(files) == 0 {
			t.Fatalf("no files %s", dir.glob)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			in = append(in, goldenInput{dir.key + "/" + filepath.Base(f), filepath.Base(f), data})
		}
	}
	for _, seed := range goldenSeeds {
		g := synth.New(synth.Config{Seed: seed})
		for i := 0; i < goldenSynthDocs; i++ {
			d := g.Document(i)
			in = append(in, goldenInput{fmt.Sprintf("synth-%d/%s", seed, d.Name), d.Name, d.Data})
		}
	}
	return in
}

// TestGoldenOutput pins the exact output, quads in the order Extract
// returns them, on the seed, every transcript of ../testdata/corpus and
// goldenSynthDocs synthetic briefings of each of goldenSeeds: the
// corpus's N-Quads are in testdata/golden/corpus/, and the SHA-256 of every
// document's N-Quads in testdata/golden/sha256.txt.
//
// Run "go test ./extract -run TestGoldenOutput -update" after a deliberate
// change of the output. To check that a change leaves the output as it was
// at another commit, write that commit's files elsewhere and compare:
//
//	git worktree add --detach /tmp/ref REF
//	cp extract/golden_test.go /tmp/ref/extract/ # if REF predates it
//	(cd /tmp/ref && go test ./extract -run TestGoldenOutput -update -golden /tmp/golden-ref)
//	go test ./extract -run TestGoldenOutput -golden /tmp/golden-ref
func TestGoldenOutput(t *testing.T) {
	x := newExtractor(t)
	sums := map[string]string{} // the SHA-256 of each document's N-Quads by key
	got := map[string][]byte{}  // the corpus's N-Quads by file name
	for _, in := range goldenInputs(t) {
		res, err := x.Extract(extract.Input{Name: in.name, Data: in.data})
		if err != nil {
			t.Fatalf("%s: %v", in.key, err)
		}
		var nq bytes.Buffer
		for _, q := range res.Quads {
			nq.WriteString(q.NQuad())
			nq.WriteByte('\n')
		}
		sum := sha256.Sum256(nq.Bytes())
		sums[in.key] = hex.EncodeToString(sum[:])
		if name, ok := strings.CutPrefix(in.key, "corpus/"); ok {
			got[strings.TrimSuffix(name, ".txt")+".nq"] = nq.Bytes()
		}
	}
	corpus := filepath.Join(*goldenDir, "corpus")
	sumsPath := filepath.Join(*goldenDir, "sha256.txt")
	pinned := map[string]string{}
	if want, err := os.ReadFile(sumsPath); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(want))
		for sc.Scan() {
			if sum, key, ok := strings.Cut(sc.Text(), "  "); ok {
				pinned[key] = sum
			}
		}
	} else if !*update {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if *update {
		// What is pinned for inputs absent here (a transcript not in this
		// checkout) stays as it is; remove it by hand when it goes.
		if err := os.MkdirAll(corpus, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, nq := range got {
			if err := os.WriteFile(filepath.Join(corpus, name), nq, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		maps.Copy(pinned, sums)
		var b strings.Builder
		for _, key := range slices.Sorted(maps.Keys(pinned)) {
			fmt.Fprintf(&b, "%s  %s\n", pinned[key], key)
		}
		if err := os.WriteFile(sumsPath, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(sums)) {
		if w, ok := pinned[key]; !ok {
			t.Errorf("%s: not in %s (run with -update to add it)", key, sumsPath)
		} else if w != sums[key] {
			t.Errorf("%s: output differs from the one pinned in %s", key, sumsPath)
		}
	}
	absent := 0
	for key := range pinned {
		if _, ok := sums[key]; !ok {
			absent++ // an input of another checkout
		}
	}
	for name, nq := range got {
		w, err := os.ReadFile(filepath.Join(corpus, name))
		if err != nil {
			t.Errorf("%v (run with -update to create it)", err)
		} else if !bytes.Equal(w, nq) {
			t.Errorf("%s differs from %s; diff it with -update and git diff", name, corpus)
		}
	}
	t.Logf("%d documents compared; %d pinned documents absent here", len(sums), absent)
}
