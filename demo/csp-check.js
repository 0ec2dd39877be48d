// Lists every Content Security Policy violation on the page, for the CSP demo and its check (scripts/check-bundle.mjs).
const violations = [];
window.cspViolations = violations;
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  const list = document.getElementById('violations');
  if (!list) return;
  if (violations.length === 1) list.textContent = '';
  const item = document.createElement('li');
  item.textContent = violations[violations.length - 1];
  list.append(item);
});
