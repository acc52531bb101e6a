/** Filtering of groups and people for the representation view (no React here). */
import type { Group, Person } from "./apiTypes.js";
import { matchScore } from "./search.js";

/** Texts a person is found by: name, other spellings, unit, title. */
export function personTexts(p: Person): string[] {
  return [p.name, ...p.altNames, p.unit ?? "", p.title ?? ""];
}

/** Texts a group is found by: names in both languages and aliases. */
export function groupTexts(g: Group): string[] {
  return [g.name, g.nameEn, ...g.aliases];
}

/** People matching `query`, best matches first; none for an empty query. */
export function filterPeople(people: readonly Person[], query: string): Person[] {
  if (!query.trim()) return [];
  return people
    .map((p) => ({ p, score: matchScore(query, personTexts(p)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.p.name.localeCompare(b.p.name, "nb"))
    .map((x) => x.p);
}

/** The groups Alrekforum asks about most, shown first in this order. */
export const PINNED_GROUP_IDS: readonly string[] = ["husradet", "styringsgruppen"];

/** `groups` split into the pinned ones (in {@link PINNED_GROUP_IDS} order) and the rest (order kept). */
export function pinGroups<G extends Group>(groups: readonly G[]): { pinned: G[]; rest: G[] } {
  const pinned = PINNED_GROUP_IDS.flatMap((id) => groups.filter((g) => g.id === id));
  return { pinned, rest: groups.filter((g) => !PINNED_GROUP_IDS.includes(g.id)) };
}

/** "KH" for "Karen Haugvaldstad": first letters of the first and last name. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = words[0][0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1][0] ?? "") : "";
  return (first + last).toUpperCase();
}

/** Groups matching `query` by their own names or by a member's name; all groups for an empty query. */
export function filterGroups<G extends Group>(groups: readonly G[], people: readonly Person[], query: string): G[] {
  const sorted = [...groups].sort((a, b) => a.order - b.order);
  if (!query.trim()) return sorted;
  const matchingPeople = new Set(filterPeople(people, query).map((p) => p.id));
  return sorted.filter(
    (g) => matchScore(query, groupTexts(g)) > 0 || g.members.some((m) => matchingPeople.has(m.personId)),
  );
}

/** The groups `personId` sits in, with the seat's unit/role. */
export function groupsOf(groups: readonly Group[], personId: string): { group: Group; unit?: string; role?: string }[] {
  return [...groups]
    .sort((a, b) => a.order - b.order)
    .flatMap((group) =>
      group.members.filter((m) => m.personId === personId).map((m) => ({ group, unit: m.unit, role: m.role })),
    );
}
