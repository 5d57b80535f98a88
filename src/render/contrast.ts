// WCAG 2 contrast of CSS colors: the readability guard for a deck's `style.colors`. Parses every
// form the schema accepts (hex, rgb/rgba, hsl/hsla, hwb, lab, lch, oklab, oklch, named colors).

/** sRGB channels 0..255 (unrounded) and alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

// The CSS named colors (CSS Color 4), as #rrggbb.
const NAMED: Record<string, string> = {
  aliceblue: 'f0f8ff',
  antiquewhite: 'faebd7',
  aqua: '00ffff',
  aquamarine: '7fffd4',
  azure: 'f0ffff',
  beige: 'f5f5dc',
  bisque: 'ffe4c4',
  black: '000000',
  blanchedalmond: 'ffebcd',
  blue: '0000ff',
  blueviolet: '8a2be2',
  brown: 'a52a2a',
  burlywood: 'deb887',
  cadetblue: '5f9ea0',
  chartreuse: '7fff00',
  chocolate: 'd2691e',
  coral: 'ff7f50',
  cornflowerblue: '6495ed',
  cornsilk: 'fff8dc',
  crimson: 'dc143c',
  cyan: '00ffff',
  darkblue: '00008b',
  darkcyan: '008b8b',
  darkgoldenrod: 'b8860b',
  darkgray: 'a9a9a9',
  darkgreen: '006400',
  darkgrey: 'a9a9a9',
  darkkhaki: 'bdb76b',
  darkmagenta: '8b008b',
  darkolivegreen: '556b2f',
  darkorange: 'ff8c00',
  darkorchid: '9932cc',
  darkred: '8b0000',
  darksalmon: 'e9967a',
  darkseagreen: '8fbc8f',
  darkslateblue: '483d8b',
  darkslategray: '2f4f4f',
  darkslategrey: '2f4f4f',
  darkturquoise: '00ced1',
  darkviolet: '9400d3',
  deeppink: 'ff1493',
  deepskyblue: '00bfff',
  dimgray: '696969',
  dimgrey: '696969',
  dodgerblue: '1e90ff',
  firebrick: 'b22222',
  floralwhite: 'fffaf0',
  forestgreen: '228b22',
  fuchsia: 'ff00ff',
  gainsboro: 'dcdcdc',
  ghostwhite: 'f8f8ff',
  gold: 'ffd700',
  goldenrod: 'daa520',
  gray: '808080',
  green: '008000',
  greenyellow: 'adff2f',
  grey: '808080',
  honeydew: 'f0fff0',
  hotpink: 'ff69b4',
  indianred: 'cd5c5c',
  indigo: '4b0082',
  ivory: 'fffff0',
  khaki: 'f0e68c',
  lavender: 'e6e6fa',
  lavenderblush: 'fff0f5',
  lawngreen: '7cfc00',
  lemonchiffon: 'fffacd',
  lightblue: 'add8e6',
  lightcoral: 'f08080',
  lightcyan: 'e0ffff',
  lightgoldenrodyellow: 'fafad2',
  lightgray: 'd3d3d3',
  lightgreen: '90ee90',
  lightgrey: 'd3d3d3',
  lightpink: 'ffb6c1',
  lightsalmon: 'ffa07a',
  lightseagreen: '20b2aa',
  lightskyblue: '87cefa',
  lightslategray: '778899',
  lightslategrey: '778899',
  lightsteelblue: 'b0c4de',
  lightyellow: 'ffffe0',
  lime: '00ff00',
  limegreen: '32cd32',
  linen: 'faf0e6',
  magenta: 'ff00ff',
  maroon: '800000',
  mediumaquamarine: '66cdaa',
  mediumblue: '0000cd',
  mediumorchid: 'ba55d3',
  mediumpurple: '9370db',
  mediumseagreen: '3cb371',
  mediumslateblue: '7b68ee',
  mediumspringgreen: '00fa9a',
  mediumturquoise: '48d1cc',
  mediumvioletred: 'c71585',
  midnightblue: '191970',
  mintcream: 'f5fffa',
  mistyrose: 'ffe4e1',
  moccasin: 'ffe4b5',
  navajowhite: 'ffdead',
  navy: '000080',
  oldlace: 'fdf5e6',
  olive: '808000',
  olivedrab: '6b8e23',
  orange: 'ffa500',
  orangered: 'ff4500',
  orchid: 'da70d6',
  palegoldenrod: 'eee8aa',
  palegreen: '98fb98',
  paleturquoise: 'afeeee',
  palevioletred: 'db7093',
  papayawhip: 'ffefd5',
  peachpuff: 'ffdab9',
  peru: 'cd853f',
  pink: 'ffc0cb',
  plum: 'dda0dd',
  powderblue: 'b0e0e6',
  purple: '800080',
  rebeccapurple: '663399',
  red: 'ff0000',
  rosybrown: 'bc8f8f',
  royalblue: '4169e1',
  saddlebrown: '8b4513',
  salmon: 'fa8072',
  sandybrown: 'f4a460',
  seagreen: '2e8b57',
  seashell: 'fff5ee',
  sienna: 'a0522d',
  silver: 'c0c0c0',
  skyblue: '87ceeb',
  slateblue: '6a5acd',
  slategray: '708090',
  slategrey: '708090',
  snow: 'fffafa',
  springgreen: '00ff7f',
  steelblue: '4682b4',
  tan: 'd2b48c',
  teal: '008080',
  thistle: 'd8bfd8',
  tomato: 'ff6347',
  turquoise: '40e0d0',
  violet: 'ee82ee',
  wheat: 'f5deb3',
  white: 'ffffff',
  whitesmoke: 'f5f5f5',
  yellow: 'ffff00',
  yellowgreen: '9acd32',
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A number, a percentage of `full`, or an angle in degrees (deg, grad, rad, turn). "none" is 0. */
function num(token: string, full = 1): number {
  if (token === 'none') return 0;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|deg|grad|rad|turn)?$/i.exec(token);
  if (!m) throw new Error(`not a number: ${token}`);
  const v = Number(m[1]);
  switch (m[2]?.toLowerCase()) {
    case '%':
      return (v / 100) * full;
    case 'grad':
      return v * 0.9;
    case 'rad':
      return (v * 180) / Math.PI;
    case 'turn':
      return v * 360;
    default:
      return v;
  }
}

