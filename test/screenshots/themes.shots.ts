/**
 * Pictures of the widget in three NL Design System themes (npm run screenshots, into
 * screenshots/themes/): every screen, and the demo pages as `npm start` serves them. That the
 * widget wears each theme, with zero axe violations, is tested in npm test (test/themes).
 */
import { setViewport } from '@web/test-runner-commands';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { THEMES } from '../themes/themes.js';
import { next, root, scherm, until, walkTo } from '../ui/helpers.js';
import { shoot } from './shoot.js';

after(() => setViewport({ width: 1280, height: 800 }));

for (const theme of THEMES) {
  it(`${theme.name}: every screen`, async () => {
    await setViewport({ width: 1024, height: 900 });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = theme.css;
    const loaded = new Promise((ok) => link.addEventListener('load', ok, { once: true }));
    document.head.append(link);
    await loaded;
    const page = document.createElement('main');
    page.className = theme.className;
    document.body.append(page);
    try {
      const el = document.createElement('regelingen-wizard') as RegelingenWizard;
      el.setAttribute('gemeente', 'GM0344');
      page.append(el);
      await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'));
      await shoot(`themes/${theme.name}-1-start`);
      await next(el); // no perspective chosen: the error summary
      await shoot(`themes/${theme.name}-2-start-error`);
      await walkTo(el, 'vragen');
      await shoot(`themes/${theme.name}-3-question`);
      await walkTo(el, 'overzicht');
      await shoot(`themes/${theme.name}-4-review`);
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => scherm(el) === 'resultaat');
      await shoot(`themes/${theme.name}-5-result`);
      await shoot(`themes/${theme.name}-6-result-top`, false);
    } finally {
      page.remove();
      link.remove();
    }
  });
}

for (const page of ['gemeente.html', 'denhaag.html', 'rijk.html']) {
  it(`demo/${page}`, async () => {
    await setViewport({ width: 1120, height: 920 });
    const iframe = document.createElement('iframe');
    iframe.style.width = '1100px';
    iframe.style.height = '900px';
    iframe.src = `/demo/${page}`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      await iframe.contentWindow!.customElements.whenDefined('regelingen-wizard');
      const el = iframe.contentDocument!.querySelector('regelingen-wizard') as RegelingenWizard;
      await until(el, () => !!el.shadowRoot?.querySelector('button.primary'));
      await shoot(`themes/demo-${page.replace('.html', '')}`, false);
    } finally {
      iframe.remove();
    }
  });
}
