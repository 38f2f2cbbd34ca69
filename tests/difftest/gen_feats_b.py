# Feature productions for the difftest generator: composite types, closures,
# methods, interfaces, defer and panics.
#
# Why it exists: these are the constructs where escape analysis, field
# inlining and the runtime (maps, interfaces, panics) can go wrong; each
# production is one toggleable feature (see gen.FEATURES) emitting one
# function that main calls.
from gen_core import (Body, Ty, INTS, STR, BOOL, ANY, slice_of, array_of, map_of, ptr_to, int_range)
from gen_feats_a import int_locals, func


def feat_structs(p):
    r = p.r
    b = Body(p)
    int_locals(b, 2)
    t = p.new_struct() if not p.structs or r.random() < 0.5 else r.choice(p.structs)
    b.declare('s', t, p.lit(t))
    b.declare('s2', t, 's')
    b.declare('ps', ptr_to(t), '&s')
    b.declare('pn', ptr_to(t), p.lit(ptr_to(t)))
    b.stmts(r.randint(4, 10), 2)
    if t.printable():
        b.line('fmt.Printf("%v %+v\\n", s, s2)')
        b.line('fmt.Println(ps, *pn)')
    if t.comparable():
        b.line('fmt.Println("eq", s == s2, *ps == s, ps == &s, pn == ps)')
    b.line('*pn = s2')
    b.line('s2 = *ps')
    b.stmts(r.randint(1, 4), 1)
    return func(p, 'st', b)


KEY_TYS = None


def key_ty(p):
    r = p.r
    c = r.random()
    if c < 0.4:
        return STR
    if c < 0.8:
        return p.int_ty()
    if c < 0.87:
        return BOOL
    if c < 0.94:
        return array_of(2, INTS['int8'])
    k = Ty('struct', p.name('K'), fields=[('a', INTS['int16']), ('b', STR)])
    k.name = k.go
    p.type_decls.append('type %s struct { a int16; b string }' % k.go)
    return k


def keys_for(p, kt, n):
    if kt.kind == 'array':
        vals = sorted(set((p.r.randint(-3, 3), p.r.randint(-3, 3)) for _ in range(n)))
        return ['[2]int8{%d, %d}' % v for v in vals]
    if kt.kind == 'struct':
        vals = sorted(set((p.r.randint(-3, 3), p.r.choice(['a', 'b', ''])) for _ in range(n)))
        return ['%s{%d, "%s"}' % (kt.go, a, s) for a, s in vals]
    return p.distinct_keys(kt, n)


