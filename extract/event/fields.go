package event

import "strings"

// fields appends the words of s, as strings.Fields cuts them, to dst: with
// dst on the stack, the words of a short window cost no allocation.
func fields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}
