import da from '../locales/da/describe.json';
import en from '../locales/en/describe.json';
import { defineNamespace } from '../namespace';

export const DESCRIBE_NS = defineNamespace('describe', { da, en });
