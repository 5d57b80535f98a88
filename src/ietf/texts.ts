// The IETF boilerplate slides, word for word as published (ietf-facts.md sections 1 to 4 and the
// seed decks). The IESG asks chairs to keep the text and its links as they are: change nothing here
// without a published source, and the tests compare every word against those sources.
//
// Each text is a list of blocks a template lays out. `md` is trusted inline Markdown written here
// (links, and emphasis where the template has it); `title` is plain text and must be escaped like
// any other text.

import QRCode from 'qrcode';
import type { NestedList, TipsExtra } from '../deck/types.js';
import type { MeetingTipsEra, NoteWellEra, ResourcesEra } from './eras.js';
import { bcpUrl, rfcUrl } from './links.js';

export type Block = { kind: 'p'; md: string } | { kind: 'h'; md: string } | { kind: 'ul'; items: NestedList };

/** A text whose title depends on the meeting (Meeting Tips, Resources). */
export interface BoilerplateText {
  /** plain text, not Markdown */
  title: string;
  blocks: Block[];
}

/** Where the 2025 Note Well's QR code points (and its "linked version"). */
export const NOTE_WELL_QR_URL = 'https://www.ietf.org/note-well';

const link = (label: string, url: string): string => `[${label}](${url})`;
const bcp = (n: number): string => link(`BCP ${n}`, bcpUrl(n));
const rfc = (label: string, n: number): string => link(label, rfcUrl(n));
const p = (md: string): Block => ({ kind: 'p', md });
const h = (md: string): Block => ({ kind: 'h', md });
const ul = (...items: NestedList): Block => ({ kind: 'ul', items });

const OMBUDSTEAM = 'https://www.ietf.org/contact/ombudsteam/';
const PRIVACY_POLICY = 'https://www.ietf.org/privacy-policy/';

// IETF 88 to 100: the "brief summary" Note Well. It carried no links.
const NOTE_WELL_2013: Block[] = [
  p(
    "This summary is only meant to point you in the right direction, and doesn't have all the " +
      "nuances. The IETF's IPR Policy is set forth in BCP 79; please read it carefully.",
  ),
  p('The brief summary:'),
  ul(
    'By participating with the IETF, you agree to follow IETF processes.',
    'If you are aware that a contribution of yours (something you write, say, or discuss in any ' +
      'IETF context) is covered by patents or patent applications, you need to disclose that fact.',
    'You understand that meetings might be recorded, broadcast, and publicly archived.',
  ),
  p('For further information, talk to a chair, ask an Area Director, or review the following:'),
  ul(
    'BCP 9 (on the Internet Standards Process)',
    'BCP 25 (on the Working Group processes)',
    'BCP 78 (on the IETF Trust)',
    'BCP 79 (on Intellectual Property Rights in the IETF)',
  ),
];

// IETF 101 to 123 (seeds 000, 003, 004). The IRTF variant only changes who to ask for advice.
function noteWell2018(irtf: boolean): Block[] {
  const advisors = irtf ? 'RG Chairs or IRTF Chair' : 'WG chairs or ADs';
  return [
    p(
      'This is a reminder of IETF policies in effect on various topics such as patents or code ' +
        'of conduct. It is only meant to point you in the right direction. Exceptions may apply. ' +
        'The IETF\'s patent policy and the definition of an IETF "contribution" and ' +
        '"participation" are set forth in BCP 79; please read it carefully.',
    ),
    p('As a reminder:'),
    ul(
      'By participating in the IETF, you agree to follow IETF processes and policies.',
      'If you are aware that any IETF contribution is covered by patents or patent applications ' +
        'that are owned or controlled by you or your sponsor, you must disclose that fact, or ' +
        'not participate in the discussion.',
      'As a participant in or attendee to any IETF activity you acknowledge that written, ' +
        'audio, video, and photographic records of meetings may be made public.',
      'Personal information that you provide to IETF will be handled in accordance with the ' +
        'IETF Privacy Statement.',
      'As a participant or attendee, you agree to work respectfully with other participants; ' +
        `please contact the ombudsteam (${link(OMBUDSTEAM, OMBUDSTEAM)}) if you have questions ` +
        'or concerns about this.',
    ),
    p(
      'Definitive information is in the documents listed below and other IETF BCPs. For ' +
        `advice, please talk to ${advisors}:`,
    ),
    ul(
      `${bcp(9)} (Internet Standards Process)`,
      `${bcp(25)} (Working Group processes)`,
      `${bcp(25)} (Anti-Harassment Procedures)`,
      `${bcp(54)} (Code of Conduct)`,
      `${bcp(78)} (Copyright)`,
      `${bcp(79)} (Patents, Participation)`,
      `${link(PRIVACY_POLICY, PRIVACY_POLICY)} (Privacy Policy)`,
    ),
  ];
}

