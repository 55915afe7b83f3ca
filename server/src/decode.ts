// Turning bytes into article text, with a clear refusal for what is not UTF-8 text.

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeArticle(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, error: 'binary file (it contains NUL bytes); not annotated' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: 'not valid UTF-8 text; convert it to UTF-8 first (e.g. iconv -f latin1 -t utf-8)' };
  }
}
