package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/briefgraph/briefgraph/extract/internal/scan"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// entity is one real-world entity named in a document.
type entity struct {
	iri         quad.IRI
	class       string
	name        string
	names       []string // other surface forms, in the order seen
	entry       *gazetteer.Entry
	jobTitle    string
	affiliation *entity
	country     *entity
	kind        string
	boxed       quad.Value // iri as a quad.Value, made once (see value)
}

// value returns the entity's IRI as a quad.Value, boxed once for all the
// quads that name it.
func (e *entity) value() quad.Value {
	if e.boxed == nil {
		e.boxed = e.iri
	}
	return e.boxed
}

func (e *entity) addName(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == e.name {
		return
	}
	for _, n := range e.names {
		if n == s {
			return
		}
	}
	e.names = append(e.names, s)
}

// actor is who an entity stands for when it gives or receives: a person
// acts for the body, organisation or country they represent.
func (e *entity) actor() *entity {
	if e != nil && e.class == voc.City {
		return e.country // aid sent "to Wuhan" is sent to China
	}
	if e == nil || e.class != voc.Person {
		return e
	}
	if e.affiliation != nil {
		return e.affiliation.actor()
	}
	return nil
}

// entities is a document's entity table: one node per real entity.
type entities struct {
	g       *gazetteer.Gazetteer
	byIRI   map[quad.IRI]*entity
	byEntry map[*gazetteer.Entry]*entity // what fromEntry returned, as it returns it again
	order   []*entity
	people  []*entity // the persons of order, in its order (an entity's class is set once)
}

func newEntities(g *gazetteer.Gazetteer) *entities {
	return &entities{g: g, byIRI: map[quad.IRI]*entity{}, byEntry: map[*gazetteer.Entry]*entity{}}
}

func (es *entities) get(iri quad.IRI, class, name string) *entity {
	if e, ok := es.byIRI[iri]; ok {
		return e
	}
	e := &entity{iri: iri, class: class, name: name}
	es.byIRI[iri] = e
	es.order = append(es.order, e)
	if class == voc.Person {
		es.people = append(es.people, e)
	}
	return e
}

// alias makes iri another name of e's, unless it names an entity already.
func (es *entities) alias(iri quad.IRI, e *entity) {
	if _, ok := es.byIRI[iri]; !ok {
		es.byIRI[iri] = e
	}
}

// fromEntry returns the entity for a gazetteer entry.
func (es *entities) fromEntry(en *gazetteer.Entry) *entity {
	if e := es.byEntry[en]; e != nil {
		return e
	}
	e := es.get(quad.IRI(voc.IDBase+en.ID), en.Class, en.Name)
	if e.entry == nil {
		e.entry, e.kind = en, en.Kind
		if (en.Class == voc.GovernmentOrganization || en.Class == voc.City) && en.Country != "" {
			e.country = es.country(en.Country)
		}
	}
	es.byEntry[en] = e
	return e
}

// country returns the entity of the country with ISO code iso2.
func (es *entities) country(iso2 string) *entity {
	if en := es.g.Entry("country/" + strings.ToLower(iso2)); en != nil {
		return es.fromEntry(en)
	}
	return nil
}

// person returns the person with this full name, creating it.
func (es *entities) person(name string) *entity {
	return es.get(personIRI(name), voc.Person, name)
}

// knownPerson returns the person with this full name if there is one.
func (es *entities) knownPerson(name string) *entity {
	if e := es.byIRI[personIRI(name)]; e != nil && e.class == voc.Person {
		return e
	}
	return nil
}

// personIRI is the IRI of the person with this full name.
func personIRI(name string) quad.IRI {
	return quad.IRI(voc.IDBase + "person/" + slug(name))
}

// persons returns the persons known so far, in the order they became
// known (a slice of es.people capped at its length: an append copies it).
func (es *entities) persons() []*entity {
	return es.people[:len(es.people):len(es.people)]
}

