package explore

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	bggraph "github.com/briefgraph/briefgraph/graph"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// nid is a node's number in an index; none means "absent".
type nid int32

const none nid = -1

// edge is one quad seen from one of its ends: the predicate, the node at the
// other end and the quad's label.
type edge struct{ p, n, label nid }

// kind is the class of a node that the explorer cares about.
type kind uint8

const (
	kindOther kind = iota
	kindPerson
	kindGov
	kindCountry
	kindOrg
	kindPlace
	kindAid
	kindDocument
	kindTurn
	kindSentence
)

// kindOfClass maps class IRIs to kinds; the order of entity classes is the
// precedence when a node has several types.
var kindOfClass = map[string]kind{
	voc.Person:                 kindPerson,
	voc.GovernmentOrganization: kindGov,
	voc.Country:                kindCountry,
	voc.Organization:           kindOrg,
	voc.Place:                  kindPlace,
	voc.AidAction:              kindAid,
	voc.Document:               kindDocument,
	voc.Turn:                   kindTurn,
	voc.Sentence:               kindSentence,
}

// className returns the local name of a kind's class.
func (k kind) className() string {
	switch k {
	case kindPerson:
		return "Person"
	case kindGov:
		return "GovernmentOrganization"
	case kindCountry:
		return "Country"
	case kindOrg:
		return "Organization"
	case kindPlace:
		return "Place"
	case kindAid:
		return "AidAction"
	case kindDocument:
		return "Document"
	case kindTurn:
		return "Turn"
	case kindSentence:
		return "Sentence"
	}
	return ""
}

func (k kind) isEntity() bool { return k >= kindPerson && k <= kindPlace }

// preds holds the node numbers of the vocabulary's predicates in one index.
type preds struct {
	typ, name, altName, sameAs, iso2, iso3, jobTitle, affiliation, countryOf, orgKind                              nid
	provider, recipient, aidType, quantity, quantityValue, modality, statedBy, cameo, date, evidence, trigger      nid
	title, source, hasTurn, hasSentence, ordinal, role, speaker, asker, inTurn, text, start, end, mentions, partOf nid
}

// searchKey is one entity's lower-cased names for search.
type searchKey struct {
	n    nid
	keys []string // name first, then alternate names and codes
}

// index is an immutable snapshot of a store.
type index struct {
	gen  uint64
	vals []quad.Value
	ids  map[quad.Value]nid
	out  [][]edge // by subject
	in   [][]edge // by object
	kind []kind
	pvia []Via // for predicates: the kind of path edge they are
	p    preds

	entities  []searchKey   // every entity, sorted by name
	documents []nid         // sorted by date then title
	facts     map[nid][]nid // document → aid actions typed in its named graph

	docsOnce sync.Once // computes docs, the document list, on first use
	docs     []DocSummary
	aid      sync.Map // nid → *aidList, an entity's sorted aid actions
	docRefs  map[nid]DocRef

	overviewOnce sync.Once // computes overviewData, the aggregated aid graph, on first use
	overviewData *overviewData
}

