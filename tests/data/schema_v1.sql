-- A Rundbord database as schema version 2 wrote it (demo case, 2026-11-23).
PRAGMA application_id=1380077380;
PRAGMA user_version=2;
BEGIN TRANSACTION;
CREATE TABLE "activity" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "text" TEXT,
   "who" TEXT,
   "place" TEXT,
   "short_term_aim" TEXT,
   "position" INTEGER
);
INSERT INTO "activity" VALUES(1,1,'Praktik tirsdag og torsdag 9-12','Nanna og Ole','Gensyn, Storegade 12','Møde 2 formiddage om ugen i 4 uger i træk',0);
INSERT INTO "activity" VALUES(2,2,'Gåtur i Skovparken','Nanna','Skovparken','3 ture om ugen',0);
INSERT INTO "activity" VALUES(3,4,'FVU-dansk, hold 3','Nanna','VUC Nordby','Følge undervisningen hver tirsdag',0);
INSERT INTO "activity" VALUES(4,5,'Ugentligt opkald','Nanna','Hjemme','Et opkald om ugen',0);
CREATE TABLE "addendum" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "text" TEXT,
   "created_at" TEXT
);
CREATE TABLE "agenda_item" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "position" INTEGER,
   "title" TEXT,
   "part" TEXT,
   "notes" TEXT,
   "decisions" TEXT,
   "done" INTEGER,
   "shared_with_relatives" INTEGER,
   "private" INTEGER
);
INSERT INTO "agenda_item" VALUES(1,1,0,'Velkomst, roller og dagsorden','free','','',0,0,0);
INSERT INTO "agenda_item" VALUES(2,1,1,'Bestilling og lovens krav','checklist','','',0,0,0);
INSERT INTO "agenda_item" VALUES(3,1,2,'Opfølgning på aftaler siden sidst','review','','',0,0,0);
INSERT INTO "agenda_item" VALUES(4,1,3,'Skalering af delmål','scaling','','',0,0,0);
INSERT INTO "agenda_item" VALUES(5,1,4,'SMTTE og tegn fra dagtilbuddet','smtte','','',0,0,0);
INSERT INTO "agenda_item" VALUES(6,1,5,'Pårørendes støtte','support','','',0,0,0);
INSERT INTO "agenda_item" VALUES(7,1,6,'Nye aftaler','agreements','','',0,0,0);
INSERT INTO "agenda_item" VALUES(8,1,7,'Næste møde','next','','',0,0,0);
INSERT INTO "agenda_item" VALUES(9,2,0,'Velkomst og dagens dagsorden','free','','',0,0,0);
INSERT INTO "agenda_item" VALUES(10,2,1,'Opfølgning på aftaler siden sidst','review','','',0,0,0);
INSERT INTO "agenda_item" VALUES(11,2,2,'Skalering: hvor er du på vej mod dine mål?','scaling','','',0,0,0);
INSERT INTO "agenda_item" VALUES(12,2,3,'Nye aftaler: hvad flytter dig ét skridt?','agreements','','',0,0,0);
INSERT INTO "agenda_item" VALUES(13,2,4,'Næste møde','next','','',0,0,0);
INSERT INTO "agenda_item" VALUES(14,3,0,'SMTTE for hvert mål','smtte','','',0,0,0);
INSERT INTO "agenda_item" VALUES(15,3,1,'Tegn observeret siden sidst','observations','','',0,0,0);
INSERT INTO "agenda_item" VALUES(16,3,2,'Afprøvning af ny praksis (PDSA)','pdsa','','',0,0,0);
INSERT INTO "agenda_item" VALUES(17,3,3,'Opfølgning på aftaler siden sidst','review','','',0,0,0);
INSERT INTO "agenda_item" VALUES(18,3,4,'Nye aftaler','agreements','','',0,0,0);
INSERT INTO "agenda_item" VALUES(19,3,5,'Næste møde','next','','',0,0,0);
CREATE TABLE "agreement" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "plan_id" INTEGER REFERENCES "plan"("id"),
   "who_id" INTEGER REFERENCES "participant"("id"),
   "what" TEXT,
   "due_date" TEXT,
   "position" INTEGER,
   "status" TEXT,
   "cancel_reason" TEXT,
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "carried_over" INTEGER,
   "target_from" INTEGER,
   "target_to" INTEGER,
   "created_at" TEXT,
   "done_at" TEXT,
   "shared_with_relatives" INTEGER,
   "private" INTEGER
);
INSERT INTO "agreement" VALUES(1,1,1,'Besøge Gensyn sammen med Ole og aftale startdato','2026-10-09',0,'done','',1,1,0,2,4,'2026-11-23T10:42:34','2026-10-08',0,0);
INSERT INTO "agreement" VALUES(2,1,6,'Ringe til Nanna hver mandag kl. 9','2026-12-23',1,'open','',1,1,1,NULL,NULL,'2026-11-23T10:42:34',NULL,0,0);
INSERT INTO "agreement" VALUES(3,1,1,'Tilmelde mig FVU-dansk på VUC','2026-10-14',2,'done','',4,1,0,NULL,NULL,'2026-11-23T10:42:34','2026-10-13',0,0);
INSERT INTO "agreement" VALUES(4,1,5,'Finde en tid hos lægen sammen med Nanna','2026-11-10',3,'open','',3,1,1,NULL,NULL,'2026-11-23T10:42:34',NULL,0,1);
INSERT INTO "agreement" VALUES(5,1,1,'Gå med Bamse mandag, onsdag og fredag og sætte kryds','2026-12-03',4,'open','',2,2,0,5,6,'2026-11-23T10:42:34',NULL,1,0);
INSERT INTO "agreement" VALUES(6,1,4,'Køre Nanna til VUC, når det regner','2026-12-23',5,'open','',4,2,0,NULL,NULL,'2026-11-23T10:42:34',NULL,1,0);
INSERT INTO "agreement" VALUES(7,1,3,'Notere tegn på at Nanna møder udhvilet','2026-12-03',6,'open','',1,2,0,NULL,NULL,'2026-11-23T10:42:34',NULL,0,0);
CREATE TABLE "agreement_event" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "agreement_id" INTEGER REFERENCES "agreement"("id"),
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "at" TEXT,
   "decision" TEXT,
   "old_what" TEXT,
   "new_what" TEXT,
   "old_due" TEXT,
   "new_due" TEXT,
   "reason" TEXT
);
INSERT INTO "agreement_event" VALUES(1,1,1,'2026-11-23T10:42:34','created','','Besøge Gensyn sammen med Ole og aftale startdato',NULL,'2026-10-09','');
INSERT INTO "agreement_event" VALUES(2,2,1,'2026-11-23T10:42:34','created','','Ringe til Nanna hver mandag kl. 9',NULL,'2026-11-18','');
INSERT INTO "agreement_event" VALUES(3,3,1,'2026-11-23T10:42:34','created','','Tilmelde mig FVU-dansk på VUC',NULL,'2026-10-14','');
INSERT INTO "agreement_event" VALUES(4,4,1,'2026-11-23T10:42:34','created','','Finde en tid hos lægen sammen med Nanna',NULL,'2026-11-10','');
INSERT INTO "agreement_event" VALUES(5,1,2,'2026-11-23T10:42:34','done','','',NULL,NULL,'');
INSERT INTO "agreement_event" VALUES(6,3,2,'2026-11-23T10:42:34','done','','',NULL,NULL,'');
INSERT INTO "agreement_event" VALUES(7,2,2,'2026-11-23T10:42:34','continued','','','2026-11-18','2026-12-23','');
INSERT INTO "agreement_event" VALUES(8,4,2,'2026-11-23T10:42:34','continued','','','2026-11-10','2026-11-10','');
INSERT INTO "agreement_event" VALUES(9,5,2,'2026-11-23T10:42:34','created','','Gå med Bamse mandag, onsdag og fredag og sætte kryds',NULL,'2026-12-03','');
INSERT INTO "agreement_event" VALUES(10,6,2,'2026-11-23T10:42:34','created','','Køre Nanna til VUC, når det regner',NULL,'2026-12-23','');
INSERT INTO "agreement_event" VALUES(11,7,2,'2026-11-23T10:42:34','created','','Notere tegn på at Nanna møder udhvilet',NULL,'2026-12-03','');
CREATE TABLE "audit_log" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "at" TEXT,
   "user" TEXT,
   "action" TEXT,
   "table_name" TEXT,
   "record_id" INTEGER,
   "field" TEXT,
   "old_value" TEXT,
   "new_value" TEXT,
   "citizen_id" INTEGER REFERENCES "citizen"("id"),
   "prev_hash" TEXT,
   "hash" TEXT
);
INSERT INTO "audit_log" VALUES(1,'2026-11-23T10:42:34','demo','insert','citizen',1,'name',NULL,'Nanna Kildegaard',1,'0000000000000000000000000000000000000000000000000000000000000000','d467129c198afba2b6ec103245916ca3573e9b13d9a703435c179d496b1c00de');
INSERT INTO "audit_log" VALUES(2,'2026-11-23T10:42:34','demo','insert','citizen',1,'values',NULL,'Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.',1,'d467129c198afba2b6ec103245916ca3573e9b13d9a703435c179d496b1c00de','b72e98bfb6b6ebcb45220a6480f20d9cd1d408f82822324f05c4c48b220c4bf5');
INSERT INTO "audit_log" VALUES(3,'2026-11-23T10:42:34','demo','insert','citizen',1,'strengths',NULL,'Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. Jeg er god med dyr og ældre mennesker.',1,'b72e98bfb6b6ebcb45220a6480f20d9cd1d408f82822324f05c4c48b220c4bf5','1f65ad391a616539d8a13c57b2f35d96b06622d53b3c067c40e24f9358b5600d');
INSERT INTO "audit_log" VALUES(4,'2026-11-23T10:42:34','demo','insert','citizen',1,'mentor_needed',NULL,'1',1,'1f65ad391a616539d8a13c57b2f35d96b06622d53b3c067c40e24f9358b5600d','d78166836075bcfcb0645c75b57c240553d913bee92abf9788fd72cc23df05a3');
INSERT INTO "audit_log" VALUES(5,'2026-11-23T10:42:34','demo','insert','citizen',1,'mentor_role',NULL,'Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende hver mandag og er kontakt til arbejdspladsen.',1,'d78166836075bcfcb0645c75b57c240553d913bee92abf9788fd72cc23df05a3','b54e53f661354ed2ecdd9e81dbe6fc6e2e654dc5b5aea76e4502ad5d09a9a1be');
INSERT INTO "audit_log" VALUES(6,'2026-11-23T10:42:34','demo','insert','citizen',1,'created_at',NULL,'2026-11-23T10:42:34',1,'b54e53f661354ed2ecdd9e81dbe6fc6e2e654dc5b5aea76e4502ad5d09a9a1be','5841df8b0cb0b622d7ecc77bf7a2601a984b4f2f5fe8d46f25cda2aab819597a');
INSERT INTO "audit_log" VALUES(7,'2026-11-23T10:42:34','demo','insert','plan',1,'citizen_id',NULL,'1',1,'5841df8b0cb0b622d7ecc77bf7a2601a984b4f2f5fe8d46f25cda2aab819597a','b18f18ec7f715ebee140adc4aff4124e12b88a83877a9a5c79b8d2c7fd91f4fd');
INSERT INTO "audit_log" VALUES(8,'2026-11-23T10:42:34','demo','insert','plan',1,'plan_type',NULL,'ressourceforloeb',1,'b18f18ec7f715ebee140adc4aff4124e12b88a83877a9a5c79b8d2c7fd91f4fd','62b3093237031fa6da0ce47b930cf4c41bd6a777e22e892a9bea318d6f42d651');
INSERT INTO "audit_log" VALUES(9,'2026-11-23T10:42:34','demo','insert','plan',1,'goal_level',NULL,'purpose',1,'62b3093237031fa6da0ce47b930cf4c41bd6a777e22e892a9bea318d6f42d651','680bf5ed71a4758a0d76eb6ba8070d12c9417495668ded9a8ab9388694594457');
INSERT INTO "audit_log" VALUES(10,'2026-11-23T10:42:34','demo','insert','plan',1,'start_date',NULL,'2026-11-23',1,'680bf5ed71a4758a0d76eb6ba8070d12c9417495668ded9a8ab9388694594457','5436abf32ebc5372398330c60dc239ab123b641a80865a96a45159af15ff4a2a');
INSERT INTO "audit_log" VALUES(11,'2026-11-23T10:42:34','demo','insert','plan',1,'made_with_citizen',NULL,'0',1,'5436abf32ebc5372398330c60dc239ab123b641a80865a96a45159af15ff4a2a','2003ff4f4927004329e214a7ff2c89ad5bb933cbc88874df812d0a6ff348c143');
INSERT INTO "audit_log" VALUES(12,'2026-11-23T10:42:34','demo','insert','participant',1,'plan_id',NULL,'1',1,'2003ff4f4927004329e214a7ff2c89ad5bb933cbc88874df812d0a6ff348c143','4d48b8d6b740d0b2becd1e2cf3d75dcdb330daed4f5761f7689d13f21bbd6fc6');
INSERT INTO "audit_log" VALUES(13,'2026-11-23T10:42:34','demo','insert','participant',1,'name',NULL,'Nanna Kildegaard',1,'4d48b8d6b740d0b2becd1e2cf3d75dcdb330daed4f5761f7689d13f21bbd6fc6','faeb1a426b48c78e5ea6fda4144678847163e80dba7d7504767f1dfe9cd7238d');
INSERT INTO "audit_log" VALUES(14,'2026-11-23T10:42:34','demo','insert','participant',1,'role',NULL,'citizen',1,'faeb1a426b48c78e5ea6fda4144678847163e80dba7d7504767f1dfe9cd7238d','663a628c47afe84b3c6aa350fe64d713a39a04d6c2f9a5723fc45d142673b74a');
INSERT INTO "audit_log" VALUES(15,'2026-11-23T10:42:34','demo','insert','participant',1,'active',NULL,'1',1,'663a628c47afe84b3c6aa350fe64d713a39a04d6c2f9a5723fc45d142673b74a','007cb4d73368d9b765918e6bfd5157bbfa785d1709d198b4ad227ff2caecc066');
INSERT INTO "audit_log" VALUES(16,'2026-11-23T10:42:34','demo','update','plan',1,'overall_goal','','Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik.',1,'007cb4d73368d9b765918e6bfd5157bbfa785d1709d198b4ad227ff2caecc066','8ee8a5795c4c2f388eff61997dd9e5e16247a52ee72cee2a782ee5a0d2885f8b');
INSERT INTO "audit_log" VALUES(17,'2026-11-23T10:42:34','demo','update','plan',1,'goal_level','purpose','trade',1,'8ee8a5795c4c2f388eff61997dd9e5e16247a52ee72cee2a782ee5a0d2885f8b','d441cad9b755e145f9cc11fb0f9ab755afd9bffc2895a9079fccb53ee021bfe9');
INSERT INTO "audit_log" VALUES(18,'2026-11-23T10:42:34','demo','update','plan',1,'start_date','2026-11-23','2026-07-26',1,'d441cad9b755e145f9cc11fb0f9ab755afd9bffc2895a9079fccb53ee021bfe9','b68dfefd3a68dd5f48c45033753b207058273b3ae95a9e6c00b4123df1d41e41');
INSERT INTO "audit_log" VALUES(19,'2026-11-23T10:42:34','demo','update','plan',1,'end_date',NULL,'2027-07-26',1,'b68dfefd3a68dd5f48c45033753b207058273b3ae95a9e6c00b4123df1d41e41','5fd545d5ac4420f1799905992ba648fb2f37b0b59d4a69f6ffb6e44c2134754c');
INSERT INTO "audit_log" VALUES(20,'2026-11-23T10:42:34','demo','update','plan',1,'follow_up','','Opfølgning hver 8. uge; næste gang 03-12-2026.',1,'5fd545d5ac4420f1799905992ba648fb2f37b0b59d4a69f6ffb6e44c2134754c','0ef62343937573b80458d8e51816cbd280720d692e7da22a80c234ee4e0cdbd7');
INSERT INTO "audit_log" VALUES(21,'2026-11-23T10:42:34','demo','update','plan',1,'purpose','','At Nanna kommer tættere på arbejdsmarkedet og får en stabil hverdag.',1,'0ef62343937573b80458d8e51816cbd280720d692e7da22a80c234ee4e0cdbd7','c72c63903633ae4b168a008ebdf23ec44152ad0a04334974bc70dd3973bbc76f');
INSERT INTO "audit_log" VALUES(22,'2026-11-23T10:42:34','demo','update','plan',1,'support_needed','','Praktik med mentor, forløb i dagtilbud, samtaler om søvn og struktur.',1,'c72c63903633ae4b168a008ebdf23ec44152ad0a04334974bc70dd3973bbc76f','ba615e8e4b3d712c8a01771da559f0fb272b0f53df5128d6326bf4ffbe95e57e');
INSERT INTO "audit_log" VALUES(23,'2026-11-23T10:42:34','demo','update','plan',1,'expected_duration','','12 måneder',1,'ba615e8e4b3d712c8a01771da559f0fb272b0f53df5128d6326bf4ffbe95e57e','501e19224051e8928d1dd73439cfe63dd43a66cc3532b450a8fd22924b631c1c');
INSERT INTO "audit_log" VALUES(24,'2026-11-23T10:42:34','demo','update','plan',1,'other_matters','','Bolig er stabil. Ingen hjælpemidler.',1,'501e19224051e8928d1dd73439cfe63dd43a66cc3532b450a8fd22924b631c1c','a7849720db89bff73be0863321e38c4703ce1f582f37c82651261104b0771a50');
INSERT INTO "audit_log" VALUES(25,'2026-11-23T10:42:34','demo','update','plan',1,'made_with_citizen','0','1',1,'a7849720db89bff73be0863321e38c4703ce1f582f37c82651261104b0771a50','ec8ed83eb25bd16da27ea04f20ced01c894651ec5ca7a6e397a67e9fbac3eea9');
INSERT INTO "audit_log" VALUES(26,'2026-11-23T10:42:34','demo','update','plan',1,'order_text','','Bestilling fra Jobcenter Nordby: afklaring af arbejdsevne mod job i detailhandlen.',1,'ec8ed83eb25bd16da27ea04f20ced01c894651ec5ca7a6e397a67e9fbac3eea9','14fcfbfbb0819594544cece3d993f678a47b9984dbf5d85d4ce53676257f7220');
INSERT INTO "audit_log" VALUES(27,'2026-11-23T10:42:34','demo','insert','participant',2,'plan_id',NULL,'1',1,'14fcfbfbb0819594544cece3d993f678a47b9984dbf5d85d4ce53676257f7220','93d27eb8524e44685de524028403bb48ab98ce1a7d60493cac38840da74bd034');
INSERT INTO "audit_log" VALUES(28,'2026-11-23T10:42:34','demo','insert','participant',2,'name',NULL,'Karsten Bro',1,'93d27eb8524e44685de524028403bb48ab98ce1a7d60493cac38840da74bd034','3e234028220e56a0a7989e41e9a32846fa6844fdf457ed00b984eb912aa50303');
INSERT INTO "audit_log" VALUES(29,'2026-11-23T10:42:34','demo','insert','participant',2,'role',NULL,'authority',1,'3e234028220e56a0a7989e41e9a32846fa6844fdf457ed00b984eb912aa50303','0b705547d8054c5d4f65fe46e42df6c88727fe5041ad499e32bb4185425280c6');
INSERT INTO "audit_log" VALUES(30,'2026-11-23T10:42:34','demo','insert','participant',2,'organisation',NULL,'Jobcenter Nordby',1,'0b705547d8054c5d4f65fe46e42df6c88727fe5041ad499e32bb4185425280c6','a61d34d721952133efb9556c75b352041ee349a1bf04b5b7431efa127a8487b1');
INSERT INTO "audit_log" VALUES(31,'2026-11-23T10:42:34','demo','insert','participant',2,'active',NULL,'1',1,'a61d34d721952133efb9556c75b352041ee349a1bf04b5b7431efa127a8487b1','6773e084a778c11226819d11ceaa6ea4691033f744b1c694f57dba579ed5bc19');
INSERT INTO "audit_log" VALUES(32,'2026-11-23T10:42:34','demo','insert','participant',3,'plan_id',NULL,'1',1,'6773e084a778c11226819d11ceaa6ea4691033f744b1c694f57dba579ed5bc19','d0e56e41a9b833c486420b72001852414aa63641191a37b5ce32c94e352ef859');
INSERT INTO "audit_log" VALUES(33,'2026-11-23T10:42:34','demo','insert','participant',3,'name',NULL,'Fatima Ali',1,'d0e56e41a9b833c486420b72001852414aa63641191a37b5ce32c94e352ef859','539173667d5f2f01e8d87de56019a925872cffa4ec2591d9d2aa41fa6408dbda');
INSERT INTO "audit_log" VALUES(34,'2026-11-23T10:42:34','demo','insert','participant',3,'role',NULL,'day_service',1,'539173667d5f2f01e8d87de56019a925872cffa4ec2591d9d2aa41fa6408dbda','a38d84fa9171285701632340df5009904baa59dc58e8b6764cc93cc7bf05e6ee');
INSERT INTO "audit_log" VALUES(35,'2026-11-23T10:42:34','demo','insert','participant',3,'organisation',NULL,'Værestedet Kilden',1,'a38d84fa9171285701632340df5009904baa59dc58e8b6764cc93cc7bf05e6ee','9ae8d20bb771b8540215fe465002822a27c278be5290684d2dd9b5b872780f54');
INSERT INTO "audit_log" VALUES(36,'2026-11-23T10:42:34','demo','insert','participant',3,'active',NULL,'1',1,'9ae8d20bb771b8540215fe465002822a27c278be5290684d2dd9b5b872780f54','7f86681fefaa7ccc333db3bf70de7c62af8f4d474eedbf5a31012ff42e12c1a8');
INSERT INTO "audit_log" VALUES(37,'2026-11-23T10:42:34','demo','insert','participant',4,'plan_id',NULL,'1',1,'7f86681fefaa7ccc333db3bf70de7c62af8f4d474eedbf5a31012ff42e12c1a8','47c23afe8ae4546250c30884542dd38f7f8327790f293ccc5ce49dde9ae0a26e');
INSERT INTO "audit_log" VALUES(38,'2026-11-23T10:42:34','demo','insert','participant',4,'name',NULL,'Jens Kildegaard',1,'47c23afe8ae4546250c30884542dd38f7f8327790f293ccc5ce49dde9ae0a26e','6963203f7c92a1003785dd0447786513f5c328629606e5851f21687cc94e0c60');
INSERT INTO "audit_log" VALUES(39,'2026-11-23T10:42:34','demo','insert','participant',4,'role',NULL,'relative',1,'6963203f7c92a1003785dd0447786513f5c328629606e5851f21687cc94e0c60','31e932b81eeadd83e1250367a339baaefc5dc56f4ac5a817f46fec2106fbf684');
INSERT INTO "audit_log" VALUES(40,'2026-11-23T10:42:34','demo','insert','participant',4,'organisation',NULL,'Far',1,'31e932b81eeadd83e1250367a339baaefc5dc56f4ac5a817f46fec2106fbf684','3ec20b31ffec8ff155ee6b8dfcbdf45fab8629609f92e2bb7eed120a8f33f21d');
INSERT INTO "audit_log" VALUES(41,'2026-11-23T10:42:34','demo','insert','participant',4,'active',NULL,'1',1,'3ec20b31ffec8ff155ee6b8dfcbdf45fab8629609f92e2bb7eed120a8f33f21d','3a39e8ac320ab29222945580fcc35de6d510b8d159f6d492f6180ffa4a87b6a9');
INSERT INTO "audit_log" VALUES(42,'2026-11-23T10:42:34','demo','insert','participant',5,'plan_id',NULL,'1',1,'3a39e8ac320ab29222945580fcc35de6d510b8d159f6d492f6180ffa4a87b6a9','28d4e07fce3599d6605946cd46f8c393dc0d011083b4d197c0377064127233fa');
INSERT INTO "audit_log" VALUES(43,'2026-11-23T10:42:34','demo','insert','participant',5,'name',NULL,'Sofie Dahl',1,'28d4e07fce3599d6605946cd46f8c393dc0d011083b4d197c0377064127233fa','e3b1635636aadaecaa785dbfa56857f37ebb0b5db2e7b1da471c27fb7b17b6c7');
INSERT INTO "audit_log" VALUES(44,'2026-11-23T10:42:34','demo','insert','participant',5,'role',NULL,'contact',1,'e3b1635636aadaecaa785dbfa56857f37ebb0b5db2e7b1da471c27fb7b17b6c7','5e3e54a0f6e324a98ec881e2a15e67ce668444dbda253d77d049bf88884f44f6');
INSERT INTO "audit_log" VALUES(45,'2026-11-23T10:42:34','demo','insert','participant',5,'organisation',NULL,'Socialpsykiatrien Nordby',1,'5e3e54a0f6e324a98ec881e2a15e67ce668444dbda253d77d049bf88884f44f6','fc4e78d7a8474a3617c01b71c49127ed35466beaba411c564b6cd6f42814e352');
INSERT INTO "audit_log" VALUES(46,'2026-11-23T10:42:34','demo','insert','participant',5,'active',NULL,'1',1,'fc4e78d7a8474a3617c01b71c49127ed35466beaba411c564b6cd6f42814e352','56a7d380dfab6e1ab7e99f0837128994139433202fe47e5d610cf520aafe0ad0');
INSERT INTO "audit_log" VALUES(47,'2026-11-23T10:42:34','demo','insert','participant',6,'plan_id',NULL,'1',1,'56a7d380dfab6e1ab7e99f0837128994139433202fe47e5d610cf520aafe0ad0','463147c439d15f1582825c3cc3bf158e526870579cbb51ab37003d7125968d6e');
INSERT INTO "audit_log" VALUES(48,'2026-11-23T10:42:34','demo','insert','participant',6,'name',NULL,'Ole Krogh',1,'463147c439d15f1582825c3cc3bf158e526870579cbb51ab37003d7125968d6e','74451bee4662c550621ee17d1740fc03d9a9e869fec924035392d53d96428a5d');
INSERT INTO "audit_log" VALUES(49,'2026-11-23T10:42:34','demo','insert','participant',6,'role',NULL,'mentor',1,'74451bee4662c550621ee17d1740fc03d9a9e869fec924035392d53d96428a5d','30a33f60d907cfeb16e7a315a5dc5f1340b2ba658c5a46440464dd43bb8f6247');
INSERT INTO "audit_log" VALUES(50,'2026-11-23T10:42:34','demo','insert','participant',6,'organisation',NULL,'Mentorkorps Nordby',1,'30a33f60d907cfeb16e7a315a5dc5f1340b2ba658c5a46440464dd43bb8f6247','be891576af91fc558200334b381bd711c87e0035e803bd9c199fec692720eb77');
INSERT INTO "audit_log" VALUES(51,'2026-11-23T10:42:34','demo','insert','participant',6,'active',NULL,'1',1,'be891576af91fc558200334b381bd711c87e0035e803bd9c199fec692720eb77','aa3bc4a91af0ae57a1baf6695218e56c14299bd2da72443413a1f2d72ecd03e5');
INSERT INTO "audit_log" VALUES(52,'2026-11-23T10:42:34','demo','insert','participant',7,'plan_id',NULL,'1',1,'aa3bc4a91af0ae57a1baf6695218e56c14299bd2da72443413a1f2d72ecd03e5','9f30272d5d1e961ae5ff4fb874e72174fc40d9e0e6add72ce08beb395256d10b');
INSERT INTO "audit_log" VALUES(53,'2026-11-23T10:42:34','demo','insert','participant',7,'name',NULL,'Rehabiliteringsteamet Nordby',1,'9f30272d5d1e961ae5ff4fb874e72174fc40d9e0e6add72ce08beb395256d10b','fdfa85b4030374d3c4200c863af2898154f199f73cb0b23033488c755045d0c7');
INSERT INTO "audit_log" VALUES(54,'2026-11-23T10:42:34','demo','insert','participant',7,'role',NULL,'rehab_team',1,'fdfa85b4030374d3c4200c863af2898154f199f73cb0b23033488c755045d0c7','512cabc0f3109cc4257dd1b8327fbf9e5799187a589561c8f47772520e0b05e6');
INSERT INTO "audit_log" VALUES(55,'2026-11-23T10:42:34','demo','insert','participant',7,'organisation',NULL,'Nordby Kommune',1,'512cabc0f3109cc4257dd1b8327fbf9e5799187a589561c8f47772520e0b05e6','7e16f1e50b9fe8a4a15f0c1ece3c68934780ae39fea56fd64cbe8091c127da7a');
INSERT INTO "audit_log" VALUES(56,'2026-11-23T10:42:34','demo','insert','participant',7,'active',NULL,'1',1,'7e16f1e50b9fe8a4a15f0c1ece3c68934780ae39fea56fd64cbe8091c127da7a','b7452af407398c8f0299d6037e9f59fcee727cb84368a70fd781e5dcd6cb2512');
INSERT INTO "audit_log" VALUES(57,'2026-11-23T10:42:34','demo','insert','order_goal',1,'plan_id',NULL,'1',1,'b7452af407398c8f0299d6037e9f59fcee727cb84368a70fd781e5dcd6cb2512','b22fb3b415e066d68bb4dac99ca4994b1e8b9a274bd2563ee16825289655c58f');
INSERT INTO "audit_log" VALUES(58,'2026-11-23T10:42:34','demo','insert','order_goal',1,'text',NULL,'Afklaring af arbejdsevne mod ordinært job i detailhandlen',1,'b22fb3b415e066d68bb4dac99ca4994b1e8b9a274bd2563ee16825289655c58f','56cbfc3dc66beb26547fddcf12395cd5062bb8998f52043e069464e5bcb01067');
INSERT INTO "audit_log" VALUES(59,'2026-11-23T10:42:34','demo','insert','order_goal',1,'position',NULL,'0',1,'56cbfc3dc66beb26547fddcf12395cd5062bb8998f52043e069464e5bcb01067','3dfec4f2c109fca03f3ed3a970d10bc8bc2aa52ea9c9073d8914fa0f6974453e');
INSERT INTO "audit_log" VALUES(60,'2026-11-23T10:42:34','demo','insert','order_goal',2,'plan_id',NULL,'1',1,'3dfec4f2c109fca03f3ed3a970d10bc8bc2aa52ea9c9073d8914fa0f6974453e','70214b7846084af4dc85764ef166ac252946b72e740e362c6bb85efaec4dfd41');
INSERT INTO "audit_log" VALUES(61,'2026-11-23T10:42:34','demo','insert','order_goal',2,'text',NULL,'Stabil hverdag med søvn, motion og netværk',1,'70214b7846084af4dc85764ef166ac252946b72e740e362c6bb85efaec4dfd41','eac0eb717448b1a31a8fbadb2ee4b135a21bcf71a7164b370208c946352b1096');
INSERT INTO "audit_log" VALUES(62,'2026-11-23T10:42:34','demo','insert','order_goal',2,'position',NULL,'1',1,'eac0eb717448b1a31a8fbadb2ee4b135a21bcf71a7164b370208c946352b1096','26ec6e7ccadbc12c736bb03e004663728b86ced1fc455cec350f9ebb381f23b7');
INSERT INTO "audit_log" VALUES(63,'2026-11-23T10:42:34','demo','insert','goal',1,'plan_id',NULL,'1',1,'26ec6e7ccadbc12c736bb03e004663728b86ced1fc455cec350f9ebb381f23b7','33b88acfb02f3f6a5e4f0e1870f9bb2ab25658f71576822399e6d93049f121dc');
INSERT INTO "audit_log" VALUES(64,'2026-11-23T10:42:34','demo','insert','goal',1,'area',NULL,'employment',1,'33b88acfb02f3f6a5e4f0e1870f9bb2ab25658f71576822399e6d93049f121dc','2cc261ddba39a6d2de47daaf86741c57967de31fae274e8cfe4f5a2b31788555');
INSERT INTO "audit_log" VALUES(65,'2026-11-23T10:42:34','demo','insert','goal',1,'text',NULL,'Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen.',1,'2cc261ddba39a6d2de47daaf86741c57967de31fae274e8cfe4f5a2b31788555','5a202758b9c386674105beea68892621b51a991c6ae5788aae13ed7d42f152cb');
INSERT INTO "audit_log" VALUES(66,'2026-11-23T10:42:34','demo','insert','goal',1,'rationale',NULL,'Praktikken viser, hvad jeg kan holde til, og bringer mig tættere på job i en butik.',1,'5a202758b9c386674105beea68892621b51a991c6ae5788aae13ed7d42f152cb','7fe34fb49ff6b3f767ce6bd40beb1364b8979b7e520c99edb24c3c8562c1f9b7');
INSERT INTO "audit_log" VALUES(67,'2026-11-23T10:42:34','demo','insert','goal',1,'start_date',NULL,'2026-09-24',1,'7fe34fb49ff6b3f767ce6bd40beb1364b8979b7e520c99edb24c3c8562c1f9b7','ceec12fa79ff94a9e4e7e38613b01744941bf605a8517c9856eecec82f16e6fa');
INSERT INTO "audit_log" VALUES(68,'2026-11-23T10:42:34','demo','insert','goal',1,'end_date',NULL,'2027-01-22',1,'ceec12fa79ff94a9e4e7e38613b01744941bf605a8517c9856eecec82f16e6fa','9ea97ff965cdafaee9d510f63a16b70690d354ea2e67fe187761b31b079943ed');
INSERT INTO "audit_log" VALUES(69,'2026-11-23T10:42:34','demo','insert','goal',1,'status',NULL,'active',1,'9ea97ff965cdafaee9d510f63a16b70690d354ea2e67fe187761b31b079943ed','34a8bd286d721d83394a329a77f1618acc35694a73513aba359267639b1332bf');
INSERT INTO "audit_log" VALUES(70,'2026-11-23T10:42:34','demo','insert','goal',1,'position',NULL,'0',1,'34a8bd286d721d83394a329a77f1618acc35694a73513aba359267639b1332bf','4c99e33331ec0c590a6fe52b11b3acf66144a451136ed96560165b06b2c280d5');
INSERT INTO "audit_log" VALUES(71,'2026-11-23T10:42:34','demo','insert','goal',1,'scale_anchor',NULL,'5 = jeg møder 1 formiddag de fleste uger.',1,'4c99e33331ec0c590a6fe52b11b3acf66144a451136ed96560165b06b2c280d5','763e7619842a72b939fddf1758271bfd1651db2cc6fc86241007c4fe60f88032');
INSERT INTO "audit_log" VALUES(72,'2026-11-23T10:42:34','demo','insert','goal',1,'smart_specific',NULL,'Nanna, mentor Ole og butikken; praktik i genbrugsbutikken Gensyn.',1,'763e7619842a72b939fddf1758271bfd1651db2cc6fc86241007c4fe60f88032','5865b394d864d602c9081c174132b38b41ef85bc14bc71cd428e428ca5c13398');
INSERT INTO "audit_log" VALUES(73,'2026-11-23T10:42:34','demo','insert','goal',1,'smart_measurable',NULL,'Antal formiddage mødt pr. uge, noteret i kalenderen.',1,'5865b394d864d602c9081c174132b38b41ef85bc14bc71cd428e428ca5c13398','32693bab780ee7b37e5ccddbded2d013d1e40ed17acae653f0dcf7e8f60a5861');
INSERT INTO "audit_log" VALUES(74,'2026-11-23T10:42:34','demo','insert','goal',1,'smart_accepted',NULL,'Nanna har selv valgt butikken; Karsten er enig.',1,'32693bab780ee7b37e5ccddbded2d013d1e40ed17acae653f0dcf7e8f60a5861','8cc1d94b52e9c0177c6ff1f311d9493f7f36f7ef97b4d4d81f87d2617c9eced3');
INSERT INTO "audit_log" VALUES(75,'2026-11-23T10:42:34','demo','insert','goal',1,'smart_realistic',NULL,'Nanna tror på 2 formiddage; mere senere.',1,'8cc1d94b52e9c0177c6ff1f311d9493f7f36f7ef97b4d4d81f87d2617c9eced3','9df48946a5538c2fb1c48f1104a5199b3753bfa9b9dc269f009cd873de901735');
INSERT INTO "audit_log" VALUES(76,'2026-11-23T10:42:34','demo','insert','goal',1,'smart_timed',NULL,'Start 24-09-2026, opfølgning 03-12-2026.',1,'9df48946a5538c2fb1c48f1104a5199b3753bfa9b9dc269f009cd873de901735','06ddfe2a4e8ee137848314763a51a27d1d1b865a3b555077d8292ce6b1aabfe3');
INSERT INTO "audit_log" VALUES(77,'2026-11-23T10:42:34','demo','insert','goal',1,'smtte_context',NULL,'Bestilling fra jobcentret; Nanna har ikke arbejdet i 4 år.',1,'06ddfe2a4e8ee137848314763a51a27d1d1b865a3b555077d8292ce6b1aabfe3','3f62446336e4bca092beec00806eae9669930fd40658804f9b7295689c746ad0');
INSERT INTO "audit_log" VALUES(78,'2026-11-23T10:42:34','demo','insert','goal',1,'smtte_signs',NULL,'Nanna møder til tiden; hun fortæller selv om dagen i butikken.',1,'3f62446336e4bca092beec00806eae9669930fd40658804f9b7295689c746ad0','9a49028e286405697349e98ff7986e6c11ac65cc48a5812bd5054e59f04b1c01');
INSERT INTO "audit_log" VALUES(79,'2026-11-23T10:42:34','demo','insert','goal',1,'smtte_actions',NULL,'Mentor Ole ringer mandag morgen; fast plads ved kassen.',1,'9a49028e286405697349e98ff7986e6c11ac65cc48a5812bd5054e59f04b1c01','5cb1cebd3703fb50b291904aea28583cbaae345e0b7c7aeed5263393f4083110');
INSERT INTO "audit_log" VALUES(80,'2026-11-23T10:42:34','demo','insert','goal',1,'smtte_due',NULL,'2026-12-13',1,'5cb1cebd3703fb50b291904aea28583cbaae345e0b7c7aeed5263393f4083110','8f8c36faa4e6c5946c68ca7d14123370512f78df5132c5fae0f0f3d2ab80b6bc');
INSERT INTO "audit_log" VALUES(81,'2026-11-23T10:42:34','demo','insert','goal',1,'order_goal_id',NULL,'1',1,'8f8c36faa4e6c5946c68ca7d14123370512f78df5132c5fae0f0f3d2ab80b6bc','3a847ffc359d02408777ab6812097472ec201224c9fe9c551c25b2048e4fde0c');
INSERT INTO "audit_log" VALUES(82,'2026-11-23T10:42:34','demo','insert','goal',1,'gas_weight',NULL,'1.0',1,'3a847ffc359d02408777ab6812097472ec201224c9fe9c551c25b2048e4fde0c','a525cf7ed7f35df383fa288365a91c2e39ae2c445964f3edf61b74c3abc61224');
INSERT INTO "audit_log" VALUES(83,'2026-11-23T10:42:34','demo','insert','goal',1,'shared_with_relatives',NULL,'1',1,'a525cf7ed7f35df383fa288365a91c2e39ae2c445964f3edf61b74c3abc61224','9dc45b512378c44f727df27a3b63605735035ce3d223dc1822af20a0d1744e74');
INSERT INTO "audit_log" VALUES(84,'2026-11-23T10:42:34','demo','insert','goal',1,'private',NULL,'0',1,'9dc45b512378c44f727df27a3b63605735035ce3d223dc1822af20a0d1744e74','e37938edf8357d16e931e4bfc85eb66153e8853ed883a200bf1944faf178c925');
INSERT INTO "audit_log" VALUES(85,'2026-11-23T10:42:34','demo','insert','goal',2,'plan_id',NULL,'1',1,'e37938edf8357d16e931e4bfc85eb66153e8853ed883a200bf1944faf178c925','1226216d7ccff47dc800e59387f7f2e0f1bce21edfd59b38f14a28b8b5d3dd4f');
INSERT INTO "audit_log" VALUES(86,'2026-11-23T10:42:34','demo','insert','goal',2,'area',NULL,'health',1,'1226216d7ccff47dc800e59387f7f2e0f1bce21edfd59b38f14a28b8b5d3dd4f','afe7965f595a7c28a00b07479883a9fb0df8ba3b63c1efb7c46c36147ba54b77');
INSERT INTO "audit_log" VALUES(87,'2026-11-23T10:42:34','demo','insert','goal',2,'text',NULL,'Jeg vil forbedre mit helbred.',1,'afe7965f595a7c28a00b07479883a9fb0df8ba3b63c1efb7c46c36147ba54b77','4d60137f7afa054c9785cb88caad3c800d35d9e56d7887d7e2617236406945a1');
INSERT INTO "audit_log" VALUES(88,'2026-11-23T10:42:34','demo','insert','goal',2,'rationale',NULL,'Bedre søvn gør, at jeg kan møde om morgenen.',1,'4d60137f7afa054c9785cb88caad3c800d35d9e56d7887d7e2617236406945a1','23b3da59df3150700c452e0735f7a59eab1f27148c99c9c3f30adbf490114cc5');
INSERT INTO "audit_log" VALUES(89,'2026-11-23T10:42:34','demo','insert','goal',2,'start_date',NULL,'2026-08-25',1,'23b3da59df3150700c452e0735f7a59eab1f27148c99c9c3f30adbf490114cc5','02b71bcb889210a3256e2937ae2c8e0d8a5e3a5b3f492202ef93572691682aa9');
INSERT INTO "audit_log" VALUES(90,'2026-11-23T10:42:34','demo','insert','goal',2,'end_date',NULL,'2026-12-23',1,'02b71bcb889210a3256e2937ae2c8e0d8a5e3a5b3f492202ef93572691682aa9','627381071f4bceab6f4f265d2e4a0d83de136189a731d0fc2783a050d835ec85');
INSERT INTO "audit_log" VALUES(91,'2026-11-23T10:42:34','demo','insert','goal',2,'status',NULL,'active',1,'627381071f4bceab6f4f265d2e4a0d83de136189a731d0fc2783a050d835ec85','b496302d72fc1e56049971caf1c748f98a5c491dc1106c7ff9df2414d5619564');
INSERT INTO "audit_log" VALUES(92,'2026-11-23T10:42:34','demo','insert','goal',2,'position',NULL,'1',1,'b496302d72fc1e56049971caf1c748f98a5c491dc1106c7ff9df2414d5619564','5b75323cd904e3c351babcef5a1fa4fed464c1b7716a11c895a3db48b4f54c46');
INSERT INTO "audit_log" VALUES(93,'2026-11-23T10:42:34','demo','insert','goal',2,'smart_specific',NULL,'Nanna går med Bamse i Skovparken.',1,'5b75323cd904e3c351babcef5a1fa4fed464c1b7716a11c895a3db48b4f54c46','3a486a171339b8780f1018207ccb26454f5b97d04bcbe70c34480e288e4e0fa9');
INSERT INTO "audit_log" VALUES(94,'2026-11-23T10:42:34','demo','insert','goal',2,'smart_measurable',NULL,'Kryds i kalenderen for hver tur.',1,'3a486a171339b8780f1018207ccb26454f5b97d04bcbe70c34480e288e4e0fa9','45c8f6a8749d0e6489ba8e96fb85e297cf6056d48189c94aa70e0321774903bc');
INSERT INTO "audit_log" VALUES(95,'2026-11-23T10:42:34','demo','insert','goal',2,'smart_accepted',NULL,'Nanna vil gerne.',1,'45c8f6a8749d0e6489ba8e96fb85e297cf6056d48189c94aa70e0321774903bc','ab179fdc7017bb2254f30274ee0b2cb1509709bff7b597904dfdac0066ae8605');
INSERT INTO "audit_log" VALUES(96,'2026-11-23T10:42:34','demo','insert','goal',2,'order_goal_id',NULL,'2',1,'ab179fdc7017bb2254f30274ee0b2cb1509709bff7b597904dfdac0066ae8605','9bdaeaae06e86659bbeced98c53afebff4c2a6b213f13386b5e30b7c5603a361');
INSERT INTO "audit_log" VALUES(97,'2026-11-23T10:42:34','demo','insert','goal',2,'gas_weight',NULL,'1.0',1,'9bdaeaae06e86659bbeced98c53afebff4c2a6b213f13386b5e30b7c5603a361','46c6bf65b702728b6c8b65acd1b4944728bb94dae496a873714abf3c5bc56e68');
INSERT INTO "audit_log" VALUES(98,'2026-11-23T10:42:34','demo','insert','goal',2,'shared_with_relatives',NULL,'1',1,'46c6bf65b702728b6c8b65acd1b4944728bb94dae496a873714abf3c5bc56e68','13e856ddc7bc7b4c01e5c32e4fa4c8f074bf6b6f07232a1aa86d8b6f8c74e329');
INSERT INTO "audit_log" VALUES(99,'2026-11-23T10:42:34','demo','insert','goal',2,'private',NULL,'0',1,'13e856ddc7bc7b4c01e5c32e4fa4c8f074bf6b6f07232a1aa86d8b6f8c74e329','5571033f46b0ad16efa2b132739bfbf82530c9871ad85f509cbd2adacec33e01');
INSERT INTO "audit_log" VALUES(100,'2026-11-23T10:42:34','demo','insert','goal',3,'plan_id',NULL,'1',1,'5571033f46b0ad16efa2b132739bfbf82530c9871ad85f509cbd2adacec33e01','454a537fdfa201ef73ccafbbac3352a257b35ea355fbb6d95f79f7472b0447a0');
INSERT INTO "audit_log" VALUES(101,'2026-11-23T10:42:34','demo','insert','goal',3,'area',NULL,'health',1,'454a537fdfa201ef73ccafbbac3352a257b35ea355fbb6d95f79f7472b0447a0','5cef396f64c89a60f03f1c37ac904c10807d258d7c480b844457d0966c3c288c');
INSERT INTO "audit_log" VALUES(102,'2026-11-23T10:42:34','demo','insert','goal',3,'text',NULL,'Jeg vil tale med min læge om min søvnmedicin inden jul.',1,'5cef396f64c89a60f03f1c37ac904c10807d258d7c480b844457d0966c3c288c','5b001e4d40a183d32afe9c236f904324c2265353ef7601fb01cbe09e94b184b6');
INSERT INTO "audit_log" VALUES(103,'2026-11-23T10:42:34','demo','insert','goal',3,'rationale',NULL,'Medicinen gør mig træt om formiddagen.',1,'5b001e4d40a183d32afe9c236f904324c2265353ef7601fb01cbe09e94b184b6','17ea2823e622d6f82bf989c5a8b419e2ad76043d711ef91a36a1051747ceee7e');
INSERT INTO "audit_log" VALUES(104,'2026-11-23T10:42:34','demo','insert','goal',3,'start_date',NULL,'2026-10-24',1,'17ea2823e622d6f82bf989c5a8b419e2ad76043d711ef91a36a1051747ceee7e','5921061d328125be6c3bcb656d5b9314de272967f155fd0b1f0ef1f74acb025c');
INSERT INTO "audit_log" VALUES(105,'2026-11-23T10:42:34','demo','insert','goal',3,'end_date',NULL,'2026-12-23',1,'5921061d328125be6c3bcb656d5b9314de272967f155fd0b1f0ef1f74acb025c','71f7c2763b8c5d1f100f3da46382f6a49ccb8cc89ff73709e8091ef5ac40cc96');
INSERT INTO "audit_log" VALUES(106,'2026-11-23T10:42:34','demo','insert','goal',3,'status',NULL,'active',1,'71f7c2763b8c5d1f100f3da46382f6a49ccb8cc89ff73709e8091ef5ac40cc96','d8e0e6094417c1473631aed847c8eee5ea8b349cbea29f088a837f6ba22b72e2');
INSERT INTO "audit_log" VALUES(107,'2026-11-23T10:42:34','demo','insert','goal',3,'position',NULL,'2',1,'d8e0e6094417c1473631aed847c8eee5ea8b349cbea29f088a837f6ba22b72e2','447cc5222bf37f5bdb6ffcc8738427bf00ef0b100adcd59cc2a22651e8d0b4f4');
INSERT INTO "audit_log" VALUES(108,'2026-11-23T10:42:34','demo','insert','goal',3,'order_goal_id',NULL,'2',1,'447cc5222bf37f5bdb6ffcc8738427bf00ef0b100adcd59cc2a22651e8d0b4f4','2506128508b06648b0ac124fda253e76d568c22dd0f8a1fd7714f3a5e618d151');
INSERT INTO "audit_log" VALUES(109,'2026-11-23T10:42:34','demo','insert','goal',3,'gas_weight',NULL,'1.0',1,'2506128508b06648b0ac124fda253e76d568c22dd0f8a1fd7714f3a5e618d151','b02e83fa9884c13328b34d927e0ab642c30675e537fe773c1b6c60c1c86bfbe2');
INSERT INTO "audit_log" VALUES(110,'2026-11-23T10:42:34','demo','insert','goal',3,'shared_with_relatives',NULL,'0',1,'b02e83fa9884c13328b34d927e0ab642c30675e537fe773c1b6c60c1c86bfbe2','df0d843287a4b9754aaa2852bc24e42653e04424f529e8534e4e4ff40c41b5bb');
INSERT INTO "audit_log" VALUES(111,'2026-11-23T10:42:34','demo','insert','goal',3,'private',NULL,'1',1,'df0d843287a4b9754aaa2852bc24e42653e04424f529e8534e4e4ff40c41b5bb','e669313defacb4fafcaa5be4b09598e9a6a53d26952f02aa3b348e858b187b68');
INSERT INTO "audit_log" VALUES(112,'2026-11-23T10:42:34','demo','insert','goal',4,'plan_id',NULL,'1',1,'e669313defacb4fafcaa5be4b09598e9a6a53d26952f02aa3b348e858b187b68','2dcfd7c9b527840168d141ad4bc082d94699d79c4604e00992e20e9256c89f96');
INSERT INTO "audit_log" VALUES(113,'2026-11-23T10:42:34','demo','insert','goal',4,'area',NULL,'education',1,'2dcfd7c9b527840168d141ad4bc082d94699d79c4604e00992e20e9256c89f96','52c0935ade106f25491309de17f67c2d470d840076616cea5a1f04a3a6c993b4');
INSERT INTO "audit_log" VALUES(114,'2026-11-23T10:42:34','demo','insert','goal',4,'text',NULL,'Jeg vil tage FVU-dansk trin 1 på VUC om tirsdagen.',1,'52c0935ade106f25491309de17f67c2d470d840076616cea5a1f04a3a6c993b4','2fab85250fdb3d4866092a7349f4867566ba636b73e1439ce9931dd9d8cba84d');
INSERT INTO "audit_log" VALUES(115,'2026-11-23T10:42:34','demo','insert','goal',4,'rationale',NULL,'Butiksarbejde kræver, at jeg kan læse varesedler og skrive beskeder.',1,'2fab85250fdb3d4866092a7349f4867566ba636b73e1439ce9931dd9d8cba84d','a1fd178e1d4ae98a253bfa0dc733577ab93aebd5a8dd01cb02890b48d4be1843');
INSERT INTO "audit_log" VALUES(116,'2026-11-23T10:42:34','demo','insert','goal',4,'start_date',NULL,'2026-10-09',1,'a1fd178e1d4ae98a253bfa0dc733577ab93aebd5a8dd01cb02890b48d4be1843','e7bda311a550478ab3c59baad4108bb2bb41ba49744a4f51688cfd2ea1d9eb31');
INSERT INTO "audit_log" VALUES(117,'2026-11-23T10:42:34','demo','insert','goal',4,'end_date',NULL,'2027-03-23',1,'e7bda311a550478ab3c59baad4108bb2bb41ba49744a4f51688cfd2ea1d9eb31','ab183d844f2a655529c6a8bbc19942616109a935e8bc8f2fd6aa747bf141ea6e');
INSERT INTO "audit_log" VALUES(118,'2026-11-23T10:42:34','demo','insert','goal',4,'status',NULL,'active',1,'ab183d844f2a655529c6a8bbc19942616109a935e8bc8f2fd6aa747bf141ea6e','b8a952af1dff614775f560efbc08e1b150b30da9b852e7b28757702d7d6bddcd');
INSERT INTO "audit_log" VALUES(119,'2026-11-23T10:42:34','demo','insert','goal',4,'position',NULL,'3',1,'b8a952af1dff614775f560efbc08e1b150b30da9b852e7b28757702d7d6bddcd','25fa7a2610dc024f0d6f9fe3fbf039c5760098d98a7ecd929cb1297a98a339c0');
INSERT INTO "audit_log" VALUES(120,'2026-11-23T10:42:34','demo','insert','goal',4,'order_goal_id',NULL,'1',1,'25fa7a2610dc024f0d6f9fe3fbf039c5760098d98a7ecd929cb1297a98a339c0','2a1ee1fc65c408a73557f3deed81d8229d10f6a3e40f9b039b40602f4f6ac24f');
INSERT INTO "audit_log" VALUES(121,'2026-11-23T10:42:34','demo','insert','goal',4,'gas_weight',NULL,'1.0',1,'2a1ee1fc65c408a73557f3deed81d8229d10f6a3e40f9b039b40602f4f6ac24f','e8f49f11803e940389a4862ef6ae66857e1f419b9609dda61e0cf3f4d24d5dcd');
INSERT INTO "audit_log" VALUES(122,'2026-11-23T10:42:34','demo','insert','goal',4,'shared_with_relatives',NULL,'0',1,'e8f49f11803e940389a4862ef6ae66857e1f419b9609dda61e0cf3f4d24d5dcd','d4415b31ad3b739ea9a5a875eacecf15e1406ea311ba9990658efa83038a938e');
INSERT INTO "audit_log" VALUES(123,'2026-11-23T10:42:34','demo','insert','goal',4,'private',NULL,'0',1,'d4415b31ad3b739ea9a5a875eacecf15e1406ea311ba9990658efa83038a938e','85449166a5d23bb0d8669e7e8cb479de4092fd5471ba4dedb702adf2006eeaff');
INSERT INTO "audit_log" VALUES(124,'2026-11-23T10:42:34','demo','insert','goal',5,'plan_id',NULL,'1',1,'85449166a5d23bb0d8669e7e8cb479de4092fd5471ba4dedb702adf2006eeaff','4c30450efacaec757cfc24f033b71c19ab9d2aefcad716a03c075a3774c8e2ce');
INSERT INTO "audit_log" VALUES(125,'2026-11-23T10:42:34','demo','insert','goal',5,'area',NULL,'social',1,'4c30450efacaec757cfc24f033b71c19ab9d2aefcad716a03c075a3774c8e2ce','b3e344885c4fb754c4d576858df9251e43957578ee6afd720470b0f756c32a0b');
INSERT INTO "audit_log" VALUES(126,'2026-11-23T10:42:34','demo','insert','goal',5,'text',NULL,'Jeg vil ringe til min søster én gang om ugen.',1,'b3e344885c4fb754c4d576858df9251e43957578ee6afd720470b0f756c32a0b','9f2ac296f0af3f741e84d1649701fbf22acc0077a438784ab8fdfe1ece807eff');
INSERT INTO "audit_log" VALUES(127,'2026-11-23T10:42:34','demo','insert','goal',5,'rationale',NULL,'Min søster giver mig mod, og jeg vil gerne have mere kontakt.',1,'9f2ac296f0af3f741e84d1649701fbf22acc0077a438784ab8fdfe1ece807eff','b37108d2aa269ac3e16be5f3e3d3f13301409a94f6c83b3972867abd9916b361');
INSERT INTO "audit_log" VALUES(128,'2026-11-23T10:42:34','demo','insert','goal',5,'start_date',NULL,'2026-08-25',1,'b37108d2aa269ac3e16be5f3e3d3f13301409a94f6c83b3972867abd9916b361','7d83958205f506534887ac13366c3df77babfce1ac04cd0d819bc871bec92f85');
INSERT INTO "audit_log" VALUES(129,'2026-11-23T10:42:34','demo','insert','goal',5,'end_date',NULL,'2027-02-21',1,'7d83958205f506534887ac13366c3df77babfce1ac04cd0d819bc871bec92f85','189462ac15baccbb178e6e31f4ef7ed44056a0aedd62c330b2426c9300ecf8e7');
INSERT INTO "audit_log" VALUES(130,'2026-11-23T10:42:34','demo','insert','goal',5,'status',NULL,'active',1,'189462ac15baccbb178e6e31f4ef7ed44056a0aedd62c330b2426c9300ecf8e7','71d3c646fc03b59d980d6bfdf57c77b8098b420a4c0dba00307d25df492c704f');
INSERT INTO "audit_log" VALUES(131,'2026-11-23T10:42:34','demo','insert','goal',5,'position',NULL,'4',1,'71d3c646fc03b59d980d6bfdf57c77b8098b420a4c0dba00307d25df492c704f','9ced27c7e476369fce80ce63cbe0a6803ca4eb284d20ee895d9b7890bc7ea609');
INSERT INTO "audit_log" VALUES(132,'2026-11-23T10:42:34','demo','insert','goal',5,'order_goal_id',NULL,'2',1,'9ced27c7e476369fce80ce63cbe0a6803ca4eb284d20ee895d9b7890bc7ea609','d61a6e09d4a70727fb30d62272e0590bd7cf6632b12ede884ddbbd69027d2a1b');
INSERT INTO "audit_log" VALUES(133,'2026-11-23T10:42:34','demo','insert','goal',5,'gas_weight',NULL,'1.0',1,'d61a6e09d4a70727fb30d62272e0590bd7cf6632b12ede884ddbbd69027d2a1b','f68a6ce3fa882808fb1974c4274f963e531f19e0fc22795c8cabe9a487d825e6');
INSERT INTO "audit_log" VALUES(134,'2026-11-23T10:42:34','demo','insert','goal',5,'shared_with_relatives',NULL,'1',1,'f68a6ce3fa882808fb1974c4274f963e531f19e0fc22795c8cabe9a487d825e6','75f326f785f6c84c8fcb87b14bec65ccbe8e88c28ede282c42db826ee68e3ef4');
INSERT INTO "audit_log" VALUES(135,'2026-11-23T10:42:34','demo','insert','goal',5,'private',NULL,'0',1,'75f326f785f6c84c8fcb87b14bec65ccbe8e88c28ede282c42db826ee68e3ef4','8599ba48348f6f12ea66846db6305694ab877197fa3cce30be356109b631f4eb');
INSERT INTO "audit_log" VALUES(136,'2026-11-23T10:42:34','demo','insert','activity',1,'goal_id',NULL,'1',1,'8599ba48348f6f12ea66846db6305694ab877197fa3cce30be356109b631f4eb','af2e7cd42478edfed87a3b3e6f82f8784e289f39d7193997be96739cf4cffd9b');
INSERT INTO "audit_log" VALUES(137,'2026-11-23T10:42:34','demo','insert','activity',1,'text',NULL,'Praktik tirsdag og torsdag 9-12',1,'af2e7cd42478edfed87a3b3e6f82f8784e289f39d7193997be96739cf4cffd9b','f985a3005705ed293ec99aa90aaed2d37165f3cad4dd7129935fa51ff0ffe9fd');
INSERT INTO "audit_log" VALUES(138,'2026-11-23T10:42:34','demo','insert','activity',1,'who',NULL,'Nanna og Ole',1,'f985a3005705ed293ec99aa90aaed2d37165f3cad4dd7129935fa51ff0ffe9fd','8dddfb4b2d91f905f6df9e112967d48a3b139add9ba78a1c4083e6b98e348910');
INSERT INTO "audit_log" VALUES(139,'2026-11-23T10:42:34','demo','insert','activity',1,'place',NULL,'Gensyn, Storegade 12',1,'8dddfb4b2d91f905f6df9e112967d48a3b139add9ba78a1c4083e6b98e348910','bfc5460fa72152394c8d53788d0c5d6d1fedd45a5815a530e0f7c08248df9335');
INSERT INTO "audit_log" VALUES(140,'2026-11-23T10:42:34','demo','insert','activity',1,'short_term_aim',NULL,'Møde 2 formiddage om ugen i 4 uger i træk',1,'bfc5460fa72152394c8d53788d0c5d6d1fedd45a5815a530e0f7c08248df9335','2d30c0b47f7651b8398ccf977ec3266e3ebee21cf3c5543985f12a464f2ffff6');
INSERT INTO "audit_log" VALUES(141,'2026-11-23T10:42:34','demo','insert','activity',1,'position',NULL,'0',1,'2d30c0b47f7651b8398ccf977ec3266e3ebee21cf3c5543985f12a464f2ffff6','d6e82f0e8b91086b03ab86e3f8e2aff0995c69a87a56141e884bbd8841765e9f');
INSERT INTO "audit_log" VALUES(142,'2026-11-23T10:42:34','demo','insert','activity',2,'goal_id',NULL,'2',1,'d6e82f0e8b91086b03ab86e3f8e2aff0995c69a87a56141e884bbd8841765e9f','dfc83c6eb4dc4b7e8169e5201700fdb4aad7a3c6da86f9e318a46e9af35edcbc');
INSERT INTO "audit_log" VALUES(143,'2026-11-23T10:42:34','demo','insert','activity',2,'text',NULL,'Gåtur i Skovparken',1,'dfc83c6eb4dc4b7e8169e5201700fdb4aad7a3c6da86f9e318a46e9af35edcbc','6218e23a70a34328e2cd8007b0db528ccd5948a761e72ef0aabc87dfa8dd662b');
INSERT INTO "audit_log" VALUES(144,'2026-11-23T10:42:34','demo','insert','activity',2,'who',NULL,'Nanna',1,'6218e23a70a34328e2cd8007b0db528ccd5948a761e72ef0aabc87dfa8dd662b','4af6666ebffdbab2628db6b183e4902e255c53825b1c89764f2fbbd5809b07c9');
INSERT INTO "audit_log" VALUES(145,'2026-11-23T10:42:34','demo','insert','activity',2,'place',NULL,'Skovparken',1,'4af6666ebffdbab2628db6b183e4902e255c53825b1c89764f2fbbd5809b07c9','1637015c43008a7844f7d0ca7622b8be6515978ba5f2b521da00fcf94a149c15');
INSERT INTO "audit_log" VALUES(146,'2026-11-23T10:42:34','demo','insert','activity',2,'short_term_aim',NULL,'3 ture om ugen',1,'1637015c43008a7844f7d0ca7622b8be6515978ba5f2b521da00fcf94a149c15','fb7873af731f1d0aa5bbedbc40ca995762d2a73f5c889eb0a333a3ed99812d27');
INSERT INTO "audit_log" VALUES(147,'2026-11-23T10:42:34','demo','insert','activity',2,'position',NULL,'0',1,'fb7873af731f1d0aa5bbedbc40ca995762d2a73f5c889eb0a333a3ed99812d27','a22b99360f7d5e20b0a7557d18611356f9c97f737757dfdcc5c325c6af53386e');
INSERT INTO "audit_log" VALUES(148,'2026-11-23T10:42:34','demo','insert','activity',3,'goal_id',NULL,'4',1,'a22b99360f7d5e20b0a7557d18611356f9c97f737757dfdcc5c325c6af53386e','41ba8ed3d9f18e11ebcd83dcc2fddcf534fc6fd201657921ef2b2bf0c53cf570');
INSERT INTO "audit_log" VALUES(149,'2026-11-23T10:42:34','demo','insert','activity',3,'text',NULL,'FVU-dansk, hold 3',1,'41ba8ed3d9f18e11ebcd83dcc2fddcf534fc6fd201657921ef2b2bf0c53cf570','63554b0de7eb403cadb326f5c9da72c86e37945f7112d7575b4d342836f09dbc');
INSERT INTO "audit_log" VALUES(150,'2026-11-23T10:42:34','demo','insert','activity',3,'who',NULL,'Nanna',1,'63554b0de7eb403cadb326f5c9da72c86e37945f7112d7575b4d342836f09dbc','29725f831604c9febfe83521798bf1db0ca672c9e5f2a16f22f7953fb80ff0ad');
INSERT INTO "audit_log" VALUES(151,'2026-11-23T10:42:34','demo','insert','activity',3,'place',NULL,'VUC Nordby',1,'29725f831604c9febfe83521798bf1db0ca672c9e5f2a16f22f7953fb80ff0ad','838cc2ff068debb2bdced2ed5143d966526fd424e62b489de7e498f400f08152');
INSERT INTO "audit_log" VALUES(152,'2026-11-23T10:42:34','demo','insert','activity',3,'short_term_aim',NULL,'Følge undervisningen hver tirsdag',1,'838cc2ff068debb2bdced2ed5143d966526fd424e62b489de7e498f400f08152','515910cbad8b87a410374b8716bd6221b99490d781f289a40271cb2431024c9e');
INSERT INTO "audit_log" VALUES(153,'2026-11-23T10:42:34','demo','insert','activity',3,'position',NULL,'0',1,'515910cbad8b87a410374b8716bd6221b99490d781f289a40271cb2431024c9e','bab0d2b36b291b0743627bf5a20d17b52e2df102f6fc2b13579ee1ffc8d8f68a');
INSERT INTO "audit_log" VALUES(154,'2026-11-23T10:42:34','demo','insert','activity',4,'goal_id',NULL,'5',1,'bab0d2b36b291b0743627bf5a20d17b52e2df102f6fc2b13579ee1ffc8d8f68a','8ab7038750acfdf036658d3af9248f5e256537af18363d72f8ffc8b6cd9fde8f');
INSERT INTO "audit_log" VALUES(155,'2026-11-23T10:42:34','demo','insert','activity',4,'text',NULL,'Ugentligt opkald',1,'8ab7038750acfdf036658d3af9248f5e256537af18363d72f8ffc8b6cd9fde8f','f7925a5eafd4a937ffc9a91f8d07c19c260ce162a4199945eb39dc804b22de8b');
INSERT INTO "audit_log" VALUES(156,'2026-11-23T10:42:34','demo','insert','activity',4,'who',NULL,'Nanna',1,'f7925a5eafd4a937ffc9a91f8d07c19c260ce162a4199945eb39dc804b22de8b','37c7697db6a8ef4ebcef8c9e42ce512b134ba20849fefe02cfc4cf350cb9644b');
INSERT INTO "audit_log" VALUES(157,'2026-11-23T10:42:34','demo','insert','activity',4,'place',NULL,'Hjemme',1,'37c7697db6a8ef4ebcef8c9e42ce512b134ba20849fefe02cfc4cf350cb9644b','40683c64b9ce7caee8221a97f3ab28a7de566965ebee34eb92ddec40ee472259');
INSERT INTO "audit_log" VALUES(158,'2026-11-23T10:42:34','demo','insert','activity',4,'short_term_aim',NULL,'Et opkald om ugen',1,'40683c64b9ce7caee8221a97f3ab28a7de566965ebee34eb92ddec40ee472259','4a51ae20262b01510b8deacd2d639c002ed131d6186fbd512567abc823a1c0a3');
INSERT INTO "audit_log" VALUES(159,'2026-11-23T10:42:34','demo','insert','activity',4,'position',NULL,'0',1,'4a51ae20262b01510b8deacd2d639c002ed131d6186fbd512567abc823a1c0a3','f7fda4803874e3b5a6965fead11256fa87efbc144c98b73d54fc81c002660201');
INSERT INTO "audit_log" VALUES(160,'2026-11-23T10:42:34','demo','insert','goal_revision',1,'goal_id',NULL,'2',1,'f7fda4803874e3b5a6965fead11256fa87efbc144c98b73d54fc81c002660201','11d912cd5712bcbe93907539e1bb4234bc88c315da8ce7b9886a3f791016eba8');
INSERT INTO "audit_log" VALUES(161,'2026-11-23T10:42:34','demo','insert','goal_revision',1,'text',NULL,'Jeg vil forbedre mit helbred.',1,'11d912cd5712bcbe93907539e1bb4234bc88c315da8ce7b9886a3f791016eba8','d4eb01f7553c3681db7545c00dd3b230c00b2f979bce17fe9fe9caaac6e71286');
INSERT INTO "audit_log" VALUES(162,'2026-11-23T10:42:34','demo','insert','goal_revision',1,'rationale',NULL,'Bedre søvn gør, at jeg kan møde om morgenen.',1,'d4eb01f7553c3681db7545c00dd3b230c00b2f979bce17fe9fe9caaac6e71286','2518c6e52c725d7c0564a1d579c82dd6394ebb441c0768f643da20611a65f18e');
INSERT INTO "audit_log" VALUES(163,'2026-11-23T10:42:34','demo','insert','goal_revision',1,'replaced_at',NULL,'2026-11-23T10:42:34',1,'2518c6e52c725d7c0564a1d579c82dd6394ebb441c0768f643da20611a65f18e','34be78b7fa7d192973c7c45ba02449f55df6deb7bd2815d3f0f5a2e98cbca672');
INSERT INTO "audit_log" VALUES(164,'2026-11-23T10:42:34','demo','insert','goal_revision',1,'reason',NULL,'Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.',1,'34be78b7fa7d192973c7c45ba02449f55df6deb7bd2815d3f0f5a2e98cbca672','627f6ae2426b5fb73a1a84e0168ccc085fa46947ff32c5e19938d14d7abab555');
INSERT INTO "audit_log" VALUES(165,'2026-11-23T10:42:34','demo','update','goal',2,'text','Jeg vil forbedre mit helbred.','Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre.',1,'627f6ae2426b5fb73a1a84e0168ccc085fa46947ff32c5e19938d14d7abab555','12cbb05fc000397b82f143a0d7cac6d5ac6c346c3bab72ac26c89fda9b89a1fb');
INSERT INTO "audit_log" VALUES(166,'2026-11-23T10:42:34','demo','insert','meeting',1,'plan_id',NULL,'1',1,'12cbb05fc000397b82f143a0d7cac6d5ac6c346c3bab72ac26c89fda9b89a1fb','997bef29c33fc740e1d4a740b757ad46fa1468615a9cd2957274265c8c1fa589');
INSERT INTO "audit_log" VALUES(167,'2026-11-23T10:42:34','demo','insert','meeting',1,'kind',NULL,'network',1,'997bef29c33fc740e1d4a740b757ad46fa1468615a9cd2957274265c8c1fa589','2f84f16afcb27751ecdd8ec5c50634c6ccd85df72fc0e0e9698e0c63b754955a');
INSERT INTO "audit_log" VALUES(168,'2026-11-23T10:42:34','demo','insert','meeting',1,'date',NULL,'2026-09-24',1,'2f84f16afcb27751ecdd8ec5c50634c6ccd85df72fc0e0e9698e0c63b754955a','116b322a4ca315c6bbf69af5e2e52a0fb675f275d2a1c0e716c5e91c444bd3fe');
INSERT INTO "audit_log" VALUES(169,'2026-11-23T10:42:34','demo','insert','meeting',1,'time',NULL,'10:00',1,'116b322a4ca315c6bbf69af5e2e52a0fb675f275d2a1c0e716c5e91c444bd3fe','78cd53ebc4b8161bcc16b914a41e9e77a7c1f946ea65873ccba78531a61b7810');
INSERT INTO "audit_log" VALUES(170,'2026-11-23T10:42:34','demo','insert','meeting',1,'place',NULL,'Jobcenter Nordby, mødelokale 2',1,'78cd53ebc4b8161bcc16b914a41e9e77a7c1f946ea65873ccba78531a61b7810','69cea7112ef93a9a93da0f8ef20b116836fdc8b0b6f3d3e3825f25b497641ebc');
INSERT INTO "audit_log" VALUES(171,'2026-11-23T10:42:34','demo','insert','meeting',1,'status',NULL,'planned',1,'69cea7112ef93a9a93da0f8ef20b116836fdc8b0b6f3d3e3825f25b497641ebc','ecb3748bd0105a32cade39a3fb34786d0d605e1b6b31bd0be51c22810e34b43e');
INSERT INTO "audit_log" VALUES(172,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'meeting_id',NULL,'1',1,'ecb3748bd0105a32cade39a3fb34786d0d605e1b6b31bd0be51c22810e34b43e','ed3143201dbda4bc72a33839f844b0c43e4bf5ce6b37610316a39ad08154aa05');
INSERT INTO "audit_log" VALUES(173,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'position',NULL,'0',1,'ed3143201dbda4bc72a33839f844b0c43e4bf5ce6b37610316a39ad08154aa05','387514a45516e0a6a405fbbf65e64c87b9157d5eb188185e858d0fb23fdab23a');
INSERT INTO "audit_log" VALUES(174,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'title',NULL,'Velkomst, roller og dagsorden',1,'387514a45516e0a6a405fbbf65e64c87b9157d5eb188185e858d0fb23fdab23a','ae56fcd8b78a09973e2675cda324d4da5349899ef466f5babd56f6478256acf3');
INSERT INTO "audit_log" VALUES(175,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'part',NULL,'free',1,'ae56fcd8b78a09973e2675cda324d4da5349899ef466f5babd56f6478256acf3','72684e334251dac80631b4edbc6e4e0e3361616b6c9d83047742f99d9cc008c3');
INSERT INTO "audit_log" VALUES(176,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'done',NULL,'0',1,'72684e334251dac80631b4edbc6e4e0e3361616b6c9d83047742f99d9cc008c3','be2c8726bc648107de295ba5765174d611e57a61ab314e570c23b25e1ad0cf2c');
INSERT INTO "audit_log" VALUES(177,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'shared_with_relatives',NULL,'0',1,'be2c8726bc648107de295ba5765174d611e57a61ab314e570c23b25e1ad0cf2c','86e4bd7fe654954b64f13fcb47f18c316d0236c72994ed0c68d94183cc0c6841');
INSERT INTO "audit_log" VALUES(178,'2026-11-23T10:42:34','demo','insert','agenda_item',1,'private',NULL,'0',1,'86e4bd7fe654954b64f13fcb47f18c316d0236c72994ed0c68d94183cc0c6841','59772066c9332ae5d0de3f51914ddab5d2e0e380b59a116f59a3cf6efb9790b7');
INSERT INTO "audit_log" VALUES(179,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'meeting_id',NULL,'1',1,'59772066c9332ae5d0de3f51914ddab5d2e0e380b59a116f59a3cf6efb9790b7','97bc20f3cbeee33f647db74867bbd3269ed65bdc03ab14749cb2f193e7baad88');
INSERT INTO "audit_log" VALUES(180,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'position',NULL,'1',1,'97bc20f3cbeee33f647db74867bbd3269ed65bdc03ab14749cb2f193e7baad88','14c17c4ac9be6da87a216c22ad2c952ba71c5144ac307efe1a05b254714ee031');
INSERT INTO "audit_log" VALUES(181,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'title',NULL,'Bestilling og lovens krav',1,'14c17c4ac9be6da87a216c22ad2c952ba71c5144ac307efe1a05b254714ee031','96f696de49f13cd3f16685d4dedfc1794187a2cc12bdcd12045a4179a4ea20ca');
INSERT INTO "audit_log" VALUES(182,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'part',NULL,'checklist',1,'96f696de49f13cd3f16685d4dedfc1794187a2cc12bdcd12045a4179a4ea20ca','bbfc3445033e874b192184370bfaaa525d54b88773603af89a61abb977fbf797');
INSERT INTO "audit_log" VALUES(183,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'done',NULL,'0',1,'bbfc3445033e874b192184370bfaaa525d54b88773603af89a61abb977fbf797','87a674899cd023e29fbd47f7bc11c7905c25c6af35dd70b09e5b52d3d75bd0d4');
INSERT INTO "audit_log" VALUES(184,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'shared_with_relatives',NULL,'0',1,'87a674899cd023e29fbd47f7bc11c7905c25c6af35dd70b09e5b52d3d75bd0d4','5a022c177adf983ba7c61b99d2ce8f0c02665eda41e571f3eb681f84a5fada30');
INSERT INTO "audit_log" VALUES(185,'2026-11-23T10:42:34','demo','insert','agenda_item',2,'private',NULL,'0',1,'5a022c177adf983ba7c61b99d2ce8f0c02665eda41e571f3eb681f84a5fada30','37c8d1add73c90ba7e8fc20761ee88f6e68b3899134012afb9d4b86b64fdac12');
INSERT INTO "audit_log" VALUES(186,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'meeting_id',NULL,'1',1,'37c8d1add73c90ba7e8fc20761ee88f6e68b3899134012afb9d4b86b64fdac12','6bbdcbc47d6a64256e168639f479a8c9c316007d3c1769ca81d62550bab4b4b1');
INSERT INTO "audit_log" VALUES(187,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'position',NULL,'2',1,'6bbdcbc47d6a64256e168639f479a8c9c316007d3c1769ca81d62550bab4b4b1','6e5301ba468bdb31615f8430fdb8c9688fa69a877f917d3eb8adc68a2e5131f8');
INSERT INTO "audit_log" VALUES(188,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'title',NULL,'Opfølgning på aftaler siden sidst',1,'6e5301ba468bdb31615f8430fdb8c9688fa69a877f917d3eb8adc68a2e5131f8','61c8a5ec0980042c56f18e290ffcd85cb3f77d3178e4542805ff8cb351644459');
INSERT INTO "audit_log" VALUES(189,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'part',NULL,'review',1,'61c8a5ec0980042c56f18e290ffcd85cb3f77d3178e4542805ff8cb351644459','d604be0a380fccec7b2fb420622f61de002650ed0cdce92fd5623168ea1c23d7');
INSERT INTO "audit_log" VALUES(190,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'done',NULL,'0',1,'d604be0a380fccec7b2fb420622f61de002650ed0cdce92fd5623168ea1c23d7','4006760bb791bec41613caae4aefac3c4d443ba6e271900e2a247e5a0f87a429');
INSERT INTO "audit_log" VALUES(191,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'shared_with_relatives',NULL,'0',1,'4006760bb791bec41613caae4aefac3c4d443ba6e271900e2a247e5a0f87a429','f6aea7290ad7f5fb9f6296af7d112ce56d342bf4d8d7f875c1c7445a7cf099f3');
INSERT INTO "audit_log" VALUES(192,'2026-11-23T10:42:34','demo','insert','agenda_item',3,'private',NULL,'0',1,'f6aea7290ad7f5fb9f6296af7d112ce56d342bf4d8d7f875c1c7445a7cf099f3','3286ddafae76ce344c4c8d4924a170a33dd9e18ac61b09f3b18c3baffab86f01');
INSERT INTO "audit_log" VALUES(193,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'meeting_id',NULL,'1',1,'3286ddafae76ce344c4c8d4924a170a33dd9e18ac61b09f3b18c3baffab86f01','b5311463b7237cf60ee04d642ed0e58454e51d18fb65e908033f02ba6772349d');
INSERT INTO "audit_log" VALUES(194,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'position',NULL,'3',1,'b5311463b7237cf60ee04d642ed0e58454e51d18fb65e908033f02ba6772349d','281a2f3b63a004157a20d1735eba43d766e8e23d0a8789d19bc4d73c3fa181fe');
INSERT INTO "audit_log" VALUES(195,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'title',NULL,'Skalering af delmål',1,'281a2f3b63a004157a20d1735eba43d766e8e23d0a8789d19bc4d73c3fa181fe','06ce94ffc3a7da969f110c47859766fe98e00f376034a07f635c938462745be8');
INSERT INTO "audit_log" VALUES(196,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'part',NULL,'scaling',1,'06ce94ffc3a7da969f110c47859766fe98e00f376034a07f635c938462745be8','75159d570251166813ebb09d506fabf7bfdd91950d6e46efcc031ee9890fc9ea');
INSERT INTO "audit_log" VALUES(197,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'done',NULL,'0',1,'75159d570251166813ebb09d506fabf7bfdd91950d6e46efcc031ee9890fc9ea','9a19397ae6e95595c8fcb6dcba97f31b5c5d2e21196d4fdf2ed2fc23fe3981c2');
INSERT INTO "audit_log" VALUES(198,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'shared_with_relatives',NULL,'0',1,'9a19397ae6e95595c8fcb6dcba97f31b5c5d2e21196d4fdf2ed2fc23fe3981c2','abbb8c892989060c0dba5c9f4bf8fb4a8e9e75175cf589b962d9e8d6566e9f5b');
INSERT INTO "audit_log" VALUES(199,'2026-11-23T10:42:34','demo','insert','agenda_item',4,'private',NULL,'0',1,'abbb8c892989060c0dba5c9f4bf8fb4a8e9e75175cf589b962d9e8d6566e9f5b','d780975405d20d86e6510af3cfff400df184667395c752f63f66497ffddf295d');
INSERT INTO "audit_log" VALUES(200,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'meeting_id',NULL,'1',1,'d780975405d20d86e6510af3cfff400df184667395c752f63f66497ffddf295d','41c330b68effa00d5e86e70aad182d36ee74d734d59607ef5ce4794c8a0414c9');
INSERT INTO "audit_log" VALUES(201,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'position',NULL,'4',1,'41c330b68effa00d5e86e70aad182d36ee74d734d59607ef5ce4794c8a0414c9','affb94060f11fdb17d242614c1a04056d3a5010002a33a2e7a4b5715b76765b4');
INSERT INTO "audit_log" VALUES(202,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'title',NULL,'SMTTE og tegn fra dagtilbuddet',1,'affb94060f11fdb17d242614c1a04056d3a5010002a33a2e7a4b5715b76765b4','e8a97353b4e2e8a7bba1de48aa67e590c7fd8fc6c8ed9a53d5f8c97f6f46f5f1');
INSERT INTO "audit_log" VALUES(203,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'part',NULL,'smtte',1,'e8a97353b4e2e8a7bba1de48aa67e590c7fd8fc6c8ed9a53d5f8c97f6f46f5f1','423884ba3cb058c6da9027cb5b95e93296ab7eb196e69da54de8ee9819181a97');
INSERT INTO "audit_log" VALUES(204,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'done',NULL,'0',1,'423884ba3cb058c6da9027cb5b95e93296ab7eb196e69da54de8ee9819181a97','ce2270df225047cec208b002cbd101547f635318ffcc095c1c77da96d32fc81e');
INSERT INTO "audit_log" VALUES(205,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'shared_with_relatives',NULL,'0',1,'ce2270df225047cec208b002cbd101547f635318ffcc095c1c77da96d32fc81e','ee47bfd829a43eafd82143ee667c8dc07a5b10bf8aa2a5cca6055512ca6582f7');
INSERT INTO "audit_log" VALUES(206,'2026-11-23T10:42:34','demo','insert','agenda_item',5,'private',NULL,'0',1,'ee47bfd829a43eafd82143ee667c8dc07a5b10bf8aa2a5cca6055512ca6582f7','7985fe750c83a7c88c30889792896191a8d70b49394228ecc1737e0c5eef5146');
INSERT INTO "audit_log" VALUES(207,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'meeting_id',NULL,'1',1,'7985fe750c83a7c88c30889792896191a8d70b49394228ecc1737e0c5eef5146','f40c4962e84157cdecc9b111fac1cf06ef705bc0ebc019a2238cf8aa49c20b10');
INSERT INTO "audit_log" VALUES(208,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'position',NULL,'5',1,'f40c4962e84157cdecc9b111fac1cf06ef705bc0ebc019a2238cf8aa49c20b10','c3364df1cb56b59a311d1f976d906f2bcd53b28f1b5dbd8cbc3b30e8b597b13e');
INSERT INTO "audit_log" VALUES(209,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'title',NULL,'Pårørendes støtte',1,'c3364df1cb56b59a311d1f976d906f2bcd53b28f1b5dbd8cbc3b30e8b597b13e','602cc13c1295df9041eccb32857bd116b385258d16ab46f4aa97bc76c04f2f4e');
INSERT INTO "audit_log" VALUES(210,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'part',NULL,'support',1,'602cc13c1295df9041eccb32857bd116b385258d16ab46f4aa97bc76c04f2f4e','136b52c79b60738fde66d3fa6d91a13b516c0e1feb0eac86b9f9c75da600d9e1');
INSERT INTO "audit_log" VALUES(211,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'done',NULL,'0',1,'136b52c79b60738fde66d3fa6d91a13b516c0e1feb0eac86b9f9c75da600d9e1','bff8eeeb8e5b0050295e5d541116e206f1286a2f4831fc91bc1f355e0663f6f7');
INSERT INTO "audit_log" VALUES(212,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'shared_with_relatives',NULL,'0',1,'bff8eeeb8e5b0050295e5d541116e206f1286a2f4831fc91bc1f355e0663f6f7','e109bddbe161aef735bdc54c1b94df2ef3d1aaf542956fefcd80dd9f217888dd');
INSERT INTO "audit_log" VALUES(213,'2026-11-23T10:42:34','demo','insert','agenda_item',6,'private',NULL,'0',1,'e109bddbe161aef735bdc54c1b94df2ef3d1aaf542956fefcd80dd9f217888dd','67a1e6de8ec3bb0a93ad4b4d4ec5b2fad9820e61bf5cb862b22202eee2059631');
INSERT INTO "audit_log" VALUES(214,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'meeting_id',NULL,'1',1,'67a1e6de8ec3bb0a93ad4b4d4ec5b2fad9820e61bf5cb862b22202eee2059631','5e17f3b8536c356863a75c3c58e5bbe5bbcd238e422674b7722b375401cff8b9');
INSERT INTO "audit_log" VALUES(215,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'position',NULL,'6',1,'5e17f3b8536c356863a75c3c58e5bbe5bbcd238e422674b7722b375401cff8b9','9dd309b3cf1edb97d97caaaa516b85a81a1b1ceecd5e1750be1d42bdd9a9ea80');
INSERT INTO "audit_log" VALUES(216,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'title',NULL,'Nye aftaler',1,'9dd309b3cf1edb97d97caaaa516b85a81a1b1ceecd5e1750be1d42bdd9a9ea80','1da580a177dbabb5598adfc2bae77c9432d70a014aac32f7fe4a466ea653ae86');
INSERT INTO "audit_log" VALUES(217,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'part',NULL,'agreements',1,'1da580a177dbabb5598adfc2bae77c9432d70a014aac32f7fe4a466ea653ae86','1a945657ce9f81b9599a0e83a18ec51832ce18a6e2b8c027bac9839b8ae2ef97');
INSERT INTO "audit_log" VALUES(218,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'done',NULL,'0',1,'1a945657ce9f81b9599a0e83a18ec51832ce18a6e2b8c027bac9839b8ae2ef97','1cea31d0d1d50071b22dd971eef43a3888d799fc73ba443efb51202c736e86a9');
INSERT INTO "audit_log" VALUES(219,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'shared_with_relatives',NULL,'0',1,'1cea31d0d1d50071b22dd971eef43a3888d799fc73ba443efb51202c736e86a9','0bb4aabb0bc8f3ff86ef14bc4eada7c6f85f8f1e12cb45374cf210b3de6dbe32');
INSERT INTO "audit_log" VALUES(220,'2026-11-23T10:42:34','demo','insert','agenda_item',7,'private',NULL,'0',1,'0bb4aabb0bc8f3ff86ef14bc4eada7c6f85f8f1e12cb45374cf210b3de6dbe32','6cb81b77920fd2bd86deda150c0f2f999bfc0b6c79cad91cf691c97a25a078c7');
INSERT INTO "audit_log" VALUES(221,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'meeting_id',NULL,'1',1,'6cb81b77920fd2bd86deda150c0f2f999bfc0b6c79cad91cf691c97a25a078c7','e8446d6de173cf98c4a0c638faef006377bcb9a009ca4f5b473a8d8bbbd6322a');
INSERT INTO "audit_log" VALUES(222,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'position',NULL,'7',1,'e8446d6de173cf98c4a0c638faef006377bcb9a009ca4f5b473a8d8bbbd6322a','32ab9873f8404cab2bce08e49fb76af5d09f3b77f7a5d49fc19abf6894d50c07');
INSERT INTO "audit_log" VALUES(223,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'title',NULL,'Næste møde',1,'32ab9873f8404cab2bce08e49fb76af5d09f3b77f7a5d49fc19abf6894d50c07','516204e84058b8a2705dda656c248583f1b60a13512e9adae49141b777e86a8e');
INSERT INTO "audit_log" VALUES(224,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'part',NULL,'next',1,'516204e84058b8a2705dda656c248583f1b60a13512e9adae49141b777e86a8e','191ab5420655f9efe2a27cb46ef7a80aa2905088760b05d783df75136b160c8d');
INSERT INTO "audit_log" VALUES(225,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'done',NULL,'0',1,'191ab5420655f9efe2a27cb46ef7a80aa2905088760b05d783df75136b160c8d','b288ed861235f381d3d7d2f79d44cf72009106f1ab8ebb3d6bd94fcf56f6635d');
INSERT INTO "audit_log" VALUES(226,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'shared_with_relatives',NULL,'0',1,'b288ed861235f381d3d7d2f79d44cf72009106f1ab8ebb3d6bd94fcf56f6635d','a54978726ecfd9440cd394c4a06b0a7f9ba1942745b315296122533cf5dcc877');
INSERT INTO "audit_log" VALUES(227,'2026-11-23T10:42:34','demo','insert','agenda_item',8,'private',NULL,'0',1,'a54978726ecfd9440cd394c4a06b0a7f9ba1942745b315296122533cf5dcc877','9323e95f0e9d5c18cc1aecc1ecf27eaa468ae7d497843816d811149cbd2d8592');
INSERT INTO "audit_log" VALUES(228,'2026-11-23T10:42:34','demo','insert','meeting_participant',1,'meeting_id',NULL,'1',1,'9323e95f0e9d5c18cc1aecc1ecf27eaa468ae7d497843816d811149cbd2d8592','aa88ff8330c0da6a0ddf854b19e842efa07a43c54f3ee9f11fe5b63cff682368');
INSERT INTO "audit_log" VALUES(229,'2026-11-23T10:42:34','demo','insert','meeting_participant',1,'participant_id',NULL,'1',1,'aa88ff8330c0da6a0ddf854b19e842efa07a43c54f3ee9f11fe5b63cff682368','0bb661525a92245299e0c87b97626e3a15ee8df1b9ee5120aafbf75c2d56fc2d');
INSERT INTO "audit_log" VALUES(230,'2026-11-23T10:42:34','demo','insert','meeting_participant',2,'meeting_id',NULL,'1',1,'0bb661525a92245299e0c87b97626e3a15ee8df1b9ee5120aafbf75c2d56fc2d','57e41e71f2e4848255f06e09d24013b5393461cd435a6d263fe429537b715423');
INSERT INTO "audit_log" VALUES(231,'2026-11-23T10:42:34','demo','insert','meeting_participant',2,'participant_id',NULL,'2',1,'57e41e71f2e4848255f06e09d24013b5393461cd435a6d263fe429537b715423','df256756b66f03d58dce52279727e40c6486b6b456416c9db1884ac1e799354e');
INSERT INTO "audit_log" VALUES(232,'2026-11-23T10:42:34','demo','insert','meeting_participant',3,'meeting_id',NULL,'1',1,'df256756b66f03d58dce52279727e40c6486b6b456416c9db1884ac1e799354e','65e4e108af3b87d3ccc8ce502aece371d2a4ae89553007c4662e0e5837e5ac51');
INSERT INTO "audit_log" VALUES(233,'2026-11-23T10:42:34','demo','insert','meeting_participant',3,'participant_id',NULL,'3',1,'65e4e108af3b87d3ccc8ce502aece371d2a4ae89553007c4662e0e5837e5ac51','8f91a47a81cc4cf08ad4b71340087c9a99aeeb1659c55cfe445f9a4e72387b33');
INSERT INTO "audit_log" VALUES(234,'2026-11-23T10:42:34','demo','insert','meeting_participant',4,'meeting_id',NULL,'1',1,'8f91a47a81cc4cf08ad4b71340087c9a99aeeb1659c55cfe445f9a4e72387b33','5e7568be6c5bf80631214384c9dabddeff438b8b80cca0c694cbb4f1c0594310');
INSERT INTO "audit_log" VALUES(235,'2026-11-23T10:42:34','demo','insert','meeting_participant',4,'participant_id',NULL,'4',1,'5e7568be6c5bf80631214384c9dabddeff438b8b80cca0c694cbb4f1c0594310','bb40911bfe7eb2f2df4ceddb343c66b91036336fb01b57608952957578e387fa');
INSERT INTO "audit_log" VALUES(236,'2026-11-23T10:42:34','demo','insert','meeting_participant',5,'meeting_id',NULL,'1',1,'bb40911bfe7eb2f2df4ceddb343c66b91036336fb01b57608952957578e387fa','67f8f3726940b9be46ce1c2ebefe23a77070fb98b17ca0a12fc17a7774c0e40b');
INSERT INTO "audit_log" VALUES(237,'2026-11-23T10:42:34','demo','insert','meeting_participant',5,'participant_id',NULL,'5',1,'67f8f3726940b9be46ce1c2ebefe23a77070fb98b17ca0a12fc17a7774c0e40b','b0432cdd83853e7f95908a09a3fd26a50cf6616ffd926029500e1335ae31802c');
INSERT INTO "audit_log" VALUES(238,'2026-11-23T10:42:34','demo','insert','meeting_participant',6,'meeting_id',NULL,'1',1,'b0432cdd83853e7f95908a09a3fd26a50cf6616ffd926029500e1335ae31802c','80156ba5260f6673708a44d0e5aab059be4dad31915b20891ee2c91cf57fdbce');
INSERT INTO "audit_log" VALUES(239,'2026-11-23T10:42:34','demo','insert','meeting_participant',6,'participant_id',NULL,'6',1,'80156ba5260f6673708a44d0e5aab059be4dad31915b20891ee2c91cf57fdbce','ff1e5ff660e7f595b274969a860fa5a11a82e1c73026840e049c67073576f64e');
INSERT INTO "audit_log" VALUES(240,'2026-11-23T10:42:34','demo','update','meeting',1,'status','planned','open',1,'ff1e5ff660e7f595b274969a860fa5a11a82e1c73026840e049c67073576f64e','4d8a561cc30b250ee71d9487df0511016b2836b8039ef9243e902edcdb75ef3c');
INSERT INTO "audit_log" VALUES(241,'2026-11-23T10:42:34','demo','insert','scale_reading',1,'goal_id',NULL,'1',1,'4d8a561cc30b250ee71d9487df0511016b2836b8039ef9243e902edcdb75ef3c','8e77538e88d2d0b1ad9be443a9268c4fcef2bffb943b4f5070302412d9bd17b1');
INSERT INTO "audit_log" VALUES(242,'2026-11-23T10:42:34','demo','insert','scale_reading',1,'meeting_id',NULL,'1',1,'8e77538e88d2d0b1ad9be443a9268c4fcef2bffb943b4f5070302412d9bd17b1','cf3f00a0851616b53d5cff4f80a13b445d562a8a7be8b7b0855783989b6c112f');
INSERT INTO "audit_log" VALUES(243,'2026-11-23T10:42:34','demo','insert','scale_reading',1,'participant_id',NULL,'1',1,'cf3f00a0851616b53d5cff4f80a13b445d562a8a7be8b7b0855783989b6c112f','3b41d944b90c083366f1caa2fc3dc2d683d09208ed6ea4357ff02610ce3f1bd4');
INSERT INTO "audit_log" VALUES(244,'2026-11-23T10:42:34','demo','insert','scale_reading',1,'date',NULL,'2026-09-24',1,'3b41d944b90c083366f1caa2fc3dc2d683d09208ed6ea4357ff02610ce3f1bd4','993fc87d13aa19f575b39dc23e38138e32075d33b8c82f3dffbc026fba813741');
INSERT INTO "audit_log" VALUES(245,'2026-11-23T10:42:34','demo','insert','scale_reading',1,'score',NULL,'2',1,'993fc87d13aa19f575b39dc23e38138e32075d33b8c82f3dffbc026fba813741','6a48939c28f724903b81259e5b7744e8ea0b70385775c21c89a4a3199eae9989');
INSERT INTO "audit_log" VALUES(246,'2026-11-23T10:42:34','demo','insert','scale_reading',1,'private',NULL,'0',1,'6a48939c28f724903b81259e5b7744e8ea0b70385775c21c89a4a3199eae9989','01ed01f9890be7365111e103c788c2ef5dea7af1e65e38d21c6afe731133e35d');
INSERT INTO "audit_log" VALUES(247,'2026-11-23T10:42:34','demo','insert','scale_reading',2,'goal_id',NULL,'1',1,'01ed01f9890be7365111e103c788c2ef5dea7af1e65e38d21c6afe731133e35d','b018f79456a01f5eb4c85559d54ac897f9470a647404086f61fa173f27ff0999');
INSERT INTO "audit_log" VALUES(248,'2026-11-23T10:42:34','demo','insert','scale_reading',2,'meeting_id',NULL,'1',1,'b018f79456a01f5eb4c85559d54ac897f9470a647404086f61fa173f27ff0999','3b16f27a2af6799fd0246b51e855eede1a8a78a19034a1004ef9a8e1a36b78b8');
INSERT INTO "audit_log" VALUES(249,'2026-11-23T10:42:34','demo','insert','scale_reading',2,'participant_id',NULL,'2',1,'3b16f27a2af6799fd0246b51e855eede1a8a78a19034a1004ef9a8e1a36b78b8','1b1d073f026924bf306e53183b70b1fbae68d8a7d6160a8a4b6e81d2d192227e');
INSERT INTO "audit_log" VALUES(250,'2026-11-23T10:42:34','demo','insert','scale_reading',2,'date',NULL,'2026-09-24',1,'1b1d073f026924bf306e53183b70b1fbae68d8a7d6160a8a4b6e81d2d192227e','d1b55a7f4439d0b720a83084e06bf9cdd0b42994d4976a031711c1fd7dc965d5');
INSERT INTO "audit_log" VALUES(251,'2026-11-23T10:42:34','demo','insert','scale_reading',2,'score',NULL,'3',1,'d1b55a7f4439d0b720a83084e06bf9cdd0b42994d4976a031711c1fd7dc965d5','039588d8e95fb35bb310d363816eae1e6f81c5a13154940c482d291de4220d5f');
INSERT INTO "audit_log" VALUES(252,'2026-11-23T10:42:34','demo','insert','scale_reading',2,'private',NULL,'0',1,'039588d8e95fb35bb310d363816eae1e6f81c5a13154940c482d291de4220d5f','ed117898ab38bc42a13b7dedb0d44b975f07008d46d5635117af897d347ca20b');
INSERT INTO "audit_log" VALUES(253,'2026-11-23T10:42:34','demo','insert','scale_reading',3,'goal_id',NULL,'2',1,'ed117898ab38bc42a13b7dedb0d44b975f07008d46d5635117af897d347ca20b','794819bd47f0de9259d060a2faaa2576d021faf5b79cbe0f8c71a84a631c239e');
INSERT INTO "audit_log" VALUES(254,'2026-11-23T10:42:34','demo','insert','scale_reading',3,'meeting_id',NULL,'1',1,'794819bd47f0de9259d060a2faaa2576d021faf5b79cbe0f8c71a84a631c239e','7c0c4dc3bedf5cd1d844ae88f729c887b5ae1549952a5d4fd122552388c21078');
INSERT INTO "audit_log" VALUES(255,'2026-11-23T10:42:34','demo','insert','scale_reading',3,'participant_id',NULL,'1',1,'7c0c4dc3bedf5cd1d844ae88f729c887b5ae1549952a5d4fd122552388c21078','2cdb45060171882eb22394c752711203ab02b35b7063680cf3c906cde608a7ff');
INSERT INTO "audit_log" VALUES(256,'2026-11-23T10:42:34','demo','insert','scale_reading',3,'date',NULL,'2026-09-24',1,'2cdb45060171882eb22394c752711203ab02b35b7063680cf3c906cde608a7ff','02695b6fb206b8c7e4fba2e63fb1149f8c362c6be24a1271f147ae30e1ea24b1');
INSERT INTO "audit_log" VALUES(257,'2026-11-23T10:42:34','demo','insert','scale_reading',3,'score',NULL,'3',1,'02695b6fb206b8c7e4fba2e63fb1149f8c362c6be24a1271f147ae30e1ea24b1','5b17364abc0e128bde7656d556283f1dd81d5efffb00bf4443845490441bb280');
INSERT INTO "audit_log" VALUES(258,'2026-11-23T10:42:34','demo','insert','scale_reading',3,'private',NULL,'0',1,'5b17364abc0e128bde7656d556283f1dd81d5efffb00bf4443845490441bb280','2f463007e89ae862042c2e9062550de974e380ffe42f03e70dc2585d586cfa4c');
INSERT INTO "audit_log" VALUES(259,'2026-11-23T10:42:34','demo','insert','scale_reading',4,'goal_id',NULL,'2',1,'2f463007e89ae862042c2e9062550de974e380ffe42f03e70dc2585d586cfa4c','b9aa6385809817708ba9ac5858ebbef321ef7b23588ac41241b8390c57e659f9');
INSERT INTO "audit_log" VALUES(260,'2026-11-23T10:42:34','demo','insert','scale_reading',4,'meeting_id',NULL,'1',1,'b9aa6385809817708ba9ac5858ebbef321ef7b23588ac41241b8390c57e659f9','deef85532d4a5e68c18c9101b694608f372d49a5cb0becdbc88e7f7234d31c4c');
INSERT INTO "audit_log" VALUES(261,'2026-11-23T10:42:34','demo','insert','scale_reading',4,'participant_id',NULL,'2',1,'deef85532d4a5e68c18c9101b694608f372d49a5cb0becdbc88e7f7234d31c4c','55bed06c73211b02a2ab88e90792c3122c13a2c05214d6bf948a8bc8245562c4');
INSERT INTO "audit_log" VALUES(262,'2026-11-23T10:42:34','demo','insert','scale_reading',4,'date',NULL,'2026-09-24',1,'55bed06c73211b02a2ab88e90792c3122c13a2c05214d6bf948a8bc8245562c4','1743ec653cee3c25c55117baf83c301dbc48e87d65e85da49faeeb8f03c6daf0');
INSERT INTO "audit_log" VALUES(263,'2026-11-23T10:42:34','demo','insert','scale_reading',4,'score',NULL,'3',1,'1743ec653cee3c25c55117baf83c301dbc48e87d65e85da49faeeb8f03c6daf0','7f37e55a5d442fc906d6d17cef843eecf0c0b3c16f7da116ea988c53a3f67060');
INSERT INTO "audit_log" VALUES(264,'2026-11-23T10:42:34','demo','insert','scale_reading',4,'private',NULL,'0',1,'7f37e55a5d442fc906d6d17cef843eecf0c0b3c16f7da116ea988c53a3f67060','a07c33b691dc3e5201328eeab2d54b8cb0531c3b0e6adbfface9265edd5f1692');
INSERT INTO "audit_log" VALUES(265,'2026-11-23T10:42:34','demo','insert','scale_reading',5,'goal_id',NULL,'3',1,'a07c33b691dc3e5201328eeab2d54b8cb0531c3b0e6adbfface9265edd5f1692','ce84d4852cbf476aa72b45e999c528f407134098308c55ad09c86da20690a50b');
INSERT INTO "audit_log" VALUES(266,'2026-11-23T10:42:34','demo','insert','scale_reading',5,'meeting_id',NULL,'1',1,'ce84d4852cbf476aa72b45e999c528f407134098308c55ad09c86da20690a50b','573c8a2c7e8d7c698f3476fe0e9102d3ce91f5329754eee32ccdda0da43d05b0');
INSERT INTO "audit_log" VALUES(267,'2026-11-23T10:42:34','demo','insert','scale_reading',5,'participant_id',NULL,'1',1,'573c8a2c7e8d7c698f3476fe0e9102d3ce91f5329754eee32ccdda0da43d05b0','574c9bbd0a5123e5b9d0b56b686b747272e3899ddfd7cff25e82cd846de25390');
INSERT INTO "audit_log" VALUES(268,'2026-11-23T10:42:34','demo','insert','scale_reading',5,'date',NULL,'2026-09-24',1,'574c9bbd0a5123e5b9d0b56b686b747272e3899ddfd7cff25e82cd846de25390','98b51958bfafed7a65bd490c5ace15486d784e0d25846de2ceabe015446d18d3');
INSERT INTO "audit_log" VALUES(269,'2026-11-23T10:42:34','demo','insert','scale_reading',5,'score',NULL,'4',1,'98b51958bfafed7a65bd490c5ace15486d784e0d25846de2ceabe015446d18d3','52366a22dd2921df51f197e2c73abcd3f1e15d80e68d00c37aa623c2ff856d86');
INSERT INTO "audit_log" VALUES(270,'2026-11-23T10:42:34','demo','insert','scale_reading',5,'private',NULL,'0',1,'52366a22dd2921df51f197e2c73abcd3f1e15d80e68d00c37aa623c2ff856d86','1478f9f633b38283d5175ad9a96a2f16dd97cc57cd8b4ce35f1715b673deaa18');
INSERT INTO "audit_log" VALUES(271,'2026-11-23T10:42:34','demo','insert','scale_reading',6,'goal_id',NULL,'3',1,'1478f9f633b38283d5175ad9a96a2f16dd97cc57cd8b4ce35f1715b673deaa18','56692ab568bb369642c30b6545f69c49160edca9c4df63b04ec953e3a764c7bf');
INSERT INTO "audit_log" VALUES(272,'2026-11-23T10:42:34','demo','insert','scale_reading',6,'meeting_id',NULL,'1',1,'56692ab568bb369642c30b6545f69c49160edca9c4df63b04ec953e3a764c7bf','ec066fffb79d20deaadd02611cb66ea9e43a7da209282d0b453dc5e2a432208f');
INSERT INTO "audit_log" VALUES(273,'2026-11-23T10:42:34','demo','insert','scale_reading',6,'participant_id',NULL,'2',1,'ec066fffb79d20deaadd02611cb66ea9e43a7da209282d0b453dc5e2a432208f','a0677172e7fda08802c14e9f9d6c856fab2effa39a1153f613ca63255f19b688');
INSERT INTO "audit_log" VALUES(274,'2026-11-23T10:42:34','demo','insert','scale_reading',6,'date',NULL,'2026-09-24',1,'a0677172e7fda08802c14e9f9d6c856fab2effa39a1153f613ca63255f19b688','43abc329eeef88e4449749aafce68f7ba8813b6c0c1f17d3e8e3178bad55221a');
INSERT INTO "audit_log" VALUES(275,'2026-11-23T10:42:34','demo','insert','scale_reading',6,'score',NULL,'4',1,'43abc329eeef88e4449749aafce68f7ba8813b6c0c1f17d3e8e3178bad55221a','c81583bacfbc2941d7c56a6c05e88c9e6a5f730cf14c73c65f2de63b780f2dc7');
INSERT INTO "audit_log" VALUES(276,'2026-11-23T10:42:34','demo','insert','scale_reading',6,'private',NULL,'0',1,'c81583bacfbc2941d7c56a6c05e88c9e6a5f730cf14c73c65f2de63b780f2dc7','ed01f5ef7c9cfc646b79a352ebc8029b849e8c2ea6b9e8d1bc0ee96592445223');
INSERT INTO "audit_log" VALUES(277,'2026-11-23T10:42:34','demo','insert','scale_reading',7,'goal_id',NULL,'4',1,'ed01f5ef7c9cfc646b79a352ebc8029b849e8c2ea6b9e8d1bc0ee96592445223','ee3bbfdf3e445beaa8003af2234cc6473bdcacbd9deadc8841660e320bd1a23b');
INSERT INTO "audit_log" VALUES(278,'2026-11-23T10:42:34','demo','insert','scale_reading',7,'meeting_id',NULL,'1',1,'ee3bbfdf3e445beaa8003af2234cc6473bdcacbd9deadc8841660e320bd1a23b','ee6f0778c1e10aecb3325804a12ed6d29862e6e93840cacd44b539b0ec232278');
INSERT INTO "audit_log" VALUES(279,'2026-11-23T10:42:34','demo','insert','scale_reading',7,'participant_id',NULL,'1',1,'ee6f0778c1e10aecb3325804a12ed6d29862e6e93840cacd44b539b0ec232278','34b32b54af8f28561570e7417ef66faba0d6d1d93f5a86aaaf9b8b30aac3f92c');
INSERT INTO "audit_log" VALUES(280,'2026-11-23T10:42:34','demo','insert','scale_reading',7,'date',NULL,'2026-09-24',1,'34b32b54af8f28561570e7417ef66faba0d6d1d93f5a86aaaf9b8b30aac3f92c','4e0f84c4730837665d4e229576a8f978b49e9ab505b32d6fdd30c7a106bbae65');
INSERT INTO "audit_log" VALUES(281,'2026-11-23T10:42:34','demo','insert','scale_reading',7,'score',NULL,'2',1,'4e0f84c4730837665d4e229576a8f978b49e9ab505b32d6fdd30c7a106bbae65','3ac42ebb1a35b09fb79f72fc47936548a00dbe5f7d1f424481cd7070130c2d4a');
INSERT INTO "audit_log" VALUES(282,'2026-11-23T10:42:34','demo','insert','scale_reading',7,'private',NULL,'0',1,'3ac42ebb1a35b09fb79f72fc47936548a00dbe5f7d1f424481cd7070130c2d4a','1acfb49af3ef22d83f9ab572073dc9be1261b718ab451c43a70c9c1e5ecac872');
INSERT INTO "audit_log" VALUES(283,'2026-11-23T10:42:34','demo','insert','scale_reading',8,'goal_id',NULL,'4',1,'1acfb49af3ef22d83f9ab572073dc9be1261b718ab451c43a70c9c1e5ecac872','766ccaf29e076e7aaf65ba65753a7e57bc59afcbe9fae2889e66fe8fc1212f9e');
INSERT INTO "audit_log" VALUES(284,'2026-11-23T10:42:34','demo','insert','scale_reading',8,'meeting_id',NULL,'1',1,'766ccaf29e076e7aaf65ba65753a7e57bc59afcbe9fae2889e66fe8fc1212f9e','6b90a804c49f6206e40279b54f5071df0f9a6458140fc852f71eddfbb81cb3cd');
INSERT INTO "audit_log" VALUES(285,'2026-11-23T10:42:34','demo','insert','scale_reading',8,'participant_id',NULL,'2',1,'6b90a804c49f6206e40279b54f5071df0f9a6458140fc852f71eddfbb81cb3cd','6e2794b0da98bf7c11974325a26bda7cc6fbceef1cdde2f378232767b87abee0');
INSERT INTO "audit_log" VALUES(286,'2026-11-23T10:42:34','demo','insert','scale_reading',8,'date',NULL,'2026-09-24',1,'6e2794b0da98bf7c11974325a26bda7cc6fbceef1cdde2f378232767b87abee0','a7c70b1d35c49fa0a6143de31aaca5e9d9f94ebce77020731daedb00c6efb10b');
INSERT INTO "audit_log" VALUES(287,'2026-11-23T10:42:34','demo','insert','scale_reading',8,'score',NULL,'2',1,'a7c70b1d35c49fa0a6143de31aaca5e9d9f94ebce77020731daedb00c6efb10b','fb309070783950bf137f8f039a252a86052d1cfcee84dfbebfece410dc74c2cf');
INSERT INTO "audit_log" VALUES(288,'2026-11-23T10:42:34','demo','insert','scale_reading',8,'private',NULL,'0',1,'fb309070783950bf137f8f039a252a86052d1cfcee84dfbebfece410dc74c2cf','cbf8833871631eb96870c9a59c2ce8483eae0c6678adcd33c1a92a53adeb33a7');
INSERT INTO "audit_log" VALUES(289,'2026-11-23T10:42:34','demo','insert','scale_reading',9,'goal_id',NULL,'5',1,'cbf8833871631eb96870c9a59c2ce8483eae0c6678adcd33c1a92a53adeb33a7','2f155dd4ea8223ccbe1e4620d6e29390f2dd394f6a7f43d6183c914cba2820e1');
INSERT INTO "audit_log" VALUES(290,'2026-11-23T10:42:34','demo','insert','scale_reading',9,'meeting_id',NULL,'1',1,'2f155dd4ea8223ccbe1e4620d6e29390f2dd394f6a7f43d6183c914cba2820e1','336570354f826a4409acbc47541a0c4d409dcf7295903a76775ffc88a9f47163');
INSERT INTO "audit_log" VALUES(291,'2026-11-23T10:42:34','demo','insert','scale_reading',9,'participant_id',NULL,'1',1,'336570354f826a4409acbc47541a0c4d409dcf7295903a76775ffc88a9f47163','10ce6bbf23b206ff2e130fc945553dff6d201add29bb637254033b1893f87e88');
INSERT INTO "audit_log" VALUES(292,'2026-11-23T10:42:34','demo','insert','scale_reading',9,'date',NULL,'2026-09-24',1,'10ce6bbf23b206ff2e130fc945553dff6d201add29bb637254033b1893f87e88','abc949aee9be4a90ee56532f99f449f935f1d3cdedb7a707f5fba8c3d33eecab');
INSERT INTO "audit_log" VALUES(293,'2026-11-23T10:42:34','demo','insert','scale_reading',9,'score',NULL,'4',1,'abc949aee9be4a90ee56532f99f449f935f1d3cdedb7a707f5fba8c3d33eecab','953b46d848fcf52c05ec39e522219cb929bdae2e6c606a83229509e8f7be2eb0');
INSERT INTO "audit_log" VALUES(294,'2026-11-23T10:42:34','demo','insert','scale_reading',9,'private',NULL,'0',1,'953b46d848fcf52c05ec39e522219cb929bdae2e6c606a83229509e8f7be2eb0','8dae0388d55921bbd55ad477a4867bb0f9dd6c6b2ebfd10d6c28a019c61e8e25');
INSERT INTO "audit_log" VALUES(295,'2026-11-23T10:42:34','demo','insert','scale_reading',10,'goal_id',NULL,'5',1,'8dae0388d55921bbd55ad477a4867bb0f9dd6c6b2ebfd10d6c28a019c61e8e25','9ecb8f1297b650241328595e2a53f601d1c08a02e256434a54fc42426c36adb0');
INSERT INTO "audit_log" VALUES(296,'2026-11-23T10:42:34','demo','insert','scale_reading',10,'meeting_id',NULL,'1',1,'9ecb8f1297b650241328595e2a53f601d1c08a02e256434a54fc42426c36adb0','125b941f286fbc3c7e6f64b7e1ea1f6731035c1cef61f3e51ad1ae3e08d09ede');
INSERT INTO "audit_log" VALUES(297,'2026-11-23T10:42:34','demo','insert','scale_reading',10,'participant_id',NULL,'2',1,'125b941f286fbc3c7e6f64b7e1ea1f6731035c1cef61f3e51ad1ae3e08d09ede','9c119e05e0c437a299d598b0f7c2e9c76d30fbaa2106edcab94395c966dbcf9e');
INSERT INTO "audit_log" VALUES(298,'2026-11-23T10:42:34','demo','insert','scale_reading',10,'date',NULL,'2026-09-24',1,'9c119e05e0c437a299d598b0f7c2e9c76d30fbaa2106edcab94395c966dbcf9e','f65a0de5ee8935ec90b6cc2e98d813bd8f24fdb2838ec221e02ce00dce305242');
INSERT INTO "audit_log" VALUES(299,'2026-11-23T10:42:34','demo','insert','scale_reading',10,'score',NULL,'5',1,'f65a0de5ee8935ec90b6cc2e98d813bd8f24fdb2838ec221e02ce00dce305242','23cc6983d4ead96bcc1e0acf9b2cadfd51f93f2abbd67f8ba573118dab3fecd4');
INSERT INTO "audit_log" VALUES(300,'2026-11-23T10:42:34','demo','insert','scale_reading',10,'private',NULL,'0',1,'23cc6983d4ead96bcc1e0acf9b2cadfd51f93f2abbd67f8ba573118dab3fecd4','4a47ba72d90ba347f859aa85c23c501cc464defd6f3a29d6898ce410ce0ce3fd');
INSERT INTO "audit_log" VALUES(301,'2026-11-23T10:42:34','demo','insert','agreement',1,'plan_id',NULL,'1',1,'4a47ba72d90ba347f859aa85c23c501cc464defd6f3a29d6898ce410ce0ce3fd','7e9fc8fc27b716e21f1813481bf589ccad09ba270ca8a57cdd59c693f8ffd513');
INSERT INTO "audit_log" VALUES(302,'2026-11-23T10:42:34','demo','insert','agreement',1,'who_id',NULL,'1',1,'7e9fc8fc27b716e21f1813481bf589ccad09ba270ca8a57cdd59c693f8ffd513','00262e9f088f1c3f655b4a33bc5546dcac83dcca737d1a2d36ea011600f26bbb');
INSERT INTO "audit_log" VALUES(303,'2026-11-23T10:42:34','demo','insert','agreement',1,'what',NULL,'Besøge Gensyn sammen med Ole og aftale startdato',1,'00262e9f088f1c3f655b4a33bc5546dcac83dcca737d1a2d36ea011600f26bbb','2e3353894c9bffec5dd87d3ec06dd09a3110b2183be162bd10e28f40d878153c');
INSERT INTO "audit_log" VALUES(304,'2026-11-23T10:42:34','demo','insert','agreement',1,'due_date',NULL,'2026-10-09',1,'2e3353894c9bffec5dd87d3ec06dd09a3110b2183be162bd10e28f40d878153c','779f66debf81f87bb11b47df202980784708e62da48bceb999a827dbed6ef555');
INSERT INTO "audit_log" VALUES(305,'2026-11-23T10:42:34','demo','insert','agreement',1,'position',NULL,'0',1,'779f66debf81f87bb11b47df202980784708e62da48bceb999a827dbed6ef555','ea81ecdbbaea7da69949678f00abd57b9ace428beb8d5020e5f78514ef6b1a09');
INSERT INTO "audit_log" VALUES(306,'2026-11-23T10:42:34','demo','insert','agreement',1,'status',NULL,'open',1,'ea81ecdbbaea7da69949678f00abd57b9ace428beb8d5020e5f78514ef6b1a09','55acb543696a2b68dbbe26651186cec1cb765f0c26af65d0d5b6ab433afaabdb');
INSERT INTO "audit_log" VALUES(307,'2026-11-23T10:42:34','demo','insert','agreement',1,'goal_id',NULL,'1',1,'55acb543696a2b68dbbe26651186cec1cb765f0c26af65d0d5b6ab433afaabdb','11be3afe141dbea454da470b8935b992fc12a3ca04724b949339f2b5c13d2daf');
INSERT INTO "audit_log" VALUES(308,'2026-11-23T10:42:34','demo','insert','agreement',1,'meeting_id',NULL,'1',1,'11be3afe141dbea454da470b8935b992fc12a3ca04724b949339f2b5c13d2daf','6478c575a28f009d6de1731b9528ffc66443cf6fed01c3c5e9282834d12bc6a5');
INSERT INTO "audit_log" VALUES(309,'2026-11-23T10:42:34','demo','insert','agreement',1,'carried_over',NULL,'0',1,'6478c575a28f009d6de1731b9528ffc66443cf6fed01c3c5e9282834d12bc6a5','c9cdc42a6aa8053dc10c43cec7dec55d402d49c5375bcb494cc4fc4ae336d401');
INSERT INTO "audit_log" VALUES(310,'2026-11-23T10:42:34','demo','insert','agreement',1,'target_from',NULL,'2',1,'c9cdc42a6aa8053dc10c43cec7dec55d402d49c5375bcb494cc4fc4ae336d401','e2989d21f04e7c10e0d82a22021256b5408b5acd9cda8fd4b3d7d3dd790ed9c1');
INSERT INTO "audit_log" VALUES(311,'2026-11-23T10:42:34','demo','insert','agreement',1,'target_to',NULL,'4',1,'e2989d21f04e7c10e0d82a22021256b5408b5acd9cda8fd4b3d7d3dd790ed9c1','ce9ad3eac48bf5d21a5123d1e576e6390c66351bb222abf55e330ca22d0d619a');
INSERT INTO "audit_log" VALUES(312,'2026-11-23T10:42:34','demo','insert','agreement',1,'created_at',NULL,'2026-11-23T10:42:34',1,'ce9ad3eac48bf5d21a5123d1e576e6390c66351bb222abf55e330ca22d0d619a','bf6173ec9f66331304db0570d85f50e5899fc0df6885ade1ee9a64ebbb4f9849');
INSERT INTO "audit_log" VALUES(313,'2026-11-23T10:42:34','demo','insert','agreement',1,'shared_with_relatives',NULL,'0',1,'bf6173ec9f66331304db0570d85f50e5899fc0df6885ade1ee9a64ebbb4f9849','cfea45608a81bcd6c8fe85837da1caa46f63fd8be016fd1edbecd2ff18d0bce8');
INSERT INTO "audit_log" VALUES(314,'2026-11-23T10:42:34','demo','insert','agreement',1,'private',NULL,'0',1,'cfea45608a81bcd6c8fe85837da1caa46f63fd8be016fd1edbecd2ff18d0bce8','5ffc5a8fc3ce0a5cdd7031d03bfb8a4ca50a982d6a0de378b34d614e713b40b5');
INSERT INTO "audit_log" VALUES(315,'2026-11-23T10:42:34','demo','insert','agreement_event',1,'agreement_id',NULL,'1',1,'5ffc5a8fc3ce0a5cdd7031d03bfb8a4ca50a982d6a0de378b34d614e713b40b5','85f8d0d1a17d4749dae1c27b73e668eb44ad4bdbce2fad3605fcdce12863aeca');
INSERT INTO "audit_log" VALUES(316,'2026-11-23T10:42:34','demo','insert','agreement_event',1,'meeting_id',NULL,'1',1,'85f8d0d1a17d4749dae1c27b73e668eb44ad4bdbce2fad3605fcdce12863aeca','86937471ad60ff5281d16b3d14cc8a2a94e5c9ce5daa9072fb5b78a5939ac100');
INSERT INTO "audit_log" VALUES(317,'2026-11-23T10:42:34','demo','insert','agreement_event',1,'at',NULL,'2026-11-23T10:42:34',1,'86937471ad60ff5281d16b3d14cc8a2a94e5c9ce5daa9072fb5b78a5939ac100','29039e5be0dc6e65f37c377b343c4d5ecd70bc9c8b5c5201c0564b4df4434c50');
INSERT INTO "audit_log" VALUES(318,'2026-11-23T10:42:34','demo','insert','agreement_event',1,'decision',NULL,'created',1,'29039e5be0dc6e65f37c377b343c4d5ecd70bc9c8b5c5201c0564b4df4434c50','c8a5423dc7c736b85ccf8bc4ea683f1eaa2ac361e458763ecfb2148b6cd1d82c');
INSERT INTO "audit_log" VALUES(319,'2026-11-23T10:42:34','demo','insert','agreement_event',1,'new_what',NULL,'Besøge Gensyn sammen med Ole og aftale startdato',1,'c8a5423dc7c736b85ccf8bc4ea683f1eaa2ac361e458763ecfb2148b6cd1d82c','de58f539ab4bacb3be8139b0c9325242c452f1b7da16527e582624a3d8f49ef6');
INSERT INTO "audit_log" VALUES(320,'2026-11-23T10:42:34','demo','insert','agreement_event',1,'new_due',NULL,'2026-10-09',1,'de58f539ab4bacb3be8139b0c9325242c452f1b7da16527e582624a3d8f49ef6','60eeb155ed9c33f0267a2b09410c1af9d5e790172552d818f1ec7df89eedb72d');
INSERT INTO "audit_log" VALUES(321,'2026-11-23T10:42:34','demo','insert','agreement',2,'plan_id',NULL,'1',1,'60eeb155ed9c33f0267a2b09410c1af9d5e790172552d818f1ec7df89eedb72d','8c9d0bff42301229faa5cbefa6bf4fac9668d8bc929b293801811a8543ecfb61');
INSERT INTO "audit_log" VALUES(322,'2026-11-23T10:42:34','demo','insert','agreement',2,'who_id',NULL,'6',1,'8c9d0bff42301229faa5cbefa6bf4fac9668d8bc929b293801811a8543ecfb61','00405dd074fd6e3472d5484b4253e75ba272705ec15d72305ca6e0314623f568');
INSERT INTO "audit_log" VALUES(323,'2026-11-23T10:42:34','demo','insert','agreement',2,'what',NULL,'Ringe til Nanna hver mandag kl. 9',1,'00405dd074fd6e3472d5484b4253e75ba272705ec15d72305ca6e0314623f568','4f611e05e4d7355a16814c4195cf1534a22d62f433ed9727b38328625b6639ff');
INSERT INTO "audit_log" VALUES(324,'2026-11-23T10:42:34','demo','insert','agreement',2,'due_date',NULL,'2026-11-18',1,'4f611e05e4d7355a16814c4195cf1534a22d62f433ed9727b38328625b6639ff','c9bdb9b5a5205fd74b1918495002b4631b41984a9bc1cdf4f6d12ea57205b96a');
INSERT INTO "audit_log" VALUES(325,'2026-11-23T10:42:34','demo','insert','agreement',2,'position',NULL,'1',1,'c9bdb9b5a5205fd74b1918495002b4631b41984a9bc1cdf4f6d12ea57205b96a','ea4cef4975edde166eda2486fc814bbe1623c5535eec9575c4e163fcfb43ff1c');
INSERT INTO "audit_log" VALUES(326,'2026-11-23T10:42:34','demo','insert','agreement',2,'status',NULL,'open',1,'ea4cef4975edde166eda2486fc814bbe1623c5535eec9575c4e163fcfb43ff1c','cb8fa47d5bf9544df317d4d3cb7c08d6f71481d5810e0d07425e1fb804641967');
INSERT INTO "audit_log" VALUES(327,'2026-11-23T10:42:34','demo','insert','agreement',2,'goal_id',NULL,'1',1,'cb8fa47d5bf9544df317d4d3cb7c08d6f71481d5810e0d07425e1fb804641967','08505c979e2f2760b670d2f19076cdfffb2387024abe6f70f993fab8ac600333');
INSERT INTO "audit_log" VALUES(328,'2026-11-23T10:42:34','demo','insert','agreement',2,'meeting_id',NULL,'1',1,'08505c979e2f2760b670d2f19076cdfffb2387024abe6f70f993fab8ac600333','6d835d7c61d42cf3c8373a9e8f818f048b690420f9261c248dd27021d9c8b2ef');
INSERT INTO "audit_log" VALUES(329,'2026-11-23T10:42:34','demo','insert','agreement',2,'carried_over',NULL,'0',1,'6d835d7c61d42cf3c8373a9e8f818f048b690420f9261c248dd27021d9c8b2ef','1703e4df3874b8b0a710d758a1862934a8d634ec00bb876b46d7aaab866c8b46');
INSERT INTO "audit_log" VALUES(330,'2026-11-23T10:42:34','demo','insert','agreement',2,'created_at',NULL,'2026-11-23T10:42:34',1,'1703e4df3874b8b0a710d758a1862934a8d634ec00bb876b46d7aaab866c8b46','ce7797472829cdba6c903a1a3e9bdc62712a16dd25ec7ebf0da6356b780ecba7');
INSERT INTO "audit_log" VALUES(331,'2026-11-23T10:42:34','demo','insert','agreement',2,'shared_with_relatives',NULL,'0',1,'ce7797472829cdba6c903a1a3e9bdc62712a16dd25ec7ebf0da6356b780ecba7','11d7b43503e219626c386a7cb123d8e4eab184fc54b354811754a23b147beaa1');
INSERT INTO "audit_log" VALUES(332,'2026-11-23T10:42:34','demo','insert','agreement',2,'private',NULL,'0',1,'11d7b43503e219626c386a7cb123d8e4eab184fc54b354811754a23b147beaa1','2ba8b9306dcca6677e12a48bcbf9b1e69bd934cd556c5fa47f6304c0bdd56e83');
INSERT INTO "audit_log" VALUES(333,'2026-11-23T10:42:34','demo','insert','agreement_event',2,'agreement_id',NULL,'2',1,'2ba8b9306dcca6677e12a48bcbf9b1e69bd934cd556c5fa47f6304c0bdd56e83','f21f7e6d73e99b877c2e967965fcfadf914e6840101ec8dcfe5366db8318305b');
INSERT INTO "audit_log" VALUES(334,'2026-11-23T10:42:34','demo','insert','agreement_event',2,'meeting_id',NULL,'1',1,'f21f7e6d73e99b877c2e967965fcfadf914e6840101ec8dcfe5366db8318305b','97bb8301d19db13c4155aa6c5c269b8614caf3d3df5c5d74bcd2269ca853d4f9');
INSERT INTO "audit_log" VALUES(335,'2026-11-23T10:42:34','demo','insert','agreement_event',2,'at',NULL,'2026-11-23T10:42:34',1,'97bb8301d19db13c4155aa6c5c269b8614caf3d3df5c5d74bcd2269ca853d4f9','be355abda7599504185bec27a5eee0d88026b7ccd61a97a5e576bfe79b9d9cc9');
INSERT INTO "audit_log" VALUES(336,'2026-11-23T10:42:34','demo','insert','agreement_event',2,'decision',NULL,'created',1,'be355abda7599504185bec27a5eee0d88026b7ccd61a97a5e576bfe79b9d9cc9','96991d55d14d66e128d5e7ba19e305580ab6cd0054066bc43d7bac66a3794d8a');
INSERT INTO "audit_log" VALUES(337,'2026-11-23T10:42:34','demo','insert','agreement_event',2,'new_what',NULL,'Ringe til Nanna hver mandag kl. 9',1,'96991d55d14d66e128d5e7ba19e305580ab6cd0054066bc43d7bac66a3794d8a','a516e77d052a70c5fdb5a94d7af0c44268b027fc163e5f14bd225ec4c4d2c576');
INSERT INTO "audit_log" VALUES(338,'2026-11-23T10:42:34','demo','insert','agreement_event',2,'new_due',NULL,'2026-11-18',1,'a516e77d052a70c5fdb5a94d7af0c44268b027fc163e5f14bd225ec4c4d2c576','a3162e658838c7cbb60bd10c41bf4d06b0a97253a44ade2bbc65e33e7d34e42f');
INSERT INTO "audit_log" VALUES(339,'2026-11-23T10:42:34','demo','insert','agreement',3,'plan_id',NULL,'1',1,'a3162e658838c7cbb60bd10c41bf4d06b0a97253a44ade2bbc65e33e7d34e42f','4804ff095618130fda6138109b89bd0d9b11aa0480ce3d9d33371be07b837e54');
INSERT INTO "audit_log" VALUES(340,'2026-11-23T10:42:34','demo','insert','agreement',3,'who_id',NULL,'1',1,'4804ff095618130fda6138109b89bd0d9b11aa0480ce3d9d33371be07b837e54','84fb5f6f4b86ed0b0f761ef31a30956472b5ef698e71f7a8c38df631a49f78e2');
INSERT INTO "audit_log" VALUES(341,'2026-11-23T10:42:34','demo','insert','agreement',3,'what',NULL,'Tilmelde mig FVU-dansk på VUC',1,'84fb5f6f4b86ed0b0f761ef31a30956472b5ef698e71f7a8c38df631a49f78e2','b2c1d7c243517d726d9ee98e53d269888de5d8b7187824a56210a989f72a4494');
INSERT INTO "audit_log" VALUES(342,'2026-11-23T10:42:34','demo','insert','agreement',3,'due_date',NULL,'2026-10-14',1,'b2c1d7c243517d726d9ee98e53d269888de5d8b7187824a56210a989f72a4494','a778345258571ad959904a6c3769e2552edce7941610fb7647a4ba88f9ed0d23');
INSERT INTO "audit_log" VALUES(343,'2026-11-23T10:42:34','demo','insert','agreement',3,'position',NULL,'2',1,'a778345258571ad959904a6c3769e2552edce7941610fb7647a4ba88f9ed0d23','d857322faa5aeaf705af10c23e970c834cc48fd52d1eabf3cdace577dc1e59f9');
INSERT INTO "audit_log" VALUES(344,'2026-11-23T10:42:34','demo','insert','agreement',3,'status',NULL,'open',1,'d857322faa5aeaf705af10c23e970c834cc48fd52d1eabf3cdace577dc1e59f9','0547f510747266e6a43c798e7d7a19a37e38be0d5305f4010cba00508f5fa114');
INSERT INTO "audit_log" VALUES(345,'2026-11-23T10:42:34','demo','insert','agreement',3,'goal_id',NULL,'4',1,'0547f510747266e6a43c798e7d7a19a37e38be0d5305f4010cba00508f5fa114','6c34c2eacc3aff8af43db99c76fe89866a9d87670c60ea56698226b4e29d6230');
INSERT INTO "audit_log" VALUES(346,'2026-11-23T10:42:34','demo','insert','agreement',3,'meeting_id',NULL,'1',1,'6c34c2eacc3aff8af43db99c76fe89866a9d87670c60ea56698226b4e29d6230','e223e3234e24b9de682baf3a8d35d031e1943fb9ac8dfff77cac21f4a74c8ceb');
INSERT INTO "audit_log" VALUES(347,'2026-11-23T10:42:34','demo','insert','agreement',3,'carried_over',NULL,'0',1,'e223e3234e24b9de682baf3a8d35d031e1943fb9ac8dfff77cac21f4a74c8ceb','f9cf15cbf7cc03eebe3d7843560563c074752c792069b965df3e36d24e953154');
INSERT INTO "audit_log" VALUES(348,'2026-11-23T10:42:34','demo','insert','agreement',3,'created_at',NULL,'2026-11-23T10:42:34',1,'f9cf15cbf7cc03eebe3d7843560563c074752c792069b965df3e36d24e953154','8c221e8376f174a863f54c6ae67d7b72979e1bc3aaddda80cfb31defb6a6adbb');
INSERT INTO "audit_log" VALUES(349,'2026-11-23T10:42:34','demo','insert','agreement',3,'shared_with_relatives',NULL,'0',1,'8c221e8376f174a863f54c6ae67d7b72979e1bc3aaddda80cfb31defb6a6adbb','ef674fd1c19c8c991fca32b1307b013609e175eba1edfb63ab3880b70c77adab');
INSERT INTO "audit_log" VALUES(350,'2026-11-23T10:42:34','demo','insert','agreement',3,'private',NULL,'0',1,'ef674fd1c19c8c991fca32b1307b013609e175eba1edfb63ab3880b70c77adab','fb008b64311de87fea6d8e4a57f3a4073651f2f57b7b896a3943723517d07ed1');
INSERT INTO "audit_log" VALUES(351,'2026-11-23T10:42:34','demo','insert','agreement_event',3,'agreement_id',NULL,'3',1,'fb008b64311de87fea6d8e4a57f3a4073651f2f57b7b896a3943723517d07ed1','535ca4e957df7a29b00afd6f1631bdcacfc40b42094b1896d91247b0eda644c7');
INSERT INTO "audit_log" VALUES(352,'2026-11-23T10:42:34','demo','insert','agreement_event',3,'meeting_id',NULL,'1',1,'535ca4e957df7a29b00afd6f1631bdcacfc40b42094b1896d91247b0eda644c7','8621fcdb64a66854c5adf80fc616ca44f6ad5044eab8b9d607b443fd807677c7');
INSERT INTO "audit_log" VALUES(353,'2026-11-23T10:42:34','demo','insert','agreement_event',3,'at',NULL,'2026-11-23T10:42:34',1,'8621fcdb64a66854c5adf80fc616ca44f6ad5044eab8b9d607b443fd807677c7','8b53d5738dc0c8c1b5321607689bd31c9b23be763f96ce11de5730dc6a7cb997');
INSERT INTO "audit_log" VALUES(354,'2026-11-23T10:42:34','demo','insert','agreement_event',3,'decision',NULL,'created',1,'8b53d5738dc0c8c1b5321607689bd31c9b23be763f96ce11de5730dc6a7cb997','c808a285903ad4879c07070633681a68d6d231662e3668f73e4cc036c4092fab');
INSERT INTO "audit_log" VALUES(355,'2026-11-23T10:42:34','demo','insert','agreement_event',3,'new_what',NULL,'Tilmelde mig FVU-dansk på VUC',1,'c808a285903ad4879c07070633681a68d6d231662e3668f73e4cc036c4092fab','9c9ad778e4d88dc508af4613dccb258d6acc9a997a22f8d4d2ef02b60d1e06db');
INSERT INTO "audit_log" VALUES(356,'2026-11-23T10:42:34','demo','insert','agreement_event',3,'new_due',NULL,'2026-10-14',1,'9c9ad778e4d88dc508af4613dccb258d6acc9a997a22f8d4d2ef02b60d1e06db','725c9605fa8c19300b516e8a29358a5d64b605498368b5c7c174fa2b99ca046f');
INSERT INTO "audit_log" VALUES(357,'2026-11-23T10:42:34','demo','insert','agreement',4,'plan_id',NULL,'1',1,'725c9605fa8c19300b516e8a29358a5d64b605498368b5c7c174fa2b99ca046f','4b9dafaba8efe25a20e59dc15e67e260bbf35ed3d6f419ac8d9713d9583130c5');
INSERT INTO "audit_log" VALUES(358,'2026-11-23T10:42:34','demo','insert','agreement',4,'who_id',NULL,'5',1,'4b9dafaba8efe25a20e59dc15e67e260bbf35ed3d6f419ac8d9713d9583130c5','633170bff809173b8a6d1e9991addf84e7238b00f77f69dc85270a034b2569f1');
INSERT INTO "audit_log" VALUES(359,'2026-11-23T10:42:34','demo','insert','agreement',4,'what',NULL,'Finde en tid hos lægen sammen med Nanna',1,'633170bff809173b8a6d1e9991addf84e7238b00f77f69dc85270a034b2569f1','68e3f8355413b43b3e45baccdb11fd75b5fd851a5ee28b698591cc289d629e4f');
INSERT INTO "audit_log" VALUES(360,'2026-11-23T10:42:34','demo','insert','agreement',4,'due_date',NULL,'2026-11-10',1,'68e3f8355413b43b3e45baccdb11fd75b5fd851a5ee28b698591cc289d629e4f','e8b159286abda9d916ff8fdd9c87e6ac3dfac648100de77e76cd6d33b8cb8d82');
INSERT INTO "audit_log" VALUES(361,'2026-11-23T10:42:34','demo','insert','agreement',4,'position',NULL,'3',1,'e8b159286abda9d916ff8fdd9c87e6ac3dfac648100de77e76cd6d33b8cb8d82','ce23bc25dad592adf96104f19847941b1004ba8636b65ee5023a9d45374fa1ed');
INSERT INTO "audit_log" VALUES(362,'2026-11-23T10:42:34','demo','insert','agreement',4,'status',NULL,'open',1,'ce23bc25dad592adf96104f19847941b1004ba8636b65ee5023a9d45374fa1ed','7c4057a633fb621ad269a4e1fee0c1074b41bff56750366e0706b808be9eb09e');
INSERT INTO "audit_log" VALUES(363,'2026-11-23T10:42:34','demo','insert','agreement',4,'goal_id',NULL,'3',1,'7c4057a633fb621ad269a4e1fee0c1074b41bff56750366e0706b808be9eb09e','173c61e1a076a2197194483ad84fd02f83993a4785a86f557ea560b4a98c5b26');
INSERT INTO "audit_log" VALUES(364,'2026-11-23T10:42:34','demo','insert','agreement',4,'meeting_id',NULL,'1',1,'173c61e1a076a2197194483ad84fd02f83993a4785a86f557ea560b4a98c5b26','b2f0c892b3a2b715d39c52db41c4c5cc8dc8d67a08c880fa25d1d656650cc80a');
INSERT INTO "audit_log" VALUES(365,'2026-11-23T10:42:34','demo','insert','agreement',4,'carried_over',NULL,'0',1,'b2f0c892b3a2b715d39c52db41c4c5cc8dc8d67a08c880fa25d1d656650cc80a','4ca5f4510f6907c8f00970f2bbae524d012e414506f57c46b1be4d421fae72e7');
INSERT INTO "audit_log" VALUES(366,'2026-11-23T10:42:34','demo','insert','agreement',4,'created_at',NULL,'2026-11-23T10:42:34',1,'4ca5f4510f6907c8f00970f2bbae524d012e414506f57c46b1be4d421fae72e7','c7ee6e6488f59bc65e4f78bc885f9ab709923f511a435cd2ca775db1cc138d99');
INSERT INTO "audit_log" VALUES(367,'2026-11-23T10:42:34','demo','insert','agreement',4,'shared_with_relatives',NULL,'0',1,'c7ee6e6488f59bc65e4f78bc885f9ab709923f511a435cd2ca775db1cc138d99','41d6ba5d744ba90a4abbb027357bb0c1b0ae43eb33b42349692b9cd2c92a9b4f');
INSERT INTO "audit_log" VALUES(368,'2026-11-23T10:42:34','demo','insert','agreement',4,'private',NULL,'1',1,'41d6ba5d744ba90a4abbb027357bb0c1b0ae43eb33b42349692b9cd2c92a9b4f','765f914fa30937ed551f142e07c8e7f3e95f3170a23108765dc736884f866e5f');
INSERT INTO "audit_log" VALUES(369,'2026-11-23T10:42:34','demo','insert','agreement_event',4,'agreement_id',NULL,'4',1,'765f914fa30937ed551f142e07c8e7f3e95f3170a23108765dc736884f866e5f','9490a9b0846427846fb3c86b94e0b07479c0062e2800d8272c93cce47fdf2870');
INSERT INTO "audit_log" VALUES(370,'2026-11-23T10:42:34','demo','insert','agreement_event',4,'meeting_id',NULL,'1',1,'9490a9b0846427846fb3c86b94e0b07479c0062e2800d8272c93cce47fdf2870','ac4b8cad3929f3e9bb5fb26730da4736e46e2a7461d9bbc4a2192fee9f94d4ce');
INSERT INTO "audit_log" VALUES(371,'2026-11-23T10:42:34','demo','insert','agreement_event',4,'at',NULL,'2026-11-23T10:42:34',1,'ac4b8cad3929f3e9bb5fb26730da4736e46e2a7461d9bbc4a2192fee9f94d4ce','eb99440ea1d6b27b387a004a0e242322f4cd33e1f4da7c7c03993b8a307ab499');
INSERT INTO "audit_log" VALUES(372,'2026-11-23T10:42:34','demo','insert','agreement_event',4,'decision',NULL,'created',1,'eb99440ea1d6b27b387a004a0e242322f4cd33e1f4da7c7c03993b8a307ab499','ba970e0c70e1ee17a8d65d016c8046b0d5a6f0baf714814033349dc178149616');
INSERT INTO "audit_log" VALUES(373,'2026-11-23T10:42:34','demo','insert','agreement_event',4,'new_what',NULL,'Finde en tid hos lægen sammen med Nanna',1,'ba970e0c70e1ee17a8d65d016c8046b0d5a6f0baf714814033349dc178149616','f05f3a354ad6bf4fe4ee4e2f3daad4c5493aaa9eac9ba788cbf9d3535153a0e0');
INSERT INTO "audit_log" VALUES(374,'2026-11-23T10:42:34','demo','insert','agreement_event',4,'new_due',NULL,'2026-11-10',1,'f05f3a354ad6bf4fe4ee4e2f3daad4c5493aaa9eac9ba788cbf9d3535153a0e0','1f29cd610b3e75812d8dfc0211d196f714a2ce8e53c12cb76af63f4bd339c180');
INSERT INTO "audit_log" VALUES(375,'2026-11-23T10:42:34','demo','update','meeting',1,'status','open','closed',1,'1f29cd610b3e75812d8dfc0211d196f714a2ce8e53c12cb76af63f4bd339c180','a1903274cfd254435b42d821697ea5c448e8694a9063e8b8b137105c8b0d5986');
INSERT INTO "audit_log" VALUES(376,'2026-11-23T10:42:34','demo','update','meeting',1,'next_meeting_date',NULL,'2026-10-29',1,'a1903274cfd254435b42d821697ea5c448e8694a9063e8b8b137105c8b0d5986','cde0c90a41cd077873ab4a5eb103bdbba805a40af025e15b09511cd0aeaa7414');
INSERT INTO "audit_log" VALUES(377,'2026-11-23T10:42:34','demo','update','meeting',1,'closed_at',NULL,'2026-11-23T10:42:34',1,'cde0c90a41cd077873ab4a5eb103bdbba805a40af025e15b09511cd0aeaa7414','e8ec6572b272d9c1d23a9f14fc6b19b639666f48bc6cd6a7120939f330b674ac');
INSERT INTO "audit_log" VALUES(378,'2026-11-23T10:42:34','demo','insert','meeting',2,'plan_id',NULL,'1',1,'e8ec6572b272d9c1d23a9f14fc6b19b639666f48bc6cd6a7120939f330b674ac','c7dfa74ac8e62800a75bd081a11df322e0fbf64ed335f104d9e484f1925ea19d');
INSERT INTO "audit_log" VALUES(379,'2026-11-23T10:42:34','demo','insert','meeting',2,'kind',NULL,'citizen',1,'c7dfa74ac8e62800a75bd081a11df322e0fbf64ed335f104d9e484f1925ea19d','7493b5fef93b0af50d658d74129ab6e45c3c91a5f42ddb23dd6ec1711a21d8ba');
INSERT INTO "audit_log" VALUES(380,'2026-11-23T10:42:34','demo','insert','meeting',2,'date',NULL,'2026-10-29',1,'7493b5fef93b0af50d658d74129ab6e45c3c91a5f42ddb23dd6ec1711a21d8ba','9eef8b2d4a40434fcd065dbd0ccfc736251aa8bc14a490f59c1169119786e089');
INSERT INTO "audit_log" VALUES(381,'2026-11-23T10:42:34','demo','insert','meeting',2,'time',NULL,'13:30',1,'9eef8b2d4a40434fcd065dbd0ccfc736251aa8bc14a490f59c1169119786e089','003be1d7223f83c6865589282a3bbf66317e77b16497e10164b67ca42c9dc45a');
INSERT INTO "audit_log" VALUES(382,'2026-11-23T10:42:34','demo','insert','meeting',2,'place',NULL,'Værestedet Kilden',1,'003be1d7223f83c6865589282a3bbf66317e77b16497e10164b67ca42c9dc45a','c232d861f8df002b8f28a258e1b9e1877cc419defb06d769436d04f63c94e5d0');
INSERT INTO "audit_log" VALUES(383,'2026-11-23T10:42:34','demo','insert','meeting',2,'status',NULL,'planned',1,'c232d861f8df002b8f28a258e1b9e1877cc419defb06d769436d04f63c94e5d0','2e1dd36c92d31a871978e61f47173a89c75cfb769f70aa91c983877688a7acf3');
INSERT INTO "audit_log" VALUES(384,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'meeting_id',NULL,'2',1,'2e1dd36c92d31a871978e61f47173a89c75cfb769f70aa91c983877688a7acf3','a2ac20d0ac4cffa6ba9a9d054d5145548d8295338418dad77da57e76e98ae39b');
INSERT INTO "audit_log" VALUES(385,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'position',NULL,'0',1,'a2ac20d0ac4cffa6ba9a9d054d5145548d8295338418dad77da57e76e98ae39b','d9c6f6b187e1e2af0cac5847a672469c92cb11018f262c6301dd187c05a244c3');
INSERT INTO "audit_log" VALUES(386,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'title',NULL,'Velkomst og dagens dagsorden',1,'d9c6f6b187e1e2af0cac5847a672469c92cb11018f262c6301dd187c05a244c3','750b21ed8e4b9394ef774257cfc02eb3e08bd6685bfad7d5fd3195e7a72c40af');
INSERT INTO "audit_log" VALUES(387,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'part',NULL,'free',1,'750b21ed8e4b9394ef774257cfc02eb3e08bd6685bfad7d5fd3195e7a72c40af','06fc72f11272736699a534b305d0e5812d845b82245c23f8b21b9aec47c08796');
INSERT INTO "audit_log" VALUES(388,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'done',NULL,'0',1,'06fc72f11272736699a534b305d0e5812d845b82245c23f8b21b9aec47c08796','7f63bcc5ccdb0700368aa08223db5aaa355ff8b69df6074c6e86fc3c8f97877e');
INSERT INTO "audit_log" VALUES(389,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'shared_with_relatives',NULL,'0',1,'7f63bcc5ccdb0700368aa08223db5aaa355ff8b69df6074c6e86fc3c8f97877e','030c70773923ee8d18ad57712daeb6c5a991a371a2f3396ec171a63a516b03d0');
INSERT INTO "audit_log" VALUES(390,'2026-11-23T10:42:34','demo','insert','agenda_item',9,'private',NULL,'0',1,'030c70773923ee8d18ad57712daeb6c5a991a371a2f3396ec171a63a516b03d0','238f5fe38d46389ecb98f27157d299d2d6dca15e4aa9b71c63958f5e589ab7c2');
INSERT INTO "audit_log" VALUES(391,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'meeting_id',NULL,'2',1,'238f5fe38d46389ecb98f27157d299d2d6dca15e4aa9b71c63958f5e589ab7c2','4f459f3573ce3eed379cafc66ef0f114dde1668d148f08f73e27a201c4fb6e77');
INSERT INTO "audit_log" VALUES(392,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'position',NULL,'1',1,'4f459f3573ce3eed379cafc66ef0f114dde1668d148f08f73e27a201c4fb6e77','4399844a48546471e241892547e9bceab3a126546a3639bb5376ea98597ba321');
INSERT INTO "audit_log" VALUES(393,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'title',NULL,'Opfølgning på aftaler siden sidst',1,'4399844a48546471e241892547e9bceab3a126546a3639bb5376ea98597ba321','2a33880df1d5aa0743005c09c8a440de7d5d85b124835708ad9b04726074559b');
INSERT INTO "audit_log" VALUES(394,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'part',NULL,'review',1,'2a33880df1d5aa0743005c09c8a440de7d5d85b124835708ad9b04726074559b','fe3ec3a68703f07c336f6af10772923889f89fc73272db6104ca0bb1322d48b5');
INSERT INTO "audit_log" VALUES(395,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'done',NULL,'0',1,'fe3ec3a68703f07c336f6af10772923889f89fc73272db6104ca0bb1322d48b5','7aa262194de10df405437c98cc35ef00ca8307c711ab08ca822f922f27938285');
INSERT INTO "audit_log" VALUES(396,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'shared_with_relatives',NULL,'0',1,'7aa262194de10df405437c98cc35ef00ca8307c711ab08ca822f922f27938285','234ff2db7b0220bc1eb8d1682efbf2811b450c698cc016fb3bbd4c35a9e43fd7');
INSERT INTO "audit_log" VALUES(397,'2026-11-23T10:42:34','demo','insert','agenda_item',10,'private',NULL,'0',1,'234ff2db7b0220bc1eb8d1682efbf2811b450c698cc016fb3bbd4c35a9e43fd7','fe8c152aa6cc8e8559ce9c18f5361c9f3c5436ef11e977ed04c3e15f945d463f');
INSERT INTO "audit_log" VALUES(398,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'meeting_id',NULL,'2',1,'fe8c152aa6cc8e8559ce9c18f5361c9f3c5436ef11e977ed04c3e15f945d463f','12d9900ae95679d27be3dbdbb400d759bb19f2de07dcb1024163754bc304b40e');
INSERT INTO "audit_log" VALUES(399,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'position',NULL,'2',1,'12d9900ae95679d27be3dbdbb400d759bb19f2de07dcb1024163754bc304b40e','0d85362b6fd87304ffb4f6e082c4071aad2031829ec6e797569df3490751b461');
INSERT INTO "audit_log" VALUES(400,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'title',NULL,'Skalering: hvor er du på vej mod dine mål?',1,'0d85362b6fd87304ffb4f6e082c4071aad2031829ec6e797569df3490751b461','7886eaafcb4bc350365e28ec8145be233db639b477150d8cd3cc7326cb8086c8');
INSERT INTO "audit_log" VALUES(401,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'part',NULL,'scaling',1,'7886eaafcb4bc350365e28ec8145be233db639b477150d8cd3cc7326cb8086c8','97041edf21837a111a2234f5c98266288187fd70e62e296529a8cd8340e30646');
INSERT INTO "audit_log" VALUES(402,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'done',NULL,'0',1,'97041edf21837a111a2234f5c98266288187fd70e62e296529a8cd8340e30646','8014375336a174f2f2c58528d16089120207511782d47482d090fa20e29e6c10');
INSERT INTO "audit_log" VALUES(403,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'shared_with_relatives',NULL,'0',1,'8014375336a174f2f2c58528d16089120207511782d47482d090fa20e29e6c10','6c5f1e1bd885656ce28f1ab09455ebd174c2d9b6d7d27e774d4b890e35c2fc41');
INSERT INTO "audit_log" VALUES(404,'2026-11-23T10:42:34','demo','insert','agenda_item',11,'private',NULL,'0',1,'6c5f1e1bd885656ce28f1ab09455ebd174c2d9b6d7d27e774d4b890e35c2fc41','9ddd2651802857d8285736eb480dbbfdbaf3afa6610d635e6b25688f360af380');
INSERT INTO "audit_log" VALUES(405,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'meeting_id',NULL,'2',1,'9ddd2651802857d8285736eb480dbbfdbaf3afa6610d635e6b25688f360af380','29deeb5a093e78f84c7bcdf98f81e8362b00b9541c9787ff5c4f6fc9da22f7dc');
INSERT INTO "audit_log" VALUES(406,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'position',NULL,'3',1,'29deeb5a093e78f84c7bcdf98f81e8362b00b9541c9787ff5c4f6fc9da22f7dc','c1f98d9752a65499a89441232485569bb263958638988e9dc1adc1f6a713634d');
INSERT INTO "audit_log" VALUES(407,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'title',NULL,'Nye aftaler: hvad flytter dig ét skridt?',1,'c1f98d9752a65499a89441232485569bb263958638988e9dc1adc1f6a713634d','cd0bb8bb5ba25c3b3e09070ca000ef68d771f3dcd8613b993438c6cbdcda0b24');
INSERT INTO "audit_log" VALUES(408,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'part',NULL,'agreements',1,'cd0bb8bb5ba25c3b3e09070ca000ef68d771f3dcd8613b993438c6cbdcda0b24','fdcf956f049398c386b3b7063535758b4de65e3a937fb87c67fce36aa02f1ca0');
INSERT INTO "audit_log" VALUES(409,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'done',NULL,'0',1,'fdcf956f049398c386b3b7063535758b4de65e3a937fb87c67fce36aa02f1ca0','44afa52d82270439647203a68bd93c3f6d7b76d69214266503c8d6c2b7b96fff');
INSERT INTO "audit_log" VALUES(410,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'shared_with_relatives',NULL,'0',1,'44afa52d82270439647203a68bd93c3f6d7b76d69214266503c8d6c2b7b96fff','78b891bce504483888bf3fc2e1b137ff33961564d6680f1d94d328e44a3e649e');
INSERT INTO "audit_log" VALUES(411,'2026-11-23T10:42:34','demo','insert','agenda_item',12,'private',NULL,'0',1,'78b891bce504483888bf3fc2e1b137ff33961564d6680f1d94d328e44a3e649e','8f83b72af9abe4ea95b6bc68aa93d1720e277d3ceb84e55b74f55f666f47e87a');
INSERT INTO "audit_log" VALUES(412,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'meeting_id',NULL,'2',1,'8f83b72af9abe4ea95b6bc68aa93d1720e277d3ceb84e55b74f55f666f47e87a','8227f3e4dc104863c71e3af35f204ddaf343607ede880fd001e260dc9490133b');
INSERT INTO "audit_log" VALUES(413,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'position',NULL,'4',1,'8227f3e4dc104863c71e3af35f204ddaf343607ede880fd001e260dc9490133b','7e3926d9e21a78a21f65047c9e5297d6ce8ec0ed50bfea3442d918576d52260d');
INSERT INTO "audit_log" VALUES(414,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'title',NULL,'Næste møde',1,'7e3926d9e21a78a21f65047c9e5297d6ce8ec0ed50bfea3442d918576d52260d','6368bc80b2b89d07de0fb69804251399e870b7622308d772aa9e132783bece76');
INSERT INTO "audit_log" VALUES(415,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'part',NULL,'next',1,'6368bc80b2b89d07de0fb69804251399e870b7622308d772aa9e132783bece76','c10a3665bd56c8be6f4a8a6a15e41542ebf7054bcbe5b358db9ec0005916e28c');
INSERT INTO "audit_log" VALUES(416,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'done',NULL,'0',1,'c10a3665bd56c8be6f4a8a6a15e41542ebf7054bcbe5b358db9ec0005916e28c','0cfb52b468493b140bb713cae5d4dec68c1ae43466fa2c4d09f3d9ede3fda918');
INSERT INTO "audit_log" VALUES(417,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'shared_with_relatives',NULL,'0',1,'0cfb52b468493b140bb713cae5d4dec68c1ae43466fa2c4d09f3d9ede3fda918','7208e3d7f64851a27154a851a2a0fc95807d4ea5c2435899302e4822f4b61a85');
INSERT INTO "audit_log" VALUES(418,'2026-11-23T10:42:34','demo','insert','agenda_item',13,'private',NULL,'0',1,'7208e3d7f64851a27154a851a2a0fc95807d4ea5c2435899302e4822f4b61a85','1a660cef8f139b2f324957288400b9adb075d942cd349303a3ceaf81b82c670f');
INSERT INTO "audit_log" VALUES(419,'2026-11-23T10:42:34','demo','insert','meeting_participant',7,'meeting_id',NULL,'2',1,'1a660cef8f139b2f324957288400b9adb075d942cd349303a3ceaf81b82c670f','b8fc843e2cc9de4a1c10733fd64890944728bbfea2113f5d7174b97c2bb6eb52');
INSERT INTO "audit_log" VALUES(420,'2026-11-23T10:42:34','demo','insert','meeting_participant',7,'participant_id',NULL,'1',1,'b8fc843e2cc9de4a1c10733fd64890944728bbfea2113f5d7174b97c2bb6eb52','519ffc8461ada7f05167caa756cb7651985d5902c1da9013e4e844243b7e0280');
INSERT INTO "audit_log" VALUES(421,'2026-11-23T10:42:34','demo','insert','meeting_participant',8,'meeting_id',NULL,'2',1,'519ffc8461ada7f05167caa756cb7651985d5902c1da9013e4e844243b7e0280','4281fcb064df7dc18fea448341f8b7981e9e7757d454c8b65d7bf90c2ae2243b');
INSERT INTO "audit_log" VALUES(422,'2026-11-23T10:42:34','demo','insert','meeting_participant',8,'participant_id',NULL,'3',1,'4281fcb064df7dc18fea448341f8b7981e9e7757d454c8b65d7bf90c2ae2243b','a7ec815f98337d3d2048dec5d5eb4ee7a095baf95609b0093449d9f48474df88');
INSERT INTO "audit_log" VALUES(423,'2026-11-23T10:42:34','demo','insert','meeting_participant',9,'meeting_id',NULL,'2',1,'a7ec815f98337d3d2048dec5d5eb4ee7a095baf95609b0093449d9f48474df88','e13e26dc45981b3324dc025158a9f032f8232c5021ac90f708d4639fb2ce025e');
INSERT INTO "audit_log" VALUES(424,'2026-11-23T10:42:34','demo','insert','meeting_participant',9,'participant_id',NULL,'5',1,'e13e26dc45981b3324dc025158a9f032f8232c5021ac90f708d4639fb2ce025e','cbf1f04c3c31422b71c8cb5309a07e8e78940f34eb6d215dd6f4164e63d39fc6');
INSERT INTO "audit_log" VALUES(425,'2026-11-23T10:42:34','demo','update','meeting',2,'status','planned','open',1,'cbf1f04c3c31422b71c8cb5309a07e8e78940f34eb6d215dd6f4164e63d39fc6','31a4b71cc427f7a2e1e036d3f45c610891350d592d8956648268a74dd48efc1e');
INSERT INTO "audit_log" VALUES(426,'2026-11-23T10:42:34','demo','update','agreement',1,'status','open','done',1,'31a4b71cc427f7a2e1e036d3f45c610891350d592d8956648268a74dd48efc1e','2d9b016c85c3c7311bb32b598ea62d44edd23a99ebb6acdfbaa87bae92210959');
INSERT INTO "audit_log" VALUES(427,'2026-11-23T10:42:34','demo','update','agreement',1,'done_at',NULL,'2026-10-08',1,'2d9b016c85c3c7311bb32b598ea62d44edd23a99ebb6acdfbaa87bae92210959','75507de11500988c38089573f495078283cb893b46784bf15fc797d139081927');
INSERT INTO "audit_log" VALUES(428,'2026-11-23T10:42:34','demo','insert','agreement_event',5,'agreement_id',NULL,'1',1,'75507de11500988c38089573f495078283cb893b46784bf15fc797d139081927','23b0dd0eef93ac9b6e16be8bbb47f0f2ebd1e67afd4f76c5e706c60f0567c423');
INSERT INTO "audit_log" VALUES(429,'2026-11-23T10:42:34','demo','insert','agreement_event',5,'meeting_id',NULL,'2',1,'23b0dd0eef93ac9b6e16be8bbb47f0f2ebd1e67afd4f76c5e706c60f0567c423','58273fa413146531d3f0344225013071e49a069ca5ba9f3aa946827b5cdd8cfd');
INSERT INTO "audit_log" VALUES(430,'2026-11-23T10:42:34','demo','insert','agreement_event',5,'at',NULL,'2026-11-23T10:42:34',1,'58273fa413146531d3f0344225013071e49a069ca5ba9f3aa946827b5cdd8cfd','63127d67b61110273e30eaad8276684cd1ea6bb600b08e13b4711b8842303db5');
INSERT INTO "audit_log" VALUES(431,'2026-11-23T10:42:34','demo','insert','agreement_event',5,'decision',NULL,'done',1,'63127d67b61110273e30eaad8276684cd1ea6bb600b08e13b4711b8842303db5','0267a206b42e29f210c0474a21212331d441bf909991ea30962c1a9d8e968b79');
INSERT INTO "audit_log" VALUES(432,'2026-11-23T10:42:34','demo','update','agreement',3,'status','open','done',1,'0267a206b42e29f210c0474a21212331d441bf909991ea30962c1a9d8e968b79','5924444dd0abdc539e271a94703199ede8af3d14eda0e17b96dbdac52a180c35');
INSERT INTO "audit_log" VALUES(433,'2026-11-23T10:42:34','demo','update','agreement',3,'done_at',NULL,'2026-10-13',1,'5924444dd0abdc539e271a94703199ede8af3d14eda0e17b96dbdac52a180c35','a6ad85982b0c7adc9fdcd1fd64fc471883ac93e7d5a6697ab2be7657ae932605');
INSERT INTO "audit_log" VALUES(434,'2026-11-23T10:42:34','demo','insert','agreement_event',6,'agreement_id',NULL,'3',1,'a6ad85982b0c7adc9fdcd1fd64fc471883ac93e7d5a6697ab2be7657ae932605','152b23d253a61e669ae3d9b41953f2daa9cf2bd4e558273dface14ec36c08f8c');
INSERT INTO "audit_log" VALUES(435,'2026-11-23T10:42:34','demo','insert','agreement_event',6,'meeting_id',NULL,'2',1,'152b23d253a61e669ae3d9b41953f2daa9cf2bd4e558273dface14ec36c08f8c','1ee04b6ff7685a6d11caa40b937ed94e062f9712d7fea3512aacc4de28ba5043');
INSERT INTO "audit_log" VALUES(436,'2026-11-23T10:42:34','demo','insert','agreement_event',6,'at',NULL,'2026-11-23T10:42:34',1,'1ee04b6ff7685a6d11caa40b937ed94e062f9712d7fea3512aacc4de28ba5043','0f76d27985317a7bf238df48e4b48b65d3383a0f1db0e95dc878c0971941ff15');
INSERT INTO "audit_log" VALUES(437,'2026-11-23T10:42:34','demo','insert','agreement_event',6,'decision',NULL,'done',1,'0f76d27985317a7bf238df48e4b48b65d3383a0f1db0e95dc878c0971941ff15','d8b433c9a7cef640e7a1c921988efd24c221ce42559455af820d8d716c4f720c');
INSERT INTO "audit_log" VALUES(438,'2026-11-23T10:42:34','demo','update','agreement',2,'due_date','2026-11-18','2026-12-23',1,'d8b433c9a7cef640e7a1c921988efd24c221ce42559455af820d8d716c4f720c','15016f996eaaf9081f03fc8ff6defe35f1b4b4bfce12361d0acf2cfd1f45fe42');
INSERT INTO "audit_log" VALUES(439,'2026-11-23T10:42:34','demo','update','agreement',2,'carried_over','0','1',1,'15016f996eaaf9081f03fc8ff6defe35f1b4b4bfce12361d0acf2cfd1f45fe42','c0ced71b6acc3bbd7d1914ee4ceb0bbee2bcb6dd23de0317fea23896349b4a33');
INSERT INTO "audit_log" VALUES(440,'2026-11-23T10:42:34','demo','insert','agreement_event',7,'agreement_id',NULL,'2',1,'c0ced71b6acc3bbd7d1914ee4ceb0bbee2bcb6dd23de0317fea23896349b4a33','41b11ad5cd09c71930683e307de7c6c9becaab44390baddd3501b057ebc61ae6');
INSERT INTO "audit_log" VALUES(441,'2026-11-23T10:42:34','demo','insert','agreement_event',7,'meeting_id',NULL,'2',1,'41b11ad5cd09c71930683e307de7c6c9becaab44390baddd3501b057ebc61ae6','c8c6f7b63025bcbdc5761faa677702d4bf2cf443dc50ed7354767a9ea3de53a4');
INSERT INTO "audit_log" VALUES(442,'2026-11-23T10:42:34','demo','insert','agreement_event',7,'at',NULL,'2026-11-23T10:42:34',1,'c8c6f7b63025bcbdc5761faa677702d4bf2cf443dc50ed7354767a9ea3de53a4','4c0d36939de606222d8347d7a00135813e2df257168aadd8bac06450f4bf1aac');
INSERT INTO "audit_log" VALUES(443,'2026-11-23T10:42:34','demo','insert','agreement_event',7,'decision',NULL,'continued',1,'4c0d36939de606222d8347d7a00135813e2df257168aadd8bac06450f4bf1aac','6f50adc236f8e06c92702113275efd3755af73e1a452cd77ae3b2ca63a7dc62d');
INSERT INTO "audit_log" VALUES(444,'2026-11-23T10:42:34','demo','insert','agreement_event',7,'old_due',NULL,'2026-11-18',1,'6f50adc236f8e06c92702113275efd3755af73e1a452cd77ae3b2ca63a7dc62d','d662b84872475380f3124472d8f2634b121956cc840aaea734350b57b99c906f');
INSERT INTO "audit_log" VALUES(445,'2026-11-23T10:42:34','demo','insert','agreement_event',7,'new_due',NULL,'2026-12-23',1,'d662b84872475380f3124472d8f2634b121956cc840aaea734350b57b99c906f','505c92ea6f531d49b4c382931adea34517f81f3fb691507242a908980e0cf193');
INSERT INTO "audit_log" VALUES(446,'2026-11-23T10:42:34','demo','update','agreement',4,'carried_over','0','1',1,'505c92ea6f531d49b4c382931adea34517f81f3fb691507242a908980e0cf193','99721ab3089210fa9919fb3203bc598a1982f37432b48ad8c5c51991fde7ea01');
INSERT INTO "audit_log" VALUES(447,'2026-11-23T10:42:34','demo','insert','agreement_event',8,'agreement_id',NULL,'4',1,'99721ab3089210fa9919fb3203bc598a1982f37432b48ad8c5c51991fde7ea01','37151f6e7a65c2bf873c068733892e8b1d2d2d5f89564508006ef1336e6a4d4c');
INSERT INTO "audit_log" VALUES(448,'2026-11-23T10:42:34','demo','insert','agreement_event',8,'meeting_id',NULL,'2',1,'37151f6e7a65c2bf873c068733892e8b1d2d2d5f89564508006ef1336e6a4d4c','4bc7248e70fd84286d87e9da7693ff8d48a3667a96694f1847090c1ae16710c0');
INSERT INTO "audit_log" VALUES(449,'2026-11-23T10:42:34','demo','insert','agreement_event',8,'at',NULL,'2026-11-23T10:42:34',1,'4bc7248e70fd84286d87e9da7693ff8d48a3667a96694f1847090c1ae16710c0','957758a5993ef1abb5f35ca0340df8c48056611c523adc4312e802c06c35565d');
INSERT INTO "audit_log" VALUES(450,'2026-11-23T10:42:34','demo','insert','agreement_event',8,'decision',NULL,'continued',1,'957758a5993ef1abb5f35ca0340df8c48056611c523adc4312e802c06c35565d','e78d3b86154184df62ba9fdd8973e5d7a013c51bfbd83ff7973cb12d5e1b973b');
INSERT INTO "audit_log" VALUES(451,'2026-11-23T10:42:34','demo','insert','agreement_event',8,'old_due',NULL,'2026-11-10',1,'e78d3b86154184df62ba9fdd8973e5d7a013c51bfbd83ff7973cb12d5e1b973b','9d3150fb1b5c1ee47ea4c35e287764e7a96d3e6284d0e3e812c96bd0a8075200');
INSERT INTO "audit_log" VALUES(452,'2026-11-23T10:42:34','demo','insert','agreement_event',8,'new_due',NULL,'2026-11-10',1,'9d3150fb1b5c1ee47ea4c35e287764e7a96d3e6284d0e3e812c96bd0a8075200','886ccc6ff6b6645cafa9f1d0415f5f9a8bfbcb5aa4e5c046694388d9c6a24bc7');
INSERT INTO "audit_log" VALUES(453,'2026-11-23T10:42:34','demo','insert','scale_reading',11,'goal_id',NULL,'1',1,'886ccc6ff6b6645cafa9f1d0415f5f9a8bfbcb5aa4e5c046694388d9c6a24bc7','dca8b705e1065741fe95038a33ccc35c18f8270d5935c7a42ca2825fc5e3636a');
INSERT INTO "audit_log" VALUES(454,'2026-11-23T10:42:34','demo','insert','scale_reading',11,'meeting_id',NULL,'2',1,'dca8b705e1065741fe95038a33ccc35c18f8270d5935c7a42ca2825fc5e3636a','ea055bce2bddeb819a88aebb5e643fced46013717cf449d57dc3fc862466d031');
INSERT INTO "audit_log" VALUES(455,'2026-11-23T10:42:34','demo','insert','scale_reading',11,'participant_id',NULL,'1',1,'ea055bce2bddeb819a88aebb5e643fced46013717cf449d57dc3fc862466d031','edb12573405cd171459517772a5925e7c355dc32d0676a723554ead26153aae7');
INSERT INTO "audit_log" VALUES(456,'2026-11-23T10:42:34','demo','insert','scale_reading',11,'date',NULL,'2026-10-29',1,'edb12573405cd171459517772a5925e7c355dc32d0676a723554ead26153aae7','a916ad0df94d324c4d23dbf260f645edf5ec633b250d7efd3073e64135cc5205');
INSERT INTO "audit_log" VALUES(457,'2026-11-23T10:42:34','demo','insert','scale_reading',11,'score',NULL,'4',1,'a916ad0df94d324c4d23dbf260f645edf5ec633b250d7efd3073e64135cc5205','bce3a7aba6a3a6e4b0edf56162e5aef4e9e75255177d2772019b288062d71a32');
INSERT INTO "audit_log" VALUES(458,'2026-11-23T10:42:34','demo','insert','scale_reading',11,'private',NULL,'0',1,'bce3a7aba6a3a6e4b0edf56162e5aef4e9e75255177d2772019b288062d71a32','b0d0cad35a4cfe90aa956aa1a4bd55d26870c8b7232d9c3d9f10c117310a2d1b');
INSERT INTO "audit_log" VALUES(459,'2026-11-23T10:42:34','demo','insert','scale_reading',12,'goal_id',NULL,'1',1,'b0d0cad35a4cfe90aa956aa1a4bd55d26870c8b7232d9c3d9f10c117310a2d1b','5b1f6a1643ee6924988ebc6d30dc598806606c90b8c67ad41391689272138355');
INSERT INTO "audit_log" VALUES(460,'2026-11-23T10:42:34','demo','insert','scale_reading',12,'meeting_id',NULL,'2',1,'5b1f6a1643ee6924988ebc6d30dc598806606c90b8c67ad41391689272138355','dea6b34d515ee75b6659f474808b82ff40c44b35907ee5ad772bf7ead290e8bb');
INSERT INTO "audit_log" VALUES(461,'2026-11-23T10:42:34','demo','insert','scale_reading',12,'participant_id',NULL,'3',1,'dea6b34d515ee75b6659f474808b82ff40c44b35907ee5ad772bf7ead290e8bb','a4521bb7449146378a235d43dac23f9dd55839c53d6185621e6ba501f6796991');
INSERT INTO "audit_log" VALUES(462,'2026-11-23T10:42:34','demo','insert','scale_reading',12,'date',NULL,'2026-10-29',1,'a4521bb7449146378a235d43dac23f9dd55839c53d6185621e6ba501f6796991','2ba89d2f0475a13860a52e2161a0a47d5181dd5b126f8e2525afc01489b5f399');
INSERT INTO "audit_log" VALUES(463,'2026-11-23T10:42:34','demo','insert','scale_reading',12,'score',NULL,'5',1,'2ba89d2f0475a13860a52e2161a0a47d5181dd5b126f8e2525afc01489b5f399','6e4eae667650b6dc7b239fb563350d17f5e168d7acfc7d6c05166a0d936b6b27');
INSERT INTO "audit_log" VALUES(464,'2026-11-23T10:42:34','demo','insert','scale_reading',12,'private',NULL,'0',1,'6e4eae667650b6dc7b239fb563350d17f5e168d7acfc7d6c05166a0d936b6b27','ee61423dac092d49929608f0a2996f8fdf24e430e0c52a30e9d878ce0b6a6804');
INSERT INTO "audit_log" VALUES(465,'2026-11-23T10:42:34','demo','insert','scale_reading',13,'goal_id',NULL,'2',1,'ee61423dac092d49929608f0a2996f8fdf24e430e0c52a30e9d878ce0b6a6804','1c0359b4301fdb3051134ac71e01978df12cb9474d89f37081cca772194a14c0');
INSERT INTO "audit_log" VALUES(466,'2026-11-23T10:42:34','demo','insert','scale_reading',13,'meeting_id',NULL,'2',1,'1c0359b4301fdb3051134ac71e01978df12cb9474d89f37081cca772194a14c0','92d2f37acda5e532a22dd0eeb79c8db52c88f713b0a2d2cc6e82635a7d6ab752');
INSERT INTO "audit_log" VALUES(467,'2026-11-23T10:42:34','demo','insert','scale_reading',13,'participant_id',NULL,'1',1,'92d2f37acda5e532a22dd0eeb79c8db52c88f713b0a2d2cc6e82635a7d6ab752','c4bf3d1b6dced27a1c2b5628e6e582a787dcefc939f78eddd4087685f905c1e2');
INSERT INTO "audit_log" VALUES(468,'2026-11-23T10:42:34','demo','insert','scale_reading',13,'date',NULL,'2026-10-29',1,'c4bf3d1b6dced27a1c2b5628e6e582a787dcefc939f78eddd4087685f905c1e2','6441e84715a8d8092a82156dcd74154caf9ed5b018a24fa16b48eac7476493ef');
INSERT INTO "audit_log" VALUES(469,'2026-11-23T10:42:34','demo','insert','scale_reading',13,'score',NULL,'5',1,'6441e84715a8d8092a82156dcd74154caf9ed5b018a24fa16b48eac7476493ef','f4597ac58952a96ff9ea60a0a737789681a708ea7ab657665d7ae34d1925a651');
INSERT INTO "audit_log" VALUES(470,'2026-11-23T10:42:34','demo','insert','scale_reading',13,'private',NULL,'0',1,'f4597ac58952a96ff9ea60a0a737789681a708ea7ab657665d7ae34d1925a651','f500e4e8cf9ed1038ccf6016c1b8b2a9a4634fce246d11e2bd760bcf2c9bfe73');
INSERT INTO "audit_log" VALUES(471,'2026-11-23T10:42:34','demo','insert','scale_reading',14,'goal_id',NULL,'2',1,'f500e4e8cf9ed1038ccf6016c1b8b2a9a4634fce246d11e2bd760bcf2c9bfe73','78ec6cf3801b191eb65c07e3df987bde46846f8964c266bc68a292eacc59f699');
INSERT INTO "audit_log" VALUES(472,'2026-11-23T10:42:34','demo','insert','scale_reading',14,'meeting_id',NULL,'2',1,'78ec6cf3801b191eb65c07e3df987bde46846f8964c266bc68a292eacc59f699','ba418446be3d5489dd9c4a7485e8712bebc903ebd0209503d3465ce86c417120');
INSERT INTO "audit_log" VALUES(473,'2026-11-23T10:42:34','demo','insert','scale_reading',14,'participant_id',NULL,'3',1,'ba418446be3d5489dd9c4a7485e8712bebc903ebd0209503d3465ce86c417120','cb7d43a761e93765154ae5c469a7b1be851b147712021735ff7d2c6212949dd3');
INSERT INTO "audit_log" VALUES(474,'2026-11-23T10:42:34','demo','insert','scale_reading',14,'date',NULL,'2026-10-29',1,'cb7d43a761e93765154ae5c469a7b1be851b147712021735ff7d2c6212949dd3','c9cdba2d4c85d96b13b8de7ef2225a9e197572e19ee71d0c1f82a3bb21b52519');
INSERT INTO "audit_log" VALUES(475,'2026-11-23T10:42:34','demo','insert','scale_reading',14,'score',NULL,'4',1,'c9cdba2d4c85d96b13b8de7ef2225a9e197572e19ee71d0c1f82a3bb21b52519','764f6299e0dbbe3500aa420e2d54b602e0ba91677562288c4f15a5d6571c26d4');
INSERT INTO "audit_log" VALUES(476,'2026-11-23T10:42:34','demo','insert','scale_reading',14,'private',NULL,'0',1,'764f6299e0dbbe3500aa420e2d54b602e0ba91677562288c4f15a5d6571c26d4','5c1bd4edfb44f5fc0fa4a10aec92919e0e5aedca428a052b4db1aa186517ff8f');
INSERT INTO "audit_log" VALUES(477,'2026-11-23T10:42:34','demo','insert','scale_reading',15,'goal_id',NULL,'3',1,'5c1bd4edfb44f5fc0fa4a10aec92919e0e5aedca428a052b4db1aa186517ff8f','bf6cb618267f6b3ffe0d9075beb51a551d9b878967f22c90e05770389945c64a');
INSERT INTO "audit_log" VALUES(478,'2026-11-23T10:42:34','demo','insert','scale_reading',15,'meeting_id',NULL,'2',1,'bf6cb618267f6b3ffe0d9075beb51a551d9b878967f22c90e05770389945c64a','ad822cf58a2c6356a0445163c8123f0a836bda609a4c9f50973de7fa490ded85');
INSERT INTO "audit_log" VALUES(479,'2026-11-23T10:42:34','demo','insert','scale_reading',15,'participant_id',NULL,'1',1,'ad822cf58a2c6356a0445163c8123f0a836bda609a4c9f50973de7fa490ded85','63331df13c61b5adec248802d6e0286818034e2247fbbed91cfe978f878ae0be');
INSERT INTO "audit_log" VALUES(480,'2026-11-23T10:42:34','demo','insert','scale_reading',15,'date',NULL,'2026-10-29',1,'63331df13c61b5adec248802d6e0286818034e2247fbbed91cfe978f878ae0be','0413018cf651bfbf4e9144388bfe35c6dffd78bbf9f497bcf993ffffb12fcb33');
INSERT INTO "audit_log" VALUES(481,'2026-11-23T10:42:34','demo','insert','scale_reading',15,'score',NULL,'4',1,'0413018cf651bfbf4e9144388bfe35c6dffd78bbf9f497bcf993ffffb12fcb33','0cec0d3df3c290f962065ad58f66a67bd82070569988bd7c53be37b9d47551b1');
INSERT INTO "audit_log" VALUES(482,'2026-11-23T10:42:34','demo','insert','scale_reading',15,'private',NULL,'0',1,'0cec0d3df3c290f962065ad58f66a67bd82070569988bd7c53be37b9d47551b1','21ed11b463c7d7cf0861ae1ffc174dffa4385c1dde484134d5df264c8c6ec0fd');
INSERT INTO "audit_log" VALUES(483,'2026-11-23T10:42:34','demo','insert','scale_reading',16,'goal_id',NULL,'3',1,'21ed11b463c7d7cf0861ae1ffc174dffa4385c1dde484134d5df264c8c6ec0fd','8bf62bb00d8afa2971cf65c514a7660f7646ee0c6c98294a2b82ba0adaa259cd');
INSERT INTO "audit_log" VALUES(484,'2026-11-23T10:42:34','demo','insert','scale_reading',16,'meeting_id',NULL,'2',1,'8bf62bb00d8afa2971cf65c514a7660f7646ee0c6c98294a2b82ba0adaa259cd','617089abd33fc8461538acf9158eb4a041f259cc558695d62b9c115ba612564f');
INSERT INTO "audit_log" VALUES(485,'2026-11-23T10:42:34','demo','insert','scale_reading',16,'participant_id',NULL,'3',1,'617089abd33fc8461538acf9158eb4a041f259cc558695d62b9c115ba612564f','fa51acc96ddbd19b17153c7b35d1463f7b3304ae3ec0d5535c320c15c83c7ea0');
INSERT INTO "audit_log" VALUES(486,'2026-11-23T10:42:34','demo','insert','scale_reading',16,'date',NULL,'2026-10-29',1,'fa51acc96ddbd19b17153c7b35d1463f7b3304ae3ec0d5535c320c15c83c7ea0','ba00e66cb5aafb20f2929ffbf07c77b87bfb53742560d63569bec7295a836f8a');
INSERT INTO "audit_log" VALUES(487,'2026-11-23T10:42:34','demo','insert','scale_reading',16,'score',NULL,'4',1,'ba00e66cb5aafb20f2929ffbf07c77b87bfb53742560d63569bec7295a836f8a','8ec7a7d5a6207f4b0e311c76ab3dd72307464a44a271062f203e95c730bf333e');
INSERT INTO "audit_log" VALUES(488,'2026-11-23T10:42:34','demo','insert','scale_reading',16,'private',NULL,'0',1,'8ec7a7d5a6207f4b0e311c76ab3dd72307464a44a271062f203e95c730bf333e','83d2850d6fc0754266f413544d3ffe0583ed4a1b716017eca1b7b5b813da7d96');
INSERT INTO "audit_log" VALUES(489,'2026-11-23T10:42:34','demo','insert','scale_reading',17,'goal_id',NULL,'4',1,'83d2850d6fc0754266f413544d3ffe0583ed4a1b716017eca1b7b5b813da7d96','89fe7a9285e2ff9d1d24df4116058978f895801d3f671ad9999c3eecefa46232');
INSERT INTO "audit_log" VALUES(490,'2026-11-23T10:42:34','demo','insert','scale_reading',17,'meeting_id',NULL,'2',1,'89fe7a9285e2ff9d1d24df4116058978f895801d3f671ad9999c3eecefa46232','ec65b07f739491c0f64d76850d2efe66374b3d95224dc1e854bdc5565e48b6a0');
INSERT INTO "audit_log" VALUES(491,'2026-11-23T10:42:34','demo','insert','scale_reading',17,'participant_id',NULL,'1',1,'ec65b07f739491c0f64d76850d2efe66374b3d95224dc1e854bdc5565e48b6a0','78c0017649bdb26b058051796e56faf1e37557925dce61585997c541e0b174ae');
INSERT INTO "audit_log" VALUES(492,'2026-11-23T10:42:34','demo','insert','scale_reading',17,'date',NULL,'2026-10-29',1,'78c0017649bdb26b058051796e56faf1e37557925dce61585997c541e0b174ae','9e0f5fb61a0c1b3fb3e4ad5667e06a17c6111f7aacbd33fb08798d6e07bc90e5');
INSERT INTO "audit_log" VALUES(493,'2026-11-23T10:42:34','demo','insert','scale_reading',17,'score',NULL,'3',1,'9e0f5fb61a0c1b3fb3e4ad5667e06a17c6111f7aacbd33fb08798d6e07bc90e5','b6c172b1aa59d1c527916776df9407611fcc849749b6e7aa39b6ee4e397911fa');
INSERT INTO "audit_log" VALUES(494,'2026-11-23T10:42:34','demo','insert','scale_reading',17,'private',NULL,'0',1,'b6c172b1aa59d1c527916776df9407611fcc849749b6e7aa39b6ee4e397911fa','3ba34385465e0706267a159a6cadde815d959a3436004c282b27fbd1c70e1fd5');
INSERT INTO "audit_log" VALUES(495,'2026-11-23T10:42:34','demo','insert','scale_reading',18,'goal_id',NULL,'4',1,'3ba34385465e0706267a159a6cadde815d959a3436004c282b27fbd1c70e1fd5','3016777ff29333d60a91d9adacccaabc773de9e292302cb46b99216fe45e7447');
INSERT INTO "audit_log" VALUES(496,'2026-11-23T10:42:34','demo','insert','scale_reading',18,'meeting_id',NULL,'2',1,'3016777ff29333d60a91d9adacccaabc773de9e292302cb46b99216fe45e7447','1b8ecc764bf3dbbe5caa0a1066024e55a91a916ffc5656de468c402c231fe444');
INSERT INTO "audit_log" VALUES(497,'2026-11-23T10:42:34','demo','insert','scale_reading',18,'participant_id',NULL,'3',1,'1b8ecc764bf3dbbe5caa0a1066024e55a91a916ffc5656de468c402c231fe444','d43b39c460fff9a996c3d525a38c816d65e13490e228a6b95b8703c507779dd1');
INSERT INTO "audit_log" VALUES(498,'2026-11-23T10:42:34','demo','insert','scale_reading',18,'date',NULL,'2026-10-29',1,'d43b39c460fff9a996c3d525a38c816d65e13490e228a6b95b8703c507779dd1','aa013dcd09989064fd479ef433faa1f5927286adfdc9ca526bfd4408d4daf415');
INSERT INTO "audit_log" VALUES(499,'2026-11-23T10:42:34','demo','insert','scale_reading',18,'score',NULL,'3',1,'aa013dcd09989064fd479ef433faa1f5927286adfdc9ca526bfd4408d4daf415','32296dffbb6010d6bc7b884497bf1a8a609b03627d15b3674041cfbfb77769d4');
INSERT INTO "audit_log" VALUES(500,'2026-11-23T10:42:34','demo','insert','scale_reading',18,'private',NULL,'0',1,'32296dffbb6010d6bc7b884497bf1a8a609b03627d15b3674041cfbfb77769d4','a5b7803b8f0b3933fca52b51fcb81d83d70206569cc3f6bd3b7dae22c6846299');
INSERT INTO "audit_log" VALUES(501,'2026-11-23T10:42:34','demo','insert','scale_reading',19,'goal_id',NULL,'5',1,'a5b7803b8f0b3933fca52b51fcb81d83d70206569cc3f6bd3b7dae22c6846299','c34b06c780d4969b2e7b58f48041e759cadbf425b619f85aced541c8b7d6e388');
INSERT INTO "audit_log" VALUES(502,'2026-11-23T10:42:34','demo','insert','scale_reading',19,'meeting_id',NULL,'2',1,'c34b06c780d4969b2e7b58f48041e759cadbf425b619f85aced541c8b7d6e388','f7cc743fb6db35c231434ccb1d7cb9a9183f2506780a00ce45279b39cd68b373');
INSERT INTO "audit_log" VALUES(503,'2026-11-23T10:42:34','demo','insert','scale_reading',19,'participant_id',NULL,'1',1,'f7cc743fb6db35c231434ccb1d7cb9a9183f2506780a00ce45279b39cd68b373','ff747f75e1805bb7ba56c1a40e4794da76ff7b32b0ccb7185a52b413e190373f');
INSERT INTO "audit_log" VALUES(504,'2026-11-23T10:42:34','demo','insert','scale_reading',19,'date',NULL,'2026-10-29',1,'ff747f75e1805bb7ba56c1a40e4794da76ff7b32b0ccb7185a52b413e190373f','74c21dbd7bca829af2e0adc113e967373f85c77e85e5e950a52172d83f8e2a2b');
INSERT INTO "audit_log" VALUES(505,'2026-11-23T10:42:34','demo','insert','scale_reading',19,'score',NULL,'6',1,'74c21dbd7bca829af2e0adc113e967373f85c77e85e5e950a52172d83f8e2a2b','2807762a7fa4f78aa1b81be42c62ecdc3d2eb94f45a4cdef40626f7ccc782973');
INSERT INTO "audit_log" VALUES(506,'2026-11-23T10:42:34','demo','insert','scale_reading',19,'private',NULL,'0',1,'2807762a7fa4f78aa1b81be42c62ecdc3d2eb94f45a4cdef40626f7ccc782973','30af948a2a427adfcc0ba64412a70d678957b10595af9d86305455b8539b26c1');
INSERT INTO "audit_log" VALUES(507,'2026-11-23T10:42:34','demo','insert','scale_reading',20,'goal_id',NULL,'5',1,'30af948a2a427adfcc0ba64412a70d678957b10595af9d86305455b8539b26c1','05d29f35aaa796746c06d89cafc38b9ef9faa2a4ab059c975775146478b12413');
INSERT INTO "audit_log" VALUES(508,'2026-11-23T10:42:34','demo','insert','scale_reading',20,'meeting_id',NULL,'2',1,'05d29f35aaa796746c06d89cafc38b9ef9faa2a4ab059c975775146478b12413','10d5207af15b944a43129fa0e182851fb1cdbb1bfc2da6c2b6c2adc2825d989a');
INSERT INTO "audit_log" VALUES(509,'2026-11-23T10:42:34','demo','insert','scale_reading',20,'participant_id',NULL,'3',1,'10d5207af15b944a43129fa0e182851fb1cdbb1bfc2da6c2b6c2adc2825d989a','bdb527c0c7286e3f6b1fb47841ac6edfb2e5df4bcbec674565b73affeff7dd2d');
INSERT INTO "audit_log" VALUES(510,'2026-11-23T10:42:34','demo','insert','scale_reading',20,'date',NULL,'2026-10-29',1,'bdb527c0c7286e3f6b1fb47841ac6edfb2e5df4bcbec674565b73affeff7dd2d','3fa4d65a1532b1d23e9194e57a6c875d80e079cf675d3733f8fb038e7d193558');
INSERT INTO "audit_log" VALUES(511,'2026-11-23T10:42:34','demo','insert','scale_reading',20,'score',NULL,'6',1,'3fa4d65a1532b1d23e9194e57a6c875d80e079cf675d3733f8fb038e7d193558','25d2a6566129cd091b9de841b02205fc34b610b5097cbca2035222f160500e12');
INSERT INTO "audit_log" VALUES(512,'2026-11-23T10:42:34','demo','insert','scale_reading',20,'private',NULL,'0',1,'25d2a6566129cd091b9de841b02205fc34b610b5097cbca2035222f160500e12','0182db43687b019c0ea4aee5ff3efb59bb32a61d0aec2dc2c1dcf9083ac55a65');
INSERT INTO "audit_log" VALUES(513,'2026-11-23T10:42:34','demo','insert','agreement',5,'plan_id',NULL,'1',1,'0182db43687b019c0ea4aee5ff3efb59bb32a61d0aec2dc2c1dcf9083ac55a65','5385311e5b0279610d64a722d257bdb9b12ff9335317573494fda1fb999aceaf');
INSERT INTO "audit_log" VALUES(514,'2026-11-23T10:42:34','demo','insert','agreement',5,'who_id',NULL,'1',1,'5385311e5b0279610d64a722d257bdb9b12ff9335317573494fda1fb999aceaf','97545cb75f4210da883b54d170ed004617c6dd52c7fce74b0a556a6fe966ca07');
INSERT INTO "audit_log" VALUES(515,'2026-11-23T10:42:34','demo','insert','agreement',5,'what',NULL,'Gå med Bamse mandag, onsdag og fredag og sætte kryds',1,'97545cb75f4210da883b54d170ed004617c6dd52c7fce74b0a556a6fe966ca07','8315c55c1fe7cb972b271a83a356d673151bf3275c60a49ed52baf7cdbc7214e');
INSERT INTO "audit_log" VALUES(516,'2026-11-23T10:42:34','demo','insert','agreement',5,'due_date',NULL,'2026-12-03',1,'8315c55c1fe7cb972b271a83a356d673151bf3275c60a49ed52baf7cdbc7214e','b75ef7586c43f846f3c4357296fef431f9c1fd32bd05f377be575e4014ffb526');
INSERT INTO "audit_log" VALUES(517,'2026-11-23T10:42:34','demo','insert','agreement',5,'position',NULL,'4',1,'b75ef7586c43f846f3c4357296fef431f9c1fd32bd05f377be575e4014ffb526','ebfa83428039d1d656066070f846c2c216bb125167d5019beaab13ceaab416e0');
INSERT INTO "audit_log" VALUES(518,'2026-11-23T10:42:34','demo','insert','agreement',5,'status',NULL,'open',1,'ebfa83428039d1d656066070f846c2c216bb125167d5019beaab13ceaab416e0','e8b95b9a5afcc6f0ef35397ca462872ee7c1890853056dfb5a085cd9e2bfdf77');
INSERT INTO "audit_log" VALUES(519,'2026-11-23T10:42:34','demo','insert','agreement',5,'goal_id',NULL,'2',1,'e8b95b9a5afcc6f0ef35397ca462872ee7c1890853056dfb5a085cd9e2bfdf77','634976b879ce74eee48de458bd469785b59618890d31d14716a874cc8a4eea90');
INSERT INTO "audit_log" VALUES(520,'2026-11-23T10:42:34','demo','insert','agreement',5,'meeting_id',NULL,'2',1,'634976b879ce74eee48de458bd469785b59618890d31d14716a874cc8a4eea90','427366921701cfab15b996092ade5725e99609c73dba24fa6aa01402f6548552');
INSERT INTO "audit_log" VALUES(521,'2026-11-23T10:42:34','demo','insert','agreement',5,'carried_over',NULL,'0',1,'427366921701cfab15b996092ade5725e99609c73dba24fa6aa01402f6548552','acb1f505b574c891afd2a582a9e6893c86c86f14436d05b7f379fe138f548c8a');
INSERT INTO "audit_log" VALUES(522,'2026-11-23T10:42:34','demo','insert','agreement',5,'target_from',NULL,'5',1,'acb1f505b574c891afd2a582a9e6893c86c86f14436d05b7f379fe138f548c8a','616a464784a0aa5a0ecabc814243c2f575c05779462aba3aed8b05de76594cf4');
INSERT INTO "audit_log" VALUES(523,'2026-11-23T10:42:34','demo','insert','agreement',5,'target_to',NULL,'6',1,'616a464784a0aa5a0ecabc814243c2f575c05779462aba3aed8b05de76594cf4','ba27074d48a1624e314c4405ef65f40aa1e5e4c6689f21a6ca3838a222ffad8b');
INSERT INTO "audit_log" VALUES(524,'2026-11-23T10:42:34','demo','insert','agreement',5,'created_at',NULL,'2026-11-23T10:42:34',1,'ba27074d48a1624e314c4405ef65f40aa1e5e4c6689f21a6ca3838a222ffad8b','01446e2239ea5ab6de9f8dcb31c42a507178ec805e7924b1157bdf2684207e94');
INSERT INTO "audit_log" VALUES(525,'2026-11-23T10:42:34','demo','insert','agreement',5,'shared_with_relatives',NULL,'1',1,'01446e2239ea5ab6de9f8dcb31c42a507178ec805e7924b1157bdf2684207e94','803b85d190d383cd9535812973b1bbd19fb892940042b6d3c45e22bcd39de435');
INSERT INTO "audit_log" VALUES(526,'2026-11-23T10:42:34','demo','insert','agreement',5,'private',NULL,'0',1,'803b85d190d383cd9535812973b1bbd19fb892940042b6d3c45e22bcd39de435','d0603c784704be1375427a405c5f1840d11fb75600d33aab2396925a34d47e1c');
INSERT INTO "audit_log" VALUES(527,'2026-11-23T10:42:34','demo','insert','agreement_event',9,'agreement_id',NULL,'5',1,'d0603c784704be1375427a405c5f1840d11fb75600d33aab2396925a34d47e1c','138f86427fe2ced2dd20d70fecad4001f674683fe0c6e6c5bbbc9b46d6ca4213');
INSERT INTO "audit_log" VALUES(528,'2026-11-23T10:42:34','demo','insert','agreement_event',9,'meeting_id',NULL,'2',1,'138f86427fe2ced2dd20d70fecad4001f674683fe0c6e6c5bbbc9b46d6ca4213','b13391e9ce82586235398ee6db05719493649ab11f5ac62a4439d65be3ce56d3');
INSERT INTO "audit_log" VALUES(529,'2026-11-23T10:42:34','demo','insert','agreement_event',9,'at',NULL,'2026-11-23T10:42:34',1,'b13391e9ce82586235398ee6db05719493649ab11f5ac62a4439d65be3ce56d3','73b2b5d0d4f5777e337feaa342756893432d2745edf00b7c0812f407848cfcd2');
INSERT INTO "audit_log" VALUES(530,'2026-11-23T10:42:34','demo','insert','agreement_event',9,'decision',NULL,'created',1,'73b2b5d0d4f5777e337feaa342756893432d2745edf00b7c0812f407848cfcd2','8146e9250072dbd4bce75ec632704784728c227de766e182a47ba5e92c668553');
INSERT INTO "audit_log" VALUES(531,'2026-11-23T10:42:34','demo','insert','agreement_event',9,'new_what',NULL,'Gå med Bamse mandag, onsdag og fredag og sætte kryds',1,'8146e9250072dbd4bce75ec632704784728c227de766e182a47ba5e92c668553','1dc9e07d444510cfed486aa74603f2ae6ea9035fda884afddac21644f0d7d3a1');
INSERT INTO "audit_log" VALUES(532,'2026-11-23T10:42:34','demo','insert','agreement_event',9,'new_due',NULL,'2026-12-03',1,'1dc9e07d444510cfed486aa74603f2ae6ea9035fda884afddac21644f0d7d3a1','d61f783d7822125afbc95d544a48be1e968b11d6dbbe583b0dd92e8f1f3772ce');
INSERT INTO "audit_log" VALUES(533,'2026-11-23T10:42:34','demo','insert','agreement',6,'plan_id',NULL,'1',1,'d61f783d7822125afbc95d544a48be1e968b11d6dbbe583b0dd92e8f1f3772ce','2d4a3b2c022d7e1d8294229211b1f3e168291779315f50ce5ff1d784600a0d2a');
INSERT INTO "audit_log" VALUES(534,'2026-11-23T10:42:34','demo','insert','agreement',6,'who_id',NULL,'4',1,'2d4a3b2c022d7e1d8294229211b1f3e168291779315f50ce5ff1d784600a0d2a','bc3c56a060e680168972fa27b568df94758fa285ac8b68f9b27ce0dd187c46bd');
INSERT INTO "audit_log" VALUES(535,'2026-11-23T10:42:34','demo','insert','agreement',6,'what',NULL,'Køre Nanna til VUC, når det regner',1,'bc3c56a060e680168972fa27b568df94758fa285ac8b68f9b27ce0dd187c46bd','ecb38c0d1f09801cdf67a9e87c75a070767cd70ead81a74a1384aa312703096b');
INSERT INTO "audit_log" VALUES(536,'2026-11-23T10:42:34','demo','insert','agreement',6,'due_date',NULL,'2026-12-23',1,'ecb38c0d1f09801cdf67a9e87c75a070767cd70ead81a74a1384aa312703096b','41b0ffae4a58f529a0afae97fd7747068c2bb2e89c2cce799c80ae24f82595a9');
INSERT INTO "audit_log" VALUES(537,'2026-11-23T10:42:34','demo','insert','agreement',6,'position',NULL,'5',1,'41b0ffae4a58f529a0afae97fd7747068c2bb2e89c2cce799c80ae24f82595a9','0ee7cee91be15ccc098cafff43635390c588ce6aa80d3d7a49aa9f352fbeaee3');
INSERT INTO "audit_log" VALUES(538,'2026-11-23T10:42:34','demo','insert','agreement',6,'status',NULL,'open',1,'0ee7cee91be15ccc098cafff43635390c588ce6aa80d3d7a49aa9f352fbeaee3','10250eae255195222c4efff2fceea7af9edd7fce0d50683ab925b33e5d235897');
INSERT INTO "audit_log" VALUES(539,'2026-11-23T10:42:34','demo','insert','agreement',6,'goal_id',NULL,'4',1,'10250eae255195222c4efff2fceea7af9edd7fce0d50683ab925b33e5d235897','7ac97258cd44ab9d97e718358df0452e0011e7c2fcdb879e445a3a59718e525b');
INSERT INTO "audit_log" VALUES(540,'2026-11-23T10:42:34','demo','insert','agreement',6,'meeting_id',NULL,'2',1,'7ac97258cd44ab9d97e718358df0452e0011e7c2fcdb879e445a3a59718e525b','616b0e408fb9a133afe5e17bb8135898824a6e67cb5ca6723e0870e19c298099');
INSERT INTO "audit_log" VALUES(541,'2026-11-23T10:42:34','demo','insert','agreement',6,'carried_over',NULL,'0',1,'616b0e408fb9a133afe5e17bb8135898824a6e67cb5ca6723e0870e19c298099','d082c8718a595cf0e57e97dc0a4539b418fc57a9cf7048b6465e58537452c8aa');
INSERT INTO "audit_log" VALUES(542,'2026-11-23T10:42:34','demo','insert','agreement',6,'created_at',NULL,'2026-11-23T10:42:34',1,'d082c8718a595cf0e57e97dc0a4539b418fc57a9cf7048b6465e58537452c8aa','4682536d46aba56f61748e42a61723ddfc9e7b609419aa55d466da5c5a7351e0');
INSERT INTO "audit_log" VALUES(543,'2026-11-23T10:42:34','demo','insert','agreement',6,'shared_with_relatives',NULL,'1',1,'4682536d46aba56f61748e42a61723ddfc9e7b609419aa55d466da5c5a7351e0','9e6b1acb3ccbba689a3cf4bd244706c101e6d18b6631e51f566d307ab3d2b604');
INSERT INTO "audit_log" VALUES(544,'2026-11-23T10:42:34','demo','insert','agreement',6,'private',NULL,'0',1,'9e6b1acb3ccbba689a3cf4bd244706c101e6d18b6631e51f566d307ab3d2b604','d1b75ac48924bf3ccdf6355399bafc6869acc3efed75fa480f173774bdb2e85f');
INSERT INTO "audit_log" VALUES(545,'2026-11-23T10:42:34','demo','insert','agreement_event',10,'agreement_id',NULL,'6',1,'d1b75ac48924bf3ccdf6355399bafc6869acc3efed75fa480f173774bdb2e85f','e71fcf07d6d0c9d3a6e3f1382b6e4d7ea8d96f1a39beb76f40d0645de74869ed');
INSERT INTO "audit_log" VALUES(546,'2026-11-23T10:42:34','demo','insert','agreement_event',10,'meeting_id',NULL,'2',1,'e71fcf07d6d0c9d3a6e3f1382b6e4d7ea8d96f1a39beb76f40d0645de74869ed','191ba2076c85fa573235398cb0eaa03395ced0a3dc7510a9889ea5f509aebec7');
INSERT INTO "audit_log" VALUES(547,'2026-11-23T10:42:34','demo','insert','agreement_event',10,'at',NULL,'2026-11-23T10:42:34',1,'191ba2076c85fa573235398cb0eaa03395ced0a3dc7510a9889ea5f509aebec7','4db0d5164a93030139198c93fd3fd5fcaf668f036efe880a87a5bf4d2f63b50a');
INSERT INTO "audit_log" VALUES(548,'2026-11-23T10:42:34','demo','insert','agreement_event',10,'decision',NULL,'created',1,'4db0d5164a93030139198c93fd3fd5fcaf668f036efe880a87a5bf4d2f63b50a','f3c9e88045eb67e37a44c3f798cf69154fb28224e97f836cdde07a7cf590a2f6');
INSERT INTO "audit_log" VALUES(549,'2026-11-23T10:42:34','demo','insert','agreement_event',10,'new_what',NULL,'Køre Nanna til VUC, når det regner',1,'f3c9e88045eb67e37a44c3f798cf69154fb28224e97f836cdde07a7cf590a2f6','dcb889d9fbaada5b9dadfc95f6f0e5143298b6b64ba4582108cdbbbbb518512c');
INSERT INTO "audit_log" VALUES(550,'2026-11-23T10:42:34','demo','insert','agreement_event',10,'new_due',NULL,'2026-12-23',1,'dcb889d9fbaada5b9dadfc95f6f0e5143298b6b64ba4582108cdbbbbb518512c','e8e8c71163b46737f6366bfcd1ea6d0e973da239f7a53cd37837e99e4bd4ac3f');
INSERT INTO "audit_log" VALUES(551,'2026-11-23T10:42:34','demo','insert','agreement',7,'plan_id',NULL,'1',1,'e8e8c71163b46737f6366bfcd1ea6d0e973da239f7a53cd37837e99e4bd4ac3f','bbe98c9bbd1de1b3adc31128a656cffacddde3bc0c20dd2d32bde9c4ec7dcae0');
INSERT INTO "audit_log" VALUES(552,'2026-11-23T10:42:34','demo','insert','agreement',7,'who_id',NULL,'3',1,'bbe98c9bbd1de1b3adc31128a656cffacddde3bc0c20dd2d32bde9c4ec7dcae0','d7bfdfa03f96be221ea66cbbf7f207045fc261b7a4d06c17c53fdae5794dfaac');
INSERT INTO "audit_log" VALUES(553,'2026-11-23T10:42:34','demo','insert','agreement',7,'what',NULL,'Notere tegn på at Nanna møder udhvilet',1,'d7bfdfa03f96be221ea66cbbf7f207045fc261b7a4d06c17c53fdae5794dfaac','03bdfe15c3d578179a59f370ba43d345a5d154679e575ef12794cee273421e3e');
INSERT INTO "audit_log" VALUES(554,'2026-11-23T10:42:34','demo','insert','agreement',7,'due_date',NULL,'2026-12-03',1,'03bdfe15c3d578179a59f370ba43d345a5d154679e575ef12794cee273421e3e','1fdbff46665cf5571ff3f36a0b3e931ee540333d41978cad5f67e1e4d42d5046');
INSERT INTO "audit_log" VALUES(555,'2026-11-23T10:42:34','demo','insert','agreement',7,'position',NULL,'6',1,'1fdbff46665cf5571ff3f36a0b3e931ee540333d41978cad5f67e1e4d42d5046','e5b0cf103a9716740f2a54e76a7cb28ca84d31402c28a165751500d27443c40f');
INSERT INTO "audit_log" VALUES(556,'2026-11-23T10:42:34','demo','insert','agreement',7,'status',NULL,'open',1,'e5b0cf103a9716740f2a54e76a7cb28ca84d31402c28a165751500d27443c40f','54c9ed24732c283374d6b5f41281cd5661074f5d05f3b148841c70946520c485');
INSERT INTO "audit_log" VALUES(557,'2026-11-23T10:42:34','demo','insert','agreement',7,'goal_id',NULL,'1',1,'54c9ed24732c283374d6b5f41281cd5661074f5d05f3b148841c70946520c485','2f640440dbb450768a7776e08feee8be55140d56c4706c2b17dd92b5ac1f9267');
INSERT INTO "audit_log" VALUES(558,'2026-11-23T10:42:34','demo','insert','agreement',7,'meeting_id',NULL,'2',1,'2f640440dbb450768a7776e08feee8be55140d56c4706c2b17dd92b5ac1f9267','9b61d361a661218610eb35d68bb546e2e426ca5a7dafe8b6e668fb9db3424806');
INSERT INTO "audit_log" VALUES(559,'2026-11-23T10:42:34','demo','insert','agreement',7,'carried_over',NULL,'0',1,'9b61d361a661218610eb35d68bb546e2e426ca5a7dafe8b6e668fb9db3424806','eaffc778530f875e1eb663b67a0157979b237c2ca0364d9c68f92087e7316459');
INSERT INTO "audit_log" VALUES(560,'2026-11-23T10:42:34','demo','insert','agreement',7,'created_at',NULL,'2026-11-23T10:42:34',1,'eaffc778530f875e1eb663b67a0157979b237c2ca0364d9c68f92087e7316459','673ada05953fd0602708f824da22cc531f82916404e6db18c9bd5fa9467896a2');
INSERT INTO "audit_log" VALUES(561,'2026-11-23T10:42:34','demo','insert','agreement',7,'shared_with_relatives',NULL,'0',1,'673ada05953fd0602708f824da22cc531f82916404e6db18c9bd5fa9467896a2','f1cadd49e27e15038ac9087d8dacc584e44432d06303c145201537baf84dc979');
INSERT INTO "audit_log" VALUES(562,'2026-11-23T10:42:34','demo','insert','agreement',7,'private',NULL,'0',1,'f1cadd49e27e15038ac9087d8dacc584e44432d06303c145201537baf84dc979','65f6d3413fd248c36301a23ec46aeb4c512f55c4ae48bfdc99a953ab67489aed');
INSERT INTO "audit_log" VALUES(563,'2026-11-23T10:42:34','demo','insert','agreement_event',11,'agreement_id',NULL,'7',1,'65f6d3413fd248c36301a23ec46aeb4c512f55c4ae48bfdc99a953ab67489aed','d0f4294351a33850c7875f77922567ca945f1182e6df2ad85dc16e68776a558f');
INSERT INTO "audit_log" VALUES(564,'2026-11-23T10:42:34','demo','insert','agreement_event',11,'meeting_id',NULL,'2',1,'d0f4294351a33850c7875f77922567ca945f1182e6df2ad85dc16e68776a558f','1cea87891fdda0a311679d83aa96abf4e2ae372f190bdc6cf15f088a2cdebb33');
INSERT INTO "audit_log" VALUES(565,'2026-11-23T10:42:34','demo','insert','agreement_event',11,'at',NULL,'2026-11-23T10:42:34',1,'1cea87891fdda0a311679d83aa96abf4e2ae372f190bdc6cf15f088a2cdebb33','033e3e9852fd04de22671936de909b480a2c1a28fd95256a47cdd65cde6bc8c4');
INSERT INTO "audit_log" VALUES(566,'2026-11-23T10:42:34','demo','insert','agreement_event',11,'decision',NULL,'created',1,'033e3e9852fd04de22671936de909b480a2c1a28fd95256a47cdd65cde6bc8c4','b9ca67437b495748477c87c876a52bf407398d6e078789c24845a4190c56b013');
INSERT INTO "audit_log" VALUES(567,'2026-11-23T10:42:34','demo','insert','agreement_event',11,'new_what',NULL,'Notere tegn på at Nanna møder udhvilet',1,'b9ca67437b495748477c87c876a52bf407398d6e078789c24845a4190c56b013','7c1829f70494e818d39a5e64b40112d7cb5bdf4b7b10f0a70a301aa8140220a2');
INSERT INTO "audit_log" VALUES(568,'2026-11-23T10:42:34','demo','insert','agreement_event',11,'new_due',NULL,'2026-12-03',1,'7c1829f70494e818d39a5e64b40112d7cb5bdf4b7b10f0a70a301aa8140220a2','7d193e95ce3f205bf81002bbc7f6dcdedf6266fa5174e014199f05d3c26ceee8');
INSERT INTO "audit_log" VALUES(569,'2026-11-23T10:42:34','demo','insert','note',1,'plan_id',NULL,'1',1,'7d193e95ce3f205bf81002bbc7f6dcdedf6266fa5174e014199f05d3c26ceee8','a84543553d59a9500dbc248d1f74f67c57b66bb0c1de55c1baa994f47f833f41');
INSERT INTO "audit_log" VALUES(570,'2026-11-23T10:42:34','demo','insert','note',1,'meeting_id',NULL,'2',1,'a84543553d59a9500dbc248d1f74f67c57b66bb0c1de55c1baa994f47f833f41','b5509d8f7ca6616f9139bea56c363afb99e06ccf29e11f313871dcd876e449f1');
INSERT INTO "audit_log" VALUES(571,'2026-11-23T10:42:34','demo','insert','note',1,'text',NULL,'Nanna fortalte stolt om sin første uge i butikken.',1,'b5509d8f7ca6616f9139bea56c363afb99e06ccf29e11f313871dcd876e449f1','8243f0123a49af022b68f31d6b21f127c81bffb3e1c9cafc964f8195e0e96c50');
INSERT INTO "audit_log" VALUES(572,'2026-11-23T10:42:34','demo','insert','note',1,'created_at',NULL,'2026-11-23T10:42:34',1,'8243f0123a49af022b68f31d6b21f127c81bffb3e1c9cafc964f8195e0e96c50','102b2b57fcc95c34a26cfd04383a4e612da52325c13f2a821d89d68f8be24dc8');
INSERT INTO "audit_log" VALUES(573,'2026-11-23T10:42:34','demo','insert','note',1,'shared_with_relatives',NULL,'1',1,'102b2b57fcc95c34a26cfd04383a4e612da52325c13f2a821d89d68f8be24dc8','6fe88d151c53391e4efdda31e77681deb02d0ac88b2de8786e1fe3048763bdf3');
INSERT INTO "audit_log" VALUES(574,'2026-11-23T10:42:34','demo','insert','note',1,'private',NULL,'0',1,'6fe88d151c53391e4efdda31e77681deb02d0ac88b2de8786e1fe3048763bdf3','5636d61273d242c35d9bbb122cd760974dbdef03cb4685e666f89fa9e633edd0');
INSERT INTO "audit_log" VALUES(575,'2026-11-23T10:42:34','demo','insert','note',2,'plan_id',NULL,'1',1,'5636d61273d242c35d9bbb122cd760974dbdef03cb4685e666f89fa9e633edd0','ccb134643b37182be8563994d83b3a5a38bd0293f1e7d6186e15cb8ccb6a805c');
INSERT INTO "audit_log" VALUES(576,'2026-11-23T10:42:34','demo','insert','note',2,'meeting_id',NULL,'2',1,'ccb134643b37182be8563994d83b3a5a38bd0293f1e7d6186e15cb8ccb6a805c','e681992161de82f04348d3969192e1b3c84ab3368ae76cfc999d2356f82c7626');
INSERT INTO "audit_log" VALUES(577,'2026-11-23T10:42:34','demo','insert','note',2,'text',NULL,'Nanna har haft svære nætter; lægen er orienteret.',1,'e681992161de82f04348d3969192e1b3c84ab3368ae76cfc999d2356f82c7626','e4ae3dde9ba2e53d190e6dc50a4670e8159e86635fe50379534eba2b4543c19d');
INSERT INTO "audit_log" VALUES(578,'2026-11-23T10:42:34','demo','insert','note',2,'created_at',NULL,'2026-11-23T10:42:34',1,'e4ae3dde9ba2e53d190e6dc50a4670e8159e86635fe50379534eba2b4543c19d','a3a0510060cf4d17b29b1fde1b4440f734b2f059b6c007f483ac2f1291a0379b');
INSERT INTO "audit_log" VALUES(579,'2026-11-23T10:42:34','demo','insert','note',2,'shared_with_relatives',NULL,'0',1,'a3a0510060cf4d17b29b1fde1b4440f734b2f059b6c007f483ac2f1291a0379b','67fd469941c9d092c69f6de20f454db62d95f45fa86ed3beac7f39c081976ce8');
INSERT INTO "audit_log" VALUES(580,'2026-11-23T10:42:34','demo','insert','note',2,'private',NULL,'1',1,'67fd469941c9d092c69f6de20f454db62d95f45fa86ed3beac7f39c081976ce8','095b4107bb6320723fd5216cf4d9bf54e12145eaa6e136759b1f9f04a9c73afc');
INSERT INTO "audit_log" VALUES(581,'2026-11-23T10:42:34','demo','insert','observation',1,'goal_id',NULL,'1',1,'095b4107bb6320723fd5216cf4d9bf54e12145eaa6e136759b1f9f04a9c73afc','35ac676eaf0c5ac95d25b6684b0da30ff12859b2f82fd0c973a4e613898ce962');
INSERT INTO "audit_log" VALUES(582,'2026-11-23T10:42:34','demo','insert','observation',1,'date',NULL,'2026-11-03',1,'35ac676eaf0c5ac95d25b6684b0da30ff12859b2f82fd0c973a4e613898ce962','ca8f6c4b01f0df37ac325b03a9f199ee2f2c7bd1ba20f242772909f706e8cc3b');
INSERT INTO "audit_log" VALUES(583,'2026-11-23T10:42:34','demo','insert','observation',1,'text',NULL,'Mødte kl. 9 og var i godt humør.',1,'ca8f6c4b01f0df37ac325b03a9f199ee2f2c7bd1ba20f242772909f706e8cc3b','4d72f9eeb3195ff470e370163d6fa0f0df22b862673834e65c7e269b46f294d0');
INSERT INTO "audit_log" VALUES(584,'2026-11-23T10:42:34','demo','insert','observation',1,'observer',NULL,'Fatima Ali',1,'4d72f9eeb3195ff470e370163d6fa0f0df22b862673834e65c7e269b46f294d0','38819f95c4d7e5cf283f99c3dbc66e2a3b4b6bbf4882d89bcdcbbd6b7442d0e1');
INSERT INTO "audit_log" VALUES(585,'2026-11-23T10:42:34','demo','insert','observation',1,'participant_id',NULL,'3',1,'38819f95c4d7e5cf283f99c3dbc66e2a3b4b6bbf4882d89bcdcbbd6b7442d0e1','acfeddf89e14ffb83124deea0893919f3042ab93d1a38796a1304112d234ba1c');
INSERT INTO "audit_log" VALUES(586,'2026-11-23T10:42:34','demo','insert','observation',1,'shared_with_relatives',NULL,'0',1,'acfeddf89e14ffb83124deea0893919f3042ab93d1a38796a1304112d234ba1c','f87c906f18cc57c9bbbe3bf2b8414854e78e3bee5d8f00ce8fb3c9d03af78155');
INSERT INTO "audit_log" VALUES(587,'2026-11-23T10:42:34','demo','insert','observation',1,'private',NULL,'0',1,'f87c906f18cc57c9bbbe3bf2b8414854e78e3bee5d8f00ce8fb3c9d03af78155','046b75c7e37c3723f61da1df2d4e24d1de8e5ecc274601b8bb71196fa7c9aa4d');
INSERT INTO "audit_log" VALUES(588,'2026-11-23T10:42:34','demo','insert','observation',2,'goal_id',NULL,'1',1,'046b75c7e37c3723f61da1df2d4e24d1de8e5ecc274601b8bb71196fa7c9aa4d','1a7864046f2771edf9202255e53b3ca77bd611957816bf708b23d843f0840df1');
INSERT INTO "audit_log" VALUES(589,'2026-11-23T10:42:34','demo','insert','observation',2,'date',NULL,'2026-11-10',1,'1a7864046f2771edf9202255e53b3ca77bd611957816bf708b23d843f0840df1','2696cd4d0e14a37eb5ae28351cdabf782b97da4818233e30e43eacbbe4a651eb');
INSERT INTO "audit_log" VALUES(590,'2026-11-23T10:42:34','demo','insert','observation',2,'text',NULL,'Kom 20 minutter for sent, havde sovet dårligt.',1,'2696cd4d0e14a37eb5ae28351cdabf782b97da4818233e30e43eacbbe4a651eb','bee235f0e14db672a94c85a26383c5d3704038d61d20311ebd0d7285802b7dce');
INSERT INTO "audit_log" VALUES(591,'2026-11-23T10:42:34','demo','insert','observation',2,'observer',NULL,'Fatima Ali',1,'bee235f0e14db672a94c85a26383c5d3704038d61d20311ebd0d7285802b7dce','0fafbb800f1bbd4d938fc8333a956175462f4ca595e6f8aa1bd3c656936641dc');
INSERT INTO "audit_log" VALUES(592,'2026-11-23T10:42:34','demo','insert','observation',2,'participant_id',NULL,'3',1,'0fafbb800f1bbd4d938fc8333a956175462f4ca595e6f8aa1bd3c656936641dc','c3bdb038ad99ed7de89fc1dd20d986a1c8691b1111f66b34ddb1309ef951312a');
INSERT INTO "audit_log" VALUES(593,'2026-11-23T10:42:34','demo','insert','observation',2,'shared_with_relatives',NULL,'0',1,'c3bdb038ad99ed7de89fc1dd20d986a1c8691b1111f66b34ddb1309ef951312a','1ad2f70ae052014ae4393a14b872d90b9a4168d2349c6743d935e20c7ec190a4');
INSERT INTO "audit_log" VALUES(594,'2026-11-23T10:42:34','demo','insert','observation',2,'private',NULL,'0',1,'1ad2f70ae052014ae4393a14b872d90b9a4168d2349c6743d935e20c7ec190a4','32619157cf04ac024624ac38c70785f842e0f90ffdd8e9c9053943f9c6b1424d');
INSERT INTO "audit_log" VALUES(595,'2026-11-23T10:42:34','demo','insert','observation',3,'goal_id',NULL,'1',1,'32619157cf04ac024624ac38c70785f842e0f90ffdd8e9c9053943f9c6b1424d','370eb509215bedc2927c0cba7a78cdb9299adf0aa7ac190af8d6c5a93cfa95af');
INSERT INTO "audit_log" VALUES(596,'2026-11-23T10:42:34','demo','insert','observation',3,'date',NULL,'2026-11-17',1,'370eb509215bedc2927c0cba7a78cdb9299adf0aa7ac190af8d6c5a93cfa95af','d4a197474e372dc0e0fb05cb8e8fc46b4b2aa46f73a0d086f03a884cb33a49ff');
INSERT INTO "audit_log" VALUES(597,'2026-11-23T10:42:34','demo','insert','observation',3,'text',NULL,'Mødte til tiden begge dage og hjalp en kunde selv.',1,'d4a197474e372dc0e0fb05cb8e8fc46b4b2aa46f73a0d086f03a884cb33a49ff','59a552f640cce59c0658c8d30ae4ce7d34ff006233b4ddab12c86600a4c33970');
INSERT INTO "audit_log" VALUES(598,'2026-11-23T10:42:34','demo','insert','observation',3,'observer',NULL,'Fatima Ali',1,'59a552f640cce59c0658c8d30ae4ce7d34ff006233b4ddab12c86600a4c33970','75f6b8178f164148eb5ea4cd0c393e8384a36f4df8ee9e07e2d36c3f58985a35');
INSERT INTO "audit_log" VALUES(599,'2026-11-23T10:42:34','demo','insert','observation',3,'participant_id',NULL,'3',1,'75f6b8178f164148eb5ea4cd0c393e8384a36f4df8ee9e07e2d36c3f58985a35','2facda054bcf7492194afb5ab3e9ce925d899e237669a74d02c20ecbf8f90f99');
INSERT INTO "audit_log" VALUES(600,'2026-11-23T10:42:34','demo','insert','observation',3,'shared_with_relatives',NULL,'0',1,'2facda054bcf7492194afb5ab3e9ce925d899e237669a74d02c20ecbf8f90f99','cd560152a19555eb3ccba635bca87774a0f3c572938001eadcdf8ed8c2e790bc');
INSERT INTO "audit_log" VALUES(601,'2026-11-23T10:42:34','demo','insert','observation',3,'private',NULL,'0',1,'cd560152a19555eb3ccba635bca87774a0f3c572938001eadcdf8ed8c2e790bc','4473b00b2d26a2f0e09ba72fe84a525301bdeef2f7c350ecc66c6bb656fae07b');
INSERT INTO "audit_log" VALUES(602,'2026-11-23T10:42:34','demo','update','meeting',2,'status','open','closed',1,'4473b00b2d26a2f0e09ba72fe84a525301bdeef2f7c350ecc66c6bb656fae07b','5dae9950e9a0f95f865e744568e8c19879c3229710fad2be1697c666a069536c');
INSERT INTO "audit_log" VALUES(603,'2026-11-23T10:42:34','demo','update','meeting',2,'next_meeting_date',NULL,'2026-12-03',1,'5dae9950e9a0f95f865e744568e8c19879c3229710fad2be1697c666a069536c','b7a23e201202c5151a00bb2c3c45cd3b57ed7182515f6e41dbd5315a8fe83bb5');
INSERT INTO "audit_log" VALUES(604,'2026-11-23T10:42:34','demo','update','meeting',2,'closed_at',NULL,'2026-11-23T10:42:34',1,'b7a23e201202c5151a00bb2c3c45cd3b57ed7182515f6e41dbd5315a8fe83bb5','8565cbebc695e2aba477acdd84609faf74914c28892e1f30e059315e5cbd5fdb');
INSERT INTO "audit_log" VALUES(605,'2026-11-23T10:42:34','demo','insert','meeting',3,'plan_id',NULL,'1',1,'8565cbebc695e2aba477acdd84609faf74914c28892e1f30e059315e5cbd5fdb','a1e35f96139e9d2a072e64b4b5992802874e1f1edf1ae6c4239407948ae0d45d');
INSERT INTO "audit_log" VALUES(606,'2026-11-23T10:42:34','demo','insert','meeting',3,'kind',NULL,'day_service',1,'a1e35f96139e9d2a072e64b4b5992802874e1f1edf1ae6c4239407948ae0d45d','ec2ef3df706e916552c07366d2554413b135b2950107ab67f202c5723bb8407b');
INSERT INTO "audit_log" VALUES(607,'2026-11-23T10:42:34','demo','insert','meeting',3,'date',NULL,'2026-12-03',1,'ec2ef3df706e916552c07366d2554413b135b2950107ab67f202c5723bb8407b','1d6c6a75a8ff97f8f6bab6906035731127b4791fcb62974ae211a9ff98980e3f');
INSERT INTO "audit_log" VALUES(608,'2026-11-23T10:42:34','demo','insert','meeting',3,'time',NULL,'10:00',1,'1d6c6a75a8ff97f8f6bab6906035731127b4791fcb62974ae211a9ff98980e3f','17556e1e74266c8a7d23ebbf1307a6a6e1b844f223323c96c8dada6cbfefe24a');
INSERT INTO "audit_log" VALUES(609,'2026-11-23T10:42:34','demo','insert','meeting',3,'place',NULL,'Værestedet Kilden',1,'17556e1e74266c8a7d23ebbf1307a6a6e1b844f223323c96c8dada6cbfefe24a','2446a62ea8490442ef07da0c5e0ecaf5c7d9d1b707c95da2b3cc9e19a077c763');
INSERT INTO "audit_log" VALUES(610,'2026-11-23T10:42:34','demo','insert','meeting',3,'status',NULL,'planned',1,'2446a62ea8490442ef07da0c5e0ecaf5c7d9d1b707c95da2b3cc9e19a077c763','b5691d7a6843c602245fe7184a7341e74b16dd9940e4d99798146211ca2efba4');
INSERT INTO "audit_log" VALUES(611,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'meeting_id',NULL,'3',1,'b5691d7a6843c602245fe7184a7341e74b16dd9940e4d99798146211ca2efba4','5fe970cfc5d2feb44ecec29b4e35249c6a268d95f78559fa0a46c62dd0dd93f0');
INSERT INTO "audit_log" VALUES(612,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'position',NULL,'0',1,'5fe970cfc5d2feb44ecec29b4e35249c6a268d95f78559fa0a46c62dd0dd93f0','ffa53b53991ab40753ac04337a6f993a4a823636a23dc9b0d7071bc3d0c49453');
INSERT INTO "audit_log" VALUES(613,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'title',NULL,'SMTTE for hvert mål',1,'ffa53b53991ab40753ac04337a6f993a4a823636a23dc9b0d7071bc3d0c49453','6551de0c9db9a7164b551acdd40d137265a26e09314ee18ff4880a50f1396375');
INSERT INTO "audit_log" VALUES(614,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'part',NULL,'smtte',1,'6551de0c9db9a7164b551acdd40d137265a26e09314ee18ff4880a50f1396375','afb678b7f57261d1ccef1c6f5993ae83017aac714c2fac9fbebf5234ec0e0a15');
INSERT INTO "audit_log" VALUES(615,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'done',NULL,'0',1,'afb678b7f57261d1ccef1c6f5993ae83017aac714c2fac9fbebf5234ec0e0a15','2816567f42b95732a8924e17aaf6c9752f15553503fc40746050ef72d3c5d6a9');
INSERT INTO "audit_log" VALUES(616,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'shared_with_relatives',NULL,'0',1,'2816567f42b95732a8924e17aaf6c9752f15553503fc40746050ef72d3c5d6a9','36efbb11e4ae14e5484dcbae4fa15b3c40a0503cf67edf67c9d83e9297ef0da7');
INSERT INTO "audit_log" VALUES(617,'2026-11-23T10:42:34','demo','insert','agenda_item',14,'private',NULL,'0',1,'36efbb11e4ae14e5484dcbae4fa15b3c40a0503cf67edf67c9d83e9297ef0da7','553288c9ed9ed6f9be6f9628d35b0384e992cbd26a4a9a9fa481bebff5cdf629');
INSERT INTO "audit_log" VALUES(618,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'meeting_id',NULL,'3',1,'553288c9ed9ed6f9be6f9628d35b0384e992cbd26a4a9a9fa481bebff5cdf629','079cc13f1ffd077422599bc2b118b910463e535eaed9dc7603fc38cfac4f38db');
INSERT INTO "audit_log" VALUES(619,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'position',NULL,'1',1,'079cc13f1ffd077422599bc2b118b910463e535eaed9dc7603fc38cfac4f38db','124d60eea3f9ebd36394dfff52f4e8319c27ea3eb9b8ff9e91f1ce50bf56b733');
INSERT INTO "audit_log" VALUES(620,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'title',NULL,'Tegn observeret siden sidst',1,'124d60eea3f9ebd36394dfff52f4e8319c27ea3eb9b8ff9e91f1ce50bf56b733','0fd417cb9a7cf66d276347c09d2076191ed6f172ec7c50dfdbb69540deb186d4');
INSERT INTO "audit_log" VALUES(621,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'part',NULL,'observations',1,'0fd417cb9a7cf66d276347c09d2076191ed6f172ec7c50dfdbb69540deb186d4','c19678311452cfb40e6fe11b27532906c94af6bd46730e8fd3e48aeab66f0596');
INSERT INTO "audit_log" VALUES(622,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'done',NULL,'0',1,'c19678311452cfb40e6fe11b27532906c94af6bd46730e8fd3e48aeab66f0596','2ded36e87d96600a4866bfbd5d39f9a68b3533939c060a26932c7d6c913ac69b');
INSERT INTO "audit_log" VALUES(623,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'shared_with_relatives',NULL,'0',1,'2ded36e87d96600a4866bfbd5d39f9a68b3533939c060a26932c7d6c913ac69b','a1e05e14880cfa03d23eb9bc697bba8794276cc4859ff15d32e2a2e88c56de14');
INSERT INTO "audit_log" VALUES(624,'2026-11-23T10:42:34','demo','insert','agenda_item',15,'private',NULL,'0',1,'a1e05e14880cfa03d23eb9bc697bba8794276cc4859ff15d32e2a2e88c56de14','c4ecd43cf78c30234f770614e50c92e4de2b3bdeb0c5938806f9e3c3ee3228df');
INSERT INTO "audit_log" VALUES(625,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'meeting_id',NULL,'3',1,'c4ecd43cf78c30234f770614e50c92e4de2b3bdeb0c5938806f9e3c3ee3228df','6ff256b22c9b4b83448437c7e3122f7dcc7281e123e580a08f8a5d785217e97b');
INSERT INTO "audit_log" VALUES(626,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'position',NULL,'2',1,'6ff256b22c9b4b83448437c7e3122f7dcc7281e123e580a08f8a5d785217e97b','cfe90fcdedf7a21a16424dadabed7e48bf1f5da997b62940fc5cf731c544b2c8');
INSERT INTO "audit_log" VALUES(627,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'title',NULL,'Afprøvning af ny praksis (PDSA)',1,'cfe90fcdedf7a21a16424dadabed7e48bf1f5da997b62940fc5cf731c544b2c8','6cbda91706bf4aa5f79c1494ef08351b4c631381efc4044d0287ecf006dfc4a9');
INSERT INTO "audit_log" VALUES(628,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'part',NULL,'pdsa',1,'6cbda91706bf4aa5f79c1494ef08351b4c631381efc4044d0287ecf006dfc4a9','0c5f813a251afa396b54998a4eaf875bac7973db61a590fde8e30083fc4b7aae');
INSERT INTO "audit_log" VALUES(629,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'done',NULL,'0',1,'0c5f813a251afa396b54998a4eaf875bac7973db61a590fde8e30083fc4b7aae','78c10b58d53d829145ac296a751e8f07fab0fb8cc03e5ac1f87dc84cb3fb4003');
INSERT INTO "audit_log" VALUES(630,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'shared_with_relatives',NULL,'0',1,'78c10b58d53d829145ac296a751e8f07fab0fb8cc03e5ac1f87dc84cb3fb4003','acd45ac20d36696b22459fd106f997c84dcb2c56a7ed475fe2e02ab34d574b59');
INSERT INTO "audit_log" VALUES(631,'2026-11-23T10:42:34','demo','insert','agenda_item',16,'private',NULL,'0',1,'acd45ac20d36696b22459fd106f997c84dcb2c56a7ed475fe2e02ab34d574b59','47576c4e5ebbbe86976af3425f96cb171176c3db8d8cc36450879b1f36e439fd');
INSERT INTO "audit_log" VALUES(632,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'meeting_id',NULL,'3',1,'47576c4e5ebbbe86976af3425f96cb171176c3db8d8cc36450879b1f36e439fd','6622808ef9725f2f2fbffb6ef88bd7f5df60a6b01dbfe863e889623799b24aee');
INSERT INTO "audit_log" VALUES(633,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'position',NULL,'3',1,'6622808ef9725f2f2fbffb6ef88bd7f5df60a6b01dbfe863e889623799b24aee','d9bb7be2a3965688149295b53ed091aa1bcaee088128db55a68c133cb99499b8');
INSERT INTO "audit_log" VALUES(634,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'title',NULL,'Opfølgning på aftaler siden sidst',1,'d9bb7be2a3965688149295b53ed091aa1bcaee088128db55a68c133cb99499b8','58cbe8148212b3b6c7a86e1e246a914b9450e5adb8ec82daa17bd78954ab67a9');
INSERT INTO "audit_log" VALUES(635,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'part',NULL,'review',1,'58cbe8148212b3b6c7a86e1e246a914b9450e5adb8ec82daa17bd78954ab67a9','56b1e39c683ea8a6f5496348a25c064b022ece1974b65fa7792b2bdd26987351');
INSERT INTO "audit_log" VALUES(636,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'done',NULL,'0',1,'56b1e39c683ea8a6f5496348a25c064b022ece1974b65fa7792b2bdd26987351','101ba0e97d71c08a10bc32ec53a438785dd591fa183324a56dc66e688fa058b7');
INSERT INTO "audit_log" VALUES(637,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'shared_with_relatives',NULL,'0',1,'101ba0e97d71c08a10bc32ec53a438785dd591fa183324a56dc66e688fa058b7','19f94796bdbab339f94d0cb45b4244324cdb36496f5d9da236edeb43c84b44d0');
INSERT INTO "audit_log" VALUES(638,'2026-11-23T10:42:34','demo','insert','agenda_item',17,'private',NULL,'0',1,'19f94796bdbab339f94d0cb45b4244324cdb36496f5d9da236edeb43c84b44d0','85afcf039f02809cb554f7af7b25df77b24e2ef3b49a94bee9e3f370a133cd66');
INSERT INTO "audit_log" VALUES(639,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'meeting_id',NULL,'3',1,'85afcf039f02809cb554f7af7b25df77b24e2ef3b49a94bee9e3f370a133cd66','d121c97b4341cae5170f893998968cfda25b25932e69af9c9ff2d935ad566b4e');
INSERT INTO "audit_log" VALUES(640,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'position',NULL,'4',1,'d121c97b4341cae5170f893998968cfda25b25932e69af9c9ff2d935ad566b4e','2391f829b57989b508bbb5661a5cc2a9b0dbf3260f355d9035ebe4fd467f5b01');
INSERT INTO "audit_log" VALUES(641,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'title',NULL,'Nye aftaler',1,'2391f829b57989b508bbb5661a5cc2a9b0dbf3260f355d9035ebe4fd467f5b01','aa9a93b8d561ae399dc452649c2931dc71edf884e29d899403f0d62d8af3dfa9');
INSERT INTO "audit_log" VALUES(642,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'part',NULL,'agreements',1,'aa9a93b8d561ae399dc452649c2931dc71edf884e29d899403f0d62d8af3dfa9','3a95779c01627d7847e2e9b6896ca0487b67221a7961f106de132f3eb7f90510');
INSERT INTO "audit_log" VALUES(643,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'done',NULL,'0',1,'3a95779c01627d7847e2e9b6896ca0487b67221a7961f106de132f3eb7f90510','696d5c72b7faa00cd7750571bdedc2df4c632595ea55a9e2cc12f61f95f5a819');
INSERT INTO "audit_log" VALUES(644,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'shared_with_relatives',NULL,'0',1,'696d5c72b7faa00cd7750571bdedc2df4c632595ea55a9e2cc12f61f95f5a819','19fd025ad0526ff5489628b66325496699bed9ba16ef7ad5b8623c77e7736427');
INSERT INTO "audit_log" VALUES(645,'2026-11-23T10:42:34','demo','insert','agenda_item',18,'private',NULL,'0',1,'19fd025ad0526ff5489628b66325496699bed9ba16ef7ad5b8623c77e7736427','62d30a52b790d55a611537d3507538ad266e7eb0bf185a96a146be17126a7951');
INSERT INTO "audit_log" VALUES(646,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'meeting_id',NULL,'3',1,'62d30a52b790d55a611537d3507538ad266e7eb0bf185a96a146be17126a7951','11f33426b2b7d4ddea59dc6a247832c82c971efc8f74fd1f81b76a3309a70cc7');
INSERT INTO "audit_log" VALUES(647,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'position',NULL,'5',1,'11f33426b2b7d4ddea59dc6a247832c82c971efc8f74fd1f81b76a3309a70cc7','6a0f6bb965ce95484aff79b4b9db22e431db0201776ac49c98bc7288516e6f86');
INSERT INTO "audit_log" VALUES(648,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'title',NULL,'Næste møde',1,'6a0f6bb965ce95484aff79b4b9db22e431db0201776ac49c98bc7288516e6f86','11d3309c3b5892bea53339710a91acbbcdb8fedec1bae4aedf44fb2bce56db95');
INSERT INTO "audit_log" VALUES(649,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'part',NULL,'next',1,'11d3309c3b5892bea53339710a91acbbcdb8fedec1bae4aedf44fb2bce56db95','e7eac82761a50095f6909b6c3e543bc549ecc25552232a8a59de9b956b6b2ff3');
INSERT INTO "audit_log" VALUES(650,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'done',NULL,'0',1,'e7eac82761a50095f6909b6c3e543bc549ecc25552232a8a59de9b956b6b2ff3','c343b72933728be27de0f0329d9b83ff32044646a656f562490e9f864f34d299');
INSERT INTO "audit_log" VALUES(651,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'shared_with_relatives',NULL,'0',1,'c343b72933728be27de0f0329d9b83ff32044646a656f562490e9f864f34d299','c1a7c1fb0d6893704adf2986164a8427a5e3d8c18b2e0ecb4262a8b5c45f8f04');
INSERT INTO "audit_log" VALUES(652,'2026-11-23T10:42:34','demo','insert','agenda_item',19,'private',NULL,'0',1,'c1a7c1fb0d6893704adf2986164a8427a5e3d8c18b2e0ecb4262a8b5c45f8f04','48be9e313d0bbb61731787306f749dafe793b15a62a6a5d1eb60e78d1604649f');
INSERT INTO "audit_log" VALUES(653,'2026-11-23T10:42:34','demo','insert','meeting_participant',10,'meeting_id',NULL,'3',1,'48be9e313d0bbb61731787306f749dafe793b15a62a6a5d1eb60e78d1604649f','7e023d62df377ff879a32aab60ac839b962ba81313b39b190248755b3e401fdc');
INSERT INTO "audit_log" VALUES(654,'2026-11-23T10:42:34','demo','insert','meeting_participant',10,'participant_id',NULL,'1',1,'7e023d62df377ff879a32aab60ac839b962ba81313b39b190248755b3e401fdc','4a15a0ffede49cc2331a52eb27c209d4d8e17ba2764731dfcee82029576f0b78');
INSERT INTO "audit_log" VALUES(655,'2026-11-23T10:42:34','demo','insert','meeting_participant',11,'meeting_id',NULL,'3',1,'4a15a0ffede49cc2331a52eb27c209d4d8e17ba2764731dfcee82029576f0b78','a4603789c0d48dfc11fe7bfbdbd8c8ca1ee69d90b1acac7be691b9b4baafa885');
INSERT INTO "audit_log" VALUES(656,'2026-11-23T10:42:34','demo','insert','meeting_participant',11,'participant_id',NULL,'3',1,'a4603789c0d48dfc11fe7bfbdbd8c8ca1ee69d90b1acac7be691b9b4baafa885','2def4d1802cb80554805db6682c2acb780d17ed1c1f75e7b66587df5b8fff2fc');
CREATE TABLE "citizen" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "name" TEXT,
   "values" TEXT,
   "strengths" TEXT,
   "mentor_needed" INTEGER,
   "mentor_role" TEXT,
   "created_at" TEXT
);
INSERT INTO "citizen" VALUES(1,'Nanna Kildegaard','Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.','Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. Jeg er god med dyr og ældre mennesker.',1,'Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende hver mandag og er kontakt til arbejdspladsen.','2026-11-23T10:42:34');
CREATE TABLE "frozen_minutes" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "audience" TEXT,
   "text" TEXT,
   "sha256" TEXT,
   "created_at" TEXT
);
CREATE TABLE "goal" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "plan_id" INTEGER REFERENCES "plan"("id"),
   "area" TEXT,
   "text" TEXT,
   "rationale" TEXT,
   "start_date" TEXT,
   "end_date" TEXT,
   "status" TEXT,
   "position" INTEGER,
   "evaluation" TEXT,
   "scale_anchor" TEXT,
   "smart_specific" TEXT,
   "smart_measurable" TEXT,
   "smart_accepted" TEXT,
   "smart_realistic" TEXT,
   "smart_timed" TEXT,
   "smtte_context" TEXT,
   "smtte_signs" TEXT,
   "smtte_actions" TEXT,
   "smtte_evaluation" TEXT,
   "smtte_due" TEXT,
   "order_goal_id" INTEGER REFERENCES "order_goal"("id"),
   "gas_minus2" TEXT,
   "gas_minus1" TEXT,
   "gas_zero" TEXT,
   "gas_plus1" TEXT,
   "gas_plus2" TEXT,
   "gas_weight" REAL,
   "gas_result" INTEGER,
   "shared_with_relatives" INTEGER,
   "private" INTEGER
);
INSERT INTO "goal" VALUES(1,1,'employment','Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen.','Praktikken viser, hvad jeg kan holde til, og bringer mig tættere på job i en butik.','2026-09-24','2027-01-22','active',0,'','5 = jeg møder 1 formiddag de fleste uger.','Nanna, mentor Ole og butikken; praktik i genbrugsbutikken Gensyn.','Antal formiddage mødt pr. uge, noteret i kalenderen.','Nanna har selv valgt butikken; Karsten er enig.','Nanna tror på 2 formiddage; mere senere.','Start 24-09-2026, opfølgning 03-12-2026.','Bestilling fra jobcentret; Nanna har ikke arbejdet i 4 år.','Nanna møder til tiden; hun fortæller selv om dagen i butikken.','Mentor Ole ringer mandag morgen; fast plads ved kassen.','','2026-12-13',1,'','','','','',1.0,NULL,1,0);
INSERT INTO "goal" VALUES(2,1,'health','Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre.','Bedre søvn gør, at jeg kan møde om morgenen.','2026-08-25','2026-12-23','active',1,'','','Nanna går med Bamse i Skovparken.','Kryds i kalenderen for hver tur.','Nanna vil gerne.','','','','','','',NULL,2,'','','','','',1.0,NULL,1,0);
INSERT INTO "goal" VALUES(3,1,'health','Jeg vil tale med min læge om min søvnmedicin inden jul.','Medicinen gør mig træt om formiddagen.','2026-10-24','2026-12-23','active',2,'','','','','','','','','','','',NULL,2,'','','','','',1.0,NULL,0,1);
INSERT INTO "goal" VALUES(4,1,'education','Jeg vil tage FVU-dansk trin 1 på VUC om tirsdagen.','Butiksarbejde kræver, at jeg kan læse varesedler og skrive beskeder.','2026-10-09','2027-03-23','active',3,'','','','','','','','','','','',NULL,1,'','','','','',1.0,NULL,0,0);
INSERT INTO "goal" VALUES(5,1,'social','Jeg vil ringe til min søster én gang om ugen.','Min søster giver mig mod, og jeg vil gerne have mere kontakt.','2026-08-25','2027-02-21','active',4,'','','','','','','','','','','',NULL,2,'','','','','',1.0,NULL,1,0);
CREATE TABLE "goal_revision" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "text" TEXT,
   "rationale" TEXT,
   "replaced_at" TEXT,
   "reason" TEXT
);
INSERT INTO "goal_revision" VALUES(1,2,'Jeg vil forbedre mit helbred.','Bedre søvn gør, at jeg kan møde om morgenen.','2026-11-23T10:42:34','Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.');
CREATE TABLE "meeting" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "plan_id" INTEGER REFERENCES "plan"("id"),
   "kind" TEXT,
   "date" TEXT,
   "time" TEXT,
   "place" TEXT,
   "status" TEXT,
   "next_meeting_date" TEXT,
   "current_item_id" INTEGER,
   "closed_at" TEXT
);
INSERT INTO "meeting" VALUES(1,1,'network','2026-09-24','10:00','Jobcenter Nordby, mødelokale 2','closed','2026-10-29',NULL,'2026-11-23T10:42:34');
INSERT INTO "meeting" VALUES(2,1,'citizen','2026-10-29','13:30','Værestedet Kilden','closed','2026-12-03',NULL,'2026-11-23T10:42:34');
INSERT INTO "meeting" VALUES(3,1,'day_service','2026-12-03','10:00','Værestedet Kilden','planned',NULL,NULL,NULL);
CREATE TABLE "meeting_participant" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "participant_id" INTEGER REFERENCES "participant"("id")
);
INSERT INTO "meeting_participant" VALUES(1,1,1);
INSERT INTO "meeting_participant" VALUES(2,1,2);
INSERT INTO "meeting_participant" VALUES(3,1,3);
INSERT INTO "meeting_participant" VALUES(4,1,4);
INSERT INTO "meeting_participant" VALUES(5,1,5);
INSERT INTO "meeting_participant" VALUES(6,1,6);
INSERT INTO "meeting_participant" VALUES(7,2,1);
INSERT INTO "meeting_participant" VALUES(8,2,3);
INSERT INTO "meeting_participant" VALUES(9,2,5);
INSERT INTO "meeting_participant" VALUES(10,3,1);
INSERT INTO "meeting_participant" VALUES(11,3,3);
CREATE TABLE "note" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "plan_id" INTEGER REFERENCES "plan"("id"),
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "text" TEXT,
   "created_at" TEXT,
   "shared_with_relatives" INTEGER,
   "private" INTEGER
);
INSERT INTO "note" VALUES(1,1,2,NULL,'Nanna fortalte stolt om sin første uge i butikken.','2026-11-23T10:42:34',1,0);
INSERT INTO "note" VALUES(2,1,2,NULL,'Nanna har haft svære nætter; lægen er orienteret.','2026-11-23T10:42:34',0,1);
CREATE TABLE "observation" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "date" TEXT,
   "text" TEXT,
   "observer" TEXT,
   "participant_id" INTEGER REFERENCES "participant"("id"),
   "shared_with_relatives" INTEGER,
   "private" INTEGER
);
INSERT INTO "observation" VALUES(1,1,'2026-11-03','Mødte kl. 9 og var i godt humør.','Fatima Ali',3,0,0);
INSERT INTO "observation" VALUES(2,1,'2026-11-10','Kom 20 minutter for sent, havde sovet dårligt.','Fatima Ali',3,0,0);
INSERT INTO "observation" VALUES(3,1,'2026-11-17','Mødte til tiden begge dage og hjalp en kunde selv.','Fatima Ali',3,0,0);
CREATE TABLE "order_goal" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "plan_id" INTEGER REFERENCES "plan"("id"),
   "text" TEXT,
   "position" INTEGER
);
INSERT INTO "order_goal" VALUES(1,1,'Afklaring af arbejdsevne mod ordinært job i detailhandlen',0);
INSERT INTO "order_goal" VALUES(2,1,'Stabil hverdag med søvn, motion og netværk',1);
CREATE TABLE "participant" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "plan_id" INTEGER REFERENCES "plan"("id"),
   "name" TEXT,
   "role" TEXT,
   "organisation" TEXT,
   "contact_info" TEXT,
   "active" INTEGER
);
INSERT INTO "participant" VALUES(1,1,'Nanna Kildegaard','citizen','','',1);
INSERT INTO "participant" VALUES(2,1,'Karsten Bro','authority','Jobcenter Nordby','',1);
INSERT INTO "participant" VALUES(3,1,'Fatima Ali','day_service','Værestedet Kilden','',1);
INSERT INTO "participant" VALUES(4,1,'Jens Kildegaard','relative','Far','',1);
INSERT INTO "participant" VALUES(5,1,'Sofie Dahl','contact','Socialpsykiatrien Nordby','',1);
INSERT INTO "participant" VALUES(6,1,'Ole Krogh','mentor','Mentorkorps Nordby','',1);
INSERT INTO "participant" VALUES(7,1,'Rehabiliteringsteamet Nordby','rehab_team','Nordby Kommune','',1);
CREATE TABLE "pdsa_cycle" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "date" TEXT,
   "plan" TEXT,
   "do" TEXT,
   "study" TEXT,
   "act" TEXT
);
CREATE TABLE "plan" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "citizen_id" INTEGER REFERENCES "citizen"("id"),
   "plan_type" TEXT,
   "overall_goal" TEXT,
   "goal_level" TEXT,
   "start_date" TEXT,
   "end_date" TEXT,
   "follow_up" TEXT,
   "purpose" TEXT,
   "support_needed" TEXT,
   "expected_duration" TEXT,
   "other_matters" TEXT,
   "made_with_citizen" INTEGER,
   "order_text" TEXT
);
INSERT INTO "plan" VALUES(1,1,'ressourceforloeb','Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik.','trade','2026-07-26','2027-07-26','Opfølgning hver 8. uge; næste gang 03-12-2026.','At Nanna kommer tættere på arbejdsmarkedet og får en stabil hverdag.','Praktik med mentor, forløb i dagtilbud, samtaler om søvn og struktur.','12 måneder','Bolig er stabil. Ingen hjælpemidler.',1,'Bestilling fra Jobcenter Nordby: afklaring af arbejdsevne mod job i detailhandlen.');
CREATE TABLE "scale_reading" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "goal_id" INTEGER REFERENCES "goal"("id"),
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "participant_id" INTEGER REFERENCES "participant"("id"),
   "date" TEXT,
   "score" INTEGER,
   "note" TEXT,
   "private" INTEGER
);
INSERT INTO "scale_reading" VALUES(1,1,1,1,'2026-09-24',2,'',0);
INSERT INTO "scale_reading" VALUES(2,1,1,2,'2026-09-24',3,'',0);
INSERT INTO "scale_reading" VALUES(3,2,1,1,'2026-09-24',3,'',0);
INSERT INTO "scale_reading" VALUES(4,2,1,2,'2026-09-24',3,'',0);
INSERT INTO "scale_reading" VALUES(5,3,1,1,'2026-09-24',4,'',0);
INSERT INTO "scale_reading" VALUES(6,3,1,2,'2026-09-24',4,'',0);
INSERT INTO "scale_reading" VALUES(7,4,1,1,'2026-09-24',2,'',0);
INSERT INTO "scale_reading" VALUES(8,4,1,2,'2026-09-24',2,'',0);
INSERT INTO "scale_reading" VALUES(9,5,1,1,'2026-09-24',4,'',0);
INSERT INTO "scale_reading" VALUES(10,5,1,2,'2026-09-24',5,'',0);
INSERT INTO "scale_reading" VALUES(11,1,2,1,'2026-10-29',4,'',0);
INSERT INTO "scale_reading" VALUES(12,1,2,3,'2026-10-29',5,'',0);
INSERT INTO "scale_reading" VALUES(13,2,2,1,'2026-10-29',5,'',0);
INSERT INTO "scale_reading" VALUES(14,2,2,3,'2026-10-29',4,'',0);
INSERT INTO "scale_reading" VALUES(15,3,2,1,'2026-10-29',4,'',0);
INSERT INTO "scale_reading" VALUES(16,3,2,3,'2026-10-29',4,'',0);
INSERT INTO "scale_reading" VALUES(17,4,2,1,'2026-10-29',3,'',0);
INSERT INTO "scale_reading" VALUES(18,4,2,3,'2026-10-29',3,'',0);
INSERT INTO "scale_reading" VALUES(19,5,2,1,'2026-10-29',6,'',0);
INSERT INTO "scale_reading" VALUES(20,5,2,3,'2026-10-29',6,'',0);
CREATE TABLE "view_state" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "citizen_id" INTEGER,
   "meeting_id" INTEGER,
   "agenda_item_id" INTEGER,
   "goal_id" INTEGER,
   "revealed" TEXT,
   "updated_at" TEXT
);
CREATE INDEX "idx_plan_citizen_id"
    ON "plan" ("citizen_id");
