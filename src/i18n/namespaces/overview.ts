import da from '../locales/da/overview.json';
import en from '../locales/en/overview.json';
import { defineNamespace } from '../namespace';

export const OVERVIEW_NS = defineNamespace('overview', { da, en });
