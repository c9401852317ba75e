// Package eval scores extracted quads against a hand annotation (a gold
// file) of the same document. It is the Go twin of the project's reference
// scorer, ../shared/eval/score, and follows its matching rules exactly, so a
// figure printed by "briefgraph eval" is the figure the reference prints:
//
//   - Entities are matched per class (Person: the gold speakers and persons;
//     GovernmentOrganization; Country; Organization; Place). A predicted
//     entity is a subject with a "type" whose local name is the class; it
//     matches a gold entity when one of its schema:name or
//     schema:alternateName literals equals one of the gold entity's name and
//     aliases after normalisation (lower case, punctuation removed, a leading
//     "the", "mr", "ms", "mrs" or "dr" removed).
//   - Speakers are the distinct objects of any "speaker" predicate, matched
//     against the gold speakers by name.
//   - Aid actions are the distinct (provider, recipient, aidType) triples of
//     the AidAction nodes; an action matches a gold one when its provider's
//     and recipient's names meet the alias sets of the gold provider and
//     recipient and, for the typed figure, its aidType's local name equals
//     the gold type ("medical_team" = "medicalTeam").
//   - Matching is one-to-one and greedy in gold order: a second node for one
//     real entity (a duplicate) is spurious.
//
// Predicates, classes and IRI-valued aidTypes are compared by local name
// (after the last "#" or "/", case and "_"/"-" ignored), as in
// graph/voc's contract.
package eval

import (
	"fmt"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"
)

// Classes are the entity classes scored, in the order of the report, with
// the gold lists that make up each.
var classes = []struct {
	name string
	keys []string
}{
	{"Person", []string{"speakers", "persons"}},
	{"GovernmentOrganization", []string{"government_bodies"}},
	{"Country", []string{"countries"}},
	{"Organization", []string{"organisations"}},
	{"Place", []string{"regions"}},
}

// ClassNames returns the entity classes scored, in report order.
func ClassNames() []string {
	out := make([]string, len(classes))
	for i, c := range classes {
		out[i] = c.name
	}
	return out
}

// aidTypes is the closed set of aidType local names (folded).
var aidTypes = map[string]bool{"medicalteam": true, "supplies": true, "funding": true, "expertexchange": true,
	"knowledgesharing": true, "researchcooperation": true, "other": true}

// graph indexes quads by subject, in order of first appearance, and by the
// folded local name of their predicate.
type graph struct {
	order []string
	out   map[string]*node
	memo  map[string]map[string]bool // names by node
}

type node struct {
	v     quad.Value
	preds map[string][]quad.Value
}

func newGraph(quads []quad.Quad) *graph {
	g := &graph{out: map[string]*node{}, memo: map[string]map[string]bool{}}
	for _, q := range quads {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			continue // not writable as N-Quads: the reference never sees it
		}
		key := q.Subject.String()
		n := g.out[key]
		if n == nil {
			n = &node{v: q.Subject, preds: map[string][]quad.Value{}}
			g.out[key] = n
			g.order = append(g.order, key)
		}
		p := local(q.Predicate)
		n.preds[p] = append(n.preds[p], q.Object)
	}
	return g
}

// nodesOf returns the subjects typed cls, in order of first appearance.
func (g *graph) nodesOf(cls string) []string {
	want := fold(cls)
	var out []string
	for _, key := range g.order {
		if slices.ContainsFunc(g.out[key].preds["type"], func(t quad.Value) bool { return local(t) == want }) {
			out = append(out, key)
		}
	}
	return out
}

// names returns the normalised name and alternateName literals of a node;
// the set is shared, callers must not change it.
func (g *graph) names(key string) map[string]bool {
	if got, ok := g.memo[key]; ok {
		return got
	}
	got := map[string]bool{}
	g.memo[key] = got
	n := g.out[key]
	if n == nil {
		return got
	}
	for _, p := range [...]string{"name", "alternatename"} {
		for _, t := range n.preds[p] {
			if isLiteral(t) {
				if s := norm(lexical(t)); s != "" {
					got[s] = true
				}
			}
		}
	}
	return got
}

