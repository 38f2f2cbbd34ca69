# Core of the random Go program generator used by the differential tester.
#
# Why it exists: difftest compares gosc against go 1.19 on programs nobody
# wrote by hand. This module holds what every feature production shares: the
# type model, per-type checksum ("hash") functions, composite literals, and a
# typed expression/statement generator that only produces code go accepts
# (no unused variables, no constant overflow, no constant division by zero)
# and whose result never depends on map order or unspecified evaluation order
# (expressions are pure; side effects happen one per statement).
import random

INT_TYPES = [('int8', 8, True), ('int16', 16, True), ('int32', 32, True), ('int64', 64, True),
             ('int', 64, True), ('uint8', 8, False), ('uint16', 16, False), ('uint32', 32, False),
             ('uint64', 64, False), ('uint', 64, False)]


class Ty:
    def __init__(self, kind, go, **kw):
        self.kind, self.go = kind, go
        self.__dict__.update(kw)

    def __repr__(self):
        return self.go

    def printable(self):
        # %v output must not contain addresses.
        k = self.kind
        if k in ('int', 'str', 'bool', 'f64'):
            return True
        if k in ('ptr', 'iface', 'any', 'func'):
            return False
        if k == 'struct':
            return all(ft.printable() for _, ft in self.fields)
        if k in ('slice', 'array'):
            return self.elem.printable()
        if k == 'map':
            return self.key.printable() and self.val.printable()
        return False

    def comparable(self):
        if self.kind in ('int', 'str', 'bool', 'f64', 'ptr'):
            return True
        if self.kind == 'struct':
            return all(ft.comparable() for _, ft in self.fields)
        if self.kind == 'array':
            return self.elem.comparable()
        return False


INTS = {n: Ty('int', n, bits=b, signed=s) for n, b, s in INT_TYPES}
STR = Ty('str', 'string')
BOOL = Ty('bool', 'bool')
F64 = Ty('f64', 'float64')
ANY = Ty('any', 'any')


def slice_of(t):
    return Ty('slice', '[]' + t.go, elem=t)


def array_of(n, t):
    return Ty('array', '[%d]%s' % (n, t.go), elem=t, n=n)


def map_of(k, v):
    return Ty('map', 'map[%s]%s' % (k.go, v.go), key=k, val=v)


def ptr_to(t):
    return Ty('ptr', '*' + t.go, elem=t)


def int_range(t):
    if t.signed:
        return -(1 << (t.bits - 1)), (1 << (t.bits - 1)) - 1
    return 0, (1 << t.bits) - 1


class Var:
    def __init__(self, name, ty, ro=False, minlen=0):
        self.name, self.ty, self.ro, self.minlen = name, ty, ro, minlen


WORDS = ['a', 'go', 'héllo', 'x y', '世界', 'Zz', 'abc', '', ' pad ', 'ß', 'a,b,c', 'q"t']


