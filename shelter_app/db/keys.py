"""The key file: the database key, wrapped for every account and for the
recovery key; the organisation's key pairs, wrapped for every director and
the recovery key; the signed heads of the audit log.

The database is a SQLCipher file opened with a random 256-bit raw key. Each
account holds an X25519 key pair (to receive the database key) and an Ed25519
key pair (to sign role certificates and audit heads); both private keys are
sealed together (AES-256-GCM) under a key derived from the password by
Argon2id. The database key is wrapped for each account's X25519 public key
(ephemeral X25519 + HKDF-SHA256 + AES-256-GCM), so a director can re-wrap a
fresh database key for everyone without their passwords. The recovery key is an
envelope like an account's, its private key sealed under a key derived from the
printed recovery secret.

The organisation (case-transfer.md) has an X25519 key pair (to receive
transfers) and an Ed25519 key pair (to sign the founding director's
certificate, organisation cards and transfers). Its public keys are in the key
file in clear; its private keys are wrapped, like the database key, for every
director's envelope and for the recovery key. `fingerprint()` writes the public
keys as 8 groups of 4 characters of the recovery-key alphabet.

All primitives come from `cryptography` and `argon2-cffi`."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import secrets
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shelter_app import atomic
from shelter_app.errors import ShelterError, StorageError, WrongPassword

FORMAT = "shelter-keyfile/2"
READABLE_FORMATS = ("shelter-keyfile/1", FORMAT)
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud, typed back
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LEN = 4
MAX_ANCHORS = 64  # signed audit heads kept in the key file (the newest)


def _test_profile_allowed() -> bool:
    """The cheap Argon2id profile exists for the test suite only: asked for
    with SHELTER_APP_KDF_PROFILE=test, honoured only while pytest runs a test
    (PYTEST_CURRENT_TEST, inherited by the processes a test starts), with
    pytest installed, and never in the frozen app that offices install."""
    if getattr(sys, "frozen", False):
        return False
    if os.environ.get("SHELTER_APP_KDF_PROFILE") != "test" or not os.environ.get("PYTEST_CURRENT_TEST"):
        return False
    return "pytest" in sys.modules or importlib.util.find_spec("pytest") is not None


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is tuned to about 0.5 s on a 2-core office PC;
    it is stored with each envelope, so it can be raised later without breaking
    older ones."""

    time_cost: int = 8
    memory_cost: int = 131072  # KiB = 128 MiB
    parallelism: int = 2

    @classmethod
    def default(cls) -> KdfParams:
        if _test_profile_allowed():
            return cls(time_cost=1, memory_cost=8192, parallelism=1)
        return cls()

    def weaker_than(self, other: KdfParams) -> bool:
        return self.time_cost < other.time_cost or self.memory_cost < other.memory_cost


def _checked(params: KdfParams | None) -> KdfParams:
    """Never seal a password under less than the default cost outside tests."""
    default = KdfParams.default()
    if params is None:
        return default
    if params.weaker_than(KdfParams()) and not _test_profile_allowed():
        return KdfParams()
    return params


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(key) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(key) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


_raw_public = raw_public
_raw_private = raw_private


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    from shelter_app.db import background

    # Half a second at production cost: a screen hands it to a worker thread (background.py).
    return background.run(lambda: hash_secret_raw(password.encode("utf-8"), salt, params.time_cost,
                                                  params.memory_cost, params.parallelism, 32, Type.ID))


# --- recovery key and fingerprints ---------------------------------------------

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


def fingerprint(x25519_public: bytes, ed25519_public: bytes) -> str:
    """8 groups of 4 characters (160 bits of SHA-256) in the recovery-key
    alphabet: read aloud by phone, compared with a printed sheet."""
    digest = hashlib.sha256(b"shelter-app organisation card|" + x25519_public + ed25519_public).digest()
    number = int.from_bytes(digest[:20], "big")
    chars = []
    for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN):
        chars.append(RECOVERY_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(text), RECOVERY_GROUP_LEN))


