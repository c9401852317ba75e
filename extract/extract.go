// Package extract turns the text of a press-briefing transcript into quads of
// the briefgraph vocabulary (package graph/voc): the document and its turns,
// the speakers, persons, government bodies, countries, regions and
// organisations it mentions, and the aid actions it reports, each traceable to
// the sentence and speaker it came from.
//
// The pipeline has one package per stage: transcript reads the structure,
// gazetteer finds known names, event reads aid actions from a sentence; this
// package resolves entities across a document and writes the quads.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract/event"
	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// Input is one transcript to extract.
type Input struct {
	// Name is the input's name: a file path, a URL or "-". The document's
	// IRI is made from its base name, so the same file always gets the same IRI.
	Name string
	// Data is the raw transcript: plain UTF-8 text or a saved HTML page.
	Data []byte
	// Country is the ISO 3166-1 alpha-2 code of the government giving the
	// briefing, when the caller knows it; otherwise it is inferred.
	Country string
}

// Result is what Extract found in one document.
type Result struct {
	// Doc is the document's IRI, the label of every quad in Quads.
	Doc quad.IRI
	// Hash is the hex SHA-256 of the document's raw bytes.
	Hash string
	// Quads are the document's facts, every one labelled Doc, in a stable order.
	Quads []quad.Quad
}

// Extractor extracts documents. It is immutable and safe for concurrent use.
type Extractor struct {
	g            *gazetteer.Gazetteer
	titleRE      *regexp.Regexp // title then name
	titleCommaRE *regexp.Regexp // title, comma, name
	bylineRE     *regexp.Regexp // a line of name, comma, title
}

// New returns an Extractor using the gazetteers embedded from data/.
func New() (*Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the gazetteers: %w", err)
	}
	return NewWith(g), nil
}

// NewWith returns an Extractor using the gazetteer g.
func NewWith(g *gazetteer.Gazetteer) *Extractor {
	var alts []string
	for _, t := range g.Titles() {
		alts = append(alts, titlePattern(t))
	}
	if len(alts) == 0 {
		alts = []string{"President", "Minister", "Premier", "Secretary"}
	}
	// "President Aleksandar Vucic", "Foreign Minister Wang Yi", "Director-General Tedros".
	re := regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `)[ \t]+` + personNameRE)
	// "The Prime Minister, Helen Ashworth," and "the Chief Medical Officer, Professor Mark Reddy".
	comma := regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `),[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Madam|Prof|Professor)\.?[ \t]+)?` + personNameRE)
	// A heading line "Michael R. Pompeo, Secretary of State".
	byline := regexp.MustCompile(`(?m)^[ \t]*` + personNameRE + `,[ \t]+(?:the[ \t]+)?((?:[A-Z][\w-]*[ \t]+)*(?:` + strings.Join(alts, "|") + `)(?:[ \t]+of(?:[ \t]+[A-Z][\w-]*)+)?)[ \t]*$`)
	return &Extractor{g: g, titleRE: re, titleCommaRE: comma, bylineRE: byline}
}

// titlePattern matches a title with its first letter in either case and the
// rest as written ("President", "vice minister" → "Vice minister").
func titlePattern(t string) string {
	q := regexp.QuoteMeta(t)
	if t == "" {
		return q
	}
	first := t[:1]
	return "[" + strings.ToUpper(first) + strings.ToLower(first) + "]" + regexp.QuoteMeta(t[1:])
}

// DocIRI returns the IRI of the document read from name: the base name
// without extension, or for "-" (standard input) a name made of its hash.
func DocIRI(name string, data []byte) quad.IRI {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if name == "-" || name == "" || slug(base) == "" {
		sum := sha256.Sum256(data)
		base = "sha256-" + hex.EncodeToString(sum[:8])
	}
	return quad.IRI(voc.IDBase + "doc/" + slug(base))
}

