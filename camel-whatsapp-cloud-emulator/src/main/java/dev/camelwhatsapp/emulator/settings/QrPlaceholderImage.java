package dev.camelwhatsapp.emulator.settings;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.imageio.ImageIO;

/**
 * The image behind a QR code's {@code qr_image_url}: a grid that looks like a QR code (three finder squares, dark and
 * light modules derived from the deep link) but is NOT a scannable QR code. It is stable for a deep link, so a test
 * can compare downloads, and it is a real PNG or SVG that image libraries open.
 */
final class QrPlaceholderImage {

    /** The module count of a version-3 QR code, enough for a wa.me deep link. */
    static final int MODULES = 29;
    /** Quiet zone around the grid, in modules, as a real QR code has. */
    static final int QUIET_ZONE = 4;
    /** Pixels per module in the PNG. */
    static final int MODULE_PIXELS = 8;
    /** Width and height of the PNG in pixels. */
    static final int PNG_SIZE = (MODULES + 2 * QUIET_ZONE) * MODULE_PIXELS;

    private QrPlaceholderImage() {
    }

    static byte[] png(String deepLink) {
        boolean[][] dark = modules(deepLink);
        BufferedImage image = new BufferedImage(PNG_SIZE, PNG_SIZE, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < PNG_SIZE; y++) {
            for (int x = 0; x < PNG_SIZE; x++) {
                int row = y / MODULE_PIXELS - QUIET_ZONE;
                int column = x / MODULE_PIXELS - QUIET_ZONE;
                boolean isDark = row >= 0 && row < MODULES && column >= 0 && column < MODULES && dark[row][column];
                image.setRGB(x, y, isDark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    static byte[] svg(String deepLink) {
        boolean[][] dark = modules(deepLink);
        int size = MODULES + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ')
                .append(size).append("\" width=\"").append(size * MODULE_PIXELS).append("\" height=\"")
                .append(size * MODULE_PIXELS).append("\" shape-rendering=\"crispEdges\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"");
        for (int row = 0; row < MODULES; row++) {
            for (int column = 0; column < MODULES; column++) {
                if (dark[row][column]) {
                    svg.append('M').append(column + QUIET_ZONE).append(' ').append(row + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return svg.append("\"/>\n</svg>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The finder squares of a QR code in three corners; every other module from the deep link's SHA-256. */
    static boolean[][] modules(String deepLink) {
        byte[] seed = sha256(deepLink.getBytes(StandardCharsets.UTF_8));
        boolean[][] dark = new boolean[MODULES][MODULES];
        int bit = 0;
        for (int row = 0; row < MODULES; row++) {
            for (int column = 0; column < MODULES; column++) {
                if (inFinderArea(row, column)) {
                    dark[row][column] = finderModule(row, column);
                } else {
                    if (bit == seed.length * 8) {
                        seed = sha256(seed);
                        bit = 0;
                    }
                    dark[row][column] = (seed[bit / 8] >> (bit % 8) & 1) == 1;
                    bit++;
                }
            }
        }
        return dark;
    }

    /** The 7x7 finder square plus its one-module light separator, in the top-left, top-right and bottom-left. */
    private static boolean inFinderArea(int row, int column) {
        int far = MODULES - 8;
        return (row < 8 && column < 8) || (row < 8 && column >= far) || (row >= far && column < 8);
    }

    private static boolean finderModule(int row, int column) {
        int r = row >= MODULES - 8 ? row - (MODULES - 7) : row;
        int c = column >= MODULES - 8 ? column - (MODULES - 7) : column;
        if (r < 0 || r > 6 || c < 0 || c > 6) {
            return false; // separator
        }
        boolean ring = r == 0 || r == 6 || c == 0 || c == 6;
        boolean centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
        return ring || centre;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
