import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../api/client'

export interface Loaded<T> {
  data: T | null
  error: string | null
  loading: boolean
  setData: (d: T) => void
  reload: () => void
}

/**
 * Loads once per change of `deps`, aborting the previous request. Data already shown stays while the next
 * loads, so lists do not flicker. A 401 is left to the session handler.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[], failMessage: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [nonce, setNonce] = useState(0)

  useEffect(() => {
    const ctrl = new AbortController()
    setLoading(true)
    load(ctrl.signal)
      .then((d) => {
        if (ctrl.signal.aborted) return
        setData(d)
        setError(null)
      })
      .catch((e) => {
        if (ctrl.signal.aborted || (e instanceof ApiError && e.status === 401)) return
        setError(e instanceof ApiError ? e.message : failMessage)
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false)
      })
    return () => ctrl.abort()
  }, [...deps, nonce])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { data, error, loading, setData, reload }
}
