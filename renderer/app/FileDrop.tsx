import { useEffect, useRef, useState } from 'react';
import { droppedFiles } from './import-files';
import { useDeliver } from './pushes';
import { useReadOnly } from './store-status';

const dragEvents = ['dragenter', 'dragleave', 'dragover', 'drop'] as const;

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * Files dragged anywhere over the window: a drop target covers it while they hover, and dropped files go to
 * the import as files opened with the app do. Only file drags are taken; text and links are left alone.
 */
export function FileDrop() {
  const deliver = useDeliver();
  const readOnly = useReadOnly();
  const refuse = useRef(readOnly);
  refuse.current = readOnly;
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // The entered element's dragenter fires before the left one's dragleave: depth 0 means outside the window.
    let depth = 0;
    const onDrag = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      // A drop a screen took for itself (a rules file on the Rules screen) is not an import.
      const taken = event.defaultPrevented;
      if (event.type === 'dragenter') depth += 1;
      if (event.type === 'dragleave') depth = Math.max(0, depth - 1);
      if (event.type === 'dragover' || event.type === 'drop') event.preventDefault();
      if (event.type === 'dragover') event.dataTransfer.dropEffect = refuse.current ? 'none' : 'copy';
      if (event.type === 'drop') {
        depth = 0;
        if (!refuse.current && !taken) deliver({ kind: 'files', files: droppedFiles(event.dataTransfer.files) });
      }
      setDragging(depth > 0);
    };
    for (const type of dragEvents) window.addEventListener(type, onDrag);
    return () => dragEvents.forEach((type) => window.removeEventListener(type, onDrag));
  }, [deliver]);
  if (!dragging) return null;
  return (
    // For the pointer only (keyboard users have Import…): it lets every event through to the page below.
    <div className="hw-drop-overlay" aria-hidden="true">
      <div className="hw-drop-target">
        <div className="hw-drop-card">
          <p className="hw-drop-title">{readOnly ? 'Nothing can be imported' : 'Drop to import'}</p>
          <p>{readOnly ? 'The profile store is read-only.' : 'Profile files (.hostwise, .json), Hostwise PDF reports (.pdf) and inventories (RVTools .xlsx, .csv)'}</p>
        </div>
      </div>
    </div>
  );
}
