// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cd %t && not %gosc -html=noSuchFunc %s 2>&1 | FileCheck --check-prefix=UNKNOWN %s
// RUN: cd %t && not %gosc -html= %s 2>&1 | FileCheck --check-prefix=EMPTY %s
// RUN: cd %t && env PATH=%t not %gosc -html=f %s 2>&1 | FileCheck --check-prefix=NODOT %s
// RUN: test ! -e %t/f.html && test ! -e %t/noSuchFunc.html
// The errors of -html: an unknown function, a missing name (usage, exit 2)
// and Graphviz's dot missing from PATH (exit 1, no page written).
package main

func f() int { return 1 }

func main() { println(f()) }

// UNKNOWN: gosc: -html: no function noSuchFunc in the program
// EMPTY: gosc: flag -html needs a function name (-html=FUNC)
// NODOT: gosc: -html needs Graphviz's dot program to draw the escape graph (apt-get install graphviz)
