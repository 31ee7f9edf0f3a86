-- A discontinuous annotation (brat's "0 4;10 20", a quote interrupted by «قال») is kept as one span per
-- stretch, each later stretch joined to the first by a CONTINUES link: the link types' check gains it.
ALTER TABLE link DROP CONSTRAINT link_type;
ALTER TABLE link ADD CONSTRAINT link_type CHECK (type IN ('ATTRIBUTED_TO', 'CUED_BY', 'EXPRESSES', 'NESTED_IN', 'CLAIMED_BY',
                                                     'CONTINUES'));