# --- key pairs held in memory ------------------------------------------------------

@dataclass
class AccountKeys:
    """An account's private keys, unsealed with its password."""
    exchange: X25519PrivateKey
    signing: Ed25519PrivateKey | None

    @classmethod
    def generate(cls) -> AccountKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    def raw(self) -> bytes:
        return raw_private(self.exchange) + (raw_private(self.signing) if self.signing else b"")

    @classmethod
    def from_raw(cls, raw: bytes) -> AccountKeys:
        if len(raw) not in (32, 64):
            raise StorageError("The key file is damaged.")
        signing = Ed25519PrivateKey.from_private_bytes(raw[32:]) if len(raw) == 64 else None
        return cls(X25519PrivateKey.from_private_bytes(raw[:32]), signing)


@dataclass
class OrganisationKeys:
    """The organisation's private keys: X25519 to receive, Ed25519 to sign."""
    exchange: X25519PrivateKey
    signing: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> OrganisationKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @property
    def x25519_public(self) -> bytes:
        return raw_public(self.exchange.public_key())

    @property
    def ed25519_public(self) -> bytes:
        return raw_public(self.signing.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.x25519_public, self.ed25519_public)

    def raw(self) -> bytes:
        return raw_private(self.exchange) + raw_private(self.signing)

    @classmethod
    def from_raw(cls, raw: bytes) -> OrganisationKeys:
        if len(raw) != 64:
            raise StorageError("The key file is damaged.")
        return cls(X25519PrivateKey.from_private_bytes(raw[:32]), Ed25519PrivateKey.from_private_bytes(raw[32:]))


@dataclass
class Unlocked:
    """What a password (or the recovery key) opens: the database key, the
    account's own private keys, and the organisation's when the envelope holds them."""
    database_key: bytes = field(repr=False)
    account: AccountKeys | None = field(default=None, repr=False)
    organisation: OrganisationKeys | None = field(default=None, repr=False)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


# --- envelopes ---------------------------------------------------------------

@dataclass
class Envelope:
    kind: str  # "account" or "recovery"
    username: str | None
    public_key: bytes
    sealed_private_key: dict
    wrapped_database_key: dict | None = None
    signing_public_key: bytes | None = None
    wrapped_organisation_keys: dict | None = None
    # A signing key made for this account by the director who upgraded the
    # database (sealed to the account's X25519 key; it has no password then).
    wrapped_signing_key: dict | None = None

    def to_json(self) -> dict:
        data = {
            "kind": self.kind,
            "username": self.username,
            "public_key": _b64(self.public_key),
            "sealed_private_key": self.sealed_private_key,
            "wrapped_database_key": self.wrapped_database_key,
        }
        if self.signing_public_key:
            data["signing_public_key"] = _b64(self.signing_public_key)
        if self.wrapped_organisation_keys:
            data["wrapped_organisation_keys"] = self.wrapped_organisation_keys
        if self.wrapped_signing_key:
            data["wrapped_signing_key"] = self.wrapped_signing_key
        return data

    @classmethod
    def from_json(cls, data: dict) -> Envelope:
        signing = data.get("signing_public_key")
        return cls(kind=data["kind"], username=data.get("username"),
                   public_key=_unb64(data["public_key"]),
                   sealed_private_key=data["sealed_private_key"],
                   wrapped_database_key=data.get("wrapped_database_key"),
                   signing_public_key=_unb64(signing) if signing else None,
                   wrapped_organisation_keys=data.get("wrapped_organisation_keys"),
                   wrapped_signing_key=data.get("wrapped_signing_key"))

    def copy(self) -> Envelope:
        return Envelope.from_json(json.loads(json.dumps(self.to_json())))


def _seal_aad(database_id: str, kind: str, username: str | None) -> bytes:
    return f"seal|{database_id}|{kind}|{username or ''}".encode()


