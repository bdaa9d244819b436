# Convenience targets; each delegates to dev.py (which creates .venv on first use).
# Nothing here is needed by CI, which runs .ci/run (python3 dev.py test + ruff).

PYTHON ?= python3
VENV_PY := .venv/bin/python

.PHONY: help run test wheel wheel-test package package-smoke icons desktop-entry clean-package

help:
	@echo "make run            start the desktop app (python3 dev.py run)"
	@echo "make test           every test, headless (python3 dev.py test) - what CI runs"
	@echo "make wheel          build the wheel into dist/"
	@echo "make wheel-test     build the wheel, install it in a fresh venv, start it"
	@echo "make package        standalone one-folder app in dist/consultant/ (PyInstaller)"
	@echo "make package-smoke  make package, then launch the built app offscreen"
	@echo "make icons          re-render the PNG icons from the SVG"
	@echo "make desktop-entry  add Consultant (from .venv) to your application menu"

run:
	$(PYTHON) dev.py run

test:
	$(PYTHON) dev.py test

wheel:
	$(PYTHON) dev.py run --version  # creates .venv if needed
	$(VENV_PY) -m pip wheel --no-deps --disable-pip-version-check -q -w dist .
	@ls -1 dist/*.whl

wheel-test:
	$(PYTHON) dev.py test tests/packaging/test_wheel.py

package:
	$(PYTHON) dev.py package
	@du -sh dist/consultant

package-smoke: package
	$(PYTHON) dev.py test tests/packaging/test_pyinstaller_smoke.py

icons:
	$(PYTHON) dev.py run --version
	$(VENV_PY) packaging/render_icons.py

desktop-entry:
	$(PYTHON) dev.py run --install-desktop-entry

clean-package:
	rm -rf build/pyinstaller dist/consultant
