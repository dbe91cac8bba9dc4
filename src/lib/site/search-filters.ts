/**
 * The values a resident narrows a search by. Entry pages write them as Pagefind filters
 * (SearchMeta.astro) and the search page's script reads them back under the same names,
 * in this order, with these labels; the names are also the search page's URL parameters.
 */
export const SEARCH_FILTERS = {
  type: { key: 'loai-noi-dung', label: 'Loại nội dung' },
  movement: { key: 'phong-trao', label: 'Phong trào' },
  kind: { key: 'loai-dien-hinh', label: 'Loại điển hình' },
  village: { key: 'thon', label: 'Thôn' },
  year: { key: 'nam', label: 'Năm' },
} as const;

export type SearchFilter = keyof typeof SEARCH_FILTERS;
