package tradebot.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place names typed with a wrong character that sounds alike (常沙 for 长沙, 湖男 for 湖南): read as
 * the place they mean. At most one character of a name may differ, only by a character that
 * sounds like it, and never into the name of a place the bot knows it does not cover (湖北, 长春).
 */
final class PlaceTypos {

  /** Characters of place names and characters that sound alike and are typed for them. */
  private static final Map<Character, String> SOUNDS_ALIKE =
      Map.ofEntries(
          Map.entry('长', "常场昌尝肠厂"),
          Map.entry('沙', "纱砂莎杀傻啥"),
          Map.entry('湖', "胡糊蝴壶狐"),
          Map.entry('南', "男难楠喃"),
          Map.entry('益', "义易亦溢意"),
          Map.entry('阳', "杨洋扬羊样"),
          Map.entry('湘', "香相箱想祥"),
          Map.entry('西', "希溪息稀"),
          Map.entry('张', "章樟彰"),
          Map.entry('家', "加佳嘉"),
          Map.entry('界', "借街届"),
          Map.entry('怀', "淮坏槐"),
          Map.entry('化', "华话画花"));

  private final List<String> names;
  private final Set<String> elsewhere;

  /**
   * @param names the covered places' Chinese names (folded)
   * @param elsewhere names of places the bot does not cover, never "corrected" into a covered one
   */
  PlaceTypos(List<String> names, Set<String> elsewhere) {
    this.names = new ArrayList<>(names);
    this.names.removeIf(n -> n.length() < 2);
    this.elsewhere = Set.copyOf(elsewhere);
  }

  String fix(String folded) {
    if (names.stream().anyMatch(folded::contains)) {
      return folded; // a place is named already
    }
    String s = folded;
    for (String name : names) {
      for (int i = 0; i + name.length() <= s.length(); i++) {
        String window = s.substring(i, i + name.length());
        if (soundsLike(window, name) && elsewhere.stream().noneMatch(e -> e.contains(window))) {
          s = s.substring(0, i) + name + s.substring(i + name.length());
        }
      }
    }
    return s;
  }

  private static boolean soundsLike(String window, String name) {
    int differ = 0;
    for (int i = 0; i < name.length(); i++) {
      char w = window.charAt(i);
      char n = name.charAt(i);
      if (w != n) {
        differ++;
        if (SOUNDS_ALIKE.getOrDefault(n, "").indexOf(w) < 0) {
          return false;
        }
      }
    }
    return differ == 1;
  }
}
