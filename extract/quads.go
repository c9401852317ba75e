package extract

import (
	"math/bits"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph/voc"
)

const xsdDate = "http://www.w3.org/2001/XMLSchema#date"

// runeIndex converts byte offsets of a text into code-point offsets, the
// offsets the graph records (what a reader in any language counts). It
// counts on from the previous offset asked, as offsets mostly come in order
// (or back from it, where that is shorter than from the start).
type runeIndex struct {
	text  string
	b, n  int  // the last offset asked and its code-point offset
	ascii bool // text is ASCII: every byte offset is its code-point offset
	valid bool // text is valid UTF-8
	exact bool // n is the number of runes before b: no count began or ended inside one
}

func newRuneIndex(text string) *runeIndex {
	ri := &runeIndex{text: text, ascii: isASCII(text), exact: true}
	ri.valid = ri.ascii || utf8.ValidString(text)
	return ri
}

func (ri *runeIndex) at(b int) int {
	if ri.ascii {
		return b
	}
	if b < ri.b {
		// Back from the last offset where that is shorter than from 0.
		if ri.valid && ri.exact && ri.b-b < b && ri.runeStart(b) {
			ri.n -= runeCount(ri.text[b:ri.b])
			ri.b = b
			return ri.n
		}
		ri.b, ri.n, ri.exact = 0, 0, true
	}
	if part := ri.text[ri.b:b]; ri.valid && ri.runeStart(ri.b) && ri.runeStart(b) {
		ri.n += runeCount(part) // valid UTF-8 itself
	} else {
		ri.n += utf8.RuneCountInString(part)
		ri.exact = false
	}
	ri.b = b
	return ri.n
}

// runeStart reports whether a rune of the text starts at b, or b is its end.
func (ri *runeIndex) runeStart(b int) bool {
	return b >= len(ri.text) || utf8.RuneStart(ri.text[b])
}

// runeCount is utf8.RuneCountInString(s) for valid UTF-8: the bytes that
// are no continuation byte (10xxxxxx), counted eight at a time.
func runeCount(s string) int {
	n, i := len(s), 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// A byte's bit 7 set and bit 6 clear: w<<1 moves bit 6 to bit 7.
		n -= bits.OnesCount64(w & 0x8080808080808080 &^ (w << 1))
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n--
		}
	}
	return n
}

var pageRE = regexp.MustCompile(`^(.+?)[-_](?:p|page)[-_]?(\d{1,3})$`)

