package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/coregx/ahocorasick"
)

// pattern is what one automaton pattern stands for.
type pattern struct {
	ref
	lowerFirst bool // some surface behind it starts lower-case ("eSwatini")
}

// matcher is one Aho-Corasick automaton and the meaning of its patterns.
type matcher struct {
	ac   *ahocorasick.Automaton
	pats []pattern // by pattern ID
	// trie holds the patterns for Index (see occurrences), lower those
	// some surface of which starts lower-case.
	trie, lower *trie
	starts      [256]uint8 // see setStarts
}

// commonCaps are all-caps words that are not shouting: a known acronym next
// to them does not make a heading.
var commonCaps = []string{
	"COVID", "COVID-19", "SARS", "MERS", "HIV", "AIDS", "PPE", "PCR", "ICU", "GDP",
	"CEO", "RMB", "USD", "BRI", "TV", "SAR", "II", "III", "IV", "OK", "Q&A",
}

// stopRank makes a stop phrase beat every entry on the same span.
const stopRank = -1

func (g *Gazetteer) buildMatchers(stops []string) error {
	acr := map[string]pattern{}   // exact surface → pattern
	names := map[string]pattern{} // ASCII-lower-cased surface → pattern
	g.caps = map[string]bool{}
	for _, c := range commonCaps {
		g.caps[c] = true
	}
	put := func(m map[string]pattern, key string, p pattern) {
		old, ok := m[key]
		if !ok || better(p.ref, old.ref) {
			p.lowerFirst = p.lowerFirst || old.lowerFirst
			m[key] = p
		} else {
			old.lowerFirst = old.lowerFirst || p.lowerFirst
			m[key] = old
		}
	}
	add := func(surface string, r ref) {
		s := strings.Join(strings.Fields(surface), " ")
		// A leading "the" is optional in the text, except that a capital
		// "The" is part of an organisation's name ("The Paper").
		if len(s) > 4 && (s[:4] == "the " || s[:4] == "The " && (r.entry == nil || r.entry.Class != voc.Organization)) {
			s = s[4:]
		}
		if s == "" {
			return
		}
		// Spelling variants: either apostrophe, and a space for a hyphen
		// ("Guinea Bissau", "Asia Pacific").
		variants := []string{s}
		if strings.Contains(s, "'") {
			variants = append(variants, strings.ReplaceAll(s, "'", "’"))
		} else if strings.Contains(s, "’") {
			variants = append(variants, strings.ReplaceAll(s, "’", "'"))
		}
		if strings.Contains(s, "-") && !isAcronym(s) {
			for _, v := range variants {
				variants = append(variants, strings.ReplaceAll(v, "-", " "))
			}
		}
		if !isASCII(s) {
			// The text is matched with its ASCII letters lower-cased
			// only: "CÔTE D'IVOIRE" in a heading reads "cÔte d'ivoire",
			// so a name's other lower-case letters are matched in capitals
			// too.
			for _, v := range variants {
				if u := upperNonASCII(v); u != v {
					variants = append(variants, u)
				}
			}
		}
		for _, v := range variants {
			if isAcronym(v) {
				put(acr, v, pattern{ref: r})
				g.caps[v] = true
				continue
			}
			first, _ := utf8.DecodeRuneInString(v)
			put(names, lowerASCII(v), pattern{ref: r, lowerFirst: unicode.IsLower(first)})
		}
	}
	g.eachForm(add)
	for _, s := range stops {
		add(s, ref{nil, false, stopRank})
	}
	var err error
	if g.acr, err = newMatcher(acr, false); err != nil {
		return err
	}
	if g.names, err = newMatcher(names, true); err != nil {
		return err
	}
	g.setStarts()
	return nil
}

