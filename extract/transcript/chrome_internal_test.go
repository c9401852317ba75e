package transcript

import "testing"

// TestIsChrome checks that share and follow links, pagers and breadcrumbs
// are chrome, and that a sentence naming the same sites is not.
func TestIsChrome(t *testing.T) {
	for s, want := range map[string]bool{
		"Share: Facebook | Telegram | Print":                      true,
		"Compartir: Facebook | Twitter | WhatsApp":                true,
		"Share to: WeChat | Weibo | Twitter | Facebook":           true,
		"Share to:  Weibo   WeChat   QQ":                          true,
		"Compartilhe:  Facebook  Twitter  WhatsApp":               true,
		"Teilen: Twitter | Facebook | E-Mail | Drucken":           true,
		"Share: Facebook Twitter Weibo WeChat":                    true,
		"Share to: WeChat Sina Weibo Facebook Twitter":            true,
		"Share: the minister said Twitter helps":                  false,
		"Twitter  and Facebook were blocked.":                     false,
		"Follow us: Twitter @_AfricanUnion | Facebook | YouTube":  true,
		"Share on Facebook | Share on Twitter | Print":            true,
		"[ Facebook ] [ Line ] [ Twitter ] [ Copy link ]":         true,
		"HOME > Media Centre":                                     true,
		"[ News ] [ Situation Reports ] [ Media Briefings ]":      true,
		"[News] | [Press Releases]":                               true,
		"[Translated from Portuguese.]":                           false,
		"[ News ] the minister said":                              false,
		"Suggest To A Friend:":                                    true,
		"Facebook: we thank them | Twitter":                       false,
		"Twitter and Facebook were blocked.":                      false,
		"Q: Weibo | Twitter users ask whether aid will continue.": false,
		"Page: 1 2 3 4 5 6 7 8 9":                                 true,
		"Page 2 of 9":                                             true,
		"Pages: < 1 2 3 >":                                        true,
		"Page: the minister answered.":                            false,
		"Page 2 of the report lists 9 countries.":                 false,
	} {
		if got := isChrome(s); got != want {
			t.Errorf("isChrome(%q) = %v, want %v", s, got, want)
		}
	}
}
