package transcript

import "testing"

// FuzzControlRatio checks controlRatio against its definition: the share
// of runes, as range reads a string, below 0x20 but the four spaces.
func FuzzControlRatio(f *testing.F) {
	for _, s := range []string{"", "a", "\x01", "abc\ndef\x00gh", "\xe2\x05\x80x\x1f", "élan\t\x0b\x0c\r\n12345678\x07", "\xff\xfe\x01\x02\x03\x04\x05\x06\x07\x08\x09"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, bad := 0, 0
		for _, r := range s {
			n++
			if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
				bad++
			}
		}
		want := 0.0
		if n > 0 {
			want = float64(bad) / float64(n)
		}
		if got := controlRatio(s); got != want {
			t.Fatalf("controlRatio(%q) = %v, want %v", s, got, want)
		}
	})
}
