package extract

import (
	"iter"
	"strings"
)

// The words of a name or of the rest of a sentence, as strings.Fields
// cuts them, without the slice of all of them.

// nWords is len(strings.Fields(s)).
func nWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// firstWord is strings.Fields(s)[0], if s has a word.
func firstWord(s string) (string, bool) {
	for w := range strings.FieldsSeq(s) {
		return w, true
	}
	return "", false
}

// firstTwoWords are the first two of strings.Fields(s), if s has two.
func firstTwoWords(s string) (w0, w1 string, ok bool) {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			w0 = w
		} else {
			return w0, w, true
		}
		n++
	}
	return "", "", false
}

// wordIndexes yields where w stands in s as a whole word (wordAt), from
// the left: "Kingdom" in "the Kingdom has", not in "Kingdoms".
func wordIndexes(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 {
				return
			}
			k += from
			from = k + len(w)
			if wordAt(s, k, from) && !yield(k) {
				return
			}
		}
	}
}
