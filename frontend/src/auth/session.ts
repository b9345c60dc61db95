import type { LoginResponse, User } from '../api/types'

/** What survives a page reload in this tab: the token, when it lapses, and who it belongs to. */
export interface Session {
  accessToken: string
  /** Epoch milliseconds after which the token is no longer valid. */
  expiresAt: number
  user: User
}

const KEY = 'bizsos.session'

export function sessionFromLogin(res: LoginResponse, now = Date.now()): Session {
  return { accessToken: res.accessToken, expiresAt: now + res.expiresIn * 1000, user: res.user }
}

export function loadSession(now = Date.now()): Session | null {
  let raw: string | null
  try {
    raw = sessionStorage.getItem(KEY)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const s = JSON.parse(raw) as Session
    if (typeof s.accessToken !== 'string' || typeof s.expiresAt !== 'number' || !s.user) {
      clearSession()
      return null
    }
    if (s.expiresAt <= now) {
      clearSession()
      return null
    }
    return s
  } catch {
    clearSession()
    return null
  }
}

export function saveSession(s: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(s))
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

export function currentToken(): string | null {
  return loadSession()?.accessToken ?? null
}