func newMatcher(m map[string]pattern, fold bool) (*matcher, error) {
	if len(m) == 0 {
		return nil, nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	mt := &matcher{pats: make([]pattern, len(keys))}
	for i, k := range keys {
		mt.pats[i] = m[k]
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(keys).SetMatchKind(ahocorasick.LeftmostLongest).Build()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: building the automaton: %w", err)
	}
	mt.ac = ac
	mt.trie = newTrie(keys, nil)
	mt.lower = newTrie(keys, func(i int) bool { return mt.pats[i].lowerFirst })
	mt.setStarts(fold)
	return mt, nil
}

// isAcronym reports whether s is written in capitals only ("WHO", "U.S.",
// "US CDC"): such a surface matches only in exactly that case.
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// upperNonASCII upper-cases the letters of s that are not ASCII:
// "Côte d'Ivoire" → "CÔte d'Ivoire".
func upperNonASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf {
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

// lowerASCII lower-cases the ASCII letters of s and turns ASCII white space
// into spaces, keeping every byte offset.
func lowerASCII(s string) string {
	b := []byte(s)
	foldBytes(b)
	return string(b)
}

func foldBytes(b []byte) {
	for i, c := range b {
		b[i] = folded[c]
	}
}

// folded is what foldBytes makes of each byte, as a table: a branch per
// byte costs more.
var folded = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + ('a' - 'A')
		case c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v':
			t[c] = ' '
		}
	}
	return t
}()

// candidate is a match that passed the boundary and case rules.
type candidate struct {
	start, end int
	pattern
}

// Find returns every mention of a known entry in text, sorted by Start and
// non-overlapping; where matches overlap the leftmost wins, then the
// longest. A match starts and ends at word boundaries (a trailing "'s" is
// left out). Surfaces written in capitals ("WHO", "US") match only in that
// case and not inside a line of capitals; other surfaces match in any case
// but must start with a capital letter ("china" is not China). A leading
// "the" is never part of the mention. A demonym may take a plural "s".
func (g *Gazetteer) Find(text string) []Mention {
	if len(text) == 0 {
		return nil
	}
	bp, _ := g.bufs.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	buf := append((*bp)[:0], text...)
	var cands []candidate
	if g.acr != nil {
		for _, m := range g.acr.ac.FindAllOverlapping(buf) {
			p := g.acr.pats[m.PatternID]
			if end, ok := g.accept(text, m.Start, m.End, p, true); ok {
				cands = append(cands, candidate{m.Start, end, p})
			}
		}
	}
	if g.names != nil {
		foldBytes(buf)
		for _, m := range g.names.ac.FindAllOverlapping(buf) {
			p := g.names.pats[m.PatternID]
			if end, ok := g.accept(text, m.Start, m.End, p, false); ok {
				cands = append(cands, candidate{m.Start, end, p})
			}
		}
	}
	if cap(buf) <= 1<<20 {
		*bp = buf[:0]
		g.bufs.Put(bp)
	}
	return resolve(text, cands)
}

// resolve sorts the candidates of text and keeps, of overlapping ones, the
// leftmost, then the longest.
func resolve(text string, cands []candidate) []Mention {
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end
		}
		return a.rank - b.rank
	})
	out := make([]Mention, 0, len(cands))
	last := 0
	placeOnly := false
	for _, c := range cands {
		if c.start < last {
			continue
		}
		last = c.end
		if c.entry == nil {
			continue // a stop phrase: it only hides what is inside it
		}
		placeOnly = placeOnly || c.entry.PlaceOnly()
		out = append(out, Mention{Start: c.start, End: c.end, Entry: c.entry, Surface: text[c.start:c.end], Demonym: c.demonym})
	}
	if placeOnly {
		out = placesInContext(text, out)
	}
	return out
}

// placesInContext removes the towns and subdivisions of ms (see
// Entry.PlaceOnly) that text does not name as places. Like a stop phrase,
// a town left out still hides what is inside it. A town is named as a place
//
//   - after a word that introduces a place: "arrived in Derna", "to the
//     people of Luang Prabang", "to the quake-hit province of Paktika",
//     "flood-hit Balochistan";
//   - before, or ending in, a word for a subdivision: "Balkh province",
//     "Lagos State", "Kumamoto Prefecture";
//   - in a list of cities one of which is: "in Lao Cai and Cao Bang",
//     "Yangon and Mandalay".
//
// but not when a capitalised word follows it: the town's name is then part
// of a longer one, a person's or a body's ("to Victoria Nuland", "to
// Mobile Clinics").
//
// A town written in capitals when its name is not ("ICA", "IBB") is an
// acronym, wherever it stands.
func placesInContext(text string, ms []Mention) []Mention {
	ok := make([]bool, len(ms))
	never := make([]bool, len(ms))
	for i, m := range ms {
		if !m.Entry.PlaceOnly() {
			ok[i] = true
			continue
		}
		next := firstWordOf(text[m.End:])
		switch {
		case shoutedName(m):
			never[i] = true
		case PlaceNoun(lastWordOf(m.Surface)) || PlaceNoun(next):
			ok[i] = true
		case next != "" && startsUpper(next) && m.End < len(text) && text[m.End] == ' ':
			never[i] = true // "to Victoria Nuland", "to Mobile Clinics": a longer name
		default:
			ok[i] = placeBefore(text[:m.Start])
		}
	}
	// A list of cities is named as places when one of them is.
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j-1].Entry.Class == voc.City && ms[j].Entry.Class == voc.City && ListJoin(text[ms[j-1].End:ms[j].Start]) {
			j++
		}
		if j-i > 1 && slices.Contains(ok[i:j], true) {
			for k := i; k < j; k++ {
				ok[k] = !never[k]
			}
		}
		i = j
	}
	out := ms[:0]
	for i, m := range ms {
		if ok[i] {
			out = append(out, m)
		}
	}
	return out
}

