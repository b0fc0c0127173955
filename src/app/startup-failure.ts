/**
 * When even the UI texts cannot load (a broken deployment, a dropped connection), say so in both
 * languages with plain DOM — React and i18n are what failed — and offer a reload. Never a blank page.
 */
export function showStartupFailure(root: HTMLElement, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'm-6 max-w-xl rounded-lg border border-red-300 bg-red-50 p-5 text-red-950';
  const lines = [
    ['h1', 'Klyngekort kunne ikke starte', 'da'],
    ['p', 'Siden kunne ikke hente sine tekster. Prøv at genindlæse.', 'da'],
    ['p', 'Klyngekort could not start: its texts did not load. Please reload.', 'en'],
    ['p', detail, ''],
  ] as const;
  for (const [tag, text, lang] of lines) {
    const el = document.createElement(tag);
    el.textContent = text;
    if (lang) el.lang = lang;
    el.className = tag === 'h1' ? 'text-lg font-semibold' : 'mt-2 text-sm';
    box.append(el);
  }
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Genindlæs / Reload';
  reload.className = 'mt-4 min-h-11 rounded-md bg-red-900 px-4 text-sm font-medium text-white';
  reload.addEventListener('click', () => location.reload());
  box.append(reload);
  root.replaceChildren(box);
}
