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
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/extract/event"
	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// ErrInternal reports a fault of the extractor itself on some input; the
// error names the input, which is worth a bug report.
var ErrInternal = errors.New("internal error in the extractor (please report it with the file)")

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
	g      *gazetteer.Gazetteer
	titles *titles // job titles, to find persons named with them
	// docWords keeps the arrays of a document's words (run.docWords)
	// for the next documents: some 55 KB each, which the collector
	// would otherwise clear and reclaim for every document.
	docWords sync.Pool
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
	t := newTitles(g.Titles())
	t.known = func(name string) bool { return g.Lookup(name) != nil }
	return &Extractor{g: g, titles: t}
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
func (x *Extractor) Extract(in Input) (res *Result, err error) {
	// A rule that fails on some text must cost that document, not the
	// caller's process: a panic becomes an error naming the input.
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%s: %w: %v", in.Name, ErrInternal, p)
		}
	}()
	d, err := transcript.Parse(in.Name, in.Data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(in.Data)
	r := &run{
		x: x, d: d, es: newEntities(x.g),
		doc:        DocIRI(in.Name, in.Data),
		acronyms:   map[string]*entity{},
		statehoods: map[*entity]string{},
		headed:     map[string]*entity{},
		headedOf:   map[headOf]*entity{},
		heads:      map[*entity][]string{},
		seen:       map[*entity]bool{},
		runes:      newRuneIndex(d.Text),
		low:        event.Lower(d.Text),
		names:      x.g.Index(d.Text),
	}
	r.disasters = event.NamesDisaster(r.low)
	if in.Country != "" {
		r.host = r.es.country(in.Country)
		if r.host == nil {
			return nil, fmt.Errorf("%s: unknown country code %q: use an ISO 3166-1 alpha-2 code such as CN", in.Name, in.Country)
		}
	}
	r.extract()
	if r.docWords != nil {
		ws := r.docWords[:0]
		r.docWords = nil
		x.docWords.Put(&ws)
	}
	return &Result{Doc: r.doc, Hash: hex.EncodeToString(sum[:]), Quads: r.quads(in.Name, hex.EncodeToString(sum[:]))}, nil
}

// askedOfRE is a question put to an organisation it names: "What has it
// done for other countries?", "What is your society doing?".
var askedOfRE = scan.MustCompile(`\b(?:[Ww]hat|[Hh]ow) (?:has|have|did|does|is|are|will) (?:it|you|(?:your|the) (?:society|organi[sz]ation|foundation|association|Red Cross|Red Crescent))\b`)

// teamName reports whether a body's name names a team that is sent, not
// an institution: "Henry Reeve International Medical Brigade".
func teamName(name string) bool {
	return strings.HasSuffix(name, " Brigade") || strings.HasSuffix(name, " Medical Team")
}

// introducedAs is the person the text before a turn at offset before
// introduces in a role: right after it ("Moderator: Director Aileen Cruz",
// "Prime Minister\nThe Hon Scott Morrison MP", "moderated by Ms. Li Na"),
// else right before it ("Ms. Nahida Rahman, Director General and Official
// Spokesperson"); nil if none.
func (r *run) introducedAs(role string, before int) *entity {
	head := r.low[:min(before, len(r.d.Text))] // offsets stay those of the text
	role = strings.ToLower(role)
	intros := []string{role}
	if longs, ok := roleAbbreviations[role]; ok {
		intros = append(intros, longs...) // "DG:" after "Datuk Dr. Azlan Hamid, Director-General of Health"
	} else if w, body, ok := strings.Cut(role, " "); ok && roleAbbreviations[w] != nil {
		for _, long := range roleAbbreviations[w] {
			intros = append(intros, long+" of the "+body, long+" for "+body, long+" on "+body) // "PS HEALTH:" after "the Permanent Secretary for Health and Medical Services, Dr Mosese Tuilagi"
		}
		intros = append(intros, "("+body+")") // "DG NCDC:" after "the Director-General of the … (NCDC), Dr. Musa Bello"
	} else if w, body, ok := strings.Cut(role, " "); ok && w != "" && isRole(strings.ToUpper(w[:1])+w[1:]) && len(body) >= 3 && !strings.Contains(body, " ") {
		intros = append(intros, spelledOut(head, w, body)...) // "Chairman NDMA:" after "Lt Gen Tariq Mehmood, Chairman National Disaster Management Authority"
	}
	if transcript.IsChair(role) {
		intros = append(intros, "moderated by", "chaired by", "hosted by", "presided over by", "your host", "our host", "your moderator", "our moderator") // "The press conference was presided over by Shou Xiaoli, spokesperson of the SCIO."; the operator's "turn the conference over to your host, Mr. Thomas Reyes"
		for _, chair := range []string{"chairperson", "chair", "moderator", "host"} {
			if chair != role {
				intros = append(intros, chair) // "Moderator:" turns after a "Chairperson:" block that names her
			}
		}
	}
	if field, ok := strings.CutSuffix(role, " minister"); ok && fieldsOnly(field) {
		// "HEALTH MINISTER:" after "Dr. Andrés Villacís Mora, Minister of
		// Public Health; Mónica Salgado Jaramillo, head of the Ministry of
		// Foreign Affairs and Human Mobility" ("FOREIGN MINISTER:").
		if field == "foreign" {
			field = "foreign affairs"
		}
		intros = append(intros, "minister of "+field, "minister of public "+field, "minister for "+field, "ministry of "+field)
	}
	for _, intro := range intros {
		for k := range wordIndexes(head, intro) {
			// "Moderator: Carla Mendieta, Director of Communication", on a
			// line of its own or after the other participants' sentence.
			rest, lineStart := head[k+len(intro):], k == 0 || head[k-1] == '\n'
			label := (lineStart || k >= 2 && (head[k-2:k] == ". " || head[k-2:k] == "; " || head[k-2:k] == "- " && (k == 2 || head[k-3] == '\n'))) && strings.HasPrefix(rest, ":") // "- Moderator: Christelle Chartrand, Global Affairs Canada" in a list
			if lineStart && (strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " — ")) {
				continue // an earlier turn's label, "THE SPOKESPERSON - Yes. As the Italian government spokesperson, Rocco Casalino, said", introduces no one
			}
			if !label && k >= 2 && head[k-2:k] == ", " {
				// "Stéphane Dujarric, Spokesman for the Secretary-General, who
				// introduced Hanna Lindqvist": the post follows its holder.
				holder := r.d.Text[max(0, k-60) : k-2]
				if p, at := r.firstPerson(holder, true); p != nil && at+len(p.name) == len(holder) {
					return p
				}
			}
			// The name within 100 bytes: "moderated by the head of the
			// Government's press service, Daniela Munteanu", "the Ministry
			// Spokesperson and Additional Secretary (Public Communications),
			// Ms. Dilrukshi Wickramasinghe".
			after := r.d.Text[k+len(intro) : min(len(head), k+len(intro)+100)]
			if label && callsNext(strings.TrimLeft(after, ": ")) {
				continue
			}
			// "Dr. Jonathan TAFOA, Permanent Secretary (PS), MHMS; Dr. Naomi
			// TEKULU": an abbreviation in brackets closes its holder's post.
			bracketed := k > 0 && head[k-1] == '(' && strings.HasPrefix(rest, ")")
			if p, at := r.firstPerson(after, false); p != nil && !bracketed && (!label || at <= 16) && !strings.Contains(after[:at], "\n\n") && !strings.Contains(after[:at], ", and ") && !strings.Contains(after[:at], " by ") {
				// "Moderator: Ms. Nguyen Thu Ha, Community Relations
				// Division.", "Prime Minister\nThe Hon Scott Morrison MP";
				// not the next paragraph's: "Statements made by the
				// Spokesperson - 9 April 2020", then "1 - Jean-Yves Le
				// Drian's talks …"; nor the chair after "the official
				// spokesman of the Cabinet, and was moderated by Dina Samir".
				return p
			}
			if label {
				if m := bareNameLineRE.FindStringSubmatch(after); m != nil && !r.isKnownName(m[1]) && !isRole(m[1]) && !r.isOutlet(m[1]) {
					return r.es.person(m[1]) // "Moderator: Yerlan Dzhaksybekov."
				}
				continue // an earlier turn's label, "Spokesman: Good afternoon.", introduces no one
			}
			if strings.HasSuffix(intro, " by") {
				// "It was moderated by the ministry's communications adviser,
				// Ana Paula Rocha.": a name no pattern took, after its post.
				if m := postThenNameRE.FindStringSubmatch(after); m != nil && !r.isKnownName(m[1]) && !isRole(m[1]) {
					return r.es.person(m[1])
				}
				if m := byNameRE.FindStringSubmatch(after); m != nil && !r.isKnownName(m[1]) && !isRole(m[1]) {
					return r.es.person(m[1]) // "moderated by Dina Samir of the Cabinet Media Centre": the name alone
				}
				continue // "Moderated by" names the chair after it, never before
			}
			beforeText := r.d.Text[max(0, k-90):k]
			if p, _ := r.firstPerson(beforeText, true); p != nil {
				return p
			}
			// "by Stéphane Dujarric, Spokesman for the Secretary-General": the
			// name before the post, which no other pattern took for a person.
			if m := nameBeforePostRE.FindStringSubmatch(beforeText); m != nil && !r.isKnownName(m[1]) && !isRole(m[1]) {
				return r.es.person(m[1])
			}
		}
	}
	return nil
}

