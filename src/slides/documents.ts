import type { DocumentStage } from '../deck/types.js';
import {
  BODY_HEIGHT,
  FIT_SIZES,
  fitPages,
  listMargins,
  listPitch,
  pagedSlides,
  tableFont,
  tableRowHeights,
  wrappedLines,
  type SlideBuilder,
} from './types.js';

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

// Heights in px at a 28 px body, scaled to the size the list fits at. The table style opens each
// stage with its heading and a table (header row and margins); the legend closes the page.
const ITEM_WIDTH = 1080;
const STAGE_HEADING = 42;
const TABLE_MARGINS = 16;
const LEGEND = 48;

/** The table's columns; Shepherd and AD only when some document has one. */
const COLUMNS = [
  { label: 'Document', key: 'label' },
  { label: 'State', key: 'status' },
  { label: 'Shepherd', key: 'shepherd' },
  { label: 'AD', key: 'ad' },
] as const;

export const documents: SlideBuilder = ({ deck, none }, entry) => {
  if (deck.documents.length === 0) return none('the deck lists no `documents`');
  // The compact list is what chairs show (name, state, a mark when on today's agenda); a table on request.
  const style = entry.options.style === 'table' ? 'table' : 'list';
  const rows = (Object.keys(STAGES) as DocumentStage[]).flatMap((stage) =>
    deck.documents
      .filter((d) => d.stage === stage)
      .map((d) => ({
        stage,
        name: d.name,
        label: d.on_agenda ? `${d.name} ★` : d.name,
        status: d.status ?? '',
        state: d.status ?? STAGES[stage],
        shepherd: d.shepherd ?? '',
        ad: d.ad ?? '',
        onAgenda: d.on_agenda,
      })),
  );
  const columns = COLUMNS.filter((c) => c.key === 'label' || c.key === 'status' || rows.some((r) => r[c.key] !== ''));
  const tables = new Map(
    FIT_SIZES.map((px) => [
      px,
      style === 'table'
        ? tableRowHeights(
            [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => r[c.key]))],
            tableFont(px),
          )
        : [],
    ]),
  );
  const capacity = BODY_HEIGHT - (rows.some((r) => r.onAgenda) ? LEGEND : 0);
  const { pages, classes } = fitPages(rows, capacity, (r, page, px) => {
    const scale = px / FIT_SIZES[0];
    if (style === 'list')
      return (
        (page.length === 0 ? listMargins(px) : 0) +
        wrappedLines(`${r.label} — ${r.state}`, ITEM_WIDTH, px) * listPitch(px) * px
      );
    const [header, ...heights] = tables.get(px)!;
    return (
      heights[rows.indexOf(r)] + (page.at(-1)?.stage === r.stage ? 0 : (STAGE_HEADING + TABLE_MARGINS) * scale + header)
    );
  });
  return pagedSlides(
    { kind: 'documents', title: 'Document Status', classes: [`documents-${style}`, ...classes], paginate: true },
    pages,
    (page, title) => {
      const before = pages[pages.indexOf(page) - 1];
      return {
        heading: title,
        style,
        anyOnAgenda: page.some((r) => r.onAgenda),
        docs: page,
        // The table regroups each page's rows under their stage headings; a stage begun on the page before continues.
        groups: [...new Set(page.map((r) => r.stage))].map((stage) => ({
          label:
            before?.at(-1)?.stage === stage && page[0].stage === stage ? `${STAGES[stage]} (cont.)` : STAGES[stage],
          columns: columns.map((c) => c.label),
          rows: page.filter((r) => r.stage === stage).map((r) => columns.map((c) => r[c.key])),
        })),
      };
    },
  );
};
