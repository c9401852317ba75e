package event_test

import (
	"fmt"

	"github.com/briefgraph/briefgraph/extract/event"
)

func ExampleNumber() {
	fmt.Println(event.Number("seven batches"), event.Number("US$20 million"), event.Number("the two"))
	// Output: 7 2e+07 2
}
