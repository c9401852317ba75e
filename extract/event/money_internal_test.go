package event

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
	"github.com/briefgraph/briefgraph/extract/synth"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// oldMoneyPattern is moneyPattern as written before its amount's spaces
// were read by one path only (`\s*(?:million|…)?\s*` let a space be read
// by either repeat, so every try after a number without "million" read
// the next word twice) and its `[a-z]+an|[a-z]+ese` read that word once.
// The two are the same expression: the same matches, first to last.
const oldMoneyPattern = `(?:\bus|\bu\.s\.)?\$\s?\d|` + currencyBefore + `\d|\b(?:\d[\d,.]*\s*(?:million|billion|thousand)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|one hundred|half a|a) (?:million|billion|thousand))\s*(?:(?:us|u\.s\.|new|east|hong|[a-z]+an|[a-z]+ese|swiss|kong|zealand|caribbean|singapore|saudi|emirati|qatari|kuwaiti|turkish|british|czech|danish|swedish|norwegian|polish|cfa|ghana|fiji|kenya|uganda|tanzania|namibia|botswana|brunei|belize|jamaica|guyana|barbados|bahamas|liberia|zambia|malawi|gambia|mauritius|seychelles|nepal|pakistan|samoa|tonga|solomon islands|sri lanka|sierra leone|trinidad and tobago) ){0,2}(?:dollars?|yuan|euros?|usd|rmb|pounds|rupees|yen|francs|riyals?|dirhams?|rubles|roubles|won|pesos|reais|rand|naira|shillings|baht|ringgit|rupiah|dong|riel|lira|liras|kroner|kronor|krone|zlotys?|forints?|dinars?|cedis|birr|taka|kina|vatu|tala|kwacha|leones?|colones|quetzales|soles|bolivianos|pula|ariary|tenge|soms?|manats?|lari|hryvnias?|lei|denars?|tugriks?|kyats?|kip|afghanis|rufiyaa)\b`

// oldNounTrigger is nounTriggerRE as written before its amount's spaces
// were read by one path only.
const oldNounTrigger = `\b(?:aid|assistance|help|donations?|gifts?|contributions?|support|grants?|loans?|packages?|airlifts?)\b|(?:\bus|\bu\.s\.)?\$\s?\d[\d,.]*(?:\s*(?:million|billion))?|\b\d[\d,.]*\s*(?:million|billion)?\s*(?:(?:us|u\.s\.) )?(?:dollars|euros|yuan|yen|won|pounds|rmb|usd|rupees|francs)\b`

// moneyPairs are the expressions written with moneyPattern, and the same
// written with oldMoneyPattern, by package regexp and by scan, and
// nounTriggerRE with oldNounTrigger.
func moneyPairs(t testing.TB) (olds []*regexp.Regexp, news []func(string) [][]int) {
	var funding *scan.Regexp
	for _, n := range nouns {
		if n.typ == voc.Funding {
			funding = n.re
		}
	}
	for _, x := range []*scan.Regexp{moneyRE, funding, moneyInGoodsRE} {
		src := x.String()
		if !strings.Contains(src, moneyPattern) {
			t.Fatalf("%s does not hold moneyPattern", src)
		}
		olds = append(olds, regexp.MustCompile(strings.Replace(src, moneyPattern, oldMoneyPattern, 1)))
		re := regexp.MustCompile(src)
		news = append(news, x.FindAllStringIndex, func(s string) [][]int { return re.FindAllStringIndex(s, -1) })
	}
	olds = append(olds, regexp.MustCompile(oldNounTrigger))
	re := regexp.MustCompile(nounTriggerRE.String())
	news = append(news, nounTriggerRE.FindAllStringIndex, func(s string) [][]int { return re.FindAllStringIndex(s, -1) })
	return olds, news
}

func sameMoney(t testing.TB, s string, olds []*regexp.Regexp, news []func(string) [][]int) {
	for i, old := range olds {
		want := old.FindAllStringIndex(s, -1)
		for _, f := range news[2*i : 2*i+2] {
			if got := f(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%q: %v, before %v (%s)", s, got, want, old)
			}
		}
	}
}

var moneyTokens = []string{"5", "000", "2.5", "1,2", ".", ",", " ", " ", " ", "  ", "\t", "million", "billion", "thousand",
	"us", "u.s.", "$", "€", "eur", "nok", "dollars", "dollar", "rupees", "aid", "grants", "yuan", "euros", "indian", "japanese", "an", "ese", "a", "one",
	"hundred", "half", "new", "zealand", "hong", "kong", "disinfectant", "ventilators", "in", "worth", "swiss", "francs", "é", "_", "-"}

// TestMoneyPatternSameAsBefore compares moneyPattern and nounTriggerRE
// with the way they were written before, on the synthetic briefings and on strings of its words.
func TestMoneyPatternSameAsBefore(t *testing.T) {
	olds, news := moneyPairs(t)
	g := synth.New(synth.Config{Seed: 1})
	for i := range 50 {
		for line := range strings.SplitSeq(Lower(string(g.Document(i).Data)), "\n") {
			sameMoney(t, line, olds, news)
		}
	}
	r := rand.New(rand.NewSource(1))
	for range 30000 {
		var b strings.Builder
		for range 1 + r.Intn(12) {
			b.WriteString(moneyTokens[r.Intn(len(moneyTokens))])
		}
		sameMoney(t, b.String(), olds, news)
	}
}

func FuzzMoneyPattern(f *testing.F) {
	for _, s := range []string{"5 million dollars", "2.5  billion indian  rupees", "a million us dollars", "$5", "000 disinfectant ", "5million yuan"} {
		f.Add(s)
	}
	olds, news := moneyPairs(f)
	f.Fuzz(func(t *testing.T, s string) {
		sameMoney(t, s, olds, news)
	})
}
