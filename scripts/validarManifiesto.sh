#!/usr/bin/env bash
# Offline validation of manifest.xml against the last public Office manifest XSDs
# (../shared/manifest-xsd/, see its README). The online check, `npx office-addin-manifest validate
# manifest.xml`, needs internet and is a manual step before publishing — never in CI.
set -euo pipefail
raiz="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
xsd="${SEGUIMIENTO_XSD:-$raiz/../shared/manifest-xsd/OfficeAppManifestV1_1.xsd}"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint no está instalado (Debian: apt-get install -y libxml2-utils)" >&2
  exit 2
fi
if [ ! -f "$xsd" ]; then
  echo "No se encuentra el esquema $xsd (se espera ../shared/manifest-xsd/ junto al repositorio)" >&2
  exit 2
fi
xmllint --noout --schema "$xsd" "$raiz/manifest.xml"
