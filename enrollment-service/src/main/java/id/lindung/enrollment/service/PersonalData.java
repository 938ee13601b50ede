package id.lindung.enrollment.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.lindung.enrollment.config.EnrollmentConfig;

/**
 * Protects the NIK at rest. A participant is found through a keyed hash (HMAC-SHA256), so the plain NIK is never
 * indexed and a stolen table cannot be searched by NIK without the key; the NIK itself is kept encrypted with AES-GCM
 * (random 96-bit IV per value, stored as {@code version || iv || ciphertext+tag}).
 */
@ApplicationScoped
public class PersonalData {

    private static final byte FORMAT_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec hashKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public PersonalData(EnrollmentConfig config) {
        byte[] hash = decode("lindung.enrollment.nik.hash-key", config.nik().hashKey());
        byte[] encryption = decode("lindung.enrollment.nik.encryption-key", config.nik().encryptionKey());
        if (hash.length < 32) {
            throw new IllegalStateException("lindung.enrollment.nik.hash-key must be at least 32 bytes");
        }
        if (encryption.length != 32) {
            throw new IllegalStateException("lindung.enrollment.nik.encryption-key must be 32 bytes (AES-256)");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(encryption, "AES");
    }

    /** The lookup key of a NIK. */
    public byte[] hash(String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public byte[] encrypt(String nik) {
        return seal(nik.getBytes(StandardCharsets.US_ASCII));
    }

    public String decrypt(byte[] stored) {
        return new String(open(stored), StandardCharsets.US_ASCII);
    }

    /** Encrypts any personal data (a quarantined BPJS record) the way the NIK is: {@code version || iv || sealed}. */
    public byte[] seal(byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT_VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public byte[] open(byte[] stored) {
        if (stored.length <= 1 + IV_BYTES || stored[0] != FORMAT_VERSION) {
            throw new IllegalStateException("stored personal data has an unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored personal data cannot be decrypted with the configured key", e);
        }
    }

    private static byte[] decode(String property, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64", e);
        }
    }
}
