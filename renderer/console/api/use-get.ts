/** Loading one API resource into a page, with a reload and (optionally) a refresh interval. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useApi } from './ApiContext';
import type { ApiFailure } from './failure';

/** What a page shows while, and after, it loads a resource. */
export interface Loaded<T> {
  data: T | null;
  error: ApiFailure | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the data with what a change answered (saves a second GET). */
  setData: (data: T) => void;
}

/** GETs `path` now, on `reload()`, and every `everyMs` when given. */
export function useGet<T>(path: string, schema: z.ZodType<T>, everyMs?: number): Loaded<T> {
  const api = useApi();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [loading, setLoading] = useState(true);
  // The schema is a module constant in every caller; a ref keeps it out of the effect's dependencies.
  const schemaRef = useRef(schema);

  const reload = useCallback(async () => {
    setLoading(true);
    const result = await api.request('GET', path, schemaRef.current);
    setLoading(false);
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api, path]);

  useEffect(() => {
    // Loading on mount is the point of this hook; the state it sets arrives after the await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    if (!everyMs) return;
    const timer = setInterval(() => void reload(), everyMs);
    return () => clearInterval(timer);
  }, [reload, everyMs]);

  return { data, error, loading, reload, setData };
}
