package dev.camelwhatsapp.cloud.flows.endpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads an RSA private key from PEM with the JDK alone, in the forms OpenSSL writes:
 * <ul>
 * <li>{@code BEGIN PRIVATE KEY}: PKCS#8, unencrypted;</li>
 * <li>{@code BEGIN ENCRYPTED PRIVATE KEY}: PKCS#8 encrypted with PBES2 (PBKDF2 with HMAC-SHA1/-SHA256/-SHA512, and
 * AES-128/192/256-CBC or DES-EDE3-CBC) - what {@code openssl genrsa -des3} and {@code -aes256} write since OpenSSL 3;</li>
 * <li>{@code BEGIN RSA PRIVATE KEY}: PKCS#1 ("traditional"), unencrypted or encrypted with a {@code DEK-Info} header
 * (DES-EDE3-CBC, AES-128/192/256-CBC) - what OpenSSL 1.x and {@code -traditional} write.</li>
 * </ul>
 * Other encryptions (PBES1, scrypt) are refused with the {@code openssl pkcs8} command that converts them.
 * Error messages never quote the key or the passphrase.
 */
public final class PemPrivateKeys {

    static final String CONVERT = "; convert the key with: openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256"
            + " -in private.pem -out private-pkcs8.pem";

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern DEK_INFO = Pattern.compile("DEK-Info:\\s*([A-Za-z0-9-]+)\\s*,\\s*([0-9A-Fa-f]+)");

    private static final String OID_PBES2 = "1.2.840.113549.1.5.13";
    private static final String OID_PBKDF2 = "1.2.840.113549.1.5.12";
    private static final String OID_RSA = "1.2.840.113549.1.1.1";

    private PemPrivateKeys() {
    }

    /**
     * @param  pem                      the PEM text (other text around the block is ignored)
     * @param  passphrase               the passphrase of an encrypted key, else {@code null}
     * @return                          the RSA private key
     * @throws IllegalArgumentException when the text holds no supported key, the passphrase is missing or wrong
     */
    public static PrivateKey read(String pem, String passphrase) {
        Matcher block = BLOCK.matcher(pem == null ? "" : pem);
        if (!block.find()) {
            throw new IllegalArgumentException(
                    "The Flow endpoint's private key is not PEM (no -----BEGIN ...----- block)");
        }
        String type = block.group(1);
        String body = block.group(2);
        try {
            return switch (type) {
                case "PRIVATE KEY" -> rsa(base64(body));
                case "ENCRYPTED PRIVATE KEY" -> rsa(decryptPkcs8(base64(body), required(passphrase)));
                case "RSA PRIVATE KEY" -> rsa(pkcs8OfPkcs1(traditional(body, passphrase)));
                default -> throw new IllegalArgumentException(
                        "The Flow endpoint's private key is a PEM " + type + ", not an RSA private key");
            };
        } catch (GeneralSecurityException | Der.MalformedException unreadable) {
            throw new IllegalArgumentException(
                    "The Flow endpoint's private key cannot be read ("
                            + unreadable.getClass().getSimpleName() + "): wrong passphrase or"
                            + " unsupported format" + CONVERT);
        }
    }

