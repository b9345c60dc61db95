import { lazy, Suspense, type ReactNode } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import type { Role } from './api/types'
import { useAuth } from './auth/AuthContext'
import { Layout } from './components/Layout'
import { RequireAuth } from './components/RequireAuth'
import { RequireRole } from './components/RequireRole'
import { isStaff } from './lib/labels'
import { CategoriesPage } from './pages/admin/CategoriesPage'
import { HolidaysPage } from './pages/admin/HolidaysPage'
import { PartnersPage } from './pages/admin/PartnersPage'
import { RoutingRulesPage } from './pages/admin/RoutingRulesPage'
import { DashboardPage } from './pages/DashboardPage'
import { GrievanceDetailPage } from './pages/GrievanceDetailPage'
import { GrievanceListPage } from './pages/GrievanceListPage'
import { GrievanceNewPage } from './pages/GrievanceNewPage'
import { InboxPage } from './pages/InboxPage'
import { LoginPage } from './pages/LoginPage'
import { MeetingDetailPage } from './pages/meetings/MeetingDetailPage'
import { MeetingNewPage } from './pages/meetings/MeetingNewPage'
import { MeetingsPage } from './pages/meetings/MeetingsPage'
import { RotationPage } from './pages/meetings/RotationPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { Spinner } from './components/ui'

// The 사업·KPI screens are their own chunk: only staff open them.
const ProgrammesPage = lazy(() => import('./pages/programmes/ProgrammesPage').then((m) => ({ default: m.ProgrammesPage })))
const ProgrammePage = lazy(() => import('./pages/programmes/ProgrammePage').then((m) => ({ default: m.ProgrammePage })))

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner label="화면을 불러오는 중" />}>{children}</Suspense>
}

const STAFF: Role[] = ['ADMIN', 'COORDINATOR', 'OFFICER']

/** /grievances is the staff inbox for staff and 내 기업애로 for a company. */
function GrievancesHome() {
  const { user } = useAuth()
  return isStaff(user) ? <InboxPage /> : <GrievanceListPage />
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/dashboard" replace />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="grievances" element={<GrievancesHome />} />
        <Route path="grievances/new" element={<GrievanceNewPage />} />
        <Route path="grievances/:id" element={<GrievanceDetailPage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route
          path="meetings/new"
          element={
            <RequireRole roles={STAFF}>
              <MeetingNewPage />
            </RequireRole>
          }
        />
        <Route
          path="meetings/rotation"
          element={
            <RequireRole roles={STAFF}>
              <RotationPage />
            </RequireRole>
          }
        />
        <Route path="meetings/:id" element={<MeetingDetailPage />} />
        <Route
          path="programmes"
          element={
            <RequireRole roles={STAFF}>
              <Lazy>
                <ProgrammesPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="programmes/:id"
          element={
            <RequireRole roles={STAFF}>
              <Lazy>
                <ProgrammePage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="admin/routing-rules"
          element={
            <RequireRole roles={['ADMIN', 'COORDINATOR']}>
              <RoutingRulesPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/holidays"
          element={
            <RequireRole roles={['ADMIN']}>
              <HolidaysPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/categories"
          element={
            <RequireRole roles={['ADMIN']}>
              <CategoriesPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/partners"
          element={
            <RequireRole roles={['ADMIN']}>
              <PartnersPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
