import { useId, useState, type FormEvent } from 'react'
import { api, ApiError } from '../../api/client'
import { FormGroup, inputAria, mapFieldErrors } from '../../components/form'
import { Alert, PageHeader, Spinner } from '../../components/ui'
import { useLoad } from '../../lib/useLoad'

const FIELDS = ['code', 'name'] as const
type Field = (typeof FIELDS)[number]

/** 분야 관리: the categories are data; an ADMIN adds new ones (existing ones stay, for the records using them). */
export function CategoriesPage() {
  const { data, error, reload } = useLoad((signal) => api.categories(signal), [], '분야를 불러오지 못했습니다.')
  const uid = useId()
  const id = (f: Field) => `${uid}-${f}`
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    const c = code.trim().toUpperCase()
    const n = name.trim()
    const next: Partial<Record<Field, string>> = {}
    if (!c) next.code = '코드를 입력해 주세요. (필수 입력)'
    else if (!/^[A-Z][A-Z0-9_]{1,29}$/.test(c))
      next.code = '코드는 영문 대문자로 시작하여 영문 대문자·숫자·밑줄(_)로 2~30자 입력해 주세요.'
    else if (data?.some((x) => x.code === c)) next.code = '이미 있는 코드입니다.'
    if (!n) next.name = '분야명을 입력해 주세요. (필수 입력)'
    else if (n.length > 50) next.name = '분야명은 50자 이내로 입력해 주세요.'
    else if (data?.some((x) => x.name === n)) next.name = '이미 있는 분야명입니다.'
    setErrors(next)
    setProblem(null)
    setMessage(null)
    if (next.code || next.name) {
      document.getElementById(id(next.code ? 'code' : 'name'))?.focus()
      return
    }
    setBusy(true)
    try {
      await api.addCategory({ code: c, name: n })
      setMessage(`분야 '${n}'을(를) 추가했습니다.`)
      setCode('')
      setName('')
      reload()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return
      if (err instanceof ApiError) {
        const { fields, other } = mapFieldErrors(err.fieldErrors, FIELDS)
        setErrors(fields)
        setProblem([err.message, ...other].join(' '))
      } else setProblem('추가하지 못했습니다. 잠시 후 다시 시도해 주세요.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeader
        title="분야 관리"
        description="기업애로의 분야(자금, 판로, 수출 등) 목록입니다. 새 분야를 추가하면 접수 화면과 라우팅 규칙에서 바로 쓸 수 있습니다."
      />
      <div className="summary-anchor">{message && <Alert tone="success" title={message} />}</div>
      {error && <Alert tone="danger" title={error} />}
      {!data && !error && <Spinner label="분야를 불러오는 중" />}
      {data && (
        <div className="krds-table-wrap narrow" tabIndex={0} role="region" aria-label="분야 표">
          <table className="tbl data">
            <caption className="sr-only">분야 목록: 코드와 분야명</caption>
            <thead>
              <tr>
                <th scope="col">코드</th>
                <th scope="col">분야명</th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.code}>
                  <td data-label="코드">
                    <code>{c.code}</code>
                  </td>
                  <td data-label="분야명">{c.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section className="krds-card admin-form-card" aria-labelledby={`${uid}-title`}>
        <h2 id={`${uid}-title`} className="section-title">
          분야 추가
        </h2>
        <form className="krds-form" noValidate onSubmit={onSubmit}>
          {problem && <Alert tone="danger" title={problem} />}
          <div className="form-grid">
            <FormGroup id={id('code')} label="코드" required error={errors.code} hint="영문 대문자, 예) ENERGY">
              <input
                {...inputAria(id('code'), errors.code, { hint: true, required: true })}
                className="krds-input"
                autoCapitalize="characters"
                value={code}
                onChange={(e) => {
                  setCode(e.target.value)
                  setErrors((x) => ({ ...x, code: undefined }))
                }}
              />
            </FormGroup>
            <FormGroup id={id('name')} label="분야명" required error={errors.name} hint="예) 에너지·탄소중립">
              <input
                {...inputAria(id('name'), errors.name, { hint: true, required: true })}
                className="krds-input"
                value={name}
                onChange={(e) => {
                  setName(e.target.value)
                  setErrors((x) => ({ ...x, name: undefined }))
                }}
              />
            </FormGroup>
          </div>
          <div className="form-actions">
            <button type="submit" className="krds-btn primary medium" disabled={busy} aria-busy={busy}>
              {busy ? '추가 중…' : '분야 추가'}
            </button>
          </div>
        </form>
      </section>
    </>
  )
}
