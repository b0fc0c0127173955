/**
 * The compact gazetteer (public/data/gazetteer.json), for the import worker only: never on the first
 * view, and never on the main thread (src/features/import/import.worker.ts).
 */
import { assetUrl, fetchJson } from './fetch';
import { gazetteerFileSchema, type GazetteerFile } from '@/model/gazetteer-schema';

export const GAZETTEER_URL = assetUrl('data/gazetteer.json');

export const loadGazetteer = (signal?: AbortSignal): Promise<GazetteerFile> =>
  fetchJson(GAZETTEER_URL, (json) => gazetteerFileSchema.parse(json), signal);
