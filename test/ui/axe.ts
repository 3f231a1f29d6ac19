/** axe-core on the widget, zero violations (the rules of test/ui/a11y.test.ts). */
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';

type AxeRun = (el: Element, opts?: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;

const AXE = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { region: { enabled: false } },
};

export async function axe(el: Element, where: string): Promise<void> {
  const run = (window as unknown as { axe: { run: AxeRun } }).axe.run;
  const { violations } = await run(el, AXE);
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`).join('\n');
  expect(violations.length, `${where}:\n${report}`).to.equal(0);
}
