import da from '../locales/da/coverage.json';
import en from '../locales/en/coverage.json';
import { defineNamespace } from '../namespace';

export const COVERAGE_NS = defineNamespace('coverage', { da, en });
