package transcript

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// MaxSize is the largest transcript Parse accepts, in bytes. A press briefing
// is rarely over 200 KB; anything far larger is not a transcript.
const MaxSize = 16 << 20

// Sentinel errors for input that is not a transcript; Parse wraps them in an
// *InputError that names the input.
var (
	ErrEmpty    = errors.New("empty: there is no text in it")
	ErrBinary   = errors.New("binary data, not text")
	ErrNotUTF8  = errors.New("not UTF-8 text")
	ErrTooLarge = errors.New("too large for a transcript")
)

// InputError reports an input that cannot be read as a transcript.
type InputError struct {
	Name   string // the input's name, as given
	Err    error  // one of the sentinel errors
	Detail string // where or why, e.g. "invalid byte 0xff at offset 12"
}

func (e *InputError) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("%s: %v", e.Name, e.Err)
	}
	return fmt.Sprintf("%s: %v (%s)", e.Name, e.Err, e.Detail)
}

func (e *InputError) Unwrap() error { return e.Err }

// Text checks that data is a transcript and returns its text: the bytes
// themselves for plain UTF-8 text (a leading byte-order mark dropped), the
// visible text for an HTML page. Spaces other than U+0020 (the no-break
// spaces of French typography, "Q\u00a0- ", thin and ideographic spaces)
// are read as U+0020: one code point for one, so the code-point offsets
// the graph records still count into the file as given.
func Text(name string, data []byte) (string, error) {
	fail := func(err error, detail string) (string, error) {
		return "", &InputError{Name: name, Err: err, Detail: detail}
	}
	if len(data) > MaxSize {
		return fail(ErrTooLarge, fmt.Sprintf("%d bytes, the limit is %d", len(data), MaxSize))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(ErrBinary, fmt.Sprintf("NUL byte at offset %d", i))
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return fail(ErrNotUTF8, fmt.Sprintf("invalid byte 0x%02x at offset %d; convert it with iconv -t UTF-8", data[off], off))
	}
	text := string(data)
	if looksLikeHTML(text) {
		var err error
		if text, err = htmlText(text); err != nil {
			return fail(ErrBinary, "unreadable HTML: "+err.Error())
		}
	}
	if hasOddSpace(text) {
		text = strings.Map(func(r rune) rune {
			if oddSpace(r) {
				return ' '
			}
			return r
		}, text)
	}
	text = unbolded(text)
	if controlRatio(text) > 0.05 {
		return fail(ErrBinary, "too many control characters")
	}
	if strings.TrimSpace(text) == "" {
		return fail(ErrEmpty, "")
	}
	return text, nil
}

// unbolded returns text with the Markdown bold marks of lines that open
// with one read as spaces ("**Mr. Thongsavanh:** We have not", a page
// saved as Markdown): the label is the line's own, and every offset stays.
func unbolded(text string) string {
	if !strings.HasPrefix(text, "**") && !strings.Contains(text, "\n**") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.Lines(text) {
		if strings.HasPrefix(line, "**") {
			line = strings.ReplaceAll(line, "**", "  ")
		}
		b.WriteString(line)
	}
	return b.String()
}

// oddSpace reports a space separator other than U+0020.
func oddSpace(r rune) bool { return r > utf8.RuneSelf && unicode.Is(unicode.Zs, r) }

// hasOddSpace reports whether s holds an oddSpace. It looks only where
// one can start, at the lead bytes of U+00A0, U+1680, U+2000–U+205F and
// U+3000, each found by strings.IndexByte: decoding every rune of a
// transcript cost more than a tenth of reading its turns.
func hasOddSpace(s string) bool {
	for _, lead := range [...]byte{0xc2, 0xe1, 0xe2, 0xe3} {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], lead)
			if k < 0 {
				break
			}
			i += k
			if r, _ := utf8.DecodeRuneInString(s[i:]); oddSpace(r) {
				return true
			}
		}
	}
	return false
}

func controlRatio(s string) float64 {
	// The runes as range reads them, and those below 0x20 but the four
	// spaces; eight ASCII bytes at a time (eight runes) where they are,
	// tested for one below 0x20 at all: most have none.
	n, bad := 0, 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if x&0x8080808080808080 == 0 {
				if (x-0x2020202020202020)&^x&0x8080808080808080 != 0 {
					bad += controls(s[i : i+8])
				}
				n, i = n+8, i+8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			bad += controls(s[i : i+1])
			n, i = n+1, i+1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		n, i = n+1, i+size
	}
	if n == 0 {
		return 0
	}
	return float64(bad) / float64(n)
}

// controls counts the bytes of s below 0x20 other than '\n', '\r', '\t'
// and '\f'.
func controls(s string) int {
	bad := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			bad++
		}
	}
	return bad
}

func looksLikeHTML(s string) bool {
	// Each test below needs a '<', which lowering neither makes nor
	// takes away: a transcript has none at its head, and is not lowered.
	if strings.IndexByte(s[:min(len(s), 1024)], '<') < 0 {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 1024)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body")
}

// htmlText renders an HTML page's visible text with one line per block
// element, dropping scripts, styles, navigation, headers and footers.
func htmlText(s string) (string, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "nav", "header", "footer", "form", "button", "select", "iframe", "svg":
				return
			case "br":
				b.WriteString("\n")
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
				b.WriteString(" ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title", "section", "article", "blockquote", "table":
				b.WriteString("\n\n")
			}
		}
	}
	walk(doc)
	// Collapse runs of blank lines and trim each line.
	var out []string
	blank := 0
	for _, line := range strings.Split(b.String(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			blank++
			continue
		}
		if blank > 0 && len(out) > 0 {
			out = append(out, "")
		}
		blank = 0
		out = append(out, line)
	}
	return strings.Join(out, "\n") + "\n", nil
}
