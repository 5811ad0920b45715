"""The main window's views by name, each built the first time it is needed.

Building every view at start-up cost more than the whole rest of the start (forms, combo boxes,
the modules behind them): now the window builds the landing view only, and each other view
when it is first shown or asked for (`pages["search"]`), so the first paint waits for nothing
else. A view, once built, lives as long as the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget

from ripartire_desktop.gui.views.base import View

Builder = Callable[[], View]


class Pages(Mapping[str, View]):
    """Names in the order given; `pages[name]` builds the view on first use and adds it to
    the stack. Iterating gives every name (built or not); `built()` only the views that exist."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._builders: dict[str, Builder] = {}
        self._built: dict[str, View] = {}

    def add(self, name: str, build: Builder) -> None:
        if name in self._builders:
            raise ValueError(f"two views named {name!r}")
        self._builders[name] = build

    def __getitem__(self, name: str) -> View:
        view = self._built.get(name)
        if view is None:
            view = self._builders[name]()  # KeyError for a name the window does not have
            if view.name != name:
                raise LookupError(f"the view built for {name!r} calls itself {view.name!r}")
            self._built[name] = view
            self._stack.addWidget(view)
        return view

    def __contains__(self, name: object) -> bool:
        return name in self._builders

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)

    def built(self) -> list[View]:
        """The views built so far, in the order they were built."""
        return list(self._built.values())

    def built_view(self, name: str) -> View | None:
        """The view if it has been built, without building it."""
        return self._built.get(name)


def lazy_factory(module: str, cls: str) -> Callable[..., View]:
    """A view factory that imports the view's module only when the view is first built."""

    def build(**kwargs: object) -> View:
        import importlib

        view_class = getattr(importlib.import_module(module), cls)
        view = view_class(**kwargs)
        assert isinstance(view, View)
        return view

    build.__qualname__ = build.__name__ = cls
    return build
