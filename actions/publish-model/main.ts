import { runPublishModelAction } from '@mlgate/github';

void runPublishModelAction();
