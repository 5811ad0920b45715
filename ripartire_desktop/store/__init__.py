"""The encrypted vault: SQLCipher database, key envelope, schema, backup."""