def feat_maps(p):
    r = p.r
    p.imports.add('sort')
    b = Body(p)
    int_locals(b, 2)
    kt, vt = key_ty(p), p.int_ty()
    m1t = map_of(kt, vt)
    keys = keys_for(p, kt, 4)
    b.declare('m1', m1t, '%s{%s}' % (m1t.go, ', '.join('%s: %s' % (k, p.int_lit(vt)) for k in keys[:2])))
    for k in keys:
        c = r.random()
        if c < 0.4:
            b.line('m1[%s] = %s' % (k, b.iexpr(vt, 2)))
        elif c < 0.7:
            b.line('m1[%s] += %s' % (k, b.iexpr(vt, 1)))
        elif c < 0.85:
            b.line('m1[%s]++' % k)
        else:
            b.line('delete(m1, %s)' % k)
    b.line('v1, ok1 := m1[%s]' % r.choice(keys))
    b.line('fmt.Println("m1", len(m1), v1, ok1, m1)')
    # map of maps, inner map aliased through a local
    it = map_of(p.int_ty() if r.random() < 0.5 else STR, p.int_ty())
    mm = map_of(STR, it)
    b.declare('mm', mm, 'make(%s)' % mm.go)
    ik = p.distinct_keys(it.key, 3)
    b.open('for i := 0; i < %d; i++ {' % r.randint(1, 5))
    b.declare_ro('i', INTS['int'])
    b.line('key := %s[i%%3]' % ('[]string{"a", "b", "c"}'))
    b.line('inner, ok := mm[key]\nif !ok {\n\tinner = make(%s)\n\tmm[key] = inner\n}' % it.go)
    b.line('inner[%s] += %s(i + 1)' % (r.choice(ik), it.val.go))
    b.line('inner[%s] = %s' % (r.choice(ik), b.iexpr(it.val, 1)))
    b.close()
    b.line('fmt.Println("mm", len(mm), mm)')
    # map of structs (read-modify-write) and map of pointers (write through)
    st = p.struct_ty()
    ms = map_of(STR, st)
    b.declare('ms', ms, p.lit(ms))
    b.line('tmp := ms["a"]\ntmp = %s\nms["a"] = tmp' % p.lit(st))
    mp = map_of(STR, ptr_to(st))
    b.declare('mp', mp, '%s{"a": %s, "b": %s}' % (mp.go, p.lit(ptr_to(st)), p.lit(ptr_to(st))))
    b.line('mp["c"] = mp["a"]')
    ints = [(f, ft) for f, ft in st.fields if ft.kind == 'int']
    if ints:
        f, ft = r.choice(ints)
        b.line('mp["a"].%s += %s' % (f, b.iexpr(ft, 1)))
        b.line('fmt.Println("alias", mp["c"].%s == mp["a"].%s, mp["b"].%s)' % (f, f, f))
    if st.printable():
        b.line('fmt.Println("ms", ms, *mp["c"])')
    # sorted iteration and order-independent sums
    if kt.kind in ('str', 'int'):
        b.line('ks := make([]%s, 0, len(m1))\nfor k := range m1 {\n\tks = append(ks, k)\n}' % kt.go)
        if kt.kind == 'str':
            b.line('sort.Strings(ks)')
        else:
            b.line('sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })')
        b.line('for _, k := range ks {\n\tfmt.Print(k, "=", m1[k], " ")\n}\nfmt.Println()')
    b.line('var tot uint64\nfor k, v := range m1 {\n\ttot += %s(k) * uint64(v)\n}\nfmt.Println("tot", tot)' % p.hash(kt))
    b.line('var nm map[string]int\nfmt.Println(nm["x"], len(nm), nm == nil)')
    b.line('for k := range mm {\n\tdelete(mm, k)\n}\nfmt.Println(len(mm))')
    b.stmts(r.randint(2, 5), 1)
    return func(p, 'mp', b)


def feat_slices(p):
    r = p.r
    b = Body(p)
    int_locals(b, 2)
    t = p.int_ty()
    n = r.randint(1, 5)
    c = n + r.randint(0, 3)
    b.declare('a', slice_of(t), 'make([]%s, %d, %d)' % (t.go, n, c), minlen=n)
    b.line('for i := range a {\n\ta[i] = %s(i*7 + 1)\n}' % t.go)
    lo = r.randint(0, n)
    hi = r.randint(lo, n)
    b.declare('bs', slice_of(t), 'a[%d:%d]' % (lo, hi))
    if hi > lo:
        b.line('bs[0] = %s' % b.iexpr(t, 1))
    k = r.randint(0, n)
    extra = r.randint(1, 3)
    b.declare('cs', slice_of(t), 'append(a[:%d], %s)' % (k, ', '.join(p.int_lit(t) for _ in range(extra))))
    fits = k + extra <= c
    b.line('fmt.Println("alias", a, bs, cs, len(cs)%s)' % (', cap(cs)' if fits else ''))
    mx = r.randint(hi, c)
    b.declare('ds', slice_of(t), 'a[%d:%d:%d]' % (lo, hi, mx))
    b.declare('es', slice_of(t), 'append(ds, %s)' % p.int_lit(t))
    b.line('fmt.Println(len(ds), cap(ds), a, es)')
    b.line('nc := copy(a[1:], a)\nfmt.Println("copy", nc, a)')
    b.line('var ns []%s\nfmt.Println(ns == nil, len(ns), ns)\nns = append(ns, a...)\nns = append(ns, ns...)\nfmt.Println(ns)' % t.go)
    et = p.rand_ty()
    b.declare('gs', slice_of(et), p.lit(slice_of(et)), minlen=1)
    b.line('gs = append(gs, gs[0])')
    b.line('gs[len(gs)-1] = %s' % p.lit(et))
    b.declare('grid', slice_of(slice_of(INTS['int16'])), 'make([][]int16, %d)' % r.randint(1, 4))
    b.line('for i := range grid {\n\tgrid[i] = make([]int16, i+1)\n\tfor j := range grid[i] {\n\t\tgrid[i][j] = int16(i*j - 3)\n\t}\n}')
    b.line('fmt.Println(grid, len(grid[len(grid)-1]))')
    if et.kind == 'struct':
        ints = [(f, ft) for f, ft in et.fields if ft.kind == 'int']
        if ints:
            f, ft = r.choice(ints)
            b.line('for i := range gs {\n\tgs[i].%s += %s(i)\n}' % (f, ft.go))
            b.line('for _, v := range gs {\n\tv.%s = 9\n\t_ = v\n}' % f)
    b.stmts(r.randint(2, 6), 2)
    return func(p, 'sl', b)


