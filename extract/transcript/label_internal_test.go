package transcript

import "testing"

// TestNamePostLabel checks the labels that name a person and then, after
// a comma, their post: the speaker and the post read.
func TestNamePostLabel(t *testing.T) {
	for _, tt := range []struct{ s, speaker, byTitle string }{
		{"Dr Ronan Keane, Chief Medical Officer: Good morning.", "Ronan Keane", "Chief Medical Officer"},
		{"HON. DR. CLEMENT MULENGA, MP, MINISTER OF HEALTH:", "Clement Mulenga", "MINISTER OF HEALTH"},
		{"Jane Okello, MBE, Director of Operations: Thank you.", "Jane Okello", "Director of Operations"},
	} {
		l, ok := namePostLabel(tt.s, true)
		if !ok || l.speaker != tt.speaker || l.byTitle != tt.byTitle {
			t.Errorf("namePostLabel(%q) = %q, %q, %v; want %q, %q", tt.s, l.speaker, l.byTitle, ok, tt.speaker, tt.byTitle)
		}
	}
}
