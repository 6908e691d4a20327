// Progressive enhancement: a "Copy" button beside every Request ID (or command) shown as <code data-copy>; its words
// come from data-copy-label, data-copy-title, data-copied-label and data-press-label when the page gives them. Without script, or
// where the browser has no clipboard API (plain http other than localhost), the ID stays selectable text.
(() => {
  if (!navigator.clipboard) return;

  function selectText(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function enhance(root) {
    for (const code of root.querySelectorAll('code[data-copy]')) {
      if (code.nextElementSibling?.classList.contains('copy-button')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = code.dataset.copyLabel || 'Copy';
      button.title = code.dataset.copyTitle || 'Copy the Request ID';
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(code.textContent.trim());
          button.textContent = code.dataset.copiedLabel || 'Copied';
        } catch {
          // Permission denied: select the ID so that Ctrl+C copies it.
          selectText(code);
          button.textContent = code.dataset.pressLabel || 'Press Ctrl+C';
        }
      });
      code.after(button);
    }
  }

  enhance(document);
  // The Devices blade replaces its content while registrations are pending: enhance what comes in.
  new MutationObserver(() => enhance(document)).observe(document.body, { childList: true, subtree: true });
})();
