"""A small fake Discord on 127.0.0.1 for driving the real discord.py bot.

It speaks just enough of the gateway (HELLO, heartbeat ACK, IDENTIFY -> READY and
GUILD_CREATE, RESUME, dispatch of INTERACTION_CREATE) and of the REST API (the
routes the bot calls) for tests to send real interaction payloads and assert on
what the bot sent back. Every REST call is recorded with its arrival time;
heartbeats are recorded too, so the load benchmark can check the bot kept beating.

Point the bot at it with DISCORD_API_BASE=fake.api_base and
DISCORD_GATEWAY_URL=fake.gateway_url.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

API_VERSION = 10
APPLICATION_ID = 900000000000000001
BOT_USER_ID = APPLICATION_ID
OWNER_ID = 900000000000000002
GUILD_ID = 900000000000000100
CHANNEL_ID = 900000000000000200
OTHER_CHANNEL_ID = 900000000000000201
USER_ID = 900000000000000300
DM_CHANNEL_ID = 900000000000000400

# Interaction and callback types (Discord API reference, "Interactions").
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CALLBACK_MESSAGE, CALLBACK_DEFERRED, CALLBACK_DEFERRED_UPDATE, CALLBACK_UPDATE = 4, 5, 6, 7
CALLBACK_MODAL = 9
EPHEMERAL = 1 << 6
MESSAGE_CONTENT_INTENT = 1 << 15  # privileged: the developer portal must allow it
MEMBER_PERMISSIONS = "2248473465835073"  # a member's usual rights: no Manage Server
MANAGER_PERMISSIONS = str(int(MEMBER_PERMISSIONS) | 1 << 5)  # and Manage Server
CREATE_PUBLIC_THREADS = 1 << 35
MISSING_PERMISSIONS = 50013  # Discord's error code for a 403 on a right the bot lacks
# Option types.
OPT_SUBCOMMAND, OPT_STRING, OPT_INTEGER, OPT_BOOLEAN, OPT_ATTACHMENT = 1, 3, 4, 5, 11

_ids = itertools.count(900000000000100000)


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only when Content-Type is exactly application/json.
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def snowflake() -> str:
    return str(next(_ids))


def user_object(user_id: int = USER_ID, name: str = "reader", *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name.title(),
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


def _member_object(user: dict[str, Any] | None = None) -> dict[str, Any]:
    member: dict[str, Any] = {
        "roles": [],
        "joined_at": "2026-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "flags": 0,
    }
    if user is not None:
        member["user"] = user
    return member


def _channel_object(channel_id: int, guild_id: int) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "name": f"news-{channel_id % 1000}",
        "position": 0,
        "permission_overwrites": [],
        "guild_id": str(guild_id),
        "nsfw": False,
        "parent_id": None,
    }


def _guild_object(
    guild_id: int, channel_ids: tuple[int, ...] = (CHANNEL_ID, OTHER_CHANNEL_ID)
) -> dict[str, Any]:
    return {
        "id": str(guild_id),
        "name": f"Newsroom {guild_id % 1000}",
        "icon": None,
        "owner_id": str(OWNER_ID),
        "roles": [
            {
                "id": str(guild_id),
                "name": "@everyone",
                "permissions": "2248473465835073",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "emojis": [],
        "stickers": [],
        "features": [],
        "channels": [_channel_object(c, guild_id) for c in channel_ids],
        "threads": [],
        "members": [_member_object(user_object(BOT_USER_ID, "newsbrief", bot=True))],  # always the bot's own
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "member_count": 2,
        "large": False,
        "unavailable": False,
        "joined_at": "2026-01-01T00:00:00+00:00",
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "system_channel_flags": 0,
    }


@dataclass
class Recorded:
    """One REST call the bot made."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any
    files: dict[str, bytes]
    at: float  # time.monotonic()
    message: dict[str, Any] | None = None  # the message object the fake answered with

    @property
    def token(self) -> str | None:
        """The interaction token of a callback or webhook call."""
        parts = self.path.strip("/").split("/")
        if parts[0] == "interactions" and len(parts) >= 3:
            return parts[2]
        if parts[0] == "webhooks" and len(parts) >= 3:
            return parts[2]
        return None


