package event

import "github.com/briefgraph/briefgraph/extract/internal/lower"

// Lower returns s with its ASCII letters lower-cased and every other byte,
// and so every byte offset, as it is: a sentence as the rules of this
// package read it. A caller that reads many sentences of one text can
// lower the text once and hand each sentence's slice of it to TopicOf,
// RequesterIn and FindIn (Scene.Low), which then make no copy of their
// own.
func Lower(s string) string { return lower.ASCII(s) }