// Extract reads one transcript and returns its quads. Input that is not a
// transcript (empty, binary, not UTF-8, too large) gives an error that
// names it and wraps one of transcript's sentinel errors.
func (x *Extractor) Extract(in Input) (*Result, error) {
	d, err := transcript.Parse(in.Name, in.Data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(in.Data)
	r := &run{
		x: x, d: d, es: newEntities(x.g),
		doc:      DocIRI(in.Name, in.Data),
		acronyms: map[string]*entity{},
		seen:     map[*entity]bool{},
		runes:    newRuneIndex(d.Text),
	}
	if in.Country != "" {
		r.host = r.es.country(in.Country)
		if r.host == nil {
			return nil, fmt.Errorf("%s: unknown country code %q: use an ISO 3166-1 alpha-2 code such as CN", in.Name, in.Country)
		}
	}
	r.extract()
	return &Result{Doc: r.doc, Hash: hex.EncodeToString(sum[:]), Quads: r.quads(in.Name, hex.EncodeToString(sum[:]))}, nil
}

// mention is an entity (or a pronoun) found in a sentence; offsets are
// byte offsets into the document's text.
type mention struct {
	start, end int
	ent        *entity
	demonym    bool
	pronoun    bool
}

// action is an aid action found in a sentence of a turn.
type action struct {
	event.Action
	provider   *entity
	recipients []*entity
	turn       int
	evidence   []transcript.Span
	statedBy   *entity
}

// run holds the state of one document's extraction.
type run struct {
	x        *Extractor
	d        *transcript.Document
	es       *entities
	doc      quad.IRI
	host     *entity
	acronyms map[string]*entity // acronyms defined in this document: "(NHC)"
	seen     map[*entity]bool   // entities mentioned
	speakers []*entity          // per turn; nil where no person speaks
	askers   []*entity          // per turn: the outlet asking
	actions  []*action
	runes    runeIndex
}

func (r *run) extract() {
	r.findPersons()
	r.speakers = make([]*entity, len(r.d.Turns))
	r.askers = make([]*entity, len(r.d.Turns))
	for i, t := range r.d.Turns {
		if en := r.x.g.Lookup(t.Label); t.Speaker != "" && en != nil && en.Class == voc.Organization {
			t.Speaker, t.Outlet = "", t.Label // "Al Jazeera:" is an outlet asking
			r.d.Turns[i] = t
			if t.Role == transcript.Statement {
				r.d.Turns[i].Role = transcript.Question
			}
		}
		if ws := strings.Fields(t.Speaker); len(ws) == 1 && r.es.resolvePerson(t.Speaker) == nil && asks(r.d, t) {
			t.Speaker, t.Outlet, t.Role = "", t.Label, transcript.Question // "Tengrinews:" asking is an outlet
			r.d.Turns[i] = t
		}
		if t.ByTitle != "" {
			if p := r.es.byJobTitle(t.ByTitle); p != nil {
				t.Speaker = p.name // "Prime Minister:" is the person introduced as Prime Minister
			}
		}
		if t.Speaker != "" {
			p := r.es.resolvePerson(t.Speaker)
			if p == nil {
				p = r.es.person(t.Speaker)
			}
			if t.Label != "" && strings.Contains(strings.ToLower(t.Label), strings.ToLower(lastWord(t.Speaker))) {
				p.addName(t.Label)
			}
			r.speakers[i] = p
			r.seen[p] = true
			if r.d.Spokesperson != "" && t.Speaker == r.d.Spokesperson && p.jobTitle == "" {
				p.jobTitle = r.d.SpokespersonTitle
			}
		}
		if t.Outlet != "" {
			r.askers[i] = r.outlet(t.Outlet)
		}
	}
	if r.host == nil {
		r.host = r.inferHost()
	}
	// The heading names bodies and countries too ("Foreign Ministry Spokesperson ...").
	if r.d.Title != "" {
		if i := strings.Index(r.d.Text, r.d.Title); i >= 0 {
			for _, m := range r.mentions(r.d.Title, i, nil) {
				if m.ent != nil && !m.pronoun {
					r.seen[m.ent] = true
				}
			}
		}
	}
	for i, t := range r.d.Turns {
		for _, s := range t.Sentences {
			r.sentence(i, s)
		}
	}
	r.dedupe()
}

// asks reports whether a turn is a question: its text ends with one.
func asks(d *transcript.Document, t transcript.Turn) bool {
	n := len(t.Sentences)
	return n > 0 && n <= 4 && strings.HasSuffix(strings.TrimSpace(d.Text[t.Sentences[n-1].Start:t.Sentences[n-1].End]), "?")
}

// outlet returns the organisation named by an outlet label.
func (r *run) outlet(name string) *entity {
	if en := r.x.g.Lookup(name); en != nil {
		e := r.es.fromEntry(en)
		r.seen[e] = true
		return e
	}
	e := r.es.get(quad.IRI(voc.IDBase+"org/"+slug(name)), voc.Organization, name)
	e.kind = gazetteer.KindMedia
	r.seen[e] = true
	return e
}

// findPersons registers every full name written with a title or an
// honorific anywhere in the document, so that short references and
// speaker labels resolve to them whatever the order.
func (r *run) findPersons() {
	text := r.d.Text
	add := func(name, title string) {
		name = cleanName(name)
		if len(strings.Fields(name)) >= 2 && !r.isKnownName(name) && !isRole(name) {
			if p := r.es.person(name); p.jobTitle == "" && !strings.EqualFold(title, "counterpart") {
				p.jobTitle = title // known before the turns are read: "Prime Minister:" is this person
			}
		}
	}
	for _, t := range r.d.Turns {
		if len(strings.Fields(t.Speaker)) >= 2 {
			add(t.Speaker, "")
		}
	}
	for _, m := range r.x.titleRE.FindAllStringSubmatch(text, -1) {
		add(m[2], m[1])
	}
	for _, m := range r.x.titleCommaRE.FindAllStringSubmatch(text, -1) {
		add(m[2], m[1])
	}
	for _, m := range honorificRE.FindAllStringSubmatch(text, -1) {
		add(m[1], "")
	}
	for _, m := range r.x.bylineRE.FindAllStringSubmatch(text, -1) {
		add(m[1], m[2])
	}
	if r.d.Spokesperson != "" {
		add(r.d.Spokesperson, r.d.SpokespersonTitle)
	}
}

// isKnownName reports whether a name is a gazetteer entry (a country, an
// organisation) rather than a person.
func (r *run) isKnownName(name string) bool {
	if r.x.g.Lookup(name) != nil {
		return true
	}
	for _, w := range strings.Fields(name) {
		if en := r.x.g.Lookup(w); en != nil && en.Class != voc.Person && isAllCaps(w) {
			return true
		}
	}
	return false
}

// inferHost decides whose briefing this is: the body or organisation named
// in the heading (the SCIO's country, WHO), else the country named most
// often, if one clearly is.
func (r *run) inferHost() *entity {
	head := r.d.Title
	if len(r.d.Turns) > 0 && len(r.d.Turns[0].Sentences) > 0 {
		s := r.d.Turns[0].Sentences[0]
		head += "\n" + r.d.Text[s.Start:s.End]
	}
	for _, m := range r.x.g.Find(head) {
		switch {
		case m.Entry.Class == voc.GovernmentOrganization && m.Entry.Country != "" && !isGenericBody(m.Entry.Name) && !isGenericBody(m.Surface):
			return r.es.country(m.Entry.Country)
		case m.Entry.Class == voc.Organization && m.Entry.Kind == gazetteer.KindIGO && strings.Contains(r.d.Title, m.Surface):
			return r.es.fromEntry(m.Entry) // "WHO virtual press conference"
		}
	}
	counts := map[string]int{}
	for _, m := range r.x.g.Find(r.d.Text) {
		iso := ""
		switch m.Entry.Class {
		case voc.Country:
			iso = m.Entry.ISO2
		case voc.GovernmentOrganization, voc.City:
			iso = m.Entry.Country
		}
		if iso != "" {
			counts[iso]++
		}
	}
	best, first, second := "", 0, 0
	for iso, n := range counts {
		switch {
		case n > first || n == first && iso < best:
			best, first, second = iso, n, first
		case n > second:
			second = n
		}
	}
	if first < 2 || first == second {
		return nil // no country stands out: better no host than a wrong one
	}
	return r.es.country(best)
}

// turnActor is who "we" stands for in a turn: the side of its speaker, or
// the briefing's host for officials; nobody in a journalist's question.
func (r *run) turnActor(i int) *entity {
	t := r.d.Turns[i]
	if t.Role == transcript.Question {
		return nil
	}
	if p := r.speakers[i]; p != nil {
		a := p.actor()
		if a != nil && a.class == voc.GovernmentOrganization && a.country != nil {
			a = a.country // "we", said by a ministry's official, is the government: the country
		}
		if a != nil {
			return a
		}
		return r.host
	}
	if t.Label == "" && r.d.Spokesperson == "" {
		return nil // unmarked text before the first label: unknown voice
	}
	return r.host
}

// determiners cannot start a body's name.
var determiners = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "Our": true, "Their": true, "Its": true, "His": true, "Her": true, "Every": true, "Each": true, "Some": true, "Many": true, "Any": true}

