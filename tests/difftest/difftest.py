#!/usr/bin/env python3
# Differential tester: random programs (gen.py) built with go 1.19 and with
# gosc in four configurations (-O0, -O2, each with and without --no-escape).
#
# Why it exists: hand-written tests only cover what someone thought of. For
# each seed this builds and runs the generated program with both compilers
# and compares standard output, exit status and the first line of standard
# error; a program go accepts but gosc rejects (or crashes on) counts too.
# Every mismatch is saved under --save DIR (program, outputs, and a version
# shrunk by reduce.py). Prints `N passed, M failed` and exits 1 on any
# mismatch; exits 0 with "skipped: go not installed" when go is absent.
import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch  # noqa: E402
import gen  # noqa: E402
import reduce as reducer  # noqa: E402
import runner  # noqa: E402

OPTS = None  # set in each worker


def init_worker(opts):
    global OPTS
    OPTS = opts


def test_seed(seed):
    """Returns a dict describing the seed's outcome (and saves mismatches)."""
    o = OPTS
    t0 = time.time()
    work = tempfile.mkdtemp(prefix='seed%d-' % seed, dir=o['tmp'])
    tools = runner.Tools(o['go'], o['gosc'], o['tmp'], o['timeout'])
    res = {'seed': seed, 'fails': [], 'time': 0.0, 'note': ''}
    try:
        src = gen.generate(seed, o['features'])
        path = os.path.join(work, 'prog.go')
        _, oracle, err = runner.oracle_run(tools, src, work)
        if oracle is None:
            res['fails'].append(('ALL', 'go-rejected', err.strip().split('\n')[-1][:200]))
            save(o, seed, src, None, {}, res['fails'], None)
            return res
        if oracle.timeout or oracle.rc < 0 or oracle.rc > 128:
            res['fails'].append(('ALL', 'go-timeout' if oracle.timeout else 'go-crash', ''))
            save(o, seed, src, oracle, {}, res['fails'], None)
            return res
        outs = {}
        for cfg in o['configs']:
            cat, b, r = runner.classify(tools, path, cfg, oracle, work)
            outs[cfg] = (b, r)
            if cat:
                detail = ''
                if cat in ('ice', 'rejected'):
                    detail = b.stderr.decode('utf-8', 'replace').strip().split('\n')[0][:200]
                elif cat == 'stderr':
                    detail = r.first_err().decode('utf-8', 'replace')[:200]
                res['fails'].append((cfg, cat, detail))
        if res['fails'] and all(cat in ('stdout', 'exit', 'stderr') for _, cat, _ in res['fails']):
            # Every configuration disagrees the same way with go: check go's
            # own unoptimised build before blaming gosc.
            r0 = outs[res['fails'][0][0]][1]
            same = all(outs[c][1] is not None and outs[c][1].stdout == r0.stdout for c, _, _ in res['fails'])
            if same and len(res['fails']) == len(o['configs']) and \
                    runner.go_unoptimized_agrees(tools, path, r0, work):
                res['go_bug'] = True
                res['fails'] = [(c, 'go-bug', 'go -gcflags="-N -l" agrees with gosc') for c, _, _ in res['fails']]
                save(o, seed, src, oracle, outs, res['fails'], None)
                res['fails'] = []
                return res
        if res['fails']:
            reduced = None
            if o['reduce']:
                cfg, cat, _ = res['fails'][0]
                rdir = os.path.join(work, 'reduce')
                os.makedirs(rdir)
                reduced, n = reducer.reduce(src, tools, cfg, cat, o['reduce_budget'], rdir)
                res['note'] = 'reduced %d -> %d lines in %d tests' % (src.count('\n'), reduced.count('\n'), n)
            save(o, seed, src, oracle, outs, res['fails'], reduced)
    except Exception as e:  # a generator or driver bug must not stop the run
        res['fails'].append(('ALL', 'driver-error', repr(e)[:200]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        res['time'] = time.time() - t0
    return res


def test_chunk(seeds):
    """Batch mode (batch.py): the outcomes of seeds, tested as one file."""
    try:
        return batch.test_batch(OPTS, seeds, test_seed)
    except Exception as e:  # a driver bug must not stop the run
        return [{'seed': s, 'fails': [('ALL', 'driver-error', repr(e)[:200])], 'time': 0.0, 'note': ''}
                for s in seeds], 'driver error'


def save(o, seed, src, oracle, outs, fails, reduced):
    d = os.path.join(o['save'], 'seed-%d' % seed)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'prog.go'), 'w') as f:
        f.write(src)
    with open(os.path.join(d, 'summary.txt'), 'w') as f:
        f.write('seed %d\n' % seed)
        for cfg, cat, detail in fails:
            f.write('%s: %s %s\n' % (cfg, cat, detail))
        f.write('gosc flags: %s\n' % {c: runner.CONFIGS[c] for c in runner.CONFIG_ORDER})
    if oracle is not None:
        with open(os.path.join(d, 'go.out'), 'w') as f:
            f.write(oracle.describe())
    for cfg, (b, r) in outs.items():
        with open(os.path.join(d, 'gosc-%s.out' % cfg), 'w') as f:
            f.write('--- build: exit %d ---\n%s\n' % (b.rc, b.stderr.decode('utf-8', 'replace')))
            if r is not None:
                f.write(r.describe())
    if reduced is not None:
        with open(os.path.join(d, 'reduced.go'), 'w') as f:
            f.write(reduced)


