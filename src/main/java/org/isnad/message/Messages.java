package org.isnad.message;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s through the bundles {@code org/isnad/message/messages*.properties}
 * (model, services, storage, formats, CLI). A missing key shows the key and its arguments rather
 * than failing, so a gap in a translation never hides what went wrong.
 */
public final class Messages {
    public static final String BUNDLE = "org.isnad.message.messages";

    private Messages() {
    }

    public static String english(Message message) {
        return render(message, Locale.ROOT);
    }

    public static String render(Message message, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern = lookup(bundle, message.key());
        Object[] args = message.args().stream().map(a -> argument(a, bundle, locale)).toArray();
        if (pattern == null) {
            return message.key() + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text of a throwable for a person: its {@link Message} when it has one (here or in a cause), else its own text. */
    public static String describe(Throwable t, Locale locale) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof Localized l) {
                return render(l.message(), locale);
            }
        }
        String own = t.getMessage();
        return render(Message.of("error.unexpected", own == null ? t.getClass().getSimpleName() : own), locale);
    }

    private static Object argument(Object a, ResourceBundle bundle, Locale locale) {
        if (a instanceof Message m) {
            return render(m, locale);
        }
        if (a instanceof Enum<?> e) {
            String text = lookup(bundle, "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
            return text == null ? e.name() : text;
        }
        if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) {
            // counts and offsets as plain digits, never grouped ("byte 1234", not "byte 1,234")
            return String.valueOf(a);
        }
        if (a instanceof Number || a instanceof java.util.Date) {
            return a;
        }
        return String.valueOf(a);
    }

    private static ResourceBundle bundle(Locale locale) {
        // Locale.ROOT and English both take the base file; no fallback to the system's locale
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
