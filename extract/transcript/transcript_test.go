package transcript_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/extract/transcript"
)

func TestParseTurns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "role|speaker|outlet|first sentence"
		spk  string
	}{
		{"name lines", "Title of the briefing\n\nLuo Zhaohui:\n\nThank you. We sent teams.\n\nZeng Yixin:\n\nI agree.\n",
			[]string{"statement|Luo Zhaohui||Thank you.", "statement|Zeng Yixin||I agree."}, ""},
		{"outlet asks, panelist answers", "Briefing\n\nCGTN:\nWhat is the plan?\n\nMa Zhaoxu:\nWe will help.\n",
			[]string{"question||CGTN|What is the plan?", "answer|Ma Zhaoxu||We will help."}, ""},
		{"Q and A with spokesperson in heading", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on March 23, 2020\n\nThe Chinese government will send experts.\n\nQ: Bloomberg: Can you confirm?\n\nA: Yes.\n",
			[]string{"statement|Geng Shuang||The Chinese government will send experts.", "question||Bloomberg|Bloomberg: Can you confirm?", "answer|Geng Shuang||Yes."}, "Geng Shuang"},
		{"a site's name above the heading", "Ministry of Foreign Affairs of the People's Republic of China\n\nForeign Ministry Spokesperson Geng Shuang's Regular Press Conference on April 9, 2020\n\n2020/04/09\n\nQ: Will you send experts?\n\nA: Yes.\n",
			[]string{"question|||Will you send experts?", "answer|Geng Shuang||Yes."}, "Geng Shuang"},
		{"upper-case labels", "Department Press Briefing\n\nMS ORTAGUS: Good afternoon.\n\nQUESTION: Thanks.\n\nSECRETARY POMPEO: We gave aid.\n",
			[]string{"statement|Ortagus||Good afternoon.", "question|||Thanks.", "answer|Pompeo||We gave aid."}, ""},
		{"spokesperson before a bracketed date", "Regular Press Briefing by Spokesperson Lee Seung-ho (April 14, 2020, 3:00 p.m.)\n\nQ. [Yonhap] Will Korea send test kits?\n\nA. Yes, we will.\n",
			[]string{"question||Yonhap|Will Korea send test kits?", "answer|Lee Seung-ho||Yes, we will."}, "Lee Seung-ho"},
		{"names with their affiliation in brackets", "Press conference\n\nEmeka Obi (Moderator): Good morning.\n\nQuestion (Ghana News Agency): Is help coming?\n\nDr. Kwame Asante (WAHO): Yes.\n",
			[]string{"statement|Emeka Obi||Good morning.", "question||Ghana News Agency|Is help coming?", "answer|Kwame Asante||Yes."}, ""},
		{"translated labels", "Conferencia\n\nCanciller Ibarra: Buenos días.\n\nPregunta (EFE): ¿Habrá ayuda?\n\nRespuesta: Sí.\n",
			[]string{"statement|Ibarra||Buenos días.", "question||EFE|¿Habrá ayuda?", "answer|||Sí."}, ""},
		{"a rank before a name with a particle; an update line and a participants block are no turns", "Media Briefing\nUpdated: 2020-05-21\n\nParticipating: Hon. Ranjith Wickramasinghe, State Minister.\n\nHon. Ranjith Wickramasinghe: Good morning.\n\nMajor General Nalin de Silva: Centres are open.\n",
			[]string{"statement|||Participating: Hon. Ranjith Wickramasinghe, State Minister.", "statement|Ranjith Wickramasinghe||Good morning.", "statement|Nalin de Silva||Centres are open."}, ""},
		{"a speaker key and turns labelled by initials", "COVID-19 Virtual Press conference\n\nSpeaker key:\nTJ\tTarik Jasarevic\nTAG\tDr Tedros Adhanom Ghebreyesus\n\n00:00:07\nTJ\tHello everyone.\n\n00:00:41\nTAG\tThank you, Tarik.\n\nQ\tWhat about funding?\n",
			[]string{"statement|||Speaker key:", "statement|Tarik Jasarevic||Hello everyone.", "statement|Tedros Adhanom Ghebreyesus||Thank you, Tarik.", "question|||What about funding?"}, ""},
		{"labels set off by blank lines; one word so set off is none but a chair's", "Press conference of the spokesperson\n\n29 March 2021\n\nParticipants: H.E. Phay Siphan, Spokesperson; H.E. Or Vandine, Spokesperson of the Ministry of Health.\n\nPhay Siphan\n\nGood morning.\n\nOr Vandine\n\nThank you.\n\nQUESTIONS\n\nModerator\n\nFresh News, please.\n\nQuestion (Fresh News)\n\nIs Cambodia helping others?\n\nPhay Siphan\n\nYes. Laos and Laos again.\n\nLaos\n\nWe sent masks.\n",
			[]string{"statement|||Participants: H.E. Phay Siphan, Spokesperson; H.E. Or Vandine, Spokesperson of the Ministry of Health.", "statement|Phay Siphan||Good morning.", "statement|Or Vandine||Thank you.", "statement|||Fresh News, please.", "question||Fresh News|Is Cambodia helping others?", "answer|Phay Siphan||Yes."}, ""},
		{"a date set off by blank lines counts as no label", "Daily Press Briefing\n\n14 May 2020\n\nGood afternoon. The Sahel and the Central Fund.\n\nCENTRAL FUND\nThe Central Fund released money.\n\nSAHEL\nThe Sahel needs it.\n",
			[]string{"statement|||Good afternoon."}, ""},
		{"briefing notes with the post before the name", "Press briefing notes\n\n12 May 2020\n\nFilippo Grandi, the United Nations High Commissioner for Refugees, said that UNHCR had delivered supplies.\n\nThe Director of the Regional Bureau for Asia and the Pacific, Indrika Ratwatte, added that UNHCR would send tents.\n",
			[]string{"statement|Filippo Grandi||Filippo Grandi, the United Nations High Commissioner for Refugees, said that UNHCR had delivered supplies.", "statement|Indrika Ratwatte||The Director of the Regional Bureau for Asia and the Pacific, Indrika Ratwatte, added that UNHCR would send tents."}, ""},
		{"briefing notes: a journalist who asked puts a question for the outlet; a speaker who asked donors for funds speaks", "Press briefing notes\n\n12 May 2020\n\nMargaret Harris, for the World Health Organization (WHO), said that vaccines had reached Yemen.\n\nJamey Keaten of the Associated Press asked whether more would follow.\n\nEmma Farge (Reuters) asked about the vaccines.\n\nMargaret Harris, for WHO, asked donors for funds.\n",
			[]string{"statement|Margaret Harris||Margaret Harris, for the World Health Organization (WHO), said that vaccines had reached Yemen.", "question||Associated Press|Jamey Keaten of the Associated Press asked whether more would follow.", "question||Reuters|Emma Farge (Reuters) asked about the vaccines.", "statement|Margaret Harris||Margaret Harris, for WHO, asked donors for funds."}, ""},
		{"briefing notes: what someone said elsewhere or before is no turn of theirs; a title before the name is no part of it", "Press briefing notes\n\n12 May 2020\n\nMargaret Harris, for the World Health Organization (WHO), said that vaccines had reached Yemen.\n\nSecretary-General António Guterres said on Monday that the world must unite.\n\nThe High Commissioner for Human Rights, Michelle Bachelet, said in a statement that rights must be respected.\n\nSecretary-General António Guterres said that the world must unite.\n",
			[]string{"statement|Margaret Harris||Margaret Harris, for the World Health Organization (WHO), said that vaccines had reached Yemen.", "statement|||Secretary-General António Guterres said on Monday that the world must unite.", "statement|||The High Commissioner for Human Rights, Michelle Bachelet, said in a statement that rights must be respected.", "statement|António Guterres||Secretary-General António Guterres said that the world must unite."}, ""},
		{"briefing notes reported in the third person", "Press briefing notes\n\n17 August 2021\n\nJens Laerke, for the Office for the Coordination of Humanitarian Affairs (OCHA), said that the earthquake had killed 1,419 people.\n\nUNICEF said that it had sent kits.\n\nResponding to a question from AFP, Ms. Mercado said that more kits would follow.\n\nMr. Laerke added that a team had arrived.\n",
			[]string{"statement|Jens Laerke||Jens Laerke, for the Office for the Coordination of Humanitarian Affairs (OCHA), said that the earthquake had killed 1,419 people.", "statement|Mercado||Responding to a question from AFP, Ms. Mercado said that more kits would follow.", "statement|Laerke||Mr. Laerke added that a team had arrived."}, ""},
		{"briefing notes: whom a speaker speaks for in any form, any verb in the past after it, a name with particles", "Press briefing notes\n\n12 May 2020\n\nRhéal LeBlanc, for the United Nations Information Service, chaired the briefing.\n\nMargaret Harris, for the World Health Organization (WHO), briefed journalists on Yemen.\n\nCarla de Souza, for UNICEF, said that kits had arrived.\n\nCarla Souza welcomed the decision.\n\nPaul Dillon of IOM drew attention to migrants.\n\nBabar Baloch (UNHCR) also said that tents were sent.\n\nIn response to questions, Dr. Harris said that tests had arrived.\n\nWHO spokesperson Tarik Jasarevic said that the team was in Yemen.\n",
			[]string{"statement|||Rhéal LeBlanc, for the United Nations Information Service, chaired the briefing.", "statement|Margaret Harris||Margaret Harris, for the World Health Organization (WHO), briefed journalists on Yemen.", "statement|Carla de Souza||Carla de Souza, for UNICEF, said that kits had arrived.", "statement|Paul Dillon||Paul Dillon of IOM drew attention to migrants.", "statement|Babar Baloch||Babar Baloch (UNHCR) also said that tents were sent.", "statement|Harris||In response to questions, Dr. Harris said that tests had arrived.", "statement|Tarik Jasarevic||WHO spokesperson Tarik Jasarevic said that the team was in Yemen."}, ""},
		{"a page that opens in the middle of the last page's answer: no one's announcements", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on March 23, 2020\n\n...and that is why we sent the team.\n\nQ: Will China send vaccines?\n\nA: Yes.\n",
			[]string{"statement|||...and that is why we sent the team.", "question|||Will China send vaccines?", "answer|Geng Shuang||Yes."}, "Geng Shuang"},
		{"a press release's paragraphs of what countries did are no one's turns", "Press release\n\n12 May 2020\n\nSouth Korea, for its part, donated 100,000 masks to Ethiopia.\n\nSaudi Arabia, in turn, pledged 10 million dollars to Yemen.\n",
			[]string{"statement|||South Korea, for its part, donated 100,000 masks to Ethiopia."}, ""},
		{"in a transcript with labels, a paragraph that reports is content", "Press conference\n\nLi Na: Good evening.\n\nMr. Wang said that the team had arrived.\n\nMs. Zhao added that masks were sent.\n",
			[]string{"statement|Li Na||Good evening."}, ""},
		{"a speaker key set with spaces, initials alone on their lines", "COVID-19 Virtual Press conference\n\nSpeaker key:\nTJ Tarik Jasarevic\nTAG Dr Tedros Adhanom Ghebreyesus\n\n00:00:07\nTJ\nHello everyone.\n\nTAG\nThank you, Tarik.\n\nTJ\nThe first question.\n",
			[]string{"statement|||Speaker key:", "statement|Tarik Jasarevic||Hello everyone.", "statement|Tedros Adhanom Ghebreyesus||Thank you, Tarik.", "statement|Tarik Jasarevic||The first question."}, ""},
		{"a news page's headline under the site's name names no speaker", "Ministry of Health and Population - Arab Republic of Egypt\nHome > Media Center > News\n\nHealth Ministry: second batch of COVAX vaccines expected\nCairo, Thursday 4 March 2021\n\nThe spokesman announced today that doses arrived.\n\nQuestion (Al-Ahram): When?\n\nDr. Khaled Megahed: Next week.\n",
			[]string{"statement|||Cairo, Thursday 4 March 2021", "question||Al-Ahram|When?", "answer|Khaled Megahed||Next week."}, ""},
		{"a site's name as a dash label is the heading; a speaker named in the heading answers", "MINISTRY OF HEALTH - REPUBLIC OF KENYA\n\nRegular Press Briefing\nSpeaker: Commissioner Jeong Eun-kyeong, Korea Disease Control and Prevention Agency (KDCA)\n\nGood afternoon.\n\nQ: Has it arrived?\n\nA: Yes.\n",
			[]string{"statement|Jeong Eun-kyeong||Regular Press Briefing", "question|||Has it arrived?", "answer|Jeong Eun-kyeong||Yes."}, "Jeong Eun-kyeong"},
		{"a spokesperson with particles in her name, below the heading", "Quai d'Orsay - Press briefing - 9 April 2020\nSpokesperson: Agnès von der Mühll\n\nQ: Has France sent masks?\n\nTHE SPOKESPERSON: Yes.\n",
			[]string{"question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"a spokesperson named before the post who answered questions", "Daily press briefing (9 April 2020)\n\nAgnès von der Mühll, Spokesperson, answered questions from the press.\n\nQ - Has France sent masks?\n\nR - Yes.\n",
			[]string{"statement|Agnès von der Mühll||Agnès von der Mühll, Spokesperson, answered questions from the press.", "question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"no-break spaces read as spaces", "Daily Press Briefing - 9 April 2020\n\nStatements by the Spokesperson, Agnès\u00a0von der Mühll\n\nQ\u00a0- Has France sent masks?\n\nA\u00a0- Yes.\n",
			[]string{"statement|Agnès von der Mühll||Statements by the Spokesperson, Agnès von der Mühll", "question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"the name, then the post, on a line below the heading", "France Diplomacy - Press briefing (9 April 2020)\n\nAgnès von der Mühll, Deputy Spokesperson\n\nQ - Has France sent masks?\n\nA - Yes.\n",
			[]string{"statement|Agnès von der Mühll||Agnès von der Mühll, Deputy Spokesperson", "question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"the post and its body, then the name, in the first paragraph", "Paris, 9 April 2020\n\nThe Spokesperson of the Ministry for Europe and Foreign Affairs, Agnès von der Mühll, answered the following questions.\n\nQ: Has France sent masks?\n\nA: Yes.\n",
			[]string{"statement|Agnès von der Mühll||The Spokesperson of the Ministry for Europe and Foreign Affairs, Agnès von der Mühll, answered the following questions.", "question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"the editor's prose names the spokesperson, who answers but did not write it", "Paris, 9 April 2020\n\nThe briefing was given by the Spokesperson, Agnès von der Mühll.\n\nQ - Has France sent masks?\n\nA - Yes.\n",
			[]string{"statement|||The briefing was given by the Spokesperson, Agnès von der Mühll.", "question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"the French honorific Mme before the name in the heading", "Press briefing by Mme Agnès von der Mühll, Spokesperson (9 April 2020)\n\nQ: Has France sent masks?\n\nA: Yes.\n",
			[]string{"question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"the name in brackets after the post", "Coronavirus - Press briefing by the Spokesperson (Agnès von der Mühll) - 9 April 2020\n\nQ: Has France sent masks?\n\nA: Yes.\n",
			[]string{"question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"a label line with an honorific names the spokesperson below the heading", "Ministry for Europe and Foreign Affairs\n\nPress briefing - 9 April 2020\n\nSpokesperson: Mrs. Agnès von der Mühll\n\nQ: Has France sent masks?\n\nA: Yes.\n",
			[]string{"question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"the French M. before a spokesperson's full name is an honorific", "Ministry for Europe and Foreign Affairs\n\nPress briefing - 9 April 2020\n\nSpokesperson: M. Olivier Gauvin\n\nQ: Has France sent masks?\n\nA: Yes.\n",
			[]string{"question|||Has France sent masks?", "answer|Olivier Gauvin||Yes."}, "Olivier Gauvin"},
		{"a possessive after a name with particles, the briefing in small letters", "Foreign Ministry Spokesperson Agnès von der Mühll's press briefing, 9 April 2020\n\nQ: Has France sent masks?\n\nA: Yes.\n",
			[]string{"question|||Has France sent masks?", "answer|Agnès von der Mühll||Yes."}, "Agnès von der Mühll"},
		{"a list of speakers under the heading names no spokesperson", "Government press conference of 3 April 2020\n\nSpeakers: Government Spokesman Steffen Seibert, Christofer Burger (Federal Foreign Office)\n\nSeibert: Good morning.\n\nBurger: Thank you.\n",
			[]string{"statement|||Speakers: Government Spokesman Steffen Seibert, Christofer Burger (Federal Foreign Office)", "statement|Seibert||Good morning.", "statement|Burger||Thank you."}, ""},
		{"an honorific before a name with particles and a dash", "Daily press briefing - 9 April 2020\n\nMrs von der Mühll - Good afternoon.\n\nQ - Has France sent masks?\n\nMrs von der Mühll - Yes.\n",
			[]string{"statement|von der Mühll||Good afternoon.", "question|||Has France sent masks?", "answer|von der Mühll||Yes."}, ""},
		{"an honorific and a name before a dash", "Daily press point\n\nWith: Pr. Karim Bensalah, spokesman; Mr. Mourad Hamdi, Director.\n\nPr. Bensalah — Good afternoon.\n\nMr. Hamdi — Allow me to add a clarification.\n",
			[]string{"statement|||With: Pr. Karim Bensalah, spokesman; Mr. Mourad Hamdi, Director.", "statement|Bensalah||Good afternoon.", "statement|Hamdi||Allow me to add a clarification."}, ""},
		{"an outlet no one introduced asks, its name alone on a line", "Foreign Ministry Spokesperson Gao Jianfeng's Regular Press Conference on March 1, 2020\n\nGao Jianfeng:\nGood afternoon.\n\nCCTV\nWill China help Iran?\n\nGao Jianfeng:\nYes.\n\nAl Sumaria\nHow long will the team stay in Iraq?\n\nGao Jianfeng:\nAs long as needed.\n\nReuters\nAnd Italy?\n\nGao Jianfeng:\nWe will help.\n\nAFP\nAnd Spain?\n\nGao Jianfeng:\nAlso.\n",
			[]string{"statement|Gao Jianfeng||Good afternoon.", "question||CCTV|Will China help Iran?", "answer|Gao Jianfeng||Yes.", "question||Al Sumaria|How long will the team stay in Iraq?", "answer|Gao Jianfeng||As long as needed.", "question||Reuters|And Italy?", "answer|Gao Jianfeng||We will help.", "question||AFP|And Spain?", "answer|Gao Jianfeng||Also."}, "Gao Jianfeng"},
		{"French labels closed by a dash: a post after 'Mme la', an honorific and a name with a particle, a question and its outlet", "Briefing\n\nMme la Ministre – Good morning.\n\nDr d'Almeida-Aké – Thank you, Madam Minister.\n\nJournaliste (RTI) – Has Ghana offered help?\n\nMme la Ministre – No.\n",
			[]string{"statement|||Good morning.", "statement|d'Almeida-Aké||Thank you, Madam Minister.", "question||RTI|Has Ghana offered help?", "answer|||No."}, ""},
		{"a query labelled in Spanish, its outlet in brackets", "Briefing\n\nDirector Lagos: Thank you, Minister.\n\nConsulta (Radio Bío-Bío): Has Brazil offered help?\n\nDirector Lagos: Yes.\n",
			[]string{"statement|Lagos||Thank you, Minister.", "question||Radio Bío-Bío|Has Brazil offered help?", "answer|Lagos||Yes."}, ""},
		{"a label that spoke before without asking asks as the host, not as an outlet", "Briefing\n\nTanya Reid: Good afternoon, Jamaica, and welcome.\n\nWinston McKenzie: Thank you, Tanya.\n\nTanya Reid: Thank you, Minister. What is the clinical picture?\n\nPaulette Brown: Stable.\n",
			[]string{"statement|Tanya Reid||Good afternoon, Jamaica, and welcome.", "statement|Winston McKenzie||Thank you, Tanya.", "statement|Tanya Reid||Thank you, Minister.", "statement|Paulette Brown||Stable."}, ""},
		{"dialogue dashes and a space before labels, an asker in square brackets before a colon", "Press conference\n\n— LAURA BEATRIZ ECHEVERRÍA (Minister of Health): Good afternoon.\n\n— [Journalist, Télam]: Minister, has Pfizer offered doses?\n\n— ECHEVERRÍA: No.\n",
			[]string{"statement|Laura Beatriz Echeverría||Good afternoon.", "question||Télam|Minister, has Pfizer offered doses?", "answer|Echeverría||No."}, ""},
		{"square-bracket labels alone on their lines, a role before the chair's name", "Press briefing\n\n[Provisional Translation]\n\n[Moderator - Amel Trabelsi, Head of the Communication Unit]\nGood morning.\n\n[Dr. Sonia Ben Rejeb]\nThank you.\n\n[Q&A]\n\n[Journalist, Mosaique FM]\nIs the ministry waiting for doses?\n\n[Dr. Ben Rejeb]\nYes.\n\n[Moderator]\nThank you all.\n",
			[]string{"statement|||[Provisional Translation]", "statement|Amel Trabelsi||Good morning.", "statement|Sonia Ben Rejeb||Thank you.", "question||Mosaique FM|Is the ministry waiting for doses?", "answer|Ben Rejeb||Yes.", "statement|||Thank you all."}, ""},
		{"labels in Markdown bold, alone on their line or before the words", "Government spokesperson briefs media\n\n**Mr. Thongsavanh Phommavong, Minister, Head of the Government Office:**\n\nGood afternoon.\n\n**Question, Vientiane Times:** Will Russia send doctors?\n\n**Mr. Thongsavanh:** We have not made such a request.\n",
			[]string{"statement|Thongsavanh Phommavong||Good afternoon.", "question||Vientiane Times|Will Russia send doctors?", "answer|Thongsavanh||We have not made such a request."}, ""},
		{"two honorifics, the name, post-nominal letters, then the post, in capitals", "MINISTERIAL PRESS BRIEFING\n\nHON. DR. CLEMENT MULENGA, MP, MINISTER OF HEALTH:\n\nGood morning.\n\nDR. CHILESHE BANDA:\n\nThank you, Honourable Minister.\n",
			[]string{"statement|Clement Mulenga||Good morning.", "statement|Chileshe Banda||Thank you, Honourable Minister."}, ""},
		{"outlets named in Spanish ask", "Press conference\n\nRosa Altamirano, President of the Council of Ministers: Good afternoon.\n\nRPP Noticias: Premier, has the Government asked for vaccines?\n\nPremier: No.\n\nCanal N: Minister, how many plants are there?\n\nMinister of Health: There are 92.\n",
			[]string{"statement|Rosa Altamirano||Good afternoon.", "question||RPP Noticias|Premier, has the Government asked for vaccines?", "answer|||No.", "question||Canal N|Minister, how many plants are there?", "answer|||There are 92."}, ""},
		{"an outlet no one introduced asks", "Press briefing\n\nSelamawit: Good afternoon.\n\nAddis Fortune: How is the government financing the response?\n\nSelamawit: From our own budget.\n",
			[]string{"statement|Selamawit||Good afternoon.", "question||Addis Fortune|How is the government financing the response?", "answer|Selamawit||From our own budget."}, ""},
		{"a statement read by someone the heading names", "Online Health Bulletin\n(Text of the bulletin read by Dr. Farhana Rahman, Additional Director General.)\n\nWelcome to today's bulletin.\n",
			[]string{"statement|Farhana Rahman||(Text of the bulletin read by Dr. Farhana Rahman, Additional Director General.)"}, "Farhana Rahman"},
		{"a topic line and a hyphenated outlet", "Briefing\n\nDG: Good evening.\n\nInterfax-Kazakhstan: Are the tests donated? Prices are high.\n\nDG: Donated.\n\nAbout INSTEX: the first transaction was a purchase.\n",
			[]string{"statement|||Good evening.", "question||Interfax-Kazakhstan|Are the tests donated?", "answer|||Donated."}, ""},
		{"dash labels", "Press conference\n\nSUBJECTS: Vaccines; trade\n\nA - Good afternoon.\n\nQ - Will you send doses?\n\nBOSMAN - Yes, we will.\n",
			[]string{"statement|||SUBJECTS: Vaccines; trade", "answer|||Good afternoon.", "question|||Will you send doses?", "answer|Bosman||Yes, we will."}, ""},
		{"an honorific before a name that opens with particles", "Daily Press Briefing - 14 April 2020\n\nQ: What is France doing for Ethiopia?\n\nMs von der Mühll: France has sent a team.\n\nMr. de Rivière: I agree.\n",
			[]string{"question|||What is France doing for Ethiopia?", "answer|von der Mühll||France has sent a team.", "statement|de Rivière||I agree."}, ""},
		{"a statement by a minister the heading names", "Coronavirus - Statement by M. Jean-Yves Le Drian, Minister for Europe and Foreign Affairs (Paris, 5 April 2020)\n\nFrance has sent 1.2 billion euros to African countries.\n",
			[]string{"statement|Jean-Yves Le Drian||France has sent 1.2 billion euros to African countries."}, "Jean-Yves Le Drian"},
		{"dotted Q and A before a dash", "Q&A - Excerpts from the press briefing\n\nQ. - What is France doing for Ethiopia?\n\nA. - France has sent a team.\n\nQuestion - Reuters: And Senegal?\n\nAnswer - Masks.\n",
			[]string{"question|||What is France doing for Ethiopia?", "answer|||France has sent a team.", "question||Reuters|Reuters: And Senegal?", "answer|||Masks."}, ""},
		{"dotted Q and A with an outlet in brackets", "Regular Briefing\n\nQ. [Yonhap] Will Korea send test kits?\n\nA. Yes, we will.\n",
			[]string{"question||Yonhap|Will Korea send test kits?", "answer|||Yes, we will."}, ""},
		{"a name, then a post or body, before the colon", "Briefing\n\nAoife Kearney, Press Officer, Department of Health: Good evening.\n\nQuestion (RTÉ News): Has it arrived?\n\nDr. Lena Sørensen, World Health Organization (WHO): Yes.\n\nPierre-Alain Dufour, spokesperson for the Office for the Coordination of Humanitarian Affairs (OCHA): Thank you.\n\nDr Sinéad Moran, a member of NPHET:\nIt has.\n",
			[]string{"statement|Aoife Kearney||Good evening.", "question||RTÉ News|Has it arrived?", "answer|Lena Sørensen||Yes.", "statement|Pierre-Alain Dufour||Thank you.", "statement|Sinéad Moran||It has."}, ""},
		{"a sentence with a comma before a colon is no label", "Briefing\n\nLi Na: Good evening.\n\nOn Wednesday, a donation from the People's Republic of China arrived at Podgorica Airport: 20,000 masks.\n\nThe Forum Chair, Prime Minister Kausea Natano of Tuvalu, said: \"No one is alone.\"\n",
			[]string{"statement|Li Na||Good evening."}, ""},
		{"a heading naming a place, a colon and the briefing is no turn", "OCHA | Office for the Coordination of Humanitarian Affairs\nHome > Media > Press briefings\n\nHaiti: Earthquake - Transcript of press briefing\n20 Aug 2021\n\nJens Laerke (OCHA Spokesperson): Good afternoon.\n",
			[]string{"statement|Jens Laerke||Good afternoon."}, ""},
		{"a joint spokesperson is a post, no one's name", "DAILY PRESS BRIEFING ON COVID-19\nKathmandu, 18 May 2021\n\nSpokesperson: Dr. Krishna Prasad Paudel\nJoint Spokesperson: Dr. Samir Kumar Adhikari\n\nDr. Adhikari: Namaskar.\n",
			[]string{"statement|||Dr. Krishna Prasad Paudel", "statement|||Dr. Samir Kumar Adhikari", "statement|Adhikari||Namaskar."}, ""},
		{"a post with its field, a comma, then who holds it", "Press conference\n\nMinister for Health, Salvador Illa: Good afternoon.\n\nDirector of the CCAES, Fernando Simón: Thank you.\n",
			[]string{"statement|Salvador Illa||Good afternoon.", "statement|Fernando Simón||Thank you."}, ""},
		{"a post, then who holds it in brackets; a reporter before the outlet", "Weekly Media Briefing\n\nOfficial Spokesperson (Shri Anurag Srivastava): Good afternoon.\n\nQuestion (Sidhant Sibal, WION): Has it arrived?\n\nOfficial Spokesperson (Shri Anurag Srivastava): It has.\n\nPress Secretary (Ministry of Health): Yes.\n\nGOVERNMENT SPOKESPERSON (Dr. Kamau): Indeed.\n",
			[]string{"statement|Anurag Srivastava||Good afternoon.", "question||WION|Has it arrived?", "answer|Anurag Srivastava||It has.", "statement|||Yes.", "statement|Kamau||Indeed."}, ""},
		{"labels on lines of their own, without a colon; a heading above a paragraph is none", "Press conference\nPanama City, 23 June 2020\n\nParticipants: Dr. Ricardo Núñez, Minister of Health. Moderator: Karla Ábrego.\n\nKarla Ábrego\nGood afternoon.\n\nDr. Ricardo Núñez\nWe received ventilators.\n\nJournalist (TVN Noticias)\nHave they arrived?\n\nDr. Ricardo Núñez\nThey have.\n\nHospital Occupancy\nIt remains high.\n",
			[]string{"statement|||Panama City, 23 June 2020", "statement|Karla Ábrego||Good afternoon.", "statement|Ricardo Núñez||We received ventilators.", "question||TVN Noticias|Have they arrived?", "answer|Ricardo Núñez||They have."}, ""},
		{"a questioner", "IMF Press Briefing\n\nMR. RICE: Good morning.\n\nQUESTIONER: Will the IMF lend to Zambia?\n\nMR. RICE: Yes.\n",
			[]string{"statement|Rice||Good morning.", "question|||Will the IMF lend to Zambia?", "answer|Rice||Yes."}, ""},
		{"a heading with a dash, a chair with a name in brackets, a name joined to its particle, an outlet the chair calls on", "MINISTRY OF FOREIGN AFFAIRS\nPRESS BRIEFING - TRANSCRIPT\n\nMODERATOR (DIANA LARKIN): Good morning.\n\nDr. al-Hakimi: We take questions.\n\nModerator: Diario Libre, from the Dominican Republic.\n\nDiario Libre: The season begins in June. Is the region prepared?\n\nDr. al-Hakimi: It is.\n",
			[]string{"statement|||PRESS BRIEFING - TRANSCRIPT", "statement|Diana Larkin||Good morning.", "statement|al-Hakimi||We take questions.", "statement|||Diario Libre, from the Dominican Republic.", "question||Diario Libre|The season begins in June.", "answer|al-Hakimi||It is."}, ""},
		{"a name with its initial A. is a speaker, not an answer", "Briefing\n\nTaking part: Azizbek Rakhimov, First Deputy Minister of Health.\n\nModerator: Good morning.\n\nA. Rakhimov: Thank you.\n\nA. Yes, we will.\n",
			[]string{"statement|||Taking part: Azizbek Rakhimov, First Deputy Minister of Health.", "statement|||Good morning.", "statement|A. Rakhimov||Thank you.", "answer|||Yes, we will."}, ""},
		{"Spanish labels ending in .-", "Conferencia\n\nMr. OSSANDÓN (Minister of Foreign Affairs).- Good afternoon.\n\nJournalist (La Tercera).- Did you reject it?\n",
			[]string{"statement|Ossandón||Good afternoon.", "question||La Tercera|Did you reject it?"}, ""},
		{"a reporter, then the outlet", "Briefing\n\nReporter, Kantipur Television: Is help coming?\n\nINTERLOCUTOR: Good afternoon. Will you?\n\nQuestion: [Interpretation] Are they?\n\nHon. Claire Beaulieu (Minister of International Development): Yes.\n",
			[]string{"question||Kantipur Television|Is help coming?", "question|||Good afternoon.", "question|||[Interpretation] Are they?", "answer|Claire Beaulieu||Yes."}, ""},
		{"outlets whose names say so", "Briefing\n\nCITI FM: Will you share vaccines?\n\nKhaosod English: Can you confirm?\n",
			[]string{"question||CITI FM|Will you share vaccines?", "question||Khaosod English|Can you confirm?"}, ""},
		{"a heading with a colon, and the chair with its name and post in brackets", "IGAD Secretariat: Virtual press briefing on the regional response to COVID-19\n\nDjibouti, 25 June 2020\n\nMODERATOR (Mohamed Ali Hersi, IGAD Communication Officer): Good morning.\n\nDr. Halima Abdi Farah: Thank you, Mohamed.\n",
			[]string{"statement|Mohamed Ali Hersi||Good morning.", "statement|Halima Abdi Farah||Thank you, Mohamed."}, ""},
		{"abbreviated posts", "DFA Briefing\n\nUSEC. Maria Santos: We sent a team.\n",
			[]string{"statement|Maria Santos||We sent a team."}, ""},
		{"a later page: an outlet's question, then a person no line names, alone or with a post, answers; page numbers and a pager are no content", "SCIO press conference on Belt and Road health cooperation\nMay 19, 2022\n\nPage 3 of 10\n\nGlobal Times\n\nWhat is China doing?\n\nCao Xuetao\n\nWe sent vaccines.\n\nLiang Wenrui\n\nThe Paper, please. Then Mr. Cao again.\n\nThe Paper\n\nWhat role has medicine played?\n\nPan Xiaoyu, deputy head of the National Administration of Traditional Chinese Medicine\n\nA unique role.\n\nPhoenix TV\n\nAnd the Red Cross?\n\nYang Shuhui\n\nWe sent a team to Iran.\n\nLiang Wenrui\n\nThank you.\n\nVaccine Cooperation\n\nThe session ended.\n\nPage: 1 2 3 4 5 6 7 8 9 10\n",
			[]string{"question||Global Times|What is China doing?", "answer|Cao Xuetao||We sent vaccines.", "statement|Liang Wenrui||The Paper, please.", "question||The Paper|What role has medicine played?", "answer|Pan Xiaoyu||A unique role.", "question||Phoenix TV|And the Red Cross?", "answer|Yang Shuhui||We sent a team to Iran.", "statement|Liang Wenrui||Thank you."}, ""},
		{"a post of a field before the name; a footer that spells out an acronym after a dash is no turn", "Press Statement on International Aid Received\n\nDirector General of Response Selim Yavuz: Teams are working.\n\nAFAD - Disaster and Emergency Management Presidency\n",
			[]string{"statement|Selim Yavuz||Teams are working."}, ""},
		{"labels ended by a full stop and an em dash, as Cuba's transcripts write them; the topics line of a German one is no label", "Press conference on the Henry Reeve brigades\nHavana, 9 July 2020\n\nThemen: internationale Hilfe, Impfstoffforschung\n\nYaimara Soto Ferrer.— Good morning, colleagues.\n\nDr. Lorenzo Cruz.—Allow me to add a point.\n\nJournalist (Prensa Latina).— What happened?\n",
			[]string{"statement|||Themen: internationale Hilfe, Impfstoffforschung", "statement|Yaimara Soto Ferrer||Good morning, colleagues.", "statement|Lorenzo Cruz||Allow me to add a point.", "question||Prensa Latina|What happened?"}, ""},
		{"a name, then a post whose field is written in lower case", "SCIO briefing\n2020-06-07\n\nLiang Shufen:\nMs. Tang, please.\n\nTang Meiling, vice minister of foreign affairs:\nThank you.\n",
			[]string{"statement|Liang Shufen||Ms. Tang, please.", "statement|Tang Meiling||Thank you."}, ""},
		{"a name, then a post whose place is written with its kind in lower case", "SCIO press conference\n2020-03-29\n\nHubei Daily:\nWho helped Hubei?\n\nYang Yunfei, vice governor of Hubei province:\nMany friends.\n",
			[]string{"question||Hubei Daily|Who helped Hubei?", "answer|Yang Yunfei||Many friends."}, ""},
		{"a Portuguese post with its holder in brackets, then the post alone; an interpreter's aside is no part of a label", "Press conference\n\nPORTA-VOZ (Fernando Albuquerque Lins): Good morning.\n\nPERGUNTA (Folha de S.Paulo): Is that aid?\n\nPORTA-VOZ: No.\n\nAzamat Toktosunov, Foreign Minister of Kyrgyzstan (through an interpreter): Thank you.\n",
			[]string{"statement|Fernando Albuquerque Lins||Good morning.", "question||Folha de S.Paulo|Is that aid?", "answer|||No.", "statement|Azamat Toktosunov||Thank you."}, ""},
		{"shouted surname and acronym outlet", "Government press conference\n\nSEIBERT: Good morning.\n\nAFP: A question.\n",
			[]string{"statement|Seibert||Good morning.", "question||AFP|A question."}, ""},
		{"chrome is not content", "A briefing\n\nLi Hua:\nHello there.\n\n<  1  2  3  >\n\nPrint E-mail Bookmark and Share\n",
			[]string{"statement|Li Hua||Hello there."}, ""},
		{"the spokesperson in brackets after the heading, below a site's name", "Ministry of Foreign Affairs of the Islamic Republic of Iran\nHome > Media > Spokesman\n\nSpokesman's Weekly Press Conference (Abbas Mousavi)\nMonday, 6 April 2020\n\nQ: IRNA: Has it arrived?\n\nA: Yes.\n",
			[]string{"question||IRNA|IRNA: Has it arrived?", "answer|Abbas Mousavi||Yes."}, "Abbas Mousavi"},
		{"a label's post is no opening line naming the spokesperson", "Weekly press conference\n\nCounsellor Nader Saad, official spokesman for the Cabinet: Good evening. The Cabinet held its meeting today, chaired by the Prime Minister.\n\nQ: Has it arrived?\n\nA: Yes.\n",
			[]string{"statement|Counsellor Nader Saad||Good evening.", "question|||Has it arrived?", "answer|||Yes."}, ""},
		{"the spokesperson named before the post in the opening line", "CCSA daily briefing, 17 April 2020\n\nDr. Taweesin Visanuyothin, spokesperson of the Centre for COVID-19 Situation Administration (CCSA), held the daily press conference.\n\nQ: Has it arrived?\n\nA: Yes.\n",
			[]string{"statement|Taweesin Visanuyothin||Dr. Taweesin Visanuyothin, spokesperson of the Centre for COVID-19 Situation Administration (CCSA), held the daily press conference.", "question|||Has it arrived?", "answer|Taweesin Visanuyothin||Yes."}, "Taweesin Visanuyothin"},
		{"the spokesperson named in the opening line", "Weekly press conference\n\nForeign Ministry Spokesman Abbas Mousavi held his weekly press conference on Monday.\n\nQ: Has it arrived?\n\nA: Yes.\n",
			[]string{"statement|Abbas Mousavi||Foreign Ministry Spokesman Abbas Mousavi held his weekly press conference on Monday.", "question|||Has it arrived?", "answer|Abbas Mousavi||Yes."}, "Abbas Mousavi"},
		{"names in capitals alone on their lines, introduced once in another case; a dash and a date in the heading", "PRESIDENTIAL TASK FORCE ON COVID-19\nNATIONAL BRIEFING - THURSDAY, APRIL 9TH, 2020\n\nMODERATOR\nWe have the Chairman, Mr. Boss Mustapha, and Dr. Osagie Ehanire.\n\nBOSS MUSTAPHA\nThank you.\n\nDR. OSAGIE EHANIRE\nWe have 288 cases.\n\nBOSS MUSTAPHA\nThat is all.\n",
			[]string{"statement|||We have the Chairman, Mr. Boss Mustapha, and Dr. Osagie Ehanire.", "statement|Boss Mustapha||Thank you.", "statement|Osagie Ehanire||We have 288 cases.", "statement|Boss Mustapha||That is all."}, ""},
		{"section headings in capitals are no speakers, though the places are named elsewhere", "Noon briefing\n\nGood afternoon.\n\nSOUTH SUDAN\nIn Juba, the mission in South Sudan delivered food.\n\nYEMEN\nIn Yemen, WFP delivered food.\n\nSAHEL\nThe Sahel is dry. We help Yemen and the Sahel.\n",
			[]string{"statement|||Good afternoon."}, ""},
		{"an event's name, a font switch and a disease are no speakers", "PNG COVID-19 National Control Centre\n\nMEDIA CONFERENCE - NATIONAL PANDEMIC CONTROLLER\nFont: [A-] [A] [A+]\n\nCONTROLLER: Good afternoon.\n\nCoronavirus: what we know.\n",
			[]string{"statement|||MEDIA CONFERENCE - NATIONAL PANDEMIC CONTROLLER", "statement|||Good afternoon."}, ""},
		{"a post, then its holder, in capitals or not; share links are no label", "Press conference\n\nPRESIDENT MARTÍN VIZCARRA: Good afternoon.\n\nMINISTER OF HEALTH VÍCTOR ZAMORA: The situation is serious.\n\nMinister of Foreign Affairs Gustavo Meza-Cuadra: We thank Japan.\n\nCompartir: Facebook | Twitter | WhatsApp\n",
			[]string{"statement|Martín Vizcarra||Good afternoon.", "statement|Víctor Zamora||The situation is serious.", "statement|Gustavo Meza-Cuadra||We thank Japan."}, ""},
		{"the spokesperson on a line below the heading; pager lines and 'Attending:' are no speakers", "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM\n\nRegular Press Conference, Thursday, 09/04/2020\nSpokesperson: Le Thi Thu Hang\n\nAttending: Mr. Nguyen Van An, Deputy Director.\n\nQ: VnExpress: Will Viet Nam send masks?\n\nA: Yes.\n\nChief of Cabinet Santiago Cafiero: Thank you.\n\nPrevious: Regular Press Conference, 08/04/2020\nNext: Regular Press Conference, 10/04/2020\n",
			[]string{"statement|Le Thi Thu Hang||Regular Press Conference, Thursday, 09/04/2020", "question|||VnExpress: Will Viet Nam send masks?", "answer|Le Thi Thu Hang||Yes.", "statement|Santiago Cafiero||Thank you."}, "Le Thi Thu Hang"},
		{"a speaker key, the turns' initials followed by spaces", "COVID-19 Virtual Press conference\n\nSpeaker key:\nFC   Fadela Chaib\nTAG  Dr Tedros Adhanom Ghebreyesus\n\n00:00:04\nFC   Hello everyone.\n\n00:00:41\nTAG  Thank you, Fadela.\n",
			[]string{"statement|||Speaker key:", "statement|Fadela Chaib||Hello everyone.", "statement|Tedros Adhanom Ghebreyesus||Thank you, Fadela."}, ""},
		{"a speaker key, the turns' initials followed by one space; a line that opens with other capitals is no turn", "COVID-19 Virtual Press conference\n\nSpeaker key:\nTJ Tarik Jasarevic\nMK Dr Maria Van Kerkhove\n\n00:00:04\nTJ Hello everyone.\n\nMK Thank you, Tarik.\nUS officials are here.\n\nTJ thanks.\n",
			[]string{"statement|||Speaker key:", "statement|Tarik Jasarevic||Hello everyone.", "statement|Maria Van Kerkhove||Thank you, Tarik."}, ""},
		{"an interview's heading names who answers, with no post; the interviewer after 'with' does not", "Interview of Jean-Yves Le Drian with Jean-Jacques Bourdin on BFMTV (14 April 2020)\n\nQ - What is France doing for Africa?\n\nA - We have sent tests to Mali.\n",
			[]string{"question|||What is France doing for Africa?", "answer|Jean-Yves Le Drian||We have sent tests to Mali."}, "Jean-Yves Le Drian"},
		{"an interview's heading below the site's name and breadcrumbs; questions in capitals, answers unlabelled", "France Diplomatie - Ministry for Europe and Foreign Affairs\nHome > Press and media > Interviews\n\nCoronavirus - Interview given by Mr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, to France Inter (excerpts)\n\nParis, 31 March 2020\n\nMINISTER, WHAT IS FRANCE DOING FOR ITALY?\n\nWe have sent one million masks to Italy.\n",
			[]string{"statement|Jean-Yves Le Drian||Coronavirus - Interview given by Mr Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, to France Inter (excerpts)"}, "Jean-Yves Le Drian"},
		{"a statement's heading naming the post first, then the name, below the chrome", "ÉLYSÉE\nPrésidence de la République\n\nHome  /  News  /  Statements\n\n4 May 2020 - Statements\n\nStatement by the President of the Republic, Emmanuel Macron, following the international pledging conference\n\nLadies and gentlemen,\n\nFrance will give 500 million euros.\n",
			[]string{"statement|Emmanuel Macron||Présidence de la République"}, "Emmanuel Macron"},
		{"a statement to the press by a named official; the contacts' places are no labels", "IFRC\n\nBeirut explosions: Red Cross scales up support\n\nStatement to the press by Rania Haddad, IFRC Regional Director for the Middle East and North Africa, at the UN press briefing in Geneva\n\nGood morning.\n\nFor further information, please contact:\nIn Beirut: Nour Saab, +961 3 000 000\nIn Geneva: Anna Lindgren, +41 79 000 0000\n",
			[]string{"statement|Rania Haddad||Beirut explosions: Red Cross scales up support"}, "Rania Haddad"},
		{"briefing notes that sum up what a named spokesperson said", "UNHCR - The UN Refugee Agency\nHome > News and Stories > Briefing Notes\n\nUNHCR steps up support in the Sahel\n\nThis is a summary of what was said by UNHCR spokesperson Céline Marchand – to whom quoted text may be attributed – at today's press briefing at the Palais des Nations in Geneva.\n\nUNHCR has delivered tarpaulins to Burkina Faso.\n",
			[]string{"statement|Céline Marchand||UNHCR steps up support in the Sahel"}, "Céline Marchand"},
		{"a post's label with its holder in brackets, an honorific before the name; the bare post after it is the same person", "MINISTRY OF HEALTH\n\nPress Conference on COVID-19\n\nSpokesperson (H.E. Chea Sokha): Good morning.\n\nReporter (Khmer Times): Is the Ministry ready?\n\nSpokesperson: Yes.\n",
			[]string{"statement|||Press Conference on COVID-19", "statement|Chea Sokha||Good morning.", "question||Khmer Times|Is the Ministry ready?", "answer|Chea Sokha||Yes."}, "Chea Sokha"},
		{"the spokesperson on a line of their own below the heading, breadcrumbs and a date line, each followed by a blank line", "Ministry of Foreign Affairs, Republic of Korea\n\nHome > Press > Spokesperson's Briefings\n\nSpokesperson's Regular Press Briefing (April 21, 2020)\n\nDate : 2020-04-21  |  Hit : 1873\n\nSpokesperson Lee Jae-sung\n\n1. Korea will provide kits to Ethiopia.\n\nQ : Is it free?\n\nA : Yes.\n",
			[]string{"statement|Lee Jae-sung||Spokesperson's Regular Press Briefing (April 21, 2020)", "question|||Is it free?", "answer|Lee Jae-sung||Yes."}, "Lee Jae-sung"},
		{"a panel member who asks leave to add is no journalist", "SCIO briefing\n\nDeng Haiyang: Thank you.\n\nLin Shuhua: May I add something? China CDC trained vaccinators from Laos.\n\nShou Xiaoli: Global Times, please.\n",
			[]string{"statement|Deng Haiyang||Thank you.", "statement|Lin Shuhua||May I add something?", "statement|Shou Xiaoli||Global Times, please."}, ""},
		{"Spanish dialogue dashes before the labels; a question from a named outlet", "Rueda de prensa\n\n—Canciller Andrade: Good morning.\n\n—Pregunta de El Comercio: Will Ecuador receive more tests?\n\n—Canciller Andrade: Yes.\n",
			[]string{"statement|Andrade||Good morning.", "question||El Comercio|Will Ecuador receive more tests?", "answer|Andrade||Yes."}, ""},
		{"Spanish posts before a name in a label", "Conferencia de prensa\n\nDirectora Ejecutiva Sofía Trejo Mancera: Gracias. Mexico is not only receiving.\n\nViceministra Gabriela Yépez: Thank you.\n",
			[]string{"statement|Sofía Trejo Mancera||Gracias.", "statement|Gabriela Yépez||Thank you."}, ""},
		{"names and askers in square brackets open the turns; a stage direction does not", "Daily press conference\n\n[Duarte Almeida] Good afternoon.\n\n[Journalist, RTP] Is Portugal sending help to Brazil?\n\n[Rui Valadares] Not at this stage.\n\n[Applause] Thank you.\n",
			[]string{"statement|Duarte Almeida||Good afternoon.", "question||RTP|Is Portugal sending help to Brazil?", "answer|Rui Valadares||Not at this stage."}, ""},
		{"a long post with commas, then the name; Spain's \".-\"", "La Moncloa\n\nPress conference\n\nSecretary of State for Communication (Moderator), Lucía Peñalver.- Good afternoon.\n\nMinister for Foreign Affairs, European Union and Cooperation, Inés Carrasco Ortega.- Good afternoon.\n",
			[]string{"statement|||Press conference", "statement|Lucía Peñalver||Good afternoon.", "statement|Inés Carrasco Ortega||Good afternoon."}, ""},
		{"a rank before a surname and a ministry in brackets; a chair's label with a surname in brackets", "Regierungspressekonferenz\n\nOberst i.G. Falkner (BMVg): The Bundeswehr flew six patients to Ulm.\n\nModerator (Leone): Question from ANSA.\n",
			[]string{"statement|Falkner||The Bundeswehr flew six patients to Ulm.", "statement|Leone||Question from ANSA."}, ""},
		{"a name in capitals after an honorific in capitals, then a post with a dash", "Ministry of Health\n\nPROF. ANDRZEJ BIAŁEK, National Institute of Public Health – National Institute of Hygiene: Good morning.\n",
			[]string{"statement|Andrzej Białek||Good morning."}, ""},
		{"a dash label after the French honorific \"M.\"", "Daily Press Briefing - 9 April 2020\n\nQ - Has France helped Italy?\n\nM. LE DRIAN - Yes. We sent masks.\n",
			[]string{"question|||Has France helped Italy?", "answer|Le Drian||Yes."}, ""},
		{"a post's label in the interview the heading names someone as giving", "Coronavirus - Interview of M. Jean-Yves Le Drian with France Info (9 April 2020)\n\nQ - Has France helped Italy?\n\nTHE MINISTER - Yes. We sent masks to Italy.\n",
			[]string{"question|||Has France helped Italy?", "answer|Jean-Yves Le Drian||Yes."}, "Jean-Yves Le Drian"},
		{"an interview with a named person", "Coronavirus - Interview with Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, in Le Figaro (9 April 2020)\n\nQ - Has France helped Italy?\n\nR - Yes. We sent masks to Italy.\n",
			[]string{"question|||Has France helped Italy?", "answer|Jean-Yves Le Drian||Yes."}, "Jean-Yves Le Drian"},
		{"a post and its portfolio as a label; a post before a name in square brackets", "Press briefing\n\nPS HEALTH: Bula vinaka and good evening.\n\n[Commissioner Jeong Eun-kyeong] Thank you.\n",
			[]string{"statement|||Bula vinaka and good evening.", "statement|Jeong Eun-kyeong||Thank you."}, ""},
		{"a wire story: a headline after a post, a dateline, a post with an acronym before a name with particles, \"For his part\"", "Saudi Press Agency\nHome / General / Local\n\nKSrelief Spokesman: Centre Delivers Medical Aid to Yemen\n\nRiyadh, May 03, 2020, SPA -- The Official Spokesman of the King Salman Humanitarian Aid and Relief Centre (KSrelief), Dr. Nasser bin Saad Al-Qahtani, said that KSrelief had delivered supplies.\n\nFor his part, Dr. Fahad Al-Harbi, Director of Medical Aid at KSrelief, said that the Centre would help.\n",
			[]string{"statement|||Home / General / Local", "statement|Nasser bin Saad Al-Qahtani||Riyadh, May 03, 2020, SPA -- The Official Spokesman of the King Salman Humanitarian Aid and Relief Centre (KSrelief), Dr. Nasser bin Saad Al-Qahtani, said that KSrelief had delivered supplies.", "statement|Fahad Al-Harbi||For his part, Dr. Fahad Al-Harbi, Director of Medical Aid at KSrelief, said that the Centre would help."}, ""},
		{"a disclaimer at the foot of briefing notes is no turn", "UNITED NATIONS GENEVA\n\nPRESS BRIEFING NOTES\n\nJens Laerke, for OCHA, said that aid had arrived.\n\nMargaret Harris, for WHO, said that cases were rising.\n\nDisclaimer: This document is not an official record.\n",
			[]string{"statement|||PRESS BRIEFING NOTES", "statement|Jens Laerke||Jens Laerke, for OCHA, said that aid had arrived.", "statement|Margaret Harris||Margaret Harris, for WHO, said that cases were rising."}, ""},
		{"briefing notes whose chair is a spokesperson and whose topics are headed \"Country: topic\"", "UNITED NATIONS GENEVA\n\n14 August 2020\n\nHelena Sørensen, Spokesperson for the Director-General of the United Nations Office at Geneva, chaired the briefing.\n\nLebanon: response to the port explosions\n\nJoaquín Barrera, for UNHCR, said that tarpaulins had arrived.\n\nSudan: floods\n\nLeila Haddad, for WFP, said that food had reached Khartoum.\n\nMs. Sørensen said the Council would meet on Monday.\n",
			[]string{"statement|||Helena Sørensen, Spokesperson for the Director-General of the United Nations Office at Geneva, chaired the briefing.", "statement|Joaquín Barrera||Joaquín Barrera, for UNHCR, said that tarpaulins had arrived.", "statement|Leila Haddad||Leila Haddad, for WFP, said that food had reached Khartoum.", "statement|Sørensen||Ms. Sørensen said the Council would meet on Monday."}, ""},
		{"a spokesperson who chairs a briefing of questions and answers answers them", "Regular Press Briefing by the Ministry of Foreign Affairs of Viet Nam\n\nSpokesperson Tran Thi Bich Ngoc chaired the regular press briefing.\n\nQuestion (Reuters): Has Viet Nam sent masks?\n\nAnswer: Yes.\n",
			[]string{"statement|Tran Thi Bich Ngoc||Spokesperson Tran Thi Bich Ngoc chaired the regular press briefing.", "question||Reuters|Has Viet Nam sent masks?", "answer|Tran Thi Bich Ngoc||Yes."}, "Tran Thi Bich Ngoc"},
		{"a label of seven words: a long post, then the name", "SCIO press conference\n\nVice Minister of Emergency Management Lin Haoran: We sent rescue teams to Nepal.\n",
			[]string{"statement|Lin Haoran||We sent rescue teams to Nepal."}, ""},
		{"a page's record of its writer and its reference is no turn", "Spokesperson's Regular Press Briefing (April 9, 2020)\n\nWriter : Spokesperson's Office   Date : 2020-04-09\n\nReference: I-187432   Duration: 00:38:12   Language: EN\n\nSpokesperson Han: Good afternoon.\n",
			[]string{"statement|||Writer : Spokesperson's Office   Date : 2020-04-09", "statement|Han||Good afternoon."}, ""},
		{"a surname in capitals and a ministry's acronym with a letter in lower case", "Regierungspressekonferenz\n\nBREDE (BMVg): The Bundeswehr will send doctors.\n\nKERNER (AA): Thank you.\n",
			[]string{"statement|Brede||The Bundeswehr will send doctors.", "statement|Kerner||Thank you."}, ""},
		{"a short surname in capitals, or one after an honorific, before a ministry's acronym: no outlet; an interpreter's aside in capitals", "Regierungspressekonferenz\n\nKRANZ (BMI): It is not aid.\n\nDR RAU (BMZ): For our ministry: we will help.\n\nAGUS WIBISONO (Interpretation): Thank you.\n",
			[]string{"statement|Kranz||It is not aid.", "statement|Rau||For our ministry: we will help.", "statement|Agus Wibisono||Thank you."}, ""},
		{"briefing notes: a post holder who said something yesterday is told of, no speaker", "UNITED NATIONS GENEVA\n\nPRESS BRIEFING NOTES\n\nMargaret Harris, for WHO, said that cases were rising.\n\nDr. Mike Ryan, WHO Executive Director of the Health Emergencies Programme, said yesterday that the world must act.\n\nDr. Harris added that kits had been sent.\n",
			[]string{"statement|||PRESS BRIEFING NOTES", "statement|Margaret Harris||Margaret Harris, for WHO, said that cases were rising.", "statement|||Dr. Mike Ryan, WHO Executive Director of the Health Emergencies Programme, said yesterday that the world must act.", "statement|Harris||Dr. Harris added that kits had been sent."}, ""},
		{"briefing notes: remarks at an assembly are told of", "UNITED NATIONS GENEVA\n\nPRESS BRIEFING NOTES\n\nMargaret Harris, for WHO, said that cases were rising.\n\nDr. Tedros said in his opening remarks at the World Health Assembly that the world must act.\n\nDr. Harris added that kits had been sent.\n",
			[]string{"statement|||PRESS BRIEFING NOTES", "statement|Margaret Harris||Margaret Harris, for WHO, said that cases were rising.", "statement|||Dr. Tedros said in his opening remarks at the World Health Assembly that the world must act.", "statement|Harris||Dr. Harris added that kits had been sent."}, ""},
		{"labels in square brackets as a label would be before its colon", "Government press conference\n\n[Deputy Spokesperson Brandes] Thank you.\n\n[Kessler, Federal Foreign Office] We gave 10 million euros.\n\n[Question (dpa)] Will Germany send doses?\n\n[Dr Vogt, Federal Ministry of Health] No.\n",
			[]string{"statement|Brandes||Thank you.", "statement|Kessler||We gave 10 million euros.", "question||dpa|Will Germany send doses?", "answer|Vogt||No."}, ""},
		{"labels in two languages, the last one read; a rank before the holder's name; a page's text-size links", "Coletiva de imprensa\n\nPrint | Text Size: Large  Medium  Small\n\nPORTA-VOZ / SPOKESPERSON (Coronel Henrique Amaral): Boa tarde.\n\nMINISTRA DAS RELAÇÕES EXTERIORES / MINISTER OF FOREIGN AFFAIRS (Lúcia Fontenelle): Obrigada.\n\nد. طارق شلبي، المتحدث الرسمي | Dr. Tarek Shalaby, Official Spokesman: Good afternoon.\n",
			[]string{"statement|||Print | Text Size: Large  Medium  Small", "statement|Henrique Amaral||Boa tarde.", "statement|Lúcia Fontenelle||Obrigada.", "statement|Tarek Shalaby||Good afternoon."}, "Henrique Amaral"},
		{"posts and honorifics before names in capitals, alone on their lines, longer than other labels", "PRESIDENTIAL TASK FORCE ON COVID-19\n\nCHAIRMAN, PTF AND SECRETARY TO THE GOVERNMENT OF THE FEDERATION, MR. BABATUNDE ADEYEMI\n\nGood afternoon.\n\nHONOURABLE MINISTER OF HEALTH, DR. IFEOMA NWACHUKWU\n\nThank you, Chairman.\n\nCHAIRMAN, PTF AND SECRETARY TO THE GOVERNMENT OF THE FEDERATION, MR. BABATUNDE ADEYEMI\n\nThank you.\n\nHONOURABLE MINISTER OF HEALTH, DR. IFEOMA NWACHUKWU\n\nWe received test kits.\n",
			[]string{"statement|Babatunde Adeyemi||Good afternoon.", "statement|Ifeoma Nwachukwu||Thank you, Chairman.", "statement|Babatunde Adeyemi||Thank you.", "statement|Ifeoma Nwachukwu||We received test kits."}, ""},
		{"a page's kind on a line of its own (\"Speech\") is no speaker", "GOV.UK\nHome > Coronavirus (COVID-19) > Speech\n\nSpeech\nMinister for Africa's press conference on UK vaccine donations: 15 July 2021\n\nFrom: Foreign, Commonwealth & Development Office and Edward Pryce MP\n\nEDWARD PRYCE\nGood afternoon.\n\nDR MEERA COLLINGWOOD\nThank you, Minister.\n\nEDWARD PRYCE\nThank you.\n\nDR MEERA COLLINGWOOD\nThank you.\n",
			[]string{"statement|||Speech", "statement|Edward Pryce||Good afternoon.", "statement|Meera Collingwood||Thank you, Minister.", "statement|Edward Pryce||Thank you.", "statement|Meera Collingwood||Thank you."}, ""},
		{"a minister who held the press conference, named with the post in the opening paragraph, answers", "Press conference on Norway's international COVID-19 response\n\nMinister of International Development Kari Solberg-Haug held a digital press conference on Wednesday. The Minister answered questions from the press.\n\nQuestion: How much has Norway given?\n\nAnswer: NOK 2 billion.\n",
			[]string{"statement|||Minister of International Development Kari Solberg-Haug held a digital press conference on Wednesday.", "question|||How much has Norway given?", "answer|Kari Solberg-Haug||NOK 2 billion."}, "Kari Solberg-Haug"},
		{"an interview named after whom it heard", "Coronavirus - Jean-Yves Le Drian's interview with Sonia Mabrouk on Europe 1 (Paris, 14 April 2020)\n\nQ - And Italy?\n\nA - We sent masks to Italy.\n",
			[]string{"question|||And Italy?", "answer|Jean-Yves Le Drian||We sent masks to Italy."}, "Jean-Yves Le Drian"},
		{"a person who answers questions in the heading", "Coronavirus - M. Jean-Yves Le Drian answers questions from RFI (14 April 2020)\n\nQ - And Italy?\n\nA - We sent masks to Italy.\n",
			[]string{"question|||And Italy?", "answer|Jean-Yves Le Drian||We sent masks to Italy."}, "Jean-Yves Le Drian"},
		{"a hearing", "Hearing of Agnès Buzyn before the Social Affairs Committee of the Senate\n\nQ - And Italy?\n\nA - We sent masks to Italy.\n",
			[]string{"question|||And Italy?", "answer|Agnès Buzyn||We sent masks to Italy."}, "Agnès Buzyn"},
		{"an outlet's or a post's interview names no one who answers", "Xinhua's interview with Foreign Minister Wang Yi\n\nQ: And Italy?\n\nA: We sent masks to Italy.\n",
			[]string{"question|||And Italy?", "answer|||We sent masks to Italy."}, ""},
		{"dash labels in capitals: four words, an honorific dropped", "Daily Press Briefing - 9 April 2020\n\nQ - Has France sent masks to Italy?\n\nMS VON DER MÜHLL - Yes, France sent masks.\n\nQ - And to Mali?\n\nAGNÈS VON DER MÜHLL - We sent tests.\n",
			[]string{"question|||Has France sent masks to Italy?", "answer|Von Der Mühll||Yes, France sent masks.", "question|||And to Mali?", "answer|Agnès Von Der Mühll||We sent tests."}, ""},
		{"items headed by a topic, with a dash or a colon, are no turns; a post with a field is", "Daily Press Briefing - 9 April 2020\n\nHUMAN RIGHTS - France condemns the arrests.\n\nClimate: France welcomes the agreement.\n\nPUBLIC HEALTH - France sent masks.\n\nQ - And Niger?\n\nHEALTH MINISTER - We sent tests.\n",
			[]string{"statement|||HUMAN RIGHTS - France condemns the arrests.", "question|||And Niger?", "answer|Health Minister||We sent tests."}, ""},
		{"initials from the speaker key alone on their line are the key's speakers, not outlets' bare labels", "COVID-19 virtual press conference\n\nSpeaker key:\nCO Christian Obuya\nTAG Dr Tedros Adhanom Ghebreyesus\nSBY Dr Samir Ben Yahia\n\nCO\nWelcome. With us are Dr Tedros and Dr Samir Ben Yahia.\n\nQUESTION\nIs WHO helping Bolivia?\n\nTAG\nOn the United States, we have nothing to add.\n\nSBY\nOn Bolivia: PAHO delivered test kits.\n\nCO\nNext question.\n\nQUESTION\nIs this a bilateral deal?\n\nTAG\nWe understand.\n",
			[]string{"statement|||Speaker key:", "statement|Christian Obuya||Welcome.", "question|||Is WHO helping Bolivia?", "answer|Tedros Adhanom Ghebreyesus||On the United States, we have nothing to add.", "statement|Samir Ben Yahia||On Bolivia: PAHO delivered test kits.", "statement|Christian Obuya||Next question.", "question|||Is this a bilateral deal?", "answer|Tedros Adhanom Ghebreyesus||We understand."}, ""},
		{"labels of a translated transcript in their language: the list of participants, the moderator, a journalist", "Coletiva de imprensa - 11/05/2020\n\nParticipantes: Ministro da Saúde, Nelson Teich.\n\nMEDIADOR: Good afternoon.\n\nMINISTRO NELSON TEICH: Good afternoon to all.\n\nJORNALISTA (Folha de S.Paulo): Minister, will Brazil help Paraguay?\n\nMINISTRO NELSON TEICH: Yes.\n",
			[]string{"statement|||Participantes: Ministro da Saúde, Nelson Teich.", "statement|||Good afternoon.", "statement|Nelson Teich||Good afternoon to all.", "question||Folha de S.Paulo|Minister, will Brazil help Paraguay?", "answer|Nelson Teich||Yes."}, ""},
		{"the spokesperson named with a body in the page's opening line, who answered questions; a rank before the name is no part of it", "Regular Press Conference of the Ministry of Commerce (April 16, 2020)\n\nOn April 16, spokesperson Gao Feng of the Ministry of Commerce (MOFCOM) answered questions from reporters via an online platform.\n\nQ: [Economic Daily] What about exports?\n\nA: Exports grew.\n",
			[]string{"statement|Gao Feng||On April 16, spokesperson Gao Feng of the Ministry of Commerce (MOFCOM) answered questions from reporters via an online platform.", "question||Economic Daily|What about exports?", "answer|Gao Feng||Exports grew."}, "Gao Feng"},
		{"a rank between the post and the name", "Weekly briefing\n\nCairo - Cabinet spokesperson Counsellor Nader Saad held the weekly briefing.\n\nQ: What about vaccines?\n\nA: They arrived.\n",
			[]string{"statement|Nader Saad||Cairo - Cabinet spokesperson Counsellor Nader Saad held the weekly briefing.", "question|||What about vaccines?", "answer|Nader Saad||They arrived."}, "Nader Saad"},
		{"a list of participants that gives each one's initials after the post", "Press briefing\n\nParticipants:\nMinister for Development Cooperation Mads Kjeldsen (MK)\nDirector-General of the Danish Emergency Management Agency (DEMA) Lise Bonde (LB)\nHead of Press Søren Friis (SF), moderator\n\nSF: Welcome.\n\nMK: Thank you, Søren.\n\nLB: Thank you.\n",
			[]string{"statement|||Participants:", "statement|Søren Friis||Welcome.", "statement|Mads Kjeldsen||Thank you, Søren.", "statement|Lise Bonde||Thank you."}, ""},
		{"labels that give their speaker's initials, which label the later turns", "Media briefing\n\nDaniel Epstein (DE): Good morning.\n\nDr. Carissa F. Etienne (CE): Thank you, Dan.\n\nDE: The first question.\n\nCE: That is for Argentina.\n",
			[]string{"statement|Daniel Epstein||Good morning.", "statement|Carissa F. Etienne||Thank you, Dan.", "statement|Daniel Epstein||The first question.", "statement|Carissa F. Etienne||That is for Argentina."}, ""},
		{"surnames with the body they speak for; the list of spokespersons is no turn; a Polish journalist's label", "Government press conference of 27 March 2020\n\nSpokespersons: Steffen Seibert, Maria Adebahr (Federal Foreign Office), Hanno Kautz (BMG)\n\nAdebahr (Federal Foreign Office): We sent aid.\n\nQuestion: And health?\n\nKautz (BMG): We ordered masks.\n\nDziennikarz (PAP): Will you help?\n",
			[]string{"statement|||Spokespersons: Steffen Seibert, Maria Adebahr (Federal Foreign Office), Hanno Kautz (BMG)", "statement|Adebahr||We sent aid.", "question|||And health?", "answer|Kautz||We ordered masks.", "question||PAP|Will you help?"}, ""},
		{"the spokesperson named below the heading; only the questions labelled, the answers in the paragraphs below them", "Daily Press Briefing - 9 April 2020\n\nStatements by the Spokesperson, Agnès von der Mühll\n\n1 - Libya\n\nFrance condemns the shelling.\n\nQ - Is France receiving masks from China? Are these donations?\n\nThey are purchases, not gifts.\n\nFrance has also received donations.\n\nQ - What about Italy?\n\nWe sent masks to Italy.\n",
			[]string{"statement|Agnès von der Mühll||Statements by the Spokesperson, Agnès von der Mühll", "question|||Is France receiving masks from China?", "answer|Agnès von der Mühll||They are purchases, not gifts.", "question|||What about Italy?", "answer|Agnès von der Mühll||We sent masks to Italy."}, "Agnès von der Mühll"},
		{"a deputy spokesperson named on a label line below the heading reads the statements and answers; a page's contents are no speaker", "Ministère de l'Europe et des Affaires étrangères\nFrance Diplomacy – Press briefing by the Deputy Spokesperson\nParis, 9 April 2020\n\nDeputy Spokesperson: Élise Marchand\n\nContents:\n1. Lebanon – Delivery of medical equipment\n\n1. Lebanon – Delivery of medical equipment\n\nFrance sent 12 tonnes of equipment.\n\nQ - Will France send more?\n\nR - Yes.\n",
			[]string{"statement|Élise Marchand||France Diplomacy – Press briefing by the Deputy Spokesperson", "question|||Will France send more?", "answer|Élise Marchand||Yes."}, "Élise Marchand"},
		{"UN Geneva's 'Chaired by' and 'Briefers:' lines list who speaks; neither is a speaker", "UNITED NATIONS OFFICE AT GENEVA\nRegular press briefing of the United Nations Information Service\nTuesday, 12 May 2020\n\nChaired by Martine Dufresne, Chief, Press Section\n\nBriefers: Tomas Lindqvist (OCHA), Amara Diallo (UNICEF)\n\nMartine Dufresne (UNIS): Good morning.\n\nTomas Lindqvist (OCHA): Thank you.\n",
			[]string{"statement|||Regular press briefing of the United Nations Information Service", "statement|Martine Dufresne||Good morning.", "statement|Tomas Lindqvist||Thank you."}, ""},
		{"a post, its body after a comma, then its holder in brackets", "Coletiva\n\nEXECUTIVE SECRETARY, MINISTRY OF HEALTH (Roberto Saldanha): Thank you.\n",
			[]string{"statement|Roberto Saldanha||Thank you."}, ""},
		{"a recording's time stamp before a label", "Transcript of the press briefing\n\n[00:00:05] Esther Kroon: Good afternoon.\n\n(00:04:12) Dr Bakker: Thank you.\n\n00:05:40 Esther Kroon: Questions?\n",
			[]string{"statement|Esther Kroon||Good afternoon.", "statement|Bakker||Thank you.", "statement|Esther Kroon||Questions?"}, ""},
		{"a four-word name after the post, alone on its line below the heading", "Regular Press Conference of the Ministry of Foreign Affairs\nSpokesperson Le Thi Thu Hang\n09/04/2020\n\nQ: Will Viet Nam send masks?\n\nA: Yes.\n",
			[]string{"statement|Le Thi Thu Hang||Spokesperson Le Thi Thu Hang", "question|||Will Viet Nam send masks?", "answer|Le Thi Thu Hang||Yes."}, "Le Thi Thu Hang"},
		{"a question's second paragraph stays the question's when a named speaker answers", "Briefing\n\nQuestion: Is it a gift? I ask because of the reports.\n\nAnd who paid?\n\nSeibert: It is a gift.\n",
			[]string{"question|||Is it a gift?", "answer|Seibert||It is a gift."}, ""},
		{"names and a dash before the words, one speaker named once but listed above", "Midday briefing - 8 April 2020\n\nSpokespersons: Eric Mamer; Balazs Ujvari\n\nEric Mamer — Good afternoon. Balazs, on rescEU.\n\nBalazs Ujvari — Yes. We delivered masks.\n\nEric Mamer — Thank you.\n",
			[]string{"statement|||Spokespersons: Eric Mamer; Balazs Ujvari", "statement|Eric Mamer||Good afternoon.", "statement|Balazs Ujvari||Yes.", "statement|Eric Mamer||Thank you."}, ""},
		{"an outlet no one introduced asks, then says why", "Press conference\n\nPM Bainimarama: Good evening.\n\nFiji Sun: Prime Minister, when will the borders reopen? The industry is suffering.\n\nPM Bainimarama: When it is safe.\n",
			[]string{"statement|PM Bainimarama||Good evening.", "question||Fiji Sun|Prime Minister, when will the borders reopen?", "answer|PM Bainimarama||When it is safe."}, ""},
		{"posts and names in capitals alone on their lines, introduced after a post or a comma", "Ministerio de Salud - Gobierno de Chile\n\nMinister of Health Enrique Paris, together with the Undersecretary of Public Health, Paula Daza, delivered the report.\n\nMINISTER ENRIQUE PARIS\nGood morning.\n\nPERIODISTA (CNN Chile): Minister, is it true?\n\nMINISTER ENRIQUE PARIS\nWe are in contact.\n\nPERIODISTA (La Tercera): And the second dose?\n\nUNDERSECRETARY PAULA DAZA\nThey must present.\n",
			[]string{"statement|||Minister of Health Enrique Paris, together with the Undersecretary of Public Health, Paula Daza, delivered the report.", "statement|Enrique Paris||Good morning.", "question||CNN Chile|Minister, is it true?", "answer|Enrique Paris||We are in contact.", "question||La Tercera|And the second dose?", "answer|Paula Daza||They must present."}, ""},
		{"a post opening with an ordinal is a label; share and download bars are none", "Press conference after the government meeting\n\nFirst Deputy Prime Minister Jan Hamáček:\nWe sent respirators to Italy.\n\nSdílet: Facebook | Twitter | Tisk\n\nDownload: Press release (PDF)\n",
			[]string{"statement|Jan Hamáček||We sent respirators to Italy."}, ""},
		{"a dateline with a dash is no label", "Weekly Press Briefing by the Spokesperson, Ambassador Dina Mufti\n\nAddis Ababa - The Spokesperson gave the weekly press briefing today. He spoke of the dam.\n\nQuestion (ENA): Will Addis Ababa host the talks?\n\nAmbassador Dina: Yes.\n",
			[]string{"statement|Dina Mufti||Addis Ababa - The Spokesperson gave the weekly press briefing today.", "question||ENA|Will Addis Ababa host the talks?", "answer|Dina||Yes."}, "Dina Mufti"},
		{"the spokesperson after a dash in a heading in capitals; a post in capitals before a dash answers; a section heading in capitals with a dash is no label", "Ministry for Europe and Foreign Affairs\n\nDAILY PRESS BRIEFING BY THE SPOKESPERSON - AGNÈS VON DER MÜHLL\nParis, 2 April 2020\n\nTEAM EUROPE - SUPPORT FOR PARTNER COUNTRIES\n\nFrance welcomes the package.\n\nQUESTION - Is it new money?\n\nTHE SPOKESPERSON - No, it is reoriented.\n",
			[]string{"statement|Agnès Von Der Mühll||DAILY PRESS BRIEFING BY THE SPOKESPERSON - AGNÈS VON DER MÜHLL", "question|||Is it new money?", "answer|Agnès Von Der Mühll||No, it is reoriented."}, "Agnès Von Der Mühll"},
		{"the spokesperson named by a label heading the page; answers marked R", "Spokesperson: Agnès von der Mühll\nQ&A - Excerpts from the press briefing (29 April 2021)\n\nR - France has sent oxygen to India.\n",
			[]string{"statement|Agnès von der Mühll||Q&A - Excerpts from the press briefing (29 April 2021)", "answer|Agnès von der Mühll||France has sent oxygen to India."}, "Agnès von der Mühll"},
		{"a spokesperson's office in a heading in capitals names no one", "United Nations\n\nDAILY PRESS BRIEFING BY THE OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL\n\nGood afternoon.\n",
			[]string{"statement|||DAILY PRESS BRIEFING BY THE OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL"}, ""},
		{"a post before the name in a heading in capitals is no part of it", "Presidential Communications Operations Office\n\nPRESS BRIEFING OF PRESIDENTIAL SPOKESPERSON SECRETARY HARRY ROQUE\n\nSEC. ROQUE: Good afternoon.\n",
			[]string{"statement|Harry Roque||PRESS BRIEFING OF PRESIDENTIAL SPOKESPERSON SECRETARY HARRY ROQUE", "statement|Roque||Good afternoon."}, "Harry Roque"},
		{"numbered points are not speakers", "A briefing\n\nWang Wei:\nFirst: we sent masks.\nNote: this is long.\n",
			[]string{"statement|Wang Wei||First: we sent masks."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := transcript.Parse(tt.name, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tu := range d.Turns {
				first := ""
				if len(tu.Sentences) > 0 {
					first = d.Text[tu.Sentences[0].Start:tu.Sentences[0].End]
				}
				got = append(got, strings.Join([]string{tu.Role.String(), tu.Speaker, tu.Outlet, first}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("turns:\n got %q\nwant %q", got, tt.want)
			}
			if d.Spokesperson != tt.spk {
				t.Errorf("spokesperson = %q, want %q", d.Spokesperson, tt.spk)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"held a press conference. March 28, 2020", "2020-03-28"},
		{"2020-03-23 22:53", "2020-03-23"},
		{"Regular Press Conference on Mar. 3, 2020", "2020-03-03"},
		{"Briefing, 28 March 2020", "2020-03-28"},
		{"2020/4/1", "2020-04-01"},
		{"NATIONAL BRIEFING - THURSDAY, APRIL 9TH, 2020", "2020-04-09"},
		{"PRESS BRIEFING 12 MAY 2020", "2020-05-12"},
		{"MAY WE ASK 12 QUESTIONS IN 2020", ""},
		{"February 30, 2020", ""},
		{"no date here", ""},
	}
	for _, tt := range tests {
		got, ok := transcript.FindDate(tt.in)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tt.want {
			t.Errorf("FindDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	text := `Mr. Luo said the U.S. gave 3.5 million masks. The first team arrived on Feb. 27. "Thank you." Done`
	var got []string
	for _, s := range transcript.Sentences(text, 0, len(text)) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Mr. Luo said the U.S. gave 3.5 million masks.", "The first team arrived on Feb. 27.", `"Thank you."`, "Done"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences:\n got %q\nwant %q", got, want)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, transcript.ErrEmpty},
		{"blank", []byte(" \n\t\n"), transcript.ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), transcript.ErrBinary},
		{"latin-1", []byte("caf\xe9 au lait"), transcript.ErrNotUTF8},
		{"huge", make([]byte, transcript.MaxSize+1), transcript.ErrTooLarge},
		{"html with no text", []byte("<html><body><script>x()</script></body></html>"), transcript.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := transcript.Parse("in/"+tt.name+".txt", tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), "in/"+tt.name+".txt") {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>t</title><script>var x=1;</script></head><body>
<nav>HOME &gt; News</nav><h1>SCIO briefing on aid</h1><p>March 28, 2020</p>
<p>Luo Zhaohui:</p><p>We have sent medical teams to Italy.</p><footer>Copyright</footer></body></html>`
	d, err := transcript.Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "t" && d.Title != "SCIO briefing on aid" {
		t.Errorf("title = %q", d.Title)
	}
	if len(d.Turns) == 0 || d.Turns[len(d.Turns)-1].Speaker != "Luo Zhaohui" {
		t.Fatalf("turns = %+v", d.Turns)
	}
	if strings.Contains(d.Text, "var x") || strings.Contains(d.Text, "HOME") {
		t.Errorf("script or navigation kept in text: %q", d.Text)
	}
}

func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../../data/scio-covid19-international-cooperation-p4.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := transcript.Parse("seed", data)
	if err != nil {
		t.Fatal(err)
	}
	if d.Date.Format(time.DateOnly) != "2020-03-28" {
		t.Errorf("date = %v", d.Date)
	}
	var speakers []string
	for _, tu := range d.Turns {
		if tu.Speaker != "" {
			speakers = append(speakers, tu.Speaker)
		}
		for _, s := range tu.Sentences {
			if strings.Contains(d.Text[s.Start:s.End], "Bookmark") || strings.Contains(d.Text[s.Start:s.End], "<  1") {
				t.Errorf("chrome kept as a sentence: %q", d.Text[s.Start:s.End])
			}
		}
	}
	if strings.Join(speakers, ",") != "Luo Zhaohui,Zeng Yixin" {
		t.Errorf("speakers = %v", speakers)
	}
}

func FuzzParse(f *testing.F) {
	seed, _ := os.ReadFile("../../data/scio-covid19-international-cooperation-p4.txt")
	f.Add(seed)
	f.Add([]byte("Q: CGTN: x?\nA: y.\n"))
	f.Add([]byte("<html><body><p>A:</p></body></html>"))
	f.Add([]byte("MS ORTAGUS: Hi. Mr. X. U.S. 3.5"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := transcript.Parse("fuzz", data)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatal("text is not UTF-8")
		}
		prev := 0
		for _, tu := range d.Turns {
			if tu.Start < 0 || tu.End > len(d.Text) || tu.Start > tu.End {
				t.Fatalf("turn out of range: %d-%d of %d", tu.Start, tu.End, len(d.Text))
			}
			for _, s := range tu.Sentences {
				if s.Start < tu.Start || s.End > tu.End || s.Start >= s.End || s.Start < prev {
					t.Fatalf("sentence %d-%d outside turn %d-%d or out of order", s.Start, s.End, tu.Start, tu.End)
				}
				if !utf8.ValidString(d.Text[s.Start:s.End]) {
					t.Fatalf("sentence splits a character")
				}
				prev = s.Start
			}
		}
	})
}

func TestIsChair(t *testing.T) {
	for label, want := range map[string]bool{"MODERATOR": true, "Programme Director": true, "Host": true, "Spokesperson": false, "Zhao Lijian": false} {
		if got := transcript.IsChair(label); got != want {
			t.Errorf("IsChair(%q) = %v, want %v", label, got, want)
		}
	}
}

func TestSiteAboveHeading(t *testing.T) {
	d, err := transcript.Parse("site", []byte("Ministry of Foreign Affairs of the People's Republic of China\n\nForeign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 10, 2021\n\nQ: A question?\n\nA: An answer.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Site != "Ministry of Foreign Affairs of the People's Republic of China" || d.Title != "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 10, 2021" || d.Spokesperson != "Hua Chunying" {
		t.Errorf("site %q, title %q, spokesperson %q", d.Site, d.Title, d.Spokesperson)
	}
}
