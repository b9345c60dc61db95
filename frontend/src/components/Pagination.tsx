/** KRDS pagination: 이전 / page numbers / 다음; pages are 0-based as the API counts them. */
export function Pagination({
  page,
  size,
  total,
  onPage,
  label = '페이지 이동',
}: {
  page: number
  size: number
  total: number
  onPage: (page: number) => void
  label?: string
}) {
  const pages = Math.max(1, Math.ceil(total / size))
  if (pages <= 1) return null
  const window = 5
  let start = Math.max(0, page - Math.floor(window / 2))
  const end = Math.min(pages, start + window)
  start = Math.max(0, end - window)
  const numbers = Array.from({ length: end - start }, (_, i) => start + i)

  return (
    <nav className="krds-pagination" aria-label={label}>
      <button
        type="button"
        className="page-navi prev"
        onClick={() => onPage(page - 1)}
        disabled={page <= 0}
      >
        이전<span className="sr-only"> 페이지</span>
      </button>
      <ul className="page-links">
        {numbers.map((n) => (
          <li key={n}>
            <button
              type="button"
              className={`page-link${n === page ? ' active' : ''}`}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`페이지 ${n + 1}`}
              onClick={() => onPage(n)}
            >
              {n + 1}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="page-navi next"
        onClick={() => onPage(page + 1)}
        disabled={page >= pages - 1}
      >
        다음<span className="sr-only"> 페이지</span>
      </button>
    </nav>
  )
}
