package graph_test

import (
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// Fixture IRIs: two documents that mention the same entities.
const (
	docA   = quad.IRI(voc.IDBase + "doc/a")
	docB   = quad.IRI(voc.IDBase + "doc/b")
	china  = quad.IRI(voc.IDBase + "country/CN")
	italy  = quad.IRI(voc.IDBase + "country/IT")
	serbia = quad.IRI(voc.IDBase + "country/RS")
	who    = quad.IRI(voc.IDBase + "org/WHO")
	zhao   = quad.IRI(voc.IDBase + "person/zhao-lijian")
	nhc    = quad.IRI(voc.IDBase + "gov/CN/nhc")
	asia   = quad.IRI(voc.IDBase + "place/asia")
)

func iri(s string) quad.IRI { return quad.IRI(s) }

// q builds one quad of document doc.
func q(s quad.IRI, p string, o quad.Value, doc quad.IRI) quad.Quad {
	return quad.Quad{Subject: s, Predicate: iri(p), Object: o, Label: doc}
}

// entity gives the quads a document states about an entity it mentions.
func entity(doc, e quad.IRI, class, name string) []quad.Quad {
	return []quad.Quad{
		q(e, voc.Type, iri(class), doc),
		q(e, voc.Name, quad.String(name), doc),
		q(doc, voc.Mentions, e, doc),
	}
}

// aid gives the quads of one aid action.
func aid(doc, a, provider, recipient quad.IRI, typ string) []quad.Quad {
	return []quad.Quad{
		q(a, voc.Type, iri(voc.AidAction), doc),
		q(a, voc.Provider, provider, doc),
		q(a, voc.Recipient, recipient, doc),
		q(a, voc.AidType, quad.String(typ), doc),
		q(a, voc.Quantity, quad.String("seven batches"), doc),
	}
}

// docAQuads is document A: China sends a medical team to Italy and shares
// knowledge with the WHO; Zhao Lijian of the NHC speaks.
func docAQuads() []quad.Quad {
	var qs []quad.Quad
	qs = append(qs,
		q(docA, voc.Type, iri(voc.Document), docA),
		q(docA, voc.Title, quad.String("Press conference on international cooperation"), docA),
		q(docA, voc.ContentHash, quad.String("hash-a-1"), docA),
		q(docA, voc.Date, quad.TypedString{Value: "2020-03-28", Type: "http://www.w3.org/2001/XMLSchema#date"}, docA),
		q(docA+"#t1", voc.Type, iri(voc.Turn), docA),
		q(docA+"#t1", voc.Speaker, zhao, docA),
		q(docA+"#t1", voc.Ordinal, quad.Int(1), docA),
		q(docA, voc.HasTurn, docA+"#t1", docA),
		q(docA+"#s1", voc.Text, quad.String("China has sent a medical team to Italy, \"seven batches\" of supplies.\nNew line."), docA),
		q(docA+"#s1", voc.Text, quad.LangString{Value: "中国向意大利派出医疗队", Lang: "zh"}, docA),
	)
	qs = append(qs, entity(docA, china, voc.Country, "China")...)
	qs = append(qs, entity(docA, italy, voc.Country, "Italy")...)
	qs = append(qs, entity(docA, who, voc.Organization, "World Health Organization")...)
	qs = append(qs, entity(docA, zhao, voc.Person, "Zhao Lijian")...)
	qs = append(qs, entity(docA, nhc, voc.GovernmentOrganization, "National Health Commission")...)
	qs = append(qs, q(who, voc.AlternateName, quad.String("WHO"), docA))
	qs = append(qs, q(china, voc.ISO2, quad.String("CN"), docA))
	qs = append(qs, aid(docA, docA+"#aid1", china, italy, voc.MedicalTeam)...)
	qs = append(qs, aid(docA, docA+"#aid2", china, who, voc.KnowledgeSharing)...)
	qs = append(qs, q(docA+"#aid1", voc.Evidence, docA+"#s1", docA))
	return qs
}

// docBQuads is document B: China sends supplies to Serbia; it states China's
// type and name again under its own label.
func docBQuads() []quad.Quad {
	var qs []quad.Quad
	qs = append(qs,
		q(docB, voc.Type, iri(voc.Document), docB),
		q(docB, voc.Title, quad.String("Briefing on aid to Serbia"), docB),
		q(docB, voc.ContentHash, quad.String("hash-b-1"), docB),
	)
	qs = append(qs, entity(docB, china, voc.Country, "China")...)
	qs = append(qs, entity(docB, serbia, voc.Country, "Serbia")...)
	qs = append(qs, entity(docB, asia, voc.Place, "Asia")...)
	qs = append(qs, aid(docB, docB+"#aid1", china, serbia, voc.Supplies)...)
	return qs
}
