package event

import (
	"strings"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// verbClass groups the verbs that say help was given in the same way.
type verbClass int

const (
	send    verbClass = iota + 1 // send, dispatch, deploy: people or goods to a place
	give                         // donate, provide, deliver, ship, pledge, allocate
	hold                         // hold, conduct, host a conference or training
	share                        // share, exchange experience or data
	coop                         // cooperate, collaborate, work together
	help                         // help, assist, support, aid
	receive                      // receive, obtain, accept: the roles are reversed
	arrive                       // a team arrived in a place
	care                         // take in, treat patients from another country
	train                        // train health workers: an expert exchange
	build                        // build a hospital or a laboratory for others
)

// verbs are the trigger verbs, lower-case, matched on word boundaries.
var verbs = []struct {
	class verbClass
	re    *scan.Regexp
}{
	{send, scan.MustCompile(`\b(?:sen[dt]s?|sending|seconded|truck(?:ed|ing)|carr(?:y|ies|ied|ying)|br(?:ing|ings|inging|ought)|(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)?|headed|set off|set out) for|prepar(?:e|es|ing) |dispatch(?:ed|es|ing)?|deploy(?:ed|s|ing)?|airlift(?:ed|s|ing)?|rush(?:ed)?|fl(?:y|ies|ying|ew|own)|sail(?:s|ed|ing)?|dispatched)\b`)},
	// A departure from a named place: "the team left Urumqi for Islamabad",
	// "will leave Beijing on Saturday for Belgrade", "departed from
	// Urumqi for Dushanbe".
	{send, scan.MustCompile(`\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)? from) (?:[a-z'-]+ ){1,3}(?:on (?:[a-z0-9]+ ){1,2})?for\b`)},
	{give, scan.MustCompile(`\b(?:donat(?:e|ed|es|ing)|provid(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|ship(?:ped|s|ping)?|gave|give[ns]?|giving|offer(?:ed|s|ing)?|hand(?:ed|s|ing)?(?: over)?|turn(?:ed|s|ing)? over|sponsor(?:ed|s|ing)?|supplied|approv(?:e|ed|es|ing)|commit(?:s|ted|ting)|distribut(?:e|ed|es|ing)|lend(?:s|ing)?|lent|loaned|contribut(?:e|ed|es|ing)|(?:re)?allocat(?:e|ed|es|ing)|granted|pledg(?:e|ed|es|ing)|earmark(?:ed|s)?|extend(?:ed|s|ing)?|presented|gifted|(?:will|to|would|also) gift|(?:will|would|also|shall) supply|supplying|made available|mak(?:e|es|ing) available|mobili[sz](?:e|ed|es|ing)|disburs(?:e|ed|es|ing)|award(?:ed|s|ing)?|raised|transferred|releas(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|channell?(?:ed|ing)|channels|(?:will|would|also) channel|(?:co-)?funded|(?:co-)?financ(?:ed|es)|(?:is|are|was|were|been) (?:co-)?financing|promis(?:e|ed|es|ing)|availed|sign(?:ed|s|ing)? (?:an? |the )?(?:new )?(?:[\w$€£.,-]+ ){0,4}?(?:grant|loan|financing|donation) agreements?|(?:will|to|would|also|jointly) (?:co-)?(?:fund|finance)|(?:waiv(?:e|ed|es|ing)|cancell?(?:ed|ing)|forg(?:ave|iven|iving)|wr(?:ote|itten|iting) off) (?:[\w$€£.,-]+ ){0,4}?(?:loans?|debts?))\b`)},
	// A team that begins its work where it went: "a team of 52 doctors
	// and nurses from Cuba began work at the field hospital in Crema",
	// before hold, which would read "began" alone.
	{arrive, scan.MustCompile(`\b(?:began|begun|begins?|started|starts?|commenced) (?:work|working|operating|operations) (?:in|at)\b`)},
	{hold, scan.MustCompile(`\b(?:h[eo]ld(?:s|ing)?|run(?:s|ning)?|ran|start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|undert(?:ake|akes|ook|aken|aking)|initiat(?:e|ed|es|ing)|work(?:s|ed|ing)? on|conduct(?:ed|s|ing)?|organi[sz](?:e|ed|es|ing)|(?:co-)?host(?:ed|s|ing)?|convened?|arrang(?:e|ed|es|ing)|launch(?:ed|es|ing)?|join(?:ed|s|ing)? (?:a|an|the|two|three|several) (?:\w+ )?(?:video|online|virtual|tele)|had (?:a|an|\w+) (?:\w+ )?(?:video|online|virtual|tele))\b`)},
	{share, scan.MustCompile(`\b(?:shar(?:e|ed|es|ing)|exchang(?:e|ed|es|ing)|communicat(?:e|ed|es|ing)|brief(?:ed|s|ing)?|informed|notified|introduc(?:e|ed|ing) (?:its |our |their )?experience|(?:transmit(?:s|ted|ting)?|forward(?:s|ed|ing)?) (?:its|our|their))\b`)},
	{coop, scan.MustCompile(`\b(?:cooperat(?:e|ed|es|ing)|collaborat(?:e|ed|es|ing)|work(?:ed|s|ing)? (?:closely )?(?:together|jointly)|join(?:ed|s|ing)? hands|team(?:ed)? up|partner(?:ed|ing)|partners? with|jointly (?:develop(?:ed|ing|s)?|conduct(?:ed|ing|s)?|carr(?:y|ied|ies|ying)(?: out)?|run|ran|launch(?:ed)?|evaluat(?:e|ed|es|ing)|assess(?:ed|es|ing)?|test(?:ed|s|ing)?|stud(?:y|ied|ies|ying)|sequenc(?:e|ed|es|ing)|analy[sz](?:e|ed|es|ing)|investigat(?:e|ed|es|ing)|research(?:ed|es|ing)?|produc(?:e|ed|es|ing)|manufactur(?:e|ed|es|ing))|co-develop(?:ed|s|ing)?|work(?:ed|s|ing)? (?:closely )?with|coordinat(?:e|es|ed|ing) (?:(?:the|a|an|its|their) )?(?:[\w-]+ ){0,3}?(?:trials?|stud(?:y|ies)|research) with)\b`)},
	// Research done with a partner: "Sinovac is developing a vaccine
	// together with the Butantan Institute", "KEMRI is sequencing samples
	// together with the Uganda Virus Research Institute".
	{coop, scan.MustCompile(`\b(?:develop|sequenc|test|stud(?:y|ies|ied|ying)|analy[sz]|evaluat|research)[a-z]* (?:[\w'’-]+ ){0,4}?(?:together|jointly) with\b`)},
	// "support" only with what it gives ("is supporting the Africa CDC
	// with a grant", appendTriggers): "China supports the WHO" is politics, not aid.
	{help, scan.MustCompile(`\b(?:help(?:ed|s|ing)?|assist(?:ed|s|ing)?|aided|aiding|support(?:s|ed|ing))\b`)},
	// Caring for another country's patients: "hospitals have taken in 47
	// patients from Italy", "have welcomed French patients", "received 40
	// patients from France" (before receive, which would read the patients
	// as a gift).
	{care, scan.MustCompile(`\b(?:treat(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking) in|admit(?:s|ted|ting)?|fl(?:y|ies|ew|own)|welcom(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)|accept(?:s|ed|ing)?|accommodat(?:e|ed|es|ing)|car(?:e|ed|es|ing) for) (?:(?:[\w'’-]+|\d[\d,]*) ){0,5}patients(?: from)?\b`)},
	{receive, scan.MustCompile(`\b(?:receiv(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)|obtain(?:ed|s)?|accept(?:ed|s)?|got|benefit(?:s|ed|ing)? from|(?:are|is|am) (?:also )?expecting)\b`)},
	{arrive, scan.MustCompile(`\b(?:arrived (?:on (?:a |an )|to (?:reinforce|support|help|assist|work|strengthen|join)|on (?:\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)|last|yesterday|this|today)|arriv(?:ed|es) (?:with|from)|(?:came|comes?) from|(?:came|comes?) through|(?:arriv(?:e|ed|es|ing)|land(?:ed|s)|(?:is|are|was|were|been) (?:now )?(?:working|serving|stationed|operating)(?: since \w+| for (?:\w+ )?(?:days|weeks|months))?|(?:has|have|had) (?:now |already )?been|(?:worked|works)|stay(?:s|ed|ing)?|spen[dt]s? (?:\w+ ){1,2}(?:days?|weeks?|months?)|(?:is|are) (?:now|currently|still|also)(?: working)?) (?:in|at)|(?:is|are|was|were|been) (?:now )?operating over|(?:came|come|comes|went|gone|go|goes|travel|travels|travell?ed|mov(?:e|es|ed|ing) on) to|on (?:its|their) way to|en route to|reach(?:ed|es)|(?:has|have|had) (?:now |already )?been with us)\b`)},
	// A team that goes on working where it is: "the 21st Chinese Medical
	// Team, which continues to work alongside our doctors".
	{arrive, scan.MustCompile(`\bcontinu(?:es|e|ed|ing) to (?:work|serve) (?:in|at|alongside)\b`)},
	// A team named where it is, whatever it does there: "The Chinese
	// medical team in Sudan has gone to the flooded areas", "the Chinese
	// medical team working at the central hospital in Port Vila" (the
	// trigger is the last word: appendTriggers).
	{arrive, scan.MustCompile(`\b(?:teams?|contingents?|brigades?) (?:(?:working|serving|stationed|operating) (?:at|in)|in)\b`)},
	// An arrival that ends its clause: "a team of 52 doctors and nurses
	// from Cuba arrived; they will work in Crema".
	{arrive, scan.MustCompile(`\b(?:has |have )?arrived(?:;|\.?$)`)},
	// Goods or a team awaited: "Another 2 million masks from China are
	// expected next week", "are expected to arrive on Thursday".
	// "Pumps from Romania will arrive tomorrow morning", "The team will
	// land on Friday": an arrival to come, told by when.
	{arrive, scan.MustCompile(`\bwill (?:also )?(?:arrive|land)(?: (?:tomorrow|today|tonight|next|this|on|shortly|soon|later|within|by|early|before)\b|\s*[.;,]|$)`)},
	{arrive, scan.MustCompile(`\b(?:is|are) (?:also )?expected(?: to (?:arrive|land)(?: (?:in|at))?\b| (?:in|at|on|by|from|tomorrow|today|tonight|next|this|shortly|soon|later|within|during|early|before)\b|\s*[.;,]|$)`)},
	// "training" alone is mostly a noun ("an online training course").
	{build, scan.MustCompile(`\b(?:buil[dt]s?|building|construct(?:s|ed|ing)?|set(?:s|ting)? up|opened|establish(?:es|ed)?)\b`)},
	{train, scan.MustCompile(`\b(?:train(?:s|ed)?|(?:is|are|was|were|been|be) training)\b`)},
}

// verbRE matches every trigger verb in one pass: verbs[Match.Index].
var verbRE = setOf(len(verbs), func(i int) *scan.Regexp { return verbs[i].re })

// triggerPass finds the trigger verbs (verbRE) and nouns (nounTriggerRE)
// of a sentence in one pass over it.
var triggerPass = scan.NewSetWith(verbRE, nounTriggerRE)

// nounRE matches every type noun in one pass: nouns[Match.Index].
var nounRE = setOf(len(nouns), func(i int) *scan.Regexp { return nouns[i].re })

// setOf makes one alternation of n expressions, tried in order at the
// leftmost position where any matches.
func setOf(n int, re func(int) *scan.Regexp) scan.Set {
	res := make([]*scan.Regexp, n)
	for i := range res {
		res[i] = re(i)
	}
	return scan.NewSet(res...)
}

// cues are the stems without which a sentence states no aid: a cheap test
// that spares the regular expressions most sentences of a briefing.
var cues = []string{
	"sen", "truck", "bring", "brought", "contingent", "brigade", "leav", "left ", "dispatch", "deploy", "airlift", "rush", "fl", "carr", "left for", "depart", "headed", "set o", "prepar",
	"waiv", "cancel", "forg", "wrote off", "written off", "writing off",
	"donat", "provid", "deliver", "ship", "gave", "giv", "offer", "hand", "suppl", "approv", "commit", "distribut",
	"lend", "lent", "turn", "sponsor", "loan", "contribut", "allocat", "grant", "pledg", "earmark", "extend", "present", "gift",
	"available", "disposal", "award", "had ", "move on", "moves on", "moved on", "moving on", "mobili", "seconded", "disburs", "now in", "currently in", "still in", "also in", "raised", "transferred", "releas", "held", "hold", "run", "ran", "work", "conduct", "organi", "host",
	"conven", "arrang", "launch", "together with", "start", "beg", "undert", "initiat", "shar", "exchang", "communicat", "brief", "informed", "notified", "introduc",
	"cooperat", "collaborat", "join", "team", "partner", "jointly", "develop", "help", "assist", "aid", "receiv",
	"obtain", "accept", "got", "expecting", "expected", "arriv", "land", "benefit", "working", "serving", "stationed", "operating", "patients", "welcom", "train", "donation", "support", "$", "dollar", "euro", "yuan", "yen", "won",
	"pound", "rmb", "usd", "rupee", "franc", "package", "cargo", "board", "fund", "financ", "promis", "availed",
	"announc", "channel", "sign", "came", "come", "went", "gone", "goes", "go to", "travel", "stay", "spen", "reach", "buil", "construct", "set up", "sets up", "opened", "establish", "been with us",
}

// cuesByFirst are the cues by their first byte, so that hasCue reads the
// sentence once rather than once per cue.
var cuesByFirst = func() (by [256][]string) {
	for _, c := range cues {
		by[c[0]] = append(by[c[0]], c)
	}
	return by
}()

// cuePairs holds as bits the first two bytes of the cues, and every pair
// that begins with a cue of one byte: most bytes that start a cue are not
// followed by one.
var cuePairs = func() (pairs [1 << 16 / 64]uint64) {
	for _, c := range cues {
		for c2 := range 256 {
			if len(c) > 1 && c2 != int(c[1]) {
				continue
			}
			k := uint(c[0])<<8 | uint(c2)
			pairs[k/64] |= 1 << (k % 64)
		}
	}
	return pairs
}()

// cueShortPairs holds as bits the pairs of bytes that a cue of one or two
// bytes begins with (every pair that begins with a cue of one byte), and
// cueTriples the first three bytes of the longer cues: most pairs that
// begin a cue ("in", "se", "th") are not followed by the third byte of one.
var cueShortPairs, cueTriples = func() (pairs [1 << 16 / 64]uint64, triples tripleSet) {
	for _, c := range cues {
		switch {
		case len(c) >= 3:
			triples.add(c[:3])
		case len(c) == 2:
			k := uint(c[0])<<8 | uint(c[1])
			pairs[k/64] |= 1 << (k % 64)
		default:
			for c2 := range 256 {
				k := uint(c[0])<<8 | uint(c2)
				pairs[k/64] |= 1 << (k % 64)
			}
		}
	}
	return pairs, triples
}()

// tripleSet is a set of three-byte strings as bits at a hash of them: a
// bit may stand for more than one, which only lets more by.
type tripleSet [1 << 16 / 64]uint64

func tripleHash(s string) uint32 {
	return (uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2])) * 2654435769 >> 16
}

