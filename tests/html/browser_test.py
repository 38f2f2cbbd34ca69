#!/usr/bin/env python3
"""Opens gosc's -html explorer page in headless Chromium and checks it.

Why it exists: the page is JavaScript and SVG, so its promises (every column
is there, every allocation site of the function is there with its decision,
clicking a value highlights it and its uses in every column) are only seen
in a real browser. It drives chromedriver over the W3C WebDriver protocol
(plain HTTP and JSON, no selenium), compares the page against what
`gosc -m=2` says about the same function, and saves a screenshot.
Exit 77 ("skipped: ...") when chromium or chromedriver is absent.
"""
import argparse
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

SKIP = 77


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class WebDriver:
    def __init__(self, port):
        self.base = 'http://127.0.0.1:%d' % port
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read().decode())['value']

    def s(self, method, path, body=None):
        return self.call(method, '/session/%s%s' % (self.session, path), body)

    def start(self, chromium):
        caps = {'capabilities': {'alwaysMatch': {
            'browserName': 'chrome',
            'goog:chromeOptions': {'binary': chromium, 'args': [
                '--headless=new', '--no-sandbox', '--disable-gpu',
                '--window-size=2600,1400']}}}}
        self.session = self.call('POST', '/session', caps)['sessionId']

    def find_all(self, css):
        els = self.s('POST', '/elements', {'using': 'css selector', 'value': css})
        return [list(e.values())[0] for e in els]

    def attr(self, el, name):
        return self.s('GET', '/element/%s/attribute/%s' % (el, name))

    def click(self, el):
        self.s('POST', '/element/%s/click' % el, {})

    def script(self, code, elements=()):
        ref = 'element-6066-11e4-a52e-4f735466cecf'  # W3C WebDriver's element key
        return self.s('POST', '/execute/sync',
                      {'script': code, 'args': [{ref: e} for e in elements]})