// IETF 124 on. The phrases linked are those of the IETF's linked version of the text (the one
// www.ietf.org/note-well and the IETF mailing lists' welcome message carry).
const POLICIES = link('IETF processes and policies', 'https://www.ietf.org/policies/');
const ANTI_HARASSMENT_POLICY = link(
  'IETF Anti-Harassment Policy',
  'https://datatracker.ietf.org/doc/statement-iesg-ietf-anti-harassment-policy-20131103/',
);
const PRIVACY_STATEMENT = link('IETF Privacy Statement', 'https://www.ietf.org/privacy-statement/');
const NOTE_WELL_2025: Block[] = [
  p(
    `By participating in the IETF you agree to follow ${POLICIES}. This Note Well is a reminder ` +
      'of some of those policies. For a linked version of this text, please visit ' +
      `${link('www.ietf.org/note-well', NOTE_WELL_QR_URL)} or use the QR code below.`,
  ),
  ul(
    'IETF participants are expected to behave in a professional manner and extend respect and ' +
      'courtesy to their colleagues at all times (see ' +
      `${rfc('RFC 7154: IETF Guidelines for Conduct', 7154)} and ${ANTI_HARASSMENT_POLICY}). ` +
      `If you have any concerns about behavior, please contact the ${link('Ombudsteam', OMBUDSTEAM)} ` +
      'who have a duty of confidentiality and extensive powers to act, as set out in ' +
      `${rfc('RFC 7776: IETF Anti-Harassment Procedures', 7776)}.`,
    'If you are aware that any IETF contribution (as defined in ' +
      `${rfc('RFC 5378: Rights Contributors Provide to the IETF Trust', 5378)}) is covered by ` +
      'patents or patent applications that are owned or controlled by you, your employer or ' +
      'your sponsor, you must disclose that fact, or not participate in the discussion (see ' +
      `${rfc('RFC 8179: Intellectual Property Rights in IETF Technology', 8179)}).`,
    'For detailed process information consult ' +
      `${rfc('RFC 2026: Internet Standards Process', 2026)} and ` +
      `${rfc('RFC 2418: IETF Working Group Guidelines and Procedures', 2418)} and updates to those.`,
    'The IETF routinely makes public written, audio, video, and photographic records of IETF ' +
      `activities, including your personal information as set out in the ${PRIVACY_STATEMENT}.`,
  ),
  p('For advice, please talk to Working Group chairs or Area Directors.'),
];

/**
 * The Note Well of an era, titled "Note Well". `irtf` selects the IRTF wording, which only the 2018
 * text has.
 */
export function noteWell(era: NoteWellEra, opts: { irtf: boolean }): Block[] {
  return era === '2013' ? NOTE_WELL_2013 : era === '2018' ? noteWell2018(opts.irtf) : NOTE_WELL_2025;
}

/**
 * IETF 118 to 123 (seed 003), titled "Note Really Well". "raise concerns confident about" is the
 * published wording.
 */
export function noteReallyWell(): Block[] {
  return [
    ul(
      'IETF meetings, virtual meetings, and mailing lists are intended for professional ' +
        'collaboration and networking, as defined in the IETF Guidelines for Conduct (RFC 7154), ' +
        'the IETF Anti-Harassment Policy, and the IETF Anti-Harassment Procedures (RFC 7776). ' +
        'If you have any concerns about observed behavior, please talk to the Ombudsteam, who ' +
        'are available if you need confidentiality to raise concerns confident about ' +
        'harassment or other conduct in the IETF.',
      'The IETF strives to create and maintain an environment in which people of many ' +
        'different backgrounds and identities are treated with dignity, decency, and respect. ' +
        'Those who participate in the IETF are expected to behave according to professional ' +
        'standards and demonstrate appropriate workplace behavior.',
      'IETF participants must not engage in harassment while at IETF meetings, virtual ' +
        'meetings, social events, or on mailing lists. Harassment is unwelcome hostile or ' +
        'intimidating behavior\u2014in particular, speech or behavior that is aggressive or ' +
        'intimidates.',
      'If you believe you have been harassed, notice that someone else is being harassed, or ' +
        'have any other concerns, you are encouraged to raise your concern in confidence with ' +
        'one of the Ombudspersons.',
    ),
  ];
}

