"""Enumerate the pages of the inputs: files, folders, JSONL, manifests and WARC files.

Everything here is lazy and cheap: it yields ``RawPage`` items (a path for the worker to
read, or text a JSONL line carried) and ``Failure`` items for inputs that cannot even be
listed (a manifest line that is not JSON, a missing file). Page bytes are read and parsed
in the sandboxed workers, never here, except WARC records, which warcio must walk.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsledger.errors import ManifestError
from newsledger.model import Failure, PageMeta, RawPage, content_id

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}
MAX_LINE = 25 * 1024 * 1024  # a JSONL line longer than this cannot hold a sane page

Item = RawPage | Failure


def kind_of(path: Path) -> str | None:
    """Return ``text``, ``html``, ``jsonl`` or ``warc`` from a file name (``.gz`` allowed)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in WARC_SUFFIXES:
        return "warc"
    return None


def file_key(path: Path) -> str:
    """Fingerprint a file by absolute path, size and modification time."""
    st = path.stat()
    return content_id(str(path.resolve()), str(st.st_size), str(st.st_mtime_ns))


def _failure(source: str, reason: str, message: str) -> Failure:
    return Failure(source=source, stage="ingest", reason=reason, message=message)


def iter_paths(paths: Iterable[str]) -> Iterator[Item]:
    """Yield the pages of files and folders (folders recursively, in sorted order)."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if kind_of(f) is not None:
                        yield from _iter_file(f, str(f))
        elif p.is_file():
            yield from _iter_file(p, given)
        else:
            yield _failure(given, "missing", "no such file or folder; check the path")


def _iter_file(path: Path, source: str) -> Iterator[Item]:
    kind = kind_of(path) or "text"
    try:
        key = file_key(path)
    except OSError as exc:
        yield _failure(source, "unreadable", f"cannot read the file ({exc.strerror})")
        return
    if kind == "jsonl":
        yield from iter_jsonl(path, source, base=path.parent)
    elif kind == "warc":
        yield from iter_warc(path, source)
    else:
        yield RawPage(source=source, path=str(path), format_hint="html" if kind == "html" else None, key=key)


def _parse_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f'"published" is not a date (YYYY-MM-DD): {text[:40]!r}') from exc


def page_from_record(
    record: dict[str, Any], where: str, base: Path, roots: tuple[Path, ...], allow_absolute: bool = False
) -> RawPage:
    """Turn one manifest/JSONL record into a RawPage; raise ManifestError when it is not one.

    A relative ``path`` must stay under ``roots`` (no ``../`` escapes); an absolute one is
    taken only from a manifest the user named (``allow_absolute``), never from page data.
    """
    if not isinstance(record, dict):
        raise ManifestError(
            where, "bad_manifest_line", 'not a JSON object; each line must be {"path": ...} or {"text": ...}'
        )
    try:
        meta = PageMeta(
            url=record.get("url") or None,
            published=_parse_date(record.get("published")),
            outlet=record.get("outlet") or None,
            title=record.get("title") or None,
        )
    except ValueError as exc:
        raise ManifestError(where, "bad_manifest_line", f"{exc}; fix the field or drop it") from exc
    if record.get("path"):
        target = Path(str(record["path"]))
        full = target if target.is_absolute() else base / target
        resolved = full.resolve()
        trusted = allow_absolute and target.is_absolute()
        if not trusted and not any(resolved.is_relative_to(r.resolve()) for r in roots):
            raise ManifestError(
                where,
                "path_outside_root",
                f"path {record['path']!r} is outside the manifest's folder; move the file or give its text",
            )
        if not resolved.is_file():
            raise ManifestError(
                where, "missing_file", f"names a missing file {record['path']!r}; fix the path"
            )
        hint = "html" if kind_of(resolved) == "html" else None
        return RawPage(
            source=str(record["path"]),
            path=str(resolved),
            format_hint=hint,
            meta=meta,
            key=content_id(file_key(resolved), json.dumps(record, sort_keys=True, default=str)),
        )
    for field, hint in (("html", "html"), ("text", None)):
        value = record.get(field)
        if isinstance(value, str):
            source = str(record.get("url") or record.get("source") or where)
            return RawPage(
                source=source,
                text=value,
                format_hint=hint,
                meta=meta,
                key=content_id(where, value),
            )
    raise ManifestError(where, "bad_manifest_line", 'has none of "path", "text" or "html"; add one')


def iter_jsonl(
    path: Path, source: str, base: Path, roots: tuple[Path, ...] | None = None, allow_absolute: bool = False
) -> Iterator[Item]:
    """Yield one page per line of a JSONL file or manifest; bad lines become failures."""
    roots = roots or (base,)
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            for n, raw in enumerate(fh, start=1):
                where = f"{source} line {n}"
                if len(raw) > MAX_LINE:
                    yield _failure(
                        where, "too_large", f"line is {len(raw) / 1e6:.0f} MB; over the page limit"
                    )
                    continue
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    msg = getattr(exc, "msg", str(exc))
                    col = getattr(exc, "colno", None)
                    at = f" at column {col}" if col else ""
                    yield _failure(
                        where, "bad_manifest_line", f"not valid JSON ({msg}{at}); fix or delete the line"
                    )
                    continue
                try:
                    yield page_from_record(record, where, base, roots, allow_absolute)
                except ManifestError as exc:
                    yield _failure(where, exc.reason, exc.message)
    except (OSError, EOFError) as exc:
        yield _failure(source, "unreadable", f"cannot read the file to the end ({exc}); it may be truncated")


def iter_warc(path: Path, source: str) -> Iterator[Item]:
    """Yield the HTTP response records of a WARC file (gzip or not) as HTML/text pages."""
    from warcio.archiveiterator import ArchiveIterator

    from newsledger.ingest.decode import MAX_BYTES

    key = file_key(path)
    try:
        with path.open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                wanted = record.rec_type in ("response", "resource")
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if ctype and not any(t in ctype for t in ("html", "text", "xml")):
                    wanted = False
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                # read the body first: asking warcio for the offset reads the record to its end
                stream = record.content_stream()
                body = stream.read(MAX_BYTES + 1) if wanted else b""
                while not wanted and stream.read(1 << 16):
                    pass
                offset = it.get_record_offset()
                where = f"{source}#{offset}"
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing > 0 and len(body) <= MAX_BYTES:
                    # warcio returns a short body without error when the file ends inside it
                    yield _failure(
                        source,
                        "bad_warc",
                        f"WARC archive is truncated or corrupt (the file ends inside the record at offset "
                        f"{offset}, {missing:,} bytes missing); records before it were kept",
                    )
                    return
                if not wanted:
                    continue
                meta = PageMeta(url=uri or None)
                yield RawPage(
                    source=uri or where,
                    data=body,
                    meta=meta,
                    format_hint="html" if "html" in ctype or not ctype else None,
                    key=content_id(key, str(offset)),
                )
    except Exception as exc:  # warcio raises many kinds on truncated or corrupt archives
        yield _failure(
            source,
            "bad_warc",
            f"WARC archive is truncated or corrupt ({type(exc).__name__}: {exc}); records before it were kept",
        )


def iter_inputs(paths: Iterable[str], manifest: str | None = None) -> Iterator[Item]:
    """Yield every page of the manifest (if any), then of the paths, in a stable order."""
    paths = list(paths)
    if manifest:
        mpath = Path(manifest)
        if not mpath.is_file():
            yield _failure(manifest, "missing", "no such manifest file; check the path")
        else:
            roots = (mpath.parent, *tuple(Path(p) for p in paths if Path(p).is_dir()))
            yield from iter_jsonl(mpath, manifest, base=mpath.parent, roots=roots, allow_absolute=True)
    yield from iter_paths(paths)
