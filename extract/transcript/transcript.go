// Package transcript reads the structure of a press-briefing transcript:
// its title and date, the speaker turns ("Name:" lines, "Q:"/"A:" pairs,
// outlets asking questions), the spokesperson named in a heading, and the
// sentences of each turn, with byte offsets into the text. It knows nothing
// of entities or aid; package extract builds on it.
package transcript

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/internal/lower"
	"github.com/briefgraph/briefgraph/extract/internal/scan"
)

// Role is what a turn does in the briefing.
type Role int

// Roles of a turn.
const (
	Statement Role = iota // an opening statement or an unmarked paragraph
	Question              // a journalist's question ("Q:", an outlet, "QUESTION:")
	Answer                // an answer ("A:", or a panelist answering)
)

func (r Role) String() string {
	switch r {
	case Question:
		return "question"
	case Answer:
		return "answer"
	}
	return "statement"
}

// Document is a parsed transcript. All offsets are byte offsets into Text.
type Document struct {
	Name  string // the input's name
	Text  string // the text the offsets refer to
	Title string // the heading line (the first, or the one under a site's name that names the spokesperson), "" if none
	// Date is the briefing's date, zero if none was found near the top.
	Date time.Time
	// Site is the site's name above the title ("Ministry of Foreign Affairs
	// of the People's Republic of China"), no content; "" if none.
	Site string
	// Spokesperson is the person named in a heading such as "Foreign Ministry
	// Spokesperson Geng Shuang's Regular Press Conference"; "" if none.
	Spokesperson string
	// SpokespersonTitle is the title before that name ("Foreign Ministry Spokesperson").
	SpokespersonTitle string
	Turns             []Turn
}

// Turn is one speaker's uninterrupted contribution.
type Turn struct {
	// Label is the speaker label as written ("Luo Zhaohui", "Q", "MS ORTAGUS",
	// "CGTN"); "" for text before the first label.
	Label string
	// Speaker is the person's name the label stands for, as written, without
	// honorifics; "" when the label names no person ("Q", an outlet).
	Speaker string
	// Outlet is the outlet or organisation named as asking ("CGTN", "Reuters"),
	// from a label or from a "Q:" line that starts with one.
	Outlet string
	// ByTitle is a label that names a post, not a person ("Prime Minister");
	// the person holding it is found in the text.
	ByTitle string
	// Post is where the label names the speaker's post or body after the
	// name ("Press Officer, Department of Health" in "Aoife Kearney, Press
	// Officer, Department of Health:"); zero when it names none.
	Post Span
	Role Role
	// Start and End delimit the turn's content (the label excluded).
	Start, End int
	// Sentences are the turn's sentences, in order, chrome excluded.
	Sentences []Span
}

// Span is a [Start, End) byte range of the text.
type Span struct{ Start, End int }

// shifted is sp counted n bytes further on, as it stands in a text that
// has n more bytes before it; an empty span stays empty.
func (sp Span) shifted(n int) Span {
	if sp.End == 0 {
		return sp
	}
	return Span{sp.Start + n, sp.End + n}
}

// Parse reads a transcript. data may be plain UTF-8 text or an HTML page;
// errors are *InputError values naming the input.
func Parse(name string, data []byte) (*Document, error) {
	text, err := Text(name, data)
	if err != nil {
		return nil, err
	}
	d := &Document{Name: name, Text: text}
	d.parse()
	return d, nil
}

type line struct {
	start, end int // content without the newline
	s          string
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := 0
		if end < 0 {
			end, next = len(text), len(text)
		} else {
			end += start
			next = end + 1
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		out = append(out, line{start, e, text[start:e]})
		start = next
	}
	return out
}

// leaveRE is a speaker's request to add to an answer, no question to
// the panel: "May I add something?", "Can I just add one point?".
var leaveRE = scan.MustCompile(`^(?:May|Can|Could|Might) I (?:just |also |briefly )?(?:add|say|supplement|comment|make|answer|respond|take)\b`)

// textLinesEnd returns the index after the n-th line from lines[from]
// that holds text: the heading's window, blank lines aside ("Spokesperson
// Lee Jae-sung" below the heading, the breadcrumbs and a date line, each
// with a blank line after it).
func textLinesEnd(lines []line, from, n int) int {
	for i := from; i < len(lines); i++ {
		if strings.TrimSpace(lines[i].s) != "" {
			if n--; n == 0 {
				return i + 1
			}
		}
	}
	return len(lines)
}

func (d *Document) parse() {
	lines := splitLines(d.Text)
	title := -1
	for i, l := range lines {
		s := strings.TrimFunc(l.s, unicode.IsSpace)
		if s == "" || isChrome(s) {
			continue
		}
		if l, ok := parseLabel(s); !ok || headingAfterLabel(s[l.contentOff:]) || bodyLabel(l.speaker) && !strings.ContainsAny(s[l.contentOff:], ".?!") {
			d.Title = s // "MINISTRY OF HEALTH - REPUBLIC OF KENYA": a site's name, not a turn
			title = i
		}
		break
	}
	// A site's name above the heading ("Ministry of Foreign Affairs of the
	// People's Republic of China", then "Foreign Ministry Spokesperson Geng
	// Shuang's Regular Press Conference on April 9, 2020"): the heading that
	// names the spokesperson is the title.
	site := -1
	for i := title + 1; title >= 0 && !namesSpokesperson(d.Title) && i < len(lines) && i <= title+6; i++ {
		s := strings.TrimFunc(lines[i].s, unicode.IsSpace)
		if _, ok := parseLabel(s); ok {
			break
		}
		if namesSpokesperson(s) {
			d.Site, d.Title, title, site = d.Title, s, i, title
			break
		}
	}
	// The date: the first one in the heading (title and the next few lines).
	for i := max(title, 0); i < len(lines) && i < max(title, 0)+6; i++ {
		if t, ok := FindDate(lines[i].s); ok {
			d.Date = t
			break
		}
	}
	headed := false                                  // the heading names who gives the statement or interview below it
	prose := false                                   // the editor's prose names who answers below, and does not speak itself
	headEnd := textLinesEnd(lines, max(title, 0), 8) // the heading's lines: eight with text from the title
	if name, post, _ := spokespersonNamed(d.Title); name != "" {
		// "Foreign Ministry Spokesperson Geng Shuang's Regular Press
		// Conference", "Briefing by Foreign Ministry Spokeswoman Maria
		// Zakharova, Moscow", "… by the Spokesperson, Ms. Ayesha Qureshi".
		d.SpokespersonTitle, d.Spokesperson = post, name
	} else if m := spokesParenRE.FindStringSubmatch(d.Title); m != nil {
		d.SpokespersonTitle, d.Spokesperson = strings.TrimSpace(m[1]), m[2] // "Spokesman's Weekly Press Conference (Abbas Mousavi)"
	} else if m := spokesOfRE.FindStringSubmatch(d.Title); m != nil {
		d.SpokespersonTitle, d.Spokesperson = strings.TrimSpace(m[1]), m[2] // "Briefing by the Spokesperson of the Ministry of Foreign Affairs of Ukraine Oleh Marchenko"
	} else if name, post := namedInHeading(d.Title); name != "" {
		d.Spokesperson, d.SpokespersonTitle, headed = name, post, true
	} else {
		for i := max(title, 0); i < headEnd; i++ {
			if name, post := namedInHeading(lines[i].s); name != "" && i > title && ItemStart(lines[i].s) != 0 {
				// "Coronavirus - Interview given by Mr Jean-Yves Le Drian, …"
				// below the site's name and the breadcrumbs.
				d.Spokesperson, d.SpokespersonTitle, headed = name, post, true
				break
			}
			if _, ok := parseLabel(lines[i].s); ok && i > title {
				break // the turns have begun
			}
			if chairs(lines[i].s) && !asked(lines) {
				continue // "Helena Sørensen, Spokesperson for the Director-General …, chaired the briefing": the notes' chair, who answers nothing
			}
			if m := readByRE.FindStringSubmatch(lines[i].s); m != nil {
				d.Spokesperson = m[1] // "(Text of the bulletin read by Dr. Farhana Rahman, Additional Director General …)"
				break
			}
			if m := spokesAfterRE.FindStringSubmatch(casedHeading(lines[i].s)); m != nil && i > title {
				// "Statements by the Spokesperson, Agnès von der Mühll", "Spokesperson Le Thi Thu Hang"
				// below the heading, "DAILY PRESS BRIEFING BY THE SPOKESPERSON - AGNÈS VON DER MÜHLL".
				d.Spokesperson = bareName(m[1]) // "Secretary Harry Roque"
				break
			}
			if l, ok := parseLabel(lines[i].s); ok && i == title && spokesPost(l.byTitle) && bareNameRE.MatchString(strings.TrimSpace(lines[i].s[l.contentOff:])) {
				d.Spokesperson, d.SpokespersonTitle = strings.TrimSpace(lines[i].s[l.contentOff:]), l.byTitle // "Spokesperson: Agnès von der Mühll" heading the page
				break
			}
			if m := heldByRE.FindStringSubmatch(lines[i].s); m != nil {
				d.Spokesperson = bareName(m[1]) // "Foreign Ministry Spokesman Abbas Mousavi held his weekly press conference", "spokesperson Counsellor Nader Saad held"
				break
			}
			if m := postHeldRE.FindStringSubmatch(lines[i].s); m != nil {
				if post, name, ok := postThenName(strings.Fields(m[1])); ok {
					// "Minister of International Development Kari Solberg-Haug
					// held a digital press conference": who answers below.
					d.Spokesperson, d.SpokespersonTitle, prose = strings.Join(name, " "), strings.Join(post, " "), true
					break
				}
			}
			if m := spokespersonHeldRE.FindStringSubmatch(lines[i].s); m != nil {
				d.Spokesperson = m[1] // "Dr. Taweesin Visanuyothin, spokesperson of the CCSA, held the daily press conference"
				break
			}
		}
	}

	// Last, a line of the heading that names the spokesperson next to the
	// post, in either order, in any of the ministries' layouts.
	reported := prose // named by the editor's prose: who answers, not who opens
	for i := max(title, 0); d.Spokesperson == "" && i < headEnd; i++ {
		s := strings.TrimSpace(lines[i].s)
		if rest, ok := listHead(s); ok {
			if strings.TrimSpace(rest) == "" {
				break // "Speakers:" over a list of them, one a ministry's spokesperson
			}
			continue // "Speakers: Government Spokesman Steffen Seibert, Christofer Burger (Federal Foreign Office)": a list, read elsewhere
		}
		if _, ok := parseLabel(s); ok && i != title {
			break // the turns have begun
		}
		if chairs(s) && !asked(lines) {
			continue // the notes' chair, who answers nothing
		}
		d.Spokesperson, _, reported = spokespersonNamed(casedHeading(s))
	}

	keys, block := speakerKey(lines)
	bare := bareLabels(d.Text, lines, title)
	if bare == nil {
		bare = dashedNames(lines) // "Eric Mamer — Good afternoon."
	}
	notes := false // the document is briefing notes, told in the third person
	if bare == nil && keys == nil && d.Spokesperson == "" {
		bare = reportedTurns(lines, title) // "Jens Laerke, for OCHA, said that …", briefing notes
		notes = bare != nil
	}
	cur := Turn{Start: -1}
	flush := func(end int) {
		if cur.Start >= 0 {
			cur.End = end
			cur.Sentences = sentencesOf(d.Text, lines, cur.Start, cur.End)
			if len(cur.Sentences) > 0 || cur.Label != "" {
				d.Turns = append(d.Turns, cur)
			}
		}
	}
	for i, l := range lines {
		if i == title || i == site || i < title+6 && len(d.Turns) == 0 && cur.Start < 0 && datedHeading(l.s) {
			continue // the heading, the site's name above it, a date line below it ("2020/04/09", "NATIONAL BRIEFING - THURSDAY, APRIL 9TH, 2020")
		}
		s := strings.TrimFunc(l.s, unicode.IsSpace)
		lab, ok := parseLabel(s)
		keyed := false
		if k, ok2 := keyedLabel(l.s, keys, block); ok2 {
			lab, ok, keyed = k, true, true // "TAG\tThank you, Tarik.", after a "Speaker key:" block
		}
		if k, ok2 := bare[i]; ok2 && !keyed { // "TAG" alone on its line is the key's, not a bare label's outlet
			lab, ok = k, true // "Dr. Ricardo Núñez Sanjur" on a line of its own, the turn below it
		}
		if ok && isChrome(s) {
			continue // "Compartir: Facebook | Twitter": share links, no speaker
		}
		if _, told := bare[i]; ok && notes && !told {
			flush(l.start)
			cur = Turn{Start: -1}
			continue // "Sudan: floods", a topic's heading in briefing notes (reportedTurns let no other label be)
		}
		if ok && len(d.Turns) == 0 && i <= title+6 && lab.role != Question && headingAfterLabel(s[lab.contentOff:]) &&
			(cur.Start < 0 && (bodyLabel(lab.speaker) || namesBriefing(s[lab.contentOff:])) || cur.Label == "" && postLabel(lab) && !bareNameRE.MatchString(strings.TrimSpace(s[lab.contentOff:]))) {
			continue // "Health Ministry: second batch of COVAX vaccines expected; …", a news page's headline under the site's name; "Haiti: Earthquake - Transcript of press briefing"
		}
		if name, post, ok := headingSpeaker(s); ok && len(d.Turns) == 0 && d.Spokesperson == "" && i < title+10 {
			d.Spokesperson, d.SpokespersonTitle = name, post
			if cur.Start >= 0 && cur.Label == "" {
				cur.Speaker, cur.Role = name, Statement // the heading's lines before it, then the opening remarks
			}
			continue
		}
		if ok && len(d.Turns) == 0 && d.Spokesperson == "" && spokesPost(lab.byTitle) && i < title+10 {
			ws, _ := withoutHonorifics(strings.Fields(s[lab.contentOff:])) // "Spokesperson: Mrs. Agnès von der Mühll"
			if name := strings.Join(ws, " "); bareNameRE.MatchString(name) && !spokesLabelAfter(lines, i) {
				d.Spokesperson, d.SpokespersonTitle = name, lab.byTitle // "Spokesperson: Le Thi Thu Hang" below the heading: who answers
				if cur.Start >= 0 && cur.Label == "" {
					cur.Speaker, cur.Role = name, Statement // and who reads the statements that follow
				}
				continue
			}
		}
		if !ok {
			if cur.Start < 0 && s != "" && !isChrome(s) {
				cur = Turn{Start: l.start}
				if d.Spokesperson != "" && !reported && !continued(s) {
					// Announcements before the first question are the
					// spokesperson's; not a page that opens in the middle of
					// the last page's answer.
					cur.Speaker, cur.Role = d.Spokesperson, Statement
				}
			}
			continue
		}
		flush(l.start)
		lead := len(l.s) - len(strings.TrimLeftFunc(l.s, unicode.IsSpace))
		cur = Turn{Start: l.start + lead + lab.contentOff, Label: lab.label, Role: lab.role, Speaker: lab.speaker, Outlet: lab.outlet, ByTitle: lab.byTitle}
		if lab.post.End > 0 {
			cur.Post = Span{l.start + lead + lab.post.Start, l.start + lead + lab.post.End}
		}
		// The spokesperson's own label, not spokesPost's wider set: a
		// deputy's ("[Deputy Spokesperson Brandes]") answers only its turns.
		if spokes := strings.HasPrefix(strings.TrimPrefix(strings.ToLower(lab.byTitle), "the "), "spokes"); spokes && lab.speaker != "" && d.Spokesperson == "" {
			d.Spokesperson, d.SpokespersonTitle = lab.speaker, lab.byTitle // "Spokesperson (H.E. Chea Sokha):": who the bare "Spokesperson:" is after it
		} else if lab.role == Answer && lab.speaker == "" || spokes { // "THE SPOKESPERSON:"
			cur.Speaker = d.Spokesperson
		} else if headed && lab.byTitle != "" && lab.speaker == "" && lab.role != Question && !IsChair(lab.label) {
			cur.Speaker = d.Spokesperson // "THE MINISTER -" in the interview the heading says Jean-Yves Le Drian gave
		}
	}
	flush(len(d.Text))
	d.Turns = d.answersBelow(lines)
	// A label no one introduced, whose short turn asks and is answered by
	// another, is a journalist's or an outlet's: "Addis Fortune: How is the
	// government financing the response?"; not one that spoke before and
	// asked nothing: "TANYA REID (JIS): Good afternoon, Jamaica, and welcome
	// …", then "Thank you, Minister. CMO, the clinical picture?": the host
	// asks. spoke is where each label first did (found once: a label of a
	// long interview asks many times).
	spoke := map[string]int{}
	for i, u := range d.Turns {
		if _, seen := spoke[u.Label]; !seen && u.Role == Statement && u.Speaker != "" && !strings.Contains(d.Text[u.Start:u.End], "?") {
			spoke[u.Label] = i
		}
	}
	for i := range d.Turns {
		t := &d.Turns[i]
		if t.Role != Statement || t.Speaker == "" || t.ByTitle != "" || t.Outlet != "" || len(t.Sentences) == 0 || len(t.Sentences) > 3 || i+1 == len(d.Turns) || d.Turns[i+1].Label == t.Label || d.Turns[i+1].Label == "" {
			continue
		}
		asked := slices.ContainsFunc(t.Sentences, func(s Span) bool {
			q := strings.TrimRight(d.Text[s.Start:s.End], `"')”’ `)
			return strings.HasSuffix(q, "?") && !leaveRE.MatchString(q) // "Fiji Sun: Prime Minister, when will the borders reopen? The industry is suffering."
		})
		if !asked || d.Spokesperson != "" && t.Speaker == d.Spokesperson || d.introduces(t.Speaker, t.Start) && !d.calledOn(i) {
			continue
		}
		if at, ok := spoke[t.Label]; ok && at < i {
			continue
		}
		t.Role, t.Speaker, t.Outlet = Question, "", t.Label
	}
	// A named panelist who follows a question answers it.
	for i := range d.Turns {
		if d.Turns[i].Role == Statement && d.Turns[i].Label != "" && i > 0 && d.Turns[i-1].Role == Question {
			d.Turns[i].Role = Answer
		}
	}
}

