package synth_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/synth"
)

func TestDeterministic(t *testing.T) {
	a := synth.New(synth.Config{Seed: 7})
	b := synth.New(synth.Config{Seed: 7})
	for _, i := range []int{0, 1, 2, 99, 12345} {
		da, db := a.Document(i), b.Document(i)
		if da.Name != db.Name || !bytes.Equal(da.Data, db.Data) {
			t.Fatalf("document %d differs between two generators with the same seed", i)
		}
	}
	// Order does not matter: document 5 is the same whether or not 0..4 came first.
	c := synth.New(synth.Config{Seed: 7})
	if !bytes.Equal(c.Document(5).Data, a.Document(5).Data) {
		t.Fatal("document 5 depends on the order of generation")
	}
	if bytes.Equal(synth.New(synth.Config{Seed: 8}).Document(0).Data, a.Document(0).Data) {
		t.Fatal("seeds 7 and 8 give the same document 0")
	}
}

func TestSize(t *testing.T) {
	for _, size := range []int{1000, 8000, 64000} {
		g := synth.New(synth.Config{Seed: 1, Size: size})
		total := 0
		for i := range 30 {
			n := len(g.Document(i).Data)
			if n < size/3 || n > 2*size+4000 {
				t.Errorf("size %d: document %d has %d bytes", size, i, n)
			}
			total += n
		}
		if avg := total / 30; avg < size*2/3 || avg > size*3/2+2000 {
			t.Errorf("size %d: average %d bytes", size, avg)
		}
	}
}

// TestVariety checks that a small corpus covers the genre: every format,
// every aid type's wording, passives, lists, planned actions, help to
// China, outlets asking, page chrome, and many distinct speakers.
func TestVariety(t *testing.T) {
	g := synth.New(synth.Config{Seed: 42})
	var all strings.Builder
	formats := map[synth.Format]int{}
	names := map[string]bool{}
	for i := range 200 {
		d := g.Document(i)
		if !utf8.Valid(d.Data) {
			t.Fatalf("%s is not UTF-8", d.Name)
		}
		if names[d.Name] {
			t.Fatalf("two documents named %s", d.Name)
		}
		names[d.Name] = true
		formats[d.Format]++
		all.Write(d.Data)
		all.WriteString("\n\n")
	}
	text := all.String()
	for _, f := range []synth.Format{synth.SCIO, synth.MFA, synth.Western} {
		if formats[f] < 30 {
			t.Errorf("format %s: only %d of 200 documents", f, formats[f])
		}
	}
	want := map[string]string{
		"SCIO heading":        `(?m)^SCIO briefing on `,
		"SCIO turn":           `(?m)^[A-Z][a-z]+ [A-Z][a-z]+:$`,
		"moderator intro":     `Today we have invited (Mr|Ms)\. `,
		"MFA heading":         `(?m)^Foreign Ministry Spokesperson [A-Z][a-z]+ [A-Z][a-z]+'s Regular Press Conference on [A-Z][a-z]+ \d+, \d{4}$`,
		"MFA timestamp":       `(?m)^\d{4}-\d\d-\d\d \d\d:\d\d$`,
		"Q/A":                 `(?m)^Q: .*\n\nA: `,
		"outlet question":     `(?m)^(Reuters|AFP|CGTN|Bloomberg|CCTV): `,
		"Western turn":        `(?m)^M[RS] [A-Z]+: `,
		"Western question":    `(?m)^QUESTION: `,
		"long date":           `[A-Z][a-z]+ \d{1,2}, 20\d\d`,
		"medical team":        `sent .* medical experts to|dispatched a medical team`,
		"supplies":            `donated [^.]*(masks|ventilators|test kits)`,
		"funding":             `\$[\d.,]+ (million|billion)?`,
		"video conference":    `video conference`,
		"knowledge sharing":   `shared (our|its|their) experience`,
		"joint research":      `joint research`,
		"other aid":           `provided assistance to`,
		"passive":             `(donated|sent|provided) by `,
		"list of recipients":  `the (two|three|four|five) countries of [A-Z][^,]*, `,
		"planned":             ` will (send|provide|contribute|hold|conduct|offer) `,
		"help to China":       `to (China|Wuhan|Hubei province|the Chinese people)\b`,
		"international org":   `(WHO|ASEAN|African Union|European Union|SCO|UNICEF|World Bank)`,
		"region":              `(Africa|Latin America|South Asia|the Middle East)\b`,
		"pager chrome":        `<  1  2 `,
		"share chrome":        `Print E-mail Bookmark and Share`,
		"we resolution":       `\bWe have `,
		"government provider": `The [A-Z][a-z]+ government `,
	}
	for name, re := range want {
		if !regexp.MustCompile(re).MatchString(text) {
			t.Errorf("no %s (%s) in 200 documents", name, re)
		}
	}
	speakers := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^([A-Z][a-z]+ [A-Z][a-z]+):$`).FindAllStringSubmatch(text, -1) {
		speakers[m[1]] = true
	}
	if len(speakers) < 100 {
		t.Errorf("only %d distinct SCIO speakers in 200 documents", len(speakers))
	}
}

func FuzzDocument(f *testing.F) {
	f.Add(uint64(1), 0, 100)
	f.Fuzz(func(t *testing.T, seed uint64, i, size int) {
		if i < 0 || size > 1<<20 {
			t.Skip()
		}
		d := synth.New(synth.Config{Seed: seed, Size: size}).Document(i)
		if len(d.Data) == 0 || !utf8.Valid(d.Data) {
			t.Fatalf("document %d of seed %d: %d bytes, valid UTF-8 %v", i, seed, len(d.Data), utf8.Valid(d.Data))
		}
	})
}
