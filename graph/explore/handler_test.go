package explore_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/briefgraph/briefgraph/graph/explore"
	"github.com/briefgraph/briefgraph/graph/explore/internal/synth"
	"github.com/briefgraph/briefgraph/graph/voc"
)

// seedStore returns a memory store holding the hand-made seed graph.
func seedStore(t testing.TB) *memstore.QuadStore {
	t.Helper()
	qs, err := loadSeed()
	if err != nil {
		t.Fatalf("load seed: %v", err)
	}
	return qs
}

func id(path string) string { return voc.IDBase + path }

const seedDoc = voc.IDBase + "doc/scio-covid19-international-cooperation-p4"

// get runs one request against h and decodes the JSON answer into out.
func get(t *testing.T, h http.Handler, target string, out any) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	body := rec.Body.String()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, body %s", target, ct, body)
	}
	if out != nil && rec.Code == http.StatusOK {
		if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
			t.Fatalf("GET %s: decode: %v\n%s", target, err, body)
		}
	}
	return rec.Code, body
}

func q(path string, kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return explore.APIPrefix + path + "?" + v.Encode()
}

// TestErrors checks that bad input is answered 400 or 404 with a message, never 500.
func TestErrors(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	tests := []struct {
		name   string
		target string
		status int
		msg    string
	}{
		{"search unknown class", q("search", "q", "x", "class", "Planet"), 400, "unknown class"},
		{"search bad limit", q("search", "q", "x", "limit", "ten"), 400, "limit"},
		{"search negative limit", q("search", "q", "x", "limit", "-1"), 400, "limit"},
		{"search long query", q("search", "q", strings.Repeat("a", 201)), 400, "longer"},
		{"entity missing id", q("entity"), 400, "id"},
		{"entity blank id", q("entity", "id", "  "), 400, "required"},
		{"entity bad IRI", q("entity", "id", "a b"), 400, "not allowed"},
		{"entity unknown", q("entity", "id", id("country/xx")), 404, "no node"},
		{"entity is a document", q("entity", "id", seedDoc), 404, "not an entity"},
		{"aid unknown", q("aid", "id", "country/zz"), 404, "no node"},
		{"aid of a literal", q("aid", "id", "China"), 404, ""},
		{"aid bad limit", q("aid", "id", "country/cn", "limit", "1e3"), 400, "limit"},
		{"neighbors unknown", q("neighbors", "id", "org/nobody"), 404, "no node"},
		{"paths missing to", q("paths", "from", "country/it"), 400, "to"},
		{"paths unknown from", q("paths", "from", "country/xx", "to", "country/rs"), 404, "from"},
		{"paths max zero", q("paths", "from", "country/it", "to", "country/rs", "max", "0"), 400, "max"},
		{"paths max too big", q("paths", "from", "country/it", "to", "country/rs", "max", "9"), 400, "max"},
		{"paths bad via", q("paths", "from", "country/it", "to", "country/rs", "via", "air"), 400, "via"},
		{"documents bad offset", q("documents", "offset", "x"), 400, "offset"},
		{"document unknown", q("document", "id", "doc/none"), 404, "no node"},
		{"document is an entity", q("document", "id", "country/it"), 404, "not a document"},
		{"overview bad limit", q("overview", "limit", "all"), 400, "limit"},
		{"overview negative limit", q("overview", "limit", "-5"), 400, "limit"},
		{"unknown endpoint", explore.APIPrefix + "nothing", 404, "no endpoint"},
	}
	t.Run("POST is refused", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, explore.APIPrefix+"search?q=x", strings.NewReader("{}")))
		if rec.Code != http.StatusMethodNotAllowed || !strings.Contains(rec.Body.String(), "read-only") {
			t.Errorf("POST: %d %s", rec.Code, rec.Body)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := get(t, h, tt.target, nil)
			if code != tt.status {
				t.Fatalf("status %d, want %d: %s", code, tt.status, body)
			}
			var e struct{ Error string }
			if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
				t.Fatalf("no JSON error message: %s", body)
			}
			if !strings.Contains(e.Error, tt.msg) {
				t.Errorf("error %q lacks %q", e.Error, tt.msg)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	tests := []struct {
		name, q, class string
		first          string // id of the first hit
		total          int    // -1: don't check
	}{
		{"name", "Italy", "", "country/it", 1},
		{"case-insensitive", "iTaLy", "Country", "country/it", 1},
		{"acronym", "who", "", "org/who", -1},
		{"acronym beats substring", "AU", "", "org/au", -1},
		{"alternate name", "Serbian", "", "country/rs", 1},
		{"ISO code", "KHM", "", "country/kh", 1},
		{"prefix", "cam", "Country", "country/kh", 1},
		{"word prefix", "union", "Organization", "org/au", 2},
		{"class filter", "", "Person", "person/aleksandar-vucic", 4},
		{"no match", "Atlantis", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res explore.SearchResult
			code, body := get(t, h, q("search", "q", tt.q, "class", tt.class), &res)
			if code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			if tt.total >= 0 && res.Total != tt.total {
				t.Errorf("total %d, want %d: %s", res.Total, tt.total, body)
			}
			if tt.first == "" {
				if len(res.Hits) != 0 {
					t.Errorf("hits %v, want none", res.Hits)
				}
				return
			}
			if len(res.Hits) == 0 || res.Hits[0].ID != id(tt.first) {
				t.Errorf("first hit of %q: %s, want %s", tt.q, body, tt.first)
			}
		})
	}
}

