"""Curated word lists: places, people and society, health, organisations."""
