import { useId, useRef, useState, type FormEvent } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { ApiError } from '../api/client'
import { useAuth } from '../auth/AuthContext'
import { BrandMark, Footer, Masthead, SkipLink } from '../components/Layout'
import { Alert, usePageTitle } from '../components/ui'

export const BAD_CREDENTIALS_MESSAGE = '아이디 또는 비밀번호가 올바르지 않습니다.'

const DEMO_ACCOUNTS = [
  { username: 'admin', role: '관리자' },
  { username: 'coordinator', role: '총괄 담당자' },
  { username: 'officer', role: '처리 담당자 (기업경제과 기업SOS팀)' },
  { username: 'officer2', role: '처리 담당자 (투자유치과)' },
  { username: 'company', role: '기업 (㈜강원정밀)' },
  { username: 'company2', role: '기업 (㈜설악바이오)' },
]
const DEMO_PASSWORD = 'bizsos1234!'

type Errors = { username?: string; password?: string }

export function LoginPage() {
  usePageTitle('로그인')
  const { user, login, notice, clearNotice } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const from = (location.state as { from?: string } | null)?.from
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const usernameRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const ids = { username: useId(), password: useId() }

  if (user && !busy) return <Navigate to={from && from !== '/login' ? from : '/dashboard'} replace />

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    const next: Errors = {}
    if (!username.trim()) next.username = '아이디를 입력해 주세요.'
    if (!password) next.password = '비밀번호를 입력해 주세요.'
    setErrors(next)
    setFormError(null)
    if (next.username || next.password) {
      ;(next.username ? usernameRef : passwordRef).current?.focus()
      return
    }
    setBusy(true)
    clearNotice()
    try {
      await login(username.trim(), password)
      navigate(from && from !== '/login' ? from : '/dashboard', { replace: true })
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setFormError(BAD_CREDENTIALS_MESSAGE)
        setPassword('')
        passwordRef.current?.focus()
      } else if (err instanceof ApiError) {
        setFormError(err.message)
      } else {
        setFormError('로그인 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.')
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="app-shell login-shell">
      <SkipLink />
      <Masthead />
      <main id="main-content" tabIndex={-1} className="login-main">
        <div className="login-card">
          <div className="login-brand">
            <BrandMark />
            <div>
              <p className="login-service">기업SOS</p>
              <p className="login-service-sub">강원특별자치도 기업애로 통합지원</p>
            </div>
          </div>
          <h1 className="login-title">로그인</h1>
          <p className="login-lead">기업애로 접수와 처리 현황 확인을 위해 로그인해 주세요.</p>

          {notice && !formError && (
            <Alert tone={notice.tone === 'warning' ? 'warning' : 'info'} title={notice.text} />
          )}
          {formError && <Alert tone="danger" title={formError} id="login-error" />}

          <form className="krds-form" onSubmit={onSubmit} noValidate aria-describedby={formError ? 'login-error' : undefined}>
            <div className="form-group">
              <div className="form-tit">
                <label htmlFor={ids.username}>아이디</label>
              </div>
              <div className={`form-conts${errors.username ? ' is-error' : ''}`}>
                <input
                  ref={usernameRef}
                  id={ids.username}
                  name="username"
                  className="krds-input"
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  aria-invalid={errors.username ? true : undefined}
                  aria-describedby={errors.username ? `${ids.username}-err` : undefined}
                  aria-required="true"
                />
              </div>
              {errors.username && (
                <p className="form-hint-invalid" id={`${ids.username}-err`}>
                  {errors.username}
                </p>
              )}
            </div>
            <div className="form-group">
              <div className="form-tit">
                <label htmlFor={ids.password}>비밀번호</label>
              </div>
              <div className={`form-conts${errors.password ? ' is-error' : ''}`}>
                <input
                  ref={passwordRef}
                  id={ids.password}
                  name="password"
                  type="password"
                  className="krds-input"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  aria-invalid={errors.password ? true : undefined}
                  aria-describedby={errors.password ? `${ids.password}-err` : undefined}
                  aria-required="true"
                />
              </div>
              {errors.password && (
                <p className="form-hint-invalid" id={`${ids.password}-err`}>
                  {errors.password}
                </p>
              )}
            </div>
            <button type="submit" className="krds-btn primary large block" disabled={busy} aria-busy={busy}>
              {busy ? '로그인 중…' : '로그인'}
            </button>
          </form>

          <section className="demo-box" aria-labelledby="demo-title">
            <h2 id="demo-title" className="demo-title">체험용 계정 안내</h2>
            <p className="demo-desc">
              모든 계정의 비밀번호는 <code>{DEMO_PASSWORD}</code> 입니다.
            </p>
            <ul className="demo-list">
              {DEMO_ACCOUNTS.map((a) => (
                <li key={a.username}>
                  <code>{a.username}</code>
                  <span>{a.role}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
      <Footer />
    </div>
  )
}
