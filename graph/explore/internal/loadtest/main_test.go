package main

import (
	"context"
	"testing"
)

// TestRunSmoke runs the whole load test briefly on a small memory store, so
// that the program keeps working; its figures are not checked.
func TestRunSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("load test smoke run skipped in -short mode")
	}
	if raceEnabled {
		t.Skip("under -race: Cayley's memory store races inside its own all-nodes iterator when Gizmo queries run concurrently, and bolt 1.3.1 fails checkptr")
	}
	err := run(context.Background(), []string{"-clients", "2", "-docs", "5", "-db", "memory",
		"-duration", "100ms", "-pair-duration", "50ms", "-check=false"})
	if err != nil {
		t.Fatal(err)
	}
}

func TestRunBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-clients", "0"}, {"-db", "sqlite:x"}, {"-duration", "-1s"}} {
		if err := run(context.Background(), append(args, "-docs", "1")); err == nil {
			t.Errorf("run %v: no error", args)
		}
	}
}
