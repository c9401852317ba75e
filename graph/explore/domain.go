package explore

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	bggraph "github.com/briefgraph/briefgraph/graph"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// NodeRef is the short description of a node: its IRI, display name and
// class local name ("Country", "AidAction", "Document"…).
type NodeRef struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Class string `json:"class,omitempty"`
}

// SearchQuery is an entity search.
type SearchQuery struct {
	// Q is matched, case-insensitively, against names, alternate names and
	// ISO codes: exact matches first, then prefixes, then substrings. An
	// empty Q lists entities by name.
	Q string
	// Class, when set, is an entity class local name: Person,
	// GovernmentOrganization, Country, Organization or Place.
	Class string
	// Limit caps the number of hits (default 20).
	Limit int
}

// SearchResult is the answer to a SearchQuery.
type SearchResult struct {
	Query string    `json:"query"`
	Class string    `json:"class,omitempty"`
	Hits  []NodeRef `json:"hits"`
	// Total is the number of matches before Limit.
	Total int `json:"total"`
}

// Link is one edge between an entity and another node.
type Link struct {
	// Predicate is the edge's full IRI; Label its local name.
	Predicate string `json:"predicate"`
	Label     string `json:"label"`
	// Direction is "out" when the entity is the subject, "in" when it is the object.
	Direction string  `json:"direction"`
	Node      NodeRef `json:"node"`
}

// DocRef describes a document briefly.
type DocRef struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
}

// AidCount counts an entity's aid actions.
type AidCount struct {
	Given    int `json:"given"`
	Received int `json:"received"`
}

// Entity is an entity's profile.
type Entity struct {
	NodeRef
	AlternateNames []string  `json:"alternateNames,omitempty"`
	ISO2           string    `json:"iso2,omitempty"`
	ISO3           string    `json:"iso3,omitempty"`
	SameAs         []string  `json:"sameAs,omitempty"`
	JobTitle       string    `json:"jobTitle,omitempty"`
	Kind           string    `json:"kind,omitempty"`
	Affiliations   []NodeRef `json:"affiliations,omitempty"`
	Country        *NodeRef  `json:"country,omitempty"`
	Aid            AidCount  `json:"aid"`
	// Links are the entity's edges to other nodes, aid actions and document
	// mentions excepted (see Aid and Documents).
	Links []Link `json:"links"`
	// Documents are the latest documents that mention the entity (at most
	// 100); DocumentCount counts them all.
	Documents     []DocRef `json:"documents"`
	DocumentCount int      `json:"documentCount"`
}

// maxEntityDocs caps Entity.Documents.
const maxEntityDocs = 100

// Evidence is the sentence an aid action was read from.
type Evidence struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Turn     int    `json:"turn,omitempty"`
	Document DocRef `json:"document"`
}

// AidAction is one act of aid as the explorer shows it.
type AidAction struct {
	ID        string  `json:"id"`
	Type      string  `json:"type"`
	Provider  NodeRef `json:"provider"`
	Recipient NodeRef `json:"recipient"`
	// Counterpart is the other side from the entity asked about: the
	// recipient of aid given, the provider of aid received.
	Counterpart   *NodeRef  `json:"counterpart,omitempty"`
	Quantity      string    `json:"quantity,omitempty"`
	QuantityValue *float64  `json:"quantityValue,omitempty"`
	Modality      string    `json:"modality,omitempty"`
	Cameo         string    `json:"cameo,omitempty"`
	Date          string    `json:"date,omitempty"`
	Trigger       string    `json:"trigger,omitempty"`
	StatedBy      *NodeRef  `json:"statedBy,omitempty"`
	Evidence      *Evidence `json:"evidence,omitempty"`
}

// Aid is an entity's aid given and received.
type Aid struct {
	Entity NodeRef `json:"entity"`
	// Given and Received are sorted by aid type, then counterpart name.
	Given    []AidAction `json:"given"`
	Received []AidAction `json:"received"`
	// GivenByType and ReceivedByType count every action by aid type, even
	// those cut from the lists by the limit.
	GivenByType    map[string]int `json:"givenByType"`
	ReceivedByType map[string]int `json:"receivedByType"`
	Truncated      bool           `json:"truncated,omitempty"`
}

