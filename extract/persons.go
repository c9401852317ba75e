package extract

// Persons: by title, honorific, introduction, byline and speaker label, with short references resolved to full names.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

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
		if nWords(name) >= 2 && !r.isKnownName(name) && !isRole(name) && !r.initialOfKnown(name) {
			if p := r.es.person(name); p.jobTitle == "" && !strings.EqualFold(title, "counterpart") {
				p.jobTitle = title // known before the turns are read: "Prime Minister:" is this person
			}
		}
	}
	for _, t := range r.d.Turns {
		if post, name, _ := strings.Cut(t.Speaker, " "); nWords(t.Speaker) >= 2 && !(beforeName(post) && (nWords(name) == 1 || rankedSurname(name))) {
			add(t.Speaker, "") // not "Ambassador Mahmood", "Chair Winter", a post and a surname: a short reference
		}
	}
	var bare [][]string // "President Trump": a surname with a title, kept for after the full names
	off := 0
	for _, line := range strings.Split(text, "\n") {
		plain, comma := r.titled(line, off)
		off += len(line) + 1
		for _, m := range plain {
			name, title := line[m[4]:m[5]], line[m[2]:m[3]]
			add(name, title)
			if n := cleanName(name); nWords(n) == 1 {
				bare = append(bare, []string{n, title})
			}
		}
		for _, m := range comma {
			add(line[m[4]:m[5]], line[m[2]:m[3]])
		}
		if name, title, ok := r.x.titles.byline(line); ok {
			add(name, title)
		}
		r.x.titles.apposed(line, func(name, title string) {
			for first, rest, ok := strings.Cut(name, " "); ok && r.isKnownName(first); first, rest, ok = strings.Cut(rest, " ") {
				name = rest // "the President of Kazakhstan Kassymjomart Tokayev, …"
			}
			add(name, title) // "Jens Laerke, spokesperson for OCHA, said"
		})
	}
	r.honors = honorificRE.FindAllStringSubmatchIndex(text)
	for _, m := range r.honors {
		add(text[m[2]:m[3]], "")
	}
	for _, m := range rankRE.FindAllStringSubmatchIndex(text) {
		if !rankInName(text[:m[0]]) {
			add(text[m[2]:m[3]], "") // "Lt Gen Tariq Mehmood", "Col. Stefan Brandl"
		}
	}
	// "… press conference by the Minister for Foreign Trade and Development
	// Cooperation, Marieke Verhoef, and the State Secretary …, Pieter Bosman":
	// the posts are too long for the title list, the heading says who speaks.
	head := text
	for _, t := range r.d.Turns {
		if t.Label != "" {
			head = text[:min(t.Start, len(text))]
			break
		}
	}
	for _, m := range byPostRE.FindAllStringSubmatch(head) {
		add(m[2], m[1])
	}
	for _, np := range listedSpeakers(head) {
		add(np[0], np[1]) // "Speakers: …, Annika Lohmeyer (Federal Ministry of Health), …", "SRS Annette Wendt, Deputy Government Spokesperson"
	}
	for _, m := range chairedByRE.FindAllStringSubmatch(head) {
		add(m[1], m[2]) // "moderated by Ayu Kartika, Deputy Director for Public Information"
	}

	if r.d.Spokesperson != "" {
		add(r.d.Spokesperson, r.d.SpokespersonTitle)
	}
	for _, b := range bare {
		if r.es.resolvePerson(b[0]) == nil && !r.isKnownName(b[0]) && !isRole(b[0]) && !nameStop[b[0]] && !(len(b[0]) <= 6 && isAllCaps(b[0])) { // not the body of "Chairman NDMA"
			if p := r.es.person(b[0]); p.jobTitle == "" && !strings.EqualFold(b[1], "counterpart") {
				p.jobTitle = b[1]
				p.addName(b[1] + " " + b[0])
			}
		}
	}
}

