#!/usr/bin/env bash
# Start the app on the seeds: bash scripts/app.sh [streamlit options, e.g. --server.port 8502]
source "$(dirname "$0")/_env.sh" ""
exec .venv/bin/python -m streamlit run streamlit_app.py "$@"