def fail(msg):
    print('FAIL: ' + msg)
    sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gosc', required=True)
    ap.add_argument('--source', required=True)
    ap.add_argument('--func', required=True)
    ap.add_argument('--work', required=True)
    args = ap.parse_args()
    args.gosc = os.path.abspath(args.gosc)
    args.source = os.path.abspath(args.source)
    args.work = os.path.abspath(args.work)

    chromium = shutil.which('chromium') or shutil.which('chromium-browser')
    driver_bin = shutil.which('chromedriver')
    if not chromium or not driver_bin:
        print('skipped: chromium not installed (apt-get install chromium chromium-driver)')
        return SKIP
    if not shutil.which('dot'):
        print('skipped: graphviz not installed (apt-get install graphviz)')
        return SKIP

    os.makedirs(args.work, exist_ok=True)
    page = os.path.join(args.work, args.func + '.html')
    if os.path.exists(page):
        os.remove(page)
    exe = os.path.join(args.work, args.func + '.exe')
    build = subprocess.run([args.gosc, 'build', '-html=' + args.func, '-o', exe, args.source],
                           cwd=args.work, capture_output=True, text=True)
    if build.returncode != 0 or not os.path.exists(page):
        fail('gosc -html failed: %s' % build.stderr)
    # What gosc -m=2 says about the function: its allocation sites, by line:col.
    m2 = subprocess.run([args.gosc, '-m=2', args.source], capture_output=True, text=True).stdout
    with open(args.source) as f:
        text = f.read()
    start = text.index('func ' + args.func + '(')
    first = text[:start].count('\n') + 1
    last = text[:text.index('\n}\n', start) + 2].count('\n') + 1
    decisions = {}
    for line in m2.splitlines():
        m = re.match(r'.*?:(\d+):(\d+): (.*)$', line)
        if not m or not first <= int(m.group(1)) <= last:
            continue
        msg = m.group(3)
        kind = ('region' if 'region of ' + args.func in msg else
                'heap' if msg.endswith('escapes to heap') or msg.startswith('moved to heap') else
                'stack' if msg.endswith('does not escape') else None)
        if kind:
            decisions.setdefault('%s:%s' % (m.group(1), m.group(2)), kind)

    port = free_port()
    log = open(os.path.join(args.work, 'chromedriver.log'), 'w')
    proc = subprocess.Popen([driver_bin, '--port=%d' % port], stdout=log, stderr=log)
    wd = WebDriver(port)
    try:
        for _ in range(100):
            try:
                wd.call('GET', '/status')
                break
            except Exception:
                time.sleep(0.1)
        wd.start(chromium)
        wd.s('POST', '/url', {'url': 'file://' + os.path.abspath(page)})

        titles = [wd.attr(c, 'data-title') for c in wd.find_all('.column')]
        print('columns:', ', '.join(titles))
        for want in ('source', 'allocation sites', 'start', 'escape', 'LLVM IR (optimised)',
                     'x86-64', 'escape graph'):
            if want not in titles:
                fail('no column %r' % want)
        if not wd.find_all('#graph svg g.node'):
            fail('the escape graph has no nodes')
        if not wd.find_all('#graph svg g.edge.escape-path'):
            fail('the escape graph shows no path to a root')

        # Every allocation site -m=2 reports in the function, with its decision.
        sites = {}
        for el in wd.find_all('#col-allocs .alloc-site'):
            pos = wd.script('return arguments[0].querySelector("b").textContent;', [el])
            sites[':'.join(pos.split(':')[-2:])] = wd.attr(el, 'data-decision')
        print('allocation sites:', sites)
        if not decisions:
            fail('gosc -m=2 reports no allocation site in ' + args.func)
        for pos, kind in decisions.items():
            if sites.get(pos) != kind:
                fail('site %s: page says %r, -m=2 says %r' % (pos, sites.get(pos), kind))
            if not wd.find_all('#col-source .alloc.alloc-%s' % kind):
                fail('no %s site marked in the source column' % kind)

        # Clicking a value in the escape column highlights it and its uses.
        values = wd.find_all('.column[data-title="escape"] .line .v')
        target = None
        for v in values:
            key = wd.attr(v, 'data-v')
            if len(wd.find_all('.column[data-title="escape"] [data-v="%s"]' % key)) > 1:
                target = (v, key)
                break
        if target is None:
            fail('no value with uses in the escape column')
        v, key = target
        wd.click(v)
        same = wd.find_all('[data-v="%s"]' % key)
        lit = [e for e in same if 'hl' in (wd.attr(e, 'class') or '').split()]
        cols = set(wd.script('return arguments[0].closest(".column").id;', [e]) for e in lit)
        print('clicked value %s: %d of %d occurrences highlighted in %s' %
              (key, len(lit), len(same), sorted(cols)))
        if len(lit) != len(same) or len(lit) < 2:
            fail('clicking did not highlight every use')
        if len(cols) < 3:
            fail('the value is highlighted in fewer than 3 columns')
        wd.click(v)
        if any('hl' in (wd.attr(e, 'class') or '').split() for e in same):
            fail('a second click did not clear the highlight')

        # Columns collapse.
        head = wd.find_all('#col-ssa-0 h2')[0]
        wd.click(head)
        if 'collapsed' not in wd.attr(wd.find_all('#col-ssa-0')[0], 'class'):
            fail('clicking a column title did not collapse it')
        wd.click(head)

        # Screenshot: the last allocation site of the source highlighted, the
        # first two SSA columns collapsed to leave room for the others.
        region = wd.find_all('#col-source .alloc')
        if region:
            wd.click(region[-1])
        for col in ('#col-ssa-0 h2', '#col-ssa-1 h2'):
            wd.click(wd.find_all(col)[0])
        wd.script('document.getElementById("columns").scrollLeft = 0; window.scrollTo(0, 0);')
        png = base64.b64decode(wd.s('GET', '/screenshot'))
        shot = os.path.join(args.work, args.func + '.png')
        with open(shot, 'wb') as f:
            f.write(png)
        print('screenshot:', shot)
        wd.s('DELETE', '')
    finally:
        proc.terminate()
        proc.wait()
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
