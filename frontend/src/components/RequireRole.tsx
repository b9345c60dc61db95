import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Role } from '../api/types'
import { useAuth } from '../auth/AuthContext'
import { hasRole } from '../lib/labels'
import { PageHeader } from './ui'

/** Shows its children only to users with one of `roles`; others get a Korean notice, not a blank page. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user } = useAuth()
  if (hasRole(user, ...roles)) return children
  return (
    <div className="krds-card empty-state">
      <PageHeader title="접근 권한이 없습니다" />
      <p>이 화면은 담당 권한이 있는 사용자만 이용할 수 있습니다.</p>
      <p>
        <Link to="/dashboard" className="krds-btn secondary medium">
          대시보드로 이동
        </Link>
      </p>
    </div>
  )
}