func TestEntity(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	tests := []struct {
		name, id string
		check    func(t *testing.T, e *explore.Entity)
	}{
		{"country", "country/cn", func(t *testing.T, e *explore.Entity) {
			if e.Name != "China" || e.Class != "Country" || e.ISO2 != "CN" || e.ISO3 != "CHN" {
				t.Errorf("profile %+v", e.NodeRef)
			}
			if len(e.SameAs) != 1 || e.SameAs[0] != voc.WikidataNS+"Q148" {
				t.Errorf("sameAs %v", e.SameAs)
			}
			if e.Aid.Given != 16 || e.Aid.Received != 0 {
				t.Errorf("aid counts %+v, want 16 given", e.Aid)
			}
			if len(e.Documents) != 1 || e.Documents[0].ID != seedDoc || e.Documents[0].Date != "2020-03-28" {
				t.Errorf("documents %+v", e.Documents)
			}
			if !hasLink(e.Links, "country", "in", "Ministry of Foreign Affairs") {
				t.Errorf("links lack the ministry: %+v", e.Links)
			}
		}},
		{"person by full IRI", id("person/luo-zhaohui"), func(t *testing.T, e *explore.Entity) {
			if e.JobTitle != "Vice Minister of Foreign Affairs" || len(e.Affiliations) != 1 || e.Affiliations[0].Name != "Ministry of Foreign Affairs" {
				t.Errorf("person %+v", e)
			}
			if e.Country == nil || e.Country.Name != "China" {
				t.Errorf("country %+v", e.Country)
			}
			if !hasLink(e.Links, "speaker", "in", "turn 2") {
				t.Errorf("links lack the turn spoken: %+v", e.Links)
			}
		}},
		{"IRI in angle brackets", "<" + id("org/who") + ">", func(t *testing.T, e *explore.Entity) {
			if e.Name != "World Health Organization" || e.Kind != "igo" || e.Aid.Received != 1 {
				t.Errorf("org %+v", e)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e explore.Entity
			if code, body := get(t, h, q("entity", "id", tt.id), &e); code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			tt.check(t, &e)
		})
	}
}

func hasLink(ls []explore.Link, label, dir, name string) bool {
	for _, l := range ls {
		if l.Label == label && l.Direction == dir && l.Node.Name == name {
			return true
		}
	}
	return false
}

func TestAid(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	t.Run("received", func(t *testing.T) {
		var a explore.Aid
		if code, body := get(t, h, q("aid", "id", "country/it"), &a); code != 200 {
			t.Fatalf("status %d: %s", code, body)
		}
		if len(a.Given) != 0 || len(a.Received) != 1 || a.ReceivedByType["medical_team"] != 1 {
			t.Fatalf("aid %+v", a)
		}
		r := a.Received[0]
		if r.Type != "medical_team" || r.Counterpart == nil || r.Counterpart.ID != id("country/cn") || r.Provider.Name != "China" || r.Recipient.Name != "Italy" {
			t.Errorf("action %+v", r)
		}
		if r.Quantity != "seven batches" || r.QuantityValue == nil || *r.QuantityValue != 7 || r.Modality != "reported" || r.Cameo != "073" {
			t.Errorf("details %+v", r)
		}
		if r.StatedBy == nil || r.StatedBy.Name != "Luo Zhaohui" {
			t.Errorf("statedBy %+v", r.StatedBy)
		}
		ev := r.Evidence
		if ev == nil || !strings.HasPrefix(ev.Text, "We have sent seven batches") || ev.Document.ID != seedDoc || ev.Turn != 2 {
			t.Fatalf("evidence %+v", ev)
		}
		// The offsets point into the transcript (in code points).
		text := []rune(readSeedTranscript(t))
		if got := string(text[ev.Start:ev.End]); got != ev.Text {
			t.Errorf("text[%d:%d] = %q, want %q", ev.Start, ev.End, got, ev.Text)
		}
	})
	t.Run("given by type with limit", func(t *testing.T) {
		var a explore.Aid
		if code, body := get(t, h, q("aid", "id", "country/cn", "limit", "3"), &a); code != 200 {
			t.Fatalf("status %d: %s", code, body)
		}
		if len(a.Given) != 3 || !a.Truncated || a.GivenByType["medical_team"] != 5 || a.GivenByType["knowledge_sharing"] != 11 {
			t.Errorf("given %d truncated %v by type %v", len(a.Given), a.Truncated, a.GivenByType)
		}
		// Sorted by type, then counterpart name.
		if a.Given[0].Type != "knowledge_sharing" || a.Given[0].Counterpart.Name != "Africa" {
			t.Errorf("first %+v", a.Given[0])
		}
	})
}

func TestNeighbors(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	var g explore.Graph
	if code, body := get(t, h, q("neighbors", "id", "country/rs"), &g); code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	var aid, president bool
	for _, e := range g.Edges {
		if e.Source == id("country/cn") && e.Target == id("country/rs") && e.Label == "medical team" && e.StatedBy == "Luo Zhaohui" && strings.Contains(e.Evidence, "Serbia") {
			aid = true
		}
		if e.Source == id("person/aleksandar-vucic") && e.Target == id("country/rs") {
			president = true
		}
	}
	if !aid || !president || len(g.Nodes) != 3 {
		t.Errorf("neighbors of Serbia: %+v", g)
	}
}

func TestOverview(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	var ov explore.Overview
	if code, body := get(t, h, explore.APIPrefix+"overview", &ov); code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	if ov.Truncated || ov.TotalEdges != len(ov.Edges) || len(ov.Edges) == 0 {
		t.Fatalf("overview: %d of %d edges, truncated %v", len(ov.Edges), ov.TotalEdges, ov.Truncated)
	}
	nodes := map[string]explore.OverviewNode{}
	for _, n := range ov.Nodes {
		nodes[n.ID] = n
		if n.Class == "Person" || n.Class == "" {
			t.Errorf("overview node %+v is not a country, organisation or region", n)
		}
	}
	if ov.Nodes[0].ID != id("country/cn") || ov.Nodes[0].Degree != len(ov.Edges) || ov.Nodes[0].Given != len(ov.Edges) {
		t.Errorf("first node %+v, want China, the provider of every one of the %d edges", ov.Nodes[0], len(ov.Edges))
	}
	var italy *explore.OverviewEdge
	for i, e := range ov.Edges {
		if _, ok := nodes[e.Source]; !ok {
			t.Errorf("edge %s: source not among the nodes", e.ID)
		}
		if _, ok := nodes[e.Target]; !ok {
			t.Errorf("edge %s: target not among the nodes", e.ID)
		}
		if e.Source == id("country/cn") && e.Target == id("country/it") {
			italy = &ov.Edges[i]
		}
	}
	if italy == nil || italy.Label != "medical team" || italy.Count != 1 || len(italy.Types) != 1 || italy.Types[0] != (explore.AidTypeCount{Type: "medical_team", Count: 1}) {
		t.Errorf("China → Italy: %+v", italy)
	}
	for _, want := range []string{"Serbia", "Africa", "World Health Organization"} {
		found := false
		for _, n := range ov.Nodes {
			found = found || n.Name == want
		}
		if !found {
			t.Errorf("overview lacks %s", want)
		}
	}

	// A limit keeps the heaviest edges and only their nodes.
	var small explore.Overview
	if code, body := get(t, h, q("overview", "limit", "3"), &small); code != 200 {
		t.Fatalf("limit=3: status %d: %s", code, body)
	}
	if len(small.Edges) != 3 || !small.Truncated || small.TotalEdges != ov.TotalEdges || len(small.Nodes) != 4 {
		t.Errorf("limit=3: %d edges, %d nodes, truncated %v, total %d", len(small.Edges), len(small.Nodes), small.Truncated, small.TotalEdges)
	}
}

// TestOverviewAggregates checks the overview of the synthetic graph, where
// a provider gives a recipient aid several times: every edge's count is the
// sum of its types, edges come heaviest first, and each node's degree and
// counts match its edges.
func TestOverviewAggregates(t *testing.T) {
	g := synth.Generate(synth.Config{Seed: 3, Documents: 40})
	x := explore.New(memstore.New(g.Quads...), explore.Options{MaxResults: 1 << 20})
	ov, err := x.Overview(context.Background(), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if ov.Truncated || len(ov.Edges) != ov.TotalEdges {
		t.Fatalf("%d of %d edges, truncated %v", len(ov.Edges), ov.TotalEdges, ov.Truncated)
	}
	type tally struct{ degree, given, received int }
	want := map[string]*tally{}
	at := func(id string) *tally {
		if want[id] == nil {
			want[id] = &tally{}
		}
		return want[id]
	}
	multi := 0
	for i, e := range ov.Edges {
		sum := 0
		for _, tc := range e.Types {
			sum += tc.Count
		}
		if sum != e.Count || e.Count < 1 {
			t.Errorf("edge %s: count %d, types %+v", e.ID, e.Count, e.Types)
		}
		if i > 0 && e.Count > ov.Edges[i-1].Count {
			t.Errorf("edge %d (%d actions) after one of %d", i, e.Count, ov.Edges[i-1].Count)
		}
		if e.Count > 1 {
			multi++
			if !strings.HasSuffix(e.Label, fmt.Sprintf(" (%d)", e.Count)) {
				t.Errorf("edge of %d actions labelled %q", e.Count, e.Label)
			}
		}
		at(e.Source).degree++
		at(e.Source).given += e.Count
		at(e.Target).degree++
		at(e.Target).received += e.Count
	}
	if multi == 0 {
		t.Errorf("no edge aggregates several actions; the test proves nothing")
	}
	if len(ov.Nodes) != len(want) {
		t.Errorf("%d nodes, %d in the edges", len(ov.Nodes), len(want))
	}
	for i, n := range ov.Nodes {
		w := want[n.ID]
		if w == nil || n.Degree != w.degree || n.Given != w.given || n.Received != w.received {
			t.Errorf("node %s: %+v, edges say %+v", n.Name, n, w)
		}
		if i > 0 && n.Degree > ov.Nodes[i-1].Degree {
			t.Errorf("node %d (degree %d) after one of degree %d", i, n.Degree, ov.Nodes[i-1].Degree)
		}
	}
}

func TestPaths(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	tests := []struct {
		name     string
		from, to string
		max, via string
		hops     int
		want     []string // each path's node names joined by " — "
	}{
		{"through aid", "country/it", "country/rs", "", "aid", 4, []string{
			"Italy — medical team — China — medical team — Serbia",
			"Italy — medical team — Luo Zhaohui — medical team — Serbia"}},
		{"through a document", "country/it", "country/rs", "", "", 2, []string{
			"Italy — " + "SCIO briefing on the cooperation between China and the int'l community in fighting COVID-19" + " — Serbia"}},
		{"through organisations", "person/luo-zhaohui", "person/zeng-yixin", "", "org", 2, []string{
			"Luo Zhaohui — China — Zeng Yixin"}},
		{"too far", "country/it", "country/rs", "3", "aid", -1, nil},
		{"same node", "country/it", "country/it", "", "", 0, []string{"Italy"}},
		{"not linked by org", "country/it", "org/who", "", "org", -1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p explore.Paths
			args := []string{"from", tt.from, "to", tt.to, "via", tt.via}
			if tt.max != "" {
				args = append(args, "max", tt.max)
			}
			if code, body := get(t, h, q("paths", args...), &p); code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			if p.Hops != tt.hops {
				t.Fatalf("hops %d, want %d: %+v", p.Hops, tt.hops, p)
			}
			var got []string
			for _, path := range p.Paths {
				var names []string
				for _, n := range path.Nodes {
					names = append(names, n.Name)
				}
				got = append(got, strings.Join(names, " — "))
				if len(path.Edges) != len(path.Nodes)-1 {
					t.Errorf("%d edges for %d nodes", len(path.Edges), len(path.Nodes))
				}
				for i, e := range path.Edges {
					a, b := path.Nodes[i].ID, path.Nodes[i+1].ID
					if !(e.Source == a && e.Target == b) && !(e.Source == b && e.Target == a) {
						t.Errorf("edge %d %+v does not join %s and %s", i, e, a, b)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("paths:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDocuments(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	var list explore.DocumentList
	if code, body := get(t, h, explore.APIPrefix+"documents", &list); code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	docs := list.Documents
	if list.Total != 1 {
		t.Errorf("total %d", list.Total)
	}
	var empty explore.DocumentList
	if code, body := get(t, h, q("documents", "offset", "1"), &empty); code != 200 || len(empty.Documents) != 0 || empty.Total != 1 {
		t.Errorf("past the end: %d %s", code, body)
	}
	if len(docs) != 1 || docs[0].ID != seedDoc || docs[0].Turns != 3 || docs[0].Speakers != 2 || docs[0].Facts != 16 || docs[0].Date != "2020-03-28" {
		t.Fatalf("documents %+v", docs)
	}
	var d explore.Document
	if code, body := get(t, h, q("document", "id", seedDoc), &d); code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	if len(d.Speakers) != 2 || d.Speakers[0].Name != "Luo Zhaohui" || d.Speakers[1].Name != "Zeng Yixin" {
		t.Errorf("speakers %+v", d.Speakers)
	}
	if len(d.Turns) != 3 || d.Turns[0].Role != "question" || d.Turns[0].Asker == nil || d.Turns[0].Asker.Name != "CGTN" || d.Turns[1].Speaker == nil || d.Turns[1].Speaker.Name != "Luo Zhaohui" {
		t.Errorf("turns %+v", d.Turns)
	}
	if len(d.Facts) != 16 || d.Facts[0].Type != "knowledge_sharing" || d.Facts[len(d.Facts)-1].Type != "medical_team" {
		t.Errorf("facts: %d, first %+v", len(d.Facts), d.Facts[0])
	}
	if len(d.Mentions) < 20 {
		t.Errorf("mentions: %d", len(d.Mentions))
	}
}

// TestRebuild checks that the index follows the store: a write changes the
// quad count, and the next request sees it.
func TestRebuild(t *testing.T) {
	qs := seedStore(t)
	x := explore.New(qs, explore.Options{})
	ctx := context.Background()
	if _, err := x.Entity(ctx, "country/fr"); err == nil {
		t.Fatal("France found before it was added")
	}
	fr := quad.IRI(id("country/fr"))
	qs.AddQuad(quad.Quad{Subject: fr, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country)})
	qs.AddQuad(quad.Quad{Subject: fr, Predicate: quad.IRI(voc.Name), Object: quad.String("France")})
	e, err := x.Entity(ctx, "country/fr")
	if err != nil || e.Name != "France" {
		t.Fatalf("after write: %v %+v", err, e)
	}
}

// TestGeneration checks that with Options.Generation the index follows the
// generation, not the quad count: a replacement that keeps the count is seen.
func TestGeneration(t *testing.T) {
	qs := seedStore(t)
	var gen atomic.Uint64
	x := explore.New(qs, explore.Options{Generation: gen.Load})
	ctx := context.Background()
	it := quad.IRI(id("country/it"))
	if e, err := x.Entity(ctx, string(it)); err != nil || e.Name != "Italy" {
		t.Fatalf("before: %v %+v", err, e)
	}
	old := quad.Quad{Subject: it, Predicate: quad.IRI(voc.Name), Object: quad.String("Italy"), Label: quad.IRI(seedDoc)}
	if err := qs.ApplyDeltas([]graph.Delta{
		{Quad: old, Action: graph.Delete},
		{Quad: quad.Quad{Subject: it, Predicate: quad.IRI(voc.Name), Object: quad.String("Italia"), Label: quad.IRI(seedDoc)}, Action: graph.Add},
	}, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if e, _ := x.Entity(ctx, string(it)); e.Name != "Italy" {
		t.Fatalf("same generation: name %q, want the cached Italy", e.Name)
	}
	gen.Add(1)
	if e, _ := x.Entity(ctx, string(it)); e.Name != "Italia" {
		t.Fatalf("new generation: name %q, want Italia", e.Name)
	}
}

// TestConcurrent runs requests from several goroutines while the index is
// discarded and rebuilt under them (run with -race).
func TestConcurrent(t *testing.T) {
	x := explore.New(seedStore(t), explore.Options{})
	h := x.Handler()
	targets := []string{
		q("search", "q", "a"), q("entity", "id", "country/cn"), q("aid", "id", "country/cn"),
		q("neighbors", "id", "country/it"), q("paths", "from", "country/it", "to", "org/who"),
		explore.APIPrefix + "documents", q("document", "id", seedDoc),
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				if g == 0 && i%5 == 0 {
					x.Invalidate()
				}
				target := targets[(g+i)%len(targets)]
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
				if rec.Code != http.StatusOK {
					t.Errorf("GET %s: %d %s", target, rec.Code, rec.Body)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestExamples(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	var ex map[string]string
	if code, body := get(t, h, explore.APIPrefix+"examples", &ex); code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	for _, lang := range []string{"gizmo", "graphql", "mql"} {
		if !strings.Contains(ex[lang], voc.IDBase+"country/it") {
			t.Errorf("%s example %q does not ask about Italy", lang, ex[lang])
		}
	}
}

func TestStatic(t *testing.T) {
	h := explore.New(seedStore(t), explore.Options{}).Handler()
	for _, tt := range []struct{ path, ctype, contains string }{
		{"/", "text/html", "vendor/cytoscape.min.js"},
		{"/app.js", "javascript", "api/explore/"},
		{"/style.css", "text/css", "#cy"},
		{"/vendor/cytoscape.min.js", "javascript", "cytoscape"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Type"), tt.ctype) || !strings.Contains(string(body), tt.contains) {
			t.Errorf("GET %s: %d %s (%d bytes)", tt.path, rec.Code, rec.Header().Get("Content-Type"), len(body))
		}
		if strings.Contains(string(body), "https://cdn") || strings.Contains(string(body), "unpkg.com") {
			t.Errorf("GET %s: refers to a CDN; the page must work offline", tt.path)
		}
	}
}

// FuzzHandler feeds arbitrary query strings to every endpoint: the answer
// is always JSON and never a 500.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{
		"q=Italy&class=Country", "id=country/it", "id=%3Chttps://briefgraph.dev/id/country/cn%3E&limit=2",
		"from=country/it&to=country/rs&max=4&via=aid,org", "from=&to=x", "max=-1", "id=a%00b", "via=,,", "limit=99999999999",
		"id=" + strings.Repeat("x", 3000),
	} {
		for _, ep := range []string{"search", "entity", "aid", "neighbors", "paths", "document", "overview"} {
			f.Add(ep, s)
		}
	}
	qs, err := loadSeed()
	if err != nil {
		f.Fatal(err)
	}
	h := explore.New(qs, explore.Options{}).Handler()
	f.Fuzz(func(t *testing.T, endpoint, rawQuery string) {
		u := &url.URL{Path: explore.APIPrefix + endpoint, RawQuery: rawQuery}
		req, err := http.NewRequest(http.MethodGet, u.String(), nil)
		if err != nil {
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %s: %d %s", u, rec.Code, rec.Body)
		}
		// The mux redirects unclean paths ("/api/explore/.") with an HTML body.
		redirect := rec.Code >= 300 && rec.Code < 400
		if strings.HasPrefix(req.URL.Path, explore.APIPrefix) && !redirect && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("GET %s: not JSON: %s", u, rec.Body)
		}
	})
}

func readSeedTranscript(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../data/scio-covid19-international-cooperation-p4.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
