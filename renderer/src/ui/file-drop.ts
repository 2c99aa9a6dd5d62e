import type { DragEvent } from 'react';

/**
 * The drag-and-drop handlers that make an element take a file dropped from the file manager:
 * dragover is accepted only when files are dragged (text dragged within the page is left alone),
 * and `onFile` receives the first file dropped.
 */
export function fileDropHandlers(onFile: (file: File) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file);
    },
  };
}
