package event

// Who gives and who receives: the subject, the agent, the recipient phrase.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// mentionsIn returns the mentions of ms inside [from, to] that stand for
// someone. They are usually a run of ms, returned as a slice of it capped
// at its length (so an append copies it; no caller writes into it);
// otherwise a copy.
func mentionsIn(ms []Mention, from, to int) []Mention {
	in := func(m *Mention) bool {
		return m.Start >= from && m.End <= to && (m.Ref != "" || m.Delegate != "")
	}
	i := 0
	for i < len(ms) && !in(&ms[i]) {
		i++
	}
	if i == len(ms) {
		return nil
	}
	j := i + 1
	for j < len(ms) && in(&ms[j]) {
		j++
	}
	for k := j + 1; k < len(ms); k++ {
		if in(&ms[k]) {
			var out []Mention
			for _, m := range ms {
				if in(&m) {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return ms[i:j:j]
}

func ref(m Mention) string {
	if m.Delegate != "" {
		return m.Delegate
	}
	return m.Ref
}

// refs are the Refs of ms, in order, each once. A list of mentions is
// short: the Refs found so far are searched, not hashed.
func refs(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		if r := ref(m); r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func first(ms []Mention) string {
	for _, m := range ms {
		if r := ref(m); r != "" {
			return r
		}
	}
	return ""
}

// subject is the actor governing a verb: the last mention before it that is
// not inside a prepositional phrase, a possessive's owner included.
func subject(low string, left []Mention, at int) []Mention {
	// "the WHO, whose team has deployed specialists", "With the support of
	// the WHO, which has deployed two epidemiologists": the antecedent.
	// Not a list's last member ("four countries, Spain, Qatar and the
	// UAE, which sent"), nor what "which" is given ("which were handed
	// over").
	for _, rel := range []string{", whose ", ", which "} {
		k := lastIndex(low[:at], rel)
		if k < 0 || rel == ", which " && !activeRelative(low[k+len(rel):at], low[at:]) {
			continue
		}
		for i := len(left) - 1; i >= 0; i-- {
			if left[i].End == k || left[i].End == k-1 {
				if i > 0 && coordinatedGap(low[left[i-1].End:left[i].Start]) && !(strings.Contains(low[left[i-1].End:left[i].Start], ", and ") && inPrepPhrase(low, left[i-1].Start)) {
					break // a list's last member; not "X, which donated … to the Ministry of Health, and UNICEF, which delivered"
				}
				return []Mention{left[i]}
			}
		}
	}
	intro := introPhraseEnd(low, at)
	for i := len(left) - 1; i >= 0; i-- {
		m := left[i]
		end := m.End // where the subject's noun phrase ends
		if i > 0 && left[i-1].Of != "" && left[i-1].Of == ref(m) && strings.TrimSpace(low[left[i-1].End:m.Start]) == "of" {
			i--
			m = left[i] // "The Yamanashi Prefectural Government of Japan sent": the body, its country named after it
		}
		if m.Adjective && i > 0 && !left[i-1].Adjective && !left[i-1].Pronoun && othersOf(low[left[i-1].End:m.Start]) {
			end = wordEnd(low, m.End)
			i--
			m = left[i] // "Hanbit Electronics and other Korean companies donated": the one named gives
		}
		if (inPrepPhrase(low, m.Start) && !headedBy(low, m.Start)) || inRelativeClause(low, m.Start, at) || m.Object || m.Start < intro || afterVerb(low, m) {
			continue
		}
		if i > 0 && left[i-1].Ref == m.Ref && strings.HasSuffix(strings.TrimSpace(low[:m.Start]), "(") && inPrepPhrase(low, left[i-1].Start) && !headedBy(low, left[i-1].Start) {
			continue // "China, through the World Food Programme (WFP), has delivered": the acronym goes with its name
		}
		if m.Adjective && i > 0 && (appositive(low[left[i-1].End:m.Start]) || low[left[i-1].End:m.Start] == ", the " && closedAppositive(low[m.End:at])) {
			continue // "Huaxia Biologics, a Chinese company, has started", "JICA, the Japanese aid agency, will provide": the company acts
		}
		if m.Pronoun && i > 0 && low[left[i-1].End:m.Start] == ", " && closedAppositive(low[m.End:at]) {
			continue // "Taiwan, our friend and ally, has donated": the one the appositive describes acts
		}
		if i > 0 && possessive(low[m.End:]) && strings.HasSuffix(strings.TrimSuffix(low[left[i-1].End:m.Start], "the "), ", ") && ownerAppositive(low[m.End+len("'s"):at]) {
			continue // "PAHO, WHO's regional office for the Americas, had shipped": the office acts, not its owner
		}
		// A list whose first member follows a preposition is an object as a
		// whole: "to Armenia, Belarus and Uzbekistan, and will send …".
		head := i
		for joined := false; head > 0 && left[head-1].Start >= intro && coordinatedGap(low[left[head-1].End:left[head].Start]); head-- {
			if clauseAnd(strings.TrimSuffix(strings.TrimSpace(low[left[head-1].End:left[head].Start]), " the"), &joined) {
				break
			}
		}
		if head < i && !m.Adjective && !startsClause(low, end) && inPrepPhrase(low, left[head].Start) && !headedBy(low, left[head].Start) {
			i = head
			continue
		}
		// A demonym adjective counts only as the head of its noun phrase
		// ("Chinese medical teams have arrived"), not as a modifier of an object.
		// Take a list of coordinated subjects ("China and Russia sent").
		// A pronoun joins no list: "…to Iran and Libya, and we are preparing".
		out := []Mention{m}
		start := m.Start // where the subject's noun phrase begins: "Thailand's Chulalongkorn University"
		if i > 0 && left[i-1].Ref == m.Ref && strings.HasSuffix(strings.TrimSpace(low[:m.Start]), "(") {
			i--
			start = left[i].Start // "the Council of Arab Health Ministers and the World Health Organization (WHO) jointly organized": the name and its acronym are one member
		}
		joined := false
		for j := i - 1; j >= 0 && !m.Pronoun; j-- {
			if g := low[left[j].End:start]; g == "'s " || g == "’s " || possessiveAdjectives(g) {
				start = left[j].Start // a possessive qualifier is no member of the list: "Indonesia's state-owned Bio Farma"
				continue
			}
			gap := strings.TrimSpace(strings.TrimPrefix(low[left[j].End:start], ")"))
			if strings.HasPrefix(gap, "(") {
				if k := strings.IndexByte(gap, ')'); k >= 0 {
					gap = strings.TrimSpace(gap[k+1:]) // "the Chinese Academy of Medical Sciences (CAMS) and"
				}
			}
			if strings.HasSuffix(gap, "'s") || strings.HasSuffix(gap, "’s") {
				if k := strings.LastIndexByte(gap, ' '); k >= 0 {
					gap = gap[:k] // "Walvax and Thailand's Chulalongkorn University"
				}
			}
			gap = strings.TrimSuffix(gap, " the")
			if left[j].Adjective {
				if loc := adjectiveHeadRE.FindStringIndex(gap); loc != nil && loc[0] == 0 && strings.TrimSpace(gap[loc[1]:]) == "and" {
					gap = "and" // "Chinese scientists and the Philippine Rice Research Institute", not "Chinese companies, State Grid and Yuwell"
				}
			}
			if clauseAnd(gap, &joined) {
				break
			}
			if gap != "and" && gap != "," && gap != ", and" && gap != "as well as" || left[j].Pronoun || left[j].Start < intro {
				break
			}
			at := left[j].Start
			if j > 0 && left[j-1].Ref == left[j].Ref && strings.HasSuffix(strings.TrimSpace(low[:at]), "(") {
				j--
				at = left[j].Start // "the League of Arab States (LAS)": the name and its acronym are one member
			}
			if inPrepPhrase(low, at) && !headedBy(low, at) {
				return []Mention{m} // the list began as an object: m alone is the subject
			}
			out = append([]Mention{left[j]}, out...)
			start = at
		}
		// "The Jack Ma Foundation, together with the Alibaba Foundation,
		// has delivered": both give.
		for _, w := range left[i+1:] {
			if w.Start < m.End || w.Start >= at {
				continue
			}
			if g := strings.TrimSuffix(low[m.End:w.Start], "the "); !w.Pronoun && !w.Adjective && (g == ", together with " || g == ", along with ") && strings.HasPrefix(low[w.End:], ", ") {
				out = append(out, w)
			}
		}
		return out
	}
	return nil
}

// clauseAnd reports whether gap, a gap of a list met walking back from its
// last member, is the ", and" that opens the list's clause: one met after
// the list's own "and" ("to China, and UNICEF and the IFRC delivered"; a
// list has one "and"). joined records that "and".
func clauseAnd(gap string, joined *bool) bool {
	if gap == ", and" && *joined {
		return true
	}
	*joined = *joined || gap == "and"
	return false
}

// afterVerb reports whether the mention at m stands right after a verb in
// the past, as its object: "China has provided Iran with masks and sent
// a team", "has invited WHO experts and shared data": Iran and the WHO do
// not send or share. Not after a comma ("As agreed, Japan sent"), nor a
// possessor ("expressed Japan's intention to provide").
func afterVerb(low string, m Mention) bool {
	if rest := low[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return false
	}
	before := strings.TrimSuffix(low[:m.Start], " ")
	before = strings.TrimSuffix(before, " the")
	if len(before) == m.Start {
		return false
	}
	k := strings.LastIndexByte(before, ' ')
	w := before[k+1:]
	return irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]
}

// notVerbsEd end in "ed" but are no verbs before a name.
var notVerbsEd = map[string]bool{"united": true, "called": true, "named": true, "so-called": true, "based": true, "owned": true, "state-owned": true, "hundred": true, "kindred": true}

// othersOf reports whether gap, between a name and a demonym, says the
// demonym's noun is others of the name's kind: " and other ", " and many
// other ".
func othersOf(gap string) bool {
	switch gap {
	case " and other ", " and many other ", " and several other ", " and some other ":
		return true
	}
	return false
}

// adjectiveHeadRE is the noun a demonym qualifies as the member of a list
// of subjects: "Chinese scientists and …".
var adjectiveHeadRE = scan.MustCompile(`^(?:[a-z]+ )?(?:scientists|researchers|experts|companies|firms|doctors|institutions|universities|institutes|teams?|partners)\b`)

// appositive reports whether gap opens an apposition after a name: ", a
// ", ", an " (not ", the ", which opens a clause as often: "As for Asia,
// the Chinese government donated").
func appositive(gap string) bool {
	return gap == ", a " || gap == ", an "
}

// closedAppositive reports whether rest, the words between a possessive
// opening an appositive and the verb, closes it with a comma, a few words
// on, before at most an auxiliary or two: " friend and ally, has ".
// ownerAppositive reports whether rest, the words after an owner's
// possessive opening an appositive, close it with a comma before the verb
// and an auxiliary or two: " regional office for the Americas, had ".
func ownerAppositive(rest string) bool {
	k := strings.LastIndex(rest, ", ")
	return k >= 0 && !strings.Contains(rest[:k], ",") && nFields(rest[:k]) <= 8 && nFields(rest[k:]) <= 3
}

func closedAppositive(rest string) bool {
	k := strings.LastIndex(rest, ", ")
	return k >= 0 && !strings.Contains(rest[:k], ",") && nFields(rest[:k]) <= 4 && nFields(rest[k:]) <= 3
}

// introPhrases open a sentence with an adverbial phrase.
var introPhrases = append([]string{"at the request of ", "at the invitation of ", "in response to ", "according to ", "following ", "upon ", "on behalf of ", "after ",
	"through ", "via ", "with ", "thanks to ", "in cooperation with ", "in coordination with ", "together with ", "as part of ", "under ",
	"when ", "while ", "since ", "once ", "before ", "as soon as ", "within ", "across ", "outside ", "beyond "}, topicPhrases...)

// introPhrasesBy and topicPhrasesBy are introPhrases and topicPhrases by
// their first byte, each list in its order: a sentence is tried only
// against those it may open with.
var introPhrasesBy, topicPhrasesBy = byFirstByte(introPhrases), byFirstByte(topicPhrases)

func byFirstByte(list []string) *[256][]string {
	by := new([256][]string)
	for _, p := range list {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}

// firstByte is s[0], or 0 (which no phrase starts with) for "".
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// introPhraseEnd is the end of a sentence's opening adverbial phrase
// before the verb at ("At the request of Burkina Faso and Djibouti, China
// will send"), whose mentions are never the subject; 0 if none.
func introPhraseEnd(low string, at int) int {
	if low == "" {
		return 0
	}
	// "We remember that when the epidemic hit Wuhan, Russia sent": the
	// subordinate clause after "that" is no subject's.
	if from := max(0, at-100); strings.Contains(low[from:at], "that ") { // the clause is short: a window, not the sentence, at every subject's search
		k := from + strings.LastIndex(low[from:at], "that ")
		rest := low[k+len("that ") : at]
		for _, p := range subordinators {
			if strings.HasPrefix(rest, p) {
				if j := strings.Index(rest, ", "); j >= 0 {
					return k + len("that ") + j
				}
				break
			}
		}
	}
	for _, p := range introPhrasesBy[low[0]] {
		if strings.HasPrefix(low, p) {
			if k := strings.Index(low[:at], ", "); k >= 0 {
				if j := subordinateAfter(low, k, at); j > 0 {
					return j // "In 2019, after Cyclone Idai hit southern Africa, China sent"
				}
				return k
			}
			return 0
		}
	}
	// "Last year, when desert locusts hit East Africa, China delivered":
	// a time, then the phrase.
	if k := strings.Index(low[:min(at, 24)], ", "); k > 0 && k+2 < at {
		return max(0, subordinateAfter(low, k, at))
	}
	return 0
}

// subordinateAfter is the end of a clause of time that opens after the
// comma at k, before at ("…, when desert locusts hit East Africa, …"): 0
// if it has no end before at, -1 if no such clause opens there.
func subordinateAfter(low string, k, at int) int {
	if k+2 >= at {
		return -1
	}
	rest := low[k+2 : at]
	for _, p := range subordinators {
		if strings.HasPrefix(rest, p) {
			if j := strings.Index(rest, ", "); j >= 0 {
				return k + 2 + j
			}
			return 0
		}
	}
	return -1
}

// subordinators open a clause of time before the main clause's subject.
var subordinators = []string{"when ", "while ", "after ", "before ", "since ", "once ", "as soon as "}

// inRelativeClause reports whether the mention at m sits in a relative
// clause closed before the verb at: "X, which borders Russia, has donated";
// not one after ", and", which closed it ("the Government of Japan, which
// delivered … through the COVAX Facility, and our Chinese friends, who
// donated").
func inRelativeClause(low string, m, at int) bool {
	k := relativeOpen(low[:m])
	return k >= 0 && !strings.Contains(low[k+1:m], ", and ") && strings.Contains(low[m:at], ",")
}

// relativeOpen returns the offset in s of the last comma that opens a
// relative clause, or -1: "X, which borders Russia", "the Jack Ma
// Foundation, with which we cooperated on logistics".
func relativeOpen(s string) int {
	open := -1
	for _, r := range [...]string{", which ", ", who ", ", whose ", ", with which ", ", to which ", ", through which ", ", in which ", ", for which ", ", with whom "} {
		open = max(open, lastIndex(s, r))
	}
	return open
}

// activeRelative reports whether the words between "which" and a verb,
// and the verb, make "which" the subject of an act: "which has
// deployed", "which sent"; not "which were handed over", nor a habit
// ("which helps us follow the variants").
func activeRelative(between, verb string) bool {
	var buf [8]string
	ws := fields(buf[:0], between)
	for _, w := range ws {
		switch w {
		case "has", "have", "had", "also", "already", "recently", "will", "then":
		default:
			return false
		}
	}
	if len(ws) > 0 {
		return true
	}
	v, _, _ := strings.Cut(verb, " ")
	return strings.HasSuffix(v, "ed") || v == "sent" || v == "gave" || v == "brought" || v == "built"
}

// coordinatedGap reports whether the text between two mentions joins them
// in a list.
func coordinatedGap(gap string) bool {
	g := strings.TrimSuffix(strings.TrimSpace(gap), " the")
	return g == "," || g == "and" || g == ", and" || g == "or" || g == ", or"
}

// headedBy reports whether the phrase before the mention at m makes it the
// actor all the same: "the Government of Japan", "experts from the Chinese
// CDC", "the people of Pakistan".
// thankedHeads are the words after which "to" names the one thanked, who
// acts in what follows ("grateful to China for donating").
var thankedHeads = map[string]bool{"grateful": true, "gratitude": true, "thankful": true, "indebted": true, "appreciation": true, "thanks": true}

func headedBy(low string, m int) bool {
	if h := headStart(low, m); h != m && inPrepPhrase(low, h) {
		return false // "received masks from the Government of China, and the embassy gave": an object all the same
	}
	var buf [5]string
	ws := fields(buf[:0], lastWords(low[:m], 5))
	if n := len(ws); n > 0 && (strings.HasSuffix(ws[n-1], "'s") || strings.HasSuffix(ws[n-1], "’s")) {
		ws = ws[:n-1] // "experts from Germany's Robert Koch Institute"
		if n := len(ws); n > 1 && !prepositions[ws[n-1]] && prepositions[ws[n-2]] {
			ws = ws[:n-1] // "from South Korea's"
		}
	}
	for len(ws) > 0 && (ws[len(ws)-1] == "the" || ws[len(ws)-1] == "a" || countWord(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1] // "health experts from ten Pacific Island countries"
	}
	if len(ws) < 2 {
		return false
	}
	prep, head := ws[len(ws)-1], strings.Trim(ws[len(ws)-2], ",")
	switch prep {
	case "of":
		switch head {
		case "government", "governments", "people", "state", "republic", "kingdom", "ministry", "side", "embassy", "city", "province",
			"aircraft", "plane", "planes", "flight", "flights", "ship", "ships", "vessel", "team", "teams", "experts", // "an aircraft of the Turkish Armed Forces carried"
			"leaders", "heads", // "The leaders of the United States, Japan, India and Australia agreed to deliver"
			"specialists", "staff", "scientists", "researchers", "doctors", "members", "technicians", "officials", "representatives", "instructors", "volunteers", "engineers", // "specialists of InDRE trained"
			"board", "directors": // "The Executive Board of the IMF has approved", "the Board of Directors of the World Bank approved"
			return true
		}
	case "from", "at", "in":
		// "experts from X have shared", "researchers at X are running": X
		// acts through its people; not the people spoken with ("held a
		// video conference with health experts from Fiji, and sent").
		// "Several hospitals in Germany have taken in patients": X acts
		// through its institutions.
		for k := len(ws) - 3; k >= max(0, len(ws)-4) && !strings.HasSuffix(ws[k], ","); k-- {
			if ws[k] != "of" && prepositions[ws[k]] {
				return false
			}
		}
		if prep == "in" {
			// Opening the clause: not "has visited hospitals in Lombardy and shared".
			k := len(ws) - 3
			return institutionsIn[head] && (k < 0 || clauseOpeners[ws[k]] || strings.HasSuffix(ws[k], ".") || strings.HasSuffix(ws[k], ","))
		}
		return sources[head]
	case "to":
		return thankedHeads[head] // "we are grateful to China for donating": the one thanked gave
	case "including", "like", "as":
		// "regional countries including Uzbekistan have sent", "donors
		// such as Japan have pledged": the members named act; not "to
		// countries including Italy".
		at := len(ws) - 2
		if prep == "as" && head == "such" {
			at--
		}
		if at < 0 || !memberHeads[strings.Trim(ws[at], ",")] {
			return false
		}
		for _, w := range ws[max(0, at-2):at] {
			if prepositions[w] {
				return false
			}
		}
		return true
	}
	return false
}

// institutionsIn are the heads of "hospitals in Germany", the subject
// that is its country's.
var institutionsIn = map[string]bool{"hospitals": true, "clinics": true, "universities": true, "laboratories": true, "companies": true, "firms": true,
	"friends": true, "brothers": true, "partners": true} // "our friends in Taipei have pledged": the country they are

// clauseOpeners are the words before such a head that still open its
// clause: "Several hospitals in Germany", "and some companies in Japan",
// "and our friends in Taipei".
var clauseOpeners = map[string]bool{"several": true, "many": true, "some": true, "numerous": true, "various": true, "other": true, "all": true, "the": true, "and": true, "private": true, "public": true, "our": true}

// prepositions open the phrases whose noun is an object ("to Italy").
var prepositions = map[string]bool{"to": true, "for": true, "with": true, "from": true, "in": true, "of": true, "at": true, "on": true, "by": true, "into": true, "among": true, "towards": true,
	"including": true, "like": true, "between": true, "than": true, "about": true, "against": true, "via": true, "through": true, "across": true, "around": true}

// memberHeads are the plural nouns whose members a list after
// "including" or "such as" names.
var memberHeads = map[string]bool{"countries": true, "nations": true, "partners": true, "donors": true, "states": true, "governments": true, "neighbours": true, "neighbors": true, "organizations": true, "organisations": true,
	"companies": true, "enterprises": true, "firms": true, "foundations": true}

// inPrepPhrase reports whether the words just before at make the mention
// there the object of a preposition ("experts from China", "to Italy").
func inPrepPhrase(low string, at int) bool {
	w := lastWords(low[:at], 5)
	var buf [5]string
	fs := fields(buf[:0], w)
	// Words of a possessor or of a place's kind passed: "with Brazil's
	// Butantan Institute", "to South Korea's KOICA", "in the Serbian
	// capital Belgrade".
	possessor := 0
	for i := len(fs) - 1; i >= 0; i-- {
		f := strings.Trim(fs[i], ",")
		switch {
		case f == "the" || f == "a" || f == "an" || f == "its" || f == "their" || f == "our" || f == "his" || f == "her":
			continue
		case countWord(f) && !strings.HasSuffix(fs[i], ","):
			continue // "to 29 European countries", "to all African countries": a count of the object
		case possessor == 0 && i == len(fs)-1 && (strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") || f == "capital" || f == "city" || f == "port"):
			possessor = 1
			continue
		case possessor == 1 && !prepositions[f] && f != "and" && f != "or" && !strings.HasSuffix(fs[i], ","):
			possessor = 2
			continue
		}
		return prepositions[f]
	}
	return false
}

// countWord reports whether f counts what a noun phrase names: a number
// ("29", "1,200", not a year such as "2020": "In 2020 Chinese companies
// donated"), a number's word or a quantifier ("all", "several").
func countWord(f string) bool {
	if f != "" && f[0] >= '0' && f[0] <= '9' {
		return !(len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")))
	}
	return countWords[f]
}

var countWords = map[string]bool{"all": true, "some": true, "many": true, "several": true, "both": true, "other": true, "more": true, "than": true, "over": true, "nearly": true, "about": true, "almost": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozens": true, "hundreds": true}

// afterWord returns the mentions that follow the first occurrence of word
// among the right-hand mentions: the agent after "by", the source after "from".
func afterWord(low string, right []Mention, word string) []Mention {
	for i, m := range right {
		h := headStart(low, m.Start)
		if word == "from" && asideFrom(low[:h]) {
			continue // "Aside from the Sinovac donation, doses from COVAX": not their source
		}
		if prevWord(low, h) == word || afterPossessor(low, h, word) {
			if i+1 < len(right) && right[i+1].Start >= m.End && (low[m.End:right[i+1].Start] == "'s " || low[m.End:right[i+1].Start] == "’s ") {
				i++ // "with Brazil's Butantan Institute": the one possessed
			} else if m.Adjective && i+1 < len(right) && right[i+1].Start >= m.End && companyNamed(low[m.End:right[i+1].Start]) {
				i++ // "donated by the Chinese company BGI": the company named
			}
			return listFrom(low, right, i)
		}
	}
	return nil
}

// asideFrom reports whether pre ends with "aside from" or "apart from",
// which set a thing apart rather than name a source.
func asideFrom(pre string) bool {
	pre = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(pre, " "), " the"), " ")
	return strings.HasSuffix(pre, "aside from") || strings.HasSuffix(pre, "apart from")
}

// possessiveAdjectives reports whether gap is "'s" and a word or two
// before a name: "'s state-owned ", "’s leading ".
func possessiveAdjectives(gap string) bool {
	rest, ok := strings.CutPrefix(gap, "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(gap, "’s "); !ok {
			return false
		}
	}
	n := nFields(rest)
	return n >= 1 && n <= 2 && strings.HasSuffix(rest, " ") && !strings.ContainsAny(rest, ",;") && !strings.Contains(rest, " and ")
}

// afterPossessor reports whether the phrase at h follows a possessor of up
// to three words that follows word: "from China's Ministry of Commerce",
// "from South Korea's KOICA", "from the Philippines' Department of Health".
func afterPossessor(low string, h int, word string) bool {
	w := prevWord(low, h)
	if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "s'") {
		return false
	}
	for range 3 {
		i := strings.LastIndex(low[:h], w)
		if i < 0 {
			return false
		}
		h, w = i, prevWord(low, i)
		switch {
		case w == word:
			return true
		case w == "and" || w == "or" || w == "" || strings.HasSuffix(low[:h], ", "):
			return false
		}
	}
	return false
}

// goodsFrom is the giver named after a load of goods or aid in a
// passive's subject: "a consignment from Uzbekistan", "aid from Japan";
// with teams, after a team too: "a team of doctors and nurses from
// Norway [has been deployed]" (not "[video conferences with] doctors
// from Italy").
func goodsFrom(low string, left []Mention, teams bool) string {
	for _, m := range left {
		if h := headStart(low, m.Start); prevWord(low, h) == "from" {
			w := lastWords(low[:lastIndex(low[:h], "from")], 3) // "medical supplies from the Chinese government", "6 million dollars from the CERF"
			if carrierRE.MatchString(w) || aidWordRE.MatchString(w) || sentNoun(w, teams) || moneyRE.MatchString(w) {
				return ref(m)
			}
		}
	}
	return ""
}

// sentNoun reports whether the words w before "from" are goods, or with
// teams a team: what comes from a giver.
func sentNoun(w string, teams bool) bool {
	typ := firstNoun(w, 0, len(w))
	return typ == voc.Supplies || teams && typ == voc.MedicalTeam
}

// headStart is where the phrase that makes the mention at m its head
// begins: "the Government of" in "donated by the Government of the
// People's Republic of China"; m itself if there is none.
func headStart(low string, m int) int {
	w := strings.TrimSuffix(low[max(0, m-30):m], "the ")
	for _, h := range []string{"government of ", "governments of ", "people of ", "state of "} {
		if strings.HasSuffix(w, h) {
			return m - (len(low[max(0, m-30):m]) - len(w)) - len(h)
		}
	}
	return m
}

// listFrom returns ms[i] and the mentions coordinated with it that follow:
// "Laos and Venezuela", "A, B and C".
func listFrom(low string, ms []Mention, i int) []Mention {
	if i >= len(ms) {
		return nil
	}
	out := []Mention{ms[i]}
	prep := prevWord(low, ms[i].Start) // "from Cyprus and from the Netherlands": the preposition said again
	for j := i + 1; j < len(ms); j++ {
		gap := strings.TrimSuffix(strings.TrimSpace(low[ms[j-1].End:ms[j].Start]), " the")
		if gap == "" && ms[j-1].Object && ms[j].Object && ms[j].Start == ms[j-1].End {
			out = append(out, ms[j]) // "the three countries": a list said again, its members side by side
			continue
		}
		if gap != "and" && gap != "," && gap != ", and" && (prep == "" || gap != "and "+prep && gap != ", and "+prep) {
			break
		}
		out = append(out, ms[j])
	}
	return out
}

// adjectiveList is the list of adjectives that opens right ("Italian and
// Spanish"), or nil if right does not open with one.
func adjectiveList(low string, right []Mention) []Mention {
	n := 0
	for n < len(right) && right[n].Adjective && (n == 0 || listGap(low[right[n-1].End:right[n].Start])) {
		n++
	}
	return right[:n]
}

// peoplesNouns are the nouns after a country's adjective that name the
// country as a whole: "African countries", "the Italian people".
var peoplesNouns = map[string]bool{"countries": true, "nations": true, "states": true, "people": true, "peoples": true,
	"government": true, "governments": true, "authorities": true, "partners": true, "friends": true}

// nextWord is the word after the spaces at low[at:], without the
// punctuation after it.
func nextWord(low string, at int) string {
	w, _, _ := strings.Cut(strings.TrimLeft(low[at:], " "), " ")
	return strings.TrimRight(w, ".,;:")
}

// dativeSend reports whether the names right after a send verb receive
// what follows them, a quantity: "sent Italy 15 tonnes", "sent the
// Philippines 100,000 masks", "sent Pakistan two medical teams", not
// "sent PLA doctors to Wuhan".
func dativeSend(low string, right []Mention) bool {
	list := listFrom(low, right, 0)
	rest := strings.TrimLeft(low[list[len(list)-1].End:], " ")
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "several", "some", "more", "further", "additional", "dozens", "hundreds", "thousands", "millions":
		return true
	}
	return quantityWord(w)
}

// quantityWord reports whether w counts what follows it: a number, a
// number's word, "a", "an", "another".
func quantityWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' || w == "a" || w == "an" || w == "another" {
		return true
	}
	_, ok := numberWords[w]
	return ok
}

// recipientPhrase returns the mentions inside the phrase that names the
// recipients: after "to", "for", "with", "from" (experts from X), or the
// direct object of help/assist/provide X with.
func recipientPhrase(low string, right []Mention, t trigger, passive bool) []Mention {
	return recipientsOf(low, right, t, passive, false)
}

// recipientsOf is recipientPhrase; researchIn opens a phrase with "in" too,
// where trials run in a country with it.
func recipientsOf(low string, right []Mention, t trigger, passive, researchIn bool) []Mention {
	var out []Mention
	open, done := strings.HasSuffix(low[t.start:t.end], " with") || strings.HasSuffix(low[t.start:t.end], " for"), false // "worked with", "left for"
	pos := t.end
	direct := !passive && !t.noun && (t.class == help || t.class == give || t.class == send && strings.HasPrefix(low[t.end:], " us ")) // "sent us a million masks"
	for i, m := range right {
		if m.Start < pos {
			continue // overlapping mentions: the caller should not send them
		}
		gap := low[pos:m.Start]
		if i == 0 && !direct && !passive && !t.noun && t.class == send && isDirectObject(gap) && !m.Adjective && !m.Pronoun && dativeSend(low, right) {
			list := listFrom(low, right, 0) // "sent Italy 15 tonnes of equipment", "sent Pakistan two medical teams"
			out = append(out, list...)
			pos = list[len(list)-1].End
			continue
		}
		if list := adjectiveList(low, right); i == 0 && direct && isDirectObject(gap) && len(list) > 0 && peoplesNouns[nextWord(low, list[len(list)-1].End)] {
			out = append(out, list...) // "helped African countries with vaccines", "supported the Italian and Spanish people"
			pos = list[len(list)-1].End
			continue
		}
		if nameOrUs := !m.Pronoun || low[m.Start:m.End] == "us"; i == 0 && direct && isDirectObject(gap) && !m.Adjective && (nameOrUs || m.Object) {
			// "sent our team to Italy": "our" owns, it does not receive.
			// "helped Italy", "provided Iran with masks", "gave Italy 1,000 masks",
			// "helped Cambodia, Laos and Kenya".
			if list := listFrom(low, right, i); nameOrUs || objectPronoun(low, list, t) {
				out = append(out, list...)
				pos = list[len(list)-1].End
				continue
			}
		}
		if i == 0 && m.Adjective && (t.class == share || t.class == train) && counterpartsRE.MatchString(low[m.End:]) && nFields(gap) <= 1 {
			out = append(out, m) // "brief their Philippine counterparts", "trained Liberian health workers"
			pos = m.End
			continue
		}
		// partnersWith and inLineWith both need " with"; the first counts
		// only after a verb that gives or sends.
		with := strings.Contains(gap, " with")
		var loc []int
		if with && (t.class == give || t.class == send) {
			loc = partnersWith.FindStringIndex(gap)
		}
		if loc != nil && !strings.Contains(gap[loc[1]:], " to ") && !strings.Contains(gap[loc[1]:], " for ") {
			open = false // "will deliver this initiative together with our partners, including UNICEF"
			pos = m.End
			continue
		}
		if strings.Contains(gap, ", and ") && postOfRE.MatchString(gap) {
			break // "…to China, and the Secretary-General of the League of Arab States, Ahmed Aboul Gheit, sent a message": a new subject
		}
		if strings.Contains(gap, ", and ") && saysVerb(gap) {
			break // "…in the Pacific, and Foreign Minister Mahuta and I spoke about coordinating our efforts"
		}
		if with && inLineWith.MatchString(gap) {
			break // "…, in line with Nigeria's commitment to ECOWAS": a reason, not a recipient
		}
		var wbuf [24]string
		if strings.Contains(gap, " disposal of ") {
			gap = strings.Replace(gap, " at the disposal of ", " to ", 1) // appendAtDisposal's verb: "put 100 million CFA francs at the disposal of the Ministry"
		}
		words := fields(wbuf[:0], gapWords.Replace(gap))
		for k, w := range words {
			kind := gapWordKinds[w] // one lookup for the sets a word of the gap is tested against
			if w == "is" && k > 0 && words[k-1] == "that" {
				continue // "to the Portuguese-speaking African countries: that is, to Angola, Cabo Verde …": the same list, spelt out
			}
			switch {
			case w == "from" && (t.class == send || !(k > 0 && fromSource(words[k-1])) && !(k == 0 && len(out) > 0)):
				open = false // "flights from the UAE": a source, not a recipient; "experts from X" is one, unless sent
			case w == "in" && researchIn && lastWord(words, k):
				open = true // "has run phase III trials in the UAE, Bahrain and Peru"
			case kind&isListPrep != 0: // listPreps[w]
				// "to 120 countries, including Italy" goes on; "help from all
				// partners, including China" goes on being the source.
			case kind&isRecipientPrep != 0 && !(w == "to" && k+1 < len(words) && infinitive(words[k+1])): // recipientPreps[w]
				open = true
			case w == "to" && k+1 < len(words) && infinitive(words[k+1]):
				open = false // "to support the Haitian ministry": a purpose, not a recipient
			case (w == "in" || w == "at") && k > 0 && peers[words[k-1]]:
				open = true // "their counterparts in the United Kingdom", "doctors at the Ministry of Health"
			case w == "in" && open && len(out) == 0 && (k == 0 || words[k-1] != "," && !nationalsBefore(words, k)):
				// "66 million dollars for vaccine access in the Pacific": no one named yet, the place receives
			case w == "by" && k > 0 && afflicted[words[k-1]]:
				// "to 40,000 households affected by floods in Bangladesh": a cause, no agent
			case kind&isClosingPrep != 0 || w == "by" || w == "in" && t.class != arrive: // closingPreps[w]
				open = false
			case len(out) > 0 && kind&isAuxiliary != 0: // auxiliaries[w]
				done = true // "... to Ethiopia have been distributed to ...": another clause
			}
		}
		if n := len(words); n >= 4 && words[n-1] == "of" && compassWords[words[n-2]] && (words[n-3] == "the" && (words[n-4] == "in" || words[n-4] == "to")) {
			open = true // "deployed additional medical teams in the north of Burkina Faso"
		}
		if done || len(words) > 0 && !recipientPreps[words[len(words)-1]] && (strings.Contains(gap, ",") || strings.Contains(gap, " and ")) && (startsClause(low, m.End) || m.Adjective && startsClause(low, wordEnd(low, m.End))) &&
			!(gap == " and " && (objectRelative.MatchString(lastWords(low[:t.start], 4)) || reducedGift(low, t))) { // "the teams we sent to Algeria and Sudan have held", "vaccines donated to Kyrgyzstan and Tajikistan were transported": the relative's list, then the main verb
			break // "..., and Huawei has provided", "…, and many African friends sent us": a new subject
		}
		if open && len(out) > 0 && strings.TrimSpace(gap) == "of" && out[len(out)-1].Of != ref(m) {
			out = out[:len(out)-1] // "to the Pacific island countries of Samoa, Tonga and Vanuatu": the list names them
		}
		if open && len(out) > 0 && out[len(out)-1].Of == ref(m) && strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(gap), " the")) == "of" {
			pos = m.End // "the Civil Protection Department of Italy": the body's country names the body, no second receiver
			continue
		}
		if open && m.Adjective && i+1 < len(right) && namedAfter(low[m.End:right[i+1].Start]) {
			pos = m.End // "to a Chinese company, Jiankang Biologics,": the company named receives
			continue
		}
		if open && m.Pronoun && i+1 < len(right) && (low[m.Start:m.End] == "our" || low[m.Start:m.End] == "their") {
			if g := low[m.End:right[i+1].Start]; strings.HasSuffix(g, " in ") && nFields(g) <= 4 && friendsRE.MatchString(g) {
				pos = m.End // "to our friends in Shizuoka", "to their partners in Japan": the place receives
				continue
			}
		}
		if w := nextWord(low, m.End); open && m.Adjective && (w == "refugees" || w == "migrants" || w == "asylum" || w == "asylum-seekers") {
			pos = m.End // "to UNHCR for Afghan refugees in neighbouring countries", "to Colombia to assist Venezuelan migrants": they are abroad, their country receives nothing
			continue
		}
		if open { // a demonym counts too: "to Italian hospitals" is to Italy
			out = append(out, m)
		}
		pos = m.End
	}
	return out
}

