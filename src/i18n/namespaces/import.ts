import da from '../locales/da/import.json';
import en from '../locales/en/import.json';
import { defineNamespace } from '../namespace';

export const IMPORT_NS = defineNamespace('import', { da, en });
