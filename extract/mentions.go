package extract

// The mentions of one sentence: every entity named, and "we" for the speaker's side.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/event"
	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

// mention is an entity (or a pronoun) found in a sentence; offsets are
// byte offsets into the document's text.
type mention struct {
	start, end int
	ent        *entity
	demonym    bool
	pronoun    bool
	object     bool // "it", "them": an entity named before, as an object
}

// mentions finds the entities of one sentence (text starts at byte off of
// the document): gazetteer names, government bodies by pattern, persons,
// acronyms defined earlier in the document, "we"/"our" for actor, and
// "our commission" for the body of speaker, who says the sentence (nil
// where no one speaks it).
func (r *run) mentions(text string, off int, actor, speaker *entity) []mention {
	r.runPass(text)
	ms := r.msBuf[:0]
	gms := r.find(text, off)
	gms = slices.DeleteFunc(gms, func(gm gazetteer.Mention) bool {
		// "US$20 million", "10 million US dollars", "300,000 Swiss francs" name a currency, not a country.
		return gm.Entry.Class == voc.Country && (currencyNext(text[gm.End:min(len(text), gm.End+64)]) || greekMacedonia(text, gm))
	})
	gms = r.dropStrayPlaces(gms, text)
	for _, gm := range gms {
		e := r.es.fromEntry(gm.Entry)
		if gm.Entry.Class == voc.GovernmentOrganization {
			e = r.govFromEntry(gm, text, gms)
			for _, c := range gms { // "Serbian Ministry of Foreign Affairs" is a name too
				if c.Entry.Class == voc.Country && c.End < gm.Start && strings.TrimSpace(text[c.End:gm.Start]) == "" {
					e.addName(text[c.Start:gm.End])
				}
			}
			if c := r.es.country(gm.Entry.Country); c != nil && namesCountry(gm.Surface, c) {
				r.seen[c] = true // "the French Development Agency", "Irish Aid" name France, Ireland
			}
		}
		e.addName(gm.Surface)
		end := gm.End
		if gm.Entry.Kind == gazetteer.KindCompany {
			if loc := companyFormRE.FindStringIndex(text[end:]); loc != nil {
				end += loc[1] // "Anhui Zhifei Longcom Biopharmaceutical": the company by its full name
				e.addName(text[gm.Start:end])
			}
		}
		if e.class == voc.GovernmentOrganization && e.country != nil {
			for _, c := range gms { // "the Ministry of Health, Labour and Welfare of Japan": one name, one receiver
				if c.Entry.Class == voc.Country && c.Start == gm.End+len(" of ") && strings.HasPrefix(text[gm.End:], " of ") && r.es.fromEntry(c.Entry) == e.country {
					e.addName(text[gm.Start:c.End])
					end = c.End
				}
			}
		}
		ms = append(ms, mention{start: off + gm.Start, end: off + end, ent: e, demonym: gm.Demonym})
	}
	ms = r.subsidiaries(ms, text, off, gms)
	ms = r.addBodies(ms, text, off, gms)
	ms = r.addOrgs(ms, text, off, gms)
	ms = r.addImpliedBodies(ms, text, off)
	if !r.inPost {
		ms = r.addPersons(ms, text, off)
	}
	// Acronyms defined in parentheses: "the National Health Commission (NHC)".
	for _, m := range ms {
		if m.ent == nil || m.pronoun || m.ent.class == voc.Person {
			continue
		}
		if d := acronymDefRE.FindStringSubmatch(r.d.Text[m.end : off+len(text)]); d != nil {
			if m.ent.class == voc.Country && d[1][0] != r.d.Text[m.start] {
				continue // "Électricité de France (EDF)": the acronym of the longer name the country ends, not the country's
			}
			if _, known := r.acronyms[d[1]]; !known {
				r.acronyms[d[1]] = m.ent
				m.ent.addName(d[1])
			}
		}
	}
	for _, loc := range r.all(acronymRE, text) {
		if e := r.acronyms[text[loc[0]:loc[1]]]; e != nil {
			ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: e})
		}
	}
	for _, loc := range r.all(pronounRE, text) {
		ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: actor, pronoun: true})
	}
	if actor != nil && strings.Contains(text, "I ") && strings.Contains(text, "announc") {
		if loc := iAnnounceRE.FindStringIndex(text); loc != nil {
			// "Today I can announce £5 million in UK aid for Sudan": the
			// minister announces what the speaker's side gives.
			ms = append(ms, mention{start: off + loc[0], end: off + loc[0] + 1, ent: actor, pronoun: true})
		}
	}
	if actor != nil && actor.class == voc.Country && strings.Contains(text, "overnment ") {
		loc := governmentSubjectRE.FindStringSubmatchIndex(text)
		if loc == nil {
			loc = governmentClauseRE.FindStringSubmatchIndex(text) // "KOICA will provide kits to Peru, and the Government will contribute"
		}
		if loc != nil {
			next, rest, _ := strings.Cut(text[loc[3]+1:], " ")
			for n := 0; n < 2 && timeAdverbs[next]; n++ {
				next, rest, _ = strings.Cut(rest, " ") // "The government today decided"
			}
			if actsAfterPronoun(next) || next == "decided" || next == "plans" || next == "intends" {
				// "Separately, the government has decided to provide 1.1
				// million doses to Vietnam", "The Government plans to
				// contribute 6 million dollars to CEPI": the speaker's government.
				ms = append(ms, mention{start: off + loc[2], end: off + loc[3], ent: actor, pronoun: true})
			}
		}
	}
	if word := r.statehood(actor); word != "" {
		// "The Sultanate has also contributed 1 million US dollars", said
		// in Muscat: the country whose official name says so.
		for k := range wordIndexes(text, word) {
			if at := k + len(word); (strings.HasSuffix(text[:k], "the ") || strings.HasSuffix(text[:k], "The ")) && !strings.HasPrefix(text[at:], " of") {
				ms = append(ms, mention{start: off + k, end: off + at, ent: actor})
			}
		}
	}
	// "At the request of the DPRK, we have provided it with test kits": "it"
	// and "them" stand for the last country or organisation named before them
	// in the turn; the aid rules take them only as the object of a verb that
	// gives ("provided it with", "helped them").
	// A sentence that opens with "It" or "They", or has it after a phrase of
	// time ("Last week it also trained"), continues the last one: it stands
	// for the subject that one opened with, else for the last entity named
	// ("We thank Japan. It donated masks to Wuhan."). Only an entity named in
	// an earlier sentence of the turn can be meant, not the speaker's side, and
	// it may give; "They" after a team was sent is the team, whose sender
	// acts ("China will send a medical team to Bangladesh. They will hold
	// training sessions"), the speaker's side included.
	referent := r.referent
	if referent == actor {
		referent = nil
	}
	if r.team != nil && (strings.HasPrefix(text, "They ") || strings.Contains(text[:min(len(text), 48)], " they ") && theySubject(text)) {
		if e := r.es.byIRI[quad.IRI(r.team.Provider)]; e != nil {
			referent = e
		}
	}
	if r.subject != nil && (r.subject != actor || strings.HasPrefix(text, "It ")) && r.team == nil {
		referent = r.subject // "The Chinese CDC shared the sequences with the WHO. Last week it also trained": the subject goes on; "The Chinese government has provided masks to Fiji … It will soon provide": the speaker's side named
	}
	if s := r.subject; s != nil && s.class != voc.Person && strings.HasPrefix(text, "This includes ") {
		// "Canada is providing up to $10 million to Haiti. This includes a
		// contribution of $2 million to the IFRC": the help just told of.
		ms = append(ms, mention{start: off, end: off + len("This"), ent: s, pronoun: true})
	}
	subjectAt := -1 // where "It" or "They" is the subject of the sentence, if it is
	if near := text[:min(len(text), 72)]; referent != nil && (strings.Contains(near, "t ") || strings.Contains(near, "y ")) {
		if loc := subjectPronounRE.FindStringSubmatchIndex(text); loc != nil {
			if next, _, _ := strings.Cut(text[loc[3]+1:], " "); actsAfterPronoun(next) {
				ms = append(ms, mention{start: off + loc[2], end: off + loc[3], ent: referent, pronoun: true})
				subjectAt = loc[2]
			}
		}
	}
	if subjectAt < 0 && r.subject != nil && r.subject != actor && r.subject.class != voc.Person && (strings.HasPrefix(text, "Its ") || strings.HasPrefix(text, "Their ")) {
		// "Rospotrebnadzor has sent test systems to Armenia. Its
		// specialists have also been holding consultations": the people
		// of the one the sentence before opened with act for it.
		if loc := possessiveSubjectRE.FindStringSubmatchIndex(text); loc != nil {
			if next, _, _ := strings.Cut(text[loc[1]:], " "); actsAfterPronoun(next) || next == "are" || next == "were" {
				ms = append(ms, mention{start: off + loc[2], end: off + loc[3], ent: r.subject, pronoun: true})
				subjectAt = loc[2]
			}
		}
	}
	// objectPronounRE's matches are the pass's, found already: a sentence
	// without "it" or "them" has none, so no search for those words first.
	for _, loc := range r.all(objectPronounRE, text) {
		if loc[0] == subjectAt {
			continue
		}
		if next, ok := firstWord(text[loc[1]:]); hasAnySuffix(withoutTimeAdverb(text[:loc[0]]), ", and ", ", when ", ", as ", ", after ", ", because ", ", since ") && ok && actsAfterPronoun(next) {
			// "The NHC has held a video conference with the League of Arab
			// States, and it has shared its plan with", "Malaysia helped us
			// a lot in February, when it donated": the subject goes on.
			if subj := openingActor(ms, text, off); subj != nil && subj != actor {
				ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: subj, pronoun: true})
			}
			continue
		}
		if hearer := toldHearer(ms, text, off, loc[0]); hearer != nil {
			// "Switzerland has informed the ERCC that it will send a team":
			// the one who told, not the hearer.
			if subj := openingActor(ms, text, off); subj != nil && subj != hearer && subj != actor {
				ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: subj, pronoun: true})
				continue
			}
		}
		if ref := r.referentBefore(ms, off+loc[0]); ref != nil && ref != actor {
			// "USAID has informed us that it will deliver 100
			// ventilators": after "that", the subject of what is told.
			next, ok := firstWord(text[loc[1]:])
			told := (strings.HasSuffix(text[:loc[0]], " that ") || toldUs(text[:loc[0]])) && ok && actsAfterPronoun(next)
			ms = append(ms, mention{start: off + loc[0], end: off + loc[1], ent: ref, pronoun: true, object: !told})
		}
	}
	ms = nonOverlapping(ms)
	ms = r.addShortReferences(ms, text, off, actor, speaker)
	if o := openingActor(ms, text, off); o != nil || subjectAt < 0 {
		r.subject = o // a sentence opened by "it" keeps the subject it stands for
	}
	for _, m := range ms {
		if m.ent != nil && !m.pronoun && m.ent != actor && (m.ent.class == voc.Country || m.ent.class == voc.Organization || m.ent.class == voc.GovernmentOrganization) {
			r.referent = m.ent
		}
	}
	ms = r.addPluralAnaphors(ms, text, off)
	if containsBy(text, " there", 4) { // by its r
		ms = r.addThere(ms, text, off)
	}
	// An acronym in brackets names what precedes it, whatever else it may name
	// elsewhere: "the National Institute of Health (NIH)" of Pakistan.
	for i := 1; i < len(ms); i++ {
		p, m := ms[i-1], ms[i]
		if m.ent != nil && p.ent != nil && !p.pronoun && !m.pronoun && m.ent != p.ent && p.ent.class != voc.Person &&
			!strings.Contains(r.d.Text[m.start:m.end], " ") &&
			strings.TrimSpace(r.d.Text[p.end:m.start]) == "(" && strings.HasPrefix(r.d.Text[m.end:], ")") {
			// Not a person's affiliation: "Dr Jana Kolbe (Federal Ministry of Health)".
			ms[i].ent = p.ent
			p.ent.addName(r.d.Text[m.start:m.end])
		}
	}
	ms = dropLanguages(ms, r.d.Text)
	// A demonym right before a body or organisation of its country only
	// qualifies it: "the Palestinian Ministry of Health" receives, not Palestine.
	// So does a country's name before one of its bodies: "Taiwan Centers for
	// Disease Control", and a country's possessive: "Brazil's Butantan Institute".
	return slices.DeleteFunc(ms, func(m mention) bool {
		if m.ent == nil || m.pronoun || m.ent.class != voc.Country {
			return false
		}
		for _, n := range ms {
			if n.start <= m.end || n.ent == nil || n.pronoun {
				continue
			}
			gap := strings.TrimSpace(r.d.Text[m.end:n.start])
			body := n.ent.class == voc.GovernmentOrganization || n.ent.class == voc.Organization
			if body && gap == "" && (m.demonym || n.ent.country == m.ent) {
				return true
			}
			if body && (gap == "'s" || gap == "’s") {
				r.seen[m.ent] = true // named all the same
				return true          // "Brazil's Butantan Institute", "Indonesia's Ministry of Health"
			}
		}
		return false
	})
}

