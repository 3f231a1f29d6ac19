// `node bench/trace-summary.mjs <trace.json> ...`: where a step's time goes, from the traces that
// `BENCH_TRACE=<dir>/t% npm run bench -- --only 'steps and result: 1000_slow'` writes (one per journey).
//
// Per kind of step (the first three answers, the others, the step to the review), medians of:
//   task      the main-thread task that handles the click (what the bench's step time covers)
//   engine    the click's event dispatch: reading the answer, the machine and the walk
//   render    from the end of that dispatch to the step event: Lit's render and the focus
//   layout    style and layout inside the task (the bench forces it at the step event)
//   after     style and layout after the task, until the frame is painted: work the person still
//             waits for that the bench's step time does not see. It should stay near 0: a change
//             that lowers the step time by moving work here (content-visibility, rendering later)
//             is no saving (issue 24, session 8: content-visibility on the review's rows did this).
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node bench/trace-summary.mjs <trace.json> ...');
  process.exit(2);
}
const kinds = new Map();
for (const f of files) {
  const t = JSON.parse(readFileSync(f, 'utf8'));
  const ev = (t.traceEvents ?? t).filter((e) => e.ph === 'X' && e.dur);
  const tasks = ev.filter((e) => e.name === 'RunTask');
  const clicks = ev.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click').sort((a, b) => a.ts - b.ts);
  const styleLayout = (from, to, tid) =>
    ev
      .filter((e) => e.tid === tid && e.ts >= from && e.ts < to && (e.name === 'Layout' || e.name === 'UpdateLayoutTree'))
      .reduce((s, e) => s + e.dur, 0) / 1000;
  // The first click is "Start"; the last one led to the review.
  clicks.slice(1).forEach((c, i, all) => {
    const task = tasks.find((k) => k.tid === c.tid && k.ts <= c.ts && k.ts + k.dur >= c.ts + c.dur);
    if (!task) return;
    const end = task.ts + task.dur;
    const step = ev.find(
      (e) => e.tid === c.tid && e.ts >= c.ts && e.ts < end && e.name === 'EventDispatch' && e.args?.data?.type === 'regelingenwijzer:step',
    );
    const paint = ev.filter((e) => e.tid === c.tid && e.name === 'Paint' && e.ts >= end).sort((a, b) => a.ts - b.ts)[0];
    const kind = i === all.length - 1 ? 'to review' : i < 3 ? `answer ${i + 1}` : 'others';
    const row = {
      task: task.dur / 1000,
      engine: c.dur / 1000,
      render: step ? (step.ts - (c.ts + c.dur)) / 1000 : NaN,
      layout: styleLayout(task.ts, end, c.tid),
      after: paint ? styleLayout(end, paint.ts, c.tid) : NaN,
    };
    if (!kinds.has(kind)) kinds.set(kind, []);
    kinds.get(kind).push(row);
  });
}
const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const cols = ['task', 'engine', 'render', 'layout', 'after'];
console.log(`${'kind'.padEnd(10)} ${'n'.padStart(4)} ${cols.map((c) => c.padStart(7)).join(' ')}   (ms, medians)`);
for (const [kind, rows] of kinds)
  console.log(
    `${kind.padEnd(10)} ${String(rows.length).padStart(4)} ${cols
      .map((c) =>
        median(rows.map((r) => r[c]))
          .toFixed(1)
          .padStart(7),
      )
      .join(' ')}`,
  );
