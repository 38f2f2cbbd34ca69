# Feature productions for the difftest generator: scalar code and control flow.
#
# Why it exists: each production below is one toggleable feature (see
# gen.FEATURES). It appends one top-level function to the program that main
# calls; the function declares its own locals, runs random statements from
# gen_core.Body over them and mixes every variable into the checksum.
from gen_core import Body, Var, INTS, STR, BOOL, F64, INT_TYPES, int_range, slice_of


def int_locals(b, n, prefix='x'):
    p = b.p
    for _ in range(n):
        t = p.int_ty()
        b.declare(p.name(prefix), t, p.int_lit(t))


def func(p, prefix, b, sig='()'):
    name = p.name(prefix)
    b.finish()
    p.funcs.append('func %s%s {\n%s}' % (name, sig, b.text()))
    return name


def feat_arith(p):
    b = Body(p)
    int_locals(b, p.r.randint(3, 6))
    b.declare(p.name('s'), STR, p.str_lit())
    b.declare(p.name('bo'), BOOL, 'true')
    b.stmts(p.r.randint(5, 12), 2)
    b.print_stmt()
    return func(p, 'arith', b)


def feat_globals(p):
    # Package-level variables visible to every later function; one depends on
    # a later declaration (initialisation order), one is changed by init().
    r = p.r
    n = r.randint(1, 3)
    for _ in range(n):
        t = p.int_ty()
        name = p.name('g')
        p.global_lines.append('var %s %s = %s' % (name, t.go, p.int_lit(t)))
        p.globals.append(Var(name, t))
    t = INTS['int32']
    a, bn = p.name('ga'), p.name('gb')
    p.global_lines.append('var %s = %s*3 + 1' % (a, bn))
    p.global_lines.append('var %s %s = %s' % (bn, t.go, p.int_lit(t)))
    p.funcs.append('func init() {\n\t%s += 2\n}' % a)
    p.globals.append(Var(a, t))
    b = Body(p)
    b.line('fmt.Println("globals", %s, %s)' % (a, bn))
    b.stmts(r.randint(2, 5), 1)
    return func(p, 'glob', b)


def feat_floats(p):
    r = p.r
    b = Body(p)
    int_locals(b, 3)
    i32 = b.iexpr(INTS['int32'], 2)
    i16 = b.iexpr(INTS['int16'], 2)
    b.declare('fa', F64, 'float64(%s)' % i32)
    b.declare('fb', F64, 'fa*0.5 + float64(%s)' % i16)
    b.declare('fc', F64, 'fb - fa*%d' % r.randint(-3, 3))
    b.declare('fd', F64, 'fc / %s' % r.choice(['4', '0.25', '8', '-2']))
    b.line('fmt.Println("floats", fa, fb, fc, fd, fa < fb, fa == fc, -fd)')
    b.line('fmt.Printf("%.3f %e %g %8.2f|%v\\n", fa, fb, fc, fd, fa+0.5)')
    b.declare('fi', INTS['int64'], 'int64(fc)')
    b.declare('fu', INTS['uint32'], 'uint32(uint16(%s))' % b.nonconst_int(INTS['uint16']))
    b.declare('ff', F64, 'float64(fu) * 2')
    if p.r.random() < 0.5:
        p.imports.add('math')
        b.line('fmt.Println(math.Abs(fc), math.Floor(fd), math.Ceil(fd), math.Max(fa, fb), math.Sqrt(ff*ff))')
    b.line('fmt.Println(fi, fu, ff, int32(ff/2), 1e21, 1e20, 123456789.0, 0.1+0.2)')
    b.line('var fz float64')
    b.line('fmt.Println(fz, -fz, 1/(fz+1), float32(fa)*2)')
    return func(p, 'flt', b)


