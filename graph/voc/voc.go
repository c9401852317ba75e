// Package voc is briefgraph's vocabulary: the namespaces, classes and
// predicates of every quad the extractor writes and every query the tool
// runs. These names are a public API (see ../../README.md#vocabulary): users'
// queries, exports and the scorer depend on them, so they change only with
// a migration.
//
// Terms of our own live in [NS]; well-known terms are reused from RDF and
// schema.org. Every constant is a full IRI string; wrap it with quad.IRI.
package voc

import "github.com/cayleygraph/quad/voc"

// Namespaces.
const (
	// NS is the namespace of briefgraph's own classes and predicates.
	NS = "https://briefgraph.dev/ns#"
	// Prefix is the short prefix registered for NS.
	Prefix = "bg:"
	// IDBase is the base of every entity and document IRI the tool mints.
	IDBase = "https://briefgraph.dev/id/"

	rdfNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	schemaNS = "http://schema.org/"
	// WikidataNS is the base of Wikidata entity IRIs used with SameAs.
	WikidataNS = "http://www.wikidata.org/entity/"
)

func init() { voc.RegisterPrefix(Prefix, NS) }

// Pinned classes (VOCABULARY.md): the objects of Type.
const (
	// Person is a human being: a speaker or a person mentioned.
	Person = schemaNS + "Person"
	// GovernmentOrganization is a ministry, commission, agency, office, embassy.
	GovernmentOrganization = schemaNS + "GovernmentOrganization"
	// Country is a sovereign state or territory (ISO 3166-1).
	Country = schemaNS + "Country"
	// Organization is an international body, media outlet, party, company or NGO.
	Organization = schemaNS + "Organization"
	// Place is a region or a group of countries ("Africa", "South Pacific Island Countries").
	Place = schemaNS + "Place"
	// City is a city, province or state inside a country ("Wuhan", "Hubei"):
	// not one of the pinned entity classes, it locates aid in its country.
	City = schemaNS + "City"
	// AidAction is one act of help, cooperation or assistance, one per recipient.
	AidAction = NS + "AidAction"
)

// Classes of the document structure.
const (
	// Document is one transcript (or one page of it).
	Document = NS + "Document"
	// Turn is one speaker's uninterrupted contribution in a document.
	Turn = NS + "Turn"
	// Sentence is a span of a document's text, the evidence of a fact.
	Sentence = NS + "Sentence"
)

// Pinned predicates (VOCABULARY.md).
const (
	// Type links a node to its class.
	Type = rdfNS + "type"
	// Name is an entity's one canonical display name (a literal).
	Name = schemaNS + "name"
	// AlternateName is any other surface form seen or known (a literal).
	AlternateName = schemaNS + "alternateName"
	// Speaker links a Turn to the Person who speaks it.
	Speaker = NS + "speaker"
	// Provider links an AidAction to the entity that gives or does it.
	Provider = NS + "provider"
	// Recipient links an AidAction to the entity that receives it.
	Recipient = NS + "recipient"
	// AidType links an AidAction to one of the AidType values (a literal).
	AidType = NS + "aidType"
)

// Entity predicates.
const (
	// SameAs links an entity to its Wikidata item.
	SameAs = schemaNS + "sameAs"
	// ISO2 is a Country's ISO 3166-1 alpha-2 code.
	ISO2 = NS + "iso2"
	// ISO3 is a Country's ISO 3166-1 alpha-3 code.
	ISO3 = NS + "iso3"
	// JobTitle is a Person's title as written ("vice minister").
	JobTitle = schemaNS + "jobTitle"
	// Affiliation links a Person to the body, country or organisation they work for or represent.
	Affiliation = schemaNS + "affiliation"
	// CountryOf links a GovernmentOrganization (or a Person, a region member) to its Country.
	CountryOf = NS + "country"
	// ContainedIn links a City to its Country.
	ContainedIn = schemaNS + "containedInPlace"
	// Kind is an Organization's kind: igo, media, company, ngo, party.
	Kind = NS + "kind"
)

// AidAction predicates.
const (
	// Quantity is the amount as written ("seven batches", "nearly 20").
	Quantity = NS + "quantity"
	// QuantityValue is the number read from Quantity, where there is one.
	QuantityValue = NS + "quantityValue"
	// Modality is "reported" or "planned".
	Modality = NS + "modality"
	// StatedBy links an AidAction to the Person who stated it.
	StatedBy = NS + "statedBy"
	// Cameo is the action's CAMEO event code ("073").
	Cameo = NS + "cameo"
	// Date is the date of an action or a document (xsd:date literal, "2020-03-28").
	Date = schemaNS + "datePublished"
	// Evidence links an AidAction to the Sentence it was read from.
	Evidence = NS + "evidence"
	// Trigger is the word or phrase that signalled the action ("sent", "donated").
	Trigger = NS + "trigger"
)

// Document-structure predicates.
const (
	// Title is a document's title.
	Title = schemaNS + "headline"
	// Source is the file name or URL a document was read from.
	Source = schemaNS + "url"
	// ContentHash is the SHA-256 of a document's text, used to skip unchanged documents.
	ContentHash = NS + "contentHash"
	// HasTurn links a Document to each of its Turns.
	HasTurn = NS + "turn"
	// HasSentence links a Document to each evidence Sentence.
	HasSentence = NS + "sentence"
	// Ordinal is the position of a Turn in its document, from 1.
	Ordinal = NS + "ordinal"
	// Role is a Turn's role: "statement", "question" or "answer".
	Role = NS + "role"
	// Asker links a question Turn to the outlet or organisation that asked it.
	Asker = NS + "asker"
	// InTurn links a Sentence to the Turn it is part of.
	InTurn = NS + "inTurn"
	// Text is the exact text of a Sentence.
	Text = NS + "text"
	// Start is a Sentence's first character offset in its document (Unicode code points, from 0).
	Start = NS + "start"
	// End is the offset just past a Sentence's last character.
	End = NS + "end"
	// Mentions links a Document to every entity it mentions.
	Mentions = NS + "mentions"
	// PartOf links a page Document to the whole briefing it belongs to.
	PartOf = schemaNS + "isPartOf"
	// Position is a page's number within its briefing.
	Position = schemaNS + "position"
)

// AidType values (VOCABULARY.md): the closed set of an AidAction's type.
const (
	MedicalTeam         = "medical_team"
	Supplies            = "supplies"
	Funding             = "funding"
	ExpertExchange      = "expert_exchange"
	KnowledgeSharing    = "knowledge_sharing"
	ResearchCooperation = "research_cooperation"
	OtherAid            = "other"
)

// AidTypes returns the AidType values in a stable order.
func AidTypes() []string {
	return []string{MedicalTeam, Supplies, Funding, ExpertExchange, KnowledgeSharing, ResearchCooperation, OtherAid}
}

// Modality values.
const (
	Reported = "reported"
	Planned  = "planned"
)

// EntityClasses returns the pinned entity classes in a stable order.
func EntityClasses() []string {
	return []string{Person, GovernmentOrganization, Country, Organization, Place}
}
