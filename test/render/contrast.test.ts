import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrastRatio, parseColor, relativeLuminance } from '../../src/render/contrast.js';

const near = (actual: number | undefined, expected: number, digits = 2) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 10 ** -digits, `${actual} is not ${expected}`);

test('known pairs: black on white is 21, #777 on white just misses 4.5', () => {
  near(contrastRatio('#000', '#fff'), 21);
  near(contrastRatio('#ffffff', '#000000'), 21);
  near(contrastRatio('#777', '#fff'), 4.48);
  near(contrastRatio('#767676', '#fff'), 4.54);
  near(contrastRatio('#fff', '#fff'), 1);
  // The ietf theme's title bar and links.
  near(contrastRatio('#ffffff', '#002d3c'), 14.58);
  near(contrastRatio('#0b5394', '#ffffff'), 7.84);
});

test('relative luminance follows WCAG 2', () => {
  near(relativeLuminance(parseColor('white')!), 1, 6);
  near(relativeLuminance(parseColor('black')!), 0, 6);
  near(relativeLuminance(parseColor('#808080')!), 0.2159, 4);
  near(relativeLuminance(parseColor('red')!), 0.2126, 4);
});

test('every color syntax the schema accepts reads as the same color', () => {
  const red = [
    'red',
    '#f00',
    '#ff0000',
    '#ff0000ff',
    '#F00F',
    'rgb(255, 0, 0)',
    'rgb(255 0 0)',
    'rgba(100%, 0%, 0%, 1)',
    'rgb(255 0 0 / 100%)',
    'hsl(0, 100%, 50%)',
    'hsl(0deg 100% 50%)',
    'hsla(360, 100%, 50%, 1)',
    'hsl(1turn 100 50)',
    'hwb(0 0% 0%)',
    'lab(54.29 80.8 69.89)',
    'lch(54.29 106.84 40.85)',
    'oklab(0.628 0.2249 0.1258)',
    'oklch(62.8% 0.2577 29.23)',
  ];
  for (const c of red) {
    const rgba = parseColor(c);
    assert.ok(rgba, c);
    assert.ok(Math.abs(rgba.r - 255) < 1 && rgba.g < 1 && rgba.b < 1 && rgba.a === 1, `${c}: ${JSON.stringify(rgba)}`);
  }
  assert.deepEqual(parseColor('rebeccapurple'), { r: 0x66, g: 0x33, b: 0x99, a: 1 });
  assert.deepEqual(parseColor('Navy'), { r: 0, g: 0, b: 0x80, a: 1 });
  assert.deepEqual(parseColor('hsl(120 100% 25%)'), { r: 0, g: 127.5, b: 0, a: 1 });
});

test('what is not a color is undefined, not a guess', () => {
  for (const c of [
    'blu',
    'currentcolor',
    'inherit',
    '#12',
    '#12345',
    'rgb(1 2)',
    'rgb(a b c)',
    'color(srgb 1 0 0)',
    '',
  ]) {
    assert.equal(parseColor(c), undefined, c);
  }
  assert.equal(contrastRatio('blu', '#fff'), undefined);
});

test('translucent colors are seen over what is behind them', () => {
  // Half-transparent black over white is mid grey.
  near(contrastRatio('rgba(0, 0, 0, 0.5)', '#fff'), contrastRatio('rgb(127.5 127.5 127.5)', '#fff')!);
  near(contrastRatio('#00000080', '#fff'), contrastRatio('#808080', '#fff')!, 1);
  // A transparent background is the white page.
  near(contrastRatio('#000', 'transparent'), 21);
});
