import { useCallback, useState } from 'react';

/** Values of a small form, one setter for all fields. */
export function useFormState<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value })), []);
  return { values, set, setValues };
}
