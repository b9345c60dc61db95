package kr.bizsos.gateway.auth;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The gateway's RSA key pair for signing tokens: generated at first start into the key directory
 * (PKCS#8 PEM, readable by the owner only) and read back on every later start, so tokens issued
 * before a restart stay valid. The key id is the start of the public key's RFC 7638 thumbprint.
 */
@Startup
@Singleton
public class SigningKeys {

    static final String FILE_NAME = "jwt-signing-key.pem";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    @Inject
    SigningKeys(JwtConfig config) {
        this(config.keyDir());
    }

    SigningKeys(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(dir, file);
            }
            privateKey = (RSAPrivateCrtKey) KeyUtils.decodePrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
            publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            keyId = new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint("SHA-256").substring(0, 16);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("JWT signing key " + file.toAbsolutePath() + " cannot be read or created", e);
        }
        LOG.infof("token signing key %s from %s", keyId, file.toAbsolutePath());
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    private static void create(Path dir, Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        // Written under a temporary name with mode 600 from the start, then renamed: the key is
        // never readable by others, and never seen half-written.
        Path tmp = Files.createTempFile(dir, ".signing-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.infof("generated a new token signing key in %s", file.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            // another instance was first; use its key
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
