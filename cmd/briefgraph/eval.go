package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/extract/eval"
)

// errBelowMin is returned by eval when a figure is under its --min flag.
var errBelowMin = errors.New("score below the minimum")

const evalExamples = `	# one transcript against its gold annotation (the full report)
	briefgraph eval --gold ../shared/eval/seed.gold.json data/scio-covid19-international-cooperation-p4.txt

	# a corpus: each NAME.txt is scored against NAME.gold.json beside it;
	# one line per document, then the micro-average
	briefgraph eval testdata/corpus/*.txt

	# the same as JSON, failing (exit 1) under the targets
	briefgraph eval --json --min-entity-f1 0.9 --min-action-f1 0.8 testdata/corpus/*.txt`

// extractFunc extracts one transcript; tests replace the real extractor.
type extractFunc func(extract.Input) (*extract.Result, error)

// runEval scores the extraction of transcripts against gold annotations,
// with the matching rules of ../shared/eval/score (package extract/eval).
func runEval(ctx context.Context, e *env, args []string) error {
	return evalWith(ctx, e, args, func() (extractFunc, error) {
		x, err := extract.New()
		if err != nil {
			return nil, err
		}
		return x.Extract, nil
	})
}

// evalDoc is one transcript to score and the gold file it is scored against.
type evalDoc struct{ path, gold string }

func evalWith(ctx context.Context, e *env, args []string, newExtractor func() (extractFunc, error)) error {
	fs := newFlagSet(e, "eval", "[--gold GOLD.json] [--json] [--min-entity-f1 X] [--min-action-f1 X] [-v] FILE...", evalExamples)
	goldPath := fs.String("gold", "", "gold annotation of the one FILE (default: NAME.gold.json beside each FILE.txt)")
	asJSON := fs.Bool("json", false, "print the reports as JSON: {\"documents\": [...], \"micro\": {...}}")
	minEntity := fs.Float64("min-entity-f1", 0, "fail if the (micro-averaged) entity F1 is below this")
	minAction := fs.Float64("min-action-f1", 0, "fail if the (micro-averaged) typed aid-action F1 is below this")
	verbose := fs.Bool("v", false, "with several FILEs, print each document's full report, not just its score line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return withHint(errors.New("eval: no transcript given"), "briefgraph eval --gold GOLD.json FILE, or briefgraph eval -h")
	}
	var docs []evalDoc
	if *goldPath != "" {
		if fs.NArg() > 1 {
			return withHint(fmt.Errorf("eval: --gold scores one FILE, got %d", fs.NArg()),
				"name each gold NAME.gold.json beside its NAME.txt and drop --gold")
		}
		docs = append(docs, evalDoc{fs.Arg(0), *goldPath})
	} else {
		for _, p := range fs.Args() {
			if p == "-" {
				return withHint(errors.New("eval: a transcript on stdin needs --gold"), "briefgraph eval --gold GOLD.json -")
			}
			docs = append(docs, evalDoc{p, goldBeside(p)})
		}
	}

	// Read every gold file before extracting, so a typo fails fast.
	golds := make([]*eval.Gold, len(docs))
	for i, d := range docs {
		g, err := readGoldFile(d.gold)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) && *goldPath == "" {
				return withHint(fmt.Errorf("eval: %s has no gold annotation: %w", d.path, err),
					fmt.Sprintf("write %s, or pass --gold GOLD.json", d.gold))
			}
			return fmt.Errorf("eval: %w", err)
		}
		golds[i] = g
	}

	x, err := newExtractor()
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	reports := make([]*eval.Report, len(docs))
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("eval: stopped after %d of %d documents: %w", i, len(docs), err)
		}
		data, err := readEvalInput(e, d.path)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		res, err := x(extract.Input{Name: d.path, Data: data})
		if err != nil {
			return fmt.Errorf("eval: extract %s: %w", d.path, err)
		}
		reports[i] = eval.Score(golds[i], res.Quads)
		reports[i].Name = d.path
	}
	micro := eval.Micro(reports...)

	if err := writeEval(e.stdout, reports, micro, *asJSON, *verbose); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	var low []string
	if micro.Entities.F1 < *minEntity {
		low = append(low, fmt.Sprintf("entities F1 %.3f < --min-entity-f1 %g", micro.Entities.F1, *minEntity))
	}
	if micro.Actions.F1 < *minAction {
		low = append(low, fmt.Sprintf("actions F1 %.3f < --min-action-f1 %g", micro.Actions.F1, *minAction))
	}
	if len(low) > 0 {
		return fmt.Errorf("eval: %w: %s", errBelowMin, strings.Join(low, "; "))
	}
	return nil
}

// writeEval prints one document's full report, or each document's score
// line (its full report with verbose) followed by the micro-average.
func writeEval(w io.Writer, reports []*eval.Report, micro *eval.Report, asJSON, verbose bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Documents []*eval.Report `json:"documents"`
			Micro     *eval.Report   `json:"micro"`
		}{reports, micro})
	}
	if len(reports) == 1 {
		return reports[0].WriteText(w)
	}
	width := 0
	for _, r := range reports {
		width = max(width, len(r.Name))
	}
	for _, r := range reports {
		if verbose {
			if _, err := fmt.Fprintf(w, "== %s\n", r.Name); err != nil {
				return err
			}
			if err := r.WriteText(w); err != nil {
				return err
			}
			if _, err := fmt.Fprintln(w); err != nil {
				return err
			}
			continue
		}
		if _, err := fmt.Fprintf(w, "%-*s  %s\n", width, r.Name, r.Summary()); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(w, "\nmicro-average over %d documents:\n", len(reports)); err != nil {
		return err
	}
	return micro.WriteText(w)
}

// goldBeside returns the gold file of a transcript: NAME.gold.json for
// NAME.txt (or any other extension) in the same directory.
func goldBeside(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".gold.json"
}

func readGoldFile(path string) (*eval.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := eval.LoadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

func readEvalInput(e *env, path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(e.stdin)
	}
	return os.ReadFile(path)
}
