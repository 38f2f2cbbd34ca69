// Structs: nested values, embedding with promotion, value vs pointer
// receivers, struct comparison and copy semantics.
package main

import "fmt"

type Account struct{ Balance int }
type User struct {
	Name    string
	Account Account
}
type Txn struct {
	ID   int
	User User
}

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Value() int { return c.n }

type Named struct {
	Counter
	Label string
}

func main() {
	t := Txn{ID: 1, User: User{Name: "ann", Account: Account{Balance: 10}}}
	t.User.Account.Balance += 5
	u := t.User
	u.Account.Balance = 0
	p := &t.User.Account
	p.Balance *= 2
	fmt.Println(t.ID, t.User.Name, t.User.Account.Balance, u.Account.Balance)
	fmt.Println(t.User == u, Account{3} == Account{3})
	var n Named
	n.Inc()
	n.Inc()
	n.Counter.Inc()
	fmt.Println(n.Value(), n.n, n.Label == "")
	inc := n.Inc
	inc()
	val := Counter.Value
	fmt.Println(n.Value(), val(n.Counter))
	q := &Named{Label: "x"}
	q.Inc()
	fmt.Println(q.Value(), q.Label)
}
