/**
 * The QR code of the hand-over link, as an SVG element built with DOM APIs (createElementNS and
 * setAttribute: no innerHTML, no style attribute, no script), so it renders under a strict CSP
 * (`style-src 'self'`) and `require-trusted-types-for 'script'`. The QR library (lean-qr's nano
 * build, about 2 KB gzip) is loaded by dynamic import on the first call only, as its own chunk:
 * the widget's main bundle does not contain it.
 */

const SVG = 'http://www.w3.org/2000/svg';

export interface QrOptions {
  /** Accessible name of the image (role="img"), e.g. "QR-code met de link naar uw antwoorden". */
  label?: string;
  /** Light modules around the code; the QR standard asks for 4. */
  margin?: number;
  /** Width and height attributes in CSS pixels per module (CSS may override them). */
  scale?: number;
}

/** What the code looks like: its size in modules and whether a module is dark. */
export interface QrMatrix {
  size: number;
  get(x: number, y: number): boolean;
}

/** The QR code of `text` (error correction M or higher), from lean-qr, loaded on demand. */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { generate, correction } = await import('lean-qr/nano');
  return generate(text, { minCorrectionLevel: correction.M });
}

/** Path data: one rectangle per run of dark modules in a row. */
export function qrPath(code: QrMatrix): string {
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; ) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      let end = x;
      while (end < code.size && code.get(end, y)) end++;
      d += `M${x} ${y}h${end - x}v1h${x - end}z`;
      x = end;
    }
  }
  return d;
}

/** An <svg> of the code for `doc`: dark modules on a light square with a quiet zone. */
export function qrSvg(code: QrMatrix, doc: Document = document, opts: QrOptions = {}): SVGSVGElement {
  const margin = opts.margin ?? 4;
  const scale = opts.scale ?? 4;
  const full = code.size + 2 * margin;
  const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string>): SVGElementTagNameMap[K] => {
    const node = doc.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const svg = el('svg', {
    viewBox: `${-margin} ${-margin} ${full} ${full}`,
    width: String(full * scale),
    height: String(full * scale),
    'shape-rendering': 'crispEdges',
    role: 'img',
    focusable: 'false',
  });
  if (opts.label) {
    const title = el('title', {});
    title.textContent = opts.label;
    svg.append(title);
    svg.setAttribute('aria-label', opts.label);
  }
  svg.append(
    el('rect', { x: String(-margin), y: String(-margin), width: String(full), height: String(full), fill: '#ffffff' }),
    el('path', { d: qrPath(code), fill: '#000000' }),
  );
  return svg;
}

/** Loads the QR library (first call only) and returns the <svg> for `text`. */
export async function renderQrSvg(text: string, doc: Document = document, opts: QrOptions = {}): Promise<SVGSVGElement> {
  return qrSvg(await qrMatrix(text), doc, opts);
}
