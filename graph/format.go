package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"     // registers "graphviz"
	_ "github.com/cayleygraph/quad/gml"     // registers "gml"
	_ "github.com/cayleygraph/quad/graphml" // registers "graphml"
	_ "github.com/cayleygraph/quad/json"    // registers "json" and "json-stream"
	_ "github.com/cayleygraph/quad/jsonld"  // registers "jsonld"
	_ "github.com/cayleygraph/quad/nquads"  // registers "nquads"
	_ "github.com/cayleygraph/quad/pquads"  // registers "pquads"
)

// ErrUnknownFormat is returned (wrapped) for a format name Export or Import
// does not know or cannot use in that direction.
var ErrUnknownFormat = errors.New("unknown format")

// exportFormats and importFormats are the format names the tool offers;
// "dot" is accepted as another name of the registry's "graphviz".
var (
	exportFormats = []string{"nquads", "jsonld", "json", "pquads", "graphml", "gml", "dot", "graphviz"}
	importFormats = []string{"nquads", "jsonld", "json", "pquads"}
)

// ExportFormats lists the format names Export accepts.
func ExportFormats() []string { return append([]string(nil), exportFormats...) }

// ImportFormats lists the format names Import accepts.
func ImportFormats() []string { return append([]string(nil), importFormats...) }

// canonical maps a user's format name to the registry's.
func canonical(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	switch name {
	case "dot", "gv":
		return "graphviz"
	case "nq", "n-quads":
		return "nquads"
	case "json-ld":
		return "jsonld"
	}
	return name
}

// ExportFormat returns the registry's writer for a format name Export
// accepts ("dot" is "graphviz"), or an error wrapping ErrUnknownFormat
// that lists the accepted names.
func ExportFormat(name string) (*quad.Format, error) { return lookupFormat(name, exportFormats, true) }

func lookupFormat(name string, names []string, write bool) (*quad.Format, error) {
	c := canonical(name)
	ok := false
	for _, n := range names {
		if canonical(n) == c {
			ok = true
		}
	}
	f := quad.FormatByName(c)
	if !ok || f == nil || (write && f.Writer == nil) || (!write && f.Reader == nil) {
		dir := "import"
		if write {
			dir = "export"
		}
		return nil, fmt.Errorf("%w %q for %s (accepted: %s)", ErrUnknownFormat, name, dir, strings.Join(names, ", "))
	}
	return f, nil
}

// FormatFromPath guesses an import format from a file name's extension
// (.nq, .nquads, .jsonld, .json, .pq, .pquads); "" if it cannot.
func FormatFromPath(path string) string {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz")))
	switch ext {
	case ".nq", ".nquads", ".nt":
		return "nquads"
	case ".jsonld":
		return "jsonld"
	case ".json":
		return "json"
	case ".pq", ".pquads":
		return "pquads"
	}
	if f := quad.FormatByExt(ext); f != nil && f.Reader != nil {
		return f.Name
	}
	return ""
}

// Export writes the quads labelled doc (doc == "": all quads) to w in the
// named format and returns how many. Text formats get the quads sorted, so
// the same graph always gives the same bytes.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, doc quad.IRI) (int, error) {
	f, err := lookupFormat(format, exportFormats, true)
	if err != nil {
		return 0, err
	}
	var quads []quad.Quad
	if doc != "" {
		m, err := s.documentQuads(ctx, doc)
		if err != nil {
			return 0, fmt.Errorf("export %s: %w", doc, err)
		}
		for _, q := range m {
			quads = append(quads, q)
		}
	} else {
		qs := s.h.QuadStore
		err := scanQuads(ctx, qs, qs.QuadsAllIterator(), func(q quad.Quad) bool {
			quads = append(quads, q)
			return true
		})
		if err != nil {
			return 0, fmt.Errorf("export: %w", err)
		}
	}
	sortQuads(quads)
	bw := bufio.NewWriter(w)
	qw := f.Writer(bw)
	if _, err := qw.WriteQuads(quads); err != nil {
		qw.Close()
		return 0, fmt.Errorf("export as %s: %w", f.Name, err)
	}
	if err := qw.Close(); err != nil {
		return 0, fmt.Errorf("export as %s: %w", f.Name, err)
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("export as %s: %w", f.Name, err)
	}
	return len(quads), nil
}

// Import reads quads in the named format from r and adds them in one
// transaction: if the input is malformed or the store refuses a quad,
// nothing is added. Quads already stored are not added twice; quads
// without a label are stored in the default graph. It returns how many
// quads the input held.
func (s *Store) Import(ctx context.Context, r io.Reader, format string) (int, error) {
	f, err := lookupFormat(format, importFormats, false)
	if err != nil {
		return 0, err
	}
	qr := f.Reader(r)
	defer qr.Close()
	seen := make(map[quadKey]struct{})
	var deltas []graph.Delta
	n := 0
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return 0, fmt.Errorf("import %s: after %d quads: %w", f.Name, n, err)
		}
		if !q.IsValid() {
			return 0, fmt.Errorf("import %s: quad %d is incomplete: %v", f.Name, n+1, q)
		}
		n++
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, fmt.Errorf("import: %w", err)
			}
		}
		k := keyOf(q)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if len(deltas) == 0 {
		return n, nil
	}
	sortDeltas(deltas)
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	if err := s.add(ctx, deltas); err != nil {
		return 0, fmt.Errorf("import %s: %w", f.Name, err)
	}
	return n, nil
}
