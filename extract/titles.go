package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/internal/lower"
	"github.com/briefgraph/briefgraph/extract/transcript"
)

// titles finds persons written with their title ("President Aleksandar
// Vucic", "The Prime Minister, Helen Ashworth") by walking the words of a
// text and looking titles up in a set: no regular expression, as this runs
// on every sentence.
type titles struct {
	set   map[string]bool // lower-case titles
	first map[string]bool // their first words: a title starts only at one
	// lens holds, by first word, the numbers of words of the titles that
	// start with it, as bits: a title of l words is looked for only if
	// bit l is set.
	lens     map[string]uint64
	maxWords int
	// known reports whether a name is a body's or a country's (the
	// gazetteer's): "Minister of Foreign Affairs of Romania Bogdan
	// Aurescu" is read by it. Nil: no such post is read.
	known func(string) bool
	// firstBits holds the first words' shapes (length and two first
	// bytes, see shape) as bits: most words of a text fail this test,
	// which costs less than the set's.
	firstBits [1 << 16 / 64]uint64
}

// shape is the bit of an ASCII word w in firstBits, the same whatever
// its case. A word of other letters has none: it is looked up in the set
// (and a title's first word of other letters never equals an ASCII word).
func shape(w string) (uint32, bool) {
	if len(w) == 0 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return 0, false
		}
	}
	return asciiShape(w), true
}

// asciiShape is shape for a word known to be ASCII and not empty.
func asciiShape(w string) uint32 {
	second := byte(0)
	if len(w) > 1 {
		second = lowerByte(w[1])
	}
	return (uint32(len(w))<<16 | uint32(lowerByte(w[0]))<<8 | uint32(second)) * 2654435769 >> 16
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayStart reports whether a title may start with word w, all ASCII if
// ascii: whether its lower-case form is one of the first words.
func (t *titles) mayStart(w string, ascii bool) bool {
	if ascii && len(w) > 0 {
		if h := asciiShape(w); t.firstBits[h/64]&(1<<(h%64)) == 0 {
			return false
		}
	}
	return lower.In(t.first, w)
}

func newTitles(list []string) *titles {
	t := &titles{set: map[string]bool{}, first: map[string]bool{}, lens: map[string]uint64{}}
	for _, s := range list {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" {
			continue
		}
		t.set[s] = true
		first, _, _ := strings.Cut(s, " ")
		if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
			first = first[:i]
		}
		t.first[first] = true
		if h, ok := shape(first); ok {
			t.firstBits[h/64] |= 1 << (h % 64)
		}
		n := len(strings.Fields(s))
		t.maxWords = max(t.maxWords, n)
		t.lens[first] |= 1 << min(n, 63) // 63: any longer one (none is)
	}
	return t
}

type word struct {
	start, end int    // the word's bytes, trailing punctuation excluded
	plen       uint32 // the length of its trailing punctuation (see punct)
	starts     bool   // a title may start with it (set by find)
	ascii      bool   // its bytes are all ASCII
}

// punct is the word's trailing punctuation in text, the text it was split
// from. A word holds no pointer: a document's array of words (some 65,000
// for the benchmark's 50 briefings) is 24 bytes a word, and the collector
// does not read it.
func (w word) punct(text string) string { return text[w.end : w.end+int(w.plen)] }

// words splits a line of text into words with their trailing punctuation,
// appended to ws.
func words(ws []word, text string) []word {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if n := spaceAt(text, i); n > 0 {
			i += n
			continue
		}
		j := i
		ascii := true
		for {
			if j = asciiWordEnd(text, j); j >= len(text) || text[j] < utf8.RuneSelf {
				break // the end, or an ASCII space
			}
			ascii = false
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		w := word{start: i, end: j, ascii: ascii}
		for w.end > w.start && isTrailingPunct(text[w.end-1]) {
			w.end--
		}
		w.plen = uint32(j - w.end)
		ws = append(ws, w)
		i = j
	}
	return ws
}

// asciiWordEnd returns the first j' >= j where text has an ASCII space or
// a byte that is not ASCII, or len(text). A loop of its own: in words'
// loop, the registers its body needs are saved at every byte.
func asciiWordEnd(text string, j int) int {
	for ; j < len(text); j++ {
		if wordEnds[text[j]] {
			return j
		}
	}
	return len(text)
}

