import type { Actor, Problem } from '../types';
import { foldName, isSpaceCode } from '../text';
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
    // The first and the last of the name's words (as split(/\s+/) gives them), when it has two or more.
    const name = actor.name;
    const firstSpace = indexOfSpace(name);
    if (firstSpace < 0) continue;
    let lastSpace = name.length - 1;
    while (!isSpaceCode(name.charCodeAt(lastSpace))) lastSpace--;
    const given = foldName(name.slice(0, firstSpace));
    if (given === foldName(name.slice(lastSpace + 1))) continue;
    for (const m of actor.mentions) {
      if (indexOfSpace(m.text) >= 0 || foldName(m.text) !== given) continue;
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

/** Where s has its first white space (as \s knows it), or -1. */
function indexOfSpace(s: string): number {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return i;
  return -1;
}
