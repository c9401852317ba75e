package scan

// Multi is a list of expressions whose matches are all wanted in the same
// text: FindAll runs them in one pass over it, each tried only where its
// own filter lets a position by, instead of one pass each.
type Multi struct {
	res []*Regexp
	set Set    // the union of the filters of those in the pass
	in  []bool // in the pass: a filter, no ^ (the others are run alone)
}

// NewMulti returns the expressions res run in one pass.
func NewMulti(res ...*Regexp) Multi {
	m := Multi{res: res, in: make([]bool, len(res))}
	var pass []*Regexp
	for i, x := range res {
		if x.filter != nil && x.syn != nil && !x.anchored {
			m.in[i] = true
			pass = append(pass, x)
		}
	}
	m.set = NewSet(pass...)
	return m
}

// FindAll returns, for each expression in order, its FindAllStringIndex(s).
func (m Multi) FindAll(s string) [][][]int {
	return m.AppendAll(nil, s)
}

// AppendAll is FindAll appending to out[:0], whose elements it overwrites.
func (m Multi) AppendAll(out [][][]int, s string) [][][]int {
	out = append(out[:0], make([][][]int, len(m.res))...)
	// bounds holds the bounds of the matches of each expression in the
	// pass, next where its next match may start (the end of its last).
	var bounds [][]int
	var next []int
	var bbuf [8][]int
	var nbuf [8]int
	if n := len(m.set.res); n <= len(nbuf) {
		bounds, next = bbuf[:n], nbuf[:n]
	} else {
		bounds, next = make([][]int, n), make([]int, n)
	}
	if len(m.set.res) > 0 {
		f := m.set.any
		for p := 0; p < len(s); p++ {
			if f != nil {
				if p = f.skip(s, p); p >= len(s) {
					break
				}
			}
			// Each expression that may start there, as in Set.Next, but
			// all of them, each after the end of its own last match: the
			// positions each one tries are those of its own search.
			for _, i := range m.set.byFirst[s[p]] {
				x := m.set.res[i]
				if p < next[i] || !x.filter.may(s, p) {
					continue
				}
				if e := x.tryEnd(s, p); e >= 0 {
					bounds[i] = append(bounds[i], p, e)
					next[i] = e // matches are never empty: "" is not a prefix
				}
			}
		}
	}
	k := 0
	for i, x := range m.res {
		if !m.in[i] {
			out[i] = x.FindAllStringIndex(s)
			continue
		}
		if b := bounds[k]; len(b) > 0 {
			ms := make([][]int, len(b)/2)
			for j := range ms {
				ms[j] = b[2*j : 2*j+2 : 2*j+2]
			}
			out[i] = ms
		}
		k++
	}
	return out
}
