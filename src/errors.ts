// Every user-facing error in one catalogue (after Astro's errors-data.ts): a code, a title, a
// message and a hint, plus the exit code the CLI uses. Code throws `new WgdeckError(E.X, {...})`;
// the CLI prints title, message and hint, never a stack trace.
import { relative } from 'node:path';

export interface ErrorEntry<A> {
  code: string;
  title: string;
  message: (args: A) => string;
  hint: string | ((args: A) => string);
  exit: 1 | 2;
}

function entry<A = Record<string, never>>(e: ErrorEntry<A>): ErrorEntry<A> {
  return e;
}

/** One problem found in a deck file, located at file:line:col. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  /** the path inside the deck: "agenda.items[2].minutes" ("" for the document itself) */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** the catalogue entry it comes from, when it has one (W.x.code) */
  code?: string;
}

/** A warning at a place in a file, the file named as the user would type it (from where wgdeck runs). */
export function warningAt(
  file: string,
  at: { line: number; col: number },
  path: string,
  message: string,
  code?: string,
): Problem {
  const warning: Problem = { file: relative(process.cwd(), file), ...at, path, message, severity: 'warning' };
  if (code !== undefined) warning.code = code;
  return warning;
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const what = p.path ? `${p.path}: ${p.message}` : p.message;
  return `${p.severity === 'warning' ? 'warning: ' : ''}${what} (${where})`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export const E = {
  DeckNotFound: entry<{ file: string }>({
    code: 'deck-not-found',
    title: 'Deck file not found',
    message: ({ file }) => `${file} does not exist or cannot be read.`,
    hint: 'Check the path; `wgdeck new <acronym>` writes a starter deck.',
    exit: 1,
  }),
  NotRegularFile: entry<{ file: string; what: string; kind: string }>({
    code: 'not-regular-file',
    title: 'Not a regular file',
    message: ({ file, what, kind }) =>
      `${file} is ${kind}, not a regular file; wgdeck reads ${article(what)} ${what} only from a regular file.`,
    hint: 'Give the path of an ordinary file (a pipe or a device would make wgdeck wait forever).',
    exit: 1,
  }),
  FileTooLarge: entry<{ file: string; what: string; size: number; limit: number }>({
    code: 'file-too-large',
    title: 'File too large',
    message: ({ file, what, size, limit }) =>
      `${file} is ${size.toLocaleString('en')} bytes; ${article(what)} ${what} ` +
      `may be at most ${limit.toLocaleString('en')} bytes.`,
    hint: ({ what }) =>
      what === 'image'
        ? 'Scale the image down or compress it (a slide needs about 2000 pixels across at most).'
        : 'Check that this is the file you meant; the limits are listed in the README under "Limits".',
    exit: 1,
  }),
  YamlSyntax: entry<{ file: string; line: number; col: number; reason: string; frame: string; hint?: string }>({
    code: 'yaml-syntax',
    title: 'YAML syntax error',
    message: ({ file, line, col, reason, frame }) => `${file}:${line}:${col}: ${reason}\n${frame}`,
    hint: ({ hint }) => hint ?? 'Fix the YAML at the caret; docs/deck-format.md shows each key written out.',
    exit: 1,
  }),
  YamlTooComplex: entry<{ file: string; line: number; col: number; detail: string }>({
    code: 'yaml-too-complex',
    title: 'Deck too complex',
    message: ({ file, line, col, detail }) => `${file}:${line}:${col}: ${detail}`,
    hint:
      'A deck needs few YAML aliases (*name) and little nesting; write ' +
      'the values out. The limits are listed in the README under "Limits".',
    exit: 1,
  }),
  NoDecksInFolder: entry<{ dir: string }>({
    code: 'no-decks-in-folder',
    title: 'No deck files in folder',
    message: ({ dir }) => `${dir} holds no .yaml or .yml file.`,
    hint: 'Give a deck file, or a folder that holds deck files.',
    exit: 1,
  }),
  DeckInvalid: entry<{ file: string; problems: Problem[] }>({
    code: 'deck-invalid',
    title: 'Invalid deck',
    message: ({ file, problems }) => {
      const errors = problems.filter((p) => p.severity === 'error');
      return (
        `${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n')
      );
    },
    hint: 'Fix each line listed above; the deck format is described in docs/deck-format.md.',
    exit: 1,
  }),
  TemplateUnsafe: entry<{ template: string; line: number; expression: string }>({
    code: 'template-unsafe',
    title: 'Template outputs a value without escaping',
    message: ({ template, line, expression }) =>
      `${template}:${line}: {{${expression}}} writes a value as it is; a ` +
      'deck value could then start a slide or inject HTML.',
    hint:
      'Wrap the value in an escaping helper: {{text x}} for plain text, ' +
      '{{md x}} for Markdown fields, {{url x}} for links (docs/templates.md).',
    exit: 1,
  }),
  TemplateHelperRefused: entry<{ template: string; line: number; helper: string; allowed: string[] }>({
    code: 'template-helper-refused',
    title: 'Template uses a helper wgdeck does not allow',
    message: ({ template, line, helper }) =>
      `${template}:${line}: the helper \`${helper || '(computed)'}\` is not allowed in a wgdeck template.`,
    hint: ({ allowed }) =>
      `Use only ${allowed.join(', ')} here (docs/templates.md); values are ` +
      'printed with the escaping helpers {{text x}}, {{md x}}, {{url x}}.',
    exit: 1,
  }),
  TemplateError: entry<{ template: string; detail: string }>({
    code: 'template-error',
    title: 'Template failed',
    message: ({ template, detail }) => `${template}: ${detail}`,
    hint: 'Check the template against docs/templates.md: every value it reads must exist in the slide data.',
    exit: 1,
  }),
  UnknownSlideKind: entry<{ kind: string; known: string[] }>({
    code: 'unknown-slide-kind',
    title: 'Unknown slide kind',
    message: ({ kind }) => `No template for slide kind "${kind}".`,
    hint: ({ known }) =>
      `Known kinds: ${known.join(', ')}. A custom kind needs <kind>.hbs in the deck's templates folder.`,
    exit: 1,
  }),
  ImageOutsideDeck: entry<{ src: string; folder: string }>({
    code: 'image-outside-deck',
    title: 'Image outside the deck folder',
    message: ({ src, folder }) => `The image "${src}" lies outside the deck's folder ${folder}.`,
    hint: "Copy the image into the deck's folder (or a subfolder) and give a relative path.",
    exit: 1,
  }),
  ImageNotFound: entry<{ src: string; file: string }>({
    code: 'image-not-found',
    title: 'Image not found',
    message: ({ src, file }) => `The image "${src}" does not exist (looked for ${file}).`,
    hint: 'Give a path relative to the deck file.',
    exit: 1,
  }),
  ImageType: entry<{ src: string }>({
    code: 'image-type',
    title: 'Not an image wgdeck can show',
    message: ({ src }) => `"${src}" is not a PNG, JPEG, GIF, WebP or SVG image.`,
    hint: 'Give a PNG or JPEG (or GIF, WebP, SVG) file.',
    exit: 1,
  }),
  ThemeNotFound: entry<{ theme: string; known: string[] }>({
    code: 'theme-not-found',
    title: 'Theme not found',
    message: ({ theme }) => `"${theme}" is neither a built-in theme nor a CSS file next to the deck.`,
    hint: ({ known }) =>
      `Built-in themes: ${known.join(', ')}. A CSS file is given by a path relative to the deck file.`,
    exit: 1,
  }),
  ThemeCssSyntax: entry<{ file: string; line: number; col: number; reason: string }>({
    code: 'theme-css-syntax',
    title: 'Theme CSS that cannot be read',
    message: ({ file, line, col, reason }) => `${file}:${line}:${col}: ${reason}`,
    hint:
      'Fix the CSS at that line. An at-rule whose name is spelled with an escape (@\\69mport) ' +
      'is not read: write the name out.',
    exit: 1,
  }),
  BrowserNotFound: entry<{ tried: string[] }>({
    code: 'browser-not-found',
    title: 'No Chrome, Chromium or Edge found',
    message: ({ tried }) =>
      'The PDF needs a Chromium-based ' +
      `browser, and none was found. Looked in:\n${tried.map((t) => `  ${t}`).join('\n')}`,
    hint:
      'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome; Windows: Edge is usually present; anywhere, the headless shell ' +
      'that prints fastest: `npx @puppeteer/browsers install chrome-headless-shell@stable ' +
      '--path ~/.cache/puppeteer`), ' +
      'or point to it with --browser-path or the CHROME_PATH ' +
      'environment variable. HTML builds without a browser: use --html.',
    exit: 2,
  }),
  BrowserPathNotFound: entry<{ path: string; source: string }>({
    code: 'browser-path-not-found',
    title: 'Browser not found at the given path',
    message: ({ path, source }) => `${source} names ${path}, which does not exist.`,
    hint: ({ source }) =>
      'Give the full path of a Chrome, Chromium or Edge executable, ' +
      `or drop ${source} to let wgdeck look in the usual places.`,
    exit: 2,
  }),
  BrowserFailed: entry<{ path: string; detail: string }>({
    code: 'browser-failed',
    title: 'The browser could not start',
    message: ({ path, detail }) => `${path} failed to start: ${detail}`,
    hint: 'Check that it runs (`<path> --version`), or give another with --browser-path / CHROME_PATH.',
    exit: 2,
  }),
  BrowserCrashed: entry<{ path: string; how: string }>({
    code: 'browser-crashed',
    title: 'The browser ended while printing',
    message: ({ path, how }) => `${path} ended while printing (${how}), and again after wgdeck started it anew.`,
    hint:
      'Something ends Chromium: most often the system running out of ' +
      'memory (see `dmesg`), or another program killing it. Build ' +
      'fewer decks at once (--jobs 1) or free memory, then build again.',
    exit: 2,
  }),
  OutputNotWritable: entry<{ file: string; detail: string }>({
    code: 'output-not-writable',
    title: 'Cannot write output',
    message: ({ file, detail }) => `Cannot write ${file}: ${detail}`,
    hint: 'Choose another folder with --out, or check its permissions.',
    exit: 2,
  }),
  PopplerNotFound: entry<{ tool: string }>({
    code: 'poppler-not-found',
    title: 'poppler-utils not found',
    message: ({ tool }) =>
      `Checking a PDF reads the text of each page with poppler's ${tool}, which is not installed (or not on the PATH).`,
    hint:
      'Install poppler-utils (Debian/Ubuntu: `sudo apt-get install poppler-utils`; ' +
      'macOS: `brew install poppler`; Windows: `choco install poppler`).',
    exit: 2,
  }),
  PdfUnreadable: entry<{ file: string; detail: string }>({
    code: 'pdf-unreadable',
    title: 'Cannot read the PDF',
    message: ({ file, detail }) => `${file}: ${detail}`,
    hint: 'Check the path, and that the file is a whole PDF (open it in a PDF viewer).',
    exit: 1,
  }),
  TemplatesNotFound: entry<{ dir: string }>({
    code: 'templates-not-found',
    title: 'Templates folder not found',
    message: ({ dir }) => `--templates names ${dir}, which is not a folder.`,
    hint:
      'Give a folder holding <kind>.hbs files (docs/templates.md), ' +
      'or leave --templates out to use the built-in templates.',
    exit: 1,
  }),
  ListenFailed: entry<{ host: string; port: string; detail: string }>({
    code: 'listen-failed',
    title: 'Cannot serve the preview',
    message: ({ host, port, detail }) => `Cannot listen on ${host}:${port}: ${detail}.`,
    hint:
      'Stop the program holding the port or choose another with --port (--port ' +
      '0 takes any free one); --host must be an address of this machine.',
    exit: 2,
  }),
  DatatrackerUnreachable: entry<{ url: string; detail: string }>({
    code: 'datatracker-unreachable',
    title: 'Cannot reach the datatracker',
    message: ({ url, detail }) => `${url}: ${detail}. No cached copy of this response exists, so nothing was written.`,
    hint:
      'Check the network connection and try again. Another server: ' +
      '--datatracker URL or WGDECK_DATATRACKER_URL. After one run ' +
      'online, responses are cached for a day and wgdeck works offline.',
    exit: 2,
  }),
  DatatrackerBadResponse: entry<{ url: string; detail: string }>({
    code: 'datatracker-bad-response',
    title: 'Unexpected answer from the datatracker',
    message: ({ url, detail }) => `${url}: ${detail}`,
    hint:
      'Try again later; if it persists, check that --datatracker (or ' +
      'WGDECK_DATATRACKER_URL) names a datatracker, such as https://datatracker.ietf.org.',
    exit: 2,
  }),
  DatatrackerGroupNotFound: entry<{ acronym: string; base: string }>({
    code: 'datatracker-group-not-found',
    title: 'No such group in the datatracker',
    message: ({ acronym, base }) => `${base} knows no group with the acronym "${acronym}".`,
    hint: ({ acronym, base }) =>
      `Check the spelling against ${base}/group/ (acronyms are lower case, e.g. quic); a group ` +
      `that is not in the datatracker yet needs \`wgdeck new ${acronym}\` without --datatracker.`,
    exit: 1,
  }),
  DatatrackerMeetingNotFound: entry<{ meeting: number; base: string }>({
    code: 'datatracker-meeting-not-found',
    title: 'No such IETF meeting in the datatracker',
    message: ({ meeting, base }) => `${base} has no agenda for IETF ${meeting}.`,
    hint:
      'Check the meeting number (the datatracker serves IETF meetings from 65 on; ' +
      'interims are not IETF meetings), or leave out --meeting for the next one.',
    exit: 1,
  }),
  DatatrackerNoSuchSession: entry<{ acronym: string; meeting: number; session: number; count: number }>({
    code: 'datatracker-no-such-session',
    title: 'No such session',
    message: ({ acronym, meeting, session, count }) =>
      `${acronym} has ${count} session${count === 1 ? '' : 's'} at IETF ${meeting}, so there is no session ${session}.`,
    hint: ({ count }) => `Give --session 1${count > 1 ? ` to ${count}` : ''}.`,
    exit: 1,
  }),
  DeckNotForMeeting: entry<{ file: string }>({
    code: 'deck-not-for-meeting',
    title: 'The deck names no IETF meeting',
    message: ({ file }) =>
      `${file} has no meeting.number (an interim), so the datatracker has no session to take it from.`,
    hint: 'Set meeting.number to the IETF meeting of the session; interim decks are kept up to date by hand.',
    exit: 1,
  }),
  UsageError: entry<{ detail: string; command: string }>({
    code: 'usage',
    title: 'Wrong command line',
    message: ({ detail }) => detail,
    hint: ({ command }) => `See \`wgdeck ${command ? `${command} ` : ''}--help\`.`,
    exit: 1,
  }),
} as const;

/** A warning: the build goes on, without the thing it names. */
export interface WarningEntry<A> {
  code: string;
  title: string;
  message: (args: A) => string;
  hint: string;
}

function warning<A>(w: WarningEntry<A>): WarningEntry<A> {
  return w;
}

/** Every warning for something wgdeck refused to show or load, so a chair knows what went missing. */
export const W = {
  MarkdownHtml: warning<{ text: string }>({
    code: 'markdown-html',
    title: 'HTML in a Markdown slide',
    message: ({ text }) => `\`${text}\` is HTML, which a Markdown slide shows as text`,
    hint: 'Write it in Markdown (emphasis, links, images, tables); layout belongs in a theme or a template override.',
  }),
  MarkdownDirective: warning<{ text: string }>({
    code: 'markdown-directive',
    title: 'Comment or directive in a Markdown slide',
    message: ({ text }) => `\`${text}\` would be a Marp comment or directive, which a Markdown slide shows as text`,
    hint: "Give the slide's options (speaker_notes, classes) in the deck file instead.",
  }),
  MarkdownSlideBreak: warning<{ text: string }>({
    code: 'markdown-slide-break',
    title: 'Slide break in a Markdown slide',
    message: ({ text }) => `\`${text}\` does not start a new slide inside a Markdown slide; it is shown as text`,
    hint: 'Add another `markdown:` entry to `slides` for another slide.',
  }),
  ImageRefused: warning<{ src: string }>({
    code: 'image-refused',
    title: 'Image not loaded',
    message: ({ src }) =>
      `the image "${src}" is not a file in the deck's folder, so it is left out (its alt text shows)`,
    hint:
      "Copy the image into the deck's folder and give its " +
      'relative path: wgdeck never loads images from the network.',
  }),
  LinkRefused: warning<{ href: string }>({
    code: 'link-refused',
    title: 'Link target refused',
    message: ({ href }) => `the link to "${href}" is not a web, mail or XMPP address, so it leads nowhere`,
    hint: 'Links may go to http:, https:, mailto: or xmpp: addresses.',
  }),
  ThemeUrlRefused: warning<{ what: string; url: string }>({
    code: 'theme-url-refused',
    title: 'Theme loads something from outside',
    message: ({ what, url }) =>
      `${what} "${url}" is left out: a theme may only use data: ` +
      "URIs, files in the deck's folder and the built-in themes",
    hint:
      "Copy the file into the deck's folder and refer to it " +
      'by a relative path, or @import a built-in theme by name.',
  }),
  RequestRefused: warning<{ url: string }>({
    code: 'request-refused',
    title: 'Request refused while printing',
    message: ({ url }) => `printing tried to load ${url}, which is refused`,
    hint: "A deck may only use data: URIs, files in its folder and wgdeck's own themes; check the theme's CSS.",
  }),
} as const;

export class WgdeckError<A = unknown> extends Error {
  readonly code: string;
  readonly title: string;
  readonly hint: string;
  readonly exit: 1 | 2;
  constructor(
    readonly entry: ErrorEntry<A>,
    readonly args: A,
  ) {
    const message = entry.message(args);
    super(message);
    this.name = 'WgdeckError';
    this.code = entry.code;
    this.title = entry.title;
    this.hint = typeof entry.hint === 'function' ? entry.hint(args) : entry.hint;
    this.exit = entry.exit;
  }
}

export function isWgdeckError(e: unknown): e is WgdeckError {
  return e instanceof WgdeckError;
}
