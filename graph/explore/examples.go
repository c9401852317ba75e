package explore

import (
	"fmt"

	"github.com/briefgraph/briefgraph/graph/voc"
)

// ConsoleExamples returns an example query per language of Cayley's query
// API ("gizmo", "graphql", "mql"), written with the vocabulary's IRIs: who
// gave aid to Italy, and Italy's name. The explorer's console starts with them.
func ConsoleExamples() map[string]string {
	italy := "<" + voc.IDBase + "country/it>"
	return map[string]string{
		"gizmo": fmt.Sprintf(`g.V(%q).In(%q).Out(%q).All()`,
			italy, "<"+voc.Recipient+">", "<"+voc.Provider+">"),
		"graphql": fmt.Sprintf(`{ nodes(id: %q) { name: <%s> } }`, italy, voc.Name),
		"mql":     fmt.Sprintf(`[{"id": %q, "<%s>": null}]`, italy, voc.Name),
	}
}