// currencyNext reports whether rest goes on with a currency, in any case:
// "$", " dollars", " Yuan".
func currencyNext(rest string) bool {
	// Every currency is "$" or a space and a letter: most rests fail at
	// their first two bytes (a byte of a rune other than ASCII goes on, as
	// its rune may lower-case to a letter: "\u212a" is "k").
	if rest == "" || rest[0] != '$' && (rest[0] != ' ' || len(rest) < 2 || !currencySecond[rest[1]]) {
		return false
	}
	// Only the start of the rest matters: each rune is lower-cased alone,
	// and ASCII ones byte for byte, without a copy of the rest.
	var buf [16]byte
	if n := min(len(rest), len(buf)); isASCII(rest[:n]) {
		for i := range n {
			buf[i] = lowerByte(rest[i])
		}
		rest = string(buf[:n])
	} else {
		rest = strings.ToLower(rest)
	}
	if strings.HasPrefix(rest, "$") {
		return true
	}
	for _, c := range currencies {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// currencySecond holds the second bytes of currencies, in either case,
// and every byte that is not ASCII.
var currencySecond = func() (t [256]bool) {
	for _, c := range currencies {
		t[c[1]], t[c[1]-'a'+'A'] = true, true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// currencies are the words of a currency after a country's name, at most
// 16 bytes long (see currencyNext).
var currencies = []string{" dollar", " franc", " pound", " yen", " yuan", " rupee", " peso", " real", " rand", " won ", " krone", " kroner", " krona", " ringgit", " riyal", " dinar", " dirham", " shilling"}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time: a whole text is long
		if (uint64(s[i])|uint64(s[i+1])<<8|uint64(s[i+2])<<16|uint64(s[i+3])<<24|
			uint64(s[i+4])<<32|uint64(s[i+5])<<40|uint64(s[i+6])<<48|uint64(s[i+7])<<56)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// find is r.x.g.Find(text), where text is the document's text from off.
// greekMacedonia reports whether gm, North Macedonia by its old short
// name, is a Greek region's: "Eastern Macedonia and Thrace", "Central
// Macedonia".
func greekMacedonia(text string, gm gazetteer.Mention) bool {
	if gm.Surface != "Macedonia" {
		return false
	}
	before := text[:gm.Start]
	return strings.HasSuffix(before, "Eastern ") || strings.HasSuffix(before, "Western ") || strings.HasSuffix(before, "Central ") ||
		strings.HasSuffix(before, "East ") || strings.HasSuffix(before, "West ")
}

// someCountryOf reports whether the region's adjective at text[start:end]
// says which region an unnamed country is of: "a European country", "an
// African nation".
func someCountryOf(text string, start, end int) bool {
	before := text[:start]
	if !strings.HasSuffix(before, " a ") && !strings.HasSuffix(before, " an ") {
		return false
	}
	w, _ := firstWord(text[end:])
	w = strings.TrimRight(w, ".,;:")
	return w == "country" || w == "nation"
}

// dropStrayPlaces drops a town or province the gazetteer knows only in
// another country, listed among the host country's places, when the
// text never names that country: "teams worked in Pedernales, Manta and
// Portoviejo" in an Ecuadorian briefing, whose Pedernales the gazetteer
// knows as the Dominican Republic's province.
func (r *run) dropStrayPlaces(gms []gazetteer.Mention, text string) []gazetteer.Mention {
	if r.host == nil || r.host.class != voc.Country || r.host.entry == nil || len(gms) < 2 {
		return gms
	}
	host := r.host.entry.ISO2
	hostPlace := func(i int) bool {
		return i >= 0 && i < len(gms) && gms[i].Entry.Class == voc.City && gms[i].Entry.Country == host
	}
	var drop []int
	for i, gm := range gms {
		if !gm.Entry.PlaceOnly() || gm.Entry.Country == host {
			continue
		}
		listed := hostPlace(i-1) && gazetteer.ListJoin(text[gms[i-1].End:gm.Start]) ||
			hostPlace(i+1) && gazetteer.ListJoin(text[gm.End:gms[i+1].Start])
		if listed && !r.namesCountryAnywhere(gm.Entry.Country) {
			drop = append(drop, i)
		}
	}
	for k, i := range drop {
		gms = slices.Delete(gms, i-k, i-k+1)
	}
	return gms
}

// namesCountryAnywhere reports whether the text names the country of
// ISO alpha-2 code iso by its name, a demonym or one of its bodies.
func (r *run) namesCountryAnywhere(iso string) bool {
	if r.named == nil {
		r.named = map[string]bool{}
		for _, m := range r.names.Find(0, len(r.d.Text)) {
			switch m.Entry.Class {
			case voc.Country:
				r.named[m.Entry.ISO2] = true
			case voc.GovernmentOrganization:
				r.named[m.Entry.Country] = true
			}
		}
	}
	return r.named[iso]
}

func (r *run) find(text string, off int) []gazetteer.Mention {
	if off >= 0 && off+len(text) <= len(r.d.Text) && r.d.Text[off:off+len(text)] == text {
		return r.names.Find(off, off+len(text))
	}
	return r.x.g.Find(text)
}

// actsAfterPronoun reports whether the word after a sentence-opening "It"
// or "They" makes it an actor ("It donated", "They have sent"), not a
// dummy subject ("It is important to …", "It was reported that …").
func actsAfterPronoun(w string) bool {
	switch w {
	case "has", "have", "had", "will", "also", "then", "later", "recently", "already", "sent", "gave", "held":
		return true
	}
	return strings.HasSuffix(w, "ed") && w != "seemed" && w != "appeared"
}

var (
	// acronymDefRE finds an acronym defined in parentheses right after a name.
	acronymDefRE = scan.MustCompile(`^\s*\(([A-Z][A-Za-z&.]*[A-Z]\.?)\)`)
	// iAnnounceRE finds "I" announcing: the speaker for their side.
	iAnnounceRE = scan.MustCompile(`\bI (?:can |am (?:pleased|happy|proud) to |would like to |want to |have |will )?announc`)
	// pronounRE finds "we" and "our": the speaker's side.
	pronounRE = scan.MustCompile(`\b(?:[Ww]e|[Oo]ur|us|[Oo]urs|[Oo]urselves)\b`)
)

// dropLanguages drops the demonyms that name languages, not countries: a
// list of them after "into" or "in" that no noun follows ("translated it
// into Korean, Japanese and English and shared it with").
func dropLanguages(ms []mention, text string) []mention {
	var drop []int
	for i := 0; i < len(ms); i++ {
		if !ms[i].demonym || !(strings.HasSuffix(text[:ms[i].start], "into ") || strings.HasSuffix(text[:ms[i].start], " in ")) {
			continue
		}
		j := i // the list's last demonym
		for j+1 < len(ms) && ms[j+1].demonym && listGap(text[ms[j].end:ms[j+1].start]) {
			j++
		}
		rest := strings.TrimLeft(text[ms[j].end:], " ")
		if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, "and ") && !strings.HasPrefix(rest, "or ") {
			i = j
			continue // "in Chinese hospitals": an adjective before its noun
		}
		for k := i; k <= j; k++ {
			drop = append(drop, ms[k].start)
		}
		i = j
	}
	if len(drop) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m mention) bool { return slices.Contains(drop, m.start) })
}

// dropWithin drops the mentions inside text[start:end] of the document,
// which describe what a longer phrase there names; their entities stay
// named, but neither give nor receive.
func (r *run) dropWithin(ms []mention, start, end int) []mention {
	return slices.DeleteFunc(ms, func(m mention) bool {
		in := m.start >= start && m.end <= end
		if in && m.ent != nil {
			r.seen[m.ent] = true
		}
		return in
	})
}

// openingActor is the country or organisation a sentence opens with, its
// subject ("The National Health Commission (NHC) has held"), or nil.
func openingActor(ms []mention, text string, off int) *entity {
	from := 0 // past a questioner's label: "Kyodo News: The Japanese government sent"
	for _, m := range ms {
		if m.pronoun || m.ent == nil {
			continue
		}
		if strings.HasPrefix(text[m.end-off:], ":") && m.start-off == from {
			from = m.end - off + 1
			continue
		}
		if pre := strings.TrimSpace(text[from : m.start-off]); pre != "" && pre != "The" && !(timeOpener(pre) && openingTimeRE.MatchString(pre+" ")) && !(strings.HasSuffix(pre, "(") && longNameRE.MatchString(pre)) {
			return nil // "In the past two weeks, the NHC has held": a phrase of time, then the subject
		}
		if c := m.ent.class; c == voc.Country || c == voc.Organization || c == voc.GovernmentOrganization {
			return m.ent
		}
		return nil
	}
	return nil
}

// statehood is the form of state a country's official name begins with,
// by which its own officials call it ("the Sultanate" of Oman, "the
// Kingdom" of Saudi Arabia), or "".
func (r *run) statehood(c *entity) string {
	if c == nil || c.entry == nil || c.class != voc.Country {
		return ""
	}
	if w, ok := r.statehoods[c]; ok {
		return w // read once per country, not once per sentence
	}
	w := ""
	for _, a := range c.entry.Aliases {
		for _, s := range statehoods {
			if strings.HasPrefix(a, s+" of ") {
				w = s
			}
		}
	}
	r.statehoods[c] = w
	return w
}

// statehoods are the forms of state that stand for a country alone.
var statehoods = []string{"Sultanate", "Kingdom", "Emirate", "Principality", "Grand Duchy", "Federation", "Commonwealth", "Confederation"}

var objectPronounRE = scan.MustCompile(`\b(?:it|them)\b`)

// possessiveSubjectRE opens a sentence whose subject is the people of
// the one "Its" or "Their" stands for: "Its specialists have".
var possessiveSubjectRE = scan.MustCompile(`^(Its|Their) (?:[a-z-]+ )?(?:specialists|experts|doctors|teams?|staff|engineers|scientists|epidemiologists|personnel|volunteers|medical teams?) `)

// subjectPronounRE finds "It" or "They" as a sentence's subject, at its
// start or after a phrase of time: "Last week it also trained laboratory
// staff", "In March, they sent".
var subjectPronounRE = scan.MustCompile(`^(?:` + timePhrase + `)?(It|it|They|they) `)

// theySubject reports whether "they" is the subject of the sentence after
// a phrase of time: "On Saturday they trained 300 of our health workers".
func theySubject(text string) bool {
	loc := subjectPronounRE.FindStringSubmatchIndex(text)
	return loc != nil && text[loc[2]:loc[3]] == "they"
}

// toldHearer is the entity named right before " that " and after a verb
// of telling, which ends text[:at]: "the ERCC" in "Switzerland has
// informed the ERCC that it will send"; nil if there is none.
func toldHearer(ms []mention, text string, off, at int) *entity {
	before, ok := strings.CutSuffix(text[:at], " that ")
	if !ok {
		return nil
	}
	for _, m := range ms {
		if m.end-off != len(before) || m.ent == nil || m.pronoun {
			continue
		}
		lead := strings.TrimSuffix(strings.TrimSuffix(before[:m.start-off], " "), " the")
		for _, v := range []string{" informed", " told", " notified", " assured", " advised"} {
			if strings.HasSuffix(lead, v) {
				return m.ent
			}
		}
	}
	return nil
}

// toldUs reports whether before ends with a verb of telling and its
// hearer, "that" left out: "Japan has told us it will provide".
func toldUs(before string) bool {
	for _, v := range []string{" told us ", " informed us ", " assured us ", " notified us ", " told me ", " informed me ", " assured me "} {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// withoutTimeAdverb is s less a word of time it ends with: ", and
// yesterday it held" goes on as ", and it held".
func withoutTimeAdverb(s string) string {
	t := strings.TrimSuffix(s, " ")
	if k := strings.LastIndexByte(t, ' '); k >= 0 && timeAdverbs[t[k+1:]] {
		return t[:k+1]
	}
	return s
}

// timeAdverbs are the words that may stand between a subject and its
// verb: "The government today decided", "the government also sent".
var timeAdverbs = map[string]bool{"today": true, "yesterday": true, "also": true, "now": true, "recently": true, "already": true, "then": true}

// subsidiaries joins a company the gazetteer knows and the country named
// right after it into the company's branch there, an organisation of its
// own: "Huawei Peru handed over 5,000 protective suits", not Peru.
func (r *run) subsidiaries(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	for i := 0; i+1 < len(gms); i++ {
		co, c := gms[i], gms[i+1]
		if co.Entry.Kind != gazetteer.KindCompany || c.Entry.Class != voc.Country || c.Demonym || c.Start != co.End+1 || text[co.End] != ' ' {
			continue
		}
		name := text[co.Start:c.End]
		e := r.es.get(quad.IRI(voc.IDBase+"org/"+slug(name)), voc.Organization, name)
		e.kind = gazetteer.KindCompany
		ms = slices.DeleteFunc(ms, func(m mention) bool { return m.start >= off+co.Start && m.end <= off+c.End })
		ms = append(ms, mention{start: off + co.Start, end: off + c.End, ent: e})
		slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	}
	return ms
}

// governmentClauseRE finds "the government" as the subject of a clause
// after ", and".
var governmentClauseRE = scan.MustCompile(`, and ((?:the|our) [Gg]overnment) `)

// governmentSubjectRE finds "the government" as a sentence's subject: the
// speaker's ("Separately, the government has decided to provide", "And
// on Monday the government approved").
var governmentSubjectRE = scan.MustCompile(`^(?:(?:And|But) (?:(?:on|in|last|this|next|earlier|later|yesterday|today)\b[^,;.]{0,40}?,? )?|` + timePhrase + `|(?:Separately|In addition|Also|Moreover|Furthermore),? )?((?:[Tt]he|[Oo]ur) [Gg]overnment) `)

// longNameRE is a name no gazetteer knows before its known acronym in
// brackets: "The Federal Service for Surveillance on Consumer Rights
// Protection and Human Wellbeing (Rospotrebnadzor) has handed over".
var longNameRE = scan.MustCompile(`^(?:The )?\p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|of|for|on|and|the|in))* \($`)

// timeOpener reports whether s opens with a word that may open
// timePhrase, before the expression is tried.
func timeOpener(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return timeOpenerWords[strings.TrimRight(w, ",")]
}

// timeOpenerWords are the first words of timeOpeners.
var timeOpenerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, o := range timeOpeners {
		w, _, _ := strings.Cut(o, " ")
		m[w] = true
	}
	return m
}()

// openingTimeRE is a phrase of time before a sentence's subject.
var openingTimeRE = scan.MustCompile(`^(?:` + timePhrase + `)(?:[Tt]he )?$`)

// timeOpeners are the words that open timePhrase.
var timeOpeners = []string{"Last", "This", "Next", "Earlier", "Later", "In", "On", "During", "Since", "After", "Yesterday", "Today", "Then", "Meanwhile", "Recently", "So far", "Over the"}

// timePhrase opens a sentence before its subject: "Last week ", "In March, ".
var timePhrase = `(?:` + strings.Join(timeOpeners, "|") + `)\b[^,;.]{0,40}?,? `

// thereRE: people "there", in the place the sentence named before ("to
// our friends there").
var thereRE = scan.MustCompile(`\b(?:friends|people|partners|brothers|colleagues|hospitals|authorities|families|communities) (there)\b`)

// addThere adds, for the "there" of "donated masks to our friends there",
// the country named last before it in the sentence ("When the situation in
// Poland became serious, …").
func (r *run) addThere(ms []mention, text string, off int) []mention {
	added := false
	for _, loc := range thereRE.FindAllStringSubmatchIndex(text) {
		var place *entity
		for _, m := range ms {
			if m.end <= off+loc[2] && m.ent != nil && !m.pronoun && m.ent.class == voc.Country {
				place = m.ent
			}
		}
		if place != nil {
			ms = append(ms, mention{start: off + loc[2], end: off + loc[3], ent: place, pronoun: true})
			added = true
		}
	}
	if added {
		slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	}
	return ms
}

// containsBy is strings.Contains(s, sub) by the bytes sub[k] in s, for a
// sub whose first bytes are common, and sub[k] less so: strings.Index stops
// at each first byte (" there" at every word), this at each sub[k] only.
func containsBy(s, sub string, k int) bool {
	for i := k; i < len(s); i++ {
		j := strings.IndexByte(s[i:], sub[k])
		if j < 0 {
			return false
		}
		if i += j; i+len(sub)-k <= len(s) && s[i-k:i-k+len(sub)] == sub {
			return true
		}
	}
	return false
}

// referentBefore is what "it" or "them" at offset at stands for: the last
// country or organisation mentioned before it in this sentence, else in the
// turn so far.
func (r *run) referentBefore(ms []mention, at int) *entity {
	var best *mention
	for i := range ms {
		m := &ms[i]
		if m.end <= at && m.ent != nil && !m.pronoun && (m.ent.class == voc.Country || m.ent.class == voc.Organization || m.ent.class == voc.GovernmentOrganization) && (best == nil || m.end > best.end) {
			best = m
		}
	}
	if best != nil {
		return best.ent
	}
	return r.referent
}

var acronymRE = scan.MustCompile(`\b[A-Z][A-Z&]{1,9}\b`)

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

// pluralAnaphorRE finds "the two countries", "both countries", "these
// nations", "those two Caribbean countries": a list named before, standing
// as one object ("the countries" and "all countries" are generic).
var pluralAnaphorRE = scan.MustCompile(`\b(?:[Tt]he (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|[Tt]hese|[Tt]hose|[Bb]oth)(?: (?:two|three|four|five|six|seven|eight|nine|ten|\d+))?(?: [A-Z][a-z]+)? (?:countries|nations|governments|organizations|organisations)\b`)

// pluralWordIn reports whether text says "countries", "nations",
// "governments" or "organi", which every match of pluralAnaphorRE holds:
// strings.Contains of each in one reading of the n's, which all four have
// (four searches cost more, their first letters being common).
func pluralWordIn(text string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], 'n')
		if k < 0 {
			return false
		}
		i += k
		// Each word's first byte is tested first: most n's start none.
		if i+1 < len(text) && text[i+1] == 'a' && strings.HasPrefix(text[i:], "nations") ||
			i >= 3 && text[i-3] == 'c' && strings.HasPrefix(text[i-3:], "countries") ||
			i >= 4 && text[i-4] == 'o' && strings.HasPrefix(text[i-4:], "organi") ||
			i >= 5 && text[i-5] == 'g' && strings.HasPrefix(text[i-5:], "governments") {
			return true
		}
	}
}

