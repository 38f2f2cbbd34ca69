// maps: the map micro-benchmark (issue 12). One program, one cell per run,
// so gosc and gc run exactly the same work:
//
//	maps OP KEY N [WORK]
//
// OP is insert, hit, miss, delete, iterate or hitbytes; KEY is int
// (map[int]int) or string (map[string]int; hitbytes is m[string(b)] with b a
// []byte, string keys only); N is the number of entries. Each cell repeats
// its operation until about WORK (default 1<<21) operations have run, at
// least twice for lookups and iteration and at least once otherwise, so a
// cell at 8 entries and one at 1 000 000 do comparable work. Setup (building
// the keys, filling the map the lookups and iteration read) is part of the
// run; it is small next to the operation except at 1 000 000 entries.
//
//	insert    make a map, insert N keys; repeated
//	hit       N lookups m[k] of present keys; repeated
//	miss      N lookups v, ok := m[k] of absent keys; repeated
//	delete    insert N keys into one reused map, then delete them; repeated
//	iterate   for k, v := range m over the N entries; repeated
//	hitbytes  N lookups m[string(b)] of present keys given as bytes; repeated
//
// Output is one line (the cell and an order-independent checksum), the same
// under every compiler, so the harness can check the two agree.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// decimal appends the decimal digits of v to b (no strconv in the cells).
func decimal(b []byte, v int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// Int keys spread over the 64-bit range; misses are the odd ones in between.
func intKey(i int) int  { return int(uint64(i)*0x9E3779B97F4A7C16) &^ 1 }
func intMiss(i int) int { return intKey(i) | 1 }

func intKeys(n int, miss bool) []int {
	ks := make([]int, n)
	for i := range ks {
		if miss {
			ks[i] = intMiss(i)
		} else {
			ks[i] = intKey(i)
		}
	}
	return ks
}

// String keys of mixed length (6..12 bytes); misses differ in the first byte.
func byteKey(i int, miss bool) []byte {
	b := make([]byte, 0, 16)
	if miss {
		b = append(b, 'm', '-')
	} else {
		b = append(b, 'k', '-')
	}
	b = decimal(b, i*7919)
	return append(b, "-ok"...)
}

func strKeys(n int, miss bool) []string {
	ks := make([]string, n)
	for i := range ks {
		ks[i] = string(byteKey(i, miss))
	}
	return ks
}

func fillInt(ks []int) map[int]int {
	m := make(map[int]int)
	for i, k := range ks {
		m[k] = i
	}
	return m
}

func fillStr(ks []string) map[string]int {
	m := make(map[string]int)
	for i, k := range ks {
		m[k] = i
	}
	return m
}

func intCell(op string, n, rounds int) int {
	ks := intKeys(n, false)
	sum := 0
	switch op {
	case "insert":
		for r := 0; r < rounds; r++ {
			m := make(map[int]int)
			for i, k := range ks {
				m[k] = i + r
			}
			sum += len(m) + m[ks[r%n]]
		}
	case "hit":
		m := fillInt(ks)
		for r := 0; r < rounds; r++ {
			for _, k := range ks {
				sum += m[k]
			}
		}
	case "miss":
		m := fillInt(ks)
		misses := intKeys(n, true)
		for r := 0; r < rounds; r++ {
			for _, k := range misses {
				if v, ok := m[k]; ok {
					sum += v
				} else {
					sum++
				}
			}
		}
	case "delete":
		m := make(map[int]int)
		for r := 0; r < rounds; r++ {
			for i, k := range ks {
				m[k] = i
			}
			sum += len(m)
			for _, k := range ks {
				delete(m, k)
			}
			sum += len(m)
		}
	case "iterate":
		m := fillInt(ks)
		for r := 0; r < rounds; r++ {
			for k, v := range m {
				sum += k>>32 ^ v
			}
		}
	default:
		return -1
	}
	return sum
}

func strCell(op string, n, rounds int) int {
	ks := strKeys(n, false)
	sum := 0
	switch op {
	case "insert":
		for r := 0; r < rounds; r++ {
			m := make(map[string]int)
			for i, k := range ks {
				m[k] = i + r
			}
			sum += len(m) + m[ks[r%n]]
		}
	case "hit":
		m := fillStr(ks)
		for r := 0; r < rounds; r++ {
			for _, k := range ks {
				sum += m[k]
			}
		}
	case "miss":
		m := fillStr(ks)
		misses := strKeys(n, true)
		for r := 0; r < rounds; r++ {
			for _, k := range misses {
				if v, ok := m[k]; ok {
					sum += v
				} else {
					sum++
				}
			}
		}
	case "delete":
		m := make(map[string]int)
		for r := 0; r < rounds; r++ {
			for i, k := range ks {
				m[k] = i
			}
			sum += len(m)
			for _, k := range ks {
				delete(m, k)
			}
			sum += len(m)
		}
	case "iterate":
		m := fillStr(ks)
		for r := 0; r < rounds; r++ {
			for k, v := range m {
				sum += len(k) ^ v
			}
		}
	case "hitbytes":
		m := fillStr(ks)
		bs := make([][]byte, n)
		for i := range bs {
			bs[i] = byteKey(i, false)
		}
		for r := 0; r < rounds; r++ {
			for _, b := range bs {
				sum += m[string(b)]
			}
		}
	default:
		return -1
	}
	return sum
}

func arg(i int) int {
	if len(os.Args) > i {
		if v, err := strconv.Atoi(os.Args[i]); err == nil && v > 0 {
			return v
		}
	}
	return -1
}

func main() {
	if len(os.Args) < 4 {
		fmt.Println("usage: maps insert|hit|miss|delete|iterate|hitbytes int|string N [WORK]")
		os.Exit(2)
	}
	op, key, n := os.Args[1], os.Args[2], arg(3)
	work := 1 << 21
	if w := arg(4); w > 0 {
		work = w
	}
	if n <= 0 {
		fmt.Println("maps: N must be a positive integer")
		os.Exit(2)
	}
	rounds := work / n
	if rounds < 1 {
		rounds = 1
	}
	if rounds < 2 && op != "insert" && op != "delete" {
		rounds = 2
	}
	sum := -1
	switch key {
	case "int":
		sum = intCell(op, n, rounds)
	case "string":
		sum = strCell(op, n, rounds)
	}
	if sum == -1 {
		fmt.Println("maps: unknown cell", op, key)
		os.Exit(2)
	}
	fmt.Printf("maps %s %s n=%d rounds=%d sum=%d\n", op, key, n, rounds, sum)
}
