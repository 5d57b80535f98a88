// What wgdeck reads from the datatracker for one group and one IETF meeting (docs/datatracker.md),
// in the shapes the API gives: related objects are URIs, to be fetched by id. About 8 requests.
import { E, WgdeckError } from '../../errors.js';
import type { DatatrackerClient } from './client.js';

export interface DtGroup {
  id: number;
  acronym: string;
  name: string;
  type: string;
  state: string;
  list_email: string;
  list_archive: string;
}
export interface DtRole {
  name: string;
  person: string;
  email: string;
}
export interface DtPerson {
  id: number;
  name: string;
  plain: string;
}
export interface DtMilestone {
  desc: string;
  due: string | null;
  order: number | null;
  resolved: string;
}
export interface DtDocument {
  name: string;
  rev: string;
  title: string;
  ad: string | null;
  shepherd: string | null;
  states: string[];
}
export interface DtState {
  id: number;
  slug: string;
  name: string;
  type: string;
}
export interface DtSession {
  sessionId: number;
  startDateTime: string;
  duration: number;
  slotName: string;
  room: string | null;
  status: string;
  groupAcronym: string;
  orderInMeeting: number;
  links: { chat?: string | null; videoStream?: string | null; onsiteTool?: string | null };
}
export interface DtMeeting {
  number: string;
  city: string;
  startDate: string;
  endDate: string;
  timezone: string;
}

/** Everything a deck takes from the datatracker, with URIs resolved where the deck needs names. */
export interface GroupFacts {
  base: string;
  group: DtGroup;
  roles: DtRole[];
  /** person URI -> display name */
  people: Map<string, string>;
  /** email address -> display name, for shepherds (given as email URIs) */
  emails: Map<string, string>;
  milestones: DtMilestone[];
  documents: DtDocument[];
  /** state URI -> state */
  states: Map<string, DtState>;
  meeting: DtMeeting;
  /** the group's sessions at the meeting, in order (empty: none scheduled) */
  sessions: DtSession[];
}

/** The last path segment of a URI: "/api/v1/name/rolename/chair/" -> "chair". */
export function slug(uri: string): string {
  return uri.replace(/\/+$/, '').split('/').pop() ?? '';
}

const q = encodeURIComponent;
// State tables for the draft stages wgdeck shows; static, so the day-long cache suits them.
const STATE_TYPES = ['draft-iesg', 'draft-rfceditor', 'draft-stream-ietf'];

export async function fetchGroupFacts(
  client: DatatrackerClient,
  acronym: string,
  meeting: number,
): Promise<GroupFacts> {
  const [group] = await client.list<DtGroup>(`/api/v1/group/group/?acronym=${q(acronym)}`);
  // An unknown acronym is an empty list, not a 404.
  if (!group) throw new WgdeckError(E.DatatrackerGroupNotFound, { acronym, base: client.baseUrl });
  const agenda = await client.get<{ meeting: DtMeeting; schedule: DtSession[] }>(`/api/meeting/${meeting}/agenda-data`);
  // An unknown meeting is Django's HTML 404 page.
  if (!agenda?.meeting) throw new WgdeckError(E.DatatrackerMeetingNotFound, { meeting, base: client.baseUrl });
  const [roles, milestones, documents, ...tables] = await Promise.all([
    client.list<DtRole>(`/api/v1/group/role/?group__acronym=${q(acronym)}`),
    client.list<DtMilestone>(`/api/v1/group/groupmilestone/?group=${group.id}&state=active`),
    client.list<DtDocument>(`/api/v1/doc/document/?group=${group.id}&type=draft&states=1`),
    ...STATE_TYPES.map((type) => client.list<DtState>(`/api/v1/doc/state/?type=${type}`)),
  ]);
  const states = new Map(tables.flat().map((s) => [`/api/v1/doc/state/${s.id}/`, s]));

  // Shepherds are email URIs: the address is in the URI, the name needs the email's person.
  const roleEmails = new Map(roles.map((r) => [slug(r.email), r.person]));
  const shepherdEmails = [...new Set(documents.flatMap((d) => (d.shepherd ? [slug(d.shepherd)] : [])))];
  const emailPerson = new Map(roleEmails);
  for (const address of shepherdEmails.filter((a) => !roleEmails.has(a))) {
    const email = await client.get<{ person: string | null }>(`/api/v1/person/email/${q(address)}/`);
    if (email?.person) emailPerson.set(address, email.person);
  }
  const personUris = [
    ...new Set([
      ...roles.map((r) => r.person),
      ...documents.flatMap((d) => (d.ad ? [d.ad] : [])),
      ...emailPerson.values(),
    ]),
  ];
  const ids = personUris.map(slug).sort((a, b) => Number(a) - Number(b));
  const persons = ids.length ? await client.list<DtPerson>(`/api/v1/person/person/?id__in=${ids.join(',')}`) : [];
  // Person.plain_name(): the plain form when the person gave one.
  const people = new Map(persons.map((p) => [`/api/v1/person/person/${p.id}/`, p.plain || p.name]));
  const emails = new Map(
    [...emailPerson].flatMap(([address, person]) => (people.has(person) ? [[address, people.get(person)!]] : [])),
  );

  const sessions = agenda.schedule
    .filter((s) => s.groupAcronym === acronym && s.status !== 'canceled' && s.status !== 'deleted')
    .sort((a, b) => a.orderInMeeting - b.orderInMeeting || a.startDateTime.localeCompare(b.startDateTime));
  return {
    base: client.baseUrl,
    group,
    roles,
    people,
    emails,
    milestones,
    documents,
    states,
    meeting: agenda.meeting,
    sessions,
  };
}
