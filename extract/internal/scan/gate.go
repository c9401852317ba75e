package scan

import (
	"regexp/syntax"
	"slices"
	gostrings "strings"
	"unicode/utf8"
)

// A gate is a string of ASCII bytes that every match of an expression
// contains: a text without it has no match, which strings.Index (a
// vectorised scan) tells for far less than the filter's loop. Only
// literals written without (?i) are read, and only their ASCII runs: a
// rune of the expression matches only its own UTF-8 bytes then (an
// invalid byte reads as U+FFFD, which is not ASCII).

// maxGateLen bounds the strings an alternation's common parts are looked
// for in.
const maxGateLen = 32

// gateOf returns the longest string that every match of re contains, or
// "" if it knows none of two bytes or more.
func gateOf(re *syntax.Regexp) string {
	best := ""
	for _, s := range required(re) {
		if len(s) > len(best) || len(s) == len(best) && s < best {
			best = s
		}
	}
	if len(best) < 3 {
		return ""
	}
	return best
}

// required returns strings every match of re contains, each on its own.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return asciiRuns(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var out []string
		// Consecutive literals make one run: "if" " the" is "if the".
		var run []rune
		flush := func() {
			out = append(out, asciiRuns(run)...)
			run = run[:0]
		}
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpLiteral && sub.Flags&syntax.FoldCase == 0 {
				run = append(run, sub.Rune...)
				continue
			}
			flush()
			out = append(out, required(sub)...)
		}
		flush()
		return out
	case syntax.OpAlternate:
		// The parts of the first alternative's strings that every other
		// alternative's strings contain one of.
		var sets [][]string
		for _, sub := range re.Sub {
			set := required(sub)
			if len(set) == 0 {
				return nil
			}
			sets = append(sets, set)
		}
		var out []string
		for _, s := range sets[0] {
			s = s[:min(len(s), maxGateLen)]
			for i := 0; i < len(s); i++ {
				for j := len(s); j > i+1; j-- {
					part := s[i:j]
					if slices.Contains(out, part) || !inAll(part, sets[1:]) {
						continue
					}
					out = append(out, part)
					break // the longest from i
				}
			}
		}
		return out
	}
	return nil
}

// inAll reports whether each set has a string containing part.
func inAll(part string, sets [][]string) bool {
	for _, set := range sets {
		if !slices.ContainsFunc(set, func(s string) bool { return gostrings.Contains(s, part) }) {
			return false
		}
	}
	return true
}

// asciiRuns returns the runs of ASCII runes of rs, as strings.
func asciiRuns(rs []rune) []string {
	var out []string
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] < utf8.RuneSelf {
			j++
		}
		if j > i {
			out = append(out, string(rs[i:j]))
		}
		i = j + 1
	}
	return out
}

// gated reports whether s may hold a match: it holds x's gate, if any.
func (x *Regexp) gated(s string) bool {
	return x.gate == "" || gostrings.Contains(s, x.gate)
}
