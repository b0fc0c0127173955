import da from '../locales/da/cluster.json';
import en from '../locales/en/cluster.json';
import { defineNamespace } from '../namespace';

export const CLUSTER_NS = defineNamespace('cluster', { da, en });
