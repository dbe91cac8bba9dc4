/**
 * E-mail addresses in a reader's text (src/lib/privacy/private-details.ts reads them with phone
 * and ID numbers).
 *
 * "@" (also full-width, or as an entity or %40, which the reader's text has already
 * undone; with a space on either side), "[at]", "(at)", "(a)", "(a còng)", " a còng " or
 * " a móc " between a name and a domain, whose dots may be written "[dot]", "[.]", "(chấm)",
 * " chấm " or " . ". A bare " at " counts only before a dot written as a word ("x at y dot com"):
 * "nhìn at gmail.com" is English prose more often than an address.
 */

const AT = / ?@ ?| ?[[({<] ?(?:at|a|a còng|a cong|a móc|a moc|@) ?[\])}>] ?| (?:a còng|a cong|a móc|a moc|at) /giu;
const LOCAL_PART = /[\p{L}\p{N}._%+-]+$/u;
const DOMAIN = /[\p{L}\p{N}-]+(?:(?: ?\. ?| ?[[({] ?(?:dot|chấm|cham|\.) ?[\])}] ?| (?:dot|chấm|cham) )[\p{L}\p{N}-]+)+/iuy;
const DOT_WRITTEN = / ?\. ?| ?[[({] ?(?:dot|chấm|cham|\.) ?[\])}] ?| (?:dot|chấm|cham) /giu;
/** Endings of the domains people's mailboxes are at. */
const COMMON_ENDING = /\.(?:com|net|org|vn|edu|info|biz|io|me|co)$/i;
/** Free mailboxes, whose addresses are people's even written without ".com": "lienhoang@gmail". */
export const FREE_MAIL = /^(?:gmail|yahoo|ymail|hotmail|outlook|live|icloud|proton|protonmail|zoho)$/i;
/** Official mailboxes may be published; anything else is treated as personal. */
const OFFICIAL_DOMAIN = /(?:^|\.)gov\.vn$/i;

/** Every address in `text`, with where it starts. */
export function findEmails(text: string): { kind: 'email'; text: string; index: number }[] {
  const found: { kind: 'email'; text: string; index: number }[] = [];
  for (const at of text.matchAll(AT)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, at.index - 64), at.index));
    if (!local || !/[\p{L}\p{N}]/u.test(local[0])) continue;
    DOMAIN.lastIndex = at.index + at[0].length;
    // Without a dot, only a free mailbox glued to its "@" ("lienhoang@gmail"): "xem @gmail" is prose.
    const domain = DOMAIN.exec(text) ?? (at[0] === '@' ? freeMailbox(text, at.index + 1) : null);
    if (!domain) continue;
    const plainDomain = domain[0].replace(DOT_WRITTEN, '.');
    if (/^ at $/i.test(at[0]) && plainDomain === domain[0]) continue;
    // The last label of a domain is letters: "x@1.5" or "a@b.2023" is not an address.
    if (!/\.\p{L}{2,}$/u.test(plainDomain) && !FREE_MAIL.test(plainDomain)) continue;
    // A space before "@" reads as an address only with a mail domain's ending: "theo dõi
    // @hoinongdan.tenxa" is a page's handle, "nguyenvana @gmail.com" an address.
    if (/^ @/.test(at[0]) && !COMMON_ENDING.test(plainDomain)) continue;
    if (OFFICIAL_DOMAIN.test(plainDomain)) continue;
    const index = at.index - local[0].length;
    found.push({ kind: 'email', text: text.slice(index, domain.index + domain[0].length), index });
  }
  return found;
}

/** A free mailbox's name with no dot after it ("@gmail"), as a match of the domain. */
function freeMailbox(text: string, from: number): RegExpExecArray | null {
  const name = /[\p{L}]+(?![\p{L}\p{N}.-])/uy;
  name.lastIndex = from;
  const found = name.exec(text);
  return found && FREE_MAIL.test(found[0]) ? found : null;
}

/** True for an address at a free mailbox provider (gmail.com, yahoo.com.vn…): a person's, not an office's. */
export const isFreeMailbox = (address: string) => FREE_MAIL.test(address.split('@')[1]?.split('.')[0] ?? '');
