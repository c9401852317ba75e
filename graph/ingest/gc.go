package ingest

import (
	"os"
	"runtime/debug"
)

// GCPercent is the GOGC value TuneGC sets for an ingest.
const GCPercent = 200

// TuneGC sets the garbage collector of a process whose work is an ingest,
// unless the user chose (GOGC or GOMEMLIMIT is set), and returns a
// function that restores the setting before.
//
// An ingest allocates fast (Cayley builds each write's keys, index entries
// and protobuf records afresh) while it holds little: about 80–170 MB live
// into bolt, without Cayley's bloom filters. With the default GOGC of 100
// the collector then runs every 80 MB allocated, some 400 times over a
// thousand documents, and its work on the writer's core costs about 15%
// of the ingest. At 200 the heap may grow to three times what is live
// instead of twice, still a fixed amount, and the ingest is as fast as
// with the 300 MB of bloom filters it no longer keeps.
func TuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(GCPercent)
	return func() { debug.SetGCPercent(old) }
}
