"""Dock widget, tasks and map tools: orchestration only, no statistics."""
