// Package gazetteer finds the countries, organisations, regions and
// government bodies that a briefing names, from dictionaries shipped in
// data/gazetteer/ (see data/README.md for each file's source and licence).
//
// A [Gazetteer] is built once by [Load] or [Default] and is then read-only
// and safe for concurrent use. [Gazetteer.Find] scans a text for every known
// surface form with Aho-Corasick automata; [Gazetteer.Lookup] resolves one
// name. The classes of entries are the IRIs of package graph/voc.
package gazetteer

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefgraph/briefgraph/data"
	"github.com/briefgraph/briefgraph/graph/voc"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Entry is one known entity: a country or territory, an organisation, a
// region or group of countries, or a government body. Entries are shared:
// callers must not modify them.
type Entry struct {
	ID       string   // stable slug key, e.g. "country/cn", "org/who", "place/africa", "gov/cn/ministry-of-foreign-affairs"
	Class    string   // voc.Country | voc.Organization | voc.Place | voc.GovernmentOrganization
	Name     string   // canonical display name
	Aliases  []string // every other known surface form (acronyms, official names, short forms); not demonyms
	Demonyms []string // adjectives and demonyms ("Serbian", "African")
	ISO2     string   // ISO 3166-1 alpha-2 (countries only)
	ISO3     string   // ISO 3166-1 alpha-3 (countries only)
	Wikidata string   // Wikidata item ("Q148"), or "" if not checked
	Country  string   // ISO2 of the country a GovernmentOrganization or a City belongs to
	Kind     string   // organisations: igo, ngo, media, company, party; cities: "", town, subdivision
	Region   string   // countries: "region/subregion" as in world-countries
}

// Mention is one place in a text where an entry is named.
type Mention struct {
	Start, End int    // byte offsets into the text passed to Find
	Entry      *Entry // the entry named
	Surface    string // text[Start:End]
	Demonym    bool   // matched through a demonym or adjective ("Serbian")
}

// Gazetteer holds the entries and the automata that find them. It is
// immutable once loaded and safe for concurrent use.
type Gazetteer struct {
	entries []*Entry // sorted by ID
	byID    map[string]*Entry
	lookup  map[string]ref // normalised surface → best entry
	titles  []string       // longest first

	acr   *matcher        // all-caps surfaces, matched in exact case on the raw text
	names *matcher        // other surfaces, matched on the ASCII-lower-cased text
	caps  map[string]bool // all-caps words that are not shouting: known acronyms and common ones
	bufs  sync.Pool       // *[]byte scratch for the lower-cased text
	// starts tells, for a byte, after which classes of byte before it a
	// walk of acr or names may start there (see setStarts).
	starts [256]uint8
}

// Kinds of organisation (Entry.Kind).
const (
	KindIGO     = "igo"
	KindNGO     = "ngo"
	KindMedia   = "media"
	KindCompany = "company"
	KindParty   = "party"
)

// Kinds of City (Entry.Kind). A city of no kind (a capital, a large city, a
// province written by hand) is named wherever its name stands; a town or a
// subdivision only where the text says it is a place (see [Gazetteer.Find]).
const (
	KindTown        = "town"        // a city of fewer than 500,000 inhabitants
	KindSubdivision = "subdivision" // a province, state, region, governorate… (ISO 3166-2)
)

// PlaceOnly reports whether e is named only in a place context: a town or
// a subdivision, whose names are often words, persons or other things.
func (e *Entry) PlaceOnly() bool {
	return e.Class == voc.City && (e.Kind == KindTown || e.Kind == KindSubdivision)
}

// Error is a problem in a data file, with its position.
type Error struct {
	File string // path within the file system passed to Load
	Line int    // 1-based; 0 when the problem is not on one line
	Err  error
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNoEntries is returned by Load when the file system holds no entries.
var ErrNoEntries = errors.New("gazetteer: no entries found under gazetteer/")

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) { return Load(data.FS) })

