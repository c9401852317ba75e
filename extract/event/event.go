// Package event finds aid actions in a sentence: who gave or did what for
// whom, of which aid type, in what quantity, reported or planned. It works on
// one sentence and the entity mentions found in it, with rules over a lexicon
// of the ways briefings say help was given (lexicon.go); it knows nothing of
// gazetteers or quads.
package event

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// Mention is an entity (or a resolved pronoun) in the sentence.
type Mention struct {
	Start, End int    // byte offsets in the sentence
	Ref        string // the entity's key; "" for a pronoun that resolves to nothing
	// Actor is false for entities that cannot give or receive (none today;
	// kept so callers can mark places mentioned only as locations).
	Actor bool
	// Adjective marks a demonym used as an adjective ("Chinese experts").
	Adjective bool
	// Pronoun marks "we", "our", "us": Ref is the speaker's side.
	Pronoun bool
	// Object marks "it" or "them" standing for an entity named before: it
	// can only receive, as the object of a verb that gives ("provided it
	// with test kits", "helped them") or after a preposition ("to them").
	Object bool
	// Delegate is the Ref to use instead when the mention is a person
	// (their country or body); "" if unknown.
	Delegate string
	// Of is the Ref of the country a government body belongs to; "" for
	// anything else.
	Of string
	// Mission marks an embassy, a high commission, a consulate or a
	// government's office abroad: its government's channel, which gives
	// for it.
	Mission bool
}

// Action is one aid action found: one provider, one or more recipients.
type Action struct {
	Type     string // one of voc.AidTypes()
	Provider string // a Mention.Ref
	// Also are further providers named with Provider ("donated by A and B").
	Also       []string
	Recipients []string // Mention.Refs, in order, without duplicates
	Quantity   string   // as written, "" if none
	Value      float64  // the number read from Quantity, 0 if none
	Modality   string   // voc.Reported or voc.Planned
	Cameo      string   // CAMEO event code
	// TriggerStart and TriggerEnd delimit the trigger word in the sentence.
	TriggerStart, TriggerEnd int
}

// Trigger returns the trigger word of a in sentence s.
func (a Action) Trigger(s string) string { return s[a.TriggerStart:a.TriggerEnd] }

// Scene is what the actions of a sentence depend on outside it.
type Scene struct {
	// Self is the Ref of the speaker's side, the giver of what "was sent"
	// with no agent named; "" if the speaker speaks for nobody (a journalist).
	Self string
	// SelfAgency says Self is an international organisation (WHO at its
	// press conference): money given with no receiver named is its, not
	// goods or teams sent ("The United Kingdom, France and Germany have
	// sent oxygen generators", said of India by the WHO).
	SelfAgency bool
	// Topic is the Ref of the one country the question before the answer
	// asked about ("On Haiti, which countries have offered help?"): the
	// recipient of help given with none named; "" if none.
	Topic string
	// Voyage is the departure the sentence before told, nil if none.
	Voyage *Voyage
	// Team is the last medical team the speaker's turn told of, nil if
	// none: what "the team" or "they" did next was done by its sender
	// where it went ("Three teams went to Italy. They trained hospital
	// staff").
	Team *Action
	// Gift is the last gift of goods the turn told of, nil if none: "120
	// ventilators donated by China landed in Santiago. They were handed
	// over to the Ministry of Health."
	Gift *Action
	// Low is the sentence lower-cased by Lower, when the caller has it
	// (a slice of its whole text lower-cased once); "": FindIn lowers it.
	Low string
}

// context is what the triggers of one sentence pass on to the next.
type context struct {
	self       string  // the speaker's side
	selfAgency bool    // the speaker's side is an international organisation (Scene.SelfAgency)
	topic      string  // whom the sentence or the question before is about
	team       *Action // the last medical team told of
	gift       *Action // the last gift of goods told of
	// last and lastAlso are the provider of the previous action, or the
	// subject of a trigger that gave none: "donated masks to Iran and sent
	// doctors to Iraq".
	last     string
	lastAlso []string
	lastTo   []string // the recipients of the previous action
	lastTyp  string   // the aid type of the previous action
	failed   failure  // what the previous trigger found when it gave no action
	planned  bool     // whether the previous trigger was promised: "will provide masks and send doctors"
	breaks   breaks   // the sentence's clause breaks
}

// failure is what a trigger that gave no action leaves to the next one.
type failure struct {
	class   verbClass
	begin   int      // where its scope began
	agent   string   // the agent of a passive: "vaccines donated by China"
	agents  []string // the agents after it: "organized by the NHC and the Yunnan Provincial Government"
	giver   string   // the giver it found with no one to give to: "a consignment from Uzbekistan was delivered"
	typ     string   // its aid type
	planned bool
	noun    bool     // a noun trigger: "The donation from X arrived in"
	to      []string // the recipients it named
}

type trigger struct {
	class      verbClass
	start, end int
	noun       bool // a noun trigger such as "aid to"
}

// Find returns the aid actions stated in sentence s, whose entity mentions
// are ms (sorted by Start, non-overlapping). self is the Ref of the
// speaker's side, the giver of what "was sent" with no agent named; "" if
// the speaker speaks for nobody (a journalist). A question states nothing.
func Find(s string, ms []Mention, self string) []Action {
	as, _ := FindIn(s, ms, Scene{Self: self})
	return as
}

// FindIn is Find for a sentence in its scene: the speaker's side, the
// question it answers, the departure told before it. It returns the
// departure this sentence tells, or sc.Voyage again while the sentence
// goes on telling its cargo.
func FindIn(s string, ms []Mention, sc Scene) ([]Action, *Voyage) {
	ms = apart(ms)
	self, v := sc.Self, sc.Voyage
	if strings.HasSuffix(strings.TrimRight(s, `"')”’ `), "?") {
		return nil, nil
	}
	low := sc.Low
	if len(low) != len(s) {
		low = Lower(s)
	}
	var went Action // part of a gift to places named only now: "… has donated masks to 31 countries. The first batch went to Italy."
	wentOK := false
	if v != nil && v.Type != "" {
		went, wentOK = batchWent(low, ms, v)
	} else if v != nil {
		if a, ok := cargo(low, ms, v); ok {
			return []Action{a}, v
		}
	}
	var outBuf [4]Action
	out := outBuf[:0] // the actions before merge, on the stack unless a sentence has more
	opening, opened := fundedBy(low, ms)
	if opened {
		out = append(out, opening) // "With funding from USAID, PAHO has trained"
	}
	if wentOK {
		out = append(out, went)
	}
	if !hasCue(low) {
		return heapActions(out), nil
	}
	var trigBuf [8]trigger
	trigs := appendTriggers(trigBuf[:0], low)
	trigs = slices.DeleteFunc(trigs, func(t trigger) bool {
		return slices.ContainsFunc(ms, func(m Mention) bool { return m.Start <= t.start && t.end <= m.End }) || // "Nagashiki Shipping has said": a name, no verb
			t.class == help && strings.HasPrefix(low[t.start:], "support") && !supportsNamed(low, ms, t) ||
			ofParticiple(low, t) || // "delivered 300,000 doses of donated vaccines to Myanmar": an adjective, which would cut the verb's reach
			shippingNoun(low, t) // "Greek shipping companies sent": a noun's word, no verb
	})
	if len(trigs) == 0 {
		return heapActions(out), nil
	}
	var voyage *Voyage
	c := context{self: self, selfAgency: sc.SelfAgency, topic: sc.Topic, team: sc.Team, gift: sc.Gift, breaks: breaks{s: s}}
	if t := TopicOf(low, ms); t != "" {
		c.topic = t // "As for Pakistan, the Chinese side has sent two medical teams"
	}
	if v != nil && v.Type != "" {
		c.last, c.lastTyp = v.Provider, v.Type // "CABEI has donated test kits to every member state. Nicaragua received its batch in April": the gift's giver and goods
	}
	prevBegin := 0
	for i, t := range trigs {
		end := len(s)
		if i+1 < len(trigs) {
			end = trigs[i+1].start
		}
		if k := c.breaks.in(t.end, end); k >= 0 {
			end = k
		}
		if k := nextSubject(low, ms, t.end, end); k >= 0 {
			end = k // "donated equipment to the Ministry of Health, and we thank the Chinese Embassy for"
		}
		begin := 0
		if i > 0 {
			begin = trigs[i-1].end
		}
		if k := strings.LastIndexAny(low[begin:t.start], ";"); k >= 0 {
			begin += k + 1
		} else if (t.class == arrive || t.class == send && motionRE.MatchString(low[t.start:t.end])) && (c.failed.agent != "" || c.failed.noun || c.failed.class == send && t.class == arrive || c.failed.class == care) {
			// "The team, dispatched by Zhejiang, arrived in Milan", "The
			// team we sent arrived in Yerevan": the noun phrase before the
			// verb that gave nothing is the arrival's subject; so is the
			// subject of care for no one's patients ("The Chinese medical
			// team in Mali has treated 4,000 patients since it arrived").
			begin = c.failed.begin
		} else if i > 0 && (closedRelative(low, prevBegin, trigs[i-1], t.start) || teamWhere(low, trigs[i-1])) {
			// "the Chinese medical team, which we sent last October, has
			// trained": the subject is before the relative clause; "the
			// Chinese medical team stationed in Tanzania has organized
			// training": before where the team is.
			begin = prevBegin
		}
		prevBegin = begin
		before := c.failed // the trigger before, if it gave nothing
		a, ok := analyse(s, low, ms, t, begin, end, &c)
		c.planned = ok && a.Modality == voc.Planned || !ok && c.failed.planned
		if !ok && c.failed.typ == "" && departure(low[t.start:t.end]) {
			voyage = departs(low, ms, t, begin, end, self, c.failed.planned)
		}
		if !ok && c.failed.typ == "" && t.class == arrive {
			voyage = arrives(low, ms, t, begin, end, self) // "A flight from Shanghai landed at Ezeiza. Among its cargo were …"
		}
		if !ok && voyage == nil {
			voyage = dispatched(low, t, end, c.failed) // "has donated masks to 31 countries", the places named next
		}
		if ok && len(out) > 0 && out[len(out)-1].Type == a.Type && slices.Equal(out[len(out)-1].Recipients, a.Recipients) && sameGiftRE.MatchString(low[max(0, t.start-60):t.start]) {
			continue // "CIDCA has delivered vaccine aid to Pakistan, and the doses were handed over by our ambassadors": the same gift
		}
		if ok {
			if a.Type == voc.MedicalTeam {
				team := a // a copy of its own, so that a stays on the stack for the triggers that give none
				c.team = &team
			}
			out = append(out, a)
			if typ := alsoSent(low, t, end, a.Type); typ != "" {
				b := a // "sent 10 tonnes of medical supplies and a team of six doctors to Comoros": two acts
				b.Type, b.Quantity, b.Value, b.Cameo = typ, "", 0, cameo(typ, a.Modality)
				out = append(out, b)
			}
			next := len(s)
			if i+1 < len(trigs) {
				next = trigs[i+1].start
			}
			gaps := gapped(low, ms, t.end, next)
			if i > 0 && before.giver == a.Provider {
				gaps = append(gaps, gapped(low, ms, trigs[i-1].end, t.start)...) // "Cyprus has sent 40 firefighters, and Sweden two planes, which arrived in Athens"
			}
			if len(gaps) > 0 {
				// "to the Fund, the Republic of Korea 1 million": a gapped
				// giver is no receiver of the first clause's gift.
				if rs := slices.DeleteFunc(slices.Clone(a.Recipients), func(r string) bool {
					return slices.ContainsFunc(gaps, func(g gap) bool { return ref(g.giver) == r })
				}); len(rs) > 0 {
					out[len(out)-1].Recipients, a.Recipients = rs, rs
				}
			}
			for _, g := range gaps {
				if ref(g.giver) == a.Provider || slices.Contains(a.Recipients, ref(g.giver)) {
					continue
				}
				b := a // "Estonia delivered 100 tents and Slovenia 180 beds": the verb left out, a second giver's act
				b.Provider, b.Also = ref(g.giver), nil
				b.Quantity, b.Value, _ = readQuantity(s, low, 0, g.quantity[:])
				out = append(out, b)
			}
			if i > 0 && before.giver == a.Provider && before.typ != "" && before.typ != a.Type && sharedObject(low[trigs[i-1].end:t.start]) {
				b := a // "to provide supplies and send medical experts to African countries": the receivers of both
				b.Type, b.Quantity, b.Value, b.Cameo = before.typ, "", 0, cameo(before.typ, a.Modality)
				b.TriggerStart, b.TriggerEnd = trigs[i-1].start, trigs[i-1].end
				out = append(out, b)
			}
			c.last, c.lastAlso, c.lastTo, c.lastTyp, c.failed = a.Provider, a.Also, a.Recipients, a.Type, failure{}
			continue
		}
		if c.failed.agent != "" {
			c.last, c.lastAlso = c.failed.agent, nil // "vaccines donated by China arrived in Zimbabwe"
		} else if c.failed.giver != "" && c.failed.typ != "" {
			c.last, c.lastAlso = c.failed.giver, nil // "a consignment from Uzbekistan was delivered by rail … and handed over to the Afghan side"
		} else if p, also := providerOf(low, ms, t, begin); p != "" {
			c.last, c.lastAlso = p, also // "X have committed $900 million in assistance to 120 countries, including …"; "France, Germany and Britain have pledged to provide"
		}
	}
	if opened && opening.Type == voc.OtherAid {
		// "Thanks to the support of China, Zambia has received 50
		// ventilators": the opening's help is the act the verb types.
		for _, a := range out[1:] {
			if a.Provider == opening.Provider && slices.Contains(a.Recipients, opening.Recipients[0]) {
				out = out[1:]
				break
			}
		}
	}
	if wentOK {
		// The verb that told where the batch went gives no second act, by
		// the sender the sentence would guess.
		out = slices.DeleteFunc(out, func(a Action) bool {
			return a.TriggerStart > went.TriggerStart && a.TriggerStart < went.TriggerEnd
		})
	}
	return merge(withoutTeamPresence(low, out)), voyage
}

// ownsNext reports whether m qualifies the noun after it as its owner's:
// "our team", "China's experts", "the Chinese team".
func ownsNext(low string, m Mention) bool {
	return m.Adjective || m.Pronoun && possessivePronoun[low[m.Start:m.End]] || possessive(low[m.End:])
}

// buildingNounBefore and buildingNounAfter are the words before and after
// "building" that make it a noun: "on building damage", "the building
// codes", "capacity building".
var (
	buildingNounBefore = map[string]bool{"on": true, "of": true, "for": true, "the": true, "a": true, "in": true, "capacity": true, "institution": true, "peace": true, "trust": true, "confidence": true}
	buildingNounAfter  = map[string]bool{"damage": true, "codes": true, "code": true, "collapse": true, "collapses": true, "inspection": true, "inspections": true, "safety": true, "assessment": true, "assessments": true, "materials": true, "surveys": true, "survey": true}
)

// untilStop is rest up to its first stop, comma or semicolon.
func untilStop(rest string) string {
	if k := strings.IndexAny(rest, ".;,"); k >= 0 {
		return rest[:k]
	}
	return rest
}

// gapped returns the givers of the clauses in low[from:to], after a
// verb that gave, that leave the verb out: " and Slovenia 180 beds", ",
// and Sweden two firefighting planes", "…, the Republic of Korea 1
// million, and China 1 million". Each is a name right after "and", or
// after a comma in a list of them that "and" ends, then a number.
func gapped(low string, ms []Mention, from, to int) []gap {
	var out []gap
	anded := false
	for _, m := range mentionsIn(ms, from, to) {
		if m.Pronoun || m.Adjective {
			continue
		}
		before := strings.TrimSuffix(low[from:m.Start], "the ")
		and := strings.HasSuffix(before, " and ")
		if !and && !strings.HasSuffix(before, ", ") {
			continue
		}
		rest := strings.TrimPrefix(low[m.End:to], " ")
		w, _, _ := strings.Cut(rest, " ")
		if len(rest) == len(low[m.End:to]) || !(w != "" && w[0] >= '0' && w[0] <= '9' || numberWords[w] > 0) {
			continue
		}
		loc := quantityRE.FindStringIndex(low[m.End:to])
		if loc == nil || strings.TrimSpace(low[m.End:m.End+loc[0]]) != "" || namesOnly(low, ms, from, m.Start) {
			continue // not "sent Iran and Iraq two teams", whose receivers are listed
		}
		out = append(out, gap{giver: m, quantity: [2]int{m.End + loc[0], m.End + loc[1]}})
		anded = anded || and
	}
	if !anded {
		return nil
	}
	return out
}

// shippingNoun reports whether trigger t is "shipping" qualifying a noun:
// "shipping companies", "shipping lines".
func shippingNoun(low string, t trigger) bool {
	if low[t.start:t.end] != "shipping" {
		return false
	}
	switch nextWord(low, t.end) {
	case "company", "companies", "line", "lines", "firm", "firms", "agent", "agents", "industry", "group", "groups":
		return true
	}
	return false
}

// gap is a giver's clause with its verb left out: the giver, and where
// its quantity stands in the sentence.
type gap struct {
	giver    Mention
	quantity [2]int
}

// sameGiftRE: the clause that says what became of the goods just given,
// right before its passive verb: ", and the doses were", ", and they
// were".
var sameGiftRE = scan.MustCompile(`, and (?:(?:the|these|those) (?:doses|vaccines|supplies|goods|items|donations?|kits|masks|materials)|they) (?:were|was|have been|had been|are|will be) (?:\w+ )?$`)

// namesOnly reports whether low[from:to] holds only names, "and", "the"
// and commas.
func namesOnly(low string, ms []Mention, from, to int) bool {
	at := from
	for _, m := range mentionsIn(ms, from, to) {
		if !joinWords(low[at:m.Start]) {
			return false
		}
		at = m.End
	}
	return joinWords(low[at:to])
}

