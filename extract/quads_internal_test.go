package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRuneIndex checks runeIndex.at against its definition, counting on
// from the last offset asked by utf8.RuneCountInString (which, for an
// offset inside a rune, counts the rune's bytes on either side of it), for
// offsets asked in and out of order, inside runes too; and isASCII.
func FuzzRuneIndex(f *testing.F) {
	for _, s := range []string{"", "abc", "Côte d’Ivoire — 7 février", "\xff\xfe a", "日本語のテキスト、そして English", "é"} {
		f.Add(s, int64(1))
	}
	f.Fuzz(func(t *testing.T, text string, seed int64) {
		if got, want := runeCount(text), utf8.RuneCountInString(text); utf8.ValidString(text) && got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", text, got, want)
		}
		ascii := true
		for i := 0; i < len(text); i++ {
			ascii = ascii && text[i] < utf8.RuneSelf
		}
		if isASCII(text) != ascii {
			t.Fatalf("isASCII(%q) = %v", text, !ascii)
		}
		ri := newRuneIndex(text)
		rng := rand.New(rand.NewSource(seed))
		last, n := 0, 0
		for range 20 {
			b := rng.Intn(len(text) + 1)
			if rng.Intn(2) == 0 {
				b = max(last, b) // mostly in order, as the quads ask
			}
			if b < last {
				last, n = 0, 0
			}
			n += utf8.RuneCountInString(text[last:b])
			last = b
			if got := ri.at(b); got != n {
				t.Fatalf("at(%d) in %q = %d, want %d", b, text, got, n)
			}
		}
	})
}

// FuzzCurrencyNext checks currencyNext against its definition: the rest,
// lower-cased, opens with "$" or one of currencies.
func FuzzCurrencyNext(f *testing.F) {
	for _, s := range []string{"", " ", "$5", " Dollars", " and", " \u212arone", " yen", "'s", " Won ", " WON"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rest string) {
		low := strings.ToLower(rest)
		want := strings.HasPrefix(low, "$")
		for _, c := range currencies {
			want = want || strings.HasPrefix(low, c)
		}
		if got := currencyNext(rest); got != want {
			t.Fatalf("currencyNext(%q) = %v, want %v", rest, got, want)
		}
	})
}
