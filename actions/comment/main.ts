import { runCommentAction } from '@mlgate/github';

void runCommentAction();