var selfIntroRE = regexp.MustCompile(`(?i)\b(?:as|i am|i'm)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:representative|spokesperson|official|minister|director|head|member|ambassador)\s+(?:of|from)\s+(?:the\s+)?$`)

func (r *run) sentence(turn int, s transcript.Span) {
	text := r.d.Text[s.Start:s.End]
	actor := r.turnActor(turn)
	ms := r.mentions(text, s.Start, actor)
	for _, m := range ms {
		if m.ent != nil && !m.pronoun {
			r.seen[m.ent] = true
		}
	}
	// A speaker's introduction of themselves: "As the representative of the Ministry of Foreign Affairs".
	if p := r.speakers[turn]; p != nil && p.affiliation == nil {
		for _, m := range ms {
			if m.ent != nil && !m.pronoun && m.ent.class != voc.Person && selfIntroRE.MatchString(r.d.Text[s.Start:m.start]) {
				p.affiliation = m.ent
				break
			}
		}
	}
	evs := make([]event.Mention, 0, len(ms))
	for _, m := range ms {
		em := event.Mention{Start: m.start - s.Start, End: m.end - s.Start, Actor: true, Adjective: m.demonym, Pronoun: m.pronoun}
		if m.ent != nil {
			em.Ref = string(m.ent.iri)
			if a := m.ent.actor(); a != nil && a != m.ent {
				em.Delegate = string(a.iri)
			} else if m.ent.class == voc.Person {
				continue // a person with no known side neither gives nor receives
			}
		}
		evs = append(evs, em)
	}
	self := ""
	if actor != nil {
		self = string(actor.iri)
	}
	for _, a := range event.Find(text, evs, self) {
		var recipients []*entity
		for _, rc := range a.Recipients {
			if e := r.es.byIRI[quad.IRI(rc)]; e != nil {
				recipients = append(recipients, e)
			}
		}
		for _, p := range append([]string{a.Provider}, a.Also...) {
			provider := r.es.byIRI[quad.IRI(p)]
			if provider == nil {
				continue
			}
			// An embassy's conferences "between Chinese and Serbian experts" are for Serbia.
			recipients := slices.DeleteFunc(slices.Clone(recipients), func(e *entity) bool { return e == provider.country || e == provider })
			if len(recipients) == 0 {
				continue
			}
			r.seen[provider] = true
			for _, rc := range recipients {
				r.seen[rc] = true // a country reached through a city ("to Wuhan") is named by the action
			}
			r.actions = append(r.actions, &action{Action: a, provider: provider, recipients: recipients, turn: turn, evidence: []transcript.Span{s}, statedBy: r.speakers[turn]})
		}
	}
}