// placeWords introduce a place: "in", "to", "from", "of" ("the people of
// Luang Prabang", "the province of Paktika"), verbs of reaching one.
var placeWords = map[string]bool{
	"in": true, "to": true, "at": true, "from": true, "of": true, "for": true, "near": true, "into": true,
	"across": true, "throughout": true, "toward": true, "towards": true, "around": true, "outside": true,
	"inside": true, "within": true, "via": true, "between": true, "reached": true, "visited": true,
	"entered": true, "hit": true, "struck": true,
}

// hitWords end an adjective that says what struck a place: "quake-hit
// Paktika", "flood-affected Sindh".
var hitWords = []string{"-hit", "-affected", "-stricken", "-ravaged", "-torn", "-struck", "-battered"}

// placeNouns are words for a subdivision or a city that follow its name.
var placeNouns = map[string]bool{
	"province": true, "provinces": true, "region": true, "regions": true, "state": true, "governorate": true,
	"governorates": true, "prefecture": true, "prefectures": true, "district": true, "districts": true,
	"county": true, "counties": true, "city": true, "oblast": true, "department": true, "departments": true,
	"municipality": true, "division": true, "territory": true, "krai": true, "kray": true, "okrug": true,
}

// placeBefore reports whether the text before a name ends with a word that
// introduces a place, a "the" between them skipped.
func placeBefore(before string) bool {
	w, rest := lastWordOf(before), ""
	if w == "the" || w == "The" {
		rest = strings.TrimRight(before, " \t\n")
		rest = rest[:len(rest)-len(w)]
		w = lastWordOf(rest)
	}
	lw := strings.ToLower(w)
	if placeWords[lw] || w == "Land" || w == "Canton" {
		return true // "Land Tyrol", "Canton Zurich": a German or Swiss state's name after its kind
	}
	for _, h := range hitWords {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}

// PlaceNoun reports whether w, in any case, is a word for a subdivision
// or a city that follows its name: "Province", "Krai", "Municipality".
func PlaceNoun(w string) bool { return placeNouns[strings.ToLower(w)] }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lastWordOf returns the last word of s (letters and hyphens), or "" if s
// does not end with one after spaces.
func lastWordOf(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := len(s)
	for i > 0 && (isWordByte(s[i-1]) || s[i-1] == '-') {
		i--
	}
	return s[i:]
}

// firstWordOf returns the first word of s after spaces.
func firstWordOf(s string) string {
	s = strings.TrimLeft(s, " \t\n")
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return s[:i]
}

// ListJoin reports whether the text between two names joins them in a
// list: ",", "and", ", and", "or", "/".
func ListJoin(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "and", ", and", "or", ", or", "/", "&":
		return true
	}
	return false
}

// shoutedName reports whether a mention is written in capitals while its
// entry's name is not: "ICA" is no Ica.
func shoutedName(m Mention) bool {
	return isAcronym(m.Surface) && !isAcronym(m.Entry.Name)
}

// Index holds every occurrence of every surface in a text that Find may
// accept (see occurrences), found in one pass over it by walking tries of
// the automata's patterns, so that the mentions in any part of the text
// cost no pass of their own. An occurrence is the same whatever came
// before it, and the runes before those kept read the same in a part that
// starts at a rune: inside a part that starts at a rune where a word may,
// they are those the automata find in the part alone that Find may
// accept, in the same order, so Find gives what Gazetteer.Find gives on
// the part (on another part, Find is Gazetteer.Find's).
type Index struct {
	g          *Gazetteer
	text       string
	acr, names []match // by end, then start
}