// joinWords reports whether gap is only "and", "the" and commas.
func joinWords(gap string) bool {
	for w := range strings.FieldsSeq(gap) {
		if w = strings.Trim(w, ","); w != "" && w != "and" && w != "the" {
			return false
		}
	}
	return true
}

// welcomesTeam reports whether what follows "welcomed" is people who came
// to help: "a second group of 12 Cuban nurses and doctors", "our rescue
// team", not "the assistance of the UAE".
func welcomesTeam(rest string) bool {
	n := 0
	for w := range strings.FieldsSeq(rest) {
		w = strings.TrimRight(w, ".,;:")
		if teamWords[w] || carersRE.MatchString(w) {
			return true
		}
		if n++; n == 7 {
			break
		}
	}
	return false
}

// teamWords are the nouns of a group sent to help.
var teamWords = map[string]bool{"team": true, "teams": true, "brigade": true, "brigades": true, "group": true, "groups": true, "contingent": true, "contingents": true, "mission": true}

// carersAfter reports whether a country's adjective right after a receive
// verb, a number or an article aside, qualifies carers: "welcomed 12
// Cuban nurses and doctors".
func carersAfter(low string, from int, adj Mention) bool {
	gap := strings.Fields(low[from:adj.Start])
	if len(gap) > 2 {
		return false
	}
	for _, w := range gap {
		if !quantityWord(w) {
			return false
		}
	}
	return carersRE.MatchString(nextWord(low, adj.End))
}

// goodsBefore reports whether the noun before the relative clause that
// ends at a verb names goods: "the vaccine doses (that) it receives".
func goodsBefore(low string, at int) bool {
	ws := strings.Fields(lastWords(low[:at], 4))
	for i := len(ws) - 1; i >= 0; i-- {
		switch ws[i] {
		case "that", "which", "we", "they", "he", "she", "it", "have", "has", "had", "also":
			continue
		}
		return firstNoun(ws[i], 0, len(ws[i])) == voc.Supplies
	}
	return false
}

// teamWhere reports whether t is the "in" (or "at") after a team that
// names where it is: "the Chinese medical team (stationed) in Tanzania".
func teamWhere(low string, t trigger) bool {
	if t.class != arrive || t.end-t.start != 2 {
		return false
	}
	return teamWhereWord(low[t.start:t.end]) && !t.noun
}

// teamWhereWord reports whether a trigger's word is the one a team named
// where it is leaves as its trigger (appendTriggers).
func teamWhereWord(w string) bool { return w == "in" || w == "at" }

// withoutTeamPresence drops the acts read from a team named where it is
// ("The Chinese medical team in Guinea-Bissau", the trigger "in") when
// the sentence tells another act of its giver there: "… has trained 120
// local nurses" is the act, the team's being there its means; a team
// "stationed at" a hospital, by any other act of its giver. Help in
// general there gives way to the team instead: "the Chinese peacekeeping
// contingent in Lebanon have helped treat the injured" is a team's act.
func withoutTeamPresence(low string, out []Action) []Action {
	var buf [4]int
	drop := buf[:0] // most sentences drop none: no map made for them
	for i, a := range out {
		w := low[a.TriggerStart:a.TriggerEnd]
		if !teamWhereWord(w) {
			continue
		}
		for j, b := range out {
			if b.TriggerStart == a.TriggerStart || b.Provider != a.Provider || w == "in" && !slices.Equal(b.Recipients, a.Recipients) {
				continue
			}
			if b.Type == voc.OtherAid && a.Type != voc.OtherAid && slices.Equal(b.Recipients, a.Recipients) {
				drop = append(drop, j)
			} else {
				drop = append(drop, i)
			}
			break
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for i, a := range out {
		if !slices.Contains(drop, i) {
			kept = append(kept, a)
		}
	}
	return kept
}

// fromOthers are the givers of further goods received in the same clause,
// after from (the first givers): "masks from Japan and ventilators from
// Germany".
func fromOthers(low string, all, from []Mention) []string {
	if len(from) == 0 {
		return nil
	}
	var out []string
	end := from[len(from)-1].End
	for _, m := range all {
		if m.Start <= end || m.Pronoun {
			continue
		}
		if h := headStart(low, m.Start); h > end && prevWord(low, h) == "from" && strings.Contains(low[end:h], " and ") && !strings.Contains(low[end:h], ", ") && !strings.Contains(low[end:h], ";") {
			out = append(out, ref(m))
			end = m.End
		}
	}
	return out
}

// gerundAfter are the prepositions after which a verb in -ing names a
// topic ("guidelines on running quarantine centres"), not an act.
var gerundAfter = map[string]bool{"on": true, "about": true, "of": true, "in": true}

// modalBefore are the words before a verb's bare form: "will support",
// "to support", "will also support".
var modalBefore = map[string]bool{"will": true, "would": true, "shall": true, "can": true, "could": true, "to": true, "also": true, "further": true}

// exchangeNoun are the words before "exchanges" that make it a noun:
// "technical exchanges", "expert exchanges".
var exchangeNoun = map[string]bool{"expert": true, "experts'": true, "technical": true, "professional": true, "academic": true, "scientific": true, "medical": true, "clinical": true, "online": true, "video": true, "virtual": true, "remote": true}

// helpVerb are the verbs whose object then does what they help with:
// "help Timor-Leste set up", "assisted Laos build".
var helpVerb = map[string]bool{"help": true, "helps": true, "helped": true, "helping": true, "assist": true, "assists": true, "assisted": true, "assisting": true}

// debtRelief reports whether a giving trigger relieves debt: "waived …
// loans", "cancelled … debts", "wrote off …".
func debtRelief(v string) bool {
	return strings.HasPrefix(v, "waiv") || strings.HasPrefix(v, "cancel") || strings.HasPrefix(v, "forg") || strings.HasPrefix(v, "wr")
}

// trainNoun are the words before "trains" that make it railway trains.
var trainNoun = map[string]bool{"freight": true, "cargo": true, "container": true, "passenger": true, "express": true, "block": true, "special": true, "chartered": true, "charter": true, "high-speed": true, "these": true, "those": true, "more": true, "many": true, "two": true, "three": true, "railway": true, "rail": true, "china-europe": true, "of": true, "by": true, "the": true}

// thatBefore reports whether the words before a subject end with "that",
// which opens a clause of its own: "has been informed that the United
// States intends to make available …".
func thatBefore(words string) bool {
	words = strings.TrimSuffix(strings.TrimSuffix(words, " "), " the")
	return strings.HasSuffix(words, " that") || words == "that"
}

// appendMadeAvailable adds the verb of "has made 5 million euros available
// to" (or "for"), "will make them available to countries in Africa": giving, its
// object between the verb and "available" (verbRE reads "made available"
// when nothing stands between).
func appendMadeAvailable(ts []trigger, low string) []trigger {
	for at := 0; ; {
		k := strings.Index(low[at:], " available to ")
		if f := strings.Index(low[at:], " available for "); f >= 0 && (k < 0 || f < k) {
			k = f // "has made 1.5 million euros available for Honduras"
		}
		if k < 0 {
			return ts
		}
		k += at
		at = k + 1
		var buf [8]string
		ws := fields(buf[:0], lastWords(low[:k], 8))
		ts = appendVerbBefore(ts, low, k, ws[:max(0, len(ws)-1)], madeVerbs) // the object is one word at least
	}
}

// madeVerbs are the forms of "make" in "made … available".
var madeVerbs = map[string]bool{"made": true, "make": true, "makes": true, "making": true}

// appendVerbBefore appends, as a give trigger, the last of the words ws
// before low[k] that verbs holds, unless a trigger covers it: the verb of
// a phrase whose object stands between it and low[k] ("made 5 million
// euros available", "put 100 million CFA francs at the disposal").
func appendVerbBefore(ts []trigger, low string, k int, ws []string, verbs map[string]bool) []trigger {
	for i := len(ws) - 1; i >= 0; i-- {
		if w := ws[i]; verbs[w] {
			start := lastIndex(low[:k], " "+w+" ") + 1
			if start > 0 && !slices.ContainsFunc(ts, func(t trigger) bool { return t.start < k && t.end > start }) {
				ts = append(ts, trigger{class: give, start: start, end: start + len(w)})
			}
			break
		}
	}
	return ts
}

// appendAtDisposal adds the verb of "has put 100 million CFA francs at the
// disposal of the Ministry", "placed three helicopters at our disposal":
// giving, its object between the verb and "at" (recipientsOf reads "at
// the disposal of" in a gap as "to").
func appendAtDisposal(ts []trigger, low string) []trigger {
	for at := 0; ; {
		k := strings.Index(low[at:], " disposal")
		if k < 0 {
			return ts
		}
		k += at
		at = k + 1
		var buf [10]string
		ws := fields(buf[:0], lastWords(low[:k], 10))
		if len(ws) < 3 || ws[len(ws)-2] != "at" || !disposalOwners[ws[len(ws)-1]] {
			continue
		}
		ts = appendVerbBefore(ts, low, k, ws[:len(ws)-3], disposalVerbs) // the object is one word at least
	}
}

// disposalVerbs put goods at another's disposal; disposalOwners are whose.
var (
	disposalVerbs  = map[string]bool{"put": true, "puts": true, "putting": true, "placed": true, "place": true, "places": true, "placing": true}
	disposalOwners = map[string]bool{"the": true, "our": true, "their": true, "its": true, "my": true, "your": true}
)

// ownClause is the words of a verb's own clause among the last words
// before it: those after ", and " ("the African Union expressed support,
// and Equatorial Guinea donated": no support expressed by the giver).
func ownClause(words string) string {
	if k := lastIndex(words, ", and "); k >= 0 {
		return words[k+len(", and "):]
	}
	return words
}

// beforePurpose is a clause up to a purpose it ends with ("…, at their
// request, so that they can check the products they buy"): what is bought
// there is not what was given.
func beforePurpose(clause string) string {
	if k := strings.Index(clause, " so that "); k >= 0 {
		return clause[:k]
	}
	return clause
}

// articleBefore reports whether an article stands right before at: "a
// pledge", the word a noun.
func articleBefore(low string, at int) bool {
	w := lastWords(low[:at], 1)
	return w == "a" || w == "an" || w == "the" || w == "new"
}

// givesTraining reports whether the words after a give verb are training
// given to people: "gave training to", "provided online training for".
func givesTraining(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range []string{"online ", "technical ", "hands-on ", "on-site ", "specialised ", "specialized ", "professional ", "practical "} {
		rest = strings.TrimPrefix(rest, w)
	}
	return strings.HasPrefix(rest, "training to ") || strings.HasPrefix(rest, "training for ")
}

// toTheCountry reports whether a clause gives "to the country", the
// speaker's, not one named after it ("to the country of …").
func toTheCountry(clause string) bool {
	for _, p := range []string{" to the country", " to this country", " for the country", " for this country"} {
		if k := strings.Index(clause, p); k >= 0 {
			rest := clause[k+len(p):]
			return !hasWordPrefix(strings.TrimLeft(rest, " "), "of") && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") && (rest == "" || !('a' <= rest[0] && rest[0] <= 'z'))
		}
	}
	return false
}

// counterparts finds, among the mentions before a verb of joint work,
// two sides joined as "X … and their Y counterparts" (or colleagues,
// partners), one of them the provider found: the first named and the other.
func counterparts(low string, left []Mention, provider string) (string, string, bool) {
	for i := 0; i+1 < len(left); i++ {
		a, b := left[i], left[i+1]
		if a.Pronoun || b.Pronoun || b.Start < a.End || ref(a) == ref(b) || ref(a) != provider && ref(b) != provider {
			continue
		}
		gap := low[a.End:b.Start]
		if !strings.Contains(gap, " and ") || strings.Contains(gap, ", ") || nFields(gap) > 6 {
			continue
		}
		if rest := low[b.End:]; hasWordPrefix(strings.TrimLeft(rest, " "), "counterparts", "colleagues", "partners", "scientists", "researchers", "experts") {
			return ref(a), ref(b), true
		}
	}
	return "", "", false
}

// amountsFor is each receiver of a list of amounts, "$1 billion for India,
// $180 million for Pakistan and $6 million for Maldives": a mention after
// "for" or "to" that follows an amount of money.
func amountsFor(low string, right []Mention) []string {
	var out []string
	prev := -1 // where the last receiver of the list ends
	for _, m := range right {
		if prev >= 0 && (m.Start < prev || !amountGap(low[prev:m.Start])) {
			break // "…, and will donate another $1 million to UNRWA": a clause of its own
		}
		if w := prevWord(low, m.Start); (w == "for" || w == "to") && !m.Pronoun {
			if k := lastIndex(low[:m.Start], " "+w+" "); k >= 0 && moneyRE.MatchString(lastWords(low[:k], 3)) {
				out = append(out, ref(m))
			}
		}
		prev = m.End
	}
	return out
}

// amountGap reports whether the words between two receivers of a list of
// amounts are only the next amount: ", $180 million for ", " and $6 million
// for ".
func amountGap(gap string) bool {
	loc := moneyRE.FindStringIndex(gap)
	if loc == nil {
		return strings.TrimSpace(strings.Trim(gap, ", ")) == "and" || strings.TrimSpace(gap) == ","
	}
	for _, w := range strings.Fields(gap[:loc[0]] + " " + gap[loc[1]:]) {
		switch strings.Trim(w, ",") {
		case "", "and", "for", "to", "million", "billion", "thousand", "dollars", "us", "euros", "pounds", "yuan", "yen":
		default:
			return false
		}
	}
	return true
}

// supportsWith reports whether the verb "support" ending at end gives
// what it names right after its object and "with": "is supporting the
// Africa CDC with a grant of €2 million", not "supports the WHO with its
// voice", "supports COVAX and calls on countries … to share doses with",
// "are supporting the migrant population with cash transfers" (no one
// named) or "supporting it with oxygen".
func supportsWith(low string, end int) bool {
	rest := low[end:min(len(low), end+80)]
	k := strings.Index(rest, " with ")
	if k < 0 || k == 0 || nFields(rest[:k]) > 6 || strings.ContainsAny(rest[:k], ",;:") || strings.Contains(rest[:k], " and ") {
		return false
	}
	return firstNoun(rest, k, len(rest)) != ""
}

// supportsWithGoods is supportsWith for the bare verb after a modal
// ("will also support the Africa Centres for Disease Control and
// Prevention with testing reagents"), which is mostly a noun: goods after
// its "with", in the same phrase. Its object may be a long name with
// "and" in it; FindIn checks that it is named (supportsNamed).
func supportsWithGoods(low string, end int) bool {
	k := strings.Index(low[end:min(len(low), end+100)], " with ")
	return k >= 0 && firstNoun(low, end+k, phraseEnd(low, end+k, 60)) != ""
}

// supportsNamed reports whether a "support" verb's object, before its
// "with", is one of the mentions ms: "supporting the Africa CDC with", not
// "supporting the migrant population with" nor "supporting it with".
func supportsNamed(low string, ms []Mention, t trigger) bool {
	for _, m := range ms {
		if m.Start > t.end && (!m.Pronoun || low[m.Start:m.End] == "us") && strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(low[t.end:m.Start], " "), "the ")) == "" {
			return true
		}
	}
	return false
}

// companyAtWork reports whether "worked in" at opens a relative clause
// ("…, which has worked in Kenya") whose antecedent is no team or staff:
// a company or a body where it works, not a team sent.
func companyAtWork(low string, at int) bool {
	pre := strings.TrimRight(low[:at], " ")
	for _, rel := range []string{", which has", ", which have", ", which had", ", which"} {
		if k := len(pre) - len(rel); k > 0 && pre[k:] == rel {
			return !staffRE.MatchString(lastWords(low[:k], 4))
		}
	}
	return false
}

// staffBefore reports whether the subject of the verb at is a team or
// its staff: named in the words before it ("experts are now in
// Ethiopia"), or, where the verb follows "and" with no subject of its
// own, at the head of the clause ("An Armenian rescue team of 28 people
// crossed the border on Saturday and is now working in Adıyaman").
func staffBefore(low string, at int) bool {
	if staffRE.MatchString(lastWords(low[:at], 6)) {
		return true
	}
	pre := strings.TrimRight(low[:at], " ")
	if !strings.HasSuffix(pre, " and") {
		return false
	}
	from := strings.LastIndexAny(pre, ",;:") + 1
	if strings.Contains(pre[from:], " arriv") {
		return false // "Epidemiologists of Rospotrebnadzor arrived … and are working": the arrival told it
	}
	head := low[from:min(len(pre), from+60)]
	if k := strings.LastIndexByte(head, ' '); k > 0 && from+60 < len(pre) {
		head = head[:k]
	}
	return staffRE.MatchString(head)
}

