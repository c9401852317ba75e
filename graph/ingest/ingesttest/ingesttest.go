// Package ingesttest provides a stand-in extraction for tests and
// benchmarks of package ingest that must not depend on the real extractor:
// deterministic quads computed from a file's bytes, about as many per
// kilobyte as a real extraction writes.
package ingesttest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// DocIRI is the IRI Extract gives the file at name: one per base name.
func DocIRI(name string) quad.IRI {
	return quad.IRI(voc.IDBase + "test-doc/" + filepath.Base(name))
}

// Extract is an ingest.ExtractFunc: the document node (type, source,
// content hash) and, for every non-blank line, a sentence node with the
// line's text, its ordinal, and a link from the document. Every quad is
// labelled with the document. The same bytes always give the same quads.
func Extract(_ context.Context, name string, data []byte) (quad.IRI, string, []quad.Quad, error) {
	doc := DocIRI(name)
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	iri := func(s string) quad.IRI { return quad.IRI(s) }
	qs := []quad.Quad{
		{Subject: doc, Predicate: iri(voc.Type), Object: iri(voc.Document), Label: doc},
		{Subject: doc, Predicate: iri(voc.Source), Object: quad.String(name), Label: doc},
		{Subject: doc, Predicate: iri(voc.ContentHash), Object: quad.String(hash), Label: doc},
	}
	n := 0
	for line := range bytes.Lines(data) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		n++
		s := quad.IRI(fmt.Sprintf("%s#s%d", doc, n))
		qs = append(qs,
			quad.Quad{Subject: doc, Predicate: iri(voc.HasSentence), Object: s, Label: doc},
			quad.Quad{Subject: s, Predicate: iri(voc.Type), Object: iri(voc.Sentence), Label: doc},
			quad.Quad{Subject: s, Predicate: iri(voc.Ordinal), Object: quad.Int(n), Label: doc},
			quad.Quad{Subject: s, Predicate: iri(voc.Text), Object: quad.String(line), Label: doc},
		)
	}
	if n == 0 {
		return "", "", nil, fmt.Errorf("no text in %s (%s bytes)", name, strconv.Itoa(len(data)))
	}
	return doc, hash, qs, nil
}
