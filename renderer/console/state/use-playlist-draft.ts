/**
 * The playlist document being edited, shared by the Playlist, Marquee and
 * Media pages: nothing reaches the screen until the operator presses save,
 * and a save names the revision it started from so nobody's work is
 * overwritten silently.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { API_ROUTES, playlistResponseSchema, playlistSavedSchema, type PlaylistResponse } from '../../../main/core/api';
import { playlistSchema, type Playlist } from '../../../main/core/playlist/schema';
import { problemsFromZod } from '../../../main/core/validation';
import { useApi } from '../api/ApiContext';
import type { ApiFailure } from '../api/failure';
import { NO_PROBLEMS, placeProblems, type PlacedProblems } from '../problem-fields';

/** A note for the operator after an action. */
export type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** What the editing pages read and call. */
export interface PlaylistDraft {
  loaded: PlaylistResponse | null;
  loadError: ApiFailure | null;
  draft: Playlist | null;
  dirty: boolean;
  saving: boolean;
  conflict: boolean;
  problems: PlacedProblems;
  /** The outcome of the last save or undo: a code the page words, or the server's sentence. */
  outcome: { kind: 'saved' | 'undone' | 'invalid' } | { kind: 'failed'; message: string } | null;
  edit: (change: (playlist: Playlist) => Playlist) => void;
  save: () => Promise<void>;
  undo: () => Promise<boolean>;
  reload: () => Promise<void>;
  discard: () => void;
}

/** Loads the playlist once and keeps the operator's edits until saved or discarded. */
export function usePlaylistDraft(): PlaylistDraft {
  const api = useApi();
  const [loaded, setLoaded] = useState<PlaylistResponse | null>(null);
  const [loadError, setLoadError] = useState<ApiFailure | null>(null);
  const [draft, setDraft] = useState<Playlist | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [problems, setProblems] = useState<PlacedProblems>(NO_PROBLEMS);
  const [outcome, setOutcome] = useState<PlaylistDraft['outcome']>(null);

  const reload = useCallback(async () => {
    const result = await api.request('GET', API_ROUTES.playlist, playlistResponseSchema);
    if (!result.ok) return setLoadError(result.error);
    setLoaded(result.value);
    setDraft(result.value.playlist);
    setLoadError(null);
    setConflict(false);
    setProblems(NO_PROBLEMS);
  }, [api]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first load; state arrives after the fetch
    void reload();
  }, [reload]);

  const dirty = useMemo(
    () => loaded !== null && draft !== null && JSON.stringify(draft) !== JSON.stringify(loaded.playlist),
    [loaded, draft],
  );

  // A closing tab asks before unsaved work is lost.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = useCallback((change: (playlist: Playlist) => Playlist) => {
    setDraft((current) => (current ? change(current) : current));
    setOutcome(null);
  }, []);

  const save = useCallback(async () => {
    if (!draft || !loaded) return;
    // The same schema as the server: most mistakes are named before anything is sent.
    const local = playlistSchema.safeParse(draft);
    if (!local.success) {
      setProblems(placeProblems(problemsFromZod(local.error), draft));
      return setOutcome({ kind: 'invalid' });
    }
    setSaving(true);
    const sent = draft;
    const result = await api.request('PUT', API_ROUTES.playlist, playlistSavedSchema, {
      playlist: sent,
      baseRevision: loaded.revision,
    });
    setSaving(false);
    if (result.ok) {
      setLoaded({ ...loaded, playlist: sent, revision: result.value.revision, origin: 'file', problem: null });
      setProblems(NO_PROBLEMS);
      return setOutcome({ kind: 'saved' });
    }
    const failure = result.error;
    if (failure.kind === 'conflict') return setConflict(true);
    if (failure.kind === 'invalid') {
      setProblems(placeProblems(failure.problems, sent));
      return setOutcome(failure.problems.length ? { kind: 'invalid' } : { kind: 'failed', message: failure.message });
    }
    setOutcome({ kind: 'failed', message: failure.message });
  }, [api, draft, loaded]);

  const undo = useCallback(async () => {
    const result = await api.request('POST', API_ROUTES.playlistUndo, playlistSavedSchema);
    if (!result.ok) {
      setOutcome({ kind: 'failed', message: result.error.message });
      return false;
    }
    await reload();
    setOutcome({ kind: 'undone' });
    return true;
  }, [api, reload]);

  const discard = useCallback(() => {
    if (loaded) setDraft(loaded.playlist);
    setProblems(NO_PROBLEMS);
    setOutcome(null);
  }, [loaded]);

  return { loaded, loadError, draft, dirty, saving, conflict, problems, outcome, edit, save, undo, reload, discard };
}