// namedAfter reports whether the words after a demonym make a noun that
// the next name is in apposition to, after a comma: " company, ".
func namedAfter(gap string) bool {
	g, ok := strings.CutSuffix(gap, ", ")
	return ok && companyNoun(g)
}

// companyNamed reports whether the words after a demonym make a noun that
// the next name is in apposition to, with or without a comma: " company ",
// " pharmaceutical firm, ".
func companyNamed(gap string) bool {
	g, ok := strings.CutSuffix(gap, ", ")
	if !ok {
		g, ok = strings.CutSuffix(gap, " ")
	}
	return ok && companyNoun(g)
}

// companyNoun reports whether g, the words after a demonym, ends with a
// noun for a company, in three words or fewer: " pharmaceutical company".
func companyNoun(g string) bool {
	switch lastWords(g, 1) {
	case "company", "companies", "firm", "firms", "enterprise", "enterprises", "manufacturer", "manufacturers", "group":
		return nFields(g) <= 3
	}
	return false
}

// lastWord reports whether words[k] is the last word but articles.
func lastWord(words []string, k int) bool {
	for _, w := range words[k+1:] {
		if w != "the" && w != "a" && w != "an" {
			return false
		}
	}
	return true
}

// saysVerb reports whether a gap holds a verb of saying or meeting: a new
// clause about talk, not a recipient list.
func saysVerb(gap string) bool {
	for w := range strings.FieldsSeq(gap) {
		switch w {
		case "spoke", "said", "discussed", "agreed", "talked", "noted", "thanked", "welcomed", "added", "stressed", "met", "called":
			return true
		}
	}
	return false
}

