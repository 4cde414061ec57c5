-- The directory: places (county → town → community → grid), departments, categories, people.
-- Loaded from the directory YAML at start-up (io.gridcase.directory.DirectoryLoader).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

create table dir_county (
  code varchar(64) not null,
  name varchar(100) not null,
  constraint pk_dir_county primary key (code)
);

create table dir_town (
  code varchar(64) not null,
  name varchar(100) not null,
  county_code varchar(64) not null,
  constraint pk_dir_town primary key (code),
  constraint fk_dir_town_county foreign key (county_code) references dir_county (code)
);
create index ix_dir_town_county on dir_town (county_code);

create table dir_community (
  code varchar(64) not null,
  name varchar(100) not null,
  town_code varchar(64) not null,
  constraint pk_dir_community primary key (code),
  constraint fk_dir_community_town foreign key (town_code) references dir_town (code)
);
create index ix_dir_community_town on dir_community (town_code);

-- id is the Camunda user id; group memberships live in Camunda (ACT_ID_MEMBERSHIP).
create table dir_person (
  id varchar(64) not null,
  name varchar(100) not null,
  email varchar(254),
  constraint pk_dir_person primary key (id)
);

-- lat/lng: the grid's centre point (WGS 84); real grids are polygons.
create table dir_grid (
  code varchar(64) not null,
  name varchar(100) not null,
  community_code varchar(64) not null,
  type varchar(20) not null,
  lat double precision not null,
  lng double precision not null,
  worker_user_id varchar(64),
  constraint pk_dir_grid primary key (code),
  constraint fk_dir_grid_community foreign key (community_code) references dir_community (code),
  constraint fk_dir_grid_worker foreign key (worker_user_id) references dir_person (id),
  constraint ck_dir_grid_type check (type in ('community', 'rural', 'maritime', 'industrial'))
);
create index ix_dir_grid_community on dir_grid (community_code);
create index ix_dir_grid_worker on dir_grid (worker_user_id);

create table dir_department (
  code varchar(64) not null,
  name_zh varchar(100) not null,
  name_en varchar(200) not null,
  mailbox varchar(254),
  constraint pk_dir_department primary key (code)
);

create table dir_category (
  code varchar(64) not null,
  name_zh varchar(100) not null,
  constraint pk_dir_category primary key (code)
);
