package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    static final String AR = "أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية في وادي حوران غربي الأنبار.";

    private static TextDecoder.Text text(byte[] b) {
        assertThat(TextDecoder.decode(b)).isInstanceOf(TextDecoder.Text.class);
        return (TextDecoder.Text) TextDecoder.decode(b);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void readsPlainUtf8() {
        assertThat(text(AR.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(AR);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        TextDecoder.Text t = text(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, AR.getBytes(StandardCharsets.UTF_8)));
        assertThat(t.text()).isEqualTo(AR);
        assertThat(t.charset()).contains("BOM");
    }

    @Test
    void readsUtf16LittleEndianWithBom() {
        assertThat(text(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, AR.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(AR);
    }

    @Test
    void readsUtf16BigEndianWithBom() {
        assertThat(text(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, AR.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(AR);
    }

    @Test
    void detectsWindows1256Arabic() {
        TextDecoder.Text t = text(AR.getBytes(Charset.forName("windows-1256")));
        assertThat(t.text()).isEqualTo(AR);
        assertThat(t.charset()).isEqualTo("windows-1256");
    }

    @Test
    void detectsShortWindows1256Headline() {
        String headline = "مقتل جنديين بهجوم في كركوك";
        assertThat(text(headline.getBytes(Charset.forName("windows-1256"))).text()).isEqualTo(headline);
    }

    @Test
    void unifiesLineEnds() {
        assertThat(text("سطر أول\r\nسطر ثان\rسطر ثالث".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("سطر أول\nسطر ثان\nسطر ثالث");
    }

    @Test
    void composesToNfc() {
        String decomposed = "e\u0301t\u00e9 \u0627\u0653"; // é decomposed; alef + maddah above composes to آ
        assertThat(text(decomposed.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("\u00e9t\u00e9 \u0622");
    }

    @Test
    void emptyBytesAreNotText() {
        assertThat(TextDecoder.decode(new byte[0])).isEqualTo(new TextDecoder.NotText("empty file"));
    }

    @Test
    void nulBytesMeanBinary() {
        assertThat(TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1})).isInstanceOf(TextDecoder.NotText.class);
    }

    @Test
    void controlBytesMeanBinary() {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 2 == 0 ? 0x01 : 0x41);
        assertThat(TextDecoder.decode(b)).isInstanceOf(TextDecoder.NotText.class);
    }

    @Test
    void latinTextStaysLatin() {
        assertThat(text("Two soldiers were killed near the border.".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("Two soldiers were killed near the border.");
    }

    @Test
    void arabicShareCountsOnlyLetters() {
        assertThat(TextDecoder.arabicShare("123 مقتل")).isEqualTo(1.0);
        assertThat(TextDecoder.arabicShare("ISIS داعش")).isEqualTo(0.5);
        assertThat(TextDecoder.arabicShare("2024")).isZero();
    }
}
