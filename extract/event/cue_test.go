package event

import (
	"strings"
	"testing"
)

// TestCuesCoverTriggers checks that hasCue, the cheap test that lets a
// sentence reach the trigger expressions, passes every sentence with a
// trigger: a verb added to the lexicon without its cue is never read.
func TestCuesCoverTriggers(t *testing.T) {
	for _, s := range []string{
		"the team came to tehran", "doctors went to italy", "the team stayed in venezuela", "experts spent two weeks in ethiopia",
		"12 tonnes of ventilators reached tashkent", "the eu has announced 20 million euros", "the group built a hospital",
		"they constructed a laboratory", "it set up a field hospital", "china donated masks", "japan sent doctors",
		"the team arrived in milan", "they trained nurses", "china shared its experience", "we held video conferences",
		"hospitals took in patients from italy", "italy received masks", "they worked together on a vaccine",
		"the team travelled to lusaka", "aid to iran", "experts will brief their counterparts", "the team worked in kazakhstan",
		"koica will fund two laboratories", "they joined a video meeting", "the relief airlifts to syria", "the doctors have been with us",
	} {
		if len(triggers(s)) > 0 && !hasCue(s) {
			t.Errorf("%q has a trigger but no cue", s)
		}
		if len(triggers(s)) == 0 {
			t.Errorf("%q has no trigger", s)
		}
	}
}

// FuzzHasCue checks hasCue, which reads a sentence by pairs of bytes,
// against its definition: some cue stands somewhere in the sentence.
func FuzzHasCue(f *testing.F) {
	for _, s := range []string{"", "$", "a$", "$a", "se", "sen", "x se", "fl", "f", "the ship", "raised 5 euros"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, c := range cues {
			want = want || strings.Contains(s, c)
		}
		if got := hasCue(s); got != want {
			t.Errorf("hasCue(%q) = %v, want %v", s, got, want)
		}
	})
}
