package extract

import "github.com/briefgraph/briefgraph/extract/internal/scan"

// passREs are the expressions a sentence's mentions search the whole
// sentence for, whatever it says: they run in one pass over it
// (scan.Multi) rather than one pass each.
var passREs = []*scan.Regexp{ministryOfRE, bodyRE.heads, orgOfRE, orgRE.heads, acronymRE, pronounRE, objectPronounRE, shortRefRE}

var sentencePass = scan.NewMulti(passREs...)

// pass holds the matches of passREs in the sentence mentions reads.
type pass struct {
	text  string
	res   [][][]int
	taken uint64 // the results handed out: a second search runs again
}

// runPass finds the matches of passREs in text, for all and allHeaded.
func (r *run) runPass(text string) {
	r.pass = pass{text: text, res: sentencePass.AppendAll(r.pass.res, text)}
}

// all is x.FindAllStringIndex(text), taken from the pass over the
// sentence when text is that sentence and x one of passREs.
func (r *run) all(x *scan.Regexp, text string) [][]int {
	if text == r.pass.text && r.pass.res != nil {
		for i, y := range passREs {
			if y == x && r.pass.taken&(1<<i) == 0 {
				r.pass.taken |= 1 << i
				return r.pass.res[i]
			}
		}
	}
	return x.FindAllStringIndex(text)
}

// allHeaded is h.FindAllStringIndex(text), its heads looked for by all.
// Where every match ends with a head (h.last), none starts after the end
// of the heads' last match, which ends after every place where a head
// starts (that match's own, and any it overlaps; a later one would have
// been found): the positions after it are not tried.
func (r *run) allHeaded(h headed, text string) [][]int {
	heads := r.all(h.heads, text)
	if len(heads) == 0 {
		return nil
	}
	if h.last {
		return h.re.FindAllStringIndexBefore(text, heads[len(heads)-1][1])
	}
	return h.re.FindAllStringIndex(text)
}
