package org.swarmchat.app.ui.settings;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws a QR code as a JavaFX image: ZXing computes the modules, we paint them, since ZXing's own image code is
 * AWT. Always dark on white, whatever the theme: scanners expect that contrast, and the white border is the quiet
 * zone the code needs around it.
 */
final class QrCode {
    private static final int DARK = 0xFF000000;
    private static final int LIGHT = 0xFFFFFFFF;
    /** Modules of white around the code; the QR standard asks for four. */
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * The QR code of {@code text}, each module {@code scale} pixels square.
     *
     * @throws IllegalArgumentException if {@code text} does not fit in a QR code
     */
    static WritableImage render(String text, int scale) {
        BitMatrix modules = encode(text);
        int size = modules.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules.get(x / scale, y / scale) ? DARK : LIGHT;
            }
        }
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels, 0, size);
        return image;
    }

    private static BitMatrix encode(String text) {
        // No character set hint: an Account ID is ASCII, and a UTF-8 hint would add an ECI header that some
        // scanners show as text. Medium error correction survives a smudged screen; width 0 gives one pixel per
        // module, which render() scales.
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", e);
        }
    }
}
