import { describe, expect, it } from 'vitest'
import { businessNumberError, formatBusinessNumber, isValidBusinessNumber } from './businessNumber'

describe('사업자등록번호 check digit', () => {
  it('accepts real numbers, with or without hyphens, and rejects a wrong check digit or length', () => {
    expect(isValidBusinessNumber('1348672683')).toBe(true)
    expect(isValidBusinessNumber('220-81-62517')).toBe(true)
    expect(isValidBusinessNumber('2118700620')).toBe(true)
    expect(isValidBusinessNumber('1348672684')).toBe(false)
    expect(isValidBusinessNumber('134867268')).toBe(false)
    expect(isValidBusinessNumber('13486726a3')).toBe(false)
    expect(businessNumberError('1348672684')).toMatch(/검증번호 불일치/)
    expect(businessNumberError('12345')).toMatch(/숫자 10자리/)
    expect(businessNumberError('  ')).toMatch(/필수 입력/)
    expect(businessNumberError('134-86-72683')).toBeUndefined()
    expect(formatBusinessNumber('1348672683')).toBe('134-86-72683')
  })
})
