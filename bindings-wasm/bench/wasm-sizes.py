#!/usr/bin/env python3
"""Code size of a .wasm by function-name group (benches/README.md, WASM; not a test).

    cargo build -p fuling-rules-wasm --target wasm32-unknown-unknown --profile wasm-release --locked
    wasm-bindgen --keep-debug --target web --out-dir /tmp/bg \
        target/wasm32-unknown-unknown/wasm-release/fuling_rules_wasm.wasm
    python3 bindings-wasm/bench/wasm-sizes.py /tmp/bg/fuling_rules_wasm_bg.wasm [GROUP ...]

Prints the bytes of code per group (function bodies from the name section, so sizes before
wasm-opt), then the largest functions of each GROUP named.

    python3 bindings-wasm/bench/wasm-sizes.py --data bindings-wasm/pkg/web/fuling_rules_wasm_bg.wasm

maps the data section (any .wasm; the built package's is the one that counts): its size raw
and gzipped, the tables of `&str` found in it (runs of (pointer, length) pairs, 8 bytes each,
that point at UTF-8 text in the data; struct tables show as a larger stride), largest first,
and the texts stored at more than one address.
"""
import sys, re, collections

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
def funcs(path):
    b = open(path,'rb').read()
    i = 8; nimp = 0; bodies = []; names = {}; data = 0
    while i < len(b):
        sid = b[i]; i += 1
        n, i = leb(b, i); end = i + n
        if sid == 2:
            cnt, j = leb(b, i)
            for _ in range(cnt):
                l, j = leb(b, j); j += l
                l, j = leb(b, j); j += l
                k = b[j]; j += 1
                if k == 0: _, j = leb(b, j); nimp += 1
                elif k == 1: j += 1; f, j = leb(b, j); _, j = leb(b, j); j = j if not f&1 else leb(b,j)[1]
                elif k == 2: f, j = leb(b, j); _, j = leb(b, j); j = j if not f&1 else leb(b,j)[1]
                elif k == 3: j += 2
        elif sid == 10:
            cnt, j = leb(b, i)
            for _ in range(cnt):
                l, j2 = leb(b, j); bodies.append(l + (j2 - j)); j = j2 + l
        elif sid == 11: data = n
        elif sid == 0:
            l, j = leb(b, i); nm = b[j:j+l].decode(); j += l
            if nm == 'name':
                while j < end:
                    sub = b[j]; j += 1; sl, j = leb(b, j); se = j + sl
                    if sub == 1:
                        cnt, k = leb(b, j)
                        for _ in range(cnt):
                            idx, k = leb(b, k); l2, k = leb(b, k); names[idx] = b[k:k+l2].decode('utf-8','replace'); k += l2
                    j = se
        i = end
    return [(names.get(nimp + k, f'f{nimp+k}'), s) for k, s in enumerate(bodies)], data
ESC = {'$LT$':'<','$GT$':'>','$u20$':' ','$RF$':'&','$C$':',','$BP$':'*','$u7b$':'{','$u7d$':'}','$u5b$':'[','$u5d$':']','$LP$':'(','$RP$':')','$u27$':"'",'$u3b$':';','$u21$':'!','$u22$':'"','$u3d$':'=','$u2b$':'+'}
def dem(s):
    m = re.match(r'_ZN(.*)E$', s)
    if not m: return s
    r = m.group(1); out = []; i = 0
    while i < len(r) and r[i].isdigit():
        j = i
        while r[j].isdigit(): j += 1
        n = int(r[i:j]); seg = r[j:j+n]; i = j+n
        out.append(seg)
    if out and re.match(r'h[0-9a-f]{16}$', out[-1]): out.pop()
    t = '::'.join(out)
    if t.startswith('_$'): t = t[1:]
    t = t.replace('..', '::')
    for k, v in ESC.items(): t = t.replace(k, v)
    return t
