/** The pages Pagefind indexes: the entry pages, not lists, posters or bulletins. */
export const SEARCHABLE = '{dien-hinh,cach-lam-hay,truyen-thanh}/*/index.html';
