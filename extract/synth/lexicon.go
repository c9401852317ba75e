package synth

// The word lists the generator draws from. They describe the genre, not any
// one transcript: real countries, organisations, outlets and the titles of
// the people who speak at government briefings, with made-up names.

// country is a country as a briefing names it.
type country struct {
	name    string // "Italy", "the Republic of Korea"
	short   string // a short form used in diplomatic English, or ""
	demonym string // "Italian"
	capital string
}

var countries = []country{
	{"Italy", "", "Italian", "Rome"},
	{"Serbia", "", "Serbian", "Belgrade"},
	{"Iran", "", "Iranian", "Tehran"},
	{"Iraq", "", "Iraqi", "Baghdad"},
	{"Cambodia", "", "Cambodian", "Phnom Penh"},
	{"Pakistan", "", "Pakistani", "Islamabad"},
	{"Venezuela", "", "Venezuelan", "Caracas"},
	{"the Philippines", "", "Philippine", "Manila"},
	{"Laos", "Lao PDR", "Lao", "Vientiane"},
	{"Myanmar", "", "Myanmar", "Nay Pyi Taw"},
	{"Spain", "", "Spanish", "Madrid"},
	{"France", "", "French", "Paris"},
	{"Germany", "", "German", "Berlin"},
	{"Greece", "", "Greek", "Athens"},
	{"Hungary", "", "Hungarian", "Budapest"},
	{"Poland", "", "Polish", "Warsaw"},
	{"Belgium", "", "Belgian", "Brussels"},
	{"the Netherlands", "", "Dutch", "Amsterdam"},
	{"Russia", "", "Russian", "Moscow"},
	{"Kazakhstan", "", "Kazakh", "Nur-Sultan"},
	{"Uzbekistan", "", "Uzbek", "Tashkent"},
	{"Mongolia", "", "Mongolian", "Ulaanbaatar"},
	{"the Republic of Korea", "the ROK", "South Korean", "Seoul"},
	{"Japan", "", "Japanese", "Tokyo"},
	{"Thailand", "", "Thai", "Bangkok"},
	{"Vietnam", "", "Vietnamese", "Hanoi"},
	{"Malaysia", "", "Malaysian", "Kuala Lumpur"},
	{"Indonesia", "", "Indonesian", "Jakarta"},
	{"Singapore", "", "Singaporean", "Singapore"},
	{"Bangladesh", "", "Bangladeshi", "Dhaka"},
	{"Sri Lanka", "", "Sri Lankan", "Colombo"},
	{"Nepal", "", "Nepali", "Kathmandu"},
	{"Egypt", "", "Egyptian", "Cairo"},
	{"Ethiopia", "", "Ethiopian", "Addis Ababa"},
	{"Nigeria", "", "Nigerian", "Abuja"},
	{"Kenya", "", "Kenyan", "Nairobi"},
	{"South Africa", "", "South African", "Pretoria"},
	{"Algeria", "", "Algerian", "Algiers"},
	{"Zimbabwe", "", "Zimbabwean", "Harare"},
	{"Senegal", "", "Senegalese", "Dakar"},
	{"Brazil", "", "Brazilian", "Brasilia"},
	{"Argentina", "", "Argentine", "Buenos Aires"},
	{"Peru", "", "Peruvian", "Lima"},
	{"Chile", "", "Chilean", "Santiago"},
	{"Mexico", "", "Mexican", "Mexico City"},
	{"Cuba", "", "Cuban", "Havana"},
	{"Ecuador", "", "Ecuadorian", "Quito"},
	{"the United States", "the U.S.", "American", "Washington"},
	{"the United Kingdom", "the UK", "British", "London"},
	{"Canada", "", "Canadian", "Ottawa"},
	{"Australia", "", "Australian", "Canberra"},
	{"New Zealand", "", "New Zealand", "Wellington"},
	{"Fiji", "", "Fijian", "Suva"},
	{"Papua New Guinea", "", "Papua New Guinean", "Port Moresby"},
	{"Saudi Arabia", "", "Saudi", "Riyadh"},
	{"the United Arab Emirates", "the UAE", "Emirati", "Abu Dhabi"},
	{"Turkey", "", "Turkish", "Ankara"},
	{"Afghanistan", "", "Afghan", "Kabul"},
	{"Ukraine", "", "Ukrainian", "Kyiv"},
	{"Switzerland", "", "Swiss", "Bern"},
}

