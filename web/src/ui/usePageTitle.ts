import { useEffect } from 'react';

/** Sets the document title (WCAG 2.4.2) to "<page> · Koordinator". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Koordinator` : 'Koordinator';
  }, [title]);
}
