import da from '../locales/da/source.json';
import en from '../locales/en/source.json';
import { defineNamespace } from '../namespace';

export const SOURCE_NS = defineNamespace('source', { da, en });