// listedSpeakers returns the names of the list of speakers above a
// transcript's turns, on the list's line ("Speakers: Dr Tobias Kerner
// (Federal Foreign Office), Annika Lohmeyer (Federal Ministry of Health)")
// or a line each below it ("SRS Annette Wendt, Deputy Government
// Spokesperson", "Col. Stefan Brandl, Federal Ministry of Defence
// (BMVg)"): the words of an item before its comma or bracket, less the
// posts, ranks and honorifics before them, where two to four are left,
// each with the post after its comma ("Lt Gen Tariq Mehmood, Chairman
// National Disaster Management Authority"), if it gives one.
func listedSpeakers(head string) [][2]string {
	var names [][2]string
	listing := false // the lines below a "Speakers:" line of its own
	for line := range strings.Lines(head) {
		line = strings.TrimSpace(line)
		var items []string
		switch rest, ok := speakerList(line); {
		case ok:
			listing = strings.TrimSpace(rest) == ""
			if strings.Contains(rest, "; ") {
				items = strings.Split(rest, "; ") // "Name, post; Name, post"
				break
			}
			depth, from := 0, 0 // "Name (Body), Post Name, …": the commas outside brackets
			for k := 0; k < len(rest); k++ {
				switch rest[k] {
				case '(':
					depth++
				case ')':
					depth--
				case ',':
					if depth == 0 {
						items, from = append(items, rest[from:k]), k+1
					}
				}
			}
			items = append(items, rest[from:])
		case listing && line != "":
			items = []string{line}
		default:
			listing = false
			continue
		}
		for _, item := range items {
			item = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(item), "and "))
			if k, j := strings.Index(item, ", "), strings.LastIndex(item, ", "); k > 0 {
				// "the Minister for Foreign Affairs, European Union and
				// Cooperation, Teresa Albaladejo": the post first, the name
				// after its last comma.
				first, _, _ := strings.Cut(strings.TrimPrefix(item, "the "), " ")
				if name := strings.Fields(item[j+2:]); (strings.HasPrefix(item, "the ") || transcript.IsTitleWord(first) && !isHonorific(first)) && !isRole(item[j+2:]) && len(name) >= 2 && len(name) <= 4 && !slices.ContainsFunc(name, func(w string) bool { return !isNameWord(w) || isAllCaps(w) }) {
					names = append(names, [2]string{strings.Join(name, " "), strings.TrimPrefix(item[:k], "the ")})
					continue
				}
			}
			post := ""
			if k := strings.IndexAny(item, ",("); k > 0 {
				if item[k] == ',' {
					post, _, _ = strings.Cut(strings.TrimSpace(item[k+1:]), ",")
					if !isRole(post) {
						post = "" // "Jonas Lehmann, Federal Foreign Office (AA)": a body, no post
					}
				}
				item = item[:k]
			}
			ws := strings.Fields(item)
			for len(ws) > 2 && (isHonorific(ws[0]) || beforeName(ws[0]) || isAllCaps(ws[0]) || transcript.IsTitleWord(ws[0])) {
				ws = ws[1:] // "Lieutenant Colonel Markus Brede", "SRS Annette Wendt", "Dr Tobias Kerner"
			}
			ok := len(ws) >= 2 && len(ws) <= 4
			for _, w := range ws {
				ok = ok && isNameWord(w) && !isAllCaps(w)
			}
			if ok {
				names = append(names, [2]string{strings.Join(ws, " "), post})
			}
		}
	}
	return names
}

// rankInName reports whether a rank rankRE found, after before, is part of
// another name or post: "Camp General Emilio Aguinaldo" (a capitalised
// word before it, no stop or comma between), "Director-General Tedros".
func rankInName(before string) bool {
	if strings.HasSuffix(before, "-") {
		return true
	}
	trimmed := strings.TrimRight(before, " \t")
	if trimmed == before || trimmed == "" {
		return false
	}
	return startsUpper(lastWord(trimmed)) && !strings.ContainsAny(trimmed[len(trimmed)-1:], ".:;,")
}