// quads writes the document's facts, every one labelled with its IRI.
func (r *run) quads(name, hash string) []quad.Quad {
	qs := make([]quad.Quad, 0, 8+8*len(r.d.Turns)+12*len(r.seen)+16*len(r.actions))
	doc := r.doc
	// Every value is boxed once: the document, each predicate, each
	// subject (a quad.IRI passed as a quad.Value is boxed at every call).
	docV := quad.Value(doc)
	// The predicates are kept in a small direct-mapped cache: a
	// predicate is a constant, so its key compares by pointer, at once.
	var preds [64]struct {
		key string
		val quad.Value
	}
	// So are the classes, objects of voc.Type: constants too.
	iri := func(p string) quad.Value {
		h := len(p)
		if h > 0 {
			h = h*31 + int(p[h-1])
		}
		c := &preds[h&63]
		if c.key != p || c.val == nil {
			c.key, c.val = p, quad.IRI(p)
		}
		return c.val
	}
	add := func(s quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: iri(p), Object: o, Label: docV})
	}
	// So are string objects, in a cache like the predicates': most repeat
	// (aid types, modalities, CAMEO codes, kinds, names).
	var strs [256]struct {
		key string
		val quad.Value
	}
	str := func(s quad.Value, p, v string) {
		if v != "" {
			c := &strs[(len(v)*31+int(v[len(v)-1])+int(v[0])<<3)&255]
			if c.key != v || c.val == nil {
				c.key, c.val = v, quad.String(v)
			}
			add(s, p, c.val)
		}
	}

	add(docV, voc.Type, quad.IRI(voc.Document))
	str(docV, voc.Title, r.d.Title)
	date := ""
	var dateV quad.Value
	if !r.d.Date.IsZero() {
		date = r.d.Date.Format("2006-01-02")
		dateV = quad.TypedString{Value: quad.String(date), Type: xsdDate}
		add(docV, voc.Date, dateV)
	}
	if name != "" && name != "-" {
		str(docV, voc.Source, filepath.ToSlash(name))
	}
	str(docV, voc.ContentHash, hash)
	// Pages of one briefing ("…-p4") are linked to it.
	base := strings.TrimPrefix(string(doc), voc.IDBase+"doc/")
	if m := pageRE.FindStringSubmatch(base); m != nil {
		add(docV, voc.PartOf, quad.IRI(voc.IDBase+"briefing/"+m[1]))
		n, _ := strconv.Atoi(m[2])
		add(docV, voc.Position, quad.Int(n))
	}

	// The IRIs of turns, actions and sentences are written into one
	// buffer, each a slice of it: a Builder never changes the bytes it
	// has written, and the strings it gave out keep its old buffer when
	// it grows.
	var ib strings.Builder
	ib.Grow((len(doc) + 24) * (len(r.d.Turns) + 2*len(r.actions)))
	fragment := func(sep string, a, b int) quad.Value {
		start := ib.Len()
		ib.WriteString(string(doc))
		ib.WriteString(sep)
		var nb [20]byte
		ib.Write(strconv.AppendInt(nb[:0], int64(a), 10))
		if b >= 0 {
			ib.WriteByte(',')
			ib.Write(strconv.AppendInt(nb[:0], int64(b), 10))
		}
		return quad.IRI(ib.String()[start:])
	}

	// Turns, in order.
	turns := make([]quad.Value, len(r.d.Turns))
	for i, t := range r.d.Turns {
		turn := fragment("#turn-", i+1, -1)
		turns[i] = turn
		add(docV, voc.HasTurn, turn)
		add(turn, voc.Type, quad.IRI(voc.Turn))
		add(turn, voc.Ordinal, quad.Int(i+1))
		str(turn, voc.Role, t.Role.String())
		if p := r.speakers[i]; p != nil {
			add(turn, voc.Speaker, p.value())
		}
		if o := r.askers[i]; o != nil {
			add(turn, voc.Asker, o.value())
		}
		add(turn, voc.Start, quad.Int(r.runes.at(t.Start)))
		add(turn, voc.End, quad.Int(r.runes.at(t.End)))
	}

	// Entities.
	for _, e := range r.sortedEntities() {
		ev := e.value()
		add(docV, voc.Mentions, ev)
		add(ev, voc.Type, iri(e.class))
		str(ev, voc.Name, e.name)
		for n := range e.alternateNames {
			str(ev, voc.AlternateName, n)
		}
		if en := e.entry; en != nil {
			str(ev, voc.ISO2, en.ISO2)
			str(ev, voc.ISO3, en.ISO3)
			if en.Wikidata != "" {
				add(ev, voc.SameAs, quad.IRI(voc.WikidataNS+en.Wikidata))
			}
		}
		str(ev, voc.Kind, e.kind)
		str(ev, voc.JobTitle, e.jobTitle)
		if e.affiliation != nil {
			add(ev, voc.Affiliation, e.affiliation.value())
		}
		if e.country != nil && e.class == voc.GovernmentOrganization {
			add(ev, voc.CountryOf, e.country.value())
		}
	}

	// Aid actions and their evidence. Every quad so far was written once:
	// the document, its turns and its entities (one per IRI), each with
	// subjects of its own. So is each action (one recipient each) and each
	// of its evidence sentences, unless two sentences' spans make one IRI:
	// only then are the quads that follow deduplicated.
	once := len(qs)
	sentences := make(map[transcript.Span]quad.Value, len(r.actions))
	iris := make(map[[2]int]bool, len(r.actions)) // an IRI by its offsets, which are all that varies in it
	repeats := false
	sentence := func(sp transcript.Span, turn int) quad.Value {
		if iri, ok := sentences[sp]; ok {
			return iri
		}
		start, end := r.runes.at(sp.Start), r.runes.at(sp.End)
		// RFC 5147 fragment identifiers: code-point offsets into the text.
		iri := fragment("#char=", start, end)
		sentences[sp] = iri
		repeats = repeats || iris[[2]int{start, end}]
		iris[[2]int{start, end}] = true
		add(docV, voc.HasSentence, iri)
		add(iri, voc.Type, quad.IRI(voc.Sentence))
		add(iri, voc.Text, quad.String(r.d.Text[sp.Start:sp.End]))
		add(iri, voc.Start, quad.Int(start))
		add(iri, voc.End, quad.Int(end))
		add(iri, voc.InTurn, turns[turn])
		return iri
	}
	var evidence []quad.Value // an action's evidence so far, in an array shared by all
	for i, a := range r.actions {
		act := fragment("#aid-", i+1, -1)
		add(act, voc.Type, quad.IRI(voc.AidAction))
		add(act, voc.Provider, a.provider.value())
		for _, rc := range a.recipients {
			add(act, voc.Recipient, rc.value())
		}
		str(act, voc.AidType, a.Type)
		str(act, voc.Modality, a.Modality)
		str(act, voc.Cameo, a.Cameo)
		if a.Quantity != "" {
			str(act, voc.Quantity, a.Quantity)
			if a.Value != 0 {
				add(act, voc.QuantityValue, quad.Float(a.Value))
			}
		}
		if a.statedBy != nil {
			add(act, voc.StatedBy, a.statedBy.value())
		}
		if date != "" {
			add(act, voc.Date, dateV)
		}
		first := a.evidence[0]
		str(act, voc.Trigger, r.d.Text[first.Start+a.TriggerStart:first.Start+a.TriggerEnd])
		evidence = evidence[:0]
		for _, sp := range a.evidence {
			if iri := sentence(sp, a.turn); !slices.Contains(evidence, iri) {
				evidence = append(evidence, iri)
				add(act, voc.Evidence, iri)
			}
		}
	}
	if repeats {
		qs = qs[:once+len(dedupeQuads(qs[once:]))]
	}
	return qs
}

// alternateNames yields the entity's other known and seen names, each
// once: its entry's aliases and demonyms, then the names seen. The names
// are few: a name is a repeat if it stands earlier in them, which costs
// less to find than a set.
func (e *entity) alternateNames(yield func(string) bool) {
	var lists [3][]string
	if e.entry != nil {
		lists[0], lists[1] = e.entry.Aliases, e.entry.Demonyms
	}
	lists[2] = e.names
	for i, l := range lists {
		for j, n := range l {
			if n == "" || n == e.name || slices.Contains(l[:j], n) || slices.Contains(lists[0], n) && i > 0 || slices.Contains(lists[1], n) && i > 1 {
				continue
			}
			if !yield(n) {
				return
			}
		}
	}
}

// dedupeQuads drops repeated quads. The values made here (IRI, String,
// Int, Float, TypedString) are comparable and equal exactly when their
// N-Quads are, so the quad itself is the key: no N-Quad is built.
func dedupeQuads(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}
