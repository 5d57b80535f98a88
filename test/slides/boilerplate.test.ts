import { test } from 'node:test';
import assert from 'node:assert/strict';
import { head, rendered, slidesOf, textOf } from '../helpers/deck.js';
import { joined } from '../helpers/regex.js';

const AGENDA = 'agenda:\n  items: [{ topic: Welcome }]\n';
const titles = async (meeting: string, extra = '') =>
  (await slidesOf(`${head(meeting)}${AGENDA}${extra}`)).map((s) => s.title);

test('the standard deck of each era: which boilerplate slides it has', async () => {
  assert.deepEqual(await titles('number: 101\n  date: 2018-03-19'), [
    'IETF 101 SAAG WG',
    'Note Well',
    'Administrivia',
    'Agenda',
  ]);
  assert.deepEqual(await titles('number: 123\n  city: Madrid\n  date: 2025-07-22'), [
    'IETF 123 SAAG WG',
    'Note Well',
    'Note Really Well',
    'IETF 123 Meeting Tips',
    'Resources for IETF 123 Madrid',
    'Administrivia',
    'Agenda',
  ]);
  assert.deepEqual(await titles('number: 125\n  date: 2026-03-17'), [
    'IETF 125 SAAG WG',
    'Note Well',
    'IETF 125 Meeting Tips',
    'Resources for IETF 125',
    'Administrivia',
    'Agenda',
  ]);
  assert.deepEqual(await titles('interim: true\n  date: 2019-03-05'), [
    'SAAG Interim Meeting',
    'Note Well',
    'Administrivia',
    'Agenda',
  ]);
});

test(
  'the Note Well text follows the meeting: 2018 text ' + 'for IETF 101, 2025 text with its QR code for IETF 125',
  async () => {
    const old = await rendered(`${head('number: 101\n  date: 2018-03-19')}${AGENDA}slides: [note-well]\n`);
    assert.match(old.sections[0], /class="[^"]*\bera-2018\b/);
    assert.match(old.sections[0], /This is a reminder of IETF policies in effect on various topics/);
    assert.doesNotMatch(old.sections[0], /class="qr"/);
    const now = await rendered(`${head('number: 125\n  date: 2026-03-17')}${AGENDA}slides: [note-well]\n`);
    assert.match(
      textOf(now.sections[0]),
      /By participating in the IETF you agree to follow IETF processes and policies\. This Note Well is a reminder/,
    );
    assert.match(
      now.sections[0],
      /<img class="qr" src="data:image\/svg\+xml;base64,[^"]+" alt="QR code for https:\/\/www\.ietf\.org\/note-well"/,
    );
    assert.match(now.sections[0], /This session is being recorded/);
  },
);

test('boilerplate can be turned off, and Note Really Well forced by naming it in slides', async () => {
  assert.deepEqual(
    await titles(
      'number: 123\n  date: 2025-07-22',
      'boilerplate:\n  note_well: false\n  note_really_well: false\n  meeting_tips: false\n  resources: false\n',
    ),
    ['IETF 123 SAAG WG', 'Administrivia', 'Agenda'],
  );
  assert.deepEqual(await titles('number: 125\n  date: 2026-03-17', 'slides: [note-really-well]\n'), [
    'Note Really Well',
  ]);
});

test(
  'from IETF 124 the tips slide says "This session is being ' +
    'recorded" above its title; not before, nor when recording is off',
  async () => {
    const tips = async (meeting: string, extra = '') =>
      (await rendered(`${head(meeting)}${extra}agenda:\n  items: [{ topic: Welcome }]\nslides: [meeting-tips]\n`))
        .markdowns[0];
    assert.match(
      await tips('number: 124\n  date: 2025-11-05'),
      /^# IETF 124 Meeting Tips\n\n<p class="recorded">This session is being recorded<\/p>$/m,
    );
    assert.doesNotMatch(await tips('number: 123\n  date: 2025-07-22'), /being recorded/);
    assert.doesNotMatch(
      await tips('number: 125\n  date: 2026-03-19', 'boilerplate:\n  recorded: false\n'),
      /being recorded/,
    );
  },
);

/** Everything a slide of `kind` shows but the deck's footer, as one line of text. */
async function slideText(meeting: string, kind: string, extra = ''): Promise<string> {
  const r = await rendered(`${head(meeting)}${AGENDA}${extra}`);
  const sections = r.sections.filter((s) => new RegExp(`class="[^"]*\\b${kind}\\b`).test(s));
  assert.equal(sections.length, 1, `one ${kind} slide`);
  return textOf(sections[0].replace(/<footer>[\s\S]*?<\/footer>/, ''));
}

