package extract

import "errors"

var errNotYet = errors.New("extraction is being written")
