package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// syntheticDoc returns a document of n aid actions between a few countries.
func syntheticDoc(i, n int) (quad.IRI, []quad.Quad) {
	doc := quad.IRI(fmt.Sprintf("%sdoc/bench-%d", voc.IDBase, i))
	qs := []quad.Quad{q(doc, voc.Type, iri(voc.Document), doc), q(doc, voc.ContentHash, quad.String(fmt.Sprint(i)), doc)}
	countries := []quad.IRI{china, italy, serbia}
	for _, c := range countries {
		qs = append(qs, entity(doc, c, voc.Country, graph.LocalName(string(c)))...)
	}
	for k := 0; k < n; k++ {
		a := quad.IRI(fmt.Sprintf("%s#aid-%d", doc, k))
		qs = append(qs, aid(doc, a, countries[k%3], countries[(k+1)%3], voc.AidTypes()[k%7])...)
	}
	return doc, qs
}

func benchStores(b *testing.B) map[string]func() *graph.Store {
	return map[string]func() *graph.Store{
		"memory": func() *graph.Store { return benchOpen(b, "memory:") },
		"bolt":   func() *graph.Store { return benchOpen(b, "bolt:"+filepath.Join(b.TempDir(), "b.db")) },
	}
}

func benchOpen(b *testing.B, u string) *graph.Store {
	s, err := graph.Open(context.Background(), u)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkReplaceDocument stores new documents of about 500 quads each.
func BenchmarkReplaceDocument(b *testing.B) {
	for name, open := range benchStores(b) {
		b.Run(name, func(b *testing.B) {
			s := open()
			ctx := context.Background()
			n := 0
			for i := 0; b.Loop(); i++ {
				doc, qs := syntheticDoc(i, 100)
				if _, _, err := s.ReplaceDocument(ctx, doc, qs); err != nil {
					b.Fatal(err)
				}
				n += len(qs)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkReingestUnchanged measures the cost of storing a document again.
func BenchmarkReingestUnchanged(b *testing.B) {
	for name, open := range benchStores(b) {
		b.Run(name, func(b *testing.B) {
			s := open()
			ctx := context.Background()
			doc, qs := syntheticDoc(0, 100)
			if _, _, err := s.ReplaceDocument(ctx, doc, qs); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, _, err := s.ReplaceDocument(ctx, doc, qs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQuery runs "who gave medical teams to whom" over 50 documents.
func BenchmarkQuery(b *testing.B) {
	queries := map[string]string{
		"gizmo":   `g.V().Has("<` + voc.AidType + `>", "medical_team").Out("<` + voc.Recipient + `>").Out("<` + voc.Name + `>").All()`,
		"graphql": `{ nodes(<` + voc.AidType + `>: "medical_team") { recipient: <` + voc.Recipient + `> { name: <` + voc.Name + `> } } }`,
		"mql":     `[{"id": null, "<` + voc.AidType + `>": "medical_team", "<` + voc.Recipient + `>": null}]`,
	}
	for name, open := range benchStores(b) {
		s := open()
		ctx := context.Background()
		for i := 0; i < 50; i++ {
			doc, qs := syntheticDoc(i, 100)
			if _, _, err := s.ReplaceDocument(ctx, doc, qs); err != nil {
				b.Fatal(err)
			}
		}
		for _, lang := range graph.Languages() {
			b.Run(name+"/"+lang, func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Query(ctx, lang, queries[lang], 100); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkReplaceChanged replaces one changed document (about 500 quads,
// a tenth of them dropped, then restored) in a bolt store of 400 such
// documents, with the label index that new stores carry and without it (a
// store created before it): without, finding the document's quads scans
// the whole store, so its cost grows with the store.
func BenchmarkReplaceChanged(b *testing.B) {
	for _, tc := range []struct {
		name string
		opts []graph.Option
	}{
		{"label-index", nil},
		{"scan", []graph.Option{graph.WithoutLabelIndex()}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ctx := context.Background()
			s, err := graph.Open(ctx, "bolt:"+filepath.Join(b.TempDir(), "b.db"), tc.opts...)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var docs []graph.Doc
			for i := range 400 {
				doc, qs := syntheticDoc(i, 100)
				docs = append(docs, graph.Doc{IRI: doc, Quads: qs})
			}
			if _, err := s.ReplaceDocuments(ctx, docs); err != nil {
				b.Fatal(err)
			}
			doc, original := syntheticDoc(200, 100)
			changed := original[:len(original)-len(original)/10]
			for i := 0; b.Loop(); i++ {
				version := changed
				if i%2 == 1 {
					version = original
				}
				if _, _, err := s.ReplaceDocument(ctx, doc, version); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
