import { useEffect, type ReactNode } from 'react'
import type { BadgeTone } from '../lib/labels'

export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`krds-badge tone-${tone}`}>{children}</span>
}

/** KRDS-style inline message. role=alert for errors so assistive technology reads it at once. */
export function Alert({
  tone,
  title,
  children,
  id,
}: {
  tone: 'danger' | 'warning' | 'info' | 'success'
  title?: string
  children?: ReactNode
  id?: string
}) {
  const role = tone === 'danger' || tone === 'warning' ? 'alert' : 'status'
  return (
    <div className={`krds-alert tone-${tone}`} role={role} id={id}>
      <span className="krds-alert-icon" aria-hidden="true" />
      <div>
        {title && <p className="krds-alert-title">{title}</p>}
        {children && <div className="krds-alert-body">{children}</div>}
      </div>
    </div>
  )
}

export function Spinner({ label = '불러오는 중' }: { label?: string }) {
  return (
    <div className="krds-spinner" role="status">
      <span className="krds-spinner-ring" aria-hidden="true" />
      <span>{label}…</span>
    </div>
  )
}

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} | 기업SOS`
  }, [title])
}

export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  usePageTitle(title)
  return (
    <div className="page-header">
      <h1 className="page-title">{title}</h1>
      {description && <p className="page-desc">{description}</p>}
    </div>
  )
}