func (t *tripleSet) add(s string) {
	h := tripleHash(s)
	t[h/64] |= 1 << (h % 64)
}

func (t *tripleSet) has(s string) bool {
	h := tripleHash(s)
	return t[h/64]&(1<<(h%64)) != 0
}

func hasCue(low string) bool {
	if len(low) == 0 {
		return false
	}
	// Each pair of bytes that may start a cue, then the cues of its first
	// byte whose second byte is the pair's (or which have none).
	for i := 0; i+1 < len(low); i++ {
		if k := uint(low[i])<<8 | uint(low[i+1]); cuePairs[k/64]&(1<<(k%64)) == 0 {
			continue
		} else if i+2 < len(low) && cueShortPairs[k/64]&(1<<(k%64)) == 0 && !cueTriples.has(low[i:i+3]) {
			continue // only cues of three bytes or more begin with the pair, and none with these three
		}
		for _, c := range cuesByFirst[low[i]] {
			if (len(c) == 1 || c[1] == low[i+1]) && strings.HasPrefix(low[i:], c) {
				return true
			}
		}
	}
	// The last byte: a cue of one byte.
	for _, c := range cuesByFirst[low[len(low)-1]] {
		if len(c) == 1 {
			return true
		}
	}
	return false
}

// nouns tell the aid type; the first one in a trigger's scope decides it.
var nouns = []struct {
	typ string
	re  *scan.Regexp
}{
	{voc.ResearchCooperation, scan.MustCompile(`\b(?:joint (?:[a-z-]+ )?(?:research|studies|study|development|trials?|laborator(?:y|ies)|labs?)|research (?:cooperation|collaboration|projects?)|scientific (?:research|cooperation)|(?:vaccines?|drugs?|medicines?) (?:research|development|r&d|trials?)|clinical trials?|(?:this|these|that|the) trials?|phase[- ](?:i{1,3}|[123])(?:/i{1,3}|/[123])? (?:clinical )?(?:trials?|studies|study)|r&d|research and development|develop(?:ing|ment of)? (?:a |the )?(?:vaccines?|drugs?)|vaccine candidates?|research on)\b`)},
	{voc.MedicalTeam, scan.MustCompile(`\b(?:medical (?:assistance teams?|teams?|experts?|staff|workers|personnel|professionals|aid teams?|expert teams?|specialists|squads?|brigades?)|(?:doctors|experts|practitioners|specialists) (?:of|in) (?:traditional )?(?:chinese )?medicine|brigades?|specialists|virologists|military doctors|(?:expert|anti-epidemic|epidemic(?:-| )prevention|health|relief|medical) teams?|teams? of (?:\w+ )?(?:medical |health )?(?:experts|doctors|specialists|professionals|personnel|nurses)|teams? of (?:\w+ )?(?:traditional )?(?:chinese )?(?:medicine|tcm) (?:experts|doctors|practitioners)|doctors|nurses|physicians|(?:health|healthcare|health-care) (?:workers|professionals|personnel)|medics|epidemiologists|rapid responders|rapid response teams?|experts? teams?|the team|teams|(?:public )?health experts)\b`)},
	{voc.Supplies, scan.MustCompile(`\b(?:(?:face |surgical |medical |protective |n95 |kn95 )?masks?|n95s?|respirators?|(?:test(?:ing)?|detection|diagnostic) (?:kits?|reagents?)|(?:pcr|antigen|rapid|rapid antigen|covid-19) tests?|\d[\d,.]*(?: million| thousand)?(?: [a-z-]+){0,2} tests|(?:trauma|surgical|first-aid|first aid|emergency health|medical) (?:and surgical )?kits|pulse oximeters|oxygen concentrators|reagents?|ventilators?|protective (?:suits?|gear|equipment|clothing|gowns?|goggles)|ppe|gloves|goggles|face shields?|isolation gowns?|gowns|swabs|disinfectants?|(?:hand )?saniti[sz]ers?|(?:pcr|x-ray|dialysis|ultrasound|ecmo|anaesthesia|anesthesia|genexpert)(?: testing| test)? machines?|(?:test |testing )?cartridges|(?:disease|cholera|diarrho?eal disease|diarrho?eal|malaria|treatment|sampling|sample collection|swab) kits|patient monitors|defibrillators|(?:thermal|infrared|thermal imaging) (?:cameras|imagers|scanners)|temperature scanners|ct scanners|incubators|stretchers|wheelchairs|thermometers?|medicines?|pharmaceuticals|pharmaceutical (?:products|supplies)|medical products|drugs|(?:antiviral|anti-viral|antimalarial|anti-malarial|essential) drug|antibiotics|vaccines?|(?:vaccine )?doses|tablets|pills|capsules|medications?|(?:intravenous|iv) fluids|oral rehydration salts|hydroxychloroquine|paracetamol|(?:herbal )?remed(?:y|ies)|hospital beds|beds|oxygen(?: concentrators?| generators?| cylinders?)?|syringes|needles|cold-chain (?:equipment|refrigerators|freezers)|refrigerators|freezers|hygiene kits|(?:medical )?consumables|(?:burn )?dressings|blood bags|bandages|ambulances|(?:mobile |testing |field |pcr |mobile testing |mobile pcr )+laborator(?:y|ies)|test(?:ing)? systems|medical aid|(?:herbal )?tonics?|(?:medical|anti-epidemic|emergency|relief|humanitarian|protective|anti-virus|epidemic prevention|medical and protective|much-needed|urgently needed) (?:supplies|materials|equipment)|(?:medical|anti-epidemic|protective|epidemic prevention|humanitarian|relief|emergency) material|(?:medical|anti-epidemic|protective|anti-virus|epidemic prevention|medical and protective) goods|supplies|materials|equipment|goods|(?:aid|assistance) material|` + reliefGoods + `)\b`)},
	{voc.Funding, scan.MustCompile(`(?:\b(?:funds?|funding|financial (?:aid|assistance|support|contributions?)|cash|grants?|loans?|money|budget support|debt relief|credit lines?|credits? of|(?:aid|support|financial|financing|economic|regional|rescue|relief|assistance|funding) packages?|donations? of (?:us)?\$)\b|` + moneyPattern + `)`)},
	{voc.ExpertExchange, scan.MustCompile(`\b(?:video(?:-| )?(?:conferences?|calls?|links?|meetings?|conferencing|talks|exchanges?)|videoconferences?|tele-?conferences?|(?:online|virtual|remote) (?:meetings?|conferences?|seminars?|sessions?|consultations?|exchanges?|trainings?)|webinars?|(?:expert|technical) (?:consultations?|exchanges?|meetings?|dialogues?)|tele-?consultations?|consultations?|(?:online )?lectures|sessions? with|trainings?|training (?:sessions?|courses?|programs?|programmes?)|(?:online |virtual |short |training )?courses?|workshops?|exchanges? (?:between|among|of) (?:\w+ )?experts|seminars?|(?:expert|technical) (?:advice|guidance|support)|(?:valuable|scientific|professional) advice)\b`)},
	{voc.KnowledgeSharing, scan.MustCompile(`\b(?:experiences?|information|data|(?:treatment|diagnosis|diagnostic|prevention|control|containment|response|clinical)? ?(?:plans|protocols?|guidelines?)|(?:treatment|diagnosis|diagnostic|prevention|control|containment|response|clinical|vaccination) plan|editions? of (?:the|its|our|their|this) (?:[a-z-]+ ){0,3}plan|genome sequences?|genetic sequences?|(?:gene )?sequences?|knowledge|best practices|practices|lessons|technical (?:documents|solutions|guidance|materials)|(?:sets? of )?documents|manuals?|handbooks?|(?:digital|software|online|assessment|planning|costing|analytical|analysis|modelling|modeling|surveillance|tracing|monitoring|data|forecasting|mapping) tools?|know-how|solutions|expertise|technology|technologies|findings|(?:test |testing |sequencing |research |trial )?results|(?:satellite|remote sensing) (?:images|imagery|data|maps)|cop(?:y|ies)|(?:drought|flood|hazard|risk) maps|(?:seasonal|weather|flood) forecasts?|early warnings?)\b`)},
	{voc.OtherAid, scan.MustCompile(`\b(?:aid|assistance|help|support|relief|donations?|gifts?|contributions?|(?:field|mobile) hospitals?|packages?|police (?:equipment|vehicles|gear|supplies)|` + disasterResponse + `)\b`)},
}

