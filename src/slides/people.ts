import type { Person } from '../deck/types.js';

/** A person as templates see them: every field present (templates run in strict mode). */
export interface PersonView {
  name: string;
  email: string | null;
  remote: boolean;
}

export function peopleView(people: Person[]): PersonView[] {
  return people.map((p) => ({ name: p.name, email: p.email ? `mailto:${p.email}` : null, remote: p.remote === true }));
}
