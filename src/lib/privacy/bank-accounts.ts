/**
 * Bank account numbers: the law counts a person's bank account among their sensitive data, and a
 * story asking for help for a household is where one gets written ("STK 1903 5678 9012 34 tại
 * Techcombank"). Read only after a word that names an account, so that amounts and counts pass.
 */

/** Words that announce an account number, as written (the reader's text is composed to NFC). */
const ACCOUNT_WORDS =
  /(?<!\p{L})(?:stk|số tài khoản|so tai khoan|số tk|tài khoản(?: ngân hàng)?(?: số)?|tai khoan(?: ngan hang)?(?: so)?)(?!\p{L})/giu;
/** What may stand between the word and the number: a colon, "là", "số", a bank's name before it. */
const BETWEEN = /^[^\d\n]{0,30}?(?=\d)/u;
/** Groups of thousands ("350.000.000"): how amounts are written, never account numbers. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const UNIT_AFTER = /^\s?(?:đ|đồng|dong|vnd|vnđ|triệu|trieu|tỷ|ty|nghìn|ngàn|%)(?!\p{L})/iu;
/** Six to nineteen digits, grouped by spaces, dots or dashes. */
const NUMBER = /^\d(?:[\d]|[ .-](?=\d)){5,30}/;

export function findBankAccounts(text: string): { kind: 'bank-account'; text: string; index: number }[] {
  const found: { kind: 'bank-account'; text: string; index: number }[] = [];
  for (const word of text.matchAll(ACCOUNT_WORDS)) {
    const after = word.index + word[0].length;
    const gap = BETWEEN.exec(text.slice(after));
    if (!gap) continue;
    const start = after + gap[0].length;
    const number = NUMBER.exec(text.slice(start));
    if (!number) continue;
    const digits = number[0].replace(/\D/g, '').length;
    if (digits < 6 || digits > 19) continue;
    // An amount in the account, not its number: "350.000.000 đồng", "12 triệu".
    if (THOUSANDS.test(number[0].trim()) || UNIT_AFTER.test(text.slice(start + number[0].length))) continue;
    found.push({ kind: 'bank-account', text: number[0], index: start });
  }
  return found;
}