// western are the governments whose briefings use the "MS X:" layout.
var western = []country{
	{"the United States", "", "American", "Washington"},
	{"the United Kingdom", "", "British", "London"},
	{"Canada", "", "Canadian", "Ottawa"},
	{"Australia", "", "Australian", "Canberra"},
	{"Germany", "", "German", "Berlin"},
	{"France", "", "French", "Paris"},
	{"Japan", "", "Japanese", "Tokyo"},
	{"New Zealand", "", "New Zealand", "Wellington"},
}

// org is an international organisation: its name and its acronym, if any.
type org struct{ name, acronym string }

var orgs = []org{
	{"the World Health Organization", "WHO"},
	{"the Association of Southeast Asian Nations", "ASEAN"},
	{"the African Union", "AU"},
	{"the European Union", "EU"},
	{"the Caribbean Community", "CARICOM"},
	{"the Shanghai Cooperation Organization", "SCO"},
	{"the United Nations Children's Fund", "UNICEF"},
	{"the World Bank", ""},
	{"the International Committee of the Red Cross", "ICRC"},
	{"the Africa Centres for Disease Control and Prevention", "Africa CDC"},
	{"the Group of Twenty", "G20"},
	{"the World Food Programme", "WFP"},
	{"the Asian Infrastructure Investment Bank", "AIIB"},
	{"the United Nations Development Programme", "UNDP"},
	{"the Gulf Cooperation Council", "GCC"},
	{"the Pan American Health Organization", "PAHO"},
}

var regions = []string{
	"Africa", "Europe", "Latin America", "South Asia", "Southeast Asia",
	"Central Asia", "the Middle East", "the South Pacific Island Countries",
	"the Caribbean", "Central and Eastern Europe",
}

// Chinese names: surname, then a given name of one or two syllables.
var (
	cnSurnames = []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
		"Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Zeng", "Xie", "Song", "Tang", "Deng", "Feng", "Han", "Cao", "Peng", "Geng"}
	cnSyllables = []string{"Wei", "Fang", "Jun", "Ming", "Hua", "Jian", "Yi", "Xin", "Hong", "Ping", "Lei", "Yan", "Bin",
		"Zhaohui", "Yixin", "Shuang", "Chunying", "Lijian", "Gang", "Qiang", "Hao", "Ning", "Tao", "Jing", "Xiaoguang", "Yu", "Kai", "Bo", "Wen", "Dong"}
	foreignFirst = []string{"Aleksandar", "Maria", "John", "Ana", "Mohammed", "Sergei", "Giulia", "Pierre", "Ahmed", "Carlos",
		"Elena", "David", "Fatima", "Hiroshi", "Kwame", "Olga", "Rafael", "Sarah", "Tomas", "Amina", "Morgan", "Ned", "Heather"}
	foreignLast = []string{"Petrovic", "Rossi", "Smith", "Garcia", "Hassan", "Ivanov", "Bianchi", "Dubois", "Khan", "Silva",
		"Popescu", "Miller", "Haddad", "Tanaka", "Mensah", "Kowalski", "Moreno", "Johnson", "Novak", "Diallo", "Ortagus", "Price", "Nauert"}
)

