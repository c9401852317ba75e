// Package scan runs a regular expression faster on text where it rarely
// matches, with exactly the results of package regexp: a match can only
// start where the text begins with one of the expression's possible first
// bytes (computed once from its syntax), so the expression is tried,
// anchored, only there (only at 0 if it begins with ^). A try is run by a
// backtracking matcher over the simplified syntax (match.go), which has
// regexp's leftmost-first semantics and costs far less per try; regexp
// decides where the matcher cannot (a repeat of what may match "", too
// much backtracking, a position inside a rune). An expression that may
// match "" is run by regexp as is.
package scan

import (
	"iter"
	"regexp"
	"regexp/syntax"
	"slices"
	gostrings "strings"
	"unicode"
	"unicode/utf8"
)

// prefixLen is how many leading bytes of a match the filter knows, at
// most: three bytes let "the" by for every "them" or "the Hon" an
// expression looks for, five do not. An expression whose prefixes of five
// bytes are too many to list gets a filter of four, else of three.
const prefixLen = 5

// minPrefixLen is the shortest prefix a filter is made of.
const minPrefixLen = 3

// maxPrefixes bounds the set of prefixes of minPrefixLen bytes; beyond
// it the filter is not used. maxLongPrefixes bounds the longer ones, which
// take as long to list as they are many.
const (
	maxPrefixes     = 1 << 15
	maxLongPrefixes = 1 << 11
)

// Regexp is a compiled regular expression with a prefix filter. It is
// immutable and safe for concurrent use.
type Regexp struct {
	re *regexp.Regexp
	// at matches re anchored after one rune of context: ^(?s:.)(?:re).
	at *regexp.Regexp
	// at0 matches re anchored at the start of the text.
	at0 *regexp.Regexp
	// filter is nil when every position must be tried.
	filter *filter
	// maxLen bounds the length of a match in bytes; -1 if unbounded or if
	// the expression looks at the end of the text.
	maxLen int
	// prog tries the expression at one position without package regexp;
	// nil if it cannot.
	prog *prog
	syn  *syntax.Regexp // the simplified syntax prog was compiled from
	// first are the bytes a match may start with, when there is no
	// filter but a prog that reads a byte (nil otherwise): the positions
	// where one of them stands are tried in turn, as regexp reads the text.
	first *[256]bool
	// anchored is true when every match begins at the start of the text.
	anchored bool
	// gate is a string every match contains (see gateOf), or "".
	gate string
}

// searches reports whether x finds matches itself rather than through regexp.
func (x *Regexp) searches() bool { return x.filter != nil || x.first != nil }

// MustCompile is regexp.MustCompile with a prefix filter.
func MustCompile(expr string) *Regexp {
	return New(regexp.MustCompile(expr))
}

// New returns re with a prefix filter.
func New(re *regexp.Regexp) *Regexp {
	x := &Regexp{
		re:  re,
		at:  regexp.MustCompile(`^(?s:.)(?:` + re.String() + `)`),
		at0: regexp.MustCompile(`^(?:` + re.String() + `)`),
	}
	p, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return x
	}
	p = p.Simplify()
	x.prog = compileProg(p, re.NumSubexp())
	x.syn = p
	x.gate = gateOf(p)
	// An anchored expression is tried at 0 only: its prefixes do not stop
	// short (see prefixesN), which costs time at start-up for little.
	if set, n, ok := prefixes(p, !leadingBeginText(p)); ok {
		x.filter = newFilter(set, leadingBoundary(p))
		if x.filter != nil {
			x.filter.n = n
			if !x.filter.boundary {
				budget := 64
				if lead, ok := leadOf(p, &budget); ok {
					x.filter.narrow(&lead)
				}
			}
		}
	}
	x.maxLen = maxLen(p)
	x.anchored = leadingBeginText(p)
	if x.filter == nil && x.prog != nil {
		var first [256]bool
		if firstBytes(x.prog.start, &first, map[*node]bool{}) {
			x.first = &first
		}
	}
	return x
}

// matchAt returns the submatch indices of a match starting at s[p], or nil;
// without sub only the match's own, which costs less to find.
func (x *Regexp) matchAt(s string, p int, sub bool) []int {
	if x.filter != nil && !x.filter.may(s, p) {
		return nil
	}
	return x.try(s, p, sub)
}

// try is matchAt at a position the filter lets by.
func (x *Regexp) try(s string, p int, sub bool) []int {
	// In the middle of a rune, regexp reads the rune before p whole: only
	// regexp gives its answer there (the filter never lets such a p by).
	if x.prog != nil && (p >= len(s) || utf8.RuneStart(s[p])) {
		if m, ok := x.prog.matchAt(s, p, sub); ok {
			return m
		}
		// Too much backtracking for this try: regexp decides.
	}
	return x.regexpAt(s, p, sub)
}