// mentions finds the entities of one sentence (text starts at byte off of
// the document): gazetteer names, government bodies by pattern, persons,
// acronyms defined earlier in the document, and "we"/"our" for actor.
func (r *run) mentions(text string, off int, actor *entity) []mention {
	var ms []mention
	gms := r.x.g.Find(text)
	gms = slices.DeleteFunc(gms, func(gm gazetteer.Mention) bool {
		// "US$20 million", "10 million US dollars" name a currency, not a country.
		rest := strings.ToLower(text[gm.End:])
		return gm.Entry.Class == voc.Country && (strings.HasPrefix(rest, "$") || strings.HasPrefix(rest, " dollar"))
	})
	for _, gm := range gms {
		e := r.es.fromEntry(gm.Entry)
		if gm.Entry.Class == voc.GovernmentOrganization {
			e = r.govFromEntry(gm, text, gms)
			for _, c := range gms { // "Serbian Ministry of Foreign Affairs" is a name too
				if c.Entry.Class == voc.Country && c.End < gm.Start && strings.TrimSpace(text[c.End:gm.Start]) == "" {
					e.addName(text[c.Start:gm.End])
				}
			}
		}
		e.addName(gm.Surface)
		ms = append(ms, mention{start: off + gm.Start, end: off + gm.End, ent: e, demonym: gm.Demonym})
	}
	ms = r.addBodies(ms, text, off, gms)
	ms = r.addOrgs(ms, text, off, gms)
	ms = r.addImpliedBodies(ms, text, off)
	ms = r.addPersons(ms, text, off)
	// Acronyms defined in parentheses: "the National Health Commission (NHC)".
	for _, m := range ms {
		if m.ent == nil || m.pronoun || m.ent.class == voc.Person {
			continue
		}
		if d := acronymDefRE.FindStringSubmatch(r.d.Text[m.end : off+len(text)]); d != nil {
			if _, known := r.acronyms[d[1]]; !known {
				r.acronyms[d[1]] = m.ent
				m.ent.addName(d[1])
			}
		}
	}
	for _, loc := range acronymRE.FindAllStringIndex(text, -1) {
		if e := r.acronyms[text[loc[0]:loc[1]]]; e != nil {
			ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: e})
		}
	}
	for _, loc := range pronounRE.FindAllStringIndex(text, -1) {
		ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: actor, pronoun: true})
	}
	return nonOverlapping(ms)
}

