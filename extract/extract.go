// Package extract turns the text of a press-briefing transcript into quads of
// the briefgraph vocabulary (package graph/voc): the document and its turns,
// the speakers, persons, government bodies, countries, regions and
// organisations it mentions, and the aid actions it reports, each traceable to
// the sentence and speaker it came from.
package extract

import (
	"github.com/cayleygraph/quad"
)

// Input is one transcript to extract: its name (a file path, a URL or "-")
// and its raw bytes (plain text or a saved HTML page).
type Input struct {
	Name string
	Data []byte
}

// Result is what Extract found in one document.
type Result struct {
	// Doc is the document's IRI, the label of every quad in Quads.
	Doc quad.IRI
	// Hash is the hex SHA-256 of the document's raw bytes.
	Hash string
	// Quads are the document's facts, every one labelled Doc, in a stable order.
	Quads []quad.Quad
}

// Extractor extracts documents; it is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor using the gazetteers embedded from data/.
func New() (*Extractor, error) { return &Extractor{}, nil }

// Extract reads one transcript and returns its quads.
func (x *Extractor) Extract(in Input) (*Result, error) {
	return nil, errNotYet
}