// agreementWith reports whether the words before a trigger sign an
// accord with a partner: "has signed an agreement with X to", "signed a
// memorandum of understanding with X on".
func agreementWith(pre string) bool {
	for _, w := range []string{"agreement with ", "agreements with ", "memorandum of understanding with ", "contract with ", "deal with ", "partnership with "} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// andVerb reports whether the words before a verb end with "and", so
// that it shares the tense of the verb before: "will provide supplies and
// send", "will donate masks to Chad and also send".
func andVerb(pre string) bool {
	pre = strings.TrimRight(pre, " ")
	return strings.HasSuffix(pre, " and") || strings.HasSuffix(pre, " and also")
}

// subjectRightBefore is the entity named right before a verb at at, as
// its subject (no object pronoun, no adjective), if there is one.
func subjectRightBefore(low string, ms []Mention, at int) (Mention, bool) {
	for _, m := range ms {
		if m.End <= at && m.End >= at-1 && strings.TrimSpace(low[m.End:at]) == "" {
			return m, !m.Object && !m.Adjective
		}
	}
	return Mention{}, false
}

// subjectBeforeAux is subjectRightBefore across an auxiliary: "the
// vaccines China has provided to".
func subjectBeforeAux(low string, ms []Mention, at int) (Mention, bool) {
	for _, aux := range []string{"has ", "have ", "had ", "has also ", "have also ", "had also "} {
		if strings.HasSuffix(low[:at], " "+aux) {
			return subjectRightBefore(low, ms, at-len(aux))
		}
	}
	return subjectRightBefore(low, ms, at)
}

// namedRightBefore reports whether an entity is named right before a
// verb, as its subject: "the goggles (that) Egypt donated to China" is
// no passive.
func namedRightBefore(low string, ms []Mention, at int) bool {
	_, ok := subjectRightBefore(low, ms, at)
	return ok
}

// relativeSubject reports whether the one named right before a verb is
// the subject of a relative clause ("suits that the Embassy of China
// handed over"), whose object is what the relative pronoun stands for.
func relativeSubject(low string, ms []Mention, at int) bool {
	m, ok := subjectBeforeAux(low, ms, at)
	if !ok {
		return false
	}
	h := headStart(low, m.Start)
	w := lastWords(strings.TrimSuffix(low[:h], "the "), 1)
	// "the masks that Viet Nam and Thailand sent to Japan": the pronoun
	// before a list of givers.
	for n := 0; n < 4 && (w == "and" || strings.HasSuffix(strings.TrimRight(low[:h], " "), ",")); n++ {
		before := strings.TrimSuffix(strings.TrimRight(low[:h], " "), " and")
		prev, ok := subjectRightBefore(low, ms, len(strings.TrimSuffix(before, ",")))
		if !ok {
			break
		}
		h = headStart(low, prev.Start)
		w = lastWords(strings.TrimSuffix(low[:h], "the "), 1)
	}
	// "the vaccines China has provided to Sierra Leone": no pronoun, the
	// goods right before the one who gave them.
	return w == "that" || w == "which" || w != "" && m.Start == h && firstNoun(w, 0, len(w)) == voc.Supplies
}

// attendedAt is where a phrase says that someone attended what a
// participle goes on to tell ("… doctors| attended an online course
// organized by"), or -1.
func attendedAt(pre string) int {
	for _, w := range []string{" attended ", " took part in ", " participated in ", " joined "} {
		if k := strings.Index(pre, w); k >= 0 {
			return k
		}
	}
	return -1
}

// receiverWhich reports whether the verb at is in a clause ", which
// will …" whose antecedent is the receiver of what was told before ("to
// Afghanistan, which will help"): the gift's purpose, told again.
func receiverWhich(low string, ms []Mention, at int) bool {
	k := lastIndex(low[:at], ", which ")
	if k < 0 || nFields(low[k+len(", which "):at]) > 2 {
		return false
	}
	for _, m := range ms {
		if m.End == k {
			before := strings.TrimSuffix(low[:m.Start], "the ")
			return strings.HasSuffix(before, " to ") || strings.HasSuffix(before, " for ")
		}
	}
	return false
}

// meetingClause reports whether the words before a verb open a clause on
// the meeting told just before: ", where we", ", during which our experts".
func meetingClause(pre string) bool {
	for _, w := range []string{", where ", ", during which ", ", at which ", ", in which "} {
		if k := strings.LastIndex(pre, w); k >= 0 && nFields(pre[k+len(w):]) <= 2 {
			return true
		}
	}
	return false
}

// sharedObject reports whether the words between two verbs are the first
// verb's object and "and", so that the second's receivers are the first's
// too: "provide| supplies and |send experts to".
func sharedObject(between string) bool {
	obj, ok := strings.CutSuffix(between, " and ")
	return ok && !strings.ContainsAny(obj, ",;:") && nFields(obj) <= 5
}

// heapActions is a copy of as off the stack, nil if as is empty.
func heapActions(as []Action) []Action {
	if len(as) == 0 {
		return nil
	}
	return append([]Action(nil), as...)
}

func triggers(low string) []trigger { return appendTriggers(nil, low) }

// briefingNoun are the words before "briefing" that make it a noun, the
// press briefing itself: "the briefing", "today's briefing".
var briefingNoun = map[string]bool{"the": true, "a": true, "this": true, "that": true, "today's": true, "yesterday's": true, "press": true, "daily": true,
	"regular": true, "weekly": true, "hybrid": true, "virtual": true, "online": true, "media": true, "news": true, "his": true, "her": true, "their": true, "our": true, "its": true}

// namesSender reports whether a clause before "arrived" says who sent
// what arrived: " from " or, after a participle, " by ".
func namesSender(clause string) bool {
	return strings.Contains(clause, " from ") || strings.Contains(clause, " by ")
}

// receivedBy is the list of right after "received by" in the clause that
// opens at end, the gift's own ("…, received by", "…, which were received
// by"), or nil: who received the gift.
func receivedBy(low string, right []Mention, end int) []Mention {
	for i, m := range right {
		before, ok := strings.CutSuffix(strings.TrimSuffix(low[:headStart(low, m.Start)], "the "), " received by ")
		if !ok {
			continue
		}
		if k := len(withoutRelativeBe(before)) - 1; k >= 0 && k >= end-1 && low[k] == ',' && !strings.ContainsAny(low[min(end, k):k], ",;") {
			return listFrom(low, right, i)
		}
		return nil
	}
	return nil
}

// withoutRelativeBe is before with a relative pronoun and a form of "be"
// cut off its end: ", which were" is ",".
func withoutRelativeBe(before string) string {
	for _, be := range []string{" were", " was", " have been", " has been"} {
		if rest, ok := strings.CutSuffix(before, be); ok {
			for _, rel := range []string{" which", " that"} {
				if rest, ok := strings.CutSuffix(rest, rel); ok {
					return rest
				}
			}
		}
	}
	return before
}

// appendTriggers appends the triggers of low to out (FindIn's is on its
// stack).
func appendTriggers(out []trigger, low string) []trigger {
	ts := make([]trigger, 0, 16) // on the stack unless a sentence has more
	// verbRE.FindAll's matches and nounTriggerRE.FindAllStringIndex's
	// bounds, found in one pass over the sentence (triggerPass).
	var verbBuf [16]scan.Match
	var nounBuf [16]int
	verbMs, nounMs := triggerPass.AppendAll(verbBuf[:0], nounBuf[:0], low)
	for _, m := range verbMs {
		c := verbs[m.Index].class
		if w := low[m.Start:m.End]; (w == "ships" || w == "ship") && (shipNoun(prevWord(low, m.Start)) || possessive(low[m.End:])) {
			continue // "navy ships with relief supplies": a noun
		}
		if w := low[m.Start:m.End]; w == "hand" && hasWordPrefix(strings.TrimLeft(low[m.End:], " "), "sanitiser", "sanitizer", "sanitisers", "sanitizers", "sanitising", "sanitizing", "hygiene", "washing", "wash", "gel", "soap", "rub") {
			continue // "hand sanitiser": a noun
		}
		if w := low[m.Start:m.End]; (w == "release" || w == "releases") && releaseNoun[prevWord(low, m.Start)] {
			continue // "vaccine regulation and lot release", "a press release": a noun
		}
		if c == receive && strings.HasPrefix(low[m.Start:], "welcom") && !welcomesTeam(low[m.End:]) {
			continue // "We welcome the assistance of the UAE to Iran": approval, not receipt
		}
		if c == receive && objectRelative.MatchString(lastWords(low[:m.Start], 3)) && goodsBefore(low, m.Start) && !hasWordPrefix(strings.TrimLeft(low[m.End:], " "), "from") {
			continue // "will donate five percent of the vaccine doses it receives to Angola": the goods' relative clause, not a receipt told
		}
		if w := low[m.Start:m.End]; (w == "pledge" || w == "pledges") && ownedNoun(lastWords(low[:m.Start], 2)) {
			continue // "transferred 200 million US dollars of its new pledge to Gavi": the pledge is the money's, a noun
		}
		if c == receive && strings.HasPrefix(low[m.End:], " by ") && strings.HasSuffix(withoutRelativeBe(strings.TrimRight(low[:m.Start], " ")), ",") {
			continue // "donated 200,000 masks, received by the Office of Civil Defense", "…, which were received by the Ministry of Health": who received the gift, told by the gift
		}
		if strings.HasPrefix(low[m.Start:m.End], "channel") && strings.HasSuffix(strings.TrimRight(low[:m.Start], " "), ",") {
			continue // "2 million euros to Chile, channelled through PAHO": how the money went, not a second gift
		}
		if adjectival(low, m.Start, m.End) {
			continue // "a community with a shared future", "Ethiopia remains committed to the process"
		}
		if strings.HasPrefix(low[m.Start:m.End], "announc") && !announcesAmount(low[m.End:]) {
			continue // "announced that it will send", "announced cuts to its funding": the object says
		}
		if c == share && low[m.Start:m.End] == "briefing" && briefingNoun[lastWords(low[:m.Start], 1)] {
			continue // "Ms. Vellucci opened the briefing by expressing …": the press briefing, not a briefing given
		}
		if c == arrive && strings.HasPrefix(low[m.Start:], "reach") && hasWordPrefix(strings.TrimPrefix(strings.TrimLeft(low[m.End:], " "), "a "), "agreement", "an agreement", "consensus", "understanding", "an understanding", "deal", "the agreement") {
			continue // "have reached an agreement to jointly carry out": an accord, not an arrival
		}
		if c == arrive && strings.HasSuffix(strings.TrimRight(low[m.Start:m.End], ";."), "arrived") && !namesSender(low[max(strings.LastIndex(low[:m.Start], ", "), strings.LastIndex(low[:m.Start], "; "), 0):m.Start]) {
			continue // "a team of doctors from Cuba arrived;", "masks provided by the EU arrived" name who sent it in its clause, "…, and the equipment has arrived." does not
		}
		if c == arrive && strings.HasPrefix(low[m.Start:], "work") && companyAtWork(low, m.Start) {
			continue // "Sinoroad Engineering, which has worked in Kenya for twenty years, has donated": where a company works, no arrival
		}
		if c == arrive && (strings.HasPrefix(low[m.Start:], "is ") || strings.HasPrefix(low[m.Start:], "are ")) && inState(nextWord(low, m.End)) {
			continue // "Health experts of our two countries are also in contact": a state, no place
		}
		if c == arrive && (strings.HasPrefix(low[m.Start:], "is ") || strings.HasPrefix(low[m.Start:], "are ")) && !strings.Contains(low[m.Start:m.End], " expected") && !staffBefore(low, m.Start) {
			continue // "experts are now in Ethiopia", not "vaccines are now in phase III trials" nor "citizens are now in quarantine"
		}
		if c == hold && strings.HasSuffix(low[m.Start:m.End], "ing") && gerundAfter[prevWord(low, m.Start)] {
			continue // "its guidelines on running quarantine centres": what the guidelines are about, no act
		}
		if c == train && (low[m.Start:m.End] == "trains" || low[m.Start:m.End] == "train") && trainNoun[prevWord(low, m.Start)] {
			continue // "the disinfection of freight trains", "the protection of train crews": a noun
		}
		if c == share && (low[m.Start:m.End] == "exchanges" || low[m.Start:m.End] == "exchange") && exchangeNoun[prevWord(low, m.Start)] {
			continue // "held technical exchanges with": a noun, which the verb before types
		}
		if c == give && givesTraining(low[m.End:]) {
			c = train // "has given training to more than 1,000 local medical staff": training, as "trained"
		}
		if c == help && strings.HasPrefix(low[m.Start:], "support") && !supportsWith(low, m.End) {
			continue // "China supports the WHO": politics; "supported Ethiopia with 500 ventilators" gives
		}
		if c == give && strings.HasPrefix(low[m.Start:], "mobili") && !announcesAmount(low[m.End:]) {
			continue // "the whole of society has been mobilized"; "is mobilizing €1.2 billion" gives
		}
		if c == help && helpNoun(lastWords(low[:m.Start], 1)) {
			continue // "all help to Mongolia", "their help": the noun trigger reads it
		}
		if c == hold && (strings.HasPrefix(low[m.Start:], "start") || strings.HasPrefix(low[m.Start:], "beg")) && auxiliaryUse(low[m.End:]) {
			continue // "have started developing a vaccine together": the next verb says what
		}
		if c == send && strings.HasPrefix(low[m.Start:], "br") && (!vehicleBefore(lastWords(low[:m.Start], 6)) || broughtHome(low[m.End:]) || strings.Contains(low[m.End:min(len(low), m.End+120)], " donated by ")) {
			// "the team brought with it test kits": the team's act; "brought
			// together": no goods; "flights that brought stranded citizens
			// home"; "a KLM flight brought ventilators donated by the
			// Netherlands": the gift names its giver, the airline carried it.
			continue
		}
		if c == send && strings.HasPrefix(low[m.Start:], "carr") && strings.HasPrefix(low[m.End:], " out") {
			c, m.End = hold, m.End+len(" out") // "are carrying out a joint study": conducting, not carrying
		}
		if c == give && (strings.HasSuffix(low[m.Start:m.End], " fund") || strings.HasSuffix(low[m.Start:m.End], " finance") || strings.HasSuffix(low[m.Start:m.End], " gift")) {
			m.Start = m.Start + strings.LastIndexByte(low[m.Start:m.End], ' ') + 1 // "will fund": the verb; "will" says it is planned
		}
		if c == send && strings.HasPrefix(low[m.Start:], "prepar") && firstNoun(low, m.End, min(len(low), m.End+40)) == voc.ResearchCooperation {
			c = hold // "is preparing phase III trials in Peru"
		}
		if c == build && low[m.Start:m.End] == "building" && (buildingNounBefore[prevWord(low, m.Start)] || buildingNounAfter[nextWord(low, m.End)]) {
			continue // "a team of experts on building damage assessment": the noun, no act
		}
		if c == build && firstNoun(low, m.End, min(len(low), m.End+40)) == voc.ResearchCooperation {
			c = hold // "Harbin Medical University and Far Eastern Federal University have set up a joint laboratory": research together
		}
		if c == hold && (strings.HasPrefix(low[m.Start:], "join") || strings.HasPrefix(low[m.Start:], "had ")) {
			m.End = m.Start + strings.IndexByte(low[m.Start:m.End], ' ') // "joined a video meeting", "have had three video conferences": the meeting types it
		}
		if v, _, _ := strings.Cut(low[m.Start:m.End], " "); c == care && strings.HasSuffix(v, "ing") && (prepositions[prevWord(low, m.Start)] || prevWord(low, m.Start) == "besides") {
			continue // "shared its experience of treating patients with our Ministry of Health": a gerund, no act
		}
		if c == arrive && strings.HasPrefix(low[m.Start:m.End], "will ") && strings.Contains(untilStop(low[m.End:]), " and ") {
			continue // "will arrive on Monday and will be deployed in Italy": the next verb says where
		}
		if c == arrive && teamNoun(low[m.Start:m.End]) {
			if !aidTeamRE.MatchString(lastWords(low[:m.Start+strings.IndexByte(low[m.Start:m.End], ' ')], 5)) {
				continue // "national teams in Pakistan", "the team in Kuwait": no team of help named
			}
			if n := len(ts); n > 0 && !strings.ContainsAny(low[ts[n-1].end:m.Start], ",;") && nFields(low[ts[n-1].end:m.Start]) <= 6 {
				continue // "has deployed additional medical teams in the north of Burkina Faso": the verb's object
			}
			m.Start = m.End - len("in") // "The Chinese medical team in Sudan": the team is the subject, "in" (or "at") the trigger
		}
		if c == care {
			// The trigger is the verb; "47 patients from Italy" is its scope.
			m.End = m.Start + strings.IndexByte(low[m.Start:m.End], ' ')
			if strings.HasPrefix(low[m.End:], " in ") {
				m.End += len(" in")
			}
		}
		if k := strings.Index(low[m.Start:m.End], " "); c == give && k > 0 && debtRelief(low[m.Start:m.End]) {
			if strings.HasPrefix(low[m.Start+k:], " off") {
				k += len(" off")
			}
			m.End = m.Start + k // "waived 12 interest-free loans", "wrote off the debts": the verb; the loans type it
		}
		if w := low[m.Start:m.End]; (w == "airlift" || w == "airlifts") && (w == "airlifts" || shipNoun(prevWord(low, m.Start)) || reliefWord[prevWord(low, m.Start)]) {
			continue // "the Saudi and Emirati relief airlifts to Syria": the noun trigger reads it
		}
		ts = append(ts, trigger{class: c, start: m.Start, end: m.End})
	}
	for k := 0; k < len(nounMs); k += 2 {
		m := nounMs[k : k+2]
		// "aid to X", "assistance for X", "donation from X": a noun that governs a phrase.
		rest := strings.TrimLeft(low[m[1]:], " ")
		word := low[m[0]:m[1]]
		if hasWordPrefix(rest, "to", "for", "from") || hasWordPrefix(rest, "of") && givenThings.MatchString(word) {
			ts = append(ts, trigger{class: give, start: m[0], end: m[1], noun: true})
		} else if word == "support" && modalBefore[prevWord(low, m[0])] && supportsWithGoods(low, m[1]) {
			ts = append(ts, trigger{class: help, start: m[0], end: m[1]}) // "will also support the Africa CDC with testing reagents": the verb
		}
	}
	if strings.Contains(low, " available to ") || strings.Contains(low, " available for ") {
		ts = appendMadeAvailable(ts, low)
	}
	if strings.Contains(low, " disposal") {
		ts = appendAtDisposal(ts, low)
	}
	// slices.SortFunc is sort.Slice's pdqsort (both are generated from one
	// template), so triggers that start together keep the same order,
	// without sort.Slice's allocations.
	slices.SortFunc(ts, func(a, b trigger) int { return cmp.Compare(a.start, b.start) })
	for i := 0; i+1 < len(ts); i++ {
		if strings.HasPrefix(low[ts[i].start:], "carrying") && vehicleRE.MatchString(lastWords(low[:ts[i].start], 1)) && departure(low[ts[i+1].start:ts[i+1].end]) {
			ts = slices.Delete(ts, i, i+1) // "two aircraft carrying food left for Benghazi": the departure tells the act, its subject the goods
			i--
		}
		if n := ts[i+1]; strings.HasPrefix(low[n.start:], "carrying") && ts[i].class == send && !ts[i].noun && sentVehicle(low[ts[i].end:n.start]) {
			ts = slices.Delete(ts, i+1, i+2) // "sent us a plane carrying masks": the goods are what was sent
		}
	}
	// Drop triggers inside another ("hand over" vs "hand"), and a help verb
	// directly after another verb ("provided help"): the first one governs.
	first := len(out)
	for _, t := range ts {
		if n := len(out); n > first {
			p := out[n-1]
			if t.start < p.end {
				continue
			}
			gap := strings.TrimSpace(low[p.end:t.start])
			if t.noun && p.noun && gap == "of" && isMoney(low[t.start:t.end]) {
				continue // "a grant of 500 million yen": the amount belongs to the grant
			}
			if a := asideEnd(low, p.end, t.start); a > 0 && t.noun && !p.noun && !channelAside(low[p.end:a]) {
				gap = strings.TrimSpace(low[a:t.start]) // "is sending, as of today, medical aid to": the aside set off by commas is no clause
			}
			if t.noun && !p.noun && nFields(gap) <= 8 && !strings.Contains(gap, ", ") && !strings.Contains(gap, ";") {
				continue // "provided aid to", "provided 100,000 US dollars in cash assistance to": the verb governs
			}
		}
		out = append(out, t)
	}
	return out
}

// channelAside reports whether an aside names a channel or a partner
// ("has decided to provide, through UNICEF, a grant of"), which the noun
// after it governs, not a time ("as of today").
func channelAside(aside string) bool {
	for _, w := range [...]string{"through ", "via ", "with ", "by ", "on behalf of "} {
		if strings.Contains(aside, w) {
			return true
		}
	}
	return false
}

// alsoSent is the type of a second kind of help that a verb of sending
// or giving names after its first ("medical supplies and a team of six
// doctors", "rice and medical supplies"), joined by "and" in the object
// before its receiver; "" if none. typ is the act's type, which must be
// the object's first noun's.
func alsoSent(low string, t trigger, end int, typ string) string {
	if t.noun || t.class != send && t.class != give {
		return ""
	}
	obj := low[t.end:end]
	if k := strings.Index(obj, " to "); k >= 0 {
		obj = obj[:k]
	}
	m, ok := nounRE.Next(obj, 0)
	if !ok || nouns[m.Index].typ != typ {
		return ""
	}
	for prev := m.End; ; {
		n, ok := nounRE.Next(obj, prev)
		if !ok {
			return ""
		}
		gap := obj[prev:n.Start]
		prev = max(n.End, n.Start+1)
		if typ == voc.Funding && ((gap == " of " || gap == " in ") && nouns[n.Index].typ == voc.Funding || genericAidRE.MatchString(obj[n.Start:n.End]) && moneyInRE.MatchString(gap)) {
			continue // "cash assistance of 1 million US dollars and 100 oxygen concentrators", "300,000 US dollars in cash and a batch of medical supplies", "$1 million in emergency assistance and 200,000 doses": the amount and its help are one
		}
		if measuredAnd(gap) {
			gap = " and " // "and 200 tonnes of rice": the measure's goods are the list's next
		}
		if strings.Contains(gap, ";") || listGapRE.MatchString(gap) {
			return "" // "masks for doctors and nurses", "a grant … for cold-chain equipment and syringes"
		}
		if !strings.Contains(gap, " and ") || strings.Contains(gap, ", ") {
			continue // "masks, gloves and a medical team": the list's last (not "and 200,000 doses")
		}
		nt := nouns[n.Index].typ
		if nt == voc.MedicalTeam && rescueRE.MatchString(obj[n.Start:min(len(obj), n.End+30)]) {
			nt = voc.OtherAid // "two hydrant planes and a brigade of 40 firefighters": rescue, as the planes are
		}
		if nt != typ && (nt != voc.OtherAid || !genericAidRE.MatchString(obj[n.Start:n.End])) {
			return nt
		}
	}
}

// measuredAnd reports whether a gap in a list is "and" and a measure of
// the next goods: " and 200 tonnes of ", " and 5,000 boxes of ".
func measuredAnd(gap string) bool {
	rest, ok := strings.CutPrefix(gap, " and ")
	if !ok {
		return false
	}
	rest, ok = strings.CutSuffix(rest, " of ")
	if !ok {
		return false
	}
	n, unit, ok := strings.Cut(rest, " ")
	if ok && (n == "a" || n == "another") && lotWords[unit] {
		return true // " and a batch of ": the next goods
	}
	return ok && strings.Trim(n, "0123456789.,") == "" && measureUnits[unit]
}

// lotWords measure goods without a number: "a batch of", "a shipment of".
var lotWords = map[string]bool{"batch": true, "shipment": true, "consignment": true, "set": true, "lot": true, "package": true, "quantity": true, "number": true, "supply": true, "load": true}

var measureUnits = map[string]bool{"tonnes": true, "tons": true, "kilograms": true, "kg": true, "boxes": true, "cartons": true, "bags": true, "sacks": true, "packs": true, "pallets": true, "litres": true, "liters": true}

// sentVehicle reports whether the words between a verb of sending and
// "carrying" are only the craft sent, perhaps after its receiver: "us a
// plane", "a chartered flight" (not "15 planes to Italy", whose receiver
// the verb's own phrase names).
func sentVehicle(gap string) bool {
	if strings.ContainsAny(gap, ",;") || strings.Contains(gap, " to ") {
		return false
	}
	return vehicleRE.MatchString(lastWords(gap, 1)) && nFields(gap) <= 5
}

// adjectival reports whether the participle at low[start:end] is an
// adjective: "a shared future", "remains committed to".
func adjectival(low string, start, end int) bool {
	w := low[start:end]
	prev := prevWord(low, start)
	switch w {
	case "shared":
		next, _, _ := strings.Cut(strings.TrimLeft(low[end:], " "), " ")
		return sharedThings[strings.Trim(next, ",.")]
	case "share", "shares", "sharing":
		var buf [8]string
		ws := fields(buf[:0], low[end:min(len(low), end+40)])
		for _, next := range ws[:min(len(ws), 3)] {
			if sharedThings[strings.Trim(next, ",.")] {
				return true // "Kazakhstan and China share a long border"
			}
		}
	case "committed":
		switch prev {
		case "is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "fully", "firmly", "deeply", "strongly", "always", "still":
			return true
		}
	}
	return false
}

// sharedThings are what "shared" qualifies as an adjective.
var sharedThings = map[string]bool{"future": true, "destiny": true, "values": true, "interests": true, "goals": true, "concerns": true, "responsibility": true, "responsibilities": true, "vision": true, "history": true, "border": true, "prosperity": true, "commitment": true, "understanding": true, "challenges": true, "challenge": true, "weal": true, "woe": true, "borders": true, "views": true, "view": true, "position": true, "positions": true, "opinion": true, "ties": true}

// announcesAmount reports whether the words after "announced" give an
// amount or a gift: "20 million euros", "a donation of", "an additional
// $5 million".
func announcesAmount(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch w {
	case "a", "an", "another", "additional", "further", "new":
		return true
	}
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$' || strings.HasPrefix(w, "us$") || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "£") || currencyCodeRE.MatchString(w))
}

// currencyCodeRE is a currency's code before an amount: "eur 2 million", "chf10".
var currencyCodeRE = scan.MustCompile(`^` + currencyBefore)

// auxiliaryUse reports whether the text after "started" or "began" is a
// verb it only starts: "started developing", "began to ship".
func auxiliaryUse(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return w == "to" || strings.HasSuffix(w, "ing")
}

// helpNoun reports whether "help" after word w is a noun.
func helpNoun(w string) bool {
	switch w {
	case "all", "the", "any", "their", "its", "our", "his", "her", "such", "more", "further", "much", "some", "this", "that", "of", "for", "emergency", "humanitarian", "medical", "financial", "timely", "valuable", "generous", "your", "my":
		return true
	}
	return false
}

// promiseVerb reports whether v opens with a verb of promising ("pledged",
// "promises"): help to come, or, before "that", a promise of no gift.
func promiseVerb(v string) bool {
	return strings.HasPrefix(v, "pledg") || strings.HasPrefix(v, "promis")
}

// releaseNoun are the words that make "release" after them a noun.
// ownedNoun reports whether the two words before a word make it a
// possessed noun: "its pledge", "our new pledge".
func ownedNoun(pre string) bool {
	for w := range strings.FieldsSeq(pre) {
		switch w {
		case "its", "their", "our", "his", "her", "my", "your":
			return true
		}
	}
	return false
}

var releaseNoun = map[string]bool{"lot": true, "batch": true, "press": true, "news": true, "data": true, "market": true, "product": true, "the": true, "a": true, "its": true, "their": true, "for": true, "of": true}

// shipNoun reports whether "ship" after word w is a noun.
func shipNoun(w string) bool {
	switch w {
	case "navy", "naval", "cargo", "hospital", "relief", "supply", "container", "research", "cruise", "merchant", "military",
		"our", "their", "its", "his", "her", "two", "three", "four", "several", "many", "some", "these", "those", "of", "with", "the", "a", "each", "every", "that", "this",
		"sent", "send", "sends", "sending", "dispatched", "dispatch", "deployed", "deploy", "five", "ten": // "have sent ships with food to Mogadishu"
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// onlySelf reports whether ms name no one but self: "maternity wards in
// the Gomel and Mogilev regions have received", said in Minsk.
func onlySelf(ms []Mention, self string) bool {
	for _, m := range ms {
		if ref(m) != self {
			return false
		}
	}
	return true
}

// reliefWord are the words before a noun of help: "relief airlifts".
var reliefWord = map[string]bool{"relief": true, "humanitarian": true, "emergency": true, "aid": true}

// teamWork reports whether a verb of class c says what a team did where
// it went: trained, shared, held, treated, helped.
func teamWork(c verbClass) bool {
	return c == train || c == share || c == hold || c == care || c == help
}

// nextSubject is where low[from:to] goes on with a clause of its own
// subject, ", and we …", ", and the European Union has …", or -1.
func nextSubject(low string, ms []Mention, from, to int) int {
	for at := from; ; {
		k := strings.Index(low[at:to], ", and ")
		if k < 0 {
			return -1
		}
		k += at
		rest := k + len(", and ")
		if strings.HasPrefix(low[rest:], "the ") {
			rest += len("the ")
		}
		for i, m := range ms {
			if m.Start == rest && !m.Object && !listTail(low, ms, i, k) {
				return k
			}
		}
		at = k + 1
	}
}

// listTail reports whether ms[i], named after the ", and " at low[k:],
// ends a list of names rather than opening a clause: "to Jamaica,
// Barbados, and Grenada" (two names before, set off by a comma, and no
// verb after), not ", and Huawei has provided".
func listTail(low string, ms []Mention, i, k int) bool {
	m := ms[i]
	if m.Pronoun || m.Adjective || i < 2 || ms[i-1].End != k || startsClause(low, m.End) {
		return false
	}
	return !ms[i-2].Pronoun && low[ms[i-2].End:ms[i-1].Start] == ", "
}

// notAidNouns are, for a trade or repatriation word (by its stem), the
// nouns after it that make it something else: "imported cases",
// "an evacuation centre".
var notAidNouns = map[string][]string{
	"import":  {"case", "cases", "infection", "infections"},
	"evacuat": {"centre", "center", "centres", "centers", "site", "sites", "camp", "camps", "shelter", "shelters"},
}

// notAid reports whether a clause (lower-cased; written is as written)
// tells trade or repatriation, not aid: "exported masks to", "bought
// ventilators from". Money given for buying
// is aid all the same: "a grant of 1.5 billion yen to Myanmar to buy
// medical equipment", "to help Cambodia buy vaccines".
func notAid(clause, written, typ string) bool {
	for start, end := range notAidRE.AllStringIndex(clause) {
		w := clause[start:end]
		if c := written[start]; 'A' <= c && c <= 'Z' && start > 0 {
			continue // "the Ministry of Refugees and Repatriation", "the Export-Import Bank of China": a name's word
		}
		if otherSense(w, clause[end:]) {
			continue // "countries that have reported imported cases", "at an evacuation centre": no trade, no one brought home
		}
		if homeward(w) && vehicleClause(clause[:start]) {
			continue // "sent 17 tonnes of protective equipment to Wuhan aboard the aircraft that repatriated our nationals": the flight's other errand
		}
		if typ == voc.Funding && (strings.HasPrefix(w, "bu") || strings.HasPrefix(w, "purchas") || strings.HasPrefix(w, "procure")) && purposeBuy(clause[:start]) {
			continue
		}
		if pre := clause[:start]; strings.HasSuffix(pre, "in addition to its ") || strings.HasSuffix(pre, "in addition to their ") || strings.HasSuffix(pre, "on top of its ") || strings.HasSuffix(pre, "on top of their ") {
			continue // "contributed 50 million US dollars in cash to the WHO, in addition to its assessed contributions": the dues set apart
		}
		if pre := clause[:start]; strings.HasSuffix(pre, ", and ") && strings.HasSuffix(w, "ed") && len(pre) > len(", and ") {
			continue // "has provided vaccine assistance to 80 countries, including Nepal, and exported vaccines to more than 40 countries": the trade is a predicate of its own, after the aid's
		}
		return true
	}
	return false
}

// patientsOf are the countries whose patients are cared for, named by
// the adjectives right before "patients": "Italian and French patients".
func patientsOf(low string, right []Mention) []string {
	for i := range right {
		if list := adjectiveList(low, right[i:]); len(list) > 0 && strings.HasPrefix(low[list[len(list)-1].End:], " patients") {
			return refs(list)
		}
	}
	return nil
}

// listGap reports whether gap joins two items of a list: ", ", " and ",
// ", and ", " or ".
func listGap(gap string) bool {
	switch gap {
	case ", ", " and ", ", and ", " or ", ", or ":
		return true
	}
	return false
}

// homeward reports whether a word of notAidRE tells people brought home,
// not goods traded.
func homeward(w string) bool {
	for _, p := range [...]string{"repatriat", "evacuat", "return", "bring back", "brought back", "stranded"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// vehicleClause reports whether the words before a homeward word end
// with a relative clause on the craft that carried the gift (vehicleRE):
// "aboard the aircraft that", "on the flight which had also".
func vehicleClause(before string) bool {
	var buf [6]string
	ws := fields(buf[:0], lastWords(before, 5))
	for len(ws) > 0 && (auxiliaries[ws[len(ws)-1]] || ws[len(ws)-1] == "also" || ws[len(ws)-1] == "then") {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	return n >= 2 && (ws[n-1] == "that" || ws[n-1] == "which") && vehicleRE.MatchString(strings.TrimSuffix(ws[n-2], ","))
}

// otherSense reports whether the noun at the start of rest makes the
// trade or repatriation word w something else (notAidNouns).
func otherSense(w, rest string) bool {
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	next = strings.TrimRight(next, ".,;:")
	for stem, nouns := range notAidNouns {
		if strings.HasPrefix(w, stem) && slices.Contains(nouns, next) {
			return true
		}
	}
	return false
}

// purposeBuy reports whether the words before a verb of buying make it the
// purpose of a gift: "to buy", "to help Cambodia buy", "help them purchase".
func purposeBuy(before string) bool {
	if strings.HasSuffix(before, "committed to ") || strings.HasSuffix(before, "agreed to ") {
		return false // "China committed to buying an additional 200 billion US dollars of US goods": a purchase
	}
	var buf [3]string
	ws := fields(buf[:0], lastWords(before, 3))
	for i, w := range ws {
		if w == "to" && i == len(ws)-1 || strings.HasPrefix(w, "help") && i >= len(ws)-2 || w == "for" && i >= len(ws)-2 || (w == "support" || w == "fund" || w == "finance") && i >= len(ws)-3 {
			return true // "to buy", "to help Cambodia buy", "a grant … for the purchase of", "to support its joint purchase of"
		}
	}
	return false
}

// possessive reports whether rest starts with a possessive ending: "the
// ship's crew" names a ship.
func possessive(rest string) bool {
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// coordinated reports whether a verb's clause joins the previous one with no
// subject of its own ("... to Iran and sent ...").
func coordinated(pre string) bool {
	w := lastWords(pre, 2)
	if strings.HasSuffix(w, " and") || w == "and" || strings.HasSuffix(w, "and also") || strings.HasSuffix(w, ",") {
		return true
	}
	// "… to the Indian Red Cross Society and will send", "and has also sent"
	var buf [4]string
	ws := fields(buf[:0], lastWords(pre, 4))
	for i := len(ws) - 1; i >= 0; i-- {
		switch ws[i] {
		case "and":
			return true
		case "will", "would", "shall", "can", "has", "have", "had", "also", "then", "later", "is", "are", "was", "were", "soon":
			continue
		}
		return false
	}
	return false
}

// apart returns ms (in the order of their starts) without the mentions
// that overlap one kept before them ("we" inside "Zimbabwe"), so the rules
// can read the text between two mentions; ms itself is returned when
// nothing overlaps.
func apart(ms []Mention) []Mention {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			out := slices.Clone(ms[:i])
			for _, m := range ms[i:] {
				if m.Start >= out[len(out)-1].End {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return ms
}

// closedRelative reports whether trigger p sits in a relative clause
// opened after begin and closed before at: "X, which we sent last
// October, has trained".
func closedRelative(low string, begin int, p trigger, at int) bool {
	pre := low[begin:p.start]
	// Not when a relative clause of its own opens before the verb: "the
	// Government of Japan, which delivered …, and our Chinese friends, who
	// donated": the friends gave.
	if open := relativeOpen(pre); open >= 0 && !strings.Contains(pre[open+2:], ",") && strings.Contains(low[p.end:at], ",") && relativeOpen(low[p.end:at]) < 0 {
		return true
	}
	// "the Chinese medical expert team that went to Dhaka earlier this month
	// has already shared": a team's relative clause, its verb after it.
	that := max(lastIndex(pre, " that "), lastIndex(pre, " who "))
	return that >= 0 && teamRE.MatchString(pre[:that]) && !strings.Contains(pre[that:], ",") && auxBeforeRE.MatchString(low[p.end:at])
}

// abbreviationEnd reports whether the period at i closes an abbreviation
// of single letters ("U.S. dollars", "p.m. today") or a saint's, mount's
// or fort's short form before a name ("St. Vincent and the Grenadines"),
// not a clause.
func abbreviationEnd(s string, i int) bool {
	if i >= 3 && s[i-2] == '.' && unicode.IsLetter(rune(s[i-1])) && unicode.IsLetter(rune(s[i-3])) {
		return true
	}
	k := strings.LastIndexByte(s[:i], ' ') + 1
	switch strings.ToLower(s[k:i]) {
	case "st", "mt", "ft":
		return true // not "Mr.", whose clause break has kept the acts of "…, Mr. Phiri noted" apart
	}
	return false
}

// clauseBreak returns the offset of the first clause boundary in s[from:to]
// that ends a trigger's scope, or -1. It is case-sensitive: " who " ends a
// clause, "the WHO" does not.
func clauseBreak(s string, from, to int) int {
	w := s[from:to]
	for i := 0; i < len(w); i++ {
		bs := clauseBreaksBy[w[i]]
		if len(bs) == 0 || len(bs[0]) > 1 && (i+1 == len(w) || !clauseBreakSecond[w[i+1]]) {
			continue
		}
		for _, b := range bs {
			if strings.HasPrefix(w[i:], b) && !(b == ". " && abbreviationEnd(s, from+i)) {
				return from + i
			}
		}
	}
	return -1
}

// clauseBreaks are the boundaries clauseBreak looks for.
var clauseBreaks = []string{";", " but ", " while ", " whereas ", " although ", " because ", " which ", " who ", ". "}

// clauseBreaksBy are the clause breaks by their first byte, and
// clauseBreakSecond their second bytes, so that clauseBreak reads the text
// once rather than once per break.
var clauseBreaksBy, clauseBreakSecond = func() (by [256][]string, second [256]bool) {
	for _, b := range clauseBreaks {
		by[b[0]] = append(by[b[0]], b)
		if len(b) > 1 {
			second[b[1]] = true
		}
	}
	return by, second
}()

// clauseEnd is where the clause that goes on at from ends, past any
// trigger in it: the next clause break, or the end of s.
func clauseEnd(s string, from int) int {
	if k := clauseBreak(s, from, len(s)); k >= 0 {
		return k
	}
	return len(s)
}

// inState reports whether w, the word after "is in" or "are in", names a
// state, not a place: "in contact", "in talks", "in touch".
func inState(w string) bool {
	switch w {
	case "contact", "touch", "talks", "communication", "discussions", "negotiations", "charge", "line", "need":
		return true
	}
	return false
}

// bodyOf reports whether the giver provider is, among ms, a body of
// country: "reports that the United Kingdom will send vaccines?" then
// "the British High Commission will deliver 500 oxygen cylinders": the
// question's country gives by its mission, it receives nothing.
func bodyOf(ms []Mention, provider, country string) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return ref(m) == provider && m.Of == country })
}

// providerOf is the subject of a trigger that gave no action, so that what
// follows in the sentence can inherit it.
// negated reports whether the last words before a trigger deny it ("has
// not sent", "refused to provide"), words of a name aside: "Doctors
// Without Borders has sent" is no denial.
func negated(low string, ms []Mention, begin, at int) bool {
	if !negationRE.MatchString(lastWords(low[begin:at], 4)) {
		return false
	}
	named := mentionsIn(ms, begin, at)
	if len(named) == 0 {
		return true
	}
	b := []byte(low[begin:at])
	for _, m := range named {
		for i := m.Start; i < m.End; i++ {
			if b[i-begin] != ' ' {
				b[i-begin] = 'x'
			}
		}
	}
	return negationRE.MatchString(lastWords(string(b), 4))
}

// lastWord2 is the word before the last one of s: "technicians" in
// "laboratory technicians from ".
func lastWord2(s string) string {
	var buf [4]string
	ws := fields(buf[:0], lastWords(s, 2))
	if len(ws) < 2 {
		return ""
	}
	return ws[0]
}

// ofParticiple reports whether a trigger is a participle after "of" that
// qualifies the noun after it ("doses of donated vaccines"), not a verb:
// no "by" or "to" follows it.
func ofParticiple(low string, t trigger) bool {
	v := low[t.start:t.end]
	if t.noun || !strings.HasSuffix(v, "ed") || strings.Contains(v, " ") || prevWord(low, t.start) != "of" {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(low[t.end:], " "), " ")
	return next != "" && next != "by" && next != "to" && next != "in" && next != "for"
}

// providerOf returns the subject of a trigger that gave no act, and the
// others of a list, for the verb after it: "France, Germany and Britain
// have pledged to provide five million euros".
func providerOf(low string, ms []Mention, t trigger, begin int) (string, []string) {
	if t.noun || t.class == receive {
		return "", nil
	}
	subj := refs(subject(low, mentionsIn(ms, begin, t.start), t.start))
	if len(subj) == 0 {
		return "", nil
	}
	return subj[0], subj[1:]
}

// conditional reports whether clause, the rest of a trigger's clause,
// makes the act hinge on a need or a request ("will send more if
// needed"). A clause of its own after ", and " and a pronoun is another
// statement: "sent 32 tonnes of supplies to Iran, and we stand ready to
// do more if needed".
func conditional(clause string) bool {
	for _, and := range []string{", and we ", ", and they ", ", and i ", ", and it ", ", and that ", ", and the "} {
		if k := strings.Index(clause, and); k >= 0 {
			clause = clause[:k]
		}
	}
	loc := conditionalRE.FindStringIndex(clause)
	if loc == nil {
		return false
	}
	// "will provide Venezuela with diagnostic kits and other medical
	// supplies as needed": goods named, given as they are needed; not
	// "further help as needed", nor goods sent "if the islanders need
	// them", an offer on a condition.
	return !(strings.HasPrefix(clause[loc[0]:], "as ") && medicalGoodsRE.MatchString(clause[:loc[0]]))
}

func analyse(s, low string, ms []Mention, t trigger, begin, end int, c *context) (Action, bool) {
	prev := c.failed
	c.failed = failure{class: t.class, begin: begin, noun: t.noun}
	last, lastAlso, self := c.last, c.lastAlso, c.self
	pre := low[begin:t.start]
	if negated(low, ms, begin, t.start) {
		return Action{}, false // "has not sent"
	}
	// The last twelve words before the trigger, read once: the fewer
	// words asked below are its last ones.
	w12 := lastWords(low[:t.start], 12)
	if lastOf(w12, 1) == "to" && (readyRE.MatchString(lastOf(w12, 4)) || readyBeforeRE.MatchString(low[:t.start])) || readyAnyRE.MatchString(lastOf(w12, 8)) || conditional(low[t.end:c.breaks.end(t.end)]) || unrealRE.MatchString(ownClause(w12)) ||
		t.noun && withheldRE.MatchString(lastOf(w12, 6)) {
		return Action{}, false // "is ready to provide further help", "paused its aid to": no act
	}
	if t.class == coop && !t.noun && c.lastTyp == voc.MedicalTeam && strings.HasSuffix(low[:t.start], " to ") {
		return Action{}, false // "will send a group of epidemiologists to China to work with Chinese experts on vaccine research": the team's purpose
	}
	if (strings.HasPrefix(low[t.start:], "carrying") || strings.HasPrefix(low[t.start:], "bringing")) && teamCargoRE.MatchString(low[max(0, t.start-80):t.start]) && c.lastTyp == voc.MedicalTeam {
		return Action{}, false // "send a team of medical experts to Pakistan, carrying ventilators": the team's act is typed by the team
	}
	if t.start > 0 && low[t.start-1] == '-' {
		return Action{}, false // "staff of Chinese-funded enterprises", "EU-funded flights": an adjective, no verb
	}
	planned := plannedRE.MatchString(afterRecall(lastWords(pre, 8))) || promiseVerb(low[t.start:]) ||
		strings.HasPrefix(low[t.start:t.end], "will ") || strings.HasPrefix(low[t.start:t.end], "would ") || strings.HasPrefix(low[t.start:t.end], "shall ") || // a trigger with its auxiliary: "will supply", "will gift"
		strings.HasSuffix(low[t.start:t.end], "expecting") || // "we are also expecting 30 doctors from Albania"
		strings.Contains(low[t.start:t.end], " expected") || // "masks from China are expected next week"
		plannedRE.MatchString(afterRecall(lastOf(w12, 3))) || // "has offered to treat": the verb before is a trigger of its own
		c.planned && !t.noun && andVerb(pre) // "will provide supplies and send experts"
	// "is running" is progressive, not passive: a passive takes a participle.
	verb, after, _ := strings.Cut(low[t.start:t.end], " ")
	if strings.HasSuffix(verb, "ly") {
		verb, _, _ = strings.Cut(after, " ") // "are jointly evaluating"
	}
	progressive := strings.HasSuffix(verb, "ing") // "are carrying out", "is running"
	auxPassive := t.class != receive && t.class != arrive && !t.noun && !progressive && passiveRE.MatchString(pre)
	reduced := t.class != receive && t.class != arrive && !t.noun && !progressive && reducedPassive(low, t)
	// "the vaccines (that) China donated to Mozambique": what was given
	// comes before, as in a passive, but the one named before the verb gave it.
	gap := reduced && !hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "by") && namedRightBefore(low, ms, t.start) // not "doses of Moderna shared by the United States"
	if !gap && !reduced && !auxPassive && (t.class == give || t.class == send) && !t.noun && hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "to", "for") {
		gap = relativeSubject(low, ms, t.start) // "the 5,000 protective suits that the Embassy of China in Tunisia handed over to"
	}
	passive := auxPassive || reduced && !gap
	typeFrom := begin
	moves := t.class == send && motionRE.MatchString(low[t.start:t.end]) // what is sent is the subject: "a third team left for Italy"
	if k := lastIndex(low[begin:t.start], ", and "); (t.class == arrive || moves) && k >= 0 {
		typeFrom = begin + k + len(", and ") // "sent two batches of supplies to Pakistan, and a team of eight medical experts will arrive": the team's clause types it
	}
	typ := aidType(low, t, typeFrom, end, passive || gap)
	if typ == "" && typeFrom != begin {
		typ = aidType(low, t, begin, end, passive || gap) // "…, and the first consignments are on their way to Jamaica": what was given before
	}
	if moves && c.team != nil && anotherTeamRE.MatchString(strings.TrimLeft(low[typeFrom:t.start], " ")) && !strings.Contains(low[typeFrom:t.start], "batch") {
		typ = c.team.Type // "a second team of seven arrived in Baghdad, and a third team left for Italy … with 31 tonnes of supplies": the team goes
	}
	if typ == voc.MedicalTeam {
		// A team that has carers ("structural engineers … and medical
		// specialists") stays a medical team.
		noCarers := func() bool { return !carersRE.MatchString(low) && !strings.Contains(low, "medical ") }
		switch {
		case expertMissionRE.MatchString(low) || fieldExpertsRE.MatchString(low[begin:end]) && noCarers():
			// "the advance team of the WHO-led international expert mission
			// arrived in Beijing", "will send a team of shelter experts":
			// experts who study and advise.
			typ = voc.ExpertExchange
		case rescueWordRE.MatchString(low[begin:end]) && noCarers():
			typ = voc.OtherAid // "teams of urban search and rescue specialists": rescuers, typed as rescue teams are
		case expertPurposeRE.MatchString(low[t.end:]) && noCarers():
			typ = voc.ExpertExchange // "will send eight experts to Myanmar to help farmers grow hybrid rice", "two experts to help assess the water supply"
		}
	}
	if passive && (typ == "" || typ == voc.OtherAid) && prev.typ != "" && prev.typ != voc.OtherAid && strings.HasPrefix(strings.TrimLeft(pre, " "), "by ") && !newGoods(pre) {
		typ = prev.typ // "30 tonnes of reagents donated by the Chinese government was handed over to": the goods of the participle before
	}
	if passive && len(c.lastTo) > 0 && strings.HasPrefix(low[t.start:], "distribut") && !strings.Contains(low[t.end:c.breaks.end(t.end)], " to ") {
		return Action{}, false // "will donate supplies to all 54 African countries, with the first batch to be distributed from Addis Ababa by the Ethiopian government": who hands out gives nothing
	}
	if len(c.lastTo) > 0 && strings.HasSuffix(strings.TrimSpace(pre), ",") && carriedRE.MatchString(low[t.start:t.end]) && hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "by", "on", "aboard", "in") {
		return Action{}, false // "donated protective equipment to North Macedonia, delivered by the Hungarian Defence Forces": who carried it gave nothing
	}
	if k := lastIndex(pre, ", which "); t.class == arrive && len(c.lastTo) > 0 && k >= 0 && nFields(pre[k:]) <= 3 {
		// "donated 50 ventilators to the Ministry of Health of Ukraine, which
		// arrived in Kyiv": the gift's way after its receiver, no new act.
		for _, m := range mentionsIn(ms, 0, begin+k) {
			if m.End == begin+k && slices.Contains(c.lastTo, ref(m)) {
				return Action{}, false
			}
		}
	}
	left := mentionsIn(ms, begin, t.start)
	if moves {
		left = mentionsIn(ms, typeFrom, t.start) // "arrived in Baghdad to help Iraq, and a third team left for Italy": Iraq is the clause before's
	}
	right := mentionsIn(ms, t.end, end)
	if passive {
		by := refs(afterWord(low, right, "by"))
		if len(by) > 0 {
			c.failed.agent, c.failed.agents = by[0], by[1:]
		}
	}
	if t.noun && notReachedRE.MatchString(low[t.end:end]) {
		return Action{}, false // "a donation of masks from the Alibaba Foundation could not reach our country"
	}
	if t.class == help && typ == voc.OtherAid && carersRE.MatchString(low[begin:t.start]) && teamRE.MatchString(low[begin:t.start]) && !passive {
		typ = voc.MedicalTeam // "The Chinese medical team in Timor-Leste is helping the relief efforts": the team's help
	}
	if promiseVerb(low[t.start:]) && strings.HasPrefix(low[t.end:], " that ") {
		return Action{}, false // "China has pledged that once its vaccines are developed, they will be made a global public good": a promise, no gift
	}
	if t.class == help && prevWord(low, t.start) == "to" && strings.Contains(lastWords(low[:t.start], 7), "efforts ") {
		return Action{}, false // "we welcome efforts by all countries to help Italy": efforts welcomed, no act
	}
	if t.class == help && receiverWhich(low, ms, t.start) {
		return Action{}, false // "a grant of US$40 million to Afghanistan, which will help the Ministry of Public Health": the grant's purpose
	}
	if t.class == help && typ == voc.OtherAid && offeredRE.MatchString(lastWords(low[:t.start], 3)) {
		return Action{}, false // "the US has offered to help Iran": an offer of help in general
	}
	if t.class == give && typ == voc.OtherAid && strings.HasPrefix(low[t.start:], "offer") && !quantityWord(nextWord(low, t.end)) {
		return Action{}, false // "Qatar has offered its help, which we are still evaluating": an offer of help in general; not "has offered five ground firefighting modules to North Macedonia"
	}
	if t.class == give && strings.HasPrefix(low[t.start:], "commit") && len(right) > 0 && isDirectObject(low[t.end:right[0].Start]) && strings.HasPrefix(low[right[0].End:], " to ") {
		return Action{}, false // "a Declaration committing ASEAN to a collective response": bound to act, given nothing
	}
	if (t.class == give || t.class == receive || t.class == send) && messageRE.MatchString(strings.TrimPrefix(low[t.end:], " us")) {
		return Action{}, false // "delivered the messages of the President", "received a request for help"
	}
	if typ == voc.OtherAid && (c.lastTyp == voc.Supplies || c.lastTyp == "" && c.gift != nil && c.gift.Type == voc.Supplies) && carrierRE.MatchString(low[begin:t.start]) && !goodsAround(low, begin, end) && !reliefGoodsRE.MatchString(low[begin:end]) {
		// "12 tonnes of ventilators reached Tashkent, and another shipment
		// was handed over to"; "the vaccines we donated to Tonga arrived.
		// The batch for Papua New Guinea will be delivered": the same goods.
		typ = voc.Supplies
	}
	if typ == "" && (t.class == send || t.class == give) && hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "them", "it") && lastWords(low[:t.start], 1) != "to" {
		if s := lastNoun(low, begin, t.start); s == voc.Supplies || s == voc.KnowledgeSharing || s == voc.MedicalTeam || s == voc.OtherAid && reliefGoodsRE.MatchString(low[begin:t.start]) {
			typ = s // "Pakistan collected masks from its hospitals and sent them to China", "translated its guidelines into Lao and sent them to", "formed a medical expert team … and sent it to Kazakhstan"
		}
	}
	if t.class == share && hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "them", "it") && lastNoun(low, 0, t.start) == voc.Supplies {
		typ = voc.Supplies // "Serbia, which received Chinese vaccines early, has shared them with Bosnia and Herzegovina": the goods
	}
	if typ == "" && t.class == arrive && lotArrivesRE.MatchString(low[begin:t.start]) && goodsFrom(low, left, false) != "" {
		typ = voc.Supplies // "A second shipment from Singapore landed in Guangzhou": goods, from a giver named
		if c.lastTyp == voc.OtherAid {
			typ = c.lastTyp
		}
	}
	// "We sent masks to Bhutan, and another consignment will go to
	// Nepal": more of the goods the sentence gave before, by the same
	// giver. (Not the turn's last gift: "the provincial government has
	// donated masks to 41 countries. The largest batches went to Italy"
	// was taken for an earlier giver's.)
	lotOf := ""
	if typ == "" && t.class == arrive && last != "" && c.lastTyp != "" && goesVerbRE.MatchString(low[t.start:t.end]) && lotArrivesRE.MatchString(low[begin:t.start]) && goodsFrom(low, left, false) == "" {
		typ, lotOf = c.lastTyp, last
	}
	if between := strings.TrimSpace(low[begin:t.start]); typ == "" && t.class == arrive && prev.giver != "" && prev.typ != "" && (prev.class == give || prev.class == send) &&
		(between == "" || (strings.HasPrefix(between, "through ") || strings.HasPrefix(between, "by ")) && !strings.ContainsAny(between, ",;")) {
		typ = prev.typ // "Vaccines that China donated (through COVAX) arrived in Bangladesh": what the giver before, who named no receiver, gave; "the supplies donated by the Chinese government to Iraq and Lebanon arrived in Baghdad and Beirut"
	}
	if typ == "" && t.class == receive && last != "" && c.lastTyp != "" && lotReceivedRE.MatchString(strings.TrimLeft(low[t.end:], " ")) {
		typ, lotOf = c.lastTyp, last // "Vaccines donated by China have arrived in Laos, and Myanmar will receive a batch next week": more of the same goods, from the same giver
	}
	c.failed.typ, c.failed.planned = typ, planned
	if typ == "" {
		if t.class == send || t.class == give {
			c.failed.to = refs(recipientPhrase(low, right, t, passive)) // "sent 15 planes to Italy carrying virologists"
		}
		return Action{}, false
	}
	// Trade and repatriation are not aid: "exported 3 billion masks to",
	// "purchased ventilators from", "helped 4,000 citizens return home".
	if clause := beforePurpose(low[begin:end]); notAid(clause, s[begin:begin+len(clause)], typ) && !giftRE.MatchString(clause) && !procuredFor.MatchString(low[max(0, begin-30):begin+len(clause)]) {
		return Action{}, false
	}
	if firstNoun(low, max(begin, t.start-24), t.start) != "" && boughtRE.MatchString(low[t.end:]) {
		return Action{}, false // "The vaccines delivered to Indonesia … were purchased under commercial contracts"
	}
	if hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "them", "it") && boughtRE.MatchString(low[:t.start]) {
		return Action{}, false // "some of the ventilators were purchased from Germany; we paid for them, and we thank the German companies for delivering them"
	}

	var provider string
	var also []string
	var thanker string  // who thanks the provider for what the noun names (thankedFor)
	partOfGift := false // the goods are more of the gift the sentence before told of
	var recipients []string
	switch {
	case t.class == receive:
		subj := subject(low, left, t.start)
		recipients = refs(subj)
		if len(subj) == 1 && subj[0].Of != "" && strings.Contains(low[subj[0].End:t.start], " that the country ") {
			recipients = []string{subj[0].Of} // "The Iraqi Ministry of Health said that the country had received 50,000 doses"
		}
		all := mentionsIn(ms, t.end, c.breaks.end(t.end)) // "received masks donated by X" runs past the next verb
		from := afterWord(low, all, "from")
		provider = first(from)
		for _, m := range from[min(1, len(from)):] {
			if startsClause(low, m.End) {
				break // "from the United Arab Emirates, and the WHO handed over": a new subject
			}
			also = append(also, ref(m)) // "received doses from Australia and New Zealand"
		}
		also = append(also, fromOthers(low, mentionsIn(ms, t.end, len(low)), from)...) // "received 30,000 masks from the University of Tokyo and 8,000 protective suits from Waseda University"
		if provider == "" {
			provider = first(afterWord(low, all, "by"))
		}
		if provider == "" {
			provider = first(afterWord(low, all, "under")) // "received 518,400 doses of the AstraZeneca vaccine under the COVAX facility"
		}
		if provider == "" {
			provider = afterPhrase(low, ms, helpPhrases...) // "Thanks to the support of the Chinese government, Zambia has received"
		}
		if provider == "" {
			provider = ownPronoun(all) // "CARPHA has received our updated guidelines"
		}
		if provider == "" {
			provider = lotOf
		}
		if provider == "" {
			provider = first(afterWord(low, left, "through")) // "Through COVAX, Yemen received its first 300,000 doses"
		}
		if provider == "" && len(all) > 0 && all[0].Adjective && nFields(low[t.end:all[0].Start]) <= 6 && (teamOfRE.MatchString(low[t.end:all[0].Start]) || carersAfter(low, t.end, all[0])) {
			provider = ref(all[0]) // "Angola received a brigade of Cuban doctors and nurses", "we welcomed 12 Cuban nurses and doctors"
		}
		if body := through(low, all, provider, true); body != "" {
			provider, also = body, append(also, provider) // "received 20 ventilators from the Republic of Korea through KOICA": the agency and its country
		}
		if len(recipients) == 0 && onlySelf(mentionsIn(left, introPhraseEnd(low, t.start), t.start), self) && provider != "" && self != "" && provider != self && !passive {
			recipients = []string{self} // "60 maternity wards have received disinfectants from UNICEF", said by the receiver
		}
	case t.class == arrive:
		after := mentionsIn(ms, t.end, c.breaks.end(t.end)) // the clause after the verb: "landed … with 6.2 tonnes of medicines from India"
		// "Fifty ventilators arrived from Turkey", "doses came through
		// COVAX": who sent them, not where they went.
		var fromGiver []Mention
		if v := low[t.start:t.end]; strings.HasSuffix(v, " from") || strings.HasSuffix(v, " through") || hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "from") {
			if len(right) == 0 || !justFrom(low[t.end:right[0].Start]) || notAidRE.MatchString(low[t.end:]) {
				return Action{}, false // "arrived from Merck's stockpile"; "arrived from Turkey, which the government bought under contract"
			}
			fromGiver = listFrom(low, right, 0)
			recipients = refs(afterWord(low, right[len(fromGiver):], "in")) // "arrived from Turkey in Almaty"
		} else if len(right) > 0 && (isDirectObject(low[t.end:right[0].Start]) || beneficiariesIn(low[t.end:right[0].Start])) {
			// The places right after "arrived in", said again ("arrived in
			// Saudi Arabia on April 15 and in Kuwait yesterday"); "reached
			// displaced families in Mozambique".
			list := placeList(low, right)
			recipients = refs(list)
			if n := len(list); n < len(right) && !right[n].Adjective {
				if g := strings.TrimSuffix(low[list[n-1].End:right[n].Start], "the "); g == " for " {
					recipients = refs(listFrom(low, right, n)) // "arrived in Addis Ababa for the African Union": the body named after the place receives
				}
			}
		}
		provider, also = prev.agent, prev.agents // "the team, dispatched by Zhejiang, arrived in"; "organized by the NHC and the Yunnan Provincial Government, arrived in"
		if provider == "" && len(fromGiver) > 0 {
			provider, also = ref(fromGiver[0]), refs(fromGiver[1:])
		}
		if provider == "" {
			provider = lotOf
		}
		if typ == voc.Funding && last != "" && strings.HasPrefix(low[t.start:], "go ") {
			provider, also = last, lastAlso // "Ireland will provide €2 million to the WHO's appeal, and a further €1 million will go to UNICEF"
		}
		if provider == "" {
			if by := afterWord(low, left, "by"); len(by) > 0 && formedByRE.MatchString(lastWords(low[:by[0].Start], 6)) {
				provider = ref(by[0]) // "The team formed by the Health Commission of Guangxi has now been in Laos"
			}
		}
		if provider == "" {
			provider = afterPhrase(low, left, helpPhrases...) // "Thanks to UNICEF, 300 tents have arrived in Mozambique"
		}
		if provider == "" {
			provider = adjectiveActor(low, left)
		}
		if provider == "" {
			provider = giftAgent(low, after) // "landed at the airport with 120 ventilators donated by China"
		}
		if fr := refs(afterWord(low, left, "from")); provider == "" && len(fr) > 0 {
			provider, also = fr[0], fr[1:] // "medical teams from China arrived in", "teams from Cyprus and from the Netherlands arrived"
			for _, m := range left {
				if r := ref(m); prevWord(low, headStart(low, m.Start)) == "from" && r != provider && !slices.Contains(also, r) {
					also = append(also, r) // "112 firefighters from Romania and 82 firefighters from France arrived"
				}
			}
		}
		if fr := afterWord(low, after, "from"); provider == "" && len(fr) > 0 && strings.Contains(low[t.end:fr[0].Start], " with ") {
			provider = ref(fr[0]) // "an aircraft landed at Velana International Airport with 6.2 tonnes of medicines from India"
		} else if provider == "" && len(fr) > 0 && len(recipients) > 0 && placeThenFrom(low, after, fr[0], recipients) {
			provider, also = ref(fr[0]), refs(fr[1:]) // "Supplies had also arrived in New Delhi from the United Kingdom, Germany and Ireland"
		}
		if provider == "" {
			provider = first(afterWord(low, left, "of")) // "a medical team of the Bangladesh Armed Forces has been working in"
		}
		for _, m := range left {
			if provider == "" && possessive(low[m.End:]) {
				provider = ref(m) // "China's third batch of supplies ... arrived"
			}
		}
		if forWhom := afterWord(low, left, "for"); len(forWhom) > 0 {
			recipients = refs(forWhom) // "China's supplies for the African Union arrived in Addis Ababa"
		}
		if provider == "" && strings.Contains(low[t.start:t.end], " expected") && !awaitedGift[prevWord(low, t.start)] {
			return Action{}, false // "the first 50,000 doses are expected at the end of the month": awaited, from no one named
		}
		if provider == "" {
			provider = last // "donated ventilators that arrived in Havana"
		}
		if provider == "" {
			provider = self // "the second brigade for Italy arrived in Turin", said by its sender
		}
		if k := lastIndex(pre, ", and "); len(c.lastTo) > 0 && provider == last && k >= 0 && firstConsignmentRE.MatchString(strings.TrimLeft(pre[k+len(", and "):], " ")) {
			recipients = c.lastTo // "to provide … supplies to the African Union, and the first consignment arrived in Addis Ababa": the AU's
		}
		if len(recipients) == 0 && self != "" && provider != self && !movedOnly(low[t.start:t.end]) && !c.selfAgency {
			recipients = []string{self} // "The doses donated by the Government of Japan arrived in July", said in Kuala Lumpur; not by OCHA of Lebanon's rescuers (the topic receives)
		}
	case passive:
		byMs := slices.DeleteFunc(afterWord(low, right, "by"), func(m Mention) bool {
			return carrierName(low[m.End:]) // "delivered by the China-Europe freight train": a carrier, no giver
		})
		agents := refs(byMs)
		if len(agents) > 0 && prev.agent != "" && prev.class == give && auxPassive && strings.HasPrefix(low[t.start:], "hand") && !strings.Contains(pre, ", and ") {
			// "A batch of ventilators donated by the Chinese government was
			// handed over by the Chinese Embassy in Bangkok to": the donor
			// gives, the embassy hands over.
			provider = prev.agent
		} else if k := lastIndex(pre, ", which "); len(agents) > 0 && byMs[0].Pronoun && last != "" && auxPassive && k >= 0 && nFields(pre[k:]) <= 5 && strings.HasPrefix(low[t.start:], "hand") {
			// "donated 300,000 masks to the Philippines, which were handed
			// over … by our consulates general": the donor gives, our
			// missions, unnamed, hand over (a named embassy hands over as
			// a giver of its own, as the corpus counts it).
			provider, also = last, lastAlso
		} else if len(agents) > 0 {
			provider, also = agents[0], agents[1:]
		} else if prev.agent != "" && auxPassive && prev.class == give && !strings.Contains(pre, ";") && !strings.Contains(pre, ", and ") {
			provider = prev.agent // "The vaccines donated by the Chinese People's Liberation Army were handed over to": the giver, not a word of its name
		} else if by := afterWord(low, mentionsIn(left, begin, t.start), "by"); len(by) > 0 && auxPassive && stockedAgent(low, by[0].Start) {
			provider, also = ref(by[0]), refs(by[1:]) // "Relief supplies pre-positioned by Australia's DFAT were handed to": the one who held them gives
		} else if a := adjectiveActor(low, mentionsIn(ms, max(begin, t.start-60), t.start)); a != "" {
			provider = a // "the Chinese medical team sent to Serbia"
		} else if o := teamOwner(low, left); o != "" {
			provider = o // "A United Nations Disaster Assessment and Coordination (UNDAC) team has been deployed to Haiti"
		} else if k := lastIndex(pre, ", and "); last != "" && auxPassive && k >= 0 && sameGoods(strings.TrimLeft(pre[k+len(", and "):], " ")) {
			// "the Government of India sent 100 tonnes of oxygen, and this was
			// handed over to the Ministry of Health": the goods just told of.
			provider = last
			if prev.giver == last && prev.typ != "" {
				typ = prev.typ
			} else if c.lastTyp != "" {
				typ = c.lastTyp
			}
		} else if last != "" && c.lastTyp != "" && auxPassive && sameSubjectRE.MatchString(pre) {
			// "The reagents donated by China arrived in Kabul and were handed
			// over to the Ministry of Public Health": the same goods, given on.
			provider, also = last, lastAlso
			if typ == voc.OtherAid {
				typ = c.lastTyp
			}
		} else if k := lastIndex(pre, ", which "); last != "" && auxPassive && k >= 0 && nFields(pre[k:]) <= 5 {
			// "a shipment donated by China arrived … with 50 ventilators,
			// which were handed over to the Ministry of Health": the goods
			// just told of, given on by their giver.
			provider, also = last, lastAlso
			if typ == voc.OtherAid && c.lastTyp != "" {
				typ = c.lastTyp
			}
		} else if subj := strings.TrimLeft(low[begin:t.start], " ,"); c.gift != nil && auxPassive && (goodsAnaphorRE.MatchString(subj) || morePartsRE.MatchString(subj)) {
			provider, typ = c.gift.Provider, c.gift.Type // "They were handed over to the Ministry of Health", after "120 ventilators donated by China"
			partOfGift = morePartsRE.MatchString(subj)
		} else if o := ownerOf(low, left); o != "" && auxPassive {
			provider = o // "China's sixth batch of medical supplies for Iran has been delivered"
		} else if o := goodsFrom(low, left, t.class == send); o != "" && auxPassive {
			provider = o // "another humanitarian consignment from Uzbekistan … was delivered"
		} else if last != "" && byDescription(low[t.end:end]) {
			provider, also = last, lastAlso // "Mindray handed over ventilators donated by the company to"
		} else if last != "" && self == "" && strings.Contains(pre, ", and ") {
			provider, also = last, lastAlso // "vaccines donated by China arrived in Zimbabwe, and donated doses have also been delivered to"
		} else if prev.noun && prev.giver != "" && auxPassive {
			provider = prev.giver // "The Thai government's donation of masks was handed over to the Hubei Provincial Government"
		} else if !strings.HasPrefix(low[t.start:], "distribut") {
			provider = self // "masks were shipped to Serbia", said by an official; what "was distributed" is passed on, not given
			if h := afterPhrase(low, left, helperPhrases...); h != "" {
				provider = h // "With the help of the World Health Organization, 40 mobile vaccination teams were trained"
			}
		}
		recipients = refs(recipientPhrase(low, right, t, true))
		if k := strings.Index(low[t.end:end], ", and "); auxPassive && k >= 0 && len(recipients) > 0 && right[0].Start > t.end+k && slices.ContainsFunc(left, func(m Mention) bool { return sentToRE.MatchString(lastWords(low[:m.Start], 2)) }) {
			// "The aid material to Cambodia, Myanmar and Nepal was delivered
			// by road and by air, and the ventilators for Venezuela were
			// loaded": the next clause's receivers are not this one's, when
			// the subject names its own.
			recipients = nil
		}
		if len(recipients) == 0 && t.class == train {
			if from := afterWord(low, left, "from"); len(from) > 0 && peers[lastWord2(low[:headStart(low, from[0].Start)])] {
				recipients = refs(from) // "laboratory technicians from Malawi and Lesotho have been trained"
			}
		}
		if len(recipients) == 0 && t.class == train && provider != self && self != "" && noRecipientPhrase(ownPlaces(s[:end], ms, self, t.end)[t.end:], false) {
			recipients = []string{self} // "… teams were trained in Zakarpattia and Odesa regions", said in Kyiv
		}
		if len(recipients) == 0 && t.class == build {
			recipients = refs(afterWord(low, right, "in")) // "a field hospital was built by Jordan in Beirut"
		}
		if len(recipients) == 0 && partOfGift && handOver.MatchString(low[t.start:t.end]) {
			// "Since then, consignments have been handed over in Cambodia,
			// Laos and Nepal", after "vaccines donated by the Chinese
			// government" reached Pakistan: more of the gift, where it was
			// handed over (not the places it reached already).
			recipients = refs(afterWord(low, right, "in"))
			for _, r := range c.gift.Recipients {
				recipients = without(recipients, r)
			}
		}
		if len(recipients) == 0 && auxPassive && t.class == give && provider != "" && (len(agents) > 0 || provider == prev.agent) && handOver.MatchString(low[t.start:t.end]) {
			// "Medical supplies donated by Turkey were handed over in
			// Serbia, Kosovo and Montenegro": where the gift was handed
			// over, the country received it (not goods told of before,
			// "The goods were handed over in Lviv", which had a receiver).
			recipients = without(refs(afterWord(low, right, "in")), provider)
		}
		if len(recipients) == 0 && auxPassive && t.class == send && strings.HasPrefix(low[t.start:], "deploy") {
			recipients = refs(afterWord(low, right, "in")) // "A team of 14 doctors from Romania will be deployed in Lombardy": where a team is deployed, it helps
		}
		if len(recipients) == 0 && auxPassive {
			recipients = refs(afterWord(low, left, "for")) // "China's sixth batch of medical supplies for Iran has been delivered"
		}
		if len(recipients) == 0 && auxPassive {
			for i, m := range left {
				if sentToRE.MatchString(lastWords(low[:m.Start], 2)) {
					recipients = refs(listFrom(low, left, i)) // "The team to Iraq was also sent by the Red Cross Society of China", "the goods to Laos, Pakistan and Iran were handed over"
					break
				}
			}
		}
		if len(recipients) == 0 && auxPassive {
			if subj := subject(low, left, t.start); !(t.class == send && len(subj) == 1 && ownsNext(low, subj[0])) {
				recipients = refs(subj) // "Italy was helped by China"; not "Our team was sent by the NHC", whose team is what was sent
			}
		}
		if k := attendedAt(low[begin:t.start]); len(recipients) == 0 && len(agents) > 0 && t.class == hold && k >= 0 {
			// "60 Afghan doctors attended an online training programme
			// organized by the Turkish Ministry of Health": who attended.
			recipients = refs(subject(low, mentionsIn(ms, begin, begin+k), begin+k))
		}
		if len(recipients) == 0 && len(agents) > 0 && !strings.Contains(low[begin:t.start], ", and ") {
			// "sent a team to Italy, together with supplies donated by the
			// Red Cross Society of China"; not a new clause's subject, ",
			// and a batch of ventilators donated by China arrived in
			// Belgrade", whose verb tells where it went.
			recipients = c.lastTo
		}
	case t.noun:
		// "China's aid to Italy", "Chinese assistance for Iran", "aid from China to Iran".
		provider = first(afterWord(low, right, "from"))
		if provider == "" {
			provider = possessor(low, left, t.start)
			if n := len(left); provider != "" && left[n-1].Adjective {
				// "the Saudi and Emirati relief airlifts": every adjective of the list gives.
				var before []string
				for j := n - 2; j >= 0 && !left[j].Pronoun && !left[j].Object && coordinatedGap(low[left[j].End:left[j+1].Start]); j-- {
					before = append([]string{ref(left[j])}, before...)
				}
				if len(before) > 0 {
					provider, also = before[0], append(before[1:], provider)
				}
			}
		}
		if provider == "" {
			// "we are grateful to the Government of India for the donation
			// of medicines", "thank Kuwait for its contribution of": the ones
			// thanked gave, to the one who thanks them.
			if ps, by := thankedFor(low, left, begin, t.start); len(ps) > 0 {
				provider, also = ps[0], ps[1:]
				if thanker = by; thanker == "" {
					thanker = self
				}
			}
		}
		if provider == "" && ownedByIts(low[begin:t.start]) {
			// "thank Pakistan for its help to China": its is the last actor named.
			for i := len(left) - 1; i >= 0 && provider == ""; i-- {
				if !left[i].Pronoun {
					provider = ref(left[i])
				}
			}
		}
		if provider == "" {
			provider = first(afterWord(low, left, "by")) // "the announcement by China of a fund of $1.9 million for"
		}
		if provider == "" && !welcomeRE.MatchString(lastWords(low[begin:t.start], 4)) {
			// "Tencent announced a donation of", "The United States and Japan have
			// both announced emergency assistance to"; not "We welcome all help to Mongolia"
			if subj := refs(subject(low, left, t.start)); len(subj) > 0 {
				provider, also = subj[0], subj[1:]
			}
		}
		if provider == "" && last != "" {
			provider, also = last, lastAlso // "… to Iran, and of $2 million to Bangladesh"; "including $50 million to Italy"
		}
		if provider == "" && isMoney(low[t.start:t.end]) {
			provider = self // "up to $18 million for Afghanistan", said by an official
		}
		recipients = refs(recipientPhrase(low, right, t, false))
		if len(recipients) == 0 && strings.HasSuffix(low[:t.start], " on a ") {
			recipients = refs(signedWith(low, left)) // "signed an exchange of letters with the Government of Mongolia on a grant of"
		}
	case t.class == build:
		subj := subject(low, left, t.start)
		provider, also = first(subj), refs(subj[min(1, len(subj)):]) // "Uzbekistan and Italy set up field hospitals"
		if len(subj) > 0 && helpVerb[prevWord(low, headStart(low, subj[0].Start))] {
			// "we will help Timor-Leste set up a telemedicine center linked
			// to a hospital in China": the one helped builds for itself.
			provider, recipients = last, []string{ref(subj[0])}
			if provider == "" {
				provider = self
			}
			break
		}
		if builtFacility(low, begin, t.start) {
			// "a field hospital built by Jordan in Beirut", "the Jordanian
			// field hospital set up in Beirut": the agent builds, else the
			// adjective of what was built.
			if agents := refs(afterWord(low, right, "by")); len(agents) > 0 {
				provider, also = agents[0], agents[1:]
			} else if n := len(left); n > 0 && left[n-1].Adjective && nFields(low[left[n-1].End:t.start]) <= 4 {
				provider = ref(left[n-1])
			}
		}
		if provider == "" {
			provider = last // "China helped Pakistan build an isolation hospital": the helper's act is told by "helped"
		}
		recipients = refs(afterWord(low, right, "for"))
		if len(recipients) == 0 {
			recipients = refs(afterWord(low, right, "in")) // "built a 100-bed temporary hospital in Bishkek"
		}
	case t.class == care:
		if subj := refs(subject(low, left, t.start)); len(subj) > 0 {
			provider, also = subj[0], subj[1:] // "Germany, Austria and Switzerland have welcomed patients from France"
		}
		if provider == "" {
			provider = last // "Germany has offered to treat 50 patients from Italy"
		}
		if provider == "" {
			provider = self
		}
		recipients = refs(afterWord(low, right, "from")) // "patients from Italy and France"
		if len(recipients) == 0 {
			recipients = patientsOf(low, right) // "have welcomed Italian and French patients"
		}
		if k := strings.Index(low[t.end:min(end, t.end+40)], "patients"); len(recipients) == 0 && self != "" && provider != self && k >= 0 && strings.Contains(low[t.end:t.end+k], " our ") {
			recipients = []string{self} // "Germany, Switzerland and Luxembourg took in our patients"
		}
		if len(recipients) == 0 {
			return Action{}, false // "have been treating patients in local hospitals": their own care, not another country's patients
		}
	case t.class == train:
		provider = first(subject(low, left, t.start))
		obj, trainees := t.end, right
		if a := asideEnd(low, t.end, end); a > 0 {
			obj, trainees = a, mentionsIn(right, a, end) // "have trained, via video link, more than 300 Lao medical workers"
		}
		if len(trainees) > 0 && trainees[0].Adjective && nFields(low[obj:trainees[0].Start]) <= 4 {
			recipients = []string{ref(trainees[0])} // "trained Liberian health workers", "trained 40 Afghan railway specialists in Tashkent", "more than 300 Pakistani doctors"
		} else if len(trainees) > 0 && !trainees[0].Pronoun && traineesOfRE.MatchString(low[obj:trainees[0].Start]) {
			recipients = []string{ref(trainees[0])} // "trained staff of the National Institute of Health"
		} else if self != "" && provider != self && ourTraineesRE.MatchString(low[obj:end]) {
			recipients = []string{self} // "has trained 1,200 of our doctors", "will train our health officers at the border crossings with Ethiopia"
		} else {
			recipients = refs(recipientsOf(low, right, t, false, true)) // "trained health workers in Liberia", "from Liberia"
		}
		if provider == "" && c.lastTyp == voc.MedicalTeam && last != "" && !strings.Contains(pre, ";") {
			// "The medical team we sent to Niger, the 18th since 1976, has
			// trained 600 local nurses": the team trains where it was sent.
			provider = last
			if len(recipients) == 0 {
				recipients = c.lastTo
			}
		}
	case !t.noun && prevWord(low, t.start) == "to" && last != "":
		// "held video conferences with experts from Kazakhstan … to share our
		// experience": the purpose shares the main clause's subject, and
		// "will hold webinars … to share our experience with" is the webinars.
		provider, also = last, lastAlso
		if subj := subject(low, left, t.start); len(subj) > 0 && !subj[0].Pronoun && (strings.Contains(low[begin:subj[0].Start], ", and ") || thatBefore(low[begin:subj[0].Start])) {
			// "…, and China will continue to send supplies to Ukraine",
			// "has been informed that the United States intends to provide":
			// a clause of its own, with its own subject ("we" is most often
			// the giver just named, a province's official speaking).
			provider, also = ref(subj[0]), refs(subj[1:])
		}
		if u := usedRE.FindStringIndex(low[begin:t.start]); u != nil {
			if subj := refs(subject(low, mentionsIn(left, begin, begin+u[0]), begin+u[0])); len(subj) > 0 { // not what was used: "used the center to ship"
				provider, also = subj[0], subj[1:] // "…, and the World Food Programme used it to deliver rice to Zimbabwe": its user gives
			}
		}
		recipients = refs(recipientPhrase(low, right, t, false))
		if prev.class == hold && prev.typ == voc.ExpertExchange {
			typ, planned = prev.typ, prev.planned
		}
		if t.class == help && typ == voc.OtherAid && !strings.Contains(pre, ",") {
			// "a medical team of the PLA arrived on July 9 to help the Lao
			// People's Army": the team's help, whether its arrival named a
			// receiver or not.
			if prev.typ == voc.MedicalTeam || prev.typ == voc.ExpertExchange {
				typ = prev.typ
			} else if prev.class == 0 && (c.lastTyp == voc.MedicalTeam || c.lastTyp == voc.ExpertExchange) {
				typ = c.lastTyp
			}
		}
	default:
		// "the governments of 21 countries had donated supplies to China,
		// including the Republic of Korea, Japan and Pakistan": the list
		// after "including" names the givers the counted subject stands for.
		if k := strings.Index(low[t.end:end], ", including "); k >= 0 && len(left) == 0 && countedGiversRE.MatchString(lastWords(pre, 6)) {
			if givers := listFrom(low, mentionsIn(ms, t.end+k, end), 0); len(givers) > 1 {
				provider, also = ref(givers[0]), refs(givers[1:])
				right = mentionsIn(ms, t.end, t.end+k) // the receivers before "including"
			}
		}
		if provider == "" { // no givers listed after "including"
			if last != "" && itSubjectRE.MatchString(pre) {
				provider, also = last, lastAlso // "held video conferences with doctors from Pakistan, and it sent our protocol to Nepal": "it" is the giver before
			} else if subj := refs(subject(low, left, t.start)); len(subj) > 0 {
				provider, also = subj[0], subj[1:]
				if body := through(low, left, provider, true); body != "" {
					provider, also = body, append(also, provider) // "The United States, through USAID, has provided": the agency gives, and its country
				} else if body := through(low, right, provider, false); body != "" {
					provider, also = body, append(also, provider) // "Japan is sending relief goods to Afghanistan through JICA"; not "China has provided test kits to Japan through the Chinese Embassy", the government's channel
				}
			} else if agents := refs(afterWord(low, right, "by")); len(agents) > 0 {
				provider, also = agents[0], agents[1:] // "masks donated by A and B to C"
			}
		}
		// No "behalf" in the sentence, no "on behalf of" before a mention
		// (each word afterPhrase reads is one of low's): the gate spares
		// the search at every mention.
		if strings.Contains(low, "behalf") {
			if p := afterPhrase(low, right, "on behalf of"); p != "" {
				provider, also = p, nil // "The rescEU stockpile has delivered masks to Italy on behalf of the European Commission"
			}
		}
		research := typ == voc.ResearchCooperation && (t.class == hold || t.class == coop)
		funds := t.class == give && fundVerb(low[t.start:t.end])
		rs := recipientsOf(low, right, t, false, research || funds) // "has funded public health projects in Cambodia, Laos and Myanmar"
		if research {
			if with := afterWord(low, right, "with"); len(with) > 0 {
				rs = with // "ran its phase III trial in Pakistan together with the National Institute of Health": the partner, not the place
			}
		}
		if fr := forPeopleFrom(low, right); t.class == hold && typ == voc.ExpertExchange && len(fr) > 0 {
			// "a virtual course … for 80 health professionals from Bolivia
			// and Paraguay, with teachers from the University of Chile": those
			// who teach are no recipients.
			if k := strings.Index(low[fr[0].End:end], ", with "); k >= 0 {
				rs = slices.DeleteFunc(rs, func(m Mention) bool { return m.Start > fr[0].End+k })
			}
			if len(rs) == 0 {
				rs = fr
			}
		}
		recipients = refs(rs)
		if t.class == hold && strings.HasPrefix(low[t.start:], "join") && provider != "" {
			// "our doctors joined a video conference with Chinese experts":
			// the experts' side gives, those who joined receive.
			for _, m := range right {
				if m.Adjective && prevWord(low, m.Start) == "with" && hasWordPrefix(strings.TrimLeft(low[m.End:], " "), "experts", "specialists", "scientists", "epidemiologists") {
					provider, also, recipients = ref(m), nil, []string{provider}
					break
				}
			}
		}
		if provider == "" && last != "" && coordinated(pre) && !strings.HasSuffix(strings.TrimSpace(pre), ",") {
			provider, also = last, lastAlso // "MARA held a video conference with …, and shared our guidelines with": the subject goes on
		}
		if p := ownPronoun(right); provider == "" && !slices.Contains(recipients, p) {
			provider = p // "shared our experience with", not "carrying fuel for our hospitals"
		}
		if provider == "" {
			provider = goodsFrom(low, right, false) // "The plane carried the second batch of medical supplies from the Chinese government to Venezuela"
			recipients = without(recipients, provider)
		}
		if provider == "" && prev.agent != "" && motionRE.MatchString(low[t.start:t.end]) {
			provider = prev.agent // "A second team, organized by the Guangdong Provincial Health Commission, is to leave for Azerbaijan"
		}
		if provider == "" && (coordinated(low[begin:t.start]) || strings.HasSuffix(low[t.start:t.end], "ing") || strings.Contains(low[begin:t.start], ", and ")) {
			provider = last // "sent a chartered flight carrying masks to Wuhan"; "…, and a group of 15 specialists left for Martinique"
		}
		if provider == "" && c.team != nil && (t.class == send || t.class == arrive) && anotherTeamRE.MatchString(strings.TrimLeft(low[begin:t.start], " ")) {
			provider = c.team.Provider // "Another team will travel to the Maldives next month", after a team was sent
		}
		if provider == "" && c.team != nil && begin == 0 && theTeamRE.MatchString(low[:t.start]) {
			provider = c.team.Provider // "The team will give training sessions to Uzbek medical workers", after the team's arrival: its sender's
		}
		if provider == "" && departure(low[t.start:t.end]) {
			provider = self // "two aircraft carrying food left for Benghazi", said by their sender (as departs reads it)
		}
		if provider == "" && t.class == give && fundVerb(low[t.start:t.end]) && programSubjectRE.MatchString(strings.TrimLeft(low[begin:t.start], " ")) {
			provider = self // "It will fund primary health care in Papua New Guinea", after "I'm announcing a new $75 million Pacific Health Partnership"
		}
		if len(recipients) == 0 && strings.HasSuffix(low[t.start:t.end], "ing") && !strings.Contains(low[begin:t.start], ",") {
			recipients = prev.to // "Russia sent 15 planes to Italy carrying military virologists"
		}
		if provider == "" && genericSubject(low[begin:t.start]) {
			// "Some countries have also sent medical supplies to China, such as Japan, Pakistan and Russia."
			if ps := refs(afterWord(low, right, "as")); len(ps) > 0 && strings.Contains(low[t.end:end], "such as") {
				provider, also = ps[0], ps[1:]
				recipients = refs(mentionsIn(ms, t.end, strings.Index(low[t.end:], "such as")+t.end))
			}
		}
	}
	if strings.HasPrefix(low, "together with ") && provider != "" && !t.noun && t.class != receive && !passive {
		// "Together with the World Health Organization, we have shared
		// guidance with the Libyan Red Crescent": both give.
		for _, m := range mentionsIn(ms, 0, introPhraseEnd(low, t.start)) {
			if r := ref(m); r != provider && !slices.Contains(also, r) && !m.Pronoun {
				also = append(also, r)
			}
		}
	}
	if len(also) == 0 && typ == voc.ResearchCooperation && (t.class == hold || t.class == coop) && agreementWith(low[begin:t.start]) {
		if with := refs(afterWord(low, left, "with")); len(with) > 0 {
			recipients = with // "Sinovac has signed an agreement with Brazil's Butantan Institute to jointly carry out phase III trials in Brazil": the partner, not the place
		}
	}
	if (len(recipients) == 0 || len(recipients) == 1 && recipients[0] == provider) && len(also) == 0 && provider != "" && typ == voc.ResearchCooperation && (t.class == hold || t.class == coop) {
		// "Chinese medical researchers and their Russian counterparts have
		// been conducting joint clinical trials in Moscow": the first named
		// works with the other (the place is the second's).
		if p, r, ok := counterparts(low, left, provider); ok {
			provider, recipients = p, []string{r}
		}
	}
	if len(also) > 0 && typ == voc.ResearchCooperation && (t.class == hold || t.class == coop) {
		recipients, also = also, nil // "CanSino and Petrovax have begun phase III trials in Moscow": the partners, not the place
	} else if len(recipients) == 0 && len(also) > 0 && (t.class == hold || t.class == coop || t.class == share && mutualShare(low[t.start:t.end])) {
		// "China and the UAE have launched joint trials", "China and Italy
		// exchanged experience": the others are the partners (not in "the
		// NHC and the Ministry of Foreign Affairs briefed the media").
		recipients, also = also, nil
	}
	clause := c.breaks.end(t.end) // past the next trigger: "handed over ventilators donated by the company to"
	if len(recipients) == 0 && t.class != receive {
		// "provided 50 million euros to support Nigeria's response", "has
		// committed 40 million dollars to help Cambodia buy vaccines" (help
		// is a trigger of its own).
		recipients = refs(purposeRecipient(low, mentionsIn(ms, t.end, clause)))
	}
	if k := lastIndex(low[:t.start], ", to which "); len(recipients) == 0 && k >= 0 && !passive && !t.noun && (t.class == give || t.class == send) && nFields(low[k:t.start]) <= 7 {
		// "the Coalition for Epidemic Preparedness Innovations (CEPI), to
		// which we will give €90 million": the antecedent receives.
		for i := len(ms) - 1; i >= 0; i-- {
			// The name right before ", to which", or before its acronym in brackets.
			if e := ms[i].End; (e == k || e == k-1 && low[k-1] == ')' || e < k-1 && strings.HasPrefix(low[e:k], " (")) && !ms[i].Pronoun {
				if ref(ms[i]) != provider {
					recipients = []string{ref(ms[i])}
				}
				break
			}
		}
	}
	if len(recipients) == 0 && len(c.lastTo) > 0 && (t.class == give || t.class == send) && !(reduced && !auxPassive && hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "by")) && (coordinated(low[begin:t.start]) || strings.Contains(low[begin:t.start], ", and ")) {
		recipients = c.lastTo // "Pakistan has sent food to Afghanistan, and Iran has delivered medicines"
	}
	if k := nextSubject(low, ms, t.end, clause); k >= 0 {
		clause = k // "sent two medical teams, and we will continue to stand with Pakistan"
	}
	if len(recipients) == 0 && (t.class == give || t.class == send) && !passive && !t.noun {
		// "donated 50,000 PCR tests, which were received last week by the
		// Institute of Public Health"
		for _, p := range []string{", which were received ", ", which was received ", ", received "} {
			if k := strings.Index(low[t.end:], p); k >= 0 {
				recipients = refs(afterWord(low, mentionsIn(ms, t.end+k, len(low)), "by"))
				break
			}
		}
	}
	if provider == "" && teamWork(t.class) && teamRE.MatchString(low[begin:t.start]) {
		provider = adjectiveActor(low, left) // "the Chinese medical team, which we sent last October, has trained"
		if in := afterWord(low, left, "in"); provider == "" && c.team == nil && len(in) > 0 && ref(in[0]) != self {
			provider = self // "The team stationed in Guinea has trained 2,000 local medical workers", said by its sender
		}
	}
	if len(recipients) == 0 && c.team == nil && provider != "" && teamWork(t.class) && teamRE.MatchString(low[begin:t.start]) {
		if in := afterWord(low, left, "in"); len(in) > 0 && ref(in[0]) != provider {
			recipients = []string{ref(in[0])} // "The Chinese team in Italy has visited hospitals and shared the experience of Wuhan"
		}
	}
	if c.team != nil && teamWork(t.class) && teamSentRE.MatchString(low[max(0, t.start-90):t.start]) && !strings.Contains(low[max(0, t.start-90):t.start], ", and ") {
		// "The medical expert teams we sent to Algeria and Sudan have held
		// more than 60 training sessions": the teams, where they were sent,
		// not the last country of the relative clause.
		provider, also, recipients = c.team.Provider, nil, c.team.Recipients
	}
	if len(recipients) == 0 && c.team != nil && teamWork(t.class) && (provider == "" || provider == c.team.Provider) && teamRE.MatchString(low[begin:t.start]) {
		// "Three teams went to Italy. They trained hospital staff", "The
		// team in Addis Ababa has trained 1,000 medical workers": where
		// the team is, if the subject says, else where the one team went.
		where := c.team.Recipients
		if in := afterWord(low, left, "in"); len(in) > 0 {
			where = nil
			for _, r := range c.team.Recipients {
				if r == ref(in[0]) {
					where = []string{r}
				}
			}
		}
		if len(where) == 1 {
			provider, recipients = c.team.Provider, where
		}
	}
	if provider == "" && len(recipients) > 0 && c.team != nil && teamWork(t.class) && teamRE.MatchString(low[begin:t.start]) && !slices.Contains(recipients, c.team.Provider) {
		provider = c.team.Provider // "China sent a team to Cambodia. The team has trained 300 Cambodian doctors": the receivers named, the sender known
	}
	if len(recipients) == 0 && (t.class == give || t.class == send || t.class == hold && typ == voc.ExpertExchange) && !t.noun {
		recipients = without(requester(low, ms, t.start), provider) // "At the request of the Myanmar side, Yunnan will send a team of experts to Lashio"; "it held two video conferences"
	}
	if len(recipients) == 0 && self != "" && provider != "" && provider != self && !passive && (t.class == give || t.class == send) && (ourReceiverRE.MatchString(low[t.end:clause]) || toTheCountry(low[t.end:clause])) {
		recipients = []string{self} // "Japan will provide an additional 11 million US dollars for our work", said by the WHO
	}
	if len(recipients) == 0 && provider != "" && t.class == send && !passive {
		// "Russia sent a team of epidemiologists to work with Chinese
		// experts": those the team works with are whom it was sent to.
		if loc := workWithRE.FindStringIndex(low[t.end:clause]); loc != nil {
			at := t.end + loc[1]
			for _, m := range ms {
				if m.Start == at && m.Adjective && m.Ref != provider && workersRE.MatchString(low[m.End:clause]) {
					recipients = []string{m.Ref}
					if typ == voc.MedicalTeam {
						typ = voc.ExpertExchange // experts who work with their peers exchange expertise
					}
				}
			}
		}
	}
	if len(recipients) == 0 && thanker != "" && !slices.Contains(also, thanker) {
		recipients = []string{thanker} // "We thank Kuwait for its contribution of 40 million dollars"
	}
	// The topic receives what this clause gives, not what a clause joined
	// by ", and" names, unless that clause goes on about the same goods
	// (", and this was handed over to the Ministry of Health").
	own := clause
	if k := strings.Index(low[t.end:clause], ", and "); k >= 0 && !goodsAnaphorRE.MatchString(low[t.end+k+len(", and "):]) {
		own = t.end + k
	}
	if len(recipients) == 0 && provider != "" && provider == self && !t.noun && (t.class == give || t.class == send || t.class == share) && noRecipientPhrase(s[t.end:own], false) {
		// "41 million doses will be shared through COVAX", "We will donate
		// any excess doses through the COVAX Facility", said by the giver:
		// with no one else named, the channel receives (a country's own
		// agency does not: "provided tents through JICA"; nor for another's
		// gift, which the speaker's side received: "Japan has provided 3
		// million dollars through UNICEF", said in Colombo; nor where others
		// are named, if not known: "5 million doses to low-income countries
		// through COVAX").
		for _, m := range mentionsIn(ms, t.end, own) {
			if !m.Pronoun && !m.Adjective && !m.Object && m.Of == "" && m.Ref != provider && lastWords(low[:headStart(low, m.Start)], 1) == "through" {
				recipients = []string{ref(m)}
				break
			}
		}
	}
	if len(recipients) == 0 && len(c.lastTo) == 0 && c.topic != "" && provider != "" && provider != c.topic && !bodyOf(ms, provider, c.topic) && topicReceipt(s[:own], low[:own], ms, c.topic, t, passive, typ == voc.Funding) {
		recipients = []string{c.topic} // "On Haiti…?" "The Dominican Republic has sent trucks of medicines"
	}
	if len(recipients) == 0 && self != "" && provider != "" && provider != self && passive && c.failed.agent == provider && (!c.selfAgency || typ == voc.Funding) &&
		!(auxPassive && pronounSubject(pre)) &&
		t.class == give && handOver.MatchString(low[t.start:t.end]) && noRecipientPhrase(ownPlaces(s[:own], ms, self, t.end)[t.end:], false) {
		// "Cabinet acknowledges receipt of 35 000 doses of Covaxin donated
		// by the Government of India", said in Harare; "supplies donated by
		// the Kazakh government were cleared at Urumqi airport", said in
		// Beijing (a place of the speaker's own is no other receiver); "The
		// ventilators on this plane were donated by China", said in
		// Belgrade, but not "It was handed over by the Chinese Ambassador",
		// the gift told before.
		recipients = []string{self}
	}
	if len(recipients) == 0 && self != "" && provider != "" && provider != self && (t.class != train || strings.Contains(provider, "/org/") && strings.Contains(self, "/country/")) && (!c.selfAgency || typ == voc.Funding) && impliedReceipt(ownPlaces(s[:own], ms, self, t.end), low[:own], t, passive, typ == voc.Funding) {
		recipients = []string{self} // "The Republic of Korea also turned over 50,000 test kits last week", said in Manila
	}
	if len(recipients) == 0 && len(c.lastTo) > 0 && meetingClause(pre) {
		recipients = c.lastTo // "we have held video calls with the Ministry of Health of Brunei, where we shared our protocols"
	}
	if typ == voc.Funding && len(recipients) > 0 && !t.noun && (t.class == give || t.class == send) {
		recipients = union(recipients, amountsFor(low, mentionsIn(ms, t.end, clause))) // "$1 billion for India, $180 million for Pakistan, $95 million for Afghanistan"
	}
	if (t.class == give || t.class == send) && !passive {
		if rb := receivedBy(low, mentionsIn(ms, t.end, len(low)), end); len(rb) > 0 {
			recipients = refs(rb) // "…, the second allocation for Chile, and the Chinese Government donated 100,000 antigen tests, which were received by the Ministry of Health": who received it, said
		}
	}
	recipients = without(recipients, provider)
	for _, p := range also {
		recipients = without(recipients, p)
	}
	if provider == "" && !t.noun && prev.class != 0 && !prev.noun && prev.begin < begin && articleBefore(low, t.start) {
		// "Germany has already announced a pledge of 100 million euros for
		// Mali": "pledge" is the object of the verb before, whose subject gives.
		if subj := refs(subject(low, mentionsIn(ms, prev.begin, begin), begin)); len(subj) > 0 {
			provider, also = subj[0], subj[1:]
		}
	}
	if provider == "" || len(recipients) == 0 {
		c.failed.giver = provider
		return Action{}, false
	}
	if typ == voc.OtherAid && t.class == give && c.gift != nil && c.gift.Provider == provider && hasWordPrefix(strings.TrimLeft(low[t.end:], " "), "them", "it") {
		typ = c.gift.Type // "we received 100 oxygen concentrators from China. The Chinese side handed them over to the Ministry"
	}
	a := Action{Type: typ, Provider: provider, Also: also, Recipients: recipients, Modality: voc.Reported, TriggerStart: t.start, TriggerEnd: t.end}
	if planned {
		a.Modality = voc.Planned
	}
	qend := end
	for _, m := range right {
		if len(recipients) > 0 && ref(m) == recipients[0] {
			if t.class == arrive || !isDirectObject(low[t.end:m.Start]) {
				qend = m.Start // the quantity comes before the recipients, not "to 54 countries"; after "sent us"
			}
			break
		}
	}
	a.Quantity, a.Value = quantity(s, low, begin, t, qend, passive)
	a.Cameo = cameo(a.Type, a.Modality)
	return a, true
}