def feat_arrays(p):
    r = p.r
    b = Body(p)
    int_locals(b, 2)
    t = p.int_ty()
    n = r.choice([2, 4, 8])
    at = array_of(n, t)
    b.declare('a', at, p.lit(at))
    b.declare('a2', at, 'a')
    b.line('a2[%d] = %s' % (r.randrange(n), b.iexpr(t, 2)))
    b.line('a2[%s & %d]++' % (b.nonconst_int(INTS['int']), n - 1))
    b.declare('pa', ptr_to(at), '&a')
    b.line('pa[%d] -= 3' % r.randrange(n))
    b.line('for i, v := range pa {\n\ta2[i] ^= v\n}')
    b.line('fmt.Println("arr", a, a2, a == a2, len(pa))')
    fn = p.name('arrf')
    p.funcs.append('func %s(x %s, px *%s) %s {\n\tx[0] = 1\n\tpx[0] = 2\n\treturn x[%d] + px[%d]\n}'
                   % (fn, at.go, at.go, t.go, n - 1, n - 1))
    b.line('fmt.Println(%s(a, &a2), a[0], a2[0])' % fn)
    m2 = array_of(3, array_of(2, INTS['int8']))
    b.declare('m2', m2, p.lit(m2))
    b.line('m2[1][%d] = int8(len(a))' % r.randrange(2))
    b.line('m2c := m2\nm2c[2][0]--\nfmt.Println(m2, m2c == m2)')
    st = p.struct_ty()
    sa = array_of(2, st)
    b.declare('sa', sa, p.lit(sa))
    b.stmts(r.randint(2, 6), 2)
    return func(p, 'ar', b)


def feat_closures(p):
    r = p.r
    b = Body(p)
    int_locals(b, 3)
    t = p.int_ty()
    b.declare('cnt', t, p.int_lit(t))
    b.line('inc := func() %s {\n\tcnt += %s\n\treturn cnt\n}' % (t.go, p.int_lit(t)))
    b.line('c1 := inc()\nc2 := inc()\nfmt.Println("inc", c1, c2, cnt)')
    b.line('var fs []func() int\nfor i := 0; i < %d; i++ {\n\tj := i\n\tfs = append(fs, func() int { return i*10 + j })\n}' % r.randint(1, 4))
    b.line('for _, f := range fs {\n\tv := f()\n\tfmt.Print(v, " ")\n}\nfmt.Println()')
    mk = p.name('adder')
    p.funcs.append('func %s(base %s) func(%s) %s {\n\treturn func(x %s) %s {\n\t\tbase += x\n\t\treturn base\n\t}\n}'
                   % (mk, t.go, t.go, t.go, t.go, t.go))
    b.line('ad := %s(%s)\nad1 := ad(%s)\nad2 := ad(%s)\nfmt.Println("adder", ad1, ad2)'
           % (mk, b.iexpr(t, 1), p.int_lit(t), p.int_lit(t)))
    b.line('var fib func(int) int\nfib = func(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfmt.Println(fib(%d))' % r.randint(0, 15))
    # a closure running random statements on captured variables, called twice
    b.open('body := func() {')
    b.stmts(r.randint(2, 5), 1)
    b.close()
    b.line('body()\nbody()')
    st = p.struct_ty()
    b.declare('cs', st, p.lit(st))
    b.line('sv := cs\ngetc := func() %s { return sv }\nsv = %s\n_ = getc()' % (st.go, p.lit(st)))
    b.line('mix(%s(getc()))' % p.hash(st))
    return func(p, 'clo', b)