// wordEnds are the bytes asciiWordEnd stops at.
var wordEnds = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || asciiSpace[c]
	}
	return t
}()

// asciiSpace is unicode.IsSpace for ASCII bytes.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// isTrailingPunct reports whether a word's last byte is punctuation that
// follows it rather than belongs to it. A closing quote ” is more than one
// byte and stays with the word.
func isTrailingPunct(c byte) bool {
	switch c {
	case ',', ';', ':', '.', '!', '?', ')', '"':
		return true
	}
	return false
}

// spaceAt is the length of the white-space rune at text[i], or 0 if none
// is there; ASCII is decided without decoding.
func spaceAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	if r, n := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
		return n
	}
	return 0
}

// isNameWord reports whether w can be part of a person's name: capitalised
// letters ("Vucic", "Ghebreyesus", "SAKAI", "Jae-in").
func isNameWord(w string) bool {
	if p, rest, ok := strings.Cut(w, "-"); ok && arabicArticles[p] {
		w = rest // "al-Tamimi", "el-Sisi"
	}
	for _, p := range [...]string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) > 1 {
			w = rest // "d'Almeida-Aké", "d’Alembert"
		}
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	for _, c := range w[n:] {
		if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' {
			return false
		}
	}
	return !nameStop[w] && !capsStop(w)
}

// capsStop reports whether w, a short word in capitals, is a stop word
// written in capitals: the "FOR" of "THE CABINET SECRETARY FOR HEALTH".
func capsStop(w string) bool {
	if len(w) > 5 || len(w) < 2 {
		return false
	}
	var b [5]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return false
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return nameStop[string(b[:len(w)])]
}

// arabicArticles joined to a name by a hyphen keep it a name: "al-Tamimi".
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true, "an": true}

var particles = map[string]bool{"bin": true, "al": true, "de": true, "da": true, "van": true, "von": true, "der": true, "den": true, "le": true, "la": true, "di": true, "du": true, "el": true, "dos": true, "das": true}

// find returns, for each title followed by a name, the byte offsets
// [start, end, titleStart, titleEnd, nameStart, nameEnd]: plain are the
// titles right before the name ("President Aleksandar Vucic"), comma those
// that end with a comma, where an honorific may come before the name ("the
// Chief Medical Officer, Professor Mark Reddy"). The text is split into
// words once for both, into scratch (its contents are overwritten).
func (t *titles) find(text string, scratch *[]word) (plain, comma [][]int) {
	ws := t.words((*scratch)[:0], text)
	*scratch = ws
	return t.matchWords(text, ws)
}

// words is words(ws, text) with each word's starts set.
func (t *titles) words(ws []word, text string) []word {
	ws = words(ws, text)
	for i := range ws {
		ws[i].starts = t.mayStart(text[ws[i].start:ws[i].end], ws[i].ascii)
	}
	return ws
}

// matchWords is find on the words ws of text (from t.words).
func (t *titles) matchWords(text string, ws []word) (plain, comma [][]int) {
	any := false
	for i := range ws {
		any = any || ws[i].starts
	}
	if !any {
		return nil, nil
	}
	return t.match(text, ws, false), t.match(text, ws, true)
}

// wordsIn returns the words of ws (the words of a text, in order) that
// make up text[a:b], and whether text[a:b] is split into exactly these:
// no word of ws runs across a or b. The search starts at *at, where the
// last one ended, as parts mostly come in order, and leaves it there.
func wordsIn(ws []word, a, b int, at *int) ([]word, bool) {
	i := min(*at, len(ws))
	for i > 0 && ws[i-1].start >= a {
		i--
	}
	for i < len(ws) && ws[i].start < a {
		i++
	}
	j := i
	for j < len(ws) && ws[j].start < b {
		j++
	}
	*at = j
	if i > 0 && ws[i-1].end+int(ws[i-1].plen) > a || j > 0 && ws[j-1].end+int(ws[j-1].plen) > b {
		return nil, false
	}
	return ws[i:j], true
}

