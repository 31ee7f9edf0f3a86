package org.isnad.ui.language;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;
import org.isnad.message.Message;
import org.isnad.message.Messages;

/**
 * The window's strings, from {@code messages.properties} / {@code messages_ar.properties}, and the
 * orientation that goes with the language: Arabic mirrors the whole window, English keeps the chrome
 * left to right. (The document text is right to left either way.)
 */
public final class UiText {
    public static final String BUNDLE = "org.isnad.ui.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public UiText(Locale locale) {
        this(locale, true);
    }

    /**
     * {@code arabicIndicDigits} chooses how an Arabic window writes the numbers it formats: ٠١٢٣ (true) or
     * 0123. Only the window's own words are formatted so; stored text is shown as it is.
     */
    public UiText(Locale locale, boolean arabicIndicDigits) {
        Locale base = Locale.forLanguageTag(locale.toLanguageTag().replaceAll("-u-.*$", ""));
        this.locale = "ar".equals(base.getLanguage())
                ? new Locale.Builder().setLocale(base).setUnicodeLocaleKeyword("nu", arabicIndicDigits ? "arab" : "latn").build()
                : base;
        this.bundle = ResourceBundle.getBundle(BUNDLE, base);
    }

    /**
     * The language from {@code ISNAD_LANG} or {@code -Disnad.lang} when given, else the one chosen in
     * View → Language (saved in the user's settings), else the system's.
     */
    public static UiText forSettings(org.isnad.service.UserSettings settings) {
        String lang = System.getenv("ISNAD_LANG");
        if (lang == null || lang.isBlank()) {
            lang = System.getProperty("isnad.lang");
        }
        if (lang == null || lang.isBlank()) {
            lang = settings.language().orElse(null);
        }
        return new UiText(lang == null || lang.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(lang),
                settings.arabicIndicDigits());
    }

    /** The language from {@code ISNAD_LANG} (e.g. "ar", "en"), else the system's. */
    public static UiText forDefaultLocale() {
        String lang = System.getenv("ISNAD_LANG");
        if (lang == null || lang.isBlank()) {
            lang = System.getProperty("isnad.lang");
        }
        return new UiText(lang == null || lang.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(lang));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing translation shows its key rather than failing the window
            return key;
        }
    }

    /** Whether this window writes its numbers in Arabic-Indic digits (٠١٢٣): Arabic, with the setting on. */
    public boolean arabicIndicDigits() {
        return "arab".equals(locale.getUnicodeLocaleType("nu"));
    }

    /**
     * A whole number as the window shows it (a count, an offset, a page): in the window's digits and without
     * thousands separators, like the numbers in the window's texts. For display only: what is stored or
     * exported keeps Western digits.
     */
    public String number(long n) {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        f.setGroupingUsed(false);
        return f.format(n);
    }

    /** A number with {@code fractionDigits} decimals (a kappa, an alpha) in the window's digits and decimal sign. */
    public String decimal(double value, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(value);
    }

    /**
     * Text made of numbers and signs the window wrote itself (a date «2024-09-24», a time «10:04:05», a range
     * «12–40»), with its digits 0–9 in the window's digits. Never for stored text: a quote shows its own digits.
     */
    public String digits(String s) {
        if (s == null || !arabicIndicDigits()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return sb.toString();
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A {@link Message} from the model, the services or the formats, in the window's language. */
    public String render(Message message) {
        return Messages.render(message, locale);
    }

    /** What went wrong, in the window's language: the throwable's {@link Message} when it carries one. */
    public String describe(Throwable t) {
        return Messages.describe(t, locale);
    }

    public boolean isRightToLeft() {
        return "ar".equals(bundle.getLocale().getLanguage());
    }

    public NodeOrientation orientation() {
        return isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }
}