// newGoods reports whether the words before a verb, after the participle
// of goods told before, open a clause about other goods: "…, and 200
// tonnes of rice donated by Myanmar", not "…, and they were handed over".
func newGoods(pre string) bool {
	k := lastIndex(pre, ", and ")
	return k >= 0 && !goodsAnaphorRE.MatchString(strings.TrimLeft(pre[k+len(", and "):], " "))
}

// merge folds actions of one sentence with the same provider, type and
// modality, and drops a generic "other" action whose provider and
// recipients are covered by a typed one ("sent medical teams to Italy ...
// thanked China for its aid to Italy").
func merge(as []Action) []Action {
	var out []Action
	for _, a := range as {
		dup := false
		for i := range out {
			if out[i].Provider == a.Provider && out[i].Type == a.Type {
				out[i].Recipients = union(out[i].Recipients, a.Recipients)
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, a)
		}
	}
	// A team that arrives and shares its experience is one act: the team's.
	return slices.DeleteFunc(out, func(a Action) bool {
		if a.Type != voc.KnowledgeSharing {
			return false
		}
		for _, b := range out {
			if b.Type == voc.MedicalTeam && b.Provider == a.Provider && len(union(slices.Clone(b.Recipients), a.Recipients)) == len(b.Recipients) {
				return true
			}
		}
		return false
	})
}

