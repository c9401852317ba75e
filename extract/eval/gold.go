package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ErrGold is wrapped by every error LoadGold returns for a gold file that is
// not in the gold format.
var ErrGold = errors.New("invalid gold annotation")

// Gold is the hand annotation of one document, in the format of
// ../shared/eval/seed.gold.json.
type Gold struct {
	// ID names the document; Text is the path of its transcript, relative to
	// the gold file. Both are informative only.
	ID   string `json:"id,omitempty"`
	Text string `json:"text,omitempty"`

	Speakers         []Entity `json:"speakers"`
	Persons          []Entity `json:"persons"`
	GovernmentBodies []Entity `json:"government_bodies"`
	Countries        []Entity `json:"countries"`
	Regions          []Entity `json:"regions"`
	Organisations    []Entity `json:"organisations"`
	AidActions       []Action `json:"aid_actions"`
}

// Entity is one annotated entity. Only Name and Aliases take part in
// matching; the other fields document the annotation.
type Entity struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases,omitempty"`
	Title       string   `json:"title,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Country     string   `json:"country,omitempty"`
	ISO2        string   `json:"iso2,omitempty"`
	Kind        string   `json:"kind,omitempty"`
}

// Names returns the entity's name followed by its aliases.
func (e Entity) Names() []string { return append([]string{e.Name}, e.Aliases...) }

// Action is one annotated aid action. Provider and Recipient are written as
// a name or alias of an entity in the entity lists; Type is one of the
// AidType values of graph/voc. Only those three take part in matching.
type Action struct {
	Provider  string `json:"provider"`
	Recipient string `json:"recipient"`
	Type      string `json:"type"`
	Quantity  string `json:"quantity,omitempty"`
	// Modality is "planned" for an announced or pledged action; empty or
	// "reported" for one that happened.
	Modality string `json:"modality,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

// entityKeys are the gold lists of entities, in the order the scorer reads them.
var entityKeys = [...]string{"speakers", "persons", "government_bodies", "countries", "regions", "organisations"}

// list returns the gold list of entities named key.
func (g *Gold) list(key string) []Entity {
	switch key {
	case "speakers":
		return g.Speakers
	case "persons":
		return g.Persons
	case "government_bodies":
		return g.GovernmentBodies
	case "countries":
		return g.Countries
	case "regions":
		return g.Regions
	case "organisations":
		return g.Organisations
	}
	return nil
}

// LoadGold reads a gold annotation. Like the Python scorer it reads only the
// keys it knows, exactly as spelled (JSON keys are case-sensitive here, unlike
// encoding/json's default), and ignores the others. A missing list is empty,
// a null one an error (the reference fails on it). Every entity needs a
// string name; every aid action a string provider, recipient and type.
// Errors wrap ErrGold, or the JSON syntax error.
func LoadGold(r io.Reader) (*Gold, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var top map[string]json.RawMessage
	if err := strictUnmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	if top == nil {
		return nil, fmt.Errorf("%w: not a JSON object", ErrGold)
	}
	g := &Gold{}
	if err := optionalString(top, "id", &g.ID); err != nil {
		return nil, err
	}
	if err := optionalString(top, "text", &g.Text); err != nil {
		return nil, err
	}
	for _, key := range entityKeys {
		items, err := objects(top, key)
		if err != nil {
			return nil, err
		}
		var es []Entity
		for i, m := range items {
			e, err := entity(m)
			if err != nil {
				return nil, fmt.Errorf("%w: %s[%d]: %v", ErrGold, key, i, err)
			}
			es = append(es, e)
		}
		switch key {
		case "speakers":
			g.Speakers = es
		case "persons":
			g.Persons = es
		case "government_bodies":
			g.GovernmentBodies = es
		case "countries":
			g.Countries = es
		case "regions":
			g.Regions = es
		case "organisations":
			g.Organisations = es
		}
	}
	items, err := objects(top, "aid_actions")
	if err != nil {
		return nil, err
	}
	for i, m := range items {
		var a Action
		var errs []error
		errs = append(errs, requiredString(m, "provider", &a.Provider))
		errs = append(errs, requiredString(m, "recipient", &a.Recipient))
		errs = append(errs, requiredString(m, "type", &a.Type))
		errs = append(errs, optionalString(m, "quantity", &a.Quantity))
		errs = append(errs, optionalString(m, "modality", &a.Modality))
		errs = append(errs, optionalString(m, "evidence", &a.Evidence))
		if err := errors.Join(errs...); err != nil {
			return nil, fmt.Errorf("%w: aid_actions[%d]: %v", ErrGold, i, err)
		}
		g.AidActions = append(g.AidActions, a)
	}
	return g, nil
}

func entity(m map[string]json.RawMessage) (Entity, error) {
	var e Entity
	errs := []error{requiredString(m, "name", &e.Name)}
	if raw, ok := m["aliases"]; ok && !isNull(raw) {
		var as []string
		if err := strictUnmarshal(raw, &as); err != nil {
			errs = append(errs, fmt.Errorf("aliases: want a list of strings"))
		}
		e.Aliases = as
	}
	// Informative fields: strings or null; anything else is kept out.
	for key, dst := range map[string]*string{"title": &e.Title, "affiliation": &e.Affiliation,
		"country": &e.Country, "iso2": &e.ISO2, "kind": &e.Kind} {
		_ = optionalString(m, key, dst)
	}
	return e, errors.Join(errs...)
}

// objects decodes top[key] as a list of JSON objects; missing is empty.
func objects(top map[string]json.RawMessage, key string) ([]map[string]json.RawMessage, error) {
	raw, ok := top[key]
	if !ok {
		return nil, nil
	}
	if isNull(raw) {
		return nil, fmt.Errorf("%w: %s: want a list of objects, got null", ErrGold, key)
	}
	var items []map[string]json.RawMessage
	if err := strictUnmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("%w: %s: want a list of objects", ErrGold, key)
	}
	for i, it := range items {
		if it == nil {
			return nil, fmt.Errorf("%w: %s[%d]: want an object, got null", ErrGold, key, i)
		}
	}
	return items, nil
}

func requiredString(m map[string]json.RawMessage, key string, dst *string) error {
	raw, ok := m[key]
	if !ok || isNull(raw) {
		return fmt.Errorf("%s: missing", key)
	}
	if err := strictUnmarshal(raw, dst); err != nil {
		return fmt.Errorf("%s: want a string", key)
	}
	return nil
}

func optionalString(m map[string]json.RawMessage, key string, dst *string) error {
	raw, ok := m[key]
	if !ok || isNull(raw) {
		return nil
	}
	if err := strictUnmarshal(raw, dst); err != nil {
		return fmt.Errorf("%w: %s: want a string", ErrGold, key)
	}
	return nil
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// strictUnmarshal decodes one JSON value, rejecting trailing data.
func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}
