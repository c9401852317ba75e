package event

// How much: the quantity as written and the number read from it.

import (
	"strconv"
	"strings"
)

func quantity(s, low string, begin int, t trigger, end int, passive bool) (string, float64) {
	from := begin
	if k := lastIndex(low[begin:t.start], ", and "); k >= 0 {
		from = begin + k // "… of 80 million yuan with Rwanda, and Japan signed a loan agreement": that amount is the other clause's
	}
	spans := [][2]int{{t.end, end}, {from, t.start}}
	if strings.ContainsAny(low[t.start:t.end], "0123456789") {
		spans[0][0] = t.start // "signed a 30 million US dollar financing agreement": the amount is in the verb's words
	}
	if passive {
		// "supplies donated by X": the amount is the nearest one before.
		ms := quantityRE.FindAllStringIndex(low[begin:t.start])
		for i := len(ms) - 1; i >= 0; i-- {
			q, v, ok := readQuantity(s, low, begin, ms[i])
			if ok {
				return q, v
			}
		}
		spans = spans[:1]
	}
	if isMoney(low[t.start:t.end]) {
		spans = [][2]int{{max(begin, t.start-16), t.end}} // the amount is the trigger: "up to $18 million"
	}
	for _, span := range spans {
		if span[0] >= span[1] {
			continue
		}
		for start, end := range quantityRE.AllStringIndex(low[span[0]:span[1]]) {
			if q, v, ok := readQuantity(s, low, span[0], []int{start, end}); ok {
				return q, v
			}
		}
	}
	return "", 0
}

// readQuantity reads the quantity matched at m in low[at:], unless it
// counts places or days ("to 89 countries", "from April 20").
func readQuantity(s, low string, at int, m []int) (string, float64, bool) {
	q := strings.TrimSpace(s[at+m[0] : at+m[1]])
	q = strings.TrimSuffix(q, " of")
	if q == "" || strings.HasPrefix(strings.ToLower(q), "a team") || strings.HasPrefix(strings.ToLower(q), "a group") {
		return "", 0, false
	}
	if isYear(q) || countsPlaces(low[at+m[1]:]) || months[prevWord(low, at+m[0])] {
		return "", 0, false // "to 89 countries": how many received, not how much
	}
	if rest := strings.TrimLeft(low[at+m[1]:], " "); strings.HasPrefix(rest, "percent") || strings.HasPrefix(rest, "per cent") || strings.HasPrefix(rest, "%") {
		return "", 0, false // "five percent of the doses it receives": a share, not an amount
	}
	return q, Number(q), true
}

// isMoney reports whether a trigger is an amount of money.
func isMoney(w string) bool {
	return strings.Contains(w, "$") || w != "" && w[0] >= '0' && w[0] <= '9'
}

// months are the words after which a number is a day: "from April 20".
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true, "feb.": true, "aug.": true,
	"sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true}

// countsPlaces reports whether a number counts places or people, not what
// was given: "to 89 countries", "eight Latin American countries".
func countsPlaces(rest string) bool {
	i := -1
	for f := range strings.FieldsSeq(rest) { // the first three words, as strings.Fields cuts them
		if i++; i == 3 {
			break
		}
		switch w := strings.Trim(f, ",.;"); w {
		case "countries", "nations", "organizations", "organisations", "cities", "provinces", "regions", "states", "times", "days", "weeks", "months", "years", "people", "cases", "patients", "hospitals", "sides", "parties":
			return true
		case "of", "to", "and", "for", "in":
			return false
		default:
			if i > 0 && f != w {
				return false // a comma or stop ends the phrase
			}
		}
	}
	return false
}

func isYear(q string) bool {
	if !decimal(q) {
		return false // what strconv.Atoi would refuse, without its error
	}
	n, err := strconv.Atoi(q)
	return err == nil && n >= 1900 && n <= 2100
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// Number reads the value of a quantity as written: "seven batches" → 7,
// "US$20 million" → 2e7, "nearly 20" → 20.
func Number(q string) float64 {
	v := 0.0
	for _, f := range strings.Fields(strings.ToLower(q)) {
		for _, cur := range []string{"us$", "u.s.$", "$"} {
			f = strings.TrimPrefix(f, cur) // "US$20" → "20"; a cutset would eat the s of "seven"
		}
		switch {
		case f == "million" || f == "m":
			if v == 0 {
				v = 1
			}
			v *= 1e6
		case f == "billion" || f == "bn":
			if v == 0 {
				v = 1
			}
			v *= 1e9
		case f == "thousand":
			if v == 0 {
				v = 1
			}
			v *= 1e3
		case v == 0:
			if !mayBeFloat(f) {
				if n, ok := numberWords[f]; ok {
					v = n
				}
			} else if n, err := strconv.ParseFloat(strings.ReplaceAll(f, ",", ""), 64); err == nil {
				v = n
			} else if n, ok := numberWords[f]; ok {
				v = n
			}
		}
	}
	return v
}

// decimal reports whether q is an optional sign and decimal digits, all
// that strconv.Atoi reads.
func decimal(q string) bool {
	if q != "" && (q[0] == '+' || q[0] == '-') {
		q = q[1:]
	}
	if q == "" {
		return false
	}
	for i := 0; i < len(q); i++ {
		if q[i] < '0' || q[i] > '9' {
			return false
		}
	}
	return true
}

// mayBeFloat reports whether strconv.ParseFloat may read f with its
// commas taken out: after an optional sign, a digit, a point or a comma,
// or the first letter of "inf", "infinity" or "nan" in any case. Any
// other word is refused without ParseFloat's error.
func mayBeFloat(f string) bool {
	f = strings.TrimLeft(f, ",")
	if f != "" && (f[0] == '+' || f[0] == '-') {
		f = strings.TrimLeft(f[1:], ",")
	}
	if f == "" {
		return true
	}
	switch c := f[0]; {
	case c >= '0' && c <= '9', c == '.', c == 'i', c == 'I', c == 'n', c == 'N':
		return true
	}
	return false
}