// build reads every quad of qs into a new index.
func build(ctx context.Context, qs graph.QuadStore, gen uint64) (*index, error) {
	ix := &index{gen: gen, ids: make(map[quad.Value]nid)}
	intern := func(v quad.Value) nid {
		if v == nil {
			return none
		}
		if n, ok := ix.ids[v]; ok {
			return n
		}
		n := nid(len(ix.vals))
		ix.vals = append(ix.vals, v)
		ix.ids[v] = n
		return n
	}
	type q4 struct{ s, p, o, l nid }
	var all []q4
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("explore: read quad: %w", err)
		}
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			continue
		}
		if len(ix.vals) >= math.MaxInt32-4 {
			return nil, fmt.Errorf("explore: store too large to index")
		}
		all = append(all, q4{intern(q.Subject), intern(q.Predicate), intern(q.Object), intern(q.Label)})
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("explore: scan store: %w", err)
	}
	n := len(ix.vals)
	outDeg, inDeg := make([]int32, n), make([]int32, n)
	for _, q := range all {
		outDeg[q.s]++
		inDeg[q.o]++
	}
	// One backing array per direction keeps the index to two allocations.
	outBuf, inBuf := make([]edge, len(all)), make([]edge, len(all))
	ix.out, ix.in = make([][]edge, n), make([][]edge, n)
	var oo, io int32
	for i := 0; i < n; i++ {
		ix.out[i] = outBuf[oo : oo : oo+outDeg[i]]
		ix.in[i] = inBuf[io : io : io+inDeg[i]]
		oo += outDeg[i]
		io += inDeg[i]
	}
	for _, q := range all {
		ix.out[q.s] = append(ix.out[q.s], edge{q.p, q.o, q.l})
		ix.in[q.o] = append(ix.in[q.o], edge{q.p, q.s, q.l})
	}
	ix.pvia = make([]Via, n)
	for _, q := range all {
		if iri, ok := ix.vals[q.p].(quad.IRI); ok && ix.pvia[q.p] == 0 {
			ix.pvia[q.p] = predVia(string(iri))
		}
	}
	ix.p = ix.resolvePreds()
	ix.classify()
	return ix, nil
}

func (ix *index) lookupIRI(s string) nid {
	if n, ok := ix.ids[quad.IRI(s)]; ok {
		return n
	}
	return none
}

func (ix *index) resolvePreds() preds {
	l := ix.lookupIRI
	return preds{
		typ: l(voc.Type), name: l(voc.Name), altName: l(voc.AlternateName), sameAs: l(voc.SameAs),
		iso2: l(voc.ISO2), iso3: l(voc.ISO3), jobTitle: l(voc.JobTitle), affiliation: l(voc.Affiliation),
		countryOf: l(voc.CountryOf), orgKind: l(voc.Kind),
		provider: l(voc.Provider), recipient: l(voc.Recipient), aidType: l(voc.AidType), quantity: l(voc.Quantity),
		quantityValue: l(voc.QuantityValue), modality: l(voc.Modality), statedBy: l(voc.StatedBy), cameo: l(voc.Cameo),
		date: l(voc.Date), evidence: l(voc.Evidence), trigger: l(voc.Trigger),
		title: l(voc.Title), source: l(voc.Source), hasTurn: l(voc.HasTurn), hasSentence: l(voc.HasSentence),
		ordinal: l(voc.Ordinal), role: l(voc.Role), speaker: l(voc.Speaker), asker: l(voc.Asker), inTurn: l(voc.InTurn),
		text: l(voc.Text), start: l(voc.Start), end: l(voc.End), mentions: l(voc.Mentions), partOf: l(voc.PartOf),
	}
}

// classify sets each node's kind and builds the search and document lists.
func (ix *index) classify() {
	ix.kind = make([]kind, len(ix.vals))
	ix.facts = make(map[nid][]nid)
	if ix.p.typ == none {
		return
	}
	for s := range ix.out {
		for _, e := range ix.out[s] {
			if e.p != ix.p.typ {
				continue
			}
			iri, ok := ix.vals[e.n].(quad.IRI)
			if !ok {
				continue
			}
			k, ok := kindOfClass[string(iri)]
			if !ok {
				continue
			}
			// Entity classes win over structure classes; among entity
			// classes the first listed in the vocabulary wins.
			if k == kindAid && e.label != none {
				ix.facts[e.label] = append(ix.facts[e.label], nid(s))
			}
			if cur := ix.kind[s]; cur == kindOther || (k.isEntity() && (!cur.isEntity() || k < cur)) {
				ix.kind[s] = k
			}
		}
	}
	for i, k := range ix.kind {
		n := nid(i)
		switch {
		case k.isEntity():
			sk := searchKey{n: n, keys: []string{strings.ToLower(ix.name(n))}}
			for _, p := range []nid{ix.p.altName, ix.p.iso2, ix.p.iso3} {
				for _, v := range ix.objects(n, p) {
					sk.keys = append(sk.keys, strings.ToLower(bggraph.Literal(ix.vals[v])))
				}
			}
			ix.entities = append(ix.entities, sk)
		case k == kindDocument:
			ix.documents = append(ix.documents, n)
		}
	}
	sort.Slice(ix.entities, func(i, j int) bool {
		a, b := ix.entities[i], ix.entities[j]
		if a.keys[0] != b.keys[0] {
			return a.keys[0] < b.keys[0]
		}
		return ix.iri(a.n) < ix.iri(b.n)
	})
	ix.docRefs = make(map[nid]DocRef, len(ix.documents))
	for _, d := range ix.documents {
		ix.docRefs[d] = ix.docRef(d)
	}
	sort.Slice(ix.documents, func(i, j int) bool {
		a, b := ix.documents[i], ix.documents[j]
		da, db := ix.str(a, ix.p.date), ix.str(b, ix.p.date)
		if da != db {
			return da < db
		}
		return ix.iri(a) < ix.iri(b)
	})
}

