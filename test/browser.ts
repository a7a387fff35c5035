/**
 * Where the browser tests find Chromium, and whether they run: the product's own setting
 * (`INDIKATOR_CHROMIUM`, default Debian's `/usr/bin/chromium`). Without Chromium they are skipped
 * on a developer's machine — and fail under CI (`CI` set), where a missing browser is a broken
 * set-up, not a reason to pass.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_CHROMIUM } from '../src/services/config.ts';

export const CHROMIUM = process.env.INDIKATOR_CHROMIUM || DEFAULT_CHROMIUM;

/** True when the browser tests should be skipped. */
export const NO_BROWSER = !existsSync(CHROMIUM) && !process.env.CI;