// gapWordKinds tells, for a word, which of listPreps, recipientPreps,
// closingPreps and auxiliaries hold it, so that recipientsOf looks a word
// of a gap up once.
var gapWordKinds = func() map[string]uint8 {
	kinds := map[string]uint8{}
	for kind, set := range map[uint8]map[string]bool{isListPrep: listPreps, isRecipientPrep: recipientPreps, isClosingPrep: closingPreps, isAuxiliary: auxiliaries} {
		for w, in := range set {
			if in {
				kinds[w] |= kind
			}
		}
	}
	return kinds
}()

const (
	isListPrep uint8 = 1 << iota
	isRecipientPrep
	isClosingPrep
	isAuxiliary
)

// listPreps continue the phrase before them, whatever it names.
var listPreps = map[string]bool{"including": true, "include": true, "includes": true, "like": true, "as": true}

// nationals are people of one's own country abroad: help "to 35,000
// workers in Kuwait" is not help to Kuwait.
var nationals = map[string]bool{"nationals": true, "citizens": true, "ofws": true, "workers": true, "students": true, "residents": true,
	"people": true, "compatriots": true, "expatriates": true, "migrants": true, "diaspora": true, "tourists": true, "travellers": true,
	"travelers": true, "pilgrims": true, "seafarers": true, "filipinos": true, "indians": true, "nepalis": true, "pakistanis": true}

