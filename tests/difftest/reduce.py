#!/usr/bin/env python3
# Delta-debugging reducer for difftest mismatches.
#
# Why it exists: a random program that makes gosc and go disagree is a few
# hundred lines; the bug usually needs five. reduce() removes whole blocks,
# unwraps block headers and runs line-based ddmin, keeping a candidate only
# if go still builds it (unused variables/imports/labels that a removal
# creates are repaired automatically, see runner.repair) and the same
# mismatch (same gosc configuration, same category) still reproduces.
# Results are cached by content hash; gofmt filters syntax errors cheaply.
#
# CLI: reduce.py PROG.go --gosc build/bin/gosc --config O2 --category stdout
import argparse
import hashlib
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runner  # noqa: E402


class Interesting:
    """Callable: candidate source -> accepted (possibly repaired) source or None."""

    def __init__(self, tools, cfg, category, workdir):
        self.tools, self.cfg, self.category, self.workdir = tools, cfg, category, workdir
        self.cache = {}
        self.tests = 0

    def __call__(self, src):
        key = hashlib.sha1(src.encode()).hexdigest()
        if key in self.cache:
            return self.cache[key]
        self.tests += 1
        d = os.path.join(self.workdir, 'c%d' % self.tests)
        os.makedirs(d)
        try:
            out = self._check(src, d)
        finally:
            shutil.rmtree(d, ignore_errors=True)
        self.cache[key] = out
        if out is not None:
            self.cache[hashlib.sha1(out.encode()).hexdigest()] = out
        return out

    def _check(self, src, d):
        src, oracle, _ = runner.oracle_run(self.tools, src, d, allow_repair=True)
        if oracle is None or oracle.timeout or oracle.rc < 0 or oracle.rc > 128:
            return None
        cat, _, _ = runner.classify(self.tools, os.path.join(d, 'prog.go'), self.cfg, oracle, d)
        return src if cat == self.category else None


def brace_delta(line):
    s = line.split('//', 1)[0]
    out, q = 0, None
    i = 0
    while i < len(s):
        c = s[i]
        if q:
            if c == '\\':
                i += 1
            elif c == q:
                q = None
        elif c in '"\'`':
            q = c
        elif c == '{':
            out += 1
        elif c == '}':
            out -= 1
        i += 1
    return out


def blocks(lines):
    """(start, end) line ranges of brace blocks, from the line that opens to
    the line that closes (inclusive; `} else {` continues a block), largest
    first."""
    out, stack = [], []
    for i, l in enumerate(lines):
        d = brace_delta(l)
        if d > 0:
            stack.append(i)
        elif d < 0 and stack:
            j = stack.pop()
            out.append((j, i))
    out.sort(key=lambda p: p[0] - p[1])
    return out


class Reducer:
    def __init__(self, test, budget):
        self.test = test
        self.deadline = time.time() + budget

    def out_of_time(self):
        return time.time() > self.deadline

    def try_lines(self, lines, cand):
        if self.out_of_time():
            return None
        res = self.test('\n'.join(cand))
        return None if res is None else res.split('\n')

    def block_pass(self, lines):
        failed = set()  # block texts whose removal did not reproduce
        changed = True
        while changed and not self.out_of_time():
            changed = False
            for s, e in blocks(lines):
                key = tuple(lines[s:e + 1])
                if key in failed:
                    continue
                cand = lines[:s] + lines[e + 1:]
                res = self.try_lines(lines, cand)
                if res is not None:
                    lines, changed = res, True
                    break
                # unwrap: keep the body, drop the header and the closing line
                if e - s >= 2 and lines[e].strip() == '}':
                    cand = lines[:s] + lines[s + 1:e] + lines[e + 1:]
                    res = self.try_lines(lines, cand)
                    if res is not None:
                        lines, changed = res, True
                        break
                failed.add(key)
        return lines

    def main_calls(self, lines):
        """Drops the generator's feature calls from main (a call and the
        checksum print after it), one at a time."""
        i = 0
        while i < len(lines) and not self.out_of_time():
            m = re.match(r'^\t(\w+)\(\)$', lines[i])
            if m and i + 1 < len(lines) and lines[i + 1].startswith('\tfmt.Println("ck '):
                res = self.try_lines(lines, lines[:i] + lines[i + 2:])
                if res is not None:
                    lines = res
                    continue
            i += 1
        return lines

    def ddmin(self, lines):
        n = 2
        while len(lines) >= 2 and not self.out_of_time():
            chunk = max(1, (len(lines) + n - 1) // n)
            removed = False
            for start in range(0, len(lines), chunk):
                cand = lines[:start] + lines[start + chunk:]
                res = self.try_lines(lines, cand)
                if res is not None:
                    lines = res
                    n = max(n - 1, 2)
                    removed = True
                    break
            if not removed:
                if chunk == 1:
                    break
                n = min(len(lines), n * 2)
        return lines

    def run(self, src):
        lines = src.split('\n')
        lines = self.main_calls(lines)
        prev = None
        while prev != lines and not self.out_of_time():
            prev = lines
            lines = self.block_pass(lines)
            lines = self.ddmin(lines)
        text = '\n'.join(l for l in lines if l.strip() != '') + '\n'
        # drop the blank lines only if that still reproduces
        return self.test(text) or '\n'.join(lines)


def reduce(src, tools, cfg, category, budget=240, workdir=None):
    """Returns (reduced source, number of candidates tested)."""
    own = workdir is None
    workdir = workdir or tempfile.mkdtemp(prefix='difftest-reduce-')
    try:
        test = Interesting(tools, cfg, category, workdir)
        if test(src) is None:
            return src, test.tests
        out = Reducer(test, budget).run(src)
        return out, test.tests
    finally:
        if own:
            shutil.rmtree(workdir, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description='reduce a gosc/go mismatch')
    ap.add_argument('prog')
    ap.add_argument('--gosc', default='build/bin/gosc')
    ap.add_argument('--go', default=None)
    ap.add_argument('--config', default='O2', choices=runner.CONFIG_ORDER)
    ap.add_argument('--category', required=True)
    ap.add_argument('--budget', type=float, default=300, help='seconds')
    ap.add_argument('-o', '--output', default='-')
    a = ap.parse_args()
    go = runner.find_go(a.go)
    if not go:
        print('skipped: go not installed')
        return 0
    tmp = tempfile.mkdtemp(prefix='difftest-reduce-')
    try:
        tools = runner.Tools(go, os.path.abspath(a.gosc), tmp)
        with open(a.prog) as f:
            src = f.read()
        out, n = reduce(src, tools, a.config, a.category, a.budget, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.stderr.write('%d candidates tested, %d -> %d lines\n' % (n, src.count('\n'), out.count('\n')))
    if a.output == '-':
        sys.stdout.write(out)
    else:
        with open(a.output, 'w') as f:
            f.write(out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