// sentToRE: what was sent, and "to" before whom it was sent to, in a
// passive's subject: "The team to Iraq was sent by".
var sentToRE = scan.MustCompile(`^(?:teams?|experts|doctors|aid|supplies|donations?|shipments?|consignments?|assistance|batch(?:es)?|goods|materials?|items|equipment|masks|vaccines|doses) to$`)

// nounTriggers are nouns that carry an action without a verb: "China's aid
// to Italy", "the donation of masks to Iran". The spaces after an
// amount are read by one path only, as in moneyPattern.
var nounTriggerRE = scan.MustCompile(`\b(?:aid|assistance|help|donations?|gifts?|contributions?|support|grants?|loans?|funding|packages?|airlifts?)\b|(?:\bus|\bu\.s\.)?\$\s?\d[\d,.]*(?:\s*(?:million|billion))?|\b\d[\d,.]*(?:\s*(?:million|billion))?\s*(?:(?:us|u\.s\.) )?(?:dollars|euros|yuan|yen|won|pounds|rmb|usd|rupees|francs)\b`)

// recipient prepositions open the phrase that names who receives.
var recipientPreps = map[string]bool{"between": true, "to": true, "for": true, "with": true, "from": true, "towards": true, "toward": true, "into": true, "among": true, "including": true, "include": true, "includes": true, "like": true, "as": true}

// preps that close a recipient phrase.
var closingPreps = map[string]bool{"aboard": true, "onboard": true, "at": true, "on": true, "by": true, "through": true, "against": true, "via": true, "during": true, "since": true, "after": true, "before": true, "under": true, "despite": true, "because": true, "which": true, "who": true, "that": true, "when": true, "while": true, "where": true, "but": true, "although": true, "if": true, "as well as": true}

// givenThings are the nouns that take "of" for what is given: "Japan's
// grant of 500 million yen to Fiji".
var givenThings = scan.MustCompile(`^(?:grants?|donations?|loans?|contributions?|gifts?)$`)

// aidWordRE: the generic words that are aid when sent ("sent aid").
var aidWordRE = scan.MustCompile(`\b(?:aid|assistance|relief|donations?|help|(?:field|mobile) hospitals?|response teams?|response units?|` + reliefGoods + `|` + disasterResponse + `)\b`)

