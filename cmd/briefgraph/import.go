package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/briefgraph/briefgraph/graph"
)

// runImport reads quads from a file into the store, in one transaction.
func runImport(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlagSet(e, "import", "[--db URL] [--format F] FILE|-",
		"\tbriefgraph import graph.nq\n"+
			"\tbriefgraph import --db bolt:copy.db graph.jsonld\n"+
			"\tbriefgraph export | briefgraph import --db memory: --format nquads -\n\n"+
			"The format is guessed from the file's extension (.nq, .nquads, .jsonld, .json, .pq)\n"+
			"unless --format is given; standard input is N-Quads by default. The quads are\n"+
			"added in one transaction: a malformed file adds nothing.")
	db := addDBFlag(fs)
	format := fs.String("format", "", "input format: "+strings.Join(graph.ImportFormats(), ", ")+" (default: from the file's extension)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return withHint(fmt.Errorf("import: %w (one FILE, or - for standard input)", errNoInput), "briefgraph import graph.nq")
	}
	name := fs.Arg(0)
	f := strings.ToLower(*format)
	if f != "" && !contains(graph.ImportFormats(), f) {
		return withHint(fmt.Errorf("import: unknown --format %q (accepted: %s)", *format, strings.Join(graph.ImportFormats(), ", ")), "briefgraph import --format nquads "+name)
	}
	var r io.Reader = e.stdin
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return withHint(fmt.Errorf("import: %s does not exist", name), "check the path")
			}
			return withHint(fmt.Errorf("import: %w", err), "check the file's permissions")
		}
		defer file.Close()
		if fi, err := file.Stat(); err == nil && fi.IsDir() {
			return withHint(fmt.Errorf("import: %s is a directory", name), "give one exported file")
		}
		r = file
	}
	switch {
	case f == "" && name == "-":
		f = "nquads"
	case f == "":
		if f = graph.FormatFromPath(name); f == "" {
			return withHint(fmt.Errorf("import: cannot tell the format of %s from its extension", name), "briefgraph import --format nquads|jsonld|json|pquads "+name)
		}
	}
	st, err := openStore(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer closeStore(st, &err)
	n, err := st.Import(ctx, r, f)
	if err != nil {
		return withHint(fmt.Errorf("import %s: %w", name, err), "nothing was imported; check that the file is "+f)
	}
	fmt.Fprintf(e.stdout, "imported %d quads from %s into %s\n", n, name, st.URL())
	return nil
}
