/**
 * The search page's only script. Reads ?q= and the filters from the URL, runs Pagefind,
 * shows the results with the match marked in the original text, and keeps the URL in step
 * so a search can be shared or reloaded. đ is handled by searching d-as-đ variants.
 */
import { dVariants, exactFirst, mergeVariantResults } from '#lib/site/fold.ts';
import { SEARCH_FILTERS } from '#lib/site/search-filters.ts';

interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
}

const FILTERS = Object.values(SEARCH_FILTERS);
const MAX_QUERY = 200;
// Each result loads its own fragment: ten at a time keeps the first search light.
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
// Folded on every screen until the reader opens it, so the results come right after the
// box and opening it never pushes them down.
const filterDetails = document.querySelector<HTMLDetailsElement>('#search-filter-box')!;
const filterCount = document.querySelector<HTMLElement>('#search-filter-count')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
let pending: PagefindResult[] = [];
let currentQuery = '';

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = '/pagefind/pagefind.js';
  pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 28 });
  await pagefind.init();
  return pagefind;
}

function selectedFilters(): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (chosen[box.name] ??= []).push(box.value);
  }
  return chosen;
}

function renderFilters(available: Record<string, Record<string, number>>, params: URLSearchParams) {
  filtersBox.replaceChildren();
  for (const { key, label } of FILTERS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    for (const value of values) {
      const id = `loc-${key}-${[...value].map((c) => c.charCodeAt(0).toString(36)).join('')}`;
      const wrap = document.createElement('div');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value, id });
      box.checked = params.getAll(key).includes(value);
      const text = Object.assign(document.createElement('label'), { htmlFor: id, textContent: value });
      wrap.append(box, text);
      fieldset.append(wrap);
    }
    filtersBox.append(fieldset);
  }
  countFilters();
}

function countFilters() {
  showFilterCount(Object.values(selectedFilters()).flat().length);
}
function showFilterCount(n: number) {
  filterCount.textContent = n > 0 ? `(đang chọn ${n})` : '';
}

/**
 * Pagefind's excerpt marks matches with <mark>; rebuild it from text so nothing else passes.
 * It is parsed once, in an inert template (no script runs, no picture loads), which also keeps
 * the spaces at the edges of each part (a parsed document drops leading ones).
 */
function excerptNode(excerpt: string): HTMLElement {
  const p = document.createElement('p');
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? '';
    if (text) p.append(node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  }
  return p;
}

function resultItem(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  if (data.meta.image) {
    const img = Object.assign(document.createElement('img'), {
      src: data.meta.image,
      alt: '',
      width: 120,
      height: 63,
      loading: 'lazy',
      decoding: 'async',
    });
    li.append(img);
  }
  const body = document.createElement('div');
  const h = document.createElement('h2');
  h.append(Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? data.url }));
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.type, data.meta.movement].filter(Boolean).join(' · ');
  body.append(h, meta, excerptNode(data.excerpt));
  li.append(body);
  return li;
}

function showHelp(show: boolean) {
  help.hidden = !show;
}

async function run(params: URLSearchParams) {
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY).trim();
  input.value = query;
  const chosen: Record<string, string[]> = {};
  for (const { key } of FILTERS) {
    const values = params.getAll(key);
    if (values.length > 0) chosen[key] = values;
  }
  list.replaceChildren();
  pending = [];
  more.hidden = true;
  showHelp(false);
  // The filters load when the reader opens them (five more files at once otherwise); until
  // then the box counts the ones the address chose.
  if (filtersBox.childElementCount === 0) showFilterCount(Object.values(chosen).flat().length);
  if (!query && Object.keys(chosen).length === 0) {
    status.textContent = 'Gõ từ cần tìm, có dấu hay không dấu đều được.';
    showHelp(true);
    return;
  }
  if (form.dataset.entries === '0') {
    status.textContent = 'Trang chưa có bài nào để tìm.';
    showHelp(true);
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    const pf = await load();
    const variants = query ? dVariants(query) : [''];
    const searches = await Promise.all(variants.map((v) => pf.search(v || null, { filters: chosen })));
    const results = mergeVariantResults(searches.map((s) => s?.results ?? []));
    if (results.length === 0) {
      status.textContent = query ? `Không tìm thấy kết quả nào cho “${query}”.` : 'Không có kết quả nào với bộ lọc đã chọn.';
      showHelp(true);
      return;
    }
    pending = results;
    currentQuery = query;
    await showMore(`${results.length} kết quả${query ? ` cho “${query}”` : ''}.`);
  } catch (error) {
    console.error(error);
    status.textContent = 'Chưa tải được bộ tìm kiếm. Bà con thử tải lại trang, hoặc xem theo phong trào ở dưới.';
    showHelp(true);
  }
}

/**
 * The next page of results, appended with the status line in one step, so nothing already
 * shown moves; the button is away while they load and comes back while more are left.
 */
async function showMore(statusText?: string) {
  const next = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  more.hidden = true;
  const data = await Promise.all(next.map((r) => r.data()));
  if (statusText) status.textContent = statusText;
  list.append(...exactFirst(data, currentQuery, (d) => `${d.meta.title ?? ''} ${d.content}`).map(resultItem));
  more.hidden = pending.length === 0;
  more.textContent = `Xem thêm ${Math.min(pending.length, PAGE_SIZE)} kết quả`;
}
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
});
// A reader may open the filters before searching: they are loaded then.
filterDetails.addEventListener('toggle', () => {
  if (!filterDetails.open || filtersBox.childElementCount > 0 || form.dataset.entries === '0') return;
  void load()
    .then(async (pf) => renderFilters(await pf.filters(), new URLSearchParams(location.search)))
    .catch((error: unknown) => console.error(error));
});

function paramsFromForm(): URLSearchParams {
  const params = new URLSearchParams();
  const q = input.value.trim();
  if (q) params.set('q', q);
  // Filters not shown yet: the ones in the address still hold.
  const current = new URLSearchParams(location.search);
  const chosen =
    filtersBox.childElementCount > 0 ? Object.entries(selectedFilters()) : FILTERS.map(({ key }) => [key, current.getAll(key)] as const);
  for (const [key, values] of chosen) for (const v of values) params.append(key, v);
  return params;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = paramsFromForm();
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  void run(params);
});
filtersBox.addEventListener('change', () => {
  countFilters();
  const params = paramsFromForm();
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  void run(params);
});

void run(new URLSearchParams(location.search));
