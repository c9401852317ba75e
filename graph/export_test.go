package graph

// WithoutLabelIndex makes Open create and open bolt stores as Cayley does,
// without briefgraph's label index: the layout of the stores created before
// it, which must keep working.
func WithoutLabelIndex() Option {
	return func(c *openConfig) { c.noLabel = true }
}
