// GC stress: allocates about 8 GiB in total (1 MiB byte slices, maps,
// linked lists, strings) while keeping only a small window live, then
// prints a checksum and checks the peak resident set size (VmHWM from
// /proc/self/status) stayed under 512 MiB.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type node struct {
	val  int
	next *node
	data []byte
}

const window = 16

func peakKiB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return -1
			}
			return n
		}
	}
	return -1
}

func buildList(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed + i, next: head, data: make([]byte, 64)}
	}
	return head
}

func main() {
	var live [window][]byte
	var lists [window]*node
	var maps [window]map[int]string
	total := 0
	sum := uint64(0)
	for i := 0; total < 8<<30; i++ {
		b := make([]byte, 1<<20)
		for j := 0; j < len(b); j += 4096 {
			b[j] = byte(i + j)
		}
		live[i%window] = b
		total += len(b)
		sum += uint64(b[(i*4096)%len(b)])
		if i%3 == 0 {
			l := buildList(1000, i)
			lists[i%window] = l
			total += 1000 * (64 + 40)
			for p := l; p != nil; p = p.next {
				sum += uint64(p.val)
			}
			m := make(map[int]string)
			for k := 0; k < 200; k++ {
				m[k] = strconv.Itoa(k + i)
			}
			total += 200 * 32
			maps[i%window] = m
			sum += uint64(len(m[i%200]))
		}
	}
	for _, b := range live {
		sum += uint64(len(b))
	}
	// The live window must have survived every collection intact.
	bad := 0
	for _, l := range lists {
		if l == nil {
			continue
		}
		n := 0
		for p := l; p != nil; p = p.next {
			if p.next != nil && p.next.val != p.val-1 || len(p.data) != 64 {
				bad++
			}
			n++
		}
		if n != 1000 {
			bad++
		}
	}
	for _, m := range maps {
		if m == nil {
			continue
		}
		base, _ := strconv.Atoi(m[0])
		for k := 0; k < 200; k++ {
			if m[k] != strconv.Itoa(k+base) {
				bad++
			}
		}
	}
	fmt.Println("corrupt", bad)
	fmt.Println("checksum", sum)
	peak := peakKiB()
	if peak > 0 && peak < 512*1024 {
		fmt.Println("peak-ok")
	} else {
		fmt.Println("peak too high (KiB):", peak)
	}
}

// CHECK: corrupt 0
// CHECK-NEXT: checksum 11778497648
// CHECK-NEXT: peak-ok
