// `npm run links [-- <dataset folder>]`: check every URL in the dataset and its overlays (bron,
// website, wet.url). A host that cannot be reached (no DNS answer, no connection, timeout) is
// reported as such, apart from pages that answer with an error (404, 500); without any network
// it says so and never crashes.
// Exit 0: every link works. 1: broken links or unreachable hosts. 2: no host reachable at all
// (no network?), so nothing could be checked.
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { jsonFiles } from './dataset-folder.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, 'regelingen'));
const TIMEOUT = Number(process.env.LINKS_TIMEOUT ?? 10000);
const CONCURRENCY = 6;

/** Every https URL in the JSON files of a dataset folder: url → where it is used. */
function collect() {
  const urls = new Map();
  const files = [
    'vragen.json',
    'cijfers.json',
    'loketten.json',
    ...['regelingen', 'gemeenten'].flatMap((sub) => jsonFiles(dir, sub).map((f) => `${sub}/${f}`)),
  ];
  for (const file of files) {
    let data;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    const todo = [[data, '']];
    while (todo.length) {
      const [v, path] = todo.pop();
      if (typeof v === 'string' && /^https?:\/\//.test(v) && !path.endsWith('$schema'))
        urls.set(v, [...(urls.get(v) ?? []), `${file}: ${path}`]);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) todo.push([x, Array.isArray(v) ? `${path}[${k}]` : path ? `${path}.${k}` : k]);
    }
  }
  return urls;
}

const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error(what), { code: 'TIMEOUT' })), ms))]);

/** Whether a host resolves: undefined when it does, else the reason. */
async function resolveHost(host) {
  try {
    await withTimeout(lookup(host), TIMEOUT, 'geen DNS-antwoord');
    return undefined;
  } catch (e) {
    return e.code ?? e.message;
  }
}

async function check(url) {
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT),
        headers: { 'user-agent': 'regelingenwijzer-linkcheck' },
      });
      if (res.ok) return { ok: true, status: res.status };
      if (method === 'HEAD' && [403, 405, 501].includes(res.status)) continue; // some servers refuse HEAD
      return { ok: false, status: res.status };
    } catch (e) {
      if (method === 'HEAD') continue;
      return { ok: false, unreachable: e.cause?.code ?? e.name ?? e.message };
    }
  }
  return { ok: false, unreachable: 'onbekend' };
}

async function pool(items, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

const urls = collect();
const hosts = [...new Set([...urls.keys()].map((u) => new URL(u).hostname))].sort();
console.log(
  `${urls.size} adressen op ${hosts.length} hosts in ${relative(process.cwd(), dir) || '.'} / ${urls.size} URLs on ${hosts.length} hosts`,
);
const hostFailures = new Map((await pool(hosts, async (h) => [h, await resolveHost(h)])).filter(([, why]) => why));
if (hosts.length && hostFailures.size === hosts.length) {
  console.log(`Geen enkele host bereikbaar (bijv. ${hosts[0]}: ${hostFailures.get(hosts[0])}): geen netwerk? Niets gecontroleerd.`);
  console.log(`No host reachable (e.g. ${hosts[0]}: ${hostFailures.get(hosts[0])}): no network? Nothing was checked.`);
  process.exit(2);
}
const results = await pool([...urls.keys()], async (u) => {
  const why = hostFailures.get(new URL(u).hostname);
  return [u, why ? { ok: false, unreachable: why } : await check(u)];
});
let broken = 0,
  unreachable = 0;
for (const [h, why] of hostFailures) console.log(`host niet bereikbaar / host unreachable: ${h} (${why})`);
for (const [u, r] of results) {
  if (r.ok) continue;
  if (r.unreachable) {
    unreachable++;
    if (!hostFailures.has(new URL(u).hostname)) console.log(`niet bereikbaar / unreachable (${r.unreachable}): ${u}`);
  } else {
    broken++;
    console.log(`HTTP ${r.status}: ${u}`);
  }
  for (const where of urls.get(u)) console.log(`    ${where}`);
}
console.log(
  `${results.length - broken - unreachable} werken, ${broken} kapot, ${unreachable} niet bereikbaar / ${results.length - broken - unreachable} work, ${broken} broken, ${unreachable} unreachable`,
);
process.exit(broken || unreachable ? 1 : 0);