// tryEnd is try without submatches: the end of a match at s[p], or -1.
func (x *Regexp) tryEnd(s string, p int) int {
	if x.prog != nil && (p >= len(s) || utf8.RuneStart(s[p])) {
		if e, ok, decided := x.prog.end(s, p); decided {
			if ok {
				return e
			}
			return -1
		}
	}
	if m := x.regexpAt(s, p, false); m != nil {
		return m[1]
	}
	return -1
}

// regexpAt is matchAt by package regexp.
func (x *Regexp) regexpAt(s string, p int, sub bool) []int {
	end := len(s)
	if x.maxLen >= 0 {
		// The match and one rune after it, for \b: the anchored search
		// costs what its input is long.
		end = min(end, p+x.maxLen+utf8.UTFMax)
	}
	var m []int
	base := p
	re, in := x.at0, s[:end]
	if p > 0 {
		// One rune of context before p, for \b: a byte of a multi-byte
		// rune reads as a non-word character, as the whole rune would.
		base = p - 1
		re, in = x.at, s[p-1:end]
	}
	if sub {
		m = re.FindStringSubmatchIndex(in)
	} else {
		m = re.FindStringIndex(in)
	}
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += base
		}
	}
	m[0] = p
	return m
}

// Filtered reports whether the expression has a prefix filter.
func (x *Regexp) Filtered() bool { return x.filter != nil }

// MatchAt reports whether a match starts at s[p] (the bytes before p are
// context for \b, as in a search of all of s).
func (x *Regexp) MatchAt(s string, p int) bool {
	return p < len(s) && x.matchAt(s, p, false) != nil
}

// String returns the source text of the expression.
func (x *Regexp) String() string { return x.re.String() }

// Regexp returns the underlying expression.
func (x *Regexp) Regexp() *regexp.Regexp { return x.re }

// next returns the submatch indices (with sub, else the bounds) of the
// leftmost match starting at or after from, or nil.
func (x *Regexp) next(s string, from int, sub bool) []int {
	if !sub {
		if start, end := x.nextEnd(s, from); start >= 0 {
			return []int{start, end}
		}
		return nil
	}
	if x.anchored {
		if from == 0 && len(s) > 0 {
			return x.matchAt(s, 0, sub)
		}
		return nil
	}
	f := x.filter
	if f == nil {
		_, _, m, _ := x.nextByProg(s, from, len(s), true)
		return m
	}
	for p := f.skip(s, from); p < len(s); p = f.skip(s, p+1) {
		if m := x.try(s, p, sub); m != nil {
			return m
		}
	}
	return nil
}

// nextEnd is next without submatches, without allocating: the bounds of
// the leftmost match starting at or after from, or -1, -1.
func (x *Regexp) nextEnd(s string, from int) (start, end int) {
	return x.nextEndBefore(s, from, len(s))
}

// nextEndBefore is nextEnd for a match that starts before limit: the
// positions from limit on are not tried.
func (x *Regexp) nextEndBefore(s string, from, limit int) (start, end int) {
	f := x.filter
	switch {
	case x.anchored:
		if from == 0 && len(s) > 0 && (f == nil || f.may(s, 0)) {
			if e := x.tryEnd(s, 0); e >= 0 {
				return 0, e
			}
		}
	case f != nil:
		for p := f.skip(s, from); p < limit; p = f.skip(s, p+1) {
			if e := x.tryEnd(s, p); e >= 0 {
				return p, e
			}
		}
	default:
		start, end, _, _ = x.nextByProg(s, from, limit, false)
		if start >= limit {
			return -1, -1 // regexp's search, past its budget, found one later
		}
		return start, end
	}
	return -1, -1
}

// nextByProg is next for an expression with no filter but a first-byte
// set: it visits the positions regexp's search visits, rune by rune, and
// tries the matcher where one of those bytes stands. It returns the
// bounds of the leftmost match at or after from (-1, -1 if none) and,
// with sub, its submatch indices. Tries that each read far can make this
// quadratic where regexp's own search is linear: past a budget of steps
// in proportion to the text, regexp finishes the search (fellBack), which
// is exact when from is 0 or the end of the match before. The matcher
// tries no position from limit on (len(s) for all); regexp's search, if
// it takes over, may return a match there.
func (x *Regexp) nextByProg(s string, from, limit int, sub bool) (start, end int, m []int, fellBack bool) {
	budget := 16*(len(s)-from) + maxSteps
	for p := from; p < limit; {
		c := s[p]
		if x.first[c] {
			if utf8.RuneStart(c) {
				e, caps, ok, steps := x.prog.exec(s, p, sub)
				if ok {
					return p, e, caps, false
				}
				budget -= steps
				if steps > maxSteps {
					budget = -1 // undecided: regexp decides
				}
			} else {
				// Inside a rune, only regexp answers (see try).
				budget -= len(s) - p
				if mm := x.regexpAt(s, p, sub); mm != nil {
					return mm[0], mm[1], mm, false
				}
			}
			if budget < 0 {
				if mm := x.regexpFrom(s, from, sub); mm != nil {
					return mm[0], mm[1], mm, true
				}
				return -1, -1, nil, true
			}
		}
		if c < utf8.RuneSelf {
			p++
		} else {
			_, n := utf8.DecodeRuneInString(s[p:])
			p += n
		}
	}
	return -1, -1, nil, false
}

