#!/usr/bin/env python3
"""Moves each diagnostic's summary into its area's catalog and gives it a stable code.

Run from the repository root: python3 scripts/diagnostic-catalogs.py (then --docs to refresh
the code table in docs/diagnostics.md).

Rewrites Diagnostic.error("Summary " + x, ...), Diagnostic.warning(...) and
new Diagnostic(Severity.S, "Summary", ...) into CATALOG.NAME[.with(x)].error(...).
Re-runnable: entries already in a catalog are reused by their summary template.
"""
import os, re, sys

ROOTS = ['compiler/src/main/java/dev/kiln/compiler', 'runtime/src/main/java/dev/kiln/runtime', 'cli/src/main/java/dev/kiln/cli']

def catalog_for(path):
    d = os.path.dirname(path)
    parts = d.split('/')
    i = parts.index('kiln')
    pkg = '.'.join(parts[i-1:])  # dev.kiln.x.y
    area = parts[-1]
    if area in ('cli', 'runtime'):
        return d, pkg, area.capitalize() + 'Diagnostics', area
    if parts[-2] in ('cli', 'runtime'):
        return d, pkg, parts[-2].capitalize() + area.capitalize() + 'Diagnostics', parts[-2] + '.' + area
    return d, pkg, area.capitalize() + 'Diagnostics', area

def split_args(s, start):
    """s[start] is just after '('. Returns (list of (argtext), end index of ')')."""
    depth = 0; i = start; args = []; cur = start
    while i < len(s):
        c = s[i]
        if c == '"':
            if s.startswith('"""', i):
                j = s.index('"""', i+3); i = j+3; continue
            i += 1
            while s[i] != '"':
                if s[i] == '\\': i += 1
                i += 1
            i += 1; continue
        if c == "'":
            i += 1
            while s[i] != "'":
                if s[i] == '\\': i += 1
                i += 1
            i += 1; continue
        if c in '([{': depth += 1
        elif c in ')]}':
            if depth == 0:
                args.append(s[cur:i]); return args, i
            depth -= 1
        elif c == ',' and depth == 0:
            args.append(s[cur:i]); cur = i+1
        i += 1
    raise ValueError('unbalanced')

def split_concat(expr):
    """Top-level '+' parts of expr."""
    parts = []; depth = 0; i = 0; cur = 0
    while i < len(expr):
        c = expr[i]
        if c == '"':
            i += 1
            while expr[i] != '"':
                if expr[i] == '\\': i += 1
                i += 1
            i += 1; continue
        if c == "'":
            i += 1
            while expr[i] != "'":
                if expr[i] == '\\': i += 1
                i += 1
            i += 1; continue
        if c in '([{': depth += 1
        elif c in ')]}': depth -= 1
        elif c == '?' and depth == 0: return None  # conditional: not a plain concatenation
        elif c == '+' and depth == 0:
            parts.append(expr[cur:i]); cur = i+1
        i += 1
    parts.append(expr[cur:])
    return [p.strip() for p in parts]

LIT = re.compile(r'^"((?:[^"\\]|\\.)*)"$')

def template_of(expr):
    parts = split_concat(expr.strip())
    if parts is None: return None
    if not any(LIT.match(p) for p in parts): return None
    tpl = ''; args = []
    for p in parts:
        m = LIT.match(p)
        if m: tpl += m.group(1).replace('%', '%%')
        else: tpl += '%s'; args.append(p)
    return tpl, args

def name_of(tpl):
    words = re.findall(r"[A-Za-z0-9]+", tpl.replace('%s', ' ').replace('%%', ' '))
    words = [w for w in words if w.lower() not in ('s',)]
    return '_'.join(w.upper() for w in words) or 'UNNAMED'

def slug_of(name):
    return name.lower().replace('_', '-')

ENTRY = re.compile(r'^    (\w+)\("([^"]+)", "((?:[^"\\]|\\.)*)"\)[,;]', re.M)

def load_catalog(path):
    entries = {}
    if os.path.exists(path):
        for m in ENTRY.finditer(open(path).read()):
            entries[m.group(3)] = (m.group(1), m.group(2))
    return entries

def write_catalog(path, pkg, cls, area, entries, doc):
    items = sorted(entries.items(), key=lambda kv: kv[1][0])
    lines = ',\n'.join('    %s("%s", "%s")' % (n, c, t) for t, (n, c) in items)
    text = f'''package {pkg};

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * {doc}: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {{@code %s}} where it names something.
 */
public enum {cls} implements DiagnosticKind {{
{lines};

    private final String code;
    private final String summary;

    {cls}(String code, String summary) {{
        this.code = code;
        this.summary = summary;
    }}

    @Override
    public String code() {{
        return code;
    }}

    @Override
    public String summary() {{
        return summary;
    }}
}}
'''
    open(path, 'w').write(text)

CALL = re.compile(r'(?<![\w.])(Diagnostic\.(error|warning)\(|new Diagnostic\((?:dev\.kiln\.compiler\.diag\.)?Severity\.(ERROR|WARNING),\s*)')

