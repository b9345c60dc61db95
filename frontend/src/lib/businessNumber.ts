/**
 * 사업자등록번호: 10 digits, usually written 123-45-67890. The last digit checks the first nine:
 * weights 1,3,7,1,3,7,1,3,5 on digits 1–9, plus floor(d9 × 5 / 10); check = (10 − sum mod 10) mod 10.
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5]

/** Digits only: hyphens and spaces dropped. */
export function normalizeBusinessNumber(text: string): string {
  return text.replace(/[\s-]/g, '')
}

export function businessNumberCheckDigit(nineDigits: string): number {
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * WEIGHTS[i]
  sum += Math.floor((Number(nineDigits[8]) * 5) / 10)
  return (10 - (sum % 10)) % 10
}

export function isValidBusinessNumber(text: string): boolean {
  const digits = normalizeBusinessNumber(text)
  if (!/^\d{10}$/.test(digits)) return false
  return businessNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9])
}

/** A Korean message for what is wrong, or undefined when the number is fine. */
export function businessNumberError(text: string): string | undefined {
  const digits = normalizeBusinessNumber(text)
  if (!digits) return '사업자등록번호를 입력해 주세요. (필수 입력)'
  if (!/^\d{10}$/.test(digits)) return '사업자등록번호는 숫자 10자리로 입력해 주세요. (예: 123-45-67890)'
  if (!isValidBusinessNumber(digits))
    return '사업자등록번호가 올바르지 않습니다. 번호를 다시 확인해 주세요. (검증번호 불일치)'
  return undefined
}

/** 1348672683 → 134-86-72683; anything else is returned as it is. */
export function formatBusinessNumber(text: string | null | undefined): string {
  if (!text) return '-'
  const d = normalizeBusinessNumber(text)
  return /^\d{10}$/.test(d) ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` : text
}