// partnersWith opens a phrase naming who works with the giver, not who
// receives.
var partnersWith = scan.MustCompile(`\b(?:together|along|jointly) with\b|\bin (?:partnership|cooperation|collaboration|coordination) with\b`)

// inLineWith opens a reason between a recipient list and what follows it.
var inLineWith = scan.MustCompile(`\bin (?:line|accordance|keeping) with\b`)

// gapWords makes a comma a word of its own and drops brackets, so that the
// words between two mentions can be read one by one. Its old strings are
// single bytes, which keeps strings.NewReplacer on its fast path (a
// phrase among them made every gap's replacement four times dearer).
var gapWords = strings.NewReplacer(",", " , ", "(", " ", ")", " ")

// startsClause reports whether the words after a mention make it the subject
// of a new clause: an auxiliary or a verb in the past follows it.
func startsClause(low string, at int) bool {
	if rest := strings.TrimLeft(low[at:], " "); strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 && k < 40 {
			at = len(low) - len(rest) + k + 1 // "the Turkish Red Crescent (Kızılay) distributed": the name's own words in brackets
		}
	}
	var buf [24]string
	fs := fields(buf[:0], low[at:min(len(low), at+40)])
	if len(fs) == 0 {
		return false
	}
	w := strings.Trim(fs[0], ",.;:")
	if (w == "also" || w == "then" || w == "later" || w == "too" || w == "itself") && len(fs) > 1 {
		// "the Chinese Embassy also gave us"
		at += strings.Index(low[at:], fs[0]) + len(fs[0])
		w = strings.Trim(fs[1], ",.;:")
	}
	if auxiliaries[w] || w == "used" || w == "uses" { // "…, and the World Food Programme used it to deliver"
		return true
	}
	if controlVerbs[w] && len(fs) > 1 && fs[1] == "to" {
		return true // "…, and China plans to send", "continues to send"
	}
	// A verb right after the spaces: every verb starts with a letter, so no
	// match can start among the spaces before it.
	rest := low[at:]
	return verbRE.MatchAt(rest, len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsSpace)))
}

