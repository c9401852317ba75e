package event_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/extract/event"
)

// mentionsOf marks every occurrence of the names in s; a name written
// "Chinese=China" marks the demonym "Chinese" as an adjective of China,
// "we=China" marks the pronoun, "USAID^United States" a body of a
// country, and "Chinese Embassy in Japan^China!" a country's mission.
func mentionsOf(s string, names ...string) []event.Mention {
	var ms []event.Mention
	for _, n := range names {
		n, of, _ := strings.Cut(n, "^") // "USAID^United States": a body of that country
		of, mission := strings.CutSuffix(of, "!")
		surface, ref, _ := strings.Cut(n, "=")
		if ref == "" {
			ref = surface
		}
		place := strings.HasPrefix(ref, "@") // "Gomel=@Belarus": a place that stands for its country, no adjective
		ref = strings.TrimPrefix(ref, "@")
		for i := 0; ; {
			j := strings.Index(s[i:], surface)
			if j < 0 {
				break
			}
			m := event.Mention{Start: i + j, End: i + j + len(surface), Ref: ref, Actor: true, Of: of, Mission: mission}
			switch {
			case surface == "we" || surface == "We" || surface == "our" || surface == "Our" || surface == "us":
				m.Pronoun = true
			case surface != ref && !place:
				m.Adjective = true
			}
			ms = append(ms, m)
			i += j + len(surface)
		}
	}
	// sort by start
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if ms[j].Start < ms[i].Start {
				ms[i], ms[j] = ms[j], ms[i]
			}
		}
	}
	return ms
}