/** The sections of the Meeting Tips slide, by the key a deck uses to add lines to one. */
export const TIPS_SECTIONS: Record<keyof TipsExtra, string> = {
  in_person: 'In-person participants',
  remote: 'Remote participants',
  all: 'All participants',
};

// The template's own quotes are typographic.
const ONSITE_TOOL =
  'Make sure to sign into the session using QR code or \u201cOnsite tool\u201d link from the Datatracker agenda';
const SIGN_IN = 'Make sure to sign into the session via Datatracker or the QR Code in this session.';
const MEETECHO_LITE = 'Use Meetecho (usually the \u201cMeetecho lite\u201d) client to';

// IETF 116 to 120: no full stops, except on the mask line of IETF 116.
const IN_PERSON_116_120 = [
  ONSITE_TOOL,
  'Use Meetecho to join the mic queue',
  'Keep audio and video off if not using the onsite version',
];
const REMOTE_116_120: Block[] = [
  h(TIPS_SECTIONS.remote),
  ul(
    'Make sure your audio and video are off unless you are chairing or presenting during a session',
    'Use of a headset is strongly recommended',
  ),
];

const REMOTE_TIPS: Block[] = [
  h(TIPS_SECTIONS.remote),
  ul(
    'Make sure your audio and video are off unless you are chairing or presenting during a session.',
    'Use of a headset is strongly recommended.',
  ),
];

// Read from the QUIC chair decks made from the official template (ietf-facts.md section 3).
const MEETING_TIPS: Record<MeetingTipsEra, Block[]> = {
  '116': [
    h(TIPS_SECTIONS.in_person),
    ul(...IN_PERSON_116_120, 'Please wear a compliant mask at all times in rooms.'),
    ...REMOTE_116_120,
  ],
  '117-120': [h(TIPS_SECTIONS.in_person), ul(...IN_PERSON_116_120), ...REMOTE_116_120],
  '121-124': [
    h(TIPS_SECTIONS.in_person),
    ul(
      SIGN_IN,
      `${MEETECHO_LITE}:`,
      ['join the mic queue', 'participate in shows of hands'],
      'Keep audio and video off if not using the onsite version.',
    ),
    ...REMOTE_TIPS,
  ],
  // The template sets the audio line in italics.
  '125+': [
    h(TIPS_SECTIONS.in_person),
    ul(
      SIGN_IN,
      `${MEETECHO_LITE} join the queue, show hands`,
      '_Keep audio and video off if not using the onsite version._',
    ),
    ...REMOTE_TIPS,
    h(TIPS_SECTIONS.all),
    ul('State your name each time you begin speaking in the queue'),
  ],
};

export function meetingTips(era: MeetingTipsEra, meetingNumber: number): BoilerplateText {
  return { title: `IETF ${meetingNumber} Meeting Tips`, blocks: MEETING_TIPS[era] };
}

const RESOURCE_LINKS: Record<ResourcesEra, [agenda: string, preparation: string, issues: string]> = {
  '121-124': [
    'https://datatracker.ietf.org/meeting/agenda',
    'https://www.ietf.org/how/meetings/preparation',
    'http://www.ietf.org/how/meetings/issues/',
  ],
  '125+': [
    'https://datatracker.ietf.org/meeting/agenda',
    'https://www.ietf.org/meeting/preparation/',
    'https://www.ietf.org/meeting/issues/',
  ],
};

/** Each link sits under its line, as on the published slide (shown as a nested list). */
export function resources(era: ResourcesEra, meetingNumber: number, city?: string): BoilerplateText {
  const [agenda, preparation, issues] = RESOURCE_LINKS[era];
  return {
    title: city ? `Resources for IETF ${meetingNumber} ${city}` : `Resources for IETF ${meetingNumber}`,
    blocks: [
      ul(
        'Agenda',
        [link(agenda, agenda)],
        'Meetecho and other information:',
        [link(preparation, preparation)],
        'If you need technical assistance, see the Reporting Issues page:',
        [link(issues, issues)],
      ),
    ],
  };
}

const qrCodes = new Map<string, Promise<string>>();

/** An SVG QR code for `url`, generated locally (no network), once per process: every 2025 Note Well has one. */
export function qrCodeSvg(url: string): Promise<string> {
  const known = qrCodes.get(url);
  if (known) return known;
  const svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M' });
  qrCodes.set(url, svg);
  return svg;
}
