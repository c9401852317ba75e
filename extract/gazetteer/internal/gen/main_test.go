package main

import (
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
