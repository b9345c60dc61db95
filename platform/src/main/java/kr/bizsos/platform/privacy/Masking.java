package kr.bizsos.platform.privacy;

/** Masks personal data (contact names, phones, emails) for lists and anywhere it is not needed whole. */
public final class Masking {

    private Masking() {
    }

    /** 홍길동 → 홍*동, 김철 → 김*, Kim Minsu → K********u */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String s = name.strip();
        int n = s.codePointCount(0, s.length());
        if (n == 1) {
            return "*";
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (n == 2) {
            return out.append('*').toString();
        }
        out.append("*".repeat(n - 2));
        return out.appendCodePoint(cps[n - 1]).toString();
    }

    /** 010-1234-5678 → 010-****-5678; keeps the first three and last four digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 3 || seen > digits - 4 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** minsu.kim@example.kr → m*******@example.kr */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "*".repeat(email.length());
        }
        return email.charAt(0) + "*".repeat(Math.max(1, at - 1)) + email.substring(at);
    }
}
