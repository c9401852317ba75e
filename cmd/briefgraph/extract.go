package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/graph"
)

const extractExamples = `  briefgraph extract data/scio-covid19-international-cooperation-p4.txt
  briefgraph extract --format jsonld briefing.html > briefing.jsonld
  curl -s https://example.org/briefing.txt | briefgraph extract -
  briefgraph extract FILE | ../shared/eval/score --gold GOLD.json`

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[--format F] [--country CC] FILE...|-", extractExamples)
	format := fs.String("format", "nquads", "output format: "+strings.Join(graph.ExportFormats(), ", "))
	country := fs.String("country", "", "ISO 3166-1 alpha-2 code of the government giving the briefing (inferred when empty)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return withHint(errors.New("extract: no transcript given"), "briefgraph extract FILE (or - for standard input)")
	}
	f, err := graph.ExportFormat(*format)
	if err != nil {
		return withHint(fmt.Errorf("extract: %w", err), "--format "+strings.Join(graph.ExportFormats(), "|"))
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	// Extract everything first so a bad input leaves no half-written output.
	var all []quad.Quad
	for _, name := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := readInput(e, name)
		if err != nil {
			return err
		}
		res, err := x.Extract(extract.Input{Name: name, Data: data, Country: *country})
		if err != nil {
			return withHint(fmt.Errorf("extract: %w", err), "give a plain-text or HTML transcript in UTF-8")
		}
		all = append(all, res.Quads...)
	}
	bw := bufio.NewWriter(e.stdout)
	w := f.Writer(bw)
	if _, err := quad.Copy(w, quad.NewReader(all)); err != nil {
		return fmt.Errorf("extract: writing %s: %w", f.Name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("extract: writing %s: %w", f.Name, err)
	}
	return bw.Flush()
}

// readInput reads a named file, or standard input for "-".
func readInput(e *env, name string) ([]byte, error) {
	if name == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, 1<<30))
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return data, nil
	}
	st, err := os.Stat(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, withHint(fmt.Errorf("%s: no such file", name), "check the path; for a directory of transcripts use briefgraph ingest DIR")
		}
		return nil, err
	}
	if st.IsDir() {
		return nil, withHint(fmt.Errorf("%s: is a directory", name), "briefgraph ingest "+name+" stores every transcript in it")
	}
	return os.ReadFile(name)
}
