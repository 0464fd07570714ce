// The golden answer sets and team summary shared with the native tests (tests/golden/), and the
// instrument's names, so browser tests check the app against the same expectations.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers.mjs';

export const DIMENSIONS = {
  nl: [
    'Systemen', 'Faciliteiten', 'Communicatie', 'Kennis van expertise andere disciplines', 'Visie',
    'Doelstelling', 'Werkwijzen', 'Besluitvorming', 'Overdracht taken',
    'Verantwoordelijkheid voor uitvoering', 'Aansturing', 'Gelijkwaardigheid van disciplines',
    'Aanspreekpunt voor burger', 'Betrokkenheid andere stakeholders',
  ],
  en: [
    'Systems', 'Facilities', 'Communication', "Knowledge of other disciplines' expertise", 'Vision',
    'Goals', 'Working methods', 'Decision-making', 'Transfer of tasks', 'Responsibility for delivery',
    'Steering', 'Equality of disciplines', 'Point of contact for the resident',
    'Involvement of other stakeholders',
  ],
};

export const MODELS = {
  nl: ['Parallel', 'Consultatief', 'Collaboratief', 'Gecoördineerd', 'Multidisciplinair', 'Interdisciplinair', 'Integratief'],
  en: ['Parallel', 'Consultative', 'Collaborative', 'Coordinated', 'Multidisciplinary', 'Interdisciplinary', 'Integrative'],
};

/** tests/golden/answer_sets.txt, parsed: { name, now: [14 codes], desired, role, nowModel, desiredModel, priorities: [{id, gap}] } */
export function goldenSets() {
  const text = readFileSync(join(REPO_ROOT, 'tests', 'golden', 'answer_sets.txt'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      const [name, now, desired, role, nowModel, desiredModel, priorities] = line.trim().split(/\s+/);
      return {
        name,
        now: [...now].map(Number),
        desired: [...desired].map(Number),
        role: Number(role),
        nowModel: nowModel === '-' ? null : Number(nowModel),
        desiredModel: desiredModel === '-' ? null : Number(desiredModel),
        priorities:
          priorities === '-'
            ? []
            : priorities.split(',').map((p) => {
                const [id, gap] = p.split(':');
                return { id: Number(id), gap: Number(gap) };
              }),
      };
    });
}

export function golden(name) {
  const set = goldenSets().find((g) => g.name === name);
  if (!set) throw new Error(`no golden set ${name}`);
  return set;
}