def feat_methods(p):
    r = p.r
    t = p.int_ty()
    nt = p.name('N')
    p.type_decls.append('type %s %s' % (nt, t.go))
    p.funcs.append('func (n %s) Twice() %s { return n * 2 }' % (nt, nt))
    p.funcs.append('func (n *%s) Inc() { *n++ }' % nt)
    st = p.name('M')
    p.type_decls.append('type %s struct {\n\ta %s\n\tb string\n}' % (st, t.go))
    p.funcs.append('func (m %s) Get() %s { return m.a }' % (st, t.go))
    p.funcs.append('func (m *%s) Add(d %s) { m.a += d; m.b += "+" }' % (st, t.go))
    p.funcs.append('func (m %s) SetCopy(d %s) %s { m.a = d; return m }' % (st, t.go, st))
    b = Body(p)
    int_locals(b, 2)
    b.line('var n %s = %s(%d)\nn.Inc()\npn := &n\npn.Inc()\nfmt.Println("N", n, n.Twice(), pn.Twice())'
           % (nt, nt, p.int_lit_val(t)))
    b.line('m := %s{a: %s, b: "m"}' % (st, p.int_lit(t)))
    b.line('get := m.Get\nadd := m.Add\nm.Add(%s)\nadd(%s)' % (p.int_lit(t), p.int_lit(t)))
    b.line('fmt.Println("M", m, get(), m.Get(), m.SetCopy(3), m)')
    b.line('fe := %s.Get\nfp := (*%s).Add\nfp(&m, 1)\nfmt.Println(fe(m), %s.Twice(n))' % (st, st, nt))
    b.line('ms := []%s{{a: 1}, {a: 2}}\nfor i := range ms {\n\tms[i].Add(%s(i))\n}\nfor _, v := range ms {\n\tv.Add(100)\n}\nfmt.Println(ms)' % (st, t.go))
    b.line('pm := &ms[0]\npm.Add(5)\nfmt.Println(pm.Get(), ms[0].a, *pm)')
    return func(p, 'meth', b)


def strer(p):
    if 'type Strer ' not in ''.join(p.type_decls):
        p.type_decls.append('type Strer interface{ String() string }')


def declare_iface(p):
    strer(p)
    if p.ifaces:
        return p.ifaces[0]
    r = p.r
    name = p.name('I')
    p.type_decls.append('type %s interface {\n\tVal() int64\n\tName() string\n}' % name)
    impls = []
    a = p.name('A')
    p.type_decls.append('type %s struct{ x int32 }' % a)
    p.funcs.append('func (v %s) Val() int64 { return int64(v.x) * %d }' % (a, r.randint(1, 5)))
    p.funcs.append('func (v %s) Name() string { return "A" }' % a)
    bn = p.name('B')
    p.type_decls.append('type %s struct {\n\ts string\n\tn int64\n}' % bn)
    p.funcs.append('func (v *%s) Val() int64 { v.n++; return v.n + int64(len(v.s)) }' % bn)
    p.funcs.append('func (v *%s) Name() string { return "B:" + v.s }' % bn)
    c = p.name('C')
    p.type_decls.append('type %s uint8' % c)
    p.funcs.append('func (v %s) Val() int64 { return -int64(v) }' % c)
    p.funcs.append('func (v %s) Name() string { return fmt.Sprint("C", uint8(v)) }' % c)
    p.funcs.append('func (v %s) String() string { return fmt.Sprintf("<C%%d>", uint8(v)) }' % c)
    at = Ty('struct', a, fields=[('x', INTS['int32'])], name=a)
    bt = Ty('struct', bn, fields=[('s', STR), ('n', INTS['int64'])], name=bn)
    ct = Ty('int', c, bits=8, signed=False)
    p.any_types[a] = at
    p.any_types['*' + bn] = ptr_to(bt)
    p.any_types[c] = ct
    impls = [a, '*' + bn, c]
    it = Ty('iface', name, impls=impls, a=a, b=bn, c=c)
    p.ifaces.append(it)
    return it


