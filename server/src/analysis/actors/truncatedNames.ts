import type { Actor, Problem } from '../types';
import { foldName } from '../text';
import { roleBefore } from './roles';

/**
 * Names cut short after a title: "Russian President Vladimir" where the article or the workspace knows "Vladimir
 * Putin". Each gets a hint whose replacement is the full name. A lone family name ("President Putin") is ordinary
 * style and is left alone; only the first word of a fuller name standing alone after a title is reported.
 */
export function findTruncatedNames(text: string, actors: readonly Actor[]): Problem[] {
  const problems: Problem[] = [];
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    const words = actor.name.split(/\s+/);
    if (words.length < 2) continue;
    const given = foldName(words[0]);
    if (given === foldName(words[words.length - 1])) continue;
    for (const m of actor.mentions) {
      if (/\s/.test(m.text) || foldName(m.text) !== given) continue;
      const role = roleBefore(text, m.start);
      if (!role) continue;
      problems.push({
        start: m.start,
        end: m.end,
        severity: 'hint',
        code: 'actor.truncated',
        message: `“${role} ${m.text}” looks like a name cut short; the full name is probably “${actor.name}”.`,
        replacement: actor.name,
      });
    }
  }
  return problems;
}
