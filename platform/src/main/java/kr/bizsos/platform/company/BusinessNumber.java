package kr.bizsos.platform.company;

/**
 * 사업자등록번호: 10 digits (written 123-45-67890), the last a check digit over the first nine
 * with weights 1,3,7,1,3,7,1,3,5 plus the tens of 5 × the ninth digit.
 */
public final class BusinessNumber {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessNumber() {
    }

    /** The 10 digits with hyphens and spaces removed, or null if {@code text} is null. */
    public static String normalize(String text) {
        return text == null ? null : text.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String text) {
        String digits = normalize(text);
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The full number for nine leading digits: they plus their check digit. */
    public static String withCheckDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        return nineDigits + checkDigit(nineDigits);
    }

    private static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (nineDigits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /** 1348672683 → 134-86-72683 */
    public static String format(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
