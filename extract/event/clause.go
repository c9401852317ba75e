package event

import "sort"

// breaks are the clause breaks of a sentence, found in one reading of it
// the first time they are asked for: each trigger asks clauseBreak and
// clauseEnd for the part of the sentence after it, several times.
type breaks struct {
	s    string
	read bool
	at   []int   // the offsets of the breaks, in order
	n    []uint8 // their lengths
}

// find finds every clause break in s: at most one starts at an offset
// (none of clauseBreaks is a prefix of another).
func (b *breaks) find() {
	b.read = true
	s := b.s
	for i := 0; i < len(s); i++ {
		bs := clauseBreaksBy[s[i]]
		if len(bs) == 0 || len(bs[0]) > 1 && (i+1 == len(s) || !clauseBreakSecond[s[i+1]]) {
			continue
		}
		if s[i] == ' ' && (i+2 >= len(s) || !clauseBreakTriples.has(s[i:i+3])) {
			continue // " a", " b", " w", but not " al", " be", " bu", " wh"
		}
		for _, w := range bs {
			if len(s)-i >= len(w) && s[i:i+len(w)] == w && !(w == ". " && abbreviationEnd(s, i)) {
				b.at = append(b.at, i)
				b.n = append(b.n, uint8(len(w)))
				break
			}
		}
	}
}

// clauseBreakTriples holds the first three bytes of the clause breaks
// that begin with a space (all longer than three bytes).
var clauseBreakTriples = func() (t tripleSet) {
	for _, b := range clauseBreaks {
		if b[0] == ' ' {
			t.add(b[:3])
		}
	}
	return t
}()

// in is clauseBreak(s, from, to): the first break that lies whole in
// s[from:to], or -1.
func (b *breaks) in(from, to int) int {
	if !b.read {
		b.find()
	}
	for k := sort.SearchInts(b.at, from); k < len(b.at) && b.at[k] < to; k++ {
		if b.at[k]+int(b.n[k]) <= to {
			return b.at[k]
		}
	}
	return -1
}

// end is clauseEnd(s, from).
func (b *breaks) end(from int) int {
	if k := b.in(from, len(b.s)); k >= 0 {
		return k
	}
	return len(b.s)
}
