package explore

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	bggraph "github.com/briefgraph/briefgraph/graph"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// Via selects the kinds of edge a path may follow; combine with |.
type Via uint8

// Kinds of edge a path may follow.
const (
	// ViaAid follows aid actions: provider, recipient, statedBy.
	ViaAid Via = 1 << iota
	// ViaOrg follows entity links: affiliation, country.
	ViaOrg
	// ViaDoc follows documents: mentions, turns, speakers, askers, isPartOf.
	ViaDoc
	// ViaOther follows any other edge between two nodes.
	ViaOther
	// ViaAll follows every kind. rdf:type, sameAs, evidence and sentence
	// edges, and edges to literals, are never followed.
	ViaAll = ViaAid | ViaOrg | ViaDoc | ViaOther
)

var viaNames = []struct {
	name string
	via  Via
}{{"aid", ViaAid}, {"org", ViaOrg}, {"doc", ViaDoc}, {"other", ViaOther}, {"all", ViaAll}}

// ParseVia reads a comma-separated list of aid, org, doc, other and all.
// An empty string means all.
func ParseVia(s string) (Via, error) {
	if strings.TrimSpace(s) == "" {
		return ViaAll, nil
	}
	var v Via
next:
	for _, part := range strings.Split(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		for _, vn := range viaNames {
			if vn.name == part {
				v |= vn.via
				continue next
			}
		}
		return 0, fmt.Errorf("%w: via %q: want a comma-separated list of aid, org, doc, other, all", ErrBadRequest, part)
	}
	return v, nil
}

// String returns the comma-separated names of v's kinds.
func (v Via) String() string {
	if v == ViaAll {
		return "all"
	}
	var parts []string
	for _, vn := range viaNames[:4] {
		if v&vn.via != 0 {
			parts = append(parts, vn.name)
		}
	}
	return strings.Join(parts, ",")
}

// predVia returns the kind of a predicate IRI, 0 for never followed.
func predVia(p string) Via {
	switch p {
	case voc.Provider, voc.Recipient, voc.StatedBy:
		return ViaAid
	case voc.Affiliation, voc.CountryOf:
		return ViaOrg
	case voc.Mentions, voc.HasTurn, voc.Speaker, voc.Asker, voc.PartOf:
		return ViaDoc
	case voc.Type, voc.SameAs, voc.Evidence, voc.HasSentence, voc.InTurn:
		return 0
	}
	return ViaOther
}

// PathQuery asks for the shortest paths between two nodes.
type PathQuery struct {
	From, To string
	// MaxHops bounds a path's length (default 4, at most MaxPathHops).
	MaxHops int
	// Limit caps the number of paths returned (default 10).
	Limit int
	// Via selects the edges to follow (default ViaAll).
	Via Via
}

// MaxPathHops is the longest path the explorer searches for.
const MaxPathHops = 8

// PathEdge is one edge of a path, in the quad's own direction.
type PathEdge struct {
	Source    string `json:"source"`
	Target    string `json:"target"`
	Predicate string `json:"predicate"`
	Label     string `json:"label"`
}

// Path is one path: Nodes[0] is From, the last node To, and Edges[i] joins
// Nodes[i] and Nodes[i+1] (in either direction).
type Path struct {
	Nodes []NodeRef  `json:"nodes"`
	Edges []PathEdge `json:"edges"`
}

// Paths is the answer to a PathQuery. Hops is -1 when no path of at most
// MaxHops exists.
type Paths struct {
	From      NodeRef `json:"from"`
	To        NodeRef `json:"to"`
	Hops      int     `json:"hops"`
	MaxHops   int     `json:"maxHops"`
	Via       string  `json:"via"`
	Paths     []Path  `json:"paths"`
	Truncated bool    `json:"truncated,omitempty"`
}

// step is how a node was reached: from prev through predicate p; out says
// the quad is (prev p node), otherwise (node p prev).
type step struct {
	prev, p nid
	out     bool
}

// bfsSide is one direction of a bidirectional search.
type bfsSide struct {
	root     nid
	depth    int
	frontier []nid
	parents  map[nid][]step
}

