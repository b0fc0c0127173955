import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** A short, dismissable message, e.g. "the link named an unknown cluster; showing the default view". */
export interface Notice {
  id: number;
  /** An i18n key (namespace:key) and its values, so the notice follows the language. */
  key: string;
  values?: Record<string, string | number>;
}

export interface NoticeSlice {
  notices: Notice[];
  pushNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 0;

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  pushNotice: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: ++nextId }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
