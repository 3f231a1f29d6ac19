// Counts securitypolicyviolation events on the CSP demo page (a file: inline scripts are blocked there).
const out = document.querySelector('[data-violations]');
let n = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  n += 1;
  if (out) out.textContent = String(n);
  console.warn('CSP-overtreding:', e.violatedDirective, e.blockedURI);
});
