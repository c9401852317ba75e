package event

// Sentences that reach past themselves: a departure whose cargo the next
// sentence tells, an opening "With funding from X, …".

import (
	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"strings"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// Voyage is a departure for named places whose cargo the next sentences
// tell: "INS Kesari departed for the Maldives and Comoros. The ship is
// carrying food items and medicines."
type Voyage struct {
	Provider   string
	Recipients []string
	Planned    bool
	// Type is the aid type of a gift sent to places the sentence did not
	// name ("has donated masks to 31 countries"), which the next one
	// names ("The first batch went to Italy"); "" for a departure.
	Type string
}

// unnamedPlacesRE: a gift's receivers counted, not named: "to 31
// countries", "to countries in need", "to 41 friendly cities", "to
// every member state".
var unnamedPlacesRE = scan.MustCompile(`\bto (?:more than |over |nearly |some |about |around |at least )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|many|several|other)? ?(?:[a-z]+ )?(?:countries|nations|cities)\b|\bto (?:every|each|all(?: (?:its|our|the))?) member (?:states?|countries)\b`)

// batchWentRE opens a sentence that tells where part of a gift told before
// went: "The first batch went to", "Recent batches went to", "In the last
// three months alone, teams went to".
var batchWentRE = scan.MustCompile(`^(?:[^,.;]{0,40}, )?(?:the |a |an )?(?:(?:first|second|third|next|latest|last|recent|later|further|new|another|other) )?(?:batch(?:es)?|shipments?|consignments?|teams?|deliveries|planes?|flights?)\b[^.;,]{0,40}?\b(?:went|gone|were sent|was sent|arrived|reached|were delivered|was delivered|were shipped|was shipped) (?:to |in |at )?`)

// dispatched is the gift a sentence sent to places it did not name, kept
// for the next sentence (see Voyage.Type); nil if it named them or none.
func dispatched(low string, t trigger, end int, f failure) *Voyage {
	if f.giver == "" || f.typ == "" || t.noun || t.class != give && t.class != send || !unnamedPlacesRE.MatchString(low[t.end:end]) {
		return nil
	}
	return &Voyage{Provider: f.giver, Type: f.typ, Planned: f.planned}
}

// batchWent is the act of a sentence that names where part of the gift v
// went, sent the sentence before to places it did not name.
func batchWent(low string, ms []Mention, v *Voyage) (Action, bool) {
	loc := batchWentRE.FindStringIndex(low)
	if loc == nil {
		return Action{}, false
	}
	right := mentionsIn(ms, loc[1], len(low))
	if len(right) == 0 {
		return Action{}, false
	}
	if gap := strings.TrimSpace(low[loc[1]:right[0].Start]); gap != "" && gap != "the" {
		return Action{}, false // "The first batch went by sea to …": not the places right after the verb
	}
	rs := without(refs(placeList(low, right)), v.Provider) // "went to Myanmar on April 8 and to Laos on April 9"
	if len(rs) == 0 {
		return Action{}, false
	}
	a := Action{Type: v.Type, Provider: v.Provider, Recipients: rs, Modality: voc.Reported, TriggerStart: loc[0], TriggerEnd: loc[1]}
	if plannedRE.MatchString(low) {
		a.Modality = voc.Planned // what went is told as done, whatever was decided before
	}
	a.Cameo = cameo(a.Type, a.Modality)
	return a, true
}

// fundedByRE opens a sentence whose subject acts on another's money or
// help: "With funding from USAID, …", "Thanks to a new contribution of 10
// million kroner from Denmark, …", "With technical assistance from the US
// CDC, …", "With the help of CSCEC, …".
var fundedByRE = scan.MustCompile(`^(?:with|thanks to) (?:the )?(?:(funding|financing|financial support|financial assistance|(?:an? )?(?:new |further |additional |generous )?(?:grant|contribution)s?|money|funds)|(technical (?:assistance|support|help|cooperation))|(?:assistance|support|help)) (?:from|of|provided by) `)

// trainedRE: the subject after the opening trains others with the help
// it names.
var trainedRE = scan.MustCompile(`^(?: \([^)]*\))? (?:has |have |had )?(?:trained|been training|held (?:\w+ )?training|ran (?:\w+ )?(?:courses|training))\b`)

// fundedBy is the help an opening "With funding from X, Y …" states: X
// funds Y; technical assistance is an expert exchange, other help other.
func fundedBy(low string, ms []Mention) (Action, bool) {
	sub := fundedByRE.FindStringSubmatchIndex(low)
	if sub == nil {
		return Action{}, false
	}
	loc := sub[:2]
	typ := voc.OtherAid
	switch {
	case sub[2] >= 0:
		typ = voc.Funding
	case sub[4] >= 0:
		typ = voc.ExpertExchange
	}
	comma := strings.Index(low, ", ")
	if comma < 0 {
		return Action{}, false
	}
	provider := first(mentionsIn(ms, loc[1], comma))
	var recipient string
	for _, m := range mentionsIn(ms, comma, len(low)) {
		if !m.Object && !m.Pronoun {
			if strings.TrimSpace(low[comma+1:m.Start]) == "" || strings.TrimSpace(low[comma+1:m.Start]) == "the" {
				recipient = ref(m)
				if typ == voc.OtherAid && trainedRE.MatchString(low[m.End:]) {
					typ = voc.ExpertExchange // "With the help of PAHO, the Ministry trained 300 vaccinators": PAHO's expertise
				}
			}
			break
		}
	}
	if provider == "" || recipient == "" || provider == recipient {
		return Action{}, false
	}
	a := Action{Type: typ, Provider: provider, Recipients: []string{recipient}, Modality: voc.Reported, TriggerStart: loc[0], TriggerEnd: loc[1] - 1}
	a.Cameo = cameo(a.Type, a.Modality)
	return a, true
}

// departure reports whether a send trigger is a departure: "departed
// for", "left for", "set off for".
func departure(w string) bool {
	return strings.HasSuffix(w, " for")
}

// departs is the voyage of a departure with no cargo named: its subject
// (or the speaker's side, for "INS Kesari departed for") and the places.
func departs(low string, ms []Mention, t trigger, begin, end int, self string, planned bool) *Voyage {
	provider := first(subject(low, mentionsIn(ms, begin, t.start), t.start))
	if provider == "" {
		provider = self
	}
	rs := refs(listFrom(low, mentionsIn(ms, t.end, end), 0))
	rs = without(rs, provider)
	if provider == "" || len(rs) == 0 {
		return nil
	}
	return &Voyage{Provider: provider, Recipients: rs, Planned: planned}
}

// arrives is the voyage of an arrival with no cargo named: from where it
// came ("a flight from Shanghai") to the place named, else to the
// speaker's side.
func arrives(low string, ms []Mention, t trigger, begin, end int, self string) *Voyage {
	left := mentionsIn(ms, begin, t.start)
	provider := first(afterWord(low, left, "from"))
	if provider == "" {
		provider = adjectiveActor(low, left)
	}
	rs := refs(listFrom(low, mentionsIn(ms, t.end, end), 0))
	if len(rs) == 0 && self != "" {
		rs = []string{self}
	}
	rs = without(rs, provider)
	if len(rs) == 0 {
		return nil
	}
	return &Voyage{Provider: provider, Recipients: rs}
}

// cargoRE opens a sentence that tells what a departure carries: "The ship
// is carrying", "On board were", "The plane brought".
var cargoRE = scan.MustCompile(`^(?:among (?:its|the|their) cargo\b|(?:it|they) (?:is|was|were|are) (?:also )?(?:carrying|loaded with)\b|(?:the|this|that|its|the same) (?:ship|vessel|plane|aircraft|airplane|flight|jet|convoy|consignment|shipment|cargo|mission|delivery|team)\b[^.;]{0,40}?\b(?:is carrying|was carrying|carries|carried|brought|is bringing|was loaded with|is loaded with|includes|included|contains|contained)\b|on board\b|aboard\b|[^.;]{0,60}\b(?:are|were|is|was) (?:also )?on board\b)`)

// cargo is the action a sentence after a departure tells: its type from
// what is carried, its recipients those named for it ("Medical teams are
// on board for Mauritius and Comoros") or the departure's.
func cargo(low string, ms []Mention, v *Voyage) (Action, bool) {
	loc := cargoRE.FindStringIndex(low)
	if loc == nil {
		return Action{}, false
	}
	typ := specificNoun(low, 0, len(low))
	if typ == "" {
		typ = firstNoun(low, 0, len(low)) // "food and fuel": other
	}
	if typ == "" || typ == voc.KnowledgeSharing || typ == voc.ExpertExchange {
		return Action{}, false
	}
	rs := refs(afterWord(low, ms, "for"))
	if len(rs) == 0 {
		rs = refs(afterWord(low, ms, "to"))
	}
	if len(rs) == 0 {
		rs = v.Recipients
	}
	provider := v.Provider
	if by := first(afterWord(low, ms, "by")); by != "" {
		provider = by // "Among its cargo were 200,000 masks donated by the Shanghai Municipal Government"
	}
	if provider == "" {
		return Action{}, false
	}
	a := Action{Type: typ, Provider: provider, Recipients: without(rs, provider), Modality: voc.Reported, TriggerStart: loc[0], TriggerEnd: loc[1]}
	if v.Planned || plannedRE.MatchString(low) {
		a.Modality = voc.Planned
	}
	if len(a.Recipients) == 0 {
		return Action{}, false
	}
	a.Cameo = cameo(a.Type, a.Modality)
	return a, true
}
