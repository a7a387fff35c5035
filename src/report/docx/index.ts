/** docx/: the report as a Word document. */
export { type DocxOptions, renderDocx } from './render-docx.ts';
export { WARM_UP_MODEL, warmUpDocx } from './warm-up.ts';