// answersBelow splits the answers out of question turns where only the
// questions are labelled, as the French foreign ministry's briefings
// print them ("Q - Is France sending masks?", then the spokesperson's
// answer in the paragraphs below, unlabelled): a question that holds a
// "?" in its first paragraph, with more paragraphs and no labelled turn
// after it to answer it, has the spokesperson's answer below. Documents
// with any answer label or named speaker keep their turns.
func (d *Document) answersBelow(lines []line) []Turn {
	asked := false
	for _, t := range d.Turns {
		switch {
		case t.Role == Question:
			asked = true
		case t.Label != "":
			return d.Turns // "A:", "Seibert:": the answers have labels
		}
	}
	if !asked {
		return d.Turns
	}
	var out []Turn
	for _, t := range d.Turns {
		if t.Role != Question || len(t.Sentences) < 2 {
			out = append(out, t)
			continue
		}
		split := -1
		i, _ := slices.BinarySearchFunc(lines, t.Start+1, func(l line, at int) int { return cmp.Compare(l.start, at) }) // the turn's lines after its first
		for _, l := range lines[i:] {
			if l.start >= t.End {
				break
			}
			if strings.TrimSpace(l.s) == "" {
				split = l.start // the blank line after the question's paragraph
				break
			}
		}
		if split < 0 || !strings.Contains(d.Text[t.Start:split], "?") || strings.TrimSpace(d.Text[split:t.End]) == "" {
			out = append(out, t)
			continue
		}
		rest := d.Text[split:t.End]
		a := Turn{Role: Answer, Speaker: d.Spokesperson, Start: split + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace)), End: t.End}
		a.Sentences = sentencesOf(d.Text, lines, a.Start, a.End)
		t.End = split
		t.Sentences = sentencesOf(d.Text, lines, t.Start, t.End)
		out = append(out, t, a)
	}
	return out
}

// calledOn reports whether turn i's label was named first by the chair in
// the turn right before it, as the chair calls on an outlet: "Moderator:
// Diario Libre, from the Dominican Republic." then "Diario Libre: … ?".
func (d *Document) calledOn(i int) bool {
	if i == 0 || !IsChair(d.Turns[i-1].Label) {
		return false
	}
	prev, t := d.Turns[i-1], d.Turns[i]
	return strings.Contains(d.Text[prev.Start:prev.End], t.Label) && !d.introduces(t.Speaker, prev.Start)
}

// introduces reports whether the text before a turn names its speaker
// other than as a label: in the heading, an introduction or a turn.
func (d *Document) introduces(name string, before int) bool {
	head := d.Text[:before]
	for i := strings.Index(head, name); i >= 0; {
		if rest := strings.TrimLeft(head[i+len(name):], " \t\r"); !(i == 0 || head[i-1] == '\n') || !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "\n") && rest != "" {
			return true // named outside a label: "Name:", or a name alone on its line (a bare label, the turn's own ending head), is none
		}
		j := strings.Index(head[i+len(name):], name)
		if j < 0 {
			break
		}
		i += len(name) + j
	}
	if w := strings.Fields(name); len(w) > 1 {
		labels := strings.Count(head, name+":") + strings.Count(head, "\n"+name+"\n") + strings.Count(head, "\n"+name+"\r\n") // "Karim Haddad:", or alone on its line
		if strings.HasSuffix(head, "\n"+name) {
			labels++ // the turn's own bare label
		}
		return strings.Count(head, w[len(w)-1]) > labels // the surname named outside the labels: "Mr. Haddad said" before "Karim Haddad:"
	}
	return false
}

// dashedNames finds the labels written as a name and a dash before the
// words, "Eric Mamer — Good afternoon.", as the European Commission's
// midday briefings print them: a name of two to four words, capitalised
// (not in capitals: dashLabelRE reads those), that opens two lines or
// more, or one and is named in a list of speakers. A heading with a dash
// ("Daily Press Briefing - 9 April 2020") or a dateline ("Addis Ababa -
// The Spokesperson …") opens one line and is in no such list.
func dashedNames(lines []line) map[int]label {
	var found map[int]label
	count := map[string]int{}
	for i, l := range lines {
		s := strings.TrimLeftFunc(l.s, unicode.IsSpace)
		if !spaceDash(s[:min(len(s), 60)]) {
			continue
		}
		m := dashedNameRE.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		name := s[m[2]:m[3]]
		ws := strings.Fields(name)
		if slices.ContainsFunc(ws, isTitleWord) || lower.In(notSpeakers, ws[0]) || namesEvent(name) || !strings.ContainsAny(s[m[1]:], ".?!") {
			continue
		}
		if found == nil {
			found = map[int]label{}
		}
		who, _ := withoutHonorifics(ws) // "Mrs von der Mühll – We will send tests."
		found[i] = label{label: name, speaker: strings.Join(who, " "), role: Statement, contentOff: m[1] + len(l.s) - len(s)}
		count[name]++
	}
	for i, l := range found {
		if n := count[l.label]; n < 2 && !listed(lines, l.label) {
			delete(found, i) // "Addis Ababa - The Spokesperson … gave the weekly press briefing": a dateline
		}
	}
	return found
}

// listed reports whether a list of participants names name: "Spokespersons:
// Eric Mamer, Chief Spokesperson; Balazs Ujvari, …".
func listed(lines []line, name string) bool {
	for _, l := range lines {
		if rest, ok := listHead(l.s); ok && strings.Contains(rest, name) {
			return true
		}
	}
	return false
}

// listHead reads a line that opens with a list's key, which no speaker
// label is ("Speakers:", "Participants:", "Present:"), and returns what
// follows the colon.
func listHead(s string) (rest string, ok bool) {
	head, rest, ok := strings.Cut(s, ":")
	return rest, ok && len(head) < 30 && lower.In(notSpeakers, strings.TrimSpace(head))
}

var dashedNameRE = scan.MustCompile(`^(\p{Lu}[\p{Ll}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{Ll}'’-]+){1,3}) [–—-] `)

// bareLabels finds the labels written without a colon on a line of their
// own, the turn on the lines below ("Karla Ábrego", "Dr. Ricardo Núñez
// Sanjur", "Journalist (TVN Noticias)"), as some sites lay transcripts
// out. A short line after a blank one, with text right below it or below
// one blank line, that reads as a label with a colon is one if it asks a
// question, if its speaker is named elsewhere in the text (an
// introduction, another such line) and, set off by blank lines, has two
// words or more, and only if the document has three of them: a heading
// above a paragraph is none.
func bareLabels(text string, lines []line, title int) map[int]label {
	var out map[int]label
	var answers map[int]label // a person named nowhere else, who may answer the question above (see answerers)
	maybeAnswer := func(i int, l label, n int) {
		if answers == nil {
			answers = map[int]label{}
		}
		l.contentOff = n
		answers[i] = l
	}
	named := map[nameOnLine]bool{} // whether a speaker's name is found elsewhere in the text, looked up once
	for i := title + 1; i+1 < len(lines); i++ {
		s := strings.TrimFunc(lines[i].s, unicode.IsSpace)
		// "HONOURABLE MINISTER OF HEALTH, DR. IFEOMA NWACHUKWU": a post, then
		// the name, in capitals, may be longer than other labels.
		long := len(s) <= 120 && strings.Contains(s, ", ") && !strings.ContainsFunc(s, unicode.IsLower)
		// "Pan Xiaoyu, deputy head of the National Administration of
		// Traditional Chinese Medicine": a name, then the post, only after a question.
		namePost := len(s) <= 120 && strings.Contains(s, ", ") && !long
		if s == "" || len(s) > 60 && !long && !namePost || strings.ContainsAny(s, ":：") || i > title+1 && strings.TrimSpace(lines[i-1].s) != "" {
			continue
		}
		spaced := strings.TrimSpace(lines[i+1].s) == "" // "Phay Siphan", a blank line, then the turn
		if spaced && (i+2 == len(lines) || strings.TrimSpace(lines[i+2].s) == "" || strings.ContainsAny(s, "0123456789")) {
			continue // a date below the heading is no outlet
		}
		if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".?!,;\"”'’-–—", r) {
			continue
		}
		l, ok := parseLabel(s + ":")
		if !ok || l.contentOff != len(s)+1 {
			continue
		}
		if len(s) > 60 && !long || len(strings.Fields(s)) > 6 && !(long && l.byTitle != "") {
			if namePost && l.byTitle != "" && l.role != Question && bareNameRE.MatchString(l.speaker) && personName(l.speaker) {
				maybeAnswer(i, l, len(s))
			}
			continue
		}
		if spaced && (l.role == Question && l.outlet == "" || l.role != Question && !IsChair(l.label) && !strings.Contains(l.speaker, " ")) {
			continue // set off by blank lines, one word is a section's heading ("Yemen", "QUESTIONS"), "Question (Fresh News)" is a label
		}
		written := l.speaker // as the line writes it: "IFEOMA NWACHUKWU", read as "Ifeoma Nwachukwu"
		if up := strings.ToUpper(written); !strings.Contains(s, written) && strings.Contains(s, up) {
			written = up
		}
		if l.role != Question && !IsChair(l.label) && (l.speaker == "" || !namedElsewhere(text, s, l.speaker, named) && (written == l.speaker || !namedElsewhere(text, s, written, named))) {
			if l.speaker != "" && written == l.speaker && bareNameRE.MatchString(l.speaker) && personName(l.speaker) {
				maybeAnswer(i, l, len(s))
			}
			continue
		}
		if out == nil {
			out = map[int]label{}
		}
		l.contentOff = len(s)
		out[i] = l
	}
	if len(out) < 3 {
		return nil
	}
	answerers(out, answers)
	return out
}

// answerers adds to a document's bare labels out the person's names
// alone on their lines (or with their post) that no other line names,
// where the label before is a question's: a later page of a briefing
// whose panel was introduced on its first ("Phoenix TV", the question,
// then "Yang Shuhui" and her answer). Elsewhere such a line may be a
// heading.
func answerers(out, answers map[int]label) {
	add := map[int]label{}
	for i, l := range answers {
		prev := -1
		for k := range out {
			if k < i && k > prev {
				prev = k
			}
		}
		if prev >= 0 && out[prev].role == Question {
			add[i] = l
		}
	}
	maps.Copy(out, add)
}

