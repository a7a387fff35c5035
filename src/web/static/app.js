// Progressive enhancement only: every page works without this file. Adds a print button where
// the page asks for one (an element with data-print-label); the label comes from the page, so
// it is in the page's language.
document.querySelectorAll('[data-print-label]').forEach((slot) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = slot.getAttribute('data-print-label');
  button.addEventListener('click', () => window.print());
  slot.appendChild(button);
});