func union(a, b []string) []string {
	seen := map[string]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		if !seen[x] {
			a = append(a, x)
			seen[x] = true
		}
	}
	return a
}

// lastWords is the last n words of s (split as by strings.Fields) joined
// by single spaces. It reads s from the end, and cuts the words out of s
// when they are already so joined there.
func lastWords(s string, n int) string {
	start, end := len(s), -1
	single := true // the words found are joined by one ' ' each
	for i, k := len(s), 0; i > 0 && k < n; {
		if c := s[i-1]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i--
				continue
			}
		} else if size := spaceBefore(s, i); size > 0 {
			i -= size
			continue
		}
		if end < 0 {
			end = i
		} else if start-i != 1 || s[i] != ' ' {
			single = false
		}
		for {
			// ASCII: one byte each, no decoding.
			if i = asciiWordStart(s, i); i == 0 || s[i-1] < utf8.RuneSelf || spaceBefore(s, i) > 0 {
				break // the start, or a space
			}
			_, size := utf8.DecodeLastRuneInString(s[:i])
			i -= size
		}
		start, k = i, k+1
	}
	if end < 0 {
		return ""
	}
	if single {
		return s[start:end]
	}
	return strings.Join(strings.Fields(s[start:end]), " ")
}

// lastOf is lastWords(s, k) for a result w of lastWords(s, n), k <= n:
// its last k words (w's words are joined by single spaces).
func lastOf(w string, k int) string {
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == ' ' {
			if k--; k == 0 {
				return w[i+1:]
			}
		}
	}
	return w
}

