package io.github.policythemes.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static long decoderOffset(byte[] bytes) {
    try {
      Utf8.decode(bytes, 0, bytes.length, "x", 0);
      return -1;
    } catch (MalformedTextException e) {
      return e.byteOffset();
    }
  }

  @Test
  void firstInvalid_randomBytes_agreesWithTheStrictDecoder() {
    Random random = new Random(42);
    byte[] text = "지방 分权 ok é 😀".getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] =
            random.nextInt(3) == 0 ? (byte) random.nextInt(256) : text[random.nextInt(text.length)];
      }

      assertThat((long) Utf8.firstInvalid(bytes, 0, bytes.length))
          .as("bytes %s", java.util.Arrays.toString(bytes))
          .isEqualTo(decoderOffset(bytes));
    }
  }

  @Test
  void firstInvalid_overlongSurrogateAndTooHigh_rejected() {
    assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0, 3)).isEqualTo(1);
    assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3))
        .isZero();
    assertThat(
            Utf8.firstInvalid(
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4))
        .isZero();
    assertThat(Utf8.firstInvalid(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82}, 0, 4))
        .isEqualTo(2);
  }

  @Test
  void decode_byteOrderMark_droppedAndOffsetsCountIt() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};

    assertThatThrownBy(() -> Utf8.decode(bytes, "f.txt"))
        .isInstanceOf(MalformedTextException.class)
        .hasMessage("f.txt: not valid UTF-8 at byte 4");
  }
}
