package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Figures are the counts and the precision, recall and F1 of one row of a
// report. The JSON names are those of the reference scorer's --json output.
type Figures struct {
	Gold  int     `json:"gold"`
	Pred  int     `json:"pred"`
	Match int     `json:"match"`
	P     float64 `json:"p"`
	R     float64 `json:"r"`
	F1    float64 `json:"f1"`
}

// ClassFigures are the Figures of one entity class.
type ClassFigures struct {
	Class string `json:"class"`
	Figures
}

// Kind tells a missed gold item from a spurious prediction.
type Kind string

// The kinds of Line.
const (
	Missed   Kind = "missed"
	Spurious Kind = "spurious"
)

// Line is one missed or spurious item, as the reference scorer lists it.
type Line struct {
	Kind Kind `json:"kind"`
	// Category is an entity class, "speaker" or "action".
	Category string `json:"category"`
	// Text is the gold name or action ("China -> Iran [medical_team]") for a
	// missed item; for a spurious one, the node's sorted normalised names in
	// Python list notation, or its N-Quads term when it has no name.
	Text string `json:"text"`
}

// String formats l as the reference does, without its indent.
func (l Line) String() string { return fmt.Sprintf("%s %s: %s", l.Kind, l.Category, l.Text) }

// Report is the score of one document (or, from Micro, of a corpus).
type Report struct {
	// Name names the scored document; Score leaves it empty.
	Name string `json:"name,omitempty"`
	// Classes are the figures per entity class, in ClassNames order.
	Classes []ClassFigures `json:"classes"`
	// Entities are the figures over all classes.
	Entities Figures `json:"entities"`
	// Speakers are the figures of the speakers.
	Speakers Figures `json:"speakers"`
	// Actions are the aid-action figures matching (provider, recipient, type).
	Actions Figures `json:"actions"`
	// ActionEnds are the aid-action figures matching provider and recipient only.
	ActionEnds Figures `json:"action_ends"`
	// BadTypes are the predicted aidType local names outside the closed set,
	// sorted; "(none)" stands for an AidAction without aidType.
	BadTypes []string `json:"bad_aid_types,omitempty"`
	// Lines list what was missed and what was spurious, in the reference's order.
	Lines []Line `json:"lines,omitempty"`
}

// Row is one labelled row of the report table.
type Row struct {
	Label string
	Figures
}

// Rows returns the report's table: one row per class, then "entities (all
// classes)", "speakers", "aid actions (typed)" and "aid actions (ends
// only)". The labels are the keys of the reference scorer's --json object.
func (r *Report) Rows() []Row {
	var rows []Row
	for _, c := range r.Classes {
		rows = append(rows, Row{c.Class, c.Figures})
	}
	return append(rows,
		Row{"entities (all classes)", r.Entities},
		Row{"speakers", r.Speakers},
		Row{"aid actions (typed)", r.Actions},
		Row{"aid actions (ends only)", r.ActionEnds})
}

// Summary returns the report's last line, without newline:
// "score: entities F1=… speakers F1=… actions F1=…".
func (r *Report) Summary() string {
	return fmt.Sprintf("score: entities F1=%.3f speakers F1=%.3f actions F1=%.3f", r.Entities.F1, r.Speakers.F1, r.Actions.F1)
}

// WriteText writes the report as the reference scorer prints it (without its
// --json line): the table, the aidType warning, the missed and spurious
// lines, and the summary line.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s%6s%6s%7s%7s%7s%7s\n", "", "gold", "pred", "match", "P", "R", "F1")
	for _, row := range r.Rows() {
		fmt.Fprintf(&b, "%-26s%6d%6d%7d%7.2f%7.2f%7.2f\n", row.Label, row.Gold, row.Pred, row.Match, row.P, row.R, row.F1)
	}
	if len(r.BadTypes) > 0 {
		fmt.Fprintf(&b, "  aidType values outside the closed set: %s\n", pyList(r.BadTypes))
	}
	// The reference prints the joined lines even when there are none: an
	// empty line.
	for i, l := range r.Lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("  " + l.String())
	}
	b.WriteByte('\n')
	b.WriteString(r.Summary() + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// Micro returns the micro-average of reports: every row's counts summed and
// its precision, recall and F1 computed from the sums; BadTypes is the union.
// Lines are left out (they belong to each document). With no report, every
// figure is that of an empty gold against an empty prediction.
func Micro(reports ...*Report) *Report {
	m := &Report{Name: "micro-average"}
	for _, name := range ClassNames() {
		m.Classes = append(m.Classes, ClassFigures{Class: name})
	}
	var ent, spk, act, ends Figures
	bad := map[string]bool{}
	add := func(dst *Figures, f Figures) {
		dst.Gold += f.Gold
		dst.Pred += f.Pred
		dst.Match += f.Match
	}
	for _, r := range reports {
		if r == nil {
			continue
		}
		for _, c := range r.Classes {
			for i := range m.Classes {
				if m.Classes[i].Class == c.Class {
					add(&m.Classes[i].Figures, c.Figures)
				}
			}
		}
		add(&ent, r.Entities)
		add(&spk, r.Speakers)
		add(&act, r.Actions)
		add(&ends, r.ActionEnds)
		for _, t := range r.BadTypes {
			bad[t] = true
		}
	}
	for i := range m.Classes {
		c := &m.Classes[i]
		c.Figures = figures(c.Gold, c.Pred, c.Match)
	}
	m.Entities = figures(ent.Gold, ent.Pred, ent.Match)
	m.Speakers = figures(spk.Gold, spk.Pred, spk.Match)
	m.Actions = figures(act.Gold, act.Pred, act.Match)
	m.ActionEnds = figures(ends.Gold, ends.Pred, ends.Match)
	if len(bad) > 0 {
		m.BadTypes = make([]string, 0, len(bad))
		for t := range bad {
			m.BadTypes = append(m.BadTypes, t)
		}
		sort.Strings(m.BadTypes)
	}
	return m
}