// GraphEdge is an edge of a neighbourhood graph, ready for a graph view.
// Its ID is unique among nodes and edges.
type GraphEdge struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
	Label  string `json:"label"`
	// Action is the aid action an aid edge stands for; Evidence its
	// sentence and StatedBy the name of the person who stated it.
	Action   string `json:"action,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	StatedBy string `json:"statedBy,omitempty"`
}

// Graph is a node's neighbourhood: aid actions collapsed into
// provider→recipient edges labelled with the aid type, plus direct links
// between entities.
type Graph struct {
	Center    NodeRef     `json:"center"`
	Nodes     []NodeRef   `json:"nodes"`
	Edges     []GraphEdge `json:"edges"`
	Truncated bool        `json:"truncated,omitempty"`
}

// DocSummary is one line of the document list.
type DocSummary struct {
	DocRef
	Turns    int `json:"turns"`
	Speakers int `json:"speakers"`
	Facts    int `json:"facts"`
	Mentions int `json:"mentions"`
}

// Speaker is a person who speaks in a document.
type Speaker struct {
	NodeRef
	JobTitle string `json:"jobTitle,omitempty"`
	Turns    int    `json:"turns"`
}

// Turn is one turn of a document.
type Turn struct {
	ID      string   `json:"id"`
	Ordinal int      `json:"ordinal"`
	Role    string   `json:"role,omitempty"`
	Speaker *NodeRef `json:"speaker,omitempty"`
	Asker   *NodeRef `json:"asker,omitempty"`
}

// Document is one document with its speakers, turns and extracted facts.
type Document struct {
	DocRef
	Speakers []Speaker   `json:"speakers"`
	Turns    []Turn      `json:"turns"`
	Facts    []AidAction `json:"facts"`
	Mentions []NodeRef   `json:"mentions"`
}

// entityClasses maps accepted class names (lower-cased local names) to kinds.
var entityClasses = map[string]kind{
	"person": kindPerson, "governmentorganization": kindGov, "country": kindCountry,
	"organization": kindOrg, "place": kindPlace,
}

// maxQueryLen bounds a search string.
const maxQueryLen = 200

// Search finds entities by name, alternate name or code.
func (e *Explorer) Search(ctx context.Context, sq SearchQuery) (*SearchResult, error) {
	q := strings.ToLower(strings.TrimSpace(sq.Q))
	if utf8.RuneCountInString(q) > maxQueryLen {
		return nil, fmt.Errorf("%w: q is longer than %d characters", ErrBadRequest, maxQueryLen)
	}
	want := kindOther
	if sq.Class != "" {
		k, ok := entityClasses[strings.ToLower(bggraph.LocalName(sq.Class))]
		if !ok {
			return nil, fmt.Errorf("%w: unknown class %q (want Person, GovernmentOrganization, Country, Organization or Place)", ErrBadRequest, sq.Class)
		}
		want = k
	}
	limit := clamp(sq.Limit, 20, e.opts.MaxResults)
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	type hit struct {
		n     nid
		score int
	}
	var hits []hit
	for _, sk := range ix.entities {
		if want != kindOther && ix.kind[sk.n] != want {
			continue
		}
		best := -1
		for i, k := range sk.keys {
			s := matchScore(k, q)
			if s < 0 {
				continue
			}
			if i > 0 {
				s++ // the canonical name beats an alias matching equally
			}
			if best < 0 || s < best {
				best = s
			}
		}
		if best >= 0 {
			hits = append(hits, hit{sk.n, best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score < hits[j].score })
	res := &SearchResult{Query: sq.Q, Class: sq.Class, Total: len(hits), Hits: []NodeRef{}}
	for i := 0; i < len(hits) && i < limit; i++ {
		res.Hits = append(res.Hits, ix.ref(hits[i].n))
	}
	return res, nil
}

// matchScore ranks how key matches q: 0 equal, 2 prefix, 4 word prefix, 6
// substring, -1 no match. An empty q matches everything equally.
func matchScore(key, q string) int {
	switch {
	case q == "":
		return 0
	case key == q:
		return 0
	case strings.HasPrefix(key, q):
		return 2
	}
	if !strings.Contains(key, q) {
		return -1
	}
	for i := 0; i < len(key); {
		j := strings.Index(key[i:], q)
		if j < 0 {
			break
		}
		j += i
		r, _ := utf8.DecodeLastRuneInString(key[:j])
		if j == 0 || (!unicode.IsLetter(r) && !unicode.IsDigit(r)) {
			return 4
		}
		i = j + 1
	}
	return 6
}

// clamp returns v, or def when v is not positive, capped at max.
func clamp(v, def, max int) int {
	if v <= 0 {
		v = def
	}
	if v > max {
		v = max
	}
	return v
}

// lookup resolves an id to a node of the index, or ErrNotFound.
func (ix *index) lookup(id string) (nid, error) {
	iri, err := parseID(id)
	if err != nil {
		return none, err
	}
	n := ix.lookupIRI(iri)
	if n == none {
		return none, fmt.Errorf("%w: no node %s", ErrNotFound, iri)
	}
	return n, nil
}

// lookupEntity resolves an id that must name an entity (or, with docsToo, a document).
func (ix *index) lookupEntity(id string) (nid, error) {
	n, err := ix.lookup(id)
	if err != nil {
		return none, err
	}
	if !ix.kind[n].isEntity() {
		return none, fmt.Errorf("%w: %s is not an entity", ErrNotFound, ix.iri(n))
	}
	return n, nil
}

// parseID accepts a full IRI, an IRI in angle brackets, or a path relative
// to voc.IDBase ("country/cn").
func parseID(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && len(s) >= 2 {
		s = s[1 : len(s)-1]
	}
	switch {
	case s == "":
		return "", fmt.Errorf("%w: id is empty", ErrBadRequest)
	case len(s) > 2048:
		return "", fmt.Errorf("%w: id is longer than 2048 bytes", ErrBadRequest)
	case !utf8.ValidString(s):
		return "", fmt.Errorf("%w: id is not UTF-8", ErrBadRequest)
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(`<>"{}|\^`+"`", r) {
			return "", fmt.Errorf("%w: id %q has a character not allowed in an IRI (%q)", ErrBadRequest, s, r)
		}
	}
	if !strings.Contains(s, ":") {
		s = voc.IDBase + strings.TrimPrefix(s, "/")
	}
	return s, nil
}

// Entity returns an entity's profile.
func (e *Explorer) Entity(ctx context.Context, id string) (*Entity, error) {
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	n, err := ix.lookupEntity(id)
	if err != nil {
		return nil, err
	}
	p := ix.p
	ent := &Entity{
		NodeRef:  ix.ref(n),
		ISO2:     ix.str(n, p.iso2),
		ISO3:     ix.str(n, p.iso3),
		JobTitle: ix.str(n, p.jobTitle),
		Kind:     ix.str(n, p.orgKind),
		Country:  ix.refp(ix.first(n, p.countryOf)),
		Links:    []Link{},
	}
	for _, a := range ix.objects(n, p.altName) {
		ent.AlternateNames = append(ent.AlternateNames, bggraph.Literal(ix.vals[a]))
	}
	sort.Strings(ent.AlternateNames)
	for _, a := range ix.objects(n, p.sameAs) {
		ent.SameAs = append(ent.SameAs, ix.iri(a))
	}
	for _, a := range ix.objects(n, p.affiliation) {
		ent.Affiliations = append(ent.Affiliations, ix.ref(a))
	}
	max := e.opts.MaxResults
	skip := func(p nid) bool { return p == ix.p.typ || p == ix.p.sameAs }
	for _, ed := range ix.out[n] {
		if skip(ed.p) || !ix.isNode(ed.n) || len(ent.Links) >= max {
			continue
		}
		ent.Links = append(ent.Links, ix.link(ed, "out"))
	}
	for _, ed := range ix.in[n] {
		switch {
		case ed.p == p.provider:
			ent.Aid.Given++
		case ed.p == p.recipient:
			ent.Aid.Received++
		case ed.p == p.mentions:
			ent.DocumentCount++
			ent.Documents = append(ent.Documents, ix.docRef(ed.n))
		case skip(ed.p) || len(ent.Links) >= max:
		default:
			ent.Links = append(ent.Links, ix.link(ed, "in"))
		}
	}
	sort.Slice(ent.Links, func(i, j int) bool {
		a, b := ent.Links[i], ent.Links[j]
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.Node.Name < b.Node.Name
	})
	if ent.Documents == nil {
		ent.Documents = []DocRef{}
	}
	sortDocs(ent.Documents)
	if len(ent.Documents) > maxEntityDocs {
		ent.Documents = ent.Documents[len(ent.Documents)-maxEntityDocs:]
	}
	return ent, nil
}

func (ix *index) link(ed edge, dir string) Link {
	pred := ix.iri(ed.p)
	return Link{Predicate: pred, Label: bggraph.LocalName(pred), Direction: dir, Node: ix.ref(ed.n)}
}

func (ix *index) docRef(n nid) DocRef {
	if r, ok := ix.docRefs[n]; ok {
		return r
	}
	return DocRef{ID: ix.iri(n), Title: ix.name(n), Date: ix.str(n, ix.p.date), Source: ix.str(n, ix.p.source)}
}

func sortDocs(ds []DocRef) {
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].Date != ds[j].Date {
			return ds[i].Date < ds[j].Date
		}
		return ds[i].ID < ds[j].ID
	})
}

// action describes one aid action node; from is the entity asked about, or none.
func (ix *index) action(a, from nid) AidAction {
	p := ix.p
	prov, rec := ix.first(a, p.provider), ix.first(a, p.recipient)
	act := AidAction{
		ID:        ix.iri(a),
		Type:      bggraph.LocalName(ix.str(a, p.aidType)),
		Quantity:  ix.str(a, p.quantity),
		Modality:  ix.str(a, p.modality),
		Cameo:     ix.str(a, p.cameo),
		Date:      ix.str(a, p.date),
		Trigger:   ix.str(a, p.trigger),
		StatedBy:  ix.refp(ix.first(a, p.statedBy)),
		Provider:  NodeRef{},
		Recipient: NodeRef{},
	}
	if prov != none {
		act.Provider = ix.ref(prov)
	}
	if rec != none {
		act.Recipient = ix.ref(rec)
	}
	switch {
	case from == none:
	case from == prov:
		act.Counterpart = ix.refp(rec)
	case from == rec:
		act.Counterpart = ix.refp(prov)
	}
	if v, ok := ix.num(a, p.quantityValue); ok {
		act.QuantityValue = &v
	}
	if s := ix.first(a, p.evidence); s != none {
		ev := &Evidence{ID: ix.iri(s), Text: ix.str(s, p.text)}
		if v, ok := ix.num(s, p.start); ok {
			ev.Start = int(v)
		}
		if v, ok := ix.num(s, p.end); ok {
			ev.End = int(v)
		}
		if t := ix.first(s, p.inTurn); t != none {
			if v, ok := ix.num(t, p.ordinal); ok {
				ev.Turn = int(v)
			}
		}
		doc := ix.firstSubject(s, p.hasSentence)
		if doc == none {
			for _, ed := range ix.out[a] {
				if ed.p == p.evidence && ed.label != none {
					doc = ed.label
					break
				}
			}
		}
		if doc != none {
			ev.Document = ix.docRef(doc)
		}
		act.Evidence = ev
	}
	return act
}

// Aid returns the aid an entity gave and received. limit caps each list
// (default 100, at most Options.MaxResults); the counts by type are always complete.
func (e *Explorer) Aid(ctx context.Context, id string, limit int) (*Aid, error) {
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	n, err := ix.lookupEntity(id)
	if err != nil {
		return nil, err
	}
	limit = clamp(limit, 100, e.opts.MaxResults)
	res := &Aid{
		Entity: ix.ref(n), Given: []AidAction{}, Received: []AidAction{},
		GivenByType: map[string]int{}, ReceivedByType: map[string]int{},
	}
	al := ix.aidLists(n)
	res.GivenByType, res.ReceivedByType = maps.Clone(al.givenByType), maps.Clone(al.receivedByType)
	take := func(acts []nid) []AidAction {
		if len(acts) > limit {
			acts = acts[:limit]
			res.Truncated = true
		}
		out := make([]AidAction, len(acts))
		for i, a := range acts {
			out[i] = ix.action(a, n)
		}
		return out
	}
	res.Given = take(al.given)
	res.Received = take(al.received)
	return res, nil
}

// aidList is an entity's aid actions, sorted by type then counterpart name.
type aidList struct {
	given, received             []nid
	givenByType, receivedByType map[string]int
}

// aidLists returns n's sorted aid actions, computed once per index and entity.
func (ix *index) aidLists(n nid) *aidList {
	if v, ok := ix.aid.Load(n); ok {
		return v.(*aidList)
	}
	al := &aidList{givenByType: map[string]int{}, receivedByType: map[string]int{}}
	type key struct {
		a       nid
		typ, cp string
	}
	var given, received []key
	for _, ed := range ix.in[n] {
		var other nid
		switch ed.p {
		case ix.p.provider:
			other = ix.p.recipient
		case ix.p.recipient:
			other = ix.p.provider
		default:
			continue
		}
		k := key{a: ed.n, typ: bggraph.LocalName(ix.str(ed.n, ix.p.aidType))}
		if c := ix.first(ed.n, other); c != none {
			k.cp = ix.name(c)
		}
		if ed.p == ix.p.provider {
			given = append(given, k)
			al.givenByType[k.typ]++
		} else {
			received = append(received, k)
			al.receivedByType[k.typ]++
		}
	}
	sorted := func(keys []key) []nid {
		sort.Slice(keys, func(i, j int) bool {
			a, b := keys[i], keys[j]
			if a.typ != b.typ {
				return a.typ < b.typ
			}
			if a.cp != b.cp {
				return a.cp < b.cp
			}
			return ix.iri(a.a) < ix.iri(b.a)
		})
		out := make([]nid, len(keys))
		for i, k := range keys {
			out[i] = k.a
		}
		return out
	}
	al.given, al.received = sorted(given), sorted(received)
	v, _ := ix.aid.LoadOrStore(n, al)
	return v.(*aidList)
}

// Neighbors returns an entity's neighbourhood for a graph view: aid actions
// as provider→recipient edges, and direct links to other entities.
func (e *Explorer) Neighbors(ctx context.Context, id string, limit int) (*Graph, error) {
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	n, err := ix.lookupEntity(id)
	if err != nil {
		return nil, err
	}
	limit = clamp(limit, 100, e.opts.MaxResults)
	g := &Graph{Center: ix.ref(n), Nodes: []NodeRef{ix.ref(n)}, Edges: []GraphEdge{}}
	seen := map[nid]bool{n: true}
	add := func(m nid) {
		if !seen[m] {
			seen[m] = true
			g.Nodes = append(g.Nodes, ix.ref(m))
		}
	}
	edges := map[string]bool{}
	addEdge := func(ge GraphEdge) {
		if edges[ge.ID] {
			return
		}
		if len(g.Edges) >= limit {
			g.Truncated = true
			return
		}
		edges[ge.ID] = true
		g.Edges = append(g.Edges, ge)
	}
	for _, ed := range ix.in[n] {
		if ed.p != ix.p.provider && ed.p != ix.p.recipient {
			continue
		}
		a := ed.n
		prov, rec := ix.first(a, ix.p.provider), ix.first(a, ix.p.recipient)
		if prov == none || rec == none || len(g.Edges) >= limit {
			g.Truncated = g.Truncated || len(g.Edges) >= limit
			continue
		}
		add(prov)
		add(rec)
		// An edge's id must differ from every node's: the action may be
		// drawn as a node too (on a path).
		ge := GraphEdge{ID: ix.iri(prov) + " " + ix.iri(a) + " " + ix.iri(rec), Source: ix.iri(prov), Target: ix.iri(rec),
			Label: strings.ReplaceAll(bggraph.LocalName(ix.str(a, ix.p.aidType)), "_", " "), Action: ix.iri(a),
			Evidence: ix.str(ix.first(a, ix.p.evidence), ix.p.text)}
		if sb := ix.first(a, ix.p.statedBy); sb != none {
			ge.StatedBy = ix.name(sb)
		}
		addEdge(ge)
	}
	direct := func(s, o, p nid) {
		if !ix.kind[o].isEntity() || !ix.kind[s].isEntity() || len(g.Edges) >= limit {
			g.Truncated = g.Truncated || len(g.Edges) >= limit
			return
		}
		add(s)
		add(o)
		pred := ix.iri(p)
		addEdge(GraphEdge{ID: ix.iri(s) + " " + pred + " " + ix.iri(o), Source: ix.iri(s), Target: ix.iri(o), Label: bggraph.LocalName(pred)})
	}
	for _, ed := range ix.out[n] {
		if ed.p != ix.p.typ {
			direct(n, ed.n, ed.p)
		}
	}
	for _, ed := range ix.in[n] {
		if ed.p != ix.p.typ {
			direct(ed.n, n, ed.p)
		}
	}
	return g, nil
}

// DocumentList is one page of the document list.
type DocumentList struct {
	Total     int          `json:"total"`
	Offset    int          `json:"offset"`
	Documents []DocSummary `json:"documents"`
}

// Documents lists the documents in the store, oldest first: limit (default
// 100, at most Options.MaxResults) documents from offset. The summaries are
// computed once per index.
func (e *Explorer) Documents(ctx context.Context, offset, limit int) (*DocumentList, error) {
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	if offset < 0 {
		return nil, fmt.Errorf("%w: offset must not be negative", ErrBadRequest)
	}
	limit = clamp(limit, 100, e.opts.MaxResults)
	ix.docsOnce.Do(func() { ix.docs = ix.documentList() })
	res := &DocumentList{Total: len(ix.docs), Offset: offset, Documents: []DocSummary{}}
	if offset < len(ix.docs) {
		res.Documents = slices.Clone(ix.docs[offset:min(offset+limit, len(ix.docs))])
	}
	return res, nil
}

func (ix *index) documentList() []DocSummary {
	out := make([]DocSummary, 0, len(ix.documents))
	for _, d := range ix.documents {
		s := DocSummary{DocRef: ix.docRef(d)}
		speakers := map[nid]bool{}
		for _, ed := range ix.out[d] {
			switch ed.p {
			case ix.p.hasTurn:
				s.Turns++
				if sp := ix.first(ed.n, ix.p.speaker); sp != none {
					speakers[sp] = true
				}
			case ix.p.speaker:
				speakers[ed.n] = true
			case ix.p.mentions:
				s.Mentions++
			}
		}
		s.Speakers = len(speakers)
		s.Facts = len(ix.docActions(d))
		out = append(out, s)
	}
	return out
}

// docActions returns the aid actions whose type quad is labelled d.
func (ix *index) docActions(d nid) []nid { return ix.facts[d] }

// Document returns one document's speakers, turns, facts and mentions.
func (e *Explorer) Document(ctx context.Context, id string) (*Document, error) {
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	d, err := ix.lookup(id)
	if err != nil {
		return nil, err
	}
	if ix.kind[d] != kindDocument {
		return nil, fmt.Errorf("%w: %s is not a document", ErrNotFound, ix.iri(d))
	}
	doc := &Document{DocRef: ix.docRef(d), Speakers: []Speaker{}, Turns: []Turn{}, Facts: []AidAction{}, Mentions: []NodeRef{}}
	spk := map[nid]int{}
	var order []nid
	for _, t := range ix.objects(d, ix.p.hasTurn) {
		tu := Turn{ID: ix.iri(t), Role: ix.str(t, ix.p.role), Asker: ix.refp(ix.first(t, ix.p.asker))}
		if v, ok := ix.num(t, ix.p.ordinal); ok {
			tu.Ordinal = int(v)
		}
		if sp := ix.first(t, ix.p.speaker); sp != none {
			tu.Speaker = ix.refp(sp)
			if _, ok := spk[sp]; !ok {
				order = append(order, sp)
			}
			spk[sp]++
		}
		doc.Turns = append(doc.Turns, tu)
	}
	for _, sp := range ix.objects(d, ix.p.speaker) {
		if _, ok := spk[sp]; !ok {
			order = append(order, sp)
			spk[sp] = 0
		}
	}
	sort.Slice(doc.Turns, func(i, j int) bool { return doc.Turns[i].Ordinal < doc.Turns[j].Ordinal })
	for _, sp := range order {
		doc.Speakers = append(doc.Speakers, Speaker{NodeRef: ix.ref(sp), JobTitle: ix.str(sp, ix.p.jobTitle), Turns: spk[sp]})
	}
	for _, a := range ix.docActions(d) {
		doc.Facts = append(doc.Facts, ix.action(a, none))
	}
	sort.Slice(doc.Facts, func(i, j int) bool {
		a, b := doc.Facts[i], doc.Facts[j]
		var sa, sb int
		if a.Evidence != nil {
			sa = a.Evidence.Start
		}
		if b.Evidence != nil {
			sb = b.Evidence.Start
		}
		if sa != sb {
			return sa < sb
		}
		return a.ID < b.ID
	})
	for _, m := range ix.objects(d, ix.p.mentions) {
		doc.Mentions = append(doc.Mentions, ix.ref(m))
	}
	sort.Slice(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Name < doc.Mentions[j].Name })
	return doc, nil
}
