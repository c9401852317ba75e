// Package data embeds the files of this folder that the tool needs at run
// time: the gazetteers and the shipped transcripts. It holds no logic; see
// README.md here for each file's source and licence.
package data

import "embed"

// FS holds the gazetteer files (gazetteer/) and the shipped transcripts (*.txt).
//
//go:embed *.txt gazetteer/*
var FS embed.FS