/** Linear-light sRGB (0..1) to gamma-encoded 0..255. */
function encode(c: number): number {
  const v = clamp(c, 0, 1);
  return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
}

function fromLinear([r, g, b]: number[], a: number): Rgba {
  return { r: encode(r), g: encode(g), b: encode(b), a };
}

function hslToRgb(h: number, s: number, l: number): number[] {
  // CSS Color 4's algorithm; h in degrees, s and l in 0..1.
  const hue = ((h % 360) + 360) % 360;
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)].map((v) => v * 255);
}

function hwbToRgb(h: number, w: number, bl: number): number[] {
  if (w + bl >= 1) return Array(3).fill((w / (w + bl)) * 255);
  return hslToRgb(h, 1, 0.5).map((v) => (v / 255) * (1 - w - bl) * 255 + w * 255);
}

/** CIE Lab (D50) to linear sRGB, through XYZ and the Bradford adaptation to D65. */
function labToLinear(L: number, a: number, b: number): number[] {
  const fy = (L + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const inv = (t: number) => (t ** 3 > 216 / 24389 ? t ** 3 : (116 * t - 16) / (24389 / 27));
  const [x, y, z] = [
    (inv(fx) * 0.3457) / 0.3585,
    L > 8 ? fy ** 3 : L / (24389 / 27),
    (inv(fz) * (1 - 0.3457 - 0.3585)) / 0.3585,
  ];
  return [
    3.1341359569958707 * x - 1.6173863321612538 * y - 0.4906619460083532 * z,
    -0.978795502912089 * x + 1.916254567259524 * y + 0.03344273116131949 * z,
    0.07195537988411677 * x - 0.2289768264158322 * y + 1.405386058324125 * z,
  ];
}

/** OKLab to linear sRGB (Björn Ottosson's matrices). */
function oklabToLinear(L: number, a: number, b: number): number[] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const polar = (c: number, h: number) => [c * Math.cos((h * Math.PI) / 180), c * Math.sin((h * Math.PI) / 180)];

/** Parses a CSS color; undefined for what is not one (or is not a fixed color, like currentColor). */
export function parseColor(css: string): Rgba | undefined {
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1] ?? NAMED[s];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b, a = 255] = full.match(/../g)!.map((p) => parseInt(p, 16));
    return { r, g, b, a: a / 255 };
  }
  const fn = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*([^()]*)\)$/.exec(s);
  if (!fn) return undefined;
  // Both syntaxes: "1, 2, 3, 0.5" and "1 2 3 / 50%".
  const parts = fn[2].split(/\s*\/\s*|\s*,\s*|\s+/).filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  try {
    const a = parts[3] === undefined ? 1 : clamp(num(parts[3], 1), 0, 1);
    const [p, q, t] = parts;
    switch (fn[1]) {
      case 'rgb':
      case 'rgba': {
        const [r, g, b] = [p, q, t].map((x) => clamp(num(x, 255), 0, 255));
        return { r, g, b, a };
      }
      case 'hsl':
      case 'hsla': {
        // Percentages in the legacy syntax, bare numbers (0..100) in the modern one.
        const [r, g, b] = hslToRgb(num(p), clamp(num(q, 100) / 100, 0, 1), clamp(num(t, 100) / 100, 0, 1));
        return { r, g, b, a };
      }
      case 'hwb': {
        const [r, g, b] = hwbToRgb(num(p), clamp(num(q, 100) / 100, 0, 1), clamp(num(t, 100) / 100, 0, 1));
        return { r, g, b, a };
      }
      case 'lab':
        return fromLinear(labToLinear(num(p, 100), num(q, 125), num(t, 125)), a);
      case 'lch':
        return fromLinear(labToLinear(num(p, 100), ...(polar(num(q, 150), num(t)) as [number, number])), a);
      case 'oklab':
        return fromLinear(oklabToLinear(num(p, 1), num(q, 0.4), num(t, 0.4)), a);
      default: // oklch
        return fromLinear(oklabToLinear(num(p, 1), ...(polar(num(q, 0.4), num(t)) as [number, number])), a);
    }
  } catch {
    return undefined;
  }
}

/** A color with alpha, seen over an opaque one. */
function over(fg: Rgba, bg: Rgba): Rgba {
  const mix = (f: number, b: number) => f * fg.a + b * (1 - fg.a);
  return { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b), a: 1 };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white), of an opaque color. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * The WCAG contrast ratio (1 to 21) of text in `fg` on `bg`, or undefined when either is not a
 * color this module can read. A translucent background is taken over white (the page), a
 * translucent text color over the background.
 */
export function contrastRatio(fg: string | Rgba, bg: string | Rgba): number | undefined {
  const f = typeof fg === 'string' ? parseColor(fg) : fg;
  const b0 = typeof bg === 'string' ? parseColor(bg) : bg;
  if (!f || !b0) return undefined;
  const b = over(b0, WHITE);
  const [l1, l2] = [relativeLuminance(over(f, b)), relativeLuminance(b)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** WCAG AA for body text. */
export const MIN_CONTRAST = 4.5;