// byJobTitle returns the one person introduced with this title ("Prime
// Minister"), or nil.
func (es *entities) byJobTitle(title, heading string) *entity {
	var found []*entity
	for _, p := range es.persons() {
		jt, t := strings.ToLower(strings.TrimPrefix(p.jobTitle, "the ")), strings.ToLower(strings.TrimPrefix(title, "The "))
		// "Spokesperson:" is the "Official Spokesperson"; "Press Secretary:" the "Press Secretary".
		if jt != "" && (jt == t || strings.HasSuffix(jt, " "+t) || strings.HasSuffix(t, " "+jt)) {
			found = append(found, p)
		}
	}
	if len(found) > 1 { // several presidents named: the one in the heading speaks ("Remarks by President Trump")
		found = slices.DeleteFunc(found, func(p *entity) bool { return !strings.Contains(heading, lastWord(p.name)) })
	}
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// resolvePerson finds the person a short reference stands for ("Luo",
// "Mr. Luo", "Pompeo"): a known person with a name of more words that
// contains every word of the reference. It returns nil if none or several.
func (es *entities) resolvePerson(ref string) *entity {
	words := strings.Fields(ref)
	initial := false // "E. Papadaki" may name Eleni Papadaki, as many words as it has
	for _, w := range words {
		initial = initial || len(w) == 2 && w[1] == '.'
	}
	var found *entity
	var buf [8]string
	for _, p := range es.persons() {
		pw := buf[:0] // strings.Fields(p.name), without allocating for a short name
		for w := range strings.FieldsSeq(p.name) {
			pw = append(pw, w)
		}
		if len(pw) < len(words) || len(pw) == len(words) && (!initial || p.name == ref) {
			continue
		}
		all := true
		for _, w := range words {
			if !containsFold(pw, w) {
				all = false
				break
			}
		}
		if all {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

func containsFold(ws []string, w string) bool {
	if len(w) == 2 && w[1] == '.' { // an initial: "E. Papadaki" is Eleni Papadaki
		for _, x := range ws {
			if len(x) > 1 && strings.EqualFold(x[:1], w[:1]) {
				return true
			}
		}
		return false
	}
	for _, x := range ws {
		if x = strings.Trim(x, ".,"); strings.EqualFold(x, w) || strings.EqualFold(fold(x), fold(w)) {
			return true // "Mr. Jasarevic" is Tarik Jašarević, "Mr. Lærke" Jens Laerke
		}
	}
	return false
}

// slug makes an IRI path segment of a name: lower-case ASCII words joined by
// hyphens, accents removed ("Aleksandar Vučić" → "aleksandar-vucic").
func slug(s string) string {
	s = fold(s)
	var b strings.Builder
	b.Grow(len(s)) // a slug is never longer than the folded name: one allocation
	dash := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteByte(byte(r))
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r + 'a' - 'A'))
			dash = false
		case r == '\'' || r == '’' || r == '.':
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// sortMentions orders mentions by start, longest first on ties.
func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
}

// headed is a pattern whose matches end with one of a list of head words
// ("Ministry", "Foundation"): it runs only on text that contains one.
type headed struct {
	re    *scan.Regexp
	heads *scan.Regexp // the heads alone, found far faster than the pattern's matches
	// last is true when every match of re ends with one of the heads
	// (none ends otherwise, as orgRE's with "Co."): no match then starts
	// after the end of the heads' last match (see run.allHeaded).
	last bool
}

// newHeaded makes the pattern format % heads, the heads joined as alternatives.
func newHeaded(format string, heads ...string) headed {
	alts := strings.Join(heads, "|")
	return headed{re: scan.MustCompile(fmt.Sprintf(format, alts)), heads: scan.MustCompile(alts)}
}

// endsWithHead is h for a pattern every match of which ends with one of
// its heads (h.last).
func (h headed) endsWithHead() headed {
	h.last = true
	return h
}

// FindAllStringIndex is the pattern's regexp.FindAllStringIndex(s, -1).
func (h headed) FindAllStringIndex(s string) [][]int {
	if !h.heads.MatchString(s) {
		return nil
	}
	return h.re.FindAllStringIndex(s)
}
