/** Three real NL Design System themes from npm: the CSS a municipality's site loads, and the class it puts around the widget. */
export const THEMES = [
  { name: 'utrecht', css: '/node_modules/@utrecht/design-tokens/dist/theme.css', className: 'utrecht-theme' },
  { name: 'denhaag', css: '/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css', className: 'denhaag-theme' },
  { name: 'rijkshuisstijl', css: '/node_modules/@rijkshuisstijl-community/design-tokens/dist/index.css', className: 'rhc-theme' },
];