    private static String required(String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw new IllegalArgumentException("The Flow endpoint's private key is encrypted: set its passphrase");
        }
        return passphrase;
    }

    private static byte[] base64(String body) {
        return Base64.getMimeDecoder().decode(body.replaceAll("(?m)^[A-Za-z-]+:.*$", ""));
    }

    private static PrivateKey rsa(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    // ---- PKCS#8 with PBES2 ---------------------------------------------------------------------------------------

    private static byte[] decryptPkcs8(byte[] der, String passphrase) throws GeneralSecurityException {
        Der info = Der.parse(der).sequence();
        Der algorithm = info.next().sequence();
        String scheme = algorithm.next().oid();
        if (!OID_PBES2.equals(scheme)) {
            throw new IllegalArgumentException(
                    "The Flow endpoint's private key is encrypted with " + scheme
                            + ", not PBES2" + CONVERT);
        }
        Der pbes2 = algorithm.next().sequence();
        Der kdf = pbes2.next().sequence();
        if (!OID_PBKDF2.equals(kdf.next().oid())) {
            throw new IllegalArgumentException(
                    "The Flow endpoint's private key uses a key derivation other than"
                            + " PBKDF2" + CONVERT);
        }
        Der kdfParams = kdf.next().sequence();
        byte[] salt = kdfParams.next().octets();
        int iterations = kdfParams.next().integer().intValueExact();
        String prf = "HmacSHA1";
        while (kdfParams.hasNext()) {
            Der field = kdfParams.next();
            if (field.isSequence()) {
                prf = prfName(field.sequence().next().oid());
            }
        }
        Der encryption = pbes2.next().sequence();
        BlockCipher cipher = BlockCipher.ofOid(encryption.next().oid());
        byte[] iv = encryption.next().octets();
        byte[] key = SecretKeyFactory.getInstance("PBKDF2With" + prf)
                .generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, iterations, cipher.keyBytes * 8))
                .getEncoded();
        return cipher.decrypt(key, iv, info.next().octets());
    }

    private static String prfName(String oid) {
        return switch (oid) {
            case "1.2.840.113549.2.7" -> "HmacSHA1";
            case "1.2.840.113549.2.9" -> "HmacSHA256";
            case "1.2.840.113549.2.10" -> "HmacSHA384";
            case "1.2.840.113549.2.11" -> "HmacSHA512";
            default -> throw new IllegalArgumentException(
                    "The Flow endpoint's private key uses the unsupported PBKDF2"
                            + " function " + oid + CONVERT);
        };
    }

    // ---- traditional (PKCS#1) ------------------------------------------------------------------------------------

    private static byte[] traditional(String body, String passphrase) throws GeneralSecurityException {
        if (!body.contains("Proc-Type: 4,ENCRYPTED")) {
            return base64(body);
        }
        Matcher dek = DEK_INFO.matcher(body);
        if (!dek.find()) {
            throw new IllegalArgumentException(
                    "The Flow endpoint's private key is encrypted without a DEK-Info header");
        }
        BlockCipher cipher = BlockCipher.ofOpenSslName(dek.group(1));
        byte[] iv = HexFormat.of().parseHex(dek.group(2));
        byte[] key = bytesToKey(required(passphrase).getBytes(StandardCharsets.UTF_8), Arrays.copyOf(iv, 8),
                cipher.keyBytes);
        return cipher.decrypt(key, iv, base64(body));
    }

    /** OpenSSL's EVP_BytesToKey with MD5 and one iteration, the key derivation of traditional PEM encryption. */
    private static byte[] bytesToKey(byte[] passphrase, byte[] salt, int length) throws GeneralSecurityException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        byte[] previous = new byte[0];
        while (key.size() < length) {
            md5.update(previous);
            md5.update(passphrase);
            md5.update(salt);
            previous = md5.digest();
            key.writeBytes(previous);
        }
        return Arrays.copyOf(key.toByteArray(), length);
    }

    /** PrivateKeyInfo { version 0, AlgorithmIdentifier { rsaEncryption, NULL }, OCTET STRING pkcs1 }. */
    private static byte[] pkcs8OfPkcs1(byte[] pkcs1) {
        byte[] version = { 0x02, 0x01, 0x00 };
        byte[] algorithm = Der.encode(0x30, concat(Der.encodeOid(OID_RSA), new byte[]{ 0x05, 0x00 }));
        return Der.encode(0x30, concat(version, algorithm, Der.encode(0x04, pkcs1)));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The CBC ciphers OpenSSL encrypts private keys with. */
    private enum BlockCipher {
        DES_EDE3_CBC("DESede", 24, "1.2.840.113549.3.7", "DES-EDE3-CBC"),
        AES_128_CBC("AES", 16, "2.16.840.1.101.3.4.1.2", "AES-128-CBC"),
        AES_192_CBC("AES", 24, "2.16.840.1.101.3.4.1.22", "AES-192-CBC"),
        AES_256_CBC("AES", 32, "2.16.840.1.101.3.4.1.42", "AES-256-CBC");

        private final String algorithm;
        private final int keyBytes;
        private final String oid;
        private final String openSslName;

        BlockCipher(String algorithm, int keyBytes, String oid, String openSslName) {
            this.algorithm = algorithm;
            this.keyBytes = keyBytes;
            this.oid = oid;
            this.openSslName = openSslName;
        }

        static BlockCipher ofOid(String oid) {
            return Arrays.stream(values()).filter(c -> c.oid.equals(oid)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException(
                            "The Flow endpoint's private key is encrypted with the"
                                    + " unsupported cipher " + oid + CONVERT));
        }

        static BlockCipher ofOpenSslName(String name) {
            return Arrays.stream(values()).filter(c -> c.openSslName.equals(name.toUpperCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "The Flow endpoint's private key is encrypted with the unsupported cipher " + name
                                    + CONVERT));
        }

        byte[] decrypt(byte[] key, byte[] iv, byte[] data) throws GeneralSecurityException {
            Cipher cipher = Cipher.getInstance(algorithm + "/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, algorithm), new IvParameterSpec(iv));
            return cipher.doFinal(data);
        }
    }
}