// regexpFrom is regexp's first match in s that starts at or after from,
// where from is 0 or the end of a match of regexp's own search of s, whose
// next match it is then.
func (x *Regexp) regexpFrom(s string, from int, sub bool) []int {
	var all [][]int
	switch {
	case from == 0 && sub:
		return x.re.FindStringSubmatchIndex(s)
	case from == 0:
		return x.re.FindStringIndex(s)
	case sub:
		all = x.re.FindAllStringSubmatchIndex(s, -1)
	default:
		all = x.re.FindAllStringIndex(s, -1)
	}
	for _, m := range all {
		if m[0] >= from {
			return m
		}
	}
	return nil
}

// leadingBeginText reports whether every match of re begins with ^ (not
// in multi-line mode).
func leadingBeginText(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return leadingBeginText(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && leadingBeginText(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !leadingBeginText(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// MatchString reports whether s contains a match.
func (x *Regexp) MatchString(s string) bool {
	if !x.gated(s) {
		return false
	}
	if !x.searches() {
		return x.re.MatchString(s)
	}
	start, _ := x.nextEnd(s, 0)
	return start >= 0
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex.
func (x *Regexp) FindStringSubmatchIndex(s string) []int {
	if !x.gated(s) {
		return nil
	}
	if !x.searches() {
		return x.re.FindStringSubmatchIndex(s)
	}
	return x.next(s, 0, true)
}

// FindStringIndex is regexp's FindStringIndex.
func (x *Regexp) FindStringIndex(s string) []int {
	if !x.gated(s) {
		return nil
	}
	if !x.searches() {
		return x.re.FindStringIndex(s)
	}
	if m := x.next(s, 0, false); m != nil {
		return m
	}
	return nil
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (x *Regexp) FindStringSubmatch(s string) []string {
	if !x.gated(s) {
		return nil
	}
	if !x.searches() {
		return x.re.FindStringSubmatch(s)
	}
	return strings(s, x.next(s, 0, true))
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex with n < 0.
func (x *Regexp) FindAllStringSubmatchIndex(s string) [][]int {
	if !x.gated(s) {
		return nil
	}
	if !x.searches() {
		return x.re.FindAllStringSubmatchIndex(s, -1)
	}
	return x.findAll(s, true)
}

// findAll returns the successive leftmost matches of x, which has a
// filter: their submatch indices with sub, else their bounds.
func (x *Regexp) findAll(s string, sub bool) [][]int {
	if x.filter == nil && !x.anchored {
		// Once regexp takes over, its own search gives the rest.
		var out [][]int
		for p := 0; p < len(s); {
			start, end, m, fellBack := x.nextByProg(s, p, len(s), sub)
			if fellBack {
				var all [][]int
				if sub {
					all = x.re.FindAllStringSubmatchIndex(s, -1)
				} else {
					all = x.re.FindAllStringIndex(s, -1)
				}
				for _, m := range all {
					if m[0] >= p {
						out = append(out, m)
					}
				}
				return out
			}
			if start < 0 {
				break
			}
			if m == nil {
				m = []int{start, end}
			}
			out = append(out, m)
			p = end // matches are never empty: the expression reads a byte
		}
		return out
	}
	if !sub {
		// The bounds of all matches in one slice, cut into pairs at the end.
		var bounds []int
		for p := 0; p < len(s); {
			start, end := x.nextEnd(s, p)
			if start < 0 {
				break
			}
			bounds = append(bounds, start, end)
			p = end // matches are never empty: "" is not a prefix
		}
		return pairs(bounds)
	}
	var out [][]int
	for p := 0; p < len(s); {
		m := x.next(s, p, sub)
		if m == nil {
			break
		}
		out = append(out, m)
		p = m[1] // matches are never empty: "" is not a prefix
	}
	return out
}

// FindAllStringIndex is regexp's FindAllStringIndex with n < 0.
func (x *Regexp) FindAllStringIndex(s string) [][]int {
	if !x.gated(s) {
		return nil
	}
	if !x.searches() {
		return x.re.FindAllStringIndex(s, -1)
	}
	return x.findAll(s, false)
}

// FindAllStringIndexBefore is FindAllStringIndex(s) without the matches
// that start at or after limit, whose positions it does not try: for a
// caller that knows no match can start there.
func (x *Regexp) FindAllStringIndexBefore(s string, limit int) [][]int {
	if limit >= len(s) || !x.searches() || x.anchored {
		return before(x.FindAllStringIndex(s), limit)
	}
	if !x.gated(s) {
		return nil
	}
	var bounds []int
	for p := 0; p < limit; {
		start, end := x.nextEndBefore(s, p, limit)
		if start < 0 {
			break
		}
		bounds = append(bounds, start, end)
		p = end // matches are never empty: "" is not a prefix
	}
	return pairs(bounds)
}

// pairs cuts the bounds of matches, one slice of start, end, start, end…,
// into a pair each, nil for none.
func pairs(bounds []int) [][]int {
	if len(bounds) == 0 {
		return nil
	}
	out := make([][]int, len(bounds)/2)
	for i := range out {
		out[i] = bounds[2*i : 2*i+2 : 2*i+2]
	}
	return out
}

// before is ms without the matches that start at or after limit.
func before(ms [][]int, limit int) [][]int {
	for i, m := range ms {
		if m[0] >= limit {
			if i == 0 {
				return nil
			}
			return ms[:i]
		}
	}
	return ms
}

// AllStringIndex yields the bounds of the matches of FindAllStringIndex(s),
// in order, each searched for when the loop asks for it: a loop that
// stops at a match does not search the rest of s. It allocates nothing.
func (x *Regexp) AllStringIndex(s string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		if !x.gated(s) {
			return
		}
		if !x.searches() || x.filter == nil && !x.anchored {
			// regexp's search, or the matcher's that hands over to it
			// past a budget for the whole of s (see findAll): all at once.
			for _, m := range x.FindAllStringIndex(s) {
				if !yield(m[0], m[1]) {
					return
				}
			}
			return
		}
		// findAll's loop without submatches, a match at a time.
		for p := 0; p < len(s); {
			start, end := x.nextEnd(s, p)
			if start < 0 || !yield(start, end) {
				return
			}
			p = end // matches are never empty: "" is not a prefix
		}
	}
}

// FindAllStringSubmatch is regexp's FindAllStringSubmatch with n < 0.
func (x *Regexp) FindAllStringSubmatch(s string) [][]string {
	if !x.gated(s) {
		return nil
	}
	if !x.searches() {
		return x.re.FindAllStringSubmatch(s, -1)
	}
	var out [][]string
	for _, m := range x.FindAllStringSubmatchIndex(s) {
		out = append(out, strings(s, m))
	}
	return out
}

func strings(s string, m []int) []string {
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// filter tells the positions where a match may start.
//
// A filter is made of a set of strings, the prefixes of an expression's
// matches: a position is let by where the text goes on with one of them.
// It reads the text a byte at a time, and stops at the first length at
// which no string goes on, or one ends.
type filter struct {
	// ent is what the filter knows of a first byte: in its low bits
	// (entLead), the classes of the byte before it (afterWord,
	// afterOther) at which it may start a match, 0 if no string starts
	// with it (starts as a table); entOne if a string is that byte alone;
	// above entShift, its entry in seconds.
	ent [256]uint16
	// seconds holds, for each first byte, the second bytes of the strings
	// as bits (the first four words) and the strings of two bytes (the
	// last four): one cache line for both tests. Entry 0 is empty.
	seconds [][8]uint64
	// At each length k from minPrefixLen, the strings of k bytes (whole)
	// and the first k bytes of the longer ones (long), in one table.
	hashed [prefixLen - minPrefixLen + 1]hashBits
	// boundary is true when every match begins with \b.
	boundary bool
	n        int // the length of the prefixes it was made of (see prefixes)
}

// leadingBoundary reports whether every match of re begins with \b.
func leadingBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return leadingBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && leadingBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !leadingBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// isWordByte is \w of package regexp for one byte: a byte of a multi-byte
// rune is not one, nor is the rune.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// wordBytes is isWordByte as a table.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// The classes of a byte by what it lets by after it: a word byte, or
// anything else (the start of the text counts as afterOther).
const (
	afterOther uint8 = 1
	afterWord  uint8 = 2
)

// The parts of a filter's ent.
const (
	entLead  = 3 // afterOther | afterWord
	entOne   = 4
	entShift = 3
)

// classes is each byte's class: afterWord for a word byte, else afterOther.
var classes = func() (t [256]uint8) {
	for c := range t {
		t[c] = afterOther
		if wordBytes[c] {
			t[c] = afterWord
		}
	}
	return t
}()

// newFilter returns the filter that lets a position by where the text
// goes on with one of the strings of set (at a word boundary only, with
// boundary), or nil if set has "" or a string that starts inside a rune.
func newFilter(set map[string]bool, boundary bool) *filter {
	if set[""] {
		return nil
	}
	f := &filter{boundary: boundary, seconds: make([][8]uint64, 1)}
	var counts [prefixLen + 1]int
	for s := range set {
		s = gostrings.TrimSuffix(s, stopMark) // a prefix that stops short is whole here
		if s[0] >= utf8.RuneSelf && !utf8.RuneStart(s[0]) {
			return nil
		}
		for k := minPrefixLen; k <= len(s); k++ {
			counts[k]++
		}
	}
	for k := minPrefixLen; k <= prefixLen; k++ {
		// About eight bits per string: few collisions, a small table.
		n := 1 << 10
		for n < 8*counts[k] && n < 1<<16 {
			n <<= 1
		}
		f.hashed[k-minPrefixLen] = newHashBits(n)
	}
	for s := range set {
		f.add(gostrings.TrimSuffix(s, stopMark))
	}
	for c := range f.ent {
		if f.ent[c]>>entShift == 0 {
			continue // no string starts with c
		}
		switch {
		case !boundary:
			f.ent[c] |= uint16(afterOther | afterWord)
		case wordBytes[c]:
			f.ent[c] |= uint16(afterOther) // \b before a word byte: none before it
		default:
			f.ent[c] |= uint16(afterWord)
		}
	}
	return f
}

// add lets the text's positions that begin with s by.
func (f *filter) add(s string) {
	c := s[0]
	if f.ent[c]>>entShift == 0 {
		f.ent[c] |= uint16(len(f.seconds)) << entShift
		f.seconds = append(f.seconds, [8]uint64{})
	}
	if len(s) == 1 {
		f.ent[c] |= entOne
		return
	}
	sec := &f.seconds[f.ent[c]>>entShift]
	c2 := s[1]
	sec[c2/64] |= 1 << (c2 % 64)
	if len(s) == 2 {
		sec[4+c2/64] |= 1 << (c2 % 64)
	}
	for k := minPrefixLen; k <= len(s); k++ {
		if k == len(s) {
			f.hashed[k-minPrefixLen].set(s[:k], hashWhole)
		} else {
			f.hashed[k-minPrefixLen].set(s[:k], hashLong)
		}
	}
}

// hashBits is a set of short strings as two bits at their hash (hashWhole,
// hashLong): a bit may stand for more than one string, which only lets
// more positions by.
type hashBits struct {
	bits []uint64
	mask uint64 // the number of slots, less one
}

// The bits of a slot of hashBits.
const (
	hashWhole = 1 // a whole string
	hashLong  = 2 // the start of a longer one
)

func newHashBits(n int) hashBits { return hashBits{bits: make([]uint64, n/32), mask: uint64(n - 1)} }

// hash maps up to eight bytes to 64 bits (Fibonacci hashing).
func hash(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		v = v<<8 | uint64(s[i])
	}
	return v * 0x9E3779B97F4A7C15
}

func (h hashBits) set(s string, bit uint64) {
	i := hash(s) >> 32 & h.mask
	h.bits[i/32] |= bit << (2 * (i % 32))
}

// get is the slot of the string whose bytes, packed as hash packs them,
// are v.
func (h hashBits) get(v uint64) uint64 {
	i := v * 0x9E3779B97F4A7C15 >> 32 & h.mask
	return h.bits[i/32] >> (2 * (i % 32)) & 3
}

// may reports whether a match may start at s[p].
func (f *filter) may(s string, p int) bool {
	return f.starts(s, p) && f.goesOn(s, p)
}

// starts is may's first test: most positions fail it, at the first
// byte or at a word boundary.
func (f *filter) starts(s string, p int) bool {
	prev := afterOther
	if p > 0 {
		prev = classes[s[p-1]]
	}
	return uint8(f.ent[s[p]])&prev != 0
}

// lead is the classes of the byte before c at which a match may start
// with c.
func (f *filter) lead(c byte) uint8 { return uint8(f.ent[c]) & entLead }

// narrow lets a first byte by only after the bytes lead gives it (see
// leadOf), where lead gives any.
func (f *filter) narrow(lead *[256]uint8) {
	for c, l := range lead {
		if f.lead(byte(c))&l != 0 {
			f.ent[c] &^= uint16(^l & entLead)
		}
	}
}

// leadOf returns, for each byte a match of re may start with, the
// classes of the byte before it at which it may (filter.lead), told
// alternative by alternative: one that opens with \b lets a word byte by
// only after another kind of byte and the reverse, one that does not
// lets its first bytes by anywhere. It reports false where it cannot
// tell (an alternative that may match "", more alternatives than budget).
func leadOf(re *syntax.Regexp, budget *int) (lead [256]uint8, ok bool) {
	if *budget--; *budget < 0 {
		return lead, false
	}
	switch re.Op {
	case syntax.OpCapture:
		return leadOf(re.Sub[0], budget)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			l, ok := leadOf(sub, budget)
			if !ok {
				return lead, false
			}
			for c := range lead {
				lead[c] |= l[c]
			}
		}
		return lead, true
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return lead, false
		}
		head, rest := re.Sub[0], re.Sub[1:]
		then := func(x *syntax.Regexp) *syntax.Regexp { // x followed by rest
			return &syntax.Regexp{Op: syntax.OpConcat, Sub: append([]*syntax.Regexp{x}, rest...)}
		}
		switch head.Op {
		case syntax.OpWordBoundary:
			first, ok := prefixesN(&syntax.Regexp{Op: syntax.OpConcat, Sub: rest}, 1, maxPrefixes, false)
			if !ok || first[""] {
				return lead, false
			}
			for s := range first {
				if c := s[0]; wordBytes[c] {
					lead[c] |= afterOther
				} else {
					lead[c] |= afterWord
				}
			}
			return lead, true
		case syntax.OpCapture:
			return leadOf(then(head.Sub[0]), budget)
		case syntax.OpEmptyMatch:
			return leadOf(&syntax.Regexp{Op: syntax.OpConcat, Sub: rest}, budget)
		case syntax.OpConcat:
			// (XY)Z is XYZ.
			return leadOf(&syntax.Regexp{Op: syntax.OpConcat, Sub: append(slices.Clip(head.Sub), rest...)}, budget)
		case syntax.OpAlternate:
			alts := &syntax.Regexp{Op: syntax.OpAlternate}
			for _, a := range head.Sub {
				alts.Sub = append(alts.Sub, then(a))
			}
			return leadOf(alts, budget)
		case syntax.OpQuest:
			// X?Y is XY or Y.
			return leadOf(&syntax.Regexp{Op: syntax.OpAlternate, Sub: []*syntax.Regexp{then(head.Sub[0]), then(&syntax.Regexp{Op: syntax.OpEmptyMatch})}}, budget)
		}
	}
	first, ok := prefixesN(re, 1, maxPrefixes, false)
	if !ok || first[""] {
		return lead, false
	}
	for s := range first {
		lead[s[0]] = afterOther | afterWord
	}
	return lead, true
}

// skip returns the first position at or after p where a match may start,
// or len(s): may in one loop, whose first test (starts, by the lead table
// and the class of the byte before) has a single branch, which most bytes
// fail.
func (f *filter) skip(s string, p int) int {
	if p >= len(s) {
		return max(p, len(s))
	}
	prev := afterOther
	if p > 0 {
		prev = classes[s[p-1]]
	}
	// The loop reads rest by its own index, and ent through a pointer
	// taken once: no bounds or nil test per byte.
	ent, rest := &f.ent, s[p:]
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if e := ent[c]; uint8(e)&prev != 0 && f.goesOnEnt(s, p+i, c, e) {
			return p + i
		}
		prev = classes[c]
	}
	return len(s)
}

// goesOn is the rest of may, where starts holds.
func (f *filter) goesOn(s string, p int) bool {
	c := s[p]
	return f.goesOnEnt(s, p, c, f.ent[c])
}

// goesOnEnt is goesOn with s[p] and its entry, which skip has read.
func (f *filter) goesOnEnt(s string, p int, c byte, e uint16) bool {
	if e&entOne != 0 {
		return true
	}
	if p+1 >= len(s) {
		return false
	}
	sec := &f.seconds[e>>entShift]
	c2 := s[p+1]
	if sec[c2/64]&(1<<(c2%64)) == 0 {
		return false
	}
	if sec[4+c2/64]&(1<<(c2%64)) != 0 {
		return true
	}
	v := uint64(c)<<8 | uint64(c2) // the bytes read, packed as hash packs them
	for k := minPrefixLen; k <= prefixLen && p+k <= len(s); k++ {
		v = v<<8 | uint64(s[p+k-1])
		slot := f.hashed[k-minPrefixLen].get(v)
		if slot&hashWhole != 0 {
			return true
		}
		if slot&hashLong == 0 {
			return false
		}
	}
	return false
}

// prefixes returns the set of first min(n, len(m)) bytes of every match m
// of re (a superset: assertions such as \b are ignored) for the largest n
// up to prefixLen for which it can be listed, and n, or false if none can;
// with stop, some may stop short of n bytes (see prefixesN).
// The prefixes of minPrefixLen bytes are listed first: where they cannot
// be, or are many, the longer ones cannot be either.
func prefixes(re *syntax.Regexp, stop bool) (map[string]bool, int, bool) {
	set, ok := prefixesN(re, minPrefixLen, prefixLimit(minPrefixLen), stop)
	if !ok {
		return nil, 0, false
	}
	if len(set) <= maxLongPrefixes {
		for n := prefixLen; n > minPrefixLen; n-- {
			if long, ok := prefixesN(re, n, prefixLimit(n), stop); ok {
				return long, n, true
			}
		}
	}
	return set, minPrefixLen, true
}

// prefixLimit is the most prefixes of n bytes that prefixes lists: many
// short ones, fewer long ones.
func prefixLimit(n int) int {
	if n > minPrefixLen {
		return maxLongPrefixes
	}
	return maxPrefixes
}

// prefixesN is prefixes for the first n bytes. A prefix may stop short of
// n bytes where what follows it cannot be listed (a class such as \p{Lu},
// too many strings): it is then all that is known of those matches, and
// it is kept with stopMark after it, so that what follows in a
// concatenation does not extend it (a filter of "Mr " and "the H" for
// `(?:Mr|[Tt]he Hon) \p{Lu}` rather than of "Mr " and "the"), if stop is
// true. The empty string never stops short: nothing would be known.
func prefixesN(re *syntax.Regexp, n, limit int, stop bool) (map[string]bool, bool) {
	if n <= 0 {
		return map[string]bool{"": true}, true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return map[string]bool{"": true}, true
	case syntax.OpLiteral:
		set := map[string]bool{"": true}
		for _, r := range re.Rune {
			rs := []rune{r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					rs = append(rs, f)
				}
			}
			var ok bool
			if set, ok = concat(set, runeSet(rs, n), n, limit); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpCharClass:
		var rs []rune
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 64 || len(rs) > 256 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				rs = append(rs, r)
			}
		}
		return runeSet(rs, n), true
	case syntax.OpCapture:
		return prefixesN(re.Sub[0], n, limit, stop)
	case syntax.OpConcat:
		set := map[string]bool{"": true}
		for _, sub := range re.Sub {
			short := n // the fewest bytes a prefix still lacks
			for s := range set {
				if !stopped(s) {
					short = min(short, len(s))
				}
			}
			if short >= n {
				break // every prefix is whole: what follows cannot change them
			}
			p, ok := prefixesN(sub, n-short, limit, stop)
			if !ok {
				// What follows cannot be listed: the prefixes stop here.
				if !stop || set[""] {
					return nil, false
				}
				for s := range set {
					if len(s) < n && !stopped(s) {
						delete(set, s)
						set[s+stopMark] = true
					}
				}
				return set, true
			}
			if set, ok = concat(set, p, n, limit); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		set := map[string]bool{}
		for _, sub := range re.Sub {
			p, ok := prefixesN(sub, n, limit, stop)
			if !ok {
				return nil, false
			}
			for s := range p {
				set[s] = true
			}
			if len(set) > limit {
				return nil, false
			}
		}
		return set, true
	case syntax.OpQuest:
		p, ok := prefixesN(re.Sub[0], n, limit, stop)
		if !ok {
			return nil, false
		}
		p[""] = true
		return p, true
	case syntax.OpStar, syntax.OpPlus:
		p, ok := prefixesN(re.Sub[0], n, limit, stop)
		if !ok {
			return nil, false
		}
		for s := range p {
			if stopped(s) {
				return nil, false // a repeat of what stops short: not listed
			}
		}
		// X* is "" or X X*: grow until no new prefix appears (bounded by n).
		star := map[string]bool{"": true}
		for {
			next, ok := concat(p, star, n, limit)
			if !ok {
				return nil, false
			}
			next[""] = true
			if len(next) == len(star) {
				break
			}
			star = next
		}
		if re.Op == syntax.OpStar {
			return star, true
		}
		return concat(p, star, n, limit)
	}
	return nil, false // ., repeats left by Simplify, anything else: give up
}

func runeSet(rs []rune, n int) map[string]bool {
	set := map[string]bool{}
	for _, r := range rs {
		s := string(r)
		set[s[:min(len(s), n)]] = true
	}
	return set
}

// stopMark follows a prefix that stops short (see prefixesN): a byte no
// rune's UTF-8 has, so that no prefix ends with it otherwise.
const stopMark = "\xff"

// stopped reports whether prefix s stops short, and is not to be extended.
func stopped(s string) bool { return len(s) > 0 && s[len(s)-1] == stopMark[0] }

// concat returns the first n bytes of a followed by b; a prefix of a that
// stops short stays as it is, and one of b after x stops short there.
func concat(a, b map[string]bool, n, limit int) (map[string]bool, bool) {
	out := map[string]bool{}
	for x := range a {
		if len(x) >= n || stopped(x) {
			out[x] = true
			continue
		}
		for y := range b {
			s := x + y
			if !stopped(y) {
				s = s[:min(len(s), n)]
			} else if len(s)-1 >= n {
				s = s[:n] // stopped at n bytes or past: whole at n
			}
			out[s] = true
			if len(out) > limit {
				return nil, false
			}
		}
	}
	return out, true
}

// maxLen returns the longest a match of re can be in bytes, or -1 if
// unbounded or if re asserts the end of the text or of a line.
func maxLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		return len(re.Rune) * utf8.UTFMax
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			k := maxLen(sub)
			if k < 0 {
				return -1
			}
			n += k
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			k := maxLen(sub)
			if k < 0 {
				return -1
			}
			n = max(n, k)
		}
		return n
	}
	return -1 // *, +, $ and the rest
}

