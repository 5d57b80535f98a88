import { recordedByDefault } from '../ietf/eras.js';
import { longDate } from '../ietf/dates.js';
import { peopleView } from './people.js';
import type { SlideBuilder } from './types.js';

export const title: SlideBuilder = ({ deck }) => {
  const { meeting: m, group: g } = deck;
  const acronym = g.acronym.toUpperCase();
  const heading = deck.title.text ?? (m.number !== undefined ? `IETF ${m.number} ${acronym}` : `${acronym} Interim Meeting`);
  const interim = m.interim || m.number === undefined;
  const when = [longDate(m.date), m.start ? `${m.start}${m.timezone ? ` (${m.timezone})` : ''}` : null].filter(Boolean).join(' · ');
  const recorded = recordedByDefault(m, deck.boilerplate.recorded);
  return [
    {
      kind: 'title',
      title: heading,
      classes: [],
      paginate: false,
      data: {
        heading,
        // The group's name, unless the heading already says it.
        name: heading.toLowerCase().includes(g.name.toLowerCase()) ? null : g.name,
        when,
        // The meeting, then the session and room: one line each, so neither wraps.
        where: interim ? (m.city ? `Interim Meeting, ${m.city}` : 'Virtual Interim Meeting') : m.city ? `IETF ${m.number}, ${m.city}` : null,
        session: [m.session, m.room].filter(Boolean).join(' · ') || null,
        chairs: peopleView(g.chairs),
        chairsLabel: g.chairs.length === 1 ? 'Chair' : 'Chairs',
        ads: peopleView(g.ads),
        adsLabel: g.ad_label ?? (g.ads.length === 1 ? 'Area Director' : 'Area Directors'),
        secretary: peopleView(g.secretary),
        list: g.list ? { label: g.list, href: `mailto:${g.list}` } : null,
        subtitle: deck.title.subtitle ?? null,
        lines: deck.title.lines,
        recorded,
      },
    },
  ];
};