// spelledOut returns the posts in low, the lower-cased text, that a
// label's post and a body's acronym stand for: "chairman national
// disaster management authority" for "chairman" and "ndma".
func spelledOut(low, post, acronym string) []string {
	var out []string
	for k := range wordIndexes(low, post) {
		at, end, initials := k+len(post)+1, 0, ""
		for n := 0; n < len(acronym)+3 && len(initials) < len(acronym) && at < len(low) && low[at-1] == ' '; n++ {
			w, _, _ := strings.Cut(low[at:], " ")
			w, _, _ = strings.Cut(w, "\n")
			if end = at + len(strings.TrimRight(w, ",;.")); end == at {
				break
			}
			if w != "of" && w != "for" && w != "the" && w != "and" {
				initials += w[:1]
			}
			at += len(w) + 1
		}
		if initials == acronym {
			out = append(out, low[k:end])
		}
	}
	return out
}

// isOutlet reports whether a turn of the document asks for the outlet
// named name: "Moderator: Diario Libre." calls on an outlet, it names no
// chair.
func (r *run) isOutlet(name string) bool {
	return slices.ContainsFunc(r.d.Turns, func(t transcript.Turn) bool { return t.Outlet == name })
}

// bareNameLineRE is a label's line that holds only a name, or a name and
// its post: "Moderator: Yerlan Dzhaksybekov.", "Moderator: Carla
// Mendieta, Director of Communication".
var bareNameLineRE = scan.MustCompile(`^:\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?:\.?\s*(?:\n|$)|, )`)

// roleAbbreviations are the short labels of posts, with the posts they
// may stand for: "DG:" is the Director-General the introduction names,
// "PS:" a principal (Kenya) or permanent (Fiji) secretary, "CMO:" the
// chief medical officer, "MC:" the master of ceremonies, Nigeria's "HMH:"
// the Honourable Minister of Health.
var roleAbbreviations = map[string][]string{
	"cs":     {"cabinet secretary"},
	"cas":    {"chief administrative secretary"},
	"ps":     {"principal secretary", "permanent secretary"},
	"ag. dg": {"acting director general", "acting director-general"},
	"dg":     {"director-general", "director general"},
	"ed":     {"executive director"},
	"cmo":    {"chief medical officer"},
	// Posts in French, Portuguese and Spanish labels, as translations
	// name them in their introductions: "Mme la Ministre –" after "Dr
	// Marie-Laure Kouassi-N'Guessan, Minister", "Porta-voz:" after "the
	// Ministry of Health (MISAU) spokesperson, Mrs Benedita Mussa Langa".
	"ministre":     {"minister"},
	"porte-parole": {"spokesperson", "spokesman", "spokeswoman"},
	"porta-voz":    {"spokesperson", "spokesman", "spokeswoman"},
	"portavoz":     {"spokesperson", "spokesman", "spokeswoman"},
	"vocero":       {"spokesperson", "spokesman"},
	"vocera":       {"spokesperson", "spokeswoman"},
	"mc":           {"master of ceremonies"},
	"sg":           {"secretary-general"},
	"pm":           {"prime minister"},
	"fm":           {"foreign minister"},
	"hm":           {"health minister"},
	"dsg":          {"deputy secretary-general"},
	"ddg":          {"deputy director-general"},
	"hmh":          {"minister of health"},
	"hmi":          {"minister of information"},
	"sgf":          {"secretary to the government of the federation"},
	"sapm":         {"special assistant to the prime minister"},
}

// missionRE: the bodies that are a government's channel abroad, by their
// IRIs ("…/gov/cn/embassy-of-china-in-japan", "…/gov/cn/chinese-embassy-in-serbia").
var missionRE = scan.MustCompile(`/(?:embassy|consulate|high-commission|chinese-embassy|office-of-china)`)

// byNameRE is a name right after "moderated by", then its body, a comma
// or the sentence's end: " Dina Samir of the Cabinet Media Centre."
var byNameRE = scan.MustCompile(`^ (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?: of\b| from\b|,|\.|$)`)

// postThenNameRE is a post, a comma and a name that ends the sentence:
// " the ministry's communications adviser, Ana Paula Rocha.".
var postThenNameRE = scan.MustCompile(`^ [^,.;:]{3,50}, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})[.;]`)