def feat_strings(p):
    r = p.r
    p.imports.update(['strings', 'strconv'])
    b = Body(p)
    int_locals(b, 2)
    b.declare('s1', STR, p.str_lit())
    b.declare('s2', STR, 'trunc(%s)' % b.sexpr(2))
    b.declare('acc', INTS['int'], '0')
    b.line('for i, c := range s1 + s2 {\n\tacc += int(c) * (i + 1)\n}')
    b.line('bs := []byte(s2)')
    b.line('if len(bs) > 0 {\n\tbs[0] ^= 0x20\n\tbs[len(bs)-1]++\n}')
    b.line('rs := []rune(s1 + s2)')
    b.line('if len(rs) > 1 {\n\trs[1] = %s\n}' % r.choice(["'é'", "'x'", "0x4e16", "-1", "0x10FFFF"]))
    b.line('fmt.Printf("%q %q %d %d %v\\n", string(bs), string(rs), len(rs), acc, bs)')
    b.line('if len(s1) > 0 {\n\tk := int(uint(%s) %% uint(len(s1)))\n\tfmt.Println("idx", s1[k], s1[k:], string(s1[k]))\n}'
           % b.nonconst_int(INTS['uint8']))
    b.line('var sb strings.Builder')
    b.line('sb.WriteString(s1)\nsb.WriteByte(\'-\')\nsb.WriteRune(rune(%s))\nsb.WriteString(strconv.Itoa(acc))'
           % b.iexpr(INTS['int32'], 1))
    b.line('fmt.Printf("%q %d\\n", sb.String(), sb.Len())')
    calls = [
        'strings.Contains(s1+s2, %s)' % p.str_lit(), 'strings.Index(s2, %s)' % p.str_lit(),
        'strings.LastIndex(s1, %s)' % p.str_lit(), 'strings.HasPrefix(s2, %s)' % p.str_lit(),
        'strings.HasSuffix(s1, %s)' % p.str_lit(), 'strings.Count(s1+s2, %s)' % p.str_lit(),
        'strings.EqualFold(s1, strings.ToUpper(s1))', 'strings.Split(s1+","+s2, ",")',
        'strings.Fields(" " + s1 + " " + s2)', 'strings.Trim(s2, "a ")',
        'strings.TrimSuffix(s1, "c")', 'strings.Replace(s1+s1, "a", "A", 1)',
        'strings.IndexByte(s2, \'a\')', 'strings.ContainsRune(s1, \'世\')', 'strconv.Quote(s2)',
    ]
    r.shuffle(calls)
    for c in calls[:r.randint(3, 7)]:
        b.line('fmt.Printf("%%q\\n", %s)' % c if 'Split' in c or 'Fields' in c or 'Quote' in c or 'Trim' in c
               or 'Replace' in c else 'fmt.Println(%s)' % c)
    b.line('n1, e1 := strconv.Atoi(strconv.Itoa(int(%s)))' % b.iexpr(INTS['int32'], 2))
    b.line('n2, e2 := strconv.Atoi(%s)' % r.choice(['s1', '"12x"', '"-77"', '""']))
    b.line('n3, e3 := strconv.ParseInt(%s, %d, 64)' % (r.choice(['"ff"', '"-101"', '"zz"', '"7fffffffffffffff"']),
                                                      r.choice([2, 16, 36])))
    b.line('bv, e4 := strconv.ParseBool(%s)' % r.choice(['"true"', '"0"', '"maybe"']))
    b.line('fmt.Println(n1, e1, n2, e2, n3, e3, bv, e4, strconv.FormatBool(bv))')
    b.line('fmt.Println(s1 < s2, s1 == s2, s1+s2 > s2, len(s1+s2))')
    b.line('_ = rs')
    b.stmts(r.randint(2, 5), 1)
    return func(p, 'str', b)


def feat_convs(p):
    r = p.r
    b = Body(p)
    chain = [INTS[r.choice(INT_TYPES)[0]] for _ in range(r.randint(3, 6))]
    t0 = INTS['int64']
    b.declare('c0', t0, p.int_lit(t0))
    prev = 'c0'
    names = ['c0']
    for k, t in enumerate(chain):
        n = 'c%d' % (k + 1)
        b.declare(n, t, '%s(%s)' % (t.go, prev))
        names.append(n)
        prev = n
    b.line('fmt.Println(%s)' % ', '.join(names))
    b.line('fmt.Printf("%s\\n", %s)' % (' '.join(['%x'] * len(names)), ', '.join(names)))
    b.line('fmt.Println(string(rune(c0)), string(rune(%s)), []byte(string(rune(%s))))' % (prev, names[1]))
    b.line('fmt.Printf("%%c|%%U|%%q\\n", rune(%s), rune(%s), rune(%s))' % (names[-1], names[1], names[-2]))
    b.stmts(r.randint(3, 6), 1)
    return func(p, 'conv', b)


