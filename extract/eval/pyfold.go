package eval

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// This file reproduces, rune for rune, the string functions of the Python
// scorer (../shared/eval/score): local, literal and norm, with Python's
// meaning of \w, \s, str.lower and str.strip, and repr for the report lines.

// pySpace reports whether Python's str.isspace (and re's \s on str) holds:
// Go's unicode.IsSpace plus the information separators U+001C..U+001F.
func pySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// pyWord reports whether re's \w matches r in a str pattern: alphanumeric
// (letters L*, numbers N*) or the underscore. Marks (M*) are not word runes.
func pyWord(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// pyLower is Python's str.lower: the full lower-case mapping, which differs
// from unicode.ToLower for U+0130 (İ → i + combining dot) and for a capital
// sigma at the end of a word (Σ → ς).
func pyLower(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == 'İ':
			b.WriteString("i\u0307")
		case r == 'Σ':
			if finalSigma(rs, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is Unicode's Final_Sigma condition as CPython tests it: a cased
// letter before (skipping case-ignorables) and none after.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', '\u00ad', '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2018', '\u2019',
		'\u2024', '\u2027', '\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// pyStrip is Python's str.strip() without arguments.
func pyStrip(s string) string { return strings.TrimFunc(s, pySpace) }

// norm is the scorer's norm: lower-case, U+2019 as an apostrophe, every rune
// that is neither a word rune nor a space removed, one leading "the", "mr",
// "ms", "mrs" or "dr" followed by space removed, spaces collapsed.
func norm(name string) string {
	s := strings.ReplaceAll(pyLower(name), "\u2019", "'")
	s = strings.Map(func(r rune) rune {
		if pyWord(r) || pySpace(r) {
			return r
		}
		return -1
	}, s)
	s = pyStrip(s)
	for _, p := range [...]string{"the", "mr", "ms", "mrs", "dr"} {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		if trimmed := strings.TrimLeftFunc(rest, pySpace); len(trimmed) < len(rest) {
			s = trimmed
			break
		}
	}
	return pyStrip(strings.Join(strings.FieldsFunc(s, pySpace), " "))
}

// fold is the last step of the scorer's local: "_", "-" and spaces removed,
// then lower-cased.
func fold(s string) string {
	return pyLower(strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || pySpace(r) {
			return -1
		}
		return r
	}, s))
}

// iriLocal is the part of an IRI after its last "#" or "/", ignoring
// trailing ones.
func iriLocal(s string) string {
	s = strings.TrimRight(s, "/#")
	if i := strings.LastIndexAny(s, "/#"); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// local is the scorer's local(term) for a value written as N-Quads: the
// folded local name of an IRI, the folded lexical form of a literal, the
// folded N-Quads form of anything else (a blank node "_:b1").
func local(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return fold(iriLocal(string(iri)))
	}
	t := v.String()
	switch {
	case strings.HasPrefix(t, "<"):
		return fold(iriLocal(strings.TrimSuffix(t[1:], ">")))
	case strings.HasPrefix(t, `"`):
		return fold(lexical(v))
	}
	return fold(t)
}

// isLiteral reports whether v is written as an N-Quads literal.
func isLiteral(v quad.Value) bool { return strings.HasPrefix(v.String(), `"`) }

// lexical is the lexical form of a literal value (the scorer's literal).
func lexical(v quad.Value) string {
	switch l := v.(type) {
	case quad.String:
		return string(l)
	case quad.TypedString:
		return string(l.Value)
	case quad.LangString:
		return string(l.Value)
	case interface{ TypedString() quad.TypedString }:
		return string(l.TypedString().Value)
	}
	return pyLiteral(v.String())
}

// pyLiteral is the scorer's literal(term) on an N-Quads term: the content of
// its leading quoted string, JSON-unescaped when it holds a backslash; the
// term itself when it does not start with a complete quoted string. Where
// Python would fail on an invalid escape this returns the raw content.
func pyLiteral(term string) string {
	if !strings.HasPrefix(term, `"`) {
		return term
	}
	i := 1
	for i < len(term) {
		c := term[i]
		if c == '"' {
			break
		}
		if c == '\\' {
			if i+1 >= len(term) || term[i+1] == '\n' {
				break
			}
			_, n := utf8.DecodeRuneInString(term[i+1:])
			i += 1 + n
			continue
		}
		i++
	}
	if i >= len(term) || term[i] != '"' {
		return term
	}
	content := term[1:i]
	if !strings.Contains(content, `\`) {
		return content
	}
	var out string
	if err := json.Unmarshal([]byte(`"`+strings.ReplaceAll(content, `\'`, "'")+`"`), &out); err != nil {
		return content
	}
	return out
}

// pyRepr is Python's repr of a str.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == utf8.RuneError || unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + pad(strconv.FormatInt(int64(r), 16), 2))
		case r < 0x10000:
			b.WriteString(`\u` + pad(strconv.FormatInt(int64(r), 16), 4))
		default:
			b.WriteString(`\U` + pad(strconv.FormatInt(int64(r), 16), 8))
		}
	}
	b.WriteByte(q)
	return b.String()
}

func pad(s string, n int) string { return strings.Repeat("0", n-len(s)) + s }

// pyList is Python's repr of a list of str.
func pyList(items []string) string {
	rs := make([]string, len(items))
	for i, s := range items {
		rs[i] = pyRepr(s)
	}
	return "[" + strings.Join(rs, ", ") + "]"
}
