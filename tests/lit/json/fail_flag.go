// RUN: not %gosc -json=1,/tmp/x %s 2>&1 | FileCheck --check-prefix=VERSION %s
// RUN: not %gosc -json=0,relative/dir %s 2>&1 | FileCheck --check-prefix=DEST %s
// RUN: not %gosc -json=/tmp/x %s 2>&1 | FileCheck --check-prefix=FORM %s
// RUN: not %gosc -json=0,/tmp/x -json=0,/tmp/y %s 2>&1 | FileCheck --check-prefix=TWICE %s
// RUN: not %gosc %s -json 2>&1 | FileCheck --check-prefix=ARG %s
// Usage errors of -json, worded as gc words them; exit status 2.
package main

func main() {}

// VERSION: gosc: -json version must be 0
// DEST: gosc: optimizer logging destination relative/dir was neither /-prefixed directory nor file://-prefixed file URI
// FORM: gosc: -json option should be '<version>,<destination>' where <version> is a number
// TWICE: gosc: cannot repeat -json flag
// ARG: gosc: flag -json needs an argument