def feat_labels(p):
    r = p.r
    b = Body(p)
    int_locals(b, 3)
    lab = p.name('outer')
    b.declare(p.name('cnt'), INTS['int'], '0')
    cnt = b.scopes[-1][-1].name
    b.line('%s:' % lab)
    b.open('for i := 0; i < %d; i++ {' % r.randint(2, 5))
    b.declare_ro('i', INTS['int'])
    b.open('for j := 0; j < %d; j++ {' % r.randint(2, 5))
    b.declare_ro('j', INTS['int'])
    b.line('%s++' % cnt)
    b.line('if (i+j)%%%d == %d {\n\tcontinue %s\n}' % (r.randint(2, 4), r.randint(0, 1), lab))
    b.loop_depth = 2
    b.stmts(r.randint(1, 3), 1)
    b.line('if i*j > %d {\n\tbreak %s\n}' % (r.randint(1, 8), lab))
    b.close()
    b.close()
    lab2 = p.name('sw')
    b.line('%s:' % lab2)
    b.open('for k := 0; k < 6; k++ {')
    b.declare_ro('k', INTS['int'])
    b.line('switch k %% 3 {\ncase %d:\n\tcontinue %s\ncase 2:\n\tif k > %d {\n\t\tbreak %s\n\t}\n}'
           % (r.randint(0, 1), lab2, r.randint(1, 5), lab2))
    b.line('%s += k' % cnt)
    b.close()
    b.loop_depth = 0
    b.line('fmt.Println("labels", %s)' % cnt)
    return func(p, 'lab', b)


def feat_goto(p):
    r = p.r
    b = Body(p)
    int_locals(b, 2)
    lab, skip = p.name('again'), p.name('skip')
    n = p.name('n')
    b.line('%s := 0' % n)
    b.declare_ro(n, INTS['int'])
    b.line('%s:' % lab)
    b.open('if %s < %d {' % (n, r.randint(1, 6)))
    b.line('%s++' % n)
    b.loop_depth = 2
    b.stmts(r.randint(1, 3), 1)
    b.line('goto %s' % lab)
    b.close()
    b.line('if %s {\n\tgoto %s\n}' % (b.bexpr(1), skip))
    b.open('{')
    b.stmts(r.randint(1, 3), 1)
    b.close()
    b.line('%s:' % skip)
    b.loop_depth = 0
    b.line('fmt.Println("goto", %s)' % n)
    return func(p, 'gto', b)


def feat_switch(p):
    r = p.r
    b = Body(p)
    int_locals(b, 3)
    b.declare(p.name('s'), STR, p.str_lit())
    sv = b.scopes[-1][-1].name
    b.line('switch {\ncase %s:\n\tfmt.Println("sw a")\n\tfallthrough\ncase %s:\n\tfmt.Println("sw b")\ndefault:\n\tfmt.Println("sw c")\n}'
           % (b.bexpr(2), b.bexpr(2)))
    words = r.sample(['a', 'go', 'abc', '', 'Zz', 'x y'], 3)
    b.line('switch %s {\ncase "%s", "%s":\n\tfmt.Println("sw s1")\ncase "%s":\n\tfmt.Println("sw s2")\n}'
           % (sv, words[0], words[1], words[2]))
    t = p.int_ty()
    b.line('switch v := %s; {\ncase v > 0:\n\tfmt.Println("pos", v)\ncase v < 0:\n\tfmt.Println("neg", v)\ndefault:\n\tfmt.Println("zero")\n}'
           % b.iexpr(t, 2))
    for _ in range(r.randint(1, 2)):
        b.switch(2)
    return func(p, 'swi', b)


