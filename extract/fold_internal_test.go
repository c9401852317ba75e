package extract

import "testing"

func TestSlug(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Aleksandar Vučić", "aleksandar-vucic"},
		{"Paweł Sobczak", "pawel-sobczak"},
		{"Lena Sørensen", "lena-sorensen"},
		{"Đorđe Jovanović", "dorde-jovanovic"},
		{"Hon. O'Neill", "hon-oneill"},
		{"Ministry of Health, Labour and Welfare", "ministry-of-health-labour-and-welfare"},
	} {
		if got := slug(tt.name); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
