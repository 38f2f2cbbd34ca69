#!/usr/bin/env python3
"""Compare gosc's -json=0,DIR remark files with Go 1.19's, decision by decision.

usage: compare_json.py --gosc BIN --corpus DIR --work DIR [--go GO] [-v]

Why it exists: `gosc -json=0,DIR` promises gc's own remark format, so that
editors reading gc's files (gopls) read gosc's. For every program NAME.go of
the escape corpus (the ones with a NAME.m oracle) this script builds the file
with go 1.19 (`go build -gcflags='-json=0,OUT -l'`, into --work at test time)
and with gosc (`gosc -json=0,OUT` and `gosc -m`) at the same absolute path, so
that positions and file:// URIs are comparable.

A decision is *agreeing* when its -m line is printed by both gosc and gc
(NAME.m), matched as escape_diff.py matches lines (file, line, column and
message identical; multisets). Each agreeing decision owns the escape/leak
objects at its position that name it:
  moved to heap: x / X escapes to heap  ->  code escape|escapes, "x escapes to heap"
                                           (and, for an expression, gc's empty "escape")
  leaking param [content]: p [to result ...]  ->  code leak, "parameter p leaks to ..."
  p does not escape / X does not escape  ->  no object at all
Those objects must be equal in range, severity, code and message (gosc's
"source" is "gosc", gc's "go compiler"), as sets: how often gc logs one leak
and whether it logs "escape" or "escapes" (found while solving or while
building its graph) follow the -m=2 path, so the code is compared where the
relatedInformation is gc's as well. The test fails under 100%. It also
reports how many decisions have equal relatedInformation (the -m=2 flow,
equal only where gosc's -m=2 explanation is gc's) and checks that every
fully equal object is byte-identical to gc's line apart from "source".

gc remarks gosc does not make (inlining, bounds and nil checks, copies) are
dropped by their code (GC_ONLY_CODES); any other code in gc's files, or a code
in gosc's that README.md does not document, fails the test. Without go the
test prints "skipped: go not installed" and passes.
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys

# gc remarks from passes gosc does not have (inliner, SSA back end).
GC_ONLY_CODES = {'canInlineFunction', 'cannotInlineFunction', 'inlineCall', 'cannotInlineCall',
                 'nilcheck', 'isInBounds', 'isSliceInBounds', 'copy'}
# Codes gosc writes (README.md, "Optimisation remarks for editors").
GOSC_CODES = {'escape', 'escapes', 'leak'}
DIAG = re.compile(r'^(?:\S*/)?([^/\s:]+\.go):(\d+):(\d+): (.*)$')


def find_go(explicit):
    for cand in ([explicit] if explicit else []) + ['/usr/lib/go-1.19/bin/go', shutil.which('go')]:
        if cand and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


def m_lines(text, name):
    out = []
    for raw in text.splitlines():
        m = DIAG.match(raw.rstrip('\r'))
        if m and m.group(1) == name:
            out.append((int(m.group(2)), int(m.group(3)), m.group(4)))
    return out


def read_remarks(path):
    """(header, [(object, raw line)]) of one remark file; (None, []) when absent."""
    if not os.path.exists(path):
        return None, []
    with open(path, encoding='utf-8') as f:
        lines = [l.rstrip('\n') for l in f if l.strip()]
    return json.loads(lines[0]), [(json.loads(l), l) for l in lines[1:]]


def decision_key(msg):
    """(kind, name) of an -m decision, or None for a line that has no objects."""
    m = re.match(r'moved to heap: (.*)$', msg)
    if m:
        return ('var', m.group(1))
    m = re.match(r'(.*) escapes to heap$', msg)
    if m:
        return ('expr', m.group(1))
    m = re.match(r'leaking param(?: content)?: (\S+)', msg)
    if m:
        return ('param', m.group(1))
    return None


def owned(objs, line, col, key):
    """The objects of `objs` at (line, col) that belong to decision `key`."""
    kind, name = key
    out = []
    for o, raw in objs:
        start = o['range']['start']
        if (start['line'], start['character']) != (line, col):
            continue
        code, msg = o.get('code'), o.get('message')
        if kind in ('var', 'expr') and code in ('escape', 'escapes') and msg == name + ' escapes to heap':
            out.append((o, raw))
        elif kind == 'expr' and code == 'escape' and msg == '':
            out.append((o, raw))
        elif kind == 'param' and code == 'leak' and msg.startswith('parameter %s leaks to ' % name):
            out.append((o, raw))
    return out


def short(o):
    return (o['range']['start']['line'], o['range']['start']['character'], o['severity'],
            o['code'], o['message'])


def decision(o):
    """An object without gc's bookkeeping of the path (see the caller)."""
    code = 'escape' if o['code'] == 'escapes' else o['code']
    return short(o)[:3] + (code, o['message'])


def flow(o):
    return json.dumps(o.get('relatedInformation', []), sort_keys=True)


