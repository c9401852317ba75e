package gazetteer_test

import (
	"fmt"

	"github.com/briefgraph/briefgraph/extract/gazetteer"
)

func Example() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Serbian President Aleksandar Vucic thanked China's experts and the WHO, who met the African Union (AU)."
	for _, m := range g.Find(text) {
		fmt.Printf("%q %s demonym=%v\n", m.Surface, m.Entry.ID, m.Demonym)
	}
	fmt.Println(g.Lookup("the U.S.").Name, g.Lookup("Shanghai Cooperation Organisation").ID)
	// Output:
	// "Serbian" country/rs demonym=true
	// "China" country/cn demonym=false
	// "WHO" org/who demonym=false
	// "African Union" org/au demonym=false
	// "AU" org/au demonym=false
	// United States org/sco
}
