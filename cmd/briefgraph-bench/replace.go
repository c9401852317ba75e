package main

import (
	"context"
	"fmt"
	"sort"
	"syscall"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// phaseReplace measures what a re-ingest pays for one changed document of
// a stored corpus: it extracts the corpus's first document, then stores in
// turn a changed version of it (its last twentieth of quads dropped, another
// content hash) and the original again, runs times (rounded up to an even
// number, so that the store ends as it began), timing each
// ReplaceDocument. The note says whether the store found the document's
// quads through the label index (bolt stores created since it exists) or
// by scanning the store.
func phaseReplace(ctx context.Context, st *graph.Store, dir string, runs int) (Row, error) {
	names, data, _, err := readCorpus(dir)
	if err != nil {
		return Row{}, err
	}
	if len(names) == 0 {
		return Row{}, fmt.Errorf("no document in %s", dir)
	}
	x, err := extract.New()
	if err != nil {
		return Row{}, err
	}
	res, err := x.Extract(extract.Input{Name: names[0], Data: data[0]})
	if err != nil {
		return Row{}, err
	}
	stored, err := st.DocumentQuads(ctx, res.Doc)
	if err != nil {
		return Row{}, err
	}
	if len(stored) == 0 {
		return Row{}, fmt.Errorf("%s is not stored: run the ingest phase first", res.Doc)
	}
	original := stored // as ingest stored it, content hash included
	changed := append([]quad.Quad(nil), original[:len(original)-len(original)/20]...)
	for i, q := range changed {
		if p, ok := q.Predicate.(quad.IRI); ok && p == voc.ContentHash && q.Subject == res.Doc {
			changed[i].Object = quad.String("changed")
		}
	}
	indexed := labelIndexed(st, res.Doc)
	var lat []time.Duration
	var cpu time.Duration
	for i := 0; i < runs+runs%2; i++ {
		version := changed
		if i%2 == 1 {
			version = original
		}
		c0 := cpuTime()
		t := time.Now()
		if _, _, err := st.ReplaceDocument(ctx, res.Doc, version); err != nil {
			return Row{}, err
		}
		lat = append(lat, time.Since(t))
		cpu += cpuTime() - c0
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	how := "found by scanning the store"
	if indexed {
		how = "found through the label index"
	}
	return Row{
		Quads: int64(len(original)),
		P50ms: ms(lat[len(lat)/2]), P99ms: ms(lat[len(lat)-1]), Runs: len(lat),
		Note: fmt.Sprintf("a document of %d quads, %d dropped and one changed, then restored; %s; %.0f ms CPU per replacement",
			len(original), len(original)-len(changed), how, ms(cpu)/float64(len(lat))),
	}, nil
}

// labelIndexed reports whether st reads doc's quads through an index.
func labelIndexed(st *graph.Store, doc quad.IRI) bool {
	qs := st.QuadStore()
	ref, err := qs.ValueOf(doc)
	if err != nil || ref == nil {
		return false
	}
	_, ok := qs.QuadIterator(quad.Label, ref).(*ckv.QuadIterator)
	return ok
}

// cpuTime returns the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