// reliefGoods are the goods of disaster relief, supplies as much as
// medical goods are (blind annotators of sessions 13 and 14 typed them so
// without exception): "10,000 tonnes of rice", "25,000 tents".
const reliefGoods = `food(?: items| parcels| packages| aid| rations| assistance)?|rice|flour|wheat|hay|fodder|(?:animal|livestock|cattle) feed|veterinary (?:kits|medicines|drugs)|sheep|cattle|livestock|fuel|tents|blankets|(?:winter |warm )?cloth(?:ing|es)(?: kits)?|soap(?: bars)?|bars of soap|mattresses|water (?:tanks|containers)|desalination (?:plants?|units?)|jerry ?cans|(?:food )?rations|food baskets|(?:reproductive health|health|dignity|newborn|midwifery|clean delivery|family) kits|pesticides|of pesticide|insecticides|of insecticide|larvicides?|(?:mosquito )?repellents?|(?:insecticidal|insecticide-treated|mosquito|bed) nets|sprayers|spraying machines|fogging machines|drinking water|relief (?:goods|items|packs|packages)|(?:family|food|hygiene|dignity) packs|quilts|tarpaulins|sleeping bags|winter kits|kitchen sets|water purification tablets|generators|(?:water |high-capacity |drainage |flood )?pumps|sandbags|(?:water )?purification units|shelter (?:kits|materials|items|boxes)|(?:ready-to-eat |hot )?meals|bottled water|plastic sheet(?:s|ing)|sleeping mats|hygiene (?:items|supplies)|(?:container|prefabricated|mobile) (?:homes|houses)|housing containers|satellite (?:phones|telephones)|building materials|(?:water purification|oxygen) plants|tractors|(?:drip )?irrigation kits|vials|chlorine|solar (?:panels|lamps|lanterns)|lanterns|water (?:filters|purifiers?)|(?:space |electric |gas )?heaters`

// disasterResponse are the teams and craft sent to a disaster, other aid:
// "search and rescue teams", "firefighting aircraft", "three Super Puma
// helicopters".
const disasterResponse = `(?:search-and-rescue|search and rescue|rescue|search) teams?|rescuers|(?:disaster (?:response|relief|assistance)|emergency response) (?:teams?|units?)|firefighters|(?:firefighting|fire-fighting|water-bombing|water bombing|amphibious|resceu|hydrant|tanker) (?:aircraft|planes|airplanes|helicopters|teams?|units?|modules?|vehicles)|air tankers|helicopters|canadairs?|pumping (?:teams?|units?|modules?)`

// expertsRE: experts who are sent are a medical team.
var expertsRE = scan.MustCompile(`\b(?:experts|specialists|technicians|teams?|brigades?)\b`)

// motionRE: the send verbs whose subject is what is sent ("the team flew to").
var motionRE = scan.MustCompile(`^(?:fl(?:y|ies|ying|ew|own)|sail|left |leav|depart|headed|set o|deploy)`)

// objectRelative ends a noun phrase whose relative clause the trigger
// verb closes: "the team (that) we sent", "the masks they have donated".
var objectRelative = scan.MustCompile(`\b(?:that |which )?(?:we|they|he|she|it)(?: have| has| had| also)?$`)

// sentRelative ends a noun phrase whose relative clause a send verb
// closes, with any subject: "the medical team that Jiangsu sends" (not
// for gifts: "any help that countries give to Paraguay" is welcomed).
var sentRelative = scan.MustCompile(`\b(?:that|which) (?:[a-z-]+ ){0,2}[a-z-]+(?: have| has| had| also)?$`)

// procuredFor: goods bought to be given are given: "UNICEF procured and
// delivered 1 million masks to Yemen".
var procuredFor = scan.MustCompile(`\b(?:procured|purchased|bought) and (?:delivered|donated|shipped|distributed|handed|sent)\b`)

// teamCargoRE: a team named before "carrying" or "bringing" in its clause.
var teamCargoRE = scan.MustCompile(`\b(?:teams?|experts|doctors|brigades?|specialists)\b[^.;]*,? $`)

// teamWithRE: a team sent with supplies is a team.
// heldTrialsRE: trials, bare, as what a hold verb's subject runs.
var heldTrialsRE = scan.MustCompile(`^ (?:(?:its|their|the|a|an|joint|new|human|large|further|more|several|two|three) )?trials?\b`)

// jointStudyRE are the coop verbs that are research whatever their object.
var jointStudyRE = scan.MustCompile(`^jointly (?:evaluat|assess|test|stud|sequenc|analy[sz]|investigat|research)|^(?:jointly |co-)develop[a-z]* (?:(?:a|an|the|its|their|new) )?(?:[\w-]+ ){0,4}(?:vaccines?|drugs?|medicines?|treatments?|therap(?:y|ies)|tests?|kits?|varieties)\b|^jointly (?:conduct|carr|run|ran|launch)[a-z ]*? (?:(?:a|an|the|its|their) )?(?:\w+ )?(?:trials?|stud(?:y|ies)|research|tests?)\b`)

var teamWithRE = scan.MustCompile(`\b(?:teams?|experts|doctors|brigades?|specialists)\b[^.;]{0,40}?\b(?:together with|along with|with|bringing|carrying)\b`)

// genericAidRE: the nouns of aid in general, not of goods.
var genericAidRE = scan.MustCompile(`^(?:aid|assistance|help|support|relief|donations?|gifts?|contributions?)$`)

// welcomeRE: the verbs whose subject welcomes or asks for help, rather
// than gives it ("We welcome all help to Mongolia").
var welcomeRE = scan.MustCompile(`\b(?:welcomes?|welcomed|appreciates?|appreciated|commends?|praises?|thanks?|thanked|applauds?|calls? for|called for|urges?|urged|needs?|requests?|requested|asks? for|asked for|seeks?|sought)\b`)

// aidWorthRE finds aid valued at an amount and nothing more ("emergency
// assistance worth 40 million yuan"): the amount is what is given, as
// "$50 million in assistance", unless goods are named (goodsFirst, listedGoods:
// "assistance worth 200 million yuan, including grain").
var aidWorthRE = scan.MustCompile(`\b(?:assistance|aid) (?:worth|valued at) (?:(?:a total of|about|some|nearly|over|more than|up to|around|approximately) )?(?:` + moneyPattern + `)`)

// moneyRE finds an amount of money: help worth it is funding.
var moneyRE = scan.MustCompile(moneyPattern)

// moneyPattern is an amount of money: "$5 million", "US$20 million",
// "40 million Australian dollars", "1.5 billion yen", "300,000 Swiss francs".
// The spaces after a number are read by one path only ("(?:\s*million)?\s*",
// not "\s*(?:million)?\s*", where either repeat could take them and every
// try read the next word twice), and a word ending in -an or -ese once:
// the same matches (TestMoneyPatternSameAsBefore), half the steps.
// currencyBefore is a currency written before its amount: "€5 million",
// "NOK 1.6 billion", "EUR 20 million".
const currencyBefore = `(?:[€£¥₹₱₦₩]\s?|\b(?:rm|rs\.?|tk|kshs?|ugx|ttd|jmd|fjd|sbd|pgk|nok|sek|dkk|isk|eur|usd|gbp|chf|jpy|cny|rmb|aud|nzd|cad|sgd|hkd|krw|inr|zar|kes|brl|mxn|aed|sar|qar|kwd|czk|huf|pln|ron|bgn|rsd|uah|rub|thb|myr|php|pkr|bdt|lkr|egp|ngn|ghs|kzt|clp|cop|pen|ars)\s?)`

const moneyPattern = `(?:\bus|\bu\.s\.)?\$\s?\d|` + currencyBefore + `\d|\b(?:\d[\d,.]*(?:\s*(?:million|billion|thousand))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|one hundred|half a|a) (?:million|billion|thousand))\s*` + currencyAfter + `\b`

// currencyAfter is a currency written after its amount, with up to two
// words that say whose: "500 million kwanzas", "100 million CFA francs",
// "2 million Hong Kong dollars".
const currencyAfter = `(?:(?:us|u\.s\.|new|east|hong|[a-z]+(?:an|ese)|swiss|kong|zealand|caribbean|singapore|saudi|emirati|qatari|kuwaiti|turkish|british|czech|danish|swedish|norwegian|polish|cfa|ghana|fiji|kenya|uganda|tanzania|namibia|botswana|brunei|belize|jamaica|guyana|barbados|bahamas|liberia|zambia|malawi|gambia|mauritius|seychelles|nepal|pakistan|samoa|tonga|solomon islands|sri lanka|sierra leone|trinidad and tobago) ){0,2}` + currencyNames

// currencyNames are the currencies' names, written after an amount.
const currencyNames = `(?:dollars?|yuan|euros?|usd|rmb|pounds|rupees|yen|francs|riyals?|dirhams?|rubles|roubles|won|pesos|reais|rand|naira|shillings|baht|ringgit|rupiah|dong|riel|lira|liras|kroner|kronor|krone|zlotys?|forints?|dinars?|cedis|birr|taka|kina|vatu|tala|kwacha|leones?|colones|quetzales|soles|bolivianos|pula|ariary|tenge|soms?|manats?|lari|hryvnias?|lei|denars?|tugriks?|kyats?|kip|afghanis|rufiyaa|pa['’]anga|paanga|somoni|drams?|guaranies|kwanzas?|meticais|meticals?|rials?|shekels?|kunas?|korunas?|koruny|soums?|sums|leva|leks?|leke|dalasis?|ouguiyas?|nakfas?|emalangeni|lilangeni|maloti|lotis?|bolivars?|bolívares|balboas?|córdobas?|cordobas?|lempiras?|gourdes?)`

