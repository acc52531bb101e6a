/**
 * How large a directory value may be: the door's rule for every group and person an editor writes
 * (src/contract/directory.ts), read by the tab to offer only what fits (src/contract/limits.ts).
 *
 * The bounds keep every view and the bot safe whatever is typed: the longest group card (30 seats
 * with role and unit, a 4,000-character mandate, representation and note) and the longest list of
 * one person's seats (a seat in each of 40 current groups) stay well under the 80 KB Teams takes
 * in one message, and question matching, which compares every name and alias with the question,
 * stays bounded (40 groups × 30 names of at most 100 characters). The seed's largest values are
 * far below each: 18 groups, 17 aliases, 23 members, a 384-character mandate.
 */
export const DIRECTORY_LIMITS = Object.freeze({
  /** A group's name and English name, a person's name. */
  nameChars: 100,
  /** One of a group's other names (aliases) or a person's other spellings. */
  aliasChars: 100,
  aliasesPerGroup: 30,
  altNamesPerPerson: 10,
  membersPerGroup: 30,
  /** A seat's unit and a person's unit. */
  unitChars: 150,
  /** A seat's role and a person's title. */
  roleChars: 150,
  emailChars: 254,
  representationChars: 1000,
  noteChars: 1000,
  mandateChars: 4000,
  /** Groups the bot answers about; a new or restored group beyond this is refused. */
  currentGroups: 40,
  /** Groups stored, retired ones included. */
  groups: 200,
  people: 500,
  /** Listing order of a group. */
  maxOrder: 10_000,
});
