import './page.css';
import './release.css';
import type { NewsroomPrint } from './print-api';
import { renderPrint } from './render-print';

window.newsroomPrint = { render: renderPrint } satisfies NewsroomPrint;
// Tells the embedding page (and the tests) that window.newsroomPrint can be called.
document.documentElement.dataset['printState'] = 'ready';