// rankedSurname reports whether name is ranks, then one word: "Colonel
// Reuter" of "Lieutenant Colonel Reuter".
func rankedSurname(name string) bool {
	ws := strings.Fields(name)
	for len(ws) > 1 && transcript.IsRank(ws[0]) {
		ws = ws[1:]
	}
	return len(ws) == 1
}

// speakerList returns what follows the key of a line that opens a list of
// a briefing's speakers ("Speakers: …", "Participants:"), if it does.
func speakerList(line string) (rest string, ok bool) {
	lead, rest, ok := strings.Cut(line, ":")
	return rest, ok && len(lead) < 20 && speakerListHeads[strings.ToLower(strings.TrimSpace(lead))]
}

// speakerListHeads open a list of a briefing's speakers.
var speakerListHeads = map[string]bool{"speakers": true, "participants": true, "panel": true, "panelists": true, "panellists": true, "present": true, "featuring": true, "taking part": true, "attending": true, "in attendance": true}

// initialOfKnown reports whether a name written with an initial ("P.
// Sobczak") stands for a person already known in full ("Paweł Sobczak"):
// a second person would make "Minister Sobczak" ambiguous.
func (r *run) initialOfKnown(name string) bool {
	return strings.Contains(name, ". ") && r.es.resolvePerson(name) != nil
}

// titled is r.x.titles.find(text), where text is the document's text from
// off. The document is split into words once, for all its lines and
// sentences; a part that splits a word is split on its own.
func (r *run) titled(text string, off int) (plain, comma [][]int) {
	if r.docWords == nil {
		var buf []word
		if p, ok := r.x.docWords.Get().(*[]word); ok {
			buf = (*p)[:0] // a document's before, handed back by Extract
		} else {
			buf = make([]word, 0, len(r.d.Text)/6)
		}
		r.docWords = r.x.titles.words(buf, r.d.Text)
	}
	if off < 0 || off+len(text) > len(r.d.Text) || r.d.Text[off:off+len(text)] != text {
		return r.x.titles.find(text, &r.words)
	}
	// Cut inside a rune, the part would be read differently.
	end := off + len(text)
	if off < len(r.d.Text) && !utf8.RuneStart(r.d.Text[off]) || end < len(r.d.Text) && !utf8.RuneStart(r.d.Text[end]) {
		return r.x.titles.find(text, &r.words)
	}
	ws, ok := wordsIn(r.docWords, off, end, &r.docWordAt)
	if !ok {
		return r.x.titles.find(text, &r.words)
	}
	plain, comma = r.x.titles.matchWords(r.d.Text, ws)
	for _, ms := range [][][]int{plain, comma} {
		for _, m := range ms {
			for i := range m {
				m[i] -= off
			}
		}
	}
	return plain, comma
}

// isKnownName reports whether a name is a gazetteer entry (a country, an
// organisation) rather than a person.
func (r *run) isKnownName(name string) bool {
	if r.x.g.Lookup(name) != nil {
		return true
	}
	for w := range strings.FieldsSeq(name) {
		if en := r.x.g.Lookup(w); en != nil && en.Class != voc.Person && isAllCaps(w) {
			return true
		}
	}
	return false
}

