package eval

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"Mr. Luo":                       "luo",
		"The  European Union (EU)":      "european union eu",
		"Mrs Smith":                     "smith",
		"the":                           "the",
		"The the UK":                    "the uk",
		"Côte d’Ivoire":                 "côte divoire",
		"Dr Tedros Adhanom Ghebreyesus": "tedros adhanom ghebreyesus",
		"U.S.":                          "us",
		"theology":                      "theology",
		"":                              "",
	} {
		if got := norm(in); got != want {
			t.Errorf("norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLocal(t *testing.T) {
	for _, tc := range []struct {
		v    quad.Value
		want string
	}{
		{quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), "type"},
		{quad.IRI("https://briefgraph.dev/ns#aid_type"), "aidtype"},
		{quad.IRI("http://schema.org/Country/"), "country"},
		{quad.String("Medical-Team"), "medicalteam"},
		{quad.LangString{Value: "Knowledge sharing", Lang: "en"}, "knowledgesharing"},
		{quad.BNode("b_1"), ":b1"}, // "_" is folded away, as by the reference
	} {
		if got := local(tc.v); got != tc.want {
			t.Errorf("local(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// FuzzNorm: norm and the literal reader never panic, and norm's output is
// trimmed with single spaces.
func FuzzNorm(f *testing.F) {
	for _, s := range []string{"Mr. Luo", "ΟΔΟΣ", "İ", `"a\"b"`, `"\u00e9"`, `"x\`, "\x1cthe\x1d x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := norm(s)
		if utf8.ValidString(s) && (n != pyStrip(n) || strings.Contains(n, "  ")) {
			t.Errorf("norm(%q) = %q: not trimmed", s, n)
		}
		_ = pyLiteral(s)
		_ = pyLiteral(`"` + s + `"`)
		_ = pyRepr(s)
		if !strings.ContainsAny(s, "\"\\\n") {
			if got := pyLiteral(`"` + s + `"`); got != s {
				t.Errorf("pyLiteral of quoted %q = %q", s, got)
			}
		}
	})
}
