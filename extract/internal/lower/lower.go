// Package lower reads text as lower case: it looks words up in sets of
// lower-case words without building a lower-cased copy of each word (the
// extractor does it for every word and line of a transcript), and
// lower-cases the ASCII letters of a text keeping every byte offset.
package lower

import (
	"strings"
	"unicode/utf8"
)

// In reports whether set holds s lower-cased (as strings.ToLower would).
// ASCII up to 64 bytes is lower-cased into a buffer on the stack.
func In(set map[string]bool, s string) bool {
	var buf [64]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return set[strings.ToLower(s)]
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b)]
}
