/**
 * Puts text on the clipboard. False where the browser does not allow it (no Clipboard API outside a
 * secure context, a denied permission, an iframe without the clipboard-write policy): the caller then
 * selects the text for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