// reportedTurns finds the turns of briefing notes, which report in the
// third person who said what, a paragraph each: "Jens Laerke, for the
// Office for the Coordination of Humanitarian Affairs (OCHA), said that
// …", "Mr. Laerke added that …", "Responding to a question from AFP, Ms.
// Mercado said …". The paragraph, name and all, is the turn. Only a
// document with no label at all, and two such paragraphs at least, is
// read so: elsewhere "Minister Wang said" is a turn's content.
func reportedTurns(lines []line, title int) map[int]label {
	var out map[int]label
	for i := title + 1; i < len(lines); i++ {
		s := strings.TrimFunc(lines[i].s, unicode.IsSpace)
		if s == "" || i > 0 && strings.TrimSpace(lines[i-1].s) != "" {
			continue
		}
		if lab, ok := parseLabel(s); ok {
			alone := i+1 >= len(lines) || strings.TrimSpace(lines[i+1].s) == ""
			if lab.role == Question || !headingAfterLabel(s[lab.contentOff:]) && !(alone && topicAfterLabel(s[lab.contentOff:])) {
				return nil
			}
			if i > title+6 && !alone {
				return nil
			}
			// "KSrelief Spokesman: Centre Delivers Medical Aid to Yemen" is
			// a headline; "Lebanon: response to the Beirut port
			// explosions", a paragraph of its own, a topic's heading.
			continue
		}
		l, ok := reportedSpeaker(s)
		if !ok {
			continue
		}
		if out == nil {
			out = map[int]label{}
		}
		out[i] = l
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// reportedSpeaker reads who opens a paragraph of briefing notes, if a
// person or the spokesperson does.
func reportedSpeaker(s string) (label, bool) {
	// "Riyadh, Ramadan 10, 1441, May 03, 2020, SPA -- The Official
	// Spokesman of …": a wire story's dateline before its first sentence.
	cut := 0
	if k := strings.Index(s[:min(len(s), 120)], " -- "); k > 0 && !strings.Contains(s[:k], ". ") {
		cut = k + len(" -- ")
	}
	l, ok := reportedOpening(s[cut:])
	l.post = l.post.shifted(cut)
	return l, ok
}

// reportedOpening is reportedSpeaker for the paragraph's first sentence
// after any dateline.
func reportedOpening(s string) (label, bool) {
	if x := reportedRE.FindStringSubmatchIndex(s); x != nil {
		m := make([]string, len(x)/2) // the groups as strings, "" where one did not take part
		for k := range m {
			if x[2*k] >= 0 {
				m[k] = s[x[2*k]:x[2*k+1]]
			}
		}
		if m[1] != "" {
			return label{label: "Spokesperson", byTitle: "Spokesperson"}, true // "The spokesperson informed that": the one the text introduces so
		}
		if first, _, _ := strings.Cut(m[4], " "); m[2] == "" && m[3] == "" && (!strings.Contains(m[4], " ") || notReporter[first]) {
			return label{}, false // "UNICEF said", "The World Health Organization said": no person
		}
		if slices.Contains(chairVerbs, m[6]) {
			return label{}, false // "Rhéal LeBlanc, …, chaired the briefing" tells of the briefing, not of anything the chair said
		}
		after := s[x[1]:]
		if next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " "); slices.Contains(askVerbs, m[6]) && questionWords[strings.ToLower(next)] {
			// "Jamey Keaten of the Associated Press asked whether …": a
			// journalist's question, put for the outlet named.
			return label{label: m[4], role: Question, outlet: bodyNamed(m[5])}, true
		}
		forBody := speaksFor(m[5])
		if m[2] == "" && m[3] == "" && !forBody && !slices.Contains(sayVerbs, m[6]) {
			// Any verb after a post, an honorific or whom they speak for
			// ("Margaret Harris, for WHO, briefed"); "Carla Souza welcomed
			// the decision" and "South Korea, for its part, donated masks"
			// are news.
			return label{}, false
		}
		if (!forBody || !speaksHere(m[5])) && elsewhereRE.MatchString(after) {
			// "Secretary-General António Guterres said on Monday that …":
			// told of, not said at the briefing (those who speak for a
			// body there are named so: "Jens Laerke, for OCHA, said").
			return label{role: Statement}, true
		}
		l := label{speaker: bareName(m[4])}
		if forBody {
			// ", for the United Nations Children's Fund (UNICEF),": the body
			// the speaker's "we" is, known before their sentences are read.
			l.post = Span{x[10], x[11]}
		}
		return l, true
	}
	if m := postFirstReportedRE.FindStringSubmatch(s); m != nil {
		if elsewhereRE.MatchString(s[len(m[0]):]) {
			return label{role: Statement}, true // "The High Commissioner, Michelle Bachelet, said in a statement that …"
		}
		return label{speaker: m[1]}, true // "The Director of the Regional Bureau for Asia and the Pacific, Indrika Ratwatte, added that"
	}
	return label{}, false
}

// elsewhereRE follows the verb of a paragraph of briefing notes that
// tells what someone said elsewhere or before, not at the briefing: "in a
// statement", "at a press conference", "on Monday", "yesterday".
var elsewhereRE = scan.MustCompile(`(?i)^,? (?:(?:in|on) (?:a|an|his|her|their|its) (?:statement|message|video message|tweet|post|interview|letter|speech|address|op-ed|article|report|(?:opening |closing )?remarks)|at (?:a|the|his|her|their|its) (?:press|news|media) (?:conference|briefing)|at the (?:[\w-]+ ){0,4}?(?:opening|launch|meeting|summit|session|conference|assembly|council|forum)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|(?:on )?(?:yesterday|last (?:week|month|night|year)|earlier (?:this|today|in)|over the weekend|in (?:january|february|march|april|may|june|july|august|september|october|november|december)))\b`)

// speaksFor reports whether the words c between a name and its verb
// say whom the speaker speaks for or what post they hold: ", for the
// World Health Organization (WHO),", " of IOM", " (UNHCR)", ", WHO
// Representative in Yemen,", ", spokesperson for OCHA,"; not ", for its
// part," or ", in turn,".
func speaksFor(c string) bool {
	c = forWhom(c)
	r, _ := utf8.DecodeRuneInString(c)
	return unicode.IsUpper(r) || strings.Contains(c, "spokes")
}

// speaksHere reports whether the words c between a name and its verb say
// whom the speaker speaks for at the briefing (", for the World Health
// Organization (WHO),", ", spokesperson for OCHA,"), not only a post held
// (", WHO Executive Director of the Health Emergencies Programme,", who
// "said yesterday" what the notes report).
func speaksHere(c string) bool {
	c = strings.TrimLeft(c, ", (")
	return strings.HasPrefix(c, "for ") || strings.Contains(c, "spokes") || strings.Contains(c, "Spokes")
}

// forWhom is c, the words between a name and its verb, without the comma
// or bracket that opens them and the "for the", "of" or "from" that says
// whom they name: "Associated Press," of " of the Associated Press,".
func forWhom(c string) string {
	c = strings.TrimLeft(c, ", (")
	for _, p := range []string{"for ", "of ", "from "} {
		if rest, ok := strings.CutPrefix(c, p); ok {
			return strings.TrimPrefix(rest, "the ")
		}
	}
	return c
}

// askVerbs tell of a journalist's question in briefing notes, before
// one of questionWords ("asked whether"; not "asked donors for funds").
var askVerbs = []string{"asked", "inquired", "enquired", "queried", "wondered"}

var questionWords = map[string]bool{"whether": true, "if": true, "what": true, "how": true, "why": true, "when": true, "who": true, "which": true, "about": true, "where": true}

// bodyNamed returns the body that the words between a name and its verb
// name, as speaksFor reads them: "Associated Press" of " of the
// Associated Press", "Reuters" of " (Reuters)"; "" if none.
func bodyNamed(c string) string {
	if !speaksFor(c) {
		return ""
	}
	return strings.TrimRight(forWhom(c), ",) ")
}

// chairVerbs tell who ran a briefing, not what they said.
var chairVerbs = []string{"chaired", "moderated", "hosted", "presided", "attended"}

// chairs reports whether a paragraph of briefing notes tells who chaired
// the briefing: "Rhéal LeBlanc, Director, Information Service, chaired the
// briefing".
func chairs(s string) bool {
	x := reportedRE.FindStringSubmatchIndex(s)
	return x != nil && x[12] >= 0 && slices.Contains(chairVerbs, s[x[12]:x[13]])
}

// asked reports whether any of lines opens a question or an answer with a
// label: a transcript, whose chair ("Spokesperson Tran Thi Bich Ngoc
// chaired the regular press briefing") answers, not briefing notes.
func asked(lines []line) bool {
	for _, l := range lines {
		if lab, ok := parseLabel(strings.TrimSpace(l.s)); ok && (lab.role == Question || lab.role == Answer) {
			return true
		}
	}
	return false
}

// sayVerbs are the verbs of saying that follow who speaks in briefing
// notes; sayVerbsRE is one of them.
var sayVerbs = []string{"said", "added", "stressed", "informed", "noted", "explained", "recalled", "told", "announced", "underlined", "warned", "concluded", "reported", "indicated", "emphasised", "emphasized", "highlighted"}

var sayVerbsRE = `(?:` + strings.Join(sayVerbs, "|") + `)\b`

// reportedRE opens a paragraph of briefing notes: who (the spokesperson,
// or a name after a post or an honorific, or in full), what they speak
// for ("Margaret Harris, for the World Health Organization (WHO),", "Paul
// Dillon of IOM", "Babar Baloch (UNHCR)"), and a verb: one of saying, or
// any in the past after a post, an honorific or what they speak for
// ("briefed", "drew attention to"). Groups: 1 the spokesperson unnamed,
// 2 a post, 3 an honorific, 4 the name, 5 what they speak for, 6 the verb.
var reportedRE = scan.MustCompile(`^(?:(?:(?:Responding|Answering|Replying|Asked|Speaking|In response|On behalf|Referring|Turning|Also [a-z]|Further [a-z])[^,]{0,100}|Also|Finally|Lastly|In addition|Separately|For (?:his|her|their|its) part), )?` +
	`(?:(The (?:joint |deputy )?spokes(?:person|man|woman))|((?:Joint |Deputy |\p{Lu}{2,8} )?[Ss]pokes(?:person|man|woman) )?(` + honorificRE + ` )?(\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){0,3}))` +
	`(, [^.]{1,160}?,| \([^()]{2,80}\),?| (?:of|for|from) (?:the )?\p{Lu}[\p{L}-]*(?: (?:of|for|and|the|on|\p{Lu}[\p{L}()-]*)){0,8}?,?)?` +
	` (?:(?:also|then|further|later|again|briefly|first|finally) )?(` + strings.Join(sayVerbs, "|") + `|[a-z]{2,}ed|spoke|gave|drew|made|took|read|sent|shared)\b`)

// postFirstReportedRE opens a paragraph of briefing notes with the post,
// then the name between commas, then a verb of saying.
var postFirstReportedRE = scan.MustCompile(`^The (?:[\p{L}'’()-]+ ){0,12}?[\p{L}'’()-]+, (?:` + honorificRE + ` )?(\p{Lu}[\p{L}'’-]+(?: (?:bin |ibn |al-|Al-)?\p{Lu}[\p{L}'’-]+){1,4}), ` + sayVerbsRE)

// notReporter are capitalised words that open a sentence but no name.
var notReporter = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "It": true, "He": true, "She": true, "They": true, "We": true, "I": true, "Our": true, "Its": true, "In": true, "On": true}

// namedElsewhere reports whether name stands in text other than on its
// own label line s: twice if s writes it as it is ("Karla Ábrego"); if s
// writes it otherwise ("BOSS MUSTAPHA"), once after an honorific or a
// title, as an introduction names a person ("Mr. Boss Mustapha"), not a
// place a section heading names ("SOUTH SUDAN"). A document's bare labels
// repeat a few names, and each look is a scan of the whole text: seen
// remembers the answer for each name and each way of writing it.
func namedElsewhere(text, s, name string, seen map[nameOnLine]bool) bool {
	key := nameOnLine{name, strings.Contains(s, name)}
	if ok, found := seen[key]; found {
		return ok
	}
	ok, n := false, 0
	for i := 0; !ok; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(name)
		if key.asWritten {
			n++
			ok = n == 2
			continue
		}
		raw := lastWord(strings.TrimRight(text[:at], " "))
		prev := strings.ToLower(strings.Trim(raw, ".,"))
		ok = honorifics[prev] || titleWords[prev] || postEnd(raw)
	}
	seen[key] = ok
	return ok
}

// postEnd reports whether the word before a name ends the post that
// introduces it: "Minister of Health Enrique Paris", "the Undersecretary
// of Public Health, Paula Daza"; not "In South Sudan".
func postEnd(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (strings.HasSuffix(w, ",") || !lower.In(postStops, w))
}

// postStops are capitalised words before a name that introduce no post.
var postStops = map[string]bool{"in": true, "at": true, "on": true, "of": true, "the": true, "to": true, "for": true, "from": true, "with": true, "by": true, "and": true, "as": true, "a": true, "an": true}

// nameOnLine is a speaker's name and whether its label line writes it as
// the name is written elsewhere.
type nameOnLine struct {
	name      string
	asWritten bool
}

// speakerKey reads a "Speaker key:" block, one "INITIALS<tab>Name" line
// each, as WHO transcripts open: the initials label the turns. Without
// one (block false), the keys are the initials labels give (initialled).
func speakerKey(lines []line) (keys map[string]string, block bool) {
	for i, l := range lines {
		if !strings.EqualFold(strings.TrimSpace(l.s), "speaker key:") && !strings.EqualFold(strings.TrimSpace(l.s), "speakers key:") {
			continue
		}
		keys = map[string]string{}
		for _, k := range lines[i+1:] {
			m := keyLineRE.FindStringSubmatch(strings.TrimRight(k.s, " \t"))
			if m == nil {
				break
			}
			name := strings.Fields(m[2])
			for len(name) > 2 && honorifics[strings.ToLower(strings.Trim(name[0], "."))] {
				name = name[1:] // "Dr Tedros Adhanom Ghebreyesus"
			}
			keys[m[1]] = strings.Join(name, " ")
		}
		return keys, true
	}
	return initialled(lines), false
}

// initialled reads labels that give their speaker's initials, "Daniel
// Epstein (DE):", "Dr. Carissa F. Etienne (CE):", and the lines of a list
// of participants that do, after a post ("Minister for Development
// Cooperation Mads Kjeldsen (MK)"): the initials then label that
// speaker's later turns ("DE: Thank you.").
func initialled(lines []line) map[string]string {
	var keys map[string]string // nil while no line gives initials
	add := func(init string, name []string) {
		if keys == nil {
			keys = map[string]string{}
		}
		keys[init] = strings.Join(name, " ")
	}
	for _, l := range lines {
		s := strings.TrimSpace(l.s)
		if k := strings.IndexByte(s, '('); k < 0 || k > 160 {
			continue
		}
		if m := nameAffiliationRE.FindStringSubmatch(s); m != nil {
			ws, _ := withoutHonorifics(strings.Fields(m[1]))
			if init := m[2]; len(ws) >= 2 && (init == initials(ws) || init == initials([]string{ws[0], ws[len(ws)-1]})) {
				add(init, ws)
			}
			continue
		}
		if len(s) > 160 || strings.Contains(s, ". ") {
			continue // a sentence, no line of a list of participants
		}
		for _, m := range listedInitialsRE.FindAllStringSubmatch(s) {
			// The name is the last words before the initials, as many as
			// they have letters: "… Cooperation Mads Kjeldsen (MK)".
			ws, init := strings.Fields(m[1]), m[2]
			if len(ws) < len(init) {
				continue
			}
			if name := ws[len(ws)-len(init):]; initials(name) == init && personName(strings.Join(name, " ")) && !slices.ContainsFunc(name, func(w string) bool { return !startsUpper(w) }) {
				add(init, name)
			}
		}
	}
	return keys
}

// listedInitialsRE is a name's initials in brackets after it, which end
// the line, or a few words of a role after a comma do: "Lise Bonde (LB)",
// "Søren Friis (SF), moderator"; its groups are the words before and the
// initials.
var listedInitialsRE = scan.MustCompile(`((?:[\p{L}.'’-]+ ){2,8})\((\p{Lu}{2,4})\)(?:, [\p{Ll} ]{2,30})?$`)

// initials returns the first letters of words, in capitals: "DE" for
// Daniel Epstein.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

var (
	keyLineRE   = scan.MustCompile(`^(\p{Lu}{1,5})[\t ]+(\p{Lu}[\p{L}.'’ -]{2,60})$`) // "TAG\tDr Tedros Adhanom Ghebreyesus", "TJ Tarik Jasarevic"
	keyedTurnRE = scan.MustCompile(`^(\p{Lu}{1,5})(?:\t+| {2,}|\s*:\s*)`)             // "TAG\tThank you.", "FC   Hello", "DE: Thank you."
)

// keyedLabel reads a turn labelled by initials from the speaker key, or
// "Q" for a question, and a tab ("TAG\tThank you.") or alone on their
// line, the turn below ("TJ"). Under a "Speaker key:" block (block), the
// initials may also be followed by one space and a capital ("TAG Thank
// you."), as the key's own lines are; elsewhere "NDMA CEO (Mr. Noor):"
// is no turn of "NDMA".
func keyedLabel(s string, keys map[string]string, block bool) (label, bool) {
	if len(keys) == 0 {
		return label{}, false
	}
	m := keyedTurnRE.FindStringSubmatchIndex(s)
	if t := strings.TrimSpace(s); m == nil && (t == "Q" || keys[t] != "") {
		k := strings.Index(s, t)
		m = []int{0, k + len(t), k, k + len(t)}
	}
	if init, rest, ok := strings.Cut(s, " "); m == nil && ok && block && len(init) >= 2 && keys[init] != "" && startsUpper(rest) {
		m = []int{0, len(init) + 1, 0, len(init)}
	}
	if m == nil {
		return label{}, false
	}
	init := s[m[2]:m[3]]
	if init == "Q" {
		return label{label: init, role: Question, contentOff: m[1]}, true
	}
	name, ok := keys[init]
	if !ok {
		return label{}, false
	}
	if line := strings.TrimSpace(s[m[1]:]); strings.HasSuffix(line, name) {
		return label{}, false // the key's own line
	}
	return label{label: init, speaker: name, role: Statement, contentOff: m[1]}, true
}

// readByRE names who reads an unlabelled statement in its heading.
var readByRE = scan.MustCompile(`\b(?:read|delivered|presented) by (?:` + honorificRE + ` )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2})\b`)

var spokesRE = scan.MustCompile(`((?:[A-Z][\w.-]*\s+){0,4}Spokes(?:person|man|woman))\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}?)(?:'s|’s)?\s+(?:Regular|Press|Remarks|Daily|Briefing|Statement|Answers?|Comments?|on\b)`)

// casedHeading is a heading line in capitals in title case ("DAILY
// PRESS BRIEFING BY THE SPOKESPERSON - AGNÈS VON DER MÜHLL"), for the
// expressions that read names by their capitals; other lines as they are.
func casedHeading(s string) string {
	if strings.ContainsFunc(s, unicode.IsLower) || !strings.ContainsFunc(s, unicode.IsUpper) {
		return s
	}
	return CasedHeading(s) // "Spokesperson for the Secretary-General": no name after the post
}

// CasedHeading writes a line in capitals in title case with its small
// words lowered: "OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL" →
// "Office of the Spokesperson for the Secretary-general". Words are joined
// by one space (CaseName).
func CasedHeading(s string) string {
	return smallWords.Replace(smallWords.Replace(CaseName(s))) // twice: " Of The " shares its space
}

// continued reports whether a page's first paragraph s goes on from the
// page before: "...and that is why we set up the fund", "…", "and the
// supplies".
func continued(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.HasPrefix(s, "...") || r == '…' || unicode.IsLower(r)
}

// bareName is a name without what the heading wrote before it: the
// posts before a name of more than two words ("Harry Roque" in
// "Secretary Harry Roque") and the honorifics before any ("von der
// Mühll" in "Mme von der Mühll", read as a name as it opens with a
// capital).
func bareName(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 2 && isTitleWord(ws[0]) {
		ws = ws[1:]
	}
	ws, _ = withoutHonorifics(ws)
	return strings.Join(ws, " ")
}

// headingSpeaker reads the heading's line that names who answers, a post
// before the name and the body after it: "Speaker: Commissioner Jeong
// Eun-kyeong, Korea Disease Control and Prevention Agency (KDCA)".
func headingSpeaker(s string) (name, post string, ok bool) {
	const key = "speaker:"
	if len(s) <= len(key) || !strings.EqualFold(s[:len(key)], key) {
		return "", "", false
	}
	who, _, _ := strings.Cut(strings.TrimSpace(s[len(key):]), ",")
	ws := strings.Fields(who)
	k := 0
	for k < len(ws)-2 && isTitleWord(ws[k]) {
		k++
	}
	if name = strings.Join(ws[k:], " "); !bareNameRE.MatchString(name) {
		return "", "", false
	}
	return name, strings.Join(ws[:k], " "), true
}

// bodyLabel reports whether a label names an institution, not a person:
// "Health Ministry", "Foreign Office".
func bodyLabel(name string) bool {
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "Ministry", "Department", "Office", "Agency", "Government", "Council", "Commission", "Cabinet", "Presidency":
			return true
		}
	}
	return false
}

