import { create } from 'zustand';
import { createAreaSlice, type AreaSlice } from './slices/area-slice';
import { createCameraSlice, type CameraSlice } from './slices/camera-slice';
import { createCoverageSlice, type CoverageSlice } from './slices/coverage-slice';
import { createFiltersSlice, type FiltersSlice } from './slices/filters-slice';
import { createNoticeSlice, type NoticeSlice } from './slices/notice-slice';
import { createReaderSlice, type ReaderSlice } from './slices/reader-slice';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice';
import { createSourcesSlice, type SourcesSlice } from './slices/sources-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';
import { createViewSlice, type ViewSlice } from './slices/view-slice';

/** Shared UI state only: fetched data lives in react-query, shareable view state is mirrored to the URL. */
export type AppState = UiSlice &
  CameraSlice &
  SelectionSlice &
  ViewSlice &
  FiltersSlice &
  CoverageSlice &
  ReaderSlice &
  NoticeSlice &
  AreaSlice &
  SourcesSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createCameraSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createFiltersSlice(...args),
  ...createCoverageSlice(...args),
  ...createReaderSlice(...args),
  ...createNoticeSlice(...args),
  ...createAreaSlice(...args),
  ...createSourcesSlice(...args),
}));