CREATE INDEX "idx_order_goal_plan_id"
    ON "order_goal" ("plan_id");
CREATE INDEX "idx_goal_order_goal_id"
    ON "goal" ("order_goal_id");
CREATE INDEX "idx_goal_plan_id"
    ON "goal" ("plan_id");
CREATE INDEX "idx_goal_revision_goal_id"
    ON "goal_revision" ("goal_id");
CREATE INDEX "idx_activity_goal_id"
    ON "activity" ("goal_id");
CREATE INDEX "idx_participant_plan_id"
    ON "participant" ("plan_id");
CREATE INDEX "idx_meeting_plan_id"
    ON "meeting" ("plan_id");
CREATE INDEX "idx_meeting_participant_participant_id"
    ON "meeting_participant" ("participant_id");
CREATE INDEX "idx_meeting_participant_meeting_id"
    ON "meeting_participant" ("meeting_id");
CREATE INDEX "idx_agenda_item_meeting_id"
    ON "agenda_item" ("meeting_id");
CREATE INDEX "idx_addendum_meeting_id"
    ON "addendum" ("meeting_id");
CREATE INDEX "idx_note_goal_id"
    ON "note" ("goal_id");
CREATE INDEX "idx_note_meeting_id"
    ON "note" ("meeting_id");
