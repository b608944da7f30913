/** Renderers that lay a {@code Reply} out for a medium: plain text here; platforms bring their own. */
package tradebot.format;
