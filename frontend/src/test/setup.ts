import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom has no layout, so no scrolling; the app calls it after navigation.
window.scrollTo = () => {}

afterEach(() => {
  cleanup()
  sessionStorage.clear()
})
