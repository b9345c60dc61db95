import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api, SESSION_EXPIRED_MESSAGE, setUnauthorizedHandler } from '../api/client'
import type { User } from '../api/types'
import { clearSession, loadSession, saveSession, sessionFromLogin, type Session } from './session'

export interface Notice {
  tone: 'info' | 'warning'
  text: string
}

interface AuthValue {
  user: User | null
  expiresAt: number | null
  /** A message for the login page: why the user was sent back there. */
  notice: Notice | null
  /** The user logged out by choice (not an expired session): the next login starts afresh at the dashboard. */
  endedByUser: boolean
  login: (username: string, password: string) => Promise<User>
  logout: () => void
  clearNotice: () => void
}

const AuthContext = createContext<AuthValue | null>(null)

// setTimeout takes at most 2^31-1 ms.
const MAX_TIMEOUT = 2_147_483_647

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession())
  const [notice, setNotice] = useState<Notice | null>(null)
  const [endedByUser, setEndedByUser] = useState(false)

  const end = useCallback((next: Notice | null, byUser = false) => {
    clearSession()
    setSession(null)
    setNotice(next)
    setEndedByUser(byUser)
  }, [])

  // Any 401 from the API ends the session and sends the user to the login page.
  useEffect(
    () => setUnauthorizedHandler(() => end({ tone: 'warning', text: SESSION_EXPIRED_MESSAGE })),
    [end],
  )

  // The token's lifetime ends the session by itself.
  useEffect(() => {
    if (!session) return
    const left = session.expiresAt - Date.now()
    const timer = setTimeout(
      () => end({ tone: 'warning', text: SESSION_EXPIRED_MESSAGE }),
      Math.min(Math.max(left, 0), MAX_TIMEOUT),
    )
    return () => clearTimeout(timer)
  }, [session, end])

  const login = useCallback(async (username: string, password: string) => {
    const res = await api.login(username, password)
    const next = sessionFromLogin(res)
    saveSession(next)
    setSession(next)
    setNotice(null)
    setEndedByUser(false)
    return next.user
  }, [])

  const logout = useCallback(() => end({ tone: 'info', text: '로그아웃되었습니다.' }, true), [end])
  const clearNotice = useCallback(() => setNotice(null), [])

  const value = useMemo<AuthValue>(
    () => ({
      user: session?.user ?? null,
      expiresAt: session?.expiresAt ?? null,
      notice,
      endedByUser,
      login,
      logout,
      clearNotice,
    }),
    [session, notice, endedByUser, login, logout, clearNotice],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext)
  if (!v) throw new Error('useAuth must be used inside <AuthProvider>')
  return v
}