const RECORDED = 'This session is being recorded';

// The whole text of each era's tips, written out from ietf-facts.md section 3 and the reference
// decks: a line added fails as surely as a line missing.
const TIPS_116_120 = [
  'In-person participants',
  'Make sure to sign into the session using QR code or \u201cOnsite tool\u201d link from the Datatracker agenda',
  'Use Meetecho to join the mic queue',
  'Keep audio and video off if not using the onsite version',
];
const REMOTE_116_120 = [
  'Remote participants',
  'Make sure your audio and video are off unless you are chairing or presenting during a session',
  'Use of a headset is strongly recommended',
];
const REMOTE_121 = [
  'Remote participants',
  'Make sure your audio and video are off unless you are chairing or presenting during a session.',
  'Use of a headset is strongly recommended.',
];
const TIPS_121_124 = [
  'In-person participants',
  'Make sure to sign into the session via Datatracker or the QR Code in this session.',
  'Use Meetecho (usually the \u201cMeetecho lite\u201d) client to:',
  'join the mic queue',
  'participate in shows of hands',
  'Keep audio and video off if not using the onsite version.',
  ...REMOTE_121,
];
const TIPS_125 = [
  'In-person participants',
  'Make sure to sign into the session via Datatracker or the QR Code in this session.',
  'Use Meetecho (usually the \u201cMeetecho lite\u201d) client to join the queue, show hands',
  'Keep audio and video off if not using the onsite version.',
  ...REMOTE_121,
  'All participants',
  'State your name each time you begin speaking in the queue',
];
const HOTSPOT = 'Do not use personal hotspot / mifi devices - it interferes with IETF wifi';

test('Meeting Tips, whole slide: IETF 116 with its mask line', async () => {
  assert.equal(
    await slideText('number: 116\n  date: 2023-03-27', 'meeting-tips'),
    [
      'IETF 116 Meeting Tips',
      ...TIPS_116_120,
      'Please wear a compliant mask at all times in rooms.',
      ...REMOTE_116_120,
    ].join(' '),
  );
});

test('Meeting Tips, whole slide: IETF 117 to 120 without it', async () => {
  for (const [n, date] of [
    [117, '2023-07-24'],
    [120, '2024-07-22'],
  ] as const) {
    assert.equal(
      await slideText(`number: ${n}\n  date: ${date}`, 'meeting-tips'),
      [`IETF ${n} Meeting Tips`, ...TIPS_116_120, ...REMOTE_116_120].join(' '),
    );
  }
});

test('Meeting Tips, whole slide: IETF 121 to 124, and no hotspot line', async () => {
  for (const [n, date] of [
    [121, '2024-11-04'],
    [123, '2025-07-22'],
    [124, '2025-11-03'],
  ] as const) {
    const text = await slideText(`number: ${n}\n  date: ${date}`, 'meeting-tips');
    // From 124 the template repeats the recording notice in the band (drawn above the title).
    assert.equal(text, [`IETF ${n} Meeting Tips`, ...(n === 124 ? [RECORDED] : []), ...TIPS_121_124].join(' '));
    assert.ok(!text.includes('hotspot'));
  }
});

test('Meeting Tips, whole slide: IETF 125 on, the audio line in italics as in the template', async () => {
  for (const [n, date] of [
    [125, '2026-03-17'],
    [126, '2026-07-20'],
  ] as const) {
    assert.equal(
      await slideText(`number: ${n}\n  date: ${date}`, 'meeting-tips'),
      [`IETF ${n} Meeting Tips`, RECORDED, ...TIPS_125].join(' '),
    );
  }
  const r = await rendered(`${head('number: 125\n  date: 2026-03-17')}${AGENDA}`);
  assert.match(
    r.sections.find((s) => s.includes('meeting-tips'))!,
    /<li><em>Keep audio and video off if not using the onsite version\.<\/em><\/li>/,
  );
});