var acronymRE = regexp.MustCompile(`\b[A-Z][A-Z&]{1,9}\b`)

// nonOverlapping keeps, of overlapping mentions, the one that starts first
// (the longest on a tie).
func nonOverlapping(ms []mention) []mention {
	sortMentions(ms)
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.start >= end {
			out = append(out, m)
			end = m.end
		}
	}
	return out
}

// govFromEntry resolves a known government body named in a sentence. A
// name every government has ("Ministry of Health", "Foreign Office",
// "National Institute of Health") belongs to the country named next to it,
// else to the briefing's host; an acronym ("USAID") or a name that says its
// country keeps the gazetteer's.
func (r *run) govFromEntry(gm gazetteer.Mention, text string, gms []gazetteer.Mention) *entity {
	e := r.es.fromEntry(gm.Entry)
	c := r.contextCountry(text, gm.Start, gm.End, gms)
	if c == nil {
		if isAllCaps(strings.ReplaceAll(gm.Surface, " ", "")) || namesCountry(gm.Surface, e.country) {
			return e
		}
		c = r.host
	}
	if c == nil || e.country == c {
		return e
	}
	return r.body(gm.Surface, c)
}

// namesCountry reports whether a body's name says its country ("Chinese
// Center for Disease Control", "China CDC").
func namesCountry(name string, c *entity) bool {
	if c == nil || c.entry == nil {
		return false
	}
	for _, n := range append(append([]string{c.entry.Name}, c.entry.Aliases...), c.entry.Demonyms...) {
		if len(n) > 2 && strings.Contains(name, n) {
			return true
		}
	}
	return false
}

// contextCountry is the country named right before a body ("Italian Ministry
// of Health", "the Chinese Embassy") or right after it ("of Italy").
func (r *run) contextCountry(text string, start, end int, gms []gazetteer.Mention) *entity {
	for _, m := range gms {
		if m.Entry.Class != voc.Country {
			continue
		}
		gapBefore := strings.TrimSpace(text[min(m.End, start):start])
		if m.End <= start && (gapBefore == "" || gapBefore == "'s" || gapBefore == "’s") {
			return r.es.fromEntry(m.Entry)
		}
		if m.Start >= end {
			gap := strings.TrimSpace(text[end:m.Start])
			if gap == "of" || gap == "of the" || gap == "in" {
				return r.es.fromEntry(m.Entry)
			}
		}
	}
	return nil
}

// body returns the government body of country c with this name.
func (r *run) body(name string, c *entity) *entity {
	name = canonicalBody(name)
	cc := "xx"
	if c != nil && c.entry != nil {
		cc = strings.ToLower(c.entry.ISO2)
	}
	if en := r.x.g.Lookup(name); en != nil && en.Class == voc.GovernmentOrganization && strings.EqualFold(en.Country, cc) {
		return r.es.fromEntry(en)
	}
	e := r.es.get(quad.IRI(voc.IDBase+"gov/"+cc+"/"+slug(name)), voc.GovernmentOrganization, name)
	if e.country == nil {
		e.country = c
	}
	return e
}

