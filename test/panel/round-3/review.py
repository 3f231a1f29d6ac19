# Writes untrue-review.json for round 3 from the panel's reading of every ✓ and ✗ line (walks/*.json).
# "untrue": lines that state something the person never said (none found on the walk of 2026-12-07, see the report).
# "misleading": ✗ age lines such as "Jonger dan 18" shown on items about a child (Leerlingenvervoer, Jeugdhulp, ...)
# to a parent who said a child of that age lives with them. The line is true of the parent, but reads as a claim about
# the child. Listed separately, not counted as untrue. Found by the rule below, then read one by one by the panel.
import json, pathlib
rd = pathlib.Path(__file__).parent
doc = json.loads((rd / 'situations.json').read_text())
CHILD_ITEM = ('Jeugdhulp', 'jeugd', 'Leerlingenvervoer', 'kinderbijslag', 'Extra steun op school', 'Bijna 18')
AGE = {'Jonger dan 18': 18, 'Jonger dan 23': 23}
out = {}
for s in doc['situations']:
    w = json.loads((rd / 'walks' / f"{s['id']}.json").read_text())
    kids = set()
    for l in w['log']:
        if l.get('q', '').startswith('Hoe oud zijn uw kinderen') or l.get('q', '').startswith('Hoe oud zijn de eigen kinderen'):
            kids |= set(l.get('a') or [])
    has_minor = bool(kids & {'0-3', '4-11', '12-17'})
    mis = []
    seen = set()
    if has_minor and s['perspective'] == 'zelf':
        for i in w['result']['items']:
            if not any(k in i['title'] for k in CHILD_ITEM):
                continue
            for c in i['criteria']:
                if c['mark'] == '✗' and c['text'] in AGE and (i['title'], c['text']) not in seen:
                    seen.add((i['title'], c['text']))
                    mis.append({'line': f"✗ {c['text']}", 'item': i['title'], 'status': i['status'],
                                'why': f"the parent said a child aged {', '.join(sorted(kids))} lives with them; on an item about the child this reads as 'your child is not under {AGE[c['text']]}'"})
    out[s['id']] = {'untrue': [], 'misleading': mis,
                    'reviewed': 'every ✓ and ✗ line on the result screen read against the story and the answers given (walk of 2026-12-07, after merging main)'}
(rd / 'untrue-review.json').write_text(json.dumps(out, ensure_ascii=False, indent=1))
print(sum(len(v['misleading']) for v in out.values()), 'misleading lines;', {k: len(v['misleading']) for k, v in out.items() if v['misleading']})
