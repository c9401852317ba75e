package lower

import "encoding/binary"

// ASCII returns s with its ASCII letters lower-cased and every other
// byte, and so every byte offset, as it is.
func ASCII(s string) string {
	b := []byte(s)
	// Eight bytes at a time: the bytes from 'A' to 'Z' get bit 5 (0x20)
	// set, found by adding to each byte's low seven bits what carries
	// 'A' and what carries past 'Z' into its bit 7.
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		low7 := w & 0x7f7f7f7f7f7f7f7f
		fromA := low7 + 0x3f3f3f3f3f3f3f3f                // bit 7 set where low7 >= 'A' (0x41)
		pastZ := low7 + 0x2525252525252525                // bit 7 set where low7 > 'Z' (0x5a)
		upper := fromA &^ pastZ &^ w & 0x8080808080808080 // and the byte is ASCII
		if upper != 0 {
			binary.LittleEndian.PutUint64(b[i:], w|upper>>2)
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
