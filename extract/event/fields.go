package event

import (
	"strings"
	"unicode/utf8"
)

// fields appends the words of s, as strings.Fields cuts them, to dst: with
// dst on the stack, the words of a short window cost no allocation. ASCII
// is cut at its white space without a call per word.
func fields(dst []string, s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for f := range strings.FieldsSeq(s) {
				dst = append(dst, f)
			}
			return dst
		}
	}
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		if j > i {
			dst = append(dst, s[i:j])
		}
		i = j
	}
	return dst
}