func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		names    []string
		want     []string // "provider>recipient,recipient:type:modality:quantity"
	}{
		{"a clause of its own after \", and\": its subject gives", "Japan has provided food to Laos, and China will continue to send supplies to Ukraine.",
			[]string{"Japan", "Laos", "China", "Ukraine"}, []string{"Japan>Laos:supplies:reported:", "China>Ukraine:supplies:planned:"}},
		{"the same with a verb before \"to\"", "Japan has provided food to Laos, and China plans to send supplies to Ukraine.",
			[]string{"Japan", "Laos", "China", "Ukraine"}, []string{"Japan>Laos:supplies:reported:", "China>Ukraine:supplies:planned:"}},
		{"the same, reported", "Japan has provided food to Laos, and China continues to send supplies to Ukraine.",
			[]string{"Japan", "Laos", "China", "Ukraine"}, []string{"Japan>Laos:supplies:reported:", "China>Ukraine:supplies:reported:"}},
		{"video exchanges with experts are expert exchanges, not shared experience", "Our scientists have held regular video exchanges with researchers from the United Kingdom on variants.",
			[]string{"Our=China", "United Kingdom"}, []string{"China>United Kingdom:expert_exchange:reported:"}},
		{"the same, online", "Chinese doctors held online exchanges with their peers in Chile.",
			[]string{"Chinese=China", "Chile"}, []string{"China>Chile:expert_exchange:reported:"}},
		{"a team whose second verb, after and, tells it is at work in a place", "An Armenian search and rescue team of 28 people crossed the border at Alican on Saturday and is now working in Adiyaman.",
			[]string{"Armenian=Armenia", "Adiyaman=@Türkiye"}, []string{"Armenia>Türkiye:other:reported:"}},
		{"not where the first verb told the arrival: one act", "Epidemiologists of Russia's Rospotrebnadzor arrived in Almaty last Thursday with three mobile laboratories and are working in hospitals in Almaty.",
			[]string{"Russia", "Rospotrebnadzor", "Almaty=@Kazakhstan", "Almaty=@Kazakhstan"}, []string{"Rospotrebnadzor>Kazakhstan:medical_team:reported:"}},
		{"money of its pledge transferred is funding given, not a pledge", "Japan has transferred 200 million US dollars of its new pledge to Gavi, the Vaccine Alliance.",
			[]string{"Japan", "Gavi, the Vaccine Alliance"}, []string{"Japan>Gavi, the Vaccine Alliance:funding:reported:200 million US dollars"}},
		{"goods that a list of givers sent, after the pronoun", "Japan remains grateful for the medical gowns and masks that Viet Nam and Thailand sent to Japan last year.",
			[]string{"Japan", "Viet Nam", "Thailand", "Japan"}, []string{"Viet Nam+Thailand>Japan:supplies:reported:"}},
		{"support a country's name expressed, possessive and all, is words", "He also expressed Japan's support for India's efforts to overcome the pandemic, and the minister expressed Japan’s support for Nepal.",
			[]string{"Japan", "India", "Japan", "Nepal"}, nil},
		{"a time, then a clause of time, before the subject: the place it names gives nothing", "In 2019, after Cyclone Idai hit southern Africa, China sent a rescue team to Mozambique.",
			[]string{"Africa", "China", "Mozambique"}, []string{"China>Mozambique:other:reported:"}},
		{"goods handed over by our missions, unnamed, in a which-clause: the donor's one act", "The Fujian Provincial Government has donated 300,000 masks to the Philippines and Malaysia, which were handed over to the local health authorities by our consulates general.",
			[]string{"Fujian Provincial Government", "Philippines", "Malaysia", "our=China"}, []string{"Fujian Provincial Government>Philippines,Malaysia:supplies:reported:300,000"}},
		{"a place after \"the capital\" in a phrase before \", and\" joins no subject", "The ministers met in the Serbian capital Belgrade, and China handed over 100,000 testing kits to Spain.",
			[]string{"Serbian=Serbia", "Belgrade=@Serbia", "China", "Spain"}, []string{"China>Spain:supplies:reported:100,000"}},
		{"sides that exchanged fire share nothing", "The Kyrgyz and Tajik sides exchanged fire on their border this week.",
			[]string{"Kyrgyz=Kyrgyzstan", "Tajik=Tajikistan"}, nil},
		{"a team sent to work with others on research: the team's purpose, no second act", "Russia will send a group of epidemiologists to China to work with Chinese experts on diagnostics and vaccine research.",
			[]string{"Russia", "China", "Chinese=China"}, []string{"Russia>China:medical_team:planned:"}},
		{"tractors and vials are goods", "Huafeng Agricultural Machinery Co. donated 30 tractors to the Ministry of Agriculture of Sri Lanka, and BioCubaFarma delivered 100,000 vials of Interferon alfa-2b to Nicaragua.",
			[]string{"Huafeng Agricultural Machinery Co.", "Ministry of Agriculture of Sri Lanka", "BioCubaFarma", "Nicaragua"}, []string{"Huafeng Agricultural Machinery Co.>Ministry of Agriculture of Sri Lanka:supplies:reported:30", "BioCubaFarma>Nicaragua:supplies:reported:100,000"}},
		{"where a company has worked is no arrival", "Sinoroad Engineering, which has worked in Kenya for twenty years, has donated 10,000 masks to Uganda.",
			[]string{"Sinoroad Engineering", "Kenya", "Uganda"}, []string{"Sinoroad Engineering>Uganda:supplies:reported:10,000"}},
		{"an arrival in its own clause after \", and\" is typed by that clause", "We have sent two batches of supplies to Pakistan, and a team of eight medical experts will arrive in Islamabad this weekend.",
			[]string{"We=China", "Pakistan", "Islamabad=@Pakistan"}, []string{"China>Pakistan:supplies:reported:two batches", "China>Pakistan:medical_team:planned:eight"}},
		{"the same, its clause naming no goods: what was given before", "The United Kingdom delivered 817,000 doses of vaccine to Kenya, and the first consignments are also on their way to Jamaica.",
			[]string{"United Kingdom", "Kenya", "Jamaica"}, []string{"United Kingdom>Kenya,Jamaica:supplies:reported:817,000 doses"}},
		{"whether to send is no sending", "Whether to send a team to Spain is a decision we make only at the request of the country concerned.",
			[]string{"Spain", "we=China"}, nil},
		{"experts sent to help farmers or to assess exchange expertise; doctors to treat are a team", "The Yunnan Academy of Agricultural Sciences will send eight experts to Myanmar to help farmers grow hybrid rice.",
			[]string{"Yunnan Academy of Agricultural Sciences", "Myanmar"}, []string{"Yunnan Academy of Agricultural Sciences>Myanmar:expert_exchange:planned:eight"}},
		{"the same, to assess", "The RCSC will also send two experts to Tonga to help assess the water supply.",
			[]string{"RCSC", "Tonga"}, []string{"RCSC>Tonga:expert_exchange:planned:two"}},
		{"the same, doctors to treat", "China sent 12 doctors to Laos to help treat patients.",
			[]string{"China", "Laos"}, []string{"China>Laos:medical_team:reported:12"}},
		{"goods of a relative clause that named no receiver arrive where the clause after says", "Vaccines that China donated through COVAX arrived in Bangladesh on Sunday.",
			[]string{"China", "COVAX", "Bangladesh"}, []string{"China>Bangladesh:supplies:reported:"}},
		{"clothing worth money is goods", "The Japanese company Uniqlo donated clothing worth 5 million yuan to the China Foundation for Poverty Alleviation.",
			[]string{"Uniqlo", "China Foundation for Poverty Alleviation"}, []string{"Uniqlo>China Foundation for Poverty Alleviation:supplies:reported:5 million yuan"}},
		{"flood relief goods: sandbags, pumps, purification units; a rescue module is rescuers", "The Netherlands delivered 5,000 sandbags and 20 high-capacity pumps to Belgium, B-FAST will deliver two water purification units to Germany, and Austria sent a flood rescue module to Belgium.",
			[]string{"Netherlands", "Belgium", "B-FAST", "Germany", "Austria"}, []string{"Netherlands>Belgium:supplies:reported:5,000", "B-FAST>Germany:supplies:planned:two", "Austria>Belgium:other:reported:"}},
		{"a body that is financing something in a country funds it", "The French Development Agency is financing the vaccine cold chain in Niger with a grant of EUR 8 million.",
			[]string{"French Development Agency", "Niger"}, []string{"French Development Agency>Niger:funding:reported:"}},
		{"a team deployed in a country helps it", "A second team, made up of 14 doctors and nurses from Romania, will arrive on Monday and will be deployed in Italy.",
			[]string{"Romania", "Italy"}, []string{"Romania>Italy:medical_team:planned:14"}},
		{"hospitals in a country opening the clause are its country's", "Several hospitals in Germany have already taken in patients from Italy, and we are grateful.",
			[]string{"Germany", "Italy"}, []string{"Germany>Italy:other:reported:"}},
		{"hospitals in a place after a verb are its object", "The Chinese team in Italy has visited hospitals in Austria and shared the experience of Wuhan with Italian doctors.",
			[]string{"Chinese", "Italy", "Austria", "Italian"}, []string{"Chinese>Italian:knowledge_sharing:reported:"}},
		{"loans waived are debt relief, funding", "China has waived 12 interest-free loans for Chad, Djibouti and Mali, and Japan has written off five loans to Zambia.",
			[]string{"China", "Chad", "Djibouti", "Mali", "Japan", "Zambia"}, []string{"China>Chad,Djibouti,Mali:funding:reported:12", "Japan>Zambia:funding:reported:five"}},
		{"the one helped to build builds for itself", "We will help Timor-Leste set up a telemedicine center linked to a hospital in China.",
			[]string{"We=China", "Timor-Leste", "China"}, []string{"China>Timor-Leste:other:planned:"}},
		{"disaster relief goods: meals, shelter kits, plastic sheets, sleeping mats", "Pakistan sent ready-to-eat meals to Nepal, DFID has provided 5,000 shelter kits to Nepal, and JICA handed over plastic sheets and sleeping mats to Türkiye.",
			[]string{"Pakistan", "Nepal", "DFID", "JICA", "Türkiye"}, []string{"Pakistan>Nepal:supplies:reported:", "DFID>Nepal:supplies:reported:5,000", "JICA>Türkiye:supplies:reported:"}},
		{"a team of experts of another field than medicine exchanges expertise", "Switzerland will send a team of shelter experts to Croatia.",
			[]string{"Switzerland", "Croatia"}, []string{"Switzerland>Croatia:expert_exchange:planned:"}},
		{"not where the team has carers too", "A team of 14 experts left for Lebanon, including structural engineers and medical specialists.",
			[]string{"Lebanon"}, []string{"China>Lebanon:medical_team:reported:14"}},
		{"teams of search and rescue specialists are rescuers", "The Netherlands has sent teams of urban search and rescue specialists to Lebanon.",
			[]string{"Netherlands", "Lebanon"}, []string{"Netherlands>Lebanon:other:reported:"}},
		{"homes and building materials are goods; trucked is sent", "Qatar has pledged 10,000 container homes for the displaced in Türkiye, and the Dominican Republic trucked medicines across the border to Haiti.",
			[]string{"Qatar", "Türkiye", "Dominican Republic", "Haiti"}, []string{"Qatar>Türkiye:supplies:planned:10,000", "Dominican Republic>Haiti:supplies:reported:"}},
		{"money made available for countries; water purification plants are goods", "Spain has made 1.5 million euros available for Honduras and Guatemala, and Hidrotec Levante has donated 20 water purification plants to Nicaragua.",
			[]string{"Spain", "Honduras", "Guatemala", "Hidrotec Levante", "Nicaragua"}, []string{"Spain>Honduras,Guatemala:funding:reported:1.5 million euros", "Hidrotec Levante>Nicaragua:supplies:reported:20"}},
		{"health kits are goods", "AECID will provide health kits to Bolivia.",
			[]string{"AECID", "Bolivia"}, []string{"AECID>Bolivia:supplies:planned:"}},
		{"kits of relief named for their use are goods", "The UN Population Fund has delivered reproductive health kits to Syria.",
			[]string{"UN Population Fund", "Syria"}, []string{"UN Population Fund>Syria:supplies:reported:"}},
		{"a purpose that names a list where the response is", "The Central Emergency Response Fund has released a further $25 million to support the response in Türkiye and Syria.",
			[]string{"Central Emergency Response Fund", "Türkiye", "Syria"}, []string{"Central Emergency Response Fund>Türkiye,Syria:funding:reported:a further $25 million"}},
		{"the same, the list ending where the next clause's subject begins", "The Cambodian government donated $200,000 to support flood relief in Jiangxi and Anhui, and the Kazakh government delivered tents to Anhui.",
			[]string{"Cambodian=Cambodia", "Jiangxi=@China", "Anhui=@China", "Kazakh=Kazakhstan"}, []string{"Cambodia>China:funding:reported:$200,000", "Kazakhstan>China:supplies:reported:"}},
		{"assistance worth a total of money, and nothing more, is money", "The Government of the Republic of Korea has decided to provide humanitarian assistance worth a total of US$ 1.5 million to Ethiopia.",
			[]string{"Government of the Republic of Korea=Republic of Korea", "Ethiopia"}, []string{"Republic of Korea>Ethiopia:funding:planned:a total of US$ 1.5 million"}},
		{"the us of a gift before is no giver of the arrival after it", "The Czech Republic sent us 10,000 protective suits, and 20 tonnes of medical supplies from the United Arab Emirates arrived on Wednesday night.",
			[]string{"Czech Republic", "us=China", "United Arab Emirates"}, []string{"Czech Republic>China:supplies:reported:10,000", "United Arab Emirates>China:supplies:reported:20 tonnes"}},
		{"aircraft carrying goods leave, and a team goes in a clause of its own", "Two military aircraft carrying 30 tonnes of medicines left for Sudan on Sunday, and a team of 15 doctors travelled with them.",
			[]string{"Sudan"}, []string{"China>Sudan:supplies:reported:15"}},
		{"a list of givers after ', and' opens its clause", "Japan donated supplies to China, and UNICEF and the IFRC delivered protective equipment to Wuhan.",
			[]string{"Japan", "China", "UNICEF", "IFRC", "Wuhan=China"}, []string{"Japan>China:supplies:reported:", "UNICEF+IFRC>China:supplies:reported:"}},
		{"', and' after a list of receivers opens a clause of one giver", "Viet Nam presented supplies to Laos and Cambodia, and the Ministry of Health shared its guidelines with Laos.",
			[]string{"Viet Nam", "Laos", "Cambodia", "Ministry of Health"}, []string{"Viet Nam>Laos,Cambodia:supplies:reported:", "Ministry of Health>Laos:knowledge_sharing:reported:"}},
		{"an edition of the plan sent is knowledge shared", "In February, we sent the fifth edition of the plan to the Ministry of Health of Japan.",
			[]string{"we=China", "Ministry of Health of Japan"}, []string{"China>Ministry of Health of Japan:knowledge_sharing:reported:"}},
		{"the treatment plan, singular", "We provided the diagnosis and treatment plan to Iran.",
			[]string{"We=China", "Iran"}, []string{"China>Iran:knowledge_sharing:reported:"}},
		{"a third team that leaves, after ', and', is its sender's team", "A second team of seven arrived in Baghdad on March 7 to help Iraq, and a third team left for Italy on March 11 with 31 tonnes of supplies.",
			[]string{"Baghdad=Iraq", "Iraq", "Italy"}, []string{"China>Iraq,Italy:medical_team:reported:seven"}},
		{"who received the gift, said in its relative clause, receives it", "On Monday COVAX delivered 109,200 doses, the second allocation for Chile, and the Chinese Government donated 100,000 antigen tests, which were received by the Ministry of Health.",
			[]string{"COVAX", "Chile", "Chinese Government=China", "Ministry of Health"}, []string{"COVAX>Chile:supplies:reported:109,200 doses", "China>Ministry of Health:supplies:reported:100,000"}},
		{"teams that have gone to a list", "China has sent three batches of supplies to the African Union, and Chinese medical expert teams have gone to Zimbabwe, Algeria and Sudan.",
			[]string{"China", "African Union", "Chinese=China", "Zimbabwe", "Algeria", "Sudan"}, []string{"China>African Union:supplies:reported:three batches", "China>Zimbabwe,Algeria,Sudan:medical_team:reported:"}},
		{"in addition to more doses names no receiver", "Japan gifted another 600,000 doses of vaccine, in addition to the 1.1 million doses it gave earlier.",
			[]string{"Japan"}, []string{"Japan>China:supplies:reported:another 600,000 doses"}},
		{"what arrived is not typed by the next clause's doctors", "The first 150,000 doses of vaccine gifted by the Government of India arrived in Beijing on 22 February, and our doctors were the first to be vaccinated.",
			[]string{"Government of India=India", "Beijing=China", "our=China"}, []string{"India>China:supplies:reported:150,000 doses"}},
		{"a will that asks the hearer to remember plans nothing", "You will remember that in February Sri Lanka sent 500,000 masks to China.",
			[]string{"Sri Lanka", "China"}, []string{"Sri Lanka>China:supplies:reported:500,000"}},
		{"as you will recall, done", "As you will recall, Japan donated 20 ventilators to Nepal.",
			[]string{"Japan", "Nepal"}, []string{"Japan>Nepal:supplies:reported:20"}},
		{"trade in a predicate of its own after ', and' leaves the aid before it", "China has provided vaccine assistance to Nepal and Namibia, and exported vaccines to more than 40 countries.",
			[]string{"China", "Nepal", "Namibia"}, []string{"China>Nepal,Namibia:supplies:reported:"}},
		{"money to expand something, no receiver named: the speaker's side receives", "In addition, Japan will provide grant aid of 2.1 billion yen to expand the cold chain this year.",
			[]string{"Japan"}, []string{"Japan>China:funding:planned:2.1 billion yen"}},
		{"firefighters from one country and firefighters from another arrived", "A contingent of 112 firefighters from Romania and 82 firefighters from France arrived yesterday.",
			[]string{"Romania", "France"}, []string{"Romania+France>China:other:reported:112"}},
		{"an amount in Czech crowns, written before", "The Ministry of Foreign Affairs has approved a further CZK 10 million for the Lebanese Red Cross.",
			[]string{"Ministry of Foreign Affairs", "Lebanese Red Cross"}, []string{"Ministry of Foreign Affairs>Lebanese Red Cross:funding:reported:a further CZK 10 million"}},
		{"will never forget what was done", "We will never forget that in February Kuwait donated 3 million medical masks to China.",
			[]string{"We=China", "Kuwait", "China"}, []string{"Kuwait>China:supplies:reported:3 million"}},
		{"a will after the recall still plans", "You will recall that Japan will donate 20 ventilators to Nepal.",
			[]string{"Japan", "Nepal"}, []string{"Japan>Nepal:supplies:planned:20"}},
		{"a field hospital of so many beds is a hospital", "Qatar will send a field hospital of 500 beds to Italy.",
			[]string{"Qatar", "Italy"}, []string{"Qatar>Italy:other:planned:500"}},
		{"batches of assistance worth money are goods", "China has provided Pakistan with two batches of emergency humanitarian assistance worth 400 million yuan in total.",
			[]string{"China", "Pakistan"}, []string{"China>Pakistan:other:reported:two batches"}},
		{"assistance worth money covering goods is the goods", "The Chinese government will provide Türkiye with emergency humanitarian assistance worth 45 million yuan, covering tents, blankets, generators and medical supplies.",
			[]string{"Chinese government=China", "Türkiye"}, []string{"China>Türkiye:supplies:planned:45 million yuan"}},
		{"a gift handed over by an embassy is its donor's", "A batch of 100 ventilators donated by the Chinese government was handed over by the Chinese Embassy in Bangkok to the Ministry of Public Health of Thailand on Monday.",
			[]string{"Chinese government=China", "Chinese Embassy in Bangkok", "Ministry of Public Health of Thailand"}, []string{"China>Ministry of Public Health of Thailand:supplies:reported:"}},
		{"a relative clause's \"to which\" gives to its antecedent", "We support the Coalition for Epidemic Preparedness Innovations (CEPI), to which we will give 90 million euros.",
			[]string{"We=France", "Coalition for Epidemic Preparedness Innovations", "we=France"}, []string{"France>Coalition for Epidemic Preparedness Innovations:funding:planned:90 million euros"}},
		{"an appositive that names the subject's owner: the subject acts", "The Pan American Health Organization (PAHO), WHO's regional office for the Americas, had shipped 85,000 test kits to Haiti and Belize.",
			[]string{"Pan American Health Organization", "WHO", "Haiti", "Belize"}, []string{"Pan American Health Organization>Haiti,Belize:supplies:reported:85,000"}},
		{"soap, water tanks and mattresses are goods", "UNICEF had delivered 48,000 soap bars and water tanks to Guatemala.",
			[]string{"UNICEF", "Guatemala"}, []string{"UNICEF>Guatemala:supplies:reported:48,000"}},
		{"guidelines transmitted to a ministry are shared", "The Istituto Superiore di Sanità has transmitted its guidelines to the Ministry of Health of Albania.",
			[]string{"Istituto Superiore di Sanità", "Ministry of Health of Albania"}, []string{"Istituto Superiore di Sanità>Ministry of Health of Albania:knowledge_sharing:reported:"}},
		{"a ship that sailed with goods for a country", "On Sunday a ship of the Mexican Navy sailed with 10 tonnes of food for Honduras and Guatemala.",
			[]string{"Mexican Navy", "Honduras", "Guatemala"}, []string{"Mexican Navy>Honduras,Guatemala:supplies:reported:10 tonnes"}},
		{"goods paid for by a funder named after them: the funder gave the goods", "UNICEF has handed over 50 ultra-cold freezers to the Ministry of Health, funded by the Government of Japan.",
			[]string{"UNICEF", "Ministry of Health", "Government of Japan=Japan"}, []string{"UNICEF>Ministry of Health:supplies:reported:50", "Japan>Ministry of Health:supplies:reported:50"}},
		{"countries named by their adjectives as the object of help", "France is supporting African countries with 1.2 billion euros.",
			[]string{"France", "African=Africa"}, []string{"France>Africa:funding:reported:1.2 billion euros"}},
		{"the same with a list of adjectives and the people", "China has helped the Italian and Spanish people with masks.",
			[]string{"China", "Italian=Italy", "Spanish=Spain"}, []string{"China>Italy,Spain:supplies:reported:"}},
		{"a send verb's first object receives the quantity after it", "China has sent Italy 15 tonnes of equipment.",
			[]string{"China", "Italy"}, []string{"China>Italy:supplies:reported:15 tonnes"}},
		{"the same with a list and a team", "The WHO sent Iran and Iraq two teams of experts.",
			[]string{"WHO", "Iran", "Iraq"}, []string{"WHO>Iran,Iraq:medical_team:reported:two teams"}},
		{"a body that is sent is no receiver", "China sent PLA doctors to Wuhan and Italy.",
			[]string{"China", "PLA", "Wuhan=@China", "Italy"}, []string{"China>Italy:medical_team:reported:"}},
		{"patients from another country welcomed by a list of countries", "Germany, Austria and Switzerland have welcomed patients from France.",
			[]string{"Germany", "Austria", "Switzerland", "France"}, []string{"Germany+Austria+Switzerland>France:other:reported:"}},
		{"solidarity shown, then a gift told after a comma", "Belgium also showed solidarity with China in February, when we sent gloves and protective clothing to Hubei.",
			[]string{"Belgium", "China", "we=Belgium", "Hubei=@China"}, []string{"Belgium>China:supplies:reported:"}},
		{"goods the giver receives, in a relative clause, given on", "Portugal will donate five percent of the vaccine doses it receives to Angola.",
			[]string{"Portugal", "Angola"}, []string{"Portugal>Angola:supplies:planned:"}},
		{"the same with that", "We will share the doses that we receive with Angola.",
			[]string{"We=China", "Angola"}, []string{"China>Angola:supplies:planned:"}},
		{"a list spelt out after 'that is'", "Portugal will donate doses to the Portuguese-speaking countries and Timor-Leste: that is, to Angola, Cabo Verde and Guinea-Bissau.",
			[]string{"Portugal", "Timor-Leste", "Angola", "Cabo Verde", "Guinea-Bissau"}, []string{"Portugal>Timor-Leste,Angola,Cabo Verde,Guinea-Bissau:supplies:planned:"}},
		{"migrants in a country: the country receives", "IOM was providing hygiene kits to migrants in Yemen.",
			[]string{"IOM", "Yemen"}, []string{"IOM>Yemen:supplies:reported:"}},
		{"one's own migrants abroad: no receiver", "Niger sent food to its migrants in Libya.",
			[]string{"Niger", "Libya"}, nil},
		{"research progress shared is knowledge", "China will continue to share its vaccine research progress with Pakistan.",
			[]string{"China", "Pakistan"}, []string{"China>Pakistan:knowledge_sharing:planned:"}},
		{"technology transferred is knowledge shared", "Sinovac has transferred its technology to Bio Farma.",
			[]string{"Sinovac", "Bio Farma"}, []string{"Sinovac>Bio Farma:knowledge_sharing:reported:"}},
		{"training in a technology is an exchange", "Our experts have trained more than 1,200 farmers in Fiji in Juncao technology.",
			[]string{"Our=China", "Fiji"}, []string{"China>Fiji:expert_exchange:reported:more than 1,200"}},
		{"research done together with a partner", "Sinovac is developing a vaccine together with the Butantan Institute.",
			[]string{"Sinovac", "Butantan Institute"}, []string{"Sinovac>Butantan Institute:research_cooperation:reported:"}},
		{"the same for samples sequenced", "KEMRI is sequencing samples together with the Uganda Virus Research Institute.",
			[]string{"KEMRI", "Uganda Virus Research Institute"}, []string{"KEMRI>Uganda Virus Research Institute:research_cooperation:reported:"}},
		{"an offer studied with another body is no research", "The Russian side has offered Sputnik V, and the Ministry of Health is studying the offer together with the Food and Drug Administration.",
			[]string{"Russian=Russia", "Ministry of Health", "Food and Drug Administration"}, nil},
		{"goods named before the aid noun type it", "China's vaccine assistance to Cambodia has arrived in Phnom Penh.",
			[]string{"China", "Cambodia", "Phnom Penh=@Cambodia"}, []string{"China>Cambodia:supplies:reported:"}},
		{"a team of help named where it is", "The Chinese medical team in Sudan has gone to the flooded areas around Khartoum.",
			[]string{"Chinese=China", "Sudan", "Khartoum=@Sudan"}, []string{"China>Sudan:medical_team:reported:"}},
		{"the same with experts of another trade", "Our agricultural expert team in Burundi kept working with farmers on hybrid rice.",
			[]string{"Our=China", "Burundi"}, []string{"China>Burundi:expert_exchange:reported:"}},
		{"a country's own teams are no team of help", "The situation improved thanks to good control operations by national teams in Pakistan and Iran.",
			[]string{"Pakistan", "Iran"}, nil},
		{"a team named where it is that does something more: that act alone", "The Chinese medical team in Guinea-Bissau has also trained 120 local nurses.",
			[]string{"Chinese=China", "Guinea-Bissau"}, []string{"China>Guinea-Bissau:expert_exchange:reported:120"}},
		{"patients with five words before them", "Germany has taken in more than 200 intensive care patients from Italy and France in its hospitals.",
			[]string{"Germany", "Italy", "France"}, []string{"Germany>Italy,France:other:reported:"}},
		{"patients named by their countries' adjectives", "Germany has taken in Italian and French patients.",
			[]string{"Germany", "Italian=Italy", "French=France"}, []string{"Germany>Italy,France:other:reported:"}},
		{"patients from another country received in hospitals", "Luxembourg has received 40 patients from France in its hospitals.",
			[]string{"Luxembourg", "France"}, []string{"Luxembourg>France:other:reported:"}},
		{"experience of treating patients is shared, no patients taken in", "China has shared its experience of treating patients with the Ministry of Health of Russia.",
			[]string{"China", "Ministry of Health", "Russia"}, []string{"China>Russia:knowledge_sharing:reported:"}},
		{"a passive joined by and gives on the same goods", "The testing reagents donated by the Chinese government arrived in Kabul on March 11 and were handed over to the Ministry of Public Health.",
			[]string{"Chinese=China", "Kabul=@Afghanistan", "Ministry of Public Health"}, []string{"China>Afghanistan,Ministry of Public Health:supplies:reported:"}},
		{"a gift flown on the aircraft that brought nationals home is a gift all the same", "In February, France sent 17 tonnes of protective equipment to Wuhan aboard the aircraft that repatriated our nationals.",
			[]string{"France", "Wuhan=@China"}, []string{"France>China:supplies:reported:17 tonnes"}},
		{"goods a relative clause with a named giver is about", "This is the third batch of vaccines China has donated to Syria.",
			[]string{"China", "Syria"}, []string{"China>Syria:supplies:reported:"}},
		{"goods that were a gift are typed by the goods", "The masks were a gift from the Chinese people to the people of Serbia.",
			[]string{"Chinese=China", "Serbia"}, []string{"China>Serbia:supplies:reported:"}},
		{"a team that leaves a named place for another", "The team of Chinese medical experts left Shanghai on March 20 for Rome.",
			[]string{"Chinese=China", "Shanghai=@China", "Rome=@Italy"}, []string{"China>Italy:medical_team:reported:"}},
		{"humanitarian material is goods", "Spain has sent 60 tonnes of humanitarian material to Türkiye.",
			[]string{"Spain", "Türkiye"}, []string{"Spain>Türkiye:supplies:reported:60 tonnes"}},
		{"relief material is goods, planned", "India will ship 10 tonnes of relief material to Fiji before the end of the month.",
			[]string{"India", "Fiji"}, []string{"India>Fiji:supplies:planned:10 tonnes"}},
		{"medical material, in the singular, is goods", "Italy sent a cargo of two tonnes of medical material to Wuhan.",
			[]string{"Italy", "Wuhan=@China"}, []string{"Italy>China:supplies:reported:two tonnes"}},
		{"goods to a list of receivers, handed over", "The goods to Laos, Pakistan and Iran were handed over by our embassies last week.",
			[]string{"Laos", "Pakistan", "Iran", "our=China"}, []string{"China>Laos,Pakistan,Iran:supplies:reported:"}},
		{"a session held with doctors", "The Peking Union Medical College Hospital held a session with doctors from Kazakhstan and Uzbekistan on the treatment of severe cases.",
			[]string{"Peking Union Medical College Hospital", "Kazakhstan", "Uzbekistan"}, []string{"Peking Union Medical College Hospital>Kazakhstan,Uzbekistan:expert_exchange:reported:"}},
		{"rescuers sent with relief supplies are typed by the rescuers", "The United States and Mexico have sent search and rescue personnel and relief supplies to Haiti.",
			[]string{"United States", "Mexico", "Haiti"}, []string{"United States+Mexico>Haiti:other:reported:"}},
		{"a logistics team is no medical team", "The German Red Cross has deployed a logistics team to Malawi.",
			[]string{"German Red Cross", "Malawi"}, []string{"German Red Cross>Malawi:other:reported:"}},
		{"police and peacekeepers deployed", "Australia and Fiji have also deployed police or peacekeeping personnel to Solomon Islands.",
			[]string{"Australia", "Fiji", "Solomon Islands"}, []string{"Australia+Fiji>Solomon Islands:other:reported:"}},
		{"assistance including a team and supplies is typed by the team", "The Chinese government has decided to provide Türkiye with emergency assistance worth 40 million yuan, including a rescue team, a medical team and urgently needed supplies.",
			[]string{"Chinese=China", "Türkiye"}, []string{"China>Türkiye:medical_team:planned:40 million yuan"}},
		{"goods shared as them are goods", "Serbia, which received Chinese vaccines early, has shared them with Bosnia and Herzegovina and North Macedonia.",
			[]string{"Serbia", "Chinese=China", "Bosnia and Herzegovina", "North Macedonia"}, []string{"Serbia>Bosnia and Herzegovina,North Macedonia:supplies:reported:"}},
		{"who hands out what another gave gives nothing", "The Jack Ma Foundation will donate supplies to all 54 African countries, with the first batch to be distributed from Addis Ababa by the Ethiopian government.",
			[]string{"Jack Ma Foundation", "African=Africa", "Addis Ababa=@Ethiopia", "Ethiopian=Ethiopia"}, []string{"Jack Ma Foundation>Africa:supplies:planned:"}},
		{"dues set apart are no bar to the gift", "China has contributed 50 million US dollars in cash to the World Health Organization this year, in addition to its assessed contributions.",
			[]string{"China", "World Health Organization"}, []string{"China>World Health Organization:funding:reported:50 million US dollars"}},
		{"goods to a list in the subject, and another clause's receiver after \", and\"", "The aid material to Cambodia and Nepal was delivered by road and by air, and the ventilators for Venezuela were loaded in Shenzhen.",
			[]string{"Cambodia", "Nepal", "Venezuela", "Shenzhen=@China"}, []string{"China>Cambodia,Nepal:supplies:reported:"}},
		{"a participle's giver in the next clause's subject: where its verb says", "We have also delivered masks to Greece, and a batch of ventilators donated by the Chinese government arrived in Belgrade on Tuesday.",
			[]string{"We=China", "Greece", "Chinese=China", "Belgrade=@Serbia"}, []string{"China>Greece,Serbia:supplies:reported:"}},
		{"an aircraft that brought nationals home, with no gift, is no aid", "The aircraft that repatriated our citizens from Wuhan landed in Paris.",
			[]string{"Wuhan=@China", "Paris=@France"}, nil},
		{"firefighting aircraft sent to a fire are other aid", "Cyprus and Croatia sent firefighting aircraft to Greece.",
			[]string{"Cyprus", "Croatia", "Greece"}, []string{"Cyprus+Croatia>Greece:other:reported:"}},
		{"helicopters sent to a fire are other aid", "Switzerland has dispatched three Super Puma helicopters of its air force to Greece.",
			[]string{"Switzerland", "Greece"}, []string{"Switzerland>Greece:other:reported:three"}},
		{"a relative clause opened by a preposition between the givers and their verb", "The Alibaba Foundation and the Jack Ma Foundation, with which we cooperated on logistics, have delivered supplies to Asian countries including Afghanistan and Nepal.",
			[]string{"Alibaba Foundation", "Jack Ma Foundation", "we=China", "Asian=Asia", "Afghanistan", "Nepal"}, []string{"Alibaba Foundation+Jack Ma Foundation>Asia,Afghanistan,Nepal:supplies:reported:"}},
		{"a list of givers who pledged to provide: each gives", "France, Germany and Britain have pledged to provide five million euros of aid to Iran.",
			[]string{"France", "Germany", "Britain=@United Kingdom", "Iran"}, []string{"France+Germany+United Kingdom>Iran:funding:planned:five million euros"}},
		{"an aside of time between the verb and its object: the verb governs the noun", "Morocco is sending, as of today, medical aid to Chad and Niger.",
			[]string{"Morocco", "Chad", "Niger"}, []string{"Morocco>Chad,Niger:supplies:reported:"}},
		{"relief supplies that are relief goods arrive, supplies", "The emergency relief supplies from the Chinese government, including tents, blankets and food, arrived in Kabul on May 20.",
			[]string{"Chinese=China", "Kabul=@Afghanistan"}, []string{"China>Afghanistan:supplies:reported:"}},
		{"an agreement with a partner named after its country's possessive, to carry out trials jointly", "The Chinese company Sinovac has signed an agreement with Brazil's Butantan Institute to jointly carry out phase III clinical trials of its candidate vaccine in Brazil.",
			[]string{"Chinese=China", "Sinovac", "Brazil", "Butantan Institute"}, []string{"Sinovac>Butantan Institute:research_cooperation:reported:"}},
		{"an agreement reached is no arrival", "CanSino Biologics and Pakistan's National Institute of Health have reached an agreement to jointly carry out the phase III clinical trials in Pakistan.",
			[]string{"CanSino Biologics", "Pakistan", "National Institute of Health"}, []string{"CanSino Biologics>National Institute of Health:research_cooperation:reported:"}},
		{"experts from a body named after its country's possessive act", "Experts from Germany's Robert Koch Institute held a series of video conferences with Iraqi epidemiologists.",
			[]string{"Germany", "Robert Koch Institute", "Iraqi=Iraq"}, []string{"Robert Koch Institute>Iraq:expert_exchange:reported:"}},
		{"specialists seconded", "The Ministry of Health has seconded two public health specialists to Fiji to help with contact tracing.",
			[]string{"Ministry of Health", "Fiji"}, []string{"Ministry of Health>Fiji:medical_team:reported:two"}},
		{"money mobilised to support the response of countries; a society mobilised gives nothing", "The whole of society has been mobilized. The AFD is mobilizing 1.2 billion euros to support the response of African countries to the pandemic.",
			[]string{"AFD", "African=Africa"}, []string{"AFD>Africa:funding:reported:1.2 billion euros"}},
		{"supporting someone named with a grant", "France is supporting the Africa CDC with a grant of 2 million euros, and UNHCR is supporting the migrant population with cash transfers.",
			[]string{"France", "Africa CDC", "UNHCR"}, []string{"France>Africa CDC:funding:reported:2 million euros"}},
		{"support in politics gives nothing", "China supports COVAX and calls on countries with the capacity to share doses with the facility.",
			[]string{"China", "COVAX"}, nil},
		{"video conferences held at a request", "At the request of Pakistan, the National Health Commission held two video conferences on how to reopen schools safely.",
			[]string{"Pakistan", "National Health Commission"}, []string{"National Health Commission>Pakistan:expert_exchange:reported:two"}},
		{"a video conference with regulators is an expert exchange", "On April 22 the NMPA held a video conference with drug regulators from the member states of the Association of Southeast Asian Nations (ASEAN).",
			[]string{"NMPA", "Association of Southeast Asian Nations", "ASEAN=Association of Southeast Asian Nations"}, []string{"NMPA>Association of Southeast Asian Nations:expert_exchange:reported:"}},
		{"goods received from one giver and others from another", "Last month we received 30,000 masks from Japan and 8,000 protective suits from Germany.",
			[]string{"we=China", "Japan", "Germany"}, []string{"Japan+Germany>China:supplies:reported:30,000"}},
		{"what is done instead of sending is no sending; test cartridges and disease kits are supplies", "The WHO has sent GeneXpert cartridges to Tonga, so we can now test samples here instead of sending them to New Zealand. UNICEF delivered 25 diarrhoeal disease kits to Sudan.",
			[]string{"WHO", "Tonga", "we=Tonga", "New Zealand", "UNICEF", "Sudan"}, []string{"WHO>Tonga:supplies:reported:", "UNICEF>Sudan:supplies:reported:25"}},
		{"an amount in euros or pounds announced or mobilised", "The AFD is mobilizing €1.2 billion to support the response of African countries, and the United Kingdom announced £20 million for the WHO.",
			[]string{"AFD", "African=Africa", "United Kingdom", "WHO"}, []string{"AFD>Africa:funding:reported:€1.2 billion", "United Kingdom>WHO:funding:reported:£20 million"}},
		{"who used a hub to ship gives, not the hub", "From the Regional Logistics Center, the Government of Panama sent eight tons of protective equipment to Haiti, and the World Food Programme used the center to ship food to families in Honduras.",
			[]string{"Regional Logistics Center", "the center=Regional Logistics Center", "Panama", "Haiti", "World Food Programme", "Honduras"}, []string{"Panama>Haiti:supplies:reported:eight tons", "World Food Programme>Honduras:supplies:reported:"}},
		{"experts who are now in a country, or spent a month there", "A group of Chinese locust-control experts is now in Ethiopia, advising the local authorities. A team of Chinese medical experts spent a month in Venezuela. Several Chinese vaccines are now in phase III clinical trials in Peru.",
			[]string{"Chinese=China", "Ethiopia", "Venezuela", "Peru"}, []string{"China>Ethiopia:expert_exchange:reported:", "China>Venezuela:medical_team:reported:"}},
		{"money in cash and a batch of supplies are two acts", "The Red Cross Society of China has provided 300,000 US dollars in cash and a batch of medical supplies to the Iranian Red Crescent Society.",
			[]string{"Red Cross Society of China", "China", "Iranian Red Crescent Society"}, []string{"Red Cross Society of China>Iranian Red Crescent Society:funding:reported:300,000 US dollars", "Red Cross Society of China>Iranian Red Crescent Society:supplies:reported:"}},
		{"a team of traditional Chinese medicine experts is a medical team; teleconsultations are an expert exchange", "The Hainan Provincial Health Commission will send a team of eight traditional Chinese medicine experts to Timor-Leste, and specialists of the Ministry of Health of Jordan have held teleconsultations with doctors in Yemen.",
			[]string{"Hainan Provincial Health Commission", "Timor-Leste", "Ministry of Health of Jordan", "Yemen"}, []string{"Hainan Provincial Health Commission>Timor-Leste:medical_team:planned:eight", "Ministry of Health of Jordan>Yemen:expert_exchange:reported:"}},
		{"train crews are no training", "The Ministry of Transport has shared its guidelines on the protection of train crews with the transport ministries of Kazakhstan.",
			[]string{"Ministry of Transport", "Kazakhstan"}, []string{"Ministry of Transport>Kazakhstan:knowledge_sharing:reported:"}},
		{"freight trains are no training", "The Ministry of Transport has shared its guidelines on the disinfection of freight trains with the transport ministries of Kazakhstan and Mongolia.",
			[]string{"Ministry of Transport", "Kazakhstan", "Mongolia"}, []string{"Ministry of Transport>Kazakhstan,Mongolia:knowledge_sharing:reported:"}},
		{"a team of doctors and nurses from two cities goes", "A medical team of 50 doctors and nurses from Iasi and Bucharest will go to Moldova next week.",
			[]string{"Iasi=@Romania", "Bucharest=@Romania", "Moldova"}, []string{"Romania>Moldova:medical_team:planned:50"}},
		{"researchers and their counterparts work jointly", "Chinese medical researchers and their Russian counterparts have been conducting joint clinical trials of an antiviral drug in Moscow.",
			[]string{"Chinese=China", "Russian=Russia", "Moscow=@Russia"}, []string{"China>Russia:research_cooperation:reported:"}},
		{"made available, the object between", "Norway, through the Norway Grants, has made 5 million euros available to the Ministry of Health, and once Chinese vaccines are put into use, China will make them available to countries in Africa.",
			[]string{"Norway", "Ministry of Health", "Chinese=China", "China", "Africa"}, []string{"Norway>Ministry of Health:funding:reported:5 million euros", "China>Africa:supplies:planned:"}},
		{"experts of another field sent together with supplies are typed by the experts", "The Chinese government will send a working group of locust control experts to Ethiopia, together with pesticides and spraying equipment.",
			[]string{"Chinese=China", "Ethiopia"}, []string{"China>Ethiopia:expert_exchange:planned:"}},
		{"goods that arrived and will be handed over are the same goods", "A batch of 150,000 masks donated by the Chinese government arrived in Addis Ababa yesterday and will be handed over to the African Union.",
			[]string{"Chinese=China", "Addis Ababa=@Ethiopia", "African Union"}, []string{"China>Ethiopia,African Union:supplies:reported:A batch"}},
		{"video conferences on approvals of reagents are an expert exchange", "The NMPA has held video conferences with the European Medicines Agency on the emergency approval of test reagents.",
			[]string{"NMPA", "European Medicines Agency"}, []string{"NMPA>European Medicines Agency:expert_exchange:reported:"}},
		{"a verb in -ing after on names a topic, no act", "The RCSC has also sent its guidelines on community mobilization and on running quarantine centres to the Lao Red Cross.",
			[]string{"RCSC", "Lao Red Cross"}, []string{"RCSC>Lao Red Cross:knowledge_sharing:reported:"}},
		{"teams deployed in a part of a country", "Médecins Sans Frontières has deployed additional medical teams in the north of Burkina Faso.",
			[]string{"Médecins Sans Frontières", "Burkina Faso"}, []string{"Médecins Sans Frontières>Burkina Faso:medical_team:reported:"}},
		{"trainees named by their country's adjective after a number, or as a ministry's vaccinators", "West China Hospital has also trained more than 300 Pakistani doctors on its online platform, and PAHO trained 1,200 vaccinators of the Ministry of Public Health.",
			[]string{"West China Hospital", "Pakistani=Pakistan", "PAHO", "Ministry of Public Health"}, []string{"West China Hospital>Pakistan:expert_exchange:reported:more than 300", "PAHO>Ministry of Public Health:expert_exchange:reported:1,200"}},
		{"trainees after an aside set off by commas", "Over the past month, Chinese experts have trained, via video link, more than 300 Lao medical workers, and the WHO has trained, with Japan's support, 40 Afghan nurses.",
			[]string{"Chinese=China", "Lao=Laos", "WHO", "Japan", "Afghan=Afghanistan"}, []string{"China>Laos:expert_exchange:reported:more than 300", "WHO>Afghanistan:expert_exchange:reported:40"}},
		{"a list closed by a comma before and; a name after ', and' and a verb is a new subject", "Cuba has sent medical brigades to Jamaica, Barbados, Antigua and Barbuda, and Grenada, and Venezuela has delivered 20 tonnes of food to Haiti, Cuba, and Saint Lucia this week.",
			[]string{"Cuba", "Jamaica", "Barbados", "Antigua and Barbuda", "Grenada", "Venezuela", "Haiti", "Saint Lucia"}, []string{"Cuba>Jamaica,Barbados,Antigua and Barbuda,Grenada:medical_team:reported:", "Venezuela>Haiti,Cuba,Saint Lucia:supplies:reported:20 tonnes"}},
		{"a gift handed over in a country", "Medical supplies donated by Turkey were handed over in Sarajevo, Serbia and Montenegro.",
			[]string{"Turkey", "Sarajevo=@Bosnia and Herzegovina", "Serbia", "Montenegro"}, []string{"Turkey>Bosnia and Herzegovina,Serbia,Montenegro:supplies:reported:"}},
		{"a gift of the speaker's side handed over in a country", "Sinopharm doses donated by China were handed over in Senegal.",
			[]string{"China", "Senegal"}, []string{"China>Senegal:supplies:reported:"}},
		{"technical exchanges held are a noun, not a verb of sharing", "Chinese health authorities have held technical exchanges with their counterparts in the Republic of Korea and Japan.",
			[]string{"Chinese=China", "Republic of Korea", "Japan"}, []string{"China>Republic of Korea,Japan:expert_exchange:reported:"}},
		{"contributions announced are money", "Germany and Japan have announced additional contributions to the WHO.",
			[]string{"Germany", "Japan", "WHO"}, []string{"Germany+Japan>WHO:funding:reported:"}},
		{"will support someone with goods gives them", "The Chinese government will also support the Africa Centres for Disease Control and Prevention with testing reagents and protective equipment.",
			[]string{"Chinese=China", "Africa Centres for Disease Control and Prevention"}, []string{"China>Africa Centres for Disease Control and Prevention:supplies:planned:"}},
		{"will support someone with one's voice gives nothing", "China will continue to support the WHO with its voice, and it will support Ethiopia with all its strength.",
			[]string{"China", "WHO", "Ethiopia"}, nil},
		{"goods on their way to a country", "Similar consignments from the Chinese government are now on their way to Cambodia and Myanmar.",
			[]string{"Chinese=China", "Cambodia", "Myanmar"}, []string{"China>Cambodia,Myanmar:supplies:reported:"}},
		{"a team from a country deployed, not doctors from a country met", "A team of doctors and nurses from Norway has been deployed to Bergamo, and video conferences with doctors from Italy and Germany are being arranged.",
			[]string{"Norway", "Bergamo=@Italy", "Italy", "Germany"}, []string{"Norway>Italy:medical_team:reported:"}},
		{"humanitarian aid that lists medical goods or relief goods is supplies", "Russia sent 23 tonnes of humanitarian aid to China, including masks and protective suits, and Turkey sent humanitarian aid to Syria, including tents and blankets.",
			[]string{"Russia", "China", "Turkey", "Syria"}, []string{"Russia>China:supplies:reported:23 tonnes", "Turkey>Syria:supplies:reported:"}},
		{"a body's board acts for it", "The Executive Board of the International Monetary Fund has approved 1.386 billion US dollars for Pakistan.",
			[]string{"International Monetary Fund", "Pakistan"}, []string{"International Monetary Fund>Pakistan:funding:reported:1.386 billion US dollars"}},
		{"video conferences one has had", "Our specialists have also had three video conferences with Chinese doctors who treated patients in Wuhan, and we had a long talk with Japan.",
			[]string{"Our=Tanzania", "Chinese=China", "Wuhan=@China", "Japan"}, []string{"Tanzania>China:expert_exchange:reported:three"}},
		{"sheep are supplies; sessions with hospital directors are an expert exchange; a team moves on to a country", "The last batch of the 30,000 sheep donated by Mongolia was delivered to Hubei. Our specialists held sessions with hospital directors from Kazakhstan. The Chinese medical team will move on to Burkina Faso next week.",
			[]string{"Mongolia", "Hubei=@China", "Our=China", "Kazakhstan", "Chinese=China", "Burkina Faso"}, []string{"Mongolia>China:supplies:reported:", "China>Kazakhstan:expert_exchange:reported:", "China>Burkina Faso:medical_team:planned:"}},
		{"money awarded, an agreement of an amount signed, intensive-care patients taken in", "The Department of the Interior has awarded 4.6 million US dollars to Palau, we will sign a 30 million US dollar financing agreement with Mozambique, and Austria has taken in eleven intensive-care patients from Italy. The jury awarded a prize to Kenya.",
			[]string{"Department of the Interior", "Palau", "we=Ireland", "Mozambique", "Austria", "Italy", "Kenya"}, []string{"Department of the Interior>Palau:funding:reported:4.6 million US dollars", "Ireland>Mozambique:funding:planned:30 million", "Austria>Italy:other:reported:"}},
		{"support expressed by others before ', and' is no giver's", "When China was in difficulty, the African Union expressed support, and Equatorial Guinea donated US$2 million to China.",
			[]string{"China", "African Union", "Equatorial Guinea"}, []string{"Equatorial Guinea>China:funding:reported:US$2 million"}},
		{"what is bought after 'so that' is not what was given", "We have also shared our national standards for masks with the standards bodies of Laos, at their request, so that they can check the products they buy.",
			[]string{"We=China", "our=China", "Laos"}, []string{"China>Laos:knowledge_sharing:reported:"}},
		{"a pledge announced is the announcer's", "Germany has already announced a pledge of 100 million euros for Mali.",
			[]string{"Germany", "Mali"}, []string{"Germany>Mali:funding:planned:100 million euros"}},
		{"a shipment from a giver that lands is goods; a partner named after its country's possessive and an adjective", "A second shipment from Singapore landed in Guangzhou yesterday, and Sinovac and Indonesia's state-owned Bio Farma will start a phase III clinical trial in Bandung.",
			[]string{"Singapore", "Guangzhou=@China", "Sinovac", "Indonesia", "Bio Farma", "Bandung=@Indonesia"}, []string{"Singapore>China:supplies:reported:", "Sinovac>Bio Farma:research_cooperation:planned:"}},
		{"an amount spelled in words", "Canada has provided two million Canadian dollars to CARPHA.",
			[]string{"Canada", "CARPHA"}, []string{"Canada>CARPHA:funding:reported:two million Canadian dollars"}},
		{"hand sanitiser and machines are supplies", "We received 10,000 litres of hand sanitiser from the United Arab Emirates, and the WHO handed over four PCR machines to Lebanon.",
			[]string{"we=China", "United Arab Emirates", "WHO", "Lebanon"}, []string{"United Arab Emirates>China:supplies:reported:10,000", "WHO>Lebanon:supplies:reported:four"}},
		{"with the help of an organisation, a ministry trained", "With the help of the Pan American Health Organization (PAHO), the Ministry of Health and Wellness trained 300 vaccinators.",
			[]string{"Pan American Health Organization", "PAHO=Pan American Health Organization", "Ministry of Health and Wellness"}, []string{"Pan American Health Organization>Ministry of Health and Wellness:expert_exchange:reported:"}},
		{"a verb joined by and shares its subject, not the object's our", "Last week, MARA held a video conference with the Ministry of Agriculture of Cambodia, and shared our prevention guidelines with the Ministry of Agriculture.",
			[]string{"MARA", "Ministry of Agriculture", "our=China"}, []string{"MARA>Ministry of Agriculture:expert_exchange:reported:", "MARA>Ministry of Agriculture:knowledge_sharing:reported:"}},
		{"a grant or loan agreement signed with a country", "We signed a grant agreement of 80 million yuan with Rwanda, and Japan signed a loan agreement with Kenya; Italy and Kenya signed a trade agreement.",
			[]string{"We=China", "Rwanda", "Japan", "Kenya", "Italy"}, []string{"China>Rwanda:funding:reported:80 million yuan", "Japan>Kenya:funding:reported:"}},
		{"online courses for officials from countries", "In October the center held 23 online courses on rice cultivation for agricultural officials and technicians from Nigeria, Uganda and Papua New Guinea.",
			[]string{"center=FECC", "Nigeria", "Uganda", "Papua New Guinea"}, []string{"FECC>Nigeria,Uganda,Papua New Guinea:expert_exchange:reported:23"}},
		{"received through an organisation named first", "Through COVAX, Yemen received its first 300,000 doses on 31 March.",
			[]string{"COVAX", "Yemen"}, []string{"COVAX>Yemen:supplies:reported:300,000 doses"}},
		{"a demonym's scientists and a partner develop jointly", "Chinese scientists and Cuba's Center for Genetic Engineering and Biotechnology are jointly developing a nasal spray vaccine.",
			[]string{"Chinese=China", "Cuba", "Center for Genetic Engineering and Biotechnology=CIGB"}, []string{"China>CIGB:research_cooperation:reported:"}},
		{"a demonym's companies named in apposition", "Two Chinese companies, State Grid and Yuwell, have since donated 80 oxygen concentrators to Kyrgyz hospitals.",
			[]string{"Chinese=China", "State Grid", "Yuwell", "Kyrgyz=Kyrgyzstan"}, []string{"State Grid+Yuwell>Kyrgyzstan:supplies:reported:80"}},
		{"a team that flies brings supplies too: the team is what is sent", "A team of Chinese medical experts will fly to Italy in the next few days, and they will bring with them some of the medical supplies Italy urgently needs.",
			[]string{"Chinese=China", "Italy"}, []string{"China>Italy:medical_team:planned:"}},
		{"two verbs joined by and share their receivers", "We will provide supplies and send medical experts to African countries.",
			[]string{"We=China", "African=@Africa"}, []string{"China>Africa:medical_team:planned:", "China>Africa:supplies:planned:"}},
		{"a verb after and shares the tense of the one before", "China will donate masks to Chad and send doctors to Mali, and it has sent rescuers to Niger.",
			[]string{"China", "Chad", "Mali", "Niger"}, []string{"China>Chad:supplies:planned:", "China>Mali:medical_team:planned:", "China>Niger:other:reported:"}},
		{"experts go to a country, to advise or as a team; money and talks do not", "Chinese experts will also go to Mongolia next week to provide technical guidance, we sent masks to Fiji, and a team of 12 doctors will go to Nepal. Our ministers will go to Laos for talks.",
			[]string{"Chinese=China", "Mongolia", "we=China", "Fiji", "Nepal", "Our=China", "Laos"}, []string{"China>Mongolia:expert_exchange:planned:", "China>Fiji:supplies:reported:", "China>Nepal:medical_team:planned:12"}},
		{"money's worth of goods is goods", "The Japanese government has decided to provide 250 million yen worth of protective equipment to Chinese hospitals.",
			[]string{"Japanese=Japan", "Chinese=China"}, []string{"Japan>China:supplies:planned:250 million yen"}},
		{"them after goods named before the verb in its clause", "Pakistan collected masks from the stocks of its public hospitals and sent them to China; we appeal to countries with surplus doses to release them to COVAX.",
			[]string{"Pakistan", "China", "we=African Union", "COVAX"}, []string{"Pakistan>China:supplies:reported:"}},
		{"the one named right before the verb gave what was named before it", "The first 3 million doses that the United States donated to Pakistan were welcome, and the goggles Egypt donated to Iran were useful.",
			[]string{"United States", "Pakistan", "Egypt", "Iran"}, []string{"United States>Pakistan:supplies:reported:3 million doses", "Egypt>Iran:supplies:reported:"}},
		{"money that will go to a body is the giver's before", "Ireland will provide 2 million euros to the World Health Organization's appeal, and a further 1 million euros will go to UNICEF.",
			[]string{"Ireland", "World Health Organization", "UNICEF"}, []string{"Ireland>World Health Organization,UNICEF:funding:planned:2 million euros"}},
		{"the trial told before, conducted jointly", "Sinopharm is conducting this trial jointly with the United Arab Emirates and Bahrain.",
			[]string{"Sinopharm", "United Arab Emirates", "Bahrain"}, []string{"Sinopharm>United Arab Emirates,Bahrain:research_cooperation:reported:"}},
		{"who attended a course another body organized", "Last month, 60 Afghan doctors attended an online training programme on intensive care organized by the Turkish Ministry of Health.",
			[]string{"Afghan=Afghanistan", "Turkish Ministry of Health"}, []string{"Turkish Ministry of Health>Afghanistan:expert_exchange:reported:60"}},
		{"a demonym's company named in apposition receives alone", "CEPI has granted funding to a Chinese company, Jiankang Biologics, to speed up its vaccine.",
			[]string{"CEPI", "Chinese=China", "Jiankang Biologics"}, []string{"CEPI>Jiankang Biologics:funding:reported:"}},
		{"experts who came and offered valuable advice exchanged expertise", "An expert team from the World Health Organization (WHO) came to China in February, visited several provinces and offered valuable advice on our response.",
			[]string{"World Health Organization", "WHO=World Health Organization", "China", "our=China"}, []string{"World Health Organization>China:expert_exchange:reported:"}},
		{"a post of a body opens a new clause, not a receiver", "Saudi Arabia and Algeria sent masks to China, and the Secretary-General of the League of Arab States, Ahmed Aboul Gheit, sent a message of solidarity.",
			[]string{"Saudi Arabia", "Algeria", "China", "League of Arab States=Arab League"}, []string{"Saudi Arabia+Algeria>China:supplies:reported:"}},
		{"the receiver's which-clause tells the gift's purpose, no second act", "The Asian Development Bank has approved a grant of US$40 million to Afghanistan, which will help the Ministry of Public Health strengthen its response.",
			[]string{"Asian Development Bank", "Afghanistan", "Ministry of Public Health=Ministry of Public Health^Afghanistan"}, []string{"Asian Development Bank>Afghanistan:funding:reported:US$40 million"}},
		{"what was shared at a meeting goes to those met", "We have held video calls with the Ministry of Health of Brunei, where we shared our clinical management protocols.",
			[]string{"We=Singapore", "Ministry of Health of Brunei", "we=Singapore", "our=Singapore"}, []string{"Singapore>Ministry of Health of Brunei:expert_exchange:reported:", "Singapore>Ministry of Health of Brunei:knowledge_sharing:reported:"}},
		{"a plane chartered by a government lands with its gift", "On February 20, a plane chartered by the Government of Uzbekistan landed in Wuhan carrying 20 tonnes of goggles and gloves, a gift from the Uzbek people.",
			[]string{"Uzbekistan", "Wuhan=@China", "Uzbek=Uzbekistan"}, []string{"Uzbekistan>China:supplies:reported:"}},
		{"PCR testing machines are supplies", "The Government of Singapore donated five PCR testing machines to China.",
			[]string{"Singapore", "China"}, []string{"Singapore>China:supplies:reported:five"}},
		{"the first consignment of goods given to a body arrives in its city", "We decided to provide testing reagents and masks to the African Union, and the first consignment arrived in Addis Ababa on Monday.",
			[]string{"We=China", "African Union", "Addis Ababa=@Ethiopia"}, []string{"China>African Union:supplies:planned:"}},
		{"efforts to help, welcomed, are no act", "Italy is in a very difficult situation, and we welcome efforts by all countries to help Italy.",
			[]string{"Italy", "we=China"}, nil},
		{"funding under review is no act", "The United States is reviewing its funding to the WHO.",
			[]string{"United States", "WHO"}, nil},
		{"goods and a measure of food are one act of supplies", "The government of Myanmar donated masks, protective gowns and 200 tonnes of rice to China in February.",
			[]string{"Myanmar", "China"}, []string{"Myanmar>China:supplies:reported:200 tonnes"}},
		{"an antiviral drug is supplies", "Japan has said it will provide its antiviral drug favipiravir free of charge to countries including Iran and Turkey.",
			[]string{"Japan", "Iran", "Turkey"}, []string{"Japan>Iran,Turkey:supplies:planned:"}},
		{"the goods a relative clause's subject handed over", "This adds to the 5,000 protective suits that the Embassy of China in Tunisia handed over to the Ministry of Health in March.",
			[]string{"Embassy of China in Tunisia", "Ministry of Health=Ministry of Health^Tunisia"}, []string{"Embassy of China in Tunisia>Ministry of Health:supplies:reported:5,000"}},
		{"assistance in cash is funding", "The Chinese government has decided to provide emergency humanitarian assistance in cash to Panama and Costa Rica.",
			[]string{"Chinese=China", "Panama", "Costa Rica"}, []string{"China>Panama,Costa Rica:funding:planned:"}},
		{"gift as a verb", "India will gift doses of the Covishield vaccine to Bangladesh and Nepal next week; Mongolia has gifted doses to Bhutan.",
			[]string{"India", "Bangladesh", "Nepal", "Mongolia", "Bhutan"}, []string{"India>Bangladesh,Nepal:supplies:planned:", "Mongolia>Bhutan:supplies:reported:"}},
		{"a clause opened by when is no subject", "When the locusts hit Ethiopia, China delivered pesticides and sprayers to Somalia.",
			[]string{"Ethiopia", "China", "Somalia"}, []string{"China>Somalia:supplies:reported:"}},
		{"the team sent trains where it was sent", "The medical team we sent to Niger, the 18th since 1976, has trained more than 600 local nurses to give injections.",
			[]string{"we=China", "Niger"}, []string{"China>Niger:medical_team:reported:", "China>Niger:expert_exchange:reported:more than 600"}},
		{"a craft sent carrying goods", "In February the Indonesian government sent us a plane carrying masks and protective suits.",
			[]string{"Indonesian government=Indonesia", "us=China"}, []string{"Indonesia>China:supplies:reported:"}},
		{"grant aid is funding; aid paused is none", "Japan has announced emergency grant aid to Honduras, and the United States has decided to pause part of its aid to Ethiopia over the dispute with Egypt.",
			[]string{"Japan", "Honduras", "United States", "Ethiopia", "Egypt"}, []string{"Japan>Honduras:funding:reported:"}},
		{"two kinds of help sent together are two acts", "The UAE sent an aircraft carrying 10 tonnes of medical supplies and a team of six doctors to Comoros, and Japan provided a grant of 2 million dollars for cold-chain equipment and syringes to Laos.",
			[]string{"UAE", "Comoros", "Japan", "Laos"}, []string{"UAE>Comoros:supplies:reported:10 tonnes", "UAE>Comoros:medical_team:reported:", "Japan>Laos:funding:reported:2 million dollars"}},
		{"households affected by a disaster in a country", "We provided emergency food assistance to 40,000 households affected by floods in Bangladesh.",
			[]string{"We=China", "Bangladesh"}, []string{"China>Bangladesh:supplies:reported:40,000"}},
		{"list of recipients", "We have sent seven batches of medical experts to the five countries of Iran, Iraq, Italy, Serbia and Cambodia, and the first team arrived in Iran on Feb. 27.",
			[]string{"We=China", "Iran", "Iraq", "Italy", "Serbia", "Cambodia"},
			[]string{"China>Iran,Iraq,Italy,Serbia,Cambodia:medical_team:reported:seven batches"}},
		{"video conferences for experts from", "So far, we have held nearly 20 video conferences for experts from the WHO, the Association of Southeast Asian Nations (ASEAN) and more than 110 countries from Europe and Africa.",
			[]string{"we=China", "WHO", "Association of Southeast Asian Nations", "Europe", "Africa"},
			[]string{"China>WHO,Association of Southeast Asian Nations,Europe,Africa:expert_exchange:reported:nearly 20"}},
		{"no named recipient", "Second, we have dispatched Chinese medical experts to hard-hit countries.",
			[]string{"we=China", "Chinese=China"}, nil},
		{"by a company its country's adjective and a noun name", "Ventilators donated by the Chinese company BGI arrived in Belgrade.",
			[]string{"Chinese=China", "BGI", "Belgrade=Serbia"}, []string{"BGI>Serbia:supplies:reported:"}},
		{"by a company its country's adjective and a noun name, in apposition", "Masks donated by a Turkish pharmaceutical firm, Atabay, arrived in Sarajevo.",
			[]string{"Turkish=Turkey", "Atabay", "Sarajevo=Bosnia and Herzegovina"}, []string{"Atabay>Bosnia and Herzegovina:supplies:reported:"}},
		{"passive with by", "A batch of masks donated by the Jack Ma Foundation arrived in Ethiopia; the masks were donated by Alibaba to Kenya.",
			[]string{"Jack Ma Foundation", "Ethiopia", "Alibaba", "Kenya"},
			[]string{"Jack Ma Foundation>Ethiopia:supplies:reported:A batch", "Alibaba>Kenya:supplies:reported:"}},
		{"experts sent to advise exchange expertise", "The IFRC also sent two experts in emergency health to Beijing, and they have been advising us on community prevention.",
			[]string{"IFRC", "Beijing=@China", "us=China"},
			[]string{"IFRC>China:expert_exchange:reported:two"}},
		{"doctors sent who advise as well are a medical team", "The IFRC sent two doctors to Beijing, who have been advising the hospitals.",
			[]string{"IFRC", "Beijing=@China"},
			[]string{"IFRC>China:medical_team:reported:two"}},
		{"imported cases are no trade", "The National Health Commission has shared the plan with Thailand, Japan and the Republic of Korea, the three countries that have reported imported cases.",
			[]string{"National Health Commission", "Thailand", "Japan", "Republic of Korea"},
			[]string{"National Health Commission>Thailand,Japan,Republic of Korea:knowledge_sharing:reported:"}},
		{"an evacuation centre is where help goes, not who is evacuated", "The Chinese Embassy handed over tents, blankets and rice to the Department of Social Welfare and Development at an evacuation centre in Batangas.",
			[]string{"Chinese Embassy", "Department of Social Welfare and Development"},
			[]string{"Chinese Embassy>Department of Social Welfare and Development:supplies:reported:"}},
		{"money for the purchase of goods is aid", "The Asian Development Bank has approved a grant of 2 million US dollars to China for the purchase of emergency medical equipment.",
			[]string{"Asian Development Bank", "China"},
			[]string{"Asian Development Bank>China:funding:reported:2 million US dollars"}},
		{"a negation inside a name denies nothing", "Doctors Without Borders has also sent a team of doctors and nurses to Brazil, and Oxfam has not sent anything to Peru.",
			[]string{"Doctors Without Borders", "Brazil", "Oxfam", "Peru"}, []string{"Doctors Without Borders>Brazil:medical_team:reported:"}},
		{"jointly evaluating is research, and not a passive", "The Institut Pasteur de Dakar and the Noguchi Memorial Institute in Accra are jointly evaluating five rapid antigen tests.",
			[]string{"Institut Pasteur de Dakar", "Noguchi Memorial Institute", "Accra"}, []string{"Institut Pasteur de Dakar>Noguchi Memorial Institute:research_cooperation:reported:five"}},
		{"experts of a trade other than care", "China will also send a team of flood-control experts to Myanmar; a team of Chinese experts on water-saving irrigation will leave for Ethiopia next month.",
			[]string{"China", "Myanmar", "Chinese=China", "Ethiopia"}, []string{"China>Myanmar,Ethiopia:expert_exchange:planned:"}},
		{"rescue teams sent are other aid", "Egypt and Tunisia sent rescue teams to Libya within a day.",
			[]string{"Egypt", "Tunisia", "Libya"}, []string{"Egypt+Tunisia>Libya:other:reported:"}},
		{"ships after a verb are sent", "Turkey and Qatar have sent ships with food to Somalia.",
			[]string{"Turkey", "Qatar", "Somalia"}, []string{"Turkey+Qatar>Somalia:supplies:reported:"}},
		{"a sentence about a country: a place in it no gazetteer knows", "In Zimbabwe, members of the Chinese medical team working in the country went to Chimanimani to treat the injured.",
			[]string{"Zimbabwe", "Chinese=China"}, []string{"China>Zimbabwe:medical_team:reported:"}},
		{"a sentence about a country: the team sent there, and what it did after a relative clause", "In Sierra Leone, the Chinese medical team, which we sent last October, has trained more than 120 nurses in Freetown.",
			[]string{"Sierra Leone", "Chinese=China", "we=China", "Freetown=Sierra Leone"}, []string{"China>Sierra Leone:medical_team:reported:", "China>Sierra Leone:expert_exchange:reported:more than 120"}},
		{"disaster response teams and firefighters are other aid", "Australia has flown a disaster response team to Papua New Guinea, and Mexico sent firefighters to Cuba.",
			[]string{"Australia", "Papua New Guinea", "Mexico", "Cuba"}, []string{"Australia>Papua New Guinea:other:reported:", "Mexico>Cuba:other:reported:"}},
		{"satellite images are knowledge", "The China National Space Administration has also provided satellite images of the affected area to the Papua New Guinean side.",
			[]string{"China National Space Administration", "Papua New Guinean=Papua New Guinea"}, []string{"China National Space Administration>Papua New Guinea:knowledge_sharing:reported:"}},
		{"relief goods listed after a generic head", "The relief supplies donated by the Chinese government to Myanmar, including rice, blankets and cooking oil, arrived in Yangon; Japan sent medical supplies, including masks and tents, to Nepal.",
			[]string{"Chinese=China", "Myanmar", "Yangon=Myanmar", "Japan", "Nepal"},
			[]string{"China>Myanmar:supplies:reported:", "Japan>Nepal:supplies:reported:"}},
		{"money's worth of relief goods", "China will provide 250 million yuan of assistance to Pakistan, mainly tents and food.",
			[]string{"China", "Pakistan"}, []string{"China>Pakistan:supplies:planned:250 million yuan"}},
		{"playing a role in helping is no act", "China will continue to play a positive role in helping Sri Lanka ease its debt burden.",
			[]string{"China", "Sri Lanka"}, nil},
		{"a consignment from a giver, delivered and then handed over", "A consignment from Uzbekistan was delivered by rail from Termez and handed over to the Afghan side.",
			[]string{"Uzbekistan", "Afghan=Afghanistan"}, []string{"Uzbekistan>Afghanistan:other:reported:"}},
		{"trainees named by their country before where they were trained", "Uzbekistan Railways has trained 40 Afghan railway specialists in Tashkent this winter.",
			[]string{"Uzbekistan Railways", "Afghan=Afghanistan", "Tashkent=Uzbekistan"}, []string{"Uzbekistan Railways>Afghanistan:expert_exchange:reported:40"}},
		{"an agency in brackets after a channel is no giver", "China, through the World Food Programme (WFP), has delivered 3,000 tonnes of rice to Madagascar.",
			[]string{"China", "World Food Programme=WFP", "WFP", "Madagascar"}, []string{"China>Madagascar:supplies:reported:3,000 tonnes"}},
		{"specialists of a body act for it", "In addition, specialists of the Institute of Epidemiological Diagnosis and Reference trained laboratory technicians from Belize and Guatemala.",
			[]string{"Institute of Epidemiological Diagnosis and Reference", "Belize", "Guatemala"}, []string{"Institute of Epidemiological Diagnosis and Reference>Belize,Guatemala:expert_exchange:reported:"}},
		{"jointly conducting a trial is research", "The University of Oxford and Makerere University Lung Institute will jointly conduct a trial of a candidate vaccine.",
			[]string{"University of Oxford", "Makerere University Lung Institute"}, []string{"University of Oxford>Makerere University Lung Institute:research_cooperation:planned:"}},
		{"relief airlifts of a list of givers", "The Saudi and Emirati relief airlifts to Syria continue.",
			[]string{"Saudi=Saudi Arabia", "Emirati=United Arab Emirates", "Syria"}, []string{"Saudi Arabia+United Arab Emirates>Syria:other:reported:"}},
		{"airlift as a verb", "Saudi Arabia will airlift tents to Syria.",
			[]string{"Saudi Arabia", "Syria"}, []string{"Saudi Arabia>Syria:supplies:planned:"}},
		{"requests in an opening phrase are no request to act", "Based on the requests of relevant countries, China has decided to provide vaccine assistance to Laos and Brunei.",
			[]string{"China", "Laos", "Brunei"}, []string{"China>Laos,Brunei:supplies:planned:"}},
		{"joined a video conference with another side's experts", "Last week our doctors joined a video conference with Chinese experts on the management of critical patients.",
			[]string{"our=Maldives", "Chinese=China"}, []string{"China>Maldives:expert_exchange:reported:"}},
		{"joined a video meeting", "We also joined a video meeting with doctors from Laos and Viet Nam.",
			[]string{"We=China", "Laos", "Viet Nam"}, []string{"China>Laos,Viet Nam:expert_exchange:reported:"}},
		{"who carried a gift gave nothing", "Last week the Hungarian government donated protective equipment to North Macedonia and Montenegro, delivered by the Hungarian Defence Forces by road.",
			[]string{"Hungarian=Hungary", "North Macedonia", "Montenegro", "Hungarian Defence Forces"}, []string{"Hungary>North Macedonia,Montenegro:supplies:reported:"}},
		{"a joint study with a word between", "The China Academy of Chinese Medical Sciences and the University of Milan have started a joint observational study.",
			[]string{"China Academy of Chinese Medical Sciences", "University of Milan"}, []string{"China Academy of Chinese Medical Sciences>University of Milan:research_cooperation:reported:"}},
		{"an abbreviation's period is no clause break", "CIDCA has also provided 20 million U.S. dollars in cash to the World Health Organization.",
			[]string{"CIDCA", "World Health Organization"}, []string{"CIDCA>World Health Organization:funding:reported:20 million U.S. dollars"}},
		{"preparing trials together with a partner", "Sinopharm is preparing phase III trials in Peru together with Cayetano Heredia University.",
			[]string{"Sinopharm", "Peru", "Cayetano Heredia University"}, []string{"Sinopharm>Cayetano Heredia University:research_cooperation:reported:"}},
		{"funding a thing is funding", "Japan funded the construction of a hospital in Kabul; KOICA will fund two mobile laboratories for Viet Nam.",
			[]string{"Japan", "Kabul=@Afghanistan", "KOICA", "Viet Nam"}, []string{"Japan>Afghanistan:funding:reported:", "KOICA>Viet Nam:funding:planned:two"}},
		{"a fund is no verb", "We contributed to the fund.",
			[]string{"We=China"}, nil},
		{"an offer on a condition is no act", "We have offered to send food and medical supplies to the islands, as a humanitarian gesture, if the islanders need them.",
			[]string{"We=Argentina"}, nil},
		{"help as needed is no act", "China will stay in communication with Bangladesh and provide further help as needed.",
			[]string{"China", "Bangladesh"}, nil},
		{"a condition in a clause of its own leaves the act", "In March, the UAE sent 32 metric tonnes of medical supplies to Iran, and we stand ready to do more if needed.",
			[]string{"UAE", "Iran"}, []string{"UAE>Iran:supplies:reported:32"}},
		{"the one given to is no giver of the next verb", "China has provided Iran with masks and sent a team of volunteer experts to Iraq.",
			[]string{"China", "Iran", "Iraq"}, []string{"China>Iran:supplies:reported:", "China>Iraq:medical_team:reported:"}},
		{"nor the one invited", "China has invited WHO experts twice and shared data with the WHO.",
			[]string{"China", "WHO", "WHO"}, []string{"China>WHO:knowledge_sharing:reported:"}},
		{"a possessor after a verb is the giver", "At the summit, the prime minister expressed Japan's intention to provide 50 million US dollars to ASEAN.",
			[]string{"Japan", "ASEAN"}, []string{"Japan>ASEAN:funding:reported:50 million US dollars"}},
		{"a passive with an adverb between its words", "Medical supplies from the Chinese government were also delivered to Lebanon, Serbia and Cambodia.",
			[]string{"Chinese=China", "Lebanon", "Serbia", "Cambodia"}, []string{"China>Lebanon,Serbia,Cambodia:supplies:reported:"}},
		{"arrived in a city for a body: the body receives", "A consignment of protective equipment donated by China arrived in Addis Ababa for the African Union.",
			[]string{"China", "Addis Ababa=@Ethiopia", "African Union"}, []string{"China>African Union:supplies:reported:"}},
		{"medical aid is goods; so are a herbal tonic and testing systems", "Morocco has sent medical aid to Chad. Madagascar has shipped consignments of its herbal tonic to Guinea-Bissau. Russia delivered a batch of testing systems to Mongolia.",
			[]string{"Morocco", "Chad", "Madagascar", "Guinea-Bissau", "Russia", "Mongolia"}, []string{"Morocco>Chad:supplies:reported:", "Madagascar>Guinea-Bissau:supplies:reported:", "Russia>Mongolia:supplies:reported:a batch"}},
		{"medical aid teams are teams", "China sent medical aid teams to Chad.",
			[]string{"China", "Chad"}, []string{"China>Chad:medical_team:reported:"}},
		{"a partner named together with the giver gives too", "The Jack Ma Foundation, together with the Alibaba Foundation, has delivered one million masks to Italy.",
			[]string{"Jack Ma Foundation", "Alibaba Foundation", "Italy"}, []string{"Jack Ma Foundation+Alibaba Foundation>Italy:supplies:reported:one million"}},
		{"a passive whose subject names where it was sent", "The team to Iraq was also sent by the Red Cross Society of China, with experts from Guangdong.",
			[]string{"Iraq", "Red Cross Society of China"}, []string{"Red Cross Society of China>Iraq:medical_team:reported:"}},
		{"rapid responders deployed are a team", "Africa CDC deployed rapid responders to Cameroon and Sierra Leone.",
			[]string{"Africa CDC", "Cameroon", "Sierra Leone"}, []string{"Africa CDC>Cameroon,Sierra Leone:medical_team:reported:"}},
		{"technicians at a body are trained there", "A team of Chinese experts has trained technicians at the National Institute of Health over the past month.",
			[]string{"Chinese=China", "National Institute of Health"}, []string{"China>National Institute of Health:expert_exchange:reported:"}},
		{"another batch goes to a third country; a place in a clause of time gives nothing", "Last year, when desert locusts hit East Africa, China delivered pesticides and sprayers to Ethiopia and Somalia, and another batch will go to Uganda next month.",
			[]string{"East Africa", "China", "Ethiopia", "Somalia", "Uganda"}, []string{"China>Ethiopia,Somalia,Uganda:supplies:reported:"}},
		{"another consignment goes to a second country", "We sent masks to Bhutan last week, and another consignment will go to Nepal next week.",
			[]string{"We=China", "Bhutan", "Nepal"}, []string{"China>Bhutan,Nepal:supplies:reported:"}},
		{"teams at a university receive its grants", "ANSO has also awarded research grants of 50,000 US dollars each to teams at the University of Ghana.",
			[]string{"ANSO", "University of Ghana"}, []string{"ANSO>University of Ghana:funding:reported:50,000 US dollars"}},
		{"the goods a relative clause gave, handed over: their type is the relative's head", "The doses China donated to Mauritania were handed over to the Ministry of Health.",
			[]string{"China", "Mauritania", "Ministry of Health"}, []string{"China>Mauritania,Ministry of Health:supplies:reported:"}},
		{"our friends in a place: the place receives; our embassy there is ours", "Hubei shipped 200,000 masks to our friends in Osaka, Japan, and Nepal handed over gloves to our embassy in Kathmandu.",
			[]string{"Hubei", "Osaka=@Japan", "Japan", "Nepal", "our=China", "Kathmandu=@Nepal"}, []string{"Hubei>Japan:supplies:reported:200,000", "Nepal>China:supplies:reported:"}},
		{"the fund money comes from is no receiver", "The Chinese side will allocate 1.2 million US dollars from the LMC Special Fund to eight public health projects in Laos and Cambodia.",
			[]string{"Chinese=China", "LMC", "Laos", "Cambodia"}, []string{"China>Laos,Cambodia:funding:planned:1.2 million US dollars"}},
		{"a basis provided is no gift", "China shared the genome sequence with the WHO, which provided the basis for the development of testing kits in Germany.",
			[]string{"China", "WHO", "Germany"}, []string{"China>WHO:knowledge_sharing:reported:"}},
		{"what a team carries is the team's act", "We will send a team of medical experts to Pakistan in the coming days, carrying ventilators and protective equipment.",
			[]string{"We=China", "Pakistan"}, []string{"China>Pakistan:medical_team:planned:"}},
		{"it, after ', and', is the giver before", "The Health Commission of Sichuan Province has held video conferences with doctors from Pakistan and Laos, and it sent our treatment protocol to the Ministry of Health of Nepal.",
			[]string{"Health Commission of Sichuan Province", "Pakistan", "Laos", "Ministry of Health of Nepal"}, []string{"Health Commission of Sichuan Province>Pakistan,Laos:expert_exchange:reported:", "Health Commission of Sichuan Province>Ministry of Health of Nepal:knowledge_sharing:reported:"}},
		{"a batch shipped after ', and' is more of the giver's goods", "The Sichuan Provincial People's Government donated 300,000 masks to Pakistan, and a batch of supplies for Nepal will be shipped from Chengdu next week.",
			[]string{"Sichuan Provincial People's Government", "Pakistan", "Nepal"}, []string{"Sichuan Provincial People's Government>Pakistan,Nepal:supplies:reported:300,000"}},
		{"goods ordered by customers are no gift", "The rail service has kept running, carrying 58,000 tonnes of goods, including protective equipment ordered by European customers.",
			[]string{"European=Europe"}, nil},
		{"received from a list: each gives", "Fiji has received doses from Australia and New Zealand.",
			[]string{"Fiji", "Australia", "New Zealand"}, []string{"Australia+New Zealand>Fiji:supplies:reported:"}},
		{"a hyphened participle is an adjective, no act", "Our doctors give advice to staff of Chinese-funded enterprises in Algeria, and EU-funded flights took them home.",
			[]string{"Chinese=China", "Algeria", "EU"}, nil},
		{"a participle after 'of' is an adjective, no verb to cut the sentence", "China delivered 300,000 doses of donated vaccines to Myanmar in January.",
			[]string{"China", "Myanmar"}, []string{"China>Myanmar:supplies:reported:300,000 doses"}},
		{"goods given as needed are given", "The Chinese side will provide Venezuela with diagnostic kits and other medical supplies as needed.",
			[]string{"Chinese=China", "Venezuela"}, []string{"China>Venezuela:supplies:planned:"}},
		{"a team organized by two bodies, arriving: both send it", "The Chinese medical expert team, organized by the National Health Commission and the Yunnan Provincial Government, arrived in Yangon on April 8.",
			[]string{"Chinese=China", "National Health Commission", "Yunnan Provincial Government", "Yangon=@Myanmar"}, []string{"National Health Commission+Yunnan Provincial Government>Myanmar:medical_team:reported:"}},
		{"technicians from two countries trained, in a passive: the countries receive", "With the help of the Africa CDC, laboratory technicians from Malawi and Lesotho have been trained on PCR testing.",
			[]string{"Africa CDC", "Malawi", "Lesotho"}, []string{"Africa CDC>Malawi,Lesotho:expert_exchange:reported:"}},
		{"givers listed after 'including', the subject only counting them", "As of February 12, the governments of 21 countries had donated epidemic prevention and control supplies to China, including the Republic of Korea, Japan and Pakistan.",
			[]string{"China", "Republic of Korea", "Japan", "Pakistan"}, []string{"Republic of Korea+Japan+Pakistan>China:supplies:reported:"}},
		{"the experts of a mission exchange, they do not treat", "The advance team of the WHO-led international expert mission arrived in Beijing on February 10.",
			[]string{"WHO", "Beijing=@China"}, []string{"WHO>China:expert_exchange:reported:"}},
		{"companies including two named: the named give", "Chinese companies including Huawei and Xiaomi have donated masks and protective suits to Spain.",
			[]string{"Chinese=China", "Huawei", "Xiaomi", "Spain"}, []string{"Huawei+Xiaomi>Spain:supplies:reported:"}},
		{"readiness in the scope is no act", "China is ready to provide support and help to India.",
			[]string{"China", "India"}, nil},
		{"sharing weal and woe is no knowledge shared", "China and Myanmar are close neighbours sharing weal and woe.",
			[]string{"China", "Myanmar"}, nil},
		{"funds released, more to follow if needs grow", "The European Union has also released 3 million euros in humanitarian funding for Haiti, and said that more would follow if the needs grow.",
			[]string{"European Union", "Haiti"}, []string{"European Union>Haiti:funding:reported:3 million euros"}},
		{"a plane carries goods from a giver", "The plane carried the second batch of medical supplies from the Chinese government to Venezuela, including test kits.",
			[]string{"Chinese=China", "Venezuela"}, []string{"China>Venezuela:supplies:reported:"}},
		{"a team worked in places", "A team of ten Chinese medical experts worked in Nur-Sultan and Shymkent in April and May.",
			[]string{"Chinese=China", "Nur-Sultan=@Kazakhstan", "Shymkent=@Kazakhstan"}, []string{"China>Kazakhstan:medical_team:reported:ten"}},
		{"briefing counterparts named by their country", "Chinese experts will brief their Philippine counterparts on the use of the kits.",
			[]string{"Chinese=China", "Philippine=Philippines"}, []string{"China>Philippines:knowledge_sharing:planned:"}},
		{"a team's verb after its relative clause", "The Chinese medical expert team that went to Dhaka this month has already trained Bangladeshi doctors.",
			[]string{"Chinese=China", "Dhaka=@Bangladesh", "Bangladeshi=Bangladesh"}, []string{"China>Bangladesh:medical_team:reported:", "China>Bangladesh:expert_exchange:reported:"}},
		{"an international team of experts is an exchange", "The WHO will send an international team of experts to China.",
			[]string{"WHO", "China"}, []string{"WHO>China:expert_exchange:planned:"}},
		{"who flew the goods gave nothing", "This week WHO shipped oxygen concentrators to Chad, carried on flights of the UN Humanitarian Air Service operated by the World Food Programme.",
			[]string{"WHO", "Chad", "World Food Programme"}, []string{"WHO>Chad:supplies:reported:"}},
		{"together with another, both give", "Together with the World Health Organization, we have shared guidance on the management of dead bodies with the Libyan Red Crescent.",
			[]string{"World Health Organization", "we=IFRC", "Libyan Red Crescent"}, []string{"IFRC+World Health Organization>Libyan Red Crescent:knowledge_sharing:reported:"}},
		{"a topic phrase and a clause joined by and", "To Kazakhstan, we have sent a medical expert team from Xinjiang, and on April 7 the team members held a teleconference with doctors of the Ministry of Healthcare.",
			[]string{"Kazakhstan", "we=China", "Xinjiang=@China", "Ministry of Healthcare"}, []string{"China>Kazakhstan:medical_team:reported:", "China>Ministry of Healthcare:expert_exchange:reported:"}},
		{"a team in a country shares there", "The Chinese team in Italy has visited hospitals and shared the experience of Wuhan on the triage of patients.",
			[]string{"Chinese=China", "Italy", "Wuhan=@China"}, []string{"China>Italy:knowledge_sharing:reported:"}},
		{"a donation's giver named before it, handed over", "The Thai government's donation of masks and protective gloves was handed over to the Hubei Provincial Government.",
			[]string{"Thai=Thailand", "Hubei Provincial Government"}, []string{"Thailand>Hubei Provincial Government:supplies:reported:"}},
		{"projects funded in countries", "Through the Lancang-Mekong Cooperation Special Fund, China has funded public health projects in Cambodia, Laos and Myanmar this year.",
			[]string{"China", "Cambodia", "Laos", "Myanmar"}, []string{"China>Cambodia,Laos,Myanmar:funding:reported:"}},
		{"a copy sent is knowledge shared", "This week the NHC sent a copy to the Africa Centres for Disease Control and Prevention.",
			[]string{"NHC", "Africa Centres for Disease Control and Prevention"}, []string{"NHC>Africa Centres for Disease Control and Prevention:knowledge_sharing:reported:"}},
		{"an offer reported by another is no act", "The US CDC said it has offered to send a team of experts to China.",
			[]string{"US CDC", "China"}, nil},
		{"buying goods under a trade agreement is no gift", "Under the trade agreement, China committed to buying an additional 200 billion US dollars of US goods.",
			[]string{"China", "US=United States"}, nil},
		{"doing its best to help is no act", "China will continue to do its best to help Nepal.",
			[]string{"China", "Nepal"}, nil},
		{"a group of countries named by its list", "Earlier this month, we delivered masks to the Pacific island countries of Samoa, Tonga and Vanuatu.",
			[]string{"we=China", "Pacific island countries", "Samoa", "Tonga", "Vanuatu"}, []string{"China>Samoa,Tonga,Vanuatu:supplies:reported:"}},
		{"the way of a gift after its receiver is no new act", "Zhongsheng Pharmaceutical donated 50 ventilators to the Ministry of Health of Ukraine, which arrived in Kyiv on Wednesday.",
			[]string{"Zhongsheng Pharmaceutical", "Ministry of Health^Ukraine", "Ukraine", "Kyiv=@Ukraine"}, []string{"Zhongsheng Pharmaceutical>Ministry of Health:supplies:reported:50"}},
		{"a protocol sent is knowledge shared", "We have also sent the latest edition of the diagnosis and treatment protocol to the Ministry of Health of Kazakhstan.",
			[]string{"We=China", "Ministry of Health^Kazakhstan", "Kazakhstan"}, []string{"China>Ministry of Health:knowledge_sharing:reported:"}},
		{"a minister travelling is no team", "The minister will travel to Paris next week.",
			[]string{"Paris=@France"}, nil},
		{"help to China", "Pakistan donated all the masks in its hospitals to China.",
			[]string{"Pakistan", "China"}, []string{"Pakistan>China:supplies:reported:"}},
		{"received from", "Italy received 30 ventilators from Germany last week.",
			[]string{"Italy", "Germany"}, []string{"Germany>Italy:supplies:reported:30"}},
		{"planned funding", "China will provide $20 million to the WHO to support its fight.",
			[]string{"China", "WHO"}, []string{"China>WHO:funding:planned:$20 million"}},
		{"pledged", "Japan pledged 10 million dollars to the African Union.",
			[]string{"Japan", "African Union"}, []string{"Japan>African Union:funding:planned:10 million dollars"}},
		{"knowledge sharing", "China shared the genome sequence of the virus with the WHO at the earliest time.",
			[]string{"China", "WHO"}, []string{"China>WHO:knowledge_sharing:reported:"}},
		{"a team came to a place", "A team of Chinese medical experts came to Iran at the end of February and worked with our doctors.",
			[]string{"Chinese=China", "Iran", "our=China"}, []string{"China>Iran:medical_team:reported:"}},
		{"a team that went to a place", "The team that went to Uzbekistan in April has spent three weeks in hospitals.",
			[]string{"Uzbekistan"}, []string{"China>Uzbekistan:medical_team:reported:"}},
		{"a team stays in a place", "A group of eight Chinese medical experts also arrived on the same flight and will stay in Venezuela for two weeks.",
			[]string{"Chinese=China", "Venezuela"}, []string{"China>Venezuela:medical_team:planned:eight"}},
		{"goods reached a place, and another shipment", "Among the most recent deliveries, 12 tonnes of ventilators reached Uzbekistan on Monday, and another shipment was handed over to the Ministry of Health of Myanmar.",
			[]string{"Uzbekistan", "Ministry of Health of Myanmar"}, []string{"China>Uzbekistan,Ministry of Health of Myanmar:supplies:reported:12 tonnes"}},
		{"reached every country of a region", "A donation of masks from the Jack Ma Foundation reached every African country.",
			[]string{"Jack Ma Foundation", "African=Africa"}, []string{"Jack Ma Foundation>Africa:supplies:reported:"}},
		{"a virus that reached a place is no help", "Since the virus reached Africa, we have delivered supplies.",
			[]string{"Africa", "we=China"}, nil},
		{"a team that went nowhere named gives nothing", "The Chinese medical team went to the hospital.",
			[]string{"Chinese=China"}, nil},
		{"money given to buy is aid", "Japan has said it will provide a grant of 1.5 billion yen to Myanmar to buy medical equipment.",
			[]string{"Japan", "Myanmar"}, []string{"Japan>Myanmar:funding:planned:1.5 billion yen"}},
		{"money committed to help a country buy", "Australia has committed 40 million Australian dollars to help Cambodia buy and deliver vaccines.",
			[]string{"Australia", "Cambodia"}, []string{"Australia>Cambodia:funding:reported:40 million Australian dollars"}},
		{"helping a country buy is trade", "We are now helping the United States to purchase supplies from China.",
			[]string{"We=China", "United States", "China"}, nil},
		{"the leaders of a list of countries", "The leaders of the United States, Japan, India and Australia agreed at their summit to deliver up to one billion doses to the Indo-Pacific region.",
			[]string{"United States", "Japan", "India", "Australia", "Indo-Pacific"}, []string{"United States+Japan+India+Australia>Indo-Pacific:supplies:planned:up to one billion doses"}},
		{"ministers' video conference is talks", "The foreign ministers of China, Japan and the Republic of Korea will hold a special video conference on COVID-19 on March 20.",
			[]string{"China", "Japan", "Republic of Korea"}, nil},
		{"assistance worth money is money", "The Chinese government has decided to provide emergency humanitarian assistance worth 50 million yuan to Afghanistan.",
			[]string{"Chinese government=China", "Afghanistan"}, []string{"China>Afghanistan:funding:planned:50 million yuan"}},
		{"an opening through phrase is no part of the subject", "Through the EU Civil Protection Mechanism, Austria and Norway have sent tents to Greece.",
			[]string{"EU Civil Protection Mechanism", "Austria", "Norway", "Greece"}, []string{"Austria+Norway>Greece:supplies:reported:"}},
		{"a country's embassy after the verb is its channel: the country gives", "China has provided 12,500 test kits to the National Institute of Infectious Diseases through the Chinese Embassy in Japan.",
			[]string{"China", "National Institute of Infectious Diseases", "Chinese Embassy in Japan^China!"}, []string{"China>National Institute of Infectious Diseases:supplies:reported:12,500"}},
		{"a country's own agency after the verb gives, and so does the country", "Japan is sending emergency medical supplies to Afghanistan through JICA.",
			[]string{"Japan", "Afghanistan", "JICA^Japan"}, []string{"JICA+Japan>Afghanistan:supplies:reported:"}},
		{"received through a country's agency", "Cambodia received 20 ventilators from the Republic of Korea through the Korea International Cooperation Agency last month.",
			[]string{"Cambodia", "Republic of Korea", "Korea International Cooperation Agency^Republic of Korea"}, []string{"Korea International Cooperation Agency+Republic of Korea>Cambodia:supplies:reported:20"}},
		{"through another body is no agency", "China, through the World Food Programme, has delivered 3,000 tonnes of medicines to Madagascar.",
			[]string{"China", "World Food Programme", "Madagascar"}, []string{"China>Madagascar:supplies:reported:3,000 tonnes"}},
		{"thanks in a clause of its own receive nothing", "The Chinese side has donated a batch of protective equipment to the Ministry of Health, and we thank the Chinese Embassy in Minsk for its help.",
			[]string{"Chinese side=China", "Ministry of Health", "we=Belarus", "Chinese Embassy in Minsk"}, []string{"China>Ministry of Health:supplies:reported:a batch"}},
		{"asked to share is no act", "We have also asked the United States to share some of its surplus doses with us.",
			[]string{"We=China", "United States", "us=China"}, nil},
		{"hoped to deliver is no act", "We hope the United States will deliver on its words.",
			[]string{"We=China", "United States"}, nil},
		{"reported only is no act", "There are reports that the United States is going to donate ventilators to India.",
			[]string{"United States", "India"}, nil},
		{"a shared future is no sharing", "China and Africa are a community with a shared future.",
			[]string{"China", "Africa"}, nil},
		{"committed to a process is no giving", "Ethiopia remains committed to the African Union-led process.",
			[]string{"Ethiopia", "African Union"}, nil},
		{"sharing a border is no sharing", "Kazakhstan and China share a long border.",
			[]string{"Kazakhstan", "China"}, nil},
		{"reports about help are no act", "We have seen many reports about Chinese supplies arriving in Africa.",
			[]string{"We=China", "Chinese=China", "Africa"}, nil},
		{"expressed support is politics", "Early this year, the African Union expressed their support to China at a difficult time.",
			[]string{"African Union", "China"}, nil},
		{"a hospital built in a place", "The Zijin Mining Group built a 100-bed temporary hospital in Bishkek within twelve days.",
			[]string{"Zijin Mining Group", "Bishkek=Kyrgyzstan"}, []string{"Zijin Mining Group>Kyrgyzstan:other:reported:100"}},
		{"a field hospital set up with staff", "Samaritan's Purse has set up a field hospital staffed with American doctors and nurses in Italy.",
			[]string{"Samaritan's Purse", "American=United States", "Italy"}, []string{"Samaritan's Purse>Italy:medical_team:reported:"}},
		{"roads built are no facility", "The company built roads in Kenya.",
			[]string{"Kenya"}, nil},
		{"helped a list of countries", "China has helped Cambodia, Laos and Kenya build roads, railways and ports.",
			[]string{"China", "Cambodia", "Laos", "Kenya"}, []string{"China>Cambodia,Laos,Kenya:other:reported:"}},
		{"doctors who came to a place", "Ten Chinese doctors came to Tehran last week.",
			[]string{"Chinese=China", "Tehran=Iran"}, []string{"China>Iran:medical_team:reported:Ten"}},
		{"a passive whose subject names giver and receiver", "China's sixth batch of medical supplies for Iran has been delivered.",
			[]string{"China", "Iran"}, []string{"China>Iran:supplies:reported:"}},
		{"experts named after the goods are no team sent", "Russia has sent 50,000 test kits to Iran, and their experts are in contact with ours.",
			[]string{"Russia", "Iran"}, []string{"Russia>Iran:supplies:reported:50,000"}},
		{"a relief medical team is a medical team", "Japan has sent a disaster relief medical team to Türkiye.",
			[]string{"Japan", "Türkiye"}, []string{"Japan>Türkiye:medical_team:reported:"}},
		{"tests received by a body", "The Government of the Republic of Korea donated 50,000 PCR tests, which were received last week by the Institute of Public Health.",
			[]string{"Republic of Korea", "Institute of Public Health"}, []string{"Republic of Korea>Institute of Public Health:supplies:reported:50,000"}},
		{"an offer said to be made is no act", "Minister, the Venezuelan government said it offered to send doctors to Chile.",
			[]string{"Venezuelan government=Venezuela", "Chile"}, nil},
		{"a course for people from two countries", "In addition, AGCID is running a virtual course for 80 health professionals from Bolivia and Paraguay, with teachers from the University of Chile.",
			[]string{"AGCID", "Bolivia", "Paraguay", "University of Chile"}, []string{"AGCID>Bolivia,Paraguay:expert_exchange:reported:80"}},
		{"money channelled through an agency", "China has channelled 3 million US dollars through the World Food Programme to Sahel countries.",
			[]string{"China", "World Food Programme", "Sahel"}, []string{"China>Sahel:funding:reported:3 million US dollars"}},
		{"channelled after a comma says how", "The European Union has allocated 2 million euros to Chile, channelled through PAHO, for laboratory supplies.",
			[]string{"European Union", "Chile", "PAHO"}, []string{"European Union>Chile:funding:reported:2 million euros"}},
		{"the requester receives where no place is known", "At the request of the Myanmar side, the Yunnan Provincial Government will send a team of 10 medical experts to Lashio.",
			[]string{"Myanmar side=Myanmar", "Yunnan Provincial Government"}, []string{"Yunnan Provincial Government>Myanmar:medical_team:planned:10"}},
		{"two subjects announce help to one country", "The United States and Japan have both announced emergency assistance to the Philippines.",
			[]string{"United States", "Japan", "Philippines"}, []string{"United States+Japan>Philippines:other:reported:"}},
		{"opposing exchanges is no exchange", "China firmly opposes any official exchanges between Taiwan and countries having diplomatic ties with China.",
			[]string{"China", "Taiwan"}, nil},
		{"a message delivered is no aid", "Minister of Health Hala Zayed visited Beijing and Rome in March and delivered the messages of the President.",
			[]string{"Beijing=China", "Rome=Italy"}, nil},
		{"an offer of help in general is no act", "Qatar has offered its help to Italy, which we are still evaluating.",
			[]string{"Qatar", "Italy"}, nil},
		{"a gift that could not reach is no act", "Meanwhile, a donation of masks and test kits from the Alibaba Foundation could not reach Cuba because the carrier refused.",
			[]string{"Alibaba Foundation", "Cuba"}, nil},
		{"help offered in general is no act", "President Trump says the US has offered to help Iran.",
			[]string{"US=United States", "Iran"}, nil},
		{"a trial's partner, not its place", "CanSino Biologics ran its phase III trial in Pakistan together with the National Institute of Health.",
			[]string{"CanSino Biologics", "Pakistan", "National Institute of Health"}, []string{"CanSino Biologics>National Institute of Health:research_cooperation:reported:"}},
		{"a fronted recipient", "To Kazakhstan, we have sent a medical expert team of ten people from Xinjiang.",
			[]string{"Kazakhstan", "we=China"}, []string{"China>Kazakhstan:medical_team:reported:"}},
		{"pesticides and sprayers are supplies", "China will provide pesticides and sprayers to Kenya, Ethiopia and Somalia through the Food and Agriculture Organization.",
			[]string{"China", "Kenya", "Ethiopia", "Somalia", "Food and Agriculture Organization"}, []string{"China>Kenya,Ethiopia,Somalia:supplies:planned:"}},
		{"locust experts exchange expertise", "In February, the Ministry of Agriculture sent a working group of locust experts to Pakistan.",
			[]string{"Ministry of Agriculture", "Pakistan"}, []string{"Ministry of Agriculture>Pakistan:expert_exchange:reported:"}},
		{"food and relief goods are supplies", "Pakistan has sent 27 trucks of food and other relief goods to Afghanistan.",
			[]string{"Pakistan", "Afghanistan"}, []string{"Pakistan>Afghanistan:supplies:reported:27"}},
		{"money's worth of supplies are supplies", "The United States has announced 100 million dollars in emergency supplies for India.",
			[]string{"United States", "India"}, []string{"United States>India:supplies:reported:100 million dollars"}},
		{"goods that arrived on a flight", "On Sunday, 260 oxygen concentrators from the United Kingdom arrived on a chartered cargo flight.",
			[]string{"United Kingdom"}, []string{"United Kingdom>China:supplies:reported:260"}},
		{"a rescue team is other aid", "The 82-member rescue team sent by China landed in Adana early this morning.",
			[]string{"China", "Adana=Türkiye"}, []string{"China>Türkiye:other:reported:82"}},
		{"teams from two countries, the preposition said twice", "Search-and-rescue teams from Cyprus and from the Netherlands arrived in Lebanon on 5 August.",
			[]string{"Cyprus", "Netherlands", "Lebanon"}, []string{"Cyprus+Netherlands>Lebanon:other:reported:"}},
		{"research", "Chinese scientists cooperated with Germany on vaccine research.",
			[]string{"Chinese=China", "Germany"}, []string{"China>Germany:research_cooperation:reported:"}},
		{"help direct object", "Russia helped Serbia in its hour of need.",
			[]string{"Russia", "Serbia"}, []string{"Russia>Serbia:other:reported:"}},
		{"negation", "China has not sent medical teams to the United States.",
			[]string{"China", "United States"}, nil},
		{"international community is not a recipient", "We would like to continue sharing with the international community.",
			[]string{"We=China"}, nil},
		{"its aid", "They played the anthem to thank China for its aid to Italy.",
			[]string{"China", "Italy"}, []string{"China>Italy:other:reported:"}},
		{"their help to China", "We thank the Pakistani government and people for their support and help to China.",
			[]string{"We=China", "Pakistani=Pakistan", "China"}, []string{"Pakistan>China:other:reported:"}},
		{"possessive aid", "China's aid to Italy arrived on Friday.",
			[]string{"China", "Italy"}, []string{"China>Italy:other:reported:"}},
		{"greeting is not aid", "Serbian President Aleksandar Vucic greeted the Chinese medical team at the airport.",
			[]string{"Serbian=Serbia", "Chinese=China"}, nil},
		{"agentless passive is the speaker's side", "16 ventilators have been shipped to Serbia.",
			nil, nil},
		{"agentless passive", "Ventilators have been shipped to Serbia.",
			[]string{"Serbia"}, []string{"China>Serbia:supplies:reported:"}},
		{"two agents", "Supplies donated by the Jack Ma Foundation and the Alibaba Foundation to Ethiopia have been distributed to 54 African countries.",
			[]string{"Jack Ma Foundation", "Alibaba Foundation", "Ethiopia", "African=Africa"}, []string{"Jack Ma Foundation+Alibaba Foundation>Ethiopia:supplies:reported:"}},
		{"a question states nothing", "Will China send doctors to Italy?",
			[]string{"China", "Italy"}, nil},
		{"reduced passive with an adjective", "The Chinese medical expert team sent to Serbia arrived in Belgrade on March 21.",
			[]string{"Chinese=China", "Serbia"}, []string{"China>Serbia:medical_team:reported:"}},
		{"talks by video link are not an expert exchange", "Foreign Minister Wang Yi held talks with Italy via video link.",
			[]string{"Wang Yi=China", "Italy"}, nil},
		{"support is politics", "China supports the WHO in playing a leading role.",
			[]string{"China", "WHO"}, nil},
		{"arrival of supplies for", "China's third batch of medical supplies for the African Union arrived in Addis Ababa on Monday.",
			[]string{"China", "African Union"}, []string{"China>African Union:supplies:reported:"}},
		{"relative clause is not the subject", "The Heilongjiang Provincial Government, which borders Russia, has also donated 100,000 masks to Russia.",
			[]string{"Heilongjiang Provincial Government", "Russia"}, []string{"Heilongjiang Provincial Government>Russia:supplies:reported:100,000"}},
		{"partners of a joint action", "China and the United Arab Emirates have launched joint clinical trials of a vaccine.",
			[]string{"China", "United Arab Emirates"}, []string{"China>United Arab Emirates:research_cooperation:reported:"}},
		{"our is not a recipient", "The Chinese government sent our team of nine medical experts to Italy.",
			[]string{"Chinese=China", "our=China", "Italy"}, []string{"China>Italy:medical_team:reported:nine"}},
		{"money for a list", "This includes up to $18 million for Afghanistan, $5 million for the Philippines, and $3 million for Kenya to strengthen laboratories.",
			[]string{"Afghanistan", "Philippines", "Kenya"}, []string{"China>Afghanistan,Philippines,Kenya:funding:reported:up to $18 million"}},
		{"purpose is not a recipient", "The CDC has deployed a team of experts to Haiti to support the Ministry of Public Health.",
			[]string{"CDC", "Haiti", "Ministry of Public Health"}, []string{"CDC>Haiti:medical_team:reported:"}},
		{"our after with receives", "The Chinese side shared its clinical protocols with our doctors.",
			[]string{"Chinese=China", "our=Serbia"}, []string{"China>Serbia:knowledge_sharing:reported:"}},
		{"received, donated by", "We received one million masks donated by the Jack Ma Foundation through the Africa CDC.",
			[]string{"We=South Africa", "Jack Ma Foundation", "Africa CDC"}, []string{"Jack Ma Foundation>South Africa:supplies:reported:one million"}},
		{"euros for a region", "This includes 3.25 billion euros for Africa.",
			[]string{"Africa"}, []string{"China>Africa:funding:reported:3.25 billion euros"}},
		{"progressive is not passive", "WHO is running this clinical trial together with Norway and Spain.",
			[]string{"WHO", "Norway", "Spain"}, []string{"WHO>Norway,Spain:research_cooperation:reported:"}},
		{"trade is not aid", "China has exported 3.86 billion masks to Italy and Spain since March.",
			[]string{"China", "Italy", "Spain"}, nil},
		{"purchases are not aid", "Italy purchased 500 ventilators from China through commercial channels.",
			[]string{"Italy", "China"}, nil},
		{"repatriation is not aid", "The Ministry helped 4,000 citizens of Kazakhstan return home on flights from Turkey.",
			[]string{"Ministry=Kazakhstan", "Kazakhstan", "Turkey"}, nil},
		{"a donation among orders", "Besides its orders, Huawei donated 10,000 masks to Serbia free of charge.",
			[]string{"Huawei", "Serbia"}, []string{"Huawei>Serbia:supplies:reported:10,000"}},
		{"two actions", "China donated masks to Iran and sent doctors to Iraq.",
			[]string{"China", "Iran", "Iraq"}, []string{"China>Iran:supplies:reported:", "China>Iraq:medical_team:reported:"}},
		{"a team dispatched by, arriving with supplies, is a team", "The second Chinese medical expert team, dispatched by the Zhejiang Provincial Government, arrived in Italy this morning with 31 tonnes of medical supplies.",
			[]string{"Chinese=China", "Zhejiang Provincial Government", "Italy"}, []string{"Zhejiang Provincial Government>Italy:medical_team:reported:"}},
		{"donated by, then arrived in", "The first batch of vaccines donated by China arrived in Zimbabwe last week.",
			[]string{"China", "Zimbabwe"}, []string{"China>Zimbabwe:supplies:reported:"}},
		{"sponsored by, then arrived in", "A team of 15 Chinese medical experts, sponsored by the CCECC, had also arrived in Nigeria.",
			[]string{"Chinese=China", "CCECC", "Nigeria"}, []string{"CCECC>Nigeria:medical_team:reported:15"}},
		{"teams from a country arrived in a list", "Medical expert teams from China arrived in Laos and Venezuela this week, bringing with them ventilators.",
			[]string{"China", "Laos", "Venezuela"}, []string{"China>Laos,Venezuela:medical_team:reported:"}},
		{"by the company is the last giver", "On April 20, Mindray handed over 50 ventilators donated by the company to the Spanish Ministry of Health.",
			[]string{"Mindray", "Spanish Ministry of Health"}, []string{"Mindray>Spanish Ministry of Health:supplies:reported:50"}},
		{"turned over", "Yesterday, JICA turned over 100,000 surgical masks to the Department of Health.",
			[]string{"JICA", "Department of Health"}, []string{"JICA>Department of Health:supplies:reported:100,000"}},
		{"approving a vaccine is not aid", "Hungary has approved Sinopharm's vaccine.",
			[]string{"Hungary", "Sinopharm"}, nil},
		{"approving a loan is", "The ADB approved a loan of $500 million to Mongolia.",
			[]string{"ADB", "Mongolia"}, []string{"ADB>Mongolia:funding:reported:$500 million"}},
		{"the donation of supplies", "President Buhari approved the donation of medical supplies by Nigeria to the Republic of Niger and the Republic of Benin, in line with Nigeria's commitment to ECOWAS.",
			[]string{"President Buhari=Nigeria", "Nigeria", "Republic of Niger", "Republic of Benin", "ECOWAS"}, []string{"Nigeria>Republic of Niger,Republic of Benin:supplies:reported:"}},
		{"a recipient implied by the speaker", "The Republic of Korea also turned over 50,000 test kits last week.",
			[]string{"Republic of Korea"}, []string{"Republic of Korea>China:supplies:reported:50,000"}},
		{"nurses from a hospital are sent, not receivers", "The Philippines sent a team of 20 nurses from the Philippine General Hospital to Papua New Guinea.",
			[]string{"Philippines", "Philippine General Hospital", "Papua New Guinea"}, []string{"Philippines>Papua New Guinea:medical_team:reported:20"}},
		{"phase III trials in", "Sinopharm has run phase III trials in the United Arab Emirates, Bahrain and Peru.",
			[]string{"Sinopharm", "United Arab Emirates", "Bahrain", "Peru"}, []string{"Sinopharm>United Arab Emirates,Bahrain,Peru:research_cooperation:reported:"}},
		{"phase-III trials, hyphenated, jointly with partners in two countries", "CanSino Biologics has carried out phase-III trials of its vaccine jointly with partners in Pakistan and Mexico, and Sinovac started joint phase-III trials with Turkey.",
			[]string{"CanSino Biologics", "Pakistan", "Mexico", "Sinovac", "Turkey"}, []string{"CanSino Biologics>Pakistan,Mexico:research_cooperation:reported:", "Sinovac>Turkey:research_cooperation:reported:"}},
		{"consideration given, dues paid: no aid", "The Chinese side will give positive consideration to the Philippines' needs, and China has paid its assessed contributions to the WHO in full.",
			[]string{"Philippines", "China", "WHO"}, nil},
		{"a field hospital is relief, not a team", "Kuwait dispatched a field hospital with 100 beds to Tunisia.",
			[]string{"Kuwait", "Tunisia"}, []string{"Kuwait>Tunisia:other:reported:100"}},
		{"experts in two fields sent are expertise, whatever their second field", "In June, China sent a team of 12 hydrology and disaster-relief experts to Nepal after the floods.",
			[]string{"China", "Nepal"}, []string{"China>Nepal:expert_exchange:reported:12"}},
		{"a team that a country sends, in the present", "The medical team that China sends to Guyana has stayed at its post.",
			[]string{"China", "Guyana"}, []string{"China>Guyana:medical_team:reported:"}},
		{"help that countries give is no one's", "We welcome any help that countries give to Paraguay.",
			[]string{"Paraguay"}, nil},
		{"countries including one named: the one acts", "We have noted that regional countries including Uzbekistan have sent food and fuel to Afghanistan.",
			[]string{"Uzbekistan", "Afghanistan"}, []string{"Uzbekistan>Afghanistan:supplies:reported:"}},
		{"donors such as two named: both act", "Donors such as Japan and Korea have pledged masks to Iran.",
			[]string{"Japan", "Korea", "Iran"}, []string{"Japan+Korea>Iran:supplies:planned:"}},
		{"a council of ministers and an organisation with its acronym train together", "The Council of Arab Health Ministers and the World Health Organization (WHO) jointly organized online training for 200 Yemeni health workers.",
			[]string{"Council of Arab Health Ministers", "World Health Organization", "WHO=World Health Organization", "Yemeni=Yemen"}, []string{"Council of Arab Health Ministers+World Health Organization>Yemen:expert_exchange:reported:200"}},
		{"bodies that brief the media share nothing with one another", "The National Health Commission and the Ministry of Foreign Affairs briefed the media on exchanges with other countries.",
			[]string{"National Health Commission", "Ministry of Foreign Affairs"}, nil},
		{"readiness to send is no sending", "Our Turkish brothers did express their readiness to send doctors to Azerbaijan.",
			[]string{"Turkish=Turkey", "Azerbaijan"}, nil},
		{"a field hospital set up, its builder an adjective", "In Lebanon, the Jordanian field hospital set up in Beirut has so far treated more than 12,000 patients.",
			[]string{"Lebanon", "Jordanian=Jordan", "Beirut=Lebanon"}, []string{"Jordan>Lebanon:other:reported:"}},
		{"a field hospital built by an agent", "A field hospital was built by Jordan in Lebanon.",
			[]string{"Jordan", "Lebanon"}, []string{"Jordan>Lebanon:other:reported:"}},
		{"a field hospital built by an agent, without an auxiliary", "The field hospital built by Jordan in Lebanon has opened.",
			[]string{"Jordan", "Lebanon"}, []string{"Jordan>Lebanon:other:reported:"}},
		{"thermal cameras are medical supplies", "Huawei donated thermal cameras to Algeria.",
			[]string{"Huawei", "Algeria"}, []string{"Huawei>Algeria:supplies:reported:"}},
		{"help considered, or said to be, is not given", "France is said to be considering sharing part of its doses with Mali, and Spain is considering sending doctors to Chad.",
			[]string{"France", "Mali", "Spain", "Chad"}, nil},
		{"help asked about with whether or if is not given", "We have asked Japan whether it can provide more doses to Fiji, and Tonga wants to know if Australia will also send doctors to Samoa.",
			[]string{"Japan", "Fiji", "Tonga", "Australia", "Samoa"}, nil},
		{"a request or a call received is no help received", "China has received a request from Nepal for help with its hospitals, and Japan received calls from Bhutan for more vaccines.",
			[]string{"China", "Nepal", "Japan", "Bhutan"}, nil},
		{"a currency written before its amount is money", "Norway has pledged NOK 1.6 billion to CEPI, the EU will provide EUR 20 million to Niger and the UK gave £5 million to Kenya.",
			[]string{"Norway", "CEPI", "EU", "Niger", "UK", "Kenya"}, []string{"Norway>CEPI:funding:planned:NOK 1.6 billion", "EU>Niger:funding:planned:EUR 20 million", "UK>Kenya:funding:reported:£5 million"}},
		{"agricultural expert teams give expertise, not care", "China has sent agricultural expert teams to Fiji and Lesotho.",
			[]string{"China", "Fiji", "Lesotho"}, []string{"China>Fiji,Lesotho:expert_exchange:reported:"}},
		{"goods named after the experts sent do not type them", "China dispatched a team of locust control experts to Pakistan, and they have been advising the Pakistani side on pesticide use.",
			[]string{"China", "Pakistan"}, []string{"China>Pakistan:expert_exchange:reported:"}},
		{"money, with the help it is, and goods: two acts", "China will provide $1 million in emergency humanitarian assistance and 200,000 doses of vaccines to Palestine, and the Red Cross Society of China provided cash assistance of 1 million US dollars and 100 oxygen concentrators to India.",
			[]string{"China", "Palestine", "Red Cross Society of China", "India"}, []string{"China>Palestine:funding:planned:$1 million", "China>Palestine:supplies:planned:", "Red Cross Society of China>India:funding:reported:1 million US dollars", "Red Cross Society of China>India:supplies:reported:"}},
		{"a lot release is a noun, no act that ends the clause", "The NMPA has held online training sessions on vaccine regulation and lot release for regulators from Egypt and Morocco.",
			[]string{"NMPA", "Egypt", "Morocco"}, []string{"NMPA>Egypt,Morocco:expert_exchange:reported:"}},
		{"what was jointly developed may have four words before it", "Chinese and Pakistani scientists have jointly developed two new heat-tolerant rice varieties.",
			[]string{"Chinese=China", "Pakistani=Pakistan"}, []string{"China>Pakistan:research_cooperation:reported:two"}},
		{"what reached people in a place, with someone's help, is that one's help to the place", "With the help of UNICEF, tents have reached displaced families in Mozambique, and thanks to the WFP, 300 tonnes of rice have arrived in Malawi.",
			[]string{"UNICEF", "Mozambique", "WFP", "Malawi"}, []string{"UNICEF>Mozambique:supplies:reported:", "WFP>Malawi:supplies:reported:300 tonnes"}},
		{"only money is raised as aid", "The Chinese community in Italy raised 2 million euros for Lombardy, and Chinese experts answered questions raised by officials from Fiji.",
			[]string{"Chinese=China", "Italy", "Lombardy=Italy", "Fiji"}, []string{"China>Italy:funding:reported:2 million euros"}},
		{"messages sent are no aid", "In February, Nepal donated 100,000 masks to China, and many African friends sent us messages of sympathy and support.",
			[]string{"Nepal", "China", "African=Africa"}, []string{"Nepal>China:supplies:reported:100,000"}},
		{"a clause whose subject an adjective opens ends the list", "In February, Nepal donated 100,000 masks to China, and many African friends donated gloves to Italy.",
			[]string{"Nepal", "China", "African=Africa", "Italy"}, []string{"Nepal>China:supplies:reported:100,000", "Africa>Italy:supplies:reported:"}},
		{"a noun after to is a verb, no type", "Last week The Gambia sent five laboratory experts to Guinea-Bissau to support their testing.",
			[]string{"The Gambia", "Guinea-Bissau"}, []string{"The Gambia>Guinea-Bissau:medical_team:reported:five"}},
		{"medical workers in a place are no nationals abroad", "The Henan Provincial Health Commission has held video conferences with medical workers in Zambia and Malawi.",
			[]string{"Henan Provincial Health Commission", "Zambia", "Malawi"}, []string{"Henan Provincial Health Commission>Zambia,Malawi:expert_exchange:reported:"}},
		{"goods by weight, given to medical workers, are goods", "The Sri Lankan government donated 10,000 kilograms of Ceylon black tea to the medical workers in Hubei.",
			[]string{"Sri Lankan government=Sri Lanka", "Hubei=@China"}, []string{"Sri Lanka>China:other:reported:10,000 kilograms"}},
		{"rescuers sent are relief, not a medical team", "The State Emergency Service of Ukraine sent a team of 30 rescuers with equipment to Georgia.",
			[]string{"State Emergency Service of Ukraine", "Georgia"}, []string{"State Emergency Service of Ukraine>Georgia:other:reported:30"}},
		{"support, including goods, is the goods", "In February, the Thai government gave China valuable support, including a batch of medical supplies.",
			[]string{"Thai government=Thailand", "China"}, []string{"Thailand>China:supplies:reported:a batch"}},
		{"money to support a purchase is a gift", "The Chinese government will provide US$3 million in cash assistance to ECCAS to support its joint purchase of test kits.",
			[]string{"Chinese government=China", "ECCAS"}, []string{"China>ECCAS:funding:planned:US$3 million"}},
		{"a carrier named after a place gives nothing", "Zhongyuan Pharmaceutical Group donated 500,000 masks to Kazakhstan, and they were delivered by the China-Europe freight train.",
			[]string{"Zhongyuan Pharmaceutical Group", "Kazakhstan", "China"}, []string{"Zhongyuan Pharmaceutical Group>Kazakhstan:supplies:reported:500,000"}},
		{"funding for a receiver is a noun trigger", "Australia and New Zealand have announced funding for vaccines for Pacific Island countries.",
			[]string{"Australia", "New Zealand", "Pacific Island countries"}, []string{"Australia+New Zealand>Pacific Island countries:funding:reported:"}},
		{"the purpose of a readiness is no act", "China is willing to work with all countries, including India, to help developing countries in South Asia get vaccines at an early date.",
			[]string{"China", "India", "South Asia"}, nil},
		{"a medical team helping is a medical team's help", "The Chinese medical team in Timor-Leste is helping the relief efforts in Dili.",
			[]string{"Chinese=China", "Timor-Leste", "Dili=@Timor-Leste"}, []string{"China>Timor-Leste:medical_team:reported:"}},
		{"the country a body says received is the body's country", "The Iraqi Ministry of Health said yesterday that the country had received 50,000 doses of Sinopharm vaccines donated by China.",
			[]string{"Iraqi Ministry of Health=Ministry of Health^Iraq", "China"}, []string{"China>Iraq:supplies:reported:50,000 doses"}},
		{"asked to consider sharing, or pledged that, is no act", "We have asked Brazil to consider sharing part of their doses with Paraguay, and China has pledged that its vaccines will be made a global public good for Morocco.",
			[]string{"Brazil", "Paraguay", "China", "Morocco"}, nil},
		{"what money will be used to do is no second act", "China has decided to donate US$50 million to COVAX, and the money will be used mainly to deliver doses to developing countries.",
			[]string{"China", "COVAX"}, []string{"China>COVAX:funding:planned:US$50 million"}},
		{"technical support and valuable advice given are expertise", "Sinovac has provided technical support to VACSERA, and the WHO has provided valuable advice on vaccine evaluation to China.",
			[]string{"Sinovac", "VACSERA", "WHO", "China"}, []string{"Sinovac>VACSERA:expert_exchange:reported:", "WHO>China:expert_exchange:reported:"}},
		{"goods the sentence says were bought were not given", "The vaccines delivered to Indonesia, and those Turkey expects to receive, were purchased under commercial contracts.",
			[]string{"Indonesia", "Turkey"}, nil},
		{"money its receiver used to give: the receiver gives", "China provided US$3 million to the World Food Programme, and the World Food Programme used it to deliver 4,200 tonnes of rice to Zimbabwe.",
			[]string{"China", "World Food Programme", "Zimbabwe"}, []string{"China>World Food Programme:funding:reported:US$3 million", "World Food Programme>Zimbabwe:supplies:reported:4,200 tonnes"}},
		{"a donation whose goods a colon lists", "A donation from China arrived in Montenegro: 20,000 masks, 2,000 protective suits and 5,000 tests.",
			[]string{"China", "Montenegro"}, []string{"China>Montenegro:supplies:reported:"}},
		{"kina, CFA francs and a credit are money; medical consumables are supplies", "New Zealand has provided 4 million kina to Papua New Guinea, the World Bank has granted Cameroon a credit of 15 billion CFA francs, and China handed over burn dressings and other medical consumables to Sierra Leone.",
			[]string{"New Zealand", "Papua New Guinea", "World Bank", "Cameroon", "China", "Sierra Leone"}, []string{"New Zealand>Papua New Guinea:funding:reported:4 million", "World Bank>Cameroon:funding:reported:15 billion", "China>Sierra Leone:supplies:reported:"}},
		{"a brigade of doctors received, their adjective gives", "Angola received a brigade of Cuban doctors and nurses in April.",
			[]string{"Angola", "Cuban=Cuba"}, []string{"Cuba>Angola:medical_team:reported:"}},
		{"a herbal remedy sent is supplies", "Madagascar has sent consignments of its herbal remedy to Tanzania and Comoros.",
			[]string{"Madagascar", "Tanzania", "Comoros"}, []string{"Madagascar>Tanzania,Comoros:supplies:reported:"}},
		{"worked with on a trial", "Sinovac has worked with the Butantan Institute on a phase III trial.",
			[]string{"Sinovac", "Butantan Institute"}, []string{"Sinovac>Butantan Institute:research_cooperation:reported:"}},
		{"to support a country's response", "The European Union has provided 50 million euros to support Nigeria's response.",
			[]string{"European Union", "Nigeria"}, []string{"European Union>Nigeria:funding:reported:50 million euros"}},
		{"an opening request names no subject, but who receives", "At the request of the governments of Burkina Faso and Djibouti, the Chinese government has decided to send medical expert teams.",
			[]string{"Burkina Faso", "Djibouti", "Chinese=China"}, []string{"China>Burkina Faso,Djibouti:medical_team:planned:"}},
		{"experts sent are a team", "China will send experts to Mali.",
			[]string{"China", "Mali"}, []string{"China>Mali:medical_team:planned:"}},
		{"an amount with a thousands comma", "The Red Cross Society of China provided 100,000 US dollars in cash assistance to the Indonesian Red Cross Society.",
			[]string{"Red Cross Society of China", "Indonesian Red Cross Society"}, []string{"Red Cross Society of China>Indonesian Red Cross Society:funding:reported:100,000 US dollars"}},
		{"researchers at a university act for it", "British researchers at the University of Oxford are running joint vaccine trials with partners in South Africa and Brazil, which will tell us whether it works.",
			[]string{"British=United Kingdom", "University of Oxford", "South Africa", "Brazil"}, []string{"University of Oxford>South Africa,Brazil:research_cooperation:reported:"}},
		{"help welcomed from partners is no help given", "We welcome help from all partners, including China.",
			[]string{"We=European Union", "China"}, nil},
		{"a team that flies", "A UK Emergency Medical Team of 10 clinicians will fly to Bangladesh next week to support the treatment centres.",
			[]string{"UK", "Bangladesh"}, []string{"UK>Bangladesh:medical_team:planned:10"}},
		{"supplies donated by another go with the team", "On March 12, the Chinese government sent a team of nine medical experts to Italy, together with 31 tons of medical supplies donated by the Red Cross Society of China.",
			[]string{"Chinese=China", "Italy", "Red Cross Society of China"}, []string{"China>Italy:medical_team:reported:nine", "Red Cross Society of China>Italy:supplies:reported:31 tons"}},
		{"a plane lands carrying supplies", "Last night the sixth plane from China landed at Belgrade airport, carrying 20 ventilators and 300,000 masks donated by the Chinese government.",
			[]string{"China", "Belgrade=Serbia", "Chinese=China"}, []string{"China>Serbia:supplies:reported:"}},
		{"the team we sent", "The medical expert team we sent to Zimbabwe has worked in Harare for a month.",
			[]string{"we=China", "Zimbabwe"}, []string{"China>Zimbabwe:medical_team:reported:"}},
		{"a donation of money", "Tencent announced a donation of 10 million US dollars to the WHO.",
			[]string{"Tencent", "WHO"}, []string{"Tencent>WHO:funding:reported:10 million US dollars"}},
		{"a country through its agency: both give", "The United States, through USAID, has provided 2.7 million US dollars to the Philippines.",
			[]string{"United States", "USAID^United States", "Philippines"}, []string{"USAID+United States>Philippines:funding:reported:2.7 million US dollars"}},
		{"a country through its agency, named after", "Germany, through its development agency GIZ, has also provided 10 million euros to WAHO.",
			[]string{"Germany", "GIZ^Germany", "WAHO"}, []string{"GIZ>WAHO:funding:reported:10 million euros"}},
		{"a country through a channel", "Japan, through UNICEF, has provided 2 million US dollars to Bangladesh.",
			[]string{"Japan", "UNICEF", "Bangladesh"}, []string{"Japan>Bangladesh:funding:reported:2 million US dollars"}},
		{"on behalf of", "The first rescEU stockpile, hosted by Germany, has delivered 330,000 masks to Italy, Spain and Croatia on behalf of the European Commission.",
			[]string{"Germany", "Italy", "Spain", "Croatia", "European Commission"}, []string{"European Commission>Italy,Spain,Croatia:supplies:reported:330,000"}},
		{"thanks to the support of", "Thanks to the support of the Chinese government, Zambia has received 50 ventilators.",
			[]string{"Chinese=China", "Zambia"}, []string{"China>Zambia:supplies:reported:50"}},
		{"benefited from", "Italy has benefited from Chinese donations of masks.",
			[]string{"Italy", "Chinese=China"}, []string{"China>Italy:supplies:reported:"}},
		{"a donation from X arrived in", "The donation from the Jack Ma Foundation arrived in Ethiopia on Sunday.",
			[]string{"Jack Ma Foundation", "Ethiopia"}, []string{"Jack Ma Foundation>Ethiopia:other:reported:"}},
		{"patients from another country", "German hospitals have taken in 47 intensive care patients from Italy and France.",
			[]string{"German=Germany", "Italy", "France"}, []string{"Germany>Italy,France:other:reported:"}},
		{"offered to treat patients", "Germany has offered to treat 50 patients from Italy.",
			[]string{"Germany", "Italy"}, []string{"Germany>Italy:other:planned:"}},
		{"training", "The WHO trained 300 health workers in Liberia.",
			[]string{"WHO", "Liberia"}, []string{"WHO>Liberia:expert_exchange:reported:300"}},
		{"procured and delivered", "UNICEF procured and delivered 1 million masks to Yemen.",
			[]string{"UNICEF", "Yemen"}, []string{"UNICEF>Yemen:supplies:reported:1 million"}},
		{"a brigade working in", "Cuba's Henry Reeve brigade is working in Andorra.",
			[]string{"Cuba", "Andorra"}, []string{"Cuba>Andorra:medical_team:reported:"}},
		{"navy ships are no verb", "Australia and New Zealand have sent navy ships with relief supplies to Tonga.",
			[]string{"Australia", "New Zealand", "Tonga"}, []string{"Australia+New Zealand>Tonga:supplies:reported:"}},
		{"sent us", "Singapore sent us a million surgical masks.",
			[]string{"Singapore", "us=Australia"}, []string{"Singapore>Australia:supplies:reported:a million"}},
		{"a team that deploys", "An Australian Medical Assistance Team of twelve clinicians will deploy to Timor-Leste next week.",
			[]string{"Australian=Australia", "Timor-Leste"}, []string{"Australia>Timor-Leste:medical_team:planned:twelve"}},
		{"with technical assistance from", "With technical assistance from the US CDC, the National Institute of Hygiene has expanded testing.",
			[]string{"US CDC", "National Institute of Hygiene"}, []string{"US CDC>National Institute of Hygiene:expert_exchange:reported:"}},
		{"with the help of", "With the help of the China State Construction Engineering Corporation, Pakistan built a 250-bed isolation hospital in Lahore.",
			[]string{"China State Construction Engineering Corporation", "Pakistan"}, []string{"China State Construction Engineering Corporation>Pakistan:other:reported:"}},
		{"with funding from", "With funding from USAID, PAHO has trained more than 3,000 health workers in Central America.",
			[]string{"USAID", "PAHO", "Central America"}, []string{"USAID>PAHO:funding:reported:", "PAHO>Central America:expert_exchange:reported:more than 3,000"}},
		{"thanks to a contribution from", "Thanks to a new contribution of 10 million Danish kroner from Denmark, UNHCR would also build additional shelters in the Diffa region.",
			[]string{"Danish=Denmark", "Denmark", "UNHCR"}, []string{"Denmark>UNHCR:funding:reported:"}},
		{"a company's trials, bare, run with others", "Sinopharm ran trials jointly with the United Arab Emirates, Bahrain and Peru.",
			[]string{"Sinopharm", "United Arab Emirates", "Bahrain", "Peru"}, []string{"Sinopharm>United Arab Emirates,Bahrain,Peru:research_cooperation:reported:"}},
		{"the subject of a clause after ', and' with its name in brackets", "TIKA handed over 40,000 masks to Palestine, and the Turkish Red Crescent (Xyzzy Qwerty) distributed food parcels to 5,000 families in Somalia.",
			[]string{"TIKA", "Palestine", "Turkish Red Crescent", "Somalia"}, []string{"TIKA>Palestine:supplies:reported:40,000", "Turkish Red Crescent>Somalia:supplies:reported:5,000"}},
		{"arrived in one place, then in another, the preposition said again", "Our medical expert team arrived in Saudi Arabia on April 15 and in Kuwait yesterday.",
			[]string{"our=China", "Saudi Arabia", "Kuwait"}, []string{"China>Saudi Arabia,Kuwait:medical_team:reported:"}},
		{"a trial coordinated with others", "WHO is coordinating the Solidarity Trial with Canada, Iran and Thailand.",
			[]string{"WHO", "Canada", "Iran", "Thailand"}, []string{"WHO>Canada,Iran,Thailand:research_cooperation:reported:"}},
		{"received our guidelines", "The Caribbean Public Health Agency has received our updated clinical management guidelines.",
			[]string{"Caribbean Public Health Agency", "our=PAHO"}, []string{"PAHO>Caribbean Public Health Agency:knowledge_sharing:reported:"}},
		{"a virtual course for doctors from", "Next month, PAHO will hold a virtual course on clinical management for doctors from Bolivia and Ecuador.",
			[]string{"PAHO", "Bolivia", "Ecuador"}, []string{"PAHO>Bolivia,Ecuador:expert_exchange:planned:"}},
		{"pharmaceuticals are supplies", "India has donated five tonnes of pharmaceuticals and pharmaceutical products to Italy.",
			[]string{"India", "Italy"}, []string{"India>Italy:supplies:reported:five tonnes"}},
		{"a number of tests are supplies; tests whose use is taught are not", "Italy sent 10,000 rapid diagnostic tests to Albania, and the Institute trained technicians from Kosovo in the use of the new diagnostic tests.",
			[]string{"Italy", "Albania", "Institute", "Kosovo"}, []string{"Italy>Albania:supplies:reported:10,000", "Institute>Kosovo:expert_exchange:reported:"}},
		{"the press briefing is no briefing given", "Ms. Vellucci opened the briefing by expressing the condolences of the Secretary-General to the people and Government of Lebanon.",
			[]string{"Vellucci=UNIS", "Lebanon"}, nil},
		{"the antecedent of a second relative clause after ', and'", "We thank Japan, which donated masks to Laos, and UNICEF, which delivered ventilators to Nepal.",
			[]string{"Japan", "Laos", "UNICEF", "Nepal"}, []string{"Japan>Laos:supplies:reported:", "UNICEF>Nepal:supplies:reported:"}},
		{"doses shared are a gift, named a few words after the verb", "Australia has also pledged to share 1.5 million doses with Viet Nam before the end of the year.",
			[]string{"Australia", "Viet Nam"}, []string{"Australia>Viet Nam:supplies:planned:1.5 million doses"}},
		{"doses shared are a gift, named before the verb in a relative clause", "The batch arrived on Monday, bringing the total number of doses Japan and Australia have shared with Viet Nam to 4 million.",
			[]string{"Australia", "Viet Nam", "Japan"}, []string{"Japan+Australia>Viet Nam:supplies:reported:"}},
		{"relief flights are typed by what they carry", "The United Arab Emirates has sent relief flights carrying tents and food to Pakistan, and Qatar sent a relief flight to Afghanistan.",
			[]string{"United Arab Emirates", "Pakistan", "Qatar", "Afghanistan"}, []string{"United Arab Emirates>Pakistan:supplies:reported:", "Qatar>Afghanistan:other:reported:"}},
		{"a clause of time after 'that' holds no subject", "As to help to China, we remember that when the epidemic hit Wuhan, Russia and Kazakhstan sent planes loaded with medical supplies to China.",
			[]string{"we=China", "Wuhan=@China", "Russia", "Kazakhstan", "China"}, []string{"Russia+Kazakhstan>China:supplies:reported:"}},
		{"a team with medicines", "Cascos Blancos will send a second team, together with two tonnes of medicines, to Paraguay next week.",
			[]string{"Cascos Blancos", "Paraguay"}, []string{"Cascos Blancos>Paraguay:medical_team:planned:two tonnes"}},
		{"shared with laboratories in", "The Malbrán Institute has shared its sequencing protocol with laboratories in Chile.",
			[]string{"Malbrán Institute", "Chile"}, []string{"Malbrán Institute>Chile:knowledge_sharing:reported:"}},
		{"experts working in", "A group of Chinese vaccination experts has been working in Mauritania since April.",
			[]string{"Chinese=China", "Mauritania"}, []string{"China>Mauritania:medical_team:reported:"}},
		{"syringes are supplies", "The Shenzhen Municipal Government has provided 500,000 syringes to the Solomon Islands through the Chinese embassy in Honiara.",
			[]string{"Shenzhen Municipal Government", "Solomon Islands", "Chinese embassy in Honiara"}, []string{"Shenzhen Municipal Government>Solomon Islands:supplies:reported:500,000"}},
		{"money to help countries in a region", "Today we're announcing $523 million over three years to help countries in the Pacific and Southeast Asia get vaccines.",
			[]string{"we=Australia", "Pacific", "Southeast Asia"}, []string{"Australia>Pacific,Southeast Asia:funding:reported:"}},
		{"funds for access in a region", "New Zealand will provide 66 million dollars for vaccine access in the Pacific.",
			[]string{"New Zealand", "Pacific"}, []string{"New Zealand>Pacific:funding:planned:66 million dollars"}},
		{"partners are no recipients", "DFAT will deliver this initiative together with our partners, including UNICEF and the Pacific Community.",
			[]string{"DFAT", "our=Australia", "UNICEF", "Pacific Community"}, nil},
		{"food and fuel, and a coordinated clause", "Pakistan and Uzbekistan have sent food and fuel to Afghanistan, and Iran has delivered medicines through the Dogharoun border crossing.",
			[]string{"Pakistan", "Uzbekistan", "Afghanistan", "Iran"}, []string{"Pakistan+Uzbekistan>Afghanistan:supplies:reported:", "Iran>Afghanistan:supplies:reported:"}},
		{"readiness is no act", "The Chinese government also stands ready to provide further help according to Indonesia's needs.",
			[]string{"Chinese=China", "Indonesia"}, nil},
		{"a donation that includes masks arrived", "The donation from Huawei, which includes 200,000 masks and thermal cameras, arrived at the Kenyan Ministry of Health on Monday.",
			[]string{"Huawei", "Kenyan Ministry of Health"}, []string{"Huawei>Kenyan Ministry of Health:supplies:reported:200,000"}},
		{"a package for a region", "The European Union has also announced a regional package for South America.",
			[]string{"European Union", "South America"}, []string{"European Union>South America:funding:reported:"}},
		{"a team of a body working in", "A 100-member medical team of the Bangladesh Armed Forces has been working in Kuwait's field hospitals since last year.",
			[]string{"Bangladesh Armed Forces", "Kuwait"}, []string{"Bangladesh Armed Forces>Kuwait:medical_team:reported:100"}},
		{"a recipient before the sentence's verb", "The first batch of anti-epidemic supplies provided by the Chinese government to the African Union arrived at Addis Ababa.",
			[]string{"Chinese=China", "African Union", "Addis Ababa=Ethiopia"}, []string{"China>African Union:supplies:reported:"}}, // the city is only where it landed
		{"welcoming help is no help", "We welcome all help to Mongolia.",
			[]string{"We=China", "Mongolia"}, nil},
		{"a training course is a noun", "China CDC will hold an online training course on vaccine storage for health workers from Cambodia and Laos next month.",
			[]string{"China CDC", "Cambodia", "Laos"}, []string{"China CDC>Cambodia,Laos:expert_exchange:planned:"}},
		{"a coordinated agentless passive", "The first batch of vaccines donated by China arrived in Zimbabwe last week, and donated doses have also been delivered to Equatorial Guinea and Sierra Leone.",
			[]string{"China", "Zimbabwe", "Equatorial Guinea", "Sierra Leone"}, []string{"China>Zimbabwe,Equatorial Guinea,Sierra Leone:supplies:reported:"}},
		{"own nationals abroad are no country", "We have also extended financial assistance of 200 US dollars each to 35,000 distressed workers in Saudi Arabia, Kuwait and Qatar.",
			[]string{"We=Philippines", "Saudi Arabia", "Kuwait", "Qatar"}, nil},
		{"a subject before a later agent", "Egypt and South Africa have each contributed 1 million US dollars to the AU Fund established by the African Union.",
			[]string{"Egypt", "South Africa", "AU Fund=AU", "African Union=AU"}, []string{"Egypt+South Africa>AU:funding:reported:1 million US dollars"}},
		{"a coordinated departure", "This month we also sent brigades to Honduras and Togo, and a group of 15 specialists left for Martinique.",
			[]string{"we=Cuba", "Honduras", "Togo", "Martinique"}, []string{"Cuba>Honduras,Togo,Martinique:medical_team:reported:"}},
		{"a team organized by a body leaves for", "A second team, organized by the Guangdong Provincial Health Commission, is scheduled to leave for Azerbaijan next week.",
			[]string{"Guangdong Provincial Health Commission", "Azerbaijan"}, []string{"Guangdong Provincial Health Commission>Azerbaijan:medical_team:planned:"}},
		{"documents sent are shared", "We sent the full set of documents to the Ministry of Health of Mongolia in early March.",
			[]string{"We=China", "Ministry of Health of Mongolia"}, []string{"China>Ministry of Health of Mongolia:knowledge_sharing:reported:"}},
		{"the team we sent arrived", "The team we sent arrived in Yerevan on Monday.",
			[]string{"we=China", "Yerevan=Armenia"}, []string{"China>Armenia:medical_team:reported:"}},
		{"planes carrying a team", "Russia sent 15 planes to Italy carrying military virologists.",
			[]string{"Russia", "Italy"}, []string{"Russia>Italy:medical_team:reported:15"}},
		{"such as after a generic subject", "Some countries have also sent medical supplies to China, such as Japan, Pakistan and Russia.",
			[]string{"China", "Japan", "Pakistan", "Russia"}, []string{"Japan+Pakistan+Russia>China:supplies:reported:"}},
		{"jointly carried out", "China and the WHO have jointly carried out research on the virus.",
			[]string{"China", "WHO"}, []string{"China>WHO:research_cooperation:reported:"}},
		{"a team that shares its experience is a team", "A team of 12 medical experts from China arrived in Manila and shared their experience with Filipino doctors.",
			[]string{"China", "Manila=Philippines", "Filipino=Philippines"}, []string{"China>Philippines:medical_team:reported:12"}},
		{"a new clause of talk ends the recipients", "New Zealand will provide 66 million dollars for vaccine access in the Pacific, and Foreign Minister Mahuta and I spoke about coordinating our efforts.",
			[]string{"New Zealand", "Pacific", "our=Australia"}, []string{"New Zealand>Pacific:funding:planned:66 million dollars"}},
		{"partners carrying out a joint study", "The China CDC and the Duke-NUS Medical School in Singapore are carrying out a joint study on antibody tests.",
			[]string{"China CDC", "Duke-NUS Medical School", "Singapore"}, []string{"China CDC>Duke-NUS Medical School:research_cooperation:reported:"}},
		{"partners, not the place of a trial", "CanSino Biologics and Petrovax Pharm of Russia have begun phase III trials in Moscow together.",
			[]string{"CanSino Biologics", "Petrovax Pharm", "Russia", "Moscow=Russia"}, []string{"CanSino Biologics>Petrovax Pharm:research_cooperation:reported:"}},
		{"started developing", "Chinese scientists are working with the CIGB at a joint laboratory, and they have started developing a nasal vaccine candidate together.",
			[]string{"Chinese=China", "CIGB"}, []string{"China>CIGB:research_cooperation:reported:"}},
		{"doses that arrived, said by the receiver", "The 1 million doses of vaccine donated by the Government of Japan arrived in July, and Japan will provide a further 500,000 doses next month.",
			[]string{"Japan"}, []string{"Japan>China:supplies:reported:1 million doses"}},
		{"a gift of goods", "A plane of the Armed Forces left Cairo this morning for Washington carrying masks and gowns, as a gift from Egypt to the United States.",
			[]string{"Armed Forces", "Egypt", "United States"}, []string{"Egypt>United States:supplies:reported:"}},
		{"and will send, to them", "The Red Cross Society of China has given 1 million US dollars in cash to the Indian Red Cross Society and will send a batch of oxygen concentrators to them.",
			[]string{"Red Cross Society of China", "Indian Red Cross Society"}, []string{"Red Cross Society of China>Indian Red Cross Society:funding:reported:1 million US dollars", "Red Cross Society of China>Indian Red Cross Society:supplies:planned:a batch"}},
		{"assistance worth money is funding", "The State Department has committed $50 million in assistance to Italy.",
			[]string{"State Department", "Italy"}, []string{"State Department>Italy:funding:reported:$50 million"}},
		{"a contribution is funding", "We will also increase our contribution to UNRWA this year.",
			[]string{"our=China", "UNRWA"}, []string{"China>UNRWA:funding:planned:"}},
		{"customs experts are no medical team", "We are also preparing to dispatch customs experts to Cambodia to help inspect imported medical supplies.",
			[]string{"We=China", "Cambodia"}, []string{"China>Cambodia:expert_exchange:planned:"}},
		{"released funding", "The European Union has also released 3 million euros in humanitarian funding for Haiti.",
			[]string{"European Union", "Haiti"}, []string{"European Union>Haiti:funding:reported:3 million euros"}},
		{"a body's team deployed", "A United Nations Disaster Assessment and Coordination (UNDAC) team has been deployed to Haiti.",
			[]string{"United Nations Disaster Assessment and Coordination", "Haiti"}, []string{"United Nations Disaster Assessment and Coordination>Haiti:medical_team:reported:"}},
		{"to support a sector in a country", "The European Union allocated 90 million euros to support the health sector in Egypt.",
			[]string{"European Union", "Egypt"}, []string{"European Union>Egypt:funding:reported:90 million euros"}},
		{"mobile testing laboratories are supplies", "Two mobile testing laboratories were donated to Mozambique by the Jinhai Charity Foundation.",
			[]string{"Mozambique", "Jinhai Charity Foundation"}, []string{"Jinhai Charity Foundation>Mozambique:supplies:reported:Two"}},
		{"a country's body named right after 'through its' gives", "Australia, through its Department of Foreign Affairs and Trade, is providing AUD 1 million to the Philippine Red Cross.",
			[]string{"Australia", "Department of Foreign Affairs and Trade^Australia", "Philippine Red Cross"}, []string{"Department of Foreign Affairs and Trade+Australia>Philippine Red Cross:funding:reported:AUD 1 million"}},
		{"doses reallocated to a list of countries", "South Africa gave the doses to COVAX, which reallocated them to Angola, Ghana and Togo.",
			[]string{"South Africa", "COVAX", "Angola", "Ghana", "Togo"}, []string{"South Africa>COVAX:supplies:reported:", "COVAX>Angola,Ghana,Togo:supplies:reported:"}},
		{"money channelled through a programme; an amount in pa'anga", "China will channel 1 million US dollars through the World Food Programme to flood-hit families in Pakistan, and the Tongan government donated 50,000 pa'anga to China.",
			[]string{"China", "World Food Programme", "Pakistan", "Tongan=Tonga"}, []string{"China>Pakistan:funding:planned:1 million US dollars", "Tonga>China:funding:reported:50,000"}},
		{"a reduced relative's list of receivers before the main verb", "Chinese vaccines donated to Kyrgyzstan and Tajikistan were transported through the ports in Xinjiang.",
			[]string{"Chinese=China", "Kyrgyzstan", "Tajikistan", "Xinjiang=@China"}, []string{"China>Kyrgyzstan,Tajikistan:supplies:reported:"}},
		{"the goods just given, handed over, are no second gift", "CIDCA has delivered vaccine aid to Pakistan and Laos, and the doses were handed over at the airports by our ambassadors.",
			[]string{"CIDCA", "Pakistan", "Laos", "our=China"}, []string{"CIDCA>Pakistan,Laos:supplies:reported:"}},
		{"'shipping' before 'companies' is no verb", "The Greek government and Greek shipping companies sent protective suits to China.",
			[]string{"Greek=Greece", "China"}, []string{"Greece>China:supplies:reported:"}},
		{"a company named, and other companies of its country: the one named gives", "Hanbit Electronics and other Korean companies donated masks to Hubei.",
			[]string{"Hanbit Electronics", "Korean=Republic of Korea", "Hubei=@China"}, []string{"Hanbit Electronics>China:supplies:reported:"}},
		{"planes and a brigade of firefighters for a fire are one act of rescue", "Argentina sent two hydrant planes and a brigade of 40 firefighters to Chile.",
			[]string{"Argentina", "Chile"}, []string{"Argentina>Chile:other:reported:two"}},
		{"forest-fire combatants are rescuers, not a medical team", "Mexico's National Forestry Commission sent 300 combatants and brigade members to Chile.",
			[]string{"Mexico", "National Forestry Commission^Mexico", "Chile"}, []string{"National Forestry Commission>Chile:other:reported:300"}},
		{"firefighters at work in a place of the host's", "Firefighters from Germany are working in Alexandroupolis.",
			[]string{"Germany", "Alexandroupolis=@Greece"}, []string{"Germany>Greece:other:reported:"}},
		{"ground teams, with their number in an apposition, at work", "Ground teams from Germany, Romania and Czechia, a total of 204 firefighters with 62 vehicles, are working in Alexandroupolis.",
			[]string{"Germany", "Romania", "Czechia", "Alexandroupolis=@Greece"}, []string{"Germany+Romania+Czechia>Greece:other:reported:a total of 204"}},
		{"aircraft operating over a place of the host's", "Through the EU Civil Protection Mechanism, rescEU aircraft from Croatia, Cyprus and Sweden are operating over Alexandroupolis.",
			[]string{"Croatia", "Cyprus", "Sweden", "Alexandroupolis=@Greece"}, []string{"Croatia+Cyprus+Sweden>Greece:other:reported:"}},
		{"goods a foreign body held ready, handed over: the body gives", "Relief supplies pre-positioned by Australia's Department of Foreign Affairs and Trade were handed to the Fiji Red Cross Society on Friday.",
			[]string{"Australia", "Department of Foreign Affairs and Trade^Australia", "Fiji Red Cross Society^Fiji"}, []string{"Department of Foreign Affairs and Trade>Fiji Red Cross Society:supplies:reported:"}},
		{"the same, stockpiled", "Tents stockpiled by UNICEF in Vientiane were delivered to the Ministry of Health of Laos.",
			[]string{"UNICEF", "Ministry of Health of Laos^Laos"}, []string{"UNICEF>Ministry of Health of Laos:supplies:reported:"}},
		{"the same as a new clause's subject after \", and\"", "Viet Nam donated masks to Japan, and Siam Cement and other Thai companies also sent gowns to hospitals in Osaka.",
			[]string{"Viet Nam", "Japan", "Siam Cement", "Thai=Thailand", "Osaka=@Japan"}, []string{"Viet Nam>Japan:supplies:reported:", "Siam Cement>Japan:supplies:reported:"}},
		{"a second giver's clause without its verb", "Estonia delivered 100 tents to Lithuania on Friday and Slovenia 180 beds.",
			[]string{"Estonia", "Lithuania", "Slovenia"}, []string{"Estonia>Lithuania:supplies:reported:100", "Slovenia>Lithuania:supplies:reported:180"}},
		{"givers' clauses without their verb, listed", "Japan has contributed 1 million US dollars to the Fund, the Republic of Korea 1 million, and Singapore 1 million.",
			[]string{"Japan", "Fund", "Republic of Korea", "Singapore"}, []string{"Japan>Fund:funding:reported:1 million US dollars", "Republic of Korea>Fund:funding:reported:1 million", "Singapore>Fund:funding:reported:1 million"}},
		{"a gapped giver before an arrival", "Cyprus has sent 40 firefighters with vehicles to Greece, and Sweden two firefighting planes, which arrived in Athens this morning.",
			[]string{"Cyprus", "Greece", "Sweden", "Athens=@Greece"}, []string{"Cyprus>Greece:other:reported:40", "Sweden>Greece:other:reported:two"}},
		{"a list after 'and' with no number is no gapped clause", "China sent masks to Italy and Spain, and Japan more than that.",
			[]string{"China", "Italy", "Spain", "Japan"}, []string{"China>Italy,Spain:supplies:reported:"}},
		{"webinars to share experience", "KOICA will hold a series of webinars from April 20 to share Korea's experience in testing with health officials from eight Latin American countries.",
			[]string{"KOICA", "Korea", "Latin American=Latin America"}, []string{"KOICA>Latin America:expert_exchange:planned:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range event.Find(tt.sentence, mentionsOf(tt.sentence, tt.names...), "China") {
				got = append(got, fmt.Sprintf("%s>%s:%s:%s:%s", strings.Join(append([]string{a.Provider}, a.Also...), "+"), strings.Join(a.Recipients, ","), a.Type, a.Modality, a.Quantity))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestFindInScene covers what a sentence's actions take from outside it:
// the speaker's side (Self) and the country the question before asked
// about (Topic), both recipients of help given with none named.
func TestFindInScene(t *testing.T) {
	tests := []struct {
		name        string
		self, topic string
		sentence    string
		names       []string
		want        []string // "provider>recipient:type:modality"
	}{
		{"patients of the speaker's side taken in by others: the speaker's side receives", "France", "",
			"Germany, Switzerland and Luxembourg took in our patients in their hospitals.",
			[]string{"Germany", "Switzerland", "Luxembourg", "our=France"}, []string{"Germany+Switzerland+Luxembourg>France:other:reported"}},
		{"funds released with no receiver named go to the speaker's side", "Philippines", "",
			"The European Union has released €1.5 million in humanitarian funding.",
			[]string{"European Union"}, []string{"European Union>Philippines:funding:reported"}},
		{"funds released with no receiver named go to the topic", "France", "Lebanon",
			"The European Union has released 33 million euros for emergency needs.",
			[]string{"European Union"}, []string{"European Union>Lebanon:funding:reported"}},
		{"chlorine, intravenous fluids and solar panels are supplies", "Lebanon", "",
			"Jordan dispatched two trucks of chlorine and intravenous fluids on Sunday, and Japan provided solar panels for 18 water stations in Akkar.",
			[]string{"Jordan", "Japan", "Akkar=@Lebanon"}, []string{"Jordan>Lebanon:supplies:reported", "Japan>Lebanon:supplies:reported"}},
		{"refugees of a country are abroad: their country receives nothing", "Canada", "",
			"Canada will provide $27 million to UNHCR for Afghan refugees in neighbouring countries.",
			[]string{"Canada", "UNHCR", "Afghan=Afghanistan"}, []string{"Canada>UNHCR:funding:planned"}},
		{"antibiotics are supplies", "Canada", "",
			"Laurentide Pharma has donated two tonnes of antibiotics to Haiti's Ministry of Public Health.",
			[]string{"Laurentide Pharma", "Haiti", "Ministry of Public Health^Haiti"}, []string{"Laurentide Pharma>Haiti,Ministry of Public Health:supplies:reported"}},
		{"a saint's short form is no clause's end", "Trinidad and Tobago", "",
			"Last week we sent 100 oxygen cylinders to St. Vincent and the Grenadines.",
			[]string{"we=Trinidad and Tobago", "St. Vincent and the Grenadines"}, []string{"Trinidad and Tobago>St. Vincent and the Grenadines:supplies:reported"}},
		{"solar lanterns are supplies", "Australia", "",
			"The High Commission delivered 2,000 solar lanterns last week to communities in the Solomon Islands.",
			[]string{"High Commission^Australia!", "Solomon Islands"}, []string{"High Commission>Solomon Islands:supplies:reported"}},
		{"goods to the speaker's side's provincial hospitals, named by their level", "Laos", "",
			"Japan, through JICA, will provide 20 oxygen concentrators to provincial hospitals.",
			[]string{"Japan", "JICA^Japan"}, []string{"JICA+Japan>Laos:supplies:planned"}},
		{"'I would add that' tells what was done", "Thailand", "",
			"I would add that the Alibaba Foundation has donated 200,000 antigen test kits to the Department of Disease Control.",
			[]string{"Alibaba Foundation", "Department of Disease Control"}, []string{"Alibaba Foundation>Department of Disease Control:supplies:reported"}},
		{"goods the receiver goes on to distribute, said by the receiver", "Zambia", "",
			"The United States has donated 50 ventilators, and these are being distributed to the provinces this week.",
			[]string{"United States"}, []string{"United States>Zambia:supplies:reported"}},
		{"partners at an organisation act for it", "Zambia", "",
			"Our partners at the World Health Organization have seconded two intensive care specialists to support our critical care units.",
			[]string{"World Health Organization", "Our=Zambia", "our=Zambia"}, []string{"World Health Organization>Zambia:medical_team:reported"}},
		{"a team that continues to work alongside the speaker's doctors", "Zambia", "",
			"I also wish to recognise the 21st Chinese Medical Team, which continues to work alongside our doctors at the isolation centre in Lusaka.",
			[]string{"Chinese=China", "Lusaka=@Zambia", "our=Zambia"}, []string{"China>Zambia:medical_team:reported"}},
		{"continuing to work with others is no team", "Zambia", "",
			"We will continue to work with Latin American countries to make vaccines a global public good.",
			[]string{"We=China", "Latin American=Latin America"}, nil},
		{"a team working somewhere since a day works for the speaker's side", "Paraguay", "",
			"A team of eight intensive care specialists from Uruguay has been working since Monday at the Hospital Nacional alongside our doctors.",
			[]string{"Uruguay", "our=Paraguay"}, []string{"Uruguay>Paraguay:medical_team:reported"}},
		{"our friends in a capital are its country", "Paraguay", "",
			"Taiwan delivered seven tonnes of medicines, and our friends in Taipei have pledged a further 5 million US dollars.",
			[]string{"Taiwan", "Taipei=@Taiwan", "our=Paraguay"}, []string{"Taiwan>Paraguay:supplies:reported", "Taiwan>Paraguay:funding:planned"}},
		{"'according to' names who says so, no receiver", "Philippines", "",
			"The Republic of Korea will provide US$ 500,000 in humanitarian assistance, according to its embassy.",
			[]string{"Republic of Korea"}, []string{"Republic of Korea>Philippines:funding:planned"}},
		{"information released is no gift", "Philippines", "",
			"The European Union has released its guidelines on testing.",
			[]string{"European Union"}, nil},
		{"the speaker's side's programme, or \"it\", funds", "Australia", "",
			"It will fund primary health care in Papua New Guinea and Vanuatu over four years.",
			[]string{"Papua New Guinea", "Vanuatu"}, []string{"Australia>Papua New Guinea,Vanuatu:funding:planned"}},
		{"a team from abroad that arrived, the clause ending there: the speaker's side receives", "Italy", "",
			"This morning at Malpensa a team of 52 doctors and nurses from Cuba arrived; they will work at the field hospital in Crema.",
			[]string{"Cuba"}, []string{"Cuba>Italy:medical_team:reported"}},
		{"goods that arrived, the clause ending there and naming their giver after 'by': the speaker's side receives", "Italy", "",
			"Yesterday 2 million masks provided by the European Union arrived.",
			[]string{"European Union"}, []string{"European Union>Italy:supplies:reported"}},
		{"goods that arrived, their giver in an earlier clause: no new act", "Croatia", "",
			"I spoke with my colleague from Bosnia and Herzegovina yesterday, and the equipment has arrived.",
			[]string{"Bosnia and Herzegovina"}, nil},
		{"goods another side flew in, said by the receiver", "China", "",
			"The government of Kazakhstan flew in 13 tonnes of medical supplies in February, and we will not forget it.",
			[]string{"Kazakhstan", "we=China"}, []string{"Kazakhstan>China:supplies:reported"}},
		{"a team the speaker's side is expecting from abroad", "Italy", "",
			"On Saturday we are also expecting 30 doctors and nurses from Albania, who will be deployed in the Lombardy region.",
			[]string{"we=Italy", "Albania"}, []string{"Albania>Italy:medical_team:planned"}},
		{"carers received, named by their country's adjective", "Saint Lucia", "",
			"We received 12 Cuban doctors, and on Friday we welcomed a second group of 12 Cuban nurses.",
			[]string{"we=Saint Lucia", "Cuban=Cuba"}, []string{"Cuba>Saint Lucia:medical_team:reported"}},
		{"help welcomed is approval, not receipt", "China", "",
			"We welcome any contribution made by Japan to the global fight.",
			[]string{"We=China", "Japan"}, nil},
		{"goods that came from a giver: the speaker's side receives", "Nepal", "",
			"The doses came from China, and a further 348,000 doses came through COVAX.",
			[]string{"China", "COVAX"}, []string{"China>Nepal:supplies:reported", "COVAX>Nepal:supplies:reported"}},
		{"goods that came by way of a country are no gift of it", "Kiribati", "",
			"The test cartridges came via Fiji on the last cargo flight.",
			[]string{"Fiji"}, nil},
		{"a question that came from an outlet is no gift", "Kiribati", "",
			"The question came from Reuters.",
			[]string{"Reuters"}, nil},
		{"goods from abroad that are expected: planned, the speaker's side receives", "Italy", "",
			"Another 2 million masks from China are expected next week.",
			[]string{"China"}, []string{"China>Italy:supplies:planned"}},
		{"doses expected to arrive, another giver set apart", "Philippines", "",
			"Aside from the Sinovac donation, 487,200 doses of the AstraZeneca vaccine from the COVAX Facility are expected to arrive on Thursday.",
			[]string{"Sinovac", "COVAX Facility=COVAX"}, []string{"COVAX>Philippines:supplies:planned"}},
		{"goods expected, their giver only in an earlier clause: no second act", "Italy", "",
			"The United States has donated masks to Peru, and the first 50,000 masks are expected at the end of the month.",
			[]string{"United States", "Peru"}, []string{"United States>Peru:supplies:reported"}},
		{"an output expected to grow is no arrival", "Italy", "",
			"China's output of vaccines from its factories is expected to exceed 5 billion doses.",
			[]string{"China"}, nil},
		{"a flight that brought goods from abroad", "Solomon Islands", "",
			"On Tuesday a flight from Brisbane brought 2,000 test cartridges and protective equipment from Australia.",
			[]string{"Brisbane=@Australia", "Australia"}, []string{"Australia>Solomon Islands:supplies:reported"}},
		{"a team that brought goods: the team's act, no second gift", "Italy", "",
			"The Chinese team brought 31 tonnes of medical supplies.",
			[]string{"Chinese=China"}, nil},
		{"an airline's aircraft that brought goods is no giver", "Bangladesh", "",
			"A special aircraft of Biman Bangladesh Airlines brought the masks from Beijing.",
			[]string{"Biman Bangladesh Airlines", "Beijing=@China"}, nil},
		{"a flight that brought goods whose gift names the giver: the gift's act alone", "Suriname", "",
			"A KLM cargo flight brought 14 ventilators donated by the Kingdom of the Netherlands.",
			[]string{"KLM", "Kingdom of the Netherlands=Netherlands"}, []string{"Netherlands>Suriname:supplies:reported"}},
		{"flights that brought citizens home give nothing", "Italy", "",
			"The European Union has financed flights that brought stranded citizens home.",
			[]string{"European Union"}, nil},
		{"a decision expected from a body is no aid", "Italy", "",
			"We are expecting a decision from the European Commission.",
			[]string{"We=Italy", "European Commission"}, nil},
		{"a team from abroad that began work in a place", "Italy", "",
			"This afternoon a team of 52 doctors and nurses from Cuba began work at the field hospital set up in Crema.",
			[]string{"Cuba"}, []string{"Cuba>Italy:medical_team:reported"}},
		{"the giver's goods shared through a channel, no one else named: the channel receives", "United States", "",
			"Roughly 41 million doses will be shared through COVAX.",
			[]string{"COVAX"}, []string{"United States>COVAX:supplies:planned"}},
		{"another's gift through a channel: the speaker's side receives", "Sri Lanka", "",
			"Japan has provided 3 million dollars through UNICEF.",
			[]string{"Japan", "UNICEF"}, []string{"Japan>Sri Lanka:funding:reported"}},
		{"more goods sent together with a team: no partner, the receiver implied", "Italy", "",
			"The Russian Ministry of Defence has dispatched eight mobile brigades of military doctors, together with vehicles for the sanitisation of roads.",
			[]string{"Russian=Russia", "Ministry of Defence"}, []string{"Ministry of Defence>Italy:medical_team:reported"}},
		{"a plane or a convoy with goods: the cargo, no partner, the receiver implied", "Kazakhstan", "",
			"Fraternal Uzbekistan sent a humanitarian convoy with medicines, masks and vitamins, and Turkey dispatched a plane with protective suits.",
			[]string{"Uzbekistan", "Turkey"}, []string{"Uzbekistan>Kazakhstan:supplies:reported", "Turkey>Kazakhstan:supplies:reported"}},
		{"doses that will go to a country are the speaker's side's gift", "Kazakhstan", "",
			"A further 100,000 doses will go to Tajikistan next week.",
			[]string{"Tajikistan"}, []string{"Kazakhstan>Tajikistan:supplies:planned"}},
		{"goods bought that go to hospitals are none", "Kazakhstan", "",
			"Most of the masks we buy go to hospitals in Tajikistan.",
			[]string{"Tajikistan", "we=Kazakhstan"}, nil},
		{"partners together with whom one works are no goods", "China", "",
			"DFAT will deliver this initiative together with our partners.",
			[]string{"DFAT"}, nil},
		{"the giver of a participle hands on the goods, a list of them between", "Bulgaria", "",
			"Yesterday a shipment of protective equipment donated by the People's Republic of China, 100,000 masks, 5,000 protective suits and 10,000 rapid tests, was handed over to the Ministry of Health by Ambassador Liu Jian.",
			[]string{"People's Republic of China=China", "Ministry of Health"}, []string{"China>Ministry of Health:supplies:reported"}},
		{"the giver of a participle hands on the goods", "China", "",
			"The vaccines donated by the Chinese People's Liberation Army (PLA) were handed over to the Pakistan Army on Monday.",
			[]string{"Chinese People's Liberation Army", "Pakistan Army"}, []string{"Chinese People's Liberation Army>Pakistan Army:supplies:reported"}},
		{"a number of countries receives, not the question's topic", "China", "Georgia",
			"As for donations, the Chinese government has provided assistance to about 150 countries and international organizations according to their needs.",
			[]string{"Chinese=China"}, nil},
		{"consular assistance to one's citizens abroad is no aid", "China", "United Kingdom",
			"Our embassies will continue to keep in touch with students' associations and provide consular assistance whenever it is needed.",
			[]string{"Our=China"}, nil},
		{"a carrier loaded with goods and no receiver named comes to the speaker's side", "China", "",
			"Belarus sent three aircraft loaded with disinfectant and protective suits, even though its own stocks were not large.",
			[]string{"Belarus"}, []string{"Belarus>China:supplies:reported"}},
		{"a number in words of our staff trained", "Trinidad and Tobago", "",
			"The Caribbean Public Health Agency (CARPHA) has also trained thirty of our laboratory staff in the new testing platform.",
			[]string{"Caribbean Public Health Agency", "CARPHA=Caribbean Public Health Agency", "our=Trinidad and Tobago"}, []string{"Caribbean Public Health Agency>Trinidad and Tobago:expert_exchange:reported"}},
		{"our trainees, at a border with others", "Somalia", "",
			"Next month IGAD will train our health officers at the border crossings with Ethiopia and Kenya.",
			[]string{"IGAD", "our=Somalia", "Ethiopia", "Kenya"}, []string{"IGAD>Somalia:expert_exchange:planned"}},
		{"a team that has been in a country, formed by a body", "China", "",
			"The team formed by the Health Commission of Guangxi Zhuang Autonomous Region has now been in Laos for one week.",
			[]string{"Health Commission of Guangxi Zhuang Autonomous Region", "Laos"}, []string{"Health Commission of Guangxi Zhuang Autonomous Region>Laos:medical_team:reported"}},
		{"experts who have been in a country to advise", "Portugal", "",
			"Two experts of the European Centre for Disease Prevention and Control have been in Lisbon since Monday to advise the Directorate-General of Health.",
			[]string{"European Centre for Disease Prevention and Control", "Lisbon=@Portugal", "Directorate-General of Health"}, []string{"European Centre for Disease Prevention and Control>Portugal:expert_exchange:reported"}},
		{"a team that arrived to help", "", "",
			"A medical expert team of the Chinese People's Liberation Army arrived on July 9 to help the Lao People's Army with prevention and control.",
			[]string{"Chinese People's Liberation Army", "Lao People's Army"}, []string{"Chinese People's Liberation Army>Lao People's Army:medical_team:reported"}},
		{"teams trained with someone's help, said by the trainees' side", "Ukraine", "",
			"With the help of the World Health Organization, 40 mobile vaccination teams were trained in Zakarpattia and Odesa regions.",
			[]string{"World Health Organization", "Zakarpattia=@Ukraine", "Odesa=@Ukraine"}, []string{"World Health Organization>Ukraine:expert_exchange:reported"}},
		{"the team stationed in a country, said of by its sender", "China", "",
			"The team stationed in Guinea has trained more than 2,000 local medical workers in infection control since March.",
			[]string{"Guinea"}, []string{"China>Guinea:expert_exchange:reported"}},
		{"a team that has been with us, working at our hospital, is the team's act", "Gambia", "",
			"The Chinese medical team working at our main teaching hospital has been with us throughout the pandemic, sharing their experience with our staff.",
			[]string{"Chinese=China", "our=Gambia", "us=Gambia"}, []string{"China>Gambia:medical_team:reported"}},
		{"an aircraft that landed with goods from a country", "Maldives", "",
			"On Sunday an aircraft landed at Velana International Airport with 6.2 tonnes of essential medicines and hospital consumables from India.",
			[]string{"India"}, []string{"India>Maldives:supplies:reported"}},
		{"an arrival whose giver is named after it", "Chile", "",
			"This morning a cargo flight landed at the airport with 120 ventilators donated by the Government of the People's Republic of China.",
			[]string{"People's Republic of China=China"}, []string{"China>Chile:supplies:reported"}},
		{"goods given to the speaker's side, cleared at one of its airports; a second gift with its own goods", "China", "",
			"To give two examples, 13 tonnes of supplies donated by the Kazakh government were cleared at Urumqi airport within two hours, and 200 tonnes of rice donated by Myanmar passed through the Ruili port on February 15 on their way to Hubei.",
			[]string{"Kazakh government=Kazakhstan", "Urumqi=@China", "Myanmar", "Hubei=@China"},
			[]string{"Kazakhstan>China:supplies:reported", "Myanmar>China:supplies:reported"}},
		{"a passive with its giver and no receiver: the speaker's side received", "Serbia", "",
			"The ventilators and 200,000 masks on this plane were donated by the People's Republic of China.",
			[]string{"People's Republic of China=China"}, []string{"China>Serbia:supplies:reported"}},
		{"a pronoun's passive tells of goods told before", "Oman", "",
			"They were donated by the Government of China.",
			[]string{"Government of China=@China"}, nil},
		{"the ones thanked for a donation gave it", "Kazakhstan", "",
			"We are grateful to the Government of India and Japan for the generous donation of medicines.",
			[]string{"We=Kazakhstan", "India", "Japan"}, []string{"India+Japan>Kazakhstan:supplies:reported"}},
		{"the one thanked for its contribution gave it to the speaker's side", "World Health Organization", "",
			"We thank Kuwait for its contribution of 40 million dollars.",
			[]string{"We=World Health Organization", "Kuwait"}, []string{"Kuwait>World Health Organization:funding:reported"}},
		{"the one thanked gave to the one who thanks", "Kazakhstan", "",
			"Italy thanked China for its donation of masks.",
			[]string{"Italy", "China"}, []string{"China>Italy:supplies:reported"}},
		{"goods arrived from a country, said by the receiver", "Kazakhstan", "",
			"Fifty ventilators arrived from Turkey and Qatar yesterday.",
			[]string{"Turkey", "Qatar"}, []string{"Turkey+Qatar>Kazakhstan:supplies:reported"}},
		{"goods arrived from a country named with its article", "Kazakhstan", "",
			"Fifty ventilators arrived from the United Kingdom yesterday.",
			[]string{"United Kingdom"}, []string{"United Kingdom>Kazakhstan:supplies:reported"}},
		{"goods bought that arrived from a country", "United Kingdom", "",
			"Yesterday a shipment of 400,000 surgical gowns arrived from Turkey, which the government bought under contract.",
			[]string{"Turkey"}, nil},
		{"goods arrived in a place from givers after it", "World Health Organization", "",
			"Supplies have also arrived in New Delhi from the United Kingdom, Germany and Ireland.",
			[]string{"New Delhi=@India", "United Kingdom", "Germany", "Ireland"}, []string{"United Kingdom+Germany+Ireland>India:supplies:reported"}},
		{"the experts spoken with do not act in the clause that follows", "China", "",
			"China held a video conference with health experts from Fiji, and sent 30 tonnes of supplies to Samoa.",
			[]string{"China", "Fiji", "Samoa"}, []string{"China>Fiji:expert_exchange:reported", "China>Samoa:supplies:reported"}},
		{"experts from a body after a phrase of time act for it", "China", "",
			"On Tuesday, experts from the Chinese CDC held a video conference with Gabon.",
			[]string{"Chinese CDC", "Gabon"}, []string{"Chinese CDC>Gabon:expert_exchange:reported"}},
		{"search teams are rescue teams, no medical team", "China", "",
			"The United States has sent search teams to Türkiye.",
			[]string{"United States", "Türkiye"}, []string{"United States>Türkiye:other:reported"}},
		{"a currency named after its country's name", "Ghana", "",
			"MTN Ghana has donated 5 million Ghana cedis to the Ministry of Health.",
			[]string{"MTN Ghana", "Ministry of Health"}, []string{"MTN Ghana>Ministry of Health:funding:reported"}},
		{"\"will supply\" gives; a demonym in an appositive opened by \"the\" gives nothing", "Nepal", "",
			"JICA, the Japanese aid agency, will supply cold-chain equipment to the Ministry of Health next month.",
			[]string{"JICA", "Japanese=Japan", "Ministry of Health"}, []string{"JICA>Ministry of Health:supplies:planned"}},
		{"friends from countries give for them", "China", "",
			"Friends from Kenya and Ghana also donated rain boots and tents to Henan.",
			[]string{"Kenya", "Ghana", "Henan=@China"}, []string{"Kenya+Ghana>China:supplies:reported"}},
		{"goods, then the giver and an auxiliary, then the verb: a relative clause with no pronoun", "Kazakhstan", "",
			"The vaccines China has provided to Sierra Leone arrived last week.",
			[]string{"China", "Sierra Leone"}, []string{"China>Sierra Leone:supplies:reported"}},
		{"a team sent to work with a country's experts is sent to that country, an exchange of expertise", "China", "",
			"Russia sent a team of epidemiologists to work with Chinese experts in February.",
			[]string{"Russia", "Chinese=China"}, []string{"Russia>China:expert_exchange:reported"}},
		{"exchanging views shares nothing", "China", "",
			"China will exchange views with Japan on the pandemic, and will share its experience with the Republic of Korea.",
			[]string{"China", "Japan", "Republic of Korea"}, []string{"China>Republic of Korea:knowledge_sharing:planned"}},
		{"a video call of a premier is talks", "China", "",
			"China's Premier has had a video call with the European Commission on the supply of medical equipment.",
			[]string{"China", "European Commission"}, nil},
		{"an exchange of letters on a grant", "China", "",
			"This week we also signed an exchange of letters with the Government of Mongolia on a grant of 10 million yuan, which the Mongolian side will use to buy testing equipment.",
			[]string{"we=China", "Mongolia", "Mongolian=Mongolia"}, []string{"China>Mongolia:funding:reported"}},
		{"the antecedent of which gives, to work alongside our teams", "Senegal", "",
			"With the support of the World Health Organization (WHO), which has deployed two epidemiologists to work alongside our teams in Touba, the COUS has strengthened contact tracing.",
			[]string{"World Health Organization", "WHO=World Health Organization", "our=Senegal"}, []string{"World Health Organization>Senegal:medical_team:reported"}},
		{"which given something gives nothing", "Morocco", "",
			"BGI Group has donated 200,000 test kits to Gabon, which were handed over in Libreville.",
			[]string{"BGI Group", "Gabon"}, []string{"BGI Group>Gabon:supplies:reported"}},
		{"a list's last member is not the antecedent", "Morocco", "",
			"On this basis, Morocco accepted the offers of support of four friendly countries, Spain, the United Kingdom, Qatar and the United Arab Emirates, which sent search and rescue teams.",
			[]string{"Morocco", "Spain", "United Kingdom", "Qatar", "United Arab Emirates"}, []string{"Spain+United Kingdom+Qatar+United Arab Emirates>Morocco:other:reported"}},
		{"what which does as a habit is no act", "Cambodia", "",
			"The institute shared the genome data with the WHO, which helps us follow the variants.",
			[]string{"WHO", "us=Cambodia"}, nil},
		{"a gift with no receiver goes to the speaker's side, whatever the next clause names", "China", "",
			"The governments of Turkey, New Zealand and Brunei have donated medical supplies, and the first batch from Turkey arrived in Wuhan on Monday.",
			[]string{"Turkey", "New Zealand", "Brunei", "Wuhan=@China"}, []string{"Turkey+New Zealand+Brunei>China:supplies:reported"}},
		{"goods for our hospitals go to the speaker's side", "Lebanon", "",
			"Iraq has dispatched tankers carrying fuel for our hospital generators.",
			[]string{"Iraq", "our=Lebanon"}, []string{"Iraq>Lebanon:supplies:reported"}},
		{"our experience is shared by us", "China", "",
			"We shared our experience with Serbia.",
			[]string{"We=China", "our=China", "Serbia"}, []string{"China>Serbia:knowledge_sharing:reported"}},
		{"a departure whose subject carries the goods", "Morocco", "",
			"On Wednesday two aircraft carrying food, tents and blankets left for Libya.",
			[]string{"Libya"}, []string{"Morocco>Libya:supplies:reported"}},
		{"money for a purpose goes to the speaker's side", "Kenya", "",
			"USAID has provided 127 million US dollars this year for food and nutrition assistance in the drought-affected counties.",
			[]string{"USAID"}, []string{"USAID>Kenya:funding:reported"}},
		{"money for a named body goes to it", "Kenya", "",
			"USAID has provided 127 million US dollars for the National Drought Management Authority.",
			[]string{"USAID", "National Drought Management Authority"}, []string{"USAID>National Drought Management Authority:funding:reported"}},
		{"a pledge with no receiver named goes to the speaker's side", "Kenya", "",
			"The United Kingdom has also pledged an additional 10 million pounds, which we expect before the end of the year.",
			[]string{"United Kingdom", "we=Kenya"}, []string{"United Kingdom>Kenya:funding:planned"}},
		{"a loan approved with no receiver named goes to the speaker's side", "Jordan", "",
			"The World Bank approved a concessional loan of 250 million US dollars to support the budget.",
			[]string{"World Bank"}, []string{"World Bank>Jordan:funding:reported"}},
		{"a receipt in the speaker's own regions", "Belarus", "",
			"Thanks to the support of UNICEF, 60 maternity wards in the Gomel and Mogilev regions have received disinfectants.",
			[]string{"UNICEF", "Gomel=@Belarus", "Mogilev=@Belarus"}, []string{"UNICEF>Belarus:supplies:reported"}},
		{"the requester named as a government", "China", "",
			"At the request of the government of Equatorial Guinea, we have also provided 100,000 doses.",
			[]string{"Equatorial Guinea", "we=China"}, []string{"China>Equatorial Guinea:supplies:reported"}},
		{"goods donated by another, acknowledged by the speaker's side", "Zimbabwe", "",
			"Cabinet also acknowledges receipt of 35 000 doses of Covaxin donated by the Government of India.",
			[]string{"India"}, []string{"India>Zimbabwe:supplies:reported"}},
		{"training in the country the question asked about", "China", "Uzbekistan",
			"Chinese experts trained more than 1,500 local medical workers, in person and online.",
			[]string{"Chinese=China"}, []string{"China>Uzbekistan:expert_exchange:reported"}},
		{"help to each other is no act in the topic", "China", "Japan",
			"As neighbours, we have always helped each other.",
			[]string{"we=China"}, nil},
		{"aboard an aircraft is no receiver", "Jordan", "",
			"Medicines for Syria were flown to Damascus aboard Royal Jordanian Air Force aircraft.",
			[]string{"Syria", "Damascus=@Syria", "Royal Jordanian Air Force"}, []string{"Jordan>Syria:supplies:reported"}},
		{"trucks from a giver arrived with goods", "Kyrgyzstan", "",
			"Yesterday 20 trucks from Uzbekistan arrived with medicines and protective suits.",
			[]string{"Uzbekistan"}, []string{"Uzbekistan>Kyrgyzstan:supplies:reported"}},
		{"goods received by a body", "Philippines", "",
			"The Chinese government donated another batch of 200,000 surgical masks, received by the Office of Civil Defense on Monday.",
			[]string{"Chinese=China", "Office of Civil Defense"}, []string{"China>Office of Civil Defense:supplies:reported"}},
		{"money released from a fund to scale up a response", "United States", "",
			"The Emergency Relief Coordinator has released 6 million dollars from the Central Emergency Response Fund to scale up the response in the Central African Republic.",
			[]string{"Central Emergency Response Fund", "Central African Republic"}, []string{"Central Emergency Response Fund>Central African Republic:funding:reported"}},
		{"money for our work goes to the speaker's side, not the topic", "World Health Organization", "Brazil",
			"Japan has announced that it will provide an additional 11 million US dollars for our work in the most fragile settings.",
			[]string{"Japan", "it=Japan"}, []string{"Japan>World Health Organization:funding:planned"}},
		{"a promise of money is a plan for the speaker's side", "Sri Lanka", "",
			"Australia has promised 50 million Australian dollars over two years.",
			[]string{"Australia"}, []string{"Australia>Sri Lanka:funding:planned"}},
		{"money to the affected areas goes to the speaker's side", "Japan", "",
			"Taiwan also donated 10 million yen to the affected areas through the Japanese Red Cross Society.",
			[]string{"Taiwan", "Japanese Red Cross Society"}, []string{"Taiwan>Japan:funding:reported"}},
		{"a joint mission that arrived is an exchange", "China", "",
			"The WHO-China Joint Mission, which brings together experts of the World Health Organization and its member states, arrived in Beijing last weekend.",
			[]string{"World Health Organization", "Beijing=@China"}, []string{"World Health Organization>China:expert_exchange:reported"}},
		{"money transferred or availed goes to the speaker's side", "Zimbabwe", "",
			"The IFRC transferred 50,000 euros, and the European Union has availed 10 million euros through UNICEF for water, sanitation and hygiene.",
			[]string{"IFRC", "European Union", "UNICEF"}, []string{"IFRC>Zimbabwe:funding:reported", "European Union>Zimbabwe:funding:reported"}},
		{"financing for the COVID-19 response names no receiver", "Bangladesh", "",
			"The World Bank approved 100 million dollars in fast-track financing for the COVID-19 emergency response.",
			[]string{"World Bank"}, []string{"World Bank>Bangladesh:funding:reported"}},
		{"trainees of the speaker's side, and of a body", "Bangladesh", "",
			"So far the World Health Organization has trained 1,200 of our doctors, and WHO experts have trained staff of the National Institute of Health.",
			[]string{"World Health Organization", "our=Bangladesh", "WHO=World Health Organization", "National Institute of Health"}, []string{"World Health Organization>Bangladesh,National Institute of Health:expert_exchange:reported"}},
		{"topic phrase opens the sentence", "China", "",
			"As for Pakistan, China has already sent two medical teams, and we will continue to stand firmly with Pakistan.",
			[]string{"Pakistan", "China", "we=China"}, []string{"China>Pakistan:medical_team:reported"}},
		{"topic of the question before", "United Nations", "Haiti",
			"I can tell you that the Dominican Republic has sent trucks of medicines across the border, and Mexico has announced that it will send a team of doctors.",
			[]string{"Dominican Republic", "Mexico"}, []string{"Dominican Republic>Haiti:supplies:reported", "Mexico>Haiti:medical_team:planned"}},
		{"a named recipient wins over the topic", "China", "Haiti",
			"The Dominican Republic has sent medicines to Cuba.",
			[]string{"Dominican Republic", "Cuba"}, []string{"Dominican Republic>Cuba:supplies:reported"}},
		{"on behalf of is no topic", "", "",
			"On behalf of China, the embassy has donated masks.",
			[]string{"China", "embassy"}, nil},
		{"a participle as adjective gives nothing yet", "China", "Nepal",
			"We have also been in touch with Nepal about a second batch of donated doses.",
			[]string{"We=China", "Nepal"}, nil},
		{"goods sent with no recipient went to the speaker's side", "Iran", "",
			"The Chinese government has sent several consignments of test kits, ventilators and masks.",
			[]string{"Chinese government=China"}, []string{"China>Iran:supplies:reported"}},
		{"promised, and a clause of the speaker's own", "Ethiopia", "",
			"India has promised to donate 50,000 doses of vaccine, and we are discussing further deliveries with the COVAX facility.",
			[]string{"India", "we=Ethiopia", "COVAX"}, []string{"India>Ethiopia:supplies:planned"}},
		{"the agent is the country a government heads", "Ethiopia", "",
			"The 300,000 doses of vaccine donated by the Government of the People's Republic of China arrived at Bole International Airport on Tuesday.",
			[]string{"People's Republic of China=China"}, []string{"China>Ethiopia:supplies:reported"}},
		{"a clause of its own subject ends the search for a recipient", "Iran", "",
			"Germany and France have jointly delivered medical equipment worth 5 million euros, and the European Union has announced 20 million euros in humanitarian aid.",
			[]string{"Germany", "France", "European Union"}, []string{"Germany+France>Iran:supplies:reported", "European Union>Iran:funding:reported"}},
		{"a list ends where its last member acts", "Peru", "",
			"Last week we received 50 ventilators from the Government of China, and the Chinese Embassy in Lima also gave us 100,000 masks.",
			[]string{"we=Peru", "China", "Chinese Embassy in Lima^China", "us=Peru"}, []string{"China>Peru:supplies:reported", "Chinese Embassy in Lima>Peru:supplies:reported"}},
		{"a team of health professionals", "Ethiopia", "",
			"Last week the Ministry of Health sent a team of 20 health professionals to South Sudan to support the treatment centers in Juba.",
			[]string{"Ministry of Health^Ethiopia", "South Sudan"}, []string{"Ministry of Health>South Sudan:medical_team:reported"}},
		{"an amount announced, in aid that is no place", "Iran", "",
			"The European Union has announced 20 million euros in humanitarian aid, which will be spent through UN agencies.",
			[]string{"European Union"}, []string{"European Union>Iran:funding:reported"}},
		{"announced that it will: the next verb says what", "China", "",
			"Japan has announced that it will donate vaccines to Malaysia.",
			[]string{"Japan", "Malaysia"}, []string{"Japan>Malaysia:supplies:planned"}},
		{"announced cuts is no funding", "China", "",
			"The United States has announced cuts to its funding for the World Health Organization.",
			[]string{"United States", "World Health Organization"}, nil},
		{"a place after in is the recipient's, unknown", "Ethiopia", "",
			"The United States has provided 52 million dollars in aid in Tigray.",
			[]string{"United States"}, nil},
		{"a donation of goods, praised by the receiver", "Malaysia", "",
			"The Chinese government's donation of 500,000 doses of vaccine was also very timely.",
			[]string{"Chinese government=China"}, []string{"China>Malaysia:supplies:reported"}},
		{"places with no name of their own received for the speaker's side", "Belarus", "",
			"Thanks to the support of UNICEF, 60 maternity wards in two regions have received disinfectants and pulse oximeters.",
			[]string{"UNICEF"}, []string{"UNICEF>Belarus:supplies:reported"}},
		{"goods that arrived on a date, said by the receiver", "Indonesia", "",
			"From Japan, a second shipment of 1 million doses arrived on 15 July.",
			[]string{"Japan"}, []string{"Japan>Indonesia:supplies:reported"}},
		{"doses shared are given", "Indonesia", "",
			"In addition, 4 million doses of Moderna shared by the United States through the COVAX Facility arrived on 11 July.",
			[]string{"Moderna", "United States", "COVAX Facility"}, []string{"United States>Indonesia:supplies:reported"}},
		{"reports shared on vaccines are knowledge", "Zimbabwe", "",
			"The NMPA has shared its evaluation reports on inactivated vaccines with the Medicines Control Authority.",
			[]string{"NMPA", "Medicines Control Authority"}, []string{"NMPA>Medicines Control Authority:knowledge_sharing:reported"}},
		{"a team that arrived on a flight stays where it stays", "China", "",
			"A group of eight Chinese medical experts also arrived on the same flight and will stay in Venezuela for two weeks.",
			[]string{"Chinese=China", "Venezuela"}, []string{"China>Venezuela:medical_team:planned"}},
		{"money to the relief efforts goes to the speaker's side", "China", "",
			"Siemens has donated 5 million yuan to the relief efforts.",
			[]string{"Siemens"}, []string{"Siemens>China:funding:reported"}},
		{"goods to other countries name no receiver", "China", "",
			"Japan has donated masks to other countries.",
			[]string{"Japan"}, nil},
		{"would provide is no act", "China", "",
			"The US government has said it would provide assistance, but we have yet to see anything substantive.",
			[]string{"US=United States", "we=China"}, nil},
		{"a team sent to help with a task, no receiver named: the country asked about receives", "China", "Pakistan",
			"China has sent a medical team to help with epidemic prevention.",
			[]string{"China"}, []string{"China>Pakistan:medical_team:reported"}},
		{"money to help with a response in developing countries: no country asked about receives", "China", "United States",
			"China will provide 2 billion US dollars over two years to help with the COVID-19 response, especially in developing countries.",
			[]string{"China"}, nil},
		{"a ship's crew is no shipping", "Viet Nam", "China",
			"Viet Nam has demanded that China discipline the ship's crew and compensate the fishermen.",
			[]string{"Viet Nam", "China"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			as, _ := event.FindIn(tt.sentence, mentionsOf(tt.sentence, tt.names...), event.Scene{Self: tt.self, Topic: tt.topic})
			for _, a := range as {
				got = append(got, fmt.Sprintf("%s>%s:%s:%s", strings.Join(append([]string{a.Provider}, a.Also...), "+"), strings.Join(a.Recipients, ","), a.Type, a.Modality))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindIn(%q, self %q, topic %q)\n got %q\nwant %q", tt.sentence, tt.self, tt.topic, got, tt.want)
			}
		})
	}
}

// TestAgencyReceivesNoArrival checks that what worked or arrived with no
// place named, told by an international agency's spokesperson, goes to the
// briefing's topic (the heading's stricken country), not to the agency,
// while a country's spokesperson's side still receives it.
func TestAgencyReceivesNoArrival(t *testing.T) {
	s := "Urban search and rescue teams from France and Cyprus had worked in the port area."
	ms := mentionsOf(s, "France", "Cyprus")
	for _, tt := range []struct {
		sc   event.Scene
		want []string
	}{
		{event.Scene{Self: "OCHA", SelfAgency: true, Topic: "Lebanon"}, []string{"France+Cyprus>Lebanon"}},
		{event.Scene{Self: "Lebanon"}, []string{"France+Cyprus>Lebanon"}},
		{event.Scene{Self: "OCHA", SelfAgency: true}, []string{"France+Cyprus>OCHA"}}, // no topic: the agency, as before
	} {
		var got []string
		as, _ := event.FindIn(s, ms, tt.sc)
		for _, a := range as {
			got = append(got, strings.Join(append([]string{a.Provider}, a.Also...), "+")+">"+strings.Join(a.Recipients, ","))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindIn(%q, %+v) = %q, want %q", s, tt.sc, got, tt.want)
		}
	}
}

// TestTheTeamActsForItsSender checks that a sentence opened by "The team",
// after a team was sent, acts for the team's sender, and for no one when
// no team was told of.
func TestTheTeamActsForItsSender(t *testing.T) {
	s := "The team will give training sessions to Uzbek medical workers at local hospitals."
	team := &event.Action{Provider: "China", Recipients: []string{"Uzbekistan"}, Type: "medical_team"}
	as, _ := event.FindIn(s, mentionsOf(s, "Uzbek=Uzbekistan"), event.Scene{Self: "China", Team: team})
	if len(as) != 1 || as[0].Provider != "China" || as[0].Type != "expert_exchange" || !slices.Equal(as[0].Recipients, []string{"Uzbekistan"}) {
		t.Errorf("FindIn(%q) after a team sent to Uzbekistan = %+v, want China's expert exchange with Uzbekistan", s, as)
	}
	if as, _ := event.FindIn(s, mentionsOf(s, "Uzbek=Uzbekistan"), event.Scene{Self: "China"}); len(as) != 0 {
		t.Errorf("FindIn(%q) with no team told before = %+v, want none", s, as)
	}
}

// TestFindCareOfOwnPatients checks that a team sent abroad that treats
// patients where it works is told of by its sending, not as care for
// another country's patients.
func TestFindCareOfOwnPatients(t *testing.T) {
	s := "Its 16 members have been treating patients with fever in local hospitals."
	team := &event.Action{Provider: "China", Recipients: []string{"Guyana"}, Type: "medical_team"}
	if as, _ := event.FindIn(s, mentionsOf(s), event.Scene{Self: "China", Team: team}); len(as) != 0 {
		t.Errorf("FindIn(%q) after a team sent to Guyana = %+v, want none", s, as)
	}
}

// TestFindAfterGift checks that goods told of before and then handed over
// ("They were handed over to …") were handed over by their giver.
func TestFindAfterGift(t *testing.T) {
	s := "They were handed over to the Ministry of Health (Minsal) and will be distributed to the regions."
	gift := &event.Action{Provider: "China", Type: "supplies"}
	as, _ := event.FindIn(s, mentionsOf(s, "Ministry of Health^Chile"), event.Scene{Self: "Chile", Gift: gift})
	if len(as) != 1 || as[0].Provider != "China" || as[0].Type != "supplies" || len(as[0].Recipients) != 1 || as[0].Recipients[0] != "Ministry of Health" {
		t.Errorf("FindIn(%q) after China's gift = %+v, want China > Ministry of Health, supplies", s, as)
	}
	if as, _ := event.FindIn(s, mentionsOf(s, "Ministry of Health^Chile"), event.Scene{Self: "Chile"}); len(as) == 1 && as[0].Provider == "China" {
		t.Errorf("FindIn(%q) with no gift before gave China: %+v", s, as)
	}
	s = "The Chinese side handed them over to the Ministry of Health at the airport."
	ms := mentionsOf(s, "Chinese=China", "Ministry of Health^Nepal")
	if as, _ := event.FindIn(s, ms, event.Scene{Self: "Nepal", Gift: gift}); len(as) != 1 || as[0].Type != "supplies" {
		t.Errorf("FindIn(%q) after China's gift = %+v, want the gift's type, supplies", s, as)
	}
	if as, _ := event.FindIn(s, ms, event.Scene{Self: "Nepal", Gift: &event.Action{Provider: "Japan", Type: "supplies"}}); len(as) != 1 || as[0].Type != "other" {
		t.Errorf("FindIn(%q) after Japan's gift = %+v, want help in general", s, as)
	}
	// "The vaccines we donated to Tonga arrived. The batch for Papua New
	// Guinea …": a batch with no goods named is the last gift's goods.
	s = "The batch for Papua New Guinea is ready and will be delivered before the end of this month."
	ms = mentionsOf(s, "Papua New Guinea")
	if as, _ := event.FindIn(s, ms, event.Scene{Self: "China", Gift: gift}); len(as) != 1 || as[0].Type != "supplies" {
		t.Errorf("FindIn(%q) after China's gift = %+v, want the gift's type, supplies", s, as)
	}
	s = "A second batch, of rice and other food, will be shipped to Cuba next week."
	ms = mentionsOf(s, "Cuba")
	if as, _ := event.FindIn(s, ms, event.Scene{Self: "China", Gift: &event.Action{Provider: "China", Type: "funding"}}); len(as) != 1 || as[0].Type != "supplies" {
		t.Errorf("FindIn(%q) after China's grant = %+v, want its own goods' type, supplies", s, as)
	}
}

func TestQuantityValue(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     float64
	}{
		{"China sent seven batches of medical experts to Iran.", 7},
		{"China donated US$20 million to the WHO.", 2e7},
		{"Japan sent sixty doctors to Iran.", 60},
		{"China held nearly 20 video conferences with experts from the WHO.", 20},
	} {
		ms := mentionsOf(tt.sentence, "China", "Iran", "WHO", "Japan")
		as := event.Find(tt.sentence, ms, "")
		if len(as) != 1 || as[0].Value != tt.want {
			t.Errorf("Find(%q) = %+v, want one action of value %v", tt.sentence, as, tt.want)
		}
	}
}

func TestObjectPronoun(t *testing.T) {
	s := "At the request of the DPRK, we have provided it with test kits."
	ms := mentionsOf(s, "DPRK", "we=China")
	it := strings.Index(s, " it ") + 1
	ms = append(ms, event.Mention{Start: it, End: it + 2, Ref: "DPRK", Actor: true, Pronoun: true, Object: true})
	got := event.Find(s, ms, "China")
	if len(got) != 1 || got[0].Provider != "China" || strings.Join(got[0].Recipients, ",") != "DPRK" || got[0].Type != "supplies" {
		t.Errorf("Find(%q) = %+v, want China → DPRK supplies", s, got)
	}
	// "It" is never a giver, and "shared it" is what is shared, not who receives.
	s = "It has donated masks. We shared it widely."
	ms = []event.Mention{{Start: 0, End: 2, Ref: "X", Actor: true, Pronoun: true, Object: true}}
	if got := event.Find(s, ms, "China"); len(got) != 0 {
		t.Errorf("Find(%q) = %+v, want nothing", s, got)
	}
}

// TestArrivalCargo checks an arrival whose cargo, and its donor, the next
// sentence tells.
func TestArrivalCargo(t *testing.T) {
	s1 := "A flight from Shanghai landed at Ezeiza on Sunday."
	_, v := event.FindIn(s1, mentionsOf(s1, "Shanghai=China"), event.Scene{Self: "Argentina"})
	s2 := "Among its cargo were 200,000 masks donated by the Shanghai Municipal Government."
	as, _ := event.FindIn(s2, mentionsOf(s2, "Shanghai Municipal Government"), event.Scene{Self: "Argentina", Voyage: v})
	if len(as) != 1 || as[0].Provider != "Shanghai Municipal Government" || strings.Join(as[0].Recipients, ",") != "Argentina" || as[0].Type != "supplies" {
		t.Errorf("FindIn(%q) after %q = %+v, want Shanghai Municipal Government → Argentina supplies", s2, s1, as)
	}
}

// TestFindAfter checks a departure whose cargo the next sentences tell.
func TestFindAfter(t *testing.T) {
	sentences := []struct {
		s     string
		names []string
		want  []string
	}{
		{"On 10 May, INS Kesari departed for the Maldives, Mauritius and Comoros as part of Mission Sagar.",
			[]string{"Maldives", "Mauritius", "Comoros"}, nil},
		{"The ship is carrying food items and COVID-related medicines.",
			nil, []string{"India>Maldives,Mauritius,Comoros:supplies:reported"}},
		{"Among its cargo were 200,000 masks donated by the Shanghai Municipal Government.",
			[]string{"Shanghai Municipal Government"}, []string{"Shanghai Municipal Government>Maldives,Mauritius,Comoros:supplies:reported"}},
		{"Medical assistance teams are also on board for Mauritius and Comoros.",
			[]string{"Mauritius", "Comoros"}, []string{"India>Mauritius,Comoros:medical_team:reported"}},
		{"The weather was fine.", nil, nil},
		{"The ship is carrying medicines.", nil, nil}, // the voyage ended a sentence before
	}
	var v *event.Voyage
	for _, tt := range sentences {
		var as []event.Action
		as, v = event.FindIn(tt.s, mentionsOf(tt.s, tt.names...), event.Scene{Self: "India", Voyage: v})
		var got []string
		for _, a := range as {
			got = append(got, fmt.Sprintf("%s>%s:%s:%s", strings.Join(append([]string{a.Provider}, a.Also...), "+"), strings.Join(a.Recipients, ","), a.Type, a.Modality))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindIn(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestFindAfterBatches checks a gift sent to places the sentence counts
// but does not name, and the next sentence that names where its batches or
// teams went: the sender gives, not the speaker's side.
func TestFindAfterBatches(t *testing.T) {
	for _, tt := range []struct {
		name  string
		s     [2]string
		names [2][]string
		want  []string // of the second sentence
	}{
		{"teams sent by a commission to countries counted", [2]string{"The National Health Commission has sent 37 medical expert teams to 34 countries.", "In the last three months alone, teams went to Equatorial Guinea, Algeria and Venezuela."},
			[2][]string{{"National Health Commission"}, {"Equatorial Guinea", "Algeria", "Venezuela"}}, []string{"National Health Commission>Equatorial Guinea,Algeria,Venezuela:medical_team:reported"}},
		{"batches of a provincial gift, one place after another", [2]string{"The Zhejiang Provincial Government has donated 2.3 million masks to 31 countries.", "The latest batches went to Italy on April 8 and to Serbia on April 9."},
			[2][]string{{"Zhejiang Provincial Government"}, {"Italy", "Serbia"}}, []string{"Zhejiang Provincial Government>Italy,Serbia:supplies:reported"}},
		{"what arrived is told as done, whatever was decided", [2]string{"China has decided to provide vaccine aid to 13 developing countries.", "The first batch arrived in Pakistan on February 1."},
			[2][]string{{"China"}, {"Pakistan"}}, []string{"China>Pakistan:supplies:reported"}},
		{"places named the same sentence: nothing carried", [2]string{"China has donated masks to 31 countries, including Italy.", "The first batch went to Serbia."},
			[2][]string{{"China", "Italy"}, {"Serbia"}}, nil},
		{"no batch, no carry", [2]string{"The Zhejiang Provincial Government has donated masks to 31 countries.", "The minister went to Italy."},
			[2][]string{{"Zhejiang Provincial Government"}, {"Italy"}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, v := event.FindIn(tt.s[0], mentionsOf(tt.s[0], tt.names[0]...), event.Scene{Self: "China"})
			as, _ := event.FindIn(tt.s[1], mentionsOf(tt.s[1], tt.names[1]...), event.Scene{Self: "China", Voyage: v})
			var got []string
			for _, a := range as {
				got = append(got, fmt.Sprintf("%s>%s:%s:%s", strings.Join(append([]string{a.Provider}, a.Also...), "+"), strings.Join(a.Recipients, ","), a.Type, a.Modality))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindIn(%q) after %q = %q, want %q", tt.s[1], tt.s[0], got, tt.want)
			}
		})
	}
}

// TestFindMoreOfGift checks further consignments of a gift told before,
// handed over in places the sentence names, and the gift itself handed
// over where it went already, which gives no second act.
func TestFindMoreOfGift(t *testing.T) {
	gift := &event.Action{Provider: "China", Recipients: []string{"Pakistan"}, Type: "supplies"}
	for _, tt := range []struct {
		s     string
		names []string
		want  []string
	}{
		{"Since then, consignments have been handed over in Cambodia, Laos and Nepal.", []string{"Cambodia", "Laos", "Nepal"}, []string{"China>Cambodia,Laos,Nepal:supplies"}},
		{"More batches were handed over in Pakistan and Nepal last week.", []string{"Pakistan", "Nepal"}, []string{"China>Nepal:supplies"}},
		{"The goods were handed over in Lahore on Monday.", []string{"Lahore=@Pakistan"}, nil},
		{"Batches of masks were handed over in Nepal.", []string{"Nepal"}, nil},
	} {
		as, _ := event.FindIn(tt.s, mentionsOf(tt.s, tt.names...), event.Scene{Self: "China", Gift: gift})
		var got []string
		for _, a := range as {
			got = append(got, fmt.Sprintf("%s>%s:%s", a.Provider, strings.Join(a.Recipients, ","), a.Type))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindIn(%q) after China's gift to Pakistan = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestFindAfterTeam checks that a team sent before is the giver of what
// "the team" does later, its receivers named in that sentence.
func TestFindAfterTeam(t *testing.T) {
	team := &event.Action{Provider: "China", Recipients: []string{"Cambodia"}, Type: "medical_team"}
	s := "The team has trained more than 300 Cambodian doctors and nurses at Calmette Hospital."
	as, _ := event.FindIn(s, mentionsOf(s, "Cambodian=Cambodia"), event.Scene{Self: "China", Team: team})
	if len(as) != 1 || as[0].Provider != "China" || !reflect.DeepEqual(as[0].Recipients, []string{"Cambodia"}) || as[0].Type != "expert_exchange" {
		t.Errorf("FindIn(%q) = %+v, want China>Cambodia expert_exchange", s, as)
	}
}

// FuzzFindIn: whatever the sentence and wherever its mentions lie (sorted,
// inside the sentence, perhaps overlapping), FindIn never panics and its
// triggers lie inside the sentence.
func FuzzFindIn(f *testing.F) {
	f.Add("The medical expert team we sent to Zimbabwe has worked in Harare.", uint8(20), uint8(2), uint8(36), uint8(8), "China")
	f.Add("China donated masks to Italy, and this was handed over to the Ministry.", uint8(0), uint8(5), uint8(23), uint8(5), "")
	f.Add("At the request of the governments of Mali and Niger, we sent doctors.", uint8(37), uint8(4), uint8(46), uint8(5), "Mali")
	f.Fuzz(func(t *testing.T, s string, a, la, b, lb uint8, self string) {
		var ms []event.Mention
		for _, m := range [][2]int{{int(a), int(la)}, {int(b), int(lb)}} {
			if m[0] <= len(s) {
				ms = append(ms, event.Mention{Start: m[0], End: min(len(s), m[0]+m[1]), Ref: fmt.Sprint("E", m[0]), Actor: true, Pronoun: m[1]%5 == 0, Adjective: m[1]%7 == 0})
			}
		}
		if len(ms) == 2 && ms[1].Start < ms[0].Start {
			ms[0], ms[1] = ms[1], ms[0]
		}
		as, _ := event.FindIn(s, ms, event.Scene{Self: self, Topic: "E0"})
		for _, a := range as {
			if a.TriggerStart < 0 || a.TriggerEnd > len(s) || a.TriggerStart > a.TriggerEnd {
				t.Fatalf("trigger %d:%d outside %q", a.TriggerStart, a.TriggerEnd, s)
			}
		}
	})
}

// TestSelfAgency checks that an international organisation speaking
// receives the money given with no receiver named, not the goods sent.
func TestSelfAgency(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		names    []string
		agency   bool
		want     string // "provider>recipient:type", "" for none
	}{
		{"The United Kingdom, France and Germany have sent oxygen generators and ventilators.", []string{"United Kingdom", "France", "Germany"}, true, ""},
		{"The United Kingdom, France and Germany have sent oxygen generators and ventilators.", []string{"United Kingdom", "France", "Germany"}, false, "United Kingdom>WHO:supplies"},
		{"Kuwait has contributed 40 million US dollars.", []string{"Kuwait"}, true, "Kuwait>WHO:funding"},
	} {
		as, _ := event.FindIn(tt.sentence, mentionsOf(tt.sentence, tt.names...), event.Scene{Self: "WHO", SelfAgency: tt.agency})
		got := ""
		if len(as) > 0 && len(as[0].Recipients) > 0 {
			got = as[0].Provider + ">" + strings.Join(as[0].Recipients, ",") + ":" + as[0].Type
		}
		if got != tt.want {
			t.Errorf("FindIn(%q, agency %v) = %q, want %q", tt.sentence, tt.agency, got, tt.want)
		}
	}
}

// TestStrickenIn checks which country a sentence says a disaster struck.
func TestStrickenIn(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		names    []string
		want     string
	}{
		{"After the volcanic eruption in Tonga, the Chinese government provided emergency cash assistance.", []string{"Tonga=@country/to", "Chinese=country/cn"}, "country/to"},
		{"Haiti was hit hard by the earthquake on Saturday.", []string{"Haiti=@country/ht"}, "country/ht"},
		{"Cyclone Freddy, which battered Malawi, killed hundreds.", []string{"Malawi=@country/mw"}, "country/mw"},
		{"Pakistan's floods have displaced millions.", []string{"Pakistan=@country/pk"}, "country/pk"},
		{"Our thoughts are with the people of St. Vincent and the Grenadines, where some 20,000 persons remain displaced since the eruption of La Soufrière.", []string{"St. Vincent and the Grenadines=@country/vc"}, "country/vc"},
		{"The earthquakes in Türkiye and Syria killed thousands.", []string{"Türkiye=@country/tr", "Syria=@country/sy"}, ""},        // two countries: no one topic
		{"China sent a rescue team to Nepal.", []string{"China=@country/cn", "Nepal=@country/np"}, ""},                              // no disaster named
		{"Chinese rescuers arrived after the earthquake.", []string{"Chinese=country/cn"}, ""},                                      // an adjective is no place
		{"Japan, which knows earthquakes well, sent experts to Ecuador.", []string{"Japan=@country/jp", "Ecuador=@country/ec"}, ""}, // no disaster struck Japan here
		{"Heavy floods in Zhengzhou damaged the factory.", []string{"Zhengzhou=@place/zhengzhou"}, ""},                              // a town is no receiver
	} {
		if got := event.StrickenIn(event.Lower(tt.sentence), mentionsOf(tt.sentence, tt.names...)); got != tt.want {
			t.Errorf("StrickenIn(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestNamesDisaster checks which headings name a disaster.
func TestNamesDisaster(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"media briefing: m 7.4 earthquake and tsunami, central sulawesi, indonesia", true},
		{"subjects: tonga volcanic eruption and tsunami; relief flights", true},
		{"press conference on the covid-19 outbreak", false}, // a pandemic's outbreak is no disaster struck somewhere
		{"regular press conference on april 2, 2020", false},
		{"the firewall and the storming of the capitol", false},
	} {
		if got := event.NamesDisaster(tt.line); got != tt.want {
			t.Errorf("NamesDisaster(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTopicOf covers the sentences that open by saying whom they are
// about, and the items of a briefing named alone.
func TestTopicOf(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		names    []string
		want     string
	}{
		{"As for Pakistan, the Chinese side has sent two medical teams.", []string{"Pakistan", "Chinese=China"}, "Pakistan"},
		{"First, Türkiye.", []string{"Türkiye"}, "Türkiye"},
		{"Second, Greece, which activated the Mechanism yesterday evening.", []string{"Greece"}, "Greece"},
		{"Finally, the Philippines:", []string{"Philippines"}, "Philippines"},
		{"First, Croatia sent a plane to Türkiye.", []string{"Croatia", "Türkiye"}, ""},
		{"Second, we thank Japan.", []string{"we=China", "Japan"}, ""},
		{"On behalf of China, I thank you.", []string{"China"}, ""},
	} {
		low := event.Lower(tt.sentence)
		if got := event.TopicOf(low, mentionsOf(tt.sentence, tt.names...)); got != tt.want {
			t.Errorf("TopicOf(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