def feat_ifaces(p):
    r = p.r
    it = declare_iface(p)
    b = Body(p)
    int_locals(b, 2)
    b.declare('xs', slice_of(it), '[]%s{%s{x: %d}, &%s{s: "q"}, %s(%d), %s{x: -2}}'
              % (it.go, it.a, r.randint(-9, 9), it.b, it.c, r.randint(0, 255), it.a))
    b.line('var tot int64\nfor i, x := range xs {\n\ttot += x.Val() * int64(i+1)\n\tfmt.Println(i, x.Name())\n}')
    b.line('fmt.Println("tot", tot, xs[0], xs[2])')
    b.line('if pb, ok := xs[1].(*%s); ok {\n\tfmt.Println("is B", pb.n, pb.s)\n}' % it.b)
    b.line('_, isA := xs[1].(%s)\nav, _ := xs[3].(%s)\nfmt.Println(isA, av.x, av)' % (it.a, it.a))
    b.line('var ni %s\nfmt.Println(ni == nil, xs[0] == xs[3], xs[0] == %s{x: xs[0].(%s).x})' % (it.go, it.a, it.a))
    b.line('var e any = xs[2]\nfmt.Println(e, e == %s(%s))' % (it.c, 'xs[2].(%s)' % it.c))
    b.line('var st Strer = %s(7)\nfmt.Println(st.String(), st)' % it.c)
    b.line('var er error = fmt.Errorf("err %%d/%%s", %s, "x")\nfmt.Println(er)' % b.iexpr(INTS['int'], 1))
    b.stmts(r.randint(1, 3), 1)
    return func(p, 'ifc', b)


def feat_typeswitch(p):
    r = p.r
    it = declare_iface(p)
    st = p.struct_ty()
    p.any_types[st.go] = st
    b = Body(p)
    int_locals(b, 2)
    t = p.int_ty()
    p.any_types[t.go] = t
    p.any_types['string'] = STR
    vals = ['%s' % p.int_lit(t), p.str_lit(), p.lit(st), 'nil', '%s(%d)' % (it.c, r.randint(0, 9)),
            '&%s{s: "z"}' % it.b, 'true', '[]int{1, 2}', '1.5', p.int_lit(p.int_ty())]
    r.shuffle(vals)
    b.declare('vals', slice_of(ANY), '[]any{%s}' % ', '.join(vals))
    lines = ['for i, v := range vals {', '\tswitch x := v.(type) {',
             '\tcase nil:', '\t\tfmt.Println(i, "nil", x)',
             '\tcase %s:' % t.go, '\t\tfmt.Println(i, "int-ish", x+1)',
             '\tcase string:', '\t\tfmt.Println(i, "string", len(x), x)',
             '\tcase %s:' % it.go, '\t\tfmt.Println(i, "iface", x.Name())',
             '\tcase %s:' % st.go, '\t\tmix(%s(x))' % p.hash(st),
             '\tcase bool, float64:', '\t\tfmt.Println(i, "bool/float", x)',
             '\tdefault:', '\t\t_ = x', '\t\tfmt.Println(i, "other")', '\t}', '}']
    b.line('\n'.join(lines))
    b.line('var a any = %s\nn, ok := a.(int)\ns, ok2 := a.(string)\nfmt.Println(n, ok, s, ok2)' % b.sexpr(1))
    b.line('mix(%s(vals[%d]))' % (p.hash(ANY), r.randrange(len(vals))))
    return func(p, 'tsw', b)


