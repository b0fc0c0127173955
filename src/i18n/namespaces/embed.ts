import da from '../locales/da/embed.json';
import en from '../locales/en/embed.json';
import { defineNamespace } from '../namespace';

export const EMBED_NS = defineNamespace('embed', { da, en });
