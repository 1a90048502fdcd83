package org.swarmchat.app.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How token figures are written for people, on the network page and by {@code swarmchat network} alike: dollars with
 * cents ("$1.23"), large dollar sums whole ("$12,345,679"), SESH with at most two decimals ("20,000 SESH"), and the
 * source's time. Stateless.
 */
public final class TokenFormats {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private TokenFormats() {
    }

    /** A price: cents, or four decimals below a dollar so a small price does not read "$0.05" for 0.0524. */
    public static String usd(BigDecimal value) {
        boolean small = value.signum() != 0 && value.compareTo(BigDecimal.ONE) < 0;
        return "$" + format(small ? "0.00##" : "#,##0.00", value);
    }

    /** A large dollar sum (market cap, value staked), whole dollars. */
    public static String usdWhole(BigDecimal value) {
        return "$" + format("#,##0", value);
    }

    /** An amount of the token. */
    public static String sesh(BigDecimal value) {
        return format("#,##0.##", value) + " SESH";
    }

    /** A count of things. */
    public static String count(long value) {
        return format("#,##0", BigDecimal.valueOf(value));
    }

    /** "as of 14:03:22 on 12 May 2026", in {@code zone}. */
    public static String asOf(Instant time, ZoneId zone) {
        var local = time.atZone(zone);
        return "as of " + TIME.format(local) + " on " + DAY.format(local);
    }

    // DecimalFormat is not thread-safe, so each call makes its own; the page formats a handful of figures.
    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