// nationalsBefore reports whether words[k-1], before an "in", names
// one's own people abroad ("35,000 workers in Kuwait"), not a profession
// of the place ("medical workers in Zambia").
func nationalsBefore(words []string, k int) bool {
	if w := words[k-1]; (w == "migrants" || w == "refugees") && !(k >= 2 && possessivePronoun[words[k-2]]) {
		return false // "hygiene kits to stranded migrants in Niger": the place's, unless "our migrants in Libya"
	}
	return nationals[words[k-1]] && !(k >= 2 && (words[k-2] == "medical" || words[k-2] == "health"))
}

// wordEnd is where the word after the spaces at low[at:] ends: the noun
// an adjective qualifies.
func wordEnd(low string, at int) int {
	i := at
	for i < len(low) && low[i] == ' ' {
		i++
	}
	for i < len(low) && low[i] != ' ' {
		i++
	}
	return i
}

// infinitive reports whether w after "to" is a verb: "to support", "to help".
func infinitive(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "our", "his", "her", "all", "many", "some", "more", "other", "both", "each", "every", "over", "about", "nearly", "around":
		return false
	}
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, v := range []string{"support", "help", "assist", "strengthen", "fight", "combat", "contain", "treat", "discuss", "share", "improve", "boost", "build", "prevent", "control", "deal", "cope", "tackle", "curb", "meet", "respond", "save", "protect", "ensure", "provide", "jointly", "work", "study", "exchange", "aid", "bolster", "enhance", "expand", "address", "make", "be", "pay", "thank", "express", "show"} {
		if w == v {
			return true
		}
	}
	return false
}

// sources are the nouns after which "from X" names who takes part:
// "experts from the WHO", "countries from Africa".
var sources = map[string]bool{"experts": true, "officials": true, "doctors": true, "scientists": true, "specialists": true,
	"representatives": true, "participants": true, "counterparts": true, "colleagues": true, "countries": true,
	"people": true, "authorities": true, "workers": true, "staff": true, "professionals": true, "researchers": true,
	"members": true, "delegates": true, "students": true, "nations": true, "states": true, "organizations": true, "organisations": true, "friends": true, "partners": true}

// fromSource reports whether "from X" after word w names who takes part:
// people or places ("experts from", "technicians from"), not goods or
// trips ("flights from", "imports from").
func fromSource(w string) bool {
	if sources[w] {
		return true
	}
	switch w {
	case "flights", "imports", "exports", "shipments", "purchases", "supplies", "donations", "funds", "returns", "citizens", "nationals", "tourists", "travellers", "travelers", "cases", "arrivals", "goods", "products", "orders",
		"dollars", "euros", "yuan", "yen", "pounds", "francs", "rupees", "won", "rmb": // "1.2 million US dollars from the LMC Special Fund": the money's source, not its receiver
		return false
	}
	return strings.HasSuffix(w, "s")
}

// objectPronoun reports whether "it", "them" or "the three countries" (a
// list of mentions) is the receiving object of the trigger: "provided it
// with test kits", "helped them", "provided the three countries with our
// protocol".
func objectPronoun(low string, list []Mention, t trigger) bool {
	return t.class == help || hasWordPrefix(strings.TrimLeft(low[list[len(list)-1].End:], " "), "with")
}

// peers are nouns after which "in X" names whom one works with.
var peers = map[string]bool{"countries": true, "nations": true, "laboratories": true, "labs": true, "institutions": true, "institutes": true, "universities": true, "centres": true, "centers": true, "city": true, "province": true, "families": true, "residents": true, "communities": true, "patients": true, "hospital": true, "authorities": true, "officials": true, "cities": true, "provinces": true, "regions": true, "states": true, "counterpart": true, "counterparts": true, "colleagues": true, "experts": true, "scientists": true, "doctors": true, "hospitals": true, "partners": true, "people": true,
	"technicians": true, "nurses": true, "vaccinators": true, "specialists": true, "researchers": true, "epidemiologists": true, "teams": true}

// auxiliaries open a new verb group.
// controlVerbs take "to" and the verb of the act: "China plans to send".
var controlVerbs = map[string]bool{"plans": true, "planned": true, "continues": true, "continued": true, "decided": true, "decides": true, "wants": true, "wanted": true, "intends": true, "intended": true, "hopes": true, "hoped": true, "agreed": true, "agrees": true, "pledged": true, "pledges": true, "promised": true, "promises": true, "aims": true, "aimed": true, "seeks": true, "sought": true, "offered": true, "offers": true, "expects": true, "expected": true, "undertook": true, "undertakes": true, "managed": true, "began": true, "begins": true, "started": true, "starts": true, "went": true, "needs": true, "prepares": true, "prepared": true}

var auxiliaries = map[string]bool{"have": true, "has": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true, "would": true, "been": true}

func isDirectObject(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "" || g == "the" || g == "every" || g == "all" // "reached every African country"
}

// through is the body of country c named in "c, through its agency X,"
// before the verb: the body acts for its country. A channel that is not
// c's own ("through the WHO") gives nothing, and nor does, with
// missions false, an embassy or a consulate ("provided test kits to Japan
// through the Chinese Embassy": the government's channel).
func through(low string, left []Mention, c string, missions bool) string {
	for _, m := range left {
		if m.Of == c && (missions || !m.Mission) && (prevWord(low, m.Start) == "through" || throughIts(lastWords(low[:m.Start], 4))) {
			return m.Ref
		}
	}
	return ""
}

// throughIts reports whether the words before a body, lw, hold "through
// its" as words: "through its aid agency", "through its".
func throughIts(lw string) bool {
	k := strings.Index(lw, "through its")
	return k == 0 || k > 0 && lw[k-1] == ' '
}

// helpPhrases name the giver of help received: "thanks to the support of
// X", "with assistance from X", "courtesy of X".
var helpPhrases = append([]string{"assistance from", "support from", "help from", "donated by"}, helperPhrases...)

// helperPhrases name one whose help made something happen, not a source
// of goods: "With the help of the World Health Organization, 40 teams were
// trained".
var helperPhrases = []string{"support of", "help of", "assistance of", "thanks to", "courtesy of"}

// afterPhrase is the first mention of ms written right after one of the
// phrases (an article or "our" between them aside), or "".
func afterPhrase(low string, ms []Mention, phrases ...string) string {
	for _, m := range ms {
		if m.Object {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(lastWords(low[:headStart(low, m.Start)], 5), " the"), " our") // "at the request of the government of Equatorial Guinea"
		for _, p := range phrases {
			if strings.HasSuffix(w, p) {
				return ref(m)
			}
		}
	}
	return ""
}

// adjectiveActor is the provider named as an adjective or possessive in the
// subject of an arrival ("the Chinese medical team arrived in").
func adjectiveActor(low string, left []Mention) string {
	for i := len(left) - 1; i >= 0; i-- {
		if asideFrom(low[:headStart(low, left[i].Start)]) {
			continue // "Aside from the Sinovac donation, doses from COVAX": set apart
		}
		if left[i].Pronoun && low[left[i].Start:left[i].End] == "us" {
			return "" // an object: "sent us 10,000 suits, and 20 tonnes … arrived"; an adjective before it is another clause's
		}
		if left[i].Adjective || left[i].Pronoun && !left[i].Object && !prepositions[prevWord(low, left[i].Start)] {
			return ref(left[i]) // not the "our" of "The Chinese medical team working at our main teaching hospital"
		}
	}
	return ""
}

// possessor is the owner of a noun trigger: "China's aid", "Chinese aid",
// "its aid" resolved by the caller as a pronoun mention, "our assistance".
func possessor(low string, left []Mention, at int) string {
	if len(left) == 0 {
		return ""
	}
	m := left[len(left)-1]
	if m.Object {
		return ""
	}
	gap := strings.TrimSpace(low[m.End:at])
	if m.Pronoun && gap != "" && !possessivePronoun[low[m.Start:m.End]] {
		return "" // "We welcome all help": "we" owns nothing
	}
	if gap == "" || gap == "'s" || gap == "’s" || nFields(gap) <= 2 && (m.Adjective || m.Pronoun || strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s")) {
		return ref(m)
	}
	return ""
}

var possessivePronoun = map[string]bool{"our": true, "its": true, "their": true, "his": true, "her": true}

// ownedByIts reports whether the noun phrase before a noun trigger opens
// with "its" or "their" ("their support and help").
func ownedByIts(pre string) bool {
	var buf [4]string
	ws := fields(buf[:0], lastWords(pre, 4))
	for i := len(ws) - 1; i >= 0; i-- {
		switch strings.Trim(ws[i], ",") {
		case "its", "their":
			return true
		case "for", "to", "with", "from", "by", "of", "and", "the":
			if ws[i] != "and" {
				return false
			}
		}
	}
	return false
}

// thankedFor returns the ones thanked for the noun phrase that ends at at
// ("thank Turkey and Russia for the donation of", "grateful to the
// Government of India for its generous donation of"), who gave what it
// names, and the one who thanks them, who received it: the actor named
// before the thanks, "" for none (the speaker's side), nil and "" when no
// one is thanked.
func thankedFor(low string, left []Mention, begin, at int) (givers []string, thanker string) {
	k := strings.LastIndex(low[begin:at], " for ")
	if k < 0 || nFields(low[begin+k+len(" for "):at]) > 3 {
		return nil, ""
	}
	k += begin
	i := len(left) - 1
	for i >= 0 && left[i].End > k {
		i--
	}
	if i < 0 || left[i].Pronoun || strings.TrimSpace(low[left[i].End:k]) != "" {
		return nil, ""
	}
	j := i
	for j > 0 && !left[j-1].Pronoun && coordinatedGap(low[left[j-1].End:left[j].Start]) {
		j--
	}
	head := headStart(low, left[j].Start)
	var buf [3]string
	ws := fields(buf[:0], lastWords(low[begin:head], 3))
	for n := len(ws) - 1; n >= 0; n-- {
		w := strings.Trim(ws[n], ",")
		if !strings.HasPrefix(w, "thank") && !(w == "to" && n > 0 && thankedHeads[ws[n-1]]) {
			continue
		}
		for _, m := range left[j : i+1] {
			givers = append(givers, ref(m))
		}
		if j > 0 && left[j-1].End <= head {
			thanker = ref(left[j-1]) // "Italy thanked China for", "we are grateful to"
		}
		return givers, thanker
	}
	return nil, ""
}

