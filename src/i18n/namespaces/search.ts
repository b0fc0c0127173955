import da from '../locales/da/search.json';
import en from '../locales/en/search.json';
import { defineNamespace } from '../namespace';

export const SEARCH_NS = defineNamespace('search', { da, en });