// forBody reports whether the brackets after a surname name whom its
// speaker speaks for, a body ("Adebahr (Federal Foreign Office):") or its
// acronym ("Kautz (BMG):", "Brede (BMVg):"), as a government's press conference labels
// its ministries' spokespersons.
func forBody(s string) bool {
	if bodyLabel(s) {
		return true
	}
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	upper, lowers := 0, 0 // "BMVg", "BMWi": one letter in lower case at the end
	for i, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			upper++
		case 'a' <= r && r <= 'z' && i == len(s)-1:
			lowers++
		default:
			return false
		}
	}
	return upper >= 2 && lowers <= 1
}

// headingAfterLabel reports whether what follows a label on a document's
// first line is a heading, not a speaker's words: "IGAD Secretariat:
// Virtual press briefing on the regional response to COVID-19" ends with
// no stop and holds no sentence.
func headingAfterLabel(content string) bool {
	content = strings.TrimSpace(content)
	if len(content) < 20 || strings.Contains(content, ". ") {
		return false
	}
	switch content[len(content)-1] {
	case '.', '?', '!', '"', '\'', ':', ',', ';':
		return false
	}
	return !strings.HasSuffix(content, "”") && !strings.HasSuffix(content, "’") && !strings.HasSuffix(content, "…")
}

// topicAfterLabel reports whether what follows a label is a topic, in
// lower case, not said: "floods" of "Sudan: floods".
func topicAfterLabel(content string) bool {
	content = strings.TrimSpace(content)
	if content == "" || strings.ContainsAny(content, ".?!:;\"“”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(content)
	return unicode.IsLower(r)
}

// namesBriefing reports whether a heading's words name the briefing
// itself: "Earthquake - Transcript of press briefing".
func namesBriefing(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "briefing") || strings.Contains(s, "press conference") || strings.Contains(s, "transcript")
}

// spokesOfRE: a spokesperson's post with the body's name, ending with its
// country ("of Ukraine"), then a name of two words that ends the heading:
// "Briefing by the Spokesperson of the Ministry of Foreign Affairs of
// Ukraine Oleh Marchenko" (not "… Spokesperson of the Ministry of Foreign
// Affairs").
var spokesOfRE = scan.MustCompile(`(Spokes(?:person|man|woman) of (?:the )?(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)*?of\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+)(\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+)\s*$`)

// namesSpokesperson reports whether a heading names the spokesperson who
// answers (spokesRE or spokesOfRE).
func namesSpokesperson(s string) bool {
	return spokesRE.MatchString(s) || spokesOfRE.MatchString(s) || spokesParenRE.MatchString(s)
}

// spokesParenRE: the spokesperson's name in brackets after the heading:
// "Spokesman's Weekly Press Conference (Abbas Mousavi)".
var spokesParenRE = scan.MustCompile(`(Spokes(?:person|man|woman))(?:'s|’s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Press\s+Conference|Briefing|Press\s+Briefing)\s*\((?:` + honorificRE + `\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})\)`)

// spokespersonHeldRE is heldByRE with the name before the post: "Dr.
// Taweesin Visanuyothin, spokesperson of the Centre for COVID-19 Situation
// Administration (CCSA), held the daily press conference".
var spokespersonHeldRE = scan.MustCompile(`^(?:` + honorificRE + ` )?(\p{Lu}[\p{L}-]+(?: ` + particlesRE + `\p{Lu}[\p{L}-]+){1,2}), (?:the )?(?:official )?[Ss]pokes(?:person|man|woman)(?: (?:of|for) [^,.:;]{3,120})?, (?:held|hosted|gave|chaired|presided|answered|briefed)\b`)

// postHeldRE opens a page's paragraph with a post and a name, then "held
// a press conference": "Minister of International Development Kari
// Solberg-Haug held a digital press conference" (postThenName splits
// them).
var postHeldRE = scan.MustCompile(`^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){3,10}?) held (?:a|an|his|her|the) (?:[\p{L}-]+ ){0,3}?(?:press conference|press briefing|news conference|media briefing|briefing)\b`)

// heldByRE names the spokesperson in the line that opens the page: "Foreign
// Ministry Spokesman Abbas Mousavi held his weekly press conference".
var heldByRE = scan.MustCompile(`[Ss]pokes(?:person|man|woman)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})\s+(?:(?:of|for) (?:the )?\p{Lu}[^,.:;]{2,80}?\s+)?(?:held|hosted|gave|chaired|presided|answered questions)\b`)

var spokesAfterRE = scan.MustCompile(`Spokes(?:person|man|woman)(?:,|\s+[-–—])?\s+(?:(?:` + honorificWords + `|` + strings.Join(spokesTitles, "|") + `)\.?\s+)?(\p{Lu}[\p{L}-]+(?:\s+` + particlesRE + `\p{Lu}[\p{L}-]+){1,3})\s*$`)

// spokesLabelAfter reports whether one of the three lines after line i
// labels another spokesperson ("Spokesperson: Dr. Krishna Prasad Paudel",
// then "Joint Spokesperson: Dr. Samir Kumar Adhikari"): the heading lists
// the panel, and no one of them is the one who answers.
func spokesLabelAfter(lines []line, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if l, ok := parseLabel(strings.TrimSpace(lines[j].s)); ok && strings.Contains(strings.ToLower(l.byTitle), "spokes") {
			return true
		}
	}
	return false
}

// spokesNameRE is a person's name next to a spokesperson's post in the
// heading, after up to two honorifics or titles ("H.E. Ms. Agnès von der
// Mühll"), with what may stand between them and after the name.
var spokesNameRE = `(?:(?:` + honorificWords + `|` + strings.Join(spokesTitles, "|") + `)\.?\s+){0,2}(\p{Lu}[\p{L}'’-]+(?:\s+` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3})`

// spokesTitles are the words besides the honorifics that stand before a
// spokesperson's name: the French "M.", a diplomat's rank.
var spokesTitles = []string{"M", "Ambassador", "Amb", "Counsellor", "Counselor"}

var (
	// spokesThenNameRE: the post, its body, then the name: "Statements by
	// the Spokesperson, Agnès von der Mühll", "Spokesperson of the Ministry
	// for Europe and Foreign Affairs, Agnès von der Mühll, answered",
	// "Spokesperson: Mrs. Agnès von der Mühll", "Press briefing by the
	// Spokesperson (Agnès von der Mühll)", "Foreign Ministry Spokesperson
	// Agnès von der Mühll's press briefing".
	spokesThenNameRE = scan.MustCompile(`(?:Spokes|\bThe spokes)(?:person|man|woman)(?:(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|on)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|on))*?)?\s*[,:(–—-]\s*|\s+)` + spokesNameRE + `(?:,?\s+(answered|held|hosted|gave|chaired|presided|briefed|took|made|spoke)\b|\s*\.?\s*$|\s*[,)(–—-]|['’]s\b)`)
	// nameThenSpokesRE: the name, then the post: "Agnès von der Mühll,
	// Deputy Spokesperson", "by Agnès von der Mühll, Spokeswoman",
	// "Agnès von der Mühll (Spokesperson)".
	nameThenSpokesRE = scan.MustCompile(`(?:^|[,:–—-]\s*|\bby\s+)` + spokesNameRE + `\s*(?:,\s*|\(\s*|\s+[-–—]\s+)(?:the\s+)?(?:(?:Deputy|Joint|Official|Chief|Principal|Acting)\s+)?[Ss]pokes(?:person|man|woman)\b`)
)

// spokespersonNamed reads a heading's line that names a spokesperson next
// to the post, in the forms spokesThenNameRE and nameThenSpokesRE read;
// "" if it names none. It is the last of the heading's readings: the
// others know their layouts' ends, this one any order of post and name.
// reported is true when the line is the editor's prose that names them
// without their answering ("The press conference was presided over by
// Shou Xiaoli, spokesperson of the SCIO."): they answer the labels that
// call for them, but the text before the first label is not theirs.
func spokespersonNamed(s string) (name, post string, reported bool) {
	if strings.Count(strings.ToLower(s), "spokes") > 1 {
		return "", "", false // "Spokesperson Dr. Krishna Prasad Paudel and Joint Spokesperson Dr. Samir Kumar Adhikari briefed the media."
	}
	sentence := strings.HasSuffix(strings.TrimSpace(s), ".") || hasStop(s)
	if m := spokesThenNameRE.FindStringSubmatchIndex(s); m != nil {
		if name := bareName(s[m[2]:m[3]]); personName(name) {
			// The post is what stands before the name, honorific aside, with
			// the capitalised words before it: "Foreign Ministry
			// Spokesperson", "Spokesperson of the Ministry of Foreign Affairs
			// of Ukraine".
			post := strings.Fields(strings.TrimRight(s[postStart(s, m[0]):m[2]], " ,:(–—-"))
			for len(post) > 1 && spokesHonorific(post[len(post)-1]) {
				post = post[:len(post)-1]
			}
			return name, strings.TrimRight(strings.Join(post, " "), " ,:(–—-"), sentence && m[4] < 0 // "…, answered the following questions." opens
		}
	}
	if m := nameThenSpokesRE.FindStringSubmatchIndex(s); m != nil {
		if name := bareName(s[m[2]:m[3]]); personName(name) {
			post := strings.TrimLeft(s[m[3]:m[1]], " ,(–—-")
			return name, strings.TrimPrefix(strings.TrimPrefix(post, "the "), "The "), sentence
		}
	}
	return "", "", false
}

// hasStop reports whether s has a full stop inside it, not the one of an
// honorific or an initial: "Ms. Ayesha Qureshi" has none.
func hasStop(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
		if len(w) > 1 && !lower.In(honorifics, w) {
			return true
		}
		k := strings.Index(s[i+2:], ". ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// spokesHonorific reports whether w is a word spokesNameRE reads before
// a name: "Ms.", "Ambassador".
func spokesHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return slices.Contains(spokesTitles, w) || lower.In(honorifics, w)
}

// postStart is where the post whose word starts at s[at:] begins: the up
// to four capitalised words right before it ("Foreign Ministry
// Spokesperson").
func postStart(s string, at int) int {
	start := at
	for range 4 {
		if start < 2 || s[start-1] != ' ' {
			break
		}
		k := strings.LastIndexByte(s[:start-1], ' ') + 1
		if r, _ := utf8.DecodeRuneInString(s[k:]); k >= start-1 || !unicode.IsUpper(r) {
			break
		}
		start = k
	}
	return start
}

// personName reports whether a run of capitalised words read next to a
// post is a person's name, not the briefing's or a body's: "Press
// Briefing", "Foreign Affairs".
func personName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if isTitleWord(w) || bodyLabel(w) || lower.In(notNameWords, w) {
			return false
		}
	}
	return true
}

// notNameWords are capitalised words of headings that no name holds.
var notNameWords = map[string]bool{
	"press": true, "briefing": true, "briefings": true, "conference": true, "regular": true, "daily": true, "weekly": true,
	"statement": true, "statements": true, "remarks": true, "comments": true, "answers": true, "questions": true,
	"transcript": true, "affairs": true, "foreign": true, "europe": true, "media": true, "news": true,
	"excerpts": true, "coronavirus": true,
}

// statementHead opens a heading that names who speaks next: "Statement",
// "Interview given", "Statement to the press".
const statementHead = `\b(?:[Ss]tatement|[Rr]emarks|[Ss]peech|[Aa]ddress|[Dd]eclaration|[Mm]essage|[Ii]nterview)(?: (?:given|made|delivered))?(?: to the (?:press|media))?`

// statementByRE is a heading that names who speaks, by name and then post:
// "Statement by M. Jean-Yves Le Drian, Minister for Europe and Foreign
// Affairs (Paris, 5 April 2020)", "Interview of Mr Jean-Yves Le Drian,
// Minister …, with « Le Parisien »". What no label gives another is theirs.
var statementByRE = scan.MustCompile(statementHead + ` (?:by|of) (?:(?:` + honorificWords + `|M)\.? )?(\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3}), (?:the )?(\p{Lu}[\p{L}'’ -]{2,80}?)(?:,| \(| with\b| to\b|\s*$)`)

// postFirstRE is a heading that names who speaks by post and then name:
// "Statement by the President of the Republic, Emmanuel Macron, following
// the pledging conference".
var postFirstRE = scan.MustCompile(statementHead + ` by (?:the )?(\p{Lu}[\p{L}'’-]+(?: (?:of the|of|for|and) \p{Lu}[\p{L}'’-]+| \p{Lu}[\p{L}'’-]+){0,6}), (\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3})(?:,| \(|\s*$)`)

// numberedItemRE is the line that opens a briefing's numbered item:
// "1 - Coronavirus - Statement by Jean-Yves Le Drian", "2. Lebanon";
// its group is the item's first word, which a date's month is not ("9.
// April 2020").
var numberedItemRE = scan.MustCompile(`(?m)^\d{1,2}\s*[-–.)]\s+(\p{Lu}\p{L}*)`)

var months = strings.Fields("January February March April May June July August September October November December")

// ItemStart returns the offset in text of the first line that opens a
// numbered item of the briefing ("1 - Statement by Jean-Yves Le Drian",
// not the date "9. April 2020"), or -1.
func ItemStart(text string) int {
	for _, m := range numberedItemRE.FindAllStringSubmatchIndex(text) {
		if !slices.Contains(months, text[m[2]:m[3]]) {
			return m[0]
		}
	}
	return -1
}

// saidByRE is the line of briefing notes that names whose words they sum
// up: "This is a summary of what was said by UNHCR spokesperson Céline
// Marchand – to whom quoted text may be attributed – at today's press
// briefing".
var saidByRE = scan.MustCompile(`\bwhat was said by (?:the )?((?:\p{Lu}[\p{L}-]* )*[Ss]pokes(?:person|man|woman)) (\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3})(?:,| [-–—(]| at\b|\s*$)`)

// namedInHeading returns who a heading line names as giving the statement,
// interview, speech or notes below it, and their post: statementByRE,
// postFirstRE, saidByRE, interviewRE; or "".
func namedInHeading(s string) (name, post string) {
	if m := statementByRE.FindStringSubmatch(s); m != nil {
		return m[1], strings.TrimSpace(m[2]) // "Statement by M. Jean-Yves Le Drian, Minister for Europe and Foreign Affairs (Paris, 5 April 2020)"
	}
	if m := postFirstRE.FindStringSubmatch(s); m != nil && personName(m[2]) {
		return m[2], m[1]
	}
	if m := saidByRE.FindStringSubmatch(s); m != nil {
		return m[2], strings.TrimSpace(m[1]) // "This is a summary of what was said by UNHCR spokesperson Céline Marchand – to whom …"
	}
	return interviewed(s), "" // "Interview of Jean-Yves Le Drian with Jean-Jacques Bourdin on BFMTV"
}

// interviewRE is a heading that names who answers an interview or a
// hearing, with no post after the name: "Interview of Jean-Yves Le Drian
// with Jean-Jacques Bourdin on BFMTV", "Jean-Yves Le Drian's interview
// with Sonia Mabrouk", "Jean-Yves Le Drian answers questions from RFI",
// "Hearing of Jean-Yves Le Drian before the Foreign Affairs Committee".
var interviewRE = scan.MustCompile(`(?:\b(?:[Ii]nterview|[Hh]earing)(?: (?:given|granted))? (?:by|of|with) (?:(?:` + honorificWords + `|M)\.? )?(\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3})(?: with| to| on| before| \(|,|\s*$)|(?:^|[-–—:] )(?:(?:` + honorificWords + `|M)\.? )?(\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3})(?:(?:'s|’s) (?:[Ii]nterview|[Hh]earing)\b| (?:answers|replies to|answered|replied to) (?:the )?questions\b))`)

// interviewed returns the person a heading names as interviewed or
// heard (interviewRE), or "".
func interviewed(heading string) string {
	m := interviewRE.FindStringSubmatch(heading)
	if m == nil {
		return ""
	}
	if first, _, _ := strings.Cut(m[1], " "); isTitleWord(first) && strings.Contains(m[0], " with ") {
		return "" // "Xinhua's interview with Foreign Minister Wang Yi": the post's holder, read elsewhere if at all
	}
	name := bareName(m[1] + m[2])
	if !personName(name) || len(strings.Fields(name)) < 2 {
		return "" // "Interview of Foreign Ministry Spokesperson …" is read elsewhere
	}
	return name
}

// label is a parsed speaker label.
type label struct {
	label, speaker, outlet string
	byTitle                string
	post                   Span // the post after the name, in the trimmed line
	role                   Role
	contentOff             int // offset of the content after the colon, in the trimmed line
}

// honorificWords are the honorifics written before a name in the
// transcripts' expressions, as the honorifics map has them (lower-cased
// there, TestHonorificWords); honorificRE is one of them with its stop.
const (
	honorificWords = `Mr|Ms|Mrs|Mme|Mlle|Madame|Madam|Miss|Dr|Professor|Prof|Pr|Shri|Smt|Sir|Dame|H\.E|Hon|Honourable|Honorable|A/Prof|Ato|W/ro|Woizero|Weizero|Alhaji|Alhaja|Hajiya|Mallam`
	honorificRE    = `(?:` + honorificWords + `)\.?`
)