def process(path, catalogs, unhandled):
    s = open(path).read()
    d, pkg, cls, area = catalog_for(path)
    cpath = os.path.join(d, cls + '.java')
    if cpath not in catalogs: catalogs[cpath] = (pkg, cls, area, load_catalog(cpath))
    entries = catalogs[cpath][3]
    out = []; pos = 0; changed = False
    for m in CALL.finditer(s):
        if m.start() < pos: continue
        kind = m.group(2) or m.group(3).lower()
        args, end = split_args(s, m.end())
        first = args[0]
        t = template_of(first)
        line = s.count('\n', 0, m.start()) + 1
        if t is None:
            unhandled.append(f'{path}:{line}: {first.strip()[:60]}')
            continue
        tpl, targs = t
        if tpl in entries:
            name = entries[tpl][0]
        else:
            name = name_of(tpl)
            used = {n for n, _ in entries.values()}
            base = name; k = 2
            while name in used: name = f'{base}_{k}'; k += 1
            entries[tpl] = (name, area + '.' + slug_of(name))
        rest = args[1:]
        if m.group(3) and len(rest) == 3 and rest[2].strip() == 'null':
            rest = rest[:2]
        with_part = '.with(' + ', '.join(targs) + ')' if targs else ''
        lead = re.match(r'\s*', first).group(0)
        call = f'{cls}.{name}{with_part}.{kind}(' + ','.join(rest).lstrip(' ') + ')'
        # keep the first argument's line break layout: drop it, the rest keeps its own
        out.append(s[pos:m.start()]); out.append(call); pos = end + 1; changed = True
    out.append(s[pos:])
    if changed:
        s = ''.join(out)
        if d != os.path.dirname(cpath): pass
        open(path, 'w').write(s)

HELPERS = {
    'json/JsonParser.java': [('error', 0)],
    'render/ParamsJson.java': [('fail', 0), ('expect', 1)],
    'eval/TraversalEvaluation.java': [('error', 0)],
    'cli/FormatRun.java': [('error', 0)],
    'schema/ValueFormat.java': [('new Problem', 0)],
}

def process_helpers(path, catalogs):
    for suffix, helpers in HELPERS.items():
        if not path.endswith(suffix): continue
        s = open(path).read()
        d, pkg, cls, area = catalog_for(path)
        entries = catalogs[os.path.join(d, cls + '.java')][3]
        for name, index in helpers:
            pat = re.compile(r'(?<![\w.])(?:parser\.)?' + name + r'\(')
            out = []; pos = 0
            for m in pat.finditer(s):
                if m.start() < pos: continue
                args, end = split_args(s, m.end())
                if len(args) <= index: continue
                t = template_of(args[index])
                if t is None: continue
                tpl, targs = t
                if tpl in entries: cname = entries[tpl][0]
                else:
                    cname = name_of(tpl); used = {n for n, _ in entries.values()}; base = cname; k = 2
                    while cname in used: cname = f'{base}_{k}'; k += 1
                    entries[tpl] = (cname, area + '.' + slug_of(cname))
                lead = re.match(r'\s*', args[index]).group(0)
                kind = lead + f'{cls}.{cname}' + ('.with(' + ', '.join(targs) + ')' if targs else '')
                args[index] = kind
                out.append(s[pos:m.end()]); out.append(','.join(args)); out.append(')'); pos = end + 1
            out.append(s[pos:]); s = ''.join(out)
        open(path, 'w').write(s)

def main():
    catalogs = {}; unhandled = []
    for root in ROOTS:
        for dp, _, fs in os.walk(root):
            for f in sorted(fs):
                if not f.endswith('.java') or f.endswith('Diagnostics.java') and f != 'Diagnostics.java': continue
                if f in ('Diagnostic.java', 'DiagnosticKind.java'): continue
                process(os.path.join(dp, f), catalogs, unhandled)
                process_helpers(os.path.join(dp, f), catalogs)
    for cpath, (pkg, cls, area, entries) in catalogs.items():
        if entries:
            write_catalog(cpath, pkg, cls, area, entries, 'The diagnostics of ' + pkg)
    print('\n'.join(unhandled))
def docs_table():
    """The "All codes" section of docs/diagnostics.md."""
    ENTRY = re.compile(r'^    (\w+)\("([^"]+)", "((?:[^"\\]|\\.)*)"\)[,;]', re.M)
    areas=[]
    for root in ROOTS:
        for dp,_,fs in sorted(os.walk(root)):
            for f in sorted(fs):
                if f.endswith('Diagnostics.java') and f!='Diagnostics.java':
                    p=os.path.join(dp,f)
                    rows=[(m.group(2),m.group(3).replace('\\"','"')) for m in ENTRY.finditer(open(p).read())]
                    areas.append((p,f[:-5],sorted(rows)))
    out=[]
    for p,cls,rows in areas:
        out.append('### `%s` (`%s`)\n\n| code | summary |\n|---|---|\n'%(rows[0][0].rsplit('.',1)[0],p.split('/java/')[1][:-5].replace('/','.')))
        for c,s in rows:
            s2=s.replace('%s','…').replace('|','\\|')
            out.append('| `%s` | %s |\n'%(c,s2))
        out.append('\n')
    return ''.join(out)


if __name__ == '__main__':
    if sys.argv[1:] == ['--docs']:
        # Rewrites the table that ends docs/diagnostics.md.
        path = 'docs/diagnostics.md'
        text = open(path).read()
        head = text[:text.index('## All codes')] + '## All codes\n\n'
        open(path, 'w').write(head + docs_table())
    else:
        main()
