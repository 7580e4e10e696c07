DROP INDEX meetings_live_expo;
