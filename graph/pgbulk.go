package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/lib/pq"
)

// nodeColumns are the columns of Cayley's nodes table, in the order the
// bulk writer copies them: the hash, the reference count, then every value
// column (csql.NodeValues fills those of the value's type; the others stay
// NULL, as in the rows Cayley's writer inserts).
var nodeColumns = []string{
	"hash", "refs", "value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time",
}

// nodeColumn is the position of each of nodeColumns in a copied row.
var nodeColumn = func() map[string]int {
	m := make(map[string]int, len(nodeColumns))
	for i, c := range nodeColumns {
		m[c] = i
	}
	return m
}()

// The statements of a bulk write. The temporary tables live until the
// transaction ends. bulk_nodes takes nodes' column types from the table
// itself. Nodes are inserted in hash order, as Cayley's writer does (it
// sorts its node updates by hash), so two writers lock shared nodes in
// the same order; quads in the order of the deltas, so that they get the
// horizons (ids) Cayley's writer would give them, and the transaction's
// now() as their ts.
const bulkCreate = `CREATE TEMPORARY TABLE bulk_nodes (LIKE nodes) ON COMMIT DROP;
CREATE TEMPORARY TABLE bulk_quads (ord BIGINT NOT NULL, subject_hash BYTEA NOT NULL, predicate_hash BYTEA NOT NULL, object_hash BYTEA NOT NULL, label_hash BYTEA) ON COMMIT DROP`

var bulkInsert = `INSERT INTO nodes (` + strings.Join(nodeColumns, ", ") + `)
SELECT ` + strings.Join(nodeColumns, ", ") + `
FROM bulk_nodes ORDER BY hash
ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs;
INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
SELECT subject_hash, predicate_hash, object_hash, label_hash, now()
FROM bulk_quads ORDER BY ord
ON CONFLICT DO NOTHING`

// errNotAdditions is returned by addQuads for a batch that deletes.
var errNotAdditions = errors.New("bulk write: the batch deletes quads; only additions are written in bulk")

// addQuads writes deltas, all additions, into Cayley's PostgreSQL schema in
// ONE transaction, writing exactly the rows Cayley's writer
// (graph/sql/postgres RunTx with IgnoreDup) writes for the same deltas,
// with a handful of statements instead of two round trips per quad: the
// node updates and quad hashes are computed by Cayley's own
// graphlog.SplitDeltas (a node's reference count grows by its number of
// uses in deltas, duplicates of stored quads included, as with Cayley's
// writer), each node's column values by csql.NodeValues, both COPYed into
// temporary tables, then inserted with one INSERT … SELECT … ON CONFLICT
// each into nodes and quads.
func (s *sqlSide) addQuads(ctx context.Context, deltas []graph.Delta) (err error) {
	d := graphlog.SplitDeltas(deltas)
	if len(d.DecNode) > 0 || len(d.QuadDel) > 0 {
		return errNotAdditions
	}
	if len(d.QuadAdd) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("bulk write: begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err := tx.ExecContext(ctx, bulkCreate); err != nil {
		return fmt.Errorf("bulk write: temporary tables: %w", err)
	}
	row := make([]any, len(nodeColumns))
	err = copyRows(ctx, tx, "bulk_nodes", nodeColumns, len(d.IncNode), func(i int) ([]any, error) {
		n := d.IncNode[i]
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return nil, fmt.Errorf("value %v: %w", n.Val, err)
		}
		clear(row)
		row[0], row[1] = vals[0], int64(n.RefInc)
		for j, c := range typ.Columns() {
			row[nodeColumn[c]] = vals[1+j]
		}
		return row, nil
	})
	if err != nil {
		return fmt.Errorf("bulk write: copy nodes: %w", err)
	}
	qrow := make([]any, 5)
	err = copyRows(ctx, tx, "bulk_quads", []string{"ord", "subject_hash", "predicate_hash", "object_hash", "label_hash"}, len(d.QuadAdd), func(i int) ([]any, error) {
		q := d.QuadAdd[i].Quad
		qrow[0] = int64(i)
		qrow[1] = csql.NodeHash{ValueHash: q.Subject}.SQLValue()
		qrow[2] = csql.NodeHash{ValueHash: q.Predicate}.SQLValue()
		qrow[3] = csql.NodeHash{ValueHash: q.Object}.SQLValue()
		qrow[4] = csql.NodeHash{ValueHash: q.Label}.SQLValue() // nil (NULL) without a label
		return qrow, nil
	})
	if err != nil {
		return fmt.Errorf("bulk write: copy quads: %w", err)
	}
	if _, err := tx.ExecContext(ctx, bulkInsert); err != nil {
		return fmt.Errorf("bulk write: insert: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("bulk write: commit: %w", err)
	}
	return nil
}

// copyRows COPYs n rows, row(i) for i in [0, n), into table's columns.
func copyRows(ctx context.Context, tx *sql.Tx, table string, columns []string, n int, row func(int) ([]any, error)) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, columns...))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range n {
		r, err := row(i)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, r...); err != nil {
			return err
		}
		if i%4096 == 4095 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
	_, err = stmt.ExecContext(ctx) // ends the COPY; reports errors of its rows
	return err
}
