"""Loading and validating what is written in forms/: the policy file and the interview."""
