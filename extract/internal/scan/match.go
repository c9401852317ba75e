package scan

import (
	mbits "math/bits"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// A prog is an expression compiled for anchored matching by backtracking
// over its simplified syntax, trying alternatives in order and repeats
// greedily (or not, as written): the leftmost-first semantics of package
// regexp, which its own backtracker implements for the same syntax. It
// costs far less per try than regexp's anchored search, which sets up a
// machine for every call. Expressions it cannot run exactly (a repeat of
// something that may match "") are left to package regexp.
type prog struct {
	start *node
	ncap  int // capture slots, 2 per group, the whole match included
	nalt  int // alternations, numbered by node.alt
}

type op uint8

const (
	opMatch  op = iota
	opRune      // one rune among runes (with fold orbits), or in class
	opLit       // a string of ASCII bytes, as written
	opAssert    // a zero-width assertion
	opAlt       // alternatives, tried in order
	opCap       // record the position in slot cap
)

type node struct {
	// The fields a try reads come first, the few bytes of each kind of
	// node in the first cache line or two: a try is mostly waiting for
	// its nodes to be read.
	op op
	// opAssert
	assert syntax.EmptyOp
	// endMask: see mask.
	endMask uint8
	next    *node
	// mask is dispatch for an alternation of at most eight: bit k of
	// mask[b] tells whether alternative k may start with byte b; endMask
	// those that may match at the end of the text.
	mask *[256]uint8
	// opAlt: the alternatives.
	alts []*node
	lit  string // opLit
	// opRune: an ASCII byte matches when ascii has its bit; a larger rune
	// when it is in ranges (pairs lo, hi).
	ascii [4]uint32
	cap   int
	alt   int // opAlt: its number in the prog, for matcher.seen
	// dispatch lists, for a byte, the alternatives that may start with it
	// (or without reading one), in order; at the end of the text, end
	// lists those. Nil for an alternation of eight or fewer (see mask).
	dispatch *[256][]uint16
	end      []uint16
	ranges   []rune
}

// maxSteps bounds the work of one try; beyond it the try is left to
// package regexp, so that no input costs more than there. A step is an
// alternation entered (see run): between two, a try reads at most the
// nodes of the expression once.
const maxSteps = 1 << 12

// compileProg returns the prog of re, or nil.
func compileProg(re *syntax.Regexp, ncap int) *prog {
	c := &compiler{ok: true}
	match := &node{op: opMatch}
	start := c.compile(re, match)
	if !c.ok {
		return nil
	}
	p := &prog{start: start, ncap: 2 * (ncap + 1)}
	p.nalt = c.firsts(start)
	return p
}

type compiler struct {
	ok   bool
	done map[*node]bool
}

// compile returns the node that matches re followed by next.
func (c *compiler) compile(re *syntax.Regexp, next *node) *node {
	if !c.ok {
		return next
	}
	switch re.Op {
	case syntax.OpEmptyMatch:
		return next
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			// Runs of ASCII are compared as strings, at once.
			for i := len(re.Rune); i > 0; {
				j := i
				for j > 0 && re.Rune[j-1] < utf8.RuneSelf {
					j--
				}
				if i-j >= 2 {
					next = &node{op: opLit, lit: string(re.Rune[j:i]), next: next}
					i = j
					continue
				}
				i--
				next = runeNode([]rune{re.Rune[i], re.Rune[i]}, next)
			}
			return next
		}
		for i := len(re.Rune) - 1; i >= 0; i-- {
			r := re.Rune[i]
			rs := []rune{r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					rs = append(rs, f)
				}
			}
			slices.Sort(rs)
			var ranges []rune
			for _, r := range rs {
				ranges = append(ranges, r, r)
			}
			next = runeNode(ranges, next)
		}
		return next
	case syntax.OpCharClass:
		return runeNode(re.Rune, next)
	case syntax.OpAnyCharNotNL:
		return runeNode([]rune{0, '\n' - 1, '\n' + 1, unicode.MaxRune}, next)
	case syntax.OpAnyChar:
		return runeNode([]rune{0, unicode.MaxRune}, next)
	case syntax.OpBeginLine:
		return &node{op: opAssert, assert: syntax.EmptyBeginLine, next: next}
	case syntax.OpEndLine:
		return &node{op: opAssert, assert: syntax.EmptyEndLine, next: next}
	case syntax.OpBeginText:
		return &node{op: opAssert, assert: syntax.EmptyBeginText, next: next}
	case syntax.OpEndText:
		return &node{op: opAssert, assert: syntax.EmptyEndText, next: next}
	case syntax.OpWordBoundary:
		return &node{op: opAssert, assert: syntax.EmptyWordBoundary, next: next}
	case syntax.OpNoWordBoundary:
		return &node{op: opAssert, assert: syntax.EmptyNoWordBoundary, next: next}
	case syntax.OpCapture:
		end := &node{op: opCap, cap: 2*re.Cap + 1, next: next}
		return &node{op: opCap, cap: 2 * re.Cap, next: c.compile(re.Sub[0], end)}
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			next = c.compile(re.Sub[i], next)
		}
		return next
	case syntax.OpAlternate:
		n := &node{op: opAlt}
		for _, sub := range re.Sub {
			n.alts = append(n.alts, c.compile(sub, next))
		}
		return n
	case syntax.OpQuest:
		n := &node{op: opAlt}
		n.alts = []*node{c.compile(re.Sub[0], next), next}
		if re.Flags&syntax.NonGreedy != 0 {
			n.alts[0], n.alts[1] = n.alts[1], n.alts[0]
		}
		return n
	case syntax.OpStar, syntax.OpPlus:
		if nullable(re.Sub[0]) {
			c.ok = false // regexp's handling of empty iterations is its own
			return next
		}
		loop := &node{op: opAlt}
		body := c.compile(re.Sub[0], loop)
		loop.alts = []*node{body, next}
		if re.Flags&syntax.NonGreedy != 0 {
			loop.alts[0], loop.alts[1] = loop.alts[1], loop.alts[0]
		}
		if re.Op == syntax.OpPlus {
			return body
		}
		return loop
	}
	c.ok = false // OpRepeat (Simplify leaves none), OpNoMatch and the like
	return next
}

