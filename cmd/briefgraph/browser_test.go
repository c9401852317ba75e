package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	if p := os.Getenv("BRIEFGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactDir is where the test leaves its screenshot: $BRIEFGRAPH_ARTIFACTS
// when set (CI keeps it), else a temporary directory.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("BRIEFGRAPH_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatalf("artifacts dir: %v", err)
		}
		return d
	}
	return t.TempDir()
}

// TestBrowser drives the explorer page of "briefgraph serve" in headless
// Chromium as a user would, over the real pipeline (the shipped transcript
// extracted and ingested into a memory store): see the aid overview drawn
// on load with China linked to Italy, search Italy, read China's
// medical-team link and its evidence, ask for the path from Italy to Serbia
// and see it drawn, run a Gizmo query in the console.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := findChromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found: CI must install Debian's chromium (see .ci/run) or set BRIEFGRAPH_CHROMIUM")
		}
		t.Skip("no Chromium binary found (apt-get install chromium, or set BRIEFGRAPH_CHROMIUM); skipping the browser test")
	}
	base, _ := startServe(t, nil, "--db", "memory:")

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithErrorf(t.Logf))
	defer cancelTab()

	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("browser: %s: %v", what, err)
		}
	}
	value := func(what, expr string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr))
		if err != nil {
			t.Fatalf("browser: %s: %v", what, err)
		}
		return v
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("browser: text of %s: %v", sel, err)
		}
		return s
	}

	screenshot := func(name string) {
		t.Helper()
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		path := filepath.Join(artifactDir(t), name)
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}

	// Before any search, the page draws the aid overview: China linked to
	// Italy by an aggregated medical-team edge, China the largest node.
	const chinaToItaly = `explorer.cy.edges('.overview').filter(e => e.data('source').endsWith('/country/cn') && e.data('target').endsWith('/country/it'))`
	step("open the page and see the aid overview",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("search")),
		chromedp.Poll[chromedp.Void](chinaToItaly+`.nonempty()`, chromedp.WithPollingTimeout(20*time.Second)),
	)
	overviewLabel := value("overview edge China→Italy", chinaToItaly+`.map(e => e.data('label')).join(',')`)
	biggest := value("largest overview node", `explorer.cy.nodes().max(n => n.data('size') || 0).ele.data('name')`)
	overviewNodes := value("overview nodes", `explorer.cy.nodes().length`)
	overviewStatus := text("#status")
	screenshot("explorer-overview.png")
	if l, _ := overviewLabel.(string); !strings.Contains(l, "medical team") {
		t.Errorf("overview edge China→Italy labelled %q, want medical team", overviewLabel)
	}
	if biggest != "China" {
		t.Errorf("largest node of the overview is %v, want China", biggest)
	}
	if n, _ := overviewNodes.(float64); n < 5 {
		t.Errorf("overview has %v nodes", overviewNodes)
	}
	if !strings.Contains(overviewStatus, "Aid overview") {
		t.Errorf("status under the overview: %q", overviewStatus)
	}

	step("search Italy",
		chromedp.SendKeys(chromedp.ID("search"), "Italy"),
		chromedp.Click(chromedp.CSS("#search-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#aid tr.aid-row")),
	)
	aidText := text("#aid")
	aidLabels := value("edge China→Italy", `explorer.cy.edges().filter(e => e.data('source').endsWith('/country/cn') && e.data('target').endsWith('/country/it')).map(e => e.data('label')).join(',')`)

	// Click China's node, as a user would, to expand its neighbours: the
	// other recipients of its medical teams appear.
	xy, ok := value("China's position", `(() => {
		const p = explorer.cy.getElementById('https://briefgraph.dev/id/country/cn').renderedPosition();
		const r = document.getElementById('cy').getBoundingClientRect();
		return [r.left + p.x, r.top + p.y];
	})()`).([]any)
	if !ok || len(xy) != 2 {
		t.Fatalf("China's node is not drawn: %v", xy)
	}
	x, _ := xy[0].(float64)
	y, _ := xy[1].(float64)
	step("click China to expand it",
		chromedp.MouseClickXY(x, y),
		chromedp.Poll[chromedp.Void](`explorer.cy.getElementById('https://briefgraph.dev/id/country/rs').nonempty()`,
			chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.WaitVisible(chromedp.CSS("#aid tr.aid-row")),
	)
	if got := text("#detail"); !strings.Contains(got, "China") {
		t.Errorf("after clicking China the detail panel shows:\n%s", got)
	}
	step("ask for the path Italy → Serbia",
		chromedp.SendKeys(chromedp.ID("path-from"), "Italy"),
		chromedp.SendKeys(chromedp.ID("path-to"), "Serbia"),
		chromedp.Click(chromedp.ID("path-go")),
		chromedp.WaitVisible(chromedp.CSS("#path-result li.path-item")),
	)
	pathText := text("#path-result")
	pathElems := value("highlighted elements", `explorer.cy.elements('.path').length`)
	serbiaOnPath := value("Serbia highlighted", `explorer.cy.nodes('.path').some(n => n.id().endsWith('/country/rs'))`)
	screenshot("explorer.png")

	for _, want := range []string{"Aid of Italy", "medical team", "China", "seven batches", "We have sent seven batches of medical experts to the five countries of Iran, Iraq, Italy, Serbia and Cambodia", "Luo Zhaohui"} {
		if !strings.Contains(aidText, want) {
			t.Errorf("aid table lacks %q:\n%s", want, aidText)
		}
	}
	if labels, _ := aidLabels.(string); labels != "medical team" {
		t.Errorf("graph edge China→Italy labels = %q, want medical team", aidLabels)
	}
	for _, want := range []string{"Path Italy → Serbia", "Italy — medical team — China — medical team — Serbia"} {
		if !strings.Contains(pathText, want) {
			t.Errorf("path panel lacks %q:\n%s", want, pathText)
		}
	}
	if n, _ := pathElems.(float64); n < 5 || serbiaOnPath != true {
		t.Errorf("path not drawn: %d highlighted elements, Serbia highlighted %v", pathElems, serbiaOnPath)
	}

	// The console posts to Cayley's own query API.
	step("run the console's Gizmo query",
		chromedp.Click(chromedp.CSS("#console-form button[type=submit]")),
		chromedp.Poll[chromedp.Void](`document.getElementById('console-output').textContent.includes('country/cn')`,
			chromedp.WithPollingTimeout(20*time.Second)),
	)
}
