package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefgraph/briefgraph/extract/synth"
)

// runGenerate writes a synthetic benchmark corpus.
func runGenerate(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "generate", "[--docs N] [--seed S] [--size BYTES] [--out DIR]",
		"\tbriefgraph generate --docs 1000 --out corpus\n\tbriefgraph generate --docs 10000 --seed 2 --size 16384 --out big\n\tbriefgraph ingest corpus")
	docs := fs.Int("docs", 100, "number of transcripts to write")
	seed := fs.Uint64("seed", 1, "seed of the corpus: the same seed writes the same files")
	size := fs.Int("size", synth.DefaultSize, "approximate size of a transcript in bytes")
	out := fs.String("out", "corpus", "directory to write into (created if missing)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return withHint(fmt.Errorf("generate: unexpected argument %q", fs.Arg(0)), "briefgraph generate --docs 100 --out corpus")
	}
	if *docs < 0 || *size <= 0 {
		return withHint(fmt.Errorf("generate: --docs must be ≥ 0 and --size > 0"), "briefgraph generate --docs 100 --out corpus")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	g := synth.New(synth.Config{Seed: *seed, Size: *size})
	var total int64
	for i := range *docs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("generate: stopped after %d of %d files: %w", i, *docs, err)
		}
		d := g.Document(i)
		if err := os.WriteFile(filepath.Join(*out, d.Name), d.Data, 0o644); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
		total += int64(len(d.Data))
	}
	fmt.Fprintf(e.stdout, "wrote %d transcripts (%.1f MB) to %s\n", *docs, float64(total)/1e6, *out)
	return nil
}
