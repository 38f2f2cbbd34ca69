// The command line: version, usage errors (exit 2), `gosc run` passing the
// program's arguments and exit status through, -S printing assembly.
// RUN: %gosc version | FileCheck %s --check-prefix=VERSION
// RUN: not %gosc build --bogus %s 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: %gosc run %s alpha beta | FileCheck %s --check-prefix=ARGS
// RUN: not %gosc run %s exit
// RUN: %gosc -S %s | FileCheck %s --check-prefix=ASM
// VERSION: gosc version
// USAGE: gosc: unknown flag --bogus
// ARGS: args: [alpha beta]
// ASM: gosc_main_main:
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "exit" {
		os.Exit(7)
	}
	fmt.Println("args:", os.Args[1:])
}
