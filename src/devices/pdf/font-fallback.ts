import { GlobalFonts } from '@napi-rs/canvas';

/**
 * Installed fonts for text whose PDF font is neither embedded nor one of pdf.js's standard fonts
 * (e.g. a CJK font such as KozMinPr6N named but not embedded).
 *
 * pdf.js draws such text with `ctx.fillText` under `ctx.font = '… "<loadedName>", serif'` (its
 * `fallbackName`). @napi-rs/canvas falls back glyph by glyph only through the families the font string
 * names explicitly; a generic family (`serif`, `sans-serif`, `monospace`) alone leaves every glyph that
 * font lacks as a blank box. So the generic family is expanded here into installed families: those
 * that look alike first, then ones that cover many scripts, then every other installed family.
 */
const LOOK_ALIKE: Record<string, string[]> = {
  'sans-serif': ['Arial', 'Helvetica', 'Liberation Sans', 'Nimbus Sans', 'Arimo', 'Noto Sans', 'DejaVu Sans', 'Segoe UI'],
  serif: ['Times New Roman', 'Times', 'Liberation Serif', 'Nimbus Roman', 'Tinos', 'Noto Serif', 'DejaVu Serif'],
  monospace: ['Courier New', 'Courier', 'Liberation Mono', 'Nimbus Mono PS', 'Cousine', 'Noto Sans Mono', 'DejaVu Sans Mono'],
};

/** Families (Windows, macOS, Linux names) that cover scripts the look-alike fonts lack. */
const WIDE_COVERAGE = [
  'Arial Unicode MS',
  'Segoe UI',
  'Noto Sans CJK JP',
  'Noto Sans CJK SC',
  'Noto Sans CJK KR',
  'Source Han Sans',
  'Droid Sans Fallback',
  'Yu Gothic',
  'Meiryo',
  'MS Gothic',
  'Microsoft YaHei',
  'SimSun',
  'Microsoft JhengHei',
  'Malgun Gothic',
  'Hiragino Sans',
  'PingFang SC',
  'Apple SD Gothic Neo',
  'Noto Sans Arabic',
  'Noto Sans Hebrew',
  'Noto Sans Thai',
  'Noto Sans Devanagari',
  'Nirmala UI',
  'Leelawadee UI',
  'Ebrima',
  'Segoe UI Symbol',
  'Segoe UI Historic',
  'DejaVu Sans',
];

/** At most this many families in one font string (each is a lookup in the canvas's font collection). */
const MAX_FAMILIES = 48;

let installed: Set<string> | null = null;
const expanded = new Map<string, string>();

function installedFamilies(): Set<string> {
  installed ??= new Set(GlobalFonts.families.map((f) => f.family));
  return installed;
}

export type GenericFamily = 'serif' | 'sans-serif' | 'monospace';

/** The installed families to try, in order, for a generic CSS family; quoted and comma-separated. */
export function fallbackFamilies(generic: GenericFamily): string {
  let list = expanded.get(generic);
  if (list === undefined) {
    const have = installedFamilies();
    const ordered = new Set([...(LOOK_ALIKE[generic] ?? []), ...WIDE_COVERAGE].filter((f) => have.has(f)));
    for (const f of have) if (ordered.size < MAX_FAMILIES) ordered.add(f);
    list = [...ordered].map((f) => `"${f.replace(/"/g, '')}"`).join(', ');
    expanded.set(generic, list);
  }
  return list;
}

const GENERIC_TAIL = /,\s*(serif|sans-serif|monospace)\s*$/;

/** A CSS font string whose trailing generic family is expanded into installed families (others unchanged). */
export function widenFont(font: string): string {
  const m = GENERIC_TAIL.exec(font);
  if (!m) return font;
  const generic = m[1] as GenericFamily;
  const families = fallbackFamilies(generic);
  return families ? `${font.slice(0, m.index)}, ${families}, ${generic}` : font;
}

/**
 * Makes `ctx.font = …` on this one context widen the font string (see {@link widenFont}).
 * `ctx` is an @napi-rs/canvas 2D context, whose `font` is an accessor on its prototype.
 */
export function installFontFallback(ctx: object): void {
  let proto = Object.getPrototypeOf(ctx) as object | null;
  let desc: PropertyDescriptor | undefined;
  while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, 'font'))) proto = Object.getPrototypeOf(proto) as object | null;
  if (!desc?.get || !desc.set) return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the accessors are called with `.call(this)` below
  const { get, set } = desc;
  Object.defineProperty(ctx, 'font', {
    configurable: true,
    enumerable: true,
    get() {
      return get.call(this) as string;
    },
    set(value: string) {
      set.call(this, widenFont(value));
    },
  });
}
