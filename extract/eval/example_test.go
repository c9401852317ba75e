package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/briefgraph/briefgraph/extract/eval"
	"github.com/briefgraph/briefgraph/graph/voc"
	"github.com/cayleygraph/quad"
)

// A document's quads scored against its gold: China and Iran are found, the
// aid action has the right ends but the wrong type.
func Example() {
	gold, err := eval.LoadGold(strings.NewReader(`{
	  "countries": [{"name": "China", "aliases": ["Chinese"]}, {"name": "Iran"}],
	  "aid_actions": [{"provider": "China", "recipient": "Iran", "type": "medical_team"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	cn, ir, aid := quad.IRI(voc.IDBase+"cn"), quad.IRI(voc.IDBase+"ir"), quad.IRI(voc.IDBase+"aid1")
	quads := []quad.Quad{
		{Subject: cn, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country)},
		{Subject: cn, Predicate: quad.IRI(voc.Name), Object: quad.String("the Chinese government")},
		{Subject: cn, Predicate: quad.IRI(voc.AlternateName), Object: quad.String("Chinese")},
		{Subject: ir, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country)},
		{Subject: ir, Predicate: quad.IRI(voc.Name), Object: quad.String("Iran")},
		{Subject: aid, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.AidAction)},
		{Subject: aid, Predicate: quad.IRI(voc.Provider), Object: cn},
		{Subject: aid, Predicate: quad.IRI(voc.Recipient), Object: ir},
		{Subject: aid, Predicate: quad.IRI(voc.AidType), Object: quad.String(voc.Supplies)},
	}
	r := eval.Score(gold, quads)
	if err := r.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	//                             gold  pred  match      P      R     F1
	// Person                         0     0      0   1.00   1.00   1.00
	// GovernmentOrganization         0     0      0   1.00   1.00   1.00
	// Country                        2     2      2   1.00   1.00   1.00
	// Organization                   0     0      0   1.00   1.00   1.00
	// Place                          0     0      0   1.00   1.00   1.00
	// entities (all classes)         2     2      2   1.00   1.00   1.00
	// speakers                       0     0      0   1.00   1.00   1.00
	// aid actions (typed)            1     1      0   0.00   0.00   0.00
	// aid actions (ends only)        1     1      1   1.00   1.00   1.00
	//   missed action: China -> Iran [medical_team]
	//   spurious action: ['chinese', 'chinese government'] -> ['iran'] [supplies]
	// score: entities F1=1.000 speakers F1=1.000 actions F1=0.000
}

// Micro sums the counts of several documents before computing the figures.
func ExampleMicro() {
	gold, _ := eval.LoadGold(strings.NewReader(`{"countries": [{"name": "China"}, {"name": "Iran"}]}`))
	cn := quad.IRI(voc.IDBase + "cn")
	found := eval.Score(gold, []quad.Quad{
		{Subject: cn, Predicate: quad.IRI(voc.Type), Object: quad.IRI(voc.Country)},
		{Subject: cn, Predicate: quad.IRI(voc.Name), Object: quad.String("China")},
	})
	none := eval.Score(gold, nil)
	fmt.Println(eval.Micro(found, none).Summary())
	// Output: score: entities F1=0.400 speakers F1=1.000 actions F1=1.000
}