class Prog:
    """Program-wide state: declarations, helper functions, imports, names."""

    def __init__(self, seed, features=None):
        self.seed = seed
        self.r = random.Random(seed)
        self.features = features
        self.uid = 0
        self.imports = {'fmt'}
        self.type_decls = []
        self.globals = []          # Var
        self.global_lines = []
        self.funcs = []            # source text of top-level functions
        self.hashes = {}           # go type -> hash func name
        self.hash_types = {}       # name -> Ty
        self.hash_done = set()
        self.any_types = {}        # go type -> Ty stored in `any` somewhere
        self.structs = []
        self.pure = {}             # go int type -> [helper names]
        self.ifaces = []
        self.pure_depth = 0

    def feat(self, name):
        return self.features is None or name in self.features

    def name(self, prefix):
        self.uid += 1
        return '%s%d' % (prefix, self.uid)

    # ---- types -----------------------------------------------------------
    def int_ty(self):
        return INTS[self.r.choice(INT_TYPES)[0]]

    def new_struct(self, depth=0):
        r = self.r
        name = self.name('S')
        fields = []
        for i in range(r.randint(1, 4)):
            fields.append(('f%d' % i, self.field_ty(depth)))
        t = Ty('struct', name, fields=fields, name=name)
        body = '; '.join('%s %s' % (f, ft.go) for f, ft in fields)
        self.type_decls.append('type %s struct { %s }' % (name, body))
        self.structs.append(t)
        return t

    def field_ty(self, depth):
        r = self.r
        c = r.random()
        if c < 0.45:
            return self.int_ty()
        if c < 0.55:
            return STR
        if c < 0.6:
            return BOOL
        if depth < 2 and c < 0.72 and self.structs:
            return r.choice(self.structs)
        if depth < 2 and c < 0.8 and self.structs:
            return ptr_to(r.choice(self.structs))
        if c < 0.87:
            return array_of(r.randint(1, 4), self.int_ty())
        if c < 0.94:
            return slice_of(self.int_ty())
        return map_of(STR, self.int_ty())

    def rand_ty(self, depth=0):
        r = self.r
        c = r.random()
        if c < 0.3 or depth > 1:
            return r.choice([self.int_ty(), self.int_ty(), STR])
        if c < 0.45:
            return self.struct_ty()
        if c < 0.55:
            return ptr_to(self.struct_ty())
        if c < 0.7:
            return slice_of(self.rand_ty(depth + 1))
        if c < 0.8:
            return array_of(r.randint(1, 4), self.rand_ty(depth + 1))
        k = r.choice([STR, self.int_ty(), BOOL])
        return map_of(k, self.rand_ty(depth + 1))

    def struct_ty(self):
        if self.structs and self.r.random() < 0.6:
            return self.r.choice(self.structs)
        return self.new_struct()

    # ---- literals --------------------------------------------------------
    def int_lit_val(self, t):
        r = self.r
        lo, hi = int_range(t)
        c = r.random()
        if c < 0.15:
            return r.choice([0, 1, hi, lo, lo + 1 if lo else 2])
        if c < 0.3 and t.signed:
            return -1
        if c < 0.75:
            return r.randint(max(lo, -20), min(hi, 40))
        return r.randint(lo, hi)

    def int_lit(self, t, v=None):
        if v is None:
            v = self.int_lit_val(t)
        return '%s(%d)' % (t.go, v)

    def str_lit(self):
        return '"%s"' % self.r.choice(WORDS).replace('"', '\\"')

    def lit(self, t, depth=0):
        """A composite literal (never nil pointers, non-nil maps)."""
        r = self.r
        k = t.kind
        if k == 'int':
            return self.int_lit(t)
        if k == 'str':
            return self.str_lit()
        if k == 'bool':
            return r.choice(['true', 'false'])
        if k == 'f64':
            return r.choice(['0.5', '1.25', '-3.0', '1e3', '0.0', '7.0'])
        if k == 'struct':
            parts = []
            for f, ft in t.fields:
                if r.random() < 0.85 or ft.kind == 'ptr':
                    parts.append('%s: %s' % (f, self.lit(ft, depth + 1)))
            return '%s{%s}' % (t.go, ', '.join(parts))
        if k == 'ptr':
            if t.elem.kind == 'struct':
                return '&' + self.lit(t.elem, depth + 1)
            return 'new(%s)' % t.elem.go
        if k == 'slice':
            n = r.randint(1, 3 if depth else 4)
            return '%s{%s}' % (t.go, ', '.join(self.lit(t.elem, depth + 1) for _ in range(n)))
        if k == 'array':
            n = r.randint(0, t.n)
            return '%s{%s}' % (t.go, ', '.join(self.lit(t.elem, depth + 1) for _ in range(n)))
        if k == 'map':
            keys = self.distinct_keys(t.key, r.randint(0, 3))
            return '%s{%s}' % (t.go, ', '.join('%s: %s' % (kk, self.lit(t.val, depth + 1)) for kk in keys))
        raise ValueError(t)

    def distinct_keys(self, kt, n):
        r = self.r
        if kt.kind == 'bool':
            return ['true', 'false'][:min(n, 2)]
        if kt.kind == 'str':
            return ['"%s"' % w.replace('"', '\\"') for w in r.sample(WORDS, n)]
        lo, hi = int_range(kt)
        vals = set()
        while len(vals) < n:
            vals.add(r.randint(max(lo, -5), min(hi, 9)))
        return [self.int_lit(kt, v) for v in sorted(vals)]

    def key_expr(self, kt):
        return self.distinct_keys(kt, 1)[0] if kt.kind != 'bool' else self.r.choice(['true', 'false'])

    # ---- checksums -------------------------------------------------------
    def hash(self, t):
        if t.go in self.hashes:
            return self.hashes[t.go]
        fn = 'h%d' % len(self.hashes)
        self.hashes[t.go] = fn
        self.hash_types[fn] = t
        return fn

    def hash_body(self, t):
        k = t.kind
        if k == 'int':
            return 'return uint64(x)'
        if k == 'bool':
            return 'if x {\n\t\treturn 1\n\t}\n\treturn 2'
        if k == 'str':
            return 'h := uint64(len(x))\n\tfor i := 0; i < len(x); i++ {\n\t\th = h*31 + uint64(x[i])\n\t}\n\treturn h'
        if k == 'f64':
            self.imports.add('strconv')
            return 'return %s(strconv.FormatFloat(x, \'g\', -1, 64))' % self.hash(STR)
        if k == 'struct':
            lines = ['h := uint64(17)']
            for f, ft in t.fields:
                lines.append('h = h*1000003 + %s(x.%s)' % (self.hash(ft), f))
            return '\n\t'.join(lines + ['return h'])
        if k == 'ptr':
            return 'if x == nil {\n\t\treturn 7\n\t}\n\treturn %s(*x) + 1' % self.hash(t.elem)
        if k in ('slice', 'array'):
            return ('h := uint64(len(x))\n\tfor _, e := range x {\n\t\th = h*31 + %s(e)\n\t}\n\treturn h'
                    % self.hash(t.elem))
        if k == 'map':
            return ('h := uint64(len(x))\n\tfor k, v := range x {\n\t\th += %s(k)*1000003 ^ %s(v)\n\t}\n\treturn h'
                    % (self.hash(t.key), self.hash(t.val)))
        if k in ('any', 'iface'):
            lines = ['switch v := x.(type) {', 'case nil:', '\treturn 3']
            for go, at in sorted(self.any_types.items()):
                if k == 'iface' and go not in t.impls:
                    continue
                lines += ['case %s:' % go, '\treturn %s(v) + %d' % (self.hash(at), len(lines))]
            lines += ['}', 'return 5']
            return '\n\t'.join(lines)
        raise ValueError(t)

    def finish_hashes(self):
        out = []
        while True:
            todo = [fn for fn in self.hash_types if fn not in self.hash_done]
            if not todo:
                break
            for fn in todo:
                self.hash_done.add(fn)
                t = self.hash_types[fn]
                out.append((fn, 'func %s(x %s) uint64 {\n\t%s\n}' % (fn, t.go, self.hash_body(t))))
        out.sort(key=lambda p: int(p[0][1:]))
        return [s for _, s in out]

    # ---- pure helpers ----------------------------------------------------
    def pure_helper(self, t):
        """A side-effect-free function T,T -> T, callable anywhere in expressions."""
        lst = self.pure.setdefault(t.go, [])
        if lst and (len(lst) >= 2 or self.r.random() < 0.7 or self.pure_depth > 0):
            return self.r.choice(lst)
        if self.pure_depth > 0:
            return None
        name = self.name('pure')
        self.pure_depth += 1
        b = Body(self, 1)
        b.declare_ro('a', t)
        b.declare_ro('b', t)
        e1 = b.iexpr(t, 2)
        if self.r.random() < 0.5:
            b.line('if %s {' % b.bexpr(1))
            b.line('\treturn %s' % b.iexpr(t, 2))
            b.line('}')
        b.line('return %s' % e1)
        self.pure_depth -= 1
        lst.append(name)
        self.funcs.append('func %s(a, b %s) %s {\n%s}' % (name, t.go, t.go, b.text()))
        return name