// bodies are Chinese government bodies with their acronyms, and the titles
// of the officials who speak for them at a SCIO briefing.
var bodies = []struct {
	name, acronym string
	titles        []string
}{
	{"the Ministry of Foreign Affairs", "MFA", []string{"vice minister of foreign affairs", "assistant minister of foreign affairs", "director general of the Department of International Organizations and Conferences of the Ministry of Foreign Affairs"}},
	{"the National Health Commission", "NHC", []string{"vice minister of the National Health Commission", "director general of the Department of International Cooperation of the National Health Commission"}},
	{"the Ministry of Commerce", "MOFCOM", []string{"vice minister of commerce", "assistant minister of commerce"}},
	{"the China International Development Cooperation Agency", "CIDCA", []string{"deputy head of the China International Development Cooperation Agency"}},
	{"the Ministry of Science and Technology", "MOST", []string{"vice minister of science and technology"}},
	{"the General Administration of Customs", "GAC", []string{"deputy director of the General Administration of Customs"}},
	{"the National Medical Products Administration", "NMPA", []string{"deputy head of the National Medical Products Administration"}},
}

// outlets ask questions, by name ("CGTN:") or in the heading of the turn.
var outlets = []string{"CGTN", "Xinhua News Agency", "China Daily", "People's Daily", "CCTV", "Phoenix TV",
	"Global Times", "Reuters", "AFP", "Bloomberg", "NHK", "RIA Novosti", "EFE", "The Paper", "Hubei Media Group", "China News Service"}

// Supplies, each with a plural noun a briefing counts.
var supplies = []string{"masks", "surgical masks", "N95 respirators", "test kits", "ventilators", "protective suits",
	"goggles", "gloves", "thermometers", "medical supplies", "disinfectant", "infrared thermometers", "ECMO machines"}

// Numbers as briefings write them.
var counts = []string{"two", "three", "five", "seven", "nine", "ten", "12", "20", "nearly 20", "more than 30",
	"over 100", "about 50", "several", "three batches of", "seven batches of"}

var bigCounts = []string{"10,000", "50,000", "100,000", "200,000", "1 million", "2.5 million", "nearly 300,000",
	"more than 1.2 million", "400,000", "tens of thousands of"}

var money = []string{"$20 million", "$50 million", "US$2 million", "$1.5 billion", "2 million US dollars",
	"30 million yuan", "$100,000", "$500,000", "$10 million", "200 million euros"}

var monthAbbr = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var topics = []string{
	"the cooperation between China and the international community in fighting COVID-19",
	"China's assistance to other countries in the fight against the epidemic",
	"the export of medical supplies and quality control",
	"the joint prevention and control of COVID-19 with neighboring countries",
	"international cooperation on vaccine research and development",
	"China's support for the World Health Organization",
}

// filler is the talk around the facts: it carries no aid action.
var filler = []string{
	"Thank you for your question.",
	"I would like to take this opportunity to thank all those who have supported us.",
	"The virus knows no borders, and the pandemic is a common challenge for all mankind.",
	"Solidarity and cooperation are the most powerful weapon against the epidemic.",
	"We have always maintained an open, transparent and responsible attitude.",
	"The situation remains grim and complex, and we must not let down our guard.",
	"Our position on this issue is consistent and clear.",
	"I don't have the details at hand, and I would refer you to the competent authorities.",
	"We highly appreciate the understanding and support of the international community.",
	"Many of their questions focused on how the measures work in practice.",
	"These moves have deeply touched us and encouraged our people.",
	"We will continue to work with all parties to safeguard global public health security.",
	"As I said earlier, the international community should stand together.",
	"We hope that relevant parties will take an objective and fair view of this.",
	"This reflects the friendship between our peoples.",
}

var questions = []string{
	"Could you give us more details on the assistance provided to other countries?",
	"What is your comment on the latest developments?",
	"How will China share its experience with the international community?",
	"Some countries have raised concerns about the quality of exported supplies. What is your response?",
	"Can you update us on the medical teams sent abroad?",
	"What role will international organizations play in the next stage?",
	"Is there any plan for further cooperation on vaccine research?",
	"How many countries have requested assistance so far?",
}
