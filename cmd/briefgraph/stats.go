package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/briefgraph/briefgraph/graph"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// runStats prints counts of documents, entities by class, aid actions by type and quads.
func runStats(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlagSet(e, "stats", "[--db URL] [--json]",
		"\tbriefgraph stats\n"+
			"\tbriefgraph stats --db bolt:corpus.db --json")
	db := addDBFlag(fs)
	asJSON := fs.Bool("json", false, "print the counts as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return withHint(fmt.Errorf("stats: unexpected argument %q", fs.Arg(0)), "briefgraph stats [--db URL] [--json]")
	}
	st, err := openExistingStore(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer closeStore(st, &err)
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "store\t%s\n", st.URL())
	fmt.Fprintf(w, "documents\t%d\n", s.Documents)
	fmt.Fprintf(w, "quads\t%d\n", s.Quads)
	fmt.Fprintln(w, "entities\t")
	for _, c := range voc.EntityClasses() {
		fmt.Fprintf(w, "  %s\t%d\n", graph.LocalName(c), s.Entities[graph.LocalName(c)])
	}
	fmt.Fprintf(w, "aid actions\t%d\n", s.AidActionsTotal)
	for _, t := range voc.AidTypes() {
		fmt.Fprintf(w, "  %s\t%d\n", t, s.AidActions[t])
	}
	if n := s.AidActions["none"]; n > 0 {
		fmt.Fprintf(w, "  (no type)\t%d\n", n)
	}
	return w.Flush()
}
