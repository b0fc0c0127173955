import da from '../locales/da/export.json';
import en from '../locales/en/export.json';
import { defineNamespace } from '../namespace';

export const EXPORT_NS = defineNamespace('export', { da, en });
