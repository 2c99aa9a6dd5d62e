import './page.css';
import './release.css';
import type { NewsroomPrint } from './print-api';
import { renderPrint } from './render-print';

window.newsroomPrint = { render: renderPrint } satisfies NewsroomPrint;
// The page is a preview and a print source, not a browser: its links are for the PDF, never followed here.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a[href], area[href], a[*|href]')) {
    event.preventDefault();
  }
});
// Tells the embedding page (and the tests) that window.newsroomPrint can be called.
document.documentElement.dataset['printState'] = 'ready';