RULES = [
 ('json readers (FromJson)', r'json_input|FromJson|fuling_rules_derive'),
 ('json writers (ToJson)', r'json_output|ToJson'),
 ('serde / serde_json', r'serde'),
 ('B-tree', r'btree|BTree'),
 ('sort', r'slice::sort|sort::|merge_sort|insertion_sort|quicksort|driftsort|smallsort|stable::|unstable::|heapsort'),
 ('fmt / format!', r'core::fmt|alloc::fmt|3fmt|fmt::|Display|Debug|format|write_str|write_fmt|pad_integral|4core3fmt'),
 ('Vec growth / RawVec', r'raw_vec|RawVec|reserve|grow_one|finish_grow|do_reserve'),
 ('drop_in_place', r'drop_in_place'),
 ('clone', r'Clone|clone'),
 ('iterators / collect / extend', r'iter::|Iterator|collect|FromIterator|SpecExtend|SpecFromIter|extend|Extend|Map<|Filter'),
 ('string search / str', r'str::pattern|StrSearcher|memchr|3str|str::|join_generic|to_lowercase|char|unicode|7unicode'),
 ('allocator', r'dlmalloc|__rdl|__rust_alloc|__rust_dealloc|__rust_realloc|alloc::alloc|handle_alloc'),
 ('chrono', r'chrono'),
 ('wasm-bindgen / binding', r'wasm_bindgen|fuling_rules_wasm|js_sys|__wbg|__wbindgen|externref'),
 ('panic / core misc', r'panic|4core|core::|5alloc|alloc::|std::|3std|_R'),
]
def group(fs):
    g = collections.Counter(); mods = collections.Counter(); cnt = collections.Counter(); items = collections.defaultdict(list)
    for n, s in fs:
        d = dem(n)
        m0 = re.match(r'fuling_rules::(\w+)(?:::(\w+))?', d)
        if m0 and m0.group(1) not in ('json_input', 'json_output') and 'FromJson' not in d and 'ToJson' not in d:
            key = 'rule logic: ' + m0.group(1) + ('::'+m0.group(2) if m0.group(2) and m0.group(1) in ('calendar','process','records','checks') and m0.group(2)[0].islower() else '')
            g[key] += s; cnt[key] += 1; items[key].append((s, d)); continue
        for name, pat in RULES:
            if re.search(pat, d):
                g[name] += s; cnt[name] += 1; items[name].append((s, d)); break
        else:
            m = re.match(r'(?:<)?fuling_rules::(\w+)(?:::(\w+))?', d)
            key = 'rule logic: ' + (m.group(1) + ('::'+m.group(2) if m.group(2) and m.group(1) in ('calendar','process','records','checks','model') else '') if m else 'other')
            if not m: key = 'other'
            g[key] += s; cnt[key] += 1; items[key].append((s, d))
    return g, cnt, items
def data_map(path):
    import struct, gzip
    b = open(path, 'rb').read(); i = 8; segs = []
    while i < len(b):
        sid = b[i]; i += 1; n, i = leb(b, i); end = i + n
        if sid == 11:
            cnt, j = leb(b, i)
            for _ in range(cnt):
                flag, j = leb(b, j)
                if flag == 1: off = None
                else:
                    if flag == 2: _, j = leb(b, j)
                    j += 1; off = 0; sh = 0  # i32.const, signed LEB
                    while True:
                        x = b[j]; j += 1; off |= (x & 0x7f) << sh; sh += 7
                        if x < 0x80:
                            if x & 0x40: off -= 1 << sh
                            break
                    j += 1  # end
                l, j = leb(b, j); segs.append((off, b[j:j+l])); j += l
        i = end
    segs = [(o, d) for o, d in segs if o is not None]
    lo = min(o for o, _ in segs); hi = max(o + len(d) for o, d in segs)
    mem = bytearray(hi - lo)
    for o, d in segs: mem[o-lo:o-lo+len(d)] = d
    raw = b''.join(d for _, d in segs)
    print(f'data: {len(raw)} bytes, {len(gzip.compress(raw, 9))} gzipped, {len(segs)} segments')
    def text(p, l):
        try: return bytes(mem[p-lo:p-lo+l]).decode('utf-8')
        except UnicodeDecodeError: return None
    pairs = {}
    for a in range(lo, hi - 7, 4):
        p, l = struct.unpack_from('<II', mem, a - lo)
        if lo <= p < hi and 0 < l < 400 and p + l <= hi and text(p, l) is not None: pairs[a] = (p, l)
    used = set(); tables = []
    for stride in (8, 12, 16, 20, 24, 28, 32):
        for a in sorted(pairs):
            if a in used: continue
            run = [a]
            while run[-1] + stride in pairs and run[-1] + stride not in used: run.append(run[-1] + stride)
            if len(run) >= 4: tables.append((stride, run)); used.update(run)
    tables.sort(key=lambda t: -len(t[1]))
    print(f'{len(tables)} tables of &str ({sum(len(r) for _, r in tables)} pairs, 8 bytes each), {len(pairs) - len(used)} pairs elsewhere')
    for stride, run in tables[:40]:
        print(f'  at {run[0]}, stride {stride}, {len(run)} entries:', [text(*pairs[a])[:30] for a in run[:6]])
    by = collections.defaultdict(set)
    for p, l in pairs.values(): by[bytes(mem[p-lo:p-lo+l])].add(p)
    dup = sorted(((s, len(ps)) for s, ps in by.items() if len(ps) > 1), key=lambda x: -len(x[0]) * (x[1] - 1))
    print(f'{len(dup)} texts stored at more than one address ({sum(len(s) * (n - 1) for s, n in dup)} bytes more):', [s[:30] for s, _ in dup[:20]])

if __name__ == '__main__' and sys.argv[1:2] == ['--data']:
    data_map(sys.argv[2])
elif __name__ == '__main__':
    fs, data = funcs(sys.argv[1])
    g, cnt, items = group(fs)
    tot = sum(g.values())
    for k, v in g.most_common(): print(f'{v:8d} {100*v/tot:5.1f}% {cnt[k]:5d}  {k}')
    print(tot)
    for k in sys.argv[2:]:
        print('==', k)
        for s, d in sorted(items[k], reverse=True)[:40]: print(s, d[:220])
