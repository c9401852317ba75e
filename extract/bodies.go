package extract

// Government bodies and organisations no gazetteer lists, found by pattern, and the country a body belongs to.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/gazetteer"
	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

// venueWords before "Center" or "Centre" make a place, not a body.
var venueWords = map[string]bool{"Press": true, "Media": true, "Conference": true, "Convention": true, "Shopping": true, "Trade": true, "Exhibition": true,
	"Isolation": true, "Quarantine": true, "Treatment": true, "Vaccination": true, "Call": true, "Data": true, "Business": true, "Financial": true, "Community": true, "Cultural": true}

// isCentre reports whether w is "Center" or "Centre".
func isCentre(w string) bool { return w == "Center" || w == "Centre" }

// namedWithPlace reports whether the body named name keeps the place
// written after it ("in Serbia", in rest) in its name: a mission, and a
// centre "in China" ("the International Poverty Reduction Center in
// China").
func namedWithPlace(name, rest string) bool {
	if isMission(name) {
		return true
	}
	k := strings.LastIndexByte(name, ' ')
	return isCentre(name[k+1:]) && strings.HasPrefix(rest, " in China")
}

// isMission reports whether a body's name is a mission's: an embassy, a
// high commission or a consulate.
func isMission(name string) bool {
	low := strings.ToLower(name)
	return strings.Contains(low, "embassy") || strings.Contains(low, "consulate") || strings.Contains(low, "high commission")
}

// countryPhrase is a country's name as it follows "of": with "the" where
// English writes one ("Embassy of the United States", "Ministry of Health
// of the Philippines"), else as it is ("Embassy of China").
func countryPhrase(name string) string {
	switch {
	case strings.HasPrefix(name, "United "), strings.Contains(name, "Republic"), strings.HasSuffix(name, " Islands"),
		name == "Netherlands", name == "Philippines", name == "Bahamas", name == "Maldives", name == "Seychelles", name == "Comoros", name == "Gambia", name == "Holy See":
		return "the " + name
	}
	return name
}

// determiners cannot start a body's name.
var determiners = map[string]bool{"The": true, "A": true, "An": true, "This": true, "That": true, "Our": true, "Their": true, "Its": true, "His": true, "Her": true, "Every": true, "Each": true, "Some": true, "Many": true, "Any": true}

// govFromEntry resolves a known government body named in a sentence. A
// name every government has ("Ministry of Health", "Foreign Office",
// "National Institute of Health") belongs to the country named next to it,
// else to the briefing's host; an acronym ("USAID") or a name that says its
// country keeps the gazetteer's.
func (r *run) govFromEntry(gm gazetteer.Mention, text string, gms []gazetteer.Mention) *entity {
	e := r.es.fromEntry(gm.Entry)
	c := r.contextCountry(text, gm.Start, gm.End, gms)
	if c == nil && sharedBodyNames[gm.Entry.Name] {
		c = r.host // "MINISTRY FOR EUROPE AND FOREIGN AFFAIRS" under "REPUBLIC OF ALBANIA"
	}
	caps := isAllCaps(strings.ReplaceAll(gm.Surface, " ", ""))
	if c == nil && genericAcronyms[gm.Surface] {
		c = r.host // "Yerlan Abdikarimov, official representative of the MFA", in Kazakhstan's briefing
	}
	if c == nil {
		if caps || namesCountry(gm.Surface, e.country) {
			return e
		}
		if !strings.EqualFold(gm.Entry.Country, "CN") && !isGenericBody(gm.Entry.Name) && !isGenericBody(gm.Surface) {
			return e // "the King Salman Humanitarian Aid and Relief Centre", named in Aden, is Saudi: only China's names stand for any government's
		}
		c = r.host
	}
	if c == nil || e.country == c {
		return e
	}
	if caps {
		return r.body(gm.Entry.Name, c) // a heading in capitals: the name as the gazetteer writes it
	}
	return r.body(gm.Surface, c)
}

// namesCountry reports whether a body's name says its country ("Chinese
// Center for Disease Control", "China CDC").
func namesCountry(name string, c *entity) bool {
	if c == nil || c.entry == nil {
		return false
	}
	says := func(n string) bool {
		return len(n) >= 2 && containsWord(name, n) // not "USA" in "USAID"
	}
	// Name, aliases and demonyms read where they stand, without a joined
	// copy: every known body's mention asks (whether it names its country).
	return says(c.entry.Name) || slices.ContainsFunc(c.entry.Aliases, says) || slices.ContainsFunc(c.entry.Demonyms, says) // "US Agency for International Development" says its country too
}

// containsWord reports whether w stands in s as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if wordAt(s, k, k+len(w)) {
			return true
		}
		i = k + 1
	}
}

// contextCountry is the country named right before a body ("Italian Ministry
// of Health", "the Chinese Embassy") or right after it ("of Italy").
func (r *run) contextCountry(text string, start, end int, gms []gazetteer.Mention) *entity {
	for _, m := range gms {
		if m.Entry.Class != voc.Country {
			continue
		}
		gapBefore := strings.TrimSpace(text[min(m.End, start):start])
		if m.End <= start && (gapBefore == "" || gapBefore == "'s" || gapBefore == "’s" || throughGap(gapBefore)) {
			return r.es.fromEntry(m.Entry)
		}
		if m.Start >= end {
			gap := strings.TrimSpace(text[end:m.Start])
			if gap == "of" || gap == "of the" || gap == "in" {
				return r.es.fromEntry(m.Entry)
			}
		}
	}
	return nil
}

// throughGap reports whether gap, between a country and a body, makes
// the body the country's channel: "The Australian Government, through the
// Department of Foreign Affairs and Trade", "China, through its Ministry
// of Commerce".
func throughGap(gap string) bool {
	g, ok := strings.CutPrefix(gap, "Government")
	if !ok {
		g, _ = strings.CutPrefix(gap, "government")
	}
	g, ok = strings.CutPrefix(strings.TrimLeft(g, " "), ",") // not "to Pakistan through the Japan International Cooperation Agency"
	g = strings.TrimLeft(g, " ")
	return ok && (g == "through the" || g == "through its")
}

// body returns the government body of country c with this name.
func (r *run) body(name string, c *entity) *entity {
	name = canonicalBody(name)
	if en := r.x.g.Lookup(name); en != nil && en.Class == voc.GovernmentOrganization && strings.EqualFold(en.Country, bodyCountryCode(c)) {
		return r.es.fromEntry(en)
	}
	e := r.es.get(bodyIRI(name, c), voc.GovernmentOrganization, name)
	if e.country == nil {
		e.country = c
		// "Kenya's Ministry of Health" is also known as the "Ministry of
		// Health of Kenya": a name that tells it from the others.
		if first, _, _ := strings.Cut(name, " "); c != nil && c != r.host && genericHeads[first] && !strings.Contains(name, c.name) {
			e.addName(name + " of " + countryPhrase(c.name))
		}
	}
	return e
}

// bodyCountryCode is the lower-case ISO code a body of c is named under,
// "xx" if c is no country.
func bodyCountryCode(c *entity) string {
	if c != nil && c.entry != nil && c.entry.ISO2 != "" {
		return strings.ToLower(c.entry.ISO2)
	}
	return "xx"
}

// bodyIRI is the IRI of country c's body named name (as canonicalBody
// writes it), when no gazetteer entry is.
func bodyIRI(name string, c *entity) quad.IRI {
	return quad.IRI(voc.IDBase + "gov/" + bodyCountryCode(c) + "/" + slug(canonicalBody(name)))
}

// knownBodyDefined is the gazetteer's body whose acronym the text after a
// body's name defines ("National Disaster Management Authority (BNPB)"),
// if it is of country c (when c is one), or nil: the name is that body's.
func (r *run) knownBodyDefined(after string, c *entity) *gazetteer.Entry {
	d := acronymDefRE.FindStringSubmatch(after)
	if d == nil {
		return nil
	}
	en := r.x.g.Lookup(d[1])
	if en == nil || en.Class != voc.GovernmentOrganization || c != nil && c.class == voc.Country && !strings.EqualFold(en.Country, bodyCountryCode(c)) {
		return nil
	}
	return en
}

// ownerGovRE: a local government that a body's name says it belongs to.
var ownerGovRE = scan.MustCompile(`^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:Provincial|Municipal|Regional|State|City) (?:People's )?Government$`)

// toBody reports whether " to …" after an embassy's name goes on with a
// body that receives, not the state it is accredited to: "handed over by
// the Chinese Embassy to the Ministry of Health" (not "the Chinese Mission
// to the European Union").
func toBody(place string) bool {
	rest, ok := strings.CutPrefix(place, " to ")
	if !ok {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(rest, "the "), " ")
	return genericHeads[first] || first == "Government" || first == "Hospital" || first == "National"
}

