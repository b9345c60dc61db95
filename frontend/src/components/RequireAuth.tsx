import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useAuth } from '../auth/AuthContext'

export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, endedByUser } = useAuth()
  const location = useLocation()
  // An expired session remembers the page to return to after logging in again; a chosen logout does not,
  // so the next person to log in on this browser starts at the dashboard.
  if (!user) return <Navigate to="/login" replace state={endedByUser ? null : { from: location.pathname }} />
  return children
}