test('Resources, whole slide: from IETF 121 (none at 120), the 125 links from IETF 125', async () => {
  const lines121 = [
    'Agenda',
    'https://datatracker.ietf.org/meeting/agenda',
    'Meetecho and other information:',
    'https://www.ietf.org/how/meetings/preparation',
    'If you need technical assistance, see the Reporting Issues page:',
    'http://www.ietf.org/how/meetings/issues/',
  ];
  assert.equal(
    await slideText('number: 121\n  city: Dublin\n  date: 2024-11-04', 'resources'),
    ['Resources for IETF 121 Dublin', ...lines121].join(' '),
  );
  assert.equal(
    await slideText('number: 124\n  date: 2025-11-03', 'resources'),
    ['Resources for IETF 124', ...lines121].join(' '),
  );
  const lines125 = lines121.map(
    (line) =>
      ({
        'https://www.ietf.org/how/meetings/preparation': 'https://www.ietf.org/meeting/preparation/',
        'http://www.ietf.org/how/meetings/issues/': 'https://www.ietf.org/meeting/issues/',
      })[line] ?? line,
  );
  assert.equal(
    await slideText('number: 125\n  city: Shenzhen\n  date: 2026-03-17', 'resources'),
    ['Resources for IETF 125 Shenzhen', ...lines125].join(' '),
  );
  assert.deepEqual(await titles('number: 120\n  date: 2024-07-22'), [
    'IETF 120 SAAG WG',
    'Note Well',
    'Note Really Well',
    'IETF 120 Meeting Tips',
    'Administrivia',
    'Agenda',
  ]);
  assert.deepEqual(await titles('number: 121\n  city: Dublin\n  date: 2024-11-04'), [
    'IETF 121 SAAG WG',
    'Note Well',
    'Note Really Well',
    'IETF 121 Meeting Tips',
    'Resources for IETF 121 Dublin',
    'Administrivia',
    'Agenda',
  ]);
});

test("tips_extra: the chairs' own lines after the template's, in the section named", async () => {
  // A list goes under In-person participants, as the SAAG IETF 123 deck had its hotspot line.
  assert.equal(
    await slideText('number: 123\n  date: 2025-07-22', 'meeting-tips', `boilerplate:\n  tips_extra: [${HOTSPOT}]\n`),
    ['IETF 123 Meeting Tips', ...TIPS_121_124.slice(0, 6), HOTSPOT, ...REMOTE_121].join(' '),
  );
  // Each section by name; an "All participants" section is added where the era has none.
  const extra =
    'boilerplate:\n  tips_extra:\n    remote: [Use the full Meetecho client]\n    all: [Be kind, [really]]\n';
  assert.equal(
    await slideText('number: 121\n  date: 2024-11-04', 'meeting-tips', extra),
    [
      'IETF 121 Meeting Tips',
      ...TIPS_121_124,
      'Use the full Meetecho client',
      'All participants',
      'Be kind',
      'really',
    ].join(' '),
  );
  assert.equal(
    await slideText('number: 125\n  date: 2026-03-17', 'meeting-tips', extra),
    [
      'IETF 125 Meeting Tips',
      RECORDED,
      ...TIPS_125.slice(0, 7),
      'Use the full Meetecho client',
      ...TIPS_125.slice(7),
      'Be kind',
      'really',
    ].join(' '),
  );
});

test(
  "resources_extra: after the template's lines; the " + "chairs' Markdown is escaped like any Markdown field",
  async () => {
    const extra =
      'boilerplate:\n  resources_extra:\n    - "**Slides**: ' +
      '[materials](https://datatracker.ietf.org/meeting/125/session/quic) <img src=x onerror=alert(1)> ![x](y.png)"\n';
    const r = await rendered(`${head('number: 125\n  date: 2026-03-17')}${AGENDA}${extra}`);
    const section = r.sections.find((s) => s.includes('class="resources'))!;
    assert.match(
      section,
      joined(
        /<li><strong>Slides<\/strong>: <a href="https:\/\/datatracker\.ietf\.org\/meeting\/125\/session\/quic">/,
        /materials<\/a> &lt;img src=x onerror=alert\(1\)&gt; !\[x\]\(y\.png\)<\/li>\n<\/ul>/,
      ),
    );
    assert.doesNotMatch(section, /<img/);
  },
);

test('the Note Well ends with "This session is being recorded", as in the template', async () => {
  const text = await slideText('number: 125\n  date: 2026-03-17', 'note-well');
  assert.ok(text.startsWith('Note Well By participating in the IETF'), text.slice(0, 60));
  assert.ok(
    text.endsWith(`For advice, please talk to Working Group chairs or Area Directors. ${RECORDED}`),
    text.slice(-120),
  );
});
