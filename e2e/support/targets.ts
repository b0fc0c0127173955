import type { Page } from '@playwright/test';

/**
 * Controls inside `scopes` (CSS selectors) whose touch target is under `min` px either way, as
 * "name width×height" lines. A control inside or named by a <label> is measured by the label, which
 * takes the tap too; targets inside running text are exempt (WCAG 2.5.5, inline).
 */
export function smallTargets(page: Page, scopes: string[], min = 44): Promise<string[]> {
  return page.evaluate(
    ({ scopes, min }) => {
      const CONTROLS =
        'button, a[href], input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="option"], [role="radio"], [role="checkbox"], [role="switch"]';
      const found = new Set<string>();
      for (const root of scopes.flatMap((s) => [...document.querySelectorAll(s)])) {
        for (const el of root.querySelectorAll<HTMLElement>(CONTROLS)) {
          if (el.closest('[aria-hidden="true"], [inert]')) continue;
          const own = el.getBoundingClientRect();
          // Not drawn, or visually hidden behind a visible control (a file input behind its button).
          if (own.width < 2 || own.height < 2) continue;
          // Inline in running text, such as the highlighted sentences of the note.
          if (getComputedStyle(el).display === 'inline') continue;
          const label =
            el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
          // The label takes the tap too, unless it is only for screen readers (the search's).
          const labelBox = label && el.matches('input') ? label.getBoundingClientRect() : null;
          const box = labelBox && labelBox.width * labelBox.height > own.width * own.height ? labelBox : own;
          if (box.width >= min && box.height >= min) continue;
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40);
          found.add(
            `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
      return [...found];
    },
    { scopes, min },
  );
}
