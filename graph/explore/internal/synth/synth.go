// Package synth generates a deterministic synthetic graph in briefgraph's
// vocabulary — countries, organisations, places, people, government bodies,
// documents with turns and sentences, and aid actions with their evidence —
// for load tests and benchmarks of the explorer. The same Config always
// gives the same quads.
package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// Config sizes the graph. About 210 quads are made per document, plus
// about 6 per entity: 500 documents give a little over 100k quads.
type Config struct {
	Seed      uint64
	Documents int
	Countries int // default 200
	Orgs      int // default 60
	Places    int // default 20
	People    int // default 300
	Donors    int // countries that give most aid; default 20
}

// Graph is a generated graph and the IRIs a load test picks from.
type Graph struct {
	Quads     []quad.Quad
	Countries []string // Countries[0] is the largest donor
	Donors    []string
	Orgs      []string
	People    []string
	Documents []string
}

func (c *Config) defaults() {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.Documents, 500)
	def(&c.Countries, 200)
	def(&c.Orgs, 60)
	def(&c.Places, 20)
	def(&c.People, 300)
	def(&c.Donors, 20)
	if c.Donors > c.Countries {
		c.Donors = c.Countries
	}
}

// Generate builds the graph described by c.
func Generate(c Config) *Graph {
	c.defaults()
	rng := rand.New(rand.NewPCG(c.Seed, 0x6272696566)) // "brief"
	g := &Graph{}
	var label quad.Value
	add := func(s quad.Value, p string, o quad.Value) {
		g.Quads = append(g.Quads, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: label})
	}
	iri := func(format string, a ...any) quad.IRI { return quad.IRI(voc.IDBase + fmt.Sprintf(format, a...)) }
	integer := func(n int) quad.Value { return quad.Int(int64(n)) }

	entity := func(id quad.IRI, class, name string, alts ...string) {
		add(id, voc.Type, quad.IRI(class))
		add(id, voc.Name, quad.String(name))
		for _, a := range alts {
			add(id, voc.AlternateName, quad.String(a))
		}
	}
	var countries, orgs, places, people, govs []quad.IRI
	for i := 0; i < c.Countries; i++ {
		id := iri("country/c%03d", i)
		code := fmt.Sprintf("%c%c", 'A'+i/26%26, 'A'+i%26)
		entity(id, voc.Country, fmt.Sprintf("Land %d", i), fmt.Sprintf("Landish %d", i))
		add(id, voc.ISO2, quad.String(code))
		add(id, voc.ISO3, quad.String(code+"X"))
		add(id, voc.SameAs, quad.IRI(fmt.Sprintf("%sQ%d", voc.WikidataNS, 1000+i)))
		countries = append(countries, id)
		g.Countries = append(g.Countries, string(id))
		gov := iri("gov/c%03d/ministry-of-health", i)
		entity(gov, voc.GovernmentOrganization, fmt.Sprintf("Ministry of Health of Land %d", i))
		add(gov, voc.CountryOf, id)
		govs = append(govs, gov)
	}
	g.Donors = g.Countries[:c.Donors]
	for i := 0; i < c.Orgs; i++ {
		id := iri("org/o%03d", i)
		entity(id, voc.Organization, fmt.Sprintf("Organisation %d", i), fmt.Sprintf("ORG%d", i))
		add(id, voc.Kind, quad.String("igo"))
		orgs = append(orgs, id)
		g.Orgs = append(g.Orgs, string(id))
	}
	for i := 0; i < c.Places; i++ {
		id := iri("place/p%03d", i)
		entity(id, voc.Place, fmt.Sprintf("Region %d", i))
		places = append(places, id)
	}
	for i := 0; i < c.People; i++ {
		id := iri("person/person-%03d", i)
		// Speakers mostly come from donor countries' governments.
		ci := i % c.Countries
		if i%3 != 0 {
			ci = i % c.Donors
		}
		entity(id, voc.Person, fmt.Sprintf("Speaker %d", i))
		add(id, voc.JobTitle, quad.String("Vice Minister"))
		add(id, voc.Affiliation, govs[ci])
		add(id, voc.CountryOf, countries[ci])
		people = append(people, id)
		g.People = append(g.People, string(id))
	}
	// Zipf-like choice of donors: the first donors give far more.
	donor := func() int {
		return int(float64(c.Donors) * rng.Float64() * rng.Float64() * rng.Float64())
	}
	recipients := func() quad.IRI {
		switch rng.IntN(10) {
		case 0, 1:
			return orgs[rng.IntN(len(orgs))]
		case 2:
			return places[rng.IntN(len(places))]
		}
		return countries[rng.IntN(len(countries))]
	}
	types := voc.AidTypes()
	cameo := map[string]string{voc.MedicalTeam: "073", voc.Supplies: "073", voc.Funding: "071",
		voc.ExpertExchange: "064", voc.KnowledgeSharing: "064", voc.ResearchCooperation: "061", voc.OtherAid: "060"}
	for d := 0; d < c.Documents; d++ {
		doc := iri("doc/synthetic-%04d", d)
		label = doc
		g.Documents = append(g.Documents, string(doc))
		date := fmt.Sprintf("20%02d-%02d-%02d", 20+d%5, 1+d%12, 1+d%28)
		add(doc, voc.Type, quad.IRI(voc.Document))
		add(doc, voc.Title, quad.String(fmt.Sprintf("Press briefing %d on international cooperation", d)))
		add(doc, voc.Date, quad.String(date))
		add(doc, voc.Source, quad.String(fmt.Sprintf("synthetic/%04d.txt", d)))
		host := donor()
		speakers := []quad.IRI{people[(d*7)%len(people)], people[(d*7+1)%len(people)]}
		mentioned := map[quad.IRI]bool{countries[host]: true}
		var turns []quad.IRI
		for t := 1; t <= 10; t++ {
			turn := quad.IRI(fmt.Sprintf("%s/turn/%d", doc, t))
			turns = append(turns, turn)
			add(doc, voc.HasTurn, turn)
			add(turn, voc.Type, quad.IRI(voc.Turn))
			add(turn, voc.Ordinal, integer(t))
			if t%2 == 1 {
				add(turn, voc.Role, quad.String("question"))
				add(turn, voc.Asker, orgs[(d+t)%len(orgs)])
				mentioned[orgs[(d+t)%len(orgs)]] = true
			} else {
				add(turn, voc.Role, quad.String("answer"))
				sp := speakers[t/2%2]
				add(turn, voc.Speaker, sp)
				add(doc, voc.Speaker, sp)
			}
		}
		offset := 0
		for a := 0; a < 8; a++ {
			prov := countries[donor()]
			if a%4 == 0 {
				prov = countries[host]
			}
			rec := recipients()
			if rec == prov {
				rec = countries[(host+1+a)%len(countries)]
			}
			typ := types[rng.IntN(len(types))]
			n := 1 + rng.IntN(30)
			text := fmt.Sprintf("We have provided %d units of %s to our partners this month.", n, typ)
			start := offset + 10
			offset = start + len(text)
			turn := turns[1+2*(a%5)]
			sent := quad.IRI(fmt.Sprintf("%s/sentence/%d-%d", doc, start, offset))
			add(doc, voc.HasSentence, sent)
			add(sent, voc.Type, quad.IRI(voc.Sentence))
			add(sent, voc.Text, quad.String(text))
			add(sent, voc.Start, integer(start))
			add(sent, voc.End, integer(offset))
			add(sent, voc.InTurn, turn)
			act := iri("aid/synthetic-%04d-%d", d, a)
			add(act, voc.Type, quad.IRI(voc.AidAction))
			add(act, voc.Provider, prov)
			add(act, voc.Recipient, rec)
			add(act, voc.AidType, quad.String(typ))
			add(act, voc.Quantity, quad.String(fmt.Sprintf("%d units", n)))
			add(act, voc.QuantityValue, integer(n))
			add(act, voc.Modality, quad.String([]string{voc.Reported, voc.Planned}[rng.IntN(2)]))
			add(act, voc.StatedBy, speakers[a%2])
			add(act, voc.Cameo, quad.String(cameo[typ]))
			add(act, voc.Evidence, sent)
			mentioned[prov], mentioned[rec] = true, true
		}
		for i := 0; i < 5; i++ {
			mentioned[countries[rng.IntN(len(countries))]] = true
		}
		for _, sp := range speakers {
			mentioned[sp] = true
		}
		// Map order is random: emit mentions in a fixed order.
		for _, e := range sortedIRIs(mentioned) {
			add(doc, voc.Mentions, e)
		}
	}
	return g
}

func sortedIRIs(m map[quad.IRI]bool) []quad.IRI {
	out := make([]quad.IRI, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
