import { runCompareMetricsAction } from '@mlgate/github';

void runCompareMetricsAction();