// addBodies finds government bodies that no gazetteer knows, by pattern
// ("Ministry of Health of Italy", "the Chinese Embassy in Serbia").
func (r *run) addBodies(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	var spans [][]int
	spans = append(spans, ministryOfRE.FindAllStringIndex(text, -1)...)
	spans = append(spans, bodyRE.FindAllStringIndex(text, -1)...)
	for _, sp := range spans {
		start, end := sp[0], sp[1]
		if loc := inPlaceRE.FindStringIndex(text[end:]); loc != nil && strings.Contains(text[start:end], "Embassy") || loc != nil && strings.Contains(text[start:end], "Consulate") {
			end += loc[1]
		}
		// Country words at the edges give the country and are not part of the name.
		var c *entity
		blocked := false
		for _, gm := range gms { // "the Iranian Ministry of Health"
			if gm.Entry.Class == voc.Country && gm.End <= start && strings.TrimSpace(text[gm.End:start]) == "" {
				c = r.es.fromEntry(gm.Entry)
				sp = []int{gm.Start, sp[1]}
			}
		}
		for _, gm := range gms {
			if gm.End <= start || gm.Start >= end {
				continue
			}
			if gm.Entry.Class != voc.Country {
				blocked = true // an organisation or a known body: the gazetteer knows better
				break
			}
			if gm.Start == start || (gm.Start > start && strings.EqualFold(strings.TrimSpace(text[start:gm.Start]), "the")) {
				c = r.es.fromEntry(gm.Entry)
				start = gm.End
			}
		}
		if blocked {
			continue
		}
		name := strings.TrimSpace(text[start:end])
		name = strings.TrimPrefix(name, "The ")
		name = strings.TrimPrefix(name, "the ")
		if rest, ok := strings.CutPrefix(name, "Our "); ok && c == nil {
			name, c = rest, r.host // "Our Embassy in Seoul", said by the host's spokesperson
		}
		if strings.HasPrefix(name, "Embassy") || strings.HasPrefix(name, "Consulate") {
			if c != nil {
				if i := strings.Index(name, " in "); i > 0 {
					name = name[:i] + " of " + c.name + name[i:]
				} else {
					name += " of " + c.name
				}
			}
		} else if i := strings.LastIndex(name, " of "); i > 0 {
			if en := r.x.g.Lookup(name[i+4:]); en != nil && en.Class == voc.Country {
				c = r.es.fromEntry(en)
				name = name[:i]
			}
		}
		if ws := strings.Fields(name); len(ws) < 2 || determiners[ws[0]] {
			continue
		}
		if c == nil {
			c = r.host
		}
		e := r.body(name, c)
		e.addName(strings.TrimSpace(text[sp[0]:end]))
		for _, gm := range gms { // "the Chinese Embassy in Germany" names Germany too
			if gm.Entry.Class == voc.Country && gm.Start >= sp[0] && gm.End <= end {
				r.seen[r.es.fromEntry(gm.Entry)] = true
			}
		}
		ms = append(ms, mention{start: off + sp[0], end: off + end, ent: e})
		if c != nil && sp[0] < start {
			r.seen[c] = true // "the Russian Ministry of Defence" names Russia
		}
	}
	return ms
}

