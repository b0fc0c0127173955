/** Performance mark set at the map's first idle, by the app and by the benchmark's baseline page. */
export const FIRST_IDLE_MARK = 'klyngekort:first-idle';
