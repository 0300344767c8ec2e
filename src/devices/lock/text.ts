/**
 * Lock systems take single-byte text. We send printable ASCII only (a subset of Latin-1), so no
 * byte can collide with a protocol's control or separator bytes: accents are stripped, a few
 * letters without a decomposition are spelled out, anything else becomes '?'.
 */
const SPELLED: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', Ø: 'O', ø: 'o', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd',
  Ð: 'D', ð: 'd', Þ: 'Th', þ: 'th', ı: 'i', Ħ: 'H', ħ: 'h', '€': 'EUR', '–': '-', '—': '-', '‘': "'",
  '’': "'", '“': '"', '”': '"', '…': '...', '\u00a0': ' ',
};

export function toLockText(input: string, replace: Record<string, string> = {}): string {
  let out = '';
  for (const ch of input) {
    if (ch in replace) {
      out += replace[ch];
      continue;
    }
    const spelled = SPELLED[ch];
    if (spelled !== undefined) {
      out += spelled;
      continue;
    }
    for (const c of ch.normalize('NFKD')) {
      const code = c.codePointAt(0)!;
      if (code >= 0x20 && code <= 0x7e) out += c;
      else if (code >= 0x300 && code <= 0x36f) continue; // combining accent
      else if (c === '\t' || c === '\n' || c === '\r') out += ' ';
      else if (code < 0x20 || code === 0x7f) continue;
      else out += '?';
    }
  }
  return out;
}
