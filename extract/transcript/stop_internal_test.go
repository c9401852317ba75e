package transcript

import "testing"

// FuzzStopFinder checks stopFinder.from, asked at each place after the
// last stop as Sentences asks, against a byte-by-byte search.
func FuzzStopFinder(f *testing.F) {
	for _, s := range []string{"", ".", "Hello. World! Why? Yes; no.", "U.S. aid, 3.5 million", "no stop here", ";;..!!??"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, start int) {
		if start < 0 || start > len(s) {
			start = 0
		}
		sf := stopFinder{text: s, next: [4]int{-1, -1, -1, -1}}
		for i := start; ; i++ {
			want := i
			for want < len(s) && s[want] != '.' && s[want] != '!' && s[want] != '?' && s[want] != ';' {
				want++
			}
			got := sf.from(i)
			if got != want {
				t.Fatalf("from(%d) in %q = %d, want %d", i, s, got, want)
			}
			if got >= len(s) {
				break
			}
			i = got
		}
	})
}
