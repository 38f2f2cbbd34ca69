// Benchmark for co-allocation and field sensitivity (issue 13, item 3):
// many heap objects whose pointer fields are initialised with fresh inner
// objects (&Outer{In: &Inner{}}, o.In = &Inner{} right after, a three-level
// chain), kept in a list so both escape, plus per-field local structs whose
// fields' fates differ. Run with bench/coalloc/run.sh.
package main

import "fmt"

type Stats struct {
	Hits, Misses int
	Ratio        float64
}

type Account struct {
	ID    int
	Stats *Stats
	Next  *Account
}

type Payload struct{ A, B, C, D int }
type Envelope struct{ P *Payload }
type Message struct {
	Seq int
	Env *Envelope
}

type pair struct{ keep, tmp *int }

var sinkInt *int

func newAccount(id int, next *Account) *Account {
	return &Account{ID: id, Stats: &Stats{Hits: id % 7}, Next: next}
}

func newMessage(seq int) *Message {
	m := &Message{Seq: seq}
	m.Env = &Envelope{P: &Payload{A: seq, B: seq * 2}}
	return m
}

// Field sensitivity: only p.keep escapes; tmp's target stays local.
func split(i int) int {
	a, b := i, i+1
	var p pair
	p.keep = &a
	p.tmp = &b
	*p.tmp += *p.keep
	sinkInt = p.keep
	return *p.tmp
}

func main() {
	total := 0
	for round := 0; round < 40; round++ {
		var head *Account
		for i := 0; i < 20000; i++ {
			head = newAccount(i, head)
			head.Stats.Misses = i % 3
		}
		for a := head; a != nil; a = a.Next {
			total += a.Stats.Hits + a.Stats.Misses
		}
		msgs := make([]*Message, 0, 10000)
		for i := 0; i < 10000; i++ {
			msgs = append(msgs, newMessage(i))
		}
		for _, m := range msgs {
			total += m.Env.P.A + m.Env.P.B
		}
		for i := 0; i < 10000; i++ {
			total += split(i)
		}
	}
	fmt.Println(total)
}
