import type { DocumentStage } from '../deck/types.js';
import { paginate, pagedSlides, type SlideBuilder } from './types.js';

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

const LINES_PER_SLIDE = 8;

export const documents: SlideBuilder = ({ deck }, entry) => {
  if (deck.documents.length === 0) return [];
  const rows = (Object.keys(STAGES) as DocumentStage[]).flatMap((stage) =>
    deck.documents
      .filter((d) => d.stage === stage)
      .map((d) => ({ stage, name: d.name, status: d.status ?? '', shepherd: d.shepherd ?? '', ad: d.ad ?? '', onAgenda: d.on_agenda })),
  );
  // Regroup each page's rows under their stage headings.
  const pages = paginate(rows, LINES_PER_SLIDE, () => 1);
  return pagedSlides(
    { kind: 'documents', title: 'Document Status', classes: [], paginate: true, notes: entry.options.speaker_notes },
    pages,
    (page, title) => ({
      heading: title,
      anyOnAgenda: page.some((r) => r.onAgenda),
      groups: [...new Set(page.map((r) => r.stage))].map((stage) => ({ label: STAGES[stage], docs: page.filter((r) => r.stage === stage) })),
    }),
  );
};
