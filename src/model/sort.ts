/** Which way a sorted table runs, in the words `aria-sort` uses. */
export type SortDirection = 'ascending' | 'descending';
