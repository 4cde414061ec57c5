package io.gridcase.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the public reads of a description: contacts masked, dates, counts and addresses left alone. */
class PublicTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "联系电话 13800138000              | 联系电话 138****8000",
      "手机 +86 138 0013 8000 请回电      | 手机 +86****8000 请回电",
      "座机 0750-3456789                 | 座机 075****6789",
      "邮箱 wang.fang@example.cn         | 邮箱 w***@example.cn",
      "2026-12-05 起拖欠 12 名工人 30000 元 | 2026-12-05 起拖欠 12 名工人 30000 元",
      "丰乐路 88 号 3 栋 1201           | 丰乐路 88 号 3 栋 1201",
  })
  void contactsAreMaskedAndNothingElse(String text, String expected) {
    assertThat(PublicText.of(text)).isEqualTo(expected);
  }
}
