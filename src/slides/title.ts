import type { GroupType } from '../deck/types.js';
import { recordedByDefault } from '../ietf/eras.js';
import { titleDate } from '../ietf/dates.js';
import { peopleView } from './people.js';
import type { SlideBuilder } from './types.js';

/** What the template's heading adds after the acronym at an IETF meeting: "IETF 125 QUIC WG". */
const SUFFIX: Partial<Record<GroupType, string>> = { wg: ' WG', rg: ' RG', bof: ' BoF' };

/** "London", or "IETF 101, London" under a heading of the chair's own that does not say "IETF 101". */
function meetingLine(heading: string, number: number, city: string | undefined): string | undefined {
  if (heading.includes(`IETF ${number}`)) return city;
  return city ? `IETF ${number}, ${city}` : `IETF ${number}`;
}

export const title: SlideBuilder = ({ deck }) => {
  const { meeting: m, group: g } = deck;
  const acronym = g.acronym.toUpperCase();
  const interim = m.interim || m.number === undefined;
  const heading =
    deck.title.text ?? (interim ? `${acronym} Interim Meeting` : `IETF ${m.number} ${acronym}${SUFFIX[g.type] ?? ''}`);
  const recorded = recordedByDefault(m, deck.boilerplate.recorded);
  const time = m.start ? `${m.start}${m.timezone ? ` (${m.timezone})` : ''}` : null;
  return [
    {
      kind: 'title',
      title: heading,
      classes: [],
      paginate: false,
      data: {
        date: titleDate(m.date),
        heading,
        // The group's name, unless the heading already says it.
        name: heading.toLowerCase().includes(g.name.toLowerCase()) ? null : g.name,
        // Where and when, on one line, with the meeting unless the heading names it already.
        where:
          [
            interim
              ? m.city
                ? `Interim Meeting, ${m.city}`
                : 'Virtual Interim Meeting'
              : meetingLine(heading, m.number!, m.city),
            m.session,
            m.room,
            time,
          ]
            .filter(Boolean)
            .join(' · ') || null,
        chairs: peopleView(g.chairs),
        chairsLabel: g.chairs.length === 1 ? 'Chair' : 'Chairs',
        ads: peopleView(g.ads),
        adsLabel: g.ad_label ?? (g.ads.length === 1 ? 'Area Director' : 'Area Directors'),
        secretary: peopleView(g.secretary),
        list: g.list ? { label: g.list, href: `mailto:${g.list}` } : null,
        subtitle: deck.title.subtitle ?? null,
        lines: deck.title.lines,
        recorded,
        // The lower band, as the template has it: the Trust's copyright of the meeting's year, and
        // Meetecho's credit at IETF meetings (interims run on other tools).
        year: m.date.slice(0, 4),
        meetecho: !interim,
      },
    },
  ];
};
