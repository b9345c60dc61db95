package kr.bizsos.grievance.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The published public holidays, 2018–2027, kept as data with their source in
 * {@code holidays/kr-official-2018-2027.tsv} (임시공휴일 and 대체공휴일 included).
 */
public final class OfficialHolidays {

    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2027;
    private static final NavigableMap<LocalDate, String> DAYS = load();

    private OfficialHolidays() {
    }

    public static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static NavigableMap<LocalDate, String> of(int year) {
        return Collections.unmodifiableNavigableMap(
                DAYS.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
    }

    private static NavigableMap<LocalDate, String> load() {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = OfficialHolidays.class.getResourceAsStream("/holidays/kr-official-2018-2027.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                days.put(LocalDate.parse(parts[0]), parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