// asciiWordStart returns the last i' <= i where s[:i'] ends with an ASCII
// space or a byte that is not ASCII, or 0. A loop of its own: in
// lastWords' loop, the registers its body needs are saved at every byte.
func asciiWordStart(s string, i int) int {
	for ; i > 0; i-- {
		if wordEnds[s[i-1]] {
			return i
		}
	}
	return 0
}

// wordEnds are the bytes asciiWordStart stops after.
var wordEnds = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || asciiSpace[c]
	}
	return t
}()

// asciiSpace is unicode.IsSpace for ASCII bytes.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// spaceBefore is the length of the white-space rune that ends s[:i], or
// 0 if none does; ASCII is decided without decoding.
func spaceBefore(s string, i int) int {
	if c := s[i-1]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	if r, size := utf8.DecodeLastRuneInString(s[:i]); unicode.IsSpace(r) {
		return size
	}
	return 0
}

// pronounSubject reports whether the subject of the passive that pre ends
// in ("… were") is a pronoun: "It was handed over by the Chinese
// Ambassador" tells of goods told of before, no new gift.
func pronounSubject(pre string) bool {
	k := passiveRE.FindStringIndex(pre)
	if k == nil {
		return false
	}
	switch prevWord(pre, k[0]) {
	case "it", "they", "this", "these", "those":
		return true
	}
	return false
}