// nameBeforePostRE is a name of two to four words closing the text before
// a post: "… briefing by Stéphane Dujarric, ".
var nameBeforePostRE = scan.MustCompile(`(?:^|[\s(])(\p{Lu}[\p{L}'’-]+(?: (?:de |da |van |von |al-|bin )?\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:the\s+)?$`)

// introducedBefore reports whether person p is named before turn i
// other than in the turns of i's post: "Prime Minister:" is the one the
// heading or the moderator introduced, not the "Italian government
// spokesperson, Rocco Casalino" whom an answer of "THE SPOKESPERSON -"
// names.
func (r *run) introducedBefore(p *entity, i int) bool {
	text := r.d.Text[:min(r.d.Turns[i].Start, len(r.d.Text))]
	for k := strings.Index(text, p.name); k >= 0; {
		in := slices.IndexFunc(r.d.Turns[:i], func(t transcript.Turn) bool { return t.Start <= k && k < t.End })
		if in < 0 || r.d.Turns[in].ByTitle != r.d.Turns[i].ByTitle {
			return true
		}
		next := strings.Index(text[k+1:], p.name)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// headingNames reports whether the document's heading (its first lines,
// before any turn) names person p after "by": the one who answers.
func (r *run) headingNames(p *entity) bool {
	head := r.d.Text[:r.headingEnd(len(r.d.Text))]
	if k := transcript.ItemStart(head); k >= 0 {
		head = head[:k] // "1 - Statement by Jean-Yves Le Drian": the briefing's first item, the heading ended
	}
	i := strings.Index(head, p.name)
	by := strings.LastIndex(head[:max(i, 0)], " by ")
	if by < 0 || i < 0 {
		return false
	}
	if strings.Contains(strings.ToLower(head[:i]), "by the spokes") {
		// "Statements made by the Spokesperson", then "1 - Statement by
		// Jean-Yves Le Drian, Minister …" or "Jean-Yves Le Drian announced
		// …": an item of the spokesperson's briefing.
		return false
	}
	return i-by < 120
}

// strickenIn is event.StrickenIn, read only in a text that names a
// disaster: most briefings name none, and most of their sentences would
// be searched for nothing.
func (r *run) strickenIn(low string, evs []event.Mention) string {
	if !r.disasters {
		return ""
	}
	return event.StrickenIn(low, evs)
}

// callsNext reports whether rest, a chair's turn from a name on, is that
// name alone, the label of the turn after it: "MODERATOR: ED NPHCDA." then
// "ED NPHCDA: Thank you." calls the next speaker, whom it does not name
// as the chair.
func callsNext(rest string) bool {
	line, next, ok := strings.Cut(rest, "\n")
	name := strings.TrimRight(line, ". ")
	return ok && name != "" && strings.HasPrefix(strings.TrimLeft(next, "\n"), name+":")
}

// wordAt reports whether s[i:j] stands as whole words.
func wordAt(s string, i, j int) bool {
	letter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	return (i == 0 || !letter(s[i-1])) && (j == len(s) || !letter(s[j]))
}

// selfNamedAs returns the known person who, in a turn with this label,
// names themselves in its first sentences: "I am Hu Qiang, spokesperson
// of the NHC", "My name is Ana Solís".
func (r *run) selfNamedAs(label string) *entity {
	for _, t := range r.d.Turns {
		if t.Label != label {
			continue
		}
		if p := r.selfNamed(t); p != nil {
			return p
		}
	}
	return nil
}

// selfNamed returns the person who names themselves in the first
// sentences of turn t, a chair's: one known, or a name no gazetteer or
// post holds said as "I am Tunde Akinola of the Steering Committee".
func (r *run) selfNamed(t transcript.Turn) *entity {
	for _, s := range t.Sentences[:min(len(t.Sentences), 4)] {
		text := r.d.Text[s.Start:s.End]
		if m := selfNamedRE.FindStringSubmatchIndex(text); m != nil {
			name := text[m[2]:m[3]]
			if p := r.es.resolvePerson(name); p != nil {
				return p
			}
			if p := r.es.knownPerson(name); p != nil {
				return p
			}
			if rest := text[m[3]:]; !strings.HasPrefix(text[m[0]:], "This") && (strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, ", ") || strings.HasPrefix(rest, " from ")) &&
				!r.isKnownName(name) && !slices.ContainsFunc(strings.Fields(name), transcript.IsTitleWord) && !r.isOutlet(name) {
				return r.es.person(name)
			}
		}
	}
	return nil
}

// selfNamedRE: a speaker's own name, "I am Hu Qiang," or "My name is …".
var selfNamedRE = scan.MustCompile(`\b(?:I am|I'm|I’m|[Mm]y name is|This is) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})\b`)

// thanked returns the person whom turn t opens by thanking, "Thank you,
// Mr. Qiao.": who spoke the turn before it. Only a known person whose
// name the reference picks out alone counts.
func (r *run) thanked(t transcript.Turn) *entity {
	if len(t.Sentences) == 0 || t.Label == "" {
		return nil
	}
	m := thankedRE.FindStringSubmatch(r.d.Text[t.Sentences[0].Start:t.Sentences[0].End])
	if m == nil || !transcript.IsHonorific(m[1]) {
		return nil
	}
	return r.es.resolvePerson(m[2])
}

// thankedRE opens a turn that thanks the one who spoke before it, by an
// honorific (transcript.IsHonorific) and a name: "Thank you, Mr. Qiao.".
var thankedRE = scan.MustCompile(`^Thank you(?: very much)?,? (\p{Lu}[\p{L}]*\.?) (\p{Lu}[\p{L}'’-]+)[.,!]`)

// firstPerson is the known person whose full name is written first in
// text (last, if last is set), and where.
func (r *run) firstPerson(text string, last bool) (*entity, int) {
	var best *entity
	at := -1
	for _, p := range r.es.persons() {
		if nWords(p.name) < 2 {
			continue
		}
		i := strings.Index(text, p.name)
		if last {
			i = strings.LastIndex(text, p.name)
		}
		if i >= 0 && (best == nil || !last && i < at || last && i > at) {
			best, at = p, i
		}
	}
	return best, at
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
	x          *Extractor
	d          *transcript.Document
	es         *entities
	doc        quad.IRI
	host       *entity
	acronyms   map[string]*entity   // acronyms defined in this document: "(NHC)"
	statehoods map[*entity]string   // the form of state each country's official name begins with ("Sultanate")
	seen       map[*entity]bool     // entities mentioned
	speakers   []*entity            // per turn; nil where no person speaks
	referent   *entity              // the last country or organisation named in the turn, for "it"
	subject    *entity              // the country or organisation the last sentence opened with, for "It" as a subject
	headed     map[string]*entity   // the last body or organisation named with each head word, for "the Ministry"
	headedOf   map[headOf]*entity   // the same, by head word and country, for "our ministry"
	heads      map[*entity][]string // the head words of each body's or organisation's name (headKey), for headed
	lastList   []*entity            // the last list of them named in the turn, for "the two countries"
	honors     [][]int              // honorificRE's matches in the whole text (see honorificIn)
	inPost     bool                 // mentions reads a speaker label's post: no persons are looked for
	voyage     *event.Voyage        // a departure whose cargo the next sentence may tell
	team       *event.Action        // the last medical team the turn told of, for "the team" and "they"
	gift       *event.Action        // the last gift of goods the turn told of, for "they were handed over"
	paraTopic  string               // the country a sentence of the paragraph opened on: "In Indonesia, …"
	turnTopic  string               // who asked for help, in the turn so far: what later paragraphs give with no receiver goes to them
	docTopic   string               // the country the heading says a disaster struck: "MEDIA BRIEFING: M 7.4 EARTHQUAKE AND TSUNAMI, CENTRAL SULAWESI, INDONESIA"
	askers     []*entity            // per turn: the outlet asking
	asked      [][]*entity          // per question turn: the countries it names
	askedOn    []string             // per question turn: what it opens by saying it is about ("On Haiti, …")
	askedOrg   []*entity            // per question turn: the host's organisation it asks about by "it" or "you" ("The Red Cross Society of China received … What has it done?")
	askedNew   []bool               // per question turn, so far: whether a question of its own named someone other than the side answering ("Follow-up: What about vaccines for Africa?")
	actions    []*action
	runes      *runeIndex
	low        string           // the text with ASCII letters lower-cased (event.Lower), for the sentences' rules
	disasters  bool             // whether the text names a disaster anywhere: if not, no sentence is read for one
	names      *gazetteer.Index // the gazetteer's surfaces in the text, found once
	named      map[string]bool  // the countries the text names by name, demonym or body (ISO alpha-2; see namesCountryAnywhere), found when first asked
	words      []word           // scratch for splitting a line into words
	docWords   []word           // the words of the whole text, for titles (see titled)
	docWordAt  int              // where the last search of docWords ended
	pass       pass             // the matches of passREs in the sentence mentions reads
	// msBuf and evsBuf are the last sentence's mentions, whose arrays the
	// next sentence reuses: no mention outlives its sentence.
	msBuf  []mention
	evsBuf []event.Mention
	// actionSlab, spanSlab and entitySlab hand out the actions, their
	// first evidence and their recipients a few dozen at a time (see
	// newAction).
	actionSlab []action
	spanSlab   []transcript.Span
	entitySlab []*entity
}

// newAction returns a pointer to a copy of a, from an array made for a
// few dozen actions at a time rather than one allocation each.
func (r *run) newAction(a action) *action {
	if len(r.actionSlab) == 0 {
		r.actionSlab = make([]action, 32)
	}
	p := &r.actionSlab[0]
	*p = a
	r.actionSlab = r.actionSlab[1:]
	return p
}

// cloneEntities is slices.Clone(es) (but never nil), its array (of
// len(es), so that an append copies it) cut from a larger one.
func (r *run) cloneEntities(es []*entity) []*entity {
	if len(es) > len(r.entitySlab) {
		r.entitySlab = make([]*entity, max(64, len(es)))
	}
	c := r.entitySlab[:len(es):len(es)]
	copy(c, es)
	r.entitySlab = r.entitySlab[len(es):]
	return c
}

// oneSpan is []transcript.Span{s}, its array (of one, so that an append
// copies it) cut from a larger one.
func (r *run) oneSpan(s transcript.Span) []transcript.Span {
	if len(r.spanSlab) == 0 {
		r.spanSlab = make([]transcript.Span, 32)
	}
	sp := r.spanSlab[:1:1]
	sp[0] = s
	r.spanSlab = r.spanSlab[1:]
	return sp
}

func (r *run) extract() {
	r.findPersons()
	r.speakers = make([]*entity, len(r.d.Turns))
	r.askers = make([]*entity, len(r.d.Turns))
	r.asked = make([][]*entity, len(r.d.Turns))
	r.askedOn = make([]string, len(r.d.Turns))
	r.askedOrg = make([]*entity, len(r.d.Turns))
	r.askedNew = make([]bool, len(r.d.Turns))
	for i, t := range r.d.Turns {
		if t.Outlet != "" && t.Outlet == t.Label && r.x.g.Lookup(t.Label) == nil && !asks(r.d, t) {
			if p := r.es.resolvePerson(transcript.CaseName(t.Label)); p != nil {
				// "FUCHS:" after "Speakers: …; Jana Fuchs, Federal Ministry of
				// the Interior": a surname the list names, no outlet.
				t.Speaker, t.Outlet, t.Role = p.name, "", transcript.Statement
				r.d.Turns[i] = t
			}
		}
		if en := r.x.g.Lookup(t.Label); t.Speaker != "" && en != nil && en.Class == voc.Organization {
			t.Speaker, t.Outlet = "", t.Label // "Al Jazeera:" is an outlet asking
			r.d.Turns[i] = t
			if t.Role == transcript.Statement {
				r.d.Turns[i].Role = transcript.Question
			}
		}
		if en := r.x.g.Lookup(t.Speaker); t.Speaker != "" && en != nil && (t.Label == "" && en.Class != voc.Person || t.Role == transcript.Statement && (en.Class == voc.Country || en.Class == voc.Place)) {
			// "South Korea, for its part, said …" opening a paragraph of
			// notes; "SOUTH SUDAN - France condemns …", an item of the
			// spokesperson's statements: a country, no one who speaks.
			t.Speaker = ""
			r.d.Turns[i] = t
		}
		if t.Speaker != "" && t.Post.End > t.Post.Start {
			if en := r.x.g.Lookup(r.d.Text[t.Post.Start:t.Post.End]); en != nil && en.Kind == gazetteer.KindMedia {
				// "Sarah Whitfield, The Canadian Press:" is a journalist
				// asking for an outlet, no speaker of the briefing.
				t.Outlet, t.Speaker, t.ByTitle, t.Role = en.Name, "", "", transcript.Question
				r.d.Turns[i] = t
			}
		}
		if nWords(t.Speaker) == 1 && r.es.resolvePerson(t.Speaker) == nil && asks(r.d, t) {
			t.Speaker, t.Outlet, t.Role = "", t.Label, transcript.Question // "Tengrinews:" asking is an outlet
			r.d.Turns[i] = t
		}
		if t.Speaker != "" && i > 0 && asks(r.d, t) && (calledAs(outletNamed(r.d.Text, r.d.Turns[i-1]), t.Label) || calledLast(r.d.Text, r.d.Turns[i-1], t.Label)) {
			t.Speaker, t.Outlet, t.Role = "", t.Label, transcript.Question // "Last question, from VOA Somali." then "VOA Somali: …?"
			r.d.Turns[i] = t
		}
		if post, acr, ok := strings.Cut(t.Label, " "); ok && t.Speaker != "" && !transcript.IsHonorific(post) && (isRole(post) || transcript.IsTitleWord(post) || roleAbbreviations[strings.ToLower(post)] != nil) && len(acr) >= 3 && len(acr) <= 6 && isAllCaps(acr) && r.es.resolvePerson(t.Speaker) == nil {
			if p := r.introducedAs(t.Label, t.Start); p != nil {
				t.Speaker, t.ByTitle = p.name, t.Label // "Chairman NDMA:" after "Lt Gen Tariq Mehmood, Chairman National Disaster Management Authority": a post and its body's acronym, not a surname (as "MR PRICE:" has)
				r.d.Turns[i] = t
			}
		}
		if f, ok := strings.CutSuffix(strings.ToLower(t.Label), " minister"); ok && t.Speaker != "" && t.ByTitle == "" && fieldsOnly(f) {
			t.ByTitle, t.Speaker = t.Label, "" // "HEALTH MINISTER:", "FOREIGN AFFAIRS MINISTER:" are posts, not names
		}
		if t.ByTitle != "" && t.Speaker == "" {
			var named *entity // "Minister of State Madden:" after "Press briefing by Minister of State Ciarán Madden"
			if w := lastWord(t.ByTitle); w != t.ByTitle && !isRole(w) && startsUpper(w) {
				named = r.es.resolvePerson(w)
			}
			if named != nil {
				t.Speaker = named.name
			} else if p := r.introducedAs(t.ByTitle, t.Start); p != nil {
				t.Speaker = p.name // "Official Spokesperson:" after "… Ms. Nahida Rahman, … Official Spokesperson of the Ministry"
			} else if p := r.es.byJobTitle(t.ByTitle, r.d.Title); p != nil && r.introducedBefore(p, i) {
				t.Speaker = p.name // "Prime Minister:" is the person introduced as Prime Minister
			}
		}
		if t.Speaker == "" && t.Role == transcript.Answer && r.d.Spokesperson == "" && (t.Label == "A" || t.Label == "Answer" || t.Label == "R" || t.Label == "") {
			if p, _ := r.firstPerson(r.d.Text[:min(t.Start, len(r.d.Text))], false); p != nil && r.headingNames(p) {
				// "A -" answers, or answers printed below their questions, by the
				// one the heading names first ("press conference by the Minister
				// …, Marieke Verhoef", "Interview given by M. Jean-Yves Le Drian")
				t.Speaker = p.name
			}
		}
		if t.Speaker == "" && t.Label == "" && t.Role == transcript.Statement && i+1 < len(r.d.Turns) && len(t.Sentences) > 1 &&
			strings.Contains(r.d.Text[t.Sentences[0].Start:t.Sentences[len(t.Sentences)-1].End], "\n\n") {
			// A page that opens mid-answer below the briefing's intro, then
			// "Hu Songtao: Thank you, Mr. Qiao.": the answer is Mr. Qiao's.
			// Not the intro alone, which names whom the moderator thanks.
			if p := r.thanked(r.d.Turns[i+1]); p != nil {
				t.Speaker = p.name
				r.d.Turns[i] = t
			}
		}
		if t.Speaker == "" && t.Outlet == "" && transcript.IsChair(t.Label) {
			if p := r.introducedAs(t.Label, t.Start); p != nil {
				t.Speaker = p.name // "MODERATOR:" after "Moderator: Director Aileen Cruz"
			} else if p := r.selfNamedAs(t.Label); p != nil {
				t.Speaker = p.name // "Moderator: Good afternoon. … I am Hu Qiang, spokesperson of the NHC.", and the moderator's later turns
			}
		}
		if t.Speaker != "" {
			p := r.es.resolvePerson(t.Speaker)
			for post, name, ok := strings.Cut(t.Speaker, " "); p == nil && ok && beforeName(post); post, name, ok = strings.Cut(name, " ") {
				// "Ambassador Mahmood said" after "Ambassador Tariq Mahmood,
				// Permanent Representative of Pakistan, said"; "CHAIR
				// WINTER:", "SRS'in Wendt:", "Lieutenant Colonel Reuter" after
				// the list of speakers that names them in full.
				p = r.es.resolvePerson(name)
			}
			if post, name, ok := strings.Cut(t.Speaker, " "); p == nil && ok && transcript.IsChair(post) && !strings.Contains(name, " ") {
				if c := r.introducedAs(post, t.Start); c != nil && lastWord(c.name) == name {
					p = c // "[Chair Körber]" after "Chair: Hanna Körber"
				}
			}
			if p == nil {
				p = r.es.person(t.Speaker)
			}
			if t.ByTitle != "" && p.jobTitle == "" {
				p.jobTitle = t.ByTitle // "Official Spokesperson, Shri Anurag Srivastava:"
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
		} else if o := outletNamed(r.d.Text, t); o != "" {
			// "Good afternoon, Jorge Medina from El Universal", "Next question, from La Presse"
			if en := r.x.g.Lookup(o); en == nil || en.Class == voc.Organization {
				if e := r.outlet(o); t.Role == transcript.Question {
					r.askers[i] = e
				}
			}
		}
	}
	if r.host == nil {
		r.host = r.inferHost()
	}
	r.docTopic = r.headingTopic()
	r.postAffiliations()
	// The heading names bodies and countries too ("Foreign Ministry
	// Spokesperson ..."), and so does the site's name above it.
	for _, h := range []string{r.d.Site, r.d.Title} {
		if h == "" {
			continue
		}
		if i := strings.Index(r.d.Text, h); i >= 0 {
			for _, m := range r.mentions(h, i, nil, nil) {
				if m.ent != nil && !m.pronoun {
					r.seen[m.ent] = true
				}
			}
		}
	}
	for i, t := range r.d.Turns {
		r.referent, r.subject, r.lastList, r.voyage, r.team, r.gift = nil, nil, nil, nil, nil, nil // "it" never reaches back into another speaker's turn
		r.paraTopic, r.turnTopic = "", ""
		for k, s := range t.Sentences {
			if k > 0 && strings.Contains(r.d.Text[t.Sentences[k-1].End:s.Start], "\n\n") {
				r.paraTopic = "" // a paragraph's topic ends with it
			}
			r.sentence(i, s)
		}
	}
	r.dedupe()
}

// postAffiliations gives each speaker with no body yet the one their
// label names after the name ("Pierre-Alain Dufour, spokesperson for the
// Office for the Coordination of Humanitarian Affairs (OCHA):"), so that
// their "we" is that body's.
func (r *run) postAffiliations() {
	for i, t := range r.d.Turns {
		p := r.speakers[i]
		if p == nil || t.Post.End == 0 {
			continue
		}
		r.inPost = true // "Executive Director, AGCID" names a post and a body, no person
		ms := r.mentions(r.d.Text[t.Post.Start:t.Post.End], t.Post.Start, nil, nil)
		r.inPost = false
		for _, m := range ms {
			if m.ent == nil || m.pronoun || m.ent.class == voc.Person || m.ent.class == voc.City || m.ent.class == voc.Place {
				continue
			}
			r.seen[m.ent] = true
			if p.affiliation == nil {
				p.affiliation = m.ent
			}
		}
	}
}

func (r *run) sentence(turn int, s transcript.Span) {
	text := r.d.Text[s.Start:s.End]
	low := r.low[s.Start:s.End] // what event's rules read (event.Lower)
	if p := r.speakers[turn]; p != nil && p.affiliation == nil && turn > 0 && r.askedOrg[turn-1] != nil {
		p.affiliation = r.askedOrg[turn-1] // no one introduced the speaker on this page; the question asked the society what it has done
	}
	actor := r.turnActor(turn)
	ms := r.mentions(text, s.Start, actor, r.speakers[turn])
	asking := r.d.Turns[turn].Role == transcript.Question
	for _, m := range ms {
		if m.ent != nil && !m.pronoun && m.ent.class == voc.Organization {
			r.countriesNamedIn(r.d.Text[m.start:m.end]) // "the Moroccan Red Crescent", "Ghana News Agency"
			if asking && r.askedOrg[turn] == nil && m.ent.kind != gazetteer.KindMedia && r.host != nil && r.home(m.ent) == r.host && askedOfRE.MatchString(r.d.Text[r.d.Turns[turn].Start:r.d.Turns[turn].End]) {
				r.askedOrg[turn] = m.ent
			}
		}
		if m.ent != nil && !m.pronoun {
			r.seen[m.ent] = true
			if asking && m.ent.class == voc.Country && !slices.Contains(r.asked[turn], m.ent) {
				r.asked[turn] = append(r.asked[turn], m.ent)
			}
			if asking && turn > 0 && m.ent != r.turnActor(turn-1) && strings.HasSuffix(strings.TrimRight(text, " \n\"'”’)"), "?") {
				r.askedNew[turn] = true
			}
		}
	}
	// A speaker's introduction of themselves: "As the representative of the
	// Ministry of Foreign Affairs"; or the summary's of them: "Christian
	// Lindmeier, for the World Health Organization (WHO), said that".
	if p := r.speakers[turn]; p != nil && p.affiliation == nil {
		said := reportedApposition(text, p.name)
		for _, m := range ms {
			if m.ent == nil || m.pronoun || m.ent.class == voc.Person {
				continue
			}
			if selfIntro(r.d.Text[s.Start:m.start]) || worksAt(r.d.Text[m.end:s.End]) || m.end-s.Start <= said && m.ent.class != voc.City && m.ent.class != voc.Place && m.ent.class != voc.Country {
				p.affiliation = m.ent
				break
			}
		}
	}
	evs := r.evsBuf[:0]
	defer func() { r.msBuf, r.evsBuf = ms[:0], evs[:0] }()
	for _, m := range ms {
		em := event.Mention{Start: m.start - s.Start, End: m.end - s.Start, Actor: true, Adjective: m.demonym, Pronoun: m.pronoun, Object: m.object}
		if m.ent != nil && m.ent.class == voc.Country && strings.HasSuffix(r.d.Text[:m.start], "Bahasa ") {
			continue // "translated its protocols into Bahasa Indonesia": a language
		}
		if asking && m.start == s.Start && strings.HasPrefix(r.d.Text[m.end:], ":") {
			continue // "Q: Hubei Media Group: This year marks the 60th anniversary of China sending medical teams": the outlet asking, no subject
		}
		if m.demonym && strings.HasPrefix(r.d.Text[m.end:], " side") {
			em.Adjective = false // "provided the Iranian side with masks": the side is the country
		}
		if m.demonym && (namesLanguage(r.d.Text, m.start, m.end) || strings.HasPrefix(r.d.Text[m.end:], " medicine") && strings.HasSuffix(r.low[:m.start], "traditional ")) {
			continue // "translated into English, French and Russian", "doctors of traditional Chinese medicine": a language, a kind of medicine, neither giver nor receiver
		}
		if m.demonym && m.ent != nil && m.ent.class == voc.Place && someCountryOf(r.d.Text, m.start, m.end) {
			continue // "the first donation that Peru receives from a European country": one of the region's, unnamed
		}
		if m.ent != nil && m.ent.class == voc.Organization && namesProduct(r.d.Text, m.start, m.end) {
			continue // "AstraZeneca vaccines", "the Sinopharm vaccine": a product, neither giver nor receiver
		}
		if m.ent != nil {
			em.Ref = string(m.ent.iri)
			if m.ent.class == voc.GovernmentOrganization && m.ent.country != nil {
				em.Of = string(m.ent.country.iri)
				em.Mission = missionRE.MatchString(string(m.ent.iri))
			}
			if a := m.ent.actor(); a != nil && a != m.ent {
				em.Delegate = string(a.iri)
			} else if m.ent.class == voc.Person {
				if actor == nil || actor.class != voc.Country || !nationalPost(m.ent.jobTitle) || namesBefore(ms, m.start) || namesOtherCountry(ms, m.end+len(" of ")+1, actor) {
					continue // a person with no known side neither gives nor receives
				}
				// "President Tokayev has sent", "Federal Minister Heiko Maas
				// has pledged", said in Astana and Berlin: a post with no
				// country named, held by the one who opens the sentence, is
				// the speaker's country's; not where a country is named
				// before ("Mongolia was among the first: President Battulga
				// brought 30,000 sheep", "President Arif Alvi of Pakistan").
				em.Delegate = string(actor.iri)
			}
		}
		evs = append(evs, em)
	}
	self := ""
	if actor != nil {
		self = string(actor.iri)
	}
	opening := event.TopicOf(low, evs)
	if asking && r.askedOn[turn] == "" {
		r.askedOn[turn] = opening
	}
	topic := r.topic(turn, actor)
	if opening != "" && (actor == nil || opening != string(actor.iri)) {
		r.paraTopic = opening // "In Indonesia, President Joko Widodo asked us for help. We sent 100 ventilators."
	} else if t := event.RequesterIn(low, evs); t != "" && !asking && (actor == nil || t != string(actor.iri)) {
		r.paraTopic = t // "Sudan has asked us for medical supplies. We sent 20 tonnes last week."
		r.turnTopic = t
		if topic == "" {
			topic = t
		}
	} else if t := r.strickenIn(low, evs); t != "" && !asking && (actor == nil || t != string(actor.iri)) {
		r.paraTopic = t // "After the volcanic eruption in Tonga, the Chinese government provided emergency cash assistance."
		if topic == "" {
			topic = t
		}
	} else if topic == "" {
		topic = r.paraTopic
		if topic == "" {
			topic = r.turnTopic // "Following a request for assistance from the Government of India, …" and, below, "Ireland is sending 700 oxygen concentrators."
		}
		if topic == "" && (actor == nil || r.docTopic != string(actor.iri)) {
			topic = r.docTopic // "Malaysia delivered tents and food", under "EARTHQUAKE AND TSUNAMI, CENTRAL SULAWESI, INDONESIA"
		}
	}
	agency := actor != nil && actor.class == voc.Organization && actor.kind == gazetteer.KindIGO
	acts, voyage := event.FindIn(text, evs, event.Scene{Self: self, SelfAgency: agency, Topic: topic, Voyage: r.voyage, Team: r.team, Gift: r.gift, Low: low})
	r.voyage = voyage
	for i := range acts {
		if acts[i].Type == voc.MedicalTeam {
			r.team = &acts[i]
		}
		if acts[i].Type == voc.Supplies || acts[i].Type == voc.OtherAid {
			r.gift = &acts[i]
		}
	}
	for _, a := range acts {
		var recipientsBuf [8]*entity // copied below for each provider
		recipients := recipientsBuf[:0]
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
			if provider.class == voc.GovernmentOrganization && provider.country != nil && teamName(provider.name) {
				provider = provider.country // "the first Henry Reeve brigade left for Italy": a team is sent by its country
			}
			home := r.home(provider)
			// An embassy's conferences "between Chinese and Serbian experts" are for Serbia.
			recipients := slices.DeleteFunc(r.cloneEntities(recipients), func(e *entity) bool {
				// "China's assistance to Africa": help in general to a region
				// is a policy, not an act of help (typed help to it is one).
				return e == provider.country || e == provider || e == home || a.Type == voc.OtherAid && e.class == voc.Place
			})
			// "arrived in Kabul and were handed over to the Ministry of Public
			// Health of Afghanistan": the body that received the act is its
			// recipient, not the country its way passed through.
			recipients = slices.DeleteFunc(recipients, func(e *entity) bool {
				return e.class == voc.Country && slices.ContainsFunc(recipients, func(b *entity) bool {
					return b.class == voc.GovernmentOrganization && b.country == e || b.class == voc.Organization && r.home(b) == e // "to the Philippine Red Cross for its relief work … in the Philippines"
				})
			})
			if len(recipients) == 0 {
				continue
			}
			r.seen[provider] = true
			for _, rc := range recipients {
				r.seen[rc] = true // a country reached through a city ("to Wuhan") is named by the action
			}
			if (a.Type == voc.ResearchCooperation || a.Type == voc.ExpertExchange && conferenceHeld(low[a.TriggerStart:a.TriggerEnd])) && len(recipients) == 1 && r.helpsPartner(recipients[0], provider) {
				// "EPHI and the Chinese Center will start a joint study", "our
				// Ministry of Health has held two video conferences with
				// specialists of China's National Health Commission": the
				// Chinese side helps.
				provider, recipients = recipients[0], []*entity{provider}
			}
			r.actions = append(r.actions, r.newAction(action{Action: a, provider: provider, recipients: recipients, turn: turn, evidence: r.oneSpan(s), statedBy: r.speakers[turn]}))
		}
	}
}

// conferenceHeld reports whether a trigger holds a meeting ("held",
// "organised", "hosted"), which two sides hold together, not one teaching
// the other.
func conferenceHeld(trigger string) bool {
	return hasAnyPrefix(trigger, "held", "hold", "host", "co-host", "organi", "conduct", "conven")
}

// helpsPartner reports whether, in joint research between two partners
// named in the other order, b is the one who helps a: the Chinese side,
// whose help the briefings of the genre tell ("EPHI and the Chinese Center
// will start a joint study"). Between other partners the order stands.
func (r *run) helpsPartner(b, a *entity) bool {
	side := func(e *entity) *entity {
		if e.class == voc.Country || e.class == voc.Place {
			return e // "experts from ten South Pacific Island Countries held a video conference with Chinese experts"
		}
		return e.country
	}
	sa, sb := side(a), side(b)
	return sa != nil && sb != nil && sa != sb && sb.entry != nil && sb.entry.ISO2 == "CN"
}

// countriesNamedIn marks as named the country an organisation's name
// opens or ends with: "the Moroccan Red Crescent" names Morocco, "the
// Serum Institute of India" India. It neither gives nor receives.
func (r *run) countriesNamedIn(name string) {
	for _, c := range r.countriesOfName(name) {
		r.seen[c] = true
	}
}

// home is the country an organisation's own name places it in ("the Red
// Cross Society of China", "the Japanese Red Cross Society"), or nil: what
// it gives its own country is help at home, not aid.
func (r *run) home(e *entity) *entity {
	if e.class != voc.Organization {
		return nil
	}
	if cs := r.countriesOfName(e.name); len(cs) > 0 {
		return cs[0]
	}
	return nil
}

// countriesOfName are the countries an organisation's name opens or ends
// with (after "of" or "in").
func (r *run) countriesOfName(name string) []*entity {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	var cands []string
	if w0, w1, ok := firstTwoWords(name); ok {
		cands = append(cands, w0, w0+" "+w1)
		if parts := strings.Split(w0, "-"); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return r.countryNamed(p) == nil }) {
			cands = append(cands, parts...) // "the Thai-Chinese Chamber of Commerce": Thailand and China; not "Pan-American"
		}
	}
	if i := strings.LastIndex(name, " of "); i >= 0 {
		cands = append(cands, strings.TrimPrefix(name[i+len(" of "):], "the "))
	}
	if i := strings.LastIndex(name, " in "); i >= 0 && slices.ContainsFunc(strings.Fields(name[:i]), func(w string) bool { return r.countryNamed(w) != nil }) {
		// "the Federation of Chinese Associations in Thailand": a people's
		// association in a country; not "… Stabilization Mission in Mali".
		cands = append(cands, strings.TrimPrefix(name[i+len(" in "):], "the "))
	}
	var cs []*entity
	for _, w := range cands {
		if c := r.countryNamed(w); c != nil {
			cs = append(cs, c)
		}
	}
	return cs
}

