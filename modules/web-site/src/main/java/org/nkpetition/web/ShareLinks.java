package org.nkpetition.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.nkpetition.i18n.Messages;

/** Plain links to share a petition: no third-party script or button is loaded into our pages. */
final class ShareLinks {
    private ShareLinks() {
    }

    static List<Map<String, String>> of(Messages messages, String title, String url) {
        String u = encode(url);
        String t = encode(title);
        return List.of(
                Map.of("label", messages.get("share_email"), "href", "mailto:?subject=" + t + "&body=" + u),
                Map.of("label", messages.get("share_x"), "href", "https://x.com/intent/post?url=" + u + "&text=" + t),
                Map.of("label", messages.get("share_facebook"), "href", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                Map.of("label", messages.get("share_line"), "href", "https://social-plugins.line.me/lineit/share?url=" + u));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