// addPluralAnaphors resolves "the two countries" to the last list of two
// countries or organisations named before it in the sentence, else in the
// turn: "At the request of Burkina Faso and Djibouti, China will send teams
// to the two countries." The list's members become mentions that can only
// receive, each on one byte of the phrase (the aid rules read mentions in
// order and never overlapping).
func (r *run) addPluralAnaphors(ms []mention, text string, off int) []mention {
	var lists [][]*entity // the lists of this sentence, with where they end
	var ends []int
	var curBuf [8]*entity
	cur := curBuf[:0] // the list being read; lists keeps copies
	for i, m := range ms {
		if m.ent == nil || m.pronoun || m.demonym || m.ent.class == voc.Person || m.ent.class == voc.City {
			continue
		}
		if len(cur) > 0 && i > 0 && listGap(r.d.Text[ms[i-1].end:m.start]) && !ms[i-1].pronoun && !ms[i-1].demonym && !(strings.TrimSpace(r.d.Text[ms[i-1].end:m.start]) == "," && opensClause(r.d.Text[m.end:])) {
			cur = append(cur, m.ent)
		} else {
			cur = append(cur[:0], m.ent)
		}
		if len(cur) >= 2 {
			if len(ends) > 0 && len(lists[len(lists)-1]) == len(cur)-1 && ends[len(ends)-1] == ms[i-1].end {
				lists, ends = lists[:len(lists)-1], ends[:len(ends)-1]
			}
			lists, ends = append(lists, slices.Clone(cur)), append(ends, m.end)
		}
	}
	if !pluralWordIn(text) {
		if len(lists) > 0 {
			r.lastList = lists[len(lists)-1]
		}
		return ms
	}
	for _, loc := range pluralAnaphorRE.FindAllStringIndex(text) {
		if after := text[loc[1]:]; hasAnyPrefix(after, " of ", ":", " including", ", including", " such as", ", such as", " namely", ", namely", " like ", " (") {
			continue // "the five countries of Iran, Iraq, …": the list follows
		}
		n := 0 // "the two countries", "these 3 nations", "those two Caribbean countries"
		for _, w := range strings.Fields(text[loc[0]:loc[1]]) {
			n = max(n, int(event.Number(w)))
		}
		list := r.lastList
		for k := len(lists) - 1; k >= 0; k-- {
			if ends[k] <= off+loc[0] {
				list = lists[k]
				break
			}
		}
		if len(list) < 2 || n > 0 && len(list) != n || loc[1]-loc[0] < len(list) {
			continue
		}
		ms = r.dropWithin(ms, off+loc[0], off+loc[1]) // "Caribbean" describes the list: named, but no one the list's members are
		for k, e := range list {
			start, end := off+loc[0]+k, off+loc[0]+k+1
			if k == len(list)-1 {
				end = off + loc[1]
			}
			ms = append(ms, mention{start: start, end: end, ent: e, pronoun: true, object: true})
		}
	}
	if len(lists) > 0 {
		r.lastList = lists[len(lists)-1]
	}
	sortMentions(ms)
	return ms
}