def _wrap_aad(database_id: str, generation: int, kind: str, username: str | None, public: bytes) -> bytes:
    return f"wrap|{database_id}|{generation}|{kind}|{username or ''}|{public.hex()}".encode()


def _org_aad(database_id: str, kind: str, username: str | None, public: bytes) -> bytes:
    # No generation: a rotation by someone who does not hold the organisation
    # keys carries these wraps over unchanged.
    return f"org|{database_id}|{kind}|{username or ''}|{public.hex()}".encode()


def seal_account_key(database_id: str, username: str, password: str,
                     private, params: KdfParams) -> dict:
    raw = private.raw() if isinstance(private, AccountKeys) else raw_private(private)
    salt = os.urandom(16)
    key = derive_password_key(password, salt, params)
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, raw, _seal_aad(database_id, "account", username))
    return {"kdf": "argon2id", "salt": _b64(salt), "time_cost": params.time_cost,
            "memory_cost": params.memory_cost, "parallelism": params.parallelism,
            "nonce": _b64(nonce), "ciphertext": _b64(ct)}


def _seal_recovery_key(database_id: str, recovery: str, private: X25519PrivateKey) -> dict:
    salt = os.urandom(16)
    # The recovery secret carries 160 bits of entropy; a fast KDF is enough.
    key = _hkdf(_recovery_secret(recovery), salt, b"shelter-app recovery key")
    nonce = os.urandom(12)
    ct = AESGCM(key).encrypt(nonce, raw_private(private), _seal_aad(database_id, "recovery", None))
    return {"kdf": "hkdf-sha256", "salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(ct)}


def _unseal(database_id: str, envelope: Envelope, secret: str) -> AccountKeys:
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
    keys = AccountKeys.from_raw(raw)
    if raw_public(keys.exchange.public_key()) != envelope.public_key:
        raise StorageError("The key file is damaged.")
    if keys.signing is not None and envelope.signing_public_key != raw_public(keys.signing.public_key()):
        raise StorageError("The key file is damaged.")
    return keys


def _seal_to(public: bytes, plain: bytes, info: bytes, aad: bytes) -> dict:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    eph_pub = raw_public(ephemeral.public_key())
    key = _hkdf(shared, eph_pub + public, info)
    nonce = os.urandom(12)
    return {"ephemeral_public_key": _b64(eph_pub), "nonce": _b64(nonce),
            "ciphertext": _b64(AESGCM(key).encrypt(nonce, plain, aad))}


def _open_sealed(private: X25519PrivateKey, public: bytes, wrapped: dict, info: bytes, aad: bytes) -> bytes:
    eph_pub = _unb64(wrapped["ephemeral_public_key"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = _hkdf(shared, eph_pub + public, info)
    return AESGCM(key).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"]), aad)


def seal_to_public(public: bytes, plain: bytes, purpose: str) -> dict:
    """Encrypt `plain` so that only the holder of the X25519 private key for
    `public` opens it (ephemeral X25519 + HKDF + AES-256-GCM)."""
    info = b"shelter-app " + purpose.encode()
    return _seal_to(public, plain, info, info)


def open_sealed(private: X25519PrivateKey, sealed: dict, purpose: str) -> bytes:
    info = b"shelter-app " + purpose.encode()
    try:
        return _open_sealed(private, raw_public(private.public_key()), sealed, info, info)
    except (InvalidTag, KeyError, ValueError):
        raise StorageError("The sealed data is damaged or not for this key.") from None


def _wrap(database_id: str, generation: int, envelope: Envelope, database_key: bytes) -> dict:
    return _seal_to(envelope.public_key, database_key, b"shelter-app database key",
                    _wrap_aad(database_id, generation, envelope.kind, envelope.username, envelope.public_key))


def _unwrap(database_id: str, generation: int, envelope: Envelope, private: X25519PrivateKey) -> bytes:
    wrapped = envelope.wrapped_database_key
    if not wrapped:
        raise StorageError("The key file is damaged.")
    aad = _wrap_aad(database_id, generation, envelope.kind, envelope.username, envelope.public_key)
    try:
        return _open_sealed(private, envelope.public_key, wrapped, b"shelter-app database key", aad)
    except (InvalidTag, KeyError, ValueError):
        raise StorageError("The key file is damaged.") from None


def _wrap_org(database_id: str, envelope: Envelope, org: OrganisationKeys) -> dict:
    return _seal_to(envelope.public_key, org.raw(), b"shelter-app organisation keys",
                    _org_aad(database_id, envelope.kind, envelope.username, envelope.public_key))


def _unwrap_org(database_id: str, envelope: Envelope, private: X25519PrivateKey) -> OrganisationKeys:
    aad = _org_aad(database_id, envelope.kind, envelope.username, envelope.public_key)
    try:
        raw = _open_sealed(private, envelope.public_key, envelope.wrapped_organisation_keys,
                           b"shelter-app organisation keys", aad)
    except (InvalidTag, KeyError, ValueError, TypeError):
        raise StorageError("The key file is damaged.") from None
    return OrganisationKeys.from_raw(raw)


@dataclass
class KeyFile:
    database_id: str
    generation: int
    envelopes: list[Envelope] = field(default_factory=list)
    # The organisation's public keys: {"x25519": bytes, "ed25519": bytes}, or None before the upgrade.
    organisation_public: dict | None = None
    # Signed heads of the audit log (see shelter_app/anchors.py), oldest first.
    anchors: list[dict] = field(default_factory=list)
    # Failed sign-in names are sealed to this key; its private half is in the database.
    inbox_public: bytes | None = None

    # --- creation -----------------------------------------------------------
    @classmethod
    def create(cls, director: str, password: str, params: KdfParams | None = None
               ) -> tuple[KeyFile, bytes, str]:
        """A new key file: returns it, the fresh database key and the recovery key."""
        kf, unlocked, recovery = cls.create_with_keys(director, password, params)
        return kf, unlocked.database_key, recovery

    @classmethod
    def create_with_keys(cls, director: str, password: str, params: KdfParams | None = None
                         ) -> tuple[KeyFile, Unlocked, str]:
        """A new key file with organisation keys: returns it, what the founding
        director's password opens, and the recovery key."""
        kf = cls(database_id=str(uuid.uuid4()), generation=1)
        database_key = os.urandom(32)
        org = OrganisationKeys.generate()
        kf.organisation_public = {"x25519": org.x25519_public, "ed25519": org.ed25519_public}
        recovery = new_recovery_key()
        private = X25519PrivateKey.generate()
        kf.envelopes.append(Envelope("recovery", None, raw_public(private.public_key()),
                                     _seal_recovery_key(kf.database_id, recovery, private)))
        kf.envelopes[0].wrapped_organisation_keys = _wrap_org(kf.database_id, kf.envelopes[0], org)
        account = kf.add_account(director, password, database_key, params, organisation=org)
        kf.rewrap(database_key, org)
        return kf, Unlocked(database_key, account, org), recovery

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
                    params: KdfParams | None = None, organisation: OrganisationKeys | None = None) -> AccountKeys:
        """A new envelope with fresh key pairs; `organisation` for a director."""
        params = _checked(params)
        if self.find(username):
            raise ShelterError("The account {username} already exists.", username=username)
        keys = AccountKeys.generate()
        env = Envelope("account", username, raw_public(keys.exchange.public_key()),
                       seal_account_key(self.database_id, username, password, keys, params),
                       signing_public_key=raw_public(keys.signing.public_key()))
        env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)
        if organisation is not None:
            env.wrapped_organisation_keys = _wrap_org(self.database_id, env, organisation)
        self.envelopes.append(env)
        return keys

    def set_password(self, username: str, password: str, database_key: bytes,
                     params: KdfParams | None = None, keys: AccountKeys | None = None,
                     organisation: OrganisationKeys | None = None) -> AccountKeys:
        """Seal `keys` (the account's own, when it changes its own password) or
        fresh key pairs (a reset) under the new password. Only this account's
        envelope changes; a reset drops its organisation keys unless given."""
        params = _checked(params)
        env = self.find(username)
        if env is None:
            raise ShelterError("No account {username}.", username=username)
        if keys is None or keys.signing is None:
            keys = AccountKeys(keys.exchange if keys else X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
        public = raw_public(keys.exchange.public_key())
        had_org = env.wrapped_organisation_keys is not None
        env.signing_public_key = raw_public(keys.signing.public_key())
        env.sealed_private_key = seal_account_key(self.database_id, username, password, keys, params)
        if public != env.public_key:
            env.public_key = public
            env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)
            env.wrapped_organisation_keys = None
        if organisation is not None and had_org and env.wrapped_organisation_keys is None:
            env.wrapped_organisation_keys = _wrap_org(self.database_id, env, organisation)
        env.wrapped_signing_key = None
        return keys

    def grant_organisation(self, username: str, organisation: OrganisationKeys) -> None:
        env = self.find(username)
        if env is None:
            raise ShelterError("No account {username}.", username=username)
        env.wrapped_organisation_keys = _wrap_org(self.database_id, env, organisation)

    def revoke_organisation(self, username: str) -> None:
        env = self.find(username)
        if env is not None:
            env.wrapped_organisation_keys = None

    def set_organisation(self, organisation: OrganisationKeys, directors: list[str]) -> None:
        """Organisation keys for a database made before they existed: wrapped
        for the given directors and the recovery key."""
        self.organisation_public = {"x25519": organisation.x25519_public, "ed25519": organisation.ed25519_public}
        for env in self.envelopes:
            if env.kind == "recovery" or env.username in directors:
                env.wrapped_organisation_keys = _wrap_org(self.database_id, env, organisation)

    def organisation_holders(self) -> list[str]:
        return [e.username or "" for e in self.envelopes if e.kind == "account" and e.wrapped_organisation_keys]

    def remove_account(self, username: str) -> None:
        self.envelopes = [e for e in self.envelopes if not (e.kind == "account" and e.username == username)]

    def rewrap(self, database_key: bytes, organisation: OrganisationKeys | None = None) -> None:
        """Wrap the database key for every envelope; with `organisation`, also
        re-wrap its keys for every envelope that holds them."""
        for env in self.envelopes:
            env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)
            if organisation is not None and env.wrapped_organisation_keys is not None:
                env.wrapped_organisation_keys = _wrap_org(self.database_id, env, organisation)

    def rotated(self, new_database_key: bytes, organisation: OrganisationKeys | None = None) -> KeyFile:
        """A copy for the next generation with the new key wrapped for everyone."""
        kf = self.copy()
        kf.generation = self.generation + 1
        kf.rewrap(new_database_key, organisation)
        return kf

    def replace_recovery(self, database_key: bytes, organisation: OrganisationKeys | None) -> str:
        """A new recovery key; the old one opens nothing in this key file."""
        recovery = new_recovery_key()
        private = X25519PrivateKey.generate()
        env = Envelope("recovery", None, raw_public(private.public_key()),
                       _seal_recovery_key(self.database_id, recovery, private))
        env.wrapped_database_key = _wrap(self.database_id, self.generation, env, database_key)
        if organisation is not None:
            env.wrapped_organisation_keys = _wrap_org(self.database_id, env, organisation)
        self.envelopes = [e for e in self.envelopes if e.kind != "recovery"] + [env]
        return recovery

    def copy(self) -> KeyFile:
        return KeyFile.from_bytes(self.to_bytes())

    # --- the organisation ----------------------------------------------------
    @property
    def organisation_fingerprint(self) -> str | None:
        if not self.organisation_public:
            return None
        return fingerprint(self.organisation_public["x25519"], self.organisation_public["ed25519"])

    def _check_organisation(self, org: OrganisationKeys) -> OrganisationKeys:
        pub = self.organisation_public or {}
        if (org.x25519_public, org.ed25519_public) != (pub.get("x25519"), pub.get("ed25519")):
            raise StorageError("The organisation keys in the key file do not match: the key file was altered.")
        return org

    # --- opening ------------------------------------------------------------
    def open_account(self, username: str, password: str) -> Unlocked:
        env = self.find(username)
        if env is None:
            # Same message and roughly the same cost as a wrong password: no
            # account names are confirmed to a guesser.
            derive_password_key(password, b"\0" * 16, KdfParams.default())
            raise WrongPassword("Wrong account or password.")
        keys = _unseal(self.database_id, env, password)
        return self._opened(env, keys)

    def open_recovery(self, recovery: str) -> Unlocked:
        env = self.recovery_envelope()
        keys = _unseal(self.database_id, env, recovery)
        return self._opened(env, keys)

    def give_signing_keys(self) -> list[str]:
        """A signing key for every account envelope made before they existed,
        sealed to the account's X25519 key. Returns the accounts that got one."""
        given = []
        for env in self.envelopes:
            if env.kind == "account" and env.signing_public_key is None:
                signing = Ed25519PrivateKey.generate()
                env.signing_public_key = raw_public(signing.public_key())
                env.wrapped_signing_key = seal_to_public(env.public_key, raw_private(signing), "signing key")
                given.append(env.username or "")
        return given

    def _opened(self, env: Envelope, keys: AccountKeys) -> Unlocked:
        if keys.signing is None and env.wrapped_signing_key:
            raw = open_sealed(keys.exchange, env.wrapped_signing_key, "signing key")
            signing = Ed25519PrivateKey.from_private_bytes(raw)
            if raw_public(signing.public_key()) != env.signing_public_key:
                raise StorageError("The key file is damaged.")
            keys = AccountKeys(keys.exchange, signing)
        database_key = _unwrap(self.database_id, self.generation, env, keys.exchange)
        org = None
        if env.wrapped_organisation_keys and self.organisation_public:
            org = self._check_organisation(_unwrap_org(self.database_id, env, keys.exchange))
        return Unlocked(database_key, keys, org)

    def unlock(self, username: str, password: str) -> bytes:
        return self.open_account(username, password).database_key

    def unlock_with_recovery(self, recovery: str) -> bytes:
        return self.open_recovery(recovery).database_key

    # --- persistence --------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "database_id": self.database_id, "generation": self.generation,
                "envelopes": [e.to_json() for e in self.envelopes]}
        if self.organisation_public:
            data["organisation"] = {k: _b64(v) for k, v in self.organisation_public.items()}
        if self.anchors:
            data["anchors"] = self.anchors[-MAX_ANCHORS:]
        if self.inbox_public:
            data["inbox_public"] = _b64(self.inbox_public)
        return json.dumps(data, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") not in READABLE_FORMATS:
                raise ValueError("format")
            org = data.get("organisation")
            anchors = data.get("anchors") or []
            if not isinstance(anchors, list) or not all(isinstance(a, dict) for a in anchors):
                raise ValueError("anchors")
            inbox = data.get("inbox_public")
            return cls(data["database_id"], int(data["generation"]),
                       [Envelope.from_json(e) for e in data["envelopes"]],
                       {k: _unb64(org[k]) for k in ("x25519", "ed25519")} if org else None,
                       anchors, _unb64(inbox) if inbox else None)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise StorageError("The key file is damaged or is not a key file of this app.") from None

    def save(self, path: Path) -> None:
        atomic.write_bytes(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise StorageError("The key file {path} is missing: the database cannot be opened without it. "
                               "Restore it from a backup.", path=str(path)) from None
        return cls.from_bytes(raw)
