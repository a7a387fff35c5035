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

// Making a PDF or Word report takes seconds on a busy server, and a plain link shows nothing
// meanwhile: fetch it here, say so in a live region with the seconds passed, then save it under
// the server's file name. Without this file the links download as usual.
document.querySelectorAll('[data-report-making]').forEach((links) => {
  const status = links.nextElementSibling;
  if (!status?.classList.contains('report-status') || !window.fetch || !window.URL) return;
  links.querySelectorAll('a[data-report]').forEach((link) => {
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      // One report at a time: a second click while one is made would only make the server work twice.
      if (links.getAttribute('aria-busy') === 'true') return;
      const all = links.querySelectorAll('a[data-report]');
      links.setAttribute('aria-busy', 'true');
      for (const a of all) a.setAttribute('aria-disabled', 'true');
      const started = Date.now();
      const say = () => {
        status.textContent = `${links.getAttribute('data-report-making')} (${link.textContent}, ${Math.round((Date.now() - started) / 1000)} s)`;
      };
      say();
      const timer = setInterval(say, 1000);
      try {
        const response = await fetch(link.href, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') || '');
        const url = URL.createObjectURL(await response.blob());
        const save = document.createElement('a');
        save.href = url;
        save.download = name ? name[1] : '';
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
        status.textContent = links.getAttribute('data-report-done');
      } catch {
        status.textContent = links.getAttribute('data-report-failed');
      } finally {
        clearInterval(timer);
        links.removeAttribute('aria-busy');
        for (const a of all) a.removeAttribute('aria-disabled');
      }
    });
  });
});