// Index finds every occurrence of every surface in text.
func (g *Gazetteer) Index(text string) *Index {
	ix := &Index{g: g, text: text}
	ix.acr, ix.names = g.occurrences(text)
	return ix
}

// Find returns g.Find(text[start:end]) for the indexed text.
func (ix *Index) Find(start, end int) []Mention {
	text := ix.text[start:end]
	if len(text) == 0 {
		return nil
	}
	g := ix.g
	if !utf8.RuneStart(ix.text[start]) || !startsWord(ix.text, start) {
		// The index leaves out the matches that start here, which accept
		// lets by at the start of the part; and a part cut inside a rune
		// reads the runes before its first matches otherwise than the
		// whole text does.
		return g.Find(text)
	}
	acr, names := within(ix.acr, start, end), within(ix.names, start, end)
	var buf [8]candidate // most parts have a few: on the stack
	cands := buf[:0]
	if n := len(acr) + len(names); n > len(buf) {
		cands = make([]candidate, 0, n)
	}
	cands = g.candidates(cands, text, start, g.acr, acr, true)
	cands = g.candidates(cands, text, start, g.names, names, false)
	return resolve(text, cands)
}

// candidates appends the matches ms of x's patterns that start in text (at
// offset start of the indexed text) and pass the boundary and case rules.
func (g *Gazetteer) candidates(cands []candidate, text string, start int, x *matcher, ms []match, acronym bool) []candidate {
	if x == nil {
		return cands
	}
	for _, m := range ms {
		if m.start < start {
			continue
		}
		p := x.pats[m.pat]
		if e, ok := g.accept(text, m.start-start, m.end-start, p, acronym); ok {
			cands = append(cands, candidate{m.start - start, e, p})
		}
	}
	return cands
}

// within returns the matches of ms (sorted by End) that end in (start, end].
func within(ms []match, start, end int) []match {
	i, _ := slices.BinarySearchFunc(ms, start+1, func(m match, t int) int { return m.end - t })
	j := i
	for j < len(ms) && ms[j].end <= end {
		j++
	}
	return ms[i:j]
}

// accept applies the boundary and case rules to a match of p at
// text[start:end] and returns the mention's end.
func (g *Gazetteer) accept(text string, start, end int, p pattern, acronym bool) (int, bool) {
	if start > 0 && isWordByte(text[start]) {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWordRune(r) {
			return 0, false
		}
	}
	if end < len(text) && isWordByte(text[end-1]) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isWordRune(r) {
			// A demonym may take a plural "s": "Serbians".
			if !p.demonym || text[end] != 's' {
				return 0, false
			}
			if r2, _ := utf8.DecodeRuneInString(text[end+1:]); end+1 < len(text) && isWordRune(r2) {
				return 0, false
			}
			end++
		}
	}
	if acronym {
		if g.shouted(text, start, end) {
			return 0, false
		}
		return end, true
	}
	if first, _ := utf8.DecodeRuneInString(text[start:]); unicode.IsLower(first) && !p.lowerFirst {
		return 0, false
	}
	return end, true
}

func isWordByte(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// shouted reports whether the all-caps match at text[start:end] stands next
// to an all-caps word that is no known acronym, as in a heading "THE US AND
// CHINA"; such a match is a word of the heading, not the acronym.
func (g *Gazetteer) shouted(text string, start, end int) bool {
	i := start
	for i > 0 && isGap(text[i-1]) {
		i--
	}
	j := i
	for j > 0 && isCapsWordByte(text[j-1]) {
		j--
	}
	if g.shouting(text[j:i]) {
		return true
	}
	i = end
	for i < len(text) && isGap(text[i]) {
		i++
	}
	j = i
	for j < len(text) && isCapsWordByte(text[j]) {
		j++
	}
	return g.shouting(text[i:j])
}

func isGap(c byte) bool {
	return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\''
}

func isCapsWordByte(c byte) bool { return isWordByte(c) || c == '.' || c == '-' || c == '&' }

func (g *Gazetteer) shouting(w string) bool {
	w = strings.Trim(w, ".-&")
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z', c >= 0x80:
			return false
		case 'A' <= c && c <= 'Z':
			letters++
		}
	}
	return letters >= 2 && !g.caps[w] && !g.caps[w+"."]
}