// IsHonorific reports whether w is an honorific written before a name,
// with or without its stop and in any case: "Mr.", "Mme", "H.E.", "SIR".
func IsHonorific(w string) bool {
	return honorifics[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// OpensWithHonorific reports whether the words ws of a name open with an
// honorific: one IsHonorific reads, or the French "M." before two words
// or more ("M. Olivier Gauvin"), where it is no initial.
func OpensWithHonorific(ws []string) bool {
	return len(ws) > 0 && (IsHonorific(ws[0]) || ws[0] == "M." && len(ws) > 2)
}

var (
	labelRE = scan.MustCompile(`^((?:[AW]/\p{L}+\.?|[\p{Lu}\d][\p{L}\d.'’&()-]*|of|the|de|del|della|da|di|du|dos|das|van|von|der|den|bin|al|la|le|and|News|Agency)(?:\s+(?:[\p{Lu}\d][\p{L}\d.'’&()-]*|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’-]*|of|for|the|de|del|della|da|di|du|dos|das|van|von|der|den|bin|al|la|le|and)){0,6})\s*[:：]`)
	// honorific and title words that can head an uppercase label ("MS ORTAGUS", "SECRETARY POMPEO").
	honorifics = map[string]bool{"shri": true, "smt": true, "mr": true, "ms": true, "mrs": true, "dr": true, "madam": true, "miss": true, "mme": true, "mlle": true, "madame": true, "prof": true, "professor": true, "a/prof": true, "pr": true, "sir": true, "dame": true, "h.e": true, "hon": true, "honourable": true, "honorable": true, "ato": true, "w/ro": true, "woizero": true, "weizero": true, "alhaji": true, "alhaja": true, "hajiya": true, "mallam": true} // "A/Prof": Singapore's associate professor; "Ato", "W/ro": Amharic Mr and Mrs; "Alhaji", "Mallam": West Africa's
	// words that open a label but are not speakers.
	notSpeakers = map[string]bool{
		"note": true, "notes": true, "source": true, "editor": true, "date": true, "time": true, "venue": true,
		"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "finally": true, "update": true,
		"translation": true, "transcript": true, "press briefing": true, "press conference": true, "media briefing": true, "news conference": true, "press point": true, "video": true, "photo": true, "print": true, "share": true,
		"tags": true, "keywords": true, "related": true, "attachment": true, "attachments": true, "link": true,
		"email": true, "e-mail": true, "tel": true, "fax": true, "address": true, "http": true, "https": true,
		"example": true, "background": true, "summary": true, "location": true, "theme": true, "topic": true,
		"subject": true, "copyright": true, "author": true, "by": true, "url": true, "www": true,
		"chinese": true, "english": true, "speakers": true, "speaker": true, "spokespersons": true, "spokespeople": true, "participants": true, "panel": true,
		"panelists": true, "panellists": true, "from": true, "to": true, "cc": true, "subject line": true, "attendees": true, "guests": true, "present": true, "featuring": true, "moderated by": true, "statement": true, "remarks": true, "contact": true, "home": true, "font": true, "coronavirus": true, "covid-19": true,
		"previous": true, "next": true, "verbatim": true, "download": true, "downloads": true, "sdílet": true, "partager": true, "condividi": true, "teilen": true, "udostępnij": true, "delen": true, "attending": true, "berita": true,
		"subjects": true, "topics": true, "on": true, "in": true, "at": true, "disclaimer": true, "note to editors": true, "notes to editors": true, "media contact": true, "media contacts": true, "ends": true, "end": true, "e&oe": true,
		"updated": true, "published": true, "posted": true, "released": true, "participating": true, "with": true, "about": true, "regarding": true, "concerning": true, "presenters": true, "presenter(s)": true, "speaker key": true, "speakers key": true, "in attendance": true, "officials present": true, "participants present": true,
		"participantes": true, "partecipanti": true, "teilnehmer": true, "intervenants": true, "ponentes": true, "presentes": true,
		"reference": true, "ref": true, "writer": true, "duration": true, "language": true, // a page's record: "Reference: I-187432", "Writer : Spokesperson's Office"
		"text size": true, "font size": true, "speech": true, "news story": true, "press release": true,
		"briefers": true, "briefer": true, "chaired by": true,
		"interview": true, "exclusive": true, "watch": true, "live": true, "breaking": true, "opinion": true, "feature": true, "analysis": true, "explainer": true, "read more": true, "see also": true, // a headline's kicker: "INTERVIEW: \"Every dose counts\""
		"contents": true, "table of contents": true, "content": true, "agenda": true, "outline": true, "sommaire": true, "in this issue": true, "on this page": true, // a page's list of its points
		"themen": true, "thema": true, "temas": true, "tema": true, "thèmes": true, "sujets": true, "argomenti": true, // "Themen: internationale Hilfe …": the topics, in the transcript's language
	}
	// ordinals open numbered points ("First: we sent masks") alone, and
	// posts ("First Deputy Prime Minister Jan Hamáček:").
	ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true}
	// Labels of translated transcripts keep their language: "Pregunta (EFE):", "Domanda:", "Réponse :".
	questionLabels = map[string]bool{"follow-up": true, "jornalista": true, "repórter": true, "reportero": true, "reportera": true, "follow up": true, "followup": true, "q": true, "question": true, "questions": true, "reporter": true, "journalist": true, "audience": true, "participant": true, "correspondent": true, "questioner": true, "media": true,
		"pregunta": true, "domanda": true, "frage": true, "pytanie": true, "dziennikarz": true, "dziennikarka": true, "pergunta": true, "periodista": true, "giornalista": true, "journaliste": true, "interlocutor": true, "interlocutora": true, "consulta": true}
	answerLabels = map[string]bool{"a": true, "answer": true, "response": true, "r": true, "respuesta": true, "risposta": true, "réponse": true, "antwort": true, "resposta": true}
	chairLabels  = map[string]bool{"moderator": true, "host": true, "chair": true, "chairman": true, "chairperson": true, "presenter": true, "operator": true, "mc": true, "master of ceremonies": true,
		"programme director": true, "program director": true, "facilitator": true,
		"moderador": true, "moderadora": true, "mediador": true, "mediadora": true, "moderatore": true, "moderatrice": true, "modérateur": true, "modératrice": true, "presentador": true, "presentadora": true}
)

// spokesPost reports whether a label's post is a spokesperson's: "Spokesperson",
// "The Spokesman", "Deputy Spokesperson", "Chief Spokesperson".
func spokesPost(post string) bool {
	p := strings.TrimPrefix(strings.ToLower(post), "the ")
	for _, m := range []string{"deputy ", "assistant ", "vice ", "chief ", "official ", "acting ", "principal ", "senior "} {
		p = strings.TrimPrefix(p, m)
	}
	return strings.HasPrefix(p, "spokes")
}

// IsChair reports whether a turn label names whoever chairs the briefing
// ("MODERATOR", "Host", "Programme Director"), not a person.
func IsChair(label string) bool { return lower.In(chairLabels, strings.TrimSpace(label)) }

// ifThen returns find(s) if ok, else nil: an expression tried only where
// a cheap test says it may match.
func ifThen(ok bool, find func(string) []int, s string) []int {
	if !ok {
		return nil
	}
	return find(s)
}

// spaceDash reports whether s has " -", " –" or " —": it looks for the
// dashes' first bytes, which are rare, by IndexByte (a vectorised scan),
// where a search for " -" would stop at every space.
func spaceDash(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '-')
		if k < 0 {
			break
		}
		if i += k; i > 0 && s[i-1] == ' ' {
			return true
		}
		i++
	}
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0xe2) // "–" and "—" begin with 0xe2
		if k < 0 {
			return false
		}
		if i += k; i > 0 && s[i-1] == ' ' && (strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—")) {
			return true
		}
		i++
	}
}

// frenchDashLabel reads the labels French transcripts close with an en or
// em dash that honorificDashRE and dashLabelRE do not: a post after "Mme
// la", "M. le" ("Mme la Ministre – Good morning."), and a question and
// its outlet in brackets, as parseLabel reads them before a colon
// ("Journaliste (RTI) – Has Ghana offered help?").
func frenchDashLabel(s string) (label, bool) {
	k, sep := -1, ""
	for _, d := range [...]string{" – ", " — "} {
		if i := strings.Index(s[:min(len(s), 80)], d); i > 0 && (k < 0 || i < k) {
			k, sep = i, d
		}
	}
	if k < 0 {
		return label{}, false
	}
	head, off := s[:k], k+len(sep)
	off += len(s[off:]) - len(strings.TrimLeft(s[off:], " "))
	if m := madamPostRE.FindStringSubmatch(head); m != nil {
		return label{label: head, byTitle: CaseName(m[1]), role: Statement, contentOff: off}, true
	}
	if q, _, ok := strings.Cut(head, " ("); !ok || !lower.In(questionLabels, q) {
		return label{}, false
	}
	if l, ok := parseLabel(head + ": …"); ok && l.role == Question && l.contentOff == len(head)+len(": ") {
		l.label, l.contentOff = head, off
		return l, true
	}
	return label{}, false
}

// madamPostRE is a post after French address: "Mme la Ministre", "M. le
// Porte-parole".
var madamPostRE = scan.MustCompile(`^(?:Mme|Madame|M\.|Monsieur) (?:la|le|l') ?(\p{Lu}[\p{L}-]+)$`)

// leadIn is the length of what opens a turn's line before its label: a
// dialogue dash ("—Canciller Andrade: Good morning.", Spanish transcripts;
// an em dash, as a hyphen opens list items) or a recording's time stamp
// ("[00:00:05] Esther Kroon: Good afternoon."); 0 if none.
func leadIn(s string) int {
	if rest, ok := strings.CutPrefix(s, "—"); ok {
		if t := strings.TrimLeft(rest, " "); t != "" {
			return len(s) - len(t) // "—Canciller Andrade:", "— LAURA BEATRIZ ECHEVERRÍA (Minister of Health):"
		}
	}
	if s != "" && (s[0] == '[' || s[0] == '(' || s[0] >= '0' && s[0] <= '9') {
		if m := timeStampRE.FindStringIndex(s); m != nil {
			return m[1]
		}
	}
	return 0
}

// timeStampRE is a recording's time stamp opening a turn: "[00:00:05] ",
// "(01:12) ", "00:04:12 ".
var timeStampRE = scan.MustCompile(`^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2})[ \t]+`)