func runeNode(ranges []rune, next *node) *node {
	n := &node{op: opRune, next: next}
	for i := 0; i < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			n.ascii[r/32] |= 1 << (r % 32)
		}
		if hi >= utf8.RuneSelf {
			n.ranges = append(n.ranges, max(lo, utf8.RuneSelf), hi)
		}
	}
	return n
}

// nullable reports whether re may match "".
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpNoMatch:
		return re.Op == syntax.OpLiteral && len(re.Rune) == 0
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !nullable(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if nullable(sub) {
				return true
			}
		}
		return false
	}
	return true // empty matches, assertions, *, ?, repeats
}

// firsts fills in the dispatch tables of every alternation reachable from
// n, numbers them, and returns how many there are.
func (c *compiler) firsts(n *node) int {
	c.done = map[*node]bool{}
	nalt := 0
	var walk func(n *node)
	walk = func(n *node) {
		for ; n != nil && !c.done[n]; n = n.next {
			c.done[n] = true
			if n.op == opAlt {
				n.alt = nalt
				nalt++
				// The bytes each alternative may start with; nil: it may match
				// without reading one.
				firsts := make([]*[256]bool, len(n.alts))
				for i, a := range n.alts {
					var set [256]bool
					if firstBytes(a, &set, map[*node]bool{}) {
						firsts[i] = &set
					}
					walk(a)
				}
				if len(n.alts) <= 8 {
					n.mask = new([256]uint8)
					for i, f := range firsts {
						for b := range n.mask {
							if f == nil || f[b] {
								n.mask[b] |= 1 << i
							}
						}
						if f == nil {
							n.endMask |= 1 << i
						}
					}
				} else {
					n.dispatch = new([256][]uint16)
					for i, f := range firsts {
						for b := range n.dispatch {
							if f == nil || f[b] {
								n.dispatch[b] = append(n.dispatch[b], uint16(i))
							}
						}
						if f == nil {
							n.end = append(n.end, uint16(i))
						}
					}
				}
			}
		}
	}
	walk(n)
	return nalt
}

