# Scores the walks of a panel round against situations.json. Usage: python3 test/panel/score.py test/panel/round-1
# Patterns match case-insensitively, as walk.mjs matches the questions ("jeugdhulp" finds "Jeugdhulp (tot 18 jaar) ...").
import json, re, sys, pathlib
rd = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent / 'round-1')
doc = json.loads((rd / 'situations.json').read_text())
review = json.loads((rd / 'untrue-review.json').read_text()) if (rd / 'untrue-review.json').exists() else {}
# Two forms: per situation ({"r14-03-...": {"untrue": [...]}}) or one list ({"untrue": [{"situation": id, ...}]}).
if isinstance(review.get('untrue'), list):
    per = {}
    for u in review['untrue']:
        per.setdefault(u['situation'], {'untrue': []})['untrue'].append(u)
    review = per
rows = []
for s in doc['situations']:
    w = json.loads((rd / 'walks' / f"{s['id']}.json").read_text())
    items = w['result']['items']; text = w['result']['text']
    for i in items:  # walks before the 'komt' status was read named it by its class list ('tag komt')
        if 'komt' in i['status'].split(): i['status'] = 'komt'
    shown = [i for i in items if i['status'] in ('past', 'misschien', 'komt')]  # komt: "Kan passen vanaf <maand>"
    res = {'id': s['id'], 'title': s['title'], 'must': [], 'not': [], 'counter': None, 'unsettled': [l for l in w['log'] if l.get('note')]}
    for m in s['mustShow']:
        hit = None
        if m.get('title'):
            cands = [i for i in items if re.search(m['title'], i['title'], re.I)]
            for st in ('past', 'misschien', 'komt', 'past-niet'):
                c = [i for i in cands if i['status'] == st]
                if c: hit = (st, c[0]); break
        if (hit is None or hit[0] == 'past-niet') and m.get('text') and re.search(m['text'], text, re.I):
            hit = ('text', {'title': '(in de tekst: ' + re.search(m['text'], text, re.I).group(0) + ')', 'counter': None, 'criteria': []})
        res['must'].append({'label': m['label'], 'src': m['src'], 'status': hit[0] if hit else 'absent', 'item': hit[1]['title'] if hit else None,
                            'counter': hit[1].get('counter') if hit else None,
                            'why_not': [c['text'] for c in hit[1].get('criteria', []) if c['mark'] == '✗'] if hit and hit[0] == 'past-niet' else []})
    for m in s['mustNot']:
        c = [i for i in shown if re.search(m['title'], i['title'], re.I)]
        res['not'].append({'label': m['label'], 'src': m['src'], 'shown': [f"{i['title']} ({i['statusText']})" for i in c]})
    counters = sorted({i['counter'] for i in shown if i['counter']})
    cre = s['counter']['re']
    crisis = any(m['status'] == 'text' for m in res['must'])
    res['counter'] = {'label': s['counter']['label'], 'ok': bool(re.search(cre, ' | '.join(counters), re.I) or (crisis and re.search(cre, text, re.I))), 'counters': counters}
    ticks = sorted({c['text'] for i in shown for c in i['criteria'] if c['mark'] == '✓'})
    res['ticks'] = ticks
    rv = review.get(s['id'], {})
    res['untrue'] = rv.get('untrue', [])
    res['shownCount'] = len(shown)
    rows.append(res)