// addPersons finds persons by title ("Serbian President Aleksandar Vucic"),
// honorific ("Mr. Luo") and full names seen elsewhere in the document.
func (r *run) addPersons(ms []mention, text string, off int) []mention {
	find := func(re *regexp.Regexp, nameGroup, titleGroup int) {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			raw := text[m[2*nameGroup]:m[2*nameGroup+1]]
			name := cleanName(raw)
			if name == "" || r.isKnownName(name) || isRole(name) {
				continue
			}
			p := r.es.resolvePerson(name)
			if p == nil {
				if len(strings.Fields(name)) < 2 {
					if titleGroup == 0 {
						continue // "Mr. Wang" with no full name known
					}
					// "President Moon", "King Salman": the title says it is a person.
					title := text[m[2*titleGroup]:m[2*titleGroup+1]]
					p = r.es.person(name)
					p.addName(title + " " + name)
				} else {
					p = r.es.person(name)
				}
			}
			start := m[2*nameGroup]
			end := start + len(name)
			if titleGroup > 0 {
				title := text[m[2*titleGroup]:m[2*titleGroup+1]]
				if p.jobTitle == "" && !strings.EqualFold(title, "counterpart") {
					p.jobTitle = title // "his Italian counterpart Luigi Di Maio" says who, not what
				}
				// An affiliation written before the title: "Serbian President", "WHO Director-General".
				if p.affiliation == nil {
					for _, o := range ms {
						if o.ent != nil && !o.pronoun && o.ent.class != voc.Person && o.end-off <= m[2*titleGroup] && strings.TrimSpace(text[o.end-off:m[2*titleGroup]]) == "" {
							p.affiliation = o.ent
						}
					}
				}
			}
			if name != p.name {
				p.addName(name)
			}
			// An introduction after the name: ", vice minister of the National Health Commission".
			if a := appositiveRE.FindStringSubmatchIndex(text[end:]); a != nil {
				if p.jobTitle == "" {
					p.jobTitle = text[end+a[2] : end+a[3]]
				}
				for _, o := range ms {
					// The body right after "of", or one the title itself names ("vice minister of foreign affairs").
					at := o.start - off
					if o.ent != nil && !o.pronoun && o.ent.class != voc.Person && at >= end && at <= end+a[1] && o.end-off >= end+a[1] && p.affiliation == nil {
						p.affiliation = o.ent
					}
				}
			}
			ms = append(ms, mention{start: off + start, end: off + end, ent: p})
		}
	}
	find(r.x.titleRE, 2, 1)
	find(r.x.titleCommaRE, 2, 1)
	find(honorificRE, 1, 0)
	// Full names and surnames of persons already known, written bare.
	for _, p := range r.es.persons() {
		for i := strings.Index(text, p.name); i >= 0; {
			ms = append(ms, mention{start: off + i, end: off + i + len(p.name), ent: p})
			j := strings.Index(text[i+len(p.name):], p.name)
			if j < 0 {
				break
			}
			i += len(p.name) + j
		}
	}
	return ms
}

// Organisation patterns: "University of Oxford", "Jack Ma Foundation",
// "Pasteur Institute" — bodies no gazetteer lists.
var (
	orgOfRE = regexp.MustCompile(`\b(?:University|Institute|Academy|Society|Association|Federation|Foundation|Bank|Fund|Chamber|Council|Federation|Union|Party) of (?:the )?` + capWord + `(?:,? (?:and |of |for |the |& )*` + capWord + `)*`)
	orgRE   = regexp.MustCompile(`\b(?:` + capWord + `\s+){1,5}(?:Foundation|Group|Company|Corporation|Corp\.|Co\., Ltd\.|Inc\.|Ltd\.|University|Institute|Hospital|Society|Association|Federation|Fund|Alliance|Academy|Party|Charity|Trust)\b(?: (?:of|for) (?:the )?` + capWord + `(?: (?:and |of |for )?` + capWord + `)*)?`)
)

// addOrgs finds organisations that no gazetteer knows, by pattern.
func (r *run) addOrgs(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	spans := append(orgOfRE.FindAllStringIndex(text, -1), orgRE.FindAllStringIndex(text, -1)...)
	for _, sp := range spans {
		name := strings.TrimSpace(text[sp[0]:sp[1]])
		ws := strings.Fields(name)
		if len(ws) < 2 || determiners[ws[0]] || nameStop[ws[0]] && ws[0] != "Chinese" {
			continue
		}
		known := false
		for _, gm := range gms {
			if gm.Start < sp[1] && gm.End > sp[0] && gm.Entry.Class != voc.Country && gm.Entry.Class != voc.Place {
				known = true // the gazetteer knows it, or part of it, better
			}
		}
		if known || r.x.g.Lookup(name) != nil {
			continue
		}
		var e *entity
		if publicBodyRE.MatchString(name) && r.host != nil {
			e = r.body(name, r.host) // "National Institute of Health": a public body
		} else {
			e = r.es.get(quad.IRI(voc.IDBase+"org/"+slug(name)), voc.Organization, name)
			if e.kind == "" {
				e.kind = orgKind(name)
			}
		}
		ms = append(ms, mention{start: off + sp[0], end: off + sp[1], ent: e})
	}
	return ms
}

