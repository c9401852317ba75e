package graph

import (
	"context"
	"database/sql"
	"fmt"
)

// sqlSide is briefgraph's own connection pool to the database of a SQL
// store, beside Cayley's (which Cayley keeps private): for the label index
// (both SQL backends) and the bulk writer (PostgreSQL).
type sqlSide struct {
	db *sql.DB
}

// sqlLabelIndex is the index ensureLabelIndex adds to Cayley's quads table.
const sqlLabelIndex = "quads_label_index"

// openSQLSide opens a pool on the store's database with the driver Cayley
// registered for it ("postgres" is lib/pq, "pgx" is pgx's database/sql
// driver), the same URL, hence the same server, database and role.
func openSQLSide(ctx context.Context, driver, addr string) (*sqlSide, error) {
	db, err := sql.Open(driver, addr)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(2)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, sqlHint(err)
	}
	return &sqlSide{db: db}, nil
}

func (s *sqlSide) Close() error { return s.db.Close() }

// ensureLabelIndex adds an index on quads.label_hash if the store has
// none of that name. Cayley's schema indexes subject, predicate and object
// but not the label, so reading one document's quads (DocumentQuads, what
// a replacement or a deletion diffs against) scanned the whole table.
// Looking first means an existing store is not locked at every open (CREATE
// INDEX takes a lock that waits for a running write); IF NOT EXISTS keeps
// two processes opening a store at once from failing. On a large store
// without the index, the first open builds it (4 s for 17.8 million quads
// on the benchmark machine), blocking writes meanwhile.
func (s *sqlSide) ensureLabelIndex(ctx context.Context) error {
	var n int
	err := s.db.QueryRowContext(ctx,
		`SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'quads' AND indexname = $1`,
		sqlLabelIndex).Scan(&n)
	if err != nil {
		return fmt.Errorf("look for the label index: %w", err)
	}
	if n > 0 {
		return nil
	}
	if _, err := s.db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS `+sqlLabelIndex+` ON quads (label_hash)`); err != nil {
		return fmt.Errorf("create the label index: %w", err)
	}
	return nil
}
