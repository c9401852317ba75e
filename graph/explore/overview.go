package explore

import (
	"context"
	"fmt"
	"sort"
	"strings"

	bggraph "github.com/briefgraph/briefgraph/graph"
)

// AidTypeCount is how many aid actions of one type (the local name of
// voc.AidType's value, "medical_team") an overview edge stands for.
type AidTypeCount struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// OverviewNode is a country, organisation or region that gave or received aid.
type OverviewNode struct {
	NodeRef
	// Degree is the number of distinct counterparts the node gave aid to or
	// received aid from, in the whole store (not only in the edges returned).
	Degree int `json:"degree"`
	// Given and Received count its aid actions.
	Given    int `json:"given"`
	Received int `json:"received"`
}

// OverviewEdge aggregates every aid action from one provider to one
// recipient. Its ID differs from every node's and every Neighbors edge's.
type OverviewEdge struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
	// Label names the aid types, most frequent first, and the number of
	// actions when there is more than one ("medical team, supplies (3)").
	Label string         `json:"label"`
	Count int            `json:"count"`
	Types []AidTypeCount `json:"types"`
}

// Overview is the aid graph at a glance: who gave aid to whom.
type Overview struct {
	Nodes []OverviewNode `json:"nodes"`
	Edges []OverviewEdge `json:"edges"`
	// TotalEdges is the number of provider→recipient pairs before the limit.
	TotalEdges int  `json:"totalEdges"`
	Truncated  bool `json:"truncated,omitempty"`
}

// overviewKinds are the kinds drawn in the overview: countries,
// organisations (government ones included) and regions; people, who state
// aid more often than they give it, are left to the neighbourhoods.
func overviewKind(k kind) bool {
	return k == kindCountry || k == kindOrg || k == kindGov || k == kindPlace
}

// overviewPair is one aggregated provider→recipient edge of an index.
type overviewPair struct {
	prov, rec nid
	count     int
	types     []AidTypeCount
}

// overviewData is the whole aggregated aid graph of an index, heaviest
// edges first.
type overviewData struct {
	pairs                   []overviewPair
	degree, given, received map[nid]int
}

// overview aggregates the index's aid actions; it runs once per index.
func (ix *index) overview() *overviewData {
	ix.overviewOnce.Do(func() {
		type key struct{ prov, rec nid }
		byPair := map[key]map[string]int{}
		od := &overviewData{degree: map[nid]int{}, given: map[nid]int{}, received: map[nid]int{}}
		for a, k := range ix.kind {
			if k != kindAid {
				continue
			}
			prov, rec := ix.first(nid(a), ix.p.provider), ix.first(nid(a), ix.p.recipient)
			if prov == none || rec == none || prov == rec || !overviewKind(ix.kind[prov]) || !overviewKind(ix.kind[rec]) {
				continue
			}
			k := key{prov, rec}
			if byPair[k] == nil {
				byPair[k] = map[string]int{}
				od.degree[prov]++
				od.degree[rec]++
			}
			byPair[k][bggraph.LocalName(ix.str(nid(a), ix.p.aidType))]++
			od.given[prov]++
			od.received[rec]++
		}
		for k, types := range byPair {
			p := overviewPair{prov: k.prov, rec: k.rec}
			for t, n := range types {
				p.types = append(p.types, AidTypeCount{Type: t, Count: n})
				p.count += n
			}
			sort.Slice(p.types, func(i, j int) bool {
				if p.types[i].Count != p.types[j].Count {
					return p.types[i].Count > p.types[j].Count
				}
				return p.types[i].Type < p.types[j].Type
			})
			od.pairs = append(od.pairs, p)
		}
		// Heaviest first, then between the best-connected nodes, then by name.
		sort.Slice(od.pairs, func(i, j int) bool {
			a, b := od.pairs[i], od.pairs[j]
			if a.count != b.count {
				return a.count > b.count
			}
			if da, db := od.degree[a.prov]+od.degree[a.rec], od.degree[b.prov]+od.degree[b.rec]; da != db {
				return da > db
			}
			if na, nb := ix.name(a.prov), ix.name(b.prov); na != nb {
				return na < nb
			}
			if na, nb := ix.name(a.rec), ix.name(b.rec); na != nb {
				return na < nb
			}
			return ix.iri(a.prov)+" "+ix.iri(a.rec) < ix.iri(b.prov)+" "+ix.iri(b.rec)
		})
		ix.overviewData = od
	})
	return ix.overviewData
}

// Overview returns the aid graph at a glance, for the explorer's first view:
// the countries, organisations and regions that gave or received aid, linked
// by one edge per provider and recipient that aggregates their aid actions.
// limit caps the edges (default 200, at most Options.MaxResults); the
// heaviest are kept. Nodes are those of the edges kept, ordered by degree.
func (e *Explorer) Overview(ctx context.Context, limit int) (*Overview, error) {
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	if limit < 0 {
		return nil, fmt.Errorf("%w: limit must not be negative", ErrBadRequest)
	}
	limit = clamp(limit, 200, e.opts.MaxResults)
	od := ix.overview()
	res := &Overview{Nodes: []OverviewNode{}, Edges: []OverviewEdge{}, TotalEdges: len(od.pairs)}
	pairs := od.pairs
	if len(pairs) > limit {
		pairs, res.Truncated = pairs[:limit], true
	}
	seen := map[nid]bool{}
	var nodes []nid
	for _, p := range pairs {
		for _, n := range []nid{p.prov, p.rec} {
			if !seen[n] {
				seen[n] = true
				nodes = append(nodes, n)
			}
		}
		names := make([]string, len(p.types))
		for i, t := range p.types {
			names[i] = strings.ReplaceAll(t.Type, "_", " ")
		}
		label := strings.Join(names, ", ")
		if p.count > 1 {
			label += fmt.Sprintf(" (%d)", p.count)
		}
		res.Edges = append(res.Edges, OverviewEdge{
			ID:     ix.iri(p.prov) + " aid " + ix.iri(p.rec),
			Source: ix.iri(p.prov), Target: ix.iri(p.rec),
			Label: label, Count: p.count, Types: p.types,
		})
	}
	sort.SliceStable(nodes, func(i, j int) bool {
		if a, b := od.degree[nodes[i]], od.degree[nodes[j]]; a != b {
			return a > b
		}
		return ix.name(nodes[i]) < ix.name(nodes[j])
	})
	for _, n := range nodes {
		res.Nodes = append(res.Nodes, OverviewNode{NodeRef: ix.ref(n), Degree: od.degree[n], Given: od.given[n], Received: od.received[n]})
	}
	return res, nil
}
