import { useEffect, useRef } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { useAuth } from '../auth/AuthContext'
import type { User } from '../api/types'
import { isAdmin, isStaff, primaryRole, ROLE_LABELS } from '../lib/labels'

interface NavItem {
  to: string
  label: string
  end?: boolean
}

/**
 * The main menu by role: a company files and follows its own and sees its meetings; staff handle grievances and
 * meetings and follow the programmes (사업·KPI); an ADMIN also keeps the rules and the partner agencies' keys.
 */
export function navFor(user: User): NavItem[] {
  if (!isStaff(user)) {
    return [
      { to: '/dashboard', label: '대시보드' },
      { to: '/grievances/new', label: '기업애로 접수' },
      { to: '/grievances', label: '내 기업애로', end: true },
      { to: '/meetings', label: '회의·간담회', end: true },
    ]
  }
  const items: NavItem[] = [
    { to: '/dashboard', label: '대시보드' },
    { to: '/grievances', label: '기업애로 처리함', end: true },
    { to: '/grievances/new', label: '접수 대행' },
    { to: '/meetings', label: '회의·간담회', end: true },
    { to: '/meetings/rotation', label: '순회 현황' },
    { to: '/programmes', label: '사업·KPI' },
  ]
  if (isAdmin(user)) {
    items.push(
      { to: '/admin/routing-rules', label: '라우팅 규칙' },
      { to: '/admin/holidays', label: '공휴일' },
      { to: '/admin/categories', label: '분야' },
      { to: '/admin/partners', label: '유관기관 연계' },
    )
  }
  return items
}

export function Layout() {
  const { user, logout } = useAuth()
  const location = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  // After in-app navigation, move focus to the content so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    window.scrollTo(0, 0)
    mainRef.current?.focus({ preventScroll: true })
  }, [location.pathname])

  if (!user) return null
  const role = primaryRole(user)
  const nav = navFor(user)

  return (
    <div className="app-shell">
      <SkipLink />
      <Masthead />
      <header className="krds-header">
        <div className="container header-inner">
          <NavLink to="/dashboard" className="brand" aria-label="기업SOS 홈(대시보드)">
            <BrandMark />
            <span className="brand-text">
              <span className="brand-name">기업SOS</span>
              <span className="brand-sub">강원특별자치도 기업애로 통합지원</span>
            </span>
          </NavLink>
          <div className="header-utility">
            <p className="user-chip">
              <span className="user-name">{user.displayName}</span>
              <span className="sr-only">님, 권한: </span>
              {role && <span className={`krds-badge role-badge role-${role.toLowerCase()}`}>{ROLE_LABELS[role]}</span>}
            </p>
            <button type="button" className="krds-btn tertiary small" onClick={logout}>
              로그아웃
            </button>
          </div>
        </div>
        <nav className="krds-main-menu" aria-label="주 메뉴">
          <ul className="container menu-list">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="menu-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <Footer />
    </div>
  )
}

export function SkipLink() {
  return (
    <div id="krds-skip-link">
      <a href="#main-content">본문 바로가기</a>
    </div>
  )
}

export function Masthead() {
  return (
    <div className="krds-masthead">
      <div className="container">
        <span className="masthead-flag" aria-hidden="true" />
        이 누리집은 강원특별자치도 기업SOS 공식 누리집입니다.
      </div>
    </div>
  )
}

export function Footer() {
  return (
    <footer className="krds-footer">
      <div className="container footer-inner">
        <p className="footer-brand">강원특별자치도 기업SOS</p>
        <p>기업의 애로·건의·질의를 접수하여 소관부서와 유관기관이 함께 해결합니다.</p>
        <p className="footer-copy">© 강원특별자치도. 모든 시각은 한국 표준시(KST) 기준입니다.</p>
      </div>
    </footer>
  )
}

export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="currentColor" />
      <path d="M32 12 50 19v13c0 11-7.6 18.7-18 21-10.4-2.3-18-10-18-21V19z" fill="#fff" />
      <path
        d="M24 32.5 30 38l11-12"
        fill="none"
        stroke="currentColor"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