// justFrom reports whether gap, between an arrival's verb and a name, is
// "from" and an article at most: "arrived from the United Kingdom",
// "landed from Turkey" (the verb may end with "from" itself).
func justFrom(gap string) bool {
	gap = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(gap), "from"))
	return gap == "" || gap == "the"
}

// placeThenFrom reports whether from, a mention after "from", follows
// right after the place an arrival reached: "arrived in New Delhi from the
// United Kingdom".
func placeThenFrom(low string, after []Mention, from Mention, places []string) bool {
	for i := 1; i < len(after); i++ {
		if after[i].Start == from.Start {
			gap := strings.TrimSuffix(low[after[i-1].End:from.Start], "the ")
			return gap == " from " && slices.Contains(places, ref(after[i-1]))
		}
	}
	return false
}

// placeList is the list of places that opens right, with those a
// preposition said again adds: "to Myanmar on April 8 and to Laos on
// April 9", "in Saudi Arabia on April 15 and in Kuwait yesterday".
func placeList(low string, right []Mention) []Mention {
	list := listFrom(low, right, 0)
	for n := len(list); n < len(right) && n == len(list) && againPrep(low[right[n-1].End:right[n].Start]); n = len(list) {
		list = append(list, listFrom(low, right, n)...)
	}
	return list
}

// againPrep reports whether gap, between two places, joins them as the
// ends of one verb with its preposition said again: " on April 15 and in
// ", " and to the ", " last week and then to ".
func againPrep(gap string) bool {
	k := strings.LastIndex(gap, " and ")
	if k < 0 || strings.ContainsAny(gap[:k], ",;") || nFields(gap[:k]) > 4 {
		return false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(gap[k+len(" and "):], "then "), "later ")
	rest = strings.TrimSuffix(rest, "the ")
	return rest == "in " || rest == "to " || rest == "at "
}

func hasWordPrefix(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || s[len(w)] == ' ') {
			return true
		}
	}
	return false
}

// mutualShare reports whether a verb of sharing says the sharers share
// with one another: "exchanged", "communicated", not "briefed", "shared".
func mutualShare(verb string) bool {
	return strings.HasPrefix(verb, "exchang") || strings.HasPrefix(verb, "communicat")
}
