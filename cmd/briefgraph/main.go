// Command briefgraph turns transcripts of government press briefings into a
// knowledge graph stored in Cayley, and answers questions over it.
//
// Usage:
//
//	briefgraph <command> [flags] [arguments]
//
// Run "briefgraph help" for the list of commands, and
// "briefgraph <command> -h" for one command's flags and examples.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv})
	stop()
	if err == nil {
		return
	}
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, "Error:", err)
	var h *hintError
	if errors.As(err, &h) && h.hint != "" {
		fmt.Fprintln(os.Stderr, "Try:", h.hint)
	}
	os.Exit(1)
}

// env is what a command may touch of the outside world; tests pass their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// command is one subcommand: its name, a one-line summary and its entry point.
type command struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) error
}

// commands lists the subcommands in the order "help" shows them.
func commands() []command {
	return []command{
		{"extract", "extract quads from transcripts and write them to stdout (no store needed)", runExtract},
		{"eval", "score extraction of a transcript against a gold annotation", runEval},
		{"ingest", "extract transcripts (files or directories) and store them, skipping unchanged ones", runIngest},
		{"generate", "write a synthetic corpus of briefings for benchmarks", runGenerate},
		{"query", "run a Gizmo, GraphQL or MQL query over the store and print JSON", runQuery},
		{"stats", "count documents, entities by class, aid actions by type and quads", runStats},
		{"export", "write the graph or one document as N-Quads, JSON-LD, GraphML, DOT…", runExport},
		{"import", "add quads from an N-Quads, JSON-LD, JSON or PQuads file", runImport},
		{"serve", "serve the store over HTTP (Cayley API v2, v1 query paths, explorer)", runServe},
	}
}

// run parses the command line and runs one subcommand.
func run(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stdout)
		if len(args) == 0 {
			return withHint(errors.New("no command given"), "briefgraph help")
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	return withHint(fmt.Errorf("unknown command %q", args[0]), "briefgraph help")
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "briefgraph turns press-briefing transcripts into a knowledge graph in Cayley.")
	fmt.Fprintln(w, "\nUsage:\n\n\tbriefgraph <command> [flags] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"briefgraph <command> -h\" for a command's flags and examples.")
}

// hintError is an error with a suggestion of what the user can do next;
// main prints the hint on a "Try:" line.
type hintError struct {
	err  error
	hint string
}

func (h *hintError) Error() string { return h.err.Error() }
func (h *hintError) Unwrap() error { return h.err }

func withHint(err error, hint string) error {
	if err == nil {
		return nil
	}
	return &hintError{err: err, hint: hint}
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints its usage, with examples, to the command's stderr.
func newFlagSet(e *env, name, synopsis, examples string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: briefgraph %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
		if examples != "" {
			fmt.Fprintf(e.stderr, "\nExamples:\n%s\n", examples)
		}
	}
	return fs
}
