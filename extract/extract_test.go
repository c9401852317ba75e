package extract_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/nquads"

	"github.com/briefgraph/briefgraph/extract"
	"github.com/briefgraph/briefgraph/extract/eval"
	"github.com/briefgraph/briefgraph/extract/synth"
	"github.com/briefgraph/briefgraph/extract/transcript"
	"github.com/briefgraph/briefgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const seedPath = "../data/scio-covid19-international-cooperation-p4.txt"

func extractFile(t testing.TB, x *extract.Extractor, path string) *extract.Result {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The name, not the path, so the output does not depend on where tests run.
	res, err := x.Extract(extract.Input{Name: filepath.Base(path), Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestGoldenSeed compares the seed's quads, sorted, with testdata/seed.nq.
// Run "go test ./extract -run TestGoldenSeed -update" after a deliberate change.
func TestGoldenSeed(t *testing.T) {
	res := extractFile(t, newExtractor(t), seedPath)
	lines := make([]string, 0, len(res.Quads))
	for _, q := range res.Quads {
		if q.Label != res.Doc {
			t.Fatalf("quad not labelled with its document: %v", q)
		}
		lines = append(lines, q.NQuad())
	}
	sort.Strings(lines)
	got := []byte(strings.Join(lines, "\n") + "\n")
	golden := filepath.Join("testdata", "seed.nq")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("extraction of the seed differs from %s; diff it with -update and git diff", golden)
	}
}

// TestSeedScore scores the seed against its gold annotation (a copy of
// ../shared/eval/seed.gold.json) with the scorer's own rules.
func TestSeedScore(t *testing.T) {
	res := extractFile(t, newExtractor(t), seedPath)
	r := score(t, "testdata/seed.gold.json", res.Quads)
	check(t, r, 0.98, 1.0, 0.95)
}

// TestCorpusScore scores every transcript of ../testdata/corpus against its
// gold, micro-averaged, just under today's figures: a rule change that
// loses what the corpus taught fails here.
func TestCorpusScore(t *testing.T) {
	x := newExtractor(t)
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no test corpus in ../testdata/corpus")
	}
	var reports []*eval.Report
	for _, f := range files {
		gold := strings.TrimSuffix(f, ".txt") + ".gold.json"
		r := score(t, gold, extractFile(t, x, f).Quads)
		r.Name = filepath.Base(f)
		t.Logf("%-45s %s", r.Name, r.Summary())
		reports = append(reports, r)
	}
	m := eval.Micro(reports...)
	t.Logf("%s", m.Summary())
	check(t, m, 0.96, 0.99, 0.81) // guards the tuned corpus against regressions (0.966, 0.994, 0.819 with session 16's four sets, which measured 0.66 before joining and 0.73 after the rules read from them); testdata/final is the honest figure
}

func score(t *testing.T, goldPath string, qs []quad.Quad) *eval.Report {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.LoadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return eval.Score(gold, qs)
}

func check(t *testing.T, r *eval.Report, ent, spk, act float64) {
	t.Helper()
	if r.Entities.F1 < ent || r.Speakers.F1 < spk || r.Actions.F1 < act {
		var b strings.Builder
		r.WriteText(&b)
		t.Errorf("%s below entities %.2f, speakers %.2f, actions %.2f:\n%s", r.Summary(), ent, spk, act, b.String())
	}
}

func TestBadInput(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty.txt", nil, transcript.ErrEmpty},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), transcript.ErrBinary},
		{"latin1.txt", []byte("Luo Zhaohui:\nCaf\xe9"), transcript.ErrNotUTF8},
	}
	for _, tt := range tests {
		_, err := x.Extract(extract.Input{Name: tt.name, Data: tt.data})
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("Extract(%s) error = %v, want %v naming the input", tt.name, err, tt.want)
		}
	}
	if _, err := x.Extract(extract.Input{Name: "a.txt", Data: []byte("Hello."), Country: "ZZ"}); err == nil {
		t.Error("an unknown --country code was accepted")
	}
}

// TestStableIRIs checks that one entity has one IRI across documents.
func TestStableIRIs(t *testing.T) {
	x := newExtractor(t)
	a, _ := x.Extract(extract.Input{Name: "a.txt", Data: []byte("Title\n\nWang Wei:\nChina sent doctors to Italy.\n")})
	b, _ := x.Extract(extract.Input{Name: "b.txt", Data: []byte("Other\n\nLi Na:\nThe Chinese government donated masks to the Italian Republic.\n")})
	subjects := func(r *extract.Result) map[string]bool {
		m := map[string]bool{}
		for _, q := range r.Quads {
			m[quad.ToString(q.Subject)] = true
		}
		return m
	}
	sa, sb := subjects(a), subjects(b)
	for _, iri := range []string{"<https://briefgraph.dev/id/country/it>", "<https://briefgraph.dev/id/country/cn>"} {
		if !sa[iri] || !sb[iri] {
			t.Errorf("%s missing from one of the documents", iri)
		}
	}
	if a.Doc == b.Doc {
		t.Error("two documents share an IRI")
	}
}

func FuzzExtract(f *testing.F) {
	seed, _ := os.ReadFile(seedPath)
	f.Add(seed)
	f.Add([]byte("Q: Reuters: Did China send masks to Italy?\nA: Yes, we donated 1 million masks to Italy and the WHO."))
	f.Add([]byte("MS ORTAGUS: The U.S. will provide $20 million to the WHO, Iran and Iraq."))
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := x.Extract(extract.Input{Name: "fuzz.txt", Data: data})
		if err != nil {
			return
		}
		text := []rune(string(data))
		for _, q := range res.Quads {
			if q.Label != res.Doc {
				t.Fatalf("unlabelled quad %v", q)
			}
			if !q.IsValid() {
				t.Fatalf("invalid quad %v", q)
			}
			if p := quad.ToString(q.Predicate); strings.HasSuffix(p, "#start>") || strings.HasSuffix(p, "#end>") {
				n, ok := q.Object.Native().(int64)
				if !ok || n < 0 || int(n) > len(text) {
					t.Fatalf("offset %v outside the text of %d characters", q.Object, len(text))
				}
			}
		}
	})
}