// readyRE: readiness to help is no help given ("stands ready to provide
// further help", "we are ready to exchange information").
var readyRE = scan.MustCompile(`\b(?:ready|willing|prepared|readiness|willingness) to$`)

// readyAnyRE finds readiness anywhere in a trigger's own scope: "is ready
// to provide support and help to India".
// readyBeforeRE: a readiness the purpose after it belongs to ("willing to
// work with all countries, including India, to help").
var readyBeforeRE = scan.MustCompile(`\b(?:ready|willing|prepared) to [^.;:]*$`)

var readyAnyRE = scan.MustCompile(`\b(?:ready|willing|prepared|readiness|willingness) to (?:provide|offer|give|extend|send)\b`)

// withheldRE: aid paused, cut or withdrawn is no aid given: "decided to
// pause part of its aid to Ethiopia", "suspended all assistance to".
var withheldRE = scan.MustCompile(`\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|suspension of|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze|frozen|cut(?:s|ting)?|cuts to|withh(?:o|e)ld(?:s|ing)?|withdr(?:aw|aws|ew|awn|awing)|terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|review(?:s|ed|ing)?|reconsider(?:s|ed|ing)?)(?: (?:part|some|most|much|all) of)?(?: (?:all|its|their|our|his|her|the|this|that))?(?: \w+)?$`)

// afflicted are the participles before "by" that name a disaster, not a
// giver: "families affected by the floods in Sudan".
var afflicted = map[string]bool{"affected": true, "hit": true, "struck": true, "displaced": true, "devastated": true, "hardest-hit": true, "ravaged": true, "impacted": true}

// stockedBy are the participles before "by" whose agent held goods ready
// for others: "supplies pre-positioned by Australia's DFAT were handed
// to", "tents stockpiled by UNICEF were delivered to".
var stockedBy = map[string]bool{"pre-positioned": true, "prepositioned": true, "stockpiled": true}

// stockedAgent reports whether the agent at low[at:] follows "by" after a
// participle of stockedBy.
func stockedAgent(low string, at int) bool {
	k := strings.LastIndex(low[:at], " by ")
	return k >= 0 && stockedBy[lastWords(low[:k], 1)]
}

// formedByRE: the words before the agent that made up a team ("formed by
// the Health Commission"), not one who leads it.
var formedByRE = scan.MustCompile(`\b(?:formed|organi[sz]ed|assembled|put together|composed|selected|chartered) by(?: the)?(?: government of(?: the)?)?$`)

// moneyInRE: the gap between an amount and the help it is, "$1 million
// in emergency humanitarian assistance".
var moneyInRE = scan.MustCompile(`^(?: (?:million|billion|thousand))? in (?:[a-z-]+ ){0,3}$`)

// beneficiaryRE: the words before those who receive ("to the medical
// workers", "for our doctors").
var beneficiaryRE = scan.MustCompile(`^(?:to|for) (?:the|our|their|its|local)$`)

// listGapRE: words between two nouns of an object that make the second
// no second kind of help ("masks for doctors and nurses", "supplies worth").
var listGapRE = scan.MustCompile(`\b(?:of|for|in|with|from|by|including|such as|worth|which|that|who)\b`)

// conditionalRE closes an offer on a condition: "… if the islanders need
// them", "provide further help as needed".
var conditionalRE = scan.MustCompile(`\b(?:if (?:they|it|needed|necessary|requested|required|asked)\b|if the (?:\w+ ){1,2}(?:need|needs|request|requests|ask|asks|want|wants)\b|as (?:needed|necessary|required)\b|when (?:needed|necessary|requested)\b|should (?:they|it) (?:need|ask|request))`)

// unrealRE: what someone is asked, urged or hoped to do, or is only
// reported to do, is no act: "We have asked the United States to share",
// "We hope the United States will deliver", "There are reports that the
// United States is going to donate", "Whether to send a team is a
// decision we make"; nor is what money given "will be used to" do.
var unrealRE = scan.MustCompile(`(?:\bplay (?:a|an|its) (?:\w+ )?role in$|\b(?:will be|is|are|was|were|to be) used (?:\w+ )?to$|\b(?:opposes|oppose|opposed|condemns|condemned|rejects|rejected)\b[^.;:]*$|\bsaid (?:that )?(?:it|they|he|she) (?:had |has |have )?offered to$|\bdo (?:its|our|their|his|her) (?:utmost|best) to$|\b(?:express(?:ed|es|ing)?|voiced|showed|shown)(?: (?:their|its|our|his|her|strong|firm|full|\w+(?:'|’)s))?$|\b(?:asked|asks|ask|urged|urges|urge|called on|calls on|call on|appealed to|appeals to|requested|requests)\b[^.;:,]*\bto(?: consider| think about| study| look into| be)?|\b(?:hope|hopes|hoped|wish|wishes)\b[^.;:]*\b(?:will|would|can|could|to)|\b(?:whether|if) (?:[\w']+ ){0,4}(?:can|could|will|would|might|may|should)(?: (?:also|still|further))?$|\bwhether (?:or not )?to$|\b(?:there are reports|there were reports|reportedly|it is reported|reports say|(?:is|are|was|were) said to|considering|considers|mulling|rumou?rs?|reports? (?:about|that|of)|claims? that|claimed that|alleg\w+)\b[^.;:]*|\b(?:express|expressed|expresses|expressing|voiced|showed|shown) (?:\w+ )?(?:support|solidarity|sympathy|condolences)\b[^.;:,]*)$`)

// otherExpertsRE: experts sent for something other than care.
var otherExpertsRE = scan.MustCompile(`\binternational (?:team of experts|expert team|experts)\b|\bjoint (?:expert )?mission\b|\b(?:expert|technical|advisory) missions?\b|\b(?:customs|police|technical|engineering|agricultural|agriculture|legal|financial|security|quarantine|inspection|regulatory|locust|pest|plant protection|veterinary|pollution|environmental|flood|water|irrigation|railway|rail|crop|seed|hydrological|hydrology|geological|seismological|earthquake|soil|livestock|dam|reservoir|power|energy|fisheries|forestry|meteorological)(?:[- ](?:control|management|prevention|protection|conservancy|saving|resources|safety))?(?: and [a-z]+(?:-[a-z]+)?)? (?:experts|specialists|officers|advisers|advisors|engineers|team|teams|control experts|expert teams?|expert groups?)\b|\b(?:experts|specialists|advisers|advisors) (?:on|in) (?:[a-z]+[- ])?(?:customs|policing|agriculture|irrigation|railways?|crops?|seeds?|hydrology|dams?|reservoirs?|flood|locusts?|pest|fisheries|forestry|water|damage|buildings?|structural)\b`)

// postOfRE: a gap that ends by opening a clause whose subject is someone's post.
var postOfRE = scan.MustCompile(`, and (?:the )?(?:[a-z-]+ )?(?:secretary-general|secretary|minister|president|director-general|director|spokesperson|ambassador|head|chairman|chairperson|chair|commissioner) of (?:the )?$`)

// diplomaticExchangeRE: exchanges of diplomacy, or of fire, which share nothing.
var diplomaticExchangeRE = scan.MustCompile(`^exchang(?:e|ed|es|ing) (?:of )?(?:letters|notes|instruments|visits|messages|greetings|congratulations|ratification|views|fire|gunfire|shots|blows|accusations|prisoners)\b`)

// advisersRE, carersRE, adviseRE: experts sent to advise, not to care
// for anyone, are an exchange of expertise.
var (
	advisersRE = scan.MustCompile(`\b(?:experts?|specialists?|advisers|advisors)\b`)
	carersRE   = scan.MustCompile(`\b(?:doctors|nurses|medics|clinicians|medical (?:teams?|workers|staff|personnel)|epidemiologists)\b`)
	// guidanceRE: the purpose of experts who travel, when it is advice or training.
	guidanceRE = scan.MustCompile(`^[^.;]{0,40}? to (?:provide (?:technical |medical )?(?:guidance|advice|training)|train|advise|guide)\b`)
	adviseRE   = scan.MustCompile(`\b(?:advis(?:e|es|ed|ing)|(?:give|gave|given|giving|provide|provided|providing|offer|offered) (?:[a-z-]+ )?advice)\b`)
)

// handOver are the give verbs that hand goods over, to the speaker's side
// when no one else is named.
var handOver = scan.MustCompile(`^(?:donat|deliver|hand|turn|gift)`)

// topicPhrases open a sentence about one country or body: "As for
// Pakistan, …", "For Turkey, the European Union has sent …" (see topicOf).
var topicPhrases = []string{"as for ", "for ", "regarding ", "with regard to ", "as regards ", "when it comes to ", "concerning ", "as to ", "on ", "to ", "in "}

// teamOfRE ends the words before the adjective of the people a team is
// made of: "received a brigade of (Cuban doctors)".
var teamOfRE = scan.MustCompile(`\b(?:teams?|brigades?|groups?|contingents?) of (?:\d[\d,]* )?$`)

