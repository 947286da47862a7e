-- The story of a thesis defense (issue 11): saved views the presenter steps through, in order.
CREATE TABLE story_step (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    position  INT NOT NULL,
    view_id   VARCHAR(32) NOT NULL,
    part      VARCHAR(32),
    selection VARCHAR(64),
    year_from INT,
    year_to   INT,
    label     VARCHAR(200) NOT NULL
);