@dataclass
class Sent:
    """An interaction the fake dispatched, to find the bot's answers by token."""

    payload: dict[str, Any]
    at: float

    @property
    def token(self) -> str:
        return self.payload["token"]


@dataclass
class _Connection:
    ws: web.WebSocketResponse
    shard: tuple[int, int] = (0, 1)
    seq: int = 0
    identified: asyncio.Event = field(default_factory=asyncio.Event)


class FakeDiscord:
    def __init__(
        self,
        *,
        heartbeat_interval_ms: int = 41250,
        guild_ids: tuple[int, ...] = (GUILD_ID,),
        channel_ids: tuple[int, ...] = (CHANNEL_ID, OTHER_CHANNEL_ID),
    ):
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.guild_ids = guild_ids
        self.channel_ids = channel_ids  # the text channels of every server
        self._answers: dict[str, list[Recorded]] = {}  # message id -> the bot's replies and thread posts
        self.threads: dict[
            str, int
        ] = {}  # id of a thread started from a message (the message's id) -> channel
        self.refuse_threads: set[int] = set()  # channels whose thread creation Discord answers 403
        self.refuse_thread_posts: set[int] = set()  # channels whose threads refuse the bot's posts (403)
        self.deleted_threads: list[str] = []  # ids of threads the bot deleted
        self._posted_in: dict[str, int] = {}  # id of a message a member posted -> its server
        self.allow_message_content = True  # False: refuse the privileged intent, as Discord does (4014)
        self.requests: list[Recorded] = []
        self._calls_by_token: dict[str, list[Recorded]] = {}
        self.heartbeats: list[float] = []
        self.probe_latencies: list[float] = []  # seconds from our op 1 to the bot's answering op 1
        self._probe_sent: float | None = None
        self.identifies: list[dict[str, Any]] = []
        self.files: dict[str, tuple[bytes, str]] = {}  # served at /attachments/<name>
        self.valid_token: str | None = None  # None: any token logs in
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id -> synced commands
        self._connections: list[_Connection] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle -----------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{name}", self._attachment)
        app.router.add_route("*", "/api/v{version}/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for conn in self._connections:
            await conn.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def env(self) -> dict[str, str]:
        """Settings that point a bot at this fake."""
        return {
            "DISCORD_TOKEN": "fake.bot.token",
            "DISCORD_API_BASE": self.api_base,
            "DISCORD_GATEWAY_URL": self.gateway_url,
            "SYNC_COMMANDS": "global",
            "FETCH_ALLOW_PRIVATE": "true",
        }

    def serve_file(self, name: str, data: bytes, content_type: str = "text/plain") -> str:
        self.files[name] = (data, content_type)
        return f"{self.base}/attachments/{name}"

    # --- waiting -------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        async def wait() -> Any:
            async with self._changed:
                while not (result := predicate()):
                    await self._changed.wait()
                return result

        return await asyncio.wait_for(wait(), timeout)

    async def wait_ready(self, shards: int = 1, timeout: float = 10.0) -> None:
        await self.wait_until(
            lambda: sum(c.identified.is_set() for c in self._connections) >= shards, timeout
        )

    def calls_for(self, token: str) -> list[Recorded]:
        return list(self._calls_by_token.get(token, ()))

    async def wait_calls(self, token: str, count: int = 1, timeout: float = 10.0) -> list[Recorded]:
        await self.wait_until(lambda: len(self.calls_for(token)) >= count, timeout)
        return self.calls_for(token)

    def reply_for(self, token: str) -> Recorded | None:
        """The first message the bot sent for this interaction (not a bare deferral), if any yet."""
        for r in self._calls_by_token.get(token, ()):
            if r.method == "POST" and r.path.startswith("/webhooks/"):
                return r
            if r.method == "PATCH" and r.path.endswith("/messages/@original"):
                return r
            if r.path.endswith("/callback") and r.json.get("type") in (CALLBACK_MESSAGE, CALLBACK_MODAL):
                return r
        return None

    async def wait_reply(self, token: str, timeout: float = 10.0) -> Recorded:
        """The first message the bot sent for this interaction (not a bare deferral)."""
        return await self.wait_until(lambda: self.reply_for(token), timeout)

    # --- gateway -------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = _Connection(ws)
        self._connections.append(conn)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                await self._on_gateway_message(conn, json.loads(msg.data))
        finally:
            self._connections.remove(conn)
        return ws

    async def _send_dispatch(self, conn: _Connection, event: str, data: dict[str, Any]) -> None:
        conn.seq += 1
        await conn.ws.send_json({"op": 0, "t": event, "s": conn.seq, "d": data})

    async def _on_gateway_message(self, conn: _Connection, msg: dict[str, Any]) -> None:
        op, data = msg.get("op"), msg.get("d")
        if op == 1:  # heartbeat
            now = time.monotonic()
            self.heartbeats.append(now)
            if self._probe_sent is not None:
                self.probe_latencies.append(now - self._probe_sent)
                self._probe_sent = None
            await conn.ws.send_json({"op": 11})
        elif op == 2:  # identify
            self.identifies.append(data)
            if self.valid_token is not None and data.get("token") != self.valid_token:
                await conn.ws.close(code=4004, message=b"Authentication failed.")
                return
            if data.get("intents", 0) & MESSAGE_CONTENT_INTENT and not self.allow_message_content:
                await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
                return
            conn.shard = tuple(data.get("shard") or (0, 1))  # type: ignore[assignment]
            guilds = [g for g in self.guild_ids if (g >> 22) % conn.shard[1] == conn.shard[0]]
            await self._send_dispatch(
                conn,
                "READY",
                {
                    "v": API_VERSION,
                    "user": user_object(BOT_USER_ID, "newsbrief", bot=True),
                    "guilds": [{"id": str(g), "unavailable": True} for g in guilds],
                    "session_id": f"session-{snowflake()}",
                    "resume_gateway_url": self.gateway_url,
                    "shard": list(conn.shard),
                    "application": {"id": str(APPLICATION_ID), "flags": 0},
                    "private_channels": [],
                    "relationships": [],
                },
            )
            for g in guilds:
                await self._send_dispatch(conn, "GUILD_CREATE", _guild_object(g, self.channel_ids))
            conn.identified.set()
            await self._notify()
        elif op == 6:  # resume
            await self._send_dispatch(conn, "RESUMED", {})
            conn.identified.set()
            await self._notify()

    async def probe_heartbeat(self) -> None:
        """Ask for a heartbeat now (op 1), as Discord may; the bot must answer at once."""
        if self._probe_sent is None:
            self._probe_sent = time.monotonic()
            await self._connection_for(None).ws.send_json({"op": 1, "d": None})

    def _connection_for(self, guild_id: int | None) -> _Connection:
        live = [c for c in self._connections if c.identified.is_set()]
        if not live:
            raise RuntimeError("the bot is not connected to the fake gateway")
        if guild_id is None:
            return next((c for c in live if c.shard[0] == 0), live[0])
        return next(c for c in live if (guild_id >> 22) % c.shard[1] == c.shard[0])

    async def dispatch_interaction(self, payload: dict[str, Any]) -> Sent:
        guild_id = int(payload["guild_id"]) if payload.get("guild_id") else None
        conn = self._connection_for(guild_id)
        sent = Sent(payload, time.monotonic())
        await self._send_dispatch(conn, "INTERACTION_CREATE", payload)
        return sent

    async def post_message(
        self,
        content: str,
        *,
        channel_id: int = CHANNEL_ID,
        guild_id: int = GUILD_ID,
        author_id: int = USER_ID,
        bot: bool = False,
    ) -> dict[str, Any]:
        """A member (or a bot) posts in a server's channel: MESSAGE_CREATE to the shard of that server."""
        message = self.message_object(content, author_id=author_id, channel_id=channel_id)
        message["author"] = user_object(author_id, "poster", bot=bot)
        message["guild_id"] = str(guild_id)
        message["member"] = _member_object()
        self._posted_in[message["id"]] = guild_id
        await self._send_dispatch(self._connection_for(guild_id), "MESSAGE_CREATE", message)
        return message

    def answers_to(self, message: dict[str, Any]) -> list[Recorded]:
        """The messages the bot posted in reply to `message` or in the thread it started from it
        (indexed: the load bench waits on hundreds)."""
        return list(self._answers.get(message["id"], ()))

    def in_thread(self, answer: Recorded) -> bool:
        """Whether the bot sent `answer` in a thread it started (else in the channel, as a reply)."""
        return answer.path.split("/")[2] in self.threads

    async def deny_threads(self, channel_id: int, guild_id: int = GUILD_ID) -> None:
        """A manager takes Create Public Threads from the bot in a channel (CHANNEL_UPDATE)."""
        channel = _channel_object(channel_id, guild_id)
        channel["permission_overwrites"] = [
            {"id": str(BOT_USER_ID), "type": 1, "allow": "0", "deny": str(CREATE_PUBLIC_THREADS)}
        ]
        await self._send_dispatch(self._connection_for(guild_id), "CHANNEL_UPDATE", channel)

    def channel_posts(self, channel_id: int) -> list[Recorded]:
        return [
            r for r in self.requests if r.method == "POST" and r.path == f"/channels/{channel_id}/messages"
        ]

    async def wait_answer_to(self, message: dict[str, Any], timeout: float = 10.0) -> Recorded:
        return (await self.wait_until(lambda: self.answers_to(message), timeout))[0]

    # --- interaction payloads ------------------------------------------------

    def _interaction(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        user_id: int,
        guild_id: int | None,
        message: dict | None = None,
        channel_id: int = CHANNEL_ID,
        permissions: str = MEMBER_PERMISSIONS,
    ) -> dict[str, Any]:
        """An interaction payload; `guild_id=None` is a direct message with the bot."""
        iid = snowflake()
        payload: dict[str, Any] = {
            "id": iid,
            "application_id": str(APPLICATION_ID),
            "type": kind,
            "token": f"token-{iid}",
            "version": 1,
            "app_permissions": "2248473465835073",
            "locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "data": data,
        }
        if guild_id is None:
            dm_id = str(DM_CHANNEL_ID)
            payload.update(
                channel_id=dm_id,
                channel={"id": dm_id, "type": 1, "recipients": [user_object(user_id)], "flags": 0},
                user=user_object(user_id),
                authorizing_integration_owners={"1": str(user_id)},
                context=1,
            )
        else:
            payload.update(
                guild_id=str(guild_id),
                guild_locale="en-US",
                channel_id=str(channel_id),
                channel={"id": str(channel_id), "type": 0, "guild_id": str(guild_id), "name": "news"},
                member={
                    "user": user_object(user_id),
                    "roles": [],
                    "joined_at": "2026-01-01T00:00:00+00:00",
                    "deaf": False,
                    "mute": False,
                    "flags": 0,
                    "permissions": permissions,
                },
                authorizing_integration_owners={"0": str(guild_id)},
                context=0,
            )
        if message is not None:
            payload["message"] = message
        return payload

    def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        attachments: dict[str, dict[str, Any]] | None = None,
        user_id: int = USER_ID,
        guild_id: int | None = GUILD_ID,
        channel_id: int = CHANNEL_ID,
        permissions: str = MEMBER_PERMISSIONS,
        sub: str | None = None,
    ) -> dict[str, Any]:
        """A chat-input command (`sub`: a subcommand of a group); option types come from the sync."""
        command = self.command(name)
        declared = command.get("options", [])
        if sub is not None:
            declared = next(o for o in declared if o["name"] == sub).get("options", [])
        types = {o["name"]: o["type"] for o in declared}
        given = [{"name": k, "type": types[k], "value": v} for k, v in (options or {}).items()]
        data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1, "options": given}
        if sub is not None:
            data["options"] = [{"name": sub, "type": OPT_SUBCOMMAND, "options": given}]
        if attachments:
            data["resolved"] = {"attachments": attachments}
        return self._interaction(
            APPLICATION_COMMAND,
            data,
            user_id=user_id,
            guild_id=guild_id,
            channel_id=channel_id,
            permissions=permissions,
        )

    def summarize_file(
        self, name: str, data: bytes, content_type: str = "text/plain", **kwargs: Any
    ) -> dict[str, Any]:
        """/summarize with a file attached (served here); `kwargs` as for `slash`."""
        attachment = self.attachment(name, data, content_type)
        return self.slash(
            "summarize", {"file": attachment["id"]}, attachments={attachment["id"]: attachment}, **kwargs
        )

    def attachment(self, name: str, data: bytes, content_type: str = "text/plain") -> dict[str, Any]:
        """Serve `data` and return the attachment object an interaction resolves to."""
        aid = snowflake()
        url = self.serve_file(f"{aid}-{name}", data, content_type)
        return {
            "id": aid,
            "filename": name,
            "size": len(data),
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
        }

    def message_object(
        self,
        content: str,
        *,
        attachments: list[dict[str, Any]] | None = None,
        author_id: int = OWNER_ID,
        channel_id: int = CHANNEL_ID,
    ) -> dict[str, Any]:
        return {
            "id": snowflake(),
            "channel_id": str(channel_id),
            "type": 0,
            "content": content,
            "author": user_object(author_id, "editor"),
            "embeds": [],
            "attachments": attachments or [],
            "components": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": "2026-01-01T00:00:00+00:00",
            "edited_timestamp": None,
            "flags": 0,
        }

    def message_menu(
        self, name: str, message: dict[str, Any], *, user_id: int = USER_ID, guild_id: int | None = GUILD_ID
    ) -> dict[str, Any]:
        command = self.command(name)
        data = {
            "id": command["id"],
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        return self._interaction(APPLICATION_COMMAND, data, user_id=user_id, guild_id=guild_id)

    def modal_submit(
        self,
        modal_call: Recorded,
        values: dict[str, str],
        *,
        user_id: int = USER_ID,
        guild_id: int | None = GUILD_ID,
    ) -> dict[str, Any]:
        """Fill the modal the bot opened (`modal_call` is its callback) by input label."""
        modal = modal_call.json["data"]
        rows = []
        for row in modal["components"]:
            for item in row.get("components", [row.get("component")]):
                if item and item.get("type") == 4:
                    value = values.get(item.get("label", ""), "")
                    rows.append(
                        {
                            "type": 1,
                            "components": [{"type": 4, "custom_id": item["custom_id"], "value": value}],
                        }
                    )
        data = {"custom_id": modal["custom_id"], "components": rows}
        return self._interaction(MODAL_SUBMIT, data, user_id=user_id, guild_id=guild_id)

    def button_click(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        user_id: int = USER_ID,
        guild_id: int | None = GUILD_ID,
    ) -> dict[str, Any]:
        data = {"custom_id": custom_id, "component_type": 2}
        return self._interaction(MESSAGE_COMPONENT, data, user_id=user_id, guild_id=guild_id, message=message)

    def command(self, name: str) -> dict[str, Any]:
        for synced in self.commands.values():
            for c in synced:
                if c["name"] == name:
                    return c
        raise KeyError(f"the bot has not synced a command named {name!r}")

    # --- REST ----------------------------------------------------------------

    async def _attachment(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in self.files:
            return web.Response(status=404)
        data, content_type = self.files[name]
        return web.Response(body=data, content_type=content_type)

    async def _read_body(self, request: web.Request) -> tuple[Any, dict[str, bytes]]:
        files: dict[str, bytes] = {}
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            body = json.loads(form["payload_json"]) if "payload_json" in form else None  # type: ignore[arg-type]
            for key, value in form.items():
                if key != "payload_json" and hasattr(value, "file"):
                    files[value.filename] = value.file.read()  # type: ignore[union-attr]
            return body, files
        raw = await request.read()
        return (json.loads(raw) if raw else None), files

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await self._read_body(request)
        rec = Recorded(request.method, path, dict(request.query), body, files, time.monotonic())
        self.requests.append(rec)
        if rec.token is not None:  # indexed: the load bench waits on hundreds of interactions at once
            self._calls_by_token.setdefault(rec.token, []).append(rec)
        try:
            return self._answer(request, rec)
        finally:
            await self._notify()

    def _answer(self, request: web.Request, rec: Recorded) -> web.StreamResponse:
        method, parts = rec.method, rec.path.strip("/").split("/")
        auth = request.headers.get("Authorization", "")
        needs_auth = parts[0] in ("users", "oauth2", "applications", "gateway")
        if needs_auth and self.valid_token is not None and auth != f"Bot {self.valid_token}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        if rec.path == "/users/@me":
            return _json(user_object(BOT_USER_ID, "newsbrief", bot=True))
        if rec.path == "/oauth2/applications/@me":
            return _json(
                {
                    "id": str(APPLICATION_ID),
                    "name": "newsbrief",
                    "icon": None,
                    "description": "News briefings",
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": user_object(OWNER_ID, "owner"),
                    "verify_key": "0" * 64,
                    "flags": 0,
                    "team": None,
                }
            )
        if rec.path == "/gateway/bot":
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 1000,
                        "reset_after": 0,
                        "max_concurrency": 16,  # identify shards at once: no 5 s wait per shard in tests
                    },
                }
            )
        if parts[0] == "applications" and parts[-1] == "commands" and method == "PUT":
            scope = parts[3] if len(parts) == 5 else "global"
            synced = [
                {
                    **c,
                    "id": snowflake(),
                    "application_id": str(APPLICATION_ID),
                    "version": snowflake(),
                    "type": c.get("type", 1),
                    "description": c.get("description", ""),
                    **({"guild_id": scope} if scope != "global" else {}),
                }
                for c in rec.json
            ]
            self.commands[scope] = synced
            return _json(synced)
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(rec, parts[1])
        if parts[0] == "webhooks":
            return self._webhook(rec)
        if parts[0] == "channels" and parts[2:3] == ["messages"] and parts[-1] == "threads":
            return self._start_thread(rec, int(parts[1]), parts[3])
        if parts[0] == "channels" and len(parts) >= 3 and parts[2] == "messages":
            return self._channel_message(rec, int(parts[1]))
        if parts[0] == "channels" and len(parts) == 2 and method == "DELETE" and parts[1] in self.threads:
            self.deleted_threads.append(parts[1])
            return _json({"id": parts[1], "type": 11, "parent_id": str(self.threads[parts[1]])})
        return _json({"message": f"fake discord has no {method} {rec.path}", "code": 0}, status=404)

    def _callback(self, rec: Recorded, interaction_id: str) -> web.Response:
        kind = rec.json["type"]
        data = rec.json.get("data") or {}
        flags = data.get("flags", 0)
        result: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == CALLBACK_DEFERRED,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        }
        if kind in (CALLBACK_MESSAGE, CALLBACK_UPDATE):
            rec.message = self._message_from(rec)
            result["resource"] = {"type": kind, "message": rec.message}
        elif kind != CALLBACK_MODAL:
            result["resource"] = {"type": kind}
        return _json(result)

    def _message_from(self, rec: Recorded) -> dict[str, Any]:
        body = rec.json if rec.json and "type" not in rec.json else (rec.json or {}).get("data") or {}
        message = self.message_object(body.get("content") or "", author_id=BOT_USER_ID)
        message.update(
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            flags=body.get("flags", 0),
            webhook_id=str(APPLICATION_ID),
            application_id=str(APPLICATION_ID),
            attachments=[
                {"id": snowflake(), "filename": name, "size": len(data), "url": "", "proxy_url": ""}
                for name, data in rec.files.items()
            ],
        )
        return message

    def _channel_message(self, rec: Recorded, channel_id: int) -> web.Response:
        """A message the bot posts (or edits) in a channel: answered with the message object."""
        if rec.method == "DELETE":
            return web.Response(status=204)
        if rec.method == "POST" and self.threads.get(str(channel_id)) in self.refuse_thread_posts:
            # Create Public Threads without Send Messages in Threads: the thread starts, posts fail
            return _json({"message": "Missing Permissions", "code": MISSING_PERMISSIONS}, status=403)
        rec.message = self._message_from(rec)
        rec.message["channel_id"] = str(channel_id)
        rec.message.pop("webhook_id", None)
        reference = ((rec.json or {}).get("message_reference") or {}).get("message_id")
        if rec.method == "POST" and reference is not None:
            self._answers.setdefault(str(reference), []).append(rec)
        elif rec.method == "POST" and str(channel_id) in self.threads:  # a thread's id is its message's
            self._answers.setdefault(str(channel_id), []).append(rec)
        return _json(rec.message)

    def _start_thread(self, rec: Recorded, channel_id: int, message_id: str) -> web.Response:
        """A public thread started from a message (the thread takes the message's id)."""
        if channel_id in self.refuse_threads:
            return _json({"message": "Missing Permissions", "code": MISSING_PERMISSIONS}, status=403)
        self.threads[message_id] = channel_id
        guild_id = self._posted_in.get(message_id, self.guild_ids[0])
        return _json(
            {
                "id": message_id,
                "type": 11,  # public thread
                "guild_id": str(guild_id),
                "parent_id": str(channel_id),
                "owner_id": str(BOT_USER_ID),
                "name": (rec.json or {}).get("name", ""),
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "message_count": 0,
                "member_count": 1,
                "flags": 0,
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": (rec.json or {}).get("auto_archive_duration", 1440),
                    "archive_timestamp": "2026-01-01T00:00:00+00:00",
                    "locked": False,
                },
            }
        )

    def _webhook(self, rec: Recorded) -> web.Response:
        if rec.method == "DELETE":
            return web.Response(status=204)
        rec.message = self._message_from(rec)
        return _json(rec.message)


