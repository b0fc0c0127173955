import da from '../locales/da/area.json';
import en from '../locales/en/area.json';
import { defineNamespace } from '../namespace';

export const AREA_NS = defineNamespace('area', { da, en });
