package transcript

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefgraph/briefgraph/extract/internal/scan"
)

var (
	// Month names as written in headings, in capitals too ("NATIONAL
	// BRIEFING - THURSDAY, APRIL 9TH, 2020").
	monthNames = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|` +
		`JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?`
	ordinal = `(?:st|nd|rd|th|ST|ND|RD|TH)?`
	mdyRE   = scan.MustCompile(`\b` + monthNames + `\s+(\d{1,2})` + ordinal + `,?\s+(\d{4})\b`)
	dmyRE   = scan.MustCompile(`\b(\d{1,2})` + ordinal + `\s+` + monthNames + `,?\s+(\d{4})\b`)
	isoRE   = scan.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
)

// FindDate returns the first date written in s in one of the forms briefings
// use: "March 28, 2020", "Mar. 28, 2020", "28 March 2020", "2020-03-23 22:53",
// "2020/03/23".
func FindDate(s string) (time.Time, bool) {
	type cand struct {
		at      int
		y, m, d int
	}
	var best *cand
	consider := func(c cand) {
		if c.m < 1 || c.m > 12 || c.d < 1 || c.d > 31 || c.y < 1900 || c.y > 2200 {
			return
		}
		if best == nil || c.at < best.at {
			best = &c
		}
	}
	if m := mdyRE.FindStringSubmatchIndex(s); m != nil {
		consider(cand{m[0], atoi(s[m[6]:m[7]]), month(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])})
	}
	if m := dmyRE.FindStringSubmatchIndex(s); m != nil {
		consider(cand{m[0], atoi(s[m[6]:m[7]]), month(s[m[4]:m[5]]), atoi(s[m[2]:m[3]])})
	}
	if m := isoRE.FindStringSubmatchIndex(s); m != nil {
		consider(cand{m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])})
	}
	if best == nil {
		return time.Time{}, false
	}
	t := time.Date(best.y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC)
	if t.Day() != best.d {
		return time.Time{}, false // February 30th
	}
	return t, true
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func month(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}
