package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// unaccented writes the Latin letters that are no letter and an accent
// (no decomposition removes anything from them) as the letters that
// readers of English use for them: "Paweł" → "Pawel", "Sørensen" →
// "Sorensen".
var unaccented = strings.NewReplacer("ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "đ", "d", "Đ", "D", "ß", "ss", "æ", "ae", "Æ", "Ae",
	"œ", "oe", "Œ", "Oe", "ı", "i", "þ", "th", "Þ", "Th", "ð", "d", "Ð", "D", "ħ", "h", "Ħ", "H")

// fold removes accents: "Vučić" → "Vucic", "Paweł" → "Pawel". ASCII has
// none and is returned as is, without building the transformer.
func fold(s string) string {
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		out = s
	}
	return unaccented.Replace(out)
}
