package event

import (
	"strings"
	"unicode/utf8"
)

// fields appends the words of s, as strings.Fields cuts them, to dst: with
// dst on the stack, the words of a short window cost no allocation. ASCII
// is cut at its white space without a call per word.
func fields(dst []string, s string) []string {
	n := len(dst)
	for i := 0; i < len(s); {
		for i < len(s) && fieldSpace[s[i]] == 1 {
			i++
		}
		j := i
		for j < len(s) && fieldSpace[s[j]] == 0 {
			j++
		}
		if j < len(s) && fieldSpace[s[j]] == 2 {
			// Not ASCII: the words so far are dropped, and s is cut as
			// strings.Fields cuts it.
			dst = dst[:n]
			for f := range strings.FieldsSeq(s) {
				dst = append(dst, f)
			}
			return dst
		}
		if j > i {
			dst = append(dst, s[i:j])
		}
		i = j
	}
	return dst
}

// fieldSpace is, for a byte, 1 for ASCII white space, 2 for a byte that
// is not ASCII, else 0.
var fieldSpace = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 2
		case asciiSpace[c]:
			t[c] = 1
		}
	}
	return t
}()

// nFields is len(strings.Fields(s)), without the slice.
func nFields(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for range strings.FieldsSeq(s) {
				n++
			}
			return n
		}
	}
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		if i < len(s) {
			n++
		}
		for i < len(s) && !asciiSpace[s[i]] {
			i++
		}
	}
	return n
}

// prevWordASCII is prevWord read backwards from at, without splitting the
// window into words: the words it reads back over (and the white space
// between them) must be ASCII, else ok is false and prevWord splits the
// window. ASCII white space cuts words as unicode.IsSpace does, so the
// words after it are the same whatever bytes come before it.
func prevWordASCII(low string, at int) (w string, ok bool) {
	from := max(0, at-40)
	for i := at; ; {
		for i > from && low[i-1] < utf8.RuneSelf && asciiSpace[low[i-1]] {
			i--
		}
		if i == from {
			return "", true
		}
		j := i
		for i > from && !(low[i-1] < utf8.RuneSelf && asciiSpace[low[i-1]]) {
			if low[i-1] >= utf8.RuneSelf {
				return "", false
			}
			i--
		}
		switch w := low[i:j]; w {
		case "the", "a", "an":
			continue
		default:
			return strings.Trim(w, ","), true
		}
	}
}

// lastIndex is strings.LastIndex(s, sub). Where sub has a byte other than
// a space, the places of the first such byte are found from the end
// (strings.LastIndexByte) and sub compared at each in turn: the needles
// of the rules (", which ", " and ") stand far apart in a sentence, while
// strings.LastIndex hashes every byte.
func lastIndex(s, sub string) int {
	k := 0
	for k < len(sub) && sub[k] == ' ' {
		k++
	}
	if k == len(sub) {
		return strings.LastIndex(s, sub)
	}
	c, n := sub[k], len(sub)
	// i is where a match would start; s[i+k] is its byte c.
	for end := len(s) - n + k + 1; end > k; {
		j := strings.LastIndexByte(s[:end], c)
		if j < k {
			return -1
		}
		if i := j - k; s[i:i+n] == sub {
			return i
		}
		end = j
	}
	return -1
}

// plainWord reports whether w is made only of ASCII letters, digits,
// '_', '-' and the bytes of extra: a word of a short phrase, not a clause's
// punctuation.
func plainWord(w, extra string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(asciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-' || strings.IndexByte(extra, c) >= 0) {
			return false
		}
	}
	return true
}

// beneficiaries are the people or places an arrival reached, in the place
// that receives (beneficiariesIn).
var beneficiaries = map[string]bool{"families": true, "people": true, "households": true, "communities": true, "residents": true, "victims": true,
	"refugees": true, "patients": true, "children": true, "villages": true, "hospitals": true}

// beneficiariesIn reports whether gap, between an arrival's verb and a
// place, is who it reached there: " displaced families in ", " 300
// households in the ".
func beneficiariesIn(gap string) bool {
	rest, ok := strings.CutSuffix(gap, " in ")
	if !ok {
		if rest, ok = strings.CutSuffix(gap, " in the "); !ok {
			return false
		}
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	var buf [8]string
	ws := fields(buf[:0], rest)
	if len(ws) == 0 || len(ws) > 4 || !beneficiaries[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws {
		if !plainWord(w, ",") {
			return false
		}
	}
	return true
}

// massUnits count goods by weight or package (massOf).
var massUnits = map[string]bool{"kilogram": true, "kilograms": true, "kg": true, "tonne": true, "tonnes": true, "ton": true, "tons": true,
	"boxes": true, "cartons": true, "packages": true, "parcels": true, "bags": true, "containers": true}

// massOf reports whether rest, what follows a verb of giving, opens with
// goods counted by weight or package: " 10,000 kilograms of".
func massOf(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	var buf [8]string
	ws := fields(buf[:0], rest[:min(len(rest), 64)])
	for i := 0; i < len(ws)-1 && i <= 2; i++ {
		if massUnits[ws[i]] && (ws[i+1] == "of" || strings.HasPrefix(ws[i+1], "of") && !asciiLetter(ws[i+1][2])) {
			for _, w := range ws[:i] {
				if !plainWord(w, ",.") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// vehicles are the craft a carrier is named for (carrierName).
var vehicles = map[string]bool{"train": true, "trains": true, "flight": true, "flights": true, "plane": true, "planes": true, "aircraft": true,
	"ship": true, "ships": true, "vessel": true, "vessels": true, "truck": true, "trucks": true, "convoy": true, "convoys": true}

// carrierName reports whether rest, what follows a place named in an
// agent, makes the agent a craft: "-europe freight train" after "China".
func carrierName(rest string) bool {
	if k := strings.IndexByte(rest, ' '); strings.HasPrefix(rest, "-") && k > 1 {
		rest = rest[k:] // "-europe"
	} else if strings.HasPrefix(rest, "-") {
		return false
	}
	// The craft is the next word, or the one after it ("airways flight"),
	// or after "… freight" ("China-Europe freight train").
	var buf [4]string
	ws := fields(buf[:0], rest[:min(len(rest), 40)])
	craft := func(i int) bool { return i < len(ws) && vehicles[strings.TrimRight(ws[i], ".,;:")] }
	return craft(0) || craft(1) || len(ws) > 1 && ws[1] == "freight" && craft(2)
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// asideEnd returns where an aside set off by commas right after a verb
// ends ("trained, via video link, 300 Lao medical workers": the offset of
// the space before "300"), or 0 if low[from:to] does not open with one of
// at most six words.
func asideEnd(low string, from, to int) int {
	if !strings.HasPrefix(low[from:to], ", ") {
		return 0
	}
	i := strings.IndexByte(low[from+2:to], ',')
	if i < 0 || nFields(low[from+2:from+2+i]) > 6 {
		return 0
	}
	return from + 2 + i + 1
}

// phraseEnd is where the phrase from low[at:] ends: the next comma or
// semicolon, or n bytes on.
func phraseEnd(low string, at, n int) int {
	end := min(len(low), at+n)
	if k := strings.IndexAny(low[at:end], ",;"); k >= 0 {
		return at + k
	}
	return end
}
