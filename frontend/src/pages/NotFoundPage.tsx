import { Link } from 'react-router'
import { PageHeader } from '../components/ui'

export function NotFoundPage() {
  return (
    <div className="krds-card empty-state">
      <PageHeader title="페이지를 찾을 수 없습니다" />
      <p>주소가 바르게 입력되었는지 확인해 주세요.</p>
      <p>
        <Link to="/dashboard" className="krds-btn secondary medium">
          대시보드로 이동
        </Link>
      </p>
    </div>
  )
}
