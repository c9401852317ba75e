package transcript

import (
	"strings"
	"testing"
)

// TestHonorificWords checks that the honorifics the expressions read
// before a name are those the honorifics map drops from one.
func TestHonorificWords(t *testing.T) {
	words := map[string]bool{}
	for w := range strings.SplitSeq(strings.ReplaceAll(honorificWords, `\.`, "."), "|") {
		words[strings.ToLower(w)] = true
	}
	for w := range honorifics {
		if !words[w] {
			t.Errorf("honorifics has %q, honorificWords has not", w)
		}
	}
	for w := range words {
		if !honorifics[w] {
			t.Errorf("honorificWords has %q, honorifics has not", w)
		}
	}
}
