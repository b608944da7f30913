/** Text handling shared by everything: script detection, normalisation and Chinese conversion. */
package tradebot.text;
