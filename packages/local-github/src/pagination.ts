/** GitHub's page size when `per_page` is absent, and the most it allows (REST docs, "Using pagination"). */
export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export interface Page<T> {
  readonly items: readonly T[];
  /** The `Link` header, absent when everything fits on one page. */
  readonly link: string | undefined;
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * One page of `items` and the Link header GitHub sends with it: rel next/last after the first page's
 * successors, rel prev/first before it, every other query parameter (per_page included) preserved.
 */
export function paginate<T>(items: readonly T[], requestUrl: URL): Page<T> {
  const perPage = Math.min(
    positiveInteger(requestUrl.searchParams.get('per_page') ?? undefined, DEFAULT_PER_PAGE),
    MAX_PER_PAGE,
  );
  const page = positiveInteger(requestUrl.searchParams.get('page') ?? undefined, 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const pageUrl = (target: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const relations: string[] = [];
  if (page > 1) relations.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) {
    relations.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  }
  if (page > 1) relations.push(`<${pageUrl(1)}>; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    link: relations.length === 0 ? undefined : relations.join(', '),
  };
}