// addPersons finds persons by title ("Serbian President Aleksandar Vucic"),
// honorific ("Mr. Luo") and full names seen elsewhere in the document.
func (r *run) addPersons(ms []mention, text string, off int) []mention {
	find := func(matches [][]int, nameGroup, titleGroup int, commaTitle bool) {
		for _, m := range matches {
			raw := text[m[2*nameGroup]:m[2*nameGroup+1]]
			name := cleanName(raw)
			if name == "" || r.isKnownName(name) || isRole(name) {
				continue
			}
			p := r.es.resolvePerson(name)
			if p == nil {
				if nWords(name) < 2 {
					if titleGroup == 0 || commaTitle || len(name) <= 6 && isAllCaps(name) {
						continue // "Mr. Wang" with no full name known; "Chairman NDMA", a body's acronym; "Chief, Press and External Relations Section", a post's fields
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
			introduced(p, ms, text, off, end)
			ms = append(ms, mention{start: off + start, end: off + end, ent: p})
		}
	}
	plain, comma := r.titled(text, off)
	find(plain, 2, 1, false)
	find(comma, 2, 1, true)
	// honorificIn: a binary search of the document's matches, false for
	// most sentences, before the sentence is searched.
	if honorificIn(r.d.Text, r.honors, off, off+len(text)) {
		find(honorificRE.FindAllStringSubmatchIndex(text), 1, 0, false)
	}
	// Full names and surnames of persons already known, written bare, and
	// introduced so: "Sun Wei, vice president of the Red Cross Society of
	// China, answered questions", before "Sun Wei:" speaks.
	for _, p := range r.es.persons() {
		for i := strings.Index(text, p.name); i >= 0; {
			introduced(p, ms, text, off, i+len(p.name))
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

// honorificIn reports whether honorificRE may match in doc[a:b], given
// its matches ms in all of doc: only where one of them overlaps a..b, or
// where doc[a:b] begins right after a word byte (its \b at a is not the
// document's). A match in doc[a:b] starting at q is a match in doc
// starting at q, as nothing in the expression but its first \b reads
// past the bytes it matches; then the document's leftmost matches, one
// after another, include one that starts at or before q and ends after
// it.
func honorificIn(doc string, ms [][]int, a, b int) bool {
	if a > 0 && isWordByte(doc[a-1]) {
		return true
	}
	// The matches do not overlap: their ends are in order.
	i, _ := slices.BinarySearchFunc(ms, a, func(m []int, a int) int { return cmp.Compare(m[1], a+1) })
	return i < len(ms) && ms[i][0] < b
}

// isWordByte is \w of package regexp for one byte.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// introduced gives p the post and body of an introduction right after
// its name, which ends at end in text (at off in the document), if p has
// none yet: ", vice minister of the National Health Commission", or the
// body alone: " of Peking University". The body
// is the one right after "of", or one the post itself names ("vice
// minister of foreign affairs"), among the mentions ms.
func introduced(p *entity, ms []mention, text string, off, end int) {
	if p.jobTitle != "" && p.affiliation != nil {
		return // known already: the name's every later mention costs nothing
	}
	a := appositiveRE.FindStringSubmatchIndex(text[end:])
	if a == nil {
		// "Professor Liang Jun of Peking University": the body right after;
		// "Matthias Holtmann (Federal Foreign Office)", in a list of
		// speakers: the body in brackets.
		rest, ok := strings.CutPrefix(text[end:], " of ")
		bracket := false
		if !ok {
			rest, ok = strings.CutPrefix(text[end:], " (")
			bracket = true
		}
		if !ok || p.affiliation != nil {
			return
		}
		at := len(text) - len(strings.TrimPrefix(rest, "the ")) + off
		for _, o := range ms {
			if o.start == at && o.ent != nil && !o.pronoun && o.ent.class != voc.Person && o.ent.class != voc.City && o.ent.class != voc.Place &&
				(!bracket || strings.HasPrefix(text[o.end-off:], ")")) {
				p.affiliation = o.ent
			}
		}
		return
	}
	if p.jobTitle == "" {
		p.jobTitle = text[end+a[2] : end+a[3]]
	}
	var best *mention // the longest body there: "Hebei Provincial Health Commission", not the "Hebei" it opens with
	for i, o := range ms {
		at := o.start - off
		if o.ent != nil && !o.pronoun && o.ent.class != voc.Person && o.ent.class != voc.Place && at >= end && at <= end+a[1] && o.end-off >= end+a[1] && (best == nil || o.start == best.start && o.end > best.end) {
			best = &ms[i]
		}
	}
	if best != nil && p.affiliation == nil {
		p.affiliation = best.ent
	}
	// "Hon. Dr Grace Mwansa, Minister of Health, Republic of Zambia": a
	// list of speakers names the post, then its country after a comma.
	rest := text[end+a[1]:]
	if k := strings.Index(rest[:min(len(rest), 40)], ", "); p.affiliation == nil && k >= 0 && !strings.ContainsAny(rest[:k], ".\n") {
		at := end + a[1] + k + len(", ")
		for _, o := range ms {
			if o.start-off == at && o.ent != nil && !o.pronoun && o.ent.class == voc.Country {
				p.affiliation = o.ent
			}
		}
	}
}

// Person patterns.
var (
	nameWord = `\p{Lu}[\p{L}'’-]*\p{L}`
	// Names never run across a line break: a heading line is not part of the next.
	personNameRE = `(` + nameWord + `(?:[ \t]+(?:\p{Lu}\.[ \t]+)?(?:(?:bin|binti|al|de|da|van|von|der|den|le|la|di|du|el|dos|das)[ \t]+)*` + nameWord + `){0,4})`
	byPostRE     = scan.MustCompile(`\b(?:by|and|with) the ((?:Minister|Secretary|State Secretary|Deputy Minister|Vice Minister|Spokesperson|Director|Commissioner|President|Prime Minister)(?: (?:for|of|and|the|\p{Lu}[\p{L}-]*))*), (?:(?:Ambassador|Amb\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?) )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?:[,.\n]|$)`)
	chairedByRE  = scan.MustCompile(`\b(?:[Mm]oderated|[Cc]haired|[Hh]osted|[Pp]resented) by (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), ((?:the )?(?:Deputy |Vice |Assistant |Acting |Executive )?(?:Director|Head|Chief|Spokesperson|Minister|Secretary|Counsellor|Counselor|Officer)(?: (?:for|of|and|the|\p{Lu}[\p{L}-]*))*)`)
	honorificRE  = scan.MustCompile(`\b(?:Mr|Ms|Mrs|Madam|Dr|Pr|Prof|Professor|(?:[Tt]he )?Hon|H\.E|(?:Dato['’]?|Datuk|Datin|Tan|Toh)(?: S(?:e)?ri| Puan)?(?:[ \t]+Dr\.?)?|Tun|Ato|W/ro|Woizero|Weizero|Alhaji|Alhaja|Hajiya|Mallam)\.?[ \t]+` + personNameRE)
	// rankRE is a military rank before a name: "Lt Gen Tariq Mehmood",
	// "Lieutenant Colonel Markus Brede", "Col. Stefan Brandl", "Rear
	// Admiral (Retd.) Ajith Wickramasuriya".
	rankRE = scan.MustCompile(`\b(?:Lt|Lieutenant|Maj|Major|Brig|Brigadier|Col|Colonel|Capt|Captain|(?:Rear |Vice )?Adm|(?:Rear |Vice )?Admiral|Gen|General|Oberst)\.?(?:[ \t]+(?:Gen|General|Col|Colonel|Cdr|Commander)\.?)?(?:[ \t]+\((?:Retd|retd|Rtd|rtd|Retired|retired)\.?\))?[ \t]+` + personNameRE)
	// appositiveRE reads an introduction after a name: ", vice minister of the National Health Commission".
	appositiveRE = scan.MustCompile(`^\s*,\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){0,5}?(?i:minister|ministers|spokesperson|spokesman|spokeswoman|director|director-general|president|secretary|secretary-general|ambassador|head|chief|commissioner|chairman|chairwoman|chair|officer|official|representative|deputy|envoy|counselor|councilor|governor|mayor|premier|administrator|consul|professor|academician|expert|member|leader|researcher|physician|doctor|dean)(?:\s+general)?)\s+(?:of|at|from|with|for)\s+(?:the\s+)?`)
	// nameStop are capitalised words that end or cannot start a name.
	nameStop = map[string]bool{
		"MP": true, "MPs": true, "QC": true, "KC": true, "MEP": true, "MLA": true, "MPP": true, "OBE": true, "CBE": true, "MBE": true, "PhD": true, // post-nominals
		"The": true, "A": true, "An": true, "And": true, "In": true, "On": true, "At": true, "Of": true, "For": true,
		"To": true, "We": true, "I": true, "I'm": true, "I'd": true, "I've": true, "I'll": true, "I’m": true, "It": true, "This": true, "That": true, "He": true, "She": true, "They": true,
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

// malayHonorific are Malaysian and Bruneian titles written before a name.
var malayHonorific = map[string]bool{"Dato": true, "Datuk": true, "Datin": true, "Tun": true, "Toh": true, "YB": true, "YAB": true, "Paduka": true, "Seri": true, "Setia": true, "Berhormat": true, "Amat": true, "Mulia": true, "Pehin": true}

// romanNumeral are the numbers written after a post that has two or more
// holders.
var romanNumeral = map[string]bool{"II": true, "III": true, "IV": true}

// cleanName trims a candidate person name at the first stop word and
// strips a possessive.
func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	if romanNumeral[s] {
		return "" // the "II" of "Minister of Foreign Affairs II", Brunei's second foreign minister: no name
	}
	ws := strings.Fields(s)
	// Malay honorifics: "Dato' Sri Ismail Sabri Yaakob", "Tan Sri Muhyiddin
	// Yassin", "Yang Berhormat Dato Paduka Haji Rosli bin Haji Yusof" (not
	// the Yang of "Yang Xiaoming").
	if len(ws) > 3 && ws[0] == "Yang" && (ws[1] == "Berhormat" || ws[1] == "Mulia" || ws[1] == "Amat") {
		ws = ws[1:]
	}
	for len(ws) > 2 && malayHonorific[strings.TrimRight(ws[0], "'’")] {
		ws = ws[1:]
		if len(ws) > 2 && (ws[0] == "Sri" || ws[0] == "Seri" || ws[0] == "Puan") {
			ws = ws[1:]
		}
	}
	for len(ws) > 2 && (transcript.OpensWithHonorific(ws) || isHonorific(ws[0])) {
		ws = ws[1:] // "Mme Agnès von der Mühll, Deputy Spokesperson", "M. Olivier Gauvin"
	}
	if !slices.ContainsFunc(ws, func(w string) bool {
		w = strings.TrimRight(w, ".'’")
		return !isHonorific(w) && !malayHonorific[w] && w != "Sri" && w != "Puan" // not a Malay style: "Sri" opens names too ("Sri Mulyani Indrawati")
	}) {
		return "" // "Dato' Sri Dr", cut before its name at the period: titles, no name
	}
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
	last := ""
	for w := range strings.FieldsSeq(s) {
		last = w
	}
	return last
}

// isRole reports whether a would-be name is a post ("Medical Officer",
// "Prime" of "Chair Prime Minister").
func isRole(name string) bool {
	first := "x" // the first word of name + " x"
	for w := range strings.FieldsSeq(name) {
		first = w
		break
	}
	switch first {
	case "Prime", "Vice", "Deputy", "Acting", "Foreign", "Chief", "Senior", "Executive", "Assistant", "Under", "Special", "Permanent", "State":
		return true
	}
	switch lastWord(name) {
	case "Officer", "Minister", "Director", "Secretary", "Spokesperson", "Spokesman", "Commissioner", "Ambassador",
		"President", "Chairman", "Chairwoman", "Adviser", "Advisor", "Coordinator", "Representative", "Envoy",
		"General", "Counsellor", "Counselor", "Councilor", "Councillor", "Governor", "Mayor", "Premier", "Chief", "Head", "Controller",
		// A body's name after a post: "Vice-President, Public Health Agency of Canada".
		"Agency", "Ministry", "Commission", "Organization", "Organisation", "Institute", "University", "Council", "Office",
		"Department", "Bureau", "Authority", "Service", "Center", "Centre", "Foundation", "Bank", "Fund", "Committee", "Association",
		"Division", "Secretariat", "Region", "District", "Laboratory", "Unit", "Section", "Programme", "Program",
		"Corp", "Corp.", "Corporation", "Company", "Group", "Ltd", "Ltd.", "Inc", "Inc.", "Limited", "Holdings":
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