// firstBytes adds to set the bytes at which a match from n may start, and
// reports false if it may match without reading a byte (or cannot tell).
func firstBytes(n *node, set *[256]bool, seen map[*node]bool) bool {
	for ; ; n = n.next {
		if seen[n] {
			return false
		}
		seen[n] = true
		switch n.op {
		case opMatch:
			return false
		case opRune:
			for b := 0; b < utf8.RuneSelf; b++ {
				if n.ascii[b/32]&(1<<(b%32)) != 0 {
					set[b] = true
				}
			}
			if len(n.ranges) > 0 {
				// Any byte from 0x80 up may begin a rune of the ranges,
				// or be invalid UTF-8 read as U+FFFD.
				for b := utf8.RuneSelf; b < 256; b++ {
					set[b] = true
				}
			}
			return true
		case opLit:
			set[n.lit[0]] = true
			return true
		case opAlt:
			for _, a := range n.alts {
				if !firstBytes(a, set, seen) {
					return false
				}
			}
			return true
		}
		// opAssert, opCap: zero-width, look past them.
	}
}

// matchAt is Regexp.matchAt by p; false if the try took too many steps.
func (p *prog) matchAt(s string, at int, sub bool) ([]int, bool) {
	end, caps, ok, steps := p.exec(s, at, sub)
	if !ok {
		return nil, steps <= maxSteps
	}
	if !sub {
		return []int{at, end}, true
	}
	return caps, true
}

// end returns the end of a match starting at s[at], if ok; decided is
// false if the try took too many steps.
func (p *prog) end(s string, at int) (end int, ok, decided bool) {
	end, _, ok, steps := p.exec(s, at, false)
	return end, ok, ok || steps <= maxSteps
}

// exec tries p at s[at]: the match's end and, with sub, its submatch
// indices; ok is false if there is none or if the try took more than
// maxSteps steps, which steps tells.
func (p *prog) exec(s string, at int, sub bool) (end int, caps []int, ok bool, steps int) {
	m := matcher{s: s, at: at, nalt: p.nalt}
	if sub {
		// Most tries fail: the slots are kept on the stack while the try
		// runs, and copied to the heap only for a match. Declared here,
		// they are zeroed only for a try that wants them.
		var slots [16]int
		if p.ncap <= len(slots) {
			m.caps = slots[:p.ncap]
		} else {
			m.caps = make([]int, p.ncap)
		}
		for i := range m.caps {
			m.caps[i] = -1
		}
	}
	if !m.run(p.start, at) {
		return 0, nil, false, m.steps
	}
	if sub {
		m.caps[0], m.caps[1] = at, m.end
		caps = make([]int, len(m.caps))
		copy(caps, m.caps)
	}
	return m.end, caps, true, m.steps
}

// matcher is the state of one try.
type matcher struct {
	s     string
	caps  []int
	steps int
	end   int
	// A try that takes many steps (nested repeats: "(?:[a-z]+ ?){1,5}?"
	// splits a word in every way) remembers the alternations it has
	// entered at each position from at: one entered again there fails
	// again, as what matches from there depends on nothing before (no
	// repeat may match "", so no path enters it twice). This is the
	// visited set of regexp's backtracker; seen is nil until memoAfter
	// steps.
	at, nalt int
	seen     []uint64
}

