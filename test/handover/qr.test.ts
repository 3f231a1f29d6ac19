/**
 * The QR code of the hand-over link: decoded back to the link with jsQR (a QR reader in plain
 * JavaScript, loaded as a script), the expected number of modules for the data length, and an
 * SVG with no style attribute, built under a strict CSP with Trusted Types without violations.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';
import { embeddedDataset } from '../../src/dataset/source.js';
import { buildHandoverLink } from '../../src/handover/link.js';
import { qrMatrix, qrPath, qrSvg, renderQrSvg } from '../../src/handover/qr.js';
import { WAIT } from '../wait.js';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
declare global {
  interface Window {
    jsQR?: JsQr;
  }
}

async function jsQR(): Promise<JsQr> {
  if (!window.jsQR) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/jsqr/dist/jsQR.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(s);
    });
  }
  return window.jsQR!;
}

/** Draws the SVG as an image on a canvas and reads it with jsQR. */
async function readSvg(svg: SVGSVGElement): Promise<string | undefined> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return (await jsQR())(data.data, data.width, data.height)?.data;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Data codewords at error correction level M, versions 1-10 (ISO/IEC 18004 table 7). lean-qr's
 * nano build writes UTF-8 bytes with an ECI header (12 bits), then byte mode (4 bits) and the
 * length (8 bits up to version 9, 16 from 10).
 */
const CODEWORDS_M = [16, 28, 44, 64, 86, 108, 124, 154, 182, 216];
const capacity = (v: number) => Math.floor((CODEWORDS_M[v - 1]! * 8 - 12 - 4 - (v < 10 ? 8 : 16)) / 8);
const expectedModules = (bytes: number) => {
  let v = 1;
  while (capacity(v) < bytes) v++;
  return 17 + 4 * v;
};

const questions = embeddedDataset().vragen;

describe('handover: the QR code', () => {
  it('decodes back to the link, for every scenario fixture', async () => {
    const scenarios = Object.values(SCENARIOS);
    expect(scenarios.length).to.be.greaterThan(20);
    for (const s of scenarios) {
      const { link } = buildHandoverLink(
        'https://www.gemeente.example/zorg/regelingenwijzer?thema=zorg',
        { perspectief: s.perspectief, gemeente: s.gemeente, antwoorden: s.antwoorden },
        questions,
      );
      const svg = await renderQrSvg(link, document, { label: 'QR-code', scale: 4 });
      expect(await readSvg(svg), s.naam).to.equal(link);
    }
  });

  it('has the number of modules the QR standard gives for the data length', async () => {
    for (const length of [10, 13, 14, 25, 26, 41, 42, 61, 62, 100, 151, 152, 200]) {
      const text = `https://x.example/#rw1.${'A'.repeat(200)}`.slice(0, length);
      expect(text).to.have.length(length);
      const code = await qrMatrix(text);
      expect(code.size, `${length} bytes`).to.equal(expectedModules(length));
      const svg = qrSvg(code, document, { margin: 4 });
      expect(svg.getAttribute('viewBox')).to.equal(`-4 -4 ${code.size + 8} ${code.size + 8}`);
    }
  });

  it('draws exactly the dark modules', async () => {
    const code = await qrMatrix('https://www.gemeente.example/#rw1.ABC');
    const dark = new Set<string>();
    for (const m of qrPath(code).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let x = Number(m[1]); x < Number(m[1]) + Number(m[3]); x++) dark.add(`${x},${m[2]}`);
    }
    let count = 0;
    for (let y = 0; y < code.size; y++)
      for (let x = 0; x < code.size; x++) {
        expect(dark.has(`${x},${y}`), `${x},${y}`).to.equal(code.get(x, y));
        if (code.get(x, y)) count++;
      }
    expect(dark.size).to.equal(count);
  });

  it('is an accessible SVG without style attributes or scripts', async () => {
    const svg = await renderQrSvg('https://www.gemeente.example/#rw1.ABC', document, { label: 'QR-code met de link naar uw antwoorden' });
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR-code met de link naar uw antwoorden');
    expect(svg.querySelector('title')?.textContent).to.equal('QR-code met de link naar uw antwoorden');
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      expect(el.hasAttribute('style'), el.tagName).to.equal(false);
      expect(
        [...el.attributes].some((a) => a.name.startsWith('on')),
        el.tagName,
      ).to.equal(false);
    }
    expect(svg.querySelector('script, style, foreignObject')).to.equal(null);
  });

  it('renders under a strict CSP with Trusted Types without a violation (and the check can fail)', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'"><body></body>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}`));
    const code = await qrMatrix('https://www.gemeente.example/#rw1.ABC');
    doc.body.append(qrSvg(code, doc, { label: 'QR' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(violations).to.deep.equal([]);
    expect(doc.querySelector('svg path')?.getAttribute('d')).to.equal(qrPath(code));
    // Control: an inline style in the same document is reported.
    const p = doc.createElement('p');
    p.setAttribute('style', 'color: red');
    doc.body.append(p);
    await waitUntil(() => violations.some((v) => v.startsWith('style-src')), 'the inline style is reported', { timeout: WAIT });
    frame.remove();
  });
});
