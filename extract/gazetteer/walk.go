package gazetteer

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// A trie holds an automaton's patterns for Index, which walks it from the
// few positions where a match may be accepted (see occurrences) instead of
// running the automaton over every byte: a match that starts inside a
// word, or (for names) at a lower-case letter, never passes accept, and
// the automaton's table (some 45 MB for the names) costs a cache miss at
// most bytes.
//
// The nodes below the root lie in code in depth-first order, each as a
// header (its pattern, plus one, in the low 24 bits, 0 if none; its
// number of children in the top 8), then its children's bytes, four to a
// word, then their offsets in code; a node of many children has instead
// the index of its row in dense. A walk down a name thus reads its nodes
// one after another, mostly from the same cache lines.
type trie struct {
	root  [256]uint32 // the offset of the root's child by byte; 0 for none
	code  []uint32
	dense [][256]uint32
}

// denseMark in a header's top 8 bits marks a node whose children are a
// row of dense.
const denseMark = 0xff

// denseMin is the number of children from which a node gets a dense row.
const denseMin = 12

// newTrie returns the trie of keys (sorted, distinct, none empty),
// pattern i being keys[i]; keep reports which ones it holds (nil: all).
func newTrie(keys []string, keep func(i int) bool) *trie {
	var ids []int // the keys held, in order
	for i := range keys {
		if keep == nil || keep(i) {
			ids = append(ids, i)
		}
	}
	t := &trie{code: []uint32{0}} // offset 0 is no node
	// groups calls f with each run of keys[ids[lo:hi]] that has the same
	// byte c at d.
	groups := func(lo, hi, d int, f func(c byte, lo, hi int)) {
		for i := lo; i < hi; {
			c, j := keys[ids[i]][d], i+1
			for j < hi && keys[ids[j]][d] == c {
				j++
			}
			f(c, i, j)
			i = j
		}
	}
	// put lays out the node of the prefix of d bytes that keys[ids[lo:hi]]
	// share, and its subtree, and returns its offset. The key that is the
	// prefix itself, if any, sorts first.
	var put func(lo, hi, d int) uint32
	put = func(lo, hi, d int) uint32 {
		at := len(t.code)
		pat := -1
		if len(keys[ids[lo]]) == d {
			pat, lo = ids[lo], lo+1
		}
		n := 0
		groups(lo, hi, d, func(byte, int, int) { n++ })
		t.code = append(t.code, uint32(pat+1))
		if n >= denseMin {
			t.code[at] |= denseMark << 24
			row := len(t.dense)
			t.code = append(t.code, uint32(row))
			t.dense = append(t.dense, [256]uint32{})
			groups(lo, hi, d, func(c byte, lo, hi int) {
				off := put(lo, hi, d+1)
				t.dense[row][c] = off
			})
			return uint32(at)
		}
		t.code[at] |= uint32(n) << 24
		labels := len(t.code)
		t.code = append(t.code, make([]uint32, (n+3)/4+n)...)
		kids, k := labels+(n+3)/4, 0
		groups(lo, hi, d, func(c byte, lo, hi int) {
			off := put(lo, hi, d+1)
			t.code[labels+k/4] |= uint32(c) << (8 * (k % 4))
			t.code[kids+k] = off
			k++
		})
		return uint32(at)
	}
	groups(0, len(ids), 0, func(c byte, lo, hi int) { t.root[c] = put(lo, hi, 1) })
	return t
}

// walk appends the patterns that text (folded with fold) begins with at
// q, their first byte's node being at n.
func (t *trie) walk(ms []match, text string, q int, n uint32, fold bool) []match {
	code := t.code
	for i := q; ; {
		h := code[n]
		if p := h & (1<<24 - 1); p != 0 {
			ms = append(ms, match{pat: int(p - 1), start: q, end: i + 1})
		}
		if i++; i >= len(text) {
			return ms
		}
		c := text[i]
		if fold {
			c = folded[c]
		}
		k := h >> 24
		switch {
		case k == 0:
			return ms
		case k == denseMark:
			n = t.dense[code[n+1]][c]
		default:
			n = child(code, n, k, c)
		}
		if n == 0 {
			return ms
		}
	}
}

// child returns the offset of the child by c of the node at n, which has
// k children, or 0. It compares c with four of their bytes at a time.
func child(code []uint32, n, k uint32, c byte) uint32 {
	labels := n + 1
	kids := labels + (k+3)/4
	cs := uint32(c) * 0x01010101
	for i := uint32(0); i < k; i += 4 {
		// A byte of x is 0 where a label is c (the classic test for a
		// zero byte; a byte past the k labels may be a false hit).
		x := code[labels+i/4] ^ cs
		z := (x - 0x01010101) &^ x & 0x80808080
		if z != 0 {
			if j := i + uint32(bits.TrailingZeros32(z))/8; j < k {
				return code[kids+j]
			}
			return 0
		}
	}
	return 0
}