def feat_embed(p):
    r = p.r
    base, der, der2 = p.name('Base'), p.name('Der'), p.name('Dp')
    p.type_decls.append('type %s struct {\n\tid int32\n\ttag string\n}' % base)
    p.funcs.append('func (b %s) ID() int32 { return b.id }' % base)
    p.funcs.append('func (b *%s) SetID(v int32) { b.id = v }' % base)
    p.type_decls.append('type %s struct {\n\t%s\n\tname string\n\tid2 int8\n}' % (der, base))
    p.type_decls.append('type %s struct {\n\t*%s\n\tk int\n}' % (der2, base))
    ifn = p.name('IDer')
    p.type_decls.append('type %s interface{ ID() int32 }' % ifn)
    b = Body(p)
    int_locals(b, 2)
    b.line('d := %s{%s: %s{id: %d, tag: "t"}, name: "d"}' % (der, base, base, r.randint(-50, 50)))
    b.line('d.SetID(d.id + %d)\nd.tag += "!"\nd.id2 = int8(d.ID())' % r.randint(1, 9))
    b.line('dp := %s{%s: &d.%s, k: 1}\ndp.SetID(%d)\nfmt.Println("embed", d.ID(), dp.ID(), d.%s.id, dp.tag)'
           % (der2, base, base, r.randint(0, 99), base))
    b.line('var ider %s = d\nvar ider2 %s = &d\nd.SetID(1)\nfmt.Println(ider.ID(), ider2.ID())' % (ifn, ifn))
    b.line('fmt.Printf("%v %+v\\n", d, d)')
    return func(p, 'emb', b)


def feat_defer(p):
    r = p.r
    t = p.int_ty()
    dn = p.name('dnamed')
    n = r.randint(0, 4)
    p.funcs.append(('func %s(k %s) (res %s) {\n\tdefer func() {\n\t\tres = res*2 + 1\n\t}()\n'
                    '\tfor i := 0; i < %d; i++ {\n\t\tdefer fmt.Println("defer", i, k)\n'
                    '\t\tdefer func(v int) {\n\t\t\tres += %s(v)\n\t\t}(i)\n\t}\n\tk++\n\treturn k\n}')
                   % (dn, t.go, t.go, n, t.go))
    rn = p.name('drec')
    p.funcs.append('func %s() (s string) {\n\tdefer func() {\n\t\tr := recover()\n\t\ts = fmt.Sprint("rec:", r)\n\t}()\n\ts = "normal"\n\treturn s + "!"\n}' % rn)
    b = Body(p)
    int_locals(b, 2)
    b.line('fmt.Println(%s(%s))' % (dn, b.iexpr(t, 2)))
    b.line('fmt.Println(%s())' % rn)
    b.line('x := %d\nfunc() {\n\tdefer fmt.Println("arg at defer", x)\n\tdefer func() { fmt.Println("closure sees", x) }()\n\tx = %d\n}()'
           % (r.randint(0, 9), r.randint(10, 99)))
    b.line('for i := 0; i < 3; i++ {\n\tfunc() {\n\t\tdefer func() { x += i }()\n\t}()\n}\nfmt.Println(x)')
    return func(p, 'dfr', b)


