package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/internal/scan"
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
	g     *gazetteer.Gazetteer
	byIRI map[quad.IRI]*entity
	order []*entity
}

func newEntities(g *gazetteer.Gazetteer) *entities {
	return &entities{g: g, byIRI: map[quad.IRI]*entity{}}
}

func (es *entities) get(iri quad.IRI, class, name string) *entity {
	if e, ok := es.byIRI[iri]; ok {
		return e
	}
	e := &entity{iri: iri, class: class, name: name}
	es.byIRI[iri] = e
	es.order = append(es.order, e)
	return e
}

// fromEntry returns the entity for a gazetteer entry.
func (es *entities) fromEntry(en *gazetteer.Entry) *entity {
	e := es.get(quad.IRI(voc.IDBase+en.ID), en.Class, en.Name)
	if e.entry == nil {
		e.entry, e.kind = en, en.Kind
		if (en.Class == voc.GovernmentOrganization || en.Class == voc.City) && en.Country != "" {
			e.country = es.country(en.Country)
		}
	}
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
	return es.get(quad.IRI(voc.IDBase+"person/"+slug(name)), voc.Person, name)
}

// persons returns the persons known so far.
func (es *entities) persons() []*entity {
	var ps []*entity
	for _, e := range es.order {
		if e.class == voc.Person {
			ps = append(ps, e)
		}
	}
	return ps
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
	var found *entity
	for _, p := range es.persons() {
		pw := strings.Fields(p.name)
		if len(pw) <= len(words) {
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
	for _, x := range ws {
		if strings.EqualFold(strings.Trim(x, ".,"), w) {
			return true
		}
	}
	return false
}

// Person patterns.
var (
	nameWord = `\p{Lu}[\p{L}'’-]*\p{L}`
	// Names never run across a line break: a heading line is not part of the next.
	personNameRE = `(` + nameWord + `(?:[ \t]+(?:\p{Lu}\.[ \t]+)?(?:(?:bin|al|de|da|van|von|der|den|le|la|di|du|el|dos|das)[ \t]+)*` + nameWord + `){0,3})`
	honorificRE  = scan.MustCompile(`\b(?:Mr|Ms|Mrs|Madam|Dr|Prof|Professor)\.?[ \t]+` + personNameRE)
	// appositiveRE reads an introduction after a name: ", vice minister of the National Health Commission".
	appositiveRE = regexp.MustCompile(`^\s*,\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){0,5}?(?:minister|ministers|spokesperson|spokesman|spokeswoman|director|director-general|president|secretary|secretary-general|ambassador|head|chief|commissioner|chairman|chairwoman|chair|officer|official|representative|deputy|envoy|counselor|councilor|governor|mayor|premier|administrator|consul|professor|academician|expert|member|leader|researcher|physician|doctor|dean)(?:\s+general)?)\s+(?:of|at|from|with|for)\s+(?:the\s+)?`)
	// nameStop are capitalised words that end or cannot start a name.
	nameStop = map[string]bool{
		"The": true, "A": true, "An": true, "And": true, "In": true, "On": true, "At": true, "Of": true, "For": true,
		"To": true, "We": true, "I": true, "It": true, "This": true, "That": true, "He": true, "She": true, "They": true,
		"His": true, "Her": true, "Our": true, "Their": true, "Thank": true, "Thanks": true, "As": true, "But": true,
		"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
		"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
		"August": true, "September": true, "October": true, "November": true, "December": true, "Jan": true, "Feb": true,
		"Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true,
		"COVID-19": true, "Covid-19": true, "COVID": true, "Coronavirus": true, "Government": true, "Minister": true,
		"President": true, "Secretary": true, "General": true, "Ministry": true, "Embassy": true, "Airport": true,
		"Today": true, "Yesterday": true, "Tomorrow": true, "Also": true, "So": true, "Now": true, "Here": true, "There": true,
		"Chinese": true, "China": true, "Some": true, "Many": true, "All": true, "Since": true, "After": true, "Before": true,
	}
)

// cleanName trims a candidate person name at the first stop word and
// strips a possessive.
func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	ws := strings.Fields(s)
	for i, w := range ws {
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if nameStop[bare] {
			return strings.Join(ws[:i], " ")
		}
		ws[i] = bare
		if bare != w { // a possessive ends the name: "Geng Shuang's Regular Press Conference"
			return strings.Join(ws[:i+1], " ")
		}
	}
	return strings.Join(ws, " ")
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// isRole reports whether a would-be name is a post ("Medical Officer",
// "Prime" of "Chair Prime Minister").
func isRole(name string) bool {
	switch strings.Fields(name + " x")[0] {
	case "Prime", "Vice", "Deputy", "Acting", "Foreign", "Chief", "Senior", "Executive", "Assistant", "Under", "Special", "Permanent", "State":
		return true
	}
	switch lastWord(name) {
	case "Officer", "Minister", "Director", "Secretary", "Spokesperson", "Spokesman", "Commissioner", "Ambassador",
		"President", "Chairman", "Chairwoman", "Adviser", "Advisor", "Coordinator", "Representative", "Envoy",
		"General", "Counsellor", "Counselor", "Councilor", "Councillor", "Governor", "Mayor", "Premier", "Chief", "Head":
		return true
	}
	return false
}

// isAllCaps reports whether w has letters and all are upper-case.
func isAllCaps(w string) bool {
	has := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		has = has || unicode.IsLetter(r)
	}
	return has
}

// Government-body patterns.
var (
	capWord = `\p{Lu}[\p{L}'’&-]*`
	// ministryOfRE: "Ministry of Foreign Affairs", "Department of State",
	// "Ministry of Health of Italy".
	ministryOfRE = scan.MustCompile(`\b(?:Ministry|Department|Office|Secretariat|Embassy|Consulate(?:[- ]General)?|Permanent Mission) of (?:the )?` + capWord + `(?:,? (?:and |of |the |for |& )*` + capWord + `)*`)
	// bodyRE: "National Health Commission", "Foreign Ministry", "Chinese Embassy".
	bodyRE = newHeaded(`\b(?:`+capWord+`(?:\s+(?:and|of|for|&))?\s+){1,6}(?:%s)\b`,
		"Ministry", "Commission", "Administration", "Agency", "Bureau", "Office", "Department", "Council", "Authority", "Directorate",
		"Embassy", "Consulate(?:[- ]General)?", "Mission", "Government", "Armed Forces", "Army", "Navy", "Air Force", "Presidency")
	// inPlaceRE extends an embassy or consulate with where it is: " in Serbia".
	inPlaceRE = regexp.MustCompile(`^ (?:in|to) (?:the )?` + capWord + `(?: ` + capWord + `)*`)
	// acronymDefRE finds an acronym defined in parentheses right after a name.
	acronymDefRE = regexp.MustCompile(`^\s*\(([A-Z][A-Za-z&.]*[A-Z]\.?)\)`)
	pronounRE    = scan.MustCompile(`\b(?:[Ww]e|[Oo]ur|us|[Oo]urs|[Oo]urselves)\b`)
)

// canonicalBody gives a government body's canonical name: "Foreign Ministry"
// → "Ministry of Foreign Affairs", "Health Ministry" → "Ministry of Health".
func canonicalBody(name string) string {
	name = strings.TrimPrefix(name, "the ")
	if rest, ok := strings.CutSuffix(name, " Ministry"); ok && !strings.Contains(rest, " of ") {
		switch rest {
		case "Foreign":
			rest = "Foreign Affairs"
		case "Defence", "Defense":
			rest = "National Defense"
		}
		return "Ministry of " + rest
	}
	return name
}

// isGenericBody reports whether a body's name is one that every government
// has ("Ministry of Health"), so its country comes from context.
func isGenericBody(name string) bool {
	for _, p := range []string{"Ministry of ", "Department of ", "Office of ", "Embassy", "Consulate"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return strings.HasSuffix(name, " Ministry")
}

// slug makes an IRI path segment of a name: lower-case ASCII words joined by
// hyphens, accents removed ("Aleksandar Vučić" → "aleksandar-vucic").
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
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
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
}

// headed is a pattern whose matches end with one of a list of head words
// ("Ministry", "Foundation"): it runs only on text that contains one.
type headed struct {
	re    *regexp.Regexp
	heads []string // the literal start of each head
}

// newHeaded makes the pattern format % heads, the heads joined as alternatives.
func newHeaded(format string, heads ...string) headed {
	h := headed{re: regexp.MustCompile(fmt.Sprintf(format, strings.Join(heads, "|")))}
	for _, head := range heads {
		lit, _ := regexp.MustCompile(head).LiteralPrefix()
		h.heads = append(h.heads, lit)
	}
	return h
}

// FindAllStringIndex is the pattern's regexp.FindAllStringIndex(s, -1).
func (h headed) FindAllStringIndex(s string) [][]int {
	for _, head := range h.heads {
		if strings.Contains(s, head) {
			return h.re.FindAllStringIndex(s, -1)
		}
	}
	return nil
}