// ownPronoun is the speaker's side named by "our" in the object ("sharing
// our experience with") when the clause has no subject.
func ownPronoun(right []Mention) string {
	for _, m := range right {
		if m.Pronoun && !m.Object {
			return ref(m)
		}
	}
	return ""
}

// without returns rs less x. When x is not in rs it returns rs itself,
// capped at its length so that an append copies it (no caller writes
// into it).
func without(rs []string, x string) []string {
	if !slices.Contains(rs, x) {
		return rs[:len(rs):len(rs)]
	}
	out := rs[:0:0]
	for _, r := range rs {
		if r != x {
			out = append(out, r)
		}
	}
	return out
}

func prevWord(low string, at int) string {
	if w, ok := prevWordASCII(low, at); ok {
		return w
	}
	var buf [24]string
	fs := fields(buf[:0], low[max(0, at-40):at])
	for i := len(fs) - 1; i >= 0; i-- {
		switch fs[i] {
		case "the", "a", "an":
			continue
		}
		return strings.Trim(fs[i], ",")
	}
	return ""
}

// genericSubject reports whether a clause's subject is countries unnamed:
// "Some countries have also sent".
func genericSubject(pre string) bool {
	for _, w := range []string{"some countries", "many countries", "several countries", "other countries", "a number of countries", "many other countries"} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// byDescription reports whether a passive's agent is a description with no
// name, standing for the giver named before: "donated by the company".
func byDescription(scope string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(scope, " "), "by the ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	switch strings.Trim(w, ",.") {
	case "company", "firm", "group", "foundation", "charity", "society", "government", "organization", "organisation", "bank", "agency", "ministry", "province", "city", "enterprise", "corporation":
		return true
	}
	return false
}

// impliedReceipt reports whether goods handed over with no recipient named
// went to the speaker's side: "Japan donated 5,000 test kits last week",
// said in the receiving country's briefing.
func impliedReceipt(s, low string, t trigger, passive, funds bool) bool {
	v := low[t.start:t.end]
	if t.noun {
		// "The Chinese government's donation of 500,000 doses was timely",
		// said by the receiver.
		return (strings.HasPrefix(v, "donation") || strings.HasPrefix(v, "gift")) && strings.HasPrefix(low[t.end:], " of ") && noRecipientPhrase(s[t.end:len(low)], false)
	}
	if passive || prevWord(low, t.start) == "would" {
		return false // "has said it would provide assistance, but …"
	}
	flownIn := strings.HasPrefix(low[t.start:], "flew in ") || strings.HasPrefix(low[t.start:], "flown in ") // "Kazakhstan flew in 13 tonnes of medical supplies"
	if !(t.class == give && (givesOver(v) || releasedFunds(v, funds))) && !(t.class == send && (strings.HasPrefix(v, "sen") || strings.HasPrefix(v, "deploy") || strings.HasPrefix(v, "dispatch") || strings.HasPrefix(v, "carrying") || strings.HasPrefix(v, "br") || flownIn)) && t.class != train {
		return false // "PAHO has trained 45 nurses and doctors from the regional hospitals", said by the receiver, trains (an organisation's training: the caller's test)
	}
	rest := s[t.end:len(low)]
	for _, p := range []string{", which we ", ", which our ", ", and these ", ", and they are being "} {
		if k := strings.Index(low[t.end:], p); k >= 0 && k < len(rest) {
			rest = rest[:k] // "sent hand sanitiser and soap, which we are distributing to the outer islands", "…, and these are being distributed to the provinces": the receiver's own use
		}
	}
	return noRecipientPhrase(rest, false)
}

// notReceiverTo are the words after which "to" names no receiver: it
// opens an infinitive ("how to", "in order to", "able to") or says more,
// how much or why ("in addition to", "up to", "close to", "compared to",
// "prior to", "due to", "according to").
var notReceiverTo = map[string]bool{"how": true, "what": true, "where": true, "when": true, "whether": true, "order": true, "able": true,
	"addition": true, "up": true, "close": true, "compared": true, "prior": true, "due": true, "according": true}

// releasedFunds reports whether a give verb v releases money (funds):
// "The European Union has released €1.5 million in humanitarian funding",
// not information.
func releasedFunds(v string, funds bool) bool {
	return funds && strings.HasPrefix(v, "releas")
}

// givesOver reports whether a give verb hands goods or money over, so
// that, with no recipient named, someone the scene knows received them.
func givesOver(v string) bool {
	return handOver.MatchString(v) || impliedGive.MatchString(v)
}

// topicReceipt reports whether help given with no recipient named went to
// the country the sentence or the question before it is about: the
// implied receipt's verbs, and teams and goods sent.
func topicReceipt(s, low string, ms []Mention, topic string, t trigger, passive, funds bool) bool {
	if t.noun || passive || t.class != give && t.class != send && t.class != arrive && t.class != train && t.class != care || attributive[prevWord(low, t.start)] || prevWord(low, t.start) == "would" {
		return false // "about a second batch of donated doses": no one gave yet
	}
	v := low[t.start:t.end]
	if t.class == give && !givesOver(v) && !releasedFunds(v, funds) {
		return false // "releasing information"
	}
	if habitual(low, t) {
		return false // "All the supplies we donate pass strict inspection", in answer to a question on the Netherlands
	}
	return noRecipientPhrase(unnamedPlaces(s[:len(low)], ms, topic, t.end)[t.end:], true)
}

// habitual reports whether a verb is in the simple present after "we",
// "they" or "I": what one does as a rule, not an act told.
func habitual(low string, t trigger) bool {
	switch prevWord(low, t.start) {
	case "we", "they", "i":
	default:
		return false
	}
	verb, _, _ := strings.Cut(low[t.start:t.end], " ")
	return !strings.HasSuffix(verb, "ed") && !irregularPast[verb]
}

// irregularPast are the past forms of the verbs of giving and sending
// that do not end in "ed".
var irregularPast = map[string]bool{"sent": true, "gave": true, "given": true, "brought": true, "built": true, "lent": true, "made": true, "took": true, "held": true, "flew": true, "flown": true, "put": true, "set": true, "taught": true, "led": true}

// unnamedPlaces is s with the capitalised words from offset from on that
// no mention covers, or that name the topic, written in lower case: in a
// sentence about a country ("In Zimbabwe, the team went to Chimanimani",
// "… trained 120 nurses in Freetown"), a place no gazetteer knows, or one
// of the country's own, is somewhere in it, not another receiver.
func unnamedPlaces(s string, ms []Mention, topic string, from int) string {
	return lowerPlaces(s, ms, topic, from, func(string, int) bool { return true })
}

// ownPlaces is s with the capitalised words from offset from that name
// self's own places written in lower case: "cleared at Urumqi airport",
// said in Beijing, names no other receiver; so does a town no gazetteer
// knows (unknownTown), which a briefing names as one of its own. A longer
// unknown name ("in Tigray Region", "to the Secretariat for Risk
// Management") still may name another receiver.
func ownPlaces(s string, ms []Mention, self string, from int) string {
	return lowerPlaces(s, ms, self, from, unknownTown)
}

// unknownTown reports whether s[i:], which no mention covers, opens with
// one capitalised word after "in", "to" or "at" and before no other
// capitalised word: a town no gazetteer knows ("the hospital in
// Zrenjanin", "to Cianjur").
func unknownTown(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	if w := before[strings.LastIndexByte(before, ' ')+1:]; w != "in" && w != "to" && w != "at" {
		return false
	}
	end := i
	for end < len(s) && (unicode.IsLetter(rune(s[end])) || s[end] >= utf8.RuneSelf || s[end] == '-') {
		end++
	}
	rest := strings.TrimLeft(s[end:], " ")
	return end-i >= 3 && !(rest != "" && rest[0] >= 'A' && rest[0] <= 'Z')
}

