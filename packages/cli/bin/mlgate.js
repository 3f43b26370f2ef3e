#!/usr/bin/env node
// The committed bundle, so `npx mlgate` works right after `npm ci`, with no build step.
import '../../../dist/cli/mlgate.js';
