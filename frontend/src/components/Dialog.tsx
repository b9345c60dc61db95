import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * KRDS modal: role=dialog with aria-modal, named by its title; focus moves in, stays in (Tab wraps),
 * Escape closes it, and focus goes back to what opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  size = 'medium',
  testId,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  size?: 'small' | 'medium'
  testId?: string
}) {
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null
    const first = ref.current?.querySelector<HTMLElement>(`.krds-modal-body ${FOCUSABLE}`)
    ;(first ?? ref.current)?.focus()
    const prevOverflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    return () => {
      document.body.style.overflow = prevOverflow
      opener?.focus?.()
    }
  }, [])

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation()
      closeRef.current()
      return
    }
    if (e.key !== 'Tab' || !ref.current) return
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE))
    if (items.length === 0) return
    const first = items[0]
    const last = items[items.length - 1]
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first.focus()
    }
  }

  return createPortal(
    <div className="krds-modal-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={`krds-modal ${size}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <div className="krds-modal-head">
          <h2 id={titleId} className="krds-modal-title">
            {title}
          </h2>
          <button type="button" className="krds-modal-close" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span className="sr-only">닫기</span>
          </button>
        </div>
        <div className="krds-modal-body">{children}</div>
        {footer && <div className="krds-modal-foot">{footer}</div>}
      </div>
    </div>,
    document.body,
  )
}

/** Asks before something that cannot be undone; shows the server's reason if it refuses. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  title: string
  children: ReactNode
  confirmLabel: string
  busy: boolean
  error?: string | null
  onConfirm: () => void
  onClose: () => void
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="small"
      footer={
        <>
          <button type="button" className="krds-btn tertiary medium" onClick={onClose}>
            취소
          </button>
          <button type="button" className="krds-btn danger medium" onClick={onConfirm} disabled={busy} aria-busy={busy}>
            {busy ? '처리 중…' : confirmLabel}
          </button>
        </>
      }
    >
      {error && (
        <div role="alert" className="krds-alert tone-danger">
          <span className="krds-alert-icon" aria-hidden="true" />
          <p className="krds-alert-title">{error}</p>
        </div>
      )}
      <div className="confirm-text">{children}</div>
    </Dialog>
  )
}