func (t *titles) match(text string, ws []word, comma bool) [][]int {
	var out [][]int
	for i := 0; i < len(ws); i++ {
		// Words inside a title have no punctuation, so the title's first
		// word is this word: lower-case it once, not once per length.
		if !ws[i].starts {
			continue
		}
		lens := t.lensOf(text[ws[i].start:ws[i].end])
		for l := min(t.maxWords, len(ws)-i); l >= 1; l-- {
			if lens&(1<<min(l, 63)) == 0 {
				continue // no title of l words starts with this word
			}
			last := ws[i+l-1]
			if comma != (last.punct(text) == ",") || !comma && last.plen != 0 {
				continue
			}
			inner := true
			for _, w := range ws[i : i+l-1] {
				if w.plen != 0 {
					inner = false
				}
			}
			if !inner || !lower.In(t.set, text[ws[i].start:last.end]) {
				continue
			}
			k := i + l
			fields := false // the post names more fields after its comma
			if comma && strings.Contains(text[ws[i].start:last.end], " of ") {
				// "Minister of Health, Labour and Social Protection Natalia
				// Rusu": the post's other fields, then the name.
				for k+2 < len(ws) && (transcript.IsFieldWord(text[ws[k].start:ws[k].end]) || k > i+l && text[ws[k].start:ws[k].end] == "and") && (ws[k].plen == 0 || ws[k].punct(text) == ",") {
					k++
				}
				if fields = k > i+l; fields && (k == len(ws) || ws[k-1].plen != 0 && ws[k-1].punct(text) != ",") {
					continue // "the Ministry of Health, Labour." names no one
				}
			}
			if k < len(ws) && isHonorific(text[ws[k].start:ws[k].end]) {
				// One or more: "the Minister of Health, Hon. Dr. Chimwemwe
				// Banda", "The Chinese Ambassador, H.E. Mr. Yang Xin".
				for k < len(ws) && isHonorific(text[ws[k].start:ws[k].end]) {
					k++
				}
			} else if k+1 < len(ws) && ws[k].plen == 0 && lower.In(postStyles, text[ws[k].start:ws[k].end]) && isNameWord(text[ws[k+1].start:ws[k+1].end]) {
				k++ // "the Spokesperson, Ambassador Dina Mufti", "Presidential Spokesperson Secretary Harry Roque": the style of a post held besides
			}
			if m := t.postOf(text, ws, i, k, comma); m != nil {
				out = append(out, m)
				i = k
				break
			}
			nameStart, nameEnd, n := -1, -1, 0
			for ; k < len(ws) && n < 4; k++ {
				w := text[ws[k].start:ws[k].end]
				switch {
				case isNameWord(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) && (nameStart >= 0 || !transcript.IsFieldWord(w)): // not "Commissioner, Emergency Preparedness and Response"
					if nameStart < 0 {
						nameStart = ws[k].start
					}
					nameEnd, n = ws[k].end, n+1
				case nameStart >= 0 && (particles[w] || len(w) == 1 && unicode.IsUpper(rune(w[0])) && ws[k].punct(text) == "."):
					continue // "Ursula von der Leyen", "Michael R. Pompeo"
				}
				// A full stop ends the name after a word ("Liza Maglaya. Moderator"), not after an initial.
				if nameStart < 0 || nameEnd != ws[k].end || ws[k].plen != 0 && (ws[k].punct(text) != "." || len(w) > 1) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
					break
				}
			}
			if nameStart >= 0 && !(fields && n < 2) { // not "Hygiene" of "Minister of Health, Public Hygiene and Universal Access to Care"
				out = append(out, []int{ws[i].start, nameEnd, ws[i].start, last.end, nameStart, nameEnd})
				i = k - 1
			}
			break
		}
	}
	return out
}

