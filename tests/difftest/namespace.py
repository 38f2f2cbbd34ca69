# Gives one generated program's package-level names a per-program prefix, so
# that many programs can share one Go file in batch mode (batch.py).
#
# Why it exists: compiling is what a difftest run spends its time on, and
# compiling K programs as one file costs far less than K compilations. The
# productions in gen_feats_*.py embed the shared helpers' names (mix, trunc,
# ck, NP, Strer, h0...) in their code templates, so instead of threading a
# prefix through every template, gen.member() asks this module to rename the
# names the program itself declares at package level. The renaming works on
# Go tokens, not text: string, rune and raw literals and comments are left
# alone, `pkg.Name` selectors of imported packages are left alone, and every
# other occurrence of a declared name is renamed -- including selectors such
# as `d.Base5`, which name an embedded field after its (renamed) type. No
# generated field or method is named like a package-level declaration (those
# all carry a unique number or are one of the fixed helper names), so this is
# exact for generator output; it is not a general Go refactoring tool.
import re

TOKEN = re.compile(r'''
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:\\.|[^"\\\n])*"|`[^`]*`|'(?:\\.|[^'\\\n])*')
  | (?P<number>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<space>\s+)
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)

DECL = re.compile(r'^(?:type|var|const) (\w+)|^func (\w+)\(', re.MULTILINE)


def declared_names(src):
    """Package-level names declared in src (methods excluded: they live in
    their receiver type's namespace)."""
    names = set()
    for m in DECL.finditer(src):
        names.add(m.group(1) or m.group(2))
    return names


def rename(src, names, prefix, packages):
    """src with each identifier in names replaced by prefix+name, except
    after `pkg.` for a pkg in packages."""
    out = []
    sig = []  # the last two significant tokens
    for m in TOKEN.finditer(src):
        kind, text = m.lastgroup, m.group()
        if kind == 'ident' and text in names:
            qualified = len(sig) == 2 and sig[1] == '.' and sig[0] in packages
            if not qualified:
                text = prefix + text
        out.append(text)
        if kind not in ('space', 'comment'):
            sig = (sig + [m.group()])[-2:]
    return ''.join(out)
