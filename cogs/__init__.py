"""Discord command modules: thin layers that parse, call the engine, reply."""
