// Package synth generates synthetic press-briefing transcripts for
// benchmarks and tests: deterministic for a seed, of any count and size, in
// the genre's formats (a SCIO press conference with "Name:" turns and a
// moderator who introduces the panel; a foreign-ministry regular press
// conference with "Q:"/"A:" turns and the spokesperson in the heading; a
// Western department briefing with "MS X:"/"QUESTION:" turns), each with a
// heading, a date, varied speakers and aid sentences of every aid type.
//
// The names of people are made up; countries, organisations and outlets are
// real, as in the briefings users ingest.
package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Format is the layout of a generated transcript.
type Format int

// The formats a Generator writes, in the order it cycles through them.
const (
	SCIO    Format = iota // "Name:" turns, a moderator introducing the panel
	MFA                   // "Q:"/"A:" turns, the spokesperson in the heading
	Western               // "MS X:"/"QUESTION:" turns
)

// String returns the format's short name, used in file names.
func (f Format) String() string {
	switch f {
	case SCIO:
		return "scio"
	case MFA:
		return "mfa"
	case Western:
		return "western"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// DefaultSize is the default approximate size of a document in bytes,
// close to one page of a real transcript.
const DefaultSize = 8 << 10

// Config sets what a Generator writes.
type Config struct {
	// Seed selects the corpus: the same seed gives the same bytes.
	Seed uint64
	// Size is the approximate size of a document in bytes; each document
	// is between half and one and a half times this. Zero means DefaultSize.
	Size int
}

// Generator writes synthetic transcripts. Document(i) depends only on the
// Config and i, so documents can be generated in any order or in parallel.
type Generator struct {
	cfg Config
}

// New returns a Generator for cfg.
func New(cfg Config) *Generator {
	if cfg.Size <= 0 {
		cfg.Size = DefaultSize
	}
	return &Generator{cfg: cfg}
}

// Document is one generated transcript.
type Document struct {
	// Name is a file name: "00042-mfa-2020-03-23.txt".
	Name string
	// Format is the transcript's layout.
	Format Format
	// Date is the day of the briefing.
	Date time.Time
	// Data is the transcript's text, UTF-8.
	Data []byte
}

// Document returns the i-th document of the corpus.
func (g *Generator) Document(i int) Document {
	r := rand.New(rand.NewPCG(g.cfg.Seed, uint64(i)*0x9e3779b97f4a7c15+1))
	w := &writer{r: r, target: g.cfg.Size/2 + r.IntN(g.cfg.Size+1)}
	w.date = time.Date(2020, 1, 20, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(700))
	f := Format(i % 3)
	if r.IntN(4) == 0 { // not a strict cycle: some runs of one format
		f = Format(r.IntN(3))
	}
	switch f {
	case SCIO:
		w.scio()
	case MFA:
		w.mfa()
	default:
		w.western()
	}
	return Document{
		Name:   fmt.Sprintf("%05d-%s-%s.txt", i, f, w.date.Format("2006-01-02")),
		Format: f,
		Date:   w.date,
		Data:   w.buf.Bytes(),
	}
}

// writer builds one document.
type writer struct {
	r      *rand.Rand
	buf    bytes.Buffer
	target int
	date   time.Time
}

func (w *writer) pick(list []string) string { return list[w.r.IntN(len(list))] }
func (w *writer) chance(n int) bool         { return w.r.IntN(n) == 0 }
func (w *writer) full() bool                { return w.buf.Len() >= w.target }

func (w *writer) para(s string) { w.buf.WriteString(s); w.buf.WriteString("\n\n") }

// longDate is "March 28, 2020".
func (w *writer) longDate() string { return w.date.Format("January 2, 2006") }

// shortDate is a day near the briefing, as "Feb. 27".
func (w *writer) shortDate() string {
	d := w.date.AddDate(0, 0, -w.r.IntN(30))
	return fmt.Sprintf("%s %d", monthAbbr[d.Month()-1], d.Day())
}

// person is a speaker or a person mentioned.
type person struct {
	name, title, body string
	female            bool
}

func (w *writer) chineseName() string {
	given := w.pick(cnSyllables)
	if w.chance(3) {
		given += strings.ToLower(w.pick(cnSyllables))
	}
	return w.pick(cnSurnames) + " " + given
}

func (w *writer) foreignName() string { return w.pick(foreignFirst) + " " + w.pick(foreignLast) }

func (w *writer) official() person {
	b := bodies[w.r.IntN(len(bodies))]
	return person{name: w.chineseName(), title: w.pick(b.titles), body: b.acronym, female: w.chance(3)}
}

func honorific(p person) string {
	if p.female {
		return "Ms."
	}
	return "Mr."
}

// surname is the last word of a Western name, the first of a Chinese one.
func surname(p person, chinese bool) string {
	f := strings.Fields(p.name)
	if chinese {
		return f[0]
	}
	return f[len(f)-1]
}

// recipients returns a phrase naming one or more recipients, and whether
// it names China (help to China).
func (w *writer) recipients(toChina bool) string {
	if toChina {
		return w.pick([]string{"China", "Wuhan", "Hubei province", "the Chinese people"})
	}
	switch n := w.r.IntN(10); {
	case n == 0:
		o := orgs[w.r.IntN(len(orgs))]
		if o.acronym != "" && w.chance(2) {
			return "the " + o.acronym
		}
		return o.name
	case n == 1:
		return w.pick(regions)
	case n < 6:
		return w.countryName()
	default:
		k := 2 + w.r.IntN(4)
		names := w.countryList(k)
		list := strings.Join(names[:k-1], ", ") + " and " + names[k-1]
		if w.chance(3) {
			return fmt.Sprintf("the %s countries of %s", numberWord(k), list)
		}
		return list
	}
}

func (w *writer) countryName() string {
	c := countries[w.r.IntN(len(countries))]
	if c.short != "" && w.chance(2) {
		return c.short
	}
	return c.name
}

// countryList returns k distinct country names.
func (w *writer) countryList(k int) []string {
	idx := w.r.Perm(len(countries))[:k]
	out := make([]string, k)
	for i, j := range idx {
		out[i] = countries[j].name
	}
	return out
}

func numberWord(n int) string {
	return [...]string{"zero", "one", "two", "three", "four", "five", "six"}[n]
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// aidSentence returns one sentence reporting or planning an act of aid.
// provider is how the speaker names the giver ("we", "China", "the
// Chinese government"); toChina turns it round: help given to China by a
// foreign provider.
func (w *writer) aidSentence(provider string, toChina bool) string {
	if toChina {
		c := countries[w.r.IntN(len(countries))]
		provider = w.pick([]string{c.name, "the " + c.demonym + " government", c.demonym + " companies", "the " + c.demonym + " Red Cross"})
		if w.chance(4) {
			o := orgs[w.r.IntN(len(orgs))]
			provider = o.name
		}
	}
	P := capitalize(provider)
	R := w.recipients(toChina)
	has, is, its := "has", "is", "its"
	switch {
	case provider == "we":
		has, is, its = "have", "are", "our"
	case strings.HasSuffix(provider, "companies"):
		has, is, its = "have", "are", "their"
	}
	switch w.r.IntN(7) {
	case 0: // medical_team
		return w.pick([]string{
			fmt.Sprintf("%s %s sent %s medical experts to %s.", P, has, w.pick(counts), R),
			fmt.Sprintf("%s dispatched a medical team to %s, and the first team arrived on %s.", P, R, w.shortDate()),
			fmt.Sprintf("A medical team sent by %s arrived in %s on %s.", provider, R, w.shortDate()),
			fmt.Sprintf("%s will send %s medical teams to %s.", P, w.pick(counts), R),
			fmt.Sprintf("%s %s dispatched %s batches of medical experts to %s to help with the fight against COVID-19.", P, has, w.pick(counts[:8]), R),
		})
	case 1: // supplies
		s := w.r.Perm(len(supplies))
		return w.pick([]string{
			fmt.Sprintf("%s %s donated %s %s and %s %s to %s.", P, has, w.pick(bigCounts), supplies[s[0]], w.pick(counts), supplies[s[1]], R),
			fmt.Sprintf("%s %s donated by %s arrived in %s on %s.", capitalize(w.pick(bigCounts)), supplies[s[0]], provider, R, w.shortDate()),
			fmt.Sprintf("%s will provide %s, %s and %s to %s.", P, supplies[s[0]], supplies[s[1]], supplies[s[2]], R),
			fmt.Sprintf("%s shipped a batch of %s to %s.", P, supplies[s[0]], R),
			fmt.Sprintf("%s %s provided %s with %s %s.", P, has, R, w.pick(bigCounts), supplies[s[0]]),
		})
	case 2: // funding
		return w.pick([]string{
			fmt.Sprintf("%s %s provided %s in cash assistance to %s.", P, has, w.pick(money), R),
			fmt.Sprintf("%s donated %s to %s to support the fight against the epidemic.", P, w.pick(money), R),
			fmt.Sprintf("%s will contribute %s to %s.", P, w.pick(money), R),
			fmt.Sprintf("A grant of %s was provided by %s to %s.", w.pick(money), provider, R),
		})
	case 3: // expert_exchange
		return w.pick([]string{
			fmt.Sprintf("%s %s held %s video conferences with health experts from %s.", P, has, w.pick(counts), R),
			fmt.Sprintf("%s held a video conference with experts from %s to discuss prevention and control measures.", P, R),
			fmt.Sprintf("%s will hold a teleconference with medical experts from %s.", P, R),
			fmt.Sprintf("%s organized online training for doctors and nurses from %s.", P, R),
		})
	case 4: // knowledge_sharing
		return w.pick([]string{
			fmt.Sprintf("%s %s shared %s experience in prevention, control and treatment with %s.", P, has, its, R),
			fmt.Sprintf("%s provided the diagnosis and treatment plans and the genome sequence of the virus to %s.", P, R),
			fmt.Sprintf("%s will continue to share information and experience with %s.", P, R),
		})
	case 5: // research_cooperation
		return w.pick([]string{
			fmt.Sprintf("%s %s carried out joint research on vaccines and drugs with %s.", P, has, R),
			fmt.Sprintf("%s will conduct clinical trials of a vaccine jointly with %s.", P, R),
			fmt.Sprintf("%s %s working with scientists from %s on vaccine research and development.", P, is, R),
		})
	default: // other
		return w.pick([]string{
			fmt.Sprintf("%s %s provided assistance to %s within %s capacity.", P, has, R, its),
			fmt.Sprintf("%s will offer help to %s to the best of %s ability.", P, R, its),
		})
	}
}

// answer writes a paragraph or two of a speaker's answer: filler around
// aid sentences.
func (w *writer) answer(provider string, foreignShare int) string {
	var s []string
	n := 2 + w.r.IntN(5)
	for range n {
		switch {
		case w.chance(3):
			s = append(s, w.pick(filler))
		case w.chance(foreignShare):
			s = append(s, w.aidSentence(provider, true))
		default:
			s = append(s, w.aidSentence(provider, false))
		}
	}
	if strings.HasPrefix(s[0], "We ") && w.chance(3) {
		s[0] = w.pick([]string{"First, we ", "Second, we ", "Third, we ", "In addition, we ", "Meanwhile, we "}) + s[0][3:]
	}
	return strings.Join(s, " ")
}

func (w *writer) chinaProvider() string {
	return w.pick([]string{"we", "we", "China", "the Chinese government", "the Chinese side",
		"Chinese companies", "the National Health Commission", "the China International Development Cooperation Agency",
		"Hubei province", "Shanghai", "the Red Cross Society of China"})
}

func (w *writer) chrome() {
	if w.chance(2) {
		n := 2 + w.r.IntN(15)
		var b strings.Builder
		b.WriteString("< ")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, " %d ", i)
		}
		b.WriteString(" >  ")
		w.para(b.String())
	}
	if w.chance(2) {
		w.buf.WriteString("Print E-mail Bookmark and Share")
	}
}

func (w *writer) scio() {
	topic := w.pick(topics)
	w.para("SCIO briefing on " + strings.Replace(topic, "international community", "int'l community", 1))
	part := w.pick([]string{"morning", "afternoon"})
	w.para(fmt.Sprintf("The State Council Information Office (SCIO) held a press conference %s %s in Beijing to introduce %s. %s",
		weekdays[w.r.IntN(7)], part, topic, w.longDate()))

	moderator := person{name: w.chineseName(), female: w.chance(2)}
	panel := make([]person, 2+w.r.IntN(3))
	for i := range panel {
		panel[i] = w.official()
	}
	w.para(moderator.name + ":")
	var intro []string
	for _, p := range panel {
		intro = append(intro, fmt.Sprintf("%s %s, %s (%s)", honorific(p), p.name, p.title, p.body))
	}
	w.para(fmt.Sprintf("Ladies and gentlemen, good %s. Welcome to this press conference held by the State Council Information Office. Today we have invited %s. They will brief you on %s and answer your questions. Now, I'll give the floor to %s %s.",
		part, strings.Join(intro[:len(intro)-1], "; ")+"; and "+intro[len(intro)-1], topic, honorific(panel[0]), surname(panel[0], true)))

	for i := 0; !w.full() || i == 0; i++ {
		p := panel[w.r.IntN(len(panel))]
		if i > 0 {
			outlet := w.pick(outlets)
			w.para(outlet + ":")
			w.para(w.pick(questions))
		}
		w.para(p.name + ":")
		for range 1 + w.r.IntN(3) {
			w.para(w.answer(w.chinaProvider(), 5))
		}
		if w.chance(3) {
			w.para(fmt.Sprintf("As %s %s mentioned earlier, %s", honorific(panel[0]), surname(panel[0], true), w.pick(filler)))
		}
		w.para(w.pick([]string{"Thank you.", "That's all. Thank you.", "Thank you for your question."}))
	}
	w.para(moderator.name + ":")
	w.para("Thank you to all the speakers. Today's press conference is concluded. Thank you, everyone.")
	w.chrome()
}

func (w *writer) mfa() {
	sp := person{name: w.chineseName(), female: w.chance(2)}
	w.para(fmt.Sprintf("Foreign Ministry Spokesperson %s's Regular Press Conference on %s", sp.name, w.longDate()))
	w.para(w.date.Add(time.Duration(15*60+w.r.IntN(8*60)) * time.Minute).Format("2006-01-02 15:04"))
	if w.chance(2) {
		w.para(w.answer("China", 4))
	}
	for !w.full() {
		if w.chance(3) {
			w.para(w.pick(outlets) + ": " + w.pick(questions))
		} else {
			w.para("Q: " + w.pick(questions))
		}
		w.para("A: " + w.answer(w.chinaProvider(), 4))
		if w.chance(4) {
			w.para("Follow-up: " + w.pick(questions))
			w.para("A: " + w.pick(filler))
		}
	}
	w.chrome()
}

func (w *writer) western() {
	sp := person{name: w.foreignName(), female: w.chance(2)}
	last := strings.ToUpper(surname(sp, false))
	tag := "MR " + last + ":"
	if sp.female {
		tag = "MS " + last + ":"
	}
	us := western[w.r.IntN(len(western))]
	w.para(fmt.Sprintf("Department Press Briefing – %s", w.longDate()))
	w.para(fmt.Sprintf("%s, Department Spokesperson\n%s", sp.name, us.capital))
	provider := w.pick([]string{us.name, "the " + us.demonym + " government", "we"})
	w.para(fmt.Sprintf("%s Good afternoon, everyone. %s", tag, w.answer(provider, 6)))
	for !w.full() {
		w.para("QUESTION: " + w.pick(questions))
		provider = w.pick([]string{us.name, "the " + us.demonym + " government", "we", "we"})
		w.para(tag + " " + w.answer(provider, 6))
		if w.chance(3) {
			w.para("QUESTION: Thank you.")
		}
	}
	w.para("(The briefing was concluded at " + fmt.Sprintf("%d:%02d", 1+w.r.IntN(4), w.r.IntN(60)) + " p.m.)")
}