def main():
    ap = argparse.ArgumentParser(description='differential testing of gosc against go')
    ap.add_argument('--gosc', default=os.path.join(HERE, '..', '..', 'build', 'bin', 'gosc'))
    ap.add_argument('--go', default=None, help='go binary (default /usr/lib/go-1.19/bin/go or PATH)')
    ap.add_argument('--start', type=int, default=1)
    ap.add_argument('--count', type=int, default=100)
    ap.add_argument('-j', '--jobs', type=int, default=2)
    ap.add_argument('--save', default=os.path.join(HERE, '..', '..', 'build', 'difftest-failures'))
    ap.add_argument('--timeout', type=float, default=10, help='seconds per program run')
    ap.add_argument('--configs', default=','.join(runner.CONFIG_ORDER))
    ap.add_argument('--features', help='comma-separated generator productions (default all)')
    ap.add_argument('--no-reduce', action='store_true', help='save mismatches without reducing them')
    ap.add_argument('--reduce-budget', type=float, default=240, help='seconds per reduction')
    ap.add_argument('--batch', type=int, default=1, metavar='K',
                    help='compile K programs per file (batch.py); 1 = one program per build')
    ap.add_argument('-q', '--quiet', action='store_true')
    a = ap.parse_args()

    go = runner.find_go(a.go)
    if not go:
        print('skipped: go not installed')
        return 0
    gosc = os.path.abspath(a.gosc)
    if not os.path.exists(gosc):
        print('error: gosc not found at %s' % gosc)
        return 2
    tmp = tempfile.mkdtemp(prefix='difftest-')
    opts = {
        'go': go, 'gosc': gosc, 'tmp': tmp, 'timeout': a.timeout, 'save': os.path.abspath(a.save),
        'configs': a.configs.split(','), 'reduce': not a.no_reduce, 'reduce_budget': a.reduce_budget,
        'features': set(a.features.split(',')) if a.features else None,
    }
    seeds = range(a.start, a.start + a.count)
    passed = failed = 0
    cats = {}
    gobugs = []
    t0 = time.time()
    if a.batch > 1:
        chunks = [list(seeds[i:i + a.batch]) for i in range(0, len(seeds), a.batch)]
        work, fn = chunks, test_chunk
    else:
        work, fn = seeds, test_seed
    try:
        with multiprocessing.Pool(a.jobs, init_worker, (opts,)) as pool:
            for out in pool.imap_unordered(fn, work):
                group, note = out if a.batch > 1 else ([out], None)
                for res in group:
                    if res['fails']:
                        failed += 1
                        for cfg, cat, detail in res['fails']:
                            cats.setdefault(cat, []).append(res['seed'])
                        desc = '; '.join('%s %s %s' % (cfg, cat, detail) for cfg, cat, detail in res['fails'])
                        print('seed %d: FAIL %s %s' % (res['seed'], desc, res['note']), flush=True)
                    else:
                        passed += 1
                        if res.get('go_bug'):
                            gobugs.append(res['seed'])
                            print('seed %d: go-bug (go 1.19 disagrees with its own -gcflags="-N -l" build, '
                                  'which agrees with gosc; counted as passed)' % res['seed'], flush=True)
                        elif not a.quiet and note is None:
                            print('seed %d: ok (%.1fs)' % (res['seed'], res['time']), flush=True)
                if note is not None and not a.quiet:
                    el = time.time() - t0
                    print('batch %d..%d: %s; so far %d programs, %d failed, %d go-bugs, %.1f programs/minute; %s'
                          % (group[0]['seed'], group[-1]['seed'], note, passed + failed, failed, len(gobugs),
                             (passed + failed) * 60.0 / max(el, 1e-9),
                             ' '.join('%s=%d' % (c, len(set(v))) for c, v in sorted(cats.items())) or 'no mismatches'),
                          flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    el = time.time() - t0
    for cat, ss in sorted(cats.items()):
        uniq = sorted(set(ss))
        print('category %s: %d programs (seeds %s%s)' % (cat, len(uniq), ' '.join(map(str, uniq[:20])),
                                                         ' ...' if len(uniq) > 20 else ''))
    if gobugs:
        print('go 1.19 bugs (not counted as failures): seeds %s' % ' '.join(map(str, sorted(gobugs))))
    if failed:
        print('mismatches saved under %s' % opts['save'])
    print('%.1f programs/minute (%d in %.0fs, -j %d, batch %d)' % ((passed + failed) * 60.0 / max(el, 1e-9),
                                                                   passed + failed, el, a.jobs, a.batch))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