// BenchmarkExtract measures extraction throughput (MB/s, one core) on a
// deterministic synthetic corpus of the genre: go test -bench Extract -cpu 1 ./extract
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	g := synth.New(synth.Config{Seed: 1})
	var docs []synth.Document
	var size int64
	for i := 0; i < 50; i++ {
		d := g.Document(i)
		docs = append(docs, d)
		size += int64(len(d.Data))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := x.Extract(extract.Input{Name: d.Name, Data: d.Data}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestSelfIntroduction checks that a speaker who introduces themselves as
// a body's ("As the representative of the Ministry of Foreign Affairs")
// speaks for it, and that "as a member of the Fund" said of another does
// not make the speaker the Fund's.
func TestSelfIntroduction(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"as a member of, said of another", "Weekly press conference of the Ministry of Foreign Affairs of Iran\n\nAbbas Mousavi: Iran has asked the International Monetary Fund for a loan. This is the right of the Iranian nation as a member of the Fund. We have held video conferences with Iraqi health officials.\n",
			[]string{"country/ir>country/iq"}},
		{"a body, where I work", "SCIO briefing\n\nLi Yinghong: Gansu University of Chinese Medicine, where I work, has set up centres abroad. Since April, our university has held 14 video conferences with doctors in Kyrgyzstan.\n",
			[]string{"org/gansu-university-of-chinese-medicine>country/kg"}},
		{"I am from a company", "SCIO briefing\n\nZhou Hanxin: Thank you. I am from Hengtai Medical Technology, a private company based in Shenzhen. We have donated 200 ventilators to Bangladesh.\n",
			[]string{"org/hengtai-medical-technology>country/bd"}},
		{"a summary's speaker, for an agency", "UNITED NATIONS GENEVA\n\nREGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n21 April 2020\n\nChristian Lindmeier, for the World Health Organization (WHO), said that cases were rising. Some 40,000 test kits had been delivered last week to Ethiopia and Yemen.\n\nMr. Lindmeier said that Nepal had asked for support.\n",
			[]string{"org/who>country/et", "org/who>country/ye"}},
		{"a summary's speaker for an agency, whose first sentence gives on without naming it", "UNITED NATIONS GENEVA\n\nPRESS BRIEFING NOTES\n19 May 2020\n\nMarisol Abaroa, of the United Nations Information Service (UNIS), chaired the briefing.\n\nJoanna Brekke, for the United Nations Children's Fund (UNICEF), said that oxygen concentrators would be shipped to Haiti before the end of the month.\n\nTarek Haddadin, for the World Health Organization (WHO), said that cases were rising.\n",
			[]string{"org/unicef>country/ht"}},
		{"another's name and post, quoted, say nothing of the speaker's side", "Press conference\nBelgrade, 28 March 2020\n\nAna Brnabic: Tedros Ghebreyesus, the Director-General of the World Health Organization, said that Serbia did well. We have sent 10 ventilators to Montenegro.\n",
			[]string{"country/rs>country/me"}},
		{"a post that names a region gives no body: the minister's \"we\" is his country", "France Diplomatie - Ministry for Europe and Foreign Affairs\n\nInterview given by Mr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, to France Inter\n\nWe have sent one million masks to Italy.\n",
			[]string{"country/fr>country/it"}},
		{"a guest listed among the speakers with post and country speaks for the country, not the host", "World Health Organization | Regional Office for Africa\n\nVirtual press conference on COVID-19 in the WHO African Region\n\nSpeakers:\nDr Matshidiso Moeti, WHO Regional Director for Africa\nHon. Dr Grace Mwansa, Minister of Health, Republic of Zambia\n\nMINISTER MWANSA: Thank you. We will send a team of nurses to Namibia.\n",
			[]string{"country/zm>country/na"}},
		{"a team named as a body is sent by its country", "Ministry of Foreign Affairs of Cuba\n\nCASTELLANOS: Three months ago the first Henry Reeve brigade left for Italy.\n",
			[]string{"country/cu>country/it"}},
		{"thanks for delivering goods bought is no aid", "SCIO press conference\n\nXu Mengyao: Good morning. We have donated vaccines to Laos. Some ventilators were purchased from Germany; we paid for them, and we thank the German companies for delivering them quickly.\n",
			[]string{"country/cn>country/la"}},
		{"a speaker no one introduced answers for the society the question asks about", "SCIO press conference on Hubei's international exchanges\n\nHu Jiayu:\nNow, Phoenix TV, please.\n\nPhoenix TV:\nThe Red Cross Society of China received a lot of donations from abroad. What has it done for other countries since March?\n\nWei Guoping:\nSince March, we have provided cash assistance of 100,000 US dollars to the Iraqi Red Crescent Society.\n",
			[]string{"org/rcsc>org/iraqi-red-crescent"}},
		{"the same, the question naming the society short", "SCIO press conference on Hubei's international exchanges\n\nHu Jiayu:\nNow, Phoenix TV, please.\n\nPhoenix TV:\nThe Red Cross Society of China received a lot of donations from abroad. What is the Red Cross doing to help other countries?\n\nWei Guoping:\nWe have provided cash assistance of 100,000 US dollars to the Iraqi Red Crescent Society.\n",
			[]string{"org/rcsc>org/iraqi-red-crescent"}},
		{"a post with no country, opening the sentence, is the speaker's country's", "Ministry of Foreign Affairs of the Republic of Kazakhstan\n\nAibek Smadiyarov: President Tokayev has sent 50 doctors to Kyrgyzstan. Federal Minister Heiko Maas has pledged 5 million euros to the Red Crescent Society of Iraq.\n",
			[]string{"country/kz>country/kg", "country/kz>org/red-crescent-society-of-iraq"}},
		{"a post with no country after another country, or as the receiver, stands for no one", "Ministry of Foreign Affairs of the People's Republic of China\n\nZhao Lijian: Mongolia was among the first to help: President Battulga donated 30,000 sheep to Wuhan. President Putin has sent a message of sympathy to President Xi Jinping, and Russia delivered 23 tons of supplies to Wuhan.\n",
			[]string{"country/ru>country/cn"}},
		{"the government as the subject of a clause after \", and\" is the speaker's", "Ministry of Foreign Affairs, Republic of Korea\n\nSpokesperson Han Ji-won: KOICA will provide test kits to Peru, and the Government will contribute 1 million US dollars to the World Food Programme.\n",
			[]string{"country/kr>org/wfp", "gov/kr/koica>country/pe"}},
		{"as the representative of, opening a sentence", "Press conference\n\nMr. Daniel Okafor: As the representative of the World Health Organization, I can say that much. We have shared our guidance with Iraq.\n",
			[]string{"org/who>country/iq"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "p.txt", Data: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			if got := actionPairs(res.Quads); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("actions = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPronouns checks that "It"/"They" opening a sentence, and "it"/"them"
// as the receiving object, stand for the entity named before them.
func TestPronouns(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "provider>recipient"
	}{
		{"'it' after telling a named hearer is the teller", "Briefing\n\nLi Na:\nSwitzerland has informed the ERCC that it will send 200 tents to Croatia.\n",
			[]string{"country/ch>country/hr"}},
		{"the laboratory shares its results", "Briefing\n\nLi Na:\nThe National Public Health Laboratory has tested 5,000 samples. The laboratory shares its results every day with the Africa CDC.\n",
			[]string{"gov/cn/national-public-health-laboratory>org/africa-cdc"}},
		{"an embassy of a country in another is the first's", "Briefing\n\nLi Na:\nThe Embassy of the Republic of Korea in China handed over 50,000 masks to the Ministry of Health of Fiji.\n",
			[]string{"gov/kr/embassy-of-the-republic-of-korea-in-china>gov/fj/ministry-of-health"}},
		{"It opens a sentence", "Briefing\n\nLi Na:\nWe thank Japan for its support. It donated one million masks to Wuhan in February.\n",
			[]string{"country/jp>country/cn"}},
		{"the body that received goods, not the country they passed through", "Briefing\n\nLi Na:\nThe reagents donated by the Chinese government arrived in Kabul on March 11 and were handed over to the Ministry of Public Health of Afghanistan.\n",
			[]string{"country/cn>gov/af/ministry-of-public-health"}},
		{"the Ministry, the provincial government, the agency: the last one named", "Briefing\n\nLi Na:\nThe Ministry of Health of Malawi thanks you. With the help of the World Health Organization, the Ministry trained 1,200 vaccinators. The Hubei Provincial People's Government has sent masks to Italy. Next week, the provincial government will ship 50,000 test kits to Pakistan. The China International Development Cooperation Agency is busy. In May the agency shared its plans with Nigeria. The National Centre for Public Health of Kenya thanks you. The centre has shared its data with Ghana. The Ministry of Defence sent tents to Fiji.\n",
			[]string{"gov/cn/cidca>country/ng", "gov/cn/hubei-provincial-peoples-government>country/it", "gov/cn/hubei-provincial-peoples-government>country/pk", "gov/cn/ministry-of-defence>country/fj", "gov/ke/national-centre-for-public-health>country/gh", "org/who>gov/mw/ministry-of-health"}},
		{"the Department: the last one named", "Media briefing\n\nZweli Mkhize:\nSouth Africa's National Department of Health has received masks. Yesterday the Department delivered 20,000 test kits to Lesotho.\n",
			[]string{"gov/za/national-department-of-health>country/ls"}},
		{"provided it with", "Briefing\n\nLi Na:\nAt the request of the DPRK, we have provided it with test kits.\n",
			[]string{"country/cn>country/kp"}},
		{"it is no giver", "Briefing\n\nLi Na:\nWe talked with Italy. It is important to send doctors to Spain.\n",
			nil},
		{"the two countries", "Briefing\n\nLi Na:\nAt the request of Burkina Faso and Djibouti, the Chinese government will send medical teams to the two countries.\n",
			[]string{"country/cn>country/bf", "country/cn>country/dj"}},
		{"a list that is a subject", "Briefing\n\nLi Na:\nSierra Leone and the Republic of the Congo had both asked for help. We sent vaccines to both countries.\n",
			[]string{"country/cn>country/cg", "country/cn>country/sl"}},
		{"both countries, a sentence later", "Briefing\n\nLi Na:\nMali and Niger asked for help. We will send doctors to both countries.\n",
			[]string{"country/cn>country/ml", "country/cn>country/ne"}},
		{"it, after a phrase of time, is the last sentence's subject", "Briefing\n\nLi Na:\nJapan shared its data with the WHO. Last week it also donated test kits to Pakistan.\n",
			[]string{"country/jp>country/pk", "country/jp>org/who"}},
		{"it, after a questioner's label, is the subject the question opened with", "Briefing\n\nKyodo News: The Japanese government has shared its data with Italy. Last week it also donated test kits to Pakistan. What is your comment?\n\nLi Na: No comment.\n",
			[]string{"country/jp>country/it", "country/jp>country/pk"}},
		{"those two Caribbean countries: the list, not the region", "Briefing\n\nLi Na:\nWe donated 100,000 doses each to Guyana and Dominica, the first Chinese vaccines to reach those two Caribbean countries as gifts.\n",
			[]string{"country/cn>country/dm", "country/cn>country/gy"}},
		{"our commission is the speaker's body named before", "Briefing\n\nLi Na:\nThe Shandong Provincial Health Commission compiled a manual. Our commission also held video conferences with experts from Nepal.\n",
			[]string{"gov/cn/shandong-provincial-health-commission>country/np"}},
		{"It after the speaker's side named as the subject is that side", "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on April 29, 2020\n\nQ: What about the Pacific?\n\nA: The Chinese government has provided masks to Fiji and Vanuatu. It will soon provide test kits to Tonga.\n",
			[]string{"country/cn>country/fj", "country/cn>country/to", "country/cn>country/vu"}},
		{"the regional government is the autonomous region's People's Government named before", "Briefing\n\nLi Na:\nThe Xinjiang Uygur Autonomous Region People's Government thanks Kazakhstan. Since the pandemic began, the regional government has donated ventilators to Tajikistan.\n",
			[]string{"gov/cn/xinjiang-uygur-autonomous-region-peoples-government>country/tj"}},
		{"And on Monday the government: the speaker's", "Briefing\n\nLi Na:\nAnd on Monday the government approved a contribution of 20 million euros to the World Health Organization.\n",
			[]string{"country/cn>org/who"}},
		{"this Ministry is the one named before", "Press briefing of the Ministry of Health of Spain\n\nSalvador Illa: On Tuesday the Embassy of China handed over to this Ministry 50,000 FFP2 masks.\n",
			[]string{"gov/cn/embassy-of-china>gov/es/ministry-of-health"}},
		{"Bahasa Indonesia is a language, not a giver", "Briefing\n\nLi Na:\nThe Health Commission of Fujian Province has translated its treatment protocols into Bahasa Indonesia and shared them with the Ministry of Health of Indonesia.\n",
			[]string{"gov/cn/health-commission-of-fujian-province>gov/id/ministry-of-health"}},
		{"the provincial government named inside an office's name", "Briefing\n\nModerator: We have with us Mr. Fang Guohua, director of the Foreign Affairs Office of the Zhejiang Provincial People's Government.\n\nFang Guohua: The provincial government sent 200,000 masks to Italy.\n",
			[]string{"gov/cn/zhejiang-provincial-peoples-government>country/it"}},
		{"our commission is the speaker's own, not the last commission named", "Briefing\n\nModerator: We have invited Mr. Fang Minghui, deputy director of the Health Commission of Zhejiang Province.\n\nReuters: Has the National Health Commission shared its experience?\n\nFang Minghui: Our commission has held 52 video conferences with health authorities in Japan and Spain.\n",
			[]string{"gov/cn/health-commission-of-zhejiang-province>country/es", "gov/cn/health-commission-of-zhejiang-province>country/jp"}},
		{"the Secretariat, at an organisation's briefing, is the organisation", "Weekly briefing of the League of Arab States\n\nThe briefing was given by Mr. Ahmed Rashid, spokesperson of the League of Arab States.\n\nMr. Rashid: The General Secretariat has allocated 250,000 US dollars to the Sudanese Red Crescent Society. Japan handed over 20,000 masks to the Secretariat last week.\n",
			[]string{"country/jp>org/arab-league", "org/arab-league>org/sudanese-red-crescent-society"}},
		{"an organisation described by a country's possessive", "Briefing\n\nLi Na:\nSinovac has provided technical support to VACSERA, Egypt's state-owned vaccine maker. The Oman Charitable Organization sent 20 trucks of food to Yemen.\n",
			[]string{"org/oman-charitable-organization>country/ye", "org/sinovac>org/vacsera"}},
		{"the government, as a sentence's subject, is the speaker's", "Briefing\n\nLi Na:\nSeparately, the government has decided to provide 1.1 million doses of vaccine to Vietnam.\n",
			[]string{"country/cn>country/vn"}},
		{"languages are no countries", "Briefing\n\nLi Na:\nThe Shandong Provincial Health Commission compiled a manual. The commission translated it into Korean, Japanese and English and shared it with the health authorities of Nepal.\n",
			[]string{"gov/cn/shandong-provincial-health-commission>country/np"}},
		{"the institute is one named before it, not after it in the same sentence", "Briefing\n\nLi Na:\nThe Academy of Military Medical Sciences is busy. And the academy has started a joint study with the Nepal Academy of Science and Technology.\n",
			[]string{"gov/cn/amms>gov/np/nepal-academy-of-science-and-technology"}},
		{"the fund is the one named so before, not UNICEF by its acronym", "Briefing\n\nLi Na:\nUNICEF is helping. The COVID-19 Emergency Fund was created in March. Bhutan has contributed 150,000 US dollars to the fund.\n",
			[]string{"country/bt>org/covid-19-emergency-fund"}},
		{"the academy is the one named before", "Briefing\n\nLi Na:\nThe Academy for International Business Officials opened. Later the academy trained 120 doctors from Nepal.\n",
			[]string{"gov/cn/academy-for-international-business-officials>country/np"}},
		{"the three countries, provided with", "Briefing\n\nLi Na:\nOur experts met officials from Guyana, Suriname and Fiji. We also provided the three countries with our protocol.\n",
			[]string{"country/cn>country/fj", "country/cn>country/gy", "country/cn>country/sr"}},
		{"the list that follows", "Briefing\n\nLi Na:\nMali and Niger asked for help. We sent doctors to the two countries of Peru and Chile.\n",
			[]string{"country/cn>country/cl", "country/cn>country/pe"}},
		{"a page that starts mid-answer speaks for the host", "Briefing\n\nWe sent doctors to Mali last week.\n\nXinhua News Agency: Will you send more?\n\nLi Na: We will see.\n",
			[]string{"country/cn>country/ml"}},
		{"a question cut by the page speaks for nobody", "Briefing\n\nwe sent doctors to Mali last week.\n\nA: We will see.\n",
			nil},
		{"the Iranian side", "Briefing\n\nLi Na:\nThe Chinese government has provided the Iranian side with 250,000 masks.\n",
			[]string{"country/cn>country/ir"}},
		{"help in general to a region is policy", "Briefing\n\nLi Na:\nChina's assistance to Africa will continue.\n",
			nil},
		{"patients taken in beside supplies are two acts", "Briefing\n\nLi Na:\nGermany delivered ventilators to Italy. German hospitals have taken in 47 patients from Italy.\n",
			[]string{"country/de>country/it", "country/de>country/it"}},
		{"what we give as a rule is no act for the question's topic", "Briefing\n\nLi Na: Next question.\n\nReuters: The Netherlands recalled masks made in China. Does that affect China's aid?\n\nLi Na: All the supplies we donate pass strict inspection.\n",
			nil},
		{"a trigger inside a name is no verb", "Press conference by the Chief Cabinet Secretary\nTokyo, 12 August 2020\n\nChief Cabinet Secretary: Good morning.\n\nReporter: On Mauritius, what is the government doing about the oil spill?\n\nChief Cabinet Secretary: Nagashiki Shipping has said that it will respond sincerely to the requests for compensation.\n",
			nil},
		{"a society named by its country receives, not the country as well", "Briefing\n\nLi Na:\nThe Chinese government provided US$50,000 in cash to the Philippine Red Cross for its relief work among poor communities in the Philippines.\n",
			[]string{"country/cn>org/philippine-red-cross"}},
		{"our friends there are in the country named before", "Briefing\n\nLi Na:\nThe Henan Provincial Government has been busy. When the situation in Poland became serious, our provincial government donated 200,000 masks to our friends there.\n",
			[]string{"gov/cn/henan-provincial-government>country/pl"}},
		{"an office of a provincial government is no provincial government", "Briefing\n\nLi Na:\nMr. Sun is director general of the Foreign Affairs Office of the Henan Provincial Government. Our provincial government donated 200,000 masks to Poland.\n",
			[]string{"country/cn>country/pl"}},
		{"the question's topic receives", "Briefing\n\nLi Na: Next question.\n\nReuters: On Haiti, which countries have offered help? Has the Dominican Republic sent anything?\n\nLi Na: The Dominican Republic has sent trucks of medicines across the border.\n",
			[]string{"country/do>country/ht"}},
		{"the one country a question names besides the answering side", "Briefing\n\nLi Na: Next question.\n\nDawn: Pakistan has called for debt relief. Does China support it?\n\nLi Na: The Chinese side has already sent two medical teams.\n",
			[]string{"country/cn>country/pk"}},
		{"our provincial health commission is the speaker's", "SCIO press conference\n\nThe SCIO held a press conference. Liang Hui, director of the Heilongjiang Provincial Health Commission, attended.\n\nLiang Hui:\nThis year our provincial health commission trained 80 doctors from Russia in Harbin.\n",
			[]string{"gov/cn/heilongjiang-provincial-health-commission>country/ru"}},
		{"a krai's government is its country's", "Briefing\n\nLi Na:\nThe Government of Primorsky Krai sent 20 tonnes of drinking water and food to Heilongjiang.\n",
			[]string{"gov/ru/government-of-primorsky-krai>country/cn"}},
		{"the outlet heading a question's text is no giver", "Briefing\n\nLi Na: Next question.\n\nQ: Hubei Media Group: This year marks the 60th anniversary of China sending medical teams to Algeria. What is your comment?\n\nLi Na: Thank you.\n",
			nil},
		{"a follow-up goes on with the topic of the answer before", "Briefing\n\nLi Na: Next question.\n\nCCTV: Vanuatu was hit by two cyclones. What help has China offered?\n\nLi Na: China is concerned.\n\nFollow-up: Australia and New Zealand have sent military aircraft with relief supplies. Is China competing with them?\n\nLi Na: No.\n",
			[]string{"country/au>country/vu", "country/nz>country/vu"}},
		{"a follow-up that asks of its own names its own topic", "Briefing\n\nLi Na: Next question.\n\nAFP: The G7 summit in Germany announced an infrastructure plan. Is it a response?\n\nLi Na: We welcome it.\n\nFollow-up: What about vaccines for Africa? Last year China pledged one billion doses.\n\nLi Na: Most have been delivered.\n",
			nil},
		{"a question naming two countries names no topic", "Briefing\n\nLi Na: Next question.\n\nDawn: Will Pakistan and India get help?\n\nLi Na: The Chinese side has already sent two medical teams.\n",
			nil},
		{"a company's name before vaccines is a product", "Briefing\n\nLi Na: Japan has announced that it will donate AstraZeneca vaccines to Viet Nam.\n",
			[]string{"country/jp>country/vn"}},
		{"the team went on working where it went", "Briefing\n\nLi Na: China sent a medical team to Ethiopia in April. The team has trained more than 1,000 local medical workers.\n",
			[]string{"country/cn>country/et", "country/cn>country/et"}},
		{"the team in one of the places", "Briefing\n\nLi Na: China sent medical teams to Ethiopia and Sudan. The team in Ethiopia has trained local doctors.\n",
			[]string{"country/cn>country/et", "country/cn>country/et", "country/cn>country/sd"}},
		{"teams sent to several places, said to train, name no one place", "Briefing\n\nLi Na: China sent medical teams to Ethiopia and Sudan. The teams will give training to local doctors.\n",
			[]string{"country/cn>country/et", "country/cn>country/sd"}},
		{"a possessive qualifier inside a list of partners", "Briefing\n\nLi Na: Walvax Biotechnology and Thailand's Chulalongkorn University have started a joint clinical trial.\n",
			[]string{"org/walvax>org/chulalongkorn-university"}},
		{"an acronym inside a list of partners", "Briefing\n\nLi Na: The Chinese Academy of Medical Sciences (CAMS) and Germany's Robert Koch Institute launched joint research on the variant.\n",
			[]string{"gov/cn/chinese-academy-of-medical-sciences>gov/de/robert-koch-institute"}},
		{"an object and its acronym before a clause of its own", "Briefing\n\nLi Na: The NHC has shared its protocol with the League of Arab States (LAS), and NHC experts held three video conferences with health officials of Egypt.\n",
			[]string{"gov/cn/national-health-commission>country/eg", "gov/cn/national-health-commission>org/arab-league"}},
		{"the Royal Government is the country", "Briefing\n\nLi Na: Last year the Royal Government sent 100,000 masks to Laos.\n",
			[]string{"country/cn>country/la"}}, // the host's own government, not a body named "Royal Government"
		{"relief goods beside a typed act are an act of their own", "Briefing\n\nLi Na:\nChina provided emergency food assistance to Zimbabwe, and 4,000 tonnes of rice were handed over in Harare. Chinese experts will train farmers in Zimbabwe.\n",
			[]string{"country/cn>country/zw", "country/cn>country/zw"}},
		{"help in general beside a typed act is no new act", "Briefing\n\nLi Na:\nChina sent a medical team to Zimbabwe. Zimbabwe thanked China for its support to Zimbabwe.\n",
			[]string{"country/cn>country/zw"}},
		{"a paragraph's topic", "Briefing\n\nLi Na:\nIn Indonesia, the President asked us for help with ventilators. We sent 100 ventilators in June.\n",
			[]string{"country/cn>country/id"}},
		{"a topic ends with its paragraph", "Briefing\n\nLi Na:\nIn Indonesia, the President asked us for help with ventilators.\n\nWe sent 100 ventilators in June.\n",
			nil},
		{"the country a disaster struck receives what is given after it", "Briefing\n\nLi Na:\nAfter the volcanic eruption in Tonga, the Chinese government provided emergency cash assistance. Australia and New Zealand sent relief by air and sea.\n",
			[]string{"country/au>country/to", "country/cn>country/to", "country/nz>country/to"}},
		{"a stricken country named before its disaster", "Briefing\n\nLi Na:\nHaiti was hit hard by the earthquake. The Dominican Republic has sent trucks of medicines.\n",
			[]string{"country/do>country/ht"}},
		{"a paragraph's topic in part of a country", "Briefing\n\nLi Na:\nAfter the earthquake in Haiti, the Red Cross Society of China provided emergency cash to the Haitian Red Cross. In southern Madagascar, where people are suffering from a severe drought, China delivered 1,000 tons of rice.\n",
			[]string{"country/cn>country/mg", "org/rcsc>org/haitian-red-cross"}},
		{"it after a phrase of time and \", and\" goes on for the subject after a phrase of time", "Briefing\n\nLi Na:\nIn the past two weeks, the NHC has held video conferences with experts from Azerbaijan and Belarus, and yesterday it held a long session with the Ministry of Health of Ecuador.\n",
			[]string{"gov/cn/national-health-commission>country/az", "gov/cn/national-health-commission>country/by", "gov/cn/national-health-commission>gov/ec/ministry-of-health"}},
		{"It that held goes on for the last sentence's subject", "Briefing\n\nLi Na:\nThe NHC has shared its guidelines with Azerbaijan. Yesterday it held a video conference with experts from Ecuador.\n",
			[]string{"gov/cn/national-health-commission>country/az", "gov/cn/national-health-commission>country/ec"}},
		{"the government that plans is the speaker's", "Briefing\n\nLi Na:\nThe Government plans to contribute 6 million dollars to the Coalition for Epidemic Preparedness Innovations (CEPI) this year.\n",
			[]string{"country/cn>org/cepi"}},
		{"its people act for the one the sentence before opened with, a long name before its acronym", "Briefing\n\nLi Na:\nThe Federal Service for Surveillance on Consumer Rights Protection and Human Wellbeing (Rospotrebnadzor) has handed over test systems to Armenia and Mongolia. Its specialists have also been holding consultations with the sanitary services of these countries.\n",
			[]string{"gov/ru/rospotrebnadzor>country/am", "gov/ru/rospotrebnadzor>country/am", "gov/ru/rospotrebnadzor>country/mn", "gov/ru/rospotrebnadzor>country/mn"}},
		{"the country a disaster struck, named in the heading, receives what no paragraph gives to another", "Minister for International Development and the Pacific\n\nTranscript: Press conference, Parliament House, Canberra\n\nSubjects: Tonga volcanic eruption and tsunami; relief flights\n\nZED SESELJA: Thanks for coming.\n\nNew Zealand has dispatched two ships with water and relief supplies.\n",
			[]string{"country/nz>country/to"}},
		{"who requested help receives, in the turn's later paragraphs, what is sent with no receiver", "Briefing\n\nLi Na:\nFollowing a request for assistance from the Government of India on Friday, the EU Civil Protection Mechanism has been activated.\n\nI can give you the first details. Ireland is sending 700 oxygen concentrators.\n",
			[]string{"country/ie>country/in"}},
		{"who asked for help receives what is sent next", "Briefing\n\nLi Na:\nSudan has asked us for medical supplies. We sent 20 tonnes of masks last week.\n",
			[]string{"country/cn>country/sd"}},
		{"a question's request names no receiver of the answer's own acts", "Briefing\n\nReuters:\nSudan has asked the WHO for help. Will China help?\n\nLi Na:\nWe will see. We sent masks to Chad.\n",
			[]string{"country/cn>country/td"}},
		{"a local government of a country named after it", "Briefing\n\nLi Na:\nThe Yamanashi Prefectural Government of Japan sent 100,000 masks to Wuhan.\n",
			[]string{"gov/jp/yamanashi-prefectural-government>country/cn"}},
		{"a body's country after it is no second receiver", "Briefing\n\nLi Na:\nChina Eastern Airlines donated 100,000 masks to the Civil Protection Department of Italy.\n",
			[]string{"org/china-eastern>gov/it/civil-protection-department"}},
		{"a known ministry and its country after it", "Briefing\n\nLi Na:\nChina donated 5,000 test kits to the Ministry of Health, Labour and Welfare of Japan.\n",
			[]string{"country/cn>gov/jp/mhlw"}},
		{"in joint research the Chinese side helps, whatever the order", "Briefing\n\nLi Na:\nThe Ethiopian Public Health Institute and the Chinese Center for Disease Control and Prevention will start a joint study on genetic sequencing.\n",
			[]string{"gov/cn/china-cdc>gov/et/ethiopian-public-health-institute"}},
		{"a state's government gives", "Briefing\n\nLi Na:\nThe consignment of rice sent by the Government of Tamil Nadu arrived in Colombo last Friday.\n",
			[]string{"gov/in/government-of-tamil-nadu>country/lk"}},
		{"they after a team is the team", "Briefing\n\nLi Na:\nChina will send a medical team to Bangladesh. They will hold training sessions for Bangladeshi doctors and nurses.\n",
			[]string{"country/cn>country/bd", "country/cn>country/bd"}},
		{"they after a team, past a phrase of time and a hospital named, is the team", "Briefing\n\nLi Na:\nA team of twelve Chinese medical experts arrived in Burkina Faso on 16 April. They have visited the Tengandogo University Hospital. On Saturday they trained 300 health workers in infection prevention.\n",
			[]string{"country/cn>country/bf", "country/cn>country/bf"}},
		{"training given by a team is its sender's, where it is", "Briefing\n\nLi Na:\nThe Gansu Provincial Health Commission sent a medical team to Kazakhstan. The team visited hospitals in Nur-Sultan and gave training to more than 3,000 local medical workers.\n",
			[]string{"gov/cn/gansu-provincial-health-commission>country/kz", "gov/cn/gansu-provincial-health-commission>country/kz"}},
		{"languages are no givers; guidelines sent as them", "Briefing\n\nLi Na:\nWe have translated the protocol into English, French, Spanish and Russian, and sent them to the health authorities of Iran.\n",
			[]string{"country/cn>country/ir"}},
		{"the teams we sent to two countries, then what they did", "Briefing\n\nLi Na:\nThe medical expert teams we sent to Algeria and Sudan have held more than 60 training sessions for local doctors and nurses.\n",
			[]string{"country/cn>country/dz", "country/cn>country/dz", "country/cn>country/sd", "country/cn>country/sd"}},
		{"a team formed with doctors of traditional Chinese medicine, then sent", "Briefing\n\nLi Na:\nIn May, the Gansu Provincial Health Commission formed a 10-member medical expert team, including four doctors of traditional Chinese medicine, and sent it to Kazakhstan.\n",
			[]string{"gov/cn/gansu-provincial-health-commission>country/kz"}},
		{"a prefectural government is Japan's", "Briefing\n\nLi Na:\nIn April, the Gansu Provincial People's Government donated 100,000 masks to the Akita Prefectural Government.\n",
			[]string{"gov/cn/gansu-provincial-peoples-government>gov/jp/akita-prefectural-government"}},
		{"another team after a team", "Briefing\n\nLi Na:\nChina sent a medical team to Kuwait. Another team will travel to the Maldives next month.\n",
			[]string{"country/cn>country/kw", "country/cn>country/mv"}},
		{"a panel member introduced by bare name speaks for the body named", "Briefing\n\nWang Li, director of the Department of Health, and Sun Wei, vice president of the Red Cross Society of China, answered questions.\n\nSun Wei:\nThe Singapore Red Cross handed over 1.5 million Singapore dollars to us.\n",
			[]string{"org/singapore-red-cross>org/rcsc"}},
		{"a panel member of a body speaks for it", "Briefing\n\nHan Mei, vice minister of science and technology, and Professor Liang Jun of Peking University attended.\n\nLiang Jun:\nOur team has shared its treatment data with doctors in Ecuador.\n",
			[]string{"org/peking-university>country/ec"}},
		{"a country's possessive before its body", "Briefing\n\nLi Na:\nIn January, Thailand's Department of Medical Sciences shared its testing data with China CDC.\n",
			[]string{"gov/th/department-of-medical-sciences>gov/cn/china-cdc"}},
		{"it after ', and' is the sentence's subject going on", "Briefing\n\nLi Na:\nThe National Health Commission has held a video conference with experts from the League of Arab States, and it has shared its plan with the Ministry of Health and Population of Egypt.\n",
			[]string{"gov/cn/national-health-commission>gov/eg/ministry-of-health-and-population", "gov/cn/national-health-commission>org/arab-league"}},
		{"bound to act is no act", "Briefing\n\nLi Na:\nOn Tuesday, under the chairmanship of Prime Minister Nguyen Xuan Phuc of Viet Nam, the Leaders adopted a Declaration committing ASEAN to a collective response, and they agreed to establish the COVID-19 ASEAN Response Fund.\n",
			nil},
		{"an organisation's help to its own country is help at home", "Briefing\n\nLi Na:\nThe Red Cross Society of China sent 10,000 masks to China's hospitals in Hubei and 5,000 to Italy.\n",
			[]string{"org/rcsc>country/it"}},
		{"goods given to the speaker's side, cleared at one of its airports", "Briefing\n\nLi Na:\n13 tonnes of medical supplies donated by the Kazakh government were cleared at Urumqi airport within two hours, and 200 tonnes of rice donated by Myanmar passed through the Ruili port on their way to Hubei.\n",
			[]string{"country/kz>country/cn", "country/mm>country/cn"}},
		{"we, said by a speaker whose label names a body after the name, is that body", "Briefing\n\nKenji Morita, spokesperson for the UN Refugee Agency (UNHCR): Thank you. We have received a contribution of 5 million Swiss francs from Switzerland.\n",
			[]string{"country/ch>org/unhcr"}},
		{"a body of a country whose name has an of", "Briefing\n\nLi Na:\nWe donated 10,000 test kits to the Ministry of Public Health of the Democratic Republic of the Congo.\n",
			[]string{"country/cn>gov/cd/ministry-of-public-health"}},
		{"a company whose name ends with Co.", "Briefing\n\nLi Na:\nIn February, the Japanese company Sakura Medical Co. donated 1 million masks to Hubei.\n",
			[]string{"org/sakura-medical-co>country/cn"}},
		{"a place that opens the sentence is no giver beside the subject", "Briefing\n\nLi Na:\nWithin Europe, the European Commission's rescEU stockpile has already delivered masks to Italy and Spain.\n",
			[]string{"org/european-commission>country/es", "org/european-commission>country/it"}},
		{"the bank is the bank named before", "Briefing\n\nLi Na:\nThe Asian Infrastructure Investment Bank approved a loan to Georgia. The bank has also provided 50 million dollars to Armenia.\n",
			[]string{"org/aiib>country/am", "org/aiib>country/ge"}},
		{"in a video conference of a region's officials with Chinese experts the Chinese side helps", "Briefing\n\nLi Na:\nOfficials and health experts from ten South Pacific Island Countries held a video conference with Chinese experts.\n",
			[]string{"country/cn>place/south-pacific-island-countries"}},
		{"in a video conference with a Chinese body the Chinese side helps", "Briefing\n\nLi Na:\nThe Ministry of Health of Armenia has held two video conferences with specialists of China's National Health Commission.\n",
			[]string{"gov/cn/national-health-commission>gov/am/ministry-of-health"}},
		{"all countries are no list", "Briefing\n\nLi Na:\nWe sent doctors to Mali and Niger. We will share our experience with all countries.\n",
			[]string{"country/cn>country/ml", "country/cn>country/ne"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actionsOf(t, x, tt.text); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("actions = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHost: whose briefing it is, and so whose "we" and "our" the turns
// say, even when another country is named more often: a dateline before
// the first turn, an organisation that opens the title, or whose
// headquarters the first labelled turn speaks from.
func TestHost(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string // actions that must be found, "provider>recipient"
	}{
		{"a country's short form opening the page's heading, before one of its bodies, is the host", "PNG COVID-19 National Control Centre\n\nCONTROLLER: New Zealand also provided a cargo of personal protective equipment last week.\n",
			[]string{"country/nz>country/pg"}},
		{"a ministry, a dash and its country heading the page: the country is the host", "MINISTRY OF HEALTH - TRINIDAD AND TOBAGO\n\nCMO: The Government of Cuba will send a brigade of 25 nurses next week. Last week we sent 100 oxygen cylinders to St. Vincent and the Grenadines.\n",
			[]string{"country/cu>country/tt", "country/tt>country/vc"}},
		{"the form of state in French before the country heading the page", "RÉPUBLIQUE DE CÔTE D'IVOIRE\n\nMinistère de la Santé\n\nDr Kouassi: Guinea, which has long experience of this disease, sent us 3,000 doses on Sunday. Guinea will send a further team of 10 vaccinators. Guinean experts are in Abidjan.\n",
			[]string{"country/gn>country/ci"}},
		{"the same with a bar and the country's article", "Ministry of Health | The Republic of Uganda\n\nPS: What I can confirm is that the British High Commission will deliver 500 oxygen cylinders before the end of the month.\n",
			[]string{"gov/gb/high-commission-of-the-united-kingdom>country/ug"}},
		{"the town that ends an address line in the heading is in the host country", "NATIONAL DISASTER RISK REDUCTION AND MANAGEMENT COUNCIL\nOffice of Civil Defense | Camp General Emilio Aguinaldo, Quezon City\n\nPRESS BRIEFING ON TYPHOON ODETTE\n\nRicardo Jalad: The United States has already helped. The Republic of Korea has pledged 1 million US dollars. The United States sent a team.\n",
			[]string{"country/kr>country/ph"}},
		{"the same with its name", "Kenya Ministry of Health daily briefing\n\nCS KAGWE: Japan has donated 200 ventilators.\n",
			[]string{"country/jp>country/ke"}},
		{"a guest minister's 'we' is the country of his post, not the host's", "Ministry of Foreign Affairs of Georgia\n\nJoint press conference of the Minister of Foreign Affairs of Georgia Davit Kapanadze and the Minister of Health of the Republic of Poland Marek Zieliński\n\nMinister Zieliński: Last month we also sent doses to Ukraine and Moldova.\n",
			[]string{"country/pl>country/ua", "country/pl>country/md"}},
		{"the outlet that published a page is no host", "NNT - National News Bureau of Thailand\nCCSA daily briefing, Bangkok\n\nDr. Taweesin: Thailand has 2,600 cases. The Chinese Embassy has donated 100,000 masks to the Department of Disease Control. Japan has donated ventilators. Thailand thanks them.\n",
			[]string{"country/jp>country/th"}},
		{"a possessive in an appositive describes the subject, it does not replace it", "Press conference\nGuatemala City, 15 April 2021\n\nAna Lopez: Mexico, our neighbour and friend, has donated 20 ventilators for our hospitals.\n",
			[]string{"country/mx>country/gt"}},
		{"it, after that, is the subject of what is told", "Press conference\nColombo, 28 May 2020\n\nDr. Anura Gunasekara: Good afternoon. USAID has informed us that it will deliver 100 ventilators in June.\n",
			[]string{"gov/us/usaid>country/lk"}},
		{"the Government, capitalised, is the speaker's", "Press conference\nColombo, 5 May 2020\n\nDr. Anura Gunasekara: Good afternoon. Last month the Government also provided US$50,000 in cash to the Philippine Red Cross for its relief work among poor communities in the Philippines.\n",
			[]string{"country/lk>org/philippine-red-cross"}},
		{"our ministry is the speaker's, not the other country's named just before", "Press conference\nColombo, 5 May 2020\n\nDr. Anura Gunasekara: Good afternoon. The Ministry of Health of Sri Lanka is at work. The Ministry of Health of Singapore has also shared with our ministry its experience in contact tracing.\n",
			[]string{"gov/sg/ministry-of-health>gov/lk/ministry-of-health"}},
		{"the organisation whose work the briefing is on is the host", "Press conference on the Red Cross Society of China's work in epidemic prevention and control\n\nHuang Weiping: The Government of Pakistan handed over 300,000 masks to our society. We have also donated 250,000 yuan in cash to the Iranian Red Crescent Society.\n",
			[]string{"country/pk>org/rcsc", "org/rcsc>org/iranian-red-crescent"}},
		{"a question's first sentence says nothing of whose briefing it is", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on June 24, 2020\n\nQ: Yesterday the US State Department designated four more Chinese media outlets as foreign missions. What is China's response?\n\nA: China urges the US to stop its wrong practice. Otherwise, China will make necessary responses.\n\nQ: Can you give us more details of the supplies that arrived in Kathmandu?\n\nA: The supplies were donated by Pakistan.\n",
			[]string{"country/pk>country/cn"}},
		{"a country's body known by its own acronym heading the page: its country is the host, and the English name it defines is the same body", "BNPB - Badan Nasional Penanggulangan Bencana (National Disaster Management Authority)\n\nMODERATOR: The head of the National Disaster Management Authority (BNPB) will speak.\n\nAGUS WIBISONO: Japan, through JICA, provided tents and sleeping mats. Australia has provided 1.5 million Australian dollars. The Japan Meteorological Agency has shared its analysis with us. Japan is a friend. The National Disaster Management Authority thanks them.\n",
			[]string{"country/au>country/id", "gov/jp/jica>country/id"}},
		{"the bodies of the heading's list of speakers are one country's: the host, even when another is named more often", "Federal Government | Regular Government Press Conference of 15 February 2023 (translation)\n\nSpeakers: Deputy Government Spokesperson Ulrike Brandl, Matthias Holtmann (Federal Foreign Office), Dr Felix Rau (Federal Ministry for Economic Cooperation and Development)\n\nHOLTMANN (AA): The Federal Agency for Technical Relief (THW) has flown 50 rescuers to Türkiye. On Friday the THW will also send 1,000 tents to Türkiye. Türkiye is grateful. Türkiye needs more.\n\nDR RAU (BMZ): Thank you.\n",
			[]string{"gov/de/federal-agency-for-technical-relief>country/tr"}},
		{"a dateline", "Special Media Briefing\nColombo, 03 June 2021\n\nDr. Anura Gunasekara: China has been generous. China sent vaccines in May, and this was handed over to the Ministry of Health. We also received doses from Japan. China and Japan are friends.\n",
			[]string{"country/jp>country/lk", "country/cn>gov/lk/ministry-of-health"}},
		{"a dateline with its weekday and hour", "Media Briefing\nThimphu, Friday, 16 July 2021, 3:00 PM\n\nDr. Tashi Penjor: India has been generous. India sent vaccines in March. We also received doses from Denmark. India and Denmark are friends.\n",
			[]string{"country/dk>country/bt"}},
		{"the Sultanate, said in Muscat", "Supreme Committee press conference\nMuscat, 2 July 2020\n\nDr. Salim Al-Harthy: The Sultanate has also contributed 1 million US dollars to the World Health Organization.\n",
			[]string{"country/om>org/who"}},
		{"a body every government has, with its country, in the title", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. We received 10,000 masks from China.\n",
			[]string{"country/cn>country/ie"}},
		{"a known company named with its holding's form gives", "SCIO press conference\nApril 1, 2020\n\nLin Xiaodong: Businesses have acted too. Fosun Holdings has donated 30,000 protective suits to Belarus, and Geely Holding Group has donated ventilators to Malaysia.\n",
			[]string{"org/fosun>country/by", "org/geely>country/my"}},
		{"companies named by their trade: Engineering, Construction, Medical Devices", "SCIO press conference\nMarch 28, 2020\n\nLi Xingqian:\nSinoroad Engineering has donated 10,000 masks to the Kenyan Ministry of Health. Huayu Construction handed over 100,000 masks to Cambodia. Jinyuan Medical Devices donated 20,000 syringes to Nepal.\n",
			[]string{"org/sinoroad-engineering>gov/ke/ministry-of-health", "org/huayu-construction>country/kh", "org/jinyuan-medical-devices>country/np"}},
		{"a body no gazetteer lists, with its country, in the title", "Press briefing of the Ministry of Health and Population of Nepal\nMay 3, 2015\n\nKhaga Raj Adhikari: We have received 200 tents from India.\n",
			[]string{"country/in>country/np"}},
		{"a body whose name says its country after 'Royal' is that country's", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on January 18, 2022\n\nQ: What has China done?\n\nA: China has provided police equipment to the Royal Solomon Islands Police Force.\n",
			[]string{"country/cn>gov/sb/royal-solomon-islands-police-force"}},
		{"a foreign ministry whose name is its country's alone, heading the page", "Ministry for Europe and Foreign Affairs\n\nPress briefing by the Spokesperson - 3 April 2020\n\nQ - What have you done?\n\nR - We have sent 1 million masks to Italy.\n",
			[]string{"country/fr>country/it"}},
		{"a ministry's name another government shares is the host's", "REPUBLIC OF ALBANIA\nMINISTRY FOR EUROPE AND FOREIGN AFFAIRS\n\nPress briefing, 6 April 2020\n\nSpokesperson: The Ministry for Europe and Foreign Affairs has sent 10,000 masks to Montenegro.\n",
			[]string{"gov/al/ministry-for-europe-and-foreign-affairs>country/me"}},
		{"the same in Switzerland", "Federal Department of Foreign Affairs\n\nPress conference, 3 April 2020\n\nSpokesperson: We have sent 1 million masks to Italy.\n",
			[]string{"country/ch>country/it"}},
		{"a body every government has, after its country's adjective, in the title", "Briefing by the Irish Ministry of Foreign Affairs\n\nSpokesperson: We received 10,000 masks from China.\n",
			[]string{"country/cn>country/ie"}},
		{"a giver after a possessive", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. We received a grant of 2 million euros from Australia's Department of Foreign Affairs and Trade. Italy received ventilators from South Korea's Ministry of Health.\n",
			[]string{"gov/au/dfat>country/ie", "gov/kr/ministry-of-health>country/it"}},
		{"the one thanked gave", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. We are grateful to China for donating 3 million masks.\n",
			[]string{"country/cn>country/ie"}},
		{"hand sanitiser is no handing over; what the receiver distributes is its own use", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. UNICEF has also sent hand sanitiser and soap, which we are distributing to the outer islands.\n",
			[]string{"org/unicef>country/ie"}},
		{"goods handed over in a relative clause are their giver's", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. The second donation of the Government of the People's Republic of China arrived at Dublin airport: 500,000 surgical masks and 10,000 test kits, which were handed over to the Ministry of Health.\n",
			[]string{"country/cn>gov/ie/ministry-of-health"}},
		{"a known body of another country keeps its country; only a name every government has is the host's", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. A plane of the King Salman Humanitarian Aid and Relief Centre (KSrelief) landed at Dublin airport carrying 30 ventilators. The Ministry of Health thanked it.\n",
			[]string{"gov/sa/ksrelief>country/ie"}},
		{"money disbursed to support the budget", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. Last week the International Monetary Fund (IMF) disbursed 126 million dollars under its Rapid Credit Facility to support the budget.\n",
			[]string{"org/imf>country/ie"}},
		{"it, after told us, is the subject of what is told", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. And Japan has told us it will provide 50 million yen in emergency grant aid to Ireland through UNICEF.\n",
			[]string{"country/jp>country/ie"}},
		{"an infinitive after how is no receiver", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. Two of our laboratory technicians were trained online by the Pacific Community (SPC) this week on how to run the tests.\n",
			[]string{"org/spc>country/ie"}},
		{"the subject after a comma is no part of the name before it", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. At the request of the Government of the Union of the Comoros, Ireland has sent five laboratory specialists to Moroni.\n",
			[]string{"country/ie>country/km"}},
		{"an organisation's training, said by the receiver", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. The Pan American Health Organization (PAHO) has trained 45 nurses and doctors from the regional hospitals in critical care.\n",
			[]string{"org/paho>country/ie"}},
		{"the government, after a word of time, is the speaker's", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. The government today decided to donate protective equipment worth 1 million euros to Montenegro.\n",
			[]string{"country/ie>country/me"}},
		{"to the country is the speaker's", "Press briefing of the Ministry of Foreign Affairs of Ireland, April 9, 2020\n\nSpokesperson: Good afternoon. We thank the World Health Organization, which has provided 10,000 swabs and transport media to the country.\n",
			[]string{"org/who>country/ie"}},
		{"the Board, at a bank's briefing, is the bank; each amount's receiver of a list", "World Bank press briefing on South Asia\n\nMODERATOR: Good morning.\n\nHartwig Schafer: Under the fast-track facility, the Board has approved $1 billion for India, $180 million for Pakistan and $6 million for Maldives.\n",
			[]string{"org/world-bank>country/in", "org/world-bank>country/pk", "org/world-bank>country/mv"}},
		{"a country named alone on the first line is the host", "FEDERATED STATES OF MICRONESIA\nNational Government COVID-19 Task Force\n\nTRANSCRIPT OF PRESS CONFERENCE, July 30, 2020\n\nSecretary Kilafwasru: Good afternoon. The Government of Japan handed over medical equipment worth 300 million yen under its grant aid programme.\n",
			[]string{"country/jp>country/fm"}},
		{"a site's line that ends with a country's government, the briefing about another country", "Beehive.govt.nz\nThe official website of the New Zealand Government\n\nTranscript: Foreign Minister's press conference on the Tonga response\n\nMahuta: Tonga is hit hard. In Tonga the damage is great. We will send water containers to Niue and the Cook Islands.\n",
			[]string{"country/nz>country/nu", "country/nz>country/ck"}},
		{"a country alone on the page's second line", "OFFICE OF THE PRIME MINISTER\nANTIGUA AND BARBUDA\n\nPOST-CABINET PRESS BRIEFING\n\nCHIEF OF STAFF GILLARD: Good morning. Cuba has sent a brigade of 20 nurses. Cuba and Japan are friends of Cuba.\n",
			[]string{"country/cu>country/ag"}},
		{"an organisation's name over the page's first two lines", "UNITED NATIONS\nOffice for the Coordination of Humanitarian Affairs (OCHA)\n\nVirtual press briefing\nNew York, 8 October 2020\n\nSpokesman: Good morning. Denmark has contributed 5 million dollars.\n",
			[]string{"country/dk>org/ocha"}},
		{"an organisation that opens the title", "IFRC press briefing on the floods in eastern Libya\n\nKarim Haddad: Libya is hit hard. In Libya, Derna is flooded. We have shared guidance with the Libyan Red Crescent.\n",
			[]string{"org/ifrc>org/libyan-red-crescent"}},
		{"the headquarters the first turn speaks from, named after the organisation", "COVID-19 Virtual Press conference\n\nTarik Jasarevic: Good afternoon from WHO headquarters in Geneva.\n\nDr Tedros Adhanom Ghebreyesus: In Brazil cases rise. I thank Kuwait for its contribution of 40 million US dollars. Brazil is hit hard.\n",
			[]string{"country/kw>org/who"}},
		{"the headquarters the first turn speaks from", "COVID-19 Virtual Press conference\n\nTarik Jasarevic: Good evening from the headquarters of the World Health Organization in Geneva.\n\nDr Tedros Adhanom Ghebreyesus: In Brazil cases rise. Japan has announced that it will provide 11 million US dollars for our work in the most fragile settings. Brazil is hit hard.\n",
			[]string{"country/jp>org/who"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "h.txt", Data: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			got := actionPairs(res.Quads)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no action %s in %v", w, got)
				}
			}
		})
	}
}

// actionsOf extracts text (a briefing in China) and returns its actions as
// "provider>recipient" IRI paths, sorted.
// TestXizang checks that Xizang, as China's briefings now name Tibet, is
// China's in a briefing of another host.
func TestXizang(t *testing.T) {
	x := newExtractor(t)
	text := "Press briefing of the Ministry of Foreign Affairs of Nepal\n\nSpokesperson Sharma:\nLast week, 3,000 tents were sent by the People's Government of Xizang Autonomous Region to Nepal.\n"
	res, err := x.Extract(extract.Input{Name: "np.txt", Data: []byte(text), Country: "NP"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(actionPairs(res.Quads), ","), "gov/cn/peoples-government-of-xizang-autonomous-region>country/np"; got != want {
		t.Errorf("actions = %s, want %s", got, want)
	}
}

func actionsOf(t *testing.T, x *extract.Extractor, text string) []string {
	t.Helper()
	res, err := x.Extract(extract.Input{Name: "p.txt", Data: []byte(text), Country: "CN"})
	if err != nil {
		t.Fatal(err)
	}
	return actionPairs(res.Quads)
}

// actionPairs are the actions of quads as "provider>recipient" IRI paths, sorted.
func actionPairs(qs []quad.Quad) []string {
	prov, rec := map[string]string{}, map[string]string{}
	for _, q := range qs {
		p := quad.ToString(q.Predicate)
		switch {
		case strings.HasSuffix(p, "#provider>"):
			prov[quad.ToString(q.Subject)] = strings.TrimPrefix(string(q.Object.(quad.IRI)), "https://briefgraph.dev/id/")
		case strings.HasSuffix(p, "#recipient>"):
			rec[quad.ToString(q.Subject)] = strings.TrimPrefix(string(q.Object.(quad.IRI)), "https://briefgraph.dev/id/")
		}
	}
	var got []string
	for a, p := range prov {
		got = append(got, p+">"+rec[a])
	}
	sort.Strings(got)
	return got
}

// TestSubjectGoesOn checks that "it" after ", when" or ", and" stands for
// the clause's subject, whose act it tells, typed by its own verb.
func TestSubjectGoesOn(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract(extract.Input{Name: "s.txt", Data: []byte("Briefing\n\nLi Na:\nMalaysia helped us a lot in February, when it donated 18 million rubber gloves to China.\n"), Country: "CN"})
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, q := range res.Quads {
		if strings.HasSuffix(quad.ToString(q.Predicate), "#aidType>") {
			types = append(types, graph.Literal(q.Object))
		}
	}
	if got := actionPairs(res.Quads); strings.Join(got, ",") != "country/my>country/cn" || strings.Join(types, ",") != "supplies" {
		t.Errorf("actions %v of types %v, want Malaysia's supplies to China", got, types)
	}
}

// TestQualifiers checks that a country named only to qualify a body or an
// organisation neither gives nor receives.
func TestQualifiers(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, want string }{
		{"Briefing\n\nLi Na:\nSinovac has worked with Brazil's Butantan Institute on a phase III trial.\n", "org/sinovac>gov/br/butantan-institute"},
		{"Briefing\n\nLi Na:\nThe Palestinian Ministry of Health received masks from Turkey.\n", "country/tr>gov/ps/ministry-of-health"},
	} {
		if got := strings.Join(actionsOf(t, x, tt.text), ","); got != tt.want {
			t.Errorf("%q: actions = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestModerator checks that a "MODERATOR:" label is the person the
// introduction names as moderator.
func TestModerator(t *testing.T) {
	x := newExtractor(t)
	text := "DFA Briefing\n\nPresent: Assistant Secretary Liza Maglaya. Moderator: Director Aileen Cruz, Office of Strategic Communications.\n\nMODERATOR: Good morning.\n\nASEC. MAGLAYA: Thank you.\n"
	res, err := x.Extract(extract.Input{Name: "m.txt", Data: []byte(text), Country: "PH"})
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]bool{}
	for _, q := range res.Quads {
		if strings.HasSuffix(quad.ToString(q.Predicate), "#speaker>") {
			speakers[strings.TrimPrefix(string(q.Object.(quad.IRI)), "https://briefgraph.dev/id/person/")] = true
		}
	}
	if !speakers["aileen-cruz"] || !speakers["liza-maglaya"] || len(speakers) != 2 {
		t.Errorf("speakers = %v, want aileen-cruz and liza-maglaya", speakers)
	}
}

// TestRoleLabels checks that a label naming a post is the person the
// introduction gives that post, named after it or before it.
func TestRoleLabels(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, want string }{
		{"Weekly press briefing\n\nModerator, Isatu Bangura (Director of Communications, MIC): Good morning. With us are the Minister of Information, Ibrahim Conteh, and the Deputy Minister of Health, Dr. Aminata Turay.\n\nDr. Turay: Thank you.\n\nBangura: Next, Sierra Leone Broadcasting Corporation.\n\nSLBC: Minister, is Government in talks?\n\nMinister Conteh: No.\n\nBangura: Last question, Politico.\n\nPolitico SL: Deputy Minister, what support is coming from the region?\n\nDr. Turay: The region has helped.\n", "isatu-bangura,aminata-turay,isatu-bangura,ibrahim-conteh,isatu-bangura,aminata-turay"},
		{"Weekly Media Briefing\n\nThe weekly media briefing was conducted by the Ministry Spokesperson and Additional Secretary (Public Communications), Ms. Dilrukshi Wickramasinghe, together with the Director General (Economic Affairs), Mr. Ruwan Senanayake.\n\nSpokesperson: Good afternoon.\n\nDG Senanayake: Thank you.\n", "dilrukshi-wickramasinghe,ruwan-senanayake"},
		{"NATIONAL BRIEFING\n\nMODERATOR: Good afternoon. I am Tunde Akinola of the Steering Committee. On the high table we have the Chairman of the Committee, Alhaji Musa Garba; the Director General of the Nigeria Centre for Disease Control (NCDC), Dr. Chinedu Okafor; and the Executive Director of the National Primary Health Care Development Agency (NPHCDA), Dr. Aisha Bello. Chairman, sir.\n\nCHAIRMAN: Thank you.\n\nMODERATOR: ED NPHCDA.\n\nED NPHCDA: Thank you.\n\nMODERATOR: DG NCDC.\n\nDG NCDC: Thank you.\n", "tunde-akinola,musa-garba,tunde-akinola,aisha-bello,tunde-akinola,chinedu-okafor"},
		{"Press conference\n\nModerator: Good morning. With us is Dr. Ana Solís.\n\nDr. Solís: Hello.\n\nModerator: Diario Libre, from the Dominican Republic.\n\nDiario Libre: The season begins in June. Is the region prepared?\n\nDr. Solís: It is.\n\nModerator: Thank you all.\n", "ana-solis,ana-solis"},
		{"Weekly briefing\n\nThe briefing was conducted by Ms. Nahida Rahman, Director General and Official Spokesperson of the Ministry.\n\nOfficial Spokesperson: Good afternoon.\n", "nahida-rahman"},
		{"Media briefing\nColombo, 16 October 2024\n\nDeputy Director (Media), Ms. Nilmini Jayawardena: Good morning. The Director General of the Disaster Management Centre, Rear Admiral (Retd.) Ajith Wickramasuriya, will brief you first.\n\nDG: Thank you, Nilmini.\n", "nilmini-jayawardena,ajith-wickramasuriya"},
		{"Interview given by M. Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, to \"France Inter\" (Paris, 14 April 2020)\n\nQ - What is France doing for Ethiopia?\n\nFrance has sent a medical team to Ethiopia. We will continue.\n\nQ - And Senegal?\n\nWe delivered medical equipment to Senegal.\n", "jean-yves-le-drian,jean-yves-le-drian"},
		{"Press briefing by Agnès von der Mühll, Spokesperson (Paris, 14 April 2020)\n\nQ - What is France doing for Ethiopia?\n\nFrance has sent a medical team to Ethiopia.\n", "agnes-von-der-muhll"},
		{"Daily Press Briefing - 9 April 2020\n\nStatements by the Spokesperson, Agnès von der Mühll\n\nMrs von der Mühll - Good afternoon.\n\nQ - Has France sent masks?\n\nMrs von der Mühll - Yes.\n", "agnes-von-der-muhll,agnes-von-der-muhll,agnes-von-der-muhll"},
		{"Press conference on Yunnan's cooperation\n\nThe State Council Information Office held a press conference in Kunming. The press conference was presided over by Shou Xiaoli, spokesperson of the SCIO.\n\nModerator: Good afternoon.\n\nYang Jiaming: Thank you.\n", "shou-xiaoli,yang-jiaming"},
		{"Transcript of the press conference by the Minister for Foreign Trade and Development Cooperation, Marieke Verhoef, and the State Secretary for Kingdom Relations, Pieter Bosman\n\nA - Good afternoon.\n\nQ - NOS. Will you?\n\nBOSMAN - Yes.\n", "marieke-verhoef,pieter-bosman"},
		{"Press conference of the National Health Commission\n\nModerator: Good afternoon. I am Hu Qiang, spokesperson of the NHC. Joining us is Ms. Yao Xiaolan.\n\nModerator: First, Ms. Yao.\n\nYao Xiaolan: Thank you.\n", "hu-qiang,hu-qiang,yao-xiaolan"},
		{"SCIO press conference on vaccines\n\nThe SCIO held a press conference. Mr. Qiao Shuwen, vice president of Sinopharm, attended.\n\ntechnology is the key. Sinopharm has trained 80 vaccinators in Sierra Leone.\n\nHu Songtao:\nThank you, Mr. Qiao. Now, questions please.\n", "qiao-shuwen,hu-songtao"},
		{"SCIO press conference in Harbin\n\nThe SCIO held a press conference. Sun Dongmei, vice governor of Heilongjiang, attended.\n\nXi Yanchun:\nThank you, Ms. Sun. Now the floor is open for questions.\n", "xi-yanchun"},
		{"Briefing by Government Spokesperson Eleni Papadaki\n\nGovernment Spokesperson Eleni Papadaki: Good afternoon.\n\nJournalist (ERT): A question.\n\nE. Papadaki: An answer.\n", "eleni-papadaki,eleni-papadaki"},
		{"TRANSCRIPT OF THE PRESS CONFERENCE\nSpeaker: Dato' Seri Saifuddin Abdullah, Minister of Foreign Affairs\n\nMinister: Good morning. I represented the Prime Minister, Dato' Sri Ismail Sabri Yaakob.\n", "saifuddin-abdullah"},
		{"Prime Minister\nThe Hon Scott Morrison MP\n\nTRANSCRIPT\n\nSUBJECTS: Vaccines\n\nPRIME MINISTER: Good morning. I spoke with Prime Minister Narendra Modi.\n", "scott-morrison"},
		{"WEEKLY PRESS BRIEFING\n\nThe briefing was delivered by the Spokesperson, Teuku Faizasyah, and moderated by Ayu Kartika, Deputy Director for Public Information.\n\nMC: Good afternoon.\n\nCITI FM: Will you share vaccines?\n\nKhaosod English: Can you confirm?\n", "ayu-kartika"},
		{"Press conference\n\nThe press conference was held with the Minister of State for Media Affairs and Government Spokesperson, Hani Al-Majali, and the Minister of Planning and International Cooperation, Rania Haddadin.\n\nGovernment Spokesperson: Good afternoon.\n\nMinister of Planning: Thank you.\n", "hani-al-majali,rania-haddadin"},
		{"Noon briefing\n\nThe following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\nSpokesman: Good afternoon.\n\nQuestion: Prime Minister Ariel Henry said Haiti needs no troops. Will you comment?\n\nSpokesman: No.\n", "stephane-dujarric,stephane-dujarric"},
		{"Virtual media briefing\n\nSpeakers: H.E. Thanit Srisuwan, Deputy Secretary-General.\nModerator: Ms. Nguyen Thu Ha, Community Relations Division.\n\nModerator: Good afternoon.\n\nThe Jakarta Post: Will ASEAN help?\n\nModerator: Next question.\n", "nguyen-thu-ha,nguyen-thu-ha"},
		{"Press Briefing\n\nPresent: Dasho Pema Chhoden, Secretary, Ministry of Health; Dr. Tashi Penjor, Programme Manager. Moderated by Sonam Yangzom, Chief Information and Media Officer.\n\nModerator: Welcome.\n\nDasho Pema Chhoden: Thank you.\n", "sonam-yangzom,dasho-pema-chhoden"},
		{"Press conference\n\nThe press conference was chaired by Yang Berhormat Dr. Haji Zainal Abidin bin Haji Omar, Minister of Health, accompanied by Yang Berhormat Dato Paduka Haji Rosli bin Haji Yusof, Minister of Foreign Affairs II.\n\nMinister of Health: Good afternoon.\n\nMinister of Foreign Affairs II: Thank you, Yang Berhormat.\n", "haji-zainal-abidin-bin-haji-omar,haji-rosli-bin-haji-yusof"},
		{"Press conference\n\nParticipants: Gonzalo Terceros Vaca, Minister of Health. Moderator: Carla Mendieta, Director of Communication of the Ministry of Health.\n\nModerator: Good afternoon.\n", "carla-mendieta"},
		{"MINISTRY OF FOREIGN AFFAIRS OF UKRAINE\n\nBriefing by the Spokesperson of the Ministry of Foreign Affairs of Ukraine Oleh Marchenko\nKyiv, 25 March 2021\n\nSpokesperson: Good afternoon, colleagues.\n", "oleh-marchenko"},
		{"Weekly Press Briefing by the Director-General of the Department of Information and Spokesperson of the Ministry of Foreign Affairs\n\nMs. Natthaporn Srisuk, Director-General of the Department of Information and Spokesperson of the Ministry of Foreign Affairs, briefed the media.\n\nSpokesperson: Good morning.\n", "natthaporn-srisuk"},
		{"Virtual Press Briefing\n\nPresent: Undersecretary Ramon Castañeda. Moderator: Director Aileen Cruz, Office of Strategic Communications.\n\nModerator: Good morning.\n", "aileen-cruz"},
		{"Virtual press briefing\n\nMODERATOR (Mohamed Ali Hersi, Communication Officer): Good morning.\n\nDr. Halima Abdi Farah: Thank you.\n\nMODERATOR: Last question, from VOA Somali.\n\nVOA Somali: Dr. Halima, will you help Somalia?\n\nDr. Halima Abdi Farah: Yes.\n", "mohamed-ali-hersi,halima-abdi-farah,mohamed-ali-hersi,halima-abdi-farah"},
		{"Daily press conference\n\nSpeaker: Datuk Dr. Azlan Hamid, Director-General of Health Malaysia\n\nDG: Good evening.\n", "azlan-hamid"},
		{"MINISTRY OF HEALTH MALAYSIA\n\nThe press conference was conducted by the Minister of Health, Dato' Sri Dr. Khairul Anuar Hassan.\n\nMINISTER: Good evening.\n", "khairul-anuar-hassan"},
		{"Ministry of Finance of Indonesia\n\nThe press conference was given by the Minister of Finance, Sri Mulyani Indrawati.\n\nMINISTER: Good evening.\n", "sri-mulyani-indrawati"},
		{"SCIO press conference on vaccines\n\nChairperson:\nMs. Xu Mengyao, spokesperson of the State Council Information Office (SCIO)\n\nModerator:\nGood morning. Mr. Deng, please.\n\nDeng Yuanqing:\nThank you.\n", "xu-mengyao,deng-yuanqing"},
		{"Briefing\n\nSpeakers: Dauren Serikbayev, Vice Minister of Healthcare.\nModerator: Yerlan Dzhaksybekov.\n\nModerator: Good morning.\n", "yerlan-dzhaksybekov"},
		{"Media briefing\n\nProgramme Director: Thank you, Minister. We will now take questions. Namibian Sun.\n\nNamibian Sun: Minister, does the donation come with conditions?\n\nDr Kalumbi Shangula: No, it does not.\n", "kalumbi-shangula"},
		{"Press conference\n\nParticipants: Minister of Foreign Affairs, Ricardo Ossandón Vial.\n\nMr. OSSANDÓN (Minister of Foreign Affairs).- Good afternoon.\n\nJournalist (La Tercera).- Did you reject it?\n", "ricardo-ossandon-vial"},
		{"Ministry of Foreign Affairs of Ethiopia\n\nBi-weekly Press Briefing by the Spokesperson, Ambassador Dina Mufti\n\nAmbassador Dina Mufti:\nGood morning.\n\nOn the GERD: Ethiopia is committed to the talks.\n\nQuestion from EBC: Is the dam ready?\n\nAmbassador Dina: Yes, it is ready.\n", "dina-mufti,dina-mufti,dina-mufti"},
		{"Presidential Communications Operations Office\n\nPRESS BRIEFING OF PRESIDENTIAL SPOKESPERSON SECRETARY HARRY ROQUE\n\nSEC. ROQUE: Good afternoon. China has donated vaccines.\n", "harry-roque,harry-roque"},
		{"Press briefing\n\nPhilippe Goffin: Thank you. We sent masks to Burundi.\n\nLe Soir: Minister Goffin, there is a debate about China. Some say its donations are propaganda. Others disagree. What is your view?\n\nPhilippe Goffin: I welcome every gesture.\n", "philippe-goffin,philippe-goffin"},
		{"Press briefing\n\nDr. Pandup Tshering: Good afternoon.\n\nKuensel: Is it safe to mix vaccines? Some parents are also asking about vaccines for children.\n\nDr. Pandup Tshering: It is safe.\n\nBusiness Bhutan: Many Bhutanese working in Kuwait want to come home. Will there be flights, and who will pay?\n\nDr. Pandup Tshering: Yes.\n", "pandup-tshering,pandup-tshering,pandup-tshering"},
		{"Government press conference of 3 April 2020\n\nSpeakers: Deputy Government Spokesperson Ulrike Hanssen, Annika Lohmeyer (Federal Ministry of Health), Lieutenant Colonel Markus Brede (Federal Ministry of Defence)\n\nChair: Dr Jana Winter\n\nCHAIR WINTER: Good morning.\n\nSRS'IN HANSSEN: Thank you.\n\nLOHMEYER (BMG): Thank you.\n\nBREDE (BMVg): The Bundeswehr will send doctors to Italy.\n", "jana-winter,ulrike-hanssen,annika-lohmeyer,markus-brede"},
		{"Press conference by Chairman NDMA\n\nParticipants: Lt Gen Tariq Mehmood, Chairman National Disaster Management Authority; Dr. Ayesha Siddiqui, Executive Director, National Institute of Health.\n\nChairman NDMA: Thank you all for coming.\n\nDr. Siddiqui: Thank you.\n", "tariq-mehmood,ayesha-siddiqui"},
		{"Government press conference\n\nMinister of Health, Labour and Social Protection Natalia Rusu and Secretary General of the Government Vasile Ciobanu presented the decisions. The press conference was moderated by the head of the Government's press service, Daniela Munteanu.\n\nModerator: Good afternoon.\n\nMinister of Health: Good afternoon.\n\nSecretary General: Thank you.\n", "daniela-munteanu,natalia-rusu,vasile-ciobanu"},
		{"Press conference\n\nParticipants: Dr. Andrés Villacís Mora, Minister of Public Health; Mónica Salgado Jaramillo, head of the Ministry of Foreign Affairs and Human Mobility.\n\nHEALTH MINISTER: Good evening.\n\nFOREIGN MINISTER: Thank you, Minister.\n", "andres-villacis-mora,monica-salgado-jaramillo"},
		{"Press conference\n\nPresent: Chief Executive Officer of the Ministry of Foreign Affairs and Trade Tauiliili Elisara Tafunai.\n\nCEO Tauiliili: Thank you.\n", "tauiliili-elisara-tafunai"},
		{"Press briefing\n\nThe briefing was chaired by the Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Camille Richards-Boyd, with the Minister of Health and Wellness, Dr. the Hon. Desmond Haughton.\n\nFOREIGN AFFAIRS MINISTER: Good afternoon.\n\nHEALTH MINISTER: Thank you.\n", "camille-richards-boyd,desmond-haughton"},
		{"Government press conference\n\nSpeakers: Mathias Kessler, Federal Foreign Office; Lieutenant Colonel Jonas Reuter, Federal Ministry of Defence\n\nChair: Hanna Körber\n\n[Chair Körber] Good morning.\n\n[Kessler, Federal Foreign Office] We gave 10 million euros.\n\n[Lieutenant Colonel Reuter, Federal Ministry of Defence] The Bundeswehr will fly patients.\n", "hanna-korber,mathias-kessler,jonas-reuter"},
		{"Ministry of Climate Change\n\nThe Federal Minister for Climate Change, Senator Ayesha Rauf Khan, and the Chairman of the National Disaster Management Authority (NDMA), Lieutenant General Tariq Mehmood, addressed the media.\n\nHON. MINISTER: Thank you all for coming.\n\nCHAIRMAN NDMA: Thank you, Madam Minister.\n", "ayesha-rauf-khan,tariq-mehmood"},
		{"Press briefing\n\nThe briefing was moderated by Ato Yonas Bekele, Public Relations Director of the Ministry of Health.\n\nModerator: Good morning.\n\nProf. Dr. Mahbubur Rahman Chowdhury (Director General of Health Services): Thank you.\n", "yonas-bekele,mahbubur-rahman-chowdhury"},
		{"ZBC News Online\nINTERVIEW: \"Every dose counts\" - Deputy Health Minister on vaccines\n\nZBC News spoke to the Deputy Minister of Health, Dr Rumbidzai Chiweshe.\n\nZBC News: Where do our vaccines come from?\n\nDr Chiweshe: From China.\n", "rumbidzai-chiweshe"},
		{"Weekly press conference of the Cabinet spokesman\n\nThe press conference was held with Counsellor Tarek El-Sherbini, the official spokesman of the Cabinet, and was moderated by Dina Samir of the Cabinet Media Centre.\n\nModerator: Good afternoon. The cabinet meeting was chaired by Prime Minister Mostafa Madbouly.\n\nSpokesman: Thank you, Dina.\n\nModerator: Questions, please.\n", "dina-samir,tarek-el-sherbini,dina-samir"},
		{"Special Briefing\n\nOPERATOR: Good afternoon. I would now like to turn the conference over to your host, Mr. Thomas Reyes. Please go ahead.\n\nMODERATOR: Thank you, and thanks to everyone for joining.\n", "thomas-reyes"},
		{"Press conference after the Council of Ministers\n\nParticipants: the Minister for Territorial Policy and Government Spokesperson, Lucía Ferrán; the Minister for Foreign Affairs, European Union and Cooperation, Teresa Albaladejo; and the Minister of Health, Javier Ortuño.\n\nMinister for Foreign Affairs: Thank you, Lucía.\n", "teresa-albaladejo"},
		{"Media conference\n\nPresent: the National Pandemic Controller and Commissioner of Police, David Manning; the Minister for Health, Jelta Wong.\n\nCONTROLLER: Good afternoon.\n", "david-manning"},
		{"Government press conference\n\nSpeakers: Katrin Adler, Federal Foreign Office; Jana Fuchs, Federal Ministry of the Interior\n\nFUCHS: On the operational side, the THW has flown tents to Türkiye.\n", "jana-fuchs"},
	} {
		res, err := x.Extract(extract.Input{Name: "r.txt", Data: []byte(tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range res.Quads {
			if strings.HasSuffix(quad.ToString(q.Predicate), "#speaker>") {
				got = append(got, strings.TrimPrefix(string(q.Object.(quad.IRI)), "https://briefgraph.dev/id/person/"))
			}
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("%q: speakers %v, want %s", tt.text, got, tt.want)
		}
	}
}

// TestNames checks the names of organisations and bodies that no gazetteer
// lists in full: a known name inside a longer one, "Federal Ministry of …",
// a possessive before a body.
func TestNames(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, sentence string
		want, not      []string
	}{
		{"a US combatant command is a body of the United States", "The United States Southern Command (SOUTHCOM) delivered two field hospitals to the Ministry of Health, and AFRICOM flew tents to Malawi.",
			[]string{"United States Southern Command", "United States Africa Command", "Malawi"}, []string{"Southern Command"}},
		{"an agency whose name holds a country's alias as a word names the country; USAID does not", "Irish Aid has sent tents to Malawi, and USAID has pledged four oxygen plants to Uganda.",
			[]string{"Irish Aid", "Ireland", "USAID"}, []string{"United States"}},
		{"a post's fields after its comma are no holder's name", "The Commissioner, Emergency Preparedness and Response, Dr. Sarah Nakibuuka, said that oxygen had arrived.",
			[]string{"Sarah Nakibuuka"}, []string{"Emergency Preparedness"}},
		{"agencies whose names end with their country's", "Natural Resources Canada is sharing seismic data with Haiti, and Geoscience Australia is sharing damage maps with Fiji.",
			[]string{"Natural Resources Canada", "Geoscience Australia"}, nil},
		{"vaccine, development and defence bodies the gazetteer lists", "The International Coordinating Group on Vaccine Provision approved doses for Mozambique, Portugal gave through the Camões Institute, the South African National Defence Force lent helicopters, and the Copernicus Emergency Management Service mapped the floods.",
			[]string{"International Coordinating Group on Vaccine Provision", "Camões Institute", "South African National Defence Force", "Copernicus Emergency Management Service"}, nil},
		{"a conjunction opening the sentence is no word of an organisation's name", "And Hokkaido University is conducting joint research with the National University of Mongolia.",
			[]string{"Hokkaido University"}, []string{"And Hokkaido University"}},
		{"a fire and rescue corps is a body, a press corps is not", "The Xizang Fire and Rescue Corps trained 60 Nepali rescuers, and the Malacañang Press Corps asked about it.",
			[]string{"Xizang Fire and Rescue Corps"}, []string{"Malacañang Press Corps"}},
		{"a Chinese region's People's Government, Xizang as Tibet", "The People's Government of Guangxi Zhuang Autonomous Region donated masks to Vietnam, and 3,000 tents were sent by the People's Government of Xizang Autonomous Region to Nepal.",
			[]string{"People's Government of Guangxi Zhuang Autonomous Region", "People's Government of Xizang Autonomous Region", "Vietnam", "Nepal"}, []string{"People's Government", "Government of Guangxi"}},
		{"a company named only as the giver, at the head of its clause", "Among the companies, Mozal donated 10,000 litres of chlorine to Malawi. Telma has donated 200 million ariary to Madagascar. And Sonangol made 500 million kwanzas available to Angola. I thank the private sector: Airtel Malawi has donated 500 solar lamps to Malawi.",
			[]string{"Mozal", "Telma", "Sonangol", "Airtel Malawi"}, nil},
		{"no giver's name in a pronoun, a post, a plural, a people or a word the text writes in lower case", "Everyone donated. Donors have contributed 5 million euros to Haiti. Ambassador Wang Yanlin donated masks to Guinea. Vaccines China donated to Sierra Leone will be shipped next week; those vaccines are welcome. Overseas Chinese have contributed a great deal; they live overseas.",
			[]string{"Wang Yanlin"}, []string{"Everyone", "Donors", "Ambassador Wang Yanlin", "Vaccines China", "Overseas Chinese"}},
		{"a body whose fields end with a serial comma", "Our Bureau of Population, Refugees, and Migration has also contributed $15 million to UNHCR.",
			[]string{"Bureau of Population, Refugees, and Migration"}, []string{"Bureau of Population, Refugees"}},
		{"a company named before the word company", "The Arax Telecom company has transferred 100 million drams to the Lori Regional Administration.",
			[]string{"Arax Telecom", "Lori Regional Administration"}, nil},
		{"an association named after the word, its last letter accented", "The Senegalese community in Italy, through the association Sunugal Solidarité, sent us 30 oxygen concentrators.",
			[]string{"Sunugal Solidarité"}, []string{"Sunugal Solidarit"}},
		{"where a company is based is no name", "The Geneva-based company Medisuisse SA donated 50,000 test kits to Ukraine.",
			[]string{"Medisuisse SA"}, []string{"Geneva-based"}},
		{"foundations named in Romance languages, their head first", "In addition, the Fundación Mediterránea de Salud donated 10,000 blankets to AFAD, and the Fondazione Banca del Tirreno donated 40 ventilators.",
			[]string{"Fundación Mediterránea de Salud", "Fondazione Banca del Tirreno"}, []string{"Salud"}},
		{"an organisation named by its head word alone", "Our Ministry of Health will share its protocol with Bolivia at a meeting of the Andean Health Organisation.",
			[]string{"Andean Health Organisation", "Bolivia"}, []string{"Andean"}},
		{"a province's government, its 'Government' capitalised", "In February, the Government of Mendoza Province in Argentina donated masks and gloves to Hubei.",
			[]string{"Government of Mendoza Province", "Argentina"}, []string{"Mendoza"}},
		{"a region's government before the region's name", "The mining company donated two oxygen plants to the Regional Government of Arequipa.",
			[]string{"Regional Government of Arequipa"}, []string{"Regional Government", "Arequipa"}},
		{"a company with particles in its name and a legal form", "The mining company Minera Andina del Sur S.A. donated two oxygen plants to the hospital.",
			[]string{"Minera Andina del Sur S.A."}, []string{"Andina", "Minera Andina"}},
		{"the same without its legal form, called a company before it", "The company Minera Andina del Sur donated 500 oxygen cylinders to the Regional Government of Moquegua.",
			[]string{"Minera Andina del Sur"}, []string{"Andina", "Minera Andina"}},
		{"a company named after its city, with its full form", "Hefei Huaxin Medical Equipment Co., Ltd. donated 40 ventilators to the Ministry of Health of Uganda.",
			[]string{"Hefei Huaxin Medical Equipment Co., Ltd."}, []string{"Hefei Huaxin Medical Equipment Co."}},
		{"a company's legal form is part of its name", "I also thank Vatukoula Holdings Limited, which donated 250,000 dollars to the Ministry of Health, and the pharmaceutical company Farmaceutici Valtellina S.p.A. donated 300,000 masks to the Department.",
			[]string{"Vatukoula Holdings Limited", "Farmaceutici Valtellina S.p.A."}, []string{"Vatukoula Holdings", "Farmaceutici Valtellina S"}},
		{"a legal form without dots ends a company's name", "A Dutch company, Van Rijn Pompen BV, lent us ten pumps, and Müller Medizintechnik GmbH donated masks to B-FAST.",
			[]string{"Van Rijn Pompen BV", "Müller Medizintechnik GmbH", "Belgian First Aid and Support Team"}, nil},
		{"a company's country after 'of' is where it is from, not its name", "Hanseong Pharmaceutical of the Republic of Korea delivered 300,000 masks to China.",
			[]string{"Hanseong Pharmaceutical", "Republic of Korea"}, []string{"Hanseong Pharmaceutical of the Republic of Korea"}},
		{"a people's association in a country: the country is part of its name and named", "The Federation of Chinese Associations in Thailand donated 2 million baht to the China Charity Federation.",
			[]string{"Federation of Chinese Associations in Thailand", "Thailand"}, []string{"Federation of Chinese Associations"}},
		{"a hyphenated compound of peoples opens a name and names both countries", "In Bangkok, the Thai-Chinese Chamber of Commerce raised 5 million baht for the Chinese Red Cross.",
			[]string{"Thai-Chinese Chamber of Commerce", "Thailand"}, []string{"Chamber of Commerce"}},
		{"Spain's regional governments by their own names", "The Generalitat Valenciana has sent 10 tonnes of food to Honduras, and the Xunta de Galicia sent masks to Portugal.",
			[]string{"Generalitat Valenciana", "Xunta de Galicia"}, nil},
		{"a body's name ends before the comma that the clause's subject follows", "At the request of the Iraqi Ministry of Health, Iran shipped 1,200 tonnes of liquid oxygen to Iraq.",
			[]string{"Ministry of Health", "Iran"}, []string{"Ministry of Health, Iran"}},
		{"a body's name ends before ', and the' and the next clause's subject", "The Alibaba Foundation has donated test kits to the Department of Disease Control, and the Singapore Red Cross handed over 200 oxygen concentrators to the Thai Red Cross Society.",
			[]string{"Department of Disease Control", "Singapore Red Cross"}, []string{"Department of Disease Control, and the Singapore Red Cross"}},
		{"an electronics company, then its country after 'of'; a rescue NGO", "Hanbit Electronics of the Republic of Korea has donated 30 million yuan to the Hubei Charity Federation, and the Blue Sky Rescue Team went to Türkiye.",
			[]string{"Hanbit Electronics", "Republic of Korea", "Blue Sky Rescue Team"}, []string{"Hanbit Electronics of the Republic of Korea"}},
		{"a company named after what it is, with no article", "Chinese company Yutong has donated 10 water tanker trucks to the Matanzas Provincial Government.",
			[]string{"Yutong"}, nil},
		{"a company named after what the sentence calls it", "Yesterday the telephone operator Orange Burkina gave 100 million CFA francs to the Ministry of Health, and the company Dalmacija Medika donated 10,000 rapid tests.",
			[]string{"Orange Burkina", "Dalmacija Medika"}, nil},
		{"the UN's emergency fund and the Central Sahel", "The Central Emergency Response Fund (CERF) allocated 20 million dollars to the Central Sahel and to West and Central Africa.",
			[]string{"Central Emergency Response Fund", "Central Sahel", "West and Central Africa"}, []string{"Sahel", "Central Africa"}},
		{"the Palestinian Authority is a body of Palestine", "China will also provide a new batch of anti-epidemic supplies to the Palestinian Authority.",
			[]string{"Palestinian Authority"}, nil},
		{"UN missions and the Taliban", "In Juba, the UN Mission in South Sudan (UNMISS) handed over 3,000 litres of hand sanitizer to the Ministry of Health, and UNIFIL helped Lebanon. The Taliban said nothing.",
			[]string{"United Nations Mission in South Sudan", "United Nations Interim Force in Lebanon", "Taliban"}, []string{"United Nations"}},
		{"a region's government, as the foreign ministry writes it", "The supplies were donated by the government of the Xinjiang Uygur Autonomous Region to Pakistan, and the government of Yunnan Province sent rice to Laos.",
			[]string{"government of the Xinjiang Uygur Autonomous Region", "government of Yunnan Province"}, []string{"Xinjiang", "Yunnan Province"}},
		{"a post's number is no name", "The conference was chaired by Dato Paduka Haji Rosli bin Haji Yusof, Minister of Foreign Affairs II. The Minister of Foreign Affairs II thanked Japan.",
			[]string{"Haji Rosli bin Haji Yusof"}, []string{"II", "Paduka Haji Rosli bin Haji"}},
		{"an emergency service of a country", "The State Emergency Service of Ukraine thanked Poland, and the State Fire Service sent tents.",
			[]string{"State Emergency Service of Ukraine", "State Fire Service"}, nil},
		{"a ministry's building is no body", "The press conference was held at the Ministry of Health Building, Bandar Seri Begawan.",
			[]string{"Ministry of Health"}, []string{"Ministry of Health Building, Bandar Seri Begawan", "Ministry of Health Building"}},
		{"national Red Cross and Red Crescent societies named in full, not the movement", "The Republic of Korea National Red Cross sent 30,000 protective suits, and the Red Cross Society of Mongolia and the Red Crescent Society of the United Arab Emirates delivered masks.",
			[]string{"Republic of Korea National Red Cross", "Red Cross Society of Mongolia", "Red Crescent Society of the United Arab Emirates"}, []string{"International Red Cross and Red Crescent Movement"}},
		{"one word and another before a body's head is one name; a party and a government are two", "The Crisis and Support Centre of the Ministry shipped equipment to Senegal, and the Party and Government of the Lao PDR thanked China.",
			[]string{"Crisis and Support Centre"}, []string{"Support Centre", "Party and Government"}},
		{"a centre of a field, and a commission for one thing against another, named in full; not a centre of a ministry", "The National Centre of Public Health trained epidemiologists from Tajikistan, and the Federal Commission for the Protection against Sanitary Risk shared its protocols with Peru. The Crisis and Support Centre of the Ministry shipped masks to Mali.",
			[]string{"National Centre of Public Health", "Federal Commission for the Protection against Sanitary Risk", "Crisis and Support Centre"}, []string{"National Centre", "Federal Commission for the Protection", "Crisis and Support Centre of the Ministry"}},
		{"a foundation named after a company", "The Tencent Charity Foundation donated masks to the United States.",
			[]string{"Tencent Charity Foundation"}, []string{"Tencent"}},
		{"a national Red Cross society", "It thanked the Indonesian Red Cross Society and the Red Crescent Society of the Islamic Republic of Iran.",
			[]string{"Indonesian Red Cross Society", "Red Crescent Society of the Islamic Republic of Iran"}, []string{"International Red Cross and Red Crescent Movement"}},
		{"a known name longer than the pattern's", "The National Institute for Public Health and the Environment (RIVM) has shared its testing strategy with the Surinamese Ministry of Health.",
			[]string{"National Institute for Public Health and the Environment"}, nil}, // it panicked
		{"a body whose name says its two-letter country", "The US Agency for International Development (USAID) has provided 5.9 million dollars to India.",
			[]string{"United States Agency for International Development"}, nil}, // not a Nigerian body of that name
		{"national Red Cross societies", "The Haitian Red Cross and the Netherlands Red Cross thanked the International Red Cross.",
			[]string{"Haitian Red Cross", "Netherlands Red Cross"}, []string{"International Red Cross"}},
		{"an organisation known by what the sentence says it is", "Since January, Aeon, a Japanese retail group, donated 1 million masks to Hubei, and the Ministry, a body of the government, thanked it.",
			[]string{"Aeon"}, []string{"Ministry"}},
		{"an organisation known by what the sentence says it is, a city in its name", "Seoul Bio-Diagnostics, a Korean company, donated 30,000 test kits to Kenya.",
			[]string{"Seoul Bio-Diagnostics"}, []string{"Bio-Diagnostics"}},
		{"a bureau of a field; not a party's political bureau", "The Bureau of International Health Cooperation held video conferences with Brunei. Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central Foreign Affairs Commission Wang Yi will visit Italy.",
			[]string{"Bureau of International Health Cooperation"}, []string{"Bureau of the CPC Central Committee"}},
		{"a known company with a country after it is its branch there", "Huawei Peru handed over 5,000 protective suits to the Ministry of Health, and MTN Ghana donated 5 million Ghana cedis.",
			[]string{"Huawei Peru", "MTN Ghana"}, []string{"Huawei", "Peru", "MTN Group"}},
		{"an honorific after a comma ends a body's name", "We have with us the Executive Secretary of the Ministry of Health, Dr. Roberto Saldanha.",
			[]string{"Ministry of Health"}, []string{"Ministry of Health, Dr"}},
		{"a possessive before an organisation", "CSIRO is running joint trials with Indonesia's Eijkman Institute.",
			[]string{"Eijkman Institute"}, []string{"Indonesia's Eijkman Institute"}},
		{"research institutes are the state's", "Sinovac has worked with Brazil's Butantan Institute, and the Center for Genetic Engineering and Biotechnology has shared data with the Ghana News Agency.",
			[]string{"Butantan Institute", "Center for Genetic Engineering and Biotechnology"}, []string{"News Agency"}},
		{"an army named by its country", "The PLA donated vaccines to the Pakistan Army, and the Indian Navy shipped oxygen to the Ministry of Health.",
			[]string{"Pakistan Army", "Indian Navy", "Ministry of Health"}, []string{"Army", "Navy"}},
		{"a body's full name begins with its country's name, not with its adjective", "The Kenya Medical Supplies Authority received tents from the China Earthquake Administration, the Turkey Ministry of Foreign Affairs and the Iranian Red Crescent Society, while the Pakistan Water and Power Development Authority trained engineers.",
			[]string{"Kenya Medical Supplies Authority", "China Earthquake Administration", "Ministry of Foreign Affairs"}, []string{"Medical Supplies Authority", "Earthquake Administration", "Pakistan Water"}},
		{"a ministry for a field, a region in its name", "Experts shared guidelines with Malta's Ministry for Health, and the Ministry for Europe and Foreign Affairs donated masks.",
			[]string{"Ministry for Health", "Ministry for Europe and Foreign Affairs"}, nil},
		{"an organisation of a pattern ends before \"and the\"", "The Council of Arab Health Ministers and the World Health Organization met in Cairo.",
			[]string{"Council of Arab Health Ministers", "World Health Organization"}, nil},
		{"a country's Red Cross society named with \"of\"", "TIKA handed over 1,500 food packages to the Red Cross of Montenegro.",
			[]string{"Red Cross of Montenegro"}, nil},
		{"two fields of study in a name; a company by its full name", "Experts from Fujian Agriculture and Forestry University trained farmers, and Anhui Zhifei Longcom Biopharmaceutical ran trials with Sinovac and Butantan Institute.",
			[]string{"Fujian Agriculture and Forestry University", "Anhui Zhifei Longcom Biopharmaceutical", "Butantan Institute"}, []string{"Forestry University", "Sinovac and Butantan Institute"}},
		{"flood and drought in one name", "Our Regional Flood and Drought Management Centre shared flood maps with Viet Nam.",
			[]string{"Regional Flood and Drought Management Centre"}, []string{"Regional Flood", "Drought Management Centre"}},
		{"an embassy in lower case", "The Chinese embassy in the UK donated masks.",
			[]string{"Embassy of China in the UK", "Chinese embassy in the UK"}, nil},
		{"a speakers block", "Speakers: Deputy Government Spokesperson Katrin Vogelsang; Tobias Reinhardt (Federal Foreign Office); Dr Jana Kolbe (Federal Ministry of Health).",
			[]string{"Federal Foreign Office", "Federal Ministry of Health", "Jana Kolbe"}, []string{"Deputy Government"}},
		{"a body and another country's body after its adjective, joined by and the", "The Ministry of Health of Kazakhstan and the Russian Ministry of Health have been carrying out joint research on antibodies.",
			[]string{"Ministry of Health"}, []string{"Ministry of Health of Kazakhstan and the Russian Ministry of Health"}},
		{"a body and a known one after it, joined by and", "The Kazakh Ministry of Health and Rospotrebnadzor have been carrying out joint research on antibodies.",
			[]string{"Ministry of Health", "Federal Service for Surveillance on Consumer Rights Protection and Human Wellbeing"}, nil},
		{"a list of bodies, the next after a comma and the", "We held video conferences with the Ministry of Health of Cambodia, the Ministry of Health of Myanmar and the Iraqi Ministry of Health.",
			[]string{"Ministry of Health"}, []string{"Ministry of Health of Cambodia, the Ministry of Health"}},
		{"a body's name in a heading in capitals; a post in one is no body", "COVID-19 PRESS CONFERENCE - MINISTRY OF HEALTH AND WELLNESS\nOFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL\nThe Digicel Foundation donated 10 ventilators to the Ministry.",
			[]string{"Ministry of Health and Wellness"}, []string{"Office of the Spokesperson for the Secretary-General"}},
		{"a company after its country's adjective; a name with digits is not cut", "The Spanish company Inditex has donated 300,000 masks to the Ministry of Health, and the UAE company G42 set up a joint venture.",
			[]string{"Inditex"}, []string{"G"}},
		{"European regions' and cities' governments by their kind", "The Lombardy Region, the Canton of Geneva, Land Tyrol, the Free State of Bavaria and the Municipality of Amsterdam took in patients.",
			[]string{"Lombardy Region", "Canton of Geneva", "Land Tyrol", "Free State of Bavaria", "Municipality of Amsterdam"}, nil},
		{"a body and a provincial government joined by and", "The Chinese government donated masks to the Ministry of Public Health of Thailand and the Yunnan Provincial Government also sent suits.",
			[]string{"Ministry of Public Health", "Yunnan Provincial Government"}, []string{"Ministry of Public Health of Thailand and the Yunnan Provincial Government"}},
		{"an honorific between a title and a name", "Foreign Minister Dr. Mohammad Javad Zarif has written to the Secretary-General.",
			[]string{"Mohammad Javad Zarif"}, []string{"Dr"}},
		{"a name with an Arabic article", "The Iraqi Minister of Health Hassan al-Tamimi received the first shot.",
			[]string{"Hassan al-Tamimi"}, []string{"Hassan"}},
		{"a last word after ', and' is no part of a body", "The Ministry of Health has shared its regimen with Cuba's Ministry of Public Health, and Vietnamese doctors will hold a consultation.",
			[]string{"Ministry of Public Health"}, []string{"Ministry of Public Health, and Vietnamese"}},
		{"a research unit named after a university", "The Oxford University Clinical Research Unit is conducting joint research with the National Hospital for Tropical Diseases.",
			[]string{"Oxford University Clinical Research Unit", "National Hospital for Tropical Diseases"}, []string{"Oxford University"}},
		{"a country an organisation's name opens or ends with", "Hygiene kits were donated by the Moroccan Red Crescent, and the Serum Institute of India shipped doses.",
			[]string{"Moroccan Red Crescent", "Morocco", "Serum Institute of India", "India"}, nil},
		{"ranks, honorifics and activists as titles", "We thank His Excellency Muhammadu Buhari for his leadership. He met Colonel Assimi Goïta. The democracy activist Agnes Chow was arrested. They must meet Daw Aung San Suu Kyi. Samdech Techo Hun Sen received the vaccine.",
			[]string{"Muhammadu Buhari", "Assimi Goïta", "Agnes Chow", "Aung San Suu Kyi", "Hun Sen"}, []string{"Techo Hun Sen"}},
		{"the General Assembly is no general", "Credentials are a matter for the General Assembly.",
			nil, []string{"Assembly"}},
		{"a central bank is a public body of its country", "The Central Bank of Iran has requested 5 billion dollars from the IMF.",
			[]string{"Central Bank of Iran"}, []string{"Bank of Iran"}},
		{"a post and a name in apposition", "As you know, the Minister for Foreign Affairs, Retno Marsudi, has been in constant communication.",
			[]string{"Retno Marsudi"}, nil},
		{"an agency for a purpose", "The Chilean Agency for International Development Cooperation (AGCID) is running a course.",
			[]string{"Chilean Agency for International Development Cooperation"}, []string{"Chilean Agency"}},
		{"a police force is a public body", "The equipment was handed over to the Royal Solomon Islands Police Force.",
			[]string{"Royal Solomon Islands Police Force"}, nil},
		{"a province's government is a body", "Thanks to the support of the World Bank, the Government of the Province of Buenos Aires will receive 35 million dollars.",
			[]string{"Government of the Province of Buenos Aires"}, nil},
		{"a post then a body is no person", "Speakers: Dr. Howard Lindqvist, Vice-President, Public Health Agency of Canada (PHAC).",
			[]string{"Howard Lindqvist"}, []string{"Public Health Agency"}},
		{"outlets named in a question or by the operator", "Briefing\n\nOperator: Next question, from La Presse. Go ahead.\n\nQuestion: Good afternoon, Jorge Medina from El Universal. Will you help?\n\nLi Na: Yes.\n",
			[]string{"La Presse", "El Universal"}, nil},
		{"companies by the words of their trade", "Huaxin Medical Technology Co. donated ventilators, Kunlun Biotech is testing a vaccine, and Nordstrand Motors gave money.",
			[]string{"Huaxin Medical Technology Co.", "Kunlun Biotech", "Nordstrand Motors"}, nil},
		{"two bodies joined by and", "The NHC held video conferences with the Ministry of Health of Azerbaijan and the Ministry of Labour, Health and Social Affairs of Georgia.",
			[]string{"Ministry of Health of Azerbaijan", "Ministry of Labour, Health and Social Affairs"}, []string{"Ministry of Health of Azerbaijan and the Ministry of Labour, Health and Social Affairs"}},
		{"Malay honorifics", "The Prime Minister, Dato' Sri Ismail Sabri Yaakob, thanked Tan Sri Muhyiddin Yassin.",
			[]string{"Ismail Sabri Yaakob"}, []string{"Dato' Sri Ismail Sabri Yaakob", "Sri Ismail Sabri Yaakob"}},
		{"of a country, of a region", "The NMPA shared reports with the Medicines Control Authority of Zimbabwe, and the People's Government of Tibet Autonomous Region sent oxygen to Nepal; the Government of Japan gave masks.",
			[]string{"Medicines Control Authority of Zimbabwe", "People's Government of Tibet Autonomous Region"}, []string{"Government of Japan"}},
		{"centres are bodies, press centres places", "Zhu Lan of the Foreign Economic Cooperation Center spoke at the Accra International Press Centre, and the International Poverty Reduction Center in China ran courses.",
			[]string{"Foreign Economic Cooperation Center", "International Poverty Reduction Center in China"}, []string{"Accra International Press Centre", "International Press Centre", "Press Centre"}},
		{"a local government in lower case", "The Hebei provincial government donated masks to Hungary, the Shanghai municipal government sent suits to Iran and the Tibet Autonomous Region government sent oxygen to Nepal.",
			[]string{"Hebei provincial government", "Shanghai municipal government", "Tibet Autonomous Region government"}, nil},
		{"a defence force", "The Australian Defence Force (ADF) has flown test kits to Vanuatu.",
			[]string{"Australian Defence Force"}, nil},
		{"a company named after another", "China Railway Construction Corporation donated masks to Nigeria.",
			[]string{"China Railway Construction Corporation"}, []string{"China State Railway Group"}},
		{"Federal Ministry of", "The Federal Ministry of Defence and Indonesia's Ministry of Health held a video conference.",
			[]string{"Federal Ministry of Defence", "Ministry of Health"}, []string{"Ministry of Federal", "Federal Ministry of Defence and Indonesia's Ministry of Health"}},
		{"a ministry and an embassy, two universities, a ministry and a demonym, joined by and", "The Ministry of Foreign Affairs and the Chinese Embassy in Mozambique are in contact. The University of Oxford and Makerere University Lung Institute will jointly conduct a trial. The Ministry of Health of Uzbekistan and the Chinese company carried out trials.",
			[]string{"Ministry of Foreign Affairs", "Chinese Embassy in Mozambique", "University of Oxford", "Makerere University Lung Institute", "Ministry of Health"},
			[]string{"Ministry of Foreign Affairs and the Chinese Embassy in Mozambique", "University of Oxford and Makerere University Lung Institute", "Ministry of Health of Uzbekistan and the Chinese"}},
		{"a general directorate", "Tents were handed over to the General Directorate of Civil Emergencies.",
			[]string{"General Directorate of Civil Emergencies"}, []string{"General Directorate"}},
		{"a university named after a city", "The China Academy of Chinese Medical Sciences and the University of Milan have started a joint study.",
			[]string{"University of Milan"}, nil},
		{"a people's committee is a body", "The Ha Noi People's Committee provided 200,000 US dollars to Vientiane Capital in Laos.",
			[]string{"Ha Noi People's Committee"}, nil},
		{"our institute, our laboratory", "Our Medical Research Institute has shared the results, and our National Public Health and Reference Laboratory trained scientists from Liberia.",
			[]string{"Medical Research Institute", "National Public Health and Reference Laboratory"}, []string{"Our Medical Research Institute"}},
		{"the Pacific is a region", "Australia will help countries in the Pacific.",
			[]string{"Pacific"}, nil},
		{"the Pacific Ocean is no region", "The ship crossed the Pacific Ocean.",
			nil, []string{"Pacific"}},
		{"a national institute named after a known one", "The WHO has provided the Pasteur Institute of Algeria with 20,000 test reagents, and the Pasteur Institute shared data.",
			[]string{"Pasteur Institute of Algeria", "Pasteur Institute"}, nil},
		{"an embassy after a dotted abbreviation", "Last week the U.S. Embassy in Manila turned over 50 ventilators to the Department of Health.",
			[]string{"U.S. Embassy in Manila"}, nil},
		{"a known ministry's full name with its country", "China donated 5,000 test kits to the Ministry of Health, Labour and Welfare of Japan.",
			[]string{"Ministry of Health, Labour and Welfare of Japan"}, nil},
		{"a country's name cut after its first word", "The Gyeonggi Provincial Government of the Republic of Korea donated masks, the Chinese Embassy in the Republic of Korea delivered gloves, the Embassy of China in the Democratic Republic of the Congo sent tents, and the Chinese Embassy in Trinidad and Tobago sent kits.",
			[]string{"Gyeonggi Provincial Government", "Chinese Embassy in the Republic of Korea", "Embassy of China in the Democratic Republic of the Congo", "Chinese Embassy in Trinidad and Tobago"}, []string{"Gyeonggi Provincial Government of the Republic", "Embassy of China in the Republic"}},
		{"a known agency named with its country's word names the country", "The French Development Agency (AFD) has given us a grant, and Irish Aid sent tents.",
			[]string{"French Development Agency", "France", "Irish Aid", "Ireland"}, nil},
		{"a board is a body, a body's board is not", "Singapore delivered test kits to Indonesia's National Board for Disaster Management, the Estonian Health Board thanked Finland, and the Commission Board met.",
			[]string{"National Board for Disaster Management", "Health Board"}, []string{"Commission Board"}},
		{"a longer name than the one every government has", "Our experts trained 45 officials of the Ministry of Finance and Development Planning of Liberia, and the Ministry of Health and the Ministry of Defence thanked them.",
			[]string{"Ministry of Finance and Development Planning", "Ministry of Health", "Ministry of Defence"}, []string{"Ministry of Health and the Ministry of Defence"}},
		{"a ministry's list of fields ends with 'and the'", "The Caribbean Development Bank has approved a grant to the Ministry of Health, Wellness and the Environment.",
			[]string{"Ministry of Health, Wellness and the Environment"}, []string{"Ministry of Health, Wellness"}},
		{"a foreign ministry is also named after its country", "The Chinese Embassy handed over ventilators to Kenya's Ministry of Health and to the Ugandan Ministry of Health; our Ministry of Defence sent tents.",
			[]string{"Ministry of Health of Kenya", "Ministry of Health of Uganda", "Ugandan Ministry of Health", "Ministry of Defence"}, []string{"Ministry of Defence of Nigeria"}},
		{"an embassy in a city is its country's, not the city's", "The Embassy of the People's Republic of China in Port Moresby has donated masks, and the Embassy of Brazil in Beirut sent food.",
			[]string{"Embassy of the People's Republic of China in Port Moresby", "Embassy of Brazil in Beirut"}, []string{"Embassy of the People's Republic of China of Papua New Guinea in Port Moresby", "Embassy of Brazil of Lebanon in Beirut"}},
		{"a data-sharing initiative", "The Chinese CDC has shared the genome sequences with the Global Initiative on Sharing All Influenza Data (GISAID).",
			[]string{"Global Initiative on Sharing All Influenza Data", "GISAID"}, nil},
		{"an embassy's name ends before the body it hands over to", "A donation of 30 ventilators was handed over by the Chinese Embassy to the Ministry of Health last week.",
			[]string{"Chinese Embassy", "Ministry of Health"}, []string{"Chinese Embassy to the Ministry of Health"}},
		{"a heading is no body", "Ministry of Health Briefing on the epidemic.",
			[]string{"Ministry of Health"}, []string{"Ministry of Health Briefing"}},
		{"a high commission in a city of three words, also named without it", "The High Commission of India in Dar es Salaam has handed over two tonnes of medicines.",
			[]string{"High Commission of India in Dar es Salaam", "High Commission of India"}, nil},
		{"a mission named after a country that takes the article", "The US Embassy in Manila handed over masks, and the British Embassy donated kits.",
			[]string{"Embassy of the United States in Manila", "Embassy of the United States", "Embassy of the United Kingdom"}, []string{"Embassy of United States in Manila", "Embassy of United Kingdom"}},
		{"a region's government named by the region's full name and a lower-case title", "The Xinjiang Uygur Autonomous Region government donated masks to Kazakhstan, and the Guangxi Zhuang Autonomous Region government sent rice to Laos.",
			[]string{"Xinjiang Uygur Autonomous Region government", "Guangxi Zhuang Autonomous Region government"}, nil},
		{"a state's health secretariat", "Venezuela sent oxygen cylinders to the Amazonas State Health Secretariat.",
			[]string{"Amazonas State Health Secretariat"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "n.txt", Data: []byte("Briefing\n\nLi Na:\n" + tt.sentence + "\n"), Country: "NG"})
			if err != nil {
				t.Fatal(err)
			}
			names := map[string]bool{}
			for _, q := range res.Quads {
				if p := quad.ToString(q.Predicate); strings.HasSuffix(p, "/name>") || strings.HasSuffix(p, "/alternateName>") {
					names[graph.Literal(q.Object)] = true
				}
			}
			for _, n := range tt.want {
				if !names[n] {
					t.Errorf("no entity named %q in %v", n, names)
				}
			}
			for _, n := range tt.not {
				if names[n] {
					t.Errorf("an entity named %q in %v", n, names)
				}
			}
		})
	}
}

// TestKnownAcronymDefined checks that a body the text names in full, then
// by an acronym in brackets that the gazetteer knows, is one node: the
// gazetteer's, with the full name as another of its names.
func TestKnownAcronymDefined(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract(extract.Input{Name: "bnpb.txt", Data: []byte("Briefing\n\nLi Na:\nThe National Disaster Management Authority (BNPB) received tents from Japan. The National Disaster Management Authority thanked Japan.\n"), Country: "ID"})
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string][]string{}
	for node, names := range nodeNames(res) {
		if strings.Contains(node, "/gov/") {
			bodies[node] = names
		}
	}
	names := bodies["<https://briefgraph.dev/id/gov/id/bnpb>"]
	if len(bodies) != 1 || !slices.Contains(names, "National Disaster Management Authority") {
		t.Errorf("bodies = %v, want only gov/id/bnpb, also named National Disaster Management Authority", bodies)
	}
}

// nodeNames returns the names (schema:name and schema:alternateName) of
// each node of res, by the node's IRI as N-Quads write it.
func nodeNames(res *extract.Result) map[string][]string {
	names := map[string][]string{}
	for _, q := range res.Quads {
		if p := quad.ToString(q.Predicate); strings.HasSuffix(p, "/name>") || strings.HasSuffix(p, "/alternateName>") {
			names[quad.ToString(q.Subject)] = append(names[quad.ToString(q.Subject)], graph.Literal(q.Object))
		}
	}
	return names
}

// TestAcronymOfALongerName checks that an acronym in brackets after a
// country that ends a longer name ("Électricité de France (EDF)", "the
// National Public Health Institute of Liberia (NPHIL)") is no name of the
// country, while a country's own ("the Democratic Republic of the Congo
// (DRC)") is.
func TestAcronymOfALongerName(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract(extract.Input{Name: "edf.txt", Data: []byte("Briefing\n\nLi Na:\nEngineers from Électricité de France (EDF) will train technicians in Ukraine. EDF is a company. Aid reached the Democratic Republic of the Congo (DRC). The DRC thanked us.\n")})
	if err != nil {
		t.Fatal(err)
	}
	names := nodeNames(res)
	if fr := names["<https://briefgraph.dev/id/country/fr>"]; slices.Contains(fr, "EDF") {
		t.Errorf("France is named %v, EDF among them", fr)
	}
	if cd := names["<https://briefgraph.dev/id/country/cd>"]; !slices.Contains(cd, "DRC") {
		t.Errorf("the Congo is named %v, not DRC", cd)
	}
}

// TestPersons checks that each person is one node, however the document
// writes their name: in full, with an initial, by title and surname.
func TestPersons(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ name, text, want string }{
		{"an initial in a later label", "Press conference of Government Spokesman Tomasz Zawadzki\n\nTomasz Zawadzki, Government Spokesman: I now give the floor to Minister Sobczak.\n\nPaweł Sobczak, Deputy Minister of the Interior: Thank you.\n\nP. Sobczak: Not at this stage.\n",
			"pawel-sobczak,tomasz-zawadzki"},
		{"a name followed by its post after a comma; an honorific, a title or a country before it is no part of it", "Briefing notes\n\nJens Laerke, spokesperson for the Office for the Coordination of Humanitarian Affairs, said that teams had arrived. Present: Ambassador Rhonda Beckles, Director General; Hon. Carlton Persaud, Minister of Foreign Affairs. A message came from the President of Kazakhstan Kassym-Jomart Tokayev, head of state since 2019. I'm Xi Yanchun, spokesperson of the office.\n",
			"carlton-persaud,jens-laerke,kassym-jomart-tokayev,rhonda-beckles,xi-yanchun"},
		{"a label names the holder of the post, not who the holder introduced", "Virtual press briefing\n\nThe briefing was opened by Stéphane Dujarric, Spokesman for the Secretary-General, who introduced Hanna Lindqvist, Director of the Coordination Division of OCHA.\n\nSpokesman: Good morning. Ms. Lindqvist, the floor is yours.\n\nMs. Lindqvist: Thank you, Stéphane.\n",
			"hanna-lindqvist,stephane-dujarric"},
		{"a post with more fields after its comma, then the name; a post of a body named, then the name", "Press conference\n\nMinister of Health, Labour and Social Protection Natalia Rusu opened it. The Minister of Health, Labour and Welfare, Katsunobu Kato, spoke. Minister of Foreign Affairs of the Republic of Serbia Ivica Dačić and Secretary-General of the United Nations António Guterres wrote. The Minister of Health, Public Hygiene and Universal Access to Care thanked the Director of UNICEF Supply Division.\n",
			"antonio-guterres,ivica-dacic,katsunobu-kato,natalia-rusu"},
		{"a post of fields no title list holds, then the name, with no comma", "Press conference\n\nMinister of Ecology and Environment Huang Runqiu will attend. Pakistan's Federal Minister for Water Resources Tariq Hameed said that Pakistan thanks China. The Deputy Minister of Foreign Affairs Ambassador Elif Karaca spoke. The Minister of Health Services Division thanked us.\n",
			"elif-karaca,huang-runqiu,tariq-hameed"},
		{"the head of a known body of China's, then the name, and another post and name", "Press conference\n\nDirector of the Office of the Central Foreign Affairs Commission Wang Yi and State Councilor and Foreign Minister Qin Gang attended the events.\n",
			"qin-gang,wang-yi"},
		{"a company after a post of a body is no name", "Press conference\n\nSong Minghai, vice president of China Railway Container Transport Corp., briefed the press.\n",
			"song-minghai"},
		{"a post with a body after the name is no person", "Press conference\n\nParticipants: Executive Director of the Chilean Agency for International Development Cooperation (AGCID), Gonzalo Fuenzalida Rojas.\n\nMr. FUENZALIDA (Executive Director, AGCID).- Thank you. AGCID is running a course for nurses from Bolivia.\n",
			"fuenzalida"},
		{"every honorific before a name, after a post or before it, is no part of it", "Press briefing\n\nThe briefing was addressed by the Minister of Health, Hon. Dr. Chimwemwe Banda, and the Secretary for Health, Dr Mtemwa Phiri. The Chinese Ambassador, H.E. Mr. Yang Xin, handed over masks.\n\nMme Agnès von der Mühll, Deputy Spokesperson\n\nM. Olivier Gauvin, Director of Press\n\nMme Agnès von der Mühll: Good afternoon.\n",
			"agnes-von-der-muhll,chimwemwe-banda,mtemwa-phiri,olivier-gauvin,yang-xin"},
		{"a post's fields after its comma are no surname; a title before a surname is one", "Press briefing\n\nChaired by Martine Dufresne, Chief, Press and External Relations Section, United Nations Information Service. King Salman thanked the Director, Dr. Karim Haddad.\n\nMartine Dufresne: Good morning.\n",
			"karim-haddad,martine-dufresne,salman"},
		{"a diplomat's rank between the post and the name", "Weekly briefing\n\nCairo - Cabinet spokesperson Counsellor Nader Saad held the weekly briefing.\n\nSaad: Good afternoon.\n",
			"nader-saad"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "p.txt", Data: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range res.Quads {
				if o, ok := q.Object.(quad.IRI); ok && strings.HasSuffix(string(o), "/Person") && strings.HasSuffix(quad.ToString(q.Predicate), "#type>") {
					got = append(got, strings.TrimPrefix(quad.ToString(q.Subject), "<https://briefgraph.dev/id/person/"))
				}
			}
			for i := range got {
				got[i] = strings.TrimSuffix(got[i], ">")
			}
			slices.Sort(got)
			if strings.Join(got, ",") != tt.want {
				t.Errorf("persons = %v, want %s", got, tt.want)
			}
		})
	}
}

// TestClasses checks the class given to names no gazetteer lists.
func TestClasses(t *testing.T) {
	x := newExtractor(t)
	text := "Briefing\n\nLi Na:\nSinovac has worked with Brazil's Butantan Institute, the Center for Genetic Engineering and Biotechnology spoke to the Ghana News Agency, and the Tencent Charity Foundation gave masks.\n"
	res, err := x.Extract(extract.Input{Name: "c.txt", Data: []byte(text), Country: "NG"})
	if err != nil {
		t.Fatal(err)
	}
	class, name := map[string]string{}, map[string]string{}
	for _, q := range res.Quads {
		switch p := quad.ToString(q.Predicate); {
		case strings.HasSuffix(p, "#type>"):
			class[quad.ToString(q.Subject)] = graph.LocalName(string(q.Object.(quad.IRI)))
		case strings.HasSuffix(p, "/name>") || strings.HasSuffix(p, "/alternateName>"):
			name[graph.Literal(q.Object)] = quad.ToString(q.Subject)
		}
	}
	for n, want := range map[string]string{
		"Butantan Institute": "GovernmentOrganization",
		"Center for Genetic Engineering and Biotechnology": "GovernmentOrganization",
		"Tencent Charity Foundation":                       "Organization",
	} {
		if got := class[name[n]]; got != want {
			t.Errorf("%s is a %q, want %s", n, got, want)
		}
	}
	if _, ok := name["Ghana News Agency"]; ok && class[name["Ghana News Agency"]] == "GovernmentOrganization" {
		t.Errorf("Ghana News Agency is a government body")
	}
}

// TestPlaces checks that aid told by where it went reaches the country of
// the town or province, and that a town's name that stands for something
// else makes no place.
func TestPlaces(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct {
		name, sentence string
		want           []string // "provider>recipient"
	}{
		{"the people of a province", "China delivered drinking water to the people of Luang Prabang.", []string{"country/cn>country/la"}},
		{"the quake-hit province of", "The Chinese Embassy delivered 1,000 tents to the quake-hit province of Paktika.", []string{"gov/cn/embassy-of-china>country/af"}},
		{"a province named with its type", "Medicines were delivered by China to hospitals in Balkh province.", []string{"country/cn>country/af"}},
		{"a town after to", "China deployed 18 experts to Pokhara.", []string{"country/cn>country/np"}},
		{"a district after arrived in", "The Egyptian team arrived in Derna with medicines.", []string{"country/eg>country/ly"}},
		{"a region", "The United States has provided 52 million dollars for emergency food in Tigray.", []string{"country/us>country/et"}},
		{"a given name before a surname is a person", "Victoria Nuland said the United States sent masks to Mexico.", []string{"country/us>country/mx"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "Briefing\n\nLi Na:\n" + tt.sentence + "\n"
			if got := actionsOf(t, x, text); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("actions = %v, want %v", got, tt.want)
			}
		})
	}
	// Names that are words or persons make no city.
	for _, s := range []string{
		"Victoria Nuland said the United States would help.",
		"Reading the report, Jackson said Mobile clinics were ready.",
		"Minister Jackson thanked the Split delegation.",
	} {
		res, err := x.Extract(extract.Input{Name: "p.txt", Data: []byte("Briefing\n\nLi Na:\n" + s + "\n"), Country: "NG"})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range res.Quads {
			if sub := quad.ToString(q.Subject); strings.Contains(sub, "/id/city/") {
				t.Errorf("%q: a city %s", s, sub)
				break
			}
		}
	}
}

// TestProductIsNoGiver checks that a company named as the maker of what
// arrived ("doses of AstraZeneca") neither gives nor receives.
func TestProductIsNoGiver(t *testing.T) {
	x := newExtractor(t)
	text := "Briefing\n\nDr. Ana Benitez:\nThe 36,000 doses of AstraZeneca that arrived last week came from the COVAX mechanism, and Paraguay paid for them with its own resources.\n"
	res, err := x.Extract(extract.Input{Name: "p.txt", Data: []byte(text), Country: "PY"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actionPairs(res.Quads) {
		if strings.Contains(a, "astrazeneca") {
			t.Errorf("action %s: AstraZeneca's doses made it a party", a)
		}
	}
}

// TestPostHolderSpeaks checks that a label naming a post ("Spokesman:",
// "Moderator:") is the person the introduction gives that post: written
// before it, not the next person the introduction names; or, after
// "moderated by", the name that ends the post's phrase.
func TestPostHolderSpeaks(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a minister's statement among the items of the spokesperson's briefing does not answer its questions", "Ministry for Europe and Foreign Affairs\n\nDaily Press Briefing - 9 April 2020\n\nStatements made by the Spokesperson\n\n1 - Statement by Jean-Yves Le Drian, Minister for Europe and Foreign Affairs (Paris, 9 April 2020)\n\nFrance welcomes the agreement.\n\nQ - How many French nationals are still abroad?\n\nA - About 10,000 are waiting to return.\n",
			nil},
		{"a minister named in an item of the spokesperson's briefing, the spokesperson unnamed, does not answer its questions", "Ministry for Europe and Foreign Affairs\n\nDaily press briefing - Statements made by the Spokesperson - 9 April 2020\n\n1 - Coronavirus - France's support to Africa\n\nJean-Yves Le Drian, Minister for Europe and Foreign Affairs, announced the \"Covid-19 - Health in common\" initiative.\n\nQ - Will France send masks to Mali?\n\nA - France will send 100,000 masks to Mali.\n",
			nil},
		{"a post's label answers for its holder introduced before, not for another government's spokesperson one of its answers names", "Ministry for Europe and Foreign Affairs\n\nDaily Press Briefing - 9 April 2020\n\nQ - Has France helped Italy?\n\nTHE SPOKESPERSON - Yes. As the Italian government spokesperson, Rocco Casalino, said yesterday, France sent masks to Italy.\n\nQ - And Germany?\n\nTHE SPOKESPERSON - The German Chancellor Angela Merkel thanked France for the help.\n",
			nil},
		{"the post in the heading introduces no one named in the next paragraph", "Daily press briefing - Statements made by the Spokesperson - 9 April 2020\n\n1 - Coronavirus - Jean-Yves Le Drian's talks with his Italian counterpart\n\nJean-Yves Le Drian, Minister for Europe and Foreign Affairs, spoke with Luigi Di Maio.\n\nQ - Has France helped Italy?\n\nTHE SPOKESPERSON - Yes. France sent masks to Italy.\n",
			nil},
		{"a numbered item of the briefing is no heading that names who answers", "Ministry for Europe and Foreign Affairs\n\nDaily Press Briefing - 9 April 2020\n\n1 - Statement by Jean-Yves Le Drian\n\nFrance welcomes the agreement.\n\nQ - Has France helped Italy?\n\nR - Yes. The Minister, Jean-Yves Le Drian, said that France sent masks to Italy.\n",
			nil},
		{"a country that opens a paragraph of notes with a verb of saying is no speaker", "Press release\n\n12 May 2020\n\nSouth Korea, for its part, said that it had donated 100,000 masks to Ethiopia.\n\nSaudi Arabia, in turn, announced 10 million dollars for Yemen.\n",
			nil},
		{"an item of the statements headed by a country or region in capitals, with a dash, is no one's turn; a name so is", "Daily Press Briefing - 9 April 2020\n\nStatements made by the Spokesperson\n\nSOUTH SUDAN - France welcomes the release of the hostages.\n\nDEMOCRATIC REPUBLIC OF CONGO - France has sent masks to Kinshasa.\n\nLATIN AMERICA - France supports the region.\n\nQ - And to Niger?\n\nMS VON DER MÜHLL - We sent tests to Niger.\n",
			[]string{"von-der-muhll"}},
		{"a date written day first is no numbered item that ends the heading", "Government of the Netherlands\n\n9. April 2020\n\nTranscript of the press conference by the Minister for Foreign Trade and Development Cooperation, Marieke Verhoef\n\nQ - Will the Netherlands help Suriname?\n\nA - Yes, we will send masks.\n",
			[]string{"marieke-verhoef"}},
		{"short labels of posts and of a post and its body's acronym, after an introduction of the panel", "PRESIDENTIAL TASK FORCE ON COVID-19\nNATIONAL BRIEFING\n\nPresent were the Chairman of the Presidential Task Force (PTF), Mr. Boss Mustapha; the Honourable Minister of Health, Dr. Adaeze Okonkwo; and the Director-General of the Nigeria Centre for Disease Control (NCDC), Dr. Musa Bello.\n\nCHAIRMAN: Good evening.\n\nHMH: Thank you, Chairman. We received masks.\n\nDG NCDC: Thank you, Honourable Minister. Testing goes on.\n",
			[]string{"adaeze-okonkwo", "boss-mustapha", "musa-bello"}},
		{"briefing notes: a post and a surname later in the notes are the person named in full before", "UNITED NATIONS GENEVA\n\nPRESS BRIEFING NOTES\n2 September 2022\n\nAmbassador Tariq Mahmood, Permanent Representative of Pakistan to the United Nations Office at Geneva, said that a third of his country was under water.\n\nResponding to a question from the Associated Press, Ambassador Mahmood said that Pakistan had bought wheat.\n\nJens Kellermann, for the Office for the Coordination of Humanitarian Affairs (OCHA), said that a team had been deployed.\n",
			[]string{"jens-kellermann", "tariq-mahmood", "tariq-mahmood"}},
		{"a permanent secretary's short label; a post and a surname the heading names in full", "COVID-19 UPDATE: PRESS BRIEFING BY THE PERMANENT SECRETARY FOR HEALTH\n\nTranscript of the remarks of the Permanent Secretary for Health and Medical Services, Dr Mosese Tuilagi.\n\nPS HEALTH: Bula vinaka.\n\nQUESTION (FBC News): Is it true?\n\nPS HEALTH: Yes.\n",
			[]string{"mosese-tuilagi", "mosese-tuilagi"}},
		{"a post and a surname the heading names in full", "Press briefing by Minister of State Ciarán Madden on Ireland's response\n\nMinister of State Madden: Good morning.\n",
			[]string{"ciaran-madden"}},
		{"a special assistant's short label and portfolio", "NCOC press briefing\n\nThe Special Assistant to the Prime Minister on Health, Dr Farhan Qureshi, and the Chairman of the National Disaster Management Authority (NDMA), Lt Gen Tariq Mehmood, briefed the media.\n\nSAPM Health: Assalam-o-Alaikum.\n",
			[]string{"farhan-qureshi"}},
		{"the holder before the post", "Virtual press briefing\n\nThe briefing was opened by Stéphane Dujarric, Spokesman for the Secretary-General, who introduced Hanna Lindqvist, Director of the Coordination Division of OCHA.\n\nSpokesman: Good morning. Ms. Lindqvist, the floor is yours.\n\nMs. Lindqvist: Thank you, Stéphane.\n",
			[]string{"hanna-lindqvist", "stephane-dujarric"}},
		{"moderated by a post and a name", "Press conference\n\nThe press conference was attended by the Minister of Health, Marcelo Queiroga. It was moderated by the ministry's communications adviser, Ana Paula Rocha.\n\nModerator: Good afternoon. Minister.\n\nMarcelo Queiroga: Good afternoon.\n",
			[]string{"ana-paula-rocha", "marcelo-queiroga"}},
		{"briefing notes: the spokesperson the introduction names, and a post before a name", "COVID-19 Regular Press Briefing\n\nSpokesperson Dr. Krishna Prasad Paudel and Joint Spokesperson Dr. Samir Kumar Adhikari briefed the media.\n\nThe spokesperson informed that oxygen had arrived from China.\n\nJoint Spokesperson Dr. Adhikari informed that a hospital was set up.\n",
			[]string{"krishna-prasad-paudel", "samir-kumar-adhikari"}},
		{"a chair in a list of participants; a journalist with an outlet asks", "Transcript\n\nParticipants:\n- The Honourable Karina Gould, Minister of International Development\n- Moderator: Christelle Chartrand, Global Affairs Canada\n\nModerator: Good afternoon.\n\nSarah Whitfield, The Canadian Press: Minister, is it given?\n\nKarina Gould: Yes.\n",
			[]string{"christelle-chartrand", "karina-gould"}},
		{"posts by their initials; a heading in capitals names no one", "DAILY BRIEFING ON COVID-19 BY THE CABINET SECRETARY FOR HEALTH\n\nPresent: Hon. Mutahi Kagwe, Cabinet Secretary for Health; Dr. Mercy Mwangangi, Chief Administrative Secretary; Dr. Patrick Amoth, Acting Director General for Health.\n\nCS: Good afternoon.\n\nCAS: Thank you, CS.\n\nAg. DG: Yes.\n",
			[]string{"mercy-mwangangi", "mutahi-kagwe", "patrick-amoth"}},
		{"a permanent secretary's bare label; a post's abbreviation in brackets closes its holder's post", "MEDIA CONFERENCE\n\nPresent: Hon. Dr. Peter KOLOSI, Minister of Health; Dr. Jonathan TAFOA, Permanent Secretary (PS), MHMS; Dr. Naomi TEKULU, National Incident Controller. Master of ceremonies: Mr. George MANEHIA, Director, GCU.\n\nMC: Good morning.\n\nPS: Thank you, Honourable Minister.\n",
			[]string{"george-manehia", "jonathan-tafoa"}},
		{"a chief medical officer's label, after a list that a word of its own opens", "VIRTUAL PRESS CONFERENCE\n\nFeaturing: the Minister of Health, the Honourable Dr. Anand RAMKISSOON; the Chief Medical Officer, Dr. Keisha ALEXIS-BOODRAM.\n\nCMO: Thank you. Our parallel health system is under pressure.\n",
			[]string{"keisha-alexis-boodram"}},
		{"posts in French and Portuguese labels are the posts the introduction names in English", "Ebola press briefing\n\nTaking part: Dr Marie-Laure Kouassi-N'Guessan, Minister; Dr Christiane d'Almeida-Aké, Director of the National Institute of Public Hygiene (INHP).\n\nMme la Ministre – Good morning.\n\nDr d'Almeida-Aké – Thank you, Madam Minister.\n",
			[]string{"christiane-dalmeida-ake", "marie-laure-kouassi-nguessan"}},
		{"the same, a spokesperson", "Cholera briefing\n\n[Translated from Portuguese. The briefing was chaired by the Ministry of Health (MISAU) spokesperson, Mrs Benedita Mussa Langa.]\n\nPorta-voz: Good afternoon to all.\n",
			[]string{"benedita-mussa-langa"}},
		{"an honorific and a surname in capitals are no post and its body's acronym", "Department Press Briefing\n\nNed Price, Department Spokesperson\n\nMR PRICE: Good afternoon.\n\nQUESTION: What about Honduras?\n\nMR PRICE: Since November, USAID has provided more than $47 million in humanitarian aid to Honduras.\n\nQUESTION: And Paraguay?\n\nMR PRICE: No.\n",
			[]string{"price", "price", "price"}},
		{"an associate professor's style, written out and abbreviated", "TRANSCRIPT OF PRESS CONFERENCE\n\nSpeakers: Mr Tan Wei Ming, Minister for Health; Associate Professor Kenneth Ng, Director of Medical Services.\n\nA/PROF KENNETH NG (DIRECTOR OF MEDICAL SERVICES): Thank you.\n\nCNA: A question for Assoc Prof Ng.\n\nA/PROF NG: We exchange views.\n",
			[]string{"kenneth-ng", "kenneth-ng"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "s.txt", Data: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range res.Quads {
				if strings.HasSuffix(quad.ToString(q.Predicate), "#speaker>") {
					got = append(got, strings.TrimSuffix(strings.TrimPrefix(quad.ToString(q.Object), "<https://briefgraph.dev/id/person/"), ">"))
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("speakers = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMissionChannel checks that a country's embassy or high commission
// named after the verb ("through the High Commission of India in
// Dhaka") is its government's channel: the country gives, not the
// mission.
func TestMissionChannel(t *testing.T) {
	x := newExtractor(t)
	for _, s := range []string{
		"India has provided 30,000 masks to Bangladesh through the High Commission of India in Dhaka.",
		"China has provided 12,500 test kits to Japan through the Chinese Embassy in Japan.",
	} {
		res, err := x.Extract(extract.Input{Name: "m.txt", Data: []byte("Press briefing\n\nLi Na: " + s + "\n")})
		if err != nil {
			t.Fatal(err)
		}
		var providers []string
		for _, q := range res.Quads {
			if strings.HasSuffix(quad.ToString(q.Predicate), "#provider>") {
				providers = append(providers, quad.ToString(q.Object))
			}
		}
		if len(providers) != 1 || !strings.Contains(providers[0], "/country/") {
			t.Errorf("%q: providers %v, want the country", s, providers)
		}
	}
}

// TestAffiliation checks the body an introduction gives a person, its
// post written in lower case or capitalised.
func TestAffiliation(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ name, text, person, want string }{
		{"a post in lower case", "Press conference\n\nLi Wei, vice minister of the National Health Commission, also took part.\n\nLi Wei: Thank you.\n",
			"li-wei", "gov/cn/national-health-commission"},
		{"a post capitalised", "Press point\n\nTaking part: Silvio Brusaferro, President of the Istituto Superiore di Sanità (ISS).\n\nSilvio Brusaferro: Thank you.\n",
			"silvio-brusaferro", "gov/it/iss"},
		{"a post capitalised, then the sentence goes on", "Press conference\n\nLothar Weiss, Director of the Robert Koch Institute, also took part.\n\nLothar Weiss: Thank you.\n",
			"lothar-weiss", "gov/de/robert-koch-institute"},
		{"a province's body, not the province it opens with", "Press conference\n\nGuests: Ma Jianhua, deputy director of the Hebei Provincial Health Commission.\n\nMa Jianhua: Our commission has sent 21 medical teams to the Democratic Republic of the Congo.\n",
			"ma-jianhua", "gov/cn/hebei-provincial-health-commission"},
		{"a body in brackets after a listed speaker's name; the listed bodies are one country's, whose the briefing is", "Federal Government | Regular Government Press Conference\n\nSpeakers: Matthias Holtmann (Federal Foreign Office), Dr Felix Rau (Federal Ministry for Economic Cooperation and Development)\n\nHOLTMANN (AA): The Federal Agency for Technical Relief has flown 50 rescuers to Türkiye. Türkiye thanks us. Türkiye has received tents. Türkiye is grateful.\n\nDR RAU (BMZ): Thank you.\n",
			"felix-rau", "gov/de/federal-ministry-for-economic-cooperation-and-development"},
		{"a generic acronym is the host's body", "Ministry of Foreign Affairs of the Republic of Kazakhstan\n\nParticipants: Yerlan Abdikarimov, official representative of the MFA.\n\nY. Abdikarimov: We have sent flour to Kyrgyzstan.\n",
			"yerlan-abdikarimov", "gov/kz/ministry-of-foreign-affairs"},
		{"a generic acronym in China's briefing is China's body", "Ministry of Foreign Affairs of the People's Republic of China\n\nParticipants: Li Wei, spokesperson of the MFA.\n\nLi Wei: We have sent masks to Laos.\n",
			"li-wei", "gov/cn/ministry-of-foreign-affairs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "a.txt", Data: []byte(tt.text)})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, q := range res.Quads {
				if quad.ToString(q.Subject) == "<https://briefgraph.dev/id/person/"+tt.person+">" && strings.HasSuffix(quad.ToString(q.Predicate), "/affiliation>") {
					got = strings.TrimPrefix(string(q.Object.(quad.IRI)), "https://briefgraph.dev/id/")
				}
			}
			if got != tt.want {
				t.Errorf("%s's affiliation = %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}

// actionCase is a briefing given to the extractor with a host country,
// and the actions it must give, "provider>recipient" IRI paths, sorted.
type actionCase struct {
	name, country, text string
	want                []string
}

// checkActions extracts each case's text and compares its actions.
func checkActions(t *testing.T, tests []actionCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Extract(extract.Input{Name: "p.txt", Data: []byte(tt.text), Country: tt.country})
			if err != nil {
				t.Fatal(err)
			}
			if got := actionPairs(res.Quads); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("actions = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestStrayPlaces checks that a town or province the gazetteer knows only
// in another country, listed among the host's places in a text that never
// names that country, is no mention of it; named where that country is
// the host, or where the text names it, it stays its place.
func TestStrayPlaces(t *testing.T) {
	checkActions(t, []actionCase{
		{"listed among the host's towns", "EC", "Press conference\n\nLenín Moreno: Search-and-rescue teams from Colombia and Peru have worked in Pedernales, Manta and Portoviejo.\n",
			[]string{"country/co>country/ec", "country/pe>country/ec"}},
		{"a Greek region's Macedonia is no North Macedonia", "GR", "Briefing\n\nPavlos Marinakis: In addition, Cyprus sent 3 tonnes of food and blankets to the Regional Authority of Eastern Macedonia and Thrace.\n",
			[]string{"country/cy>gov/gr/regional-authority"}},
		{"its own country's briefing", "DO", "Press conference\n\nLuis Abinader: Search-and-rescue teams from Colombia and Peru have worked in Pedernales.\n",
			[]string{"country/co>country/do", "country/pe>country/do"}},
		{"its country named in the text", "EC", "Press conference\n\nLenín Moreno: The Dominican Republic is our friend. Search-and-rescue teams from Colombia and Peru have worked in Pedernales, Manta and Portoviejo.\n",
			[]string{"country/co>country/do", "country/co>country/ec", "country/pe>country/do", "country/pe>country/ec"}},
	})
}

// TestThroughBody checks that a body of a generic name after "X, through
// the" is X's, in another country's briefing too, and gives with it; not
// a body after "to Y through the", which is no body of Y's.
func TestThroughBody(t *testing.T) {
	checkActions(t, []actionCase{
		{"the giver's generic body in the host's briefing", "ID", "Press briefing\n\nDr. Raditya Jati: The Australian Government, through the Department of Foreign Affairs and Trade (DFAT), has handed over tarpaulins and hygiene kits for families in Kupang.\n",
			[]string{"country/au>country/id", "gov/au/dfat>country/id"}},
		{"through its", "NP", "Press briefing\n\nRam Bahadur Thapa: China, through its Ministry of Commerce, has donated tents to Nepal.\n",
			[]string{"country/cn>country/np", "gov/cn/ministry-of-commerce>country/np"}},
		{"no comma: the receiver's name before \"through\" owns no body", "PK", "Weekly briefing\n\nAisha Farooqui: The Government of Japan has extended an emergency grant of US$ 2.47 million to Pakistan through the Ministry of Health.\n",
			[]string{"country/jp>country/pk"}},
	})
}

// TestUnnamedCountryOfRegion checks that "a European country" gives
// nothing as the region: the country is one of its, unnamed; the region
// is still named.
func TestUnnamedCountryOfRegion(t *testing.T) {
	x := newExtractor(t)
	res, err := x.Extract(extract.Input{Name: "p.txt", Country: "PE", Data: []byte("Press conference\n\nÓscar Ugarte: This week we received 117,000 doses donated by the Government of Spain, the first donation of vaccines that Peru receives from a European country.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(actionPairs(res.Quads), ","); got != "country/es>country/pe" {
		t.Errorf("actions = %s, want country/es>country/pe", got)
	}
	named := false
	for _, q := range res.Quads {
		named = named || strings.HasSuffix(quad.ToString(q.Predicate), "#mentions>") && strings.Contains(quad.ToString(q.Object), "/place/europe")
	}
	if !named {
		t.Error("Europe is not mentioned")
	}
}

// TestSpeakerAnnounces checks that a minister's "I can announce" is the
// speaker's side announcing what it gives, and that "I" otherwise is no
// giver ("As I said, Japan sent masks": Japan gave).
func TestSpeakerAnnounces(t *testing.T) {
	checkActions(t, []actionCase{
		{"I can announce", "GB", "FCDO statement\n\nJames Cleverly: Today I can announce £5 million in UK aid for Sudan.\n", []string{"country/gb>country/sd"}},
		{"I said", "GB", "FCDO statement\n\nJames Cleverly: As I said, Japan sent masks to Sudan.\n", []string{"country/jp>country/sd"}},
	})
}

// TestThisIncludes checks that "This includes" opens a part of the help
// the sentence before told, given by its giver.
func TestThisIncludes(t *testing.T) {
	checkActions(t, []actionCase{
		{"the speaker's side", "CA", "Press conference\n\nKarina Gould: Canada is providing up to $10 million in humanitarian assistance to Haiti. This includes a contribution of $2 million to the International Federation of Red Cross and Red Crescent Societies for its emergency appeal.\n",
			[]string{"country/ca>country/ht", "country/ca>org/ifrc"}},
		{"another giver", "HT", "Press conference\n\nAriel Henry: Japan is providing $5 million in humanitarian assistance to Haiti. This includes a contribution of $1 million to UNICEF for water and sanitation.\n",
			[]string{"country/jp>country/ht", "country/jp>org/unicef"}},
	})
}