// Default returns the gazetteer built from the files embedded in package
// data. It is built on the first call and shared by every caller.
func Default() (*Gazetteer, error) { return defaultGazetteer() }

// Entry returns the entry with the given ID, or nil.
func (g *Gazetteer) Entry(id string) *Entry { return g.byID[id] }

// Entries returns every entry, sorted by ID.
func (g *Gazetteer) Entries() []*Entry { return slices.Clone(g.entries) }

// Titles returns the known job titles ("Foreign Minister", "Spokesperson"),
// longest first, so that the first one that matches is the most specific.
func (g *Gazetteer) Titles() []string { return slices.Clone(g.titles) }

// Lookup returns the entry named by name — its canonical name, an alias, an
// acronym or a demonym — compared without regard to case, accents,
// punctuation, a leading "the" or a trailing possessive; nil if unknown.
// When two entries share a form, names beat aliases beat demonyms, then
// countries beat government bodies beat organisations beat places. Towns and
// subdivisions are not returned: a name alone does not say it is a place
// (see [Entry.PlaceOnly]).
func (g *Gazetteer) Lookup(name string) *Entry {
	if len(name) <= 64 && isASCII(name) {
		// Most names: the key is made on the stack, and the map read
		// with it costs no string.
		var buf [64]byte
		return g.lookup[string(normalASCII(buf[:0], name))].entry
	}
	return g.lookup[normalize(name)].entry
}

// ref is a candidate owner of a surface form with its precedence.
type ref struct {
	entry   *Entry
	demonym bool
	rank    int // lower wins
}

const (
	tierName = iota
	tierAlias
	tierDemonym
)

func classOrder(class string) int {
	switch class {
	case voc.Country:
		return 0
	case voc.GovernmentOrganization:
		return 1
	case voc.Organization:
		return 2
	default:
		return 3
	}
}

func rankOf(e *Entry, tier int) int { return tier*10 + classOrder(e.Class) }

// better reports whether a should own a contested surface instead of b.
func better(a, b ref) bool {
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	if a.entry == nil || b.entry == nil {
		return a.entry == nil
	}
	return a.entry.ID < b.entry.ID
}

// foldAccents returns a transformer that removes combining marks ("Côte" →
// "Cote"). A transform.Chain keeps state, so each call gets its own:
// one shared by concurrent extractions raced (and dropped quads).
func foldAccents() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalize is the key of Lookup: lower case, no accents, no punctuation,
// no leading "the", no trailing possessive, single spaces.
func normalize(s string) string {
	if isASCII(s) {
		return string(normalASCII(nil, s))
	}
	if f, _, err := transform.String(foldAccents(), s); err == nil {
		s = f
	}
	return normalizeRunes(s)
}

// normalASCII appends normalize(s) to dst for an ASCII s, in one pass:
// what normalizeRunes does, byte by byte.
func normalASCII(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if n := len(s); n >= 2 && s[n-2] == '\'' && (s[n-1] == 's' || s[n-1] == 'S') {
		s = s[:n-2] // a possessive, in either case
	}
	start := len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&':
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, lowerByte(c))
		case c == ' ' || '\t' <= c && c <= '\r' || c == '-' || c == '/':
			space = true
		}
		// Other punctuation (. , ' ( )) is dropped: "U.S." → "us".
	}
	if out := dst[start:]; len(out) >= 4 && string(out[:4]) == "the " {
		dst = append(dst[:start], out[4:]...)
	}
	return dst
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// normalizeRunes is normalize for a text whose accents are folded.
func normalizeRunes(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimSuffix(s, "'s")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '-' || r == '/':
			space = true
		}
		// Other punctuation (. , ' ( )) is dropped: "U.S." → "us".
	}
	out := b.String()
	if rest, ok := strings.CutPrefix(out, "the "); ok {
		out = rest
	}
	return out
}

// sortTitles orders titles longest first, then alphabetically.
func sortTitles(ts []string) {
	slices.SortFunc(ts, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
}