PANICS = [
    ('idx', 'xs := make([]int16, 3)\n\txs[i] = 1\n\tmix(uint64(xs[0]))', 'int', [3, 5, -1, 100]),
    ('arr', 'var a [4]int8\n\ta[i%8] = 2\n\tmix(uint64(a[0]))', 'int', [4, 7, 5]),
    ('str', 's := "héllo"\n\tmix(uint64(s[i]))', 'int', [6, 9, 100]),
    ('slc', 'xs := []int{1, 2, 3}\n\tmix(uint64(len(xs[i:])))', 'int', [4, 5]),
    ('slc2', 'xs := make([]int, 2, 4)\n\tmix(uint64(len(xs[:i])))', 'int', [5, 9]),
    ('slc3', 'xs := []byte("abcd")\n\tj := i - 2\n\tmix(uint64(len(xs[i:j])))', 'int', [3, 4]),
    ('sstr', 's := "abcd"\n\tmix(uint64(len(s[1:i])))', 'int', [5, 8]),
    ('nilmap', 'var m map[string]int\n\tif i > 0 {\n\t\tm["k"] = i\n\t}', 'int', [1, 2]),
    ('div', 'a := T(7)\n\tmix(uint64(a / T(i)))', 'int', [0]),
    ('mod', 'a := T(7)\n\tmix(uint64(a % T(i)))', 'int', [0]),
    ('nilp', 'var p *NP\n\tif i >= 0 {\n\t\tmix(uint64(p.v))\n\t}', 'int', [0, 1]),
    ('nilf', 'var f func() int\n\tif i >= 0 {\n\t\tmix(uint64(f()))\n\t}', 'int', [0]),
    ('assert', 'var x any = "str"\n\tif i > 5 {\n\t\tx = i\n\t}\n\tn := x.(int)\n\tmix(uint64(n))', 'int', [0, 1]),
    ('assert2', 'var x any = &NP{v: i}\n\tv := x.(NP)\n\tmix(uint64(v.v))', 'int', [0]),
    ('assert3', 'var x any = i\n\ts := x.(Strer)\n\t_ = s', 'int', [3]),
    ('user', 'if i > 0 {\n\t\tpanic("boom " + fmt.Sprint(i))\n\t}', 'int', [1, 2]),
    ('usererr', 'if i > 0 {\n\t\tpanic(errors.New("bad thing"))\n\t}', 'int', [1]),
    ('userint', 'if i > 0 {\n\t\tpanic(i * 3)\n\t}', 'int', [1, 7]),
    ('usererrf', 'if i > 0 {\n\t\tpanic(fmt.Errorf("wrapped %d", i))\n\t}', 'int', [4]),
    ('ok', 'mix(uint64(i))', 'int', [1]),
]


def feat_panics(p):
    r = p.r
    p.imports.add('errors')
    if 'type NP ' not in ''.join(p.type_decls):
        p.type_decls.append('type NP struct{ v int }')
    strer(p)
    b = Body(p)
    picks = r.sample(PANICS, r.randint(3, 7))
    for name, body, _, args in picks:
        t = p.int_ty()
        fn = p.name('try_' + name)
        body = body.replace('T(', '%s(' % t.go)
        p.funcs.append('func %s(i int) (r any) {\n\tdefer func() {\n\t\tr = recover()\n\t}()\n\t%s\n\treturn "no panic"\n}'
                       % (fn, body))
        rv = p.name('rv')
        b.line('%s := %s(%d)' % (rv, fn, r.choice(args)))
        b.line('fmt.Println("recovered:", %s)' % rv)
        b.line('if e, ok := %s.(error); ok {\n\tfmt.Println("error:", e.Error())\n}' % rv)
        b.line('_ = %s' % rv)
    return func(p, 'pnc', b)


UNCAUGHT = [
    'panic("final boom")',
    'var m map[int]int\n\tm[len(os.Args)] = 1',
    'xs := []int{1}\n\tfmt.Println(xs[len(os.Args)+2])',
    'panic(errors.New("final error"))',
    'panic(fmt.Sprintf("final %d", len(os.Args)))',
    'os.Exit(3)',
    'var p *struct{ v int }\n\tfmt.Println(p.v)',
    'z := len(os.Args) - 1\n\tfmt.Println(10 / z)',
    'var a any = len(os.Args)\n\tfmt.Println(a.(string))',
]


def uncaught(p):
    """Source lines ending main with a panic or os.Exit (exit code + stderr)."""
    p.imports.update(['os', 'errors'])
    return p.r.choice(UNCAUGHT)


FEATURES = {
    'structs': feat_structs, 'maps': feat_maps, 'slices': feat_slices, 'arrays': feat_arrays,
    'closures': feat_closures, 'methods': feat_methods, 'ifaces': feat_ifaces,
    'typeswitch': feat_typeswitch, 'embed': feat_embed, 'defer': feat_defer, 'panics': feat_panics,
}
