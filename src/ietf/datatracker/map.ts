// The datatracker's facts as deck values: people by name, milestones with their status, drafts by
// stage with their most advanced state, and the session in the meeting's own time zone.
import type { DocumentStage, GroupType, MilestoneStatus } from '../../deck/types.js';
import { slug, type DtDocument, type DtSession, type GroupFacts } from './api.js';

export interface DtPersonValue {
  name: string;
  email?: string;
}

/** The deck keys wgdeck fills from the datatracker; `wgdeck update` refreshes exactly these. */
export interface DatatrackerFields {
  meeting: {
    number: number;
    city?: string;
    date: string;
    start?: string;
    duration?: number;
    timezone?: string;
    room?: string;
    session?: string;
  };
  group: {
    acronym: string;
    name: string;
    type: GroupType;
    chairs: DtPersonValue[];
    ads: DtPersonValue[];
    secretary: DtPersonValue[];
    list?: string;
  };
  links: { meetecho?: string; onsite?: string };
  milestones: Array<{ due?: string; text: string; status: MilestoneStatus }>;
  documents: Array<{ name: string; stage: DocumentStage; status?: string; shepherd?: string; ad?: string }>;
}

export interface Mapped {
  fields: DatatrackerFields;
  /** the session used, absent when the group has none at this meeting */
  session?: DtSession;
  warnings: string[];
}

/** The date and HH:MM of a UTC instant on the wall clock of an IANA time zone. */
export function localTime(utc: string, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(utc))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function groupType(facts: GroupFacts): GroupType {
  const type = slug(facts.group.type);
  if (slug(facts.group.state) === 'bof') return 'bof';
  if (type === 'wg' || type === 'rg' || type === 'area') return type;
  return 'other';
}

/** "2025-03-31" -> "2025-03": the datatracker's dates are month ends, shown as months. */
function milestoneDue(due: string): string {
  const [y, m, d] = due.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === lastDay ? due.slice(0, 7) : due;
}

// IESG states (slugs) by stage; "I-D Exists", "AD is watching" and "Dead" leave the WG state in charge.
const IESG_STAGE: Record<string, DocumentStage> = {
  approved: 'publication',
  ann: 'publication',
  rfcqueue: 'publication',
  lc: 'last-call',
  'pub-req': 'iesg',
  'ad-eval': 'iesg',
  'review-e': 'iesg',
  'lc-req': 'iesg',
  writeupw: 'iesg',
  goaheadw: 'iesg',
  'iesg-eva': 'iesg',
  defer: 'iesg',
  nopubadw: 'iesg',
  nopubanw: 'iesg',
};
// WG (draft-stream-ietf) states by stage.
const WG_STAGE: Record<string, DocumentStage> = {
  'wg-cand': 'individual',
  'c-adopt': 'individual',
  'adopt-wg': 'wg',
  info: 'wg',
  'wg-doc': 'wg',
  parked: 'wg',
  'wg-lc': 'wg',
  'waiting-for-implementation': 'wg',
  'held-by-wg': 'wg',
  'chair-w': 'post-wglc',
  writeupw: 'post-wglc',
  'sub-pub': 'post-wglc',
  dead: 'expired',
};

function documentStage(doc: DtDocument, facts: GroupFacts): { stage: DocumentStage; status?: string } {
  const states = doc.states.map((uri) => facts.states.get(uri)).filter((s) => s !== undefined);
  const rfcEditor = states.find((s) => slug(s.type) === 'draft-rfceditor');
  const iesg = states.find((s) => slug(s.type) === 'draft-iesg' && IESG_STAGE[s.slug]);
  const wg = states.find((s) => slug(s.type) === 'draft-stream-ietf');
  if (rfcEditor) return { stage: 'publication', status: `RFC Ed Queue (${rfcEditor.name})` };
  if (iesg) return { stage: IESG_STAGE[iesg.slug], status: iesg.name };
  if (wg) return { stage: WG_STAGE[wg.slug] ?? 'wg', status: wg.name };
  return { stage: doc.name.startsWith(`draft-ietf-${facts.group.acronym}-`) ? 'wg' : 'individual' };
}

export function mapFacts(facts: GroupFacts, sessionNumber?: number): Mapped {
  const warnings: string[] = [];
  const person = (role: { person: string; email: string }): DtPersonValue => ({
    name: facts.people.get(role.person) ?? slug(role.email),
    email: slug(role.email),
  });
  const withRole = (name: string) => facts.roles.filter((r) => slug(r.name) === name).map(person);
  const { meeting: m } = facts;
  const number = Number(m.number);
  const session = facts.sessions[(sessionNumber ?? 1) - 1];
  if (facts.sessions.length > 1 && sessionNumber === undefined) {
    warnings.push(
      `${facts.group.acronym} has ${facts.sessions.length} sessions at IETF ${number}; this deck is for the ` +
        `first (${session.slotName || 'session 1'}). Use --session 2 for a deck of the second.`,
    );
  }
  if (facts.sessions.length === 0) {
    warnings.push(
      `${facts.group.acronym} has no session scheduled at IETF ${number}; the deck is dated on ` +
        `the meeting's first day. Run \`wgdeck update\` once the agenda has it.`,
    );
  }
  const meeting: DatatrackerFields['meeting'] = {
    number,
    city: m.city || undefined,
    date: m.startDate,
    timezone: m.timezone || undefined,
  };
  const links: DatatrackerFields['links'] = {};
  if (session) {
    const local = localTime(session.startDateTime, m.timezone);
    Object.assign(meeting, {
      date: local.date,
      start: local.time,
      duration: Math.round(session.duration / 60),
      room: session.room ?? undefined,
      session: session.slotName || undefined,
    });
    if (session.links.videoStream) links.meetecho = session.links.videoStream;
    if (session.links.onsiteTool) links.onsite = session.links.onsiteTool;
  }
  // A group without milestone dates orders them instead: the datatracker lists them by that order, then by date.
  const milestones = facts.milestones.map((ms) => ({
    ...(ms.due ? { due: milestoneDue(ms.due) } : {}),
    text: ms.desc,
    status: (ms.resolved ? 'done' : 'pending') as MilestoneStatus,
  }));
  const documents = facts.documents.map((d) => {
    const { stage, status } = documentStage(d, facts);
    const shepherd = d.shepherd ? (facts.emails.get(slug(d.shepherd)) ?? slug(d.shepherd)) : undefined;
    const ad = d.ad ? facts.people.get(d.ad) : undefined;
    return {
      name: d.name,
      stage,
      ...(status ? { status } : {}),
      ...(shepherd ? { shepherd } : {}),
      ...(ad ? { ad } : {}),
    };
  });
  return {
    fields: {
      meeting,
      group: {
        acronym: facts.group.acronym,
        name: facts.group.name,
        type: groupType(facts),
        chairs: withRole('chair'),
        ads: withRole('ad'),
        secretary: withRole('secr'),
        list: facts.group.list_email || undefined,
      },
      links,
      milestones,
      documents,
    },
    session,
    warnings,
  };
}
