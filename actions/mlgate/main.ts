import { runGateAction } from '@mlgate/github';

void runGateAction();
