-- a table for the test
CREATE TABLE note (
    id INT PRIMARY KEY,
    body VARCHAR NOT NULL
);
INSERT INTO note VALUES (1, 'قال');
