"""The key file: the database key, wrapped for every account and for the
recovery key.

The database is a SQLCipher file opened with a random 256-bit raw key. Each
account holds an X25519 key pair; its private key is sealed (AES-256-GCM) under
a key derived from the password by Argon2id. The database key is wrapped for
each account's public key (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM), so a
director can re-wrap a fresh database key for everyone without their
passwords. The recovery key is an envelope like an account's, its private key
sealed under a key derived from the printed recovery secret.

All primitives come from `cryptography` and `argon2-cffi`."""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shelter_app import atomic
from shelter_app.errors import ShelterError, StorageError, WrongPassword

FORMAT = "shelter-keyfile/1"
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud, typed back
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is tuned to about 0.5 s on a 2-core office PC;
    it is stored with each envelope, so it can be raised later without breaking
    older ones."""

    time_cost: int = 8
    memory_cost: int = 131072  # KiB = 128 MiB
    parallelism: int = 2

    @classmethod
    def default(cls) -> "KdfParams":
        # Test suites create hundreds of accounts; they ask for a cheap profile
        # explicitly. A database created so says so in its key file.
        if os.environ.get("SHELTER_APP_KDF_PROFILE") == "test":
            return cls(time_cost=1, memory_cost=8192, parallelism=1)
        return cls()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, params.time_cost, params.memory_cost,
                           params.parallelism, 32, Type.ID)


# --- recovery key ----------------------------------------------------------

def new_recovery_key() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(chars[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN))


def normalize_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _recovery_secret(text: str) -> bytes:
    cleaned = normalize_recovery_key(text)
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(c not in RECOVERY_ALPHABET for c in cleaned):
        raise WrongPassword("The recovery key is not valid.")
    return cleaned.encode("ascii")


# --- envelopes ---------------------------------------------------------------

@dataclass
class Envelope:
    kind: str  # "account" or "recovery"
    username: str | None
    public_key: bytes
    sealed_private_key: dict
    wrapped_database_key: dict | None = None

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "username": self.username,
            "public_key": _b64(self.public_key),
            "sealed_private_key": self.sealed_private_key,
            "wrapped_database_key": self.wrapped_database_key,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Envelope":
        return cls(kind=data["kind"], username=data.get("username"),
                   public_key=_unb64(data["public_key"]),
                   sealed_private_key=data["sealed_private_key"],
                   wrapped_database_key=data.get("wrapped_database_key"))


def _seal_aad(database_id: str, kind: str, username: str | None) -> bytes:
    return f"seal|{database_id}|{kind}|{username or ''}".encode()


def _wrap_aad(database_id: str, generation: int, kind: str, username: str | None, public: bytes) -> bytes:
    return f"wrap|{database_id}|{generation}|{kind}|{username or ''}|{public.hex()}".encode()


def seal_account_key(database_id: str, username: str, password: str,
                     private: X25519PrivateKey, params: KdfParams) -> dict:
    salt = os.urandom(16)
    key = derive_password_key(password, salt, params)
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, _raw_private(private), _seal_aad(database_id, "account", username))
    return {"kdf": "argon2id", "salt": _b64(salt), "time_cost": params.time_cost,
            "memory_cost": params.memory_cost, "parallelism": params.parallelism,
            "nonce": _b64(nonce), "ciphertext": _b64(ct)}


def _seal_recovery_key(database_id: str, recovery: str, private: X25519PrivateKey) -> dict:
    salt = os.urandom(16)
    # The recovery secret carries 160 bits of entropy; a fast KDF is enough.
    key = _hkdf(_recovery_secret(recovery), salt, b"shelter-app recovery key")
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, _raw_private(private), _seal_aad(database_id, "recovery", None))
    return {"kdf": "hkdf-sha256", "salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(ct)}


def _unseal(database_id: str, envelope: Envelope, secret: str) -> X25519PrivateKey:
    sealed = envelope.sealed_private_key
    salt = _unb64(sealed["salt"])
    if sealed["kdf"] == "argon2id":
        params = KdfParams(sealed["time_cost"], sealed["memory_cost"], sealed["parallelism"])
        key = derive_password_key(secret, salt, params)
    elif sealed["kdf"] == "hkdf-sha256":
        key = _hkdf(_recovery_secret(secret), salt, b"shelter-app recovery key")
    else:
        raise StorageError("The key file uses an unknown key derivation: {kdf}.", kdf=sealed["kdf"])
    try:
        raw = AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ciphertext"]),
                                  _seal_aad(database_id, envelope.kind, envelope.username))
    except InvalidTag:
        if envelope.kind == "recovery":
            raise WrongPassword("The recovery key is not valid.") from None
        raise WrongPassword("Wrong account or password.") from None
    private = X25519PrivateKey.from_private_bytes(raw)
    if _raw_public(private.public_key()) != envelope.public_key:
        raise StorageError("The key file is damaged.")
    return private


def _wrap(database_id: str, generation: int, envelope: Envelope, database_key: bytes) -> dict:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(envelope.public_key))
    eph_pub = _raw_public(ephemeral.public_key())
    key = _hkdf(shared, eph_pub + envelope.public_key, b"shelter-app database key")
    nonce = os.urandom(12)
    aad = _wrap_aad(database_id, generation, envelope.kind, envelope.username, envelope.public_key)
    ct = AESGCM(key).encrypt(nonce, database_key, aad)
    return {"ephemeral_public_key": _b64(eph_pub), "nonce": _b64(nonce), "ciphertext": _b64(ct)}


def _unwrap(database_id: str, generation: int, envelope: Envelope, private: X25519PrivateKey) -> bytes:
    wrapped = envelope.wrapped_database_key
    if not wrapped:
        raise StorageError("The key file is damaged.")
    eph_pub = _unb64(wrapped["ephemeral_public_key"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = _hkdf(shared, eph_pub + envelope.public_key, b"shelter-app database key")
    aad = _wrap_aad(database_id, generation, envelope.kind, envelope.username, envelope.public_key)
    try:
        return AESGCM(key).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"]), aad)
    except InvalidTag:
        raise StorageError("The key file is damaged.") from None


@dataclass
class KeyFile:
    database_id: str
    generation: int
    envelopes: list[Envelope] = field(default_factory=list)

    # --- creation -----------------------------------------------------------
    @classmethod
    def create(cls, director: str, password: str, params: KdfParams | None = None
               ) -> tuple["KeyFile", bytes, str]:
        """A new key file: returns it, the fresh database key and the recovery key."""
        params = params or KdfParams.default()
        kf = cls(database_id=str(uuid.uuid4()), generation=1)
        database_key = os.urandom(32)
        recovery = new_recovery_key()
        private = X25519PrivateKey.generate()
        kf.envelopes.append(Envelope("recovery", None, _raw_public(private.public_key()),
                                     _seal_recovery_key(kf.database_id, recovery, private)))
        kf.add_account(director, password, database_key, params)
        kf.rewrap(database_key)
        return kf, database_key, recovery

    def find(self, username: str) -> Envelope | None:
        for env in self.envelopes:
            if env.kind == "account" and env.username == username:
                return env
        return None

    def recovery_envelope(self) -> Envelope:
        for env in self.envelopes:
            if env.kind == "recovery":
                return env
        raise StorageError("The key file is damaged.")

    def add_account(self, username: str, password: str, database_key: bytes,
                    params: KdfParams | None = None) -> None:
        params = params or KdfParams.default()
        if self.find(username):
            raise ShelterError("The account {username} already exists.", username=username)
        private = X25519PrivateKey.generate()
        env = Envelope("account", username, _raw_public(private.public_key()),
                       seal_account_key(self.database_id, username, password, private, params))
        env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)
        self.envelopes.append(env)

    def set_password(self, username: str, password: str, database_key: bytes,
                     params: KdfParams | None = None) -> None:
        """A new key pair sealed under the new password; the database key is
        wrapped for it. Only this account's envelope changes."""
        params = params or KdfParams.default()
        env = self.find(username)
        if env is None:
            raise ShelterError("No account {username}.", username=username)
        private = X25519PrivateKey.generate()
        env.public_key = _raw_public(private.public_key())
        env.sealed_private_key = seal_account_key(self.database_id, username, password, private, params)
        env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)

    def remove_account(self, username: str) -> None:
        self.envelopes = [e for e in self.envelopes if not (e.kind == "account" and e.username == username)]

    def rewrap(self, database_key: bytes) -> None:
        for env in self.envelopes:
            env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)

    def rotated(self, new_database_key: bytes) -> "KeyFile":
        """A copy for the next generation with the new key wrapped for everyone."""
        kf = KeyFile(self.database_id, self.generation + 1,
                     [Envelope(e.kind, e.username, e.public_key, dict(e.sealed_private_key))
                      for e in self.envelopes])
        kf.rewrap(new_database_key)
        return kf

    # --- opening ------------------------------------------------------------
    def unlock(self, username: str, password: str) -> bytes:
        env = self.find(username)
        if env is None:
            # Same message and roughly the same cost as a wrong password: no
            # account names are confirmed to a guesser.
            derive_password_key(password, b"\0" * 16, KdfParams.default())
            raise WrongPassword("Wrong account or password.")
        private = _unseal(self.database_id, env, password)
        return _unwrap(self.database_id, self.generation, env, private)

    def unlock_with_recovery(self, recovery: str) -> bytes:
        env = self.recovery_envelope()
        private = _unseal(self.database_id, env, recovery)
        return _unwrap(self.database_id, self.generation, env, private)

    # --- persistence --------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "database_id": self.database_id, "generation": self.generation,
                "envelopes": [e.to_json() for e in self.envelopes]}
        return json.dumps(data, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KeyFile":
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            return cls(data["database_id"], int(data["generation"]),
                       [Envelope.from_json(e) for e in data["envelopes"]])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise StorageError("The key file is damaged or is not a key file of this app.") from None

    def save(self, path: Path) -> None:
        atomic.write_bytes(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise StorageError("The key file {path} is missing: the database cannot be opened without it. "
                               "Restore it from a backup.", path=str(path)) from None
        return cls.from_bytes(raw)