// parseLabel recognises a speaker label at the start of a trimmed line:
// "Luo Zhaohui:", "Q:", "A: text", "MS ORTAGUS:", "Xinhua News Agency:".
func parseLabel(s string) (label, bool) {
	if n := leadIn(s); n > 0 {
		l, ok := parseLabel(s[n:])
		if ok {
			l.contentOff += n
			l.post = l.post.shifted(n)
		}
		return l, ok
	}
	// "Moderator, Isatu Bangura (Director of Communications, MIC):": the
	// chair's role, then her label.
	if c := strings.IndexByte(s[:min(len(s), 200)], ':'); c > 0 {
		if role, _, ok := strings.Cut(s[:c], ", "); ok && IsChair(role) {
			shift := len(role) + len(", ")
			if l, ok := parseLabel(s[shift:]); ok && l.speaker != "" && strings.Contains(l.speaker, " ") {
				l.contentOff += shift
				l.post = l.post.shifted(shift)
				l.label = strings.TrimSpace(s[:shift+len(l.label)])
				return l, true
			}
		}
	}
	// "PORTA-VOZ / SPOKESPERSON (Coronel Henrique Amaral):", "د. طارق شلبي،
	// المتحدث الرسمي | Dr. Tarek Shalaby, Official Spokesman:": a label in
	// two languages, the last one read.
	if c := strings.IndexByte(s[:min(len(s), 200)], ':'); c > 0 {
		for _, sep := range []string{" | ", " / "} {
			if k := strings.LastIndex(s[:c], sep); k > 0 && strings.Count(s[:c], sep) == 1 {
				l, ok := parseLabel(s[k+len(sep):])
				if ok && (strings.Contains(l.speaker, " ") || l.byTitle != "") { // a person or a post, not a page's "Media relations | Phone:"
					shift := k + len(sep)
					l.contentOff += shift
					l.post = l.post.shifted(shift)
					l.label = strings.TrimSpace(s[:shift+len(l.label)])
					return l, true
				}
			}
		}
	}
	// "Azamat Toktosunov, Foreign Minister of Kyrgyzstan (through an
	// interpreter): Thank you.": how the words reached the transcript, no
	// part of the label (spaces after the colon keep every offset).
	if head := s[:min(len(s), 160)]; strings.Contains(head, "nterpret") { // one scan of every line, the asides' only when one may stand there
		head = lower.ASCII(head) // "(Interpretation):" too; the offsets stay
		for _, aside := range []string{" (through an interpreter):", " (through interpreter):", " (via interpreter):", " (via an interpreter):", " (interpreted):", " (interpretation):"} {
			if k := strings.Index(head, aside); k > 0 {
				s = s[:k] + ":" + strings.Repeat(" ", len(aside)-1) + s[k+len(aside):]
				break
			}
		}
	}
	// "Mr. OSSANDÓN (Minister of Foreign Affairs).- Good afternoon.",
	// "Yaimara Soto Ferrer.— Good morning.": Spanish transcripts end a
	// label with ".-" or ".—"; read it as a colon (the spaces after it keep
	// every offset).
	if k, end := labelStop(s[:min(len(s), 120)]); k > 0 && !strings.ContainsAny(s[:k], ":：") {
		s = s[:k] + ":" + strings.Repeat(" ", len(end)-1) + s[k+len(end):]
	}
	// "[Duarte Almeida] Good afternoon.", "[Journalist, RTP] Is Portugal
	// sending help?": a name or an asker in square brackets opening the
	// line, or alone on it above the words ("[Dr. Sonia Ben Rejeb]").
	if strings.HasPrefix(s, "[") {
		if k := strings.IndexByte(s, ']'); k > 2 && k < 100 && (k+1 < len(s) && (s[k+1] == ' ' || s[k+1] == ':') || strings.TrimSpace(s[k+1:]) == "") {
			in := strings.TrimSpace(s[1:k])
			after := strings.TrimPrefix(s[k+1:], ":") // "[Journalist, Télam]: Minister, …"
			off := len(s) - len(strings.TrimLeft(after, " "))
			who, outlet, _ := strings.Cut(in, ", ")
			name := bareName(in) // "[Commissioner Jeong Eun-kyeong]"
			// Alone on its line, a bracket is a label only as one of a
			// person with an honorific or a role, a post, a chair or an
			// asker: not "[Provisional Translation]", "[End of bulletin]",
			// "[Q&A]".
			alone, named := strings.TrimSpace(after) == "", name != in
			if role, holder, ok := strings.Cut(who, " - "); ok && (IsChair(role) || isTitleWord(lastWord(role))) {
				who = holder // "[Moderator - Amel Trabelsi, Head of the Communication Unit]": the name after the role
				name, named = bareName(holder), true
			}
			switch {
			case lower.In(questionLabels, who):
				return label{label: in, role: Question, outlet: strings.TrimSpace(outlet), contentOff: off}, true
			case bareNameRE.MatchString(name) && personName(name) && !stageDirections[strings.ToLower(in)] && (named || !alone):
				return label{label: in, speaker: name, role: Statement, contentOff: off}, true
			case outlet != "" && bodyLabel(outlet) && !strings.Contains(who, " ") && personName(who):
				// "[Kessler, Federal Foreign Office]": a surname and whom it speaks for.
				at := strings.Index(s, in) + len(who) + len(", ")
				return label{label: in, speaker: who, role: Statement, post: Span{at, at + len(outlet)}, contentOff: off}, true
			}
			// "[Deputy Spokesperson Brandes]", "[Kessler, Federal Foreign
			// Office]", "[Question (dpa)]": what a label would say before
			// its colon.
			if l, ok := parseLabel(in + ": …"); ok && l.contentOff == len(in)+2 && !stageDirections[strings.ToLower(in)] && (!alone || l.byTitle != "" && l.outlet == "" || IsChair(in)) {
				shift := strings.Index(s, in)
				l.post = l.post.shifted(shift)
				l.label, l.contentOff = in, off
				return l, true
			}
		}
	}
	// "Oberst i.G. Falkner (BMVg):": a German officer's "im
	// Generalstab", blanked (offsets kept) so that the rank and name read.
	if k := strings.Index(s[:min(len(s), 40)], " i.G. "); k > 0 {
		s = s[:k] + "     " + s[k+len(" i.G."):]
	}
	// Each expression is tried only if the characters it needs are there:
	// most lines of a transcript are no label, and this runs on each.
	q := strings.HasPrefix(s, "Q")
	colon := strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：") // ContainsAny(s, ":："), without decoding s
	// "Q. [Yonhap] …", "Q [NHK]:": an outlet in square brackets.
	if m := ifThen(q && strings.Contains(s, "["), qBracketRE.FindStringSubmatchIndex, s); m != nil && !stageDirections[strings.ToLower(strings.TrimSpace(s[m[2]:m[3]]))] {
		return label{label: strings.TrimSpace(s[:m[1]]), role: Question, outlet: strings.TrimSpace(s[m[2]:m[3]]), contentOff: m[1]}, true
	}
	// "Reporter, Kantipur Television: …": who asks, then for whom.
	if m := ifThen(colon && strings.Contains(s, ", "), askerOutletRE.FindStringSubmatchIndex, s); m != nil && questionLabels[strings.ToLower(s[m[2]:m[3]])] {
		rest := s[m[1]:]
		return label{label: strings.TrimSpace(s[:m[1]-1]), role: Question, outlet: strings.TrimSpace(s[m[4]:m[5]]),
			contentOff: m[1] + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))}, true
	}
	// "Q Thank you, Mr. President.": White House transcripts drop the colon;
	// "Q. …" and "A. …" put a dot in its place.
	if m := ifThen(q, bareQRE.FindStringIndex, s); m != nil {
		return label{label: "Q", role: Question, contentOff: lastRuneStart(s, m[1])}, true
	}
	if m := ifThen(strings.HasPrefix(s, "A."), bareARE.FindStringIndex, s); m != nil && !initialNameRE.MatchString(s) {
		return label{label: "A", role: Answer, contentOff: lastRuneStart(s, m[1])}, true
	}
	// "Q (Dawn):", "Question (ITV News):": a question with its outlet in
	// brackets; "Question (Sidhant Sibal, WION):" names the reporter first.
	if m := ifThen(colon && strings.Contains(s, "("), qOutletRE.FindStringSubmatchIndex, s); m != nil && questionLabels[strings.ToLower(s[m[2]:m[3]])] {
		outlet := s[m[4]:m[5]]
		if i := strings.LastIndex(outlet, ", "); i >= 0 {
			outlet = outlet[i+2:]
		}
		return label{label: s[:m[1]-1], contentOff: m[1] + len(s[m[1]:]) - len(strings.TrimLeftFunc(s[m[1]:], unicode.IsSpace)), role: Question, outlet: strings.TrimSpace(outlet)}, true
	}
	// "MODERATOR (Mohamed Ali Hersi, IGAD Communication Officer):",
	// "MODERATOR (DIANA LARKIN):": the chair's part, then who holds it and
	// their post.
	if m := ifThen(colon && strings.Contains(s, "("), chairNameRE.FindStringSubmatchIndex, s); m != nil && (IsChair(s[m[2]:m[3]]) || isTitleWord(s[m[2]:m[3]])) && (strings.Contains(s[m[4]:m[5]], " ") || IsChair(s[m[2]:m[3]]) && surname(s[m[4]:m[5]])) {
		rest := s[m[1]:]
		l := label{label: s[m[2]:m[3]], speaker: CaseName(withoutRanks(s[m[4]:m[5]])), role: Statement,
			contentOff: m[1] + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))}
		if !IsChair(l.label) {
			l.byTitle = l.label // "Spokesperson (H.E. Chea Sokha):", then "Spokesperson:"
		}
		return l, true
	}
	// "Amina Diallo (ECOWAS Commission):", "Emeka Obi (Moderator):": a
	// person, then whom they speak for or their part.
	if m := ifThen(colon && strings.Contains(s, "("), nameAffiliationRE.FindStringSubmatchIndex, s); m != nil && strings.Contains(s[m[2]:m[3]], ",") {
		// "EXECUTIVE SECRETARY, MINISTRY OF HEALTH (Roberto Saldanha):": a
		// post, its body after the comma, then who holds it.
		post, _, _ := strings.Cut(s[m[2]:m[3]], ",")
		if l, ok := postHolderLabel(s, m, strings.Fields(post)); ok {
			return l, true
		}
	} else if m != nil && !questionLabels[strings.ToLower(s[m[2]:m[3]])] {
		ws, titled := withoutHonorifics(strings.Fields(s[m[2]:m[3]])) // "Dr. Kwame Asante (WAHO)", "Mr. OSSANDÓN (Minister of Foreign Affairs)"
		if l, ok := postHolderLabel(s, m, ws); ok {
			return l, true
		}
		for len(ws) > 1 && isTitleWord(ws[0]) && !isTitleWord(ws[len(ws)-1]) {
			ws, titled = ws[1:], true // "Oberst Falkner (BMVg)": the rank is no part of the name
		}
		name := strings.Join(ws, " ")
		forIt := len(ws) == 1 && forBody(s[m[4]:m[5]]) // "KRANZ (BMI):", "DR RAU (BMZ):": a short surname in capitals, not an outlet's acronym, for it names its ministry
		if (len(ws) >= 2 || titled || forIt) && !notSpeakers[strings.ToLower(ws[0])] && (!isOutletLabel(ws) || forIt && !lower.In(outletWords, ws[0])) {
			rest := s[m[1]:]
			return label{label: strings.TrimSpace(s[:m[1]-1]), speaker: CaseName(name), role: Statement, post: Span{m[4], m[5]},
				contentOff: m[1] + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))}, true
		}
	}
	// "Q - NOS. Minister, …", "A - Good afternoon.", "BOSMAN - Yes.": a
	// dash in place of the colon, after Q, A, R or a name in capitals.
	dash := spaceDash(s)
	if m := ifThen(dash, honorificDashRE.FindStringSubmatchIndex, s); m != nil {
		// "Pr. Bensalah — In the name of God…", "Mr. Hamdi — Allow me",
		// "Dr d'Almeida-Aké – Thank you": an honorific and a name, which
		// may open with a particle, before a dash.
		ws := strings.Fields(s[m[2]:m[3]])
		return label{label: s[m[2]:m[3]], speaker: strings.Join(ws[1:], " "), role: Statement, contentOff: m[1]}, true
	}
	if dash {
		if l, ok := frenchDashLabel(s); ok {
			return l, true
		}
	}
	if m := ifThen(dash, dashLabelRE.FindStringSubmatchIndex, s); m != nil {
		raw := s[m[2]:m[3]]
		l := label{label: raw, contentOff: m[1]}
		switch strings.ToLower(raw) {
		case "q", "question":
			l.role = Question
			if o, ok := parseOutletPrefix(s[m[1]:]); ok {
				l.outlet = o // "Question – Antara: Pak Jubir, …"
			}
		case "a", "r", "answer":
			l.role = Answer
		default:
			if notSpeakers[strings.ToLower(raw)] || namesEvent(raw) || namesTopic(raw) || !strings.ContainsFunc(s[m[1]:], unicode.IsLower) {
				return label{}, false // "TEAM EUROPE - SUPPORT FOR PARTNER COUNTRIES": a section's heading
			}
			if bodyNameOnly(s[m[1]:]) {
				return label{}, false // "AFAD - Disaster and Emergency Management Presidency": a site's name, spelt out
			}
			l.role = Statement
			if ws := strings.Fields(raw); allTitleWords(ws) {
				l.byTitle = CaseName(raw) // "THE SPOKESPERSON - No.": a post, its holder named elsewhere if at all
			} else {
				ws, _ := withoutHonorifics(strings.Fields(CaseName(strings.TrimPrefix(raw, "M. "))))
				l.speaker = strings.Join(ws, " ") // "MS VON DER MÜHLL -", "M. LE DRIAN -": the honorific is no part of the name
			}
		}
		return l, true
	}
	// "Official Spokesperson, Shri Anurag Srivastava:": a post, then who holds it.
	if m := ifThen(colon && strings.Contains(s, ","), titledLabelRE.FindStringSubmatchIndex, s); m != nil && (allTitleWords(strings.Fields(s[m[2]:m[3]])) || postPhrase(s[m[2]:m[3]], s[m[4]:m[5]])) {
		rest := s[m[1]:]
		return label{label: strings.TrimSpace(s[:m[1]-1]), speaker: CaseName(s[m[4]:m[5]]), byTitle: CaseName(s[m[2]:m[3]]), role: Statement,
			contentOff: m[1] + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))}, true
	}
	// "Aoife Kearney, Press Officer, Department of Health:", "Dr. Lena
	// Sørensen, World Health Organization (WHO):": a person, then their
	// post or whom they speak for.
	if l, ok := namePostLabel(s, colon); ok {
		return l, true
	}
	if colon && strings.Contains(s, ", ") {
		if l, ok := longPostLabel(s); ok {
			return l, true
		}
	}
	m := ifThen(colon, labelRE.FindStringSubmatchIndex, s)
	if m == nil {
		return label{}, false
	}
	raw := strings.TrimSpace(s[m[2]:m[3]])
	rest := s[m[1]:]
	if !strings.ContainsFunc(raw, unicode.IsLetter) {
		return label{}, false // "20200329 15:30"
	}
	if strings.HasPrefix(rest, "//") || (len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' && !utf8.ValidString(rest[:1])) {
		return label{}, false // a URL such as "http://..."
	}
	if len(rest) > 0 && unicode.IsDigit(rune(rest[0])) && len(raw) < 3 {
		return label{}, false // a time such as "9:30"
	}
	contentOff := m[1] + len(rest) - len(strings.TrimLeft(rest, " \t"))
	// The label and its first word are looked up lower-cased
	// (lower.In), without a lower-cased copy of each line's label. raw
	// has no white space around it, so its first word is the part
	// before its first space.
	low := strings.Trim(raw, ".")
	first := raw
	if i := strings.IndexFunc(raw, unicode.IsSpace); i >= 0 {
		first = raw[:i]
	}
	first = strings.Trim(first, ".,")
	l := label{label: raw, contentOff: contentOff}
	if q, rest, ok := strings.Cut(raw, " "); ok && lower.In(questionLabels, q) {
		for _, from := range []string{"de ", "del ", "from ", "by "} {
			if o, ok := strings.CutPrefix(rest, from); ok && o != "" && unicode.IsUpper([]rune(o)[0]) {
				l.role, l.outlet = Question, o // "Pregunta de El Comercio:", "Question from Reuters:"
				return l, true
			}
		}
	}
	switch {
	case lower.In(questionLabels, low):
		l.role = Question
		// "Q: Bloomberg: ..." or "Q: CGTN ..." names the outlet after Q.
		if o, ok := parseOutletPrefix(rest); ok {
			l.outlet = o
		}
		return l, true
	case lower.In(answerLabels, low):
		l.role = Answer
		return l, true
	case lower.In(chairLabels, low):
		l.role = Statement
		return l, true
	case lower.In(notSpeakers, first) && (!lower.In(ordinals, first) || !strings.Contains(raw, " ")) || lower.In(notSpeakers, low) || namesEvent(raw):
		return label{}, false // "First:", "Note:"; not "First Deputy Prime Minister Jan Hamáček:"
	}
	words := strings.Fields(raw)
	if len(words) > 9 || len(raw) > 80 {
		return label{}, false
	}
	if post, name, ok := postThenName(words); ok {
		// "Minister of Health Víctor Zamora:", "MINISTER OF HEALTH VÍCTOR
		// ZAMORA:", "Vice Minister of Emergency Management Lin Haoran:":
		// the post, then who holds it (a longer label than others may be).
		l.byTitle, l.speaker = CasedHeading(strings.Join(post, " ")), CaseName(strings.Join(name, " "))
		return l, true
	}
	if len(words) > 6 || len(raw) > 60 {
		return label{}, false
	}
	if isOutletLabel(words) {
		l.outlet, l.role = raw, Question
		return l, true
	}
	if isTitleWord(words[0]) && (slices.Contains(words, "of") || slices.Contains(words, "for")) {
		l.byTitle = CaseName(raw) // "Minister of Planning:": who holds the post is named elsewhere
		return l, true
	}
	// A person: the words after the last title or honorific are the name
	// ("SECRETARY POMPEO", "Press Secretary SAKAI", "Dr Tedros Adhanom Ghebreyesus").
	name, titled := words, false
	for i := len(words) - 2; i >= 0; i-- {
		if honorifics[strings.ToLower(strings.Trim(words[i], "."))] || isTitleWord(words[i]) {
			name, titled = words[i+1:], true
			if i > 0 {
				l.byTitle = CaseName(strings.Join(words[:i+1], " ")) // the post, for "Press Secretary:" turns
			}
			break
		}
	}
	if len(name) > 4 {
		return label{}, false
	}
	if titled && len(name) == 1 && (acronym(name[0]) || lower.In(portfolios, name[0])) {
		l.byTitle = raw // "DG NCDC:", "PS HEALTH:": a post and its body, the holder introduced elsewhere
		return l, true
	}
	for i, w := range name {
		if !unicode.IsUpper([]rune(w)[0]) && (i == 0 && !titled || i == len(name)-1 || !nameParticles[w]) && !particleJoined(w) { // "Ms von der Mühll:"
			return label{}, false
		}
	}
	if allTitleWords(name) {
		l.byTitle = CaseName(raw) // "Prime Minister:", "Chief Medical Officer:": who holds it is known elsewhere
		if len(name) == len(words)-1 && IsHonorific(words[0]) {
			l.byTitle = CaseName(strings.Join(name, " ")) // "HON. MINISTER:", the post without its honorific
		}
		return l, true
	}
	if !titled && namesTopic(raw) {
		return label{}, false // "HUMAN RIGHTS:", "Climate:": an item's heading
	}
	l.speaker = CaseName(strings.Join(name, " "))
	return l, true
}

// postHolderLabel reads a post, then in brackets who holds it ("Official
// Spokesperson (Shri Anurag Srivastava):") or whom they speak for ("Press
// Secretary (Ministry of Health):", a post and no name). m is
// nameAffiliationRE's match of s and post the words before the brackets.
func postHolderLabel(s string, m []int, post []string) (label, bool) {
	if !allTitleWords(post) && !postOfFields(post) {
		return label{}, false
	}
	rest := s[m[1]:]
	l := label{label: strings.TrimSpace(s[:m[1]-1]), byTitle: CaseName(s[m[2]:m[3]]), role: Statement,
		contentOff: m[1] + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))}
	ws, titled := withoutHonorifics(strings.Fields(s[m[4]:m[5]])) // "(Dr. Kamau)" is a name too
	ws = strings.Fields(withoutRanks(strings.Join(ws, " ")))      // "MINISTER (Coronel Henrique Amaral)"
	if len(ws) < 2 && !titled || len(ws) > 4 || isOutletLabel(ws) {
		return l, true
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || isTitleWord(w) {
			return l, true
		}
	}
	l.speaker = CaseName(strings.Join(ws, " "))
	return l, true
}

var namePostRE = scan.MustCompile(`^((?:(?:` + honorificRE + `|(?:PROF|DR|MR|MRS|MS|HON)\.?)\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+([^:：]{2,120}?)\s*[:：](?:\s|$)`)

// withoutHonorifics drops the honorifics that open a label's words
// ("Dr.", "Mr", "H.E", "M."), keeping at least one word, and reports whether
// there were any.
func withoutHonorifics(ws []string) ([]string, bool) {
	titled := false
	for len(ws) > 1 && OpensWithHonorific(ws) {
		ws, titled = ws[1:], true
	}
	return ws, titled
}

// postWords are the lower-case words of a post beside the title words:
// "a member of NPHET", "spokesperson for the Office for the Coordination
// of Humanitarian Affairs".
var postWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "for": true, "and": true, "on": true, "in": true, "to": true, "at": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "del": true, "member": true, "head": true, "team": true, "lead": true, "leader": true, "acting": true, "former": true}

// labelStop finds the first full stop in s that ends a Spanish label,
// ".- ", ".—" or ".–", and which of them; -1 if none. (One scan for
// dots: every line of every transcript is tried.)
func labelStop(s string) (int, string) {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '.')
		if k < 0 {
			return -1, ""
		}
		i += k
		for _, end := range []string{".- ", ".—", ".–"} {
			if strings.HasPrefix(s[i:], end) {
				return i, end
			}
		}
		i++
	}
}

// placeKinds are the kinds of place a post's field may be written with
// in lower case: "vice governor of Hubei province".
var placeKinds = map[string]bool{"province": true, "region": true, "city": true, "municipality": true, "county": true, "district": true, "prefecture": true}