class Body:
    """Emits the statements of one function body with a scoped environment."""

    def __init__(self, prog, indent=1, allow_loops=True):
        self.p = prog
        self.r = prog.r
        self.lines = []
        self.ind = indent
        self.scopes = [[]]
        self.loop_depth = 0
        self.allow_loops = allow_loops
        self.budget = 40

    def int_lit(self, t, v=None):
        return self.p.int_lit(t, v)

    def line(self, s):
        for part in s.split('\n'):
            self.lines.append('\t' * self.ind + part)

    def text(self):
        return ''.join(l + '\n' for l in self.lines)

    # ---- environment -----------------------------------------------------
    def vars(self):
        out = list(self.p.globals)
        for sc in self.scopes:
            out.extend(sc)
        # later declarations shadow earlier ones
        seen = {}
        for v in out:
            seen[v.name] = v
        return list(seen.values())

    def declare(self, name, ty, init, minlen=0):
        self.line('%s := %s' % (name, init))
        v = Var(name, ty, minlen=minlen)
        self.scopes[-1].append(v)
        return v

    def declare_ro(self, name, ty):
        v = Var(name, ty, ro=True)
        self.scopes[-1].append(v)
        return v

    def open(self, head):
        self.line(head)
        self.ind += 1
        self.scopes.append([])

    def close(self, tail='}', mix=True):
        sc = self.scopes.pop()
        if mix:
            for v in sc:
                if not v.ro:
                    self.mix(v.name, v.ty)
                elif v.name != '_':
                    self.line('_ = %s' % v.name)
        self.ind -= 1
        self.line(tail)

    def mix(self, expr, ty):
        self.line('mix(%s(%s))' % (self.p.hash(ty), expr))

    def finish(self):
        """Mix every variable of the outermost scope (so none is unused)."""
        for v in self.scopes[0]:
            if not v.ro:
                self.mix(v.name, v.ty)
            else:
                self.line('_ = %s' % v.name)
        self.scopes[0] = []

    def paths(self, want=None, addressable=False):
        """(expr, ty) for values reachable from variables without panicking."""
        out = []

        def walk(expr, t, depth, addr):
            if want is None or want(t):
                if addr or not addressable:
                    out.append((expr, t))
            if depth >= 3:
                return
            if t.kind == 'struct':
                for f, ft in t.fields:
                    walk('%s.%s' % (expr, f), ft, depth + 1, addr)
            elif t.kind == 'ptr' and t.elem.kind == 'struct':
                for f, ft in t.elem.fields:
                    walk('%s.%s' % (expr, f), ft, depth + 1, True)
            elif t.kind == 'array' and t.n > 0:
                walk('%s[%d]' % (expr, self.r.randrange(t.n)), t.elem, depth + 1, addr)
            elif t.kind == 'map' and t.val.kind in ('int', 'str') and t.key.kind in ('int', 'str', 'bool'):
                walk('%s[%s]' % (expr, self.p.key_expr(t.key)), t.val, depth + 1, True)
        for v in self.vars():
            if addressable and v.ro:
                continue
            walk(v.name, v.ty, 0, True)
            if v.ty.kind == 'slice' and v.minlen > 0:
                walk('%s[%d]' % (v.name, self.r.randrange(v.minlen)), v.ty.elem, 1, True)
        return out

    def int_paths(self, t=None, addressable=False):
        if t is None:
            return self.paths(lambda x: x.kind == 'int', addressable)
        return self.paths(lambda x: x.kind == 'int' and x.go == t.go, addressable)

    # ---- expressions -----------------------------------------------------
    def nonconst_int(self, t):
        ps = self.int_paths(t)
        if ps and self.r.random() < 0.7:
            return self.r.choice(ps)[0]
        ps = self.int_paths()
        if ps:
            e, _ = self.r.choice(ps)
            return '%s(%s)' % (t.go, e)
        sp = self.paths(lambda x: x.kind == 'str')
        if sp:
            return '%s(len(%s))' % (t.go, self.r.choice(sp)[0])
        self.p.imports.add('os')
        return '%s(len(os.Args))' % t.go

    def iexpr(self, t, d=3):
        return self._iexpr(t, d)[0]

    def _iexpr(self, t, d):
        r = self.r
        if d <= 0 or r.random() < 0.22:
            c = r.random()
            if c < 0.3:
                return self.int_lit(t), True
            return self.nonconst_int(t), False
        c = r.random()
        if c < 0.35:
            op = r.choice(['+', '-', '*', '&', '|', '^', '&^', '+', '-'])
            a, ac = self._iexpr(t, d - 1)
            b, bc = self._iexpr(t, d - 1)
            if ac and bc:
                b = self.nonconst_int(t)
            return '(%s %s %s)' % (a, op, b), False
        if c < 0.45:
            op = r.choice(['/', '%'])
            a = self.nonconst_expr(t, d - 1)
            if r.random() < 0.5:
                lo, hi = int_range(t)
                v = r.choice([v for v in (-1, 3, 7, 10, 2, 16, lo, hi, -3) if v != 0 and lo <= v <= hi])
                return '(%s %s %s)' % (a, op, self.int_lit(t, v)), False
            b, _ = self._iexpr(t, d - 1)
            return '(%s %s (%s | 1))' % (a, op, b), False
        if c < 0.55:
            a = self.nonconst_expr(t, d - 1)
            op = r.choice(['<<', '>>'])
            cnt = r.random()
            if cnt < 0.3:
                return '(%s %s %d)' % (a, op, r.choice([1, 3, 7, t.bits - 1, t.bits, t.bits + 2, 63, 64])), False
            ut = self.p.int_ty()
            s = self.nonconst_int(ut)
            if ut.signed:
                return '(%s %s (%s & 127))' % (a, op, s), False
            return '(%s %s (%s %% 80))' % (a, op, s), False
        if c < 0.62:
            return '(%s%s)' % (r.choice(['-', '^']), self.nonconst_expr(t, d - 1)), False
        if c < 0.72:
            ot = self.p.int_ty()
            return '%s(%s)' % (t.go, self.nonconst_expr(ot, d - 1)), False
        if c < 0.76 and self.p.feat('floats'):
            # Exact float round trip: the inner value fits both float64 and t.
            small = [n for n, b, s in INT_TYPES if b <= 32 and (
                (s and t.signed and b <= t.bits) or (not s and ((t.signed and b < t.bits) or (not t.signed and b <= t.bits))))]
            if small:
                ot = INTS[r.choice(small)]
                return '%s(float64(%s))' % (t.go, self.nonconst_expr(ot, d - 1)), False
        if c < 0.82:
            fn = self.p.pure_helper(t)
            if fn:
                return '%s(%s, %s)' % (fn, self.iexpr(t, d - 1), self.iexpr(t, d - 1)), False
        if c < 0.86:
            sp = self.paths(lambda x: x.kind in ('str', 'slice', 'map'))
            if sp:
                return '%s(len(%s))' % (t.go, r.choice(sp)[0]), False
        if c < 0.9 and self.p.feat('closures'):
            return ('func() %s {\n\tif %s {\n\t\treturn %s\n\t}\n\treturn %s\n}()'
                    % (t.go, self.bexpr(1), self.iexpr(t, d - 1), self.iexpr(t, d - 1))), False
        return self.nonconst_int(t), False

    def nonconst_expr(self, t, d):
        e, c = self._iexpr(t, d)
        return self.nonconst_int(t) if c else e

    def bexpr(self, d=2):
        r = self.r
        bp = self.paths(lambda x: x.kind == 'bool')
        c = r.random()
        if d <= 0 or c < 0.1:
            if bp and r.random() < 0.6:
                return r.choice(bp)[0]
            t = self.p.int_ty()
            return '(%s %s %s)' % (self.nonconst_int(t), r.choice(['<', '>', '==', '!=', '<=', '>=']), self.int_lit(t))
        if c < 0.55:
            t = self.p.int_ty()
            return '(%s %s %s)' % (self.iexpr(t, d), r.choice(['<', '>', '==', '!=', '<=', '>=']), self.iexpr(t, d))
        if c < 0.65 and self.p.feat('strings'):
            return '(%s %s %s)' % (self.sexpr(1), r.choice(['<', '==', '!=', '>=']), self.sexpr(1))
        if c < 0.75:
            return '!%s' % self.bexpr(d - 1)
        return '(%s %s %s)' % (self.bexpr(d - 1), r.choice(['&&', '||']), self.bexpr(d - 1))

    def sexpr(self, d=2):
        r = self.r
        sp = self.paths(lambda x: x.kind == 'str')
        c = r.random()
        if d <= 0 or c < 0.25:
            if sp and r.random() < 0.7:
                return r.choice(sp)[0]
            return self.p.str_lit()
        if c < 0.4:
            return '(%s + %s)' % (self.sexpr(d - 1), self.sexpr(d - 1))
        if c < 0.48:
            s = self.sexpr(d - 1) if sp else self.p.str_lit()
            return 'trunc(%s)' % s if r.random() < 0.3 else self._slice_str(s)
        if c < 0.55:
            return 'string(rune(%s))' % self.nonconst_expr(self.p.int_ty(), d - 1)
        p = self.p
        c = r.random()
        if c < 0.15:
            p.imports.add('strconv')
            return 'strconv.Itoa(int(%s))' % self.nonconst_expr(p.int_ty(), d - 1)
        if c < 0.25:
            p.imports.add('strconv')
            return 'strconv.FormatInt(int64(%s), %d)' % (self.nonconst_expr(p.int_ty(), d - 1), r.choice([2, 8, 10, 16, 36]))
        if c < 0.35:
            p.imports.add('strings')
            return 'strings.%s(%s)' % (r.choice(['ToUpper', 'ToLower', 'TrimSpace']), self.sexpr(d - 1))
        if c < 0.45:
            p.imports.add('strings')
            return 'strings.ReplaceAll(%s, %s, %s)' % (self.sexpr(d - 1), r.choice(['"a"', '"l"', '" "']), p.str_lit())
        if c < 0.52:
            p.imports.add('strings')
            return 'strings.Repeat(%s, %d)' % (self.sexpr(d - 1), r.randint(0, 3))
        if c < 0.6:
            p.imports.add('strings')
            return 'strings.Join([]string{%s, %s}, %s)' % (self.sexpr(d - 1), self.sexpr(d - 1), p.str_lit())
        if c < 0.67:
            p.imports.add('strconv')
            return 'strconv.Quote(%s)' % self.sexpr(d - 1)
        if c < 0.77:
            t = p.int_ty()
            return 'fmt.Sprintf("%s", %s)' % (r.choice(['%d', '%x', '%5d', '%-4d|', '%+d', '%o', '%b', '%X', '%03d']),
                                               self.iexpr(t, d - 1))
        if c < 0.85:
            return 'string([]byte(%s))' % self.sexpr(d - 1)
        if c < 0.92:
            return 'string([]rune(%s))' % self.sexpr(d - 1)
        p.imports.add('strings')
        return 'strings.TrimPrefix(%s, %s)' % (self.sexpr(d - 1), p.str_lit())

    def _slice_str(self, s):
        form = self.r.randrange(3)
        if form == 0:
            return '%s[:len(%s)/2]' % (s, s)
        if form == 1:
            return '%s[len(%s)/3:]' % (s, s)
        return '%s[len(%s)/4:len(%s)/2]' % (s, s, s)

    # ---- statements ------------------------------------------------------
    def print_stmt(self):
        r = self.r
        ps = self.paths(lambda x: x.printable())
        if not ps:
            return
        items = [r.choice(ps) for _ in range(r.randint(1, 3))]
        if r.random() < 0.5:
            self.line('fmt.Println(%s)' % ', '.join(['"p%d"' % self.p.uid] + [e for e, _ in items]))
            self.p.uid += 1
            return
        verbs = []
        for e, t in items:
            if t.kind == 'int':
                verbs.append(r.choice(['%d', '%v', '%x', '%X', '%o', '%b', '%8d', '%-6d|', '%+d', '%05d', '%#x']))
            elif t.kind == 'str':
                verbs.append(r.choice(['%s', '%q', '%x', '%10s', '%-8s|', '%v', '%.2s']))
            elif t.kind == 'bool':
                verbs.append(r.choice(['%t', '%v']))
            else:
                verbs.append(r.choice(['%v', '%+v']))
        self.line('fmt.Printf("q%d %s\\n", %s)' % (self.p.uid, ' '.join(verbs), ', '.join(e for e, _ in items)))
        self.p.uid += 1

    def assign_int(self):
        r = self.r
        ps = self.int_paths(addressable=True)
        if not ps:
            return
        e, t = r.choice(ps)
        c = r.random()
        if c < 0.5:
            self.line('%s = %s' % (e, self.iexpr(t, 3)))
        elif c < 0.8:
            op = r.choice(['+=', '-=', '*=', '^=', '|=', '&=', '&^='])
            self.line('%s %s %s' % (e, op, self.iexpr(t, 2)))
        elif c < 0.9:
            op = r.choice(['<<=', '>>='])
            self.line('%s %s %d' % (e, op, r.choice([1, 2, 5, t.bits, t.bits + 1])))
        elif c < 0.95:
            lo, hi = int_range(t)
            v = r.choice([v for v in (-1, 3, 7, lo, hi) if v != 0 and lo <= v <= hi])
            self.line('%s %s %s' % (e, r.choice(['/=', '%=']), self.int_lit(t, v)))
        else:
            self.line('%s%s' % (e, r.choice(['++', '--'])))

    def stmt(self, d):
        r = self.r
        self.budget -= 1
        c = r.random()
        if c < 0.3 or d <= 0 or self.budget <= 0:
            self.assign_int()
        elif c < 0.38:
            sp = self.paths(lambda x: x.kind == 'str', addressable=True)
            if sp:
                self.line('%s = trunc(%s)' % (r.choice(sp)[0], self.sexpr(2)))
            else:
                self.assign_int()
        elif c < 0.46:
            t = self.p.int_ty()
            self.declare(self.p.name('v'), t, self.iexpr(t, 3))
        elif c < 0.52:
            self.print_stmt()
        elif c < 0.56:
            ps = self.paths()
            if ps:
                e, t = r.choice(ps)
                self.mix(e, t)
        elif c < 0.7:
            self.open('if %s {' % self.bexpr(2))
            self.stmts(r.randint(1, 3), d - 1)
            if r.random() < 0.5:
                self.close('} else {')
                self.ind += 1
                self.scopes.append([])
                self.stmts(r.randint(1, 2), d - 1)
            self.close()
        elif c < 0.82 and self.allow_loops and self.loop_depth < 2:
            self.loop(d)
        elif c < 0.9 and self.p.feat('switch'):
            self.switch(d)
        else:
            self.assign_int()

    def stmts(self, n, d):
        for _ in range(n):
            self.stmt(d)

    def loop(self, d):
        r = self.r
        i = self.p.name('i')
        n = r.randint(0, 5)
        kind = r.random()
        self.loop_depth += 1
        if kind < 0.5:
            self.open('for %s := 0; %s < %d; %s++ {' % (i, i, n, i))
            self.declare_ro(i, INTS['int'])
        elif kind < 0.75:
            sp = self.paths(lambda x: x.kind in ('str', 'slice', 'array'))
            if not sp:
                self.open('for %s := %d; %s > 0; %s-- {' % (i, n, i, i))
                self.declare_ro(i, INTS['int'])
            else:
                e, t = r.choice(sp)
                v = self.p.name('e')
                self.open('for %s, %s := range %s {' % (i, v, e))
                self.declare_ro(i, INTS['int'])
                self.declare_ro(v, INTS['int32'] if t.kind == 'str' else t.elem)
                if t.kind == 'str':
                    self.mix(v, INTS['int32'])
                elif t.elem.kind == 'int':
                    self.mix(v, t.elem)
        else:
            self.line('%s := %d' % (i, n))
            self.open('for %s > 0 {' % i)
            self.line('%s--' % i)
            self.scopes[-2].append(Var(i, INTS['int'], ro=True))
        self.stmts(r.randint(1, 3), d - 1)
        if r.random() < 0.3:
            self.line('if %s {' % self.bexpr(1))
            self.line('\t%s' % r.choice(['break', 'continue']))
            self.line('}')
            self.stmts(1, d - 1)
        self.close()
        self.loop_depth -= 1

    def switch(self, d):
        r = self.r
        t = self.p.int_ty()
        vals = sorted(set(self.p.int_lit_val(t) for _ in range(r.randint(1, 4))))
        self.line('switch %s {' % self.iexpr(t, 2))
        for k, v in enumerate(vals):
            self.line('case %s:' % self.int_lit(t, v))
            self.ind += 1
            self.scopes.append([])
            self.stmts(r.randint(1, 2), d - 1)
            ft = k + 1 < len(vals) and r.random() < 0.3
            sc = self.scopes.pop()
            for v2 in sc:
                if not v2.ro:
                    self.mix(v2.name, v2.ty)
            if ft:
                self.line('fallthrough')
            self.ind -= 1
        if r.random() < 0.6:
            self.line('default:')
            self.ind += 1
            self.scopes.append([])
            self.stmts(1, d - 1)
            for v2 in self.scopes.pop():
                self.mix(v2.name, v2.ty)
            self.ind -= 1
        self.line('}')