// genericHeads open the names that many countries' bodies share.
var genericHeads = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Directorate": true, "Secretariat": true}

// governmentOfPrefix is the "government of the " or "Government of the "
// that before ends with, as a region's government is introduced, or "".
func governmentOfPrefix(before string) string {
	for _, p := range []string{"government of the ", "Government of the ", "government of ", "Government of "} {
		if strings.HasSuffix(before, p) {
			return p
		}
	}
	return ""
}

// localBodyPrefixes name the government of a region or city before its
// name, as Europe's and the Americas' briefings write it.
var localBodyPrefixes = []string{"Republic and Canton of ", "Canton of ", "Free State of ", "Land of ", "Land ", "Municipality of ", "Regional Government of ", "Government of the State of ", "Autonomous Region of ", "Region of "}

// localBodyPrefix is the one of localBodyPrefixes that before ends with,
// or "".
func localBodyPrefix(before string) string {
	for _, p := range localBodyPrefixes {
		if strings.HasSuffix(before, p) {
			return p
		}
	}
	return ""
}

// localGovernmentAfter is the length of the lower-case title of a local
// government that rest, after a province's or a city's name, opens with,
// past the region's kind ("Uygur Autonomous Region"), if it does.
func localGovernmentAfter(rest string) (int, bool) {
	kind := 0
	if loc := regionTailRE.FindStringIndex(rest); loc != nil {
		kind = loc[1]
	}
	if loc := localGovernmentRE.FindStringIndex(rest[kind:]); loc != nil && loc[0] == 0 {
		return kind + loc[1], true
	}
	return 0, false
}

