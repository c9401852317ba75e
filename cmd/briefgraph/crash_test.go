package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/extract/synth"
	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// TestMain lets a test start this test binary as the briefgraph command:
// with BRIEFGRAPH_TEST_MAIN=1 it runs main instead of the tests.
func TestMain(m *testing.M) {
	if os.Getenv("BRIEFGRAPH_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// subprocess returns the briefgraph command line as a subprocess (this test
// binary, running main).
func subprocess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "BRIEFGRAPH_TEST_MAIN=1")
	return cmd
}

var progressRE = regexp.MustCompile(`^ingest: (\d+)/(\d+) documents`)

// TestIngestSurvivesSIGKILL kills an ingest of a generated corpus into a
// bolt store in the middle, then checks that every document is either
// fully stored (its quads are those of a clean extraction of its file) or
// absent, and that running the same ingest again completes it. Then it
// changes half the files and does the same to an ingest that replaces
// documents: each is then its old version, its new one, or absent.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess ingest of a generated corpus")
	}
	const docs = 40
	dir := t.TempDir()
	names := make([]string, docs)
	v1 := map[string][][]byte{}
	g := synth.New(synth.Config{Seed: 11, Size: 5000})
	for i := range docs {
		d := g.Document(i)
		names[i] = filepath.Join(dir, d.Name)
		if err := os.WriteFile(names[i], d.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		v1[names[i]] = [][]byte{d.Data}
	}
	db := "bolt:" + filepath.Join(t.TempDir(), "db")

	present := killMidway(t, db, dir, docs)
	if n := checkAllOrNothing(t, db, v1); n != present {
		t.Logf("%d documents reported before the kill, %d stored", present, n)
	}
	finish(t, db, dir, v1, docs)

	// Half the files change: the next ingest replaces them.
	v2 := map[string][][]byte{}
	g2 := synth.New(synth.Config{Seed: 12, Size: 5000})
	for i, name := range names {
		if i%2 == 1 {
			v2[name] = v1[name]
			continue
		}
		data := g2.Document(i).Data
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		v2[name] = [][]byte{data, v1[name][0]} // the new version, or still the old one
	}
	killMidway(t, db, dir, docs/2)
	checkAllOrNothing(t, db, v2)
	final := map[string][][]byte{}
	for name, vs := range v2 {
		final[name] = vs[:1]
	}
	finish(t, db, dir, final, docs)
}

// ingestArgs is the command line of the killed and the finishing ingest:
// small batches, so that the kill lands between many transactions, and
// extraction on every core, as users run it.
func ingestArgs(db, dir string) []string {
	return []string{"ingest", "--db", db, "--batch", "2000", "--log-every", "20ms", dir}
}

// killMidway starts an ingest and SIGKILLs it once it has reported a
// quarter of the documents it has to do; it returns how many it reported.
func killMidway(t *testing.T, db, dir string, todo int) int {
	t.Helper()
	cmd := subprocess(ingestArgs(db, dir)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := make(chan int, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sent := false
		for sc.Scan() {
			m := progressRE.FindStringSubmatch(sc.Text())
			if m == nil || sent {
				continue
			}
			// Documents skipped as unchanged come first and fast: count
			// from where the real work starts.
			done, _ := strconv.Atoi(m[1])
			total, _ := strconv.Atoi(m[2])
			if done >= total-todo+todo/4 {
				cmd.Process.Signal(syscall.SIGKILL)
				killed <- done
				sent = true
			}
		}
		if !sent {
			killed <- -1
		}
	}()
	done := <-killed
	werr := cmd.Wait()
	if done < 0 {
		t.Fatalf("the ingest ended (%v) before it could be killed mid-way", werr)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the ingest was not killed: %v", werr)
	}
	t.Logf("killed after %d documents were reported", done)
	return done
}

// finish runs the same ingest to the end and checks every document is
// stored in the version given.
func finish(t *testing.T, db, dir string, want map[string][][]byte, docs int) {
	t.Helper()
	out, err := subprocess(ingestArgs(db, dir)...).CombinedOutput()
	if err != nil {
		t.Fatalf("the ingest after the kill: %v\n%s", err, out)
	}
	if !regexp.MustCompile(`, 0 failed`).Match(out) {
		t.Errorf("the ingest after the kill:\n%s", out)
	}
	if n := checkAllOrNothing(t, db, want); n != docs {
		t.Errorf("after the ingest that finishes, %d of %d documents are stored", n, docs)
	}
}

// checkAllOrNothing opens the store and checks every file's document: its
// stored quads are exactly those of a clean extraction of one of the
// file's versions, or there are none. It returns how many are stored.
func checkAllOrNothing(t *testing.T, db string, versions map[string][][]byte) int {
	t.Helper()
	if clean == nil {
		clean = map[string]cleanExtraction{}
	}
	ctx := context.Background()
	st, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatalf("the store does not open after the kill: %v", err)
	}
	defer st.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	present := 0
	for f, vs := range versions {
		var doc quad.IRI
		var wants []map[string]bool
		for _, data := range vs {
			key := f + "\x00" + string(data)
			c, ok := clean[key]
			if !ok {
				r, err := x.Extract(extract.Input{Name: f, Data: data})
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				c = cleanExtraction{doc: r.Doc, quads: map[string]bool{}}
				for _, q := range r.Quads {
					if q.Subject == r.Doc && q.Predicate == quad.IRI(voc.ContentHash) {
						continue
					}
					c.quads[q.NQuad()] = true
				}
				c.quads[quad.Quad{Subject: r.Doc, Predicate: quad.IRI(voc.ContentHash), Object: quad.String(r.Hash), Label: r.Doc}.NQuad()] = true
				clean[key] = c
			}
			doc = c.doc
			wants = append(wants, c.quads)
		}
		got, err := st.DocumentQuads(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			continue
		}
		if !matchesOne(got, wants) {
			t.Errorf("%s: the %d quads stored are no clean extraction of any version of the file: a partial document", f, len(got))
			continue
		}
		present++
	}
	return present
}

// cleanExtraction is a document's IRI and quads (as N-Quads) from a clean
// extraction; clean caches them for the test's checks, which run in turn.
type cleanExtraction struct {
	doc   quad.IRI
	quads map[string]bool
}

var clean map[string]cleanExtraction

func matchesOne(got []quad.Quad, wants []map[string]bool) bool {
next:
	for _, want := range wants {
		if len(got) != len(want) {
			continue
		}
		for _, q := range got {
			if !want[q.NQuad()] {
				continue next
			}
		}
		return true
	}
	return false
}