// outletFromRE reads an outlet named in a question or by the chair:
// "Jorge Medina from El Universal.", "Next question, from La Presse."
var outletFromRE = scan.MustCompile(`\bfrom ((?:The |La |El |Le |Il |Der |Die )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3})[.,?!:]`)

// outletNamed is the outlet a question turn, or a chair's turn, names in
// its first sentence, or "".
func outletNamed(text string, t transcript.Turn) string {
	if len(t.Sentences) == 0 || t.Role != transcript.Question && !transcript.IsChair(t.Label) {
		return ""
	}
	s := text[t.Sentences[0].Start:t.Sentences[0].End]
	if len(t.Sentences) > 1 && transcript.IsChair(t.Label) {
		s += " " + text[t.Sentences[1].Start:t.Sentences[1].End]
	}
	if m := outletFromRE.FindStringSubmatch(s + " "); m != nil {
		return m[1]
	}
	return ""
}

// calledAs reports whether an outlet called by name (o) asks under label:
// the same name, or with a short word after it ("Politico", then "Politico
// SL:").
func calledAs(o, label string) bool {
	return o != "" && (o == label || strings.HasPrefix(label, o+" ") && len(label)-len(o) <= 4)
}

// calledLast reports whether turn t ends by calling label, the next to
// ask, alone in its last sentence, "We will now take questions. Namibian
// Sun.", or after a comma, "Last question, Politico." (then "Politico
// SL:"). The label is an outlet's when its turn asks.
func calledLast(text string, t transcript.Turn, label string) bool {
	n := len(t.Sentences)
	if n == 0 {
		return false
	}
	last := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text[t.Sentences[n-1].Start:t.Sentences[n-1].End]), "."))
	if k := strings.LastIndex(last, ", "); k >= 0 {
		call := strings.ToLower(last[:k])
		return (strings.HasSuffix(call, "question") || call == "next" || call == "please" || call == "yes") && calledAs(last[k+len(", "):], label)
	}
	return n > 1 && last == label
}