// addBodies finds government bodies that no gazetteer knows, by pattern
// ("Ministry of Health of Italy", "the Chinese Embassy in Serbia").
func (r *run) addBodies(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	written := text
	text = casedLines(text) // "COVID-19 PRESS CONFERENCE - MINISTRY OF HEALTH AND WELLNESS"
	for _, gm := range gms {
		if gm.Entry.Class != voc.City || gm.Entry.Country == "" {
			continue
		}
		// "the Government of Tamil Nadu", "the Government of Hokkaido": a
		// province's or a city's government is a body of its country; so is
		// "the Hebei provincial government", named as written.
		start, end := gm.Start, gm.End
		if p := localBodyPrefix(text[:gm.Start]); p != "" {
			start -= len(p) // "the Canton of Geneva", "Land Tyrol", "the Regional Government of Arequipa"
		} else if strings.HasSuffix(text[:gm.Start], "Government of ") && !strings.HasPrefix(text[gm.End:], " Province") {
			start -= len("Government of ")
			for _, kind := range []string{" Krai", " Oblast", " Okrug"} {
				if strings.HasPrefix(text[end:], kind) {
					end += len(kind) // "the Government of Primorsky Krai"
				}
			}
			for _, p := range []string{"People's ", "People’s "} {
				if strings.HasSuffix(text[:start], p) {
					start -= len(p) // "the People's Government of Guangxi Zhuang Autonomous Region", as China's provinces write it
					if loc := regionTailRE.FindStringIndex(text[gm.End:]); loc != nil {
						end += loc[1]
					}
				}
			}
		} else if p := governmentOfPrefix(text[:gm.Start]); p != "" {
			// "the government of the Xinjiang Uygur Autonomous Region", as
			// the foreign ministry's transcripts write it.
			start -= len(p)
			if loc := regionTailRE.FindStringIndex(text[gm.End:]); loc != nil {
				end += loc[1]
			}
		} else if tail, ok := localGovernmentAfter(text[gm.End:]); ok {
			end += tail // "the Hebei provincial government", "the Xinjiang Uygur Autonomous Region government"
		} else if strings.HasPrefix(text[gm.End:], " Region") && !strings.HasPrefix(text[gm.End:], " Region of") && !strings.HasPrefix(text[gm.End:], " Regions") {
			end += len(" Region") // "the Lombardy Region", "the Occitanie Region": a region's government, as Italy and France name it
		} else {
			continue
		}
		e := r.body(text[start:end], r.es.country(gm.Entry.Country))
		ms = append(ms, mention{start: off + start, end: off + end, ent: e})
	}
	var spans [][]int
	for _, sp := range r.all(ministryOfRE, text) {
		if k := strings.LastIndex(text[sp[0]:sp[1]], ", "); k > 0 && isHonorific(text[sp[0]+k+2:sp[1]]) {
			sp = []int{sp[0], sp[0] + k} // "the Executive Secretary of the Ministry of Health, Dr. Roberto Saldanha"
		}
		if strings.HasPrefix(text[sp[0]:], "Bureau of") && strings.HasSuffix(text[:sp[0]], "Political ") {
			// "Member of the Political Bureau of the CPC Central Committee
			// and Director of the Office of …": a party's, no government's
			// body; the bodies named after it are.
			from := sp[0] + len("Bureau of")
			for _, in := range ministryOfRE.FindAllStringIndex(text[from:sp[1]]) {
				spans = append(spans, []int{from + in[0], from + in[1]})
			}
			continue
		}
		spans = append(spans, sp)
	}
	spans = append(spans, r.allHeaded(bodyRE, text)...)
	spans = splitBodies(text, spans)
	for _, sp := range spans {
		start, end := sp[0], sp[1]
		if k := strings.Index(text[start:end], ", and the "); k > 0 {
			end = start + k // "to the Department of Disease Control, and the Singapore Red Cross handed over": the next clause's subject
			sp = []int{start, end}
		}
		if written[start:end] != text[start:end] && headingPost(text[start:end]) {
			continue // "PRESS CONFERENCE OF THE SPOKESPERSON OF THE ROYAL GOVERNMENT": a heading's post, no body
		}
		if k := strings.Index(text[start:end], " Building"); k >= 0 {
			end = start + k // "the Ministry of Health Building, Bandar Seri Begawan": the ministry, not its building's address
			sp = []int{start, end}
		}
		extended := false
		if k := strings.LastIndexByte(text[start:end], ' '); k >= 0 && ofHeads[text[start+k+1:end]] {
			// "Federal Ministry" + "of Health": one body.
			if loc := ministryOfRE.FindStringIndex(text[start+k+1:]); loc != nil && loc[0] == 0 {
				// "The Ministry" + "of Foreign Affairs and the Chinese Embassy": cut as the pattern's own spans are
				sp, extended = splitBodies(text, [][]int{{start, start + k + 1 + loc[1]}})[0], true
				end = sp[1]
			}
		} else if k >= 0 {
			head := text[start+k+1 : end]
			if loc := forTailRE.FindStringIndex(text[end:]); loc != nil && forHeads[head] {
				end += loc[1] // "the Chilean Agency for International Development Cooperation"
				sp = []int{start, end}
			} else if loc := ofTailRE.FindStringIndex(text[end:]); loc != nil && (countryHeads[head] || head == "Government" || isCentre(head)) {
				tail := strings.TrimPrefix(strings.TrimPrefix(text[end+len(" of "):end+loc[1]], "the "), "The ")
				en := r.x.g.Lookup(tail)
				isCountry := en != nil && en.Class == voc.Country
				// "Medicines Control Authority of Zimbabwe" names its country;
				// "People's Government of Tibet Autonomous Region" a region's
				// government ("the Government of Japan" is Japan).
				local := head == "Government" && isCountry && strings.Count(strings.TrimSpace(text[start:end]), " ") >= 2 && !governmentOnly[strings.TrimSpace(strings.TrimPrefix(text[start:end], "The "))]
				if countryHeads[head] && isCountry || head == "Government" && !isCountry && en == nil || countryHeads[head] && subnational(tail) || local || isCentre(head) && en == nil && !headFirst(tail) {
					// "Yamanashi Prefectural Government of Japan": a local government, of that country
					end += loc[1]
					sp = []int{start, end}
				}
			}
		}
		if strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s") {
			// "Ministry of Defence and Indonesia's Ministry of Health": two bodies.
			if k := strings.LastIndex(text[start:end], " and "); k > 0 {
				end = start + k
				sp = []int{sp[0], end}
			}
		}
		if k := strings.LastIndex(text[start:end], ", "); k >= 0 && !strings.Contains(text[start+k:end], " and ") && clauseOpensAfter(text[end:]) {
			if en := r.x.g.Lookup(text[start+k+2 : end]); en != nil && en.Class != voc.GovernmentOrganization {
				end = start + k // "At the request of the Iraqi Ministry of Health, Iran shipped": the clause's subject is no part of the name
				sp = []int{sp[0], end}
			}
		}
		if loc := inPlaceRE.FindStringIndex(text[end:]); loc != nil && namedWithPlace(text[start:end], text[end:]) && !toBody(text[end:end+loc[1]]) {
			end += loc[1]
		}
		if loc := ofCountryRE.FindStringIndex(text[end:]); loc != nil {
			// "the Chinese Embassy in the Republic of Korea", "the Gyeonggi
			// Provincial Government of the Republic of Korea": a country's
			// name cut after its first words, as many as make the longest
			// name ("Democratic Republic of the Congo", not "Republic of the
			// Congo").
			longer := false
			for k, n := end, 0; n < 3 && !longer; n++ {
				if k = strings.LastIndexByte(text[start:k], ' '); k < 0 {
					break
				}
				k += start
				en := r.x.g.Lookup(text[k+1 : end+loc[1]])
				longer = en != nil && en.Class == voc.Country
			}
			if longer {
				end += loc[1]
				sp = []int{sp[0], end}
			}
		}
		// Country words at the edges give the country and are not part of the name.
		var c *entity
		blocked := false
		named := start           // where the name begins with its country word: "Pakistan Army"
		ownName := false         // that word is the country's name, not its adjective: "Kenya Medical Supplies Authority"
		for _, gm := range gms { // "the Iranian Ministry of Health"
			if gm.Entry.Class != voc.Country || gm.End > start {
				continue
			}
			switch strings.TrimSpace(text[gm.End:start]) {
			case "":
				c = r.es.fromEntry(gm.Entry)
				sp = []int{gm.Start, sp[1]}
				named = gm.Start
			case "'s", "’s":
				c = r.es.fromEntry(gm.Entry) // "Thailand's Department of Medical Sciences": the country stays a mention of its own
			}
		}
		for _, gm := range gms {
			if gm.End <= start || gm.Start >= end {
				continue
			}
			if gm.Entry.Class == voc.City {
				if c == nil && gm.Entry.Country != "" && !strings.HasSuffix(text[start:gm.Start], " in ") {
					c = r.es.country(gm.Entry.Country) // "Fujian Provincial Government": the province stays in the name; not "Embassy of China in Port Moresby"
				}
				continue
			}
			if extended && gm.Entry.Class == voc.GovernmentOrganization && gm.Start > start && isGenericBody(gm.Surface) {
				continue // "Federal Ministry of Health": a qualified name every government has
			}
			if gm.Entry.Class == voc.GovernmentOrganization && gm.End < end && strings.HasPrefix(text[gm.End:], " and ") && !strings.HasPrefix(text[gm.End:], " and the ") && isGenericBody(gm.Surface) {
				continue // "the Ministry of Finance and Development Planning of Liberia": a longer name than the one every government has
			}
			if gm.Entry.Class == voc.Place && gm.Start > start {
				continue // "Ministry for Europe and Foreign Affairs": a region in a body's name
			}
			if gm.Start > start && gm.End >= end && (strings.HasSuffix(text[start:gm.Start], " and ") || strings.HasSuffix(text[start:gm.Start], " and the ")) {
				// "the Kazakh Ministry of Health and Rospotrebnadzor": a known
				// body after the name, which ends before " and ".
				end = start + len(strings.TrimRight(text[start:start+strings.LastIndex(text[start:gm.Start], " and ")], ","))
				sp = []int{sp[0], end}
				break
			}
			if gm.Entry.Class != voc.Country {
				blocked = true // an organisation or a known body: the gazetteer knows better
				break
			}
			if gm.Start == start || (gm.Start > start && strings.EqualFold(strings.TrimSpace(text[start:gm.Start]), "the")) {
				c = r.es.fromEntry(gm.Entry)
				named, start = gm.Start, gm.End
				ownName = !gm.Demonym
			} else if gm.Start > start && strings.TrimSpace(text[start:gm.Start]) == "Royal" {
				c = r.es.fromEntry(gm.Entry) // "the Royal Solomon Islands Police Force": the country's, all of it the name
			}
		}
		if blocked {
			continue
		}
		for { // "Ministry of Health Briefing on …": the heading's words are no part of the name
			k := strings.LastIndexByte(text[start:end], ' ')
			if k < 0 || !headingWords[text[start+k+1:end]] {
				break
			}
			end = start + k
			sp[1] = min(sp[1], end)
		}
		name := strings.TrimSpace(text[start:end])
		if c != nil && named < start && (militaryHeads[name] || ownName && ownNamed(name)) {
			// "the Pakistan Army", "the Indian Navy", "the China Earthquake
			// Administration", "the Thailand International Cooperation
			// Agency": the country's word is the name's (not in "the Italy
			// Ministry of Health", "the Iranian Red Crescent Society")
			name = strings.TrimSpace(text[named:end])
		}
		name = strings.TrimPrefix(name, "The ")
		name = strings.TrimPrefix(name, "the ")
		if rest, ok := strings.CutPrefix(name, "Our "); ok && c == nil {
			name, c = rest, r.host // "Our Embassy in Seoul", said by the host's spokesperson
		}
		if strings.HasPrefix(name, "embassy") || strings.HasPrefix(name, "consulate") {
			name = strings.ToUpper(name[:1]) + name[1:] // "the Chinese embassy in the UK"
		}
		if strings.HasPrefix(name, "Embassy") || strings.HasPrefix(name, "Consulate") || strings.HasPrefix(name, "High Commission") {
			switch i := strings.Index(name, " in "); {
			case c == nil && i > 0:
				c, _ = r.ofCountry(name[:i]) // "the Embassy of the People's Republic of China in Fiji" is China's, named so already
			case c != nil && i > 0:
				name = name[:i] + " of " + countryPhrase(c.name) + name[i:]
			case c != nil:
				name += " of " + countryPhrase(c.name)
			}
		} else if of, rest := r.ofCountry(name); of != nil {
			c, name = of, rest
		}
		ws := strings.Fields(name)
		if n := len(ws); n > 1 && ws[n-1] == "Board" && boardOf[ws[n-2]] {
			continue // "the Commission Board", "the Executive Board": a body's board, not "the Estonian Health Board"
		}
		if len(ws) < 2 || determiners[ws[0]] || strings.Contains(name, "News") || strings.Contains(name, "Press Agency") ||
			ws[0] == "Deputy" || ws[0] == "Vice" || ws[0] == "Assistant" || ws[0] == "Acting" {
			continue // "Ghana News Agency" is an outlet; "Deputy Government Spokesperson" a post
		}
		if isCentre(ws[len(ws)-1]) && venueWords[ws[len(ws)-2]] {
			continue // "the Accra International Press Centre" is a place
		}
		if c == nil && strings.Contains(name, "Prefectural ") {
			c = r.es.country("JP") // "the Akita Prefectural Government": prefectures with governments of that name are Japan's
		}
		if c == nil {
			c = r.host
		}
		if governmentOnly[name] {
			if c != nil {
				ms = append(ms, mention{start: off + sp[0], end: off + end, ent: c}) // "the Royal Government" is the country
			}
			continue
		}
		if en := r.knownBodyDefined(text[end:], c); en != nil {
			// "the National Disaster Management Authority (BNPB)": one node,
			// the gazetteer's, under either name.
			r.es.alias(bodyIRI(name, c), r.es.fromEntry(en))
		}
		e := r.body(name, c)
		e.addName(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(text[sp[0]:end]), "The "), "the "))
		if k := strings.Index(name, " in "); k > 0 && strings.Contains(name[:k], " of ") && isMission(name[:k]) {
			e.addName(name[:k]) // "the High Commission of India in Dar es Salaam" is also the High Commission of India
		}
		if _, inner, ok := strings.Cut(name, " of the "); ok && ownerGovRE.MatchString(inner) {
			// "the Foreign Affairs Office of the Zhejiang Provincial
			// People's Government": the government is named too, and
			// "the provincial government" may stand for it later.
			g := r.body(inner, c)
			r.seen[g] = true
			for _, h := range r.headsOf(g) {
				r.headed[h] = g
			}
		}
		for _, gm := range gms { // "the Chinese Embassy in Germany" names Germany too
			if gm.Entry.Class == voc.Country && gm.Start >= sp[0] && gm.End <= end {
				r.seen[r.es.fromEntry(gm.Entry)] = true
			}
		}
		ms = append(ms, mention{start: off + sp[0], end: off + end, ent: e})
		if c != nil && sp[0] < start {
			r.seen[c] = true // "the Russian Ministry of Defence" names Russia
		}
	}
	return ms
}

// boardOf are the words before "Board" that make it a body's governing
// board rather than a body of its own.
var boardOf = map[string]bool{"Commission": true, "Executive": true, "Governing": true, "Supervisory": true, "Management": true, "Editorial": true, "Advisory": true, "Bank": true, "Fund": true, "Directors": true}

// fieldAnd joins two fields of study in a name: "Fujian Agriculture and
// Forestry University", "Beijing Science and Technology Group" (not "Sinovac
// and Butantan Institute", two names).
const fieldAnd = `(?:Science|Sciences|Technology|Agriculture|Forestry|Medicine|Engineering|Economics|Finance|Law|Arts|Commerce|Education|Health|Research|Development|Industry|Trade|Culture|Environment|Aeronautics|Fisheries|Pharmacy|Flood|Drought|Disaster|Water|Food|Population|Family)\s+(?:and|&)\s+`

