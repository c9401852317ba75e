package event

// The aid type of a trigger: the type nouns in its scope, read by its verb class.

import (
	"strings"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// aidType is the type of the first type noun in the trigger's scope, or the
// verb's own type when the verb alone says it ("shared with", "helped").
func aidType(low string, t trigger, begin, end int, passive bool) string {
	if t.noun {
		if strings.HasPrefix(low[t.start:t.end], "package") {
			if typ := specificAid(low, t.start, end); typ != voc.OtherAid {
				return typ // "a package of medical supplies"
			}
			return voc.Funding // "a regional package for South America"
		}
		if typ := firstNoun(low, t.start, end); typ != "" && typ != voc.OtherAid {
			return typ
		}
		if typ := specificAid(low, t.start, end); typ != voc.OtherAid {
			return typ // "a donation of 10 million US dollars to"
		}
		if w := lastWords(low[:t.start], 1); w == "grant" || w == "cash" {
			return voc.Funding // "emergency grant aid to Honduras", "cash assistance to"
		} else if w != "" && firstNoun(w, 0, len(w)) == voc.Supplies {
			return voc.Supplies // "China's vaccine assistance to Cambodia", "food aid to"
		}
		if givenMoney(low) && !goodsAround(low, begin, end) || strings.HasPrefix(low[t.start:t.end], "contribution") {
			return voc.Funding // "Assistance from the World Bank to Haiti … amounts to 20 million US dollars", "our contribution to UNRWA"
		}
		if w := lastWords(low[begin:t.start], 2); w == "as a" || w == "as" || strings.HasSuffix(w, " as") || w == "was a" || w == "were a" || w == "is a" || w == "are a" { // "The masks were a gift from the Chinese people"
			if typ := specificNoun(low, begin, t.start); typ == voc.Supplies || typ == voc.MedicalTeam || typ == voc.Funding {
				return typ // "carrying masks, gowns and protective equipment, as a gift from Egypt to the United States"
			}
		}
		if strings.HasPrefix(low[t.start:t.end], "airlift") {
			return voc.OtherAid // "the Saudi and Emirati relief airlifts to Syria"
		}
		return firstNoun(low, t.start, t.end)
	}
	from, to := t.end, end
	if t.class == arrive || t.class == receive {
		from = begin // "the medical team arrived in", "Italy received masks"
		if t.class == receive {
			from = t.end
		}
	}
	var typ string
	if p := passiveStart(low, begin, t.start); passive || p >= 0 && p < from {
		// "masks donated by China", "masks were shipped to": the nearest
		// noun before the participle is what was given ("a team to Italy,
		// together with supplies donated by").
		typ = lastNoun(low, begin, t.start)
		if typ == "" && passive {
			typ = lastNoun(low, 0, begin) // "the doses we donated to Mauritania were handed over to": the relative's head
		}
		from = begin
	}
	if typ == "" {
		typ = firstNoun(low, from, to)
	}
	if typ == voc.OtherAid {
		typ = specificAid(low, from, to) // "the donation of medical supplies"
	}
	if k := strings.Index(low[t.end:to], ": "); typ == voc.OtherAid && k >= 0 && !goodsFirst(low, from, to) {
		if s := specificNoun(low, t.end+k, to); s != "" {
			typ = s // "a donation from China arrived at Podgorica Airport: 20,000 masks, 2,000 protective suits"
		}
	}
	if typ == voc.Funding && moneyInGoodsRE.MatchString(low[from:to]) {
		typ = voc.Supplies // "100 million dollars in emergency supplies for India": goods worth that
	}
	if typ == voc.OtherAid && strings.Contains(low[from:min(to, from+32)], " contribution") && !goodsFirst(low, from, to) {
		typ = voc.Funding // "announced additional contributions to the WHO": money, as "our contribution to UNRWA"
	}
	if typ == voc.OtherAid && strings.Contains(low[from:to], " in cash") {
		typ = voc.Funding // "emergency humanitarian assistance in cash to Panama"
	}
	if typ == voc.OtherAid && !goodsFirst(low, from, to) && (givenMoney(low[from:to]) || aidWorth(low[from:to])) {
		typ = voc.Funding // "$50 million in assistance to Italy", "liquidity support … of 120 million euros", "emergency assistance worth 40 million yuan to Türkiye"
	}
	if typ == voc.OtherAid && goodsFirst(low, from, to) && !hospitalFirst(low, from, to) {
		if s := specificNoun(low, from, to); s != "" {
			typ = s // "carrying food items and COVID-related medicines"
		}
	}
	if typ == voc.Supplies || typ == voc.Funding || typ == voc.OtherAid {
		if g := listedGoods(low, from, to); g != "" {
			typ = g // "relief supplies …, including rice, blankets and cooking oil"; "250 million yuan of assistance to Pakistan, mainly tents"
		}
	}
	switch t.class {
	case care:
		return voc.OtherAid // "hospitals have taken in 47 patients from Italy"
	case build:
		if !facilityRE.MatchString(low[t.end:to]) && !builtFacility(low, begin, t.start) {
			return "" // "built roads", "building ties"
		}
		if typ == voc.MedicalTeam || strings.Contains(low[t.end:to], "staffed") {
			return voc.MedicalTeam // "set up a field hospital staffed with American doctors"
		}
		return voc.OtherAid // "built a 100-bed temporary hospital in Bishkek"
	case train:
		if strings.HasPrefix(low[t.end:], " and equip") || typ == voc.ExpertExchange || typ == "" || typ == voc.MedicalTeam || typ == voc.OtherAid || typ == voc.KnowledgeSharing {
			return voc.ExpertExchange // "trained 300 health workers in Liberia", "in Juncao technology"
		}
		return ""
	case send:
		if w := lastWords(low[begin:t.start], 5); typ == "" && (objectRelative.MatchString(w) || sentRelative.MatchString(w)) {
			typ = relativeHead(low, begin, t) // "the medical expert team we sent to Zimbabwe", "that Jiangsu sends to Guyana"
		}
		if loc := otherExpertsRE.FindStringIndex(low[from:to]); loc != nil && !strings.HasSuffix(low[from:from+loc[0]], "civil ") && (typ == "" || typ == voc.MedicalTeam || typ == voc.OtherAid && nounFrom(low[from:to], loc) ||
			typ == voc.Supplies && (strings.Contains(low[from+loc[1]:to], "together with ") || strings.Contains(low[from+loc[1]:to], "along with "))) {
			return voc.ExpertExchange // "to dispatch customs experts to Cambodia", "a team of hydrology and disaster-relief experts": expertise, not care; "locust control experts …, together with pesticides": typed by the experts
		}
		if (typ == "" || typ == voc.MedicalTeam || typ == voc.Supplies) && rescueRE.MatchString(low[from:min(to, from+40)]) {
			return voc.OtherAid // "sent a team of 30 rescuers with equipment to Georgia": rescue, not care
		}
		if (typ == "" || typ == voc.MedicalTeam) && advisersRE.MatchString(low[from:to]) && !carersRE.MatchString(low[from:to]) && adviseRE.MatchString(low[t.end:]) {
			return voc.ExpertExchange // "sent two experts in emergency health to Beijing, and they have been advising us": advice, not care
		}
		if typ == "" && expertsRE.MatchString(low[from:to]) {
			return voc.MedicalTeam // "will send experts to both countries"
		}
		if typ == voc.Supplies { // the search only where its answer counts
			if loc := teamWithRE.FindStringIndex(low[from:to]); loc != nil && teamFirst(low, from, to, loc[0]) {
				return voc.MedicalTeam // "will send a second team, together with two tonnes of medicines"; not "sent test kits, and their experts are in contact with"
			}
		}
		if typ == voc.Supplies && motionRE.MatchString(low[t.start:t.end]) && firstNoun(low, begin, t.start) == voc.MedicalTeam && !otherExpertsRE.MatchString(low[begin:t.start]) {
			return voc.MedicalTeam // "A team of Chinese medical experts will fly to Italy …, and they will bring … supplies": the team moves
		}
		if k := strings.Index(low[from:to], ", and "); typ == voc.MedicalTeam && k >= 0 && firstNoun(low, from, from+k) == "" && motionRE.MatchString(low[t.start:t.end]) && firstNoun(low, begin, t.start) == voc.Supplies {
			return voc.Supplies // "two military aircraft carrying 30 tonnes of medicines left for Sudan on Sunday, and a team of 15 doctors travelled …": the goods move; the team is the next clause's
		}
		if (typ == "" || typ == voc.OtherAid && !aidWordRE.MatchString(low[from:to])) && motionRE.MatchString(low[t.start:t.end]) {
			// "A UK Emergency Medical Team of 10 clinicians will fly to Bangladesh": what moves is the subject.
			if otherExpertsRE.MatchString(low[begin:t.start]) {
				return voc.ExpertExchange // "A team of experts on water-saving irrigation will leave for Ethiopia"
			}
			if s := firstNoun(low, begin, t.start); s == voc.MedicalTeam || s == voc.Supplies || s == voc.OtherAid && aidWordRE.MatchString(low[begin:t.start]) {
				return s // "two aircraft carrying food, tents and blankets left for Benghazi"
			}
			if expertsRE.MatchString(low[begin:t.start]) {
				return voc.MedicalTeam // "A second team, organized by …, is scheduled to leave for Azerbaijan"
			}
		}
		if typ == voc.ExpertExchange || typ == voc.KnowledgeSharing && !strings.HasPrefix(low[t.start:t.end], "sen") {
			return "" // "sent the full set of documents to" shares them; a conference is held, not sent
		}
		if typ == voc.OtherAid && !aidWordRE.MatchString(low[from:to]) {
			return "" // "sent a letter of support": only aid itself is sent as aid
		}
	case hold:
		if (typ == "" || typ == voc.OtherAid) && heldTrialsRE.MatchString(low[t.end:to]) {
			return voc.ResearchCooperation // "Sinopharm ran trials jointly with the United Arab Emirates": a company's trials are its vaccine's
		}
		if typ != voc.ExpertExchange && typ != voc.ResearchCooperation {
			return ""
		}
		if typ == voc.ExpertExchange && (!expertRE.MatchString(low) || leadersIn(low[begin:t.start])) {
			return "" // "The foreign ministers of China and Japan will hold a video conference on COVID-19": talks
		}
	case share:
		if diplomaticExchangeRE.MatchString(low[t.start:]) {
			return "" // "signed an exchange of letters with the Government of Mongolia": a treaty's form, not knowledge
		}
		if typ == voc.Supplies && (passive && dosesRE.MatchString(low[begin:t.start]) || !passive && dosesRE.MatchString(low[t.end:min(end, t.end+30)])) {
			return voc.Supplies // "4 million doses of Moderna shared by the United States", "pledged to share 1.5 million doses with us": dose sharing is a gift
		}
		if !passive && (typ == "" || typ == voc.Supplies) && dosesRE.MatchString(lastWords(low[begin:t.start], 6)) {
			return voc.Supplies // "the total number of doses Japan has shared with Viet Nam": the doses the relative clause shares
		}
		if typ == "" || typ == voc.OtherAid || typ == voc.ExpertExchange || typ == voc.Supplies || typ == voc.ResearchCooperation {
			return voc.KnowledgeSharing // "will share its vaccine research progress with Pakistan"
		}
	case coop:
		v := low[t.start:t.end]
		withPartner := strings.HasSuffix(v, "together with") || strings.HasSuffix(v, "jointly with") // "is developing a vaccine together with"
		if withPartner && studiesAffairRE.MatchString(v) {
			return "" // "the Ministry is studying the offer together with the FDA": a decision weighed, no research
		}
		if strings.HasPrefix(v, "coordinat") || withPartner || jointStudyRE.MatchString(low[t.start:min(len(low), t.end+40)]) {
			return voc.ResearchCooperation // "are jointly evaluating five rapid antigen tests"; "coordinating the Solidarity Trial with" (the verb names the study)
		}
		if typ != voc.ResearchCooperation {
			return ""
		}
	case help:
		if firstNoun(low, begin, t.start) == voc.Funding {
			return voc.Funding // "$523 million over three years to help countries in the Pacific"
		}
		if typ == "" || typ == voc.KnowledgeSharing {
			return voc.OtherAid
		}
	case arrive:
		if low[t.start:t.end] == "in" {
			return teamType(lastWords(low[:t.start], 5)) // "The Chinese medical team in Sudan", the trigger "in" (appendTriggers)
		}
		if strings.HasPrefix(low[t.start:t.end], "go ") || strings.HasPrefix(low[t.start:t.end], "mov") {
			// "Chinese experts will go to Mongolia to provide technical
			// guidance", "a team of 12 experts who will go to the
			// Philippines": only people go as help, typed by what for.
			subj := low[begin:t.start]
			subj = subj[max(0, strings.LastIndex(subj, ", ")):] // "a medical team of 50 doctors and nurses from Cork and Dublin will go"
			if k := strings.LastIndex(subj, " and "); k >= 0 && givenMoney(subj[k:]) {
				return voc.Funding // "and a further €1 million will go to UNICEF"
			}
			if k := strings.LastIndex(subj, " and "); strings.HasPrefix(low[t.start:], "go ") && medicalGoodsRE.MatchString(subj[max(k, 0):]) && !expertsRE.MatchString(subj) && !carersRE.MatchString(subj) {
				return voc.Supplies // "A further 100,000 doses will go to Tajikistan next week": the goods of the speaker's side
			}
			researchers := strings.Contains(subj, "researchers")
			if !advisersRE.MatchString(subj) && !carersRE.MatchString(subj) && !expertsRE.MatchString(subj) && !researchers {
				return ""
			}
			if researchers || guidanceRE.MatchString(low[t.end:]) || otherExpertsRE.MatchString(subj) {
				return voc.ExpertExchange
			}
			return voc.MedicalTeam // the clause's own subject, not "masks" sent before it
		}
		if otherExpertsRE.MatchString(low[begin:t.start]) {
			return voc.ExpertExchange // "the WHO-China Joint Mission … arrived in Beijing"
		}
		if advisersRE.MatchString(low[begin:t.start]) && !carersRE.MatchString(low[begin:t.start]) && adviseRE.MatchString(low[t.end:]) {
			return voc.ExpertExchange // "Two experts of the ECDC have been in Lisbon since Monday to advise": advice, not care
		}
		if rescueRE.MatchString(low[begin:t.start]) {
			return voc.OtherAid // "The 82-member rescue team sent by China landed in Adana": rescue, not care
		}
		if typ == "" && expertsRE.MatchString(low[begin:t.start]) && !strings.Contains(low[t.start:t.end], "land") {
			return voc.MedicalTeam // "a group of Chinese vaccination experts has been working in Mauritania"
		}
		if s := specificNoun(low, begin, t.start); s == voc.MedicalTeam || s == voc.Supplies {
			if g := listedGoods(low, begin, t.start); s == voc.Supplies && g != "" {
				return g // "relief supplies, including tents, blankets and food, arrived in Kabul"
			}
			return s // "The donation from Huawei, which includes 200,000 masks, arrived at"
		}
		if s := firstNoun(low, begin, t.start); s == voc.OtherAid && aidWordRE.MatchString(low[begin:t.start]) && (typ == "" || typ == voc.OtherAid) {
			return voc.OtherAid // "The donation from the Jack Ma Foundation arrived in Ethiopia"
		}
		if typ == "" && !movedOnly(low[t.start:t.end]) {
			// "the sixth plane from China landed at Belgrade airport, carrying 20 ventilators"
			ce := clauseEnd(low, t.end)
			if k := strings.Index(low[t.end:ce], ", and "); k >= 0 {
				ce = t.end + k // "doses gifted by India arrived in Ulaanbaatar on 22 February, and our doctors were the first to be vaccinated": the next clause's doctors
			}
			typ = firstNoun(low, to, max(to, ce))
		}
		if typ != voc.MedicalTeam && typ != voc.Supplies {
			return ""
		}
	case give:
		if typ == "" && objectRelative.MatchString(lastWords(low[begin:t.start], 5)) {
			typ = relativeHead(low, begin, t) // "the masks they donated to"
		}
		if strings.HasPrefix(low[t.start:t.end], "approv") && typ != voc.Funding && !aidWordRE.MatchString(low[t.end:min(to, t.end+24)]) && !approvedDosesRE.MatchString(low[t.end:to]) {
			return "" // "approved a loan", "approved the donation of", "approved 720,000 doses of oral cholera vaccine for", not "approved Sinopharm's vaccine"
		}
		if fundVerb(low[t.start:t.end]) && (passive || passiveStart(low, begin, t.start) >= 0) && lastNoun(low, begin, t.start) == voc.Supplies {
			return voc.Supplies // "20 vaccine refrigerators to the Ministry of Health, financed by the European Union": the goods it paid for
		}
		if fundVerb(low[t.start:t.end]) {
			return voc.Funding // "KOICA will fund two mobile laboratories": money for them
		}
		if typ == "" && massOf(low[t.end:to]) {
			return voc.OtherAid // "donated 10,000 kilograms of Ceylon black tea": goods, whatever they are
		}
		if strings.HasPrefix(low[t.start:t.end], "raised") && (typ != voc.Funding || passive && !moneyRE.MatchString(lastWords(low[:t.start], 4))) {
			return "" // "questions raised by officials": only money is raised as aid
		}
		if typ == "" && strings.HasPrefix(low[t.start:t.end], "sign") && !strings.Contains(low[t.start:t.end], "donation") {
			return voc.Funding // "signed a loan agreement with Kenya"
		}
		if typ == "" && physicalTransfer.MatchString(low[t.start:t.end]) {
			if relativeHead(low, begin, t) == voc.Supplies {
				return voc.Supplies // "the third batch of vaccines China has donated to Syria": the goods its relative clause is about
			}
			return voc.OtherAid // "donated 30,000 sheep to China", "delivered 5,000 tonnes of flour to"
		}
		if typ == voc.ExpertExchange && !strings.Contains(low[from:to], "train") && !strings.Contains(low[from:to], "advice") && !strings.Contains(low[from:to], "guidance") && !strings.Contains(low[from:to], "technical support") {
			return "" // a conference is held, not given; training, advice and technical support are given
		}
	}
	return typ
}

// relativeHead is the type of the goods or people named just before the
// trigger's clause, in its last 48 bytes: the head of a relative clause
// the trigger closes ("the masks they donated to", "the third batch of
// vaccines China has donated to").
func relativeHead(low string, begin int, t trigger) string {
	return firstNoun(low, max(begin, t.start-48), t.start)
}

// reducedPassive reports a past participle after its noun with no
// auxiliary: "the medical team sent to Serbia", "masks donated by".
func reducedPassive(low string, t trigger) bool {
	w := low[t.start:t.end]
	if !strings.HasSuffix(w, "ed") && w != "sent" && w != "given" && w != "flown" {
		return false
	}
	var nbuf, pbuf [24]string
	next := fields(nbuf[:0], low[t.end:min(len(low), t.end+20)])
	if len(next) == 0 || (next[0] != "to" && next[0] != "by" && next[0] != "for") {
		return false
	}
	prev := fields(pbuf[:0], low[max(0, t.start-40):t.start])
	if len(prev) == 0 {
		return false
	}
	p := strings.Trim(prev[len(prev)-1], ",")
	if auxiliaries[p] || p == "we" || p == "they" || p == "and" {
		return false // "we sent to", "have sent to": active
	}
	np := strings.Join(prev[max(0, len(prev)-3):], " ")
	return firstNoun(np, 0, len(np)) != "" || strings.HasSuffix(p, "s") || expertsRE.MatchString(np) ||
		next[0] == "by" && t.class == hold // "a training programme on intensive care organized by"
}

// passiveStart finds the noun phrase before a past participle used as a
// reduced passive ("masks donated by"): the offset where the clause starts.
func passiveStart(low string, begin, at int) int {
	rest := strings.TrimLeft(low[at:], " ")
	if i := strings.IndexByte(rest, ' '); i > 0 && hasWordPrefix(strings.TrimLeft(rest[i:], " "), "by") {
		return begin
	}
	return -1
}

// specificAid is the type of what a generic aid noun is made of: "the
// donation of medical supplies", "assistance including test kits", else
// voc.OtherAid.
func specificAid(low string, from, to int) string {
	m, ok := nounRE.Next(low[from:to], 0)
	if !ok || isHospital(low[from+m.Start:from+m.End]) {
		return voc.OtherAid // "two field hospitals of 500 beds each": a hospital, not its beds
	}
	rest := strings.TrimLeft(low[from+m.End:to], " ")
	if n, ok := nounRE.Next(rest, 0); ok && n.Start == 0 && nouns[n.Index].typ != voc.OtherAid {
		return nouns[n.Index].typ // "a disaster relief medical team", "aid supplies"
	}
	for _, w := range []string{"of ", "including ", "such as ", "in the form of ", "consisting of ", ", including ", ", such as "} {
		if strings.HasPrefix(rest, w) { // "valuable support, including a batch of medical supplies"
			at := to - len(rest) + len(w)
			if typ := firstNoun(low, at, min(to, at+40)); typ != "" && typ != voc.OtherAid {
				return typ
			}
		}
	}
	return voc.OtherAid
}

// aidWorth reports whether seg gives aid valued at an amount and nothing
// more (aidWorthRE), not batches of it: "two batches of emergency
// humanitarian assistance worth 400 million yuan" are goods.
func aidWorth(seg string) bool {
	loc := aidWorthRE.FindStringIndex(seg)
	return loc != nil && !strings.Contains(seg[:loc[0]], "batch")
}

// goodsAround reports whether goods or a team are named in low[from:to].
func goodsAround(low string, from, to int) bool {
	s := specificNoun(low, from, to)
	return s == voc.Supplies || s == voc.MedicalTeam
}

// givenMoney reports whether low names an amount of money that is not the
// worth of something else: "$50 million in assistance", not "assistance
// worth 50 million yuan".
func givenMoney(low string) bool {
	for start := range moneyRE.AllStringIndex(low) {
		if !valueOfGoods(lastWords(low[:start], 4)) {
			return true
		}
	}
	return false
}

// valueOfGoods reports whether the words before an amount make it the
// worth of what is given: "worth", "worth a total of", "valued at", "to
// the value of".
func valueOfGoods(before string) bool {
	for w := range strings.FieldsSeq(before) {
		if w == "worth" || w == "valued" || w == "value" {
			return true
		}
	}
	return false
}

// goodsFirst reports whether the first type noun in low[from:to] is goods
// typed other (food, fuel, tents), not generic aid.
func goodsFirst(low string, from, to int) bool {
	if from >= to {
		return false
	}
	m, ok := nounRE.Next(low[from:to], 0)
	return ok && nouns[m.Index].typ == voc.OtherAid && !genericAidRE.MatchString(low[from+m.Start:from+m.End])
}

// leadersIn reports whether leaders or ministers are named in seg, not as
// the members of a body ("the Council of Arab Health Ministers").
func leadersIn(seg string) bool {
	for start := range leadersRE.AllStringIndex(seg) {
		if k := lastIndex(seg[:start], "council of "); k < 0 || nFields(seg[k:start]) > 5 {
			return true
		}
	}
	return false
}

// builtFacility reports whether the words just before a verb of building
// name what was built: "the Jordanian field hospital set up in Beirut", "a
// hospital was built by Jordan".
func builtFacility(low string, begin, at int) bool {
	w := lastWords(low[begin:at], 4)
	for _, aux := range []string{" was", " were", " has been", " have been", " is being", " had been"} {
		w = strings.TrimSuffix(w, aux)
	}
	loc := facilityRE.FindStringIndex(w)
	return loc != nil && loc[1] == len(w)
}

// nounFrom reports whether the first type noun of seg lies within or
// after seg[loc[0]:loc[1]]: "relief" of "hydrology and disaster-relief
// experts", the "pesticide" of "locust control experts …, and they have
// been advising … on pesticide use".
func nounFrom(seg string, loc []int) bool {
	m, ok := nounRE.Next(seg, 0)
	return ok && m.Start >= loc[0]
}

// hospitalFirst reports whether the first type noun of low[from:to] is a
// field hospital, which its beds or equipment do not make supplies ("a
// field hospital with 100 beds").
func hospitalFirst(low string, from, to int) bool {
	m, ok := nounRE.Next(low[from:to], 0)
	return ok && isHospital(low[from+m.Start:from+m.End])
}

// isHospital reports whether a type noun is a field or mobile hospital.
func isHospital(noun string) bool {
	return strings.HasSuffix(strings.TrimSuffix(noun, "s"), "hospital")
}

// teamFirst reports whether the team named at low[from+at:] comes before
// every type noun of low[from:to].
func teamFirst(low string, from, to, at int) bool {
	m, ok := nounRE.Next(low[from:to], 0)
	return !ok || at <= m.Start
}

// specificNoun is the type of the first type noun in low[from:to] that is
// not generic aid, or "".
func specificNoun(low string, from, to int) string {
	for p := 0; from < to; {
		m, ok := nounRE.Next(low[from:to], p)
		if !ok {
			break
		}
		if typ := nouns[m.Index].typ; typ != voc.OtherAid {
			return typ
		}
		p = max(m.End, m.Start+1)
	}
	return ""
}

// lastNoun is the type of the last type noun in low[from:to].
func lastNoun(low string, from, to int) string {
	typ := ""
	for p := 0; from < to; {
		m, ok := nounRE.Next(low[from:to], p)
		if !ok {
			break
		}
		typ, p = nouns[m.Index].typ, max(m.End, m.Start+1)
	}
	return typ
}

func firstNoun(low string, from, to int) string {
	if from >= to {
		return ""
	}
	seg := low[from:to]
	for p := 0; ; {
		m, ok := nounRE.Next(seg, p)
		if !ok {
			return ""
		}
		if prevWord(low, from+m.Start) == "to" && infinitive(seg[m.Start:m.End]) {
			p = m.End // "sent five laboratory experts to Guinea-Bissau to support their testing": a verb
			continue
		}
		if nouns[m.Index].typ == voc.MedicalTeam && beneficiaryRE.MatchString(lastWords(low[:from+m.Start], 2)) {
			p = m.End // "donated 10,000 kilograms of Ceylon black tea to the medical workers in Hubei": who receives, not what is given
			continue
		}
		if nouns[m.Index].typ == voc.OtherAid && vehicleAfter(seg[m.End:]) && (seg[m.Start:m.End] == "relief" || seg[m.Start:m.End] == "aid") {
			if typ := firstNoun(low, from+m.End, to); typ != "" && typ != voc.OtherAid {
				return typ // "relief flights carrying tents and food": what the flights carry
			}
		}
		return nouns[m.Index].typ
	}
}

// vehicleAfter reports whether rest opens with a vehicle (vehicleRE):
// " flights carrying …".
func vehicleAfter(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return vehicleRE.MatchString(strings.TrimRight(w, ",.;"))
}

// listedGoods is the type of the goods a list spells out after a generic
// head ("relief supplies, including rice and blankets", "assistance worth
// 50 million yuan, mainly tents"): supplies, medical or relief goods
// alike; else "" (the head's type stands).
func listedGoods(low string, from, to int) string {
	seg := low[from:to]
	k := listMarker(seg)
	if k < 0 || medicalGoodsRE.MatchString(seg[:k]) {
		return "" // "medical supplies, including tents": the head says
	}
	if strings.Contains(seg[k:], "team") {
		// "emergency assistance worth 40 million yuan, including a rescue
		// team, a medical team and urgently needed supplies": typed by the
		// team, as experts sent together with supplies are.
		if specificNoun(low, from+k, to) == voc.MedicalTeam {
			return voc.MedicalTeam
		}
		if rescueRE.MatchString(seg[k:]) {
			return voc.OtherAid
		}
	}
	if medicalGoodsRE.MatchString(seg[k:]) || reliefGoodsRE.MatchString(seg[k:]) {
		return voc.Supplies
	}
	return ""
}

// listMarkers open the list that spells out a generic head's goods.
var listMarkers = []string{" including ", " such as ", " mainly ", " consisting of ", " namely ", " covering ", " comprising "}

// listMarkerSecond marks the bytes listMarkers go on with after their space.
var listMarkerSecond = func() (second [256]bool) {
	for _, m := range listMarkers {
		second[m[1]] = true
	}
	return second
}()

// listMarker is where the first of listMarkers in seg begins, or -1: the
// least strings.Index of them, found in one reading of seg (each begins
// with a space).
func listMarker(seg string) int {
	for i := strings.IndexByte(seg, ' '); i >= 0; {
		if i+1 < len(seg) && listMarkerSecond[seg[i+1]] {
			for _, m := range listMarkers {
				if strings.HasPrefix(seg[i:], m) {
					return i
				}
			}
		}
		j := strings.IndexByte(seg[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return -1
}
