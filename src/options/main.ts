// Placeholder until the options page lands (issue 5).