CREATE INDEX "idx_note_plan_id"
    ON "note" ("plan_id");
CREATE INDEX "idx_agreement_meeting_id"
    ON "agreement" ("meeting_id");
CREATE INDEX "idx_agreement_goal_id"
    ON "agreement" ("goal_id");
CREATE INDEX "idx_agreement_who_id"
    ON "agreement" ("who_id");
CREATE INDEX "idx_agreement_plan_id"
    ON "agreement" ("plan_id");
CREATE INDEX "idx_agreement_event_meeting_id"
    ON "agreement_event" ("meeting_id");
CREATE INDEX "idx_agreement_event_agreement_id"
    ON "agreement_event" ("agreement_id");
CREATE INDEX "idx_scale_reading_participant_id"
    ON "scale_reading" ("participant_id");
CREATE INDEX "idx_scale_reading_meeting_id"
    ON "scale_reading" ("meeting_id");
CREATE INDEX "idx_scale_reading_goal_id"
    ON "scale_reading" ("goal_id");
CREATE INDEX "idx_observation_participant_id"
    ON "observation" ("participant_id");
CREATE INDEX "idx_observation_goal_id"
    ON "observation" ("goal_id");
CREATE INDEX "idx_pdsa_cycle_meeting_id"
    ON "pdsa_cycle" ("meeting_id");
CREATE INDEX "idx_pdsa_cycle_goal_id"
    ON "pdsa_cycle" ("goal_id");
CREATE INDEX "idx_frozen_minutes_meeting_id"
    ON "frozen_minutes" ("meeting_id");
CREATE INDEX "idx_audit_log_citizen_id"
    ON "audit_log" ("citizen_id");
CREATE INDEX "idx_citizen_name"
    ON "citizen" ("name");
CREATE INDEX "idx_agreement_status_due_date"
    ON "agreement" ("status", "due_date");
CREATE INDEX "idx_scale_reading_goal_id_date"
    ON "scale_reading" ("goal_id", "date");
CREATE INDEX "idx_meeting_date"
    ON "meeting" ("date");
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
COMMIT;
