package eval_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/briefgraph/briefgraph/extract/eval"
	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

// builder writes quads in the project's vocabulary.
type builder []quad.Quad

func (b *builder) entity(id, class string, names ...string) quad.IRI {
	iri := quad.IRI(voc.IDBase + id)
	*b = append(*b, quad.Quad{Subject: iri, Predicate: quad.IRI(voc.Type), Object: quad.IRI(class)})
	for i, n := range names {
		p := voc.AlternateName
		if i == 0 {
			p = voc.Name
		}
		*b = append(*b, quad.Quad{Subject: iri, Predicate: quad.IRI(p), Object: quad.String(n)})
	}
	return iri
}

func (b *builder) action(id string, provider, recipient quad.IRI, typ quad.Value) {
	iri := quad.IRI(voc.IDBase + "aid/" + id)
	*b = append(*b,
		quad.Quad{Subject: iri, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.AidAction)},
		quad.Quad{Subject: iri, Predicate: quad.IRI(voc.Provider), Object: provider},
		quad.Quad{Subject: iri, Predicate: quad.IRI(voc.Recipient), Object: recipient})
	if typ != nil {
		*b = append(*b, quad.Quad{Subject: iri, Predicate: quad.IRI(voc.AidType), Object: typ})
	}
}

func (b *builder) speaker(turn string, who quad.IRI) {
	*b = append(*b, quad.Quad{Subject: quad.IRI(voc.IDBase + "turn/" + turn), Predicate: quad.IRI(voc.Speaker), Object: who})
}

