package extract

import "testing"

// TestResolvePerson checks which known person a short reference (its
// honorific dropped) stands for: one whose name has every word of the
// reference, accents or none.
func TestResolvePerson(t *testing.T) {
	es := newEntities(nil)
	for _, n := range []string{"Tarik Jašarević", "Jens Laerke", "Eleni Papadaki", "Luo Zhaohui", "Wang Yi", "Wang Wenbin"} {
		es.person(n)
	}
	for _, tt := range []struct{ ref, want string }{
		{"Jašarević", "Tarik Jašarević"},
		{"Jasarevic", "Tarik Jašarević"}, // written without its accents in the notes' later paragraphs
		{"Lærke", "Jens Laerke"},         // and with them
		{"Laerke", "Jens Laerke"},
		{"E. Papadaki", "Eleni Papadaki"},
		{"Luo", "Luo Zhaohui"},
		{"Wang", ""}, // two persons named Wang
		{"Jasarević Jr.", ""},
		{"Lindmeier", ""},
	} {
		got := ""
		if p := es.resolvePerson(tt.ref); p != nil {
			got = p.name
		}
		if got != tt.want {
			t.Errorf("resolvePerson(%q) = %q, want %q", tt.ref, got, tt.want)
		}
	}
}