def pct(a, b): return f"{100*a/b:.0f}%" if b else '-'
tot_must = sum(len(r['must']) for r in rows)
fit = sum(1 for r in rows for m in r['must'] if m['status'] in ('past', 'text'))
maybe = sum(1 for r in rows for m in r['must'] if m['status'] == 'misschien')
soon = sum(1 for r in rows for m in r['must'] if m['status'] == 'komt')
notfit = sum(1 for r in rows for m in r['must'] if m['status'] == 'past-niet')
absent = sum(1 for r in rows for m in r['must'] if m['status'] == 'absent')
nn = sum(1 for r in rows for m in r['not'] if m['shown'])
untrue = sum(len(r['untrue']) for r in rows)
ctr = sum(1 for r in rows if r['counter']['ok'])
out = []
out.append(f"# Panel round {doc['round']}: scores\n")
out.append(f"Scored from the result screen of the built widget (demo pages; situations made {doc['made']}), walked by `test/panel/walk.mjs`, scored by `test/panel/score.py`.")
out.append(f"Re-run after fixes with one command: `node test/panel/walk.mjs --round {rd.name}` (builds dist/, serves the demo on :5199 if nothing runs there, walks, scores).")
out.append("Untrue explanation lines are judged by a person: `untrue-review.json` holds the panel's review of the ✓/✗ lines; re-check it after each re-run (the per-situation ✓ lines are in scores.json under `ticks`).")
out.append("What each miss needed, with sources, is in `misses.md` (written by the panel).\n")
out.append("## Totals\n")
out.append(f"- Situations: {len(rows)}")
out.append(f"- Must-show items: {tot_must}; shown {fit + maybe + soon} = **{pct(fit + maybe + soon, tot_must)}** (as fitting {fit} = {pct(fit, tot_must)}, as \"misschien\" {maybe} = {pct(maybe, tot_must)}, as \"kan passen vanaf\" {soon}); listed under \"Wat niet past\" {notfit}; absent {absent}")
out.append(f"- Must-not items shown as fitting or misschien: **{nn}**")
out.append(f"- Untrue explanation lines (a ✓ or ✗ line stating something the person never said): **{untrue}**")
out.append(f"- Right counter reached: {ctr} of {len(rows)}\n")
out.append("## Per situation\n")
out.append("| # | situation | must-show fitting | misschien or vanaf | missed | must-not shown | untrue | counter |")
out.append("|---|---|---|---|---|---|---|---|")
for r in rows:
    f = sum(1 for m in r['must'] if m['status'] in ('past', 'text')); mi = sum(1 for m in r['must'] if m['status'] in ('misschien', 'komt'))
    miss = len(r['must']) - f - mi
    out.append(f"| {('-'.join(r['id'].split('-')[:2]) if r['id'][:1] == 'r' else r['id'][:3])} | {r['title']} | {f}/{len(r['must'])} | {mi} | {miss} | {sum(1 for m in r['not'] if m['shown'])} | {len(r['untrue'])} | {'yes' if r['counter']['ok'] else 'NO'} |")
out.append("\n## Details\n")
for r in rows:
    out.append(f"### {r['id']}: {r['title']}\n")
    for m in r['must']:
        extra = f" → \"{m['item']}\"" if m['item'] else ''
        if m['counter']: extra += f" at {m['counter']}"
        if m['why_not']: extra += f"; shown as not fitting because: {'; '.join(m['why_not'])}"
        out.append(f"- MUST {m['status'].upper()}: {m['label']}{extra} ([bron]({m['src']}))")
    for m in r['not']:
        out.append(f"- MUST-NOT {'SHOWN: ' + ', '.join(m['shown']) if m['shown'] else 'ok'}: {m['label']} ([bron]({m['src']}))")
    out.append(f"- Counter expected: {r['counter']['label']}: {'reached' if r['counter']['ok'] else 'NOT reached'}. Counters shown: {', '.join(r['counter']['counters']) or '(none)'}")
    for u in r['untrue']:
        out.append(f"- UNTRUE LINE: \"{u['line']}\" (on {u['item']}): {u['why']}")
    for l in r['unsettled']:
        out.append(f"- Answer note: \"{l.get('q') or l.get('stuck')}\": {l['note']}")
    out.append('')
(rd / 'scores.md').write_text('\n'.join(out))
(rd / 'scores.json').write_text(json.dumps(rows, ensure_ascii=False, indent=1))
print('\n'.join(out[:12]))
