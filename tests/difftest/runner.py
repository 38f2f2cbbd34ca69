# Building and running one program with go (the oracle) and with gosc, and
# classifying how they differ.
#
# Why it exists: difftest.py (many seeds) and reduce.py (one program, many
# shrunken variants) must agree exactly on what "the same mismatch" is, so the
# build/run/compare logic lives here once. Categories, in priority order:
#   ice       gosc exited 3, died of a signal or hung while compiling
#   rejected  gosc refused (exit 1/2) a program go accepts
#   timeout   the gosc-built program ran > timeout, go's did not
#   crash     the gosc-built program died of a signal (go's did not)
#   stdout    standard output differs
#   exit      exit status differs
#   stderr    first line of standard error differs
import os
import re
import shutil
import subprocess

CONFIGS = {
    'O0': ['-O0'],
    'O2': ['-O2'],
    'O0-noesc': ['-O0', '--no-escape'],
    'O2-noesc': ['-O2', '--no-escape'],
}
CONFIG_ORDER = ['O0', 'O2', 'O0-noesc', 'O2-noesc']


def find_go(explicit=None):
    if explicit:
        return explicit if os.path.isfile(explicit) and os.access(explicit, os.X_OK) else None
    for cand in [explicit, os.environ.get('GO'), '/usr/lib/go-1.19/bin/go', shutil.which('go')]:
        if cand and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


def go_env(tmp_root):
    env = dict(os.environ)
    env.setdefault('HOME', tmp_root)
    env.setdefault('GOCACHE', '/tmp/gocache-difftest')
    env['GO111MODULE'] = 'off'
    env['GOFLAGS'] = ''
    env['CGO_ENABLED'] = '0'
    return env


class Result:
    """What running one binary produced (or why it did not run)."""

    def __init__(self, stdout=b'', rc=0, stderr=b'', timeout=False):
        self.stdout, self.rc, self.stderr, self.timeout = stdout, rc, stderr, timeout

    def first_err(self):
        return self.stderr.split(b'\n', 1)[0]

    def describe(self):
        head = 'TIMEOUT' if self.timeout else 'exit %d' % self.rc
        return '%s\n--- stdout ---\n%s\n--- stderr ---\n%s\n' % (
            head, self.stdout.decode('utf-8', 'replace'), self.stderr.decode('utf-8', 'replace'))


def run(cmd, env=None, timeout=10, cwd=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           timeout=timeout, cwd=cwd)
        return Result(p.stdout, p.returncode, p.stderr)
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b'', -9, e.stderr or b'', timeout=True)


class Tools:
    def __init__(self, go, gosc, tmp_root, run_timeout=10, build_timeout=120):
        self.go, self.gosc = go, gosc
        self.gofmt = os.path.join(os.path.dirname(go), 'gofmt')
        self.env = go_env(tmp_root)
        self.run_timeout, self.build_timeout = run_timeout, build_timeout

    def syntax_ok(self, path):
        if not os.path.exists(self.gofmt):
            return True
        return run([self.gofmt, '-e', '-l', path], self.env, 30).rc == 0

    def go_build(self, path, out, flags=()):
        return run([self.go, 'build'] + list(flags) + ['-o', out, path], self.env, self.build_timeout,
                   cwd=os.path.dirname(path))

    def gosc_build(self, path, out, cfg):
        return run([self.gosc, 'build'] + CONFIGS[cfg] + ['-o', out, path], self.env, self.build_timeout)

    def run_bin(self, path):
        return run([path], self.env, self.run_timeout, cwd=os.path.dirname(path))


def classify(tools, src_path, cfg, oracle, workdir):
    """Category string for gosc config cfg against go's Result, or None if equal.
    Returns (category, build_result, run_result)."""
    exe = os.path.join(workdir, 'gosc-%s.bin' % cfg)
    b = tools.gosc_build(src_path, exe, cfg)
    if b.timeout or b.rc == 3 or b.rc < 0 or b.rc > 128:
        return 'ice', b, None
    if b.rc != 0:
        return 'rejected', b, None
    r = tools.run_bin(exe)
    if r.timeout:
        return 'timeout', b, r
    if r.rc < 0 or r.rc > 128:
        return 'crash', b, r
    if r.stdout != oracle.stdout:
        return 'stdout', b, r
    if r.rc != oracle.rc:
        return 'exit', b, r
    if r.first_err() != oracle.first_err():
        return 'stderr', b, r
    return None, b, r


UNUSED_VAR = re.compile(r':(\d+):\d+: (\w+) declared but not used')
UNUSED_IMPORT = re.compile(r':(\d+):\d+: "([\w/]+)" imported and not used')
UNUSED_LABEL = re.compile(r':(\d+):\d+: label (\w+) defined and not used')


def repair(src, errors):
    """Fixes the errors go reports for unused variables, imports and labels
    (which removing code creates); returns None if other errors remain."""
    lines = src.split('\n')
    fixes = []
    for line in errors.splitlines():
        if not line.strip() or line.startswith('#') or 'too many errors' in line:
            continue
        m = UNUSED_VAR.search(line)
        if m:
            fixes.append((int(m.group(1)), 'var', m.group(2)))
            continue
        m = UNUSED_IMPORT.search(line)
        if m:
            fixes.append((int(m.group(1)), 'drop', None))
            continue
        m = UNUSED_LABEL.search(line)
        if m:
            fixes.append((int(m.group(1)), 'label', m.group(2)))
            continue
        return None
    if not fixes:
        return None
    for ln, kind, name in sorted(fixes, reverse=True):
        if ln < 1 or ln > len(lines):
            return None
        if kind == 'var':
            cur = lines[ln - 1]
            indent = cur[:len(cur) - len(cur.lstrip())]
            if cur.rstrip().endswith('{'):
                # declared in an if/for/switch header: use it in the block
                lines.insert(ln, indent + '\t_ = ' + name)
            else:
                lines.insert(ln, indent + '_ = ' + name)
        elif kind == 'drop':
            lines[ln - 1] = ''
        else:
            lines[ln - 1] = lines[ln - 1].replace(name + ':', '', 1)
    return '\n'.join(lines)


def oracle_run(tools, src, workdir, allow_repair=False):
    """Builds and runs src with go: (src, Result, '') or, when go rejects it,
    (src, None, error text). With allow_repair, unused-name errors are fixed
    (and the returned src is the repaired one)."""
    path = os.path.join(workdir, 'prog.go')
    err = ''
    for _ in range(4 if allow_repair else 1):
        with open(path, 'w') as f:
            f.write(src)
        if allow_repair and not tools.syntax_ok(path):
            return src, None, 'syntax error'
        exe = os.path.join(workdir, 'go.bin')
        b = tools.go_build(path, exe)
        if b.rc == 0:
            return src, tools.run_bin(exe), ''
        err = b.stderr.decode('utf-8', 'replace')
        if not allow_repair:
            return src, None, err
        fixed = repair(src, err)
        if fixed is None:
            return src, None, err
        src = fixed
    return src, None, err


def go_unoptimized_agrees(tools, src_path, gosc_run, workdir):
    """True when go without optimisation and inlining (-gcflags=-N -l)
    produces what gosc produced: then the mismatch is a go 1.19 bug."""
    if gosc_run is None:
        return False
    exe = os.path.join(workdir, 'go-Nl.bin')
    b = tools.go_build(src_path, exe, ['-gcflags=-N -l'])
    if b.rc != 0:
        return False
    r = tools.run_bin(exe)
    return (not r.timeout and r.stdout == gosc_run.stdout and r.rc == gosc_run.rc
            and r.first_err() == gosc_run.first_err())
