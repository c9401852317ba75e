package transcript

import "testing"

// TestSpokespersonNamed covers the heading's reading of a spokesperson
// next to their post, in either order, with the post as written.
func TestSpokespersonNamed(t *testing.T) {
	tests := []struct {
		line, name, post string
		reported         bool
	}{
		{"Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on March 23, 2020", "Geng Shuang", "Foreign Ministry Spokesperson", false},
		{"Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 2, 2020", "Maria Zakharova", "Foreign Ministry Spokeswoman", false},
		{"Press briefing by the Spokesperson, Ms. Ayesha Qureshi", "Ayesha Qureshi", "Spokesperson", false},
		{"Presidential Spokesperson Secretary Harry Roque", "Harry Roque", "Presidential Spokesperson", false},
		{"Agnès von der Mühll, Deputy Spokesperson", "Agnès von der Mühll", "Deputy Spokesperson", false},
		{"Statements by the Spokesperson, H.E. Ms. Agnès von der Mühll", "Agnès von der Mühll", "Spokesperson", false},
		{"Statements by the Spokesperson, Mme von der Mühll", "von der Mühll", "Spokesperson", false},
		{"The spokesperson, Agnès von der Mühll, made the following statements and answered questions.", "Agnès von der Mühll", "The spokesperson", false},
		{"Press briefing by Mme von der Mühll, Spokesperson (9 April 2020)", "von der Mühll", "Spokesperson", false},
		{"The press conference was presided over by Shou Xiaoli, spokesperson of the SCIO.", "Shou Xiaoli", "spokesperson", true},
		{"Spokesperson Dr. Krishna Prasad Paudel and Joint Spokesperson Dr. Samir Kumar Adhikari briefed the media.", "", "", false},
		{"Office of the Spokesperson for the Secretary-General", "", "", false},
	}
	for _, tt := range tests {
		name, post, reported := spokespersonNamed(tt.line)
		if name != tt.name || post != tt.post || reported != tt.reported {
			t.Errorf("spokespersonNamed(%q) = %q, %q, %v; want %q, %q, %v", tt.line, name, post, reported, tt.name, tt.post, tt.reported)
		}
	}
}
