import da from '../locales/da/changes.json';
import en from '../locales/en/changes.json';
import { defineNamespace } from '../namespace';

export const CHANGES_NS = defineNamespace('changes', { da, en });
