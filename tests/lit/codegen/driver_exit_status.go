// Exit statuses the driver promises besides success: an output file that
// cannot be written is the user's problem (exit 1, a plain message), not an
// internal compiler error (exit 3, which is kept for bugs in gosc).
// RUN: rm -rf %t.missing
// RUN: sh -c '%gosc --emit=obj -o %t.missing/x.o %s 2>%t.obj.err; echo exit=$?' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s --check-prefix=NOWRITE --input-file=%t.obj.err
// RUN: sh -c '%gosc build -o %t.missing/x %s 2>%t.build.err; echo exit=$?' | FileCheck %s --check-prefix=EXIT
// RUN: FileCheck %s --check-prefix=NOWRITE --input-file=%t.build.err
// EXIT: exit=1
// NOWRITE: gosc: cannot write {{.*}}.missing/x{{.*}}: No such file or directory
// NOWRITE-NOT: internal compiler error
package main

func main() {}
