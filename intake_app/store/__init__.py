"""The encrypted local database (SQLCipher). Imports no Qt."""
