package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/briefgraph/briefgraph/graph"
)

// runQuery runs a query in one of Cayley's languages and prints the results as JSON.
func runQuery(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlagSet(e, "query", "[--db URL] [--lang gizmo|graphql|mql] [--limit N] QUERY|-",
		"\tbriefgraph query 'g.V(\"<https://briefgraph.dev/id/country/it>\").In(\"<https://briefgraph.dev/ns#recipient>\").Out(\"<https://briefgraph.dev/ns#provider>\").Out(\"<http://schema.org/name>\").All()'\n"+
			"\tbriefgraph query --lang graphql '{ nodes(<https://briefgraph.dev/ns#aidType>: \"medical_team\") { id } }'\n"+
			"\tbriefgraph query --lang mql '[{\"id\": null, \"<http://schema.org/name>\": \"Italy\"}]'\n"+
			"\techo 'g.V().Limit(5).All()' | briefgraph query --db bolt:corpus.db -\n\n"+
			"The results are printed as a JSON array. The query is read from standard input when it is \"-\".")
	db := addDBFlag(fs)
	lang := fs.String("lang", "gizmo", "query language: "+strings.Join(graph.Languages(), ", "))
	limit := fs.Int("limit", 0, "print at most N results (0: all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !graph.IsLanguage(*lang) {
		return withHint(fmt.Errorf("query: unknown --lang %q (accepted: %s)", *lang, strings.Join(graph.Languages(), ", ")), "briefgraph query --lang gizmo QUERY")
	}
	if *limit < 0 {
		return withHint(fmt.Errorf("query: --limit %d is negative", *limit), "briefgraph query --limit 10 QUERY")
	}
	if fs.NArg() != 1 {
		return withHint(errors.New("query: give exactly one query (or - to read it from standard input)"), "briefgraph query 'g.V().Limit(5).All()'")
	}
	text := fs.Arg(0)
	if text == "-" {
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return fmt.Errorf("query: reading standard input: %w", err)
		}
		text = string(b)
	}
	st, err := openExistingStore(ctx, e, *db)
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	defer closeStore(st, &err)
	res, err := st.Query(ctx, *lang, text, *limit)
	if err != nil {
		return withHint(fmt.Errorf("query: %w", err), "check the query's syntax; see briefgraph query -h for examples")
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		return fmt.Errorf("query: writing results: %w", err)
	}
	return nil
}