// clauseOpensAfter reports whether after opens with a verb that a
// clause's subject is followed by: opensClause's, or a word in the past
// ("shipped", "delivered").
func clauseOpensAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	return opensClause(after) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// opensClause reports whether the text after a mention makes it the
// subject of a clause rather than a list's member: "…Kiribati and the
// Solomon Islands, China will send".
func opensClause(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	switch w {
	case "will", "has", "have", "had", "is", "are", "was", "were", "would", "can", "also", "sent", "donated", "provided", "decided":
		return true
	}
	return false
}

// listGap reports whether the text between two mentions joins them in a list.
func listGap(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimSpace(strings.TrimSuffix(g, "the"))
	return g == "," || g == "and" || g == ", and"
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// shortRefRE finds a body or organisation called by its head word alone:
// "the Ministry", "this Ministry", "the center", "the provincial (or
// regional) government", "our provincial health commission", "the Department" (capitalised only: "the
// department" is any of a hospital's).
var shortRefRE = scan.MustCompile(`\b(?:[Tt]he|[Tt]his|[Oo]ur) (?:[Mm]inistry|(?:(?:provincial|municipal|regional) )?(?:health )?[Cc]ommission|[Cc]ent(?:er|re)|[Aa]gency|[Ii]nstitute|[Ll]aboratory|[Uu]niversity|[Ff]oundation|[Aa]cademy|[Bb]ank|Department|provincial government|municipal government|regional government|[Ff]und|General Secretariat|Secretariat(?:[- ]General)?|Board)\b`)

// shortHeads are the head words shortRefRE finds, as a body's or an
// organisation's name has them.
var shortHeads = []string{"ministry", "commission", "center", "centre", "agency", "institute", "laboratory", "university", "foundation", "academy", "bank", "department", "fund", "provincial government", "provincial people's government", "municipal government", "regional government", "regional people's government", "region people's government"}

// addShortReferences adds the body or organisation named earlier in the
// document that "the Ministry", "the center" or "the provincial
// government" stands for: the last one named with that head word ("the
// Ministry of Health and Wellness … shared the results with the
// Ministry"). A head word with a name of its own after it ("the Ministry
// of Health", "the Agency for …") is no short reference, nor one no
// earlier name had.
func (r *run) addShortReferences(ms []mention, text string, off int, actor, speaker *entity) []mention {
	// The sentence's own headed names, in order: "the institute" stands
	// for one named before it, in this sentence or an earlier one, never
	// for one named after it ("the institute has started a joint study
	// with the Ethiopian Public Health Institute").
	type headedAt struct {
		end  int
		head string
		ent  *entity
	}
	var ownBuf [8]headedAt
	own := ownBuf[:0]
	for _, m := range ms {
		if m.ent == nil || m.pronoun || (m.ent.class != voc.GovernmentOrganization && m.ent.class != voc.Organization) {
			continue
		}
		for _, h := range r.headsOf(m.ent) {
			if h == "fund" && !strings.Contains(r.d.Text[m.start:m.end], "Fund") {
				continue // "the fund" is one named so, not UNICEF named by its acronym
			}
			own = append(own, headedAt{m.end, h, m.ent})
		}
	}
	// "The Secretariat has dispatched", "the Board has approved", said at
	// an organisation's briefing: the organisation itself, whose name
	// holds no such head word.
	var hostOrg *entity
	if actor != nil && actor.class == voc.Organization {
		hostOrg = actor
	}
	if len(r.headed) == 0 && len(own) == 0 && hostOrg == nil {
		return ms // nothing to stand for, and nothing named for later sentences
	}
	added := false
	for _, loc := range r.all(shortRefRE, text) {
		det, head, _ := strings.Cut(text[loc[0]:loc[1]], " ")
		h := headKey(strings.ToLower(head))
		ours := det == "our" || det == "Our"
		if strings.HasSuffix(h, " commission") {
			if !ours {
				continue // "the provincial health commission" is none of the commissions named before it
			}
			h = "commission" // "our provincial health commission trained 80 doctors", said by the director of the Heilongjiang Provincial Health Commission
		}
		e := r.headed[h]
		if ours && actor != nil {
			e = r.headedOf[headOf{h, actor}] // "shared with our ministry", after Singapore's ministry was named: the speaker's
		}
		for _, o := range own {
			if o.end <= off+loc[0] && o.head == h && (!ours || o.ent.country == actor) {
				e = o.ent
			}
		}
		if ours && speaker != nil && speaker.affiliation != nil && speaker.affiliation.class != voc.Country && slices.Contains(r.headsOf(speaker.affiliation), h) {
			e = speaker.affiliation // "our commission", said by the deputy director of the Health Commission of Zhejiang Province
		}
		if strings.Contains(head, "Secretariat") || head == "Board" {
			e = hostOrg // "the Board has approved $1 billion for India", said at the World Bank's briefing
		}
		rest := text[loc[1]:]
		if e == nil || strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " for ") || strings.HasPrefix(rest, " on ") || nextCapital(rest) {
			continue
		}
		start, end := off+loc[0]+len(det)+1, off+loc[1]
		if ours {
			// "Our commission also held 14 video conferences", after the
			// Shandong Provincial Health Commission was named: the
			// speaker's own body, if it is the speaker's side's.
			if actor == nil || e.country != actor {
				continue
			}
			start = off + loc[0]
			ms = slices.DeleteFunc(ms, func(m mention) bool { return m.pronoun && m.start == start })
		}
		if slices.ContainsFunc(ms, func(m mention) bool { return m.start < end && start < m.end }) {
			continue
		}
		ms = append(ms, mention{start: start, end: end, ent: e})
		added = true
	}
	if added {
		slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	}
	for _, h := range own {
		r.headed[h.head] = h.ent // for the sentences to come
		if h.ent.country != nil {
			r.headedOf[headOf{h.head, h.ent.country}] = h.ent
		}
	}
	return ms
}

