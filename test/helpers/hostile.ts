// Hostile bodies for a chair's `markdown:` slide: every pair of fences around every payload that
// must not get out of it (test/render/untrusted.test.ts, markdown-check.test.ts).

// Fence openers and closers markdown-it reads differently from a simple line scanner.
export const FENCES = [
  '```',
  '````',
  '~~~',
  '``` x`y',
  '```` x`y',
  '``` {.js}',
  '   ```',
  '    ```',
  '>```',
  '- ```',
  '```js ```',
  '~~~ x`y~',
];
export const PAYLOADS = [
  '<style>a { color: red }</style>',
  '<a class="cover" href="javascript:alert(1)">x</a>',
  '<!-- _class: lead -->',
  '<!--',
  '<pre>',
  '<script>alert(1)</script>',
  '<div class="x">',
  '---',
  '***',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x]: javascript:alert(1)\n\n[x]',
  '<img src=x onerror=alert(1)>',
];

/** Every pair of fences around every payload, then the payload again after the fences. */
export function* hostileBodies(): Generator<string> {
  for (const open of FENCES) {
    for (const close of FENCES) {
      for (const payload of PAYLOADS) yield `## Click\n${open}\n${payload}\n${close}\n${payload}`;
    }
  }
}

/** What a chair's text fields must keep as literal text: a slide break, a directive, HTML, a local
 * background image, a template expression and a script link (test/build.test.ts, escape.test.ts). */
export const FIELD_INJECTIONS = [
  'a\n---\nb',
  '<!-- _class: lead -->',
  '<script>alert(1)</script>',
  '![bg](/etc/passwd)',
  '{{title}}',
  '[x](javascript:alert(1))',
];
