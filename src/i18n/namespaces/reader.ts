import da from '../locales/da/reader.json';
import en from '../locales/en/reader.json';
import { defineNamespace } from '../namespace';

export const READER_NS = defineNamespace('reader', { da, en });
