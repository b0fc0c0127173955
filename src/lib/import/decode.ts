/**
 * Bytes of an uploaded file as text. Excel writes "CSV UTF-8" with a byte order mark, plain "CSV" in
 * the Windows code page (Windows-1252 in Denmark: æ, ø and å are single bytes), and "Unicode text" as
 * UTF-16: a file that is not valid UTF-8 is read as Windows-1252, so Danish letters survive either way.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