// teamRE: a subject that is a team already told of, "the team", "our
// experts", "they".
// lotArrivesRE: a lot of goods that arrives ("a second shipment from
// Singapore landed").
var lotArrivesRE = scan.MustCompile(`\b(?:shipments?|consignments?|batch|batches|cargo|airlift)\b`)

// goesVerbRE: the arrival verbs that say where goods went.
var goesVerbRE = scan.MustCompile(`^(?:went|go|goes) to$`)

// staffRE: the people sent whose being somewhere tells of help ("a group of
// Chinese locust-control experts is now in Ethiopia").
var staffRE = scan.MustCompile(`\b(?:teams?|experts|doctors|nurses|specialists|brigades?|epidemiologists|medics|personnel|volunteers|engineers|rescuers|firefighters|aircraft|planes|helicopters)\b`)

// teamSentRE: the subject of a verb is the team sent in a relative clause
// before it ("the medical expert teams we sent to Algeria and Sudan have").
var teamSentRE = scan.MustCompile(`\bteams? (?:that |which )?(?:we|they|china) (?:have |has |had )?(?:sent|dispatched|deployed) to\b`)

var teamRE = scan.MustCompile(`(?:^|\b(?:the|our|these|those|this|that|its|their|chinese|both) (?:\w+ ){0,2})(?:team|teams|experts|doctors|specialists|brigade|brigades|members)\b|^\s*(?:(?:on|in|last|this|yesterday|today|since|during|over)\b[^,;]{0,30}?,? )?they\b`)

// facilityRE: what is built for others as aid, a hospital or a
// laboratory, not roads or ties.
var facilityRE = scan.MustCompile(`\b(?:hospitals?|clinics?|laborator(?:y|ies)|labs?|(?:treatment|quarantine|isolation|testing|vaccination) (?:cent(?:re|er)s?|wards?|facilit(?:y|ies))|isolation wards?)\b`)

// dosesRE: vaccine doses, which are given when "shared".
var dosesRE = scan.MustCompile(`\b(?:doses|vaccines?)\b`)

// firstConsignmentRE: a part of goods just told of, which arrives.
var firstConsignmentRE = scan.MustCompile(`^the (?:first|second|third|last|latest|next) (?:consignment|batch|shipment|delivery|tranche)\b`)

// lotReceivedRE opens the object of a receipt that only counts lots of
// goods told of before: "a batch next week", "the second shipment".
var lotReceivedRE = scan.MustCompile(`^(?:(?:a|an|another|the|its|their|one|two|three) )?(?:(?:first|second|third|fourth|fifth|next|new|further|last|latest|additional) )?(?:batch(?:es)?|shipments?|consignments?|deliver(?:y|ies)|tranches?)\b`)

// goodsAnaphorRE: a passive's subject that is goods told of before.
var goodsAnaphorRE = scan.MustCompile(`^(?:they|these|those|(?:and )?(?:this|it) (?:was|has been|will be)|the (?:doses|vaccines|supplies|ventilators|masks|items|goods|donations?|consignments?|shipments?|equipment|kits|test kits))\b`)

// morePartsRE: further parts of a gift just told of, the goods not named
// again: "Since then, consignments have been handed over in Cambodia".
var morePartsRE = scan.MustCompile(`^(?:(?:since then|since|then|later|so far|in addition|also),? )?(?:more |further |other |new )?(?:consignments|shipments|batches|deliveries) (?:have|has|had|were|was|are|will)\b`)

// expertMissionRE: an expert mission, whose experts study and advise rather than
// treat: "the WHO-led international expert mission", "the joint mission".
var expertMissionRE = scan.MustCompile(`\b(?:expert|joint|international|advance|fact-finding|technical) (?:expert )?missions?\b|\bmissions? of (?:international )?experts\b`)

// countedGiversRE: a subject that counts givers whose names follow
// "including": "the governments of 21 countries", "many countries".
var countedGiversRE = scan.MustCompile(`\b(?:\d+|many|several|more than \d+|over \d+|some \d+) (?:countries|governments|nations|international organi[sz]ations)\b`)

// moreGoodsRE: the goods of a clause joined by ", and" that are more of
// what the clause before gave: "donated masks to Pakistan, and a batch of
// supplies for Nepal will be shipped".
var moreGoodsRE = scan.MustCompile(`^(?:a|another|a second|a third|a further|a new|the next) (?:batch|shipment|consignment)\b`)

// sameGoods reports whether a clause after ", and" opens with the goods
// the clause before gave, or more of them.
func sameGoods(clause string) bool {
	return goodsAnaphorRE.MatchString(clause) || moreGoodsRE.MatchString(clause)
}

// itSubjectRE: a clause joined by ", and" whose subject is "it" or "they",
// the giver of the clause before: ", and it sent our protocol to Nepal".
var itSubjectRE = scan.MustCompile(`, and (?:it|they)(?: (?:has|have|had|also|then|will|later))* $`)

// usedRE: money used by its receiver to give help: "used it to deliver".
var usedRE = scan.MustCompile(`\bus(?:ed|es|ing) (?:it|them|the (?:money|funds?|grant|donation|contribution|cent(?:er|re)|hub|base|airport|port|warehouse|corridor|air bridge|facility|depot)) to $`)

// boughtRE: goods that the sentence goes on to say were bought.
var boughtRE = scan.MustCompile(`\b(?:was|were|had been|have been|has been) (?:\w+ )?(?:purchased|bought|procured|paid for)\b`)

// messageRE: what is "delivered", "given" or "received" that is no aid:
// "delivered the messages of the President", "will give positive
// consideration to the Philippines' needs", "received a request from the
// Gambia for help".
var messageRE = scan.MustCompile(`^ (?:(?:a|an|the|his|her|their|its|our) )?(?:\w+ )?(?:messages?|letters?|speech|remarks|statements?|address|greetings|condolences|invitations?|verdict|ultimatum|consideration|priority|attention|thought|interviews?|lectures?|answers?|replies|explanations?|instructions|requests?|appeals?|applications?|calls|(?:phone|telephone) call|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|news|complaints?|basis|platform|impetus|momentum)\b`)

// notReachedRE: a gift the clause says never arrived.
var notReachedRE = scan.MustCompile(`\b(?:could not|cannot|can't|did not|didn't|has not|hasn't|have not|haven't|never|was not|were not) (?:yet )?(?:reach|arrive|be delivered|been delivered|come|materiali[sz]e)`)

// offeredRE: help offered, not given.
var offeredRE = scan.MustCompile(`\boffer(?:s|ed)? to$`)

// moneyInGoodsRE: an amount given as goods, "$100 million in emergency
// supplies".
var moneyInGoodsRE = scan.MustCompile(`(?:` + moneyPattern + `) (?:(?:worth )?in|worth of) (?:\w+ ){0,2}(?:supplies|equipment|vaccines|doses|ventilators|masks)\b`)

// rescueRE: search-and-rescue teams, which are other aid, not medical, as
// are logistics, pumping, civil security and assessment teams, police and
// peacekeeping forces.
var rescueRE = scan.MustCompile(`\b(?:(?:search-and-rescue|search and rescue|rescue|search|logistics|police|pumping|civil security|civil protection|(?:emergency )?response and assessment|assessment) (?:teams?|personnel|workers|units?|modules?|contingents?|forces|detachments?)|peacekeeping (?:forces|troops|personnel)|rescuers|firefighters|combatants|(?:electricity|electrical|power|utility) (?:technicians|workers|crews|engineers)|linemen|(?:hydrant|tanker|water-bombing|firefighting|fire-fighting) (?:planes|aircraft|airplanes)|air tankers)\b`)

// fieldExpertsRE are experts of a field other than medicine, sent to
// share what they know: "a team of shelter experts", "structural
// engineers", "hydrologists" (the corpus types them expert_exchange, 18
// times to 2).
// expertPurposeRE: experts sent to assess, to teach or to help farmers
// exchange expertise; they care for no one.
var expertPurposeRE = scan.MustCompile(`\bto (?:help (?:[a-z]+ ){0,3})?(?:assess|evaluate|survey|inspect|teach|grow|plant|breed)\b|\bto (?:help|work with|teach|train|advise) (?:local |the )?(?:farmers|growers|breeders|technicians)\b`)

var fieldExpertsRE = scan.MustCompile(`\b(?:civil protection|shelter|structural|sanitation|coordination|engineering|seismic|hydrological|geotechnical) (?:experts|specialists|engineers)\b|\b(?:hydrologists|seismologists|geologists|volcanologists)\b`)

// rescueWordRE names rescue in a team's scope: "teams of urban search
// and rescue specialists".
var rescueWordRE = scan.MustCompile(`\b(?:search and rescue|search-and-rescue|rescue)\b`)