// namesProduct reports whether the words around a company's name,
// text[start:end], make it a product's: "AstraZeneca vaccines", "the
// Sinopharm vaccine", "36,000 doses of AstraZeneca".
func namesProduct(text string, start, end int) bool {
	for _, p := range []string{" vaccine", " doses", " jab", " shots", " COVID-19 vaccine", " Covid-19 vaccine", " ventilators", " test kits"} {
		if strings.HasPrefix(text[end:], p) {
			return true
		}
	}
	for _, p := range []string{"doses of ", "vaccines of ", "vaccine of ", "shots of ", "jabs of "} {
		if strings.HasSuffix(text[:start], p) {
			return true
		}
	}
	return false
}

// dedupe merges actions with the same provider, recipient, type and
// modality into one with several evidence sentences, and drops a generic
// "other" action whose pair already has a typed one in the document.
// generalHelp reports whether an action typed other is help in general
// ("thanked China for its aid to Italy"), which a typed action of the same
// ends already states, rather than an act of its own ("hospitals have
// taken in patients from Italy", "donated 30,000 sheep").
func generalHelp(text string, a *action) bool {
	s := a.evidence[0]
	w := strings.ToLower(a.Trigger(text[s.Start:s.End]))
	for _, care := range []string{"treat", "take", "took", "taken", "taking", "admit"} {
		if strings.HasPrefix(w, care) {
			return false // patients taken in: an act of its own
		}
	}
	return !event.ReliefGoods(text[s.Start:s.End]) // "emergency food assistance to Zimbabwe … 4,000 tonnes of rice": an act of its own
}

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
	n := 0 // the most actions kept: one per recipient
	for _, a := range r.actions {
		n += len(a.recipients)
	}
	seen := make(map[key]*action, n)
	out := make([]*action, 0, n)
	// The actions kept and their one recipient each are made in two
	// arrays of n, which never grow: their elements' addresses hold.
	kept := make([]action, 0, n)
	recipients := make([]*entity, 0, n)
	// So is the evidence of each, at most that of its action per
	// recipient; each capped at its length, so that an append copies it.
	m := 0
	for _, a := range r.actions {
		m += len(a.recipients) * len(a.evidence)
	}
	spans := make([]transcript.Span, 0, m)
	var keep []*entity
	for _, a := range r.actions {
		keep = keep[:0]
		for _, rc := range a.recipients {
			if a.Type == voc.OtherAid && typed[[2]*entity{a.provider, rc}] && generalHelp(r.d.Text, a) {
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
			kept = append(kept, *a)
			b := &kept[len(kept)-1]
			recipients = append(recipients, rc)
			b.recipients = recipients[len(recipients)-1 : len(recipients) : len(recipients)]
			from := len(spans)
			spans = append(spans, a.evidence...)
			b.evidence = spans[from:len(spans):len(spans)]
			seen[key{a.provider, rc, a.Type, a.Modality}] = b
			out = append(out, b)
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
	slices.SortFunc(es, func(a, b *entity) int { return cmp.Compare(a.iri, b.iri) }) // IRIs are unique: no ties
	return es
}

// namesLanguage reports whether the demonym at text[start:end] names a
// language: it stands alone, not before a noun, in a list of capitalised
// words after "into" or "in" ("translated into English, French and
// Russian", "in Spanish").
func namesLanguage(text string, start, end int) bool {
	if rest := text[end:]; !(rest == "" || strings.ContainsRune(",.;:)", rune(rest[0])) || strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ")) {
		return false // "French doctors"
	}
	ws := strings.Fields(text[max(0, start-80):start])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-8; i-- {
		w := strings.TrimSuffix(ws[i], ",")
		switch {
		case w == "into" || w == "in":
			return true
		case w == "and" || w == "or":
		case startsUpper(w) && !strings.HasSuffix(ws[i], "."):
		default:
			return false
		}
	}
	return false
}

// startsUpper reports whether w begins with a capital letter.
func startsUpper(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// nationalPost reports whether title is a government's post that names no
// country: "President", "Federal Minister", "Prime Minister".
func nationalPost(title string) bool {
	switch strings.TrimPrefix(title, "Federal ") {
	case "President", "Prime Minister", "Chancellor", "Premier", "Minister", "Foreign Minister", "Health Minister", "Minister of Foreign Affairs", "Minister of Health":
		return true
	}
	return false
}

// namesBefore reports whether ms name anyone, "we" included, before byte
// at: a post's holder stands for the speaker's country only as the
// subject that opens the sentence ("President Tokayev has sent", not "sent
// a message to President Xi Jinping").
func namesBefore(ms []mention, at int) bool {
	for _, m := range ms {
		if m.start < at && (m.ent != nil || m.pronoun) {
			return true
		}
	}
	return false
}

// namesOtherCountry reports whether ms name a country other than self, or
// a place or body of one, starting before byte before (a person's end plus
// " of " and one byte: "President Arif Alvi of Pakistan" names Pakistan).
func namesOtherCountry(ms []mention, before int, self *entity) bool {
	for _, m := range ms {
		if m.start < before && m.ent != nil && m.ent != self && (m.ent.class == voc.Country || m.ent.class == voc.City || m.ent.country != nil && m.ent.country != self) {
			return true
		}
	}
	return false
}

// beforeName reports whether w, the first word of a speaker's label or of
// a listed speaker, is written before the name and is no part of it: a
// post ("Ambassador Mahmood"), a rank ("Lt"), a chair ("CHAIR WINTER"), or
// a short style with an apostrophe, a stop or in capitals ("SRS'in",
// "Col.", "CEO Tauiliili").
func beforeName(w string) bool {
	return isRole(w) || transcript.IsRank(w) || transcript.IsChair(w) || strings.HasSuffix(w, ".") && len(w) > 2 || strings.ContainsAny(w, "'’") || len(w) >= 2 && len(w) <= 4 && isAllCaps(w)
}

// fieldsOnly reports whether s, not empty, holds only the fields of a
// minister's post: "health", "foreign affairs".
func fieldsOnly(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !transcript.IsFieldWord(w) {
			return false
		}
		n++
	}
	return n > 0
}