// postThenName splits a label that gives a post ("Minister of Health")
// and then a name of two to four capitalised words, the post's field
// words read from a list: "Minister of Health Víctor Zamora", "MINISTER
// OF FOREIGN AFFAIRS JAVAD ZARIF".
func postThenName(words []string) (post, name []string, ok bool) {
	if len(words) < 5 || !isTitleWord(words[0]) {
		return nil, nil, false
	}
	i := 1
	for i < len(words) && isTitleWord(words[i]) {
		i++
	}
	if i == len(words) || !lowerIs(words[i], "of") && !lowerIs(words[i], "for") {
		return nil, nil, false
	}
	i++ // the field words after "of": "Health", "Foreign Affairs", "Commerce and Trade"
	for i < len(words) && (lower.In(fieldWords, strings.Trim(words[i], ",")) || lowerIs(words[i], "and") || lowerIs(words[i], "the")) {
		i++
	}
	name = words[i:]
	if len(name) < 2 || len(name) > 4 || i < 3 {
		return nil, nil, false
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return nil, nil, false
		}
	}
	return words[:i], name, true
}

// smallWords lowers the small words of a post written in capitals:
// "Minister Of Health" → "Minister of Health".
var smallWords = strings.NewReplacer(" Of ", " of ", " For ", " for ", " And ", " and ", " The ", " the ", " In ", " in ", " On ", " on ")

// IsFieldWord reports whether w, in any case, is one of the fields a
// minister's post names ("Health" of "Minister of Health, Labour and
// Social Protection").
func IsFieldWord(w string) bool { return lower.In(fieldWords, w) }

// fieldWords are the fields a minister's post names: "of Health", "of
// Foreign Affairs".
var fieldWords = map[string]bool{"health": true, "foreign": true, "affairs": true, "defence": true, "defense": true, "finance": true, "interior": true, "education": true,
	"commerce": true, "trade": true, "economy": true, "justice": true, "agriculture": true, "labour": true, "labor": true, "public": true, "security": true, "state": true,
	"planning": true, "transport": true, "industry": true, "environment": true, "information": true, "communication": true, "communications": true, "social": true,
	"welfare": true, "development": true, "tourism": true, "culture": true, "energy": true, "home": true, "external": true, "international": true, "cooperation": true,
	"science": true, "technology": true, "population": true, "services": true, "wellness": true, "emergency": true, "emergencies": true, "situations": true, "national": true, "civil": true, "protection": true, "women": true, "youth": true, "sports": true, "relations": true, "cabinet": true, "staff": true, "management": true, "response": true, "recovery": true, "operations": true, "relief": true,
	"ecology": true, "water": true, "resources": true, "natural": true, "climate": true, "change": true, "fisheries": true, "forestry": true, "mines": true,
	"housing": true, "urban": true, "rural": true, "family": true, "children": true, "disaster": true, "humanitarian": true, "human": true, "rights": true}

// longPostLabel reads a label that gives a long post, commas and all,
// then the name after the last comma: "Minister for Foreign Affairs,
// European Union and Cooperation, Inés Carrasco Ortega:", "Secretary of
// State for Communication (Moderator), Lucía Peñalver:" (Spain's ".-"
// read as a colon).
func longPostLabel(s string) (label, bool) {
	k := strings.IndexByte(s, ':')
	if k < 0 || k > 160 {
		return label{}, false
	}
	raw := s[:k]
	i := strings.LastIndex(raw, ", ")
	if i < 0 {
		return label{}, false
	}
	post, name := raw[:i], bareName(strings.TrimSpace(raw[i+len(", "):]))
	if low := " " + strings.ToLower(raw[i:]) + " "; strings.Contains(low, " of ") || strings.Contains(low, " for ") {
		return label{}, false // "HON. DR. CLEMENT MULENGA, MP, MINISTER OF HEALTH": the post comes last
	}
	pw := strings.Fields(post)
	if len(pw) > 1 && IsHonorific(pw[0]) {
		pw = pw[1:] // "HONOURABLE MINISTER OF HEALTH, DR. IFEOMA NWACHUKWU"
		post = strings.Join(pw, " ")
	}
	if len(pw) == 0 || !isTitleWord(pw[0]) || !bareNameRE.MatchString(name) || !personName(name) {
		return label{}, false
	}
	if j := strings.IndexByte(post, '('); j > 0 {
		post = strings.TrimSpace(post[:j]) // "(Moderator)"
	}
	rest := s[k+1:]
	return label{label: raw, speaker: CaseName(name), byTitle: CasedHeading(post), role: Statement, contentOff: k + 1 + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))}, true
}

// namePostLabel reads a label that names a person, then, after a comma,
// their post or body: "Dr Ronan Keane, Chief Medical Officer:", "Paul
// Hanlon, HSE:", "Pierre-Alain Dufour, spokesperson for the Office for the
// Coordination of Humanitarian Affairs (OCHA):". The post is a title or
// capitalised, never a clause ("Mr Wang, as he said:").
func namePostLabel(s string, colon bool) (label, bool) {
	m := ifThen(colon && strings.Contains(s, ", "), namePostRE.FindStringSubmatchIndex, s)
	if m == nil {
		return label{}, false
	}
	ws, titled := withoutHonorifics(strings.Fields(s[m[2]:m[3]]))
	for _, pn := range postNominals {
		if rest, ok := strings.CutPrefix(s[m[4]:m[5]], pn+", "); ok && rest != "" {
			m[4] += len(pn) + len(", ") // "CLEMENT MULENGA, MP, MINISTER OF HEALTH": the letters after the name are no post
		}
	}
	post := s[m[4]:m[5]]
	pw := strings.Fields(post)
	if len(pw) == 0 {
		return label{}, false // "AA,   .- ": a stop read as a colon after nothing (FuzzParse)
	}
	first := strings.Trim(pw[0], "(")
	if len(ws) < 2 && !titled || allTitleWords(ws) || isOutletLabel(ws) || lower.In(notSpeakers, ws[0]) || lower.In(questionLabels, ws[0]) || lower.In(chairLabels, ws[0]) ||
		strings.ContainsAny(post, "?!") || strings.Contains(post, ". ") {
		return label{}, false
	}
	for _, w := range pw {
		w = strings.Trim(w, "(),–—-")
		if w != "" && !unicode.IsUpper([]rune(w)[0]) && !isTitleWord(w) && !postWords[w] && !fieldWords[w] && !placeKinds[w] {
			return label{}, false // "On Wednesday, a donation … arrived at Podgorica Airport:"; not "vice minister of foreign affairs"
		}
	}
	l := label{label: strings.TrimSpace(s[m[2]:m[3]]), speaker: CaseName(strings.Join(ws, " ")), role: Statement, post: Span{m[4], m[5]}}
	if isTitleWord(first) && !strings.HasPrefix(strings.ToLower(first), "spokes") {
		l.byTitle, _, _ = strings.Cut(post, ", ") // "Press Officer" of "Press Officer, Department of Health"
	}
	rest := s[m[1]:]
	l.contentOff = m[1] + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))
	return l, true
}

// postNominals are the letters a name may carry after it, before the
// post: "Hon. Dr. Clement Mulenga, MP, Minister of Health".
var postNominals = []string{"MP", "M.P.", "MLA", "MNA", "MHA", "MBE", "OBE", "CBE", "KBE", "SC", "KC", "QC", "PhD", "Ph.D."}

// postPhrase reports whether post, before a comma and a name, names a
// post with its field or body ("Minister for Health", "Director of the
// CCAES") and name is a person's, with no word of a post: "Minister for
// Health, Salvador Illa:", as La Moncloa prints its speakers.
func postPhrase(post, name string) bool {
	pw := strings.Fields(post)
	if len(pw) < 2 || !isTitleWord(pw[0]) || strings.HasPrefix(strings.ToLower(pw[0]), "the") {
		return false
	}
	small := false
	for _, w := range pw[1:] {
		switch w {
		case "of", "for", "the", "and":
			small = true
		}
	}
	nw := strings.Fields(name)
	return small && len(nw) >= 2 && !slices.ContainsFunc(nw, isTitleWord)
}

// particleJoined reports whether w is a particle joined to a capitalised
// name: "al-Hakimi", "el-Sisi", "bin-Salman".
func particleJoined(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && nameParticles[p] && unicode.IsUpper(r)
}

// particlesRE matches nameParticles between a name's capitalised words,
// in the expressions that read a bare name: "Agnès von der Mühll".
var particlesRE = "(?:(?:" + strings.Join(slices.Sorted(maps.Keys(nameParticles)), "|") + ") )*"

// nameParticles are the lower-case words inside a name: "Nalin de Silva".
var nameParticles = map[string]bool{"ibn": true, "abu": true, "de": true, "da": true, "del": true, "della": true, "di": true, "dos": true, "das": true, "du": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "bin": true, "binti": true, "al": true, "el": true, "la": true, "le": true}

var titledLabelRE = scan.MustCompile(`^((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|the|and)\s+){0,2}){0,4}\p{Lu}[\p{L}-]*),\s+(?:` + honorificRE + `\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})\s*[:：]`)

// lastRuneStart is where the last character of s[:end] starts: the
// capital that opens a bare "Q. Why" or "A. Ʋ" turn's content.
func lastRuneStart(s string, end int) int {
	_, n := utf8.DecodeLastRuneInString(s[:end])
	return end - n
}

// initialNameRE is a name with its initial before a colon: "A. Rakhimov:"
// is a person, not an answer.
var initialNameRE = scan.MustCompile(`^\p{Lu}\. \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?\s*[:：]`)

var (
	bareQRE    = scan.MustCompile(`^Q\.?\s+\p{Lu}`)
	bareARE    = scan.MustCompile(`^A\.\s+\p{Lu}`)
	qBracketRE = scan.MustCompile(`^(?:Q|Question)\s*[.:]?\s*\[([^\]]{2,60})\]\s*[:.]?\s*`)
)

var (
	chairNameRE       = scan.MustCompile(`^(\p{Lu}[\p{L}]+)\s*\((?:` + honorificRE + `\s+)*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,\s*[^()]{2,80})?\)\s*[:：]`)
	nameAffiliationRE = scan.MustCompile(`^((?:(?:[AW]/\p{L}+\.?|\p{Lu}[\p{L}.'’-]*),?\s+){0,5}\p{Lu}[\p{L}.'’-]*)\s*\(([^()]{2,60})\)\s*[:：]`)
	honorificDashRE   = scan.MustCompile(`^(` + honorificRE + ` (?:d'|d’|de |du |van |von )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})\s+[–—-]\s+`)
	dashLabelRE       = scan.MustCompile(`^(Q|A|R|QUESTION|ANSWER|Question|Answer|(?:M\. )?\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3})\.?\s+[-–—]\s+`)
)

// askerOutletRE reads "Reporter, Kantipur Television:".
var askerOutletRE = scan.MustCompile(`^(\w+), ([\p{Lu}][^:,()]{1,58}):`)

// stageDirections are bracketed notes of a transcript, no outlet:
// "Question: [Interpretation] Are …".
var stageDirections = map[string]bool{"interpretation": true, "translation": true, "inaudible": true, "crosstalk": true, "laughter": true, "applause": true, "in french": true, "in spanish": true, "unclear": true, "off mic": true, "off-mic": true, "audio": true}

var qOutletRE = scan.MustCompile(`^(\w+(?:[- ]\w+)?)\s*\(([^()]{2,60})\)\s*:`)

// postOfFields reports whether ws are a post of fields: title words, then
// "of" or "for" and the fields ("MINISTER OF FOREIGN AFFAIRS").
func postOfFields(ws []string) bool {
	i := 0
	for i < len(ws) && isTitleWord(strings.Trim(ws[i], ",")) {
		i++
	}
	if i == 0 || i == len(ws) || !lowerIs(ws[i], "of") && !lowerIs(ws[i], "for") {
		return false
	}
	for _, w := range ws[i+1:] {
		if w = strings.Trim(w, ","); !lower.In(fieldWords, w) && !lowerIs(w, "and") && !lowerIs(w, "the") && !lowerIs(w, "ministry") {
			return false
		}
	}
	return true
}

// withoutRanks drops the ranks that open a name of three words or more:
// "Coronel Henrique Amaral" is Henrique Amaral.
func withoutRanks(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 2 && IsRank(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// IsRank reports whether w, in any case, with or without its stop, is a
// military rank written before a name: "Coronel", "Lt", "Col.".
func IsRank(w string) bool { return ranks[strings.ToLower(strings.TrimSuffix(w, "."))] }

// ranks are the military ranks written before a name, in the languages
// the transcripts keep: "(Coronel Henrique Amaral)", "Lt Gen Tariq
// Mehmood", "Oberst Falkner".
var ranks = map[string]bool{"lieutenant": true, "colonel": true, "major": true, "captain": true, "general": true, "brigadier": true, "admiral": true, "commander": true, "sergeant": true,
	"lt": true, "gen": true, "col": true, "maj": true, "capt": true, "brig": true, "adm": true, "cdr": true,
	"coronel": true, "capitán": true, "teniente": true, "comandante": true, "oberst": true}

func allTitleWords(ws []string) bool {
	for _, w := range ws {
		if !isTitleWord(w) {
			return false
		}
	}
	return true
}

// CaseName turns an all-caps name ("ORTAGUS", "GENG SHUANG") into title case;
// other names are returned as they are.
func CaseName(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

var titleWords = map[string]bool{
	"secretary": true, "controller": true, "president": true, "minister": true, "government": true, "ambassador": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "director": true, "director-general": true, "secretary-general": true, "under-secretary-general": true, "general": true,
	"premier": true, "chancellor": true, "governor": true, "mayor": true, "commissioner": true, "deputy": true,
	"vice": true, "assistant": true, "joint": true, "additional": true, "under": true, "prime": true, "foreign": true, "senator": true,
	"representative": true, "admiral": true, "colonel": true, "chief": true, "officer": true, "official": true,
	"administrator": true, "chairman": true, "chairwoman": true, "envoy": true, "consul": true, "counselor": true, "counsellor": true,
	"dg": true, "sg": true, "cs": true, "cas": true, "ps": true, "cmo": true, "ag": true, "hmh": true, "hmi": true, "sgf": true, "sapm": true, "state": true, "councilor": true, "councillor": true, "senior": true, "executive": true,
	"king": true, "queen": true, "prince": true, "emir": true, "sheikh": true, "his": true, "her": true, "excellency": true,
	"professor": true, "doctor": true, "academician": true, "usec": true, "asec": true, "sec": true, "amb": true,
	"undersecretary": true, "under-secretary": true, "hon": true, "atty": true, "gen": true, "dir": true, "medical": true, "scientific": true, "programme": true, "program": true, "coordinator": true, "host": true, "anchor": true, "adviser": true, "advisor": true,
	"spokesperson's": true, "mr": true, "ms": true, "dr": true, "madam": true, "shri": true, "smt": true, "press": true, "the": true,
	// Titles that translated transcripts keep: "Canciller Ibarra:", "Ministro Costa:", "Porte-parole:".
	"canciller": true, "ministro": true, "ministra": true, "viceministro": true, "viceministra": true, "directora": true, "ejecutivo": true, "ejecutiva": true,
	"oberst": true, "oberstleutnant": true, "generalleutnant": true, "brigadegeneral": true,
	"jefe": true, "jefa": true, "embajador": true, "embajadora": true, "gobernador": true, "gobernadora": true, "coordinador": true, "coordinadora": true, "doctora": true, "secretario": true, "secretaria": true, "subsecretario": true,
	"subsecretaria": true, "presidente": true, "presidenta": true, "portavoz": true, "porta-voz": true, "vocero": true, "vocera": true, "embaixador": true, "embaixadora": true,
	"ministre": true, "porte-parole": true, "commissario": true, "capo": true, "dipartimento": true, "direttore": true,
	"direttrice": true, "sottosegretario": true, "bundesminister": true, "bundesministerin": true, "staatssekretär": true,
	"sprecher": true, "sprecherin": true, "regierungssprecher": true, "dott": true, "sr": true, "sra": true, "señor": true, "señora": true,
}

// postLabel reports whether a label names a post, not a person: "THE
// SPOKESPERSON", "KSrelief Spokesman".
func postLabel(l label) bool {
	if l.speaker == "" {
		return l.byTitle != ""
	}
	ws := strings.Fields(l.speaker)
	return isTitleWord(ws[len(ws)-1])
}

// portfolios are the ministries a post's short label names after it:
// "PS HEALTH:", "CS Interior:". Fewer than fieldWords: "THE NATIONAL:"
// is an outlet's label, not a post's.
var portfolios = map[string]bool{"health": true, "finance": true, "foreign": true, "defence": true, "defense": true, "education": true, "information": true, "interior": true, "trade": true, "agriculture": true}

// surname reports whether w, one word in brackets after a chair's label
// ("Moderator (Leone):"), is a surname: no acronym, language or stage
// direction ("Moderator (EN):", "Moderator (Translation):").
func surname(w string) bool {
	return len(w) > 3 && strings.ToUpper(w) != w && !stageDirections[strings.ToLower(w)] && !lower.In(notSpeakers, w)
}

// acronym reports whether w is a body's acronym, capitals with no vowel
// ("NCDC", "NHC"), which no surname shouted as a label is ("WANG", "HUA").
func acronym(w string) bool {
	return len(w) >= 3 && strings.ToUpper(w) == w && !strings.ContainsFunc(w, func(r rune) bool { return vowel(r) >= 0 || !unicode.IsLetter(r) })
}

// vowel maps vowels to 'a' and drops other runes.
func vowel(r rune) rune {
	if strings.ContainsRune("AEIOUYaeiouy", r) {
		return 'a'
	}
	return -1
}

func isTitleWord(w string) bool { return lower.In(titleWords, strings.Trim(w, ".,")) }

// IsTitleWord reports whether w, in any case, is a word of a post or rank
// written before a name: "Minister", "Vice", "Colonel".
func IsTitleWord(w string) bool { return isTitleWord(w) }

// outletWords are the words that make a label an outlet's: "News",
// "Agency", "Xinhua".
var outletWords = map[string]bool{
	"news": true, "agency": true, "daily": true, "tv": true, "television": true, "times": true, "post": true,
	"radio": true, "press": true, "journal": true, "interfax": true, "novosti": true, "kazinform": true,
	"akipress": true, "broadcasting": true, "network": true, "media": true, "channel": true, "herald": true,
	"tribune": true, "gazette": true, "reuters": true, "bloomberg": true, "xinhua": true, "cctv": true,
	"cgtn": true, "afp": true, "nhk": true, "bbc": true, "cnn": true, "ap": true, "tass": true, "kyodo": true,
	"yonhap": true, "efe": true, "ansa": true, "dpa": true, "sputnik": true, "phoenix": true, "caixin": true,
	"nikkei": true, "ria": true, "cbs": true, "nbc": true, "abc": true, "pti": true, "newspaper": true,
	"magazine": true, "weekly": true, "online": true, "service": true, "telegraph": true, "guardian": true,
	"economist": true, "fm": true, "english": true, "observer": true, "express": true, "mirror": true,
	"chronicle": true, "insider": true, "wire": true, "mail": true, "globe": true, "review": true,
	"broadcaster": true, "paper": true,
	// the same words in the languages of translated briefings: "Canal N",
	// "RPP Noticias", "Diario Gestión", "Agência Lusa"
	"canal": true, "noticias": true, "notícias": true, "diario": true, "diário": true, "prensa": true,
	"agencia": true, "agência": true, "agence": true, "televisión": true, "televisão": true, "periódico": true,
	"jornal": true, "giornale": true, "corriere": true, "zeitung": true, "nachrichten": true, "quotidien": true,
}

// lowerIs reports whether strings.ToLower(w) == t, for t in lower-case
// ASCII, without the copy when w is ASCII.
func lowerIs(w, t string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w) == t
		}
	}
	if len(w) != len(t) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != t[i] {
			return false
		}
	}
	return true
}

