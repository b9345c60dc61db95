package kr.bizsos.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void theKeyPairGeneratedAtFirstStartIsReusedAfterARestart() {
        SigningKeys first = new SigningKeys(dir.resolve("keys"));
        SigningKeys afterRestart = new SigningKeys(dir.resolve("keys"));

        assertThat(afterRestart.keyId()).isEqualTo(first.keyId()).hasSize(16);
        assertThat(afterRestart.publicKey()).isEqualTo(first.publicKey());
        assertThat(afterRestart.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void thePrivateKeyIsAPkcs8PemReadableByItsOwnerOnly() throws Exception {
        new SigningKeys(dir);

        Path file = dir.resolve(SigningKeys.FILE_NAME);
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }
}
