/** docx/: the report as a Word document. */
export { type DocxOptions, renderDocx } from './render-docx.ts';