// memoAfter is the number of steps after which a try remembers where it
// has been (matcher.seen); maxSeen bounds the bits it takes.
const (
	memoAfter = 256
	maxSeen   = 1 << 18
)

// run matches from n at s[i], and reports whether the rest of the
// expression matches there; the match's end is m.end.
func (m *matcher) run(n *node, i int) bool {
	s := m.s
	for {
		switch n.op {
		case opMatch:
			m.end = i
			return true
		case opLit:
			if len(s)-i < len(n.lit) || s[i:i+len(n.lit)] != n.lit {
				return false
			}
			i += len(n.lit)
		case opRune:
			if i >= len(s) {
				return false
			}
			if c := s[i]; c < utf8.RuneSelf {
				if n.ascii[c/32]&(1<<(c%32)) == 0 {
					return false
				}
				i++
			} else {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !inRanges(n.ranges, r) {
					return false
				}
				i += size
			}
		case opAssert:
			if !m.assert(n.assert, i) {
				return false
			}
		case opCap:
			if n.cap < len(m.caps) {
				old := m.caps[n.cap]
				m.caps[n.cap] = i
				if m.run(n.next, i) {
					return true
				}
				m.caps[n.cap] = old
				return false
			}
		case opAlt:
			// A step is an alternation entered: every repeat loops
			// through one, so they bound the work of a try, and the
			// nodes between them are not counted one by one.
			m.steps++
			if m.steps > maxSteps {
				return false
			}
			if m.seen != nil {
				k := uint(n.alt*(len(s)-m.at+1) + i - m.at)
				if m.seen[k/64]&(1<<(k%64)) != 0 {
					return false // failed from here before
				}
				m.seen[k/64] |= 1 << (k % 64)
			} else if m.steps > memoAfter && m.nalt*(len(s)-m.at+1) <= maxSeen {
				m.seen = make([]uint64, (m.nalt*(len(s)-m.at+1)+63)/64)
			}
			if n.mask != nil {
				bits := n.endMask
				if i < len(s) {
					bits = n.mask[s[i]]
				}
				if bits == 0 {
					return false
				}
				for bits&(bits-1) != 0 { // all but the last alternative that may match
					if m.run(n.alts[mbits.TrailingZeros8(bits)], i) {
						return true
					}
					if m.steps > maxSteps {
						return false
					}
					bits &= bits - 1
				}
				n = n.alts[mbits.TrailingZeros8(bits)]
				continue
			}
			cands := n.end
			if i < len(s) {
				cands = n.dispatch[s[i]]
			}
			if len(cands) == 0 {
				return false
			}
			last := len(cands) - 1
			for _, k := range cands[:last] {
				if m.run(n.alts[k], i) {
					return true
				}
				if m.steps > maxSteps {
					return false
				}
			}
			n = n.alts[cands[last]]
			continue
		}
		n = n.next
	}
}

func inRanges(ranges []rune, r rune) bool {
	for k := 0; k < len(ranges); k += 2 {
		if r < ranges[k] {
			return false
		}
		if r <= ranges[k+1] {
			return true
		}
	}
	return false
}

// assert is package regexp's zero-width assertions at s[i]: \b reads the
// runes on both sides, and only ASCII ones are word characters.
func (m *matcher) assert(a syntax.EmptyOp, i int) bool {
	s := m.s
	switch a {
	case syntax.EmptyWordBoundary, syntax.EmptyNoWordBoundary: // most of them: \b
		b := (i > 0 && wordBytes[s[i-1]]) != (i < len(s) && wordBytes[s[i]])
		return b == (a == syntax.EmptyWordBoundary)
	case syntax.EmptyBeginText:
		return i == 0
	case syntax.EmptyEndText:
		return i == len(s)
	case syntax.EmptyBeginLine:
		return i == 0 || s[i-1] == '\n'
	case syntax.EmptyEndLine:
		return i == len(s) || s[i] == '\n'
	}
	return false
}
