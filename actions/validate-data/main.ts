import { runValidateDataAction } from '@mlgate/github';

void runValidateDataAction();
