package extract

// Whose briefing it is, and whom "we" stands for in each turn.

import (
	"iter"
	"strings"

	"github.com/briefgraph/briefgraph/extract/internal/scan"

	"github.com/briefgraph/briefgraph/extract/event"
	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// inferHost decides whose briefing this is: the body or organisation named
// in the heading (the SCIO's country, WHO), else the country named most
// often, if one clearly is.
func (r *run) inferHost() *entity {
	head := r.d.Title
	for i, t := range r.d.Turns {
		if len(t.Sentences) > 0 && t.Role != transcript.Question {
			s := t.Sentences[0]
			head += "\n" + r.d.Text[s.Start:s.End]
		}
		if t.Label != "" || i > 0 {
			break // the first sentence of the text and of the first labelled turn
		}
	}
	// head is no part of the text, but an index of it is Find's answer
	// (FuzzFind): the tries' walks over its few hundred bytes touch fewer
	// cache lines than the automata's tables, all cold by then.
	ms := r.x.g.Index(head).Find(0, len(head))
	for _, m := range ms {
		switch {
		case m.Entry.Class == voc.GovernmentOrganization && m.Entry.Country != "" && !isGenericBody(m.Entry.Name) && !isGenericBody(m.Surface):
			return r.es.country(m.Entry.Country)
		case m.Entry.Class == voc.Country && governmentLine(head, m.Start, m.End):
			return r.es.fromEntry(m.Entry) // "The official website of the New Zealand Government" under the site's name
		case m.Entry.Class == voc.Country && aloneOnLine(head, m.Start, m.End):
			return r.es.fromEntry(m.Entry) // "FEDERATED STATES OF MICRONESIA", "GOVERNMENT OF KIRIBATI" on the page's first line, "ANTIGUA AND BARBUDA" under "OFFICE OF THE PRIME MINISTER"
		case m.Entry.Class == voc.Country && m.Start == 0 && m.End < len(r.d.Title) && ownBody(r.d.Title[m.End:]):
			return r.es.fromEntry(m.Entry) // "PNG COVID-19 National Control Centre", "Kenya Ministry of Health": the country's own body
		case m.Entry.Class == voc.GovernmentOrganization && m.End <= len(r.d.Title):
			if c := r.contextCountry(head, m.Start, m.End, ms); c != nil {
				return c // "Press briefing of the Ministry of Foreign Affairs of Ireland", "the Irish Department of Health's briefing"
			}
		case m.Entry.Class == voc.Organization && m.Entry.Kind == gazetteer.KindIGO && m.Start < len(r.d.Title):
			return r.es.fromEntry(m.Entry) // "WHO virtual press conference"; "UNITED NATIONS\nOffice for the Coordination of Humanitarian Affairs", one name over two lines
		case m.Entry.Class == voc.Organization && m.Start == 0 && strings.HasPrefix(r.d.Title, m.Surface) && m.Entry.Kind != gazetteer.KindMedia:
			return r.es.fromEntry(m.Entry) // "IFRC press briefing on the floods in eastern Libya": the federation's own; not "NNT - National News Bureau of Thailand", the outlet that published it
		case m.Entry.Class == voc.Organization && m.Entry.Kind != gazetteer.KindMedia && m.End <= len(r.d.Title) && (strings.HasPrefix(r.d.Title[m.End:], "'s ") || strings.HasPrefix(r.d.Title[m.End:], "’s ") || strings.HasSuffix(strings.TrimSuffix(r.d.Title[:m.Start], "the "), "by ")):
			return r.es.fromEntry(m.Entry) // "Press conference on the Red Cross Society of China's work", "… given by the Red Cross Society of China"
		case m.Entry.Class == voc.Organization && m.Entry.Kind == gazetteer.KindIGO && m.Start > 0 && (strings.HasSuffix(strings.TrimSuffix(head[:m.Start], "the "), "headquarters of ") || strings.HasPrefix(head[m.End:], " headquarters") || strings.HasPrefix(head[m.End:], " Headquarters")):
			return r.es.fromEntry(m.Entry) // "good evening from the headquarters of the World Health Organization in Geneva", "from WHO headquarters"
		}
	}
	if c := titleBodyCountry(r.d.Title, ms, r.es); c != nil {
		return c // "Press briefing of the Ministry of Health of Ghana": a body no gazetteer lists, of the country its name ends with
	}
	if c := r.datelineCountry(); c != nil {
		return c // "Colombo, 03 June 2021": the briefing is held in its country
	}
	if c := r.addressCountry(); c != nil {
		return c // "Camp General Emilio Aguinaldo, Quezon City" under the council's name
	}
	if c := r.listedBodiesCountry(); c != nil {
		return c // "Speakers: …, Matthias Holtmann (Federal Foreign Office), …": the speakers' bodies are one country's
	}
	counts := map[string]int{}
	for _, m := range r.names.Find(0, len(r.d.Text)) {
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

// governmentLine reports whether the country named at head[start:end]
// ends a short line with " Government": a site's line, "The official
// website of the New Zealand Government".
func governmentLine(head string, start, end int) bool {
	from := strings.LastIndexByte(head[:start], '\n') + 1
	to := strings.IndexByte(head[end:], '\n')
	if to < 0 {
		to = len(head) - end
	}
	return head[end:end+to] == " Government" && end+to-from <= 80
}

// aloneOnLine reports whether head[start:end], a country's name, is all
// its line says but for words that only say whose the line is
// (titleNamesOnly): a heading, not a sentence that names the country.
func aloneOnLine(head string, start, end int) bool {
	from := strings.LastIndexByte(head[:start], '\n') + 1
	return (end == len(head) || head[end] == '\n') && titleNamesOnly(head[from:start])
}

// titleBodyCountry is the country a body named in the title by pattern
// ends its name with ("Ministry of Health of Ghana", "Department of
// Health of the Philippines"), found among the gazetteer's mentions ms of
// the heading; nil if none.
func titleBodyCountry(title string, ms []gazetteer.Mention, es *entities) *entity {
	for _, sp := range ministryOfRE.FindAllStringIndex(title) {
		for _, m := range ms {
			if m.Entry.Class != voc.Country || m.Start <= sp[0] || m.End > sp[1] {
				continue
			}
			if before := title[:m.Start]; strings.HasSuffix(before, " of ") || strings.HasSuffix(before, " of the ") {
				return es.fromEntry(m.Entry)
			}
		}
	}
	return nil
}

// ownBody reports whether what follows a country's name at the head of a
// page names one of its bodies within four words: "PNG COVID-19 National
// Control Centre", "Kenya Ministry of Health". (A word test: an
// expression with a leading repeated word costs tens of milliseconds to
// compile.)
func ownBody(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	ws := strings.Fields(rest)
	for _, w := range ws[:min(4, len(ws))] {
		if ownBodyWords[w] {
			return true
		}
	}
	return false
}

var ownBodyWords = map[string]bool{"Ministry": true, "Department": true, "National": true, "Government": true, "Presidency": true, "Office": true,
	"Task": true, "Taskforce": true, "Commission": true, "Agency": true, "Centre": true, "Center": true, "Council": true}

// titleNamesOnly reports whether the words of a title before the country
// it ends with only say whose it is: "", "Government of ", "GOVERNMENT OF THE ".
func titleNamesOnly(before string) bool {
	low := strings.ToLower(strings.TrimSpace(before))
	switch low {
	case "", "government of", "government of the", "the government of", "the government of the",
		"république de", "république du", "république de la", "république d'", "republique de", "royaume du", "royaume de", "república de", "república del", "república do", "república da", "reino de": // "RÉPUBLIQUE DE CÔTE D'IVOIRE" over a translated page
		return true
	}
	// "MINISTRY OF HEALTH - TRINIDAD AND TOBAGO", "Ministry of Health |
	// The Republic of Uganda": a body's name, a separator, its country.
	for _, sep := range [...]string{" -", " |", " –", " —"} {
		if body, ok := strings.CutSuffix(strings.TrimSuffix(low, " the"), sep); ok {
			return strings.HasPrefix(body, "ministry ") || strings.HasPrefix(body, "department ") || strings.HasPrefix(body, "office ")
		}
	}
	return false
}

// datelineRE is a dateline line before the first turn: "Colombo, 03 June
// 2021", "Havana, 20 April 2020.", "Abuja, September 2, 2020", "Kingston,
// Thursday, April 23, 2020", "Thimphu, 16 July 2021, 3:00 PM".
var datelineRE = scan.MustCompile(`(?m)^(\p{Lu}[\p{L}'’. -]{1,40}), (?:\p{Lu}\p{Ll}+day,? )?(?:\d{1,2} \p{L}+,? \d{4}|\p{L}+ \d{1,2}, \d{4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)?\.?\s*$`)

// datelineCountry is the country of the city a dateline before the first
// turn names, or nil.
func (r *run) datelineCountry() *entity {
	m := datelineRE.FindStringSubmatchIndex(r.d.Text[:r.headingEnd(800)])
	if m == nil {
		return nil
	}
	city := r.d.Text[m[2]:m[3]]
	for _, gm := range r.find(city, m[2]) {
		if gm.Entry.Class == voc.City && gm.Entry.Country != "" && gm.Start == 0 && gm.End == len(city) {
			return r.es.country(gm.Entry.Country)
		}
	}
	return nil
}

// headingEnd is where the heading's lines end: at the first labelled
// turn, and within limit bytes.
func (r *run) headingEnd(limit int) int {
	end := min(len(r.d.Text), limit)
	for _, t := range r.d.Turns {
		if t.Label != "" {
			return min(end, t.Start)
		}
	}
	return end
}

// headingLines yields the heading's lines (headingEnd) with the offset
// of each in the text.
func (r *run) headingLines(limit int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		off := 0
		for line := range strings.Lines(r.d.Text[:r.headingEnd(limit)]) {
			if !yield(off, line) {
				return
			}
			off += len(line)
		}
	}
}

// listedBodiesCountry is the country of the bodies the heading's list of
// speakers names ("Speakers: Deputy Government Spokesperson Ulrike Brandl,
// Matthias Holtmann (Federal Foreign Office), …"), if they are all one
// country's, or nil.
func (r *run) listedBodiesCountry() *entity {
	iso := ""
	for at, line := range r.headingLines(1500) {
		if _, ok := speakerList(line); !ok {
			continue
		}
		for _, gm := range r.find(line, at) {
			if gm.Entry.Class != voc.GovernmentOrganization || gm.Entry.Country == "" || isGenericBody(gm.Entry.Name) || isGenericBody(gm.Surface) {
				continue
			}
			if iso != "" && iso != gm.Entry.Country {
				return nil // a joint press conference: two governments speak
			}
			iso = gm.Entry.Country
		}
	}
	if iso == "" {
		return nil
	}
	return r.es.country(iso)
}

// addressCountry is the country of the town that ends an address line in
// the heading, "Office of Civil Defense | Camp General Emilio Aguinaldo,
// Quezon City", or nil.
func (r *run) addressCountry() *entity {
	for at, line := range r.headingLines(600) {
		line = strings.TrimRight(line, " \t\r\n")
		if len(line) > 160 || !strings.Contains(line, ", ") && !strings.Contains(line, "| ") {
			continue
		}
		for _, gm := range r.find(line, at) {
			if gm.Entry.Class != voc.City || gm.Entry.Country == "" || gm.End != len(line) {
				continue
			}
			if before := line[:gm.Start]; strings.HasSuffix(before, ", ") || strings.HasSuffix(before, "| ") {
				return r.es.country(gm.Entry.Country)
			}
		}
	}
	return nil
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
		if c, _ := r.ofCountry(p.jobTitle); c != nil {
			return c // "the Minister of Health of the Republic of Poland Marek Zieliński", a guest at Georgia's press conference: his "we" is Poland
		}
		return r.host
	}
	if t.Label == "" && r.d.Spokesperson == "" && r.labelled() && r.answeredNext(i) {
		return nil // unmarked text before an answer: a question cut by the page
	}
	return r.host // unmarked text before other turns: a page that starts mid-answer, an official's
}

// topic is the IRI of what the question right before turn i opens by
// saying it is about, or else of the one country, other than self (the
// answering side, turn i's turnActor), that it names: "Question: On Haiti, which
// countries have offered help?" makes Haiti the recipient of help the
// answer tells with none named. "" if turn i answers no question, or the
// question names no country or several.
func (r *run) topic(i int, self *entity) string {
	if i > 1 && r.d.Turns[i].Role == transcript.Question && followUp(r.d.Turns[i].Label) && r.d.Turns[i-1].Role == transcript.Answer {
		// "Follow-up: Australia and New Zealand have sent military aircraft
		// with relief supplies.", after an answer on Vanuatu: the topic goes
		// on, unless the follow-up names its own ("What about vaccines for
		// Africa? Last year China pledged …").
		if r.askedNew[i] {
			return ""
		}
		return r.topic(i-1, r.turnActor(i-1))
	}
	if i == 0 || r.d.Turns[i].Role == transcript.Question || r.d.Turns[i-1].Role != transcript.Question {
		return ""
	}
	if on := r.askedOn[i-1]; on != "" && (self == nil || on != string(self.iri)) {
		return on // "On Haiti, which countries have offered help? Has the Dominican Republic sent anything?"
	}
	var t *entity
	for _, e := range r.asked[i-1] {
		if e == self {
			continue
		}
		if t != nil {
			return ""
		}
		t = e
	}
	if t == nil {
		return ""
	}
	return string(t.iri)
}

// followUp reports whether a question's label says it follows up the one
// before: "Follow-up:", "Follow up question:".
func followUp(label string) bool {
	return len(label) >= 6 && strings.EqualFold(label[:6], "follow")
}

// answeredNext reports whether the first labelled turn after turn i is an
// answer.
func (r *run) answeredNext(i int) bool {
	for _, t := range r.d.Turns[i+1:] {
		if t.Label != "" {
			return t.Role == transcript.Answer
		}
	}
	return false
}

// selfIntroRE: "As the representative of the" opening a sentence, "I am
// the head of the" anywhere; not "the right of the Iranian nation as a
// member of the Fund", which is about another.
var selfIntroRE = scan.MustCompile(`(?i)(?:(?:^\s*as|\bi am|\bi'm)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:representative|spokesperson|official|minister|director|head|member|ambassador)\s+(?:of|from)|\b(?:i am|i'm|i come) from)\s+(?:the\s+)?$`)

// selfIntro reports whether before (a sentence up to an entity's name) ends
// as a speaker introducing themselves: "As the representative of the".
// The expression ends with "of", "from" or "the" and white space; that is
// tested first, as this runs on every mention.
func selfIntro(before string) bool {
	t := strings.TrimRight(before, " \t\n\f\r")
	if len(t) == len(before) || !hasFoldSuffix(t, "of") && !hasFoldSuffix(t, "from") && !hasFoldSuffix(t, "the") {
		return false
	}
	return selfIntroRE.MatchString(before)
}

// reportedApposition returns where the apposition after the speaker's
// name that opens a summary's sentence ends ("Christian Lindmeier, for the
// World Health Organization (WHO), said that …", "Yasmin Ali Haque, UNICEF
// Representative in India, said"), or 0 if the sentence opens otherwise:
// another's name ("Dr Tedros, the WHO Director-General, said", quoted by
// someone else) says nothing of the speaker.
func reportedApposition(text, speaker string) int {
	name, rest, ok := strings.Cut(text, ", ")
	if !ok || strings.Count(name, " ") > 4 || speaker == "" {
		return 0
	}
	surname := speaker[strings.LastIndexByte(speaker, ' ')+1:]
	if !strings.HasSuffix(name, surname) {
		return 0
	}
	for _, v := range []string{", said", ", told", ", stressed", ", explained", ", noted", ", added", ", announced", ", warned", ", reported", ", underlined", ", recalled"} {
		if k := strings.Index(rest, v); k >= 0 && k < 160 {
			return len(name) + len(", ") + k
		}
	}
	return 0
}

// worksAt reports whether the words after a body's name say the speaker
// works there: "Gansu University of Chinese Medicine, where I work, has".
func worksAt(after string) bool {
	for _, p := range []string{", where I work", ", where I serve", ", which I represent", ", which I head", ", which I lead"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

func hasFoldSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// labelled reports whether any turn of the document has a speaker label; a
// statement or readout with none is the host's voice throughout.
func (r *run) labelled() bool {
	for _, t := range r.d.Turns {
		if t.Label != "" {
			return true
		}
	}
	return false
}

// headingTopic is the Ref of the one country other than the host that the
// heading's lines naming a disaster name ("MEDIA BRIEFING: M 7.4
// EARTHQUAKE AND TSUNAMI, CENTRAL SULAWESI, INDONESIA", "Subjects: Tonga
// volcanic eruption and tsunami; Australia's assistance"), or "": help
// told with no receiver, in no paragraph of its own, goes to it.
func (r *run) headingTopic() string {
	if !r.disasters {
		return "" // the text names no disaster, nor does its heading
	}
	var found *entity
	for at, line := range r.headingLines(800) {
		if !event.NamesDisaster(strings.ToLower(line)) {
			continue
		}
		for _, m := range r.mentions(line, at, nil, nil) {
			if m.ent == nil || m.pronoun || m.ent.class != voc.Country || m.ent == r.host {
				continue
			}
			if found != nil && found != m.ent {
				return "" // "FLOODS IN PAKISTAN AND AFGHANISTAN": no one topic
			}
			found = m.ent
		}
	}
	if found == nil {
		return ""
	}
	return string(found.iri)
}
