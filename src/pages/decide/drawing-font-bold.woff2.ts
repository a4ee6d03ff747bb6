import type { APIRoute } from 'astro';
import { drawingFontResponse } from '../../components/flowchart/drawing-font-response';

/** DejaVu Sans Bold for the drawing in the browser: verdicts and the answers on the reader's path. */
export const GET: APIRoute = () => drawingFontResponse('bold');