// ofBody reads, after a post (ws[i:] opens with it) and its "of", the
// body it is of and then the holder's name: "Minister of Foreign Affairs
// of Romania Bogdan Aurescu", "Secretary-General of the United Nations
// António Guterres". The body's words, from ws[k], are those a name of
// two or three words follows (at the run's end or before an "and" in
// it), where the body is known; nil if none is.
func (t *titles) ofBody(text string, ws []word, i, k int) []int {
	end := k // the capitalised words from k, with "of", "the", "and" inside
	for ; end < len(ws) && end-k < 10; end++ {
		w := text[ws[end].start:ws[end].end]
		if !startsUpper(w) && !(end > k && (w == "of" || w == "the" || w == "and")) && !(end == k && w == "the") {
			break
		}
		if ws[end].plen != 0 {
			end++
			break
		}
	}
	body := ws[k]
	if text[body.start:body.end] == "the" {
		body = ws[k+1]
	}
	for e := k + 3; e <= end; e++ { // the name ends before ws[e]: the run's end, or an "and" in it
		if e < end && text[ws[e].start:ws[e].end] != "and" {
			continue
		}
		for n := 2; n <= 3; n++ {
			at := e - n // the name's first word
			if at <= k || ws[at-1].plen != 0 || body.start >= ws[at-1].end {
				continue
			}
			name := true
			for _, w := range ws[at:e] {
				name = name && isNameWord(text[w.start:w.end])
			}
			if b := text[body.start:ws[at-1].end]; name && !isRole(text[ws[at].start:ws[e-1].end]) && (t.known(b) || governingBodies[b]) {
				return []int{ws[i].start, ws[e-1].end, ws[i].start, ws[at-1].end, ws[at].start, ws[e-1].end}
			}
		}
	}
	return nil
}

// postOf reads, after a post (ws[i:k]) and its "of" or "for" (ws[k]),
// the body or the fields and then the holder's name (ofBody,
// fieldsThenName); nil if there is none, or the post ends with a comma.
func (t *titles) postOf(text string, ws []word, i, k int, comma bool) []int {
	if comma || k+3 >= len(ws) || ws[k].plen != 0 {
		return nil
	}
	switch text[ws[k].start:ws[k].end] {
	case "of":
		if t.known != nil {
			if m := t.ofBody(text, ws, i, k+1); m != nil {
				return m
			}
		}
	case "for":
	default:
		return nil
	}
	return fieldsThenName(text, ws, i, k+1) // "Minister of Ecology and Environment Huang Runqiu", "Federal Minister for Water Resources Tariq Hameed"
}

// fieldsThenName reads, after a post (ws[i:] opens with it) and its "of"
// or "for", the fields of the post, perhaps a comma, and then the holder's
// name of two or three words, which ends the run of capitalised words:
// "Minister of Ecology and Environment Huang Runqiu", "the Minister of
// Information, Ibrahim Conteh"; nil if the words from ws[k] are not that.
func fieldsThenName(text string, ws []word, i, k int) []int {
	end := k // the fields: field words, "and" between them, the last one perhaps before a comma
	for end < len(ws) && (transcript.IsFieldWord(text[ws[end].start:ws[end].end]) || end > k && text[ws[end].start:ws[end].end] == "and") {
		end++
		if p := ws[end-1].punct(text); p != "" {
			if p != "," {
				return nil
			}
			break // "the Minister of Information, Ibrahim Conteh"
		}
	}
	if end == k || text[ws[end-1].start:ws[end-1].end] == "and" {
		return nil
	}
	fields := end
	for end < len(ws) && ws[end].plen == 0 && (isHonorific(text[ws[end].start:ws[end].end]) || lower.In(postStyles, text[ws[end].start:ws[end].end])) {
		end++ // "Deputy Minister of Foreign Affairs Ambassador Elif Karaca": a style before the name
	}
	for n := 3; n >= 2; n-- {
		e := end + n // the name is ws[end:e]
		if e > len(ws) {
			continue
		}
		name := true
		for j, w := range ws[end:e] {
			name = name && isNameWord(text[w.start:w.end]) && !transcript.IsFieldWord(text[w.start:w.end]) && (j == n-1 || w.plen == 0)
		}
		if !name || e < len(ws) && ws[e-1].plen == 0 && startsUpper(text[ws[e].start:ws[e].end]) {
			continue // a longer run of capitalised words is no name of n words
		}
		return []int{ws[i].start, ws[e-1].end, ws[i].start, ws[fields-1].end, ws[end].start, ws[e-1].end}
	}
	return nil
}

// governingBodies are the bodies a post is of that name no one body of
// the gazetteer: "Secretary General of the Government Vasile Ciobanu".
var governingBodies = map[string]bool{"Government": true, "Presidency": true, "Cabinet": true, "Parliament": true, "Council of Ministers": true, "Senate": true}

// lensOf is t.lens of word w lower-cased. A title found in a text (in
// t.set, so trimmed) of l words has l fields, the first of them w
// lower-cased: no other length can match.
func (t *titles) lensOf(w string) uint64 {
	var buf [64]byte
	if len(w) > len(buf) {
		return t.lens[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return t.lens[strings.ToLower(w)]
		}
		b[i] = lowerByte(c)
	}
	return t.lens[string(b)]
}