// publicBodyRE: institutes of the state are government bodies.
var publicBodyRE = regexp.MustCompile(`^(?:National|State|Federal|Central|Public|Provincial|Municipal) `)

func orgKind(name string) string {
	switch {
	case strings.HasSuffix(name, "Party"):
		return gazetteer.KindParty
	case strings.Contains(name, "Company") || strings.Contains(name, "Corporation") || strings.Contains(name, "Group") || strings.Contains(name, "Co.") || strings.Contains(name, "Inc.") || strings.Contains(name, "Ltd"):
		return gazetteer.KindCompany
	}
	return gazetteer.KindNGO
}

// impliedBodyRE finds a body named only through a title: "vice minister of
// foreign affairs", "foreign ministry spokesperson".
var impliedBodyRE = regexp.MustCompile(`\b(?:[Vv]ice |[Dd]eputy |[Aa]ssistant )?[Mm]inister of ((?:[a-z]+(?: and | )?){1,5}?)(?:\b[,;.)]|\s+(?:and|Mr|Ms|Dr|[A-Z])|$)|\b([Ff]oreign|[Hh]ealth|[Cc]ommerce|[Dd]efen[cs]e) [Mm]inistry [Ss]pokes(?:person|man|woman)`)

func (r *run) addImpliedBodies(ms []mention, text string, off int) []mention {
	for _, m := range impliedBodyRE.FindAllStringSubmatchIndex(text, -1) {
		var name string
		switch {
		case m[2] >= 0:
			what := strings.TrimSpace(text[m[2]:m[3]])
			if what == "" || what == "the" || strings.HasPrefix(what, "the ") {
				continue // "Minister of the ..." is written out in full and found by pattern
			}
			name = "Ministry of " + titleCase(what)
		case m[4] >= 0:
			name = canonicalBody(titleCase(text[m[4]:m[5]]) + " Ministry")
		}
		c := r.host
		if c == nil {
			continue
		}
		e := r.body(name, c)
		ms = append(ms, mention{start: off + m[0], end: off + m[1], ent: e})
	}
	return ms
}

// titleCase capitalises each word but the small ones: "foreign affairs" → "Foreign Affairs".
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && (w == "and" || w == "of" || w == "the" || w == "for") {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// dedupe merges actions with the same provider, recipient, type and
// modality into one with several evidence sentences, and drops a generic
// "other" action whose pair already has a typed one in the document.
func (r *run) dedupe() {
	type key struct {
		p, rc    *entity
		typ, mod string
	}
	typed := map[[2]*entity]bool{}
	for _, a := range r.actions {
		if a.Type != voc.OtherAid {
			for _, rc := range a.recipients {
				typed[[2]*entity{a.provider, rc}] = true
			}
		}
	}
	seen := map[key]*action{}
	var out []*action
	for _, a := range r.actions {
		var keep []*entity
		for _, rc := range a.recipients {
			if a.Type == voc.OtherAid && typed[[2]*entity{a.provider, rc}] {
				continue
			}
			k := key{a.provider, rc, a.Type, a.Modality}
			if prev := seen[k]; prev != nil {
				if prev.evidence[len(prev.evidence)-1] != a.evidence[0] {
					prev.evidence = append(prev.evidence, a.evidence[0])
				}
				continue
			}
			keep = append(keep, rc)
		}
		if len(keep) == 0 {
			continue
		}
		// One action per recipient (VOCABULARY.md).
		for _, rc := range keep {
			b := *a
			b.recipients = []*entity{rc}
			b.evidence = append([]transcript.Span(nil), a.evidence...)
			seen[key{a.provider, rc, a.Type, a.Modality}] = &b
			out = append(out, &b)
		}
	}
	r.actions = out
}

// sortedEntities returns the entities mentioned, in IRI order.
func (r *run) sortedEntities() []*entity {
	var es []*entity
	for e := range r.seen {
		es = append(es, e)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].iri < es[j].iri })
	return es
}
