// Progressive enhancement of the Devices blade: while registrations are pending, refresh the blade's live
// region in place; stop as soon as every device has reached a final status.
(() => {
  const blade = document.getElementById('blade');
  if (!blade) return;
  const url = blade.dataset.refreshUrl;
  const pending = () => blade.querySelector('[data-pending]')?.dataset.pending === 'true';

  async function refresh() {
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (response.ok) blade.innerHTML = await response.text();
    } catch {
      // Offline for a moment: try again on the next tick.
    }
    if (pending()) setTimeout(refresh, 1500);
  }

  if (pending()) setTimeout(refresh, 1000);
})();
