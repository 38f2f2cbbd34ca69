// recover() in a deferred closure stops the panic; the function returns
// its named results as the deferred call left them.
// RUN: %gosc build -o %t %s && %t | FileCheck %s
package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func main() {
	// CHECK: 3 <nil>
	fmt.Println(safeDiv(7, 2))
	// CHECK-NEXT: -1 recovered: runtime error: integer divide by zero
	fmt.Println(safeDiv(1, 0))
}