// fieldAndRE: a text that ends with two fields of study being joined.
var fieldAndRE = scan.MustCompile(`\b` + fieldAnd + `$`)

// companyFormRE: the words after a company's short name that make its
// full name ("Anhui Zhifei Longcom Biopharmaceutical", "Sinovac Biotech
// Ltd."): the same company.
var companyFormRE = scan.MustCompile(`^ (?:Bio-?pharmaceuticals?|Pharmaceuticals?|Biotech(?:nology)?|Biologics|Biological Products|Medical Technology|Group)(?: (?:Co\., Ltd\.|Co\. Ltd\.|Co\.|Ltd\.|Inc\.))?`)

// legalForms are the words after a company's name that say its legal
// form, part of the name.
var legalForms = []string{"Co., Ltd.", "Co. Ltd.", "Co.", "Ltd.", "Ltd", "Limited", "Inc.", "Corp.", "S.p.A.", "S.A. de C.V.", "S.A.S.", "S.A.", "S.R.L.", "Ltda.", "S.L.", "N.V.", "B.V.", "GmbH", "AG", "PLC", "plc", "LLC", "Pty Ltd", "Pvt. Ltd.", "Sdn Bhd", "Tbk", "K.K."}

// withLegalForm returns the end of the name text[start:end] with the
// legal form that follows it ("Vatukoula Holdings" + " Limited"), or
// that its last word begins ("Farmaceutici Valtellina S" + ".p.A.").
func withLegalForm(text string, start, end int) int {
	for _, f := range legalForms {
		if rest, ok := strings.CutPrefix(text[end:], " "+f); ok && (rest == "" || !isWordByte(rest[0])) {
			return end + 1 + len(f)
		}
	}
	if k := strings.LastIndexByte(text[start:end], ' '); k >= 0 {
		at := start + k + 1
		for _, f := range legalForms {
			if rest, ok := strings.CutPrefix(text[at:], f); ok && len(f) > end-at && (rest == "" || !isWordByte(rest[0])) {
				return at + len(f)
			}
		}
	}
	return end
}

// Organisation patterns: "University of Oxford", "Jack Ma Foundation",
// "Pasteur Institute" — bodies no gazetteer lists.
var (
	orgOfRE = scan.MustCompile(`\b(?:(?:Center|Centre) for|(?:University|Institute|Academy|Society|Association|Federation|Foundation|Bank|Fund|Chamber|Council|Union|Party|Red Cross|Red Crescent) of) (?:the )?` + capWord + `(?:,? (?:and |of |for |the |& |of the |for the )?` + capWord + `)*` +
		// A foundation named in a Romance language, its head first:
		// "Fundación Mediterránea de Salud", "Fondazione Banca del Tirreno".
		`|\b(?:Fundación|Fundação|Fondation|Fondazione) (?:(?:de|de la|del|di|della|da|do|des|du|pour la|per la|para la|para el) )?` + capWord + `(?: (?:de |de la |del |di |della |da |do |des |du |y |e |et )?` + capWord + `)*`)
	// A head that ends with a dot has no word boundary after it: "Sakura Medical Co. donated".
	orgRE = newHeaded(`\b(?:COVID-19\s+)?(?:`+capWord+`\s+|`+fieldAnd+`){1,5}(?:(?:%s)\b|Co\., Ltd\.|Co\.|Corp\.|Inc\.|Ltd\.)(?: (?:of|for) (?:the )?`+capWord+`(?: (?:and |of |for )?`+capWord+`)*)?`,
		"Foundation", "Group", "Company", "Corporation", `Corp\.`, `Co\., Ltd\.`, `Inc\.`, `Ltd\.`, "University", "Institute", "Hospital",
		"Society", "Association", "Federation", "Fund", "Alliance", "Academy", "Party", "Charity", "Trust", "Red Cross", "Red Crescent", "Organi[sz]ation",
		"Medical School", "School of Medicine", "College", "Clinic", "Research Unit", "Research Centre", "Research Center",
		`Co\.`, "GmbH", "AG", "BV", "NV", "SpA", "PLC", "plc", "LLC", "Sdn Bhd", // a legal form ends a company's name: "Van Rijn Pompen BV"
		"Biotech", "Biologics", "Biotechnology", "Pharmaceuticals?", "Pharma", "Motors", "Technologies", "Electronics", "Medical Technology", "Holdings", "Airlines", "Airways", "Logistics", "Shipping",
		"Construction", "Engineering", "Machinery", "Biological Products", "Medical Devices", "Medical Equipment")
)

// countryNamed is the country a name or demonym names ("Iran",
// "Ethiopian"), or nil.
func (r *run) countryNamed(w string) *entity {
	if en := r.x.g.Lookup(w); en != nil && en.Class == voc.Country {
		return r.es.fromEntry(en)
	}
	return nil
}

// ofCountry is the country a body's name ends with after " of " and the
// name without it ("Medicines Control Authority of Zimbabwe"), or nil and
// the name.
func (r *run) ofCountry(name string) (*entity, string) {
	// The first " of " whose rest is a country: "… Government of the
	// Republic of Korea" is Korea's, not "… of the Republic"'s.
	for i := strings.Index(name, " of "); i > 0; {
		if c := r.countryNamed(name[i+len(" of "):]); c != nil {
			return c, name[:i]
		}
		j := strings.Index(name[i+1:], " of ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil, name
}

// branchOf reports whether the rest of an organisation's name after a
// known organisation is " of " and a country or city, all of it: "… of
// Algeria", "… of Dakar".
func branchOf(rest string, gms []gazetteer.Mention, at int) bool {
	if !strings.HasPrefix(rest, " of ") {
		return false
	}
	for _, gm := range gms {
		if (gm.Entry.Class == voc.Country || gm.Entry.Class == voc.City) && gm.Start == at+len(" of ") && gm.End == at+len(rest) {
			return true
		}
	}
	return false
}

// addOrgs finds organisations that no gazetteer knows, by pattern.
func (r *run) addOrgs(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	spans := splitBodies(text, append(r.all(orgOfRE, text), r.allHeaded(orgRE, text)...))
	for _, sp := range spans {
		if w, _, _ := strings.Cut(text[sp[0]:sp[1]], " "); determiners[w] && w != "A" && w != "An" || w == "And" || w == "But" || w == "Also" {
			sp = []int{sp[0] + len(w) + 1, sp[1]} // "The Hengsheng Charity Foundation", "Our Medical Research Institute", "And Hokkaido University of Japan is conducting"
		}
		sp = []int{sp[0], withLegalForm(text, sp[0], sp[1])} // "Huaxin Medical Technology Co.", "Vatukoula Holdings Limited"
		if k := max(strings.LastIndex(text[sp[0]:sp[1]], "'s "), strings.LastIndex(text[sp[0]:sp[1]], "’s ")); k >= 0 {
			sp = []int{sp[0] + k + strings.Index(text[sp[0]+k:], " ") + 1, sp[1]} // "Indonesia's Eijkman Institute"
		}
		if k := strings.LastIndex(text[sp[0]:sp[1]], ", "); k >= 0 && opensClause(text[sp[1]:]) && !strings.HasPrefix(text[sp[0]+k:], ", Ltd.") {
			sp = []int{sp[0], sp[0] + k} // "At the request of the Government of the Union of the Comoros, Ireland has sent": the clause's subject is no part of the name
		}
		for _, w := range []string{"Central ", "National ", "Reserve "} {
			if strings.HasPrefix(text[sp[0]:], "Bank of ") && strings.HasSuffix(text[:sp[0]], w) {
				sp = []int{sp[0] - len(w), sp[1]} // "the Central Bank of Iran": a public body
			}
		}
		sp = nationalSociety(text, sp, gms)
		sp = diasporaIn(text, sp, gms)
		sp = compoundBefore(text, sp)
		name := strings.TrimSpace(text[sp[0]:sp[1]])
		ws := strings.Fields(name)
		if len(ws) < 2 || determiners[ws[0]] {
			continue
		}
		known := false
		for _, gm := range gms {
			if gm.Start == sp[0] && gm.End < sp[1] && gm.Entry.Class == voc.Organization && branchOf(text[gm.End:sp[1]], gms, gm.End) {
				continue // "the Pasteur Institute of Algeria": a national institute named after a known one
			}
			if gm.Start < sp[1] && gm.End > sp[0] && gm.Entry.Class != voc.Country && gm.Entry.Class != voc.Place && !gm.Entry.PlaceOnly() && !(gm.Entry.Class == voc.City && (gm.Start > sp[0] || companyTail(text[sp[0]:sp[1]]))) && !(gm.Start >= sp[0] && gm.End <= sp[1] && orgHeadAfter(text[gm.End:sp[1]])) && !(gm.Start > sp[0] && gm.Entry.ID == "org/red-cross-movement" && strings.TrimSpace(text[sp[0]:gm.Start]) != "International") {
				known = true // the gazetteer knows it, or part of it, better
			}
			// "the WHO's COVID-19 Solidarity Response Fund", "the SAARC COVID-19 Emergency Fund":
			// a fund named after an organisation is that organisation's.
			if !known && gm.Entry.Class == voc.Organization && gm.End <= sp[0] && sp[0]-gm.End <= 16 && fundOwnerGapRE.MatchString(text[gm.End:sp[0]]) {
				ms = append(ms, mention{start: off + gm.Start, end: off + sp[1], ent: r.es.fromEntry(gm.Entry)})
				known = true
			}
		}
		if known || r.x.g.Lookup(name) != nil {
			continue
		}
		var e *entity
		if publicBodyRE.MatchString(name) && r.host != nil {
			c := r.host
			if of, _ := r.ofCountry(name); of != nil {
				c = of // "the Central Bank of Iran" keeps its name
			}
			e = r.body(name, c) // "National Institute of Health": a public body
		} else if instituteRE.MatchString(name) {
			// "Butantan Institute", "Center for Genetic Engineering and
			// Biotechnology": research institutes are the state's, of the
			// country named with them, else of the host.
			c := r.host
			first, _, _ := strings.Cut(name, " ")
			if q := r.qualifier(text, sp[0], gms); q != nil {
				c = q
			} else if named := r.countryNamed(first); named != nil {
				c = named // "the Ethiopian Public Health Institute" is Ethiopia's
			}
			if of, rest := r.ofCountry(name); of != nil {
				c, name = of, rest
			}
			e = r.body(name, c)
			e.addName(strings.TrimSpace(text[sp[0]:sp[1]]))
		} else {
			if _, rest := r.ofCountry(name); rest != name && companyTail(rest) {
				name = rest // "Hanseong Pharmaceutical of the Republic of Korea": the company, then where it is from
				sp = []int{sp[0], sp[0] + len(rest)}
			}
			e = r.es.get(quad.IRI(voc.IDBase+"org/"+slug(name)), voc.Organization, name)
			if e.kind == "" {
				e.kind = orgKind(name)
			}
		}
		ms = append(ms, mention{start: off + sp[0], end: off + sp[1], ent: e})
	}
	return r.addGiverNames(r.addDescribedOrgs(ms, text, off, gms), text, off, gms)
}

// compoundBefore widens the span sp of an organisation's name to a
// hyphenated compound of capitalised words right before it, part of the
// name: "the Thai-Chinese Chamber of Commerce", "the China-Arab States
// Cooperation Forum".
func compoundBefore(text string, sp []int) []int {
	before := text[:sp[0]]
	if !strings.HasSuffix(before, " ") {
		return sp
	}
	w := before[strings.LastIndexAny(strings.TrimSuffix(before, " "), " \n(")+1 : len(before)-1]
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return sp
	}
	for _, p := range parts {
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) || strings.ContainsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return sp
		}
	}
	return []int{sp[0] - len(w) - 1, sp[1]}
}

