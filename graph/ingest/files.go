package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Extensions are the file name endings Files picks in a directory
// (compared case-insensitively). A file named on the command line is read
// whatever its name.
var extensions = []string{".txt", ".html", ".htm"}

// IsTranscript reports whether a file name has one of the extensions a
// directory walk picks: .txt, .html, .htm.
func IsTranscript(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Files expands paths into the transcripts to ingest: a file stands for
// itself, a directory for every transcript (*.txt, *.html, *.htm) below it,
// sorted. A path that does not exist, cannot be read, or is a directory
// with no transcript is returned in bad with its reason; the others are
// still expanded. Each file is listed once.
func Files(paths []string) (files []string, bad []Result) {
	seen := make(map[string]bool)
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			bad = append(bad, Result{Name: p, Status: Failed, Err: pathError(err)})
			continue
		}
		if !fi.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && IsTranscript(d.Name()) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			bad = append(bad, Result{Name: p, Status: Failed, Err: pathError(err)})
			continue
		}
		if len(found) == 0 {
			bad = append(bad, Result{Name: p, Status: Failed, Err: ErrNoTranscripts})
			continue
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, bad
}

// pathError says what is wrong with a path in words, without repeating the
// path (a Result names it), except for a file below it.
func pathError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no such file or directory: %w", fs.ErrNotExist)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("permission denied: %w", fs.ErrPermission)
	}
	return err
}
