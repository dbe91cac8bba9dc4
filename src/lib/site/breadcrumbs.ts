/** One step above the page, as a page gives it: a label and where it leads. */
export interface Crumb {
  href?: string | undefined;
  label: string;
}

/** One step of the trail as shown, numbered for schema.org's BreadcrumbList. */
export interface TrailStep {
  label: string;
  /** Where the link leads; undefined for the page itself and for a step without a page. */
  href: string | undefined;
  /** The address that identifies the step (ListItem `item`): its link, or the page's own path. */
  item: string | undefined;
  position: number;
  current: boolean;
}

export const HOME_CRUMB: Crumb = { href: '/', label: 'Trang chủ' };

/**
 * The trail from the home page to this page: home first, the page itself last and never a
 * link (it is where the reader already is), positions counted from 1.
 */
export function breadcrumbTrail(items: readonly Crumb[], currentPath?: string): TrailStep[] {
  if (items.length === 0) throw new Error('Đường dẫn cần ít nhất tên của trang hiện tại.');
  const steps = [HOME_CRUMB, ...items];
  return steps.map((crumb, i) => {
    const current = i === steps.length - 1;
    const href = current ? undefined : crumb.href;
    return { label: crumb.label, href, item: current ? (currentPath ?? crumb.href) : href, position: i + 1, current };
  });
}