def run(argv, cwd, env=None):
    return subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=300)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--gosc', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--work', required=True)
    ap.add_argument('--go', default='')
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()

    go = find_go(args.go)
    if go is None:
        print('skipped: go not installed')
        return 0
    if not os.path.isdir(args.corpus):
        print('skipped: no escape corpus at %s' % args.corpus)
        return 0
    gosc = os.path.abspath(args.gosc)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    env = dict(os.environ, HOME=os.path.join(work, 'home'), GOCACHE=os.path.join(work, 'gocache'),
               GOPATH=os.path.join(work, 'gopath'), GOFLAGS='', GO111MODULE='on')

    names = sorted(n for n in os.listdir(args.corpus) if n.endswith('.go')
                   and os.path.isfile(os.path.join(args.corpus, n[:-3] + '.m')))
    agreeing = equal = equal_flow = byte_equal = full_objects = 0
    failures = []
    for name in names:
        stem = name[:-3]
        src = os.path.join(work, stem, 'src')
        os.makedirs(src)
        shutil.copy(os.path.join(args.corpus, name), src)
        with open(os.path.join(src, 'go.mod'), 'w') as f:
            f.write('module x\n\ngo 1.19\n')
        gc_dir, gosc_dir = os.path.join(work, stem, 'gc'), os.path.join(work, stem, 'gosc')
        p = run([go, 'build', '-o', os.devnull, '-gcflags=-json=0,%s -l' % gc_dir, '.'], src, env)
        if p.returncode != 0:
            failures.append('%s: go build failed: %s' % (name, p.stdout.decode()[-500:]))
            continue
        p = run([gosc, '-json=0,' + gosc_dir, name], src)
        if p.returncode != 0:
            failures.append('%s: gosc -json failed: %s' % (name, p.stdout.decode()[-500:]))
            continue
        mine = m_lines(run([gosc, '-m', name], src).stdout.decode('utf-8', 'replace'), name)
        with open(os.path.join(args.corpus, stem + '.m'), encoding='utf-8') as f:
            oracle = m_lines(f.read(), name)
        gc_head, gc_objs = read_remarks(os.path.join(gc_dir, 'main', stem + '.json'))
        my_head, my_objs = read_remarks(os.path.join(gosc_dir, 'main', stem + '.json'))

        # A file without remarks gets none (gc's rule): compare headers where both exist.
        if gc_head is not None and my_head is not None and (
                list(gc_head) != list(my_head) or
                {k: v for k, v in gc_head.items() if k != 'gc_version'} !=
                {k: v for k, v in my_head.items() if k != 'gc_version'}):
            failures.append('%s: headers differ: %s vs %s' % (name, gc_head, my_head))
        for o, _ in gc_objs:
            if o.get('code') not in GC_ONLY_CODES | GOSC_CODES:
                failures.append('%s: gc code %r is neither compared nor filtered' % (name, o.get('code')))
        for o, _ in my_objs:
            if o.get('code') not in GOSC_CODES:
                failures.append('%s: gosc code %r is not documented' % (name, o.get('code')))
            if o.get('source') != 'gosc':
                failures.append('%s: source %r' % (name, o.get('source')))
        gc_objs = [(o, r) for o, r in gc_objs if o.get('code') not in GC_ONLY_CODES]

        shared = collections.Counter(oracle) & collections.Counter(mine)
        for (line, col, msg), count in sorted(shared.items()):
            key = decision_key(msg)
            agreeing += count
            if key is None:
                # No object for a stack decision, from either compiler.
                equal += count
                equal_flow += count
                continue
            theirs = owned(gc_objs, line, col, key)
            ours = owned(my_objs, line, col, key)
            # How often a leak is logged, and whether gc found a flow while
            # building its graph ("escapes") or solving it ("escape"), are
            # properties of the -m=2 path: compared where the flow is gc's.
            same = {decision(o) for o, _ in theirs} == {decision(o) for o, _ in ours}
            for o, _ in ours:
                for t, _ in theirs:
                    if decision(o) == decision(t) and flow(o) == flow(t) and o['code'] != t['code']:
                        same = False
            if same:
                equal += count
            else:
                failures.append('%s:%d:%d: %s\n    gc:   %s\n    gosc: %s' % (
                    name, line, col, msg, sorted(short(o) for o, _ in theirs),
                    sorted(short(o) for o, _ in ours)))
                continue
            if sorted(short(o) + (flow(o),) for o, _ in theirs) == \
                    sorted(short(o) + (flow(o),) for o, _ in ours):
                equal_flow += count
            elif args.verbose:
                print('flow differs: %s:%d:%d: %s' % (name, line, col, msg))
            # Objects equal in everything must be gc's bytes (key order, escaping).
            gc_raw = collections.Counter(r.replace('"source":"go compiler"', '"source":"gosc"')
                                         for _, r in theirs)
            for o, r in ours:
                if any(short(o) + (flow(o),) == short(t) + (flow(t),) for t, _ in theirs):
                    full_objects += 1
                    if gc_raw[r] > 0:
                        byte_equal += 1
                        gc_raw[r] -= 1
                    else:
                        failures.append('%s: equal object, different bytes:\n    %s' % (name, r))
        # gc's stable sort by position: gosc's lines must be in position order too.
        positions = [(o['range']['start']['line'], o['range']['start']['character'])
                     for o, _ in my_objs]
        if positions != sorted(positions):
            failures.append('%s: gosc remarks not sorted by position' % name)

    for f in failures:
        print('FAIL ' + f)
    pct = 100.0 * equal / agreeing if agreeing else 100.0
    print('files: %d' % len(names))
    print('decisions agreeing with gc -m: %d' % agreeing)
    print('their escape/leak objects equal (range, severity, code, message): %d/%d (%.2f%%)'
          % (equal, agreeing, pct))
    print('with equal relatedInformation (-m=2 flow) as well: %d/%d' % (equal_flow, agreeing))
    print('fully equal objects byte-identical to gc (but "source"): %d/%d' % (byte_equal, full_objects))
    return 1 if failures or equal < agreeing else 0


if __name__ == '__main__':
    sys.exit(main())