# --- a bot running against the fake ------------------------------------------


@dataclass
class Harness:
    fake: FakeDiscord
    bot: Any  # bot.client.NewsbriefBot

    async def run(self, payload: dict[str, Any]) -> tuple[Sent, Recorded]:
        """Dispatch an interaction and wait for the bot's first message for it."""
        sent = await self.fake.dispatch_interaction(payload)
        return sent, await self.fake.wait_reply(sent.token)


@asynccontextmanager
async def running_bot(
    env: dict[str, str] | None = None,
    *,
    brief_fn: Callable[..., Any] | None = None,
    guild_ids: tuple[int, ...] = (GUILD_ID,),
    channel_ids: tuple[int, ...] = (CHANNEL_ID, OTHER_CHANNEL_ID),
    heartbeat_interval_ms: int = 41250,
) -> AsyncIterator[Harness]:
    """The real bot (create_bot) connected to a fresh fake Discord, until the block ends."""
    from bot.client import create_bot
    from bot.config import Settings
    from newsbrief import brief

    fake = await FakeDiscord(
        guild_ids=guild_ids, channel_ids=channel_ids, heartbeat_interval_ms=heartbeat_interval_ms
    ).start()
    # One engine worker unless a test asks for more: each is a process to start. Workers
    # at normal priority: on a machine shared with other work they would wait for the CPU.
    defaults = {"BRIEF_WORKERS": "1", "WORKER_NICENESS": "0"}
    settings = Settings.from_env({**fake.env(), **defaults, **(env or {})}, dotenv=False)
    bot = create_bot(settings, brief_fn=brief_fn or brief)
    task = asyncio.create_task(bot.start(settings.discord_token))
    try:
        ready = asyncio.create_task(bot.wait_until_ready())
        # Workers import the engine before the gateway connects: slow on a busy machine.
        done, _ = await asyncio.wait({task, ready}, timeout=90, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            if task.done():
                task.result()  # the bot's own error, if it failed to start
            raise TimeoutError("the bot did not become ready against the fake Discord")
        yield Harness(fake, bot)
    finally:
        await bot.close()
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(task, 5)
        await fake.close()
