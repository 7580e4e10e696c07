-- Sign-in attempts and link requests of the last minutes, one row per budget they
-- spend (the client address, the email), so every instance on this database counts
-- the same attempts.
CREATE TABLE sign_in_attempts (
    id SERIAL PRIMARY KEY,
    budget TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_attempts_budget_at ON sign_in_attempts (budget, at);
CREATE INDEX sign_in_attempts_at ON sign_in_attempts (at);