// diasporaIn widens the span sp of an association named for a people
// to the country it is in, part of its name: "the Federation of Chinese
// Associations in Italy", "the Thai-Chinese Chamber of Commerce in
// Bangkok" stays (a city is no country).
func diasporaIn(text string, sp []int, gms []gazetteer.Mention) []int {
	if !strings.HasPrefix(text[sp[1]:], " in ") {
		return sp
	}
	if !slices.ContainsFunc(gms, func(gm gazetteer.Mention) bool {
		return gm.Start >= sp[0] && gm.End <= sp[1] && gm.Demonym && gm.Entry.Class == voc.Country
	}) {
		return sp // no people named in it: "… Stabilization Mission in Mali"
	}
	at := sp[1] + len(" in ")
	if strings.HasPrefix(text[at:], "the ") {
		at += len("the ")
	}
	for _, gm := range gms {
		if gm.Start == at && !gm.Demonym && gm.Entry.Class == voc.Country {
			return []int{sp[0], gm.End}
		}
	}
	return sp
}

// nationalSociety widens the span sp of an organisation's name to a
// national Red Cross or Red Crescent society's whole name, which the
// patterns find in part: "Society of Mongolia" in "the Red Cross Society
// of Mongolia", "Korea National Red Cross" in "the Republic of Korea
// National Red Cross" (a country's name with "of" in it).
func nationalSociety(text string, sp []int, gms []gazetteer.Mention) []int {
	name := text[sp[0]:sp[1]]
	if strings.HasPrefix(name, "Society of ") {
		for _, head := range []string{"Red Cross ", "Red Crescent "} {
			if strings.HasSuffix(text[:sp[0]], head) {
				return []int{sp[0] - len(head), sp[1]}
			}
		}
		return sp
	}
	if !strings.Contains(name, "Red Cross") && !strings.Contains(name, "Red Crescent") {
		return sp
	}
	for _, gm := range gms {
		if gm.Entry.Class == voc.Country && gm.Start < sp[0] && sp[0] < gm.End {
			return []int{gm.Start, sp[1]}
		}
	}
	return sp
}

// describedOrgRE finds an organisation no pattern of its name finds, by
// what the sentence says it is: "Aeon, a Japanese retail group, donated",
// "VACSERA, Egypt's state-owned vaccine maker".
var describedOrgRE = scan.MustCompile(`\b(` + capWord + `(?: ` + capWord + `){0,3}), (?:an?|` + capWord + `(?:'s|’s)) (?:[\p{L}-]+ ){0,3}?(company|group|firm|retailer|manufacturer|conglomerate|corporation|enterprise|charity|foundation|carmaker|airline|producer|maker|supplier|NGO)\b`)

// describedBeforeRE finds one by what the sentence calls it first: "the
// company Dalmacija Medika donated", "the telephone operator Orange
// Burkina has given", "Chinese company Yutong has donated".
var describedBeforeRE = scan.MustCompile(`\b(?:[Tt]he (?:` + capWord + ` )?|` + capWord + ` )(?:[\p{Ll}-]+ ){0,2}?(company|firm|operator|group|retailer|manufacturer|conglomerate|corporation|carmaker|airline|producer|maker|supplier|charity|foundation|NGO|insurer|bank|association|collective) (` + capWord + `(?: (?:` + romanceParticles + ` )?` + capWord + `){0,4} ` + romanceForms + `|` + capWord + `(?: (?:` + romanceParticles + ` )?` + capWord + `){0,3})`)

// describedAfterRE finds one by what the sentence calls it after its name,
// in lower case: "the Arax Telecom company has transferred", "The
// Zarafshan Electric company donated".
var describedAfterRE = scan.MustCompile(`\b[Tt]he (` + capWord + `(?: ` + capWord + `){0,3}) (company|firm|operator|corporation|conglomerate)\b`)

// placeAdjectiveRE is a name that ends as an adjective of where a company
// is or who owns it: "Geneva-based", "Kuwaiti-owned".
var placeAdjectiveRE = scan.MustCompile(`-(?:based|owned|run|registered|headquartered|listed|funded)$`)

// romanceJoinRE is a Romance particle between two capitalised words of a
// name ("Minera Andina del Sur"), which makes them one name.
var romanceJoinRE = scan.MustCompile(`\p{L} ` + romanceParticles + ` \p{Lu}`)

// romanceParticles join the words of a company's name in Spanish,
// Portuguese, French and Italian ("Minera Andina del Sur S.A."), read
// only in a name its legal form, romanceForms, ends, or that the sentence
// calls a company before it ("the company Minera Andina del Sur").
const (
	romanceParticles = `(?:de|del|de la|de los|de las|do|da|dos|das|di|du|des|y|e)`
	romanceForms     = `(?:S\.A\. de C\.V\.|S\.A\.S\.|S\.A\.|S\.L\.|S\.p\.A\.|S\.R\.L\.|Ltda\.)`
)

// describedHeadRE finds what describedOrgRE, describedBeforeRE and
// describedAfterRE call an organisation, a word of their heads: every match of each holds
// one, after a space and before a space or another byte that is no word
// byte. A sentence without one (nearly all) is not searched by them, whose
// tries at every "the" cost more than this search.
var describedHeadRE = scan.MustCompile(`\b(?:company|firm|operator|group|retailer|manufacturer|conglomerate|corporation|enterprise|carmaker|airline|producer|maker|supplier|charity|foundation|NGO|insurer|bank|association|collective)\b`)

