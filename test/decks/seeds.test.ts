// The seed decks (real chair decks, as extracted text in test/fixtures/seeds) rebuilt from the
// YAML decks in decks/: each seed slide's heading and key lines are in the PDF's text, in order.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeck } from '../../src/build.js';
import { packageRoot } from '../../src/paths.js';
import { testPool as pool } from '../helpers/pool.js';

/** One seed slide: its heading and lines as the seed has them; `as` when wgdeck titles it otherwise. */
interface SeedSlide {
  heading: string;
  as?: string;
  lines: string[];
}

const NOTE_WELL_2018: SeedSlide = {
  heading: 'Note Well',
  lines: [
    'This is a reminder of IETF policies in effect on various topics such as patents or code of conduct.',
    'By participating in the IETF, you agree to follow IETF processes and policies.',
    'Personal information that you provide to IETF will be handled in accordance with the IETF Privacy Statement.',
    'Anti-Harassment Procedures',
    'Patents, Participation',
  ],
};

const SEEDS: Record<string, { seed: string; slides: SeedSlide[] }> = {
  'secdispatch-interim-2019': {
    seed: '000_03c6d0e15de366eb.txt',
    slides: [
      // The seed's date ("Tuesday, March 5, 2019") is written as the IETF template writes it now, "5 March 2019"
      // (ietf-facts.md 4a).
      {
        heading: 'Security Dispatch WG (SecDispatch)',
        lines: ['Virtual Interim Meeting', 'Richard Barnes', 'Roman Danyliw'],
      },
      NOTE_WELL_2018,
      {
        heading: 'Dispatch Process',
        lines: [
          'Ground Rules',
          'SecDispatch recommends next steps for new work',
          'SecDispatch DOES NOT adopt drafts',
          'Possible Outcomes',
          'Direction to an existing WG',
          'IETF should not work on this topic',
        ],
      },
      { heading: 'EDHOC Timeline', lines: [] },
      {
        heading: 'Agenda',
        lines: [
          'Opening',
          'SecDispatch Process Overview',
          'Framing the EDHOC Discussion -- draft-selander-ace-cose-ecdhe',
          'Problem Statement',
          'Motivating use case(s) for EDHOC (Goran Selander)',
          'EDHOC as a Solution',
          'Protocol design (Goran Selander)',
          'Analysis of Alternatives',
          'Goran Selander + Jim Schaad',
          'Benchmarking current solutions and EDHOC',
          'Formal Verification of EDHOC',
          'Alessandro Bruni',
          'Open Mic and Next Steps',
        ],
      },
    ],
  },
  'saag-ietf123': {
    seed: '003_5f557fee6116b280.txt',
    slides: [
      NOTE_WELL_2018,
      {
        heading: 'Note Really Well',
        lines: [
          'IETF meetings, virtual meetings, and mailing lists are intended for professional collaboration',
          'Ombudspersons.',
        ],
      },
      // The hotspot line is the chairs' own (boilerplate.tips_extra), not the template's.
      {
        heading: 'IETF 123 Meeting Tips',
        lines: [
          'In-person participants',
          'join the mic queue',
          'Do not use personal hotspot / mifi devices - it interferes with IETF wifi',
          'Remote participants',
          'Use of a headset is strongly recommended.',
        ],
      },
      {
        heading: 'Resources for IETF 123 Madrid',
        lines: ['https://datatracker.ietf.org/meeting/agenda', 'http://www.ietf.org/how/meetings/issues/'],
      },
      {
        heading: 'Agenda',
        lines: [
          'Welcome, Administrivia, and Agenda Bashing',
          'WG and AD Reports',
          'Push And Pull Based Security Event Token Delivery',
          'RFC 4086 Randomness Requirements for Security',
          'Open Mic',
          'remaining time',
        ],
      },
      {
        heading: 'WG Changes since IETF 122',
        lines: [
          'BOFs',
          'EXPAT (attested TLS)',
          'New Working Groups',
          'HPKE',
          'Rechartered Working Groups',
          'COSE, LAMPS',
          'LAKE',
        ],
      },
      {
        heading: 'WG Chair changes since IETF 122',
        lines: ['Departures', 'Additions', 'ACME', 'Tomofumi Okubo', 'Mike Ounsworth', 'Martin Thomson, Yaroslav'],
      },
      {
        heading: 'Helping Out',
        lines: [
          'If you are interested in becoming a WG chair, let your ADs know.',
          'Attend BoFs (virtually or in person)',
        ],
      },
      {
        heading: 'Working Group Summaries',
        lines: ['ACE', 'KITTEN', 'PRIVACYPASS', 'SecDispatch', 'UTA', 'Send highlights and summaries to saag@ietf.org'],
      },
      {
        heading: 'Related Non-SEC Area Activities',
        lines: [
          'Security Topics in Related WGs',
          'WIMSE',
          'Security related IRTF work',
          'HRPC',
          'IAB Programs',
          'External related',
          'NIST PQC',
        ],
      },
      {
        heading: 'New non-WG Mailing Lists since IETF 122',
        lines: ['PKI, Logs, And Tree Signatures', 'SETTLE (in OPS)', 'Secure access to TLS local resources'],
      },
      { heading: 'AD sponsored drafts', lines: ['draft-tulshibagwale-saag-pushpull-delivery', 'work in progress'] },
      {
        heading: 'Security related DISPATCH outcomes of IETF 122',
        lines: [
          'Merkle Tree Certificates',
          'unclear / offline discussion',
          'MAILMAINT or a side meeting',
          'JSContact/EARL Peer-to-Peer Security Scheme',
        ],
      },
      { heading: 'New datatracker WG page statistics', lines: ['(285 documents with 9554 pages)'] },
      { heading: 'Errata processing', lines: ['IETF 123', '218 (of a total of 599)', 'IETF 116', '288'] },
      {
        heading: 'Security Area Pointers',
        lines: [
          'Common SEC AD DISCUSS items',
          'https://wiki.ietf.org/group/sec/typicalSECareaissues',
          'https://datatracker.ietf.org/doc/ad/paul.wouters',
          'What is on the next IESG telechat?',
        ],
      },
      {
        heading: 'Thanks to all SECDIR reviews !',
        lines: ['Thanks to Tero Kivinen for managing the SECDIR Directorate', 'Free Lunch provided!'],
      },
      { heading: 'SecDir Statistics by Tero', lines: [] },
      {
        heading: 'Push And Pull Based Security Event Token (SET) Delivery',
        lines: ['draft-tulshibagwale-saag-pushpull-delivery presentation'],
      },
      {
        heading: 'Randomness Requirements for Security',
        lines: [
          'Published in 2005',
          'Information is very outdated',
          'But not RFC 4086',
          'with inline content?',
          'Do not update, but make RFC 4086 Historic',
        ],
      },
      { heading: 'Any other Business / Open Mic', lines: [] },
      { heading: 'Safe travels home', lines: [] },
    ],
  },
  'teep-ietf101': {
    seed: '004_232470289f0240b1.txt',
    slides: [
      // The seed's "March 19, 2018" is "19 March 2018" as the IETF template writes dates now (ietf-facts.md 4a).
      {
        heading: 'Trusted Execution Environment Provisioning (TEEP) WG',
        lines: ['IETF 101', 'Dave Thaler', 'Nancy Cam-Winget'],
      },
      NOTE_WELL_2018,
      {
        heading: 'Administrative Tasks',
        as: 'Administrivia',
        lines: [
          'note takers',
          'jabber scribe',
          'xmpp:teep@jabber.ietf.org?join',
          'https://www.meetecho.com/ietf101/teep',
          'https://etherpad.tools.ietf.org/p/notes-ietf-101-teep',
        ],
      },
      {
        heading: 'Agenda',
        lines: [
          'Agenda bashing, Logistics',
          'Review of charter milestones',
          'Recap of problem statement',
          'Use Cases',
          'Architecture',
          'Hannes',
          'Open Trust Protocol',
          'Ming',
          'Architectural Questions',
          'Wrap-up',
        ],
      },
      {
        heading: 'Milestones',
        lines: [
          'need to be fixed',
          'Mar 2018',
          'Adopt an Architecture document',
          'Adopt a solution document',
          'Aug 2018',
          'Dec 2018',
          'Begin WGLC for Architecture document',
          'Jan 2019',
          'Jul 2019',
          'Begin WGLC for Solution document',
        ],
      },
      {
        heading: 'Discussion: message format',
        lines: [
          'Should the group define one or more message formats?',
          'What formats should be considered?',
          'What format should be the mandatory-to-implement?',
        ],
      },
      {
        heading: 'Discussion: Transport protocols',
        lines: [
          'Should TEEP define multiple transports (e.g. HTTPs, CoAP, etc)?',
          'Which ones should be considered?',
          'What transport should be the mandatory-to-implement?',
        ],
      },
      {
        heading: 'Discussion: OTrP draft ready for adoption',
        lines: ['Should the group adopt', 'draft-pei-opentrustprotocol-06.txt', 'as the TEEP Protocol WG draft?'],
      },
    ],
  },
};