// Set is an ordered list of expressions searched as one alternation
// (A)|(B)|…: the leftmost match, and at one position the first expression
// that matches there. None may match the empty string.
type Set struct {
	res []*Regexp
	any *filter // the union of their filters; nil if one has none
	// byFirst lists, for a byte, the expressions whose filter lets a
	// match start with it (all those without a filter), in order.
	byFirst *[256][]uint16
}

// NewSet returns the alternation of res, in order.
func NewSet(res ...*Regexp) Set {
	set := Set{res: res}
	// The union of their filters: the union of the strings they are made of.
	union := map[string]bool{}
	boundary := true
	for _, x := range res {
		if x.filter == nil || x.syn == nil {
			union = nil
			break
		}
		// The prefixes its filter was made of, listed as prefixes listed
		// them: a larger limit may list a class where a smaller one stops
		// short, and then fail.
		p, ok := prefixesN(x.syn, x.filter.n, prefixLimit(x.filter.n), !x.anchored)
		if !ok {
			union = nil // never so, but a set filter missing them would skip its matches
			break
		}
		for s := range p {
			union[s] = true
		}
		boundary = boundary && x.filter.boundary
	}
	if union != nil {
		set.any = newFilter(union, boundary)
		var lead [256]uint8
		for _, x := range res {
			for c := range lead {
				lead[c] |= x.filter.lead(byte(c))
			}
		}
		set.any.narrow(&lead)
	}
	set.byFirst = new([256][]uint16)
	for c := range set.byFirst {
		for i, x := range res {
			if x.filter == nil || x.filter.lead(byte(c)) != 0 {
				set.byFirst[c] = append(set.byFirst[c], uint16(i))
			}
		}
	}
	return set
}

