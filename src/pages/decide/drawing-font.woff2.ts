import type { APIRoute } from 'astro';
import { drawingFontResponse } from '../../components/flowchart/drawing-font-response';

/** DejaVu Sans for the drawing in the browser: the font its layout was measured in. */
export const GET: APIRoute = () => drawingFontResponse('normal');
