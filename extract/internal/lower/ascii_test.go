package lower

import "testing"

// FuzzASCII checks ASCII against its definition, a byte at a time.
func FuzzASCII(f *testing.F) {
	for _, s := range []string{"", "A", "@AZ[`az{", "The WHO Said: HELLO, World! 123", "Côte D’IVOIRE \xff\x80AZ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := ASCII(s); got != string(b) {
			t.Fatalf("ASCII(%q) = %q, want %q", s, got, b)
		}
	})
}
