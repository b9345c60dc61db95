import { useEffect, useState } from 'react'
import { api, ApiError } from '../api/client'
import type { Category, Department } from '../api/types'
import { CATEGORY_FALLBACK } from './labels'

/** The category list; the built-in names stand in (and `failed` is set) if it cannot be loaded. */
export function useCategories(nonce = 0) {
  const [categories, setCategories] = useState<Category[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const ctrl = new AbortController()
    api
      .categories(ctrl.signal)
      .then((list) => {
        setCategories(list)
        setFailed(false)
      })
      .catch((e) => {
        if (ctrl.signal.aborted) return
        if (e instanceof ApiError && e.status === 401) return
        setFailed(true)
        setCategories(Object.entries(CATEGORY_FALLBACK).map(([code, name]) => ({ code, name })))
      })
    return () => ctrl.abort()
  }, [nonce])
  return { categories, failed }
}

export function categoryNameOf(categories: Category[] | null | undefined, code: string | null | undefined): string {
  if (!code) return '-'
  return categories?.find((c) => c.code === code)?.name ?? CATEGORY_FALLBACK[code] ?? code
}

/** 부서 목록; empty when it cannot be loaded (the selects then say so). */
export function useDepartments(enabled = true) {
  const [departments, setDepartments] = useState<Department[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!enabled) return
    const ctrl = new AbortController()
    api
      .departments(ctrl.signal)
      .then(setDepartments)
      .catch((e) => {
        if (ctrl.signal.aborted) return
        if (e instanceof ApiError && e.status === 401) return
        setFailed(true)
        setDepartments([])
      })
    return () => ctrl.abort()
  }, [enabled])
  return { departments, failed }
}

export function departmentNameOf(departments: Department[] | null | undefined, id: string | null | undefined): string {
  if (!id) return '-'
  return departments?.find((d) => d.id === id)?.name ?? id
}
