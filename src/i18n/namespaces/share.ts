import da from '../locales/da/share.json';
import en from '../locales/en/share.json';
import { defineNamespace } from '../namespace';

export const SHARE_NS = defineNamespace('share', { da, en });