// addDescribedOrgs adds the organisations describedOrgRE and
// describedBeforeRE find that no mention or gazetteer name already covers.
func (r *run) addDescribedOrgs(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	if !describedHeadRE.MatchString(text) {
		return ms
	}
	ms = r.addDescribed(ms, text, off, gms, describedBeforeRE, 4, 2)
	ms = r.addDescribed(ms, text, off, gms, describedAfterRE, 2, 4)
	if !strings.Contains(text, ", a ") && !strings.Contains(text, ", an ") && !strings.Contains(text, "'s ") && !strings.Contains(text, "’s ") {
		return ms
	}
	return r.addDescribed(ms, text, off, gms, describedOrgRE, 2, 4)
}

// giverNameRE finds a name that no gazetteer or pattern knows by what it
// does: a company or charity that gives, named alone at the head of its
// clause ("Among the companies, Mozal donated", "Telma has donated 200
// million ariary", "And Sonangol made 500 million kwanzas available", "the
// private sector as well: Airtel Malawi has donated"). Only the verbs of a
// gift are read: "Volunteers provided meals" names no one.
var giverNameRE = scan.MustCompile(`(?:\b[Aa]nd |^|[,:;] )(` + capWord + `(?: ` + capWord + `){0,2}) (?:has |have |had )?(?:also )?(donated|contributed|gifted|handed over|made available|made [^.;]{1,40}? available)\b`)

// giftVerbRE finds the verbs of giverNameRE in one search, before it is
// tried at every comma.
var giftVerbRE = scan.MustCompile(`\b(?:donated|contributed|gifted|handed over|available)\b`)

// addGiverNames adds the organisations giverNameRE finds: never a name
// whose first word the text also writes in lower case ("Vaccines China
// donated to Sierra Leone"), a post or honorific before a person's name, a
// body's name, a people's, or a lone plural ("Donors have contributed").
func (r *run) addGiverNames(ms []mention, text string, off int, gms []gazetteer.Mention) []mention {
	if !giftVerbRE.MatchString(text) {
		return ms
	}
	return r.addDescribedIf(ms, text, off, gms, giverNameRE, 2, 4, func(start, end int) bool {
		name := text[start:end]
		first, _, more := strings.Cut(name, " ")
		if pronounLike[first] || isHonorific(first) || r.x.titles.set[strings.ToLower(first)] || containsWord(r.d.Text, strings.ToLower(first)) {
			return false // "Which member states", "Ambassador Wang Yanlin", "Vaccines China donated to", "Overseas Chinese have contributed"
		}
		if bodyRE.heads.MatchString(name) || gazetteer.PlaceNoun(lastWord(name)) || slices.ContainsFunc(gms, func(g gazetteer.Mention) bool { return g.Demonym && g.Start >= start && g.End <= end }) {
			return false // a body; a place, whose government gives ("Kaunas City Municipality"); "Overseas Chinese"
		}
		return more || !strings.HasSuffix(name, "s") // "Donors have contributed"
	})
}

// pronounLike are the words that stand for givers unnamed: "Everyone
// donated".
var pronounLike = map[string]bool{"Everyone": true, "Everybody": true, "Someone": true, "Somebody": true, "Nobody": true, "Anyone": true, "Anybody": true, "All": true, "Both": true, "Each": true, "Several": true, "Most": true, "Few": true, "Many": true, "Some": true, "Others": true, "Who": true, "Which": true}

// addDescribed adds the organisations re finds, the name its submatch
// nameAt (an index into its submatch slice), what it is the one at headAt.
func (r *run) addDescribed(ms []mention, text string, off int, gms []gazetteer.Mention, re *scan.Regexp, nameAt, headAt int) []mention {
	return r.addDescribedIf(ms, text, off, gms, re, nameAt, headAt, nil)
}

// addDescribedIf is addDescribed for the names at text[start:end] that
// keep, if not nil, keeps.
func (r *run) addDescribedIf(ms []mention, text string, off int, gms []gazetteer.Mention, re *scan.Regexp, nameAt, headAt int, keep func(start, end int) bool) []mention {
	for _, m := range re.FindAllStringSubmatchIndex(text) {
		m := [6]int{m[0], m[1], m[nameAt], m[nameAt+1], m[headAt], m[headAt+1]}
		m[3] = max(m[3], withLegalForm(text, m[2], m[3])) // "the pharmaceutical company Farmaceutici Valtellina S.p.A."
		start, end := off+m[2], off+m[3]
		name := text[m[2]:m[3]]
		if w, _, _ := strings.Cut(name, " "); determiners[w] || nameStop[w] || placeAdjectiveRE.MatchString(name) {
			continue // "the Geneva-based company": a place's adjective, no name
		}
		// A place's name within it is no cover: "Seoul Biotech, a Korean
		// company", whose city the gazetteer finds.
		// Nor is any name within one that its legal form ends: "Minera
		// Andina del Sur S.A." is no news agency Andina.
		legal := slices.ContainsFunc(legalForms, func(f string) bool { return strings.HasSuffix(name, " "+f) }) ||
			romanceJoinRE.MatchString(name) // "the company Minera Andina del Sur": a particle joins one name
		inner := func(s, e int, en *gazetteer.Entry) bool {
			return s >= m[2] && e <= m[3] && (s > m[2] || e < m[3]) && en != nil && (legal || en.Class == voc.City || en.Class == voc.Country || en.Class == voc.Place)
		}
		covered := slices.ContainsFunc(ms, func(o mention) bool {
			return o.start < end && o.end > start && !(o.ent != nil && o.ent.entry != nil && inner(o.start-off, o.end-off, o.ent.entry))
		}) || slices.ContainsFunc(gms, func(g gazetteer.Mention) bool {
			return g.Start < m[3] && g.End > m[2] && !inner(g.Start, g.End, g.Entry)
		})
		if covered || r.x.g.Lookup(name) != nil || keep != nil && !keep(m[2], m[3]) {
			continue // keep last: it may read the whole text
		}
		if legal {
			// The names within a legal name are not named at all.
			ms = slices.DeleteFunc(ms, func(m mention) bool { return m.start >= start && m.end <= end })
		} else {
			ms = r.dropWithin(ms, start, end)
		}
		e := r.es.get(quad.IRI(voc.IDBase+"org/"+slug(name)), voc.Organization, name)
		if e.kind == "" {
			e.kind = gazetteer.KindCompany
			if head := text[m[4]:m[5]]; head == "charity" || head == "foundation" || head == "NGO" || head == "association" || head == "collective" {
				e.kind = gazetteer.KindNGO
			}
		}
		// "VACSERA, Egypt's state-owned vaccine maker": the country that
		// describes it is named, but neither gives nor receives.
		if m[5] > m[3] {
			ms = r.dropWithin(ms, off+m[3], off+m[5])
		}
		ms = append(ms, mention{start: start, end: end, ent: e})
	}
	return ms
}

// A national society is not the movement: "the Haitian Red Cross" (the
// "org/red-cross-movement" entry named after a qualifier).

// companyTail reports whether a name ends as a company's does: "Hefei
// Huaxin Medical Equipment Co., Ltd." is a company, not the city of Hefei.
func companyTail(name string) bool {
	for _, t := range []string{" Co., Ltd.", " Co. Ltd.", " Co.", " Ltd.", " Inc.", " Corp.", " Company", " Corporation", " Group", " Pharmaceutical", " Pharmaceuticals", " Pharma", " Biotech", " Holdings", " Electronics", " Technologies", " Motors"} {
		if strings.HasSuffix(name, t) {
			return true
		}
	}
	return false
}

// orgHeadAfter reports whether the rest of an organisation's name after a
// known name makes another organisation: "Tencent" + "Charity Foundation",
// "Indonesian" + "Red Cross" + "Society", "China Railway" + "Construction
// Corporation".
func orgHeadAfter(rest string) bool {
	for _, w := range strings.Fields(rest) {
		switch w {
		case "Foundation", "Society", "Corporation", "Company", "Association", "Charity", "Trust", "University", "Institute", "Hospital", "Academy", "Federation", "Cross", "Crescent", "Unit", "Centre", "Center":
			return true
		}
	}
	return false
}

// instituteRE: the heads of research and public-health institutes, which
// the state runs unless a gazetteer says otherwise.
var instituteRE = scan.MustCompile(`\b(?:Institute|Institut|Centre|Center|Academy|Laboratory|Laboratories|Council of Ministers)\b`)

// qualifier is the country named right before a name at start: "Brazil's",
// "the Russian".
func (r *run) qualifier(text string, start int, gms []gazetteer.Mention) *entity {
	for _, gm := range gms {
		if gm.Entry.Class != voc.Country || gm.End > start {
			continue
		}
		if gap := strings.TrimSpace(text[gm.End:start]); gap == "" || gap == "'s" || gap == "’s" {
			return r.es.fromEntry(gm.Entry)
		}
	}
	return nil
}

// publicBodyRE: institutes of the state are government bodies.
var publicBodyRE = scan.MustCompile(`^(?:National|State|Federal|Central|Public|Provincial|Municipal) `)