// lowerPlaces lower-cases, in s from offset from, the capitalised words of
// mentions that stand for side and those no mention covers that unknown
// (given s and the word's offset) takes for side's too.
func lowerPlaces(s string, ms []Mention, side string, from int, unknown func(s string, i int) bool) string {
	b := []byte(s)
	for i := from; i < len(b); i++ {
		if b[i] < 'A' || b[i] > 'Z' || i > 0 && b[i-1] != ' ' {
			continue
		}
		named, covered := false, false
		for _, m := range ms {
			if m.Start <= i && i < m.End {
				named, covered = ref(m) != side, true
				break
			}
		}
		if !named && (covered || unknown(s, i)) {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// attributive are the words before a participle used as an adjective.
var attributive = map[string]bool{"of": true, "the": true, "a": true, "an": true, "more": true, "further": true, "additional": true, "with": true, "our": true, "their": true, "its": true, "newly": true, "recently": true}

// compassWords name a part of a country: "in the north of Burkina Faso".
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true, "centre": true, "center": true, "interior": true}

// friendsRE: whom "our" names abroad, not the speaker's own ("our embassy
// in Kathmandu").
var friendsRE = scan.MustCompile(`\b(?:friends|partners|brothers|sisters|counterparts|colleagues|sister cities|partner cities|partner regions)\b`)

// goodsWord reports whether ws, after "together with", open more of what
// is sent ("vehicles", "20 tonnes"), not whom one works with ("our
// partners", "experts").
func goodsWord(ws []string) bool {
	for _, w := range ws {
		w = strings.ToLower(strings.TrimRight(w, ".,;:"))
		switch w {
		case "the", "a", "an":
			continue // "together with a letter from the governor"
		case "our", "their", "its", "his", "her", "local", "other":
			return false
		}
		return !peers[w]
	}
	return false
}

// ownGear reports whether ws, after "with", open a team's own gear: "its
// equipment", "their own vehicles and search dogs".
func ownGear(ws []string) bool {
	if len(ws) < 2 || !possessivePronoun[strings.ToLower(ws[0])] {
		return false
	}
	w := strings.ToLower(strings.TrimRight(ws[1], ".,;:"))
	if w == "own" && len(ws) > 2 {
		w = strings.ToLower(strings.TrimRight(ws[2], ".,;:"))
	}
	return gear[w] || firstNoun(w, 0, len(w)) == voc.Supplies
}

// gear is what a team takes with it besides goods: "its vehicles", "their
// own search dogs".
var gear = map[string]bool{"vehicles": true, "tools": true, "machinery": true, "boats": true, "dogs": true, "search": true, "rescue": true, "pumps": true, "gear": true}

// countedCrew reports whether ws end with a number of people a team is
// made of: "20 firefighters", "35 doctors and nurses".
func countedCrew(ws []string) bool {
	j := len(ws) - 1
	if j < 1 || !crewWords[strings.ToLower(ws[j])] {
		return false
	}
	for j > 0 && (crewWords[strings.ToLower(ws[j])] || strings.EqualFold(ws[j], "and")) {
		j--
	}
	return countWord(strings.ToLower(ws[j]))
}

// crewWords are the people a team is made of, whose "with" is what they
// take: "firefighters with drones", "rescuers with search dogs".
var crewWords = map[string]bool{"firefighters": true, "rescuers": true, "doctors": true, "nurses": true, "experts": true, "specialists": true,
	"engineers": true, "personnel": true, "staff": true, "volunteers": true, "medics": true, "paramedics": true, "operators": true, "technicians": true, "soldiers": true, "troops": true}

// helpWith are the verbs after which "with" names a task: "help with
// epidemic prevention", "assist with the response".
var helpWith = map[string]bool{"help": true, "helping": true, "helps": true, "assist": true, "assisting": true, "assists": true}

// noRecipientPhrase reports whether the rest of a clause after its verb
// (as written, not lower-cased) names no one to give to, and no place:
// "to", "for", "with" or "in Kabul" would; "in August", "in 2020" or "in
// humanitarian aid" would not. Lenient, "to" names someone only with a
// name or a pronoun, as "for" does ("went to the hospitals").
// reducedGift reports whether trigger t is a participle after the goods
// it qualifies, a word the supplies lexicon types: "Chinese vaccines
// donated to …", "the supplies sent to …".
func reducedGift(low string, t trigger) bool {
	if !strings.HasSuffix(low[t.start:t.end], "ed") && !strings.HasSuffix(low[t.start:t.end], "sent") {
		return false
	}
	end := len(strings.TrimRight(low[:t.start], " "))
	return firstNoun(low, strings.LastIndexByte(low[:end], ' ')+1, end) == voc.Supplies
}

// localFacilities reports whether ws open with a country's own health
// facilities, named by their level and no name: "provincial hospitals",
// "district health centres", "the regional laboratories" (not "local
// hospitals", which the givers' own may be).
func localFacilities(ws []string) bool {
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "provincial", "district", "regional", "rural", "referral", "county", "municipal":
	default:
		return false
	}
	for _, w := range ws[1:min(3, len(ws))] {
		switch strings.ToLower(strings.Trim(w, ".,;:")) {
		case "hospitals", "clinics", "laboratories", "centres", "centers", "facilities":
			return true
		}
	}
	return false
}

func noRecipientPhrase(rest string, lenient bool) bool {
	ws := strings.Fields(rest)
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "to", "for":
			if w == "to" && i+1 < len(ws) && taskVerbs[ws[i+1]] {
				return true // "put three helicopters at our disposal to carry patients and medicines to isolated localities": the rest is the task's
			}
			if purposeAfter(ws[i+1:]) {
				continue // "donated 5 million yuan to the relief efforts"
			}
			if w == "to" && i > 0 && notReceiverTo[strings.ToLower(ws[i-1])] {
				continue // "were trained online by the SPC on how to run the tests", "gifted another 600,000 doses, in addition to the 1.1 million doses"
			}
			if i+1 < len(ws) && strings.EqualFold(ws[i+1], "our") {
				continue // "tankers carrying fuel for our hospital generators": the speaker's side is the receiver
			}
			if localFacilities(ws[i+1:]) {
				continue // "will provide 20 oxygen concentrators to provincial hospitals": the speaker's side's own
			}
			if countedGroup(ws[i+1:]) {
				return false // "to about 150 countries and international organizations": receivers, if none named
			}
			if (w == "for" || lenient) && !namesSomeone(ws[i+1:]) {
				continue // "for food and nutrition assistance in the drought-affected counties", "for the victims"
			}
			return false
		case "with", "among", "between":
			if w == "with" && i > 0 && (loadedWith[strings.ToLower(ws[i-1])] || vehicleRE.MatchString(strings.ToLower(ws[i-1]))) {
				continue // "three aircraft loaded with disinfectant", "a plane with protective suits": the cargo, not a partner
			}
			if w == "with" && i > 0 && i+1 < len(ws) && (strings.EqualFold(ws[i-1], "together") || strings.EqualFold(ws[i-1], "along")) && !namesSomeone(ws[i+1:]) && goodsWord(ws[i+1:]) {
				continue // "eight mobile brigades of military doctors, together with vehicles for the sanitisation": more of what was sent
			}
			if w == "with" && i > 0 && helpWith[strings.ToLower(ws[i-1])] && !namesSomeone(ws[i+1:]) {
				continue // "sent a medical team to help with epidemic prevention": the task, not a partner
			}
			if w == "with" && countedCrew(ws[:i]) && !namesSomeone(ws[i+1:]) {
				continue // "sent a team of 20 firefighters with drones": what a counted crew takes, not a partner (not "provided the team with access")
			}
			if w == "with" && ownGear(ws[i+1:]) {
				continue // "will send a pumping team with its equipment next week": what the team takes, not a partner
			}
			if w == "with" && i > 0 && strings.EqualFold(ws[i-1], "each") && !namesSomeone(ws[i+1:]) {
				continue // "two field hospitals, each with 500 beds": what each holds, not a partner
			}
			return false
		case "in", "at":
			next := ""
			if i+1 < len(ws) {
				next = strings.Trim(ws[i+1], ".,")
			}
			if next == "the" && i+2 < len(ws) {
				next = strings.Trim(ws[i+2], ".,")
			}
			if countriesAfter(ws[i+1:]) {
				return false // "to help with the response, especially in developing countries": receivers, if none named
			}
			if next != "" && !months[strings.ToLower(next)] && unicode.IsUpper([]rune(next)[0]) {
				return false // "in Kabul", "at the Bole International Airport"
			}
		}
	}
	return true
}

// namesSomeone reports whether the phrase opening ws, up to its next
// preposition or punctuation, names someone: a capitalised word ("for the
// Ministry of Health") or a pronoun that stands for one ("for them").
func namesSomeone(ws []string) bool {
	for _, w := range ws {
		bare := strings.TrimRight(w, ".,;:)")
		switch strings.ToLower(bare) {
		case "them", "it", "him", "her", "us", "you":
			return true
		case "and", "of":
			continue
		case "in", "at", "to", "from", "with", "by", "through", "which", "that", "who":
			return false
		}
		if bare != "" && unicode.IsUpper([]rune(bare)[0]) && !strings.ContainsAny(bare, "0123456789") {
			return true // a name; "COVID-19" is none
		}
		if bare != w {
			return false // the phrase ends at its punctuation
		}
	}
	return false
}

// loadedWith are the words before "with" that say what a carrier holds.
var loadedWith = map[string]bool{"loaded": true, "laden": true, "filled": true, "packed": true, "stocked": true, "stuffed": true}

// countedGroup reports whether words name a number of countries or
// bodies: "about 150 countries", "more than 30 international organizations".
func countedGroup(ws []string) bool {
	for len(ws) > 0 {
		switch strings.ToLower(ws[0]) {
		case "about", "some", "over", "nearly", "almost", "around", "more", "than", "at", "least":
			ws = ws[1:]
			continue
		}
		break
	}
	if len(ws) < 2 || !strings.ContainsAny(ws[0][:1], "0123456789") {
		return false
	}
	for _, w := range ws[1:min(len(ws), 3)] {
		switch strings.ToLower(strings.TrimRight(w, ".,;")) {
		case "countries", "nations", "states", "organizations", "organisations", "regions", "economies":
			return true
		}
	}
	return false
}

// countriesAfter reports whether the next three words name countries as
// a group: "developing countries", "the countries concerned".
func countriesAfter(ws []string) bool {
	for _, w := range ws[:min(len(ws), 3)] {
		switch strings.ToLower(strings.TrimRight(w, ".,;")) {
		case "countries", "nations", "economies":
			return true
		}
	}
	return false
}

// purposeAfter reports whether the words after "to" or "for" name a cause
// rather than a receiver: "the relief efforts", "the fight against".
func purposeAfter(ws []string) bool {
	if len(ws) > 0 && strings.ToLower(ws[0]) == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	switch strings.ToLower(strings.Trim(ws[0], ",.")) {
	case "relief", "rescue", "recovery", "reconstruction", "fight", "response", "efforts", "effort",
		"treat", "help", "support", "assist", "reinforce", "strengthen", // "deployed a team to treat the wounded in Karantina"
		"expand", "improve", "upgrade", "build", "rebuild", "repair", "equip", "boost", "combat", "contain", "prevent", "protect", "cover", "buy", "purchase", // "grant aid of 2.1 billion yen to expand the cold chain"
		"affected", "victims", "injured", "wounded", "displaced", "families", "communities", "people", "hardest-hit", "worst-hit", "quake-hit", "flood-hit", "disaster-hit", "stricken", // "donated 10 million yen to the affected areas"
		"quake", "earthquake", "disaster", "flood", "flooded", "cyclone", "typhoon", "hurricane": // "sent tents, sleeping bags and heaters to the quake zone"
		return true
	}
	return false
}

// taskVerbs open the task of what was given, whose own phrases name no
// receiver: "to carry patients to isolated localities".
var taskVerbs = map[string]bool{"carry": true, "transport": true, "evacuate": true, "ferry": true, "distribute": true, "detect": true, "vaccinate": true, "purify": true, "feed": true, "shelter": true}

// RequesterIn is the Ref of the one country or body that a sentence,
// lower-cased by Lower (low), says asked for help ("Sudan has asked us
// for medical supplies"), or "": what the next sentences give with no
// receiver named goes to it.
func RequesterIn(low string, ms []Mention) string {
	requested := strings.Contains(low, "request") // most sentences ask for nothing: no search before each name
	for _, m := range ms {
		if m.Pronoun || m.Object || m.Adjective {
			continue
		}
		if askedRE.MatchString(low[m.End:]) || requested && requestFromRE.MatchString(strings.TrimSuffix(lastWords(low[:headStart(low, m.Start)], 7), " the")) {
			return ref(m) // "Sudan has asked us for", "Following a request for assistance from the Government of India"
		}
	}
	return ""
}

