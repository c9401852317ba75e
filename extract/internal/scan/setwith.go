package scan

// SetWith is a Set and one more expression whose matches are both wanted
// in the same text: AppendAll finds them in one pass over it, where a Set
// and the expression would read the text once each.
type SetWith struct {
	set Set
	x   *Regexp
	// both is the Set of the set's expressions and x: its filter (any)
	// lets by the positions where one of them may match; nil any if the
	// pass cannot be made (an expression without a filter, x with ^).
	both Set
}

// NewSetWith returns set and x searched in one pass.
func NewSetWith(set Set, x *Regexp) SetWith {
	w := SetWith{set: set, x: x}
	if set.any != nil && x.filter != nil && x.syn != nil && !x.anchored {
		w.both = NewSet(append(append([]*Regexp(nil), set.res...), x)...)
	}
	return w
}

// AppendAll appends to ms the set's FindAll(s), and to xs the bounds of
// x.FindAllStringIndex(s), two ints a match.
func (w SetWith) AppendAll(ms []Match, xs []int, s string) ([]Match, []int) {
	if w.both.any == nil {
		ms = append(ms, w.set.FindAll(s)...)
		for _, m := range w.x.FindAllStringIndex(s) {
			xs = append(xs, m[0], m[1])
		}
		return ms, xs
	}
	// Each is tried where its own search tries: the set (as Set.Next,
	// after its filter) from the end of its last match or the byte after
	// its start, x from the end of its last.
	set, x := w.set, w.x
	nextSet, nextX := 0, 0
	for p := 0; p < len(s); p++ {
		if p = w.both.any.skip(s, p); p >= len(s) {
			break
		}
		if p >= nextSet && set.any.may(s, p) {
			if m, ok := set.at(s, p); ok {
				ms = append(ms, m)
				nextSet = max(m.End, p+1)
			}
		}
		if p >= nextX && x.filter.may(s, p) {
			if e := x.tryEnd(s, p); e >= 0 {
				xs = append(xs, p, e)
				nextX = e // matches are never empty: "" is not a prefix
			}
		}
	}
	return ms, xs
}