// carrierRE are the words for a load of goods that say nothing of what
// they carry: "another shipment", "a second consignment".
// medicalGoodsRE and reliefGoodsRE tell the goods of a list apart:
// supplies are medical, relief goods are other aid.
var (
	medicalGoodsRE = scan.MustCompile(`\b(?:medical|medicines?|masks?|kits?|ventilators?|vaccines?|doses|protective|ppe|gloves|gowns|tests?|reagents?|oxygen|drugs?|disinfectants?|syringes|thermometers|mosquito nets|respirators|pharmaceuticals?)\b`)
	reliefGoodsRE  = scan.MustCompile(`\b(?:tents?|blankets?|food|pesticides?|insecticides?|sprayers|rice|flour|wheat|maize|water|generators?|tarpaulins?|bedding|clothing|clothes|life jackets|lamps|sleeping bags|quilts|cooking oil|oil|sugar|noodles|fire protection suits|lighting equipment|shelter|fuel)\b`)
)

// carriedRE are the participles of carrying, whose agent moves goods
// another gave.
var carriedRE = scan.MustCompile(`^(?:delivered|transported|flown|carried|shipped|trucked|airlifted)$`)

// ReliefGoods reports whether a sentence names goods or teams of relief
// ("rice", "tents", "rescue teams"): help of type other that says what it
// is, not "support" in general.
func ReliefGoods(s string) bool {
	low := Lower(s)
	return reliefGoodsRE.MatchString(low) || rescueRE.MatchString(low)
}

// workers are the people trained, briefed or shared with: "their
// Philippine counterparts", "staff of the National Institute of Health".
const workers = `(?:counterparts|colleagues|doctors|nurses|officials|experts|specialists|health workers|medical workers|workers|staff|personnel|authorities|side|scientists|technicians|rescuers|volunteers|employees|officers|vaccinators|laboratory staff)`

// counterpartsRE are the people of a country a demonym qualifies as the
// object of sharing or training: "their Philippine counterparts".
var counterpartsRE = scan.MustCompile(`^ (?:\w+ )?` + workers + `\b`)

// fundVerb reports whether a give verb pays for something: "funded",
// "will finance". What it pays for is money given.
// programSubjectRE is the subject of a verb of funding that names the
// speaker's side's programme, or "it": "The partnership will fund", "It
// will finance", "This new facility will fund".
var programSubjectRE = scan.MustCompile(`^(?:it|(?:the|this|that|our|the new|this new) (?:[a-z$0-9.,-]+ ){0,4}(?:partnership|programme|program|initiative|package|facility|fund|funding|money))(?: (?:will|would|also|has|have|is|are|can|could))*(?: also)?\s*$`)

func fundVerb(v string) bool { return strings.Contains(v, "fund") || strings.Contains(v, "financ") }

// auxBeforeRE ends with the auxiliary of a main verb: "… earlier this month
// has already".
var auxBeforeRE = scan.MustCompile(`\b(?:has|have|had|will|would|is|are|was|were)(?: (?:already|also|now|since|then|recently))?\s*$`)

// disasterRE names a disaster: a sentence that says where one struck
// tells whom the help after it is for.
const disasterRE = `(?:earthquakes?|quakes?|tsunamis?|(?:volcanic )?eruptions?|floods?|flooding|cyclones?|typhoons?|hurricanes?|storms?|landslides?|mudslides?|droughts?|famine|wildfires?|bushfires?|forest fires?|explosions?|blasts?|oil spill|outbreak of ebola|ebola outbreak|cholera outbreak)`

// disasterWordRE finds a disaster named anywhere.
var disasterWordRE = scan.MustCompile(`\b` + disasterRE + `\b`)

// struckBeforeRE ends before the country a disaster struck: "after the
// earthquake in", "the floods that hit", "Cyclone Freddy, which battered".
var struckBeforeRE = scan.MustCompile(`\b` + disasterRE + `(?: [\w'’-]+){0,3}?,? (?:(?:that|which) (?:has |had )?)?(?:in|hit|struck|devastated|ravaged|battered|affecting|swept|swept through|in southern|in northern|in eastern|in western|in central)(?: the)? $`)

// struckAfterRE follows the country a disaster struck: "Tonga's volcanic
// eruption", "Haiti was hit hard by", "St. Vincent and the Grenadines, where
// some 20,000 persons remain displaced since the eruption".
var struckAfterRE = scan.MustCompile(`^(?:(?:'s|’s) (?:[\w-]+ ){0,2}` + disasterRE + `\b| (?:was|were|has been|had been|is|have been) (?:also |badly |severely |hard |heavily )?(?:hit|struck|devastated|ravaged|battered|affected|flooded)(?: hard| badly)? by\b|, where [^.;]{0,80}?\b(?:since|after|by|from|in) the (?:[\w-]+ ){0,2}?` + disasterRE + `\b)`)

// requestFromRE ends the words before the one who asked for help:
// "following a request for assistance from".
var requestFromRE = scan.MustCompile(`\brequests? (?:for (?:international |emergency |urgent )?(?:assistance|help|support|aid) )?from$`)

// askedRE follows the one who asked for help: "Sudan has asked us for".
var askedRE = scan.MustCompile(`^(?:'s government| government| side)? (?:has |had |have )?(?:also |formally |officially )?(?:asked (?:us|china|for|the \w+ (?:side|government) for)|requested (?:help|assistance|support|aid|medical|emergency|urgent)|appealed (?:to us )?for)\b`)

// workWithRE opens the purpose of a team sent to work with others: "to
// work with", "to work alongside", before whom they work with.
var workWithRE = scan.MustCompile(`\bto (?:work|serve|cooperate) (?:alongside|with|beside) (?:the |their )?`)

// workersRE opens what follows a demonym with the words for people who
// work: " experts", " doctors", " medical staff".
var workersRE = scan.MustCompile(`^ (?:[a-z-]+ )?` + workers + `\b`)

// ourReceiverRE: help "for our work", "to our hospitals", experts "to
// work alongside our teams" go to the speaker's side.
var ourReceiverRE = scan.MustCompile(`\b(?:(?:to|for) our|(?:work|working|serve|serving) (?:alongside|with|beside|in) our)\b`)

// anotherTeamRE opens a sentence about one more team of the sender told
// of before: "Another team will travel", "A second team left".
// theTeamRE: a sentence opened by the team just told of, as its subject:
// "The team will give training sessions", "The Chinese experts have also".
var theTeamRE = scan.MustCompile(`^(?:the|this) (?:[\w-]+ ){0,3}?(?:team|experts|brigade|doctors)(?: (?:also|will|has|have|is|are|was|were|then))? `)

var anotherTeamRE = scan.MustCompile(`^(?:another|a second|a third|a fourth|a further|the second|the third|the next) (?:\w+ ){0,3}?(?:team|group|batch|brigade)\b`)

// traineesOfRE ends the trainees of a body: "trained staff of", "trained
// 60 rescuers of the".
var traineesOfRE = scan.MustCompile(`^ (?:[\d,]+ |more than [\d,]+ )?(?:\w+ ){0,2}` + workers + ` of (?:the )?$`)

// ourTraineesRE: trainees of the speaker's side, "1,200 of our doctors".
var ourTraineesRE = scan.MustCompile(`^ (?:(?:more than |about |some |over )?(?:[\d,]+|[a-z]+(?:-[a-z]+)?) )?(?:of )?our\b`)

// vehicleRE are the craft that carry aid: "two aircraft carrying food".
var vehicleRE = scan.MustCompile(`^(?:aircraft|airplanes?|planes?|flights?|jets?|ships?|vessels?|trucks?|lorries|convoys?|trains?|helicopters?)$`)

// awaitedGift are the words before "are expected" that refer to the gift
// just told of: "has donated 500,000 doses to Peru, which are expected in
// July", "and these are expected before the end of the month".
var awaitedGift = map[string]bool{"which": true, "and": true, "these": true, "they": true, "those": true, "it": true}

// aidTeamRE ends with a team sent to help, named by what it does: "the
// Chinese medical team", "our agricultural expert team", "the Cuban medical
// brigade" (not "national teams", "the team").
var aidTeamRE = scan.MustCompile(`\b(?:medical|anti-epidemic|health|doctors'?|nurses'?|experts?|volunteer|rescue|peacekeeping)(?: [\w-]+){0,2} (?:teams?|brigades?|contingents?)$`)

// teamType is the aid type of a team named by aidTeamRE in words: its
// expertise when not care ("agricultural expert team"), else a medical team.
func teamType(words string) string {
	if otherExpertsRE.MatchString(words) {
		return voc.ExpertExchange
	}
	if strings.Contains(words, "rescue") {
		return voc.OtherAid
	}
	return voc.MedicalTeam
}

// studiesAffairRE: what is studied is an affair to decide, not a subject
// of research: "studying the offer together with".
var studiesAffairRE = scan.MustCompile(`\b(?:offers?|proposals?|requests?|possibility|matter|situation|issue|question|options?|plans?)\b`)

// teamNoun reports whether a match opens with a team's noun: "team in",
// "brigades in".
func teamNoun(m string) bool {
	w, _, _ := strings.Cut(m, " ")
	return teamWords[w]
}