// compassOnly reports whether the words before a topic's name are none or
// a part of it: "In southern Madagascar, where people are suffering from
// a severe drought, China delivered 1,000 tons of rice".
func compassOnly(w string) bool {
	switch w {
	case "", "southern ", "northern ", "eastern ", "western ", "central ", "north-eastern ", "north-western ", "south-eastern ", "south-western ", "northeastern ", "northwestern ", "southeastern ", "southwestern ":
		return true
	}
	return false
}

// StrickenIn is the Ref of the one country a sentence, lower-cased by
// Lower (low), says a disaster struck ("after the volcanic eruption in
// Tonga", "Haiti was hit hard by the earthquake"), or "" (a town is no
// receiver: "the floods in Zhengzhou"): what the next sentences give with
// no receiver named goes to it.
func StrickenIn(low string, ms []Mention) string {
	named := disasterWordRE.FindAllStringIndex(low)
	if len(named) == 0 {
		return ""
	}
	found := ""
	for i, m := range ms {
		if m.Pronoun || m.Object || m.Adjective || !strings.Contains(m.Ref, "country/") {
			continue
		}
		// Before a country, only within reach of a disaster named before it.
		near := slices.ContainsFunc(named, func(loc []int) bool { return loc[1] <= m.Start && m.Start-loc[0] <= 80 })
		if !(near && struckBeforeRE.MatchString(low[max(0, m.Start-80):m.Start])) && !struckAfterRE.MatchString(low[m.End:]) {
			continue
		}
		if i+1 < len(ms) {
			switch low[m.End:ms[i+1].Start] {
			case " and ", ", ", ", and ":
				return "" // "the earthquakes in Türkiye and Syria": no one topic
			}
		}
		if found != "" && found != m.Ref {
			return "" // "after the floods in Pakistan … the earthquake in Afghanistan": no one topic
		}
		found = m.Ref
	}
	return found
}

// NamesDisaster reports whether low, lower-cased, names a disaster: an
// earthquake, floods, an eruption, a cyclone…
func NamesDisaster(low string) bool {
	return disasterWordRE.MatchString(low)
}

// TopicOf is the Ref of the one entity a sentence, lower-cased by Lower
// (low), opens by saying it is about, "As for Pakistan, …", "On Haiti,
// which countries …?", or ""; ms are its mentions.
func TopicOf(low string, ms []Mention) string {
	rest := ""
	for _, p := range topicPhrasesBy[firstByte(low)] {
		if r, ok := strings.CutPrefix(low, p); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return itemTopic(low, ms)
	}
	comma := strings.Index(rest, ",")
	if comma < 0 {
		return ""
	}
	end := len(low) - len(rest) + comma
	in := mentionsIn(ms, len(low)-len(rest), end)
	if len(in) != 1 || in[0].Pronoun || !compassOnly(strings.TrimPrefix(low[len(low)-len(rest):in[0].Start], "the ")) {
		return "" // "On behalf of China, …" is not about China
	}
	return ref(in[0])
}

// itemOpeners open a sentence that names the next item of a briefing:
// "First, Türkiye.", "Second, Greece, which activated the Mechanism".
var itemOpeners = byFirstByte([]string{"first, ", "second, ", "third, ", "fourth, ", "fifth, ", "next, ", "finally, ", "lastly, ", "now, ", "turning to "})

// itemTopic is the Ref of the one country or body a sentence names as
// the next item of a briefing and says no more of (what follows is ", which
// …" or ", where …" at most), or "".
func itemTopic(low string, ms []Mention) string {
	for _, p := range itemOpeners[firstByte(low)] {
		if strings.HasPrefix(low, p) {
			in := mentionsIn(ms, len(p), len(low))
			if len(in) == 0 || in[0].Pronoun || strings.TrimPrefix(low[len(p):in[0].Start], "the ") != "" {
				return ""
			}
			rest := strings.TrimRight(low[in[0].End:], " \n")
			if rest == "." || rest == ":" || strings.HasPrefix(rest, ", which ") || strings.HasPrefix(rest, ", where ") {
				return ref(in[0])
			}
			return ""
		}
	}
	return ""
}

// requester is who a sentence opens by saying asked for the help, "At
// the request of the Myanmar side, …", or "".
func requester(low string, ms []Mention, at int) []string {
	if !strings.HasPrefix(low, "at the request of ") && !strings.HasPrefix(low, "upon the request of ") {
		return nil
	}
	intro := mentionsIn(ms, 0, introPhraseEnd(low, at))
	for i, m := range intro {
		if strings.HasSuffix(strings.TrimSuffix(lastWords(low[:headStart(low, m.Start)], 4), " the"), "request of") {
			return refs(listFrom(low, intro, i)) // "At the request of the governments of Burkina Faso and Djibouti"
		}
	}
	return nil
}

// giftAgent is the giver named after an arrival: "landed with 120
// ventilators donated by China", "… a gift from the Government of India"
// (afterPhrase, reading past "the Government of").
func giftAgent(low string, right []Mention) string {
	for _, m := range right {
		w := strings.TrimSuffix(lastWords(low[:headStart(low, m.Start)], 3), " the")
		for _, p := range []string{"donated by", "gifted by", "provided by", "a gift from", "gift of", "donation from", "donation of"} {
			if strings.HasSuffix(w, p) {
				return ref(m)
			}
		}
	}
	return ""
}

// forPeopleFrom are the places the people a course or conference is for
// come from: "for 80 health professionals from Bolivia and Paraguay".
func forPeopleFrom(low string, right []Mention) []Mention {
	for i, m := range right {
		if prevWord(low, m.Start) != "from" {
			continue
		}
		var buf [7]string
		ws := fields(buf[:0], lastWords(low[:m.Start], 7))
		for _, w := range ws {
			if w == "for" {
				return listFrom(low, right, i)
			}
		}
	}
	return nil
}

// ownerOf is the entity named with a possessive in a passive's subject:
// "China's sixth batch of medical supplies for Iran has been delivered".
func ownerOf(low string, left []Mention) string {
	for _, m := range left {
		if !m.Pronoun && possessive(low[m.End:]) && !inPrepPhrase(low, m.Start) {
			return ref(m)
		}
	}
	return ""
}

// teamOwner is the entity named right before a team or goods in a
// passive's subject: "the UNDAC team has been deployed".
func teamOwner(low string, left []Mention) string {
	for i := len(left) - 1; i >= 0; i-- {
		m := left[i]
		if m.Pronoun || m.Object || inPrepPhrase(low, m.Start) {
			continue
		}
		rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(low[m.End:], " "), ")"), " ")
		ws := strings.Fields(rest)
		w := strings.Join(ws[:min(3, len(ws))], " ")
		if expertsRE.MatchString(w) {
			return ref(m)
		}
	}
	return ""
}

// purposeRecipient is whom a purpose names when the clause named no
// recipient, a list as one: "to support Nigeria's response", "to help Iran
// fight", "to support the response in Türkiye and Syria".
func purposeRecipient(low string, right []Mention) []Mention {
	for i, m := range right {
		var buf [3]string
		ws := fields(buf[:0], lastWords(low[:m.Start], 3))
		last := "" // the word right before the mention
		if len(ws) > 0 {
			last = ws[len(ws)-1]
		}
		for len(ws) > 0 && (ws[len(ws)-1] == "the" || ws[len(ws)-1] == "its") {
			ws = ws[:len(ws)-1]
		}
		if len(ws) >= 2 && ws[len(ws)-2] == "to" && purposeVerbs[ws[len(ws)-1]] {
			return purposeList(low, right, i)
		}
		// "to support the response of African countries", "to help the
		// recovery of Lebanon": the one whose effort is helped.
		if last == "of" {
			var buf5 [5]string
			ws := fields(buf5[:0], lastWords(low[:m.Start], 5)) // "to support the response of", "to fund efforts of"
			det := func(w string) bool { return w == "the" || w == "its" || w == "their" }
			if n := len(ws); n == 5 && ws[0] == "to" && purposeVerbs[ws[1]] && det(ws[2]) || n >= 4 && ws[n-4] == "to" && purposeVerbs[ws[n-3]] && !det(ws[n-2]) {
				return purposeList(low, right, i)
			}
		}
		// "to support the health sector in Egypt"
		if last != "in" && last != "the" {
			continue // the eight words below end with "in" only after "in" or "in the"
		}
		var buf8 [8]string
		if ws := fields(buf8[:0], strings.TrimSuffix(lastWords(low[:m.Start], 8), " the")); len(ws) >= 3 && ws[len(ws)-1] == "in" {
			for k := 0; k+1 < len(ws)-1; k++ {
				if ws[k] == "to" && purposeVerbs[ws[k+1]] {
					return purposeList(low, right, i)
				}
			}
		}
	}
	return nil
}

// purposeList is the list a purpose names from right[i] on: "Türkiye and
// Syria", not the subject of the next clause ("flood relief in Jiangxi and
// Anhui, and the Kazakh government delivered", "in Africa, and we have
// discussed").
func purposeList(low string, right []Mention, i int) []Mention {
	list := listFrom(low, right, i)
	for k := 1; k < len(list); k++ {
		if list[k].Pronoun || list[k].Adjective || startsClause(low, list[k].End) {
			return list[:k]
		}
	}
	return list
}

var purposeVerbs = map[string]bool{"support": true, "help": true, "assist": true, "strengthen": true, "bolster": true, "boost": true, "aid": true, "scale": true, "expand": true, "finance": true, "fund": true, "sustain": true}

// signedWith is whom an agreement signed on help was signed with, the
// receiver of that help: "signed an exchange of letters with the
// Government of Mongolia on a grant of 10 million yuan" (not "signed
// agreements with Germany for grants", which a receiver says as well).
func signedWith(low string, left []Mention) []Mention {
	for _, m := range left {
		pre := strings.TrimSuffix(strings.TrimSuffix(low[:m.Start], "government of "), "the ")
		if !strings.HasSuffix(pre, " with ") {
			continue
		}
		k := lastIndex(pre, "sign")
		if k >= 0 && !strings.ContainsAny(pre[k:], ",;") && nFields(pre[k:]) <= 8 {
			return []Mention{m}
		}
	}
	return nil
}
