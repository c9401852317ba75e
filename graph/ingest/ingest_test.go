package ingest_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract/synth"
	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/ingest"
	"github.com/briefgraph/briefgraph/graph/ingest/ingesttest"
)

// corpus writes n synthetic transcripts of about size bytes into a new
// directory and returns it.
func corpus(t testing.TB, n, size int) string {
	t.Helper()
	dir := t.TempDir()
	g := synth.New(synth.Config{Seed: 1, Size: size})
	for i := range n {
		d := g.Document(i)
		if err := os.WriteFile(filepath.Join(dir, d.Name), d.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func openStore(t testing.TB, url string) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// counting wraps the test extraction and counts its calls.
func counting(n *atomic.Int64) ingest.ExtractFunc {
	return func(ctx context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
		n.Add(1)
		return ingesttest.Extract(ctx, name, data)
	}
}

func stores(t *testing.T) map[string]func() *graph.Store {
	return map[string]func() *graph.Store{
		"memory": func() *graph.Store { return openStore(t, "memory:") },
		"bolt":   func() *graph.Store { return openStore(t, "bolt:"+filepath.Join(t.TempDir(), "db")) },
	}
}

// checkDoc fails unless the store holds exactly the test extraction of file.
func checkDoc(t *testing.T, st *graph.Store, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, want, err := ingesttest.Extract(context.Background(), file, data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.DocumentQuads(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d quads stored, want %d", file, len(got), len(want))
	}
}

func TestRunNewUnchangedReplaced(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			dir := corpus(t, 30, 3000)
			st := open()
			var calls atomic.Int64
			var seen atomic.Int64
			opt := ingest.Options{Workers: 3, BatchQuads: 500, OnResult: func(ingest.Result, ingest.Progress) { seen.Add(1) }}

			sum, err := ingest.Run(ctx, st, counting(&calls), []string{dir}, opt)
			if err != nil || sum.Err() != nil {
				t.Fatal(err, sum.Err(), sum.Failures)
			}
			if sum.New != 30 || sum.Total() != 30 || calls.Load() != 30 || seen.Load() != 30 {
				t.Fatalf("first run: %+v, %d extractions, %d results reported", sum, calls.Load(), seen.Load())
			}
			files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			for _, f := range files {
				checkDoc(t, st, f)
			}

			// Unchanged corpus: nothing is extracted.
			calls.Store(0)
			sum, err = ingest.Run(ctx, st, counting(&calls), []string{dir}, opt)
			if err != nil || sum.Unchanged != 30 || calls.Load() != 0 || sum.Quads != 0 {
				t.Fatalf("second run: %v %+v, %d extractions", err, sum, calls.Load())
			}

			// One file changes: only it is extracted, and it is replaced.
			changed := files[4]
			if err := os.WriteFile(changed, []byte("A: a short answer.\n\nQ: and a question?\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			sum, err = ingest.Run(ctx, st, counting(&calls), []string{dir}, opt)
			if err != nil || sum.Replaced != 1 || sum.Unchanged != 29 || calls.Load() != 1 {
				t.Fatalf("after a change: %v %+v, %d extractions", err, sum, calls.Load())
			}
			checkDoc(t, st, changed)

			// Force extracts everything again but changes nothing.
			calls.Store(0)
			opt.Force = true
			sum, err = ingest.Run(ctx, st, counting(&calls), []string{dir}, opt)
			if err != nil || sum.Unchanged != 30 || calls.Load() != 30 {
				t.Fatalf("forced run: %v %+v, %d extractions", err, sum, calls.Load())
			}
		})
	}
}

func TestRunWithDocID(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 5, 2000)
	st := openStore(t, "memory:")
	opt := ingest.Options{DocID: func(name string, _ []byte) quad.IRI { return ingesttest.DocIRI(name) }}
	if sum, err := ingest.Run(ctx, st, ingesttest.Extract, []string{dir}, opt); err != nil || sum.New != 5 {
		t.Fatal(err, sum)
	}
	// A copy under another name is another document: not skipped.
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	data, _ := os.ReadFile(files[0])
	os.WriteFile(filepath.Join(dir, "copy.txt"), data, 0o644)
	sum, err := ingest.Run(ctx, st, ingesttest.Extract, []string{dir}, opt)
	if err != nil || sum.New != 1 || sum.Unchanged != 5 {
		t.Fatal(err, sum)
	}
}

func TestBadInputs(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 3, 2000)
	bad := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(bad, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte(" \n\n"))
	binary := write("binary.txt", []byte("PK\x03\x04\x00\x00binary"))
	latin1 := write("latin1.txt", []byte("Caf\xe9 au lait\n"))
	noTranscripts := filepath.Join(bad, "images")
	os.Mkdir(noTranscripts, 0o755)
	os.WriteFile(filepath.Join(noTranscripts, "photo.jpg"), []byte("x"), 0o644)
	missing := filepath.Join(bad, "missing.txt")

	st := openStore(t, "memory:")
	paths := []string{dir, empty, blank, binary, latin1, noTranscripts, missing}
	sum, err := ingest.Run(ctx, st, ingesttest.Extract, paths, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Failed != 6 || sum.Err() == nil {
		t.Fatalf("summary %+v, err %v", sum, sum.Err())
	}
	want := map[string]error{
		empty: ingest.ErrEmpty, blank: ingest.ErrEmpty, binary: ingest.ErrBinary, latin1: ingest.ErrNotUTF8,
		noTranscripts: ingest.ErrNoTranscripts, missing: fs.ErrNotExist,
	}
	for _, f := range sum.Failures {
		w, ok := want[f.Name]
		if !ok {
			t.Errorf("unexpected failure %s", f.Error())
			continue
		}
		if !errors.Is(f.Err, w) {
			t.Errorf("%s: error %v, want %v", f.Name, f.Err, w)
		}
		if !strings.HasPrefix(f.Error(), f.Name+": ") {
			t.Errorf("message %q does not name the input", f.Error())
		}
		delete(want, f.Name)
	}
	for name := range want {
		t.Errorf("%s did not fail", name)
	}
	if msg := (ingest.Result{Name: latin1, Err: sum.Failures[0].Err}).Error(); msg == "" {
		t.Error("no message")
	}
	docs, _ := st.Documents(ctx)
	if len(docs) != 3 {
		t.Errorf("%d documents stored, want the 3 good ones", len(docs))
	}
}

func TestExtractionFailures(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 6, 2000)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	extract := func(ctx context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
		switch name {
		case files[1]:
			return "", "", nil, errors.New("no turns found")
		case files[2]:
			panic("index out of range")
		case files[3]:
			doc, h, qs, err := ingesttest.Extract(ctx, name, data)
			qs[0].Label = quad.IRI("http://elsewhere/") // a quad of another document
			return doc, h, qs, err
		}
		return ingesttest.Extract(ctx, name, data)
	}
	st := openStore(t, "memory:")
	sum, err := ingest.Run(ctx, st, extract, []string{dir}, ingest.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Failed != 3 {
		t.Fatalf("%+v", sum)
	}
	for _, f := range sum.Failures {
		t.Log(f.Error())
		if f.Name == files[3] && !errors.Is(f.Err, graph.ErrWrongLabel) {
			t.Errorf("%s: %v, want ErrWrongLabel", f.Name, f.Err)
		}
	}
	for _, f := range []string{files[0], files[4], files[5]} {
		checkDoc(t, st, f)
	}
}

// spy is a store that counts transactions and can fail them.
type spy struct {
	ingest.Store
	txs  atomic.Int64
	fail func([]graph.Doc) error
}

func (s *spy) ReplaceDocuments(ctx context.Context, docs []graph.Doc) ([]graph.Change, error) {
	s.txs.Add(1)
	if s.fail != nil {
		if err := s.fail(docs); err != nil {
			return nil, err
		}
	}
	return s.Store.ReplaceDocuments(ctx, docs)
}

func TestBatching(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 40, 1500)
	s := &spy{Store: openStore(t, "memory:")}
	// A writer that is slower than extraction gets full batches.
	sum, err := ingest.Run(ctx, s, ingesttest.Extract, []string{dir}, ingest.Options{BatchQuads: 1 << 20})
	if err != nil || sum.New != 40 {
		t.Fatal(err, sum)
	}
	if s.txs.Load() > 40 {
		t.Errorf("%d transactions for 40 documents", s.txs.Load())
	}
	t.Logf("%d transactions for 40 documents", s.txs.Load())
}

func TestWriteFailureIsolated(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 20, 1500)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	poison := ingesttest.DocIRI(files[7])
	boom := errors.New("disk full")
	s := &spy{Store: openStore(t, "memory:"), fail: func(docs []graph.Doc) error {
		for _, d := range docs {
			if d.IRI == poison {
				return boom
			}
		}
		return nil
	}}
	sum, err := ingest.Run(ctx, s, ingesttest.Extract, []string{dir}, ingest.Options{BatchQuads: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 19 || sum.Failed != 1 || sum.Failures[0].Name != files[7] || !errors.Is(sum.Failures[0].Err, boom) {
		t.Fatalf("%+v", sum)
	}
}

func TestCancel(t *testing.T) {
	dir := corpus(t, 50, 1500)
	ctx, cancel := context.WithCancel(context.Background())
	st := openStore(t, "memory:")
	sum, err := ingest.Run(ctx, st, ingesttest.Extract, []string{dir}, ingest.Options{Workers: 2, BatchQuads: 1, OnResult: func(_ ingest.Result, p ingest.Progress) {
		if p.Done == 5 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v", err)
	}
	if sum.Total() >= 50 {
		t.Errorf("finished %d documents after cancel", sum.Total())
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.HTML", "sub/c.htm", "notes.md", "sub/d.pdf"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	md := filepath.Join(dir, "notes.md")
	files, bad := ingest.Files([]string{dir, md, filepath.Join(dir, "b.txt")})
	want := []string{filepath.Join(dir, "a.HTML"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "sub/c.htm"), md}
	if len(bad) != 0 || strings.Join(files, ",") != strings.Join(want, ",") {
		t.Fatalf("files %v bad %v", files, bad)
	}
}

// counter is a store that keeps nothing, slower to write than the
// stand-in extraction is to extract (as bolt is), and counts the documents
// and quads extracted but not yet written: what a run holds in memory.
type counter struct {
	mu               sync.Mutex
	docs, quads      int
	peakDocs, peakQs int
	maxDoc           int // quads of the largest document
	commits          int
}

func (c *counter) DocumentHash(context.Context, quad.IRI) (string, bool, error) {
	return "", false, nil
}
func (c *counter) DocumentsWithHash(context.Context, string) ([]quad.IRI, error) {
	return nil, nil
}
func (c *counter) ReplaceDocuments(_ context.Context, docs []graph.Doc) ([]graph.Change, error) {
	time.Sleep(2 * time.Millisecond)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.commits++
	for _, d := range docs {
		c.docs--
		c.quads -= len(d.Quads)
	}
	return make([]graph.Change, len(docs)), nil
}

func (c *counter) ReadsDuringWrites() bool { return true }

func (c *counter) extract(ctx context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
	doc, hash, qs, err := ingesttest.Extract(ctx, name, data)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.docs++
	c.quads += len(qs) // the stand-in extraction carries the content hash ingest would add
	c.peakDocs, c.peakQs = max(c.peakDocs, c.docs), max(c.peakQs, c.quads)
	c.maxDoc = max(c.maxDoc, len(qs))
	return doc, hash, qs, err
}

// TestStreaming checks that a run holds a bounded number of extracted
// documents and quads, the same whatever the corpus size: the workers'
// documents, the channel's, the batch being committed and the one filling.
// A pipeline that kept what it had written, or read ahead of the writer
// without limit, would fail at the larger corpus.
func TestStreaming(t *testing.T) {
	const batch = 500
	for _, n := range []int{100, 800} {
		dir := corpus(t, n, 2000)
		for _, workers := range []int{1, 4} {
			c := &counter{}
			sum, err := ingest.Run(context.Background(), c, c.extract, []string{dir}, ingest.Options{Workers: workers, BatchQuads: batch})
			if err != nil || sum.New != n {
				t.Fatal(err, sum)
			}
			// Two batches (each under batch quads plus one document) and
			// 2×workers documents outside them.
			limit := 2*(batch+c.maxDoc) + 2*workers*c.maxDoc
			if c.peakQs > limit {
				t.Errorf("%d documents, %d workers: %d quads held at once, want at most %d", n, workers, c.peakQs, limit)
			}
			if c.commits < sum.New*c.maxDoc/(batch+c.maxDoc)/2 {
				t.Errorf("%d documents, %d workers: %d commits: batches larger than asked", n, workers, c.commits)
			}
			t.Logf("%d documents, %d workers: at most %d documents, %d quads held at once (limit %d); %d commits", n, workers, c.peakDocs, c.peakQs, limit, c.commits)
		}
	}
}

// pages is a counter store that says its commits write bytesPerQuad bytes
// of pages per quad (ingest.WriteCounter), and records each commit's quads.
type pages struct {
	counter
	bytesPerQuad int64
	written      atomic.Int64
	batches      []int
}

func (p *pages) ReplaceDocuments(ctx context.Context, docs []graph.Doc) ([]graph.Change, error) {
	n := 0
	for _, d := range docs {
		n += len(d.Quads)
	}
	p.mu.Lock()
	p.batches = append(p.batches, n)
	p.mu.Unlock()
	p.written.Add(int64(n) * p.bytesPerQuad)
	return p.counter.ReplaceDocuments(ctx, docs)
}

func (p *pages) WrittenBytes() int64 { return p.written.Load() }

// TestBatchBytes checks that where the store counts the bytes its commits
// write, batches are cut at the quads that write about BatchBytes (after
// the first commits, which are cut at BatchQuads), and that the summary
// reports the commits and their bytes.
func TestBatchBytes(t *testing.T) {
	dir := corpus(t, 600, 2000)
	const perQuad, batchQuads = 1000, 8000
	tests := []struct {
		name       string
		batchBytes int64
		want       int // quads a batch should be cut at
	}{
		{"bound", 3_000_000, 3000},
		{"bound below the floor of a quarter of BatchQuads", 1_000_000, batchQuads / 4},
		{"no bound", -1, batchQuads},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &pages{bytesPerQuad: perQuad}
			sum, err := ingest.Run(context.Background(), p, p.extract, []string{dir}, ingest.Options{Workers: 2, BatchQuads: batchQuads, BatchBytes: tc.batchBytes, MaxDelay: time.Minute})
			if err != nil || sum.New != 600 {
				t.Fatal(err, sum)
			}
			// The first two batches are cut before a commit is measured,
			// the last when the corpus ends.
			if len(p.batches) < 4 {
				t.Fatalf("batches of %v quads: too few to tell", p.batches)
			}
			for _, n := range p.batches[2 : len(p.batches)-1] {
				if n < tc.want || n > tc.want+p.maxDoc {
					t.Errorf("batches of %v quads, want them cut at %d (+ one document of at most %d)", p.batches, tc.want, p.maxDoc)
					break
				}
			}
			var total, most int64
			for _, n := range p.batches {
				total += int64(n) * perQuad
				most = max(most, int64(n)*perQuad)
			}
			if sum.Commits != len(p.batches) || sum.WrittenBytes != total || sum.MaxCommitBytes != most {
				t.Errorf("summary: %d commits writing %d bytes, at most %d; want %d, %d, %d", sum.Commits, sum.WrittenBytes, sum.MaxCommitBytes, len(p.batches), total, most)
			}
		})
	}
}