func gold(t *testing.T, js string) *eval.Gold {
	t.Helper()
	g, err := eval.LoadGold(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

const chinaIran = `{
  "speakers": [{"name": "Geng Shuang", "aliases": ["Geng"]}],
  "countries": [{"name": "China", "aliases": ["Chinese"]}, {"name": "Iran", "aliases": ["Iranian"]}],
  "aid_actions": [{"provider": "Chinese", "recipient": "Iran", "type": "medical_team"}]
}`

func TestScore(t *testing.T) {
	type want struct {
		entities, speakers, actions, ends eval.Figures
		lines                             []string
	}
	for _, tc := range []struct {
		name  string
		gold  string
		quads func(b *builder)
		want  want
	}{
		{
			name: "perfect",
			gold: chinaIran,
			quads: func(b *builder) {
				geng := b.entity("geng", voc.Person, "Geng Shuang")
				b.speaker("1", geng)
				b.speaker("2", geng)
				cn := b.entity("cn", voc.Country, "China")
				ir := b.entity("ir", voc.Country, "Iran")
				b.action("1", cn, ir, quad.String(voc.MedicalTeam))
			},
			want: want{
				entities: eval.Figures{Gold: 3, Pred: 3, Match: 3, P: 1, R: 1, F1: 1},
				speakers: eval.Figures{Gold: 1, Pred: 1, Match: 1, P: 1, R: 1, F1: 1},
				actions:  eval.Figures{Gold: 1, Pred: 1, Match: 1, P: 1, R: 1, F1: 1},
				ends:     eval.Figures{Gold: 1, Pred: 1, Match: 1, P: 1, R: 1, F1: 1},
			},
		},
		{
			name: "duplicate node is spurious",
			gold: chinaIran,
			quads: func(b *builder) {
				b.entity("geng", voc.Person, "Mr. Geng")
				b.entity("cn", voc.Country, "China")
				b.entity("cn2", voc.Country, "the Chinese")
				b.entity("ir", voc.Country, "Iran")
			},
			want: want{
				entities: eval.Figures{Gold: 3, Pred: 4, Match: 3, P: 0.75, R: 1, F1: 2 * 0.75 / 1.75},
				speakers: eval.Figures{Gold: 1},
				actions:  eval.Figures{Gold: 1},
				ends:     eval.Figures{Gold: 1},
				lines: []string{"spurious Country: ['chinese']", "missed speaker: Geng Shuang",
					"missed action: Chinese -> Iran [medical_team]"},
			},
		},
		{
			name: "alias matching and a wrong type",
			gold: chinaIran,
			quads: func(b *builder) {
				cn := b.entity("cn", voc.Country, "People's Republic", "Chinese")
				ir := b.entity("ir", voc.Country, "Islamic Republic", "IRANIAN")
				b.action("1", cn, ir, quad.IRI(voc.NS+"Supplies"))
			},
			want: want{
				entities: eval.Figures{Gold: 3, Pred: 2, Match: 2, P: 1, R: 2.0 / 3, F1: 2 * (2.0 / 3) / (1 + 2.0/3)},
				speakers: eval.Figures{Gold: 1},
				actions:  eval.Figures{Gold: 1, Pred: 1},
				ends:     eval.Figures{Gold: 1, Pred: 1, Match: 1, P: 1, R: 1, F1: 1},
				lines: []string{"missed Person: Geng Shuang", "missed speaker: Geng Shuang",
					"missed action: Chinese -> Iran [medical_team]",
					"spurious action: ['chinese', 'peoples republic'] -> ['iranian', 'islamic republic'] [supplies]"},
			},
		},
		{
			name: "one node, two recipients, duplicate triples counted once",
			gold: `{"countries": [{"name": "China"}, {"name": "Iran"}, {"name": "Iraq"}],
			        "aid_actions": [{"provider": "China", "recipient": "Iran", "type": "medical_team"},
			                        {"provider": "China", "recipient": "Iraq", "type": "medical_team"}]}`,
			quads: func(b *builder) {
				cn := b.entity("cn", voc.Country, "China")
				ir := b.entity("ir", voc.Country, "Iran")
				iq := b.entity("iq", voc.Country, "Iraq")
				b.action("1", cn, ir, quad.String("medical_team"))
				*b = append(*b, quad.Quad{Subject: quad.IRI(voc.IDBase + "aid/1"), Predicate: quad.IRI(voc.Recipient), Object: iq})
				b.action("2", cn, ir, quad.String("medicalTeam"))
			},
			want: want{
				entities: eval.Figures{Gold: 3, Pred: 3, Match: 3, P: 1, R: 1, F1: 1},
				speakers: eval.Figures{P: 1, R: 1, F1: 1},
				actions:  eval.Figures{Gold: 2, Pred: 2, Match: 2, P: 1, R: 1, F1: 1},
				ends:     eval.Figures{Gold: 2, Pred: 2, Match: 2, P: 1, R: 1, F1: 1},
			},
		},
		{
			name: "no gold",
			gold: `{}`,
			quads: func(b *builder) {
				cn := b.entity("cn", voc.Country, "China")
				b.action("1", cn, cn, nil)
			},
			want: want{
				entities: eval.Figures{Pred: 1},
				speakers: eval.Figures{P: 1, R: 1, F1: 1},
				actions:  eval.Figures{Pred: 1},
				ends:     eval.Figures{Pred: 1},
				lines:    []string{"spurious Country: ['china']", "spurious action: ['china'] -> ['china'] [(none)]"},
			},
		},
		{
			name:  "empty prediction",
			gold:  chinaIran,
			quads: func(b *builder) {},
			want: want{
				entities: eval.Figures{Gold: 3},
				speakers: eval.Figures{Gold: 1},
				actions:  eval.Figures{Gold: 1},
				ends:     eval.Figures{Gold: 1},
				lines: []string{"missed Person: Geng Shuang", "missed Country: China", "missed Country: Iran",
					"missed speaker: Geng Shuang", "missed action: Chinese -> Iran [medical_team]"},
			},
		},
		{
			name:  "nothing at all",
			gold:  `{}`,
			quads: func(b *builder) {},
			want: want{
				entities: eval.Figures{P: 1, R: 1, F1: 1},
				speakers: eval.Figures{P: 1, R: 1, F1: 1},
				actions:  eval.Figures{P: 1, R: 1, F1: 1},
				ends:     eval.Figures{P: 1, R: 1, F1: 1},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b builder
			tc.quads(&b)
			r := eval.Score(gold(t, tc.gold), b)
			for _, c := range []struct {
				what      string
				got, want eval.Figures
			}{{"entities", r.Entities, tc.want.entities}, {"speakers", r.Speakers, tc.want.speakers},
				{"actions", r.Actions, tc.want.actions}, {"action ends", r.ActionEnds, tc.want.ends}} {
				if c.got != c.want {
					t.Errorf("%s = %+v, want %+v", c.what, c.got, c.want)
				}
			}
			var lines []string
			for _, l := range r.Lines {
				lines = append(lines, l.String())
			}
			if strings.Join(lines, "\n") != strings.Join(tc.want.lines, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(tc.want.lines, "\n"))
			}
		})
	}
}

func TestScoreNilGold(t *testing.T) {
	r := eval.Score(nil, nil)
	if r.Entities.F1 != 1 || r.Actions.F1 != 1 || len(r.Classes) != 5 {
		t.Errorf("Score(nil, nil) = %+v", r)
	}
}

func TestMicro(t *testing.T) {
	g := gold(t, chinaIran)
	var b builder
	cn := b.entity("cn", voc.Country, "China")
	ir := b.entity("ir", voc.Country, "Iran")
	b.action("1", cn, ir, quad.String("medical_team"))
	full := eval.Score(g, b)
	empty := eval.Score(g, nil)
	m := eval.Micro(full, empty, nil)
	if want := (eval.Figures{Gold: 6, Pred: 2, Match: 2, P: 1, R: 2.0 / 6, F1: 2 * (2.0 / 6) / (1 + 2.0/6)}); m.Entities != want {
		t.Errorf("entities = %+v, want %+v", m.Entities, want)
	}
	if want := (eval.Figures{Gold: 2, Pred: 1, Match: 1, P: 1, R: 0.5, F1: 2 * 0.5 / 1.5}); m.Actions != want {
		t.Errorf("actions = %+v, want %+v", m.Actions, want)
	}
	if c := m.Classes[2]; c.Class != "Country" || c.Gold != 4 || c.Match != 2 {
		t.Errorf("Country = %+v", c)
	}
	if len(m.Lines) != 0 {
		t.Errorf("micro-average has lines: %v", m.Lines)
	}
	if z := eval.Micro(); z.Entities.F1 != 1 || len(z.Classes) != 5 {
		t.Errorf("Micro() = %+v", z)
	}
}

func TestReportJSON(t *testing.T) {
	var b builder
	b.entity("cn", voc.Country, "China")
	r := eval.Score(gold(t, chinaIran), b)
	r.Name = "doc"
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"name":"doc"`, `"classes":[{"class":"Person","gold":1,`, `"entities":{"gold":3,"pred":1,"match":1,`,
		`"action_ends":`, `"lines":[{"kind":"missed","category":"Person","text":"Geng Shuang"}`} {
		if !bytes.Contains(data, []byte(key)) {
			t.Errorf("JSON lacks %s:\n%s", key, data)
		}
	}
	var back eval.Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Entities != r.Entities || len(back.Lines) != len(r.Lines) || back.Classes[2] != r.Classes[2] {
		t.Errorf("round trip: %+v, want %+v", back, *r)
	}
}

func TestWriteTextSummary(t *testing.T) {
	var out bytes.Buffer
	if err := eval.Score(gold(t, chinaIran), nil).WriteText(&out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if last := lines[len(lines)-1]; last != "score: entities F1=0.000 speakers F1=0.000 actions F1=0.000" {
		t.Errorf("last line %q", last)
	}
}

func TestLoadGold(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"seed-like", chinaIran, true},
		{"empty object", `{}`, true},
		{"extra keys ignored", `{"id": "x", "notes": [1, 2], "countries": [{"name": "Chad", "iso2": "TD", "extra": true}]}`, true},
		{"null aliases", `{"persons": [{"name": "Xi Jinping", "aliases": null, "title": null}]}`, true},
		{"not an object", `[]`, false},
		{"null", `null`, false},
		{"syntax", `{"speakers": [`, false},
		{"trailing data", `{} {}`, false},
		{"null list", `{"aid_actions": null}`, false},
		{"list of non-objects", `{"countries": ["China"]}`, false},
		{"missing name", `{"countries": [{"aliases": ["X"]}]}`, false},
		{"name not a string", `{"countries": [{"name": 5}]}`, false},
		{"aliases not strings", `{"countries": [{"name": "China", "aliases": "PRC"}]}`, false},
		{"action without type", `{"aid_actions": [{"provider": "China", "recipient": "Iran"}]}`, false},
		{"keys are case-sensitive", `{"Countries": [{"Name": 5}]}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := eval.LoadGold(strings.NewReader(tc.in))
			if tc.ok != (err == nil) {
				t.Fatalf("LoadGold(%s) = %v, want ok=%v", tc.in, err, tc.ok)
			}
			if err == nil && g == nil {
				t.Fatal("nil gold without error")
			}
		})
	}
	_, err := eval.LoadGold(strings.NewReader(`{"countries": [{}]}`))
	if !errors.Is(err, eval.ErrGold) {
		t.Errorf("error %v does not wrap ErrGold", err)
	}
}

// FuzzLoadGold: LoadGold never panics, and whatever it accepts can be scored
// and printed.
func FuzzLoadGold(f *testing.F) {
	for _, s := range []string{chinaIran, `{}`, `{"countries": [{"name": ""}]}`, `{"aid_actions": [{"provider": "", "recipient": "x", "type": "\"a\\"}]}`,
		`{"speakers": [{"name": "Dr.", "aliases": ["the", "Mr "]}]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		g, err := eval.LoadGold(strings.NewReader(in))
		if err != nil {
			return
		}
		var b builder
		cn := b.entity("cn", voc.Country, "China", in)
		b.action("1", cn, cn, quad.String(in))
		r := eval.Score(g, b)
		if err := r.WriteText(&bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}