// fundOwnerGapRE is what may stand between an organisation and a fund named
// after it.
var fundOwnerGapRE = scan.MustCompile(`^(?:'s|’s)?\s+(?:COVID-19\s+|Covid-19\s+|Coronavirus\s+)?$`)

func orgKind(name string) string {
	switch {
	case strings.HasSuffix(name, "Party"):
		return gazetteer.KindParty
	case strings.Contains(name, "Company") || strings.Contains(name, "Corporation") || strings.Contains(name, "Group") || strings.Contains(name, "Co.") || strings.Contains(name, "Inc.") || strings.Contains(name, "Ltd"):
		return gazetteer.KindCompany
	}
	return gazetteer.KindNGO
}

// casedLines writes the lines of text set in capitals, ASCII only, in
// title case ("PRESIDENTIAL COMMUNICATIONS OPERATIONS OFFICE" →
// "Presidential Communications Operations Office"), so that the body
// patterns, which read capitalised words, find the names headings print
// in capitals. Every byte keeps its offset.
func casedLines(text string) string {
	if !strings.Contains(text, "\n") && !shoutedLine(text) {
		return text
	}
	var b []byte
	for from := 0; from < len(text); {
		to := strings.IndexByte(text[from:], '\n')
		if to < 0 {
			to = len(text)
		} else {
			to += from
		}
		if line := text[from:to]; shoutedLine(line) {
			cased := []byte(transcript.CasedHeading(line))
			if len(cased) != len(line) {
				from = to + 1
				continue // runs of spaces, which CaseName joins: the offsets would move
			}
			if b == nil {
				b = []byte(text)
			}
			for i := 0; i < len(line); {
				j := i
				for j < len(line) && line[j] != ' ' {
					j++
				}
				if strings.ContainsAny(line[i:j], "0123456789") {
					copy(cased[i:j], line[i:j]) // "COVID-19" stays as written
				}
				for k := i + 1; k < j; k++ {
					if line[k-1] == '-' {
						cased[k] = line[k] // "Secretary-General"
					}
				}
				i = j + 1
			}
			copy(b[from:to], cased)
		}
		from = to + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// shoutedLine reports whether line is ASCII, has no lower-case letter and
// at least two words of capitals: a heading.
func shoutedLine(line string) bool {
	words, upper := 0, 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= 0x80 || 'a' <= c && c <= 'z' || c == '\t':
			return false
		case 'A' <= c && c <= 'Z':
			upper++
			if upper == 2 {
				words++
			}
		case c == ' ':
			upper = 0
		}
	}
	return words >= 2
}

// headingPost reports whether a name read from a heading in capitals
// names a post or an event, not a body: "Secretary of State", "Office of
// the Spokesperson for the Secretary-General", "Special Emergency Meeting
// of …".
func headingPost(name string) bool {
	first, _, _ := strings.Cut(strings.TrimPrefix(name, "The "), " ")
	switch first {
	case "Secretary", "Spokesperson", "Press", "Special", "Meeting", "Conference", "Briefing":
		return true
	}
	return strings.Contains(name, "Spokesperson") || strings.Contains(name, "Meeting")
}

// impliedBodyRE finds a body named only through a title: "vice minister of
// foreign affairs", "foreign ministry spokesperson".
var impliedBodyRE = scan.MustCompile(`\b(?:[Vv]ice |[Dd]eputy |[Aa]ssistant )?[Mm]inister of ((?:[a-z]+(?: and | )?){1,5}?)(?:\b[,;.)]|\s+(?:and|Mr|Ms|Dr|[A-Z])|$)|\b([Ff]oreign|[Hh]ealth|[Cc]ommerce|[Dd]efen[cs]e) [Mm]inistry [Ss]pokes(?:person|man|woman)`)

func (r *run) addImpliedBodies(ms []mention, text string, off int) []mention {
	if !strings.Contains(text, "inist") { // every match names a [Mm]inister or a [Mm]inistry
		return ms
	}
	for _, m := range impliedBodyRE.FindAllStringSubmatchIndex(text) {
		var name string
		switch {
		case m[2] >= 0:
			what := strings.TrimSpace(text[m[2]:m[3]])
			if what == "" || what == "the" || strings.HasPrefix(what, "the ") {
				continue // "Minister of the ..." is written out in full and found by pattern
			}
			name = "Ministry of " + titleCase(what)
		case m[4] >= 0:
			name = canonicalBody(titleCase(text[m[4]:m[5]]) + " Ministry")
		}
		c := r.host
		if c == nil {
			continue
		}
		e := r.body(name, c)
		ms = append(ms, mention{start: off + m[0], end: off + m[1], ent: e})
	}
	return ms
}

// titleCase capitalises each word but the small ones: "foreign affairs" → "Foreign Affairs".
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && (w == "and" || w == "of" || w == "the" || w == "for") {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// ownNamed reports whether a body's name after a country's name is its
// own: "Kenya" + "Medical Supplies Authority" is the authority's full name,
// "Turkey" + "Ministry of Foreign Affairs" says whose ministry it is, and
// "Pakistan" + "Water" (of "Water and Power Development Authority") is no
// body.
func ownNamed(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if generalWords[strings.ToUpper(w[:1])+w[1:]] {
			return false
		}
	}
	return true
}

// generalWords name the bodies every government has.
var generalWords = map[string]bool{"Ministry": true, "Embassy": true, "Consulate": true, "Government": true, "Department": true, "Mission": true, "Office": true, "Cabinet": true, "Commission": true}

// militaryHeads are the armed services named by their country alone ("the
// Pakistan Army", "the Indian Navy"), unlike a ministry whose country word
// is no part of its name.
var militaryHeads = map[string]bool{"Army": true, "Navy": true, "Air Force": true, "Armed Forces": true, "Defence Forces": true, "Defense Forces": true, "Defence Force": true, "Defense Force": true, "Coast Guard": true, "National Guard": true}

// Government-body patterns.
var (
	capWord = `\p{Lu}[\p{L}'’&-]*`
	// bodyWord is a capitalised word of a body's name.
	bodyWord = `(?:People['’]s|(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}&-]*\b)`
	// ministryOfRE: "Ministry of Foreign Affairs", "Department of State",
	// "Ministry of Health of Italy".
	// localGovernmentRE: the lower-case title after a province's or a
	// city's name ("Hebei provincial government", "Tibet Autonomous Region
	// government").
	regionTailRE      = scan.MustCompile(`^(?: (?:Uygur|Uyghur|Zhuang|Hui))? (?:Autonomous Region|Province|Municipality|Special Administrative Region)\b`)
	localGovernmentRE = scan.MustCompile(`^ (?:(?:provincial|municipal|regional|prefectural|city|state) )?government\b`)
	ministryOfRE      = scan.MustCompile(`\b(?:(?:Ministry|Department|Office|Bureau|Secretariat|(?:General )?Directorate(?:[- ]General)?|Embassy|Consulate(?:[- ]General)?|High Commission|Permanent Mission|Government of the (?:Province|State|Region|Prefecture|Municipality|City)) of|(?:Ministry|Department) for) (?:the )?` + bodyWord + `(?:,? (?:and |of |the |for |& )*` + bodyWord + `)*`)
	// bodyRE: "National Health Commission", "Foreign Ministry", "Chinese Embassy".
	// A possessive is no part of a body's name ("Indonesia's Ministry of
	// Health"), except in "People's".
	bodyRE = newHeaded(`\b(?:`+bodyWord+`(?:\s+(?:and|of|for|&))?\s+){1,6}(?:%s)\b`,
		"Ministry", "Commission", "Administration", "Agency", "Bureau", "Office", "Department", "Council", "Authority", "Directorate", "Board",
		"[Ee]mbassy", "[Cc]onsulate(?:[- ][Gg]eneral)?", "Mission", "Government", "Armed Forces", "Army", "Navy", "Air Force", "Presidency",
		"Defen[cs]e Forces?", "Coast Guard", "National Guard", "Police Force", "Police Service", "People['’]s Committee", "Laborator(?:y|ies)", "Cent(?:er|re)",
		"(?:Emergency|Fire|Rescue|Ambulance|Civil Defen[cs]e|Civil Protection) Service", "(?:Health|State|Municipal) Secretariat", "(?:Fire and Rescue|Fire|Rescue|Medical|Peace|Marine) Corps").endsWithHead()
	// ofCountryRE is the rest of a country's name cut after its first
	// words: " of Korea" after "the Republic", " and Tobago" after "Trinidad".
	ofCountryRE = scan.MustCompile(`^ (?:of|and) (?:the )?` + capWord + `(?: ` + capWord + `)*`)
	// inPlaceRE extends an embassy or consulate with where it is: " in Serbia".
	inPlaceRE = scan.MustCompile(`^ (?:in|to) (?:the )?` + capWord + `(?: (?:es |de |al |el )?` + capWord + `)*`) // "in Dar es Salaam", "in Rio de Janeiro"
)