// isOutletLabel reports whether a label names a news outlet rather than a
// person: an acronym of three or more capitals (CGTN, AFP, NHK) that is not a
// title, or a name with a media word (News, Agency, Daily, TV, Times...).
func isOutletLabel(words []string) bool {
	for _, w := range words {
		if !lowerIs(w, "press") && !lowerIs(w, "the") && isTitleWord(w) {
			return false // "Press Secretary SAKAI" holds a post; an outlet does not
		}
	}
	for _, w := range words {
		for part := range strings.SplitSeq(w, "-") { // "Interfax-Kazakhstan": each part of a hyphenated word
			if lower.In(outletWords, strings.Trim(part, ".,")) {
				return true
			}
		}
	}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789") {
			return true // "News24", "France 24"
		}
	}
	if len(words) == 1 {
		w := words[0]
		// An acronym (CGTN, AFP, NHK, TASS); a longer capitalised word with
		// vowels is a surname shouted as a label (SEIBERT, WAGNER): package
		// extract turns known outlets (REUTERS, KYODO) back into outlets.
		return len(w) >= 3 && strings.ToUpper(w) == w && !isTitleWord(w) && !honorifics[strings.ToLower(w)] && len(w) <= 6 && !strings.ContainsAny(w, ".") &&
			!(len(w) >= 5 && strings.Count(strings.Map(vowel, w), "a") >= 2)
	}
	return false
}

var outletPrefixRE = scan.MustCompile(`^\s*((?:[\p{Lu}][\p{L}.&'-]*\s?){1,5}):`)

func parseOutletPrefix(rest string) (string, bool) {
	m := outletPrefixRE.FindStringSubmatch(rest)
	if m == nil {
		return "", false
	}
	o := strings.TrimSpace(m[1])
	if isOutletLabel(strings.Fields(o)) {
		return o, true
	}
	return "", false
}

var (
	pagerRE  = scan.MustCompile(`^[<>«»‹›\s\p{Zs}\d|.…-]*$`)
	chromeRE = scan.MustCompile(`(?i)^(suggest to a friend|send to a friend|compartir\b|partager\b|imprimir\b|print\b.*\bshare|print\s+e-?mail|bookmark and share|share\s*(this|on|to)?\s*:?$|home\s*[>›»]|you are here|back to top|related news|related articles|editor:|source:|copyright|all rights reserved|follow us|subscribe|top\s*$|close\s*$|print\s*$|e-?mail\s*$|\[?(print|close)( this (page|window))?\]?$|next\s*(page)?\s*[>›»]|[<‹«]\s*prev)`)
)

// bareNameRE is a line that is a name and nothing else: "Le Thi Thu Hang".
var bareNameRE = scan.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: ` + particlesRE + `\p{Lu}[\p{L}'’-]+){1,3}$`) // "Agnès von der Mühll"

// namesEvent reports whether a label's last word names an event, not
// who speaks: "MEDIA CONFERENCE - NATIONAL PANDEMIC CONTROLLER", "Daily
// Briefing: 12 May".
func namesEvent(raw string) bool {
	w := raw[strings.LastIndexFunc(raw, unicode.IsSpace)+1:]
	return lower.In(eventWords, strings.Trim(w, ".,"))
}

var eventWords = map[string]bool{"conference": true, "briefing": true, "point": true, "release": true, "transcript": true, "readout": true, "webinar": true}

// namesTopic reports whether a label names a topic, as the items of a
// spokesperson's statements are headed ("HUMAN RIGHTS - France condemns
// …", "Climate:"): one of its words is a field of government
// (fieldWords) or another topic's, which no name holds, and none is a
// title's ("HEALTH MINISTER:") or a body's ("Health Ministry:").
func namesTopic(raw string) bool {
	if bodyLabel(raw) || slices.ContainsFunc(strings.Fields(raw), isTitleWord) {
		return false
	}
	for w := range strings.FieldsSeq(raw) {
		if w = strings.Trim(w, ".,"); lower.In(fieldWords, w) || lower.In(topicWords, w) {
			return true
		}
	}
	return false
}

// topicWords are the words of topics that are no field of a ministry.
var topicWords = map[string]bool{"rights": true, "human": true, "climate": true, "terrorism": true, "pandemic": true, "vaccines": true,
	"vaccination": true, "consular": true, "humanitarian": true, "situation": true, "elections": true, "peace": true, "nuclear": true,
	"disarmament": true, "crisis": true, "repatriation": true, "nationals": true, "aid": true, "assistance": true}

// isChrome reports whether a trimmed line is site chrome (pagers, share
// links, navigation), never content.
func isChrome(s string) bool {
	if s == "" {
		return false
	}
	// A line that opens with an ASCII letter is no pager: pagerRE (which
	// package regexp runs, at some cost per call) would fail at once.
	if c := s[0] | 0x20; (c < 'a' || c > 'z') && pagerRE.MatchString(s) && strings.ContainsAny(s, "0123456789<>«»") {
		return true
	}
	return chromeRE.MatchString(s) || socialLine(s) || pageLine(s) || bracketMenu(s)
}

// bracketMenu reports whether a line is a site's menu of bracketed items
// and nothing else: "[ News ] [ Situation Reports ] [ Media Briefings ]";
// not one editor's note ("[Translated from Portuguese.]").
func bracketMenu(s string) bool {
	if len(s) < 5 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	items := 0
	for rest := s; rest != ""; items++ {
		end := strings.IndexByte(rest, ']')
		if rest[0] != '[' || end < 0 || strings.Count(rest[1:end], " ") > 4 || strings.ContainsAny(rest[1:end], ".,;:[") {
			return false
		}
		rest = strings.TrimLeft(rest[end+1:], " \t|")
	}
	return items >= 2
}

// pageLine reports whether a line numbers the page or lists the pages:
// "Page 2 of 9", "Page: 1 2 3 4 5 6 7 8 9", "Pages: < 1 2 3 >".
func pageLine(s string) bool {
	if len(s) < 5 || s[0]|0x20 != 'p' || !strings.EqualFold(s[:4], "page") {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(s[4:], "s"), "S")
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	if n, m, ok := strings.Cut(rest, " of "); ok && allDigits(n) && allDigits(m) {
		return true
	}
	return strings.ContainsAny(rest, "0123456789") && pagerRE.MatchString(rest)
}

// bodyNameOnly reports whether s is a body's name and nothing more:
// capitalised words joined by "and", "of", "the", "for", or a body's
// word, with no comma and no sentence's end ("Disaster and Emergency
// Management Presidency"; not a speaker key's "Dr Tedros Adhanom
// Ghebreyesus").
func bodyNameOnly(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ",.?!…:;\"”") {
		return false
	}
	joined := false
	for w := range strings.FieldsSeq(s) {
		switch r, _ := utf8.DecodeRuneInString(w); {
		case w == "and" || w == "of" || w == "the" || w == "for" || w == "&":
			joined = true
		case !unicode.IsUpper(r):
			return false
		}
	}
	return joined || bodyLabel(s)
}

// allDigits reports whether s is a number written in ASCII digits.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// socialLine reports whether a line is share links and nothing else:
// "Share to: WeChat | Weibo | Twitter", "[ Facebook ] [ Line ] [ Copy
// link ]", "Compartir: Facebook | Twitter".
func socialLine(s string) bool {
	if len(s) > 160 {
		return false
	}
	// "Share: Facebook Twitter Weibo WeChat": after a share key, the sites'
	// names set apart by single spaces.
	if lead, rest, ok := strings.Cut(s, ":"); ok && len(lead) < 24 && (strings.HasPrefix(lead, "Share") || strings.HasPrefix(lead, "SHARE")) {
		if ws := strings.Fields(strings.ToLower(rest)); len(ws) >= 2 && !slices.ContainsFunc(ws, func(w string) bool { return !socialSites[w] }) {
			return true
		}
	}
	// Links are set apart by bars, brackets or runs of spaces; a line
	// with none of them is text (isChrome reads every line).
	if !strings.ContainsAny(s, "|[") && !strings.Contains(s, "  ") {
		return false
	}
	if k := strings.IndexByte(s, ':'); k >= 0 && k < 24 {
		s = s[k+1:] // "Share this page:", "Compartir:"
	}
	n := 0
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '[' || r == ']' || r == '·' || r == '/' }) {
		for _, w := range strings.Split(strings.TrimSpace(tok), "  ") { // "Compartilhe:  Facebook  Twitter  WhatsApp"
			w = strings.ToLower(strings.TrimSpace(w))
			w = strings.TrimPrefix(strings.TrimPrefix(w, "share on "), "share to ")
			if w == "" {
				continue
			}
			if first, _, _ := strings.Cut(w, " @"); !socialSites[first] {
				return false // "Twitter @_AfricanUnion" is one too
			}
			n++
		}
	}
	return n >= 2
}

var socialSites = map[string]bool{"facebook": true, "twitter": true, "x": true, "weibo": true, "sina weibo": true, "sina": true, "wechat": true, "qq": true, "qzone": true, "whatsapp": true,
	"telegram": true, "linkedin": true, "youtube": true, "instagram": true, "line": true, "vk": true, "reddit": true, "tiktok": true, "douyin": true,
	"print": true, "email": true, "e-mail": true, "mail": true, "copy link": true, "more": true, "drucken": true, "imprimir": true, "imprimer": true, "stampa": true}

// sentencesOf splits the lines inside [start, end) into sentences, skipping
// chrome lines. A blank line or a line break ends a paragraph, and so a sentence.
func sentencesOf(text string, lines []line, start, end int) []Span {
	var out []Span
	// The lines are in order, their ends too: the first that ends after
	// start, up to the first that starts at or after end.
	i, _ := slices.BinarySearchFunc(lines, start, func(l line, start int) int { return cmp.Compare(l.end, start+1) })
	for _, l := range lines[i:] {
		if l.start >= end {
			break
		}
		if l.end <= start {
			continue
		}
		s, e := max(l.start, start), min(l.end, end)
		if isChrome(strings.TrimFunc(text[s:e], unicode.IsSpace)) {
			continue
		}
		out = append(out, Sentences(text, s, e)...)
	}
	return out
}

// abbreviations that end with a dot without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "ms": true, "mrs": true, "dr": true, "prof": true, "pr": true, "hon": true, "st": true, "no": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "co": true, "ltd": true, "inc": true, "corp": true,
	"jr": true, "sr": true, "gen": true, "gov": true, "sen": true, "rep": true, "lt": true, "col": true,
	"capt": true, "e.g": true, "i.e": true, "etc": true, "u.s": true, "u.k": true, "u.n": true, "h.e": true,
	"p.r": true, "a.m": true, "p.m": true, "approx": true, "dept": true, "est": true, "fig": true, "int'l": true,
}

// Sentences splits text[start:end] into sentences with trimmed bounds.
func Sentences(text string, start, end int) []Span {
	var out []Span
	s := start
	emit := func(e int) {
		seg := text[s:e]
		a := s + len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		b := s + len(strings.TrimRightFunc(seg, unicode.IsSpace))
		if a < b {
			out = append(out, Span{a, b})
		}
	}
	stops := stopFinder{text: text[:end], next: [4]int{-1, -1, -1, -1}}
	for i := stops.from(start); i < end; i = stops.from(i + 1) {
		c := text[i]
		// Include closing quotes and brackets.
		j := i + 1
		for j < end && strings.IndexByte(`"')]`, text[j]) >= 0 {
			j++
		}
		if j < end && strings.HasPrefix(text[j:], "”") {
			j += len("”")
		}
		if j < end && !startsSpace(text[j:end]) {
			continue // "U.S.", "3.5", "gov.cn"
		}
		if c == ';' {
			continue // keep clauses of one sentence together
		}
		if c == '.' && lower.In(abbreviations, lastWord(text[start:i])) {
			continue
		}
		// The next sentence must start with an upper-case letter, a digit or a quote.
		k := j
		k += len(text[k:end]) - len(strings.TrimLeftFunc(text[k:end], unicode.IsSpace))
		if k < end {
			r, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLower(r) {
				continue
			}
		}
		emit(j)
		s = j
	}
	emit(end)
	return out
}

// stopBytes are the bytes a sentence may end at.
var stopBytes = [4]byte{'.', '!', '?', ';'}

// stopFinder finds the places of stopBytes in text in order: the next
// place of each, found by strings.IndexByte (vectorised) and kept until
// the search passes it, so that each byte is looked for once over the text
// rather than every byte tested.
type stopFinder struct {
	text string
	next [4]int // the first place of each stop byte at or after the last search's start; -1 before any
}

// from returns the first i' >= i where text has one of stopBytes, or
// len(text).
func (f *stopFinder) from(i int) int {
	first := len(f.text)
	for k, c := range stopBytes {
		if f.next[k] < i {
			f.next[k] = len(f.text)
			if j := strings.IndexByte(f.text[min(i, len(f.text)):], c); j >= 0 {
				f.next[k] = i + j
			}
		}
		first = min(first, f.next[k])
	}
	return first
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' })
	return s[i+1:]
}

func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// datedHeading reports whether a line is a date, or a heading's words and
// a date after a dash or a colon: "NATIONAL BRIEFING - THURSDAY, APRIL
// 9TH, 2020".
func datedHeading(s string) bool {
	if isDateLine(s) {
		return true
	}
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if k := strings.LastIndex(s, sep); k > 0 && len(strings.Fields(s[:k])) <= 4 && isDateLine(s[k+len(sep):]) {
			return true
		}
	}
	return false
}

// isDateLine reports whether a line is a date and nothing else: "2020/04/09",
// "March 23, 2020", "2020-03-23 22:53".
func isDateLine(s string) bool {
	_, ok := FindDate(s)
	return ok && len(strings.Fields(s)) <= 4
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
