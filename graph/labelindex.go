package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// labelIndex is the quad index briefgraph adds to the bolt stores it
// creates: under each label, the ids of the quads that carry it. Every quad
// of a document is labelled with the document's IRI, so this index lists a
// document's quads, and Cayley's kv backend answers a quad iterator on the
// label direction from it (QuadIterator picks the index whose first
// direction is the one asked) instead of scanning every quad of the store.
// Cayley's own indexes, subject-predicate and object-predicate-subject
// (kv.DefaultQuadIndexes), cannot answer that question.
//
// Cayley keeps the list of a store's indexes in the store (its "meta"
// bucket, key "indexes", as JSON) and maintains every listed index on each
// write, so a store created with the index keeps it whoever writes to it
// with Cayley 0.7.6 or later. Its cost on a first ingest is one more index
// entry per document per batch (all of a document's quads share one key),
// and the batch's new documents are never looked up in it: Cayley checks
// a quad's existence only when all of its values existed before.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// The keys of Cayley's kv metadata that ensureKVLabelIndex reads and writes
// (graph/kv: metaBucket, keyMetaIndexes, the "size" counter of quads).
var (
	metaIndexesKey = hkv.Key{[]byte("meta"), []byte("indexes")}
	metaSizeKey    = hkv.Key{[]byte("meta"), []byte("size")}
)

// ensureKVLabelIndex adds labelIndex to the indexes of the kv store db if it
// lacks it and holds no quad. Cayley's kv.Init writes its default indexes
// with no way to ask for others (its CAYLEY_KV_INDEXES variable is decoded
// into a struct without exported fields, so it never takes effect), so
// briefgraph rewrites that list right after kv.Init, before anything is
// written: an empty store's new index is complete. A crash between the
// two leaves an empty store without the index, which gets it at the next
// open. A store with quads and without the index is left as it is (adding the index to
// it would need every quad read and indexed), and documents are then
// found by scanning the store, as before; so is a store written before
// Cayley 0.7.6, which has no list of indexes.
func ensureKVLabelIndex(ctx context.Context, db hkv.KV) error {
	var list []ckv.QuadIndex
	add := false
	err := hkv.View(ctx, db, func(tx hkv.Tx) error {
		raw, err := tx.Get(ctx, metaIndexesKey)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil // a store of Cayley < 0.7.6 (legacy indexes): leave it
		} else if err != nil {
			return err
		}
		if err := json.Unmarshal(raw, &list); err != nil {
			return err
		}
		if hasLabelIndex(list) {
			return nil
		}
		size, err := tx.Get(ctx, metaSizeKey)
		if err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
		// Quads stored without the index: it would be incomplete.
		add = len(size) != 8 || binary.LittleEndian.Uint64(size) == 0
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the store's indexes: %w", err)
	}
	if !add {
		return nil
	}
	data, err := json.Marshal(append(list, labelIndex))
	if err != nil {
		return fmt.Errorf("adding the label index: %w", err)
	}
	// This process holds bolt's file lock: nothing wrote since the View.
	err = hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{[]byte{quad.Label.Prefix()}}); err != nil {
			return err
		}
		return tx.Put(ctx, metaIndexesKey, data)
	})
	if err != nil {
		return fmt.Errorf("adding the label index: %w", err)
	}
	return nil
}

// hasLabelIndex reports whether one of indexes starts with the label.
func hasLabelIndex(indexes []ckv.QuadIndex) bool {
	for _, ind := range indexes {
		if len(ind.Dirs) > 0 && ind.Dirs[0] == quad.Label {
			return true
		}
	}
	return false
}