// scratch holds per-search distance arrays, reused through a pool.
type scratch struct {
	distF, distB []int8
	touched      []nid
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Paths finds every shortest path (up to Limit) between two nodes, following
// the edges q.Via selects in either direction. Cayley has no path finding;
// this is a bidirectional breadth-first search over the index, which always
// expands the side with the smaller frontier.
func (e *Explorer) Paths(ctx context.Context, q PathQuery) (*Paths, error) {
	if q.MaxHops == 0 {
		q.MaxHops = 4
	}
	if q.MaxHops < 1 || q.MaxHops > MaxPathHops {
		return nil, fmt.Errorf("%w: max must be between 1 and %d", ErrBadRequest, MaxPathHops)
	}
	if q.Via == 0 {
		q.Via = ViaAll
	}
	limit := clamp(q.Limit, 10, 100)
	ix, err := e.index(ctx)
	if err != nil {
		return nil, err
	}
	from, err := ix.lookup(q.From)
	if err != nil {
		return nil, fmt.Errorf("from: %w", err)
	}
	to, err := ix.lookup(q.To)
	if err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	res := &Paths{From: ix.ref(from), To: ix.ref(to), Hops: -1, MaxHops: q.MaxHops, Via: q.Via.String(), Paths: []Path{}}
	if from == to {
		res.Hops = 0
		res.Paths = append(res.Paths, Path{Nodes: []NodeRef{res.From}, Edges: []PathEdge{}})
		return res, nil
	}
	sc := scratchPool.Get().(*scratch)
	defer func() {
		for _, n := range sc.touched {
			sc.distF[n], sc.distB[n] = -1, -1
		}
		sc.touched = sc.touched[:0]
		scratchPool.Put(sc)
	}()
	if len(sc.distF) < len(ix.vals) {
		sc.distF, sc.distB = make([]int8, len(ix.vals)), make([]int8, len(ix.vals))
		for i := range sc.distF {
			sc.distF[i], sc.distB[i] = -1, -1
		}
	}
	fw := &bfsSide{root: from, frontier: []nid{from}, parents: map[nid][]step{}}
	bw := &bfsSide{root: to, frontier: []nid{to}, parents: map[nid][]step{}}
	sc.distF[from], sc.distB[to] = 0, 0
	sc.touched = append(sc.touched, from, to)
	var meet []nid
	for fw.depth+bw.depth < q.MaxHops && len(fw.frontier) > 0 && len(bw.frontier) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		side, dist, other := fw, sc.distF, sc.distB
		if ix.frontierCost(bw.frontier) < ix.frontierCost(fw.frontier) {
			side, dist, other = bw, sc.distB, sc.distF
		}
		ix.expand(side, dist, &sc.touched, q.Via)
		for _, n := range side.frontier {
			if other[n] >= 0 {
				meet = append(meet, n)
			}
		}
		if len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return res, nil
	}
	res.Hops = fw.depth + bw.depth
	sort.Slice(meet, func(i, j int) bool { return ix.iri(meet[i]) < ix.iri(meet[j]) })
	for _, m := range meet {
		heads := ix.halfPaths(fw, m, limit+1)
		tails := ix.halfPaths(bw, m, limit+1)
		for _, h := range heads {
			for _, t := range tails {
				if len(res.Paths) >= limit {
					res.Truncated = true
					return res, nil
				}
				res.Paths = append(res.Paths, ix.joinPath(h, t))
			}
		}
	}
	return res, nil
}

// frontierCost estimates the work of expanding a frontier: its total degree.
func (ix *index) frontierCost(f []nid) int {
	c := 0
	for _, n := range f {
		c += len(ix.out[n]) + len(ix.in[n])
		if c > 1<<20 {
			break
		}
	}
	return c
}

// expand advances one side of the search by one level.
func (ix *index) expand(s *bfsSide, dist []int8, touched *[]nid, via Via) {
	d := int8(s.depth + 1)
	var next []nid
	visit := func(u, v, p nid, out bool) {
		switch dist[v] {
		case -1:
			dist[v] = d
			*touched = append(*touched, v)
			next = append(next, v)
			s.parents[v] = []step{{prev: u, p: p, out: out}}
		case d:
			s.parents[v] = append(s.parents[v], step{prev: u, p: p, out: out})
		}
	}
	for _, u := range s.frontier {
		for _, ed := range ix.out[u] {
			if ix.follows(ed.p, via) && ix.isNode(ed.n) {
				visit(u, ed.n, ed.p, true)
			}
		}
		for _, ed := range ix.in[u] {
			if ix.follows(ed.p, via) {
				visit(u, ed.n, ed.p, false)
			}
		}
	}
	s.frontier = next
	s.depth++
}

// follows reports whether a search with via may follow predicate p.
func (ix *index) follows(p nid, via Via) bool { return ix.pvia[p]&via != 0 }

// half is a path from a side's root to a meeting node: nodes[0] is the root.
type half struct {
	nodes []nid
	steps []step // steps[i] reaches nodes[i+1] from nodes[i]
}

// halfPaths enumerates up to limit shortest paths from s.root to m.
func (ix *index) halfPaths(s *bfsSide, m nid, limit int) []half {
	var out []half
	var walk func(n nid, rev []nid, revSteps []step)
	walk = func(n nid, rev []nid, revSteps []step) {
		if len(out) >= limit {
			return
		}
		rev = append(rev, n)
		if n == s.root {
			h := half{nodes: make([]nid, len(rev)), steps: make([]step, len(revSteps))}
			for i := range rev {
				h.nodes[i] = rev[len(rev)-1-i]
			}
			for i := range revSteps {
				h.steps[i] = revSteps[len(revSteps)-1-i]
			}
			out = append(out, h)
			return
		}
		for _, st := range s.parents[n] {
			walk(st.prev, rev, append(revSteps, st))
		}
	}
	walk(m, nil, nil)
	return out
}

// joinPath joins a head (from → m) and a tail (to → m) into one path.
func (ix *index) joinPath(h, t half) Path {
	p := Path{}
	edge := func(a, b nid, st step) PathEdge {
		// st says how b was reached from a: out means the quad is (a p b).
		s, o := a, b
		if !st.out {
			s, o = b, a
		}
		pred := ix.iri(st.p)
		return PathEdge{Source: ix.iri(s), Target: ix.iri(o), Predicate: pred, Label: bggraph.LocalName(pred)}
	}
	for i, n := range h.nodes {
		p.Nodes = append(p.Nodes, ix.ref(n))
		if i+1 < len(h.nodes) {
			p.Edges = append(p.Edges, edge(n, h.nodes[i+1], h.steps[i]))
		}
	}
	for i := len(t.nodes) - 2; i >= 0; i-- {
		a := t.nodes[i+1] // nearer m
		b := t.nodes[i]   // nearer to
		// t.steps[i] reaches a from b.
		st := t.steps[i]
		p.Nodes = append(p.Nodes, ix.ref(b))
		p.Edges = append(p.Edges, edge(b, a, st))
	}
	return p
}