def feat_variadic(p):
    r = p.r
    t = p.int_ty()
    vn = p.name('vsum')
    p.funcs.append('func %s(base %s, xs ...%s) %s {\n\tfor _, x := range xs {\n\t\tbase = base*3 + x\n\t}\n\treturn base + %s(len(xs))\n}'
                   % (vn, t.go, t.go, t.go, t.go))
    cn = p.name('vcat')
    p.funcs.append('func %s(sep string, xs ...any) string {\n\treturn fmt.Sprint(len(xs), sep) + fmt.Sprintln(xs...)\n}' % cn)
    b = Body(p)
    int_locals(b, 2)
    b.declare('sl', slice_of(t), p.lit(slice_of(t)), minlen=1)
    b.declare('r1', t, '%s(%s)' % (vn, b.iexpr(t, 1)))
    b.declare('r2', t, '%s(%s, %s, %s)' % (vn, b.iexpr(t, 1), b.iexpr(t, 1), b.iexpr(t, 1)))
    b.declare('r3', t, '%s(%s, sl...)' % (vn, b.iexpr(t, 1)))
    b.declare('r4', t, '%s(0, sl[:0]...)' % vn)
    b.line('fmt.Printf("%%q\\n", %s("/", r1, "x", r2, true, nil))' % cn)
    b.line('fmt.Printf("%%q\\n", %s(""))' % cn)
    b.line('sl = append(sl, sl...)')
    b.line('fmt.Println(r3, r4, len(sl))')
    return func(p, 'var', b)


def feat_multiret(p):
    r = p.r
    t = p.int_ty()
    dn = p.name('divmod')
    p.funcs.append('func %s(a, b %s) (q, r %s, ok bool) {\n\tif b == 0 {\n\t\treturn\n\t}\n\tq = a / b\n\tr = a %% b\n\tok = true\n\treturn q, r, ok\n}'
                   % (dn, t.go, t.go))
    b = Body(p)
    int_locals(b, 2)
    b.declare('ma', t, b.iexpr(t, 2))
    b.declare('mb', t, p.int_lit(t, r.choice([0, 1, -1 if t.signed else 2, 3, int_range(t)[1]])))
    b.line('q, rm, ok := %s(ma, mb)' % dn)
    b.line('fmt.Println("divmod", ma, mb, q, rm, ok)')
    b.line('_, rm2, _ := %s(mb, ma|1)' % dn)
    b.line('ma, mb = mb, ma')
    b.line('for k := 0; k < %d; k++ {\n\tma, mb = mb, ma+mb\n}' % r.randint(1, 8))
    b.line('fmt.Println(ma, mb, rm2)')
    b.line('mix(uint64(q) + uint64(rm))')
    return func(p, 'mret', b)


def feat_recursion(p):
    r = p.r
    t = p.int_ty()
    fn = p.name('rfib')
    p.funcs.append('func %s(n %s) %s {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn %s(n-1) + %s(n-2)*%d\n}'
                   % (fn, t.go, t.go, fn, fn, r.randint(1, 3)))
    ev, od = p.name('isEven'), p.name('isOdd')
    p.funcs.append('func %s(n uint8) bool {\n\tif n == 0 {\n\t\treturn true\n\t}\n\treturn %s(n - 1)\n}' % (ev, od))
    p.funcs.append('func %s(n uint8) bool {\n\tif n == 0 {\n\t\treturn false\n\t}\n\treturn %s(n - 1)\n}' % (od, ev))
    sn = p.name('rsum')
    p.funcs.append('func %s(xs []%s) %s {\n\tif len(xs) == 0 {\n\t\treturn 0\n\t}\n\treturn xs[0]*2 - %s(xs[1:])\n}'
                   % (sn, t.go, t.go, sn))
    b = Body(p)
    b.line('fmt.Println("rec", %s(%d), %s(%d), %s(%d))' % (fn, r.randint(0, 14), ev, r.randint(0, 30), od, r.randint(0, 9)))
    b.declare('xs', slice_of(t), p.lit(slice_of(t)), minlen=1)
    b.line('fmt.Println(%s(xs), %s(xs[1:]))' % (sn, sn))
    return func(p, 'recur', b)


FEATURES = {
    'arith': feat_arith, 'globals': feat_globals, 'floats': feat_floats, 'strings': feat_strings,
    'convs': feat_convs, 'labels': feat_labels, 'goto': feat_goto, 'switch': feat_switch,
    'variadic': feat_variadic, 'multiret': feat_multiret, 'recursion': feat_recursion,
}
