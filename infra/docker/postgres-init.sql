-- Database per service, each owned by its own role (development passwords: the role name).
CREATE ROLE bizsos_gateway LOGIN PASSWORD 'bizsos_gateway';
CREATE ROLE bizsos_grievance LOGIN PASSWORD 'bizsos_grievance';
CREATE ROLE bizsos_meetings LOGIN PASSWORD 'bizsos_meetings';
CREATE ROLE bizsos_reporting LOGIN PASSWORD 'bizsos_reporting';
CREATE DATABASE bizsos_gateway OWNER bizsos_gateway ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE bizsos_grievance OWNER bizsos_grievance ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE bizsos_meetings OWNER bizsos_meetings ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE bizsos_reporting OWNER bizsos_reporting ENCODING 'UTF8' TEMPLATE template0;
