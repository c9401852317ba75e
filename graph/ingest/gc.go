package ingest

import (
	"os"
	"runtime/debug"
)

// GCPercent is the GOGC value TuneGC sets for an ingest.
const GCPercent = 200

// DefaultMemoryLimit is the soft memory limit TuneGC sets for an ingest by
// default, in bytes: just above the anonymous memory of an ingest into
// bolt of 1,000 documents without it (347 MB), so that it costs nothing
// there, and the ceiling of GOGC 200's headroom as the store, and the
// pages each commit holds, grow: 356 MB at 3,000 documents instead of 403,
// 366 at 10,000 instead of 660, for 5% more CPU (BENCHMARKS.md).
const DefaultMemoryLimit = 384 << 20

// TuneGC sets the garbage collector of a process whose work is an ingest,
// unless the user chose, and returns a function that restores the settings
// before.
//
// GOGC: unless GOGC or GOMEMLIMIT is set, TuneGC sets GCPercent. An ingest
// allocates fast (Cayley builds each write's keys, index entries and
// protobuf records afresh) while it holds little: about 80–170 MB live
// into bolt, without Cayley's bloom filters. With the default GOGC of 100
// the collector then runs every 80 MB allocated, some 400 times over a
// thousand documents, and its work on the writer's core costs about 15%
// of the ingest. At 200 the heap may grow to three times what is live
// instead of twice, and the ingest is as fast as with the 300 MB of bloom
// filters it no longer keeps.
//
// Memory limit: unless GOMEMLIMIT is set, TuneGC sets a soft limit of
// memoryLimit bytes (debug.SetMemoryLimit; none if memoryLimit <= 0), so
// that the heap GOGC 200 lets grow to three times the live heap stops at
// the limit instead: the collector runs more often once the heap nears
// it, and the process's memory does not grow with a live heap that grows
// (the store's commits write more pages as it grows; Options.BatchBytes
// bounds that). A soft limit is not a cap: if the live heap itself
// exceeds it, the collector gives up at half the CPU rather than stop the
// ingest, and the heap grows past it.
func TuneGC(memoryLimit int64) (restore func()) {
	var undo []func()
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		old := debug.SetGCPercent(GCPercent)
		undo = append(undo, func() { debug.SetGCPercent(old) })
	}
	if os.Getenv("GOMEMLIMIT") == "" && memoryLimit > 0 {
		old := debug.SetMemoryLimit(memoryLimit)
		undo = append(undo, func() { debug.SetMemoryLimit(old) })
	}
	return func() {
		for _, u := range undo {
			u()
		}
	}
}
