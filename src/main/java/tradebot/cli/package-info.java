/** The command line (picocli): terminal chat, serving the configured platforms, batch answers, listing facts. */
package tradebot.cli;