/** White space collapsed, and PDF text's line breaks inside a sentence joined. */
function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const fixtures = join(packageRoot, 'test', 'fixtures', 'seeds');
const out = mkdtempSync(join(tmpdir(), 'wgdeck-seeds-'));
after(() => rmSync(out, { recursive: true, force: true }));

for (const [deck, { seed, slides }] of Object.entries(SEEDS)) {
  test(`seed ${seed}: its expectations are taken from the seed`, () => {
    const text = flat(
      readFileSync(join(fixtures, seed), 'utf8')
        .replace(/[●•*]/g, ' ')
        .replace(/<\/?u>/g, ''),
    );
    for (const s of slides) {
      for (const line of [s.heading, ...s.lines])
        assert.ok(text.includes(flat(line)), `${seed} does not have "${line}"`);
    }
  });

  test(`decks/${deck}.yaml reproduces seed ${seed}, slide by slide in order`, async () => {
    await buildDeck(join(packageRoot, 'decks', `${deck}.yaml`), { outDir: out, pdf: true, html: false, pool });
    // pdftotext ends each page with a form feed: one entry per slide.
    const pages = execFileSync('pdftotext', [join(out, `${deck}.pdf`), '-'], { encoding: 'utf8' })
      .split('\f')
      .map(flat);
    let at = 0;
    for (const s of slides) {
      const heading = flat(s.as ?? s.heading);
      const found = pages.findIndex((p, i) => i >= at && p.includes(heading));
      assert.ok(found >= 0, `no slide from ${at + 1} on has the heading "${heading}"`);
      for (const line of s.lines)
        assert.ok(
          pages[found].includes(flat(line)),
          `slide ${found + 1} "${heading}" lacks "${line}":\n${pages[found]}`,
        );
      at = found + 1;
    }
  });
}
