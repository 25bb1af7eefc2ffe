/** How a sorted column states its direction: to assistive technology, and as a mark on screen. */
export type SortDirection = false | 'asc' | 'desc';

export function ariaSort(sorted: SortDirection): 'ascending' | 'descending' | undefined {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
}

export function sortMark(sorted: SortDirection): string {
  return sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕';
}