// isHonorific reports whether w is an honorific before a name: "Mr",
// "Dr.", "Mme", "Hon", "H.E.", "Professor": the transcripts' honorifics
// and styleWords.
func isHonorific(w string) bool {
	return transcript.IsHonorific(w) || lower.In(styleWords, strings.TrimSuffix(w, "."))
}

// postStyles are the styles of a second post written between a post and
// the name: "the Spokesperson, Ambassador Dina Mufti".
var postStyles = map[string]bool{"ambassador": true, "secretary": true, "undersecretary": true, "counsellor": true, "counselor": true}

// styleWords are the words written before a name that the transcripts'
// honorifics (Hon, H.E., Sir, Dame …) leave out.
var styleWords = map[string]bool{"excellency": true, "professor": true, "associate": true, "assoc": true} // "Associate Professor Kenneth Ng"

// byline reads a heading line "Michael R. Pompeo, Secretary of State": a
// name, a comma, and a post.
func (t *titles) byline(line string) (name, title string, ok bool) {
	line = strings.TrimSpace(line)
	i := strings.Index(line, ", ")
	if i < 0 || len(line) > 120 {
		return "", "", false
	}
	name, title = line[:i], strings.TrimSpace(line[i+2:])
	n := 0
	for _, w := range strings.Fields(name) {
		switch {
		case isNameWord(w):
			n++
		case len(w) == 2 && w[1] == '.' && unicode.IsUpper(rune(w[0])), particles[w]:
		default:
			return "", "", false
		}
	}
	if n < 2 || n > 4 {
		return "", "", false
	}
	low := strings.ToLower(strings.TrimPrefix(title, "the "))
	// The post itself, or the post of something: "Secretary of State", "Minister of Health".
	ws := strings.Fields(low)
	for k := len(ws); k >= 1; k-- {
		if t.set[strings.Join(ws[:k], " ")] && (k == len(ws) || ws[k] == "of") {
			return name, title, true
		}
	}
	return "", "", false
}

// apposed calls f for each name followed by a comma and a post in line:
// "Jens Laerke, spokesperson for OCHA, said", "Rhéal LeBlanc, Director of
// the Information Service, chaired". The name is two to four name words,
// after an honorific or a title or what is no name word (not the end of
// a longer name: "Médecins Sans Frontières, …"); the post is a title
// that ends its phrase or is followed by of, for, at, to or in.
func (t *titles) apposed(line string, f func(name, title string)) {
	for at := 0; ; {
		k := strings.Index(line[at:], ", ")
		if k < 0 {
			return
		}
		k += at
		at = k + 2
		nameStart, n := k, 0
		for i := k; n < 4; {
			j := strings.LastIndexByte(line[:i], ' ') + 1
			if w := line[j:i]; isHonorific(w) || lower.In(t.set, w) || !isNameWord(w) && !(n > 0 && particles[w]) {
				break
			}
			nameStart, n = j, n+1
			if j == 0 {
				break
			}
			i = j - 1
		}
		if n < 2 {
			continue
		}
		before := strings.TrimRight(line[:nameStart], " ")
		if prev := before[strings.LastIndexByte(before, ' ')+1:]; isNameWord(prev) && !isHonorific(prev) && !lower.In(t.set, prev) {
			continue // "Médecins Sans Frontières, …": part of a longer name
		}
		if title := t.postAt(line[at:]); title != "" {
			f(line[nameStart:k], title)
		}
	}
}

// postAt returns the title that opens s ("spokesperson for OCHA, said"
// opens with "spokesperson"), after "the" or "a", or "".
func (t *titles) postAt(s string) string {
	for _, art := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, art)
	}
	end := strings.IndexAny(s, ",.;:()")
	if end < 0 {
		end = len(s)
	}
	ws := strings.Fields(s[:end])
	for k := min(len(ws), t.maxWords); k >= 1; k-- {
		if k < len(ws) {
			switch ws[k] {
			case "of", "for", "at", "to", "in":
			default:
				continue
			}
		}
		if title := strings.Join(ws[:k], " "); lower.In(t.set, title) {
			return title
		}
	}
	return ""
}