// vehicleBefore reports whether the words before a verb name a craft as
// its subject, not an airline's, which carries what others give: "a
// flight from Brisbane brought", "the first plane brought in", not "a
// special aircraft of Biman Bangladesh Airlines brought".
func vehicleBefore(words string) bool {
	if k := strings.LastIndexAny(words, ",;"); k >= 0 {
		words = words[k+1:]
	}
	craft := false
	for w := range strings.FieldsSeq(words) {
		switch {
		case w == "airlines" || w == "airways":
			return false
		case vehicleRE.MatchString(w):
			craft = true
		}
	}
	return craft
}

// broughtHome reports whether the six words after "brought" tell people
// carried home, not goods: "brought stranded citizens home", "brought
// back 300 nationals".
func broughtHome(after string) bool {
	n := 0
	for w := range strings.FieldsSeq(after) {
		switch strings.TrimRight(w, ".,;:") {
		case "home", "back", "stranded":
			return true
		}
		if n++; n == 6 {
			break
		}
	}
	return false
}

var carrierRE = scan.MustCompile(`\b(?:shipments?|consignments?|batch(?:es)?|cargo|deliver(?:y|ies)|planeloads?)\b`)

// movedOnly reports whether an arrival verb only says that someone or
// something went somewhere ("went to", "reached", "stayed in"), unlike
// "arrived in" and "landed at", which end a delivery: only a team or goods
// as the subject, and a place named after the verb, make it an act of help
// (or a giver: "came from China").
func movedOnly(verb string) bool {
	if strings.HasSuffix(verb, " from") || strings.HasSuffix(verb, " through") {
		return false // "the doses came from China", "came through COVAX": a giver named
	}
	for _, p := range []string{"reach", "came", "come", "went", "gone", "goes", "travel", "stay", "spen"} {
		if strings.HasPrefix(verb, p) {
			return true
		}
	}
	return false
}

// impliedGive are the other give verbs whose goods, with no recipient
// named, went to the speaker's side.
var impliedGive = scan.MustCompile(`^(?:provid|ship|contribut|gave|give|allocat|grant|announc|pledg|promis|commit|approv|extend|disburs|fund|co-fund|financ|co-financ|transferr|availed|made available|mak(?:e|es|ing) available|put|plac)`)

// physicalTransfer are the give verbs that move goods, whatever the goods.
var physicalTransfer = scan.MustCompile(`^(?:donat|deliver|ship|hand|gift|airlift|distribut)`)

// expertRE: a conference is an expert exchange only among experts, not
// talks between ministers "via video link".
var expertRE = scan.MustCompile(`\b(?:experts?|specialists?|doctors|medical|health|scientists|epidemic|epidemiolog\w*|clinical|clinicians|researchers|technical|training|treatment|prevention|virus|covid-19|coronavirus|hospitals?|laborator\w+|professionals|courses?|workshops?|technicians|agricultural|regulators?|regulatory|forecasters|meteorolog\w*|engineers|nurses|pharmac\w+|vaccines?|approvals?|reagents|registration)\b`)

// leadersRE: a conference held by leaders or ministers is talks, not an
// expert exchange, whatever it is about.
var leadersRE = scan.MustCompile(`\b(?:leaders|heads of (?:state|government)|presidents|prime ministers|(?:foreign |health |commerce |trade )?ministers|minister|president|premiers?|chancellors?)\b`)

// recallRE: a "will" or "would" that asks the hearer to remember or
// hear what was done, not one that plans it ("You will remember that in
// February Sri Lanka sent", "As you will recall, Japan donated", "We will
// never forget that in February Kuwait donated", "I would add that the
// Alibaba Foundation has donated").
var recallRE = scan.MustCompile(`\b(?:will (?:(?:all |surely |certainly |also |always )?(?:remember|recall|recollect|know|note|notice|be aware|understand|appreciate)|(?:never|not|always) (?:forget|remember)|tell you|say)|(?:will|would) (?:(?:like to |also )?(?:add|say|note|mention|stress|point out|underline|recall|inform you|tell you|remind you)) that)\b`)

// afterRecall is words with a leading clause of recallRE cut off.
func afterRecall(words string) string {
	if !strings.Contains(words, "will ") && !strings.Contains(words, "would ") {
		return words
	}
	if loc := recallRE.FindStringIndex(words); loc != nil {
		return words[loc[1]:]
	}
	return words
}

var (
	plannedRE  = scan.MustCompile(`\b(?:will|would|shall|'ll|plans?|planned|planning|preparing|prepares|prepare|committed|commits|pledg(?:e|ed|es|ing)|promis(?:e|ed|es)|intends?|intended|going to|ready to|prepared to|decided to|agreed (?:\w+ ){0,4}?to|agrees to|offer(?:s|ed)? to|scheduled to|due to|set to|about to|willing to|stands? ready|to be (?:sent|delivered|provided|donated|shipped)|expects? to|is to|are to|soon|next (?:week|month|year))\b`)
	notAidRE   = scan.MustCompile(`\b(?:export(?:s|ed|ing)?|import(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|bought|ordered by|ordered (?:another |more |an additional |a further )?\d|buy(?:s|ing)?|procure(?:s|d|ment)?|sold|sell(?:s|ing)?|sales?|commercial(?:ly)?|orders?|contracts?|assessed contributions?|membership (?:fees|dues)|return home|returned home|evacuat\w*|repatriat\w*|bring back|brought back|stranded|consular (?:assistance|help|protection|services?|support))\b`)
	giftRE     = scan.MustCompile(`\b(?:donat\w*|gifts?|gifted|free of charge|for free|grant aid|as a grant|as grants?)\b`)
	negationRE = scan.MustCompile(`\b(?:not|never|no longer|n't|refused to|declined to|denied|without|instead of|rather than)\b`)
	// sameSubjectRE: a passive verb joined by "and" to the verb before,
	// with no subject of its own ("arrived in Kabul and were handed over").
	sameSubjectRE = scan.MustCompile(`[^,] and (?:was|were|has been|have been|had been|will be|would be|is to be|are to be)\s+(?:\w+ly\s+)?$`)
	passiveRE     = scan.MustCompile(`\b(?:was|were|been|being|be|is|are|has been|have been)\s+(?:(?:\w+ly|also|then|now|all|first|since|just|later|finally|successfully)\s+)?$`)
)

// approvedDosesRE opens the object of "approved" with a count of doses:
// an allocation ("The ICG approved 720,000 doses of oral cholera
// vaccine for Mozambique"), not a licence ("approved two vaccines").
var approvedDosesRE = scan.MustCompile(`^ (?:another |an additional |a further )?\d[\d,.]*(?: million| thousand)? (?:[a-z-]+ ){0,3}?doses\b`)

// quantityRE reads a lowered text (Lower), so it needs no (?i), whose case
// orbits cost the scan compiler ~20 ms of prefix listing at start-up.
var quantityRE = scan.MustCompile(`(?:\b(?:approximately|about|around|nearly|almost|over|more than|less than|some|up to|at least|a total of|another|an additional|a further|roughly|close to|in total)\s+)?(?:(?:(?:\bus|\bu\.s\.)?\$\s?|` + currencyBefore + `)\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn))?|\b\d[\d,.]*(?:\s*(?:million|billion|thousand))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|a (?:million|billion|thousand)|hundreds|thousands|millions|dozens|tens of thousands|hundreds of thousands|a dozen|a batch|a team|a group)(?:\s+(?:million|billion|thousand))?)(?:\s+(?:batch(?:es)?|tons?|tonnes?|kilograms?|kg|pieces?|sets?|units?|doses?|boxes|cartons|shipments?|flights?|planeloads?|consignments?|rounds?|groups?|teams?|(?:(?:us|u\.s\.|[a-z]+(?:an|ese|ish)|swiss|hong kong|new zealand|cfa|singapore|ghana|east caribbean) )?` + currencyNames + `))?(?:\s+of)?\b`)

// cameo gives the CAMEO event code of an aid type: the 07 "provide aid"
// family for what is given, 06 "material cooperation" and 04 "consult" for
// the rest, and 03 "express intent" for what is planned.
func cameo(typ, modality string) string {
	if modality == voc.Planned {
		switch typ {
		case voc.MedicalTeam, voc.Supplies:
			return "0333" // express intent to provide humanitarian aid
		case voc.Funding:
			return "0331" // express intent to provide economic aid
		case voc.OtherAid:
			return "033" // express intent to provide material aid
		}
		return "030" // express intent to cooperate
	}
	switch typ {
	case voc.MedicalTeam, voc.Supplies:
		return "073" // provide humanitarian aid
	case voc.Funding:
		return "071" // provide economic aid
	case voc.ExpertExchange:
		return "040" // consult
	case voc.KnowledgeSharing:
		return "064" // share information
	case voc.ResearchCooperation:
		return "061" // cooperate economically (scientific cooperation)
	}
	return "070" // provide aid
}