// label is how the report shows a node: its sorted names, or its N-Quads form.
func (g *graph) label(key string) string {
	ns := sortedKeys(g.names(key))
	if len(ns) == 0 {
		ns = []string{key}
	}
	return pyList(ns)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func goldNames(e Entity) map[string]bool {
	out := map[string]bool{}
	for _, n := range e.Names() {
		if s := norm(n); s != "" {
			out[s] = true
		}
	}
	return out
}

func meets(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// match pairs gold items with predicted ones, one-to-one, greedily in gold
// order; it returns the number of pairs, the missed gold indexes and the
// spurious predicted indexes.
func match(ngold, npred int, same func(g, p int) bool) (pairs int, missed, spurious []int) {
	used := make([]bool, npred)
	for gi := 0; gi < ngold; gi++ {
		hit := -1
		for pi := 0; pi < npred; pi++ {
			if !used[pi] && same(gi, pi) {
				hit = pi
				break
			}
		}
		if hit < 0 {
			missed = append(missed, gi)
			continue
		}
		used[hit] = true
		pairs++
	}
	for pi, u := range used {
		if !u {
			spurious = append(spurious, pi)
		}
	}
	return pairs, missed, spurious
}

// predAction is one (provider, recipient, aidType) of the predicted graph:
// provider and recipient as N-Quads terms, the type as a folded local name.
type predAction struct{ provider, recipient, typ string }

// Score compares the quads extracted from one document with its gold
// annotation. A nil gold scores against an empty annotation. Quads with a
// nil subject, predicate or object are ignored.
func Score(gold *Gold, quads []quad.Quad) *Report {
	if gold == nil {
		gold = &Gold{}
	}
	g := newGraph(quads)
	r := &Report{}

	// Any gold name → the names of every gold entity that has it.
	alias := map[string]map[string]bool{}
	for _, key := range entityKeys {
		for _, e := range gold.list(key) {
			ns := goldNames(e)
			for n := range ns {
				if alias[n] == nil {
					alias[n] = map[string]bool{}
				}
				for m := range ns {
					alias[n][m] = true
				}
			}
		}
	}

	var total Figures
	for _, c := range classes {
		var gitems []Entity
		for _, k := range c.keys {
			gitems = append(gitems, gold.list(k)...)
		}
		pitems := g.nodesOf(c.name)
		gnames := make([]map[string]bool, len(gitems))
		for i, e := range gitems {
			gnames[i] = goldNames(e)
		}
		pnames := make([]map[string]bool, len(pitems))
		for i, k := range pitems {
			pnames[i] = g.names(k)
		}
		pairs, missed, spurious := match(len(gitems), len(pitems), func(gi, pi int) bool { return meets(gnames[gi], pnames[pi]) })
		r.Classes = append(r.Classes, ClassFigures{Class: c.name, Figures: figures(len(gitems), len(pitems), pairs)})
		total.Gold += len(gitems)
		total.Pred += len(pitems)
		total.Match += pairs
		for _, i := range missed {
			r.Lines = append(r.Lines, Line{Kind: Missed, Category: c.name, Text: gitems[i].Name})
		}
		for _, i := range spurious {
			r.Lines = append(r.Lines, Line{Kind: Spurious, Category: c.name, Text: g.label(pitems[i])})
		}
	}
	r.Entities = figures(total.Gold, total.Pred, total.Match)

	// Speakers: the distinct objects of any "speaker" predicate.
	spk := map[string]bool{}
	for _, key := range g.order {
		for _, o := range g.out[key].preds["speaker"] {
			spk[o.String()] = true
		}
	}
	speakers := sortedKeys(spk)
	{
		pnames := make([]map[string]bool, len(speakers))
		for i, k := range speakers {
			pnames[i] = g.names(k)
		}
		pairs, missed, spurious := match(len(gold.Speakers), len(speakers), func(gi, pi int) bool {
			return meets(goldNames(gold.Speakers[gi]), pnames[pi])
		})
		r.Speakers = figures(len(gold.Speakers), len(speakers), pairs)
		for _, i := range missed {
			r.Lines = append(r.Lines, Line{Kind: Missed, Category: "speaker", Text: gold.Speakers[i].Name})
		}
		for _, i := range spurious {
			r.Lines = append(r.Lines, Line{Kind: Spurious, Category: "speaker", Text: g.label(speakers[i])})
		}
	}

	// Aid actions.
	seen := map[predAction]bool{}
	var pred []predAction
	for _, key := range g.nodesOf("AidAction") {
		ps := g.out[key].preds
		var types []string
		for _, t := range ps["aidtype"] {
			types = append(types, local(t))
		}
		if len(types) == 0 {
			types = []string{"(none)"}
		}
		for _, pv := range ps["provider"] {
			for _, rc := range ps["recipient"] {
				for _, t := range types {
					a := predAction{pv.String(), rc.String(), t}
					if !seen[a] {
						seen[a] = true
						pred = append(pred, a)
					}
				}
			}
		}
	}
	sort.Slice(pred, func(i, j int) bool {
		a, b := pred[i], pred[j]
		if a.provider != b.provider {
			return a.provider < b.provider
		}
		if a.recipient != b.recipient {
			return a.recipient < b.recipient
		}
		return a.typ < b.typ
	})
	ends := func(name string) map[string]bool {
		n := norm(name)
		if s, ok := alias[n]; ok {
			return s
		}
		return map[string]bool{n: true}
	}
	sameEnds := func(gi, pi int) bool {
		ga, pa := gold.AidActions[gi], pred[pi]
		return meets(ends(ga.Provider), g.names(pa.provider)) && meets(ends(ga.Recipient), g.names(pa.recipient))
	}
	typed, aMissed, aSpurious := match(len(gold.AidActions), len(pred), func(gi, pi int) bool {
		return sameEnds(gi, pi) && fold(pyLiteral(`"`+gold.AidActions[gi].Type+`"`)) == pred[pi].typ
	})
	untyped, _, _ := match(len(gold.AidActions), len(pred), sameEnds)
	r.Actions = figures(len(gold.AidActions), len(pred), typed)
	r.ActionEnds = figures(len(gold.AidActions), len(pred), untyped)
	for _, i := range aMissed {
		a := gold.AidActions[i]
		r.Lines = append(r.Lines, Line{Kind: Missed, Category: "action", Text: fmt.Sprintf("%s -> %s [%s]", a.Provider, a.Recipient, a.Type)})
	}
	for _, i := range aSpurious {
		a := pred[i]
		r.Lines = append(r.Lines, Line{Kind: Spurious, Category: "action", Text: fmt.Sprintf("%s -> %s [%s]", g.label(a.provider), g.label(a.recipient), a.typ)})
	}
	bad := map[string]bool{}
	for _, a := range pred {
		if !aidTypes[a.typ] {
			bad[a.typ] = true
		}
	}
	if len(bad) > 0 {
		r.BadTypes = sortedKeys(bad)
	}
	return r
}

// figures computes precision, recall and F1 as the reference does: with no
// prediction, precision is 1 when there is no gold either, else 0; recall
// likewise; F1 is 0 when precision and recall are both 0.
func figures(gold, pred, match int) Figures {
	f := Figures{Gold: gold, Pred: pred, Match: match}
	switch {
	case pred > 0:
		f.P = float64(match) / float64(pred)
	case gold == 0:
		f.P = 1
	}
	switch {
	case gold > 0:
		f.R = float64(match) / float64(gold)
	case pred == 0:
		f.R = 1
	}
	if f.P+f.R != 0 {
		f.F1 = 2 * f.P * f.R / (f.P + f.R)
	}
	return f
}