// MatchAt reports whether one of the expressions matches at s[p].
func (set Set) MatchAt(s string, p int) bool {
	if p >= len(s) || set.any != nil && !set.any.may(s, p) {
		return false
	}
	for _, x := range set.res {
		if x.MatchAt(s, p) {
			return true
		}
	}
	return false
}

// Match is a match of a Set's expression Index at [Start, End).
type Match struct{ Index, Start, End int }

// Next returns the leftmost match starting at or after from.
func (set Set) Next(s string, from int) (Match, bool) {
	f := set.any
	for p := from; p < len(s); p++ {
		if f != nil {
			if p = f.skip(s, p); p >= len(s) {
				break
			}
		}
		if m, ok := set.at(s, p); ok {
			return m, true
		}
	}
	return Match{}, false
}

// at returns the match at s[p] of the first expression, in order, that
// matches there. Each expression that may start there is tried by itself
// once its own filter, which knows its first five bytes, lets the
// position by: most are not tried at all.
func (set Set) at(s string, p int) (Match, bool) {
	for _, i := range set.byFirst[s[p]] {
		x := set.res[i]
		if x.filter != nil && !x.filter.may(s, p) {
			continue
		}
		if e := x.tryEnd(s, p); e >= 0 {
			return Match{int(i), p, e}, true
		}
	}
	return Match{}, false
}

// FindAll returns the successive non-overlapping leftmost matches in s.
func (set Set) FindAll(s string) []Match {
	var out []Match
	for p := 0; p < len(s); {
		m, ok := set.Next(s, p)
		if !ok {
			break
		}
		out = append(out, m)
		p = max(m.End, m.Start+1)
	}
	return out
}
