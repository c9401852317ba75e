package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph"
)

// runExport writes the graph, or one document, in a quad format.
func runExport(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlagSet(e, "export", "[--db URL] [--format F] [--doc IRI] [-o FILE]",
		"\tbriefgraph export > graph.nq\n"+
			"\tbriefgraph export --format jsonld -o graph.jsonld\n"+
			"\tbriefgraph export --format dot --doc https://briefgraph.dev/id/doc/… | dot -Tsvg > doc.svg\n\n"+
			"Text formats are written sorted, so the same graph gives the same bytes.\n"+
			"-o writes a temporary file beside FILE and renames it: FILE is never left half written.")
	db := addDBFlag(fs)
	format := fs.String("format", "nquads", "output format: "+strings.Join(graph.ExportFormats(), ", "))
	doc := fs.String("doc", "", "export only this document's quads (its IRI, with or without <>)")
	out := fs.String("o", "", "write to FILE instead of standard output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return withHint(fmt.Errorf("export: unexpected argument %q", fs.Arg(0)), "briefgraph export [--format F] [-o FILE]")
	}
	if !contains(graph.ExportFormats(), strings.ToLower(*format)) {
		return withHint(fmt.Errorf("export: unknown --format %q (accepted: %s)", *format, strings.Join(graph.ExportFormats(), ", ")), "briefgraph export --format nquads")
	}
	st, err := openExistingStore(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer closeStore(st, &err)
	iri := quad.IRI(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(*doc), "<"), ">"))
	if iri != "" {
		if n, err := st.DocumentQuads(ctx, iri); err != nil {
			return fmt.Errorf("export: %w", err)
		} else if len(n) == 0 {
			return withHint(fmt.Errorf("export: no document %s in %s", iri, st.URL()), "briefgraph query 'g.V().Has(\"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>\", \"<https://briefgraph.dev/ns#Document>\").All()' lists the documents")
		}
	}
	if *out == "" {
		_, err = st.Export(ctx, e.stdout, *format, iri)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	n, err := writeFileAtomic(*out, func(w io.Writer) (int, error) { return st.Export(ctx, w, *format, iri) })
	if err != nil {
		return withHint(fmt.Errorf("export: %w", err), "check that the directory of -o exists and is writable")
	}
	fmt.Fprintf(e.stderr, "wrote %d quads to %s\n", n, *out)
	return nil
}

// writeFileAtomic writes path through fn into a temporary file in the same
// directory and renames it over path once fn and the writes succeeded.
func writeFileAtomic(path string, fn func(io.Writer) (int, error)) (n int, err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return 0, fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if n, err = fn(f); err != nil {
		return 0, err
	}
	if err = f.Sync(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Chmod(f.Name(), 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// errNoInput is returned when a command needs a file argument.
var errNoInput = errors.New("no input file given")
