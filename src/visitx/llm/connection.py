"""What one `Provider` talks through: its SDK clients and, with `model_path`, its server.

`Connection` builds the clients of a `ClientPool` (`llm.clients`) for the endpoint:
an SDK of its own (`anthropic/...`, `google/...`), a copy of a client the caller passed,
or an `openai` client at `Settings.base_url`. With `Settings.model_path` set, the first
client starts (or shares) the in-process llama.cpp server (`llm.local`) and talks to it;
closing gives it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from visitx.core.settings import Settings
from visitx.llm.clients import ClientPool, api_key, openai_builder, url_options
from visitx.llm.wire import active_transport

if TYPE_CHECKING:
    from visitx.llm.local import LocalServer
    from visitx.llm.sdks import Sdk


class Connection:
    """The clients of one endpoint (see the module); `Provider` delegates to it."""

    def __init__(
        self, settings: Settings, sdk: Sdk | None, given: Any = None, transport: Any = None
    ) -> None:
        self.settings = settings
        self.sdk = sdk
        self.given = given  # a client the caller passed: copied, never closed
        self.pool = ClientPool(transport)
        self._local: LocalServer | None = None  # started by the first client (model_path)

    @property
    def local_server(self) -> LocalServer | None:
        """The in-process llama.cpp server the clients talk to, once the first is built."""
        return self._local

    def client(self, flavour: str) -> Any:
        """The sync client, or the async client of the running event loop."""
        transport = active_transport()
        if self.sdk is not None:
            sdk = self.sdk

            def build(flavour: str, http: Any) -> tuple[Any, bool]:
                return sdk.client(flavour, self.api_key(), http), True

            return self.pool.get(flavour, build, transport)
        return self.pool.get(
            flavour, openai_builder(self.given, self.settings, self._make_client), transport
        )

    def api_key(self) -> str:
        """The key every client of this endpoint sends (see `Provider.api_key`)."""
        return api_key(self.settings, self.sdk.key_variables if self.sdk is not None else None)

    def check(self) -> None:
        """Raise `ConfigurationError` now if no client could be built (see `Provider.check`)."""
        if self.given is None:
            self.api_key()
        if self.settings.model_path is not None:
            from visitx.llm import local

            local.check_settings(self.settings)

    def _make_client(self, cls: type[Any], options: dict[str, Any]) -> Any:
        key = self.api_key()
        base_url = self.settings.base_url
        if self.settings.model_path is not None:
            from visitx.llm import local

            if self._local is None:
                self._local = local.acquire(self.settings)
            base_url = self._local.base_url
        import openai  # loaded by the builder already

        if "http_client" not in options and issubclass(cls, openai.OpenAI):
            # The whole answer within the time-out, not only each read (`llm.deadline`).
            from visitx.llm.deadline import bounded_transport

            http = openai.DefaultHttpxClient(transport=bounded_transport(self.settings.timeout))
            options = {**options, "http_client": http}
        return cls(
            api_key=key,
            **url_options(base_url),  # a query goes after the SDK's path
            timeout=self.settings.timeout,
            max_retries=0,  # retries are visitx's (see llm.retry), so layers do not multiply
            **options,
        )

    def close(self) -> None:
        """Close the sync clients visitx made, and give back the local server."""
        self.pool.close()
        if self._local is not None:
            from visitx.llm import local

            server, self._local = self._local, None
            self.pool.clear()  # they talk to the server that is about to stop
            local.release(server)

    async def aclose(self) -> None:
        """Close the async clients of the running loop, then as `close`."""
        await self.pool.aclose()
        self.close()
