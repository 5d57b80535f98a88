import type { DocumentStage } from '../deck/types.js';
import { BODY_HEIGHT, paginate, pagedSlides, tableRowHeights, type SlideBuilder } from './types.js';

/** Stages in the order a document moves through them, as CoRE's status slides list them. */
const STAGES: Record<DocumentStage, string> = {
  publication: 'Approved for publication',
  iesg: 'In IESG processing',
  'last-call': 'In IETF Last Call',
  'post-wglc': 'Post-WGLC',
  wg: 'WG documents',
  individual: 'Individual drafts',
  expired: 'Expired',
};

/** Each stage on a page opens with its heading and a table (header row and margins); the legend closes the page. */
const STAGE_HEADING = 42;
const TABLE_MARGINS = 16;
const LEGEND = 40;

export const documents: SlideBuilder = ({ deck, none }) => {
  if (deck.documents.length === 0) return none('the deck lists no `documents`');
  const rows = (Object.keys(STAGES) as DocumentStage[]).flatMap((stage) =>
    deck.documents
      .filter((d) => d.stage === stage)
      .map((d) => ({ stage, name: d.name, status: d.status ?? '', shepherd: d.shepherd ?? '', ad: d.ad ?? '', onAgenda: d.on_agenda })),
  );
  const [header, ...heights] = tableRowHeights([
    ['Document', 'State', 'Shepherd', 'AD'],
    ...rows.map((r) => [r.onAgenda ? `${r.name} ★` : r.name, r.status, r.shepherd, r.ad]),
  ]);
  const capacity = BODY_HEIGHT - (rows.some((r) => r.onAgenda) ? LEGEND : 0);
  const pages = paginate(rows, capacity, (r, page) =>
    heights[rows.indexOf(r)] + (page.at(-1)?.stage === r.stage ? 0 : STAGE_HEADING + TABLE_MARGINS + header),
  );
  // Regroup each page's rows under their stage headings.
  return pagedSlides(
    { kind: 'documents', title: 'Document Status', classes: [], paginate: true },
    pages,
    (page, title) => ({
      heading: title,
      anyOnAgenda: page.some((r) => r.onAgenda),
      groups: [...new Set(page.map((r) => r.stage))].map((stage) => ({ label: STAGES[stage], docs: page.filter((r) => r.stage === stage) })),
    }),
  );
};