// match is an occurrence of pattern pat at [start, end).
type match struct{ pat, start, end int }

// startsWord reports whether accept lets a match start at text[q] of the
// whole text: at 0, at a byte that is no word byte, or after a rune that
// is no letter or digit.
func startsWord(text string, q int) bool {
	if q == 0 || !isWordByte(text[q]) {
		return true
	}
	if c := text[q-1]; c < utf8.RuneSelf {
		return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
	}
	r, _ := utf8.DecodeLastRuneInString(text[:q])
	return !isWordRune(r)
}

// occurrences returns, by end and then start (as the automata report
// them), the occurrences of the patterns of g.acr and of g.names (folded)
// in text that accept may let by in text or in any part
// of it that starts where a word may (startsWord): those that start where
// a word may, and for the names, whose first letter is not a lower-case
// ASCII one unless their surface's is (lowerFirst). Every other occurrence
// fails accept. Both are found in one reading of the text.
func (g *Gazetteer) occurrences(text string) (acr, names []match) {
	for q := g.skip(text, 0); q < len(text); q = g.skip(text, q+1) {
		// skip lets by only what startsWord lets by after an ASCII byte.
		if q > 0 && text[q-1] >= utf8.RuneSelf && !startsWord(text, q) {
			continue
		}
		// A matcher's classes for c are those of every byte c (see
		// setStarts), so skip's test holds for each one that has any.
		c := text[q]
		if x := g.acr; x != nil && x.starts[c] != 0 {
			acr = x.trie.walk(acr, text, q, x.trie.root[c], false)
		}
		if x := g.names; x != nil && x.starts[c] != 0 {
			if x.starts[c]&startLower != 0 {
				names = x.lower.walk(names, text, q, x.lower.root[c], true)
			} else {
				names = x.trie.walk(names, text, q, x.trie.root[folded[c]], true)
			}
		}
	}
	byEnd := func(a, b match) int {
		if a.end != b.end {
			return a.end - b.end
		}
		return a.start - b.start
	}
	slices.SortFunc(acr, byEnd)
	slices.SortFunc(names, byEnd)
	return acr, names
}

// skip returns the first position at or after q where a walk of either
// matcher may start by its starts (startsWord then decides), or len(text).
func (g *Gazetteer) skip(text string, q int) int {
	if q >= len(text) {
		return len(text)
	}
	prev := afterOther * bothClasses
	if q > 0 {
		prev = byteClass[text[q-1]]
	}
	starts, rest := &g.starts, text[q:]
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if starts[c]&prev != 0 {
			return q + i
		}
		prev = byteClass[c]
	}
	return len(text)
}

// setStarts fills g.starts from the matchers' starts: the acronyms' in
// the low three bits, the names' in the next three.
func (g *Gazetteer) setStarts() {
	for c := range g.starts {
		if g.acr != nil {
			g.starts[c] = g.acr.starts[c] & (afterOther | afterWord)
		}
		if g.names != nil {
			g.starts[c] |= g.names.starts[c] & (afterOther | afterWord) << 3
		}
	}
}

// The classes of a byte before a position, for matcher.starts: an ASCII
// letter or digit (after which only a byte that is no word byte may start
// a match), or any other (where startsWord decides).
const (
	afterOther uint8 = 1
	afterWord  uint8 = 2
	startLower uint8 = 4 // in starts: the walk is in lower
)

// bothClasses times a class is that class for both matchers in
// Gazetteer.starts.
const bothClasses = 1 | 1<<3

// byteClass is each byte's class for Gazetteer.starts.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		t[c] = afterOther * bothClasses
		if c < utf8.RuneSelf && isWordByte(byte(c)) {
			t[c] = afterWord * bothClasses
		}
	}
	return t
}()

// setStarts fills x.starts: for a byte, the classes of the byte before
// it after which a walk may start there (none if no pattern starts with
// it), and startLower if that walk is in lower.
func (x *matcher) setStarts(fold bool) {
	for i := range x.starts {
		c := byte(i)
		var n uint32
		switch {
		case fold && 'a' <= c && c <= 'z':
			n = x.lower.root[c]
			x.starts[c] = startLower
		case fold:
			n = x.trie.root[folded[c]]
		default:
			n = x.trie.root[c]
		}
		switch {
		case n == 0:
			x.starts[c] = 0
		case isWordByte(c):
			x.starts[c] |= afterOther
		default:
			x.starts[c] |= afterOther | afterWord
		}
	}
}
