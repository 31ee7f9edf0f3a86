ALTER TABLE note ADD COLUMN author VARCHAR;
UPDATE note SET author = 'مارك كيميت';
