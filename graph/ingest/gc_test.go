package ingest_test

import (
	"runtime/debug"
	"testing"

	"github.com/briefgraph/briefgraph/graph/ingest"
)

// TestTuneGC checks that TuneGC sets GOGC and the memory limit unless the
// user set them, and that its restore function puts back what was there.
func TestTuneGC(t *testing.T) {
	const before = 1 << 40 // the memory limit the test sets before TuneGC
	tests := []struct {
		name      string
		env       map[string]string
		limit     int64
		wantGC    int
		wantLimit int64
	}{
		{"defaults", nil, ingest.DefaultMemoryLimit, ingest.GCPercent, ingest.DefaultMemoryLimit},
		{"no limit asked", nil, 0, ingest.GCPercent, before},
		{"GOGC set", map[string]string{"GOGC": "150"}, 1 << 30, 100, 1 << 30},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "1GiB"}, 1 << 30, 100, before},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GOGC", "")
			t.Setenv("GOMEMLIMIT", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			// The test process's own settings, whatever they are, made known.
			oldGC := debug.SetGCPercent(100)
			oldLimit := debug.SetMemoryLimit(before)
			defer debug.SetGCPercent(oldGC)
			defer debug.SetMemoryLimit(oldLimit)

			restore := ingest.TuneGC(tc.limit)
			gc := debug.SetGCPercent(-1)
			debug.SetGCPercent(gc)
			limit := debug.SetMemoryLimit(-1)
			restore()
			if gc != tc.wantGC {
				t.Errorf("GOGC = %d, want %d", gc, tc.wantGC)
			}
			if limit != tc.wantLimit {
				t.Errorf("memory limit = %d, want %d", limit, tc.wantLimit)
			}
			after := debug.SetGCPercent(-1)
			debug.SetGCPercent(after)
			if afterLimit := debug.SetMemoryLimit(-1); after != 100 || afterLimit != before {
				t.Errorf("after restore: GOGC %d, limit %d; want 100, %d", after, afterLimit, int64(before))
			}
		})
	}
}