// headsOf are the head words of a body's or an organisation's name, read
// once per entity: the head of "Foreign Affairs Office of the Henan
// Provincial Government" is "office", its words before "of" or "for".
func (r *run) headsOf(e *entity) []string {
	hs, ok := r.heads[e]
	if ok {
		return hs
	}
	low := strings.ToLower(e.name)
	if k := strings.Index(low, " of "); k >= 0 {
		low = low[:k]
	}
	if k := strings.Index(low, " for "); k >= 0 {
		low = low[:k]
	}
	for _, h := range shortHeads {
		if strings.Contains(low, h) {
			hs = append(hs, headKey(h))
		}
	}
	r.heads[e] = hs
	return hs
}

// headOf is a head word and the country of a body named with it.
type headOf struct {
	head    string
	country *entity
}

// headKey is the one spelling of a head word: "centre" is "center", a
// "provincial people's government" a "provincial government".
func headKey(h string) string {
	h = strings.Replace(strings.Replace(h, "centre", "center", 1), " people's", "", 1)
	if h == "region government" {
		return "regional government" // "Xinjiang Uygur Autonomous Region People's Government", "the regional government"
	}
	return h
}

// nextCapital reports whether rest goes on with a capitalised word: "the
// Agency Fund", "the Ministry Spokesperson".
func nextCapital(rest string) bool {
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z'
}
