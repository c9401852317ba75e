package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func genTestEnv() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}, &out, &errb
}

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	write := func(sub string) []string {
		e, _, _ := genTestEnv()
		if err := run(context.Background(), []string{"generate", "--docs", "7", "--seed", "3", "--size", "2000", "--out", filepath.Join(dir, sub)}, e); err != nil {
			t.Fatal(err)
		}
		ents, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		var files []string
		for _, f := range ents {
			b, err := os.ReadFile(filepath.Join(dir, sub, f.Name()))
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f.Name()+"\n"+string(b))
		}
		return files
	}
	a, b := write("a"), write("b")
	if len(a) != 7 {
		t.Fatalf("wrote %d files, want 7", len(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("file %d differs between two runs with the same seed", i)
		}
	}
}

func TestGenerateBadFlags(t *testing.T) {
	for name, args := range map[string][]string{
		"negative docs": {"generate", "--docs", "-1"},
		"zero size":     {"generate", "--size", "0"},
		"extra arg":     {"generate", "somewhere"},
	} {
		t.Run(name, func(t *testing.T) {
			e, _, _ := genTestEnv()
			if err := run(context.Background(), args, e); err == nil {
				t.Fatal("no error")
			}
		})
	}
}
