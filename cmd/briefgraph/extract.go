package main

import (
	"context"
	"errors"
)

func runExtract(ctx context.Context, e *env, args []string) error { return errors.New("wip") }