// postAfterAnd are the posts that, after "and", begin a person, not more
// of a body's name (as an honorific does: isHonorific).
var postAfterAnd = map[string]bool{"Minister": true, "President": true, "Vice": true, "Deputy": true, "Director": true, "Secretary": true, "Ambassador": true,
	"Chairman": true, "Governor": true, "Mayor": true, "Premier": true, "Prime": true}

// splitBodies cuts a span that joins two bodies: "the Ministry of Health of
// Azerbaijan and the Ministry of Labour, Health and Social Affairs of Georgia".
func splitBodies(text string, spans [][]int) [][]int {
	var out [][]int
	for _, sp := range spans {
		for _, sep := range []string{", and ", " and "} {
			if i := strings.Index(text[sp[0]:sp[1]], sep); i >= 0 {
				if w, _, _ := strings.Cut(text[sp[0]+i+len(sep):sp[1]], " "); postAfterAnd[w] || isHonorific(w) {
					sp = []int{sp[0], sp[0] + i} // "Ecuador's Ministry of Public Health, and Minister Catalina Andrade attended": a person follows
				}
			}
		}
		for {
			k := -1
			for _, sep := range []string{" and the ", ", and the ", " and ", ", the "} {
				for from := sp[0]; ; {
					i := strings.Index(text[from:sp[1]], sep)
					if i < 0 {
						break
					}
					i += from
					rest := text[i+len(sep) : sp[1]]
					head, after, _ := strings.Cut(rest, " ")
					second, _, _ := strings.Cut(after, " ")
					// "the Ministry of Health of Uzbekistan and the Chinese company": no
					// body of its own follows; but "the Ministry of Health, Wellness
					// and the Environment" ends a list of its fields.
					lone := sep != " and " && !strings.Contains(rest, " ") && !strings.Contains(text[sp[0]:i], ", ")
					if sep == " and " && (fieldAndRE.MatchString(text[sp[0]:i+len(sep)]) || oneWord(text[sp[0]:i]) && strings.Contains(rest, " ")) {
						from = i + 1 // "Fujian Agriculture and Forestry University", "the Crisis and Support Centre": one name
						continue
					}
					// "… of Kazakhstan and the Russian Ministry of Health": a body
					// after its country's adjective.
					if sep == ", the " && !bodyHeads[head] {
						from = i + 1 // "the Ministry of Health, the Environment …" goes on; "…, the Ministry of Health of Myanmar" is another
						continue
					}
					if (bodyHeads[head] || sep != " and " && bodyHeads[second] || bodyTails[rest[strings.LastIndexByte(rest, ' ')+1:]] || lone) && (k < 0 || i < k) {
						k = i
					}
					from = i + 1
				}
			}
			// "Cuba's Ministry of Public Health, and Vietnamese doctors": a
			// last word after ", and " is no part of the name, unless it ends
			// a list of the name's fields ("Bureau of Population, Refugees,
			// and Migration").
			if i := strings.LastIndex(text[sp[0]:sp[1]], ", and "); i >= 0 && k < 0 && !strings.Contains(text[sp[0]+i+len(", and "):sp[1]], " ") && !strings.Contains(text[sp[0]:sp[0]+i], ", ") {
				k = sp[0] + i
			}
			if k < 0 {
				break
			}
			out = append(out, []int{sp[0], k})
			next := k + len(" and ")
			if strings.HasPrefix(text[k:], ", and the ") {
				next = k + len(", and the ")
			} else if strings.HasPrefix(text[k:], " and the ") {
				next = k + len(" and the ")
			} else if strings.HasPrefix(text[k:], ", the ") {
				next = k + len(", the ")
			}
			sp = []int{next, sp[1]}
		}
		out = append(out, sp)
	}
	return out
}

// oneWord reports whether s, after a determiner, is one word: "Crisis" in
// "the Crisis and Support Centre".
func oneWord(s string) bool {
	s = strings.TrimSpace(s)
	if w, rest, ok := strings.Cut(s, " "); ok && determiners[w] {
		s = rest
	}
	return s != "" && !strings.Contains(s, " ")
}

// bodyHeads open a body's name of their own.
var bodyHeads = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Embassy": true, "Consulate": true, "Secretariat": true,
	"University": true, "Institute": true, "Academy": true, "Foundation": true, "Centre": true, "Center": true}

// governmentOnly are names of a whole government, which stands for its
// country: "the Royal Government sent masks to Laos".
var governmentOnly = map[string]bool{"Government": true, "Royal Government": true, "Federal Government": true, "Union Government": true, "Central Government": true, "National Government": true, "State Government": true}

// bodyTails close a body's name of their own: "the Ministry of Public
// Health of Thailand and the Yunnan Provincial Government" is two bodies.
var bodyTails = map[string]bool{"Government": true, "Commission": true, "Agency": true, "Administration": true, "Bureau": true, "Authority": true, "Directorate": true,
	"Embassy": true, "Consulate": true, "Institute": true, "University": true, "Centre": true, "Center": true, "Company": true, "Foundation": true}

// subnational reports whether a name is a province's, a region's or a
// city's by its last word: "Guangdong Province", "Tibet Autonomous Region".
func subnational(name string) bool {
	for _, w := range []string{" Province", " Region", " Prefecture", " Municipality", " Autonomous Region", " City"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// forTailRE reads " for X" after a body's head: "Agency for International
// Development Cooperation".
var forTailRE = scan.MustCompile(`^ for (?:the )?` + bodyWord + `(?: (?:and |of |the |for |against )*` + bodyWord + `)*`) // "… for the Protection against Sanitary Risk"

// headFirst reports whether a name opens with a body's head: "Ministry"
// in "the Crisis and Support Centre of the Ministry", another body.
func headFirst(name string) bool {
	w, _ := firstWord(name)
	return bodyHeads[w]
}

// forHeads are the heads a " for X" completes.
var forHeads = map[string]bool{"Center": true, "Centre": true, "Department": true, "Agency": true, "Commission": true, "Office": true, "Administration": true, "Council": true, "Authority": true, "Directorate": true, "Bureau": true, "Unit": true, "Board": true}

// ofTailRE reads " of X" after a body's head.
var ofTailRE = scan.MustCompile(`^ of (?:the )?` + bodyWord + `(?: (?:and |of |the )*` + bodyWord + `)*`)

// countryHeads are the heads after which " of <country>" says the body's
// country: "Medicines Control Authority of Zimbabwe".
var countryHeads = map[string]bool{"Authority": true, "Agency": true, "Commission": true, "Administration": true, "Council": true, "Bureau": true, "Directorate": true, "Service": true}

// ofHeads are the heads a body's name continues after with "of": "Federal
// Ministry of Health".
var ofHeads = map[string]bool{"Ministry": true, "Department": true, "Office": true, "Secretariat": true}

// headingWords end a heading, never a body's name: "Ministry of Health
// Briefing", "Ministry of Foreign Affairs Press Conference".
var headingWords = map[string]bool{"Briefing": true, "Press": true, "Conference": true, "Statement": true, "Spokesperson": true,
	"Spokesman": true, "Spokeswoman": true, "Regular": true, "Daily": true, "Weekly": true, "Update": true, "Release": true, "Readout": true, "Transcript": true}

// canonicalBody gives a government body's canonical name: "Foreign Ministry"
// → "Ministry of Foreign Affairs", "Health Ministry" → "Ministry of Health".
func canonicalBody(name string) string {
	name = strings.TrimPrefix(name, "the ")
	if rest, ok := strings.CutSuffix(name, " Ministry"); ok && !strings.Contains(rest, " of ") {
		switch rest {
		case "Foreign":
			rest = "Foreign Affairs"
		case "Defence", "Defense":
			rest = "National Defense"
		}
		return "Ministry of " + rest
	}
	return name
}

// sharedBodyNames are names of known bodies that another government has
// taken too: the gazetteer's country unless the briefing is another's
// ("Ministry for Europe and Foreign Affairs" is France's, and Albania's
// since 2017).
var sharedBodyNames = map[string]bool{"Ministry for Europe and Foreign Affairs": true}

// genericAcronyms are the acronyms of bodies every government has, which
// the gazetteer gives to China's: "the MFA" is the briefing host's.
var genericAcronyms = map[string]bool{"MFA": true, "MOFA": true, "MoFA": true, "MOH": true, "MoH": true}

// isGenericBody reports whether a body's name is one that every government
// has ("Ministry of Health"), so its country comes from context.
func isGenericBody(name string) bool {
	for _, p := range []string{"Ministry of ", "Department of ", "Office of ", "Embassy", "Consulate"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return strings.HasSuffix(name, " Ministry")
}