// objects returns the objects of n's quads with predicate p.
func (ix *index) objects(n, p nid) []nid {
	if n == none || p == none {
		return nil
	}
	var out []nid
	for _, e := range ix.out[n] {
		if e.p == p {
			out = append(out, e.n)
		}
	}
	return out
}

// first returns the first object of n with predicate p, or none.
func (ix *index) first(n, p nid) nid {
	if n == none || p == none {
		return none
	}
	for _, e := range ix.out[n] {
		if e.p == p {
			return e.n
		}
	}
	return none
}

// firstSubject returns the first subject of a quad (?, p, n), or none.
func (ix *index) firstSubject(n, p nid) nid {
	if n == none || p == none {
		return none
	}
	for _, e := range ix.in[n] {
		if e.p == p {
			return e.n
		}
	}
	return none
}

// str returns the first object of n with predicate p as text.
func (ix *index) str(n, p nid) string {
	o := ix.first(n, p)
	if o == none {
		return ""
	}
	return bggraph.Literal(ix.vals[o])
}

// num returns the first object of n with predicate p as a number.
func (ix *index) num(n, p nid) (float64, bool) {
	o := ix.first(n, p)
	if o == none {
		return 0, false
	}
	switch v := ix.vals[o].(type) {
	case quad.Int:
		return float64(v), true
	case quad.Float:
		return float64(v), true
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(bggraph.Literal(ix.vals[o])), 64)
	return f, err == nil
}

// iri returns n's IRI (or the string form of another value).
func (ix *index) iri(n nid) string {
	if n == none {
		return ""
	}
	switch v := ix.vals[n].(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	}
	return bggraph.Literal(ix.vals[n])
}

// name returns n's display name: its schema:name, a document's title, an aid
// action's type, or the last segment of its IRI.
func (ix *index) name(n nid) string {
	if s := ix.str(n, ix.p.name); s != "" {
		return s
	}
	switch ix.kind[n] {
	case kindDocument:
		if s := ix.str(n, ix.p.title); s != "" {
			return s
		}
	case kindAid:
		if s := ix.str(n, ix.p.aidType); s != "" {
			return strings.ReplaceAll(bggraph.LocalName(s), "_", " ")
		}
	case kindTurn:
		if o, ok := ix.num(n, ix.p.ordinal); ok {
			return "turn " + strconv.Itoa(int(o))
		}
	case kindSentence:
		if s := ix.str(n, ix.p.text); s != "" {
			return s
		}
	}
	return bggraph.LocalName(ix.iri(n))
}

// ref returns the short description of a node used in every response.
func (ix *index) ref(n nid) NodeRef {
	return NodeRef{ID: ix.iri(n), Name: ix.name(n), Class: ix.kind[n].className()}
}

// refp is ref for optional nodes: nil for none.
func (ix *index) refp(n nid) *NodeRef {
	if n == none {
		return nil
	}
	r := ix.ref(n)
	return &r
}

// isNode reports whether a value is a graph node (IRI or blank node) rather
// than a literal.
func (ix *index) isNode(n nid) bool {
	switch ix.vals[n].(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}
