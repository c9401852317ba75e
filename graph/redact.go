package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
)

// redacted replaces a password in messages.
const redacted = "xxxxx"

var (
	// userinfoRE matches the password of scheme://user:password@host.
	userinfoRE = regexp.MustCompile(`(://[^:@/\s]*:)[^@]*@`)
	// kvPasswordRE matches password=… in a DSN or a query string.
	kvPasswordRE = regexp.MustCompile(`(?i)(password=)('[^']*'|[^&\s]*)`)
)

// Redact returns url with any password replaced by "xxxxx": the password of
// its user info (postgres://user:secret@host) and any password=… parameter
// or key=value pair. Use it on every store URL that may reach a message.
func Redact(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), redacted)
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", redacted)
			u.RawQuery = q.Encode()
		}
		return kvPasswordRE.ReplaceAllString(u.String(), "${1}"+redacted)
	}
	s := userinfoRE.ReplaceAllString(rawURL, "${1}"+redacted+"@")
	return kvPasswordRE.ReplaceAllString(s, "${1}"+redacted)
}

// scrub removes from msg the password of rawURL (if any) and anything that
// looks like a password in a connection string.
func scrub(msg, rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.User != nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, redacted)
			if e := url.UserPassword("", p).String(); len(e) > 2 {
				msg = strings.ReplaceAll(msg, e[1:len(e)-1], redacted) // percent-encoded form
			}
		}
	}
	msg = userinfoRE.ReplaceAllString(msg, "${1}"+redacted+"@")
	return kvPasswordRE.ReplaceAllString(msg, "${1}"+redacted)
}

// clogger routes Cayley's process-wide log (package clog) to slog, redacting
// every line, because Cayley prints full connection strings when a database
// cannot be opened. Info lines are dropped: they are Cayley's chatter.
type clogger struct {
	mu sync.Mutex
	l  *slog.Logger // nil: slog.Default()
}

func (c *clogger) logger() *slog.Logger {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.l == nil {
		return slog.Default()
	}
	return c.l
}

func (c *clogger) emit(level slog.Level, format string, args []any) {
	if strings.HasPrefix(format, "Couldn't open database") {
		level = slog.LevelDebug // Open returns this error, redacted, to its caller
	}
	for _, a := range args {
		if err, ok := a.(error); ok && errors.Is(err, graph.ErrDatabaseExists) {
			// Open initialises a SQL store on every open and expects this
			// on any but the first: not an error to show.
			level = slog.LevelDebug
		}
	}
	c.logger().Log(context.Background(), level, scrub(fmt.Sprintf(format, args...), ""), "component", "cayley")
}

func (c *clogger) Infof(string, ...any)                {}
func (c *clogger) Warningf(format string, args ...any) { c.emit(slog.LevelWarn, format, args) }
func (c *clogger) Errorf(format string, args ...any)   { c.emit(slog.LevelError, format, args) }
func (c *clogger) Fatalf(format string, args ...any)   { c.emit(slog.LevelError, format, args) }
func (c *clogger) V(int) bool                          { return false }
func (c *clogger) SetV(int)                            {}

// theClogger is installed once as Cayley's logger; Cayley offers only
// process-wide logging, so this is the one piece of package state.
var theClogger = &clogger{}

var clogOnce sync.Once

// installClogger makes sure Cayley logs through theClogger, and points it at l
// when l is not nil.
func installClogger(l *slog.Logger) {
	clogOnce.Do(func() { clog.SetLogger(theClogger) })
	if l != nil {
		theClogger.mu.Lock()
		theClogger.l = l
		theClogger.mu.Unlock()
	}
}

func init() { installClogger(nil) }
