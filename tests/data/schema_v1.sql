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
INSERT INTO "agreement" VALUES(1,1,1,'Besøge Gensyn sammen med Ole og aftale startdato','2026-10-09',0,'done','',1,1,0,2,4,'2026-11-23T10:39:02','2026-10-08',0,0);
INSERT INTO "agreement" VALUES(2,1,6,'Ringe til Nanna hver mandag kl. 9','2026-12-23',1,'open','',1,1,1,NULL,NULL,'2026-11-23T10:39:02',NULL,0,0);
INSERT INTO "agreement" VALUES(3,1,1,'Tilmelde mig FVU-dansk på VUC','2026-10-14',2,'done','',4,1,0,NULL,NULL,'2026-11-23T10:39:02','2026-10-13',0,0);
INSERT INTO "agreement" VALUES(4,1,5,'Finde en tid hos lægen sammen med Nanna','2026-11-10',3,'open','',3,1,1,NULL,NULL,'2026-11-23T10:39:02',NULL,0,1);
INSERT INTO "agreement" VALUES(5,1,1,'Gå med Bamse mandag, onsdag og fredag og sætte kryds','2026-12-03',4,'open','',2,2,0,5,6,'2026-11-23T10:39:02',NULL,1,0);
INSERT INTO "agreement" VALUES(6,1,4,'Køre Nanna til VUC, når det regner','2026-12-23',5,'open','',4,2,0,NULL,NULL,'2026-11-23T10:39:02',NULL,1,0);
INSERT INTO "agreement" VALUES(7,1,3,'Notere tegn på at Nanna møder udhvilet','2026-12-03',6,'open','',1,2,0,NULL,NULL,'2026-11-23T10:39:02',NULL,0,0);
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
INSERT INTO "agreement_event" VALUES(1,1,1,'2026-11-23T10:39:02','created','','Besøge Gensyn sammen med Ole og aftale startdato',NULL,'2026-10-09','');
INSERT INTO "agreement_event" VALUES(2,2,1,'2026-11-23T10:39:02','created','','Ringe til Nanna hver mandag kl. 9',NULL,'2026-11-18','');
INSERT INTO "agreement_event" VALUES(3,3,1,'2026-11-23T10:39:02','created','','Tilmelde mig FVU-dansk på VUC',NULL,'2026-10-14','');
INSERT INTO "agreement_event" VALUES(4,4,1,'2026-11-23T10:39:02','created','','Finde en tid hos lægen sammen med Nanna',NULL,'2026-11-10','');
INSERT INTO "agreement_event" VALUES(5,1,2,'2026-11-23T10:39:02','done','','',NULL,NULL,'');
INSERT INTO "agreement_event" VALUES(6,3,2,'2026-11-23T10:39:02','done','','',NULL,NULL,'');
INSERT INTO "agreement_event" VALUES(7,2,2,'2026-11-23T10:39:02','continued','','','2026-11-18','2026-12-23','');
INSERT INTO "agreement_event" VALUES(8,4,2,'2026-11-23T10:39:02','continued','','','2026-11-10','2026-11-10','');
INSERT INTO "agreement_event" VALUES(9,5,2,'2026-11-23T10:39:02','created','','Gå med Bamse mandag, onsdag og fredag og sætte kryds',NULL,'2026-12-03','');
INSERT INTO "agreement_event" VALUES(10,6,2,'2026-11-23T10:39:02','created','','Køre Nanna til VUC, når det regner',NULL,'2026-12-23','');
INSERT INTO "agreement_event" VALUES(11,7,2,'2026-11-23T10:39:02','created','','Notere tegn på at Nanna møder udhvilet',NULL,'2026-12-03','');
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
INSERT INTO "audit_log" VALUES(1,'2026-11-23T10:39:02','demo','insert','citizen',1,'name',NULL,'Nanna Kildegaard',1,'0000000000000000000000000000000000000000000000000000000000000000','0818899316f5b887cf4e991088ce3d7d5cbbb1a831cc5963cf9bca152b5cd9e2');
INSERT INTO "audit_log" VALUES(2,'2026-11-23T10:39:02','demo','insert','citizen',1,'values',NULL,'Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.',1,'0818899316f5b887cf4e991088ce3d7d5cbbb1a831cc5963cf9bca152b5cd9e2','c8be2b84df8e92497503fb3e5842ec0ea56190d03bd1a6748de729987873d7f4');
INSERT INTO "audit_log" VALUES(3,'2026-11-23T10:39:02','demo','insert','citizen',1,'strengths',NULL,'Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. Jeg er god med dyr og ældre mennesker.',1,'c8be2b84df8e92497503fb3e5842ec0ea56190d03bd1a6748de729987873d7f4','9cfb0e8ceab1867957dfa03ba8eebbcd989ef86829706735e5d7cba450f75037');
INSERT INTO "audit_log" VALUES(4,'2026-11-23T10:39:02','demo','insert','citizen',1,'mentor_needed',NULL,'1',1,'9cfb0e8ceab1867957dfa03ba8eebbcd989ef86829706735e5d7cba450f75037','73be9014fe3c7a17d2baf0f21f53c00033a6e1c42d6cc715d8e618f2b736aff5');
INSERT INTO "audit_log" VALUES(5,'2026-11-23T10:39:02','demo','insert','citizen',1,'mentor_role',NULL,'Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende hver mandag og er kontakt til arbejdspladsen.',1,'73be9014fe3c7a17d2baf0f21f53c00033a6e1c42d6cc715d8e618f2b736aff5','35e737c7736430730bd9e3e8f64bac1516c6ebfa517ca2447c6f03369adc1892');
INSERT INTO "audit_log" VALUES(6,'2026-11-23T10:39:02','demo','insert','citizen',1,'created_at',NULL,'2026-11-23T10:39:02',1,'35e737c7736430730bd9e3e8f64bac1516c6ebfa517ca2447c6f03369adc1892','70b63de8afb9a56a6fde684b1953762081b4bc692c02696e866ee92b6d8b8052');
INSERT INTO "audit_log" VALUES(7,'2026-11-23T10:39:02','demo','insert','plan',1,'citizen_id',NULL,'1',1,'70b63de8afb9a56a6fde684b1953762081b4bc692c02696e866ee92b6d8b8052','c16a1ea815f793173dc474321a4ca6aba02412af0efc495f12f908b5f6852045');
INSERT INTO "audit_log" VALUES(8,'2026-11-23T10:39:02','demo','insert','plan',1,'plan_type',NULL,'ressourceforloeb',1,'c16a1ea815f793173dc474321a4ca6aba02412af0efc495f12f908b5f6852045','ef9edf29aab4b544e1895223abceacbc0a31c800829fd241980ddbc37bddafc5');
INSERT INTO "audit_log" VALUES(9,'2026-11-23T10:39:02','demo','insert','plan',1,'goal_level',NULL,'purpose',1,'ef9edf29aab4b544e1895223abceacbc0a31c800829fd241980ddbc37bddafc5','e712003241156f123143a3b8ff7d31dfc1ccf5b496bf54c2dfd3c3843e6a823b');
INSERT INTO "audit_log" VALUES(10,'2026-11-23T10:39:02','demo','insert','plan',1,'start_date',NULL,'2026-11-23',1,'e712003241156f123143a3b8ff7d31dfc1ccf5b496bf54c2dfd3c3843e6a823b','37627406ce058d866453110cb4c613200fc9f3bd7bae54f80f84d7ed212d1858');
INSERT INTO "audit_log" VALUES(11,'2026-11-23T10:39:02','demo','insert','plan',1,'made_with_citizen',NULL,'0',1,'37627406ce058d866453110cb4c613200fc9f3bd7bae54f80f84d7ed212d1858','af579fb126482ab1123d16d409ae7f9164f2b8ca9792ab0e11df8300fb0e8652');
INSERT INTO "audit_log" VALUES(12,'2026-11-23T10:39:02','demo','insert','participant',1,'plan_id',NULL,'1',1,'af579fb126482ab1123d16d409ae7f9164f2b8ca9792ab0e11df8300fb0e8652','089bca693f3fe06696171c2e21befb63cda693782babf82515815ca8e3bee74f');
INSERT INTO "audit_log" VALUES(13,'2026-11-23T10:39:02','demo','insert','participant',1,'name',NULL,'Nanna Kildegaard',1,'089bca693f3fe06696171c2e21befb63cda693782babf82515815ca8e3bee74f','0088b8eafdb47bf324d7b0387b922debdadd29353997966cb55561011eaa91e9');
INSERT INTO "audit_log" VALUES(14,'2026-11-23T10:39:02','demo','insert','participant',1,'role',NULL,'citizen',1,'0088b8eafdb47bf324d7b0387b922debdadd29353997966cb55561011eaa91e9','832c0033379484539fece2d2ff4af9ee9faab0054fdeeb9601e7b2cef1339eba');
INSERT INTO "audit_log" VALUES(15,'2026-11-23T10:39:02','demo','insert','participant',1,'active',NULL,'1',1,'832c0033379484539fece2d2ff4af9ee9faab0054fdeeb9601e7b2cef1339eba','c2ef819b57eba6839c8d53f3c87e09c31004fd4e1b28c2b23c63f6dc8979106b');
INSERT INTO "audit_log" VALUES(16,'2026-11-23T10:39:02','demo','update','plan',1,'overall_goal','','Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik.',1,'c2ef819b57eba6839c8d53f3c87e09c31004fd4e1b28c2b23c63f6dc8979106b','e4a809fcc54390b74878cbb1170eb2a309920ea69b9d9519ca530cbefccebebe');
INSERT INTO "audit_log" VALUES(17,'2026-11-23T10:39:02','demo','update','plan',1,'goal_level','purpose','trade',1,'e4a809fcc54390b74878cbb1170eb2a309920ea69b9d9519ca530cbefccebebe','cf5558a9bd7168bf44c39b8510178a02b73cf835a0215a32be25d1dddca28f8a');
INSERT INTO "audit_log" VALUES(18,'2026-11-23T10:39:02','demo','update','plan',1,'start_date','2026-11-23','2026-07-26',1,'cf5558a9bd7168bf44c39b8510178a02b73cf835a0215a32be25d1dddca28f8a','edb11b11f06dd2d77d73f95c04dbbf36bf3f37783cb94cdb843b86e02ac7909d');
INSERT INTO "audit_log" VALUES(19,'2026-11-23T10:39:02','demo','update','plan',1,'end_date',NULL,'2027-07-26',1,'edb11b11f06dd2d77d73f95c04dbbf36bf3f37783cb94cdb843b86e02ac7909d','47d0db5abcbd371d901648f6b7e2ef16748075da08fb42a3ec52e986144497f1');
INSERT INTO "audit_log" VALUES(20,'2026-11-23T10:39:02','demo','update','plan',1,'follow_up','','Opfølgning hver 8. uge; næste gang 03-12-2026.',1,'47d0db5abcbd371d901648f6b7e2ef16748075da08fb42a3ec52e986144497f1','6ee1f9032ff1efa89d35b7fe4a06aa636af69545fe2105b0a82044f17a7280c7');
INSERT INTO "audit_log" VALUES(21,'2026-11-23T10:39:02','demo','update','plan',1,'purpose','','At Nanna kommer tættere på arbejdsmarkedet og får en stabil hverdag.',1,'6ee1f9032ff1efa89d35b7fe4a06aa636af69545fe2105b0a82044f17a7280c7','d641a1b34a87d2dc90921e37318fbd6181e0af4f825a789c68d2f0ec99f1ebc4');
INSERT INTO "audit_log" VALUES(22,'2026-11-23T10:39:02','demo','update','plan',1,'support_needed','','Praktik med mentor, forløb i dagtilbud, samtaler om søvn og struktur.',1,'d641a1b34a87d2dc90921e37318fbd6181e0af4f825a789c68d2f0ec99f1ebc4','dfa5bdf0f59b235c76e47f887f4245da5934c7ef702f358a12462c9488222574');
INSERT INTO "audit_log" VALUES(23,'2026-11-23T10:39:02','demo','update','plan',1,'expected_duration','','12 måneder',1,'dfa5bdf0f59b235c76e47f887f4245da5934c7ef702f358a12462c9488222574','ed05dc8f254c06fecaf37d80a7ff03548a1a6fdd2b9d18f4dc6351508109d2ff');
INSERT INTO "audit_log" VALUES(24,'2026-11-23T10:39:02','demo','update','plan',1,'other_matters','','Bolig er stabil. Ingen hjælpemidler.',1,'ed05dc8f254c06fecaf37d80a7ff03548a1a6fdd2b9d18f4dc6351508109d2ff','40500fb1f7146aa9bcb7604f99764b8239de6dd45a23334d882845c63f1e729a');
INSERT INTO "audit_log" VALUES(25,'2026-11-23T10:39:02','demo','update','plan',1,'made_with_citizen','0','1',1,'40500fb1f7146aa9bcb7604f99764b8239de6dd45a23334d882845c63f1e729a','5680de7da94d8e9c9aca6254e708a50f21301c8c60f3bbefdb589d311c5c45be');
INSERT INTO "audit_log" VALUES(26,'2026-11-23T10:39:02','demo','update','plan',1,'order_text','','Bestilling fra Jobcenter Nordby: afklaring af arbejdsevne mod job i detailhandlen.',1,'5680de7da94d8e9c9aca6254e708a50f21301c8c60f3bbefdb589d311c5c45be','5e689d7c5f9d5c085a0b5edbe3aae9f6e9ec3da544d83feb30d2267600617908');
INSERT INTO "audit_log" VALUES(27,'2026-11-23T10:39:02','demo','insert','participant',2,'plan_id',NULL,'1',1,'5e689d7c5f9d5c085a0b5edbe3aae9f6e9ec3da544d83feb30d2267600617908','33d9e91fd94085abad752c18ee7fa127992a151b0988f40a1aad72929896ca27');
INSERT INTO "audit_log" VALUES(28,'2026-11-23T10:39:02','demo','insert','participant',2,'name',NULL,'Karsten Bro',1,'33d9e91fd94085abad752c18ee7fa127992a151b0988f40a1aad72929896ca27','d1a96f604b23a7859fa45cde39e698842ad81cb9bab90c248216fcd608b7adb7');
INSERT INTO "audit_log" VALUES(29,'2026-11-23T10:39:02','demo','insert','participant',2,'role',NULL,'authority',1,'d1a96f604b23a7859fa45cde39e698842ad81cb9bab90c248216fcd608b7adb7','e3fc653023ca2a668e4287aab755ac5208304f1f05bf0b0b5d8d384f3d8c0c3e');
INSERT INTO "audit_log" VALUES(30,'2026-11-23T10:39:02','demo','insert','participant',2,'organisation',NULL,'Jobcenter Nordby',1,'e3fc653023ca2a668e4287aab755ac5208304f1f05bf0b0b5d8d384f3d8c0c3e','cc1e5b07363ee37c170edc503ba6130878ff7ad2c5bb04383093dd2ef1aa8c72');
INSERT INTO "audit_log" VALUES(31,'2026-11-23T10:39:02','demo','insert','participant',2,'active',NULL,'1',1,'cc1e5b07363ee37c170edc503ba6130878ff7ad2c5bb04383093dd2ef1aa8c72','7cee555d798053ed0e98c95e9b9378ce44fbf64c3f0694cd31d925d68144a765');
INSERT INTO "audit_log" VALUES(32,'2026-11-23T10:39:02','demo','insert','participant',3,'plan_id',NULL,'1',1,'7cee555d798053ed0e98c95e9b9378ce44fbf64c3f0694cd31d925d68144a765','3bf9eababe0c4b93ac57bd682dc53d643ae1c83cbb1cebd655f724202bda42a2');
INSERT INTO "audit_log" VALUES(33,'2026-11-23T10:39:02','demo','insert','participant',3,'name',NULL,'Fatima Ali',1,'3bf9eababe0c4b93ac57bd682dc53d643ae1c83cbb1cebd655f724202bda42a2','dd56ad0c7abc44025ebf6e98816faf775711fc2cca3bcfe69c0403fc87d51bc0');
INSERT INTO "audit_log" VALUES(34,'2026-11-23T10:39:02','demo','insert','participant',3,'role',NULL,'day_service',1,'dd56ad0c7abc44025ebf6e98816faf775711fc2cca3bcfe69c0403fc87d51bc0','40a1bfcdcad192c8ed3ed588e423ad5e8470558c866a1391d30482e3b7a7d5f6');
INSERT INTO "audit_log" VALUES(35,'2026-11-23T10:39:02','demo','insert','participant',3,'organisation',NULL,'Værestedet Kilden',1,'40a1bfcdcad192c8ed3ed588e423ad5e8470558c866a1391d30482e3b7a7d5f6','3c453346842dfd6a1205bc7996715f77466c4b26e61421ab05314d09fe151881');
INSERT INTO "audit_log" VALUES(36,'2026-11-23T10:39:02','demo','insert','participant',3,'active',NULL,'1',1,'3c453346842dfd6a1205bc7996715f77466c4b26e61421ab05314d09fe151881','f40e6609d6970f00afa09478addfb6a63ed9b26fb2f1a8c4066be2717b0e706a');
INSERT INTO "audit_log" VALUES(37,'2026-11-23T10:39:02','demo','insert','participant',4,'plan_id',NULL,'1',1,'f40e6609d6970f00afa09478addfb6a63ed9b26fb2f1a8c4066be2717b0e706a','193767c351b11b6ad77a114d92874bd744bfc40b484a2500a7c21d6b925a1e42');
INSERT INTO "audit_log" VALUES(38,'2026-11-23T10:39:02','demo','insert','participant',4,'name',NULL,'Jens Kildegaard',1,'193767c351b11b6ad77a114d92874bd744bfc40b484a2500a7c21d6b925a1e42','258ff6e009fb4efee8b5c177eedb06a3d158e502786ef6ab19a3d4609ecc569a');
INSERT INTO "audit_log" VALUES(39,'2026-11-23T10:39:02','demo','insert','participant',4,'role',NULL,'relative',1,'258ff6e009fb4efee8b5c177eedb06a3d158e502786ef6ab19a3d4609ecc569a','2c7500cb531e619f12d03e38fd4026909a2d977767cc3f23eca075194458b479');
INSERT INTO "audit_log" VALUES(40,'2026-11-23T10:39:02','demo','insert','participant',4,'organisation',NULL,'Far',1,'2c7500cb531e619f12d03e38fd4026909a2d977767cc3f23eca075194458b479','90d83d945cc484ce89508b3a62d25c5c6e43cfa554dc5229999cb65688b78954');
INSERT INTO "audit_log" VALUES(41,'2026-11-23T10:39:02','demo','insert','participant',4,'active',NULL,'1',1,'90d83d945cc484ce89508b3a62d25c5c6e43cfa554dc5229999cb65688b78954','5c7a922dc80131d44f33754f4e159532f2237f577284d4272d94e56ef7562abf');
INSERT INTO "audit_log" VALUES(42,'2026-11-23T10:39:02','demo','insert','participant',5,'plan_id',NULL,'1',1,'5c7a922dc80131d44f33754f4e159532f2237f577284d4272d94e56ef7562abf','70e3249f4865d8a1eabb00a2bcd2044786f3556d3c4ef889a652b42f27a4e09d');
INSERT INTO "audit_log" VALUES(43,'2026-11-23T10:39:02','demo','insert','participant',5,'name',NULL,'Sofie Dahl',1,'70e3249f4865d8a1eabb00a2bcd2044786f3556d3c4ef889a652b42f27a4e09d','816c83bd51334fc1967af6685be27e12d276b3bce6c6540a9a10def78183ea29');
INSERT INTO "audit_log" VALUES(44,'2026-11-23T10:39:02','demo','insert','participant',5,'role',NULL,'contact',1,'816c83bd51334fc1967af6685be27e12d276b3bce6c6540a9a10def78183ea29','32b4e94adb26fdaee5216f3eb2db13e2001eb5a684defbfaa898b78680f64247');
INSERT INTO "audit_log" VALUES(45,'2026-11-23T10:39:02','demo','insert','participant',5,'organisation',NULL,'Socialpsykiatrien Nordby',1,'32b4e94adb26fdaee5216f3eb2db13e2001eb5a684defbfaa898b78680f64247','cd27ac919e33196564952ca310929e141f3ef2e684fc55f45c044a4f6d5032e9');
INSERT INTO "audit_log" VALUES(46,'2026-11-23T10:39:02','demo','insert','participant',5,'active',NULL,'1',1,'cd27ac919e33196564952ca310929e141f3ef2e684fc55f45c044a4f6d5032e9','23e6ad591c65a951e4c333535598c5ebac3f86d2c51062ed6a6c5397fa26f6a0');
INSERT INTO "audit_log" VALUES(47,'2026-11-23T10:39:02','demo','insert','participant',6,'plan_id',NULL,'1',1,'23e6ad591c65a951e4c333535598c5ebac3f86d2c51062ed6a6c5397fa26f6a0','11743aa27185eeb4abec1c054200fb881496df56e0c33c07bbbf7056f44d4ac5');
INSERT INTO "audit_log" VALUES(48,'2026-11-23T10:39:02','demo','insert','participant',6,'name',NULL,'Ole Krogh',1,'11743aa27185eeb4abec1c054200fb881496df56e0c33c07bbbf7056f44d4ac5','63ffd361821150bcd25b4c6e56a7cabdb0e9c9616173ff33c84b25a9d1f96eb4');
INSERT INTO "audit_log" VALUES(49,'2026-11-23T10:39:02','demo','insert','participant',6,'role',NULL,'mentor',1,'63ffd361821150bcd25b4c6e56a7cabdb0e9c9616173ff33c84b25a9d1f96eb4','26d8e128bd439ef61fa0bf406d075538d547b4632de88891929125fd26b25e8f');
INSERT INTO "audit_log" VALUES(50,'2026-11-23T10:39:02','demo','insert','participant',6,'organisation',NULL,'Mentorkorps Nordby',1,'26d8e128bd439ef61fa0bf406d075538d547b4632de88891929125fd26b25e8f','671a72432478ed87ff60221d9b9eaaaf9213e5fb381407a6e47be59d69d08b98');
INSERT INTO "audit_log" VALUES(51,'2026-11-23T10:39:02','demo','insert','participant',6,'active',NULL,'1',1,'671a72432478ed87ff60221d9b9eaaaf9213e5fb381407a6e47be59d69d08b98','eeb52850f696d4871e07da9e2b9535c28acef21e55cc0163f92e9dfa3af6b100');
INSERT INTO "audit_log" VALUES(52,'2026-11-23T10:39:02','demo','insert','participant',7,'plan_id',NULL,'1',1,'eeb52850f696d4871e07da9e2b9535c28acef21e55cc0163f92e9dfa3af6b100','934368ccf7287c29530657f8e1752e7af9c3fc2b1ba186f511619fd84b82cd8f');
INSERT INTO "audit_log" VALUES(53,'2026-11-23T10:39:02','demo','insert','participant',7,'name',NULL,'Rehabiliteringsteamet Nordby',1,'934368ccf7287c29530657f8e1752e7af9c3fc2b1ba186f511619fd84b82cd8f','9cd16c6d462e7af30f105d3ce1a371d421ae1503b562932057f10dcaff84a5e2');
INSERT INTO "audit_log" VALUES(54,'2026-11-23T10:39:02','demo','insert','participant',7,'role',NULL,'rehab_team',1,'9cd16c6d462e7af30f105d3ce1a371d421ae1503b562932057f10dcaff84a5e2','b007110c498730dbaf581b9a7b1f7b6bf4cb7c8f4e8cb9a78080d39635905a4a');
INSERT INTO "audit_log" VALUES(55,'2026-11-23T10:39:02','demo','insert','participant',7,'organisation',NULL,'Nordby Kommune',1,'b007110c498730dbaf581b9a7b1f7b6bf4cb7c8f4e8cb9a78080d39635905a4a','fc9bf7d4614274063878b5d0204078ff1f804dda0aee0d5db2135ef36f0e2b6c');
INSERT INTO "audit_log" VALUES(56,'2026-11-23T10:39:02','demo','insert','participant',7,'active',NULL,'1',1,'fc9bf7d4614274063878b5d0204078ff1f804dda0aee0d5db2135ef36f0e2b6c','471bd7fc61e68235daab513b8dc73df7b567c2da1bac565a730d2d3e2cd7d850');
INSERT INTO "audit_log" VALUES(57,'2026-11-23T10:39:02','demo','insert','order_goal',1,'plan_id',NULL,'1',1,'471bd7fc61e68235daab513b8dc73df7b567c2da1bac565a730d2d3e2cd7d850','6f6ed0d2d3edc97151a235716758e85a54bfd5feb65a79c0807f2654f016322c');
INSERT INTO "audit_log" VALUES(58,'2026-11-23T10:39:02','demo','insert','order_goal',1,'text',NULL,'Afklaring af arbejdsevne mod ordinært job i detailhandlen',1,'6f6ed0d2d3edc97151a235716758e85a54bfd5feb65a79c0807f2654f016322c','a7e2bcca413c71b47e8eb0200e339764573dfb14e7cd248ebaf6b58950af0885');
INSERT INTO "audit_log" VALUES(59,'2026-11-23T10:39:02','demo','insert','order_goal',1,'position',NULL,'0',1,'a7e2bcca413c71b47e8eb0200e339764573dfb14e7cd248ebaf6b58950af0885','ced75bd6a03d31bf13abeb35aeafc616674fc110f8755849a6547a71612db533');
INSERT INTO "audit_log" VALUES(60,'2026-11-23T10:39:02','demo','insert','order_goal',2,'plan_id',NULL,'1',1,'ced75bd6a03d31bf13abeb35aeafc616674fc110f8755849a6547a71612db533','4298628fefe2a463fb29d3ba8f91066475cdb8c22a8a4f9ff095a991f6d0d966');
INSERT INTO "audit_log" VALUES(61,'2026-11-23T10:39:02','demo','insert','order_goal',2,'text',NULL,'Stabil hverdag med søvn, motion og netværk',1,'4298628fefe2a463fb29d3ba8f91066475cdb8c22a8a4f9ff095a991f6d0d966','422434b41a51d0f9d81045d3f02ff81f291ce9a8513594db6308becb85cde599');
INSERT INTO "audit_log" VALUES(62,'2026-11-23T10:39:02','demo','insert','order_goal',2,'position',NULL,'1',1,'422434b41a51d0f9d81045d3f02ff81f291ce9a8513594db6308becb85cde599','9661bfa41d8f2879a656f832d849d417bc0ef9aad3dd65b0b63aecdf4f062172');
INSERT INTO "audit_log" VALUES(63,'2026-11-23T10:39:02','demo','insert','goal',1,'plan_id',NULL,'1',1,'9661bfa41d8f2879a656f832d849d417bc0ef9aad3dd65b0b63aecdf4f062172','f7145dd08a1f177561172f0667a279c06e0573e81c7e2003a0d4d7697add6dd2');
INSERT INTO "audit_log" VALUES(64,'2026-11-23T10:39:02','demo','insert','goal',1,'area',NULL,'employment',1,'f7145dd08a1f177561172f0667a279c06e0573e81c7e2003a0d4d7697add6dd2','c8c70f8c1bc93b01bc490c3c02993ff1b3d6f2acfafeaa2bc83c325da45d47b0');
INSERT INTO "audit_log" VALUES(65,'2026-11-23T10:39:02','demo','insert','goal',1,'text',NULL,'Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen.',1,'c8c70f8c1bc93b01bc490c3c02993ff1b3d6f2acfafeaa2bc83c325da45d47b0','c68bd4f64d1aed27d077f3098bd094c97dcd85ec03d0ec7a66bbc43ac485e1d9');
INSERT INTO "audit_log" VALUES(66,'2026-11-23T10:39:02','demo','insert','goal',1,'rationale',NULL,'Praktikken viser, hvad jeg kan holde til, og bringer mig tættere på job i en butik.',1,'c68bd4f64d1aed27d077f3098bd094c97dcd85ec03d0ec7a66bbc43ac485e1d9','ad3c5837a580718d787e94d7e103f8bb415fc03724ce5aa4831428047f87f702');
INSERT INTO "audit_log" VALUES(67,'2026-11-23T10:39:02','demo','insert','goal',1,'start_date',NULL,'2026-09-24',1,'ad3c5837a580718d787e94d7e103f8bb415fc03724ce5aa4831428047f87f702','186c1d58a8e5fee9cb0bed32feb2bde522fbfd2b8407b58fe075cc322ed3eada');
INSERT INTO "audit_log" VALUES(68,'2026-11-23T10:39:02','demo','insert','goal',1,'end_date',NULL,'2027-01-22',1,'186c1d58a8e5fee9cb0bed32feb2bde522fbfd2b8407b58fe075cc322ed3eada','3509dd319b24c033a87c5f08f7d8fb26fb1502adb9062ef729333c87f320e847');
INSERT INTO "audit_log" VALUES(69,'2026-11-23T10:39:02','demo','insert','goal',1,'status',NULL,'active',1,'3509dd319b24c033a87c5f08f7d8fb26fb1502adb9062ef729333c87f320e847','b914cef8dd405618c6c588355cf6580e8ff79168a79dbd7acd559df0a39b5d93');
INSERT INTO "audit_log" VALUES(70,'2026-11-23T10:39:02','demo','insert','goal',1,'position',NULL,'0',1,'b914cef8dd405618c6c588355cf6580e8ff79168a79dbd7acd559df0a39b5d93','0ed6f587b22dcb87bf779a50e556ddc76b2e48fc932c7f886827598ee3179541');
INSERT INTO "audit_log" VALUES(71,'2026-11-23T10:39:02','demo','insert','goal',1,'scale_anchor',NULL,'5 = jeg møder 1 formiddag de fleste uger.',1,'0ed6f587b22dcb87bf779a50e556ddc76b2e48fc932c7f886827598ee3179541','02d7e7602597a63406aeaf66a6542e848375c3b2c0f8c7b997a5f4c4fa7b79b3');
INSERT INTO "audit_log" VALUES(72,'2026-11-23T10:39:02','demo','insert','goal',1,'smart_specific',NULL,'Nanna, mentor Ole og butikken; praktik i genbrugsbutikken Gensyn.',1,'02d7e7602597a63406aeaf66a6542e848375c3b2c0f8c7b997a5f4c4fa7b79b3','4709392f533a617809360bb7a56cb865b0692217284e4b20bc902cef7fe6162e');
INSERT INTO "audit_log" VALUES(73,'2026-11-23T10:39:02','demo','insert','goal',1,'smart_measurable',NULL,'Antal formiddage mødt pr. uge, noteret i kalenderen.',1,'4709392f533a617809360bb7a56cb865b0692217284e4b20bc902cef7fe6162e','fc8c3c6f4d1aa27fceda255da5f83e3c70454548ced21fbd6f22b8ebb35cc7c1');
INSERT INTO "audit_log" VALUES(74,'2026-11-23T10:39:02','demo','insert','goal',1,'smart_accepted',NULL,'Nanna har selv valgt butikken; Karsten er enig.',1,'fc8c3c6f4d1aa27fceda255da5f83e3c70454548ced21fbd6f22b8ebb35cc7c1','2453055af950e8ec209a72df67eda17df839aeca47cf46b3eab6bcc29a3aa870');
INSERT INTO "audit_log" VALUES(75,'2026-11-23T10:39:02','demo','insert','goal',1,'smart_realistic',NULL,'Nanna tror på 2 formiddage; mere senere.',1,'2453055af950e8ec209a72df67eda17df839aeca47cf46b3eab6bcc29a3aa870','cd793643de3526869fb3777147a5f090cde9de92a45866c839c10733fdf9b105');
INSERT INTO "audit_log" VALUES(76,'2026-11-23T10:39:02','demo','insert','goal',1,'smart_timed',NULL,'Start 24-09-2026, opfølgning 03-12-2026.',1,'cd793643de3526869fb3777147a5f090cde9de92a45866c839c10733fdf9b105','792d653ec1faa1e7f231baab839430a6b299dd726be6b344ea3abfdecd44e9b6');
INSERT INTO "audit_log" VALUES(77,'2026-11-23T10:39:02','demo','insert','goal',1,'smtte_context',NULL,'Bestilling fra jobcentret; Nanna har ikke arbejdet i 4 år.',1,'792d653ec1faa1e7f231baab839430a6b299dd726be6b344ea3abfdecd44e9b6','d693dd0f391693c8c0fc69777054070c6a63dd902c24ec728e1f48a2820fc7b0');
INSERT INTO "audit_log" VALUES(78,'2026-11-23T10:39:02','demo','insert','goal',1,'smtte_signs',NULL,'Nanna møder til tiden; hun fortæller selv om dagen i butikken.',1,'d693dd0f391693c8c0fc69777054070c6a63dd902c24ec728e1f48a2820fc7b0','af76578225d8c8612520f9f136323988020a21a353ed7844c1246f09df4c2de3');
INSERT INTO "audit_log" VALUES(79,'2026-11-23T10:39:02','demo','insert','goal',1,'smtte_actions',NULL,'Mentor Ole ringer mandag morgen; fast plads ved kassen.',1,'af76578225d8c8612520f9f136323988020a21a353ed7844c1246f09df4c2de3','db88d4a4645892c280c16f90a110e24983d267caefb34e2714b742856de2d80d');
INSERT INTO "audit_log" VALUES(80,'2026-11-23T10:39:02','demo','insert','goal',1,'smtte_due',NULL,'2026-12-13',1,'db88d4a4645892c280c16f90a110e24983d267caefb34e2714b742856de2d80d','e447cf6cedb4c17520101f4425544bdfc9eb10d54a1286143a1bba930bc1b123');
INSERT INTO "audit_log" VALUES(81,'2026-11-23T10:39:02','demo','insert','goal',1,'order_goal_id',NULL,'1',1,'e447cf6cedb4c17520101f4425544bdfc9eb10d54a1286143a1bba930bc1b123','61c704a689874a191b060059e0065a93edbd09180b8d8b7c4e52344b762f40f7');
INSERT INTO "audit_log" VALUES(82,'2026-11-23T10:39:02','demo','insert','goal',1,'gas_weight',NULL,'1.0',1,'61c704a689874a191b060059e0065a93edbd09180b8d8b7c4e52344b762f40f7','358816236cf9feb407aa12672a4d647693479080a112dfd7ff8cebb829db3bd8');
INSERT INTO "audit_log" VALUES(83,'2026-11-23T10:39:02','demo','insert','goal',1,'shared_with_relatives',NULL,'1',1,'358816236cf9feb407aa12672a4d647693479080a112dfd7ff8cebb829db3bd8','483bcf0ec32707e90639cd1bddb40697edae56e09a94431581d149ddc180d570');
INSERT INTO "audit_log" VALUES(84,'2026-11-23T10:39:02','demo','insert','goal',1,'private',NULL,'0',1,'483bcf0ec32707e90639cd1bddb40697edae56e09a94431581d149ddc180d570','63a748890042ced571a03e34b3ea5b4890c24dcd5f9949636dcdc5b15953ab59');
INSERT INTO "audit_log" VALUES(85,'2026-11-23T10:39:02','demo','insert','goal',2,'plan_id',NULL,'1',1,'63a748890042ced571a03e34b3ea5b4890c24dcd5f9949636dcdc5b15953ab59','fd03474e4de47bb8a10a7208db5a9db1b9a5c44917387b9ccfd21601e413a18e');
INSERT INTO "audit_log" VALUES(86,'2026-11-23T10:39:02','demo','insert','goal',2,'area',NULL,'health',1,'fd03474e4de47bb8a10a7208db5a9db1b9a5c44917387b9ccfd21601e413a18e','89523051e0cc479fdc0b1199667905fb3568c4dcbcebbbf475de820111f632ac');
INSERT INTO "audit_log" VALUES(87,'2026-11-23T10:39:02','demo','insert','goal',2,'text',NULL,'Jeg vil forbedre mit helbred.',1,'89523051e0cc479fdc0b1199667905fb3568c4dcbcebbbf475de820111f632ac','5119140142c2d83cb943d82e5884f52e085448a45e675c31e25b4869fa49870e');
INSERT INTO "audit_log" VALUES(88,'2026-11-23T10:39:02','demo','insert','goal',2,'rationale',NULL,'Bedre søvn gør, at jeg kan møde om morgenen.',1,'5119140142c2d83cb943d82e5884f52e085448a45e675c31e25b4869fa49870e','e1c7b5b39a848ab285aca40f37b87e8501cc5ef04ac2ebc102de31bb2537775f');
INSERT INTO "audit_log" VALUES(89,'2026-11-23T10:39:02','demo','insert','goal',2,'start_date',NULL,'2026-08-25',1,'e1c7b5b39a848ab285aca40f37b87e8501cc5ef04ac2ebc102de31bb2537775f','b3279021e24835a01a6b02f3ec7fb55f4d0219a69145dd9bb8a0d43b8537e872');
INSERT INTO "audit_log" VALUES(90,'2026-11-23T10:39:02','demo','insert','goal',2,'end_date',NULL,'2026-12-23',1,'b3279021e24835a01a6b02f3ec7fb55f4d0219a69145dd9bb8a0d43b8537e872','0c216e8121ba983b9d7a4d69695f6b372a6c6e53747528157e64a05e5302a205');
INSERT INTO "audit_log" VALUES(91,'2026-11-23T10:39:02','demo','insert','goal',2,'status',NULL,'active',1,'0c216e8121ba983b9d7a4d69695f6b372a6c6e53747528157e64a05e5302a205','acc6de93134ad4b60b790c76b01d640af0c8ad0062969183dfcee8aa2806f2c0');
INSERT INTO "audit_log" VALUES(92,'2026-11-23T10:39:02','demo','insert','goal',2,'position',NULL,'1',1,'acc6de93134ad4b60b790c76b01d640af0c8ad0062969183dfcee8aa2806f2c0','193dbfc0ced5b33422b6c2e58b6c8e74024a1900c3f8b4ce76796c55c9382a1d');
INSERT INTO "audit_log" VALUES(93,'2026-11-23T10:39:02','demo','insert','goal',2,'smart_specific',NULL,'Nanna går med Bamse i Skovparken.',1,'193dbfc0ced5b33422b6c2e58b6c8e74024a1900c3f8b4ce76796c55c9382a1d','b07e5bb7f46e7623159c63db96330d1ad6b270ee015fa170b1ed804992b5aa5c');
INSERT INTO "audit_log" VALUES(94,'2026-11-23T10:39:02','demo','insert','goal',2,'smart_measurable',NULL,'Kryds i kalenderen for hver tur.',1,'b07e5bb7f46e7623159c63db96330d1ad6b270ee015fa170b1ed804992b5aa5c','1729150e5e7646cf0b74ff7085d63e1440865242326d2292902ed84d8a18bc33');
INSERT INTO "audit_log" VALUES(95,'2026-11-23T10:39:02','demo','insert','goal',2,'smart_accepted',NULL,'Nanna vil gerne.',1,'1729150e5e7646cf0b74ff7085d63e1440865242326d2292902ed84d8a18bc33','bc2df5ecfd737b25258e6b859971d3e7b81b9965edbd29799cb635ec6d4ad16f');
INSERT INTO "audit_log" VALUES(96,'2026-11-23T10:39:02','demo','insert','goal',2,'order_goal_id',NULL,'2',1,'bc2df5ecfd737b25258e6b859971d3e7b81b9965edbd29799cb635ec6d4ad16f','e1bd56941edaed260355352343200b3324901024be3d692b0a8bf4d7ae7150f8');
INSERT INTO "audit_log" VALUES(97,'2026-11-23T10:39:02','demo','insert','goal',2,'gas_weight',NULL,'1.0',1,'e1bd56941edaed260355352343200b3324901024be3d692b0a8bf4d7ae7150f8','3ee052f850c52d829e172745af13d3675c0313bd5792c6074dfc7e5d297ad84f');
INSERT INTO "audit_log" VALUES(98,'2026-11-23T10:39:02','demo','insert','goal',2,'shared_with_relatives',NULL,'1',1,'3ee052f850c52d829e172745af13d3675c0313bd5792c6074dfc7e5d297ad84f','618264563231eebb49939beb7389b3e59ded3c83648e8944536931c4c0cb5dbd');
INSERT INTO "audit_log" VALUES(99,'2026-11-23T10:39:02','demo','insert','goal',2,'private',NULL,'0',1,'618264563231eebb49939beb7389b3e59ded3c83648e8944536931c4c0cb5dbd','cd2eda4a86219d49005966c479800a0113623a4ddb8c6ce1ff3eae21737dbcc2');
INSERT INTO "audit_log" VALUES(100,'2026-11-23T10:39:02','demo','insert','goal',3,'plan_id',NULL,'1',1,'cd2eda4a86219d49005966c479800a0113623a4ddb8c6ce1ff3eae21737dbcc2','8aa6db480596cf8f5a28cc7444d2e90a286c72e76fc43836809634cce8d594e2');
INSERT INTO "audit_log" VALUES(101,'2026-11-23T10:39:02','demo','insert','goal',3,'area',NULL,'health',1,'8aa6db480596cf8f5a28cc7444d2e90a286c72e76fc43836809634cce8d594e2','fa30b7a7e9fc8423d2b796a6cafa565f0a2132e675db807185c5f47b6e75f37e');
INSERT INTO "audit_log" VALUES(102,'2026-11-23T10:39:02','demo','insert','goal',3,'text',NULL,'Jeg vil tale med min læge om min søvnmedicin inden jul.',1,'fa30b7a7e9fc8423d2b796a6cafa565f0a2132e675db807185c5f47b6e75f37e','f98acd67e8ab01292693d9e8b130a3c49195ceb062d86442f899f81446b8a3ce');
INSERT INTO "audit_log" VALUES(103,'2026-11-23T10:39:02','demo','insert','goal',3,'rationale',NULL,'Medicinen gør mig træt om formiddagen.',1,'f98acd67e8ab01292693d9e8b130a3c49195ceb062d86442f899f81446b8a3ce','ea8f115e627ea836478a38ec1ed5abd1d89c14d1d56449aadde1922b1864f46c');
INSERT INTO "audit_log" VALUES(104,'2026-11-23T10:39:02','demo','insert','goal',3,'start_date',NULL,'2026-10-24',1,'ea8f115e627ea836478a38ec1ed5abd1d89c14d1d56449aadde1922b1864f46c','3fe4c8e6eca8d85523baf267ab6eae035cc17cee264c62899fff4719739c63a2');
INSERT INTO "audit_log" VALUES(105,'2026-11-23T10:39:02','demo','insert','goal',3,'end_date',NULL,'2026-12-23',1,'3fe4c8e6eca8d85523baf267ab6eae035cc17cee264c62899fff4719739c63a2','76ec3cf812013af971b4f53f76888fe45a8cc11bc1034c410d8c5537e30f5edc');
INSERT INTO "audit_log" VALUES(106,'2026-11-23T10:39:02','demo','insert','goal',3,'status',NULL,'active',1,'76ec3cf812013af971b4f53f76888fe45a8cc11bc1034c410d8c5537e30f5edc','3a1fcb60d8252d9709a388118a28b7cbd53d47d10c505f2dbbc341b054e5fa5e');
INSERT INTO "audit_log" VALUES(107,'2026-11-23T10:39:02','demo','insert','goal',3,'position',NULL,'2',1,'3a1fcb60d8252d9709a388118a28b7cbd53d47d10c505f2dbbc341b054e5fa5e','f513fbc9ba8c62a8be3f33a15d80f1ecdfebd6675ccd226c8b6450dda6291b76');
INSERT INTO "audit_log" VALUES(108,'2026-11-23T10:39:02','demo','insert','goal',3,'order_goal_id',NULL,'2',1,'f513fbc9ba8c62a8be3f33a15d80f1ecdfebd6675ccd226c8b6450dda6291b76','19c8be5d5ccfb495f1f0f863a0268c784b9546290d0cc6ba431ba5614c6cc6b2');
INSERT INTO "audit_log" VALUES(109,'2026-11-23T10:39:02','demo','insert','goal',3,'gas_weight',NULL,'1.0',1,'19c8be5d5ccfb495f1f0f863a0268c784b9546290d0cc6ba431ba5614c6cc6b2','2f06aa245687a79af962fd1443265e5adc44123b6c3ed110aa009571447f2632');
INSERT INTO "audit_log" VALUES(110,'2026-11-23T10:39:02','demo','insert','goal',3,'shared_with_relatives',NULL,'0',1,'2f06aa245687a79af962fd1443265e5adc44123b6c3ed110aa009571447f2632','e47ff08eb7f4d1debe045dfe5dd9400bd9676a59d87a8b8ec94e18455edb69e4');
INSERT INTO "audit_log" VALUES(111,'2026-11-23T10:39:02','demo','insert','goal',3,'private',NULL,'1',1,'e47ff08eb7f4d1debe045dfe5dd9400bd9676a59d87a8b8ec94e18455edb69e4','d92f878763a8d72f797ed818a00cd7167250a98edacc6184d3aeae43c5c4ff10');
INSERT INTO "audit_log" VALUES(112,'2026-11-23T10:39:02','demo','insert','goal',4,'plan_id',NULL,'1',1,'d92f878763a8d72f797ed818a00cd7167250a98edacc6184d3aeae43c5c4ff10','0b79a293576e78ffac601135964e69605594b11952ba78bf8e669c7c92530b97');
INSERT INTO "audit_log" VALUES(113,'2026-11-23T10:39:02','demo','insert','goal',4,'area',NULL,'education',1,'0b79a293576e78ffac601135964e69605594b11952ba78bf8e669c7c92530b97','a4e5cae459bb34b6f585912994ee3651160974575381debf2abb4032964ff293');
INSERT INTO "audit_log" VALUES(114,'2026-11-23T10:39:02','demo','insert','goal',4,'text',NULL,'Jeg vil tage FVU-dansk trin 1 på VUC om tirsdagen.',1,'a4e5cae459bb34b6f585912994ee3651160974575381debf2abb4032964ff293','d30343994b036d45aef9ba3486dd45140b20fcb7a846846c8c8a4b559d200701');
INSERT INTO "audit_log" VALUES(115,'2026-11-23T10:39:02','demo','insert','goal',4,'rationale',NULL,'Butiksarbejde kræver, at jeg kan læse varesedler og skrive beskeder.',1,'d30343994b036d45aef9ba3486dd45140b20fcb7a846846c8c8a4b559d200701','bfc1e77dfa0dd1fa75b7ca864e6a2d5c7f427f022fe31975dea3c78642469109');
INSERT INTO "audit_log" VALUES(116,'2026-11-23T10:39:02','demo','insert','goal',4,'start_date',NULL,'2026-10-09',1,'bfc1e77dfa0dd1fa75b7ca864e6a2d5c7f427f022fe31975dea3c78642469109','1f100b777afa88cf5d0b90dba777e89baf4d37da04f948954a004d56d0fc93ae');
INSERT INTO "audit_log" VALUES(117,'2026-11-23T10:39:02','demo','insert','goal',4,'end_date',NULL,'2027-03-23',1,'1f100b777afa88cf5d0b90dba777e89baf4d37da04f948954a004d56d0fc93ae','2976fb8d2a1940cc3b5f7ef7a4ab263ae62361b68a8f7128a1f91633a2f9dc87');
INSERT INTO "audit_log" VALUES(118,'2026-11-23T10:39:02','demo','insert','goal',4,'status',NULL,'active',1,'2976fb8d2a1940cc3b5f7ef7a4ab263ae62361b68a8f7128a1f91633a2f9dc87','42b685c2a4a93b45e4c8ec33001f019bc6af5b973244df272dfecc3dcce9919c');
INSERT INTO "audit_log" VALUES(119,'2026-11-23T10:39:02','demo','insert','goal',4,'position',NULL,'3',1,'42b685c2a4a93b45e4c8ec33001f019bc6af5b973244df272dfecc3dcce9919c','9988d56829650df5c9f5506dc8351a24628a2ff466d56088133d502f13d53cba');
INSERT INTO "audit_log" VALUES(120,'2026-11-23T10:39:02','demo','insert','goal',4,'order_goal_id',NULL,'1',1,'9988d56829650df5c9f5506dc8351a24628a2ff466d56088133d502f13d53cba','29ba779063e0c31506a3799a92f5a0c3b94522e54099996fb30cbefd9b02e5da');
INSERT INTO "audit_log" VALUES(121,'2026-11-23T10:39:02','demo','insert','goal',4,'gas_weight',NULL,'1.0',1,'29ba779063e0c31506a3799a92f5a0c3b94522e54099996fb30cbefd9b02e5da','01204a9894e85a0ff5826f115e7de9b9c86daee7c237fe55baab5b458b5e5404');
INSERT INTO "audit_log" VALUES(122,'2026-11-23T10:39:02','demo','insert','goal',4,'shared_with_relatives',NULL,'0',1,'01204a9894e85a0ff5826f115e7de9b9c86daee7c237fe55baab5b458b5e5404','bce55de0be41d6beff1b7c3e0e68b83101df94c3c325ef638b2933a2e7e40825');
INSERT INTO "audit_log" VALUES(123,'2026-11-23T10:39:02','demo','insert','goal',4,'private',NULL,'0',1,'bce55de0be41d6beff1b7c3e0e68b83101df94c3c325ef638b2933a2e7e40825','890665973b4db38c8c06e52ecfbe31b6443e2ee337efa5a5789c68e8188ed58f');
INSERT INTO "audit_log" VALUES(124,'2026-11-23T10:39:02','demo','insert','goal',5,'plan_id',NULL,'1',1,'890665973b4db38c8c06e52ecfbe31b6443e2ee337efa5a5789c68e8188ed58f','c8f4c5ab3c6e7fa145c9d08077cb6386d50df8abeac7732e84c906c2df5fef01');
INSERT INTO "audit_log" VALUES(125,'2026-11-23T10:39:02','demo','insert','goal',5,'area',NULL,'social',1,'c8f4c5ab3c6e7fa145c9d08077cb6386d50df8abeac7732e84c906c2df5fef01','b8f277bfaa1ce449415097e02f427bef63e09f697ca1c7ec2ed7496f08cdccdc');
INSERT INTO "audit_log" VALUES(126,'2026-11-23T10:39:02','demo','insert','goal',5,'text',NULL,'Jeg vil ringe til min søster én gang om ugen.',1,'b8f277bfaa1ce449415097e02f427bef63e09f697ca1c7ec2ed7496f08cdccdc','7735345b72146e0fb2c4f34e3a1fc4bbb57fa1b6719e4a70681619749714e67b');
INSERT INTO "audit_log" VALUES(127,'2026-11-23T10:39:02','demo','insert','goal',5,'rationale',NULL,'Min søster giver mig mod, og jeg vil gerne have mere kontakt.',1,'7735345b72146e0fb2c4f34e3a1fc4bbb57fa1b6719e4a70681619749714e67b','d0cbab7cfaa16309d5249a3fcacb369a9d3f08fa7124be5b194f37905319d77c');
INSERT INTO "audit_log" VALUES(128,'2026-11-23T10:39:02','demo','insert','goal',5,'start_date',NULL,'2026-08-25',1,'d0cbab7cfaa16309d5249a3fcacb369a9d3f08fa7124be5b194f37905319d77c','9b1b3db175fab14c22198c30e73b8ae3339887be3b1b607ac5fd8c272138a2bf');
INSERT INTO "audit_log" VALUES(129,'2026-11-23T10:39:02','demo','insert','goal',5,'end_date',NULL,'2027-02-21',1,'9b1b3db175fab14c22198c30e73b8ae3339887be3b1b607ac5fd8c272138a2bf','873a9c52b93d768b6d73003529fcc05cb8fb11cb7f366aed856df5c7bcf608fe');
INSERT INTO "audit_log" VALUES(130,'2026-11-23T10:39:02','demo','insert','goal',5,'status',NULL,'active',1,'873a9c52b93d768b6d73003529fcc05cb8fb11cb7f366aed856df5c7bcf608fe','c68f4a487d1c55a7f8377cfa27568a6e49ff13134a4ef7f31c9c61d3975abf08');
INSERT INTO "audit_log" VALUES(131,'2026-11-23T10:39:02','demo','insert','goal',5,'position',NULL,'4',1,'c68f4a487d1c55a7f8377cfa27568a6e49ff13134a4ef7f31c9c61d3975abf08','bf69351d6934b6dec022503455c01f3608d6418251ec5646cba4a2efe6f1791d');
INSERT INTO "audit_log" VALUES(132,'2026-11-23T10:39:02','demo','insert','goal',5,'order_goal_id',NULL,'2',1,'bf69351d6934b6dec022503455c01f3608d6418251ec5646cba4a2efe6f1791d','ca75fe7e53d9bcedd129914a43882cca1871a9aa61f3c66c154c2a8251345067');
INSERT INTO "audit_log" VALUES(133,'2026-11-23T10:39:02','demo','insert','goal',5,'gas_weight',NULL,'1.0',1,'ca75fe7e53d9bcedd129914a43882cca1871a9aa61f3c66c154c2a8251345067','37729feebfc47c91609c95414ec366fbbc294ea792c7e63a3397e5583a93e930');
INSERT INTO "audit_log" VALUES(134,'2026-11-23T10:39:02','demo','insert','goal',5,'shared_with_relatives',NULL,'1',1,'37729feebfc47c91609c95414ec366fbbc294ea792c7e63a3397e5583a93e930','da4ff1f77fe986adedcbc0abacbd4a810a3bd039bd4b2ca05e14c9f13da17b2e');
INSERT INTO "audit_log" VALUES(135,'2026-11-23T10:39:02','demo','insert','goal',5,'private',NULL,'0',1,'da4ff1f77fe986adedcbc0abacbd4a810a3bd039bd4b2ca05e14c9f13da17b2e','22e379f1a96036ccfa3269506c016b4f248078c0e7895f0b32a4f984caf2ab2a');
INSERT INTO "audit_log" VALUES(136,'2026-11-23T10:39:02','demo','insert','activity',1,'goal_id',NULL,'1',1,'22e379f1a96036ccfa3269506c016b4f248078c0e7895f0b32a4f984caf2ab2a','0ad9d7e05255bbb4f3d6aece47ae295246a55d59f19dc1a5c51478403f34af02');
INSERT INTO "audit_log" VALUES(137,'2026-11-23T10:39:02','demo','insert','activity',1,'text',NULL,'Praktik tirsdag og torsdag 9-12',1,'0ad9d7e05255bbb4f3d6aece47ae295246a55d59f19dc1a5c51478403f34af02','86effe284d9645de526692d5349a00b9833a6f1ddbcb17e352f6f50dd980bd5c');
INSERT INTO "audit_log" VALUES(138,'2026-11-23T10:39:02','demo','insert','activity',1,'who',NULL,'Nanna og Ole',1,'86effe284d9645de526692d5349a00b9833a6f1ddbcb17e352f6f50dd980bd5c','c4412200dfb205e7919e428b4750246bdac58e5bbf364436e1907264d8d974c7');
INSERT INTO "audit_log" VALUES(139,'2026-11-23T10:39:02','demo','insert','activity',1,'place',NULL,'Gensyn, Storegade 12',1,'c4412200dfb205e7919e428b4750246bdac58e5bbf364436e1907264d8d974c7','19b7862d3dd0550edc9a2b475343fb32f3c5ea4549fe2ac0c31445af4cf9e171');
INSERT INTO "audit_log" VALUES(140,'2026-11-23T10:39:02','demo','insert','activity',1,'short_term_aim',NULL,'Møde 2 formiddage om ugen i 4 uger i træk',1,'19b7862d3dd0550edc9a2b475343fb32f3c5ea4549fe2ac0c31445af4cf9e171','5a40acc57106d528e063d96713178dd3c4eea65aeef7af276202bf758d231ff0');
INSERT INTO "audit_log" VALUES(141,'2026-11-23T10:39:02','demo','insert','activity',1,'position',NULL,'0',1,'5a40acc57106d528e063d96713178dd3c4eea65aeef7af276202bf758d231ff0','1707f4388c0a753a8179b0261447d4e176f27fd372868030989a743a74ea46c9');
INSERT INTO "audit_log" VALUES(142,'2026-11-23T10:39:02','demo','insert','activity',2,'goal_id',NULL,'2',1,'1707f4388c0a753a8179b0261447d4e176f27fd372868030989a743a74ea46c9','65a56b89a52539c7888f48525cf3040b5426197a43d2233cbc53deb7251ea15d');
INSERT INTO "audit_log" VALUES(143,'2026-11-23T10:39:02','demo','insert','activity',2,'text',NULL,'Gåtur i Skovparken',1,'65a56b89a52539c7888f48525cf3040b5426197a43d2233cbc53deb7251ea15d','6475d90a038ac2890bee4e98392bb8a7fcd4a81205061456b10a37cab30c47ad');
INSERT INTO "audit_log" VALUES(144,'2026-11-23T10:39:02','demo','insert','activity',2,'who',NULL,'Nanna',1,'6475d90a038ac2890bee4e98392bb8a7fcd4a81205061456b10a37cab30c47ad','0c5951011d7ed6104cfd69c9ed825e67db610c1f4fe7a63cf09796df67224387');
INSERT INTO "audit_log" VALUES(145,'2026-11-23T10:39:02','demo','insert','activity',2,'place',NULL,'Skovparken',1,'0c5951011d7ed6104cfd69c9ed825e67db610c1f4fe7a63cf09796df67224387','6d1a1718c23cfc21014d93fd8a5d629ef2193d703765bf58d2a68f49d014a987');
INSERT INTO "audit_log" VALUES(146,'2026-11-23T10:39:02','demo','insert','activity',2,'short_term_aim',NULL,'3 ture om ugen',1,'6d1a1718c23cfc21014d93fd8a5d629ef2193d703765bf58d2a68f49d014a987','dfa99f5de8867c27b46595fb5f98b441f617655177f05705df309aeefb269010');
INSERT INTO "audit_log" VALUES(147,'2026-11-23T10:39:02','demo','insert','activity',2,'position',NULL,'0',1,'dfa99f5de8867c27b46595fb5f98b441f617655177f05705df309aeefb269010','7b680a6056140e8f34185d2f3fdb29617e611610ed4f39e24e7936f2354170c9');
INSERT INTO "audit_log" VALUES(148,'2026-11-23T10:39:02','demo','insert','activity',3,'goal_id',NULL,'4',1,'7b680a6056140e8f34185d2f3fdb29617e611610ed4f39e24e7936f2354170c9','100b611c3564637b5d87b8bc67fe5d4864ce0d815f87c9478e819d8024d18f53');
INSERT INTO "audit_log" VALUES(149,'2026-11-23T10:39:02','demo','insert','activity',3,'text',NULL,'FVU-dansk, hold 3',1,'100b611c3564637b5d87b8bc67fe5d4864ce0d815f87c9478e819d8024d18f53','e32d74c638d578f14c4caa8e1bea1d4b4b73327abdbedb9df8fc68134b606fd7');
INSERT INTO "audit_log" VALUES(150,'2026-11-23T10:39:02','demo','insert','activity',3,'who',NULL,'Nanna',1,'e32d74c638d578f14c4caa8e1bea1d4b4b73327abdbedb9df8fc68134b606fd7','57a5ab9d51998afd9fd0d6a219fb6513d1ef29f430003b4b92d01c0305878cfc');
INSERT INTO "audit_log" VALUES(151,'2026-11-23T10:39:02','demo','insert','activity',3,'place',NULL,'VUC Nordby',1,'57a5ab9d51998afd9fd0d6a219fb6513d1ef29f430003b4b92d01c0305878cfc','06c59174648edd321916811274dae91952ff77f6147c41914b6db14d4fb74bba');
INSERT INTO "audit_log" VALUES(152,'2026-11-23T10:39:02','demo','insert','activity',3,'short_term_aim',NULL,'Følge undervisningen hver tirsdag',1,'06c59174648edd321916811274dae91952ff77f6147c41914b6db14d4fb74bba','85c9b47fbcd4145934af5dfc790dc61ef5319f27fdb4c1344d0142a8c982199f');
INSERT INTO "audit_log" VALUES(153,'2026-11-23T10:39:02','demo','insert','activity',3,'position',NULL,'0',1,'85c9b47fbcd4145934af5dfc790dc61ef5319f27fdb4c1344d0142a8c982199f','4d1b10c0f72d73d130377591f3c9b77b00816eb950afec3478d4f8cf9eb40d5a');
INSERT INTO "audit_log" VALUES(154,'2026-11-23T10:39:02','demo','insert','activity',4,'goal_id',NULL,'5',1,'4d1b10c0f72d73d130377591f3c9b77b00816eb950afec3478d4f8cf9eb40d5a','714d27684d66ad201f0ddf8c4465a93503a9005217e1549ae23513958f66d194');
INSERT INTO "audit_log" VALUES(155,'2026-11-23T10:39:02','demo','insert','activity',4,'text',NULL,'Ugentligt opkald',1,'714d27684d66ad201f0ddf8c4465a93503a9005217e1549ae23513958f66d194','ade28655bf88057ad119ba1630a11630d8bb4b93d74bbcf221cfd2ed1656b647');
INSERT INTO "audit_log" VALUES(156,'2026-11-23T10:39:02','demo','insert','activity',4,'who',NULL,'Nanna',1,'ade28655bf88057ad119ba1630a11630d8bb4b93d74bbcf221cfd2ed1656b647','088ad6347684b910c1ea8cbba371140649881195d2e39c74309bfa7a9105cc8e');
INSERT INTO "audit_log" VALUES(157,'2026-11-23T10:39:02','demo','insert','activity',4,'place',NULL,'Hjemme',1,'088ad6347684b910c1ea8cbba371140649881195d2e39c74309bfa7a9105cc8e','ef13618d1ff12fb8bdd8633d8cea044bcac4ddc6787547405ed69bae1755c7ff');
INSERT INTO "audit_log" VALUES(158,'2026-11-23T10:39:02','demo','insert','activity',4,'short_term_aim',NULL,'Et opkald om ugen',1,'ef13618d1ff12fb8bdd8633d8cea044bcac4ddc6787547405ed69bae1755c7ff','ad24132fe67f1835176bdbe6c71fbffd4eba7eb2ee7b98d2942ba11728b085a8');
INSERT INTO "audit_log" VALUES(159,'2026-11-23T10:39:02','demo','insert','activity',4,'position',NULL,'0',1,'ad24132fe67f1835176bdbe6c71fbffd4eba7eb2ee7b98d2942ba11728b085a8','1ebb8571603fe8b632d8b6498623abb604023134a45b0247ebc6b2ea26c9c63b');
INSERT INTO "audit_log" VALUES(160,'2026-11-23T10:39:02','demo','insert','goal_revision',1,'goal_id',NULL,'2',1,'1ebb8571603fe8b632d8b6498623abb604023134a45b0247ebc6b2ea26c9c63b','04eddc1f81bea034c962a1fabb0bbb2aa58542e4aa8dda7f9a89f458746be543');
INSERT INTO "audit_log" VALUES(161,'2026-11-23T10:39:02','demo','insert','goal_revision',1,'text',NULL,'Jeg vil forbedre mit helbred.',1,'04eddc1f81bea034c962a1fabb0bbb2aa58542e4aa8dda7f9a89f458746be543','9c4b3834db5b5cddb4fe100acd52f8264414432b9aa9a94d2b2cf22a9d4fb2fc');
INSERT INTO "audit_log" VALUES(162,'2026-11-23T10:39:02','demo','insert','goal_revision',1,'rationale',NULL,'Bedre søvn gør, at jeg kan møde om morgenen.',1,'9c4b3834db5b5cddb4fe100acd52f8264414432b9aa9a94d2b2cf22a9d4fb2fc','28f6fb6e20d6c0389ac4e8a66a91f0d7adf982f3ddc3e54d558196b4acd7a8bb');
INSERT INTO "audit_log" VALUES(163,'2026-11-23T10:39:02','demo','insert','goal_revision',1,'replaced_at',NULL,'2026-11-23T10:39:02',1,'28f6fb6e20d6c0389ac4e8a66a91f0d7adf982f3ddc3e54d558196b4acd7a8bb','0693e11b3750361561c16d4ca19facd83e8a66957bf49ceb6456f1b76b6128ba');
INSERT INTO "audit_log" VALUES(164,'2026-11-23T10:39:02','demo','insert','goal_revision',1,'reason',NULL,'Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.',1,'0693e11b3750361561c16d4ca19facd83e8a66957bf49ceb6456f1b76b6128ba','e3ff8bf087eb9fd9b8dc043cb2782611374c083923194b87d9e0d7d9f8f54a87');
INSERT INTO "audit_log" VALUES(165,'2026-11-23T10:39:02','demo','update','goal',2,'text','Jeg vil forbedre mit helbred.','Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre.',1,'e3ff8bf087eb9fd9b8dc043cb2782611374c083923194b87d9e0d7d9f8f54a87','611327629a29278d06e395d52c688fcf944696865c85ba1ef3ba1c368b55d3f7');
INSERT INTO "audit_log" VALUES(166,'2026-11-23T10:39:02','demo','insert','meeting',1,'plan_id',NULL,'1',1,'611327629a29278d06e395d52c688fcf944696865c85ba1ef3ba1c368b55d3f7','aa55d8627bafae4c1f548a50f7afc79b88ae91d795517ec85ee2003ba4e3f6b1');
INSERT INTO "audit_log" VALUES(167,'2026-11-23T10:39:02','demo','insert','meeting',1,'kind',NULL,'network',1,'aa55d8627bafae4c1f548a50f7afc79b88ae91d795517ec85ee2003ba4e3f6b1','d120bd0d7880cded675730991df3759bafd85acc3e0cd07ed65357a636abb830');
INSERT INTO "audit_log" VALUES(168,'2026-11-23T10:39:02','demo','insert','meeting',1,'date',NULL,'2026-09-24',1,'d120bd0d7880cded675730991df3759bafd85acc3e0cd07ed65357a636abb830','50d458b58a3147dcf577ed4474be74cccf2033e0819a017b5a5590ee42622a9f');
INSERT INTO "audit_log" VALUES(169,'2026-11-23T10:39:02','demo','insert','meeting',1,'time',NULL,'10:00',1,'50d458b58a3147dcf577ed4474be74cccf2033e0819a017b5a5590ee42622a9f','114659e484ce92180f455355fbdac573777c772b069e041eeb32979067b3f610');
INSERT INTO "audit_log" VALUES(170,'2026-11-23T10:39:02','demo','insert','meeting',1,'place',NULL,'Jobcenter Nordby, mødelokale 2',1,'114659e484ce92180f455355fbdac573777c772b069e041eeb32979067b3f610','d4998116929ffec4c5ccb96bc9365b45fa1e2e2781d448f4bfeaf34d63dca8e9');
INSERT INTO "audit_log" VALUES(171,'2026-11-23T10:39:02','demo','insert','meeting',1,'status',NULL,'planned',1,'d4998116929ffec4c5ccb96bc9365b45fa1e2e2781d448f4bfeaf34d63dca8e9','8db4f10f0bcc0c593fa10cd4bb8e0d9eafa88cb37fc142522582a62a1c093b3d');
INSERT INTO "audit_log" VALUES(172,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'meeting_id',NULL,'1',1,'8db4f10f0bcc0c593fa10cd4bb8e0d9eafa88cb37fc142522582a62a1c093b3d','4964a014f66c3b2607df1c30dae334f92eb7eafbbcfecd8021be6a6104275cf1');
INSERT INTO "audit_log" VALUES(173,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'position',NULL,'0',1,'4964a014f66c3b2607df1c30dae334f92eb7eafbbcfecd8021be6a6104275cf1','d4792a85c30bd5d7b718a3bdbe38f2368d34b1e8e16e4e9282a4887ae81bb0f8');
INSERT INTO "audit_log" VALUES(174,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'title',NULL,'Velkomst, roller og dagsorden',1,'d4792a85c30bd5d7b718a3bdbe38f2368d34b1e8e16e4e9282a4887ae81bb0f8','5e1265ebaf55377257da2b45ffa7acd666516d1c8ccbebe62b3293cbe368aacb');
INSERT INTO "audit_log" VALUES(175,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'part',NULL,'free',1,'5e1265ebaf55377257da2b45ffa7acd666516d1c8ccbebe62b3293cbe368aacb','fba8055b5c45794ed87cd3835eb92ad2392485112e43f71cf21647e04eb3c87e');
INSERT INTO "audit_log" VALUES(176,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'done',NULL,'0',1,'fba8055b5c45794ed87cd3835eb92ad2392485112e43f71cf21647e04eb3c87e','ba20ab19e5fc1198e3ea681a6ce39fc43b6722a79dba0f9228a21c63500b8bcb');
INSERT INTO "audit_log" VALUES(177,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'shared_with_relatives',NULL,'0',1,'ba20ab19e5fc1198e3ea681a6ce39fc43b6722a79dba0f9228a21c63500b8bcb','9818710373d0888548d3627c169529e9e9fe707f57ccd10adac8cadedc4615d7');
INSERT INTO "audit_log" VALUES(178,'2026-11-23T10:39:02','demo','insert','agenda_item',1,'private',NULL,'0',1,'9818710373d0888548d3627c169529e9e9fe707f57ccd10adac8cadedc4615d7','a81b06e7af4073913835268397d7e38e8980f703273926370b8f6c576750be47');
INSERT INTO "audit_log" VALUES(179,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'meeting_id',NULL,'1',1,'a81b06e7af4073913835268397d7e38e8980f703273926370b8f6c576750be47','fc4bbd261c31f029146e561dadb7bf4a9b46480b724d3bb305b1638e62cd8cb6');
INSERT INTO "audit_log" VALUES(180,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'position',NULL,'1',1,'fc4bbd261c31f029146e561dadb7bf4a9b46480b724d3bb305b1638e62cd8cb6','fb1419e09f52886b0bbe862a88bd15eebf303676dadc0334da3cbb00356a76ef');
INSERT INTO "audit_log" VALUES(181,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'title',NULL,'Bestilling og lovens krav',1,'fb1419e09f52886b0bbe862a88bd15eebf303676dadc0334da3cbb00356a76ef','afed194f5cac7ab92d3df4754eb01a2932b7ebf64fd572a39bcc461e36dbaa73');
INSERT INTO "audit_log" VALUES(182,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'part',NULL,'checklist',1,'afed194f5cac7ab92d3df4754eb01a2932b7ebf64fd572a39bcc461e36dbaa73','c8866a711a758eea1276eaf1bb58e16f737d7aecff247d07ff4c91d77c45602a');
INSERT INTO "audit_log" VALUES(183,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'done',NULL,'0',1,'c8866a711a758eea1276eaf1bb58e16f737d7aecff247d07ff4c91d77c45602a','1c1745c83360a28013ac6c6a17b40356d0b9f553fde40763cc19dd2a2258f5f6');
INSERT INTO "audit_log" VALUES(184,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'shared_with_relatives',NULL,'0',1,'1c1745c83360a28013ac6c6a17b40356d0b9f553fde40763cc19dd2a2258f5f6','ea3da894b7c38e986cfc03f11dd453e0252811a5f2c86c359cea14625fa58d2d');
INSERT INTO "audit_log" VALUES(185,'2026-11-23T10:39:02','demo','insert','agenda_item',2,'private',NULL,'0',1,'ea3da894b7c38e986cfc03f11dd453e0252811a5f2c86c359cea14625fa58d2d','853729078a2f528ba646a46f33b66bc855160d644d458ad310f3b394904749e4');
INSERT INTO "audit_log" VALUES(186,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'meeting_id',NULL,'1',1,'853729078a2f528ba646a46f33b66bc855160d644d458ad310f3b394904749e4','bbe1b118a1a6521ded9e3b151a603e24286e807653030243a14f8ed7fd0c2467');
INSERT INTO "audit_log" VALUES(187,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'position',NULL,'2',1,'bbe1b118a1a6521ded9e3b151a603e24286e807653030243a14f8ed7fd0c2467','7c8f389ee110528149d6f30d63810fc68697964aecc3467d82687fbadb9c0e92');
INSERT INTO "audit_log" VALUES(188,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'title',NULL,'Opfølgning på aftaler siden sidst',1,'7c8f389ee110528149d6f30d63810fc68697964aecc3467d82687fbadb9c0e92','49059bfffde90b19c318d02f694fcb5775f9f30373ca6a1d13b18d26cdcd0821');
INSERT INTO "audit_log" VALUES(189,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'part',NULL,'review',1,'49059bfffde90b19c318d02f694fcb5775f9f30373ca6a1d13b18d26cdcd0821','b9f2b68ad06638c0502a9c5fc443231e136bffc8c5b5e95c69fffbcc9dad6289');
INSERT INTO "audit_log" VALUES(190,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'done',NULL,'0',1,'b9f2b68ad06638c0502a9c5fc443231e136bffc8c5b5e95c69fffbcc9dad6289','76e59de0793a715fa00f939e2f991f686b21331fe64c6be14c80af238e2ee8d3');
INSERT INTO "audit_log" VALUES(191,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'shared_with_relatives',NULL,'0',1,'76e59de0793a715fa00f939e2f991f686b21331fe64c6be14c80af238e2ee8d3','71988d56a0ebea55ec334057e8f7c5c25f39c9895222f6002e577d8d1b2617d3');
INSERT INTO "audit_log" VALUES(192,'2026-11-23T10:39:02','demo','insert','agenda_item',3,'private',NULL,'0',1,'71988d56a0ebea55ec334057e8f7c5c25f39c9895222f6002e577d8d1b2617d3','aa4f26a4d08df2a6fedd67a610b59f60d1b2d4fa86717706dee75342a66bda64');
INSERT INTO "audit_log" VALUES(193,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'meeting_id',NULL,'1',1,'aa4f26a4d08df2a6fedd67a610b59f60d1b2d4fa86717706dee75342a66bda64','df606ab151dbafff469fd055173a0ed4741986fa65d0c006dc62ff3eb65f3875');
INSERT INTO "audit_log" VALUES(194,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'position',NULL,'3',1,'df606ab151dbafff469fd055173a0ed4741986fa65d0c006dc62ff3eb65f3875','c9990dd386c87456146c7d7ae40003d9fed887f0aad9bb45fe5fdb0da7a58a28');
INSERT INTO "audit_log" VALUES(195,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'title',NULL,'Skalering af delmål',1,'c9990dd386c87456146c7d7ae40003d9fed887f0aad9bb45fe5fdb0da7a58a28','7c72869640139d43357b47d674915011b5f3a8c463040579ce934a12939cbbce');
INSERT INTO "audit_log" VALUES(196,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'part',NULL,'scaling',1,'7c72869640139d43357b47d674915011b5f3a8c463040579ce934a12939cbbce','3bf473be9081231a04d8aeb383488c9cdc2d4a7631b21dd93299571a8bdf78c8');
INSERT INTO "audit_log" VALUES(197,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'done',NULL,'0',1,'3bf473be9081231a04d8aeb383488c9cdc2d4a7631b21dd93299571a8bdf78c8','b463274c6c56c858eac34ab1756a781b67157ba8b40709473cf82e54d0ccd3c6');
INSERT INTO "audit_log" VALUES(198,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'shared_with_relatives',NULL,'0',1,'b463274c6c56c858eac34ab1756a781b67157ba8b40709473cf82e54d0ccd3c6','137fccc7d934dd8926fb6c6819455f17ad4bb17a15fb9da12306fba74eaaeef4');
INSERT INTO "audit_log" VALUES(199,'2026-11-23T10:39:02','demo','insert','agenda_item',4,'private',NULL,'0',1,'137fccc7d934dd8926fb6c6819455f17ad4bb17a15fb9da12306fba74eaaeef4','a5c5ddf6dc4e45a6371dec3c4748ee077c1fe1430cf127f0a90013d5ef4ad23b');
INSERT INTO "audit_log" VALUES(200,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'meeting_id',NULL,'1',1,'a5c5ddf6dc4e45a6371dec3c4748ee077c1fe1430cf127f0a90013d5ef4ad23b','26e8d7c2c91f75f44f30fe358b5e4b3f4686e07a9e988296c7f21ed4d9648943');
INSERT INTO "audit_log" VALUES(201,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'position',NULL,'4',1,'26e8d7c2c91f75f44f30fe358b5e4b3f4686e07a9e988296c7f21ed4d9648943','6865c0142fabfe19f27b91b813f6d4140b9f222325838a7a5d7e924cfa0fc632');
INSERT INTO "audit_log" VALUES(202,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'title',NULL,'SMTTE og tegn fra dagtilbuddet',1,'6865c0142fabfe19f27b91b813f6d4140b9f222325838a7a5d7e924cfa0fc632','ad1ed3bf9126e891a349819ae8e8c3b59fea11237888cc908e69f1254a1aa757');
INSERT INTO "audit_log" VALUES(203,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'part',NULL,'smtte',1,'ad1ed3bf9126e891a349819ae8e8c3b59fea11237888cc908e69f1254a1aa757','4cb9ec07877a9f96eed3e214793b8324de782dbba70ffd970a4ded07e44c7d06');
INSERT INTO "audit_log" VALUES(204,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'done',NULL,'0',1,'4cb9ec07877a9f96eed3e214793b8324de782dbba70ffd970a4ded07e44c7d06','3954666f74153edde1db32475adb3f3528343dc88ef0e8d465a54d177412d522');
INSERT INTO "audit_log" VALUES(205,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'shared_with_relatives',NULL,'0',1,'3954666f74153edde1db32475adb3f3528343dc88ef0e8d465a54d177412d522','cd205985b9a486a2741efa57bf36b21f2d5839fde2df8453dfc43beaaff80b96');
INSERT INTO "audit_log" VALUES(206,'2026-11-23T10:39:02','demo','insert','agenda_item',5,'private',NULL,'0',1,'cd205985b9a486a2741efa57bf36b21f2d5839fde2df8453dfc43beaaff80b96','63123f0bfae3a640dc8080f03a1781227d71c1517a97cc69dde00b17cb45bc31');
INSERT INTO "audit_log" VALUES(207,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'meeting_id',NULL,'1',1,'63123f0bfae3a640dc8080f03a1781227d71c1517a97cc69dde00b17cb45bc31','bec2b965b3ae1af784ff1933a2cc1bc88ab19b3591f1be0cc3688985defd6f5c');
INSERT INTO "audit_log" VALUES(208,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'position',NULL,'5',1,'bec2b965b3ae1af784ff1933a2cc1bc88ab19b3591f1be0cc3688985defd6f5c','e45108a15df5f0b1f74945cb599afd7516095e6394f41ea6c5f73949119816ae');
INSERT INTO "audit_log" VALUES(209,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'title',NULL,'Pårørendes støtte',1,'e45108a15df5f0b1f74945cb599afd7516095e6394f41ea6c5f73949119816ae','08fdbefb79413693a949fcd9775bbeca3abf341db9158b117b4d42a5aa02318b');
INSERT INTO "audit_log" VALUES(210,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'part',NULL,'support',1,'08fdbefb79413693a949fcd9775bbeca3abf341db9158b117b4d42a5aa02318b','5787167c22ef97b059044d280bbe19a6d19523ad0206402e0291b49d5f0083a5');
INSERT INTO "audit_log" VALUES(211,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'done',NULL,'0',1,'5787167c22ef97b059044d280bbe19a6d19523ad0206402e0291b49d5f0083a5','9161bbe308fb154eae838900d2bac7ffc954ec03e3448ee119b0fe93ab8aed65');
INSERT INTO "audit_log" VALUES(212,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'shared_with_relatives',NULL,'0',1,'9161bbe308fb154eae838900d2bac7ffc954ec03e3448ee119b0fe93ab8aed65','8a27d82d640df9eb8ebc1b998a699c1e236328277618d5ba219b7a14b991413f');
INSERT INTO "audit_log" VALUES(213,'2026-11-23T10:39:02','demo','insert','agenda_item',6,'private',NULL,'0',1,'8a27d82d640df9eb8ebc1b998a699c1e236328277618d5ba219b7a14b991413f','e6ada78fba69430e3b7c6bdc0bb99f2cc52fb735f462e74c2753820476dc2357');
INSERT INTO "audit_log" VALUES(214,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'meeting_id',NULL,'1',1,'e6ada78fba69430e3b7c6bdc0bb99f2cc52fb735f462e74c2753820476dc2357','06194a753e1c4ea8fdb75f3619be4133e0f0ccc03a0129a76525a124818b137a');
INSERT INTO "audit_log" VALUES(215,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'position',NULL,'6',1,'06194a753e1c4ea8fdb75f3619be4133e0f0ccc03a0129a76525a124818b137a','c7dcd3601ea3f255da2d4175718b2c94b9e1d2db12c00b07d5ea17a0eec45b65');
INSERT INTO "audit_log" VALUES(216,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'title',NULL,'Nye aftaler',1,'c7dcd3601ea3f255da2d4175718b2c94b9e1d2db12c00b07d5ea17a0eec45b65','77741e74251e4a7c1952755a10da5a96afcbeb10f3a2d102f0b7fa2948e3d2c6');
INSERT INTO "audit_log" VALUES(217,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'part',NULL,'agreements',1,'77741e74251e4a7c1952755a10da5a96afcbeb10f3a2d102f0b7fa2948e3d2c6','071e0f79ca1f357a2e5a4db88ac1f82c51bd9f8aebd2b6b88de352a7d2448723');
INSERT INTO "audit_log" VALUES(218,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'done',NULL,'0',1,'071e0f79ca1f357a2e5a4db88ac1f82c51bd9f8aebd2b6b88de352a7d2448723','ba2bbce5e96d6825a4c8b58ddd4de71f534bfbcf03854966d3b81fe72296b422');
INSERT INTO "audit_log" VALUES(219,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'shared_with_relatives',NULL,'0',1,'ba2bbce5e96d6825a4c8b58ddd4de71f534bfbcf03854966d3b81fe72296b422','b435077157b88bab415195aba31b6a75bbd2bb8281f86092f1ad69523fdc8948');
INSERT INTO "audit_log" VALUES(220,'2026-11-23T10:39:02','demo','insert','agenda_item',7,'private',NULL,'0',1,'b435077157b88bab415195aba31b6a75bbd2bb8281f86092f1ad69523fdc8948','007add79789600044fac61d59faca610afbaa5a2f83c08bd2a44bad8c9b71627');
INSERT INTO "audit_log" VALUES(221,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'meeting_id',NULL,'1',1,'007add79789600044fac61d59faca610afbaa5a2f83c08bd2a44bad8c9b71627','ee8aaba674298b306836ffbe9f17e60f1c4093eaefb05f35173f3e9a02d93238');
INSERT INTO "audit_log" VALUES(222,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'position',NULL,'7',1,'ee8aaba674298b306836ffbe9f17e60f1c4093eaefb05f35173f3e9a02d93238','09f5cfc5a905e703aeb8f5ffd554737f45aa9f00ee6311bac5c63dae18e08d73');
INSERT INTO "audit_log" VALUES(223,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'title',NULL,'Næste møde',1,'09f5cfc5a905e703aeb8f5ffd554737f45aa9f00ee6311bac5c63dae18e08d73','456a5e6d3f7c99244da8a9f3a0c7c5b6321ec6f492555a5a7d48b685d2f2a68e');
INSERT INTO "audit_log" VALUES(224,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'part',NULL,'next',1,'456a5e6d3f7c99244da8a9f3a0c7c5b6321ec6f492555a5a7d48b685d2f2a68e','ba61f25266ea12ee955392821d03fd828ed2c58a5281abfe5adb1b65d2bd6ca0');
INSERT INTO "audit_log" VALUES(225,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'done',NULL,'0',1,'ba61f25266ea12ee955392821d03fd828ed2c58a5281abfe5adb1b65d2bd6ca0','207c115ca47e482b1c39a2bde3e0e7664755b4c0d32f23e270c8c45ac4738ba7');
INSERT INTO "audit_log" VALUES(226,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'shared_with_relatives',NULL,'0',1,'207c115ca47e482b1c39a2bde3e0e7664755b4c0d32f23e270c8c45ac4738ba7','ad4eb679b0b9ae9163784b6e8098ba74b124b96db738e75e125c498103968748');
INSERT INTO "audit_log" VALUES(227,'2026-11-23T10:39:02','demo','insert','agenda_item',8,'private',NULL,'0',1,'ad4eb679b0b9ae9163784b6e8098ba74b124b96db738e75e125c498103968748','7f69ca7aea15986056dbbfbeb13db820ca9a42b2d621fc3bde65f2260c271172');
INSERT INTO "audit_log" VALUES(228,'2026-11-23T10:39:02','demo','insert','meeting_participant',1,'meeting_id',NULL,'1',1,'7f69ca7aea15986056dbbfbeb13db820ca9a42b2d621fc3bde65f2260c271172','d2ce9904ee4dd287ff37c232ed303b130192f475f26744f394de254289d6dfa7');
INSERT INTO "audit_log" VALUES(229,'2026-11-23T10:39:02','demo','insert','meeting_participant',1,'participant_id',NULL,'1',1,'d2ce9904ee4dd287ff37c232ed303b130192f475f26744f394de254289d6dfa7','44367c653488d44ab233c117257a89390b5bc0cce5ff261a6191756ed4322b98');
INSERT INTO "audit_log" VALUES(230,'2026-11-23T10:39:02','demo','insert','meeting_participant',2,'meeting_id',NULL,'1',1,'44367c653488d44ab233c117257a89390b5bc0cce5ff261a6191756ed4322b98','6b2866321d1ee840504c80d6ec32b5db773db0b5163ad08bdc4520be99ec02e4');
INSERT INTO "audit_log" VALUES(231,'2026-11-23T10:39:02','demo','insert','meeting_participant',2,'participant_id',NULL,'2',1,'6b2866321d1ee840504c80d6ec32b5db773db0b5163ad08bdc4520be99ec02e4','b0d646cfe410687c0eb9c584f980a0e73b39c96919189a2137ae50cb0af2136e');
INSERT INTO "audit_log" VALUES(232,'2026-11-23T10:39:02','demo','insert','meeting_participant',3,'meeting_id',NULL,'1',1,'b0d646cfe410687c0eb9c584f980a0e73b39c96919189a2137ae50cb0af2136e','1b5453a83978a87a944e2d0006890bd3f54915f660ed67c1217d147ad5d61c5e');
INSERT INTO "audit_log" VALUES(233,'2026-11-23T10:39:02','demo','insert','meeting_participant',3,'participant_id',NULL,'3',1,'1b5453a83978a87a944e2d0006890bd3f54915f660ed67c1217d147ad5d61c5e','b7fb6540d84e21640333c439c6b9aebfaf8c148ca42f66c86c0e844980662d1c');
INSERT INTO "audit_log" VALUES(234,'2026-11-23T10:39:02','demo','insert','meeting_participant',4,'meeting_id',NULL,'1',1,'b7fb6540d84e21640333c439c6b9aebfaf8c148ca42f66c86c0e844980662d1c','b2f2d2a30c456c531553fe6ba1d5b9d4f215494a1bfda8dbf522d86d046ad18a');
INSERT INTO "audit_log" VALUES(235,'2026-11-23T10:39:02','demo','insert','meeting_participant',4,'participant_id',NULL,'4',1,'b2f2d2a30c456c531553fe6ba1d5b9d4f215494a1bfda8dbf522d86d046ad18a','6f796fd4cf151fdf3e0e2402164961ce94b33fbd937e35cac79f69b60dd8fd6a');
INSERT INTO "audit_log" VALUES(236,'2026-11-23T10:39:02','demo','insert','meeting_participant',5,'meeting_id',NULL,'1',1,'6f796fd4cf151fdf3e0e2402164961ce94b33fbd937e35cac79f69b60dd8fd6a','32c15999fdd45dad55e5f925997cb680851b0ac51c0710b875b0cd37af92a10c');
INSERT INTO "audit_log" VALUES(237,'2026-11-23T10:39:02','demo','insert','meeting_participant',5,'participant_id',NULL,'5',1,'32c15999fdd45dad55e5f925997cb680851b0ac51c0710b875b0cd37af92a10c','ad7c882f3e83bca991b703ab6e62d451992d790842dfb33c10a0430e56c77969');
INSERT INTO "audit_log" VALUES(238,'2026-11-23T10:39:02','demo','insert','meeting_participant',6,'meeting_id',NULL,'1',1,'ad7c882f3e83bca991b703ab6e62d451992d790842dfb33c10a0430e56c77969','15a37a97a0e221f8d90694c7a85a7fbd7c521d820deba06849d88ff39b791b4d');
INSERT INTO "audit_log" VALUES(239,'2026-11-23T10:39:02','demo','insert','meeting_participant',6,'participant_id',NULL,'6',1,'15a37a97a0e221f8d90694c7a85a7fbd7c521d820deba06849d88ff39b791b4d','36ba5a89dea4c5e04df89d2f992cfc397b0fe56499140b26eebf456ddd56f755');
INSERT INTO "audit_log" VALUES(240,'2026-11-23T10:39:02','demo','update','meeting',1,'status','planned','open',1,'36ba5a89dea4c5e04df89d2f992cfc397b0fe56499140b26eebf456ddd56f755','73945757a0ec3cc58d4c5526eedfd8d88d49241ea920219edef4f091c8f7aa7b');
INSERT INTO "audit_log" VALUES(241,'2026-11-23T10:39:02','demo','insert','scale_reading',1,'goal_id',NULL,'1',1,'73945757a0ec3cc58d4c5526eedfd8d88d49241ea920219edef4f091c8f7aa7b','851a07092665463f4bfe51cee66df6e5dbf93267816d494c99887044c4b6cdc4');
INSERT INTO "audit_log" VALUES(242,'2026-11-23T10:39:02','demo','insert','scale_reading',1,'meeting_id',NULL,'1',1,'851a07092665463f4bfe51cee66df6e5dbf93267816d494c99887044c4b6cdc4','8e718e1811760479dce0091bf9613d4bc5dc3581f2d6566c333b8c7eba7ea6b7');
INSERT INTO "audit_log" VALUES(243,'2026-11-23T10:39:02','demo','insert','scale_reading',1,'participant_id',NULL,'1',1,'8e718e1811760479dce0091bf9613d4bc5dc3581f2d6566c333b8c7eba7ea6b7','3dccfbcf2b795afe85ef7b012fdad18daecee4f547b13762f2760f42aa1e28d9');
INSERT INTO "audit_log" VALUES(244,'2026-11-23T10:39:02','demo','insert','scale_reading',1,'date',NULL,'2026-09-24',1,'3dccfbcf2b795afe85ef7b012fdad18daecee4f547b13762f2760f42aa1e28d9','0600d5129f8d74d3301ccc86b360835a3bc20e2ba8fb3c657eadd20f2278280a');
INSERT INTO "audit_log" VALUES(245,'2026-11-23T10:39:02','demo','insert','scale_reading',1,'score',NULL,'2',1,'0600d5129f8d74d3301ccc86b360835a3bc20e2ba8fb3c657eadd20f2278280a','2ad328a72ceff780a8339f2b702397fdbce894585d9817ccb56110936a3a78b6');
INSERT INTO "audit_log" VALUES(246,'2026-11-23T10:39:02','demo','insert','scale_reading',1,'private',NULL,'0',1,'2ad328a72ceff780a8339f2b702397fdbce894585d9817ccb56110936a3a78b6','988ecfdee61476ca00048570237d36857a9e994b5677e19ed2b97e3fc5a01dd1');
INSERT INTO "audit_log" VALUES(247,'2026-11-23T10:39:02','demo','insert','scale_reading',2,'goal_id',NULL,'1',1,'988ecfdee61476ca00048570237d36857a9e994b5677e19ed2b97e3fc5a01dd1','464ee8fdc4d70fad03c642634c359d16b9eb6cc71de79f537fd7a6ea976fdf66');
INSERT INTO "audit_log" VALUES(248,'2026-11-23T10:39:02','demo','insert','scale_reading',2,'meeting_id',NULL,'1',1,'464ee8fdc4d70fad03c642634c359d16b9eb6cc71de79f537fd7a6ea976fdf66','30fef92f6c9fb05202b249570e19d531598d125afc1e78845d907501e1efc037');
INSERT INTO "audit_log" VALUES(249,'2026-11-23T10:39:02','demo','insert','scale_reading',2,'participant_id',NULL,'2',1,'30fef92f6c9fb05202b249570e19d531598d125afc1e78845d907501e1efc037','764be2fb30b0c8a19c1524b599e9c4805870e6340672aa61d792ea11db09aef8');
INSERT INTO "audit_log" VALUES(250,'2026-11-23T10:39:02','demo','insert','scale_reading',2,'date',NULL,'2026-09-24',1,'764be2fb30b0c8a19c1524b599e9c4805870e6340672aa61d792ea11db09aef8','8286a3074f82889f9a5513d04f922ecf091c1c5a6ed743d6d6633e5b52f4271e');
INSERT INTO "audit_log" VALUES(251,'2026-11-23T10:39:02','demo','insert','scale_reading',2,'score',NULL,'3',1,'8286a3074f82889f9a5513d04f922ecf091c1c5a6ed743d6d6633e5b52f4271e','a9420969a98005f905c4875727ea79dc18b9b8640842a4475b582e85d68265a3');
INSERT INTO "audit_log" VALUES(252,'2026-11-23T10:39:02','demo','insert','scale_reading',2,'private',NULL,'0',1,'a9420969a98005f905c4875727ea79dc18b9b8640842a4475b582e85d68265a3','b09d292a9758fb8adf98135b71fa1fbf34e0dea0d3bc4bc7a46d68b0f8847ca7');
INSERT INTO "audit_log" VALUES(253,'2026-11-23T10:39:02','demo','insert','scale_reading',3,'goal_id',NULL,'2',1,'b09d292a9758fb8adf98135b71fa1fbf34e0dea0d3bc4bc7a46d68b0f8847ca7','23e388845ae76d78d0aed7336d9bcbb253b53f43dbcdf27b5bf0ce6dcc51a560');
INSERT INTO "audit_log" VALUES(254,'2026-11-23T10:39:02','demo','insert','scale_reading',3,'meeting_id',NULL,'1',1,'23e388845ae76d78d0aed7336d9bcbb253b53f43dbcdf27b5bf0ce6dcc51a560','c31fdc2aaeab82c2b0b1546a77113ff9382810e9ce2acaa2b34855a65bccf586');
INSERT INTO "audit_log" VALUES(255,'2026-11-23T10:39:02','demo','insert','scale_reading',3,'participant_id',NULL,'1',1,'c31fdc2aaeab82c2b0b1546a77113ff9382810e9ce2acaa2b34855a65bccf586','51f0d224c89e3f17a8e18bc8aab291eff20f4fc5cf94750649c3309872f912e0');
INSERT INTO "audit_log" VALUES(256,'2026-11-23T10:39:02','demo','insert','scale_reading',3,'date',NULL,'2026-09-24',1,'51f0d224c89e3f17a8e18bc8aab291eff20f4fc5cf94750649c3309872f912e0','28816a28593bb8e5ce1cdb1a1e1a546aa2e0744f7412fb0f4aa1dc42748738e4');
INSERT INTO "audit_log" VALUES(257,'2026-11-23T10:39:02','demo','insert','scale_reading',3,'score',NULL,'3',1,'28816a28593bb8e5ce1cdb1a1e1a546aa2e0744f7412fb0f4aa1dc42748738e4','26e9c1c6a77672ac953e429dd6b7f07c7b4be801d4dae62e838e445172f90a35');
INSERT INTO "audit_log" VALUES(258,'2026-11-23T10:39:02','demo','insert','scale_reading',3,'private',NULL,'0',1,'26e9c1c6a77672ac953e429dd6b7f07c7b4be801d4dae62e838e445172f90a35','dc44dbb4ee6473b30a2e718d7756d9caf67f75eb31753cc92272e26d19896fc9');
INSERT INTO "audit_log" VALUES(259,'2026-11-23T10:39:02','demo','insert','scale_reading',4,'goal_id',NULL,'2',1,'dc44dbb4ee6473b30a2e718d7756d9caf67f75eb31753cc92272e26d19896fc9','4dc162b37d50ba7bd2873f0a184b27efc5144d92dbd52906a8bd4344c9ec4400');
INSERT INTO "audit_log" VALUES(260,'2026-11-23T10:39:02','demo','insert','scale_reading',4,'meeting_id',NULL,'1',1,'4dc162b37d50ba7bd2873f0a184b27efc5144d92dbd52906a8bd4344c9ec4400','f6061a97e458feaa1190fcf45ae110233f10935f782593385be9cef2a3b6b11e');
INSERT INTO "audit_log" VALUES(261,'2026-11-23T10:39:02','demo','insert','scale_reading',4,'participant_id',NULL,'2',1,'f6061a97e458feaa1190fcf45ae110233f10935f782593385be9cef2a3b6b11e','1bff18fc7709ccfcf5e4164a0743141d9ff32a4d3f50a043aa591af92032df36');
INSERT INTO "audit_log" VALUES(262,'2026-11-23T10:39:02','demo','insert','scale_reading',4,'date',NULL,'2026-09-24',1,'1bff18fc7709ccfcf5e4164a0743141d9ff32a4d3f50a043aa591af92032df36','9da89e641841e2bc89e77a048676d2fc2a497fa7985de7fc2aceb70fbec7b43b');
INSERT INTO "audit_log" VALUES(263,'2026-11-23T10:39:02','demo','insert','scale_reading',4,'score',NULL,'3',1,'9da89e641841e2bc89e77a048676d2fc2a497fa7985de7fc2aceb70fbec7b43b','f759074fb9a2ee586411e7d878c07d1a2008569ea087069cd8aa14a291d3c2a4');
INSERT INTO "audit_log" VALUES(264,'2026-11-23T10:39:02','demo','insert','scale_reading',4,'private',NULL,'0',1,'f759074fb9a2ee586411e7d878c07d1a2008569ea087069cd8aa14a291d3c2a4','88272b66d1b8d4669829fb2d9a78eb07f2b42e9adf1f4227d12acf26befe5274');
INSERT INTO "audit_log" VALUES(265,'2026-11-23T10:39:02','demo','insert','scale_reading',5,'goal_id',NULL,'3',1,'88272b66d1b8d4669829fb2d9a78eb07f2b42e9adf1f4227d12acf26befe5274','5fdd9731ec2ac3e5480336c4bb68e8c06bb2b4714d5a782e38d6ee7a537fd841');
INSERT INTO "audit_log" VALUES(266,'2026-11-23T10:39:02','demo','insert','scale_reading',5,'meeting_id',NULL,'1',1,'5fdd9731ec2ac3e5480336c4bb68e8c06bb2b4714d5a782e38d6ee7a537fd841','30490aca5e58f9825789881e9db17036f7dfc0722260b62c5c0a4dbb2dbdc98f');
INSERT INTO "audit_log" VALUES(267,'2026-11-23T10:39:02','demo','insert','scale_reading',5,'participant_id',NULL,'1',1,'30490aca5e58f9825789881e9db17036f7dfc0722260b62c5c0a4dbb2dbdc98f','43ed18a8d60ebe0d7e38c6668f2a27caa0bef615ace577e1dfd146002fd758eb');
INSERT INTO "audit_log" VALUES(268,'2026-11-23T10:39:02','demo','insert','scale_reading',5,'date',NULL,'2026-09-24',1,'43ed18a8d60ebe0d7e38c6668f2a27caa0bef615ace577e1dfd146002fd758eb','f240223fa126f72592b33149a5e581b99bd2adfbc5c2df6027fc39227989da76');
INSERT INTO "audit_log" VALUES(269,'2026-11-23T10:39:02','demo','insert','scale_reading',5,'score',NULL,'4',1,'f240223fa126f72592b33149a5e581b99bd2adfbc5c2df6027fc39227989da76','6d751df805b3f88be973f68682581bfc56e016287eeb0b88473184111a44ca42');
INSERT INTO "audit_log" VALUES(270,'2026-11-23T10:39:02','demo','insert','scale_reading',5,'private',NULL,'0',1,'6d751df805b3f88be973f68682581bfc56e016287eeb0b88473184111a44ca42','db8873421c862397212ee966b25c0bbddf4ee6524acc1a4178885f628b27eb5d');
INSERT INTO "audit_log" VALUES(271,'2026-11-23T10:39:02','demo','insert','scale_reading',6,'goal_id',NULL,'3',1,'db8873421c862397212ee966b25c0bbddf4ee6524acc1a4178885f628b27eb5d','f155548320812bdf8057d90e2a80174f278a1dedff2c045dbeffb1751108caba');
INSERT INTO "audit_log" VALUES(272,'2026-11-23T10:39:02','demo','insert','scale_reading',6,'meeting_id',NULL,'1',1,'f155548320812bdf8057d90e2a80174f278a1dedff2c045dbeffb1751108caba','aa0f523beae86d5c1e319ef891c6a12663e4007814e6eff31f6e0b4196d8a5fb');
INSERT INTO "audit_log" VALUES(273,'2026-11-23T10:39:02','demo','insert','scale_reading',6,'participant_id',NULL,'2',1,'aa0f523beae86d5c1e319ef891c6a12663e4007814e6eff31f6e0b4196d8a5fb','f32df89ff7c4dd252cbb89bee9600697ecb3078abb4be7dc3d3a1a7a701f4b49');
INSERT INTO "audit_log" VALUES(274,'2026-11-23T10:39:02','demo','insert','scale_reading',6,'date',NULL,'2026-09-24',1,'f32df89ff7c4dd252cbb89bee9600697ecb3078abb4be7dc3d3a1a7a701f4b49','5a8305bfdd2dec2a82d908ec8724b4da6d297181fe24729bc1d4ce370bba2d04');
INSERT INTO "audit_log" VALUES(275,'2026-11-23T10:39:02','demo','insert','scale_reading',6,'score',NULL,'4',1,'5a8305bfdd2dec2a82d908ec8724b4da6d297181fe24729bc1d4ce370bba2d04','475712bb4899fd89e0c76614cd8324b412e72fffe882ca37b7f9ab69de80505e');
INSERT INTO "audit_log" VALUES(276,'2026-11-23T10:39:02','demo','insert','scale_reading',6,'private',NULL,'0',1,'475712bb4899fd89e0c76614cd8324b412e72fffe882ca37b7f9ab69de80505e','d7e2c60a88413e223df58ffc37d200454c2d4803f32c2157ca67deef3235aa8a');
INSERT INTO "audit_log" VALUES(277,'2026-11-23T10:39:02','demo','insert','scale_reading',7,'goal_id',NULL,'4',1,'d7e2c60a88413e223df58ffc37d200454c2d4803f32c2157ca67deef3235aa8a','93df2ac716031f029cc91b5584924c81c90664e9ddcca6cd82d82c6519948412');
INSERT INTO "audit_log" VALUES(278,'2026-11-23T10:39:02','demo','insert','scale_reading',7,'meeting_id',NULL,'1',1,'93df2ac716031f029cc91b5584924c81c90664e9ddcca6cd82d82c6519948412','12e328201f851ba3de102da2f6828725d09511fe42357d8cab839364f2651a4a');
INSERT INTO "audit_log" VALUES(279,'2026-11-23T10:39:02','demo','insert','scale_reading',7,'participant_id',NULL,'1',1,'12e328201f851ba3de102da2f6828725d09511fe42357d8cab839364f2651a4a','60ab615b9edbe83d046ff1a01137ea047710a113dba9f6294762e8894977daa2');
INSERT INTO "audit_log" VALUES(280,'2026-11-23T10:39:02','demo','insert','scale_reading',7,'date',NULL,'2026-09-24',1,'60ab615b9edbe83d046ff1a01137ea047710a113dba9f6294762e8894977daa2','477673de4721b0722784466d35e79dd9ec1292ca434bbd0507a502717ebe17d1');
INSERT INTO "audit_log" VALUES(281,'2026-11-23T10:39:02','demo','insert','scale_reading',7,'score',NULL,'2',1,'477673de4721b0722784466d35e79dd9ec1292ca434bbd0507a502717ebe17d1','13f6e5d9632c2a757d904c32aae9cf9e7db7f8c8116915eee0d1ca9cfed85282');
INSERT INTO "audit_log" VALUES(282,'2026-11-23T10:39:02','demo','insert','scale_reading',7,'private',NULL,'0',1,'13f6e5d9632c2a757d904c32aae9cf9e7db7f8c8116915eee0d1ca9cfed85282','8d600b072429cb141248b6eb0b69527836c6e5620170eb44f473cf98b7a130e1');
INSERT INTO "audit_log" VALUES(283,'2026-11-23T10:39:02','demo','insert','scale_reading',8,'goal_id',NULL,'4',1,'8d600b072429cb141248b6eb0b69527836c6e5620170eb44f473cf98b7a130e1','7b9cf7ac773f17f7e26e2a0289ba434d76d6c875a5e4bc3d819928fdc1817fa1');
INSERT INTO "audit_log" VALUES(284,'2026-11-23T10:39:02','demo','insert','scale_reading',8,'meeting_id',NULL,'1',1,'7b9cf7ac773f17f7e26e2a0289ba434d76d6c875a5e4bc3d819928fdc1817fa1','42a7f52717d8a8262a2df9cdaeb54de996f6fe7e54271f92d10e367a8f3ff191');
INSERT INTO "audit_log" VALUES(285,'2026-11-23T10:39:02','demo','insert','scale_reading',8,'participant_id',NULL,'2',1,'42a7f52717d8a8262a2df9cdaeb54de996f6fe7e54271f92d10e367a8f3ff191','8c9cfea817dabec834517c52b3cb8776e19bcd54f0990899f48ced1a1fc09b17');
INSERT INTO "audit_log" VALUES(286,'2026-11-23T10:39:02','demo','insert','scale_reading',8,'date',NULL,'2026-09-24',1,'8c9cfea817dabec834517c52b3cb8776e19bcd54f0990899f48ced1a1fc09b17','e0af8af8b458b6cad78bcb15073a34788d2215819a8dbea9331105646d885777');
INSERT INTO "audit_log" VALUES(287,'2026-11-23T10:39:02','demo','insert','scale_reading',8,'score',NULL,'2',1,'e0af8af8b458b6cad78bcb15073a34788d2215819a8dbea9331105646d885777','123915d69e15bf8749c73fa2c4d601b8e91f1c9b9a4165b66f23fe8848e9d2ac');
INSERT INTO "audit_log" VALUES(288,'2026-11-23T10:39:02','demo','insert','scale_reading',8,'private',NULL,'0',1,'123915d69e15bf8749c73fa2c4d601b8e91f1c9b9a4165b66f23fe8848e9d2ac','63652672a942b26e701823d915956b62ec50f608e0e29d0774708e0d49640dd5');
INSERT INTO "audit_log" VALUES(289,'2026-11-23T10:39:02','demo','insert','scale_reading',9,'goal_id',NULL,'5',1,'63652672a942b26e701823d915956b62ec50f608e0e29d0774708e0d49640dd5','bb1597037eae853839ee858d6c36a031c8a1b9f1c38a519983eb8e226aecac11');
INSERT INTO "audit_log" VALUES(290,'2026-11-23T10:39:02','demo','insert','scale_reading',9,'meeting_id',NULL,'1',1,'bb1597037eae853839ee858d6c36a031c8a1b9f1c38a519983eb8e226aecac11','32d1858629bd4fe614d8d08edcb05993a110517088174c9f33b7513a3387354a');
INSERT INTO "audit_log" VALUES(291,'2026-11-23T10:39:02','demo','insert','scale_reading',9,'participant_id',NULL,'1',1,'32d1858629bd4fe614d8d08edcb05993a110517088174c9f33b7513a3387354a','f74070eac19e702b180fad07c7dd743f6673b9e8dbbe93eeefe004bd5395bbb8');
INSERT INTO "audit_log" VALUES(292,'2026-11-23T10:39:02','demo','insert','scale_reading',9,'date',NULL,'2026-09-24',1,'f74070eac19e702b180fad07c7dd743f6673b9e8dbbe93eeefe004bd5395bbb8','fea58cf4e3ef1a89d08032c351827db9a587ba011476e44bf7111d84db3ca8c3');
INSERT INTO "audit_log" VALUES(293,'2026-11-23T10:39:02','demo','insert','scale_reading',9,'score',NULL,'4',1,'fea58cf4e3ef1a89d08032c351827db9a587ba011476e44bf7111d84db3ca8c3','da7025f2b478425313a52d8de5574febc83ca740b647e8c6c90c3cceac2e8da0');
INSERT INTO "audit_log" VALUES(294,'2026-11-23T10:39:02','demo','insert','scale_reading',9,'private',NULL,'0',1,'da7025f2b478425313a52d8de5574febc83ca740b647e8c6c90c3cceac2e8da0','ea4a4b3812886a6c4b53ffc704e073d161d4e8afadc20b499c7b677de1d1f981');
INSERT INTO "audit_log" VALUES(295,'2026-11-23T10:39:02','demo','insert','scale_reading',10,'goal_id',NULL,'5',1,'ea4a4b3812886a6c4b53ffc704e073d161d4e8afadc20b499c7b677de1d1f981','f3a3c06ccf75fe44412846aec1f1594cb5c802d8b640186016fb04da69625ed1');
INSERT INTO "audit_log" VALUES(296,'2026-11-23T10:39:02','demo','insert','scale_reading',10,'meeting_id',NULL,'1',1,'f3a3c06ccf75fe44412846aec1f1594cb5c802d8b640186016fb04da69625ed1','2e74e611343c68c98af2b1319c27b5c410cc5fb125bbb92e541997e2d08a55aa');
INSERT INTO "audit_log" VALUES(297,'2026-11-23T10:39:02','demo','insert','scale_reading',10,'participant_id',NULL,'2',1,'2e74e611343c68c98af2b1319c27b5c410cc5fb125bbb92e541997e2d08a55aa','674cdf1364b8e5229659267d128ae568f65a463eab3b6733616393496764114e');
INSERT INTO "audit_log" VALUES(298,'2026-11-23T10:39:02','demo','insert','scale_reading',10,'date',NULL,'2026-09-24',1,'674cdf1364b8e5229659267d128ae568f65a463eab3b6733616393496764114e','d33f20b4199989af09cf561621e6356bc940dba8508247782d73d8bfa9d16a89');
INSERT INTO "audit_log" VALUES(299,'2026-11-23T10:39:02','demo','insert','scale_reading',10,'score',NULL,'5',1,'d33f20b4199989af09cf561621e6356bc940dba8508247782d73d8bfa9d16a89','3185b60f6b00f3335338b3495de13c045e69c8168872345fcbb3b5c9abba46e3');
INSERT INTO "audit_log" VALUES(300,'2026-11-23T10:39:02','demo','insert','scale_reading',10,'private',NULL,'0',1,'3185b60f6b00f3335338b3495de13c045e69c8168872345fcbb3b5c9abba46e3','c6e9eaec7ed222b5532f3146a88560201ca2f916e1e2dd2e5ca0747eaeada8fd');
INSERT INTO "audit_log" VALUES(301,'2026-11-23T10:39:02','demo','insert','agreement',1,'plan_id',NULL,'1',1,'c6e9eaec7ed222b5532f3146a88560201ca2f916e1e2dd2e5ca0747eaeada8fd','3de069eb7a86051c883fff8b0f130ebc9ab3a3e5f3eaa0f887bb8c84bb6453ac');
INSERT INTO "audit_log" VALUES(302,'2026-11-23T10:39:02','demo','insert','agreement',1,'who_id',NULL,'1',1,'3de069eb7a86051c883fff8b0f130ebc9ab3a3e5f3eaa0f887bb8c84bb6453ac','6c071c83d5bd1e9cdf8afa2046a864a3eff293a76408c08c9c8277b3626dfd9c');
INSERT INTO "audit_log" VALUES(303,'2026-11-23T10:39:02','demo','insert','agreement',1,'what',NULL,'Besøge Gensyn sammen med Ole og aftale startdato',1,'6c071c83d5bd1e9cdf8afa2046a864a3eff293a76408c08c9c8277b3626dfd9c','f2768b604b9c55ef01db72f09cc2710e21fe9c26f07d353ff1a981cdb82215ed');
INSERT INTO "audit_log" VALUES(304,'2026-11-23T10:39:02','demo','insert','agreement',1,'due_date',NULL,'2026-10-09',1,'f2768b604b9c55ef01db72f09cc2710e21fe9c26f07d353ff1a981cdb82215ed','66aaa160e48f29f09ec00e57ef00176bafdfe7ad7beef3b4249abc1461df11ad');
INSERT INTO "audit_log" VALUES(305,'2026-11-23T10:39:02','demo','insert','agreement',1,'position',NULL,'0',1,'66aaa160e48f29f09ec00e57ef00176bafdfe7ad7beef3b4249abc1461df11ad','442e59bc260e10c78ae609a72c2928cfc752ea46047d61b74442da14acd58957');
INSERT INTO "audit_log" VALUES(306,'2026-11-23T10:39:02','demo','insert','agreement',1,'status',NULL,'open',1,'442e59bc260e10c78ae609a72c2928cfc752ea46047d61b74442da14acd58957','2e4227cab38e84ad7ae9289157978c3474f38c315bea0b165ce4cd29b1bf7e22');
INSERT INTO "audit_log" VALUES(307,'2026-11-23T10:39:02','demo','insert','agreement',1,'goal_id',NULL,'1',1,'2e4227cab38e84ad7ae9289157978c3474f38c315bea0b165ce4cd29b1bf7e22','3097f4b3bc8aefb56cb9c2386b959288e82825fa962d9a4e929c39df251a19f9');
INSERT INTO "audit_log" VALUES(308,'2026-11-23T10:39:02','demo','insert','agreement',1,'meeting_id',NULL,'1',1,'3097f4b3bc8aefb56cb9c2386b959288e82825fa962d9a4e929c39df251a19f9','33c3e0824e97b3dce9065f1d399ccdb60ed06471de4acd8cf363b17983985eb3');
INSERT INTO "audit_log" VALUES(309,'2026-11-23T10:39:02','demo','insert','agreement',1,'carried_over',NULL,'0',1,'33c3e0824e97b3dce9065f1d399ccdb60ed06471de4acd8cf363b17983985eb3','7dae1641f93badf3e840458b79d6f2286a7090d9da4f2218973c1382afcea39d');
INSERT INTO "audit_log" VALUES(310,'2026-11-23T10:39:02','demo','insert','agreement',1,'target_from',NULL,'2',1,'7dae1641f93badf3e840458b79d6f2286a7090d9da4f2218973c1382afcea39d','998e42c9c3d39ecfe7472e6331a7214da9ec80a3609b864738feb4e7295b503f');
INSERT INTO "audit_log" VALUES(311,'2026-11-23T10:39:02','demo','insert','agreement',1,'target_to',NULL,'4',1,'998e42c9c3d39ecfe7472e6331a7214da9ec80a3609b864738feb4e7295b503f','bf06a7fad58ce318932dfbab284d3ca12e6fcc5db39cf90ec82b13526fc96ede');
INSERT INTO "audit_log" VALUES(312,'2026-11-23T10:39:02','demo','insert','agreement',1,'created_at',NULL,'2026-11-23T10:39:02',1,'bf06a7fad58ce318932dfbab284d3ca12e6fcc5db39cf90ec82b13526fc96ede','7bf62d71b3f54295bb77d41ae153ef5041db8cf7361d29a8ffaf2a4e0c2ead0f');
INSERT INTO "audit_log" VALUES(313,'2026-11-23T10:39:02','demo','insert','agreement',1,'shared_with_relatives',NULL,'0',1,'7bf62d71b3f54295bb77d41ae153ef5041db8cf7361d29a8ffaf2a4e0c2ead0f','cfa76484b371ac3be84ad102a34f9bd9b928a67e8593b370495a15445a643380');
INSERT INTO "audit_log" VALUES(314,'2026-11-23T10:39:02','demo','insert','agreement',1,'private',NULL,'0',1,'cfa76484b371ac3be84ad102a34f9bd9b928a67e8593b370495a15445a643380','6e580e5c70af40c898191e72b63d83189cf5dce1db592f8a8be3d77a765942db');
INSERT INTO "audit_log" VALUES(315,'2026-11-23T10:39:02','demo','insert','agreement_event',1,'agreement_id',NULL,'1',1,'6e580e5c70af40c898191e72b63d83189cf5dce1db592f8a8be3d77a765942db','829507f66cfbf14d4e45d56781ef7c6881efdea588ca650f75d7be72497a687c');
INSERT INTO "audit_log" VALUES(316,'2026-11-23T10:39:02','demo','insert','agreement_event',1,'meeting_id',NULL,'1',1,'829507f66cfbf14d4e45d56781ef7c6881efdea588ca650f75d7be72497a687c','cec52c65d488ac2e1bfee38a45e9f15ebd729bfb7856c1a730ba29bed2a19761');
INSERT INTO "audit_log" VALUES(317,'2026-11-23T10:39:02','demo','insert','agreement_event',1,'at',NULL,'2026-11-23T10:39:02',1,'cec52c65d488ac2e1bfee38a45e9f15ebd729bfb7856c1a730ba29bed2a19761','8c0991d054c06b88146a80c0665132192babe6f2674f80aa1cd6d7acf08588dd');
INSERT INTO "audit_log" VALUES(318,'2026-11-23T10:39:02','demo','insert','agreement_event',1,'decision',NULL,'created',1,'8c0991d054c06b88146a80c0665132192babe6f2674f80aa1cd6d7acf08588dd','30e3d242e98e97b2efdc0c6878bdf59ba3d54749da99fc49a0e3c747bd931691');
INSERT INTO "audit_log" VALUES(319,'2026-11-23T10:39:02','demo','insert','agreement_event',1,'new_what',NULL,'Besøge Gensyn sammen med Ole og aftale startdato',1,'30e3d242e98e97b2efdc0c6878bdf59ba3d54749da99fc49a0e3c747bd931691','c2def4778ef25b418613b3ff71481fbb68b16f435e06976d5afc844e3394ba92');
INSERT INTO "audit_log" VALUES(320,'2026-11-23T10:39:02','demo','insert','agreement_event',1,'new_due',NULL,'2026-10-09',1,'c2def4778ef25b418613b3ff71481fbb68b16f435e06976d5afc844e3394ba92','a4769b50f37985afa6059ca73d457656cbe1d60f94b85642e417cf93e3a7373d');
INSERT INTO "audit_log" VALUES(321,'2026-11-23T10:39:02','demo','insert','agreement',2,'plan_id',NULL,'1',1,'a4769b50f37985afa6059ca73d457656cbe1d60f94b85642e417cf93e3a7373d','ccb15ef6e19c52a599126c67154df8a6c364b8c650541755051ee3e274bf4ccc');
INSERT INTO "audit_log" VALUES(322,'2026-11-23T10:39:02','demo','insert','agreement',2,'who_id',NULL,'6',1,'ccb15ef6e19c52a599126c67154df8a6c364b8c650541755051ee3e274bf4ccc','add82f9cb835ca9b61945c06b4958507ba5544fe177b7d06cecd5db8f6880f2d');
INSERT INTO "audit_log" VALUES(323,'2026-11-23T10:39:02','demo','insert','agreement',2,'what',NULL,'Ringe til Nanna hver mandag kl. 9',1,'add82f9cb835ca9b61945c06b4958507ba5544fe177b7d06cecd5db8f6880f2d','ae53e8fb0c99fc80d54f6e3ea6665d933042faa10e2a81cdb264a1aa6f2a75cd');
INSERT INTO "audit_log" VALUES(324,'2026-11-23T10:39:02','demo','insert','agreement',2,'due_date',NULL,'2026-11-18',1,'ae53e8fb0c99fc80d54f6e3ea6665d933042faa10e2a81cdb264a1aa6f2a75cd','c262e57e245ac4f49ec468d80606a4703dac65f7f6ff9edc903b33ccf725cd6b');
INSERT INTO "audit_log" VALUES(325,'2026-11-23T10:39:02','demo','insert','agreement',2,'position',NULL,'1',1,'c262e57e245ac4f49ec468d80606a4703dac65f7f6ff9edc903b33ccf725cd6b','beba0a1b46e9517eb53c845f540244c9e588e6576096393f1c32233cdf33fc09');
INSERT INTO "audit_log" VALUES(326,'2026-11-23T10:39:02','demo','insert','agreement',2,'status',NULL,'open',1,'beba0a1b46e9517eb53c845f540244c9e588e6576096393f1c32233cdf33fc09','954750ee635bed0c99f924a0eca8bc72458225ccd97c0366e66a8c31cf95b579');
INSERT INTO "audit_log" VALUES(327,'2026-11-23T10:39:02','demo','insert','agreement',2,'goal_id',NULL,'1',1,'954750ee635bed0c99f924a0eca8bc72458225ccd97c0366e66a8c31cf95b579','393355092758294a73eb57f00054ea3021c2ee09264d47326042d2469ac3f49c');
INSERT INTO "audit_log" VALUES(328,'2026-11-23T10:39:02','demo','insert','agreement',2,'meeting_id',NULL,'1',1,'393355092758294a73eb57f00054ea3021c2ee09264d47326042d2469ac3f49c','e633e3d62d8c5561a914419f76735bf1f605b7c758625640c71589b8d8b31de7');
INSERT INTO "audit_log" VALUES(329,'2026-11-23T10:39:02','demo','insert','agreement',2,'carried_over',NULL,'0',1,'e633e3d62d8c5561a914419f76735bf1f605b7c758625640c71589b8d8b31de7','96a458de9d617c4fc015307bf1e11f2ba315b4c5b6729d1d0474228245e7e12b');
INSERT INTO "audit_log" VALUES(330,'2026-11-23T10:39:02','demo','insert','agreement',2,'created_at',NULL,'2026-11-23T10:39:02',1,'96a458de9d617c4fc015307bf1e11f2ba315b4c5b6729d1d0474228245e7e12b','6852a92e453907432b91b87427d67c09fa38ca84461c96a809c10d93df2eca95');
INSERT INTO "audit_log" VALUES(331,'2026-11-23T10:39:02','demo','insert','agreement',2,'shared_with_relatives',NULL,'0',1,'6852a92e453907432b91b87427d67c09fa38ca84461c96a809c10d93df2eca95','a62d8a9716423505a73529d34901ad717ff7530cdec7903285708227c72ee217');
INSERT INTO "audit_log" VALUES(332,'2026-11-23T10:39:02','demo','insert','agreement',2,'private',NULL,'0',1,'a62d8a9716423505a73529d34901ad717ff7530cdec7903285708227c72ee217','275d2f8f4d2d5f6f3c7b138b1464ad7ec77e057b826e1cd73e7968482e1e829f');
INSERT INTO "audit_log" VALUES(333,'2026-11-23T10:39:02','demo','insert','agreement_event',2,'agreement_id',NULL,'2',1,'275d2f8f4d2d5f6f3c7b138b1464ad7ec77e057b826e1cd73e7968482e1e829f','5d7cd150a16d547cc9f36357c0bbf5787be197645ce01363978bd3d460f3b531');
INSERT INTO "audit_log" VALUES(334,'2026-11-23T10:39:02','demo','insert','agreement_event',2,'meeting_id',NULL,'1',1,'5d7cd150a16d547cc9f36357c0bbf5787be197645ce01363978bd3d460f3b531','06cb0a099cbdced9aec87a5966164d4a6bcb213d5fe06501ef7dac579bc1afa0');
INSERT INTO "audit_log" VALUES(335,'2026-11-23T10:39:02','demo','insert','agreement_event',2,'at',NULL,'2026-11-23T10:39:02',1,'06cb0a099cbdced9aec87a5966164d4a6bcb213d5fe06501ef7dac579bc1afa0','71fc4a0cda8b72b9642f7179da56ec693edc1b2ad1cbf7b37dbd4265e4a79407');
INSERT INTO "audit_log" VALUES(336,'2026-11-23T10:39:02','demo','insert','agreement_event',2,'decision',NULL,'created',1,'71fc4a0cda8b72b9642f7179da56ec693edc1b2ad1cbf7b37dbd4265e4a79407','34cb8d94d87845b66d12fad82cc8fc76423a5cfc9ba5cdc757a60104ca36c726');
INSERT INTO "audit_log" VALUES(337,'2026-11-23T10:39:02','demo','insert','agreement_event',2,'new_what',NULL,'Ringe til Nanna hver mandag kl. 9',1,'34cb8d94d87845b66d12fad82cc8fc76423a5cfc9ba5cdc757a60104ca36c726','133cb36d3349aa060c82ae0c38ecb8cccc8faa5b994124c96a6612ad9b58e2bb');
INSERT INTO "audit_log" VALUES(338,'2026-11-23T10:39:02','demo','insert','agreement_event',2,'new_due',NULL,'2026-11-18',1,'133cb36d3349aa060c82ae0c38ecb8cccc8faa5b994124c96a6612ad9b58e2bb','554d23df81cded6950e6e5906de3dcc0288562c3f473adb87a220656b5a7c710');
INSERT INTO "audit_log" VALUES(339,'2026-11-23T10:39:02','demo','insert','agreement',3,'plan_id',NULL,'1',1,'554d23df81cded6950e6e5906de3dcc0288562c3f473adb87a220656b5a7c710','e96fe861c43784154895aee233e7bcd218600e2a7237c8d3bd8aa8cc39379f62');
INSERT INTO "audit_log" VALUES(340,'2026-11-23T10:39:02','demo','insert','agreement',3,'who_id',NULL,'1',1,'e96fe861c43784154895aee233e7bcd218600e2a7237c8d3bd8aa8cc39379f62','9539ac7e99b43496b495d937255b74eda909f14f1303eda199b76c0c9a2a6e35');
INSERT INTO "audit_log" VALUES(341,'2026-11-23T10:39:02','demo','insert','agreement',3,'what',NULL,'Tilmelde mig FVU-dansk på VUC',1,'9539ac7e99b43496b495d937255b74eda909f14f1303eda199b76c0c9a2a6e35','6d24644618306f5dd1334ab6fc5e737a44bedf8a894f0a26f9176f6fd4360e17');
INSERT INTO "audit_log" VALUES(342,'2026-11-23T10:39:02','demo','insert','agreement',3,'due_date',NULL,'2026-10-14',1,'6d24644618306f5dd1334ab6fc5e737a44bedf8a894f0a26f9176f6fd4360e17','637bdd33ae0d6c2cca343569610ebd40f30ef5e1a66cb7d3008591d3b7632c46');
INSERT INTO "audit_log" VALUES(343,'2026-11-23T10:39:02','demo','insert','agreement',3,'position',NULL,'2',1,'637bdd33ae0d6c2cca343569610ebd40f30ef5e1a66cb7d3008591d3b7632c46','5c74b3fee189d62a84e6d7dd1ca20df7fbf34b9a34a0f88ff2f81613462c4e44');
INSERT INTO "audit_log" VALUES(344,'2026-11-23T10:39:02','demo','insert','agreement',3,'status',NULL,'open',1,'5c74b3fee189d62a84e6d7dd1ca20df7fbf34b9a34a0f88ff2f81613462c4e44','ca08ba9a1669ef301b950d849445523e0828cf2792febaedd56f30d0bf8ecbb9');
INSERT INTO "audit_log" VALUES(345,'2026-11-23T10:39:02','demo','insert','agreement',3,'goal_id',NULL,'4',1,'ca08ba9a1669ef301b950d849445523e0828cf2792febaedd56f30d0bf8ecbb9','d1bc541c4361e6e60ca3559ce9dca5c7526fae725d99c18b743f0b95358c5551');
INSERT INTO "audit_log" VALUES(346,'2026-11-23T10:39:02','demo','insert','agreement',3,'meeting_id',NULL,'1',1,'d1bc541c4361e6e60ca3559ce9dca5c7526fae725d99c18b743f0b95358c5551','aa26f6b43716822400052a7ec60ee1fea908aeb71bc43947ac5fb2a5a49fc30a');
INSERT INTO "audit_log" VALUES(347,'2026-11-23T10:39:02','demo','insert','agreement',3,'carried_over',NULL,'0',1,'aa26f6b43716822400052a7ec60ee1fea908aeb71bc43947ac5fb2a5a49fc30a','1b9963dfeeffd696bd0d792f32da9272c4735620dc605abd4470554d90f5d8dc');
INSERT INTO "audit_log" VALUES(348,'2026-11-23T10:39:02','demo','insert','agreement',3,'created_at',NULL,'2026-11-23T10:39:02',1,'1b9963dfeeffd696bd0d792f32da9272c4735620dc605abd4470554d90f5d8dc','f48c8cfd5b01f1842e674ee826720540e3b1ea8be1934b1c221e3d16cb33cb69');
INSERT INTO "audit_log" VALUES(349,'2026-11-23T10:39:02','demo','insert','agreement',3,'shared_with_relatives',NULL,'0',1,'f48c8cfd5b01f1842e674ee826720540e3b1ea8be1934b1c221e3d16cb33cb69','15b350ffd18f7285af688acc506e3a96326129043d6754bf6e4886aa84b8fba5');
INSERT INTO "audit_log" VALUES(350,'2026-11-23T10:39:02','demo','insert','agreement',3,'private',NULL,'0',1,'15b350ffd18f7285af688acc506e3a96326129043d6754bf6e4886aa84b8fba5','8e9ca78e2efbe8e25c27a36c3ddd4e9808d618f5033eccc590557984329addb6');
INSERT INTO "audit_log" VALUES(351,'2026-11-23T10:39:02','demo','insert','agreement_event',3,'agreement_id',NULL,'3',1,'8e9ca78e2efbe8e25c27a36c3ddd4e9808d618f5033eccc590557984329addb6','32946755ad39f1e1fd374e1d09a3ffd1b09190a1e46a2eadde241de01e786366');
INSERT INTO "audit_log" VALUES(352,'2026-11-23T10:39:02','demo','insert','agreement_event',3,'meeting_id',NULL,'1',1,'32946755ad39f1e1fd374e1d09a3ffd1b09190a1e46a2eadde241de01e786366','1addc425990274c1dd9745a2fb63bbb48dcda448576533d4b9e05e2f566fa129');
INSERT INTO "audit_log" VALUES(353,'2026-11-23T10:39:02','demo','insert','agreement_event',3,'at',NULL,'2026-11-23T10:39:02',1,'1addc425990274c1dd9745a2fb63bbb48dcda448576533d4b9e05e2f566fa129','2e1255cfa2e717f301f44d4347736e3beae5536b4d7f20ea6d9464500a32d0dd');
INSERT INTO "audit_log" VALUES(354,'2026-11-23T10:39:02','demo','insert','agreement_event',3,'decision',NULL,'created',1,'2e1255cfa2e717f301f44d4347736e3beae5536b4d7f20ea6d9464500a32d0dd','4d6c47a540844ff443718911a54d6da5078aff58a7e681517b1554e762be6d4a');
INSERT INTO "audit_log" VALUES(355,'2026-11-23T10:39:02','demo','insert','agreement_event',3,'new_what',NULL,'Tilmelde mig FVU-dansk på VUC',1,'4d6c47a540844ff443718911a54d6da5078aff58a7e681517b1554e762be6d4a','d267e4c7fc9aaf9d02ade58e9501c2384caae8cc178215f0d60f299f08cf553c');
INSERT INTO "audit_log" VALUES(356,'2026-11-23T10:39:02','demo','insert','agreement_event',3,'new_due',NULL,'2026-10-14',1,'d267e4c7fc9aaf9d02ade58e9501c2384caae8cc178215f0d60f299f08cf553c','7761075b97f30ccd78852a34a13f63e050cf6310a61adbfa18099005afd157d7');
INSERT INTO "audit_log" VALUES(357,'2026-11-23T10:39:02','demo','insert','agreement',4,'plan_id',NULL,'1',1,'7761075b97f30ccd78852a34a13f63e050cf6310a61adbfa18099005afd157d7','f4af1f041016f61a0d99efcc31b345ea5b9dbf8b61d16aded6574e0404955ce5');
INSERT INTO "audit_log" VALUES(358,'2026-11-23T10:39:02','demo','insert','agreement',4,'who_id',NULL,'5',1,'f4af1f041016f61a0d99efcc31b345ea5b9dbf8b61d16aded6574e0404955ce5','8a9925434220b7cb5001023b5336779113b8563718b96215eca35829c6576be3');
INSERT INTO "audit_log" VALUES(359,'2026-11-23T10:39:02','demo','insert','agreement',4,'what',NULL,'Finde en tid hos lægen sammen med Nanna',1,'8a9925434220b7cb5001023b5336779113b8563718b96215eca35829c6576be3','db92970bee1005e7092e0425afd61237e6986db2cc29dc28268f7ecd8a3f5957');
INSERT INTO "audit_log" VALUES(360,'2026-11-23T10:39:02','demo','insert','agreement',4,'due_date',NULL,'2026-11-10',1,'db92970bee1005e7092e0425afd61237e6986db2cc29dc28268f7ecd8a3f5957','4a7630c55df92520800131c2f597bf9ff75f8abe38dafc6b61e78e5f74eba02f');
INSERT INTO "audit_log" VALUES(361,'2026-11-23T10:39:02','demo','insert','agreement',4,'position',NULL,'3',1,'4a7630c55df92520800131c2f597bf9ff75f8abe38dafc6b61e78e5f74eba02f','252b0122dd97cad8faf3a899a8a609d3d266213629a9e66f15ea4593854928f1');
INSERT INTO "audit_log" VALUES(362,'2026-11-23T10:39:02','demo','insert','agreement',4,'status',NULL,'open',1,'252b0122dd97cad8faf3a899a8a609d3d266213629a9e66f15ea4593854928f1','bf77ea6e7260d2cd554111a08eb14e4d1427ae39e11fa5159ad44ed3894a0c58');
INSERT INTO "audit_log" VALUES(363,'2026-11-23T10:39:02','demo','insert','agreement',4,'goal_id',NULL,'3',1,'bf77ea6e7260d2cd554111a08eb14e4d1427ae39e11fa5159ad44ed3894a0c58','6ab56128f2653a52c0cc9c68d51b98ed46db1a3032c779b810e4517c3b3b142f');
INSERT INTO "audit_log" VALUES(364,'2026-11-23T10:39:02','demo','insert','agreement',4,'meeting_id',NULL,'1',1,'6ab56128f2653a52c0cc9c68d51b98ed46db1a3032c779b810e4517c3b3b142f','53e103fc38e961e64dd10176d179fcfd16131ee258fc1f107cd9c4d9651854ef');
INSERT INTO "audit_log" VALUES(365,'2026-11-23T10:39:02','demo','insert','agreement',4,'carried_over',NULL,'0',1,'53e103fc38e961e64dd10176d179fcfd16131ee258fc1f107cd9c4d9651854ef','a6510c5a2edb5e43113ab5fcdc0613426a9e10ca6150800c3e8b33fdbe81e09d');
INSERT INTO "audit_log" VALUES(366,'2026-11-23T10:39:02','demo','insert','agreement',4,'created_at',NULL,'2026-11-23T10:39:02',1,'a6510c5a2edb5e43113ab5fcdc0613426a9e10ca6150800c3e8b33fdbe81e09d','e9652d23931361184927e64e83f78834dd997a553f732ced0c6d77bc6928a60f');
INSERT INTO "audit_log" VALUES(367,'2026-11-23T10:39:02','demo','insert','agreement',4,'shared_with_relatives',NULL,'0',1,'e9652d23931361184927e64e83f78834dd997a553f732ced0c6d77bc6928a60f','4554195d4c160ef077897af3243c550ed083ab2d627ee979e1d8359302027b0e');
INSERT INTO "audit_log" VALUES(368,'2026-11-23T10:39:02','demo','insert','agreement',4,'private',NULL,'1',1,'4554195d4c160ef077897af3243c550ed083ab2d627ee979e1d8359302027b0e','f3cc815ffe0cbf8c3b644884dbcb1118d3d214e0e85bb347f7479c8aead359a4');
INSERT INTO "audit_log" VALUES(369,'2026-11-23T10:39:02','demo','insert','agreement_event',4,'agreement_id',NULL,'4',1,'f3cc815ffe0cbf8c3b644884dbcb1118d3d214e0e85bb347f7479c8aead359a4','3065e24c4b7c6827e125d5eebf25a1a18d34a185dc2f8d2b55b238a66eb72e9e');
INSERT INTO "audit_log" VALUES(370,'2026-11-23T10:39:02','demo','insert','agreement_event',4,'meeting_id',NULL,'1',1,'3065e24c4b7c6827e125d5eebf25a1a18d34a185dc2f8d2b55b238a66eb72e9e','c45c595f61e41665194b2976910f1938401ac7c960c0db3f6e0966afc0790faf');
INSERT INTO "audit_log" VALUES(371,'2026-11-23T10:39:02','demo','insert','agreement_event',4,'at',NULL,'2026-11-23T10:39:02',1,'c45c595f61e41665194b2976910f1938401ac7c960c0db3f6e0966afc0790faf','7854ccf58c34ed97982ae581c7fd554c9d612eda651d6ddbbd5eeed3adcb351d');
INSERT INTO "audit_log" VALUES(372,'2026-11-23T10:39:02','demo','insert','agreement_event',4,'decision',NULL,'created',1,'7854ccf58c34ed97982ae581c7fd554c9d612eda651d6ddbbd5eeed3adcb351d','5a0781117a9c68a76c7d80ae5a0729a9b695b5e30463341b9a8afa21182065d4');
INSERT INTO "audit_log" VALUES(373,'2026-11-23T10:39:02','demo','insert','agreement_event',4,'new_what',NULL,'Finde en tid hos lægen sammen med Nanna',1,'5a0781117a9c68a76c7d80ae5a0729a9b695b5e30463341b9a8afa21182065d4','f7bf173718dbce18004062ec45d06d5d3fe3aa68b7ca7d748fcf27c4594b207b');
INSERT INTO "audit_log" VALUES(374,'2026-11-23T10:39:02','demo','insert','agreement_event',4,'new_due',NULL,'2026-11-10',1,'f7bf173718dbce18004062ec45d06d5d3fe3aa68b7ca7d748fcf27c4594b207b','5606a0d5b1085e8b2a6fe09db36ca5914741f377a806144a435ab984de563b1a');
INSERT INTO "audit_log" VALUES(375,'2026-11-23T10:39:02','demo','update','meeting',1,'status','open','closed',1,'5606a0d5b1085e8b2a6fe09db36ca5914741f377a806144a435ab984de563b1a','1b0df6c932043511cb0641ad19ab1aa48322c90e703719f51a8b8b6da706ce95');
INSERT INTO "audit_log" VALUES(376,'2026-11-23T10:39:02','demo','update','meeting',1,'next_meeting_date',NULL,'2026-10-29',1,'1b0df6c932043511cb0641ad19ab1aa48322c90e703719f51a8b8b6da706ce95','1977009ae07f067bdeb3992678e1a9a70552d2dab5fdbfc5ba80d4f37b4df16d');
INSERT INTO "audit_log" VALUES(377,'2026-11-23T10:39:02','demo','update','meeting',1,'closed_at',NULL,'2026-11-23T10:39:02',1,'1977009ae07f067bdeb3992678e1a9a70552d2dab5fdbfc5ba80d4f37b4df16d','d8fb95df9f16ba7738147ab65138ae6510178ea555aefb426bbab0b450c2bfe7');
INSERT INTO "audit_log" VALUES(378,'2026-11-23T10:39:02','demo','insert','meeting',2,'plan_id',NULL,'1',1,'d8fb95df9f16ba7738147ab65138ae6510178ea555aefb426bbab0b450c2bfe7','9811e91773b2069aebd6414528fd0cb4e510440bb35b1575c81da871aa906a60');
INSERT INTO "audit_log" VALUES(379,'2026-11-23T10:39:02','demo','insert','meeting',2,'kind',NULL,'citizen',1,'9811e91773b2069aebd6414528fd0cb4e510440bb35b1575c81da871aa906a60','768156240f37e01cdc7429176463702ac07d1e0dd84598d91d747f568ef0797c');
INSERT INTO "audit_log" VALUES(380,'2026-11-23T10:39:02','demo','insert','meeting',2,'date',NULL,'2026-10-29',1,'768156240f37e01cdc7429176463702ac07d1e0dd84598d91d747f568ef0797c','aa3eb7efa2e5c91a4f0e88879860e7be7495d73edacd5b434589b831f3b88a73');
INSERT INTO "audit_log" VALUES(381,'2026-11-23T10:39:02','demo','insert','meeting',2,'time',NULL,'13:30',1,'aa3eb7efa2e5c91a4f0e88879860e7be7495d73edacd5b434589b831f3b88a73','6a3fed457d0390626914b6a2c6c5994959b20e9ccdb7bf1c8a2d80d9ab62745c');
INSERT INTO "audit_log" VALUES(382,'2026-11-23T10:39:02','demo','insert','meeting',2,'place',NULL,'Værestedet Kilden',1,'6a3fed457d0390626914b6a2c6c5994959b20e9ccdb7bf1c8a2d80d9ab62745c','ff483227373789f3a2ec21c4851016d2a1faf42a9955a237480fd19dca4f558c');
INSERT INTO "audit_log" VALUES(383,'2026-11-23T10:39:02','demo','insert','meeting',2,'status',NULL,'planned',1,'ff483227373789f3a2ec21c4851016d2a1faf42a9955a237480fd19dca4f558c','3a275ed0569703278ca883b495a3554a98bab278892b134f3126e60f5b55dacf');
INSERT INTO "audit_log" VALUES(384,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'meeting_id',NULL,'2',1,'3a275ed0569703278ca883b495a3554a98bab278892b134f3126e60f5b55dacf','a3cae16b2efe4c84dc977e7c04a334a62f2291c47d44c99b86d5d0d8d3f20120');
INSERT INTO "audit_log" VALUES(385,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'position',NULL,'0',1,'a3cae16b2efe4c84dc977e7c04a334a62f2291c47d44c99b86d5d0d8d3f20120','cef859f45b92682899b23c8de401371b9158de05784d9356ebc36724a1143c6c');
INSERT INTO "audit_log" VALUES(386,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'title',NULL,'Velkomst og dagens dagsorden',1,'cef859f45b92682899b23c8de401371b9158de05784d9356ebc36724a1143c6c','018642b84888850c8a26a18fb69913e4f05981fede79e17f68896bae80f83f84');
INSERT INTO "audit_log" VALUES(387,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'part',NULL,'free',1,'018642b84888850c8a26a18fb69913e4f05981fede79e17f68896bae80f83f84','a76eeaecbd9ff7df51288f0e6f3553f8da3aa41ea10a1c2523f7f2c067e612f4');
INSERT INTO "audit_log" VALUES(388,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'done',NULL,'0',1,'a76eeaecbd9ff7df51288f0e6f3553f8da3aa41ea10a1c2523f7f2c067e612f4','734482ff41fe9f4dc043ef2e82ec720131fb2fc1115896149672cd1f023fc9ff');
INSERT INTO "audit_log" VALUES(389,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'shared_with_relatives',NULL,'0',1,'734482ff41fe9f4dc043ef2e82ec720131fb2fc1115896149672cd1f023fc9ff','0886467fe4ac2ce99e2c8056b2595269f3dbbcc82daac33119162320202ad52f');
INSERT INTO "audit_log" VALUES(390,'2026-11-23T10:39:02','demo','insert','agenda_item',9,'private',NULL,'0',1,'0886467fe4ac2ce99e2c8056b2595269f3dbbcc82daac33119162320202ad52f','98da90cca851ad37e88608e769a851bd4b6c5876ff2420afc92807a69e9c2442');
INSERT INTO "audit_log" VALUES(391,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'meeting_id',NULL,'2',1,'98da90cca851ad37e88608e769a851bd4b6c5876ff2420afc92807a69e9c2442','c2f595645de5ebe5878a0c561ba0fa868406e96ebc3bc2d1b1884e73cfd423ee');
INSERT INTO "audit_log" VALUES(392,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'position',NULL,'1',1,'c2f595645de5ebe5878a0c561ba0fa868406e96ebc3bc2d1b1884e73cfd423ee','0b4e5815eb4460b1dc3391f297acc17a7f71993600b43649117c06c0bd862b06');
INSERT INTO "audit_log" VALUES(393,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'title',NULL,'Opfølgning på aftaler siden sidst',1,'0b4e5815eb4460b1dc3391f297acc17a7f71993600b43649117c06c0bd862b06','2bd411d22d59c25cdf9df015a869efaacc47d13902d941951347e31a39641fce');
INSERT INTO "audit_log" VALUES(394,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'part',NULL,'review',1,'2bd411d22d59c25cdf9df015a869efaacc47d13902d941951347e31a39641fce','1a70d8741f3ef74106a5240b2b0e065aa3c9c10e7136d35a57bea7c63f5e9265');
INSERT INTO "audit_log" VALUES(395,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'done',NULL,'0',1,'1a70d8741f3ef74106a5240b2b0e065aa3c9c10e7136d35a57bea7c63f5e9265','a596bbdc9ebfaaf20bf5d70bd272452f70b849e2f802a5d2e685abf382d4e20e');
INSERT INTO "audit_log" VALUES(396,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'shared_with_relatives',NULL,'0',1,'a596bbdc9ebfaaf20bf5d70bd272452f70b849e2f802a5d2e685abf382d4e20e','7050c0301b17fef3f5dade2eefb5f2972e9afea796a7fc3cbd9e00cad2c41485');
INSERT INTO "audit_log" VALUES(397,'2026-11-23T10:39:02','demo','insert','agenda_item',10,'private',NULL,'0',1,'7050c0301b17fef3f5dade2eefb5f2972e9afea796a7fc3cbd9e00cad2c41485','e3259d64de08e5feaa58432560583ccc671a25e06e05e857bcfc3caba106fd6b');
INSERT INTO "audit_log" VALUES(398,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'meeting_id',NULL,'2',1,'e3259d64de08e5feaa58432560583ccc671a25e06e05e857bcfc3caba106fd6b','4fa6e32e2e17fc281eadabb238523843b82826f3380d064fc4f52e8538e245e2');
INSERT INTO "audit_log" VALUES(399,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'position',NULL,'2',1,'4fa6e32e2e17fc281eadabb238523843b82826f3380d064fc4f52e8538e245e2','c00c043249dc758035e16594a1a3e8b557471fbda12c2bbccd4b60f4d948c8d1');
INSERT INTO "audit_log" VALUES(400,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'title',NULL,'Skalering: hvor er du på vej mod dine mål?',1,'c00c043249dc758035e16594a1a3e8b557471fbda12c2bbccd4b60f4d948c8d1','271eee87a5dc3e7a45e5dd7b58d5c9f95e6d9f8d41880d1c586cc74459cb8774');
INSERT INTO "audit_log" VALUES(401,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'part',NULL,'scaling',1,'271eee87a5dc3e7a45e5dd7b58d5c9f95e6d9f8d41880d1c586cc74459cb8774','0b3c65e7559d56c9a5549e562d4575159edc3764f0de16833feb9ce21840f70d');
INSERT INTO "audit_log" VALUES(402,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'done',NULL,'0',1,'0b3c65e7559d56c9a5549e562d4575159edc3764f0de16833feb9ce21840f70d','7f7005cdcb1785d6959ffec99ea8621b158f089051d07aaa016ca7a464e07fe7');
INSERT INTO "audit_log" VALUES(403,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'shared_with_relatives',NULL,'0',1,'7f7005cdcb1785d6959ffec99ea8621b158f089051d07aaa016ca7a464e07fe7','c8851a62d07857b120905480f6384b7f83da0510f38190ea89d4a5bec0eb0cb8');
INSERT INTO "audit_log" VALUES(404,'2026-11-23T10:39:02','demo','insert','agenda_item',11,'private',NULL,'0',1,'c8851a62d07857b120905480f6384b7f83da0510f38190ea89d4a5bec0eb0cb8','2cd9dce398ed19871d71cbe4508671086ae21cb7bc888247a59ce44316d3be3b');
INSERT INTO "audit_log" VALUES(405,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'meeting_id',NULL,'2',1,'2cd9dce398ed19871d71cbe4508671086ae21cb7bc888247a59ce44316d3be3b','502f8955640fda1c06640241966e26a1d7a662b81d8abfad7f993d3d67bb5a5b');
INSERT INTO "audit_log" VALUES(406,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'position',NULL,'3',1,'502f8955640fda1c06640241966e26a1d7a662b81d8abfad7f993d3d67bb5a5b','6d991fb7607deabff09861f6b25335a169248158d4623fae1e325a3b727e7591');
INSERT INTO "audit_log" VALUES(407,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'title',NULL,'Nye aftaler: hvad flytter dig ét skridt?',1,'6d991fb7607deabff09861f6b25335a169248158d4623fae1e325a3b727e7591','2006ce8d29308a736f3052282af273979a01f4e135743e941de5b79a50dd68c7');
INSERT INTO "audit_log" VALUES(408,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'part',NULL,'agreements',1,'2006ce8d29308a736f3052282af273979a01f4e135743e941de5b79a50dd68c7','eefde2554bc23f339d8970f3720289891da93f89d8d0e8672e9ac0343ab99941');
INSERT INTO "audit_log" VALUES(409,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'done',NULL,'0',1,'eefde2554bc23f339d8970f3720289891da93f89d8d0e8672e9ac0343ab99941','58651a7f260a08fd680178133839e17e8251306958035bdd4711f1b3781c9544');
INSERT INTO "audit_log" VALUES(410,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'shared_with_relatives',NULL,'0',1,'58651a7f260a08fd680178133839e17e8251306958035bdd4711f1b3781c9544','189f65251b7c69dccdd38a8585ce4399d572d31acf77c6b0f8eb52dc902cf7be');
INSERT INTO "audit_log" VALUES(411,'2026-11-23T10:39:02','demo','insert','agenda_item',12,'private',NULL,'0',1,'189f65251b7c69dccdd38a8585ce4399d572d31acf77c6b0f8eb52dc902cf7be','c74210130a05e69dea3ddf84a1e0b7c9b7d336aa2a2dd5dec681a1f557ffae93');
INSERT INTO "audit_log" VALUES(412,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'meeting_id',NULL,'2',1,'c74210130a05e69dea3ddf84a1e0b7c9b7d336aa2a2dd5dec681a1f557ffae93','4975f91d8bf105fe66cb2347c02597311efa4ede0b95f7c2023a1ad31929f131');
INSERT INTO "audit_log" VALUES(413,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'position',NULL,'4',1,'4975f91d8bf105fe66cb2347c02597311efa4ede0b95f7c2023a1ad31929f131','d17d1eba26e0e704ab0a65397eeb0635bcb2a4b45b991d7f0dc0210066648613');
INSERT INTO "audit_log" VALUES(414,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'title',NULL,'Næste møde',1,'d17d1eba26e0e704ab0a65397eeb0635bcb2a4b45b991d7f0dc0210066648613','f27c339f3538f1397c194638607470309d0136a1cf5e788d3694d055043fcaff');
INSERT INTO "audit_log" VALUES(415,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'part',NULL,'next',1,'f27c339f3538f1397c194638607470309d0136a1cf5e788d3694d055043fcaff','7716624c7aa9b6d395fc9004cf3ce566bc8f90b3026163381389a8c0b803665c');
INSERT INTO "audit_log" VALUES(416,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'done',NULL,'0',1,'7716624c7aa9b6d395fc9004cf3ce566bc8f90b3026163381389a8c0b803665c','c7ea3a7f71e8a6cbb26ca94b130d3d9f2ed2df863f83f422eefb47cefb40f6c1');
INSERT INTO "audit_log" VALUES(417,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'shared_with_relatives',NULL,'0',1,'c7ea3a7f71e8a6cbb26ca94b130d3d9f2ed2df863f83f422eefb47cefb40f6c1','7b04fa194c26e3627149d9cdd5f120907403008e444cd9a8a13bc0a1cdd2fb84');
INSERT INTO "audit_log" VALUES(418,'2026-11-23T10:39:02','demo','insert','agenda_item',13,'private',NULL,'0',1,'7b04fa194c26e3627149d9cdd5f120907403008e444cd9a8a13bc0a1cdd2fb84','6dbc91d0745d265f4da9b573e0bad57a31c4164bc585973bc610f3b9cb82b179');
INSERT INTO "audit_log" VALUES(419,'2026-11-23T10:39:02','demo','insert','meeting_participant',7,'meeting_id',NULL,'2',1,'6dbc91d0745d265f4da9b573e0bad57a31c4164bc585973bc610f3b9cb82b179','e40443edcc19f7a285629455900df63f930f71647f7061a851f548bf010b968a');
INSERT INTO "audit_log" VALUES(420,'2026-11-23T10:39:02','demo','insert','meeting_participant',7,'participant_id',NULL,'1',1,'e40443edcc19f7a285629455900df63f930f71647f7061a851f548bf010b968a','527627c5fc6acfa002398c20bf82bcbe370052eb532829e0d13f4a1b9367338f');
INSERT INTO "audit_log" VALUES(421,'2026-11-23T10:39:02','demo','insert','meeting_participant',8,'meeting_id',NULL,'2',1,'527627c5fc6acfa002398c20bf82bcbe370052eb532829e0d13f4a1b9367338f','0d3ddceaf27d408f19acafb115a0b986a6c2326e35fc30f4bac265ccafe79e10');
INSERT INTO "audit_log" VALUES(422,'2026-11-23T10:39:02','demo','insert','meeting_participant',8,'participant_id',NULL,'3',1,'0d3ddceaf27d408f19acafb115a0b986a6c2326e35fc30f4bac265ccafe79e10','4c7d3b83165d876159665c4975b3dbd4fc27fb26a382679b27f6f5f7de50b9e6');
INSERT INTO "audit_log" VALUES(423,'2026-11-23T10:39:02','demo','insert','meeting_participant',9,'meeting_id',NULL,'2',1,'4c7d3b83165d876159665c4975b3dbd4fc27fb26a382679b27f6f5f7de50b9e6','4b234ad88ac45c0d61224907f2dd46e2119c3bab83250fe95a497a4767142f35');
INSERT INTO "audit_log" VALUES(424,'2026-11-23T10:39:02','demo','insert','meeting_participant',9,'participant_id',NULL,'5',1,'4b234ad88ac45c0d61224907f2dd46e2119c3bab83250fe95a497a4767142f35','047f148ae643a46f88fe4f8057eeba77c821a2a82e5cf748ef910cbc2226605d');
INSERT INTO "audit_log" VALUES(425,'2026-11-23T10:39:02','demo','update','meeting',2,'status','planned','open',1,'047f148ae643a46f88fe4f8057eeba77c821a2a82e5cf748ef910cbc2226605d','a87e388601b4c2e5b090ef6b0769d0eebae2621bad76290e02d2cf871d873625');
INSERT INTO "audit_log" VALUES(426,'2026-11-23T10:39:02','demo','update','agreement',1,'status','open','done',1,'a87e388601b4c2e5b090ef6b0769d0eebae2621bad76290e02d2cf871d873625','32768285fad53672f15808992e9c0dceb0e1581b791e8b067811cb3bb1198aca');
INSERT INTO "audit_log" VALUES(427,'2026-11-23T10:39:02','demo','update','agreement',1,'done_at',NULL,'2026-10-08',1,'32768285fad53672f15808992e9c0dceb0e1581b791e8b067811cb3bb1198aca','2171edc40ea00f5eab2d5f9b8f47a1331ce3565b97b5b677bab97060633bacb8');
INSERT INTO "audit_log" VALUES(428,'2026-11-23T10:39:02','demo','insert','agreement_event',5,'agreement_id',NULL,'1',1,'2171edc40ea00f5eab2d5f9b8f47a1331ce3565b97b5b677bab97060633bacb8','d9d2e9d0586d8f0c5ecd9326b9cdd135f2a3cd01b999c90dd32a6a91e113fc33');
INSERT INTO "audit_log" VALUES(429,'2026-11-23T10:39:02','demo','insert','agreement_event',5,'meeting_id',NULL,'2',1,'d9d2e9d0586d8f0c5ecd9326b9cdd135f2a3cd01b999c90dd32a6a91e113fc33','4d28d910034014a5666a834984fc4535781d0b81f2307d3e70aeb163b85ea98b');
INSERT INTO "audit_log" VALUES(430,'2026-11-23T10:39:02','demo','insert','agreement_event',5,'at',NULL,'2026-11-23T10:39:02',1,'4d28d910034014a5666a834984fc4535781d0b81f2307d3e70aeb163b85ea98b','d78fdf6f13757a3988130d08934a4565aeb29ca32bd4ee2859701a74d07849b8');
INSERT INTO "audit_log" VALUES(431,'2026-11-23T10:39:02','demo','insert','agreement_event',5,'decision',NULL,'done',1,'d78fdf6f13757a3988130d08934a4565aeb29ca32bd4ee2859701a74d07849b8','aac018dfc4851d863a708e7ed09ca8e08e96a54d695b82e2dedfe129c0991f9c');
INSERT INTO "audit_log" VALUES(432,'2026-11-23T10:39:02','demo','update','agreement',3,'status','open','done',1,'aac018dfc4851d863a708e7ed09ca8e08e96a54d695b82e2dedfe129c0991f9c','7a919ff708109149b7c78a8aae4ae449b367d85bca5db4ea791fbf1c44678d2c');
INSERT INTO "audit_log" VALUES(433,'2026-11-23T10:39:02','demo','update','agreement',3,'done_at',NULL,'2026-10-13',1,'7a919ff708109149b7c78a8aae4ae449b367d85bca5db4ea791fbf1c44678d2c','93793638cb1808b377032f630b3d2b38d9a9310bdfe2685da7874e22e4d63e0e');
INSERT INTO "audit_log" VALUES(434,'2026-11-23T10:39:02','demo','insert','agreement_event',6,'agreement_id',NULL,'3',1,'93793638cb1808b377032f630b3d2b38d9a9310bdfe2685da7874e22e4d63e0e','b9cae5df16fdfc45c197843973f2bd850cb4351f90589b85d809bf37debef63a');
INSERT INTO "audit_log" VALUES(435,'2026-11-23T10:39:02','demo','insert','agreement_event',6,'meeting_id',NULL,'2',1,'b9cae5df16fdfc45c197843973f2bd850cb4351f90589b85d809bf37debef63a','cc57ed30c0abc3368b14474e2d1bc17fcbc0dcf8b67228f0354f225f73e2fbf0');
INSERT INTO "audit_log" VALUES(436,'2026-11-23T10:39:02','demo','insert','agreement_event',6,'at',NULL,'2026-11-23T10:39:02',1,'cc57ed30c0abc3368b14474e2d1bc17fcbc0dcf8b67228f0354f225f73e2fbf0','92d0ef76848c3e8f640ad0314e158eb7cb6b4cb9ac86874ffa36c45b1602c216');
INSERT INTO "audit_log" VALUES(437,'2026-11-23T10:39:02','demo','insert','agreement_event',6,'decision',NULL,'done',1,'92d0ef76848c3e8f640ad0314e158eb7cb6b4cb9ac86874ffa36c45b1602c216','9dee86ed02b647b4a9e3fb51a9a9dff1dd6915527dc99dc9361f7825b4f3f380');
INSERT INTO "audit_log" VALUES(438,'2026-11-23T10:39:02','demo','update','agreement',2,'due_date','2026-11-18','2026-12-23',1,'9dee86ed02b647b4a9e3fb51a9a9dff1dd6915527dc99dc9361f7825b4f3f380','786f46d7599f0ce11624fbb519e5506c47ba3f241070092d6e2734156e452e5e');
INSERT INTO "audit_log" VALUES(439,'2026-11-23T10:39:02','demo','update','agreement',2,'carried_over','0','1',1,'786f46d7599f0ce11624fbb519e5506c47ba3f241070092d6e2734156e452e5e','4418d60a9d902c8cd10e89c7cbc33bed3396177f8da6af60f65d12876be88034');
INSERT INTO "audit_log" VALUES(440,'2026-11-23T10:39:02','demo','insert','agreement_event',7,'agreement_id',NULL,'2',1,'4418d60a9d902c8cd10e89c7cbc33bed3396177f8da6af60f65d12876be88034','c1a31a4b9fedee905064e2597d3a5c1ac367360efd2a92e8f15df6e938d63055');
INSERT INTO "audit_log" VALUES(441,'2026-11-23T10:39:02','demo','insert','agreement_event',7,'meeting_id',NULL,'2',1,'c1a31a4b9fedee905064e2597d3a5c1ac367360efd2a92e8f15df6e938d63055','24039fcfb2ec7d43b892373e618ec6b85d5015c853d2897c8267b8a90a1d0485');
INSERT INTO "audit_log" VALUES(442,'2026-11-23T10:39:02','demo','insert','agreement_event',7,'at',NULL,'2026-11-23T10:39:02',1,'24039fcfb2ec7d43b892373e618ec6b85d5015c853d2897c8267b8a90a1d0485','d2745ceebfa3acadef89a477bcfc65b2054731e6582d27f07c8960f1352fd60c');
INSERT INTO "audit_log" VALUES(443,'2026-11-23T10:39:02','demo','insert','agreement_event',7,'decision',NULL,'continued',1,'d2745ceebfa3acadef89a477bcfc65b2054731e6582d27f07c8960f1352fd60c','a150752a8028a3918ca429f56782cb9615aeaf6383735e38a06926fb935d961a');
INSERT INTO "audit_log" VALUES(444,'2026-11-23T10:39:02','demo','insert','agreement_event',7,'old_due',NULL,'2026-11-18',1,'a150752a8028a3918ca429f56782cb9615aeaf6383735e38a06926fb935d961a','ff05489ca83e7f0aed37c8e69551be57ae654812a79d2ad5215b273e216bdbb6');
INSERT INTO "audit_log" VALUES(445,'2026-11-23T10:39:02','demo','insert','agreement_event',7,'new_due',NULL,'2026-12-23',1,'ff05489ca83e7f0aed37c8e69551be57ae654812a79d2ad5215b273e216bdbb6','8c9e46ea73330a76b95aff4009c1c1d1d0c52772f1261addff1561b348aaddf5');
INSERT INTO "audit_log" VALUES(446,'2026-11-23T10:39:02','demo','update','agreement',4,'carried_over','0','1',1,'8c9e46ea73330a76b95aff4009c1c1d1d0c52772f1261addff1561b348aaddf5','987751632a26f666461bf07886d25f10175406dff3f6fb55aefdf8141cb08bae');
INSERT INTO "audit_log" VALUES(447,'2026-11-23T10:39:02','demo','insert','agreement_event',8,'agreement_id',NULL,'4',1,'987751632a26f666461bf07886d25f10175406dff3f6fb55aefdf8141cb08bae','c8ce7ebc11458c03eee14d987bd851d6e6dfdd6e56a2428efe819e77ccd95352');
INSERT INTO "audit_log" VALUES(448,'2026-11-23T10:39:02','demo','insert','agreement_event',8,'meeting_id',NULL,'2',1,'c8ce7ebc11458c03eee14d987bd851d6e6dfdd6e56a2428efe819e77ccd95352','7b4b1bfb83262cd904bcbef39b5edd62341c7103b615663e299117089c8bf652');
INSERT INTO "audit_log" VALUES(449,'2026-11-23T10:39:02','demo','insert','agreement_event',8,'at',NULL,'2026-11-23T10:39:02',1,'7b4b1bfb83262cd904bcbef39b5edd62341c7103b615663e299117089c8bf652','a9aa1a2f4fb215f430e41e17f13b2555399c536ae237457f853d3328d5a58fb9');
INSERT INTO "audit_log" VALUES(450,'2026-11-23T10:39:02','demo','insert','agreement_event',8,'decision',NULL,'continued',1,'a9aa1a2f4fb215f430e41e17f13b2555399c536ae237457f853d3328d5a58fb9','013cf62c631334835cfe80c9e633f0bcc85deaa9ec6abc7c9e8899dba711a020');
INSERT INTO "audit_log" VALUES(451,'2026-11-23T10:39:02','demo','insert','agreement_event',8,'old_due',NULL,'2026-11-10',1,'013cf62c631334835cfe80c9e633f0bcc85deaa9ec6abc7c9e8899dba711a020','d3b7d99f0ddcccb350b1ef52bae8c07efab72b5ebf499e66bffd68add87c0ead');
INSERT INTO "audit_log" VALUES(452,'2026-11-23T10:39:02','demo','insert','agreement_event',8,'new_due',NULL,'2026-11-10',1,'d3b7d99f0ddcccb350b1ef52bae8c07efab72b5ebf499e66bffd68add87c0ead','99b5e2a08b8b7d9e6da0df7842b337d7745538b47930da8cedf82d65007b21cc');
INSERT INTO "audit_log" VALUES(453,'2026-11-23T10:39:02','demo','insert','scale_reading',11,'goal_id',NULL,'1',1,'99b5e2a08b8b7d9e6da0df7842b337d7745538b47930da8cedf82d65007b21cc','2e792272797bc8267734838953d173531eee34de28a24a1bc74906cc763d22a2');
INSERT INTO "audit_log" VALUES(454,'2026-11-23T10:39:02','demo','insert','scale_reading',11,'meeting_id',NULL,'2',1,'2e792272797bc8267734838953d173531eee34de28a24a1bc74906cc763d22a2','3ad862a1338831e11c6ca4a937a5a8cb565162a04ea112a9b8a20afcd6a956c7');
INSERT INTO "audit_log" VALUES(455,'2026-11-23T10:39:02','demo','insert','scale_reading',11,'participant_id',NULL,'1',1,'3ad862a1338831e11c6ca4a937a5a8cb565162a04ea112a9b8a20afcd6a956c7','67039b9a32ef235a94c702e790165e03bc412cc9152cb7a82c24f5d28ec5a6b6');
INSERT INTO "audit_log" VALUES(456,'2026-11-23T10:39:02','demo','insert','scale_reading',11,'date',NULL,'2026-10-29',1,'67039b9a32ef235a94c702e790165e03bc412cc9152cb7a82c24f5d28ec5a6b6','a7222355160a167aea09e60a62d1e078766eab1eedfc11518f55e6e56f90fb6a');
INSERT INTO "audit_log" VALUES(457,'2026-11-23T10:39:02','demo','insert','scale_reading',11,'score',NULL,'4',1,'a7222355160a167aea09e60a62d1e078766eab1eedfc11518f55e6e56f90fb6a','1c02e7b2b9011df37af77af5d58ddb4d605f40693ac2d6ee48b172075e42f5f1');
INSERT INTO "audit_log" VALUES(458,'2026-11-23T10:39:02','demo','insert','scale_reading',11,'private',NULL,'0',1,'1c02e7b2b9011df37af77af5d58ddb4d605f40693ac2d6ee48b172075e42f5f1','1d4399aa337e07ff6b861597a847141518a89619deb473eec9ebe622e07c38ed');
INSERT INTO "audit_log" VALUES(459,'2026-11-23T10:39:02','demo','insert','scale_reading',12,'goal_id',NULL,'1',1,'1d4399aa337e07ff6b861597a847141518a89619deb473eec9ebe622e07c38ed','e12859d90b28a12b6a5b382cd6862d27ac0d4cc203d901719c3c3ccdd11ba4ba');
INSERT INTO "audit_log" VALUES(460,'2026-11-23T10:39:02','demo','insert','scale_reading',12,'meeting_id',NULL,'2',1,'e12859d90b28a12b6a5b382cd6862d27ac0d4cc203d901719c3c3ccdd11ba4ba','118acdf6f90173fc2414b1d79cde3d3c6b53ad015d4d689ef993e9fa76f5d233');
INSERT INTO "audit_log" VALUES(461,'2026-11-23T10:39:02','demo','insert','scale_reading',12,'participant_id',NULL,'3',1,'118acdf6f90173fc2414b1d79cde3d3c6b53ad015d4d689ef993e9fa76f5d233','3ce05f1fd7e2df4cd5b148475a69ae024e36288bca043f05dd9decb4c4450afc');
INSERT INTO "audit_log" VALUES(462,'2026-11-23T10:39:02','demo','insert','scale_reading',12,'date',NULL,'2026-10-29',1,'3ce05f1fd7e2df4cd5b148475a69ae024e36288bca043f05dd9decb4c4450afc','f297bb55cad4ea60d66b4e8afb33c20f5af826985ca276394d1eed099eaca4fd');
INSERT INTO "audit_log" VALUES(463,'2026-11-23T10:39:02','demo','insert','scale_reading',12,'score',NULL,'5',1,'f297bb55cad4ea60d66b4e8afb33c20f5af826985ca276394d1eed099eaca4fd','181bf8aa8764cd540a6b6920fd410ca39b5d777ad04cb9598edb97718829ac6d');
INSERT INTO "audit_log" VALUES(464,'2026-11-23T10:39:02','demo','insert','scale_reading',12,'private',NULL,'0',1,'181bf8aa8764cd540a6b6920fd410ca39b5d777ad04cb9598edb97718829ac6d','e0279531e25d82e84e35d11686a47ff941fb52efbbec8ea5c9634ee45c35d5da');
INSERT INTO "audit_log" VALUES(465,'2026-11-23T10:39:02','demo','insert','scale_reading',13,'goal_id',NULL,'2',1,'e0279531e25d82e84e35d11686a47ff941fb52efbbec8ea5c9634ee45c35d5da','1d16eedaaa25c7e1c33127a465ae2ca5d1783273536bf51f32ba95171487cbb6');
INSERT INTO "audit_log" VALUES(466,'2026-11-23T10:39:02','demo','insert','scale_reading',13,'meeting_id',NULL,'2',1,'1d16eedaaa25c7e1c33127a465ae2ca5d1783273536bf51f32ba95171487cbb6','2a2f05610a0f3319ba65f635afd9206ef7ca795e207ffc03a8158e4726d21602');
INSERT INTO "audit_log" VALUES(467,'2026-11-23T10:39:02','demo','insert','scale_reading',13,'participant_id',NULL,'1',1,'2a2f05610a0f3319ba65f635afd9206ef7ca795e207ffc03a8158e4726d21602','e396d394eeb0f6e7d1a9b6b2b4cc4720a8e19316892ef35f741f4b04ec2fb662');
INSERT INTO "audit_log" VALUES(468,'2026-11-23T10:39:02','demo','insert','scale_reading',13,'date',NULL,'2026-10-29',1,'e396d394eeb0f6e7d1a9b6b2b4cc4720a8e19316892ef35f741f4b04ec2fb662','826e7819bce06f2ce319dd4b6f84b4e2e292a7a998bb4ab6cceab29996718bbe');
INSERT INTO "audit_log" VALUES(469,'2026-11-23T10:39:02','demo','insert','scale_reading',13,'score',NULL,'5',1,'826e7819bce06f2ce319dd4b6f84b4e2e292a7a998bb4ab6cceab29996718bbe','3492ca63e8e087359aa1b114c89dc9b1d9d736ca7f58a8dad9ff9775635d9584');
INSERT INTO "audit_log" VALUES(470,'2026-11-23T10:39:02','demo','insert','scale_reading',13,'private',NULL,'0',1,'3492ca63e8e087359aa1b114c89dc9b1d9d736ca7f58a8dad9ff9775635d9584','72a064db883f6cc7a7c56665976f32db7be2fc61fdca0bcea8cac2107f9de17a');
INSERT INTO "audit_log" VALUES(471,'2026-11-23T10:39:02','demo','insert','scale_reading',14,'goal_id',NULL,'2',1,'72a064db883f6cc7a7c56665976f32db7be2fc61fdca0bcea8cac2107f9de17a','20c860d47dc2ac8781c2537e000f0d7bac39915fae98e6a1f523f9bc72d91ee1');
INSERT INTO "audit_log" VALUES(472,'2026-11-23T10:39:02','demo','insert','scale_reading',14,'meeting_id',NULL,'2',1,'20c860d47dc2ac8781c2537e000f0d7bac39915fae98e6a1f523f9bc72d91ee1','ee7378b6934c87db20f818a2bf97ef433fe931883bfc8db75462f7b3c19d5bb9');
INSERT INTO "audit_log" VALUES(473,'2026-11-23T10:39:02','demo','insert','scale_reading',14,'participant_id',NULL,'3',1,'ee7378b6934c87db20f818a2bf97ef433fe931883bfc8db75462f7b3c19d5bb9','6caeb48bfc9a1f3e703a02898bae829cddbb9e4058e818e26e504e0c067afc3d');
INSERT INTO "audit_log" VALUES(474,'2026-11-23T10:39:02','demo','insert','scale_reading',14,'date',NULL,'2026-10-29',1,'6caeb48bfc9a1f3e703a02898bae829cddbb9e4058e818e26e504e0c067afc3d','e7950cb8368481ab192a589dd5e80d3046942f0acca5970fcbb8def52ae702d8');
INSERT INTO "audit_log" VALUES(475,'2026-11-23T10:39:02','demo','insert','scale_reading',14,'score',NULL,'4',1,'e7950cb8368481ab192a589dd5e80d3046942f0acca5970fcbb8def52ae702d8','0895f22fa89ac2adc1e993635b1699accaf21bd4456ecd8409bafecac80c343a');
INSERT INTO "audit_log" VALUES(476,'2026-11-23T10:39:02','demo','insert','scale_reading',14,'private',NULL,'0',1,'0895f22fa89ac2adc1e993635b1699accaf21bd4456ecd8409bafecac80c343a','3f7aae69717a0c685e5c26780fdee506e1a53078fe8a555819201d6e4fb6e9d5');
INSERT INTO "audit_log" VALUES(477,'2026-11-23T10:39:02','demo','insert','scale_reading',15,'goal_id',NULL,'3',1,'3f7aae69717a0c685e5c26780fdee506e1a53078fe8a555819201d6e4fb6e9d5','da91d72f52e051f33bb1d4ed321f135f13195e8dcbfbad9c4a0ca2a48f33285f');
INSERT INTO "audit_log" VALUES(478,'2026-11-23T10:39:02','demo','insert','scale_reading',15,'meeting_id',NULL,'2',1,'da91d72f52e051f33bb1d4ed321f135f13195e8dcbfbad9c4a0ca2a48f33285f','194c0fb3de9bb1ff895c7ec080f74be063c2a4b7e1738fa99f50deb79ad374d2');
INSERT INTO "audit_log" VALUES(479,'2026-11-23T10:39:02','demo','insert','scale_reading',15,'participant_id',NULL,'1',1,'194c0fb3de9bb1ff895c7ec080f74be063c2a4b7e1738fa99f50deb79ad374d2','ea441b8574b0b424ec9ea22cc9557d94cbf646d9d93dcc421a030c750e12265d');
INSERT INTO "audit_log" VALUES(480,'2026-11-23T10:39:02','demo','insert','scale_reading',15,'date',NULL,'2026-10-29',1,'ea441b8574b0b424ec9ea22cc9557d94cbf646d9d93dcc421a030c750e12265d','e27b63dba9c6edb972cdcaa1f356c21f62431718bed72613f5213f21f3fd7796');
INSERT INTO "audit_log" VALUES(481,'2026-11-23T10:39:02','demo','insert','scale_reading',15,'score',NULL,'4',1,'e27b63dba9c6edb972cdcaa1f356c21f62431718bed72613f5213f21f3fd7796','946fb020bea046c68f79ff9a2a2621001d7eb070d171e8ea4ceba8671a3ec192');
INSERT INTO "audit_log" VALUES(482,'2026-11-23T10:39:02','demo','insert','scale_reading',15,'private',NULL,'0',1,'946fb020bea046c68f79ff9a2a2621001d7eb070d171e8ea4ceba8671a3ec192','07b74483b298e68d29bc1c378423c143d0e1effd8c1a06cd2dfefb9a8e674da6');
INSERT INTO "audit_log" VALUES(483,'2026-11-23T10:39:02','demo','insert','scale_reading',16,'goal_id',NULL,'3',1,'07b74483b298e68d29bc1c378423c143d0e1effd8c1a06cd2dfefb9a8e674da6','74738878f49020e2d371f0ab90e85343388e6b8fec17266ea9ccba41301b75fa');
INSERT INTO "audit_log" VALUES(484,'2026-11-23T10:39:02','demo','insert','scale_reading',16,'meeting_id',NULL,'2',1,'74738878f49020e2d371f0ab90e85343388e6b8fec17266ea9ccba41301b75fa','dd2422eb10d6292d683bf220a7df18ec91364e193404115e8ac270f8cef7f0be');
INSERT INTO "audit_log" VALUES(485,'2026-11-23T10:39:02','demo','insert','scale_reading',16,'participant_id',NULL,'3',1,'dd2422eb10d6292d683bf220a7df18ec91364e193404115e8ac270f8cef7f0be','f66eaa2c5abbaec40fa6ce3273f28348838ee5749ffbe186981d65c0a4b3de02');
INSERT INTO "audit_log" VALUES(486,'2026-11-23T10:39:02','demo','insert','scale_reading',16,'date',NULL,'2026-10-29',1,'f66eaa2c5abbaec40fa6ce3273f28348838ee5749ffbe186981d65c0a4b3de02','afde5c1214a625a731dbea9f5d3a10e0f65cf034e58f6a322ef649ed92ca104f');
INSERT INTO "audit_log" VALUES(487,'2026-11-23T10:39:02','demo','insert','scale_reading',16,'score',NULL,'4',1,'afde5c1214a625a731dbea9f5d3a10e0f65cf034e58f6a322ef649ed92ca104f','0f68f803dd8165b4b867cf051cf15c35b1ba1c3545da23103131a0d400fe9059');
INSERT INTO "audit_log" VALUES(488,'2026-11-23T10:39:02','demo','insert','scale_reading',16,'private',NULL,'0',1,'0f68f803dd8165b4b867cf051cf15c35b1ba1c3545da23103131a0d400fe9059','700e7ed4d9214cc9eb9e582e59373ccd05dd098051e13de75cc0e072d68c42e4');
INSERT INTO "audit_log" VALUES(489,'2026-11-23T10:39:02','demo','insert','scale_reading',17,'goal_id',NULL,'4',1,'700e7ed4d9214cc9eb9e582e59373ccd05dd098051e13de75cc0e072d68c42e4','3d2dd97e43d7d9af399116dc14cd68145c56b76585e402ba759200748981ad94');
INSERT INTO "audit_log" VALUES(490,'2026-11-23T10:39:02','demo','insert','scale_reading',17,'meeting_id',NULL,'2',1,'3d2dd97e43d7d9af399116dc14cd68145c56b76585e402ba759200748981ad94','a2b7d5530ac328f26e1590110074067e87bd97cf2504f11ef09769317cf250ee');
INSERT INTO "audit_log" VALUES(491,'2026-11-23T10:39:02','demo','insert','scale_reading',17,'participant_id',NULL,'1',1,'a2b7d5530ac328f26e1590110074067e87bd97cf2504f11ef09769317cf250ee','b299a2731a62eebad9804e3f3adbe80e0e2793b44d4b5ad52404565cee66821f');
INSERT INTO "audit_log" VALUES(492,'2026-11-23T10:39:02','demo','insert','scale_reading',17,'date',NULL,'2026-10-29',1,'b299a2731a62eebad9804e3f3adbe80e0e2793b44d4b5ad52404565cee66821f','cb46e7ea39610e3c350332e3a519b557b6c5ed71c7d95ec8ed108fd36de1be39');
INSERT INTO "audit_log" VALUES(493,'2026-11-23T10:39:02','demo','insert','scale_reading',17,'score',NULL,'3',1,'cb46e7ea39610e3c350332e3a519b557b6c5ed71c7d95ec8ed108fd36de1be39','ca72f8e345ce57ab11e42b28960c27f54e074e5b340bf84508f434a269b85b27');
INSERT INTO "audit_log" VALUES(494,'2026-11-23T10:39:02','demo','insert','scale_reading',17,'private',NULL,'0',1,'ca72f8e345ce57ab11e42b28960c27f54e074e5b340bf84508f434a269b85b27','5910c7f7df251951da4f68fef19bef95dd1d5d8a4a19e74bf5f56228aa5af9fb');
INSERT INTO "audit_log" VALUES(495,'2026-11-23T10:39:02','demo','insert','scale_reading',18,'goal_id',NULL,'4',1,'5910c7f7df251951da4f68fef19bef95dd1d5d8a4a19e74bf5f56228aa5af9fb','9a3c5a9bc4b3a920eac5afa8e563ba0bc1a24dd2579aa2e43fa8e2e480afeab3');
INSERT INTO "audit_log" VALUES(496,'2026-11-23T10:39:02','demo','insert','scale_reading',18,'meeting_id',NULL,'2',1,'9a3c5a9bc4b3a920eac5afa8e563ba0bc1a24dd2579aa2e43fa8e2e480afeab3','d7250f9a4e72382c544963bf0b547a58dd1f6d13161a423124b0b87b647bd11d');
INSERT INTO "audit_log" VALUES(497,'2026-11-23T10:39:02','demo','insert','scale_reading',18,'participant_id',NULL,'3',1,'d7250f9a4e72382c544963bf0b547a58dd1f6d13161a423124b0b87b647bd11d','96b750f1803c541c71542e3d9fa052105673db9ab7a86759817be26d11cabcf6');
INSERT INTO "audit_log" VALUES(498,'2026-11-23T10:39:02','demo','insert','scale_reading',18,'date',NULL,'2026-10-29',1,'96b750f1803c541c71542e3d9fa052105673db9ab7a86759817be26d11cabcf6','0669e15c047c5c0bd3187cce6487fb88fa779c94951a0da7eb487149f87c8585');
INSERT INTO "audit_log" VALUES(499,'2026-11-23T10:39:02','demo','insert','scale_reading',18,'score',NULL,'3',1,'0669e15c047c5c0bd3187cce6487fb88fa779c94951a0da7eb487149f87c8585','900df64b57ef3c6bf8bcd2a0e9b8c094d3938c0049479cef2c790673f37bcd3a');
INSERT INTO "audit_log" VALUES(500,'2026-11-23T10:39:02','demo','insert','scale_reading',18,'private',NULL,'0',1,'900df64b57ef3c6bf8bcd2a0e9b8c094d3938c0049479cef2c790673f37bcd3a','819faab176f9a931a02a64833c365787ffa06f171ec58833beae5173702c48ee');
INSERT INTO "audit_log" VALUES(501,'2026-11-23T10:39:02','demo','insert','scale_reading',19,'goal_id',NULL,'5',1,'819faab176f9a931a02a64833c365787ffa06f171ec58833beae5173702c48ee','43b0ad0a416dc9f8d85f45733d968d754b8988a4d4ba27abd00a414404d71b1b');
INSERT INTO "audit_log" VALUES(502,'2026-11-23T10:39:02','demo','insert','scale_reading',19,'meeting_id',NULL,'2',1,'43b0ad0a416dc9f8d85f45733d968d754b8988a4d4ba27abd00a414404d71b1b','a68ee431e3a3d53d3575db9d50079fecdb9fd1ed956d0a126b1b10ace8702ad5');
INSERT INTO "audit_log" VALUES(503,'2026-11-23T10:39:02','demo','insert','scale_reading',19,'participant_id',NULL,'1',1,'a68ee431e3a3d53d3575db9d50079fecdb9fd1ed956d0a126b1b10ace8702ad5','7b972b01a655b203835c1154bd1b962ad7da51530c2b9cdb81fbb860d91f3ce0');
INSERT INTO "audit_log" VALUES(504,'2026-11-23T10:39:02','demo','insert','scale_reading',19,'date',NULL,'2026-10-29',1,'7b972b01a655b203835c1154bd1b962ad7da51530c2b9cdb81fbb860d91f3ce0','ed7fb40671fa8295f833de6c58e095b86d8e7cf3c073d759782d12028c926320');
INSERT INTO "audit_log" VALUES(505,'2026-11-23T10:39:02','demo','insert','scale_reading',19,'score',NULL,'6',1,'ed7fb40671fa8295f833de6c58e095b86d8e7cf3c073d759782d12028c926320','4d96a7fcb69bec6970874d87444e2ddf4123225c250c1d657110a77b8faa3d80');
INSERT INTO "audit_log" VALUES(506,'2026-11-23T10:39:02','demo','insert','scale_reading',19,'private',NULL,'0',1,'4d96a7fcb69bec6970874d87444e2ddf4123225c250c1d657110a77b8faa3d80','842136cfdeb7acc466efd4a8159b30aa76f8433beb6eefb247af405f403d51e1');
INSERT INTO "audit_log" VALUES(507,'2026-11-23T10:39:02','demo','insert','scale_reading',20,'goal_id',NULL,'5',1,'842136cfdeb7acc466efd4a8159b30aa76f8433beb6eefb247af405f403d51e1','1a60792a47ff1f2d10bbf5b4fe33ee71ce132855cd979d4bb0a08e5aa8a6bf47');
INSERT INTO "audit_log" VALUES(508,'2026-11-23T10:39:02','demo','insert','scale_reading',20,'meeting_id',NULL,'2',1,'1a60792a47ff1f2d10bbf5b4fe33ee71ce132855cd979d4bb0a08e5aa8a6bf47','490be014818c27db9628911874f2c3a18740fdb3f14cf3993c2e30662fccf77e');
INSERT INTO "audit_log" VALUES(509,'2026-11-23T10:39:02','demo','insert','scale_reading',20,'participant_id',NULL,'3',1,'490be014818c27db9628911874f2c3a18740fdb3f14cf3993c2e30662fccf77e','e6033920f2da797831083d6d962d894aac4dfa7403449157956050f05242a3b9');
INSERT INTO "audit_log" VALUES(510,'2026-11-23T10:39:02','demo','insert','scale_reading',20,'date',NULL,'2026-10-29',1,'e6033920f2da797831083d6d962d894aac4dfa7403449157956050f05242a3b9','8b932285b329ef012018acd4f735d797b5bee8754928faa1c07145a67fc40dcd');
INSERT INTO "audit_log" VALUES(511,'2026-11-23T10:39:02','demo','insert','scale_reading',20,'score',NULL,'6',1,'8b932285b329ef012018acd4f735d797b5bee8754928faa1c07145a67fc40dcd','89ed5a221823dd5908d2aec5d351e62ef4fc1f63295b6dfac4eb83ca5a556a3c');
INSERT INTO "audit_log" VALUES(512,'2026-11-23T10:39:02','demo','insert','scale_reading',20,'private',NULL,'0',1,'89ed5a221823dd5908d2aec5d351e62ef4fc1f63295b6dfac4eb83ca5a556a3c','209ac7ad6f6d382bec8093cb9f894e32652d9e668706cfa766c9fe21667c555f');
INSERT INTO "audit_log" VALUES(513,'2026-11-23T10:39:02','demo','insert','agreement',5,'plan_id',NULL,'1',1,'209ac7ad6f6d382bec8093cb9f894e32652d9e668706cfa766c9fe21667c555f','9a8a3fe729d4c7d3190778ea949045b05cec27039eccd9865feed71a9e9fa1e0');
INSERT INTO "audit_log" VALUES(514,'2026-11-23T10:39:02','demo','insert','agreement',5,'who_id',NULL,'1',1,'9a8a3fe729d4c7d3190778ea949045b05cec27039eccd9865feed71a9e9fa1e0','f699f083b9eedb29a99323ed267e748131a73bafd6e03870bc1c9b4a01655340');
INSERT INTO "audit_log" VALUES(515,'2026-11-23T10:39:02','demo','insert','agreement',5,'what',NULL,'Gå med Bamse mandag, onsdag og fredag og sætte kryds',1,'f699f083b9eedb29a99323ed267e748131a73bafd6e03870bc1c9b4a01655340','3593803cf31cc582eacf926d5e93e4ec51abb8836a33b8a0aeda156a26064a0c');
INSERT INTO "audit_log" VALUES(516,'2026-11-23T10:39:02','demo','insert','agreement',5,'due_date',NULL,'2026-12-03',1,'3593803cf31cc582eacf926d5e93e4ec51abb8836a33b8a0aeda156a26064a0c','6d93ce53a1012d393d4dfe60371f91f978d7eb6018d045379c7db917f33bb6d6');
INSERT INTO "audit_log" VALUES(517,'2026-11-23T10:39:02','demo','insert','agreement',5,'position',NULL,'4',1,'6d93ce53a1012d393d4dfe60371f91f978d7eb6018d045379c7db917f33bb6d6','de0ac502ec31dc3d17988486dfe059dba4b2d1d6e4a4a6f298cc21c9d0af3b32');
INSERT INTO "audit_log" VALUES(518,'2026-11-23T10:39:02','demo','insert','agreement',5,'status',NULL,'open',1,'de0ac502ec31dc3d17988486dfe059dba4b2d1d6e4a4a6f298cc21c9d0af3b32','df83e3dc260a6b429e21ff1ecd80b521750f1b582bb8ccb697347f440fe3939f');
INSERT INTO "audit_log" VALUES(519,'2026-11-23T10:39:02','demo','insert','agreement',5,'goal_id',NULL,'2',1,'df83e3dc260a6b429e21ff1ecd80b521750f1b582bb8ccb697347f440fe3939f','cd14cbf91dee6ee68969d2a735a97edd41c51b50e84d9dbf63a704ba7387f41f');
INSERT INTO "audit_log" VALUES(520,'2026-11-23T10:39:02','demo','insert','agreement',5,'meeting_id',NULL,'2',1,'cd14cbf91dee6ee68969d2a735a97edd41c51b50e84d9dbf63a704ba7387f41f','9d1047345cac85b3b417c25b0f4b1771fdafdb26d0d7a2d6d97255e670a5d166');
INSERT INTO "audit_log" VALUES(521,'2026-11-23T10:39:02','demo','insert','agreement',5,'carried_over',NULL,'0',1,'9d1047345cac85b3b417c25b0f4b1771fdafdb26d0d7a2d6d97255e670a5d166','5dc263ac2c4c4f864ef058a2620021fd26e49873a58411eac8618fa2756ba7ac');
INSERT INTO "audit_log" VALUES(522,'2026-11-23T10:39:02','demo','insert','agreement',5,'target_from',NULL,'5',1,'5dc263ac2c4c4f864ef058a2620021fd26e49873a58411eac8618fa2756ba7ac','1c31283d54c91e47268e5b65a2dbb43ce8c1187883996fdec73b2d9b53f07c93');
INSERT INTO "audit_log" VALUES(523,'2026-11-23T10:39:02','demo','insert','agreement',5,'target_to',NULL,'6',1,'1c31283d54c91e47268e5b65a2dbb43ce8c1187883996fdec73b2d9b53f07c93','fade017e5ba7d77f5f1e8dab4c80fc9ecb5eb7ae1058fd2e7040f908d7527d03');
INSERT INTO "audit_log" VALUES(524,'2026-11-23T10:39:02','demo','insert','agreement',5,'created_at',NULL,'2026-11-23T10:39:02',1,'fade017e5ba7d77f5f1e8dab4c80fc9ecb5eb7ae1058fd2e7040f908d7527d03','801a4764e43b02a29a28a0f9c2abfbf35ed90988eb9ef0221992d3d0452c7fb3');
INSERT INTO "audit_log" VALUES(525,'2026-11-23T10:39:02','demo','insert','agreement',5,'shared_with_relatives',NULL,'1',1,'801a4764e43b02a29a28a0f9c2abfbf35ed90988eb9ef0221992d3d0452c7fb3','90c1f4d3669655095f124e2f4ee7ad76185f648769f2250388ea3eed4c70420f');
INSERT INTO "audit_log" VALUES(526,'2026-11-23T10:39:02','demo','insert','agreement',5,'private',NULL,'0',1,'90c1f4d3669655095f124e2f4ee7ad76185f648769f2250388ea3eed4c70420f','43fbacb23d82acba890e196f3231ddf9d909cf2c210a366ba414c0aa5e3e5775');
INSERT INTO "audit_log" VALUES(527,'2026-11-23T10:39:02','demo','insert','agreement_event',9,'agreement_id',NULL,'5',1,'43fbacb23d82acba890e196f3231ddf9d909cf2c210a366ba414c0aa5e3e5775','13e1bf990265e7a6f0d5fe452aca630e7b2cbb38b7b70ec1acf9447b907f7ac9');
INSERT INTO "audit_log" VALUES(528,'2026-11-23T10:39:02','demo','insert','agreement_event',9,'meeting_id',NULL,'2',1,'13e1bf990265e7a6f0d5fe452aca630e7b2cbb38b7b70ec1acf9447b907f7ac9','bfb5adc79240fe14d84d5c28d46096cbc5188d27c9cc2897522d6a0eddb5e78b');
INSERT INTO "audit_log" VALUES(529,'2026-11-23T10:39:02','demo','insert','agreement_event',9,'at',NULL,'2026-11-23T10:39:02',1,'bfb5adc79240fe14d84d5c28d46096cbc5188d27c9cc2897522d6a0eddb5e78b','39a8eb1a06d5fcc1c257b5fc3c67e9c9062297867fad670d5ec1656b5199ac9f');
INSERT INTO "audit_log" VALUES(530,'2026-11-23T10:39:02','demo','insert','agreement_event',9,'decision',NULL,'created',1,'39a8eb1a06d5fcc1c257b5fc3c67e9c9062297867fad670d5ec1656b5199ac9f','efb2ed83fdc18a612a97ff11f5565cdbbcd4f3298a8f913844a6081958bfb25f');
INSERT INTO "audit_log" VALUES(531,'2026-11-23T10:39:02','demo','insert','agreement_event',9,'new_what',NULL,'Gå med Bamse mandag, onsdag og fredag og sætte kryds',1,'efb2ed83fdc18a612a97ff11f5565cdbbcd4f3298a8f913844a6081958bfb25f','689dc330bb7d625a3fec8d27ffb8dd8d551759834488d037739f0eb3b931f882');
INSERT INTO "audit_log" VALUES(532,'2026-11-23T10:39:02','demo','insert','agreement_event',9,'new_due',NULL,'2026-12-03',1,'689dc330bb7d625a3fec8d27ffb8dd8d551759834488d037739f0eb3b931f882','f44ddfa5ced10085904c2465ce5ef5e7d63b8c73c902984a2101260357a2afe3');
INSERT INTO "audit_log" VALUES(533,'2026-11-23T10:39:02','demo','insert','agreement',6,'plan_id',NULL,'1',1,'f44ddfa5ced10085904c2465ce5ef5e7d63b8c73c902984a2101260357a2afe3','157848b0f1d84ea9ec2ea1e90037ea35a75c1e28ce6be0432d5faf9be4cb91aa');
INSERT INTO "audit_log" VALUES(534,'2026-11-23T10:39:02','demo','insert','agreement',6,'who_id',NULL,'4',1,'157848b0f1d84ea9ec2ea1e90037ea35a75c1e28ce6be0432d5faf9be4cb91aa','69e247a7a9aa5f790498b0d65b7c8ddefae551865ab826828335d668f363177e');
INSERT INTO "audit_log" VALUES(535,'2026-11-23T10:39:02','demo','insert','agreement',6,'what',NULL,'Køre Nanna til VUC, når det regner',1,'69e247a7a9aa5f790498b0d65b7c8ddefae551865ab826828335d668f363177e','675a69c32c4fe6d8b1084e5ac68d6006422b66caa29b067f1dc75d6b1e9281f4');
INSERT INTO "audit_log" VALUES(536,'2026-11-23T10:39:02','demo','insert','agreement',6,'due_date',NULL,'2026-12-23',1,'675a69c32c4fe6d8b1084e5ac68d6006422b66caa29b067f1dc75d6b1e9281f4','f8cbc05ae7a7536906d01c1f72df5d54f6393e3a2ae8c25699a612b347bddb5f');
INSERT INTO "audit_log" VALUES(537,'2026-11-23T10:39:02','demo','insert','agreement',6,'position',NULL,'5',1,'f8cbc05ae7a7536906d01c1f72df5d54f6393e3a2ae8c25699a612b347bddb5f','c0b8e06b28ec148e336ac1a2e1d23cea642d865ce6d6e421e202c9cf80ff69fb');
INSERT INTO "audit_log" VALUES(538,'2026-11-23T10:39:02','demo','insert','agreement',6,'status',NULL,'open',1,'c0b8e06b28ec148e336ac1a2e1d23cea642d865ce6d6e421e202c9cf80ff69fb','8e53d4e342ca54fcab9d231077b166a3dce67ec1ef37f2a1edf3c635acc631ba');
INSERT INTO "audit_log" VALUES(539,'2026-11-23T10:39:02','demo','insert','agreement',6,'goal_id',NULL,'4',1,'8e53d4e342ca54fcab9d231077b166a3dce67ec1ef37f2a1edf3c635acc631ba','ea6584387aa9357fe16d9e09d9cecf8a089c8029a4c318abfd6d92b3e1711131');
INSERT INTO "audit_log" VALUES(540,'2026-11-23T10:39:02','demo','insert','agreement',6,'meeting_id',NULL,'2',1,'ea6584387aa9357fe16d9e09d9cecf8a089c8029a4c318abfd6d92b3e1711131','8102629894558751c1f6001137de220f40ece39428f2f74417ba1c550c0264ba');
INSERT INTO "audit_log" VALUES(541,'2026-11-23T10:39:02','demo','insert','agreement',6,'carried_over',NULL,'0',1,'8102629894558751c1f6001137de220f40ece39428f2f74417ba1c550c0264ba','d7f7ca0620f4c5d52de5d6b549ad223985d176d0c49357939c286bfcc100ef97');
INSERT INTO "audit_log" VALUES(542,'2026-11-23T10:39:02','demo','insert','agreement',6,'created_at',NULL,'2026-11-23T10:39:02',1,'d7f7ca0620f4c5d52de5d6b549ad223985d176d0c49357939c286bfcc100ef97','260010590ac5d722ae424b384915363ffd87ecb3609129c24998286752ce7c2b');
INSERT INTO "audit_log" VALUES(543,'2026-11-23T10:39:02','demo','insert','agreement',6,'shared_with_relatives',NULL,'1',1,'260010590ac5d722ae424b384915363ffd87ecb3609129c24998286752ce7c2b','e372db3f680456650fcaef7a3ad05e67b269181159bf08f92afb24055121209f');
INSERT INTO "audit_log" VALUES(544,'2026-11-23T10:39:02','demo','insert','agreement',6,'private',NULL,'0',1,'e372db3f680456650fcaef7a3ad05e67b269181159bf08f92afb24055121209f','300cf6f7471c9c715fa206d0855748b2ca498c3e5b229511e948d37fd7723712');
INSERT INTO "audit_log" VALUES(545,'2026-11-23T10:39:02','demo','insert','agreement_event',10,'agreement_id',NULL,'6',1,'300cf6f7471c9c715fa206d0855748b2ca498c3e5b229511e948d37fd7723712','f0b504d21e48d07f5aed9b5c45b94d8e7831d92c8fcf89b6ebba2fe73c630585');
INSERT INTO "audit_log" VALUES(546,'2026-11-23T10:39:02','demo','insert','agreement_event',10,'meeting_id',NULL,'2',1,'f0b504d21e48d07f5aed9b5c45b94d8e7831d92c8fcf89b6ebba2fe73c630585','3cb14dd21ba760b7586fef86e06374472cd9232c02c7957169596c26d410b576');
INSERT INTO "audit_log" VALUES(547,'2026-11-23T10:39:02','demo','insert','agreement_event',10,'at',NULL,'2026-11-23T10:39:02',1,'3cb14dd21ba760b7586fef86e06374472cd9232c02c7957169596c26d410b576','83101a92611d153042de08f389cf23c4b2a3a9de5ae23d49a12234dc03628684');
INSERT INTO "audit_log" VALUES(548,'2026-11-23T10:39:02','demo','insert','agreement_event',10,'decision',NULL,'created',1,'83101a92611d153042de08f389cf23c4b2a3a9de5ae23d49a12234dc03628684','185b8de14629bc7f2753287640f68736a6f518deb28d539d3931bcf765f852c9');
INSERT INTO "audit_log" VALUES(549,'2026-11-23T10:39:02','demo','insert','agreement_event',10,'new_what',NULL,'Køre Nanna til VUC, når det regner',1,'185b8de14629bc7f2753287640f68736a6f518deb28d539d3931bcf765f852c9','d92905ebc6d609d7b96af4af4ea60a267423bdd0d8e29503d4ab59115f005261');
INSERT INTO "audit_log" VALUES(550,'2026-11-23T10:39:02','demo','insert','agreement_event',10,'new_due',NULL,'2026-12-23',1,'d92905ebc6d609d7b96af4af4ea60a267423bdd0d8e29503d4ab59115f005261','fea324e6a912847a3e260cad884c79b0b858139dd5a484f3ebe859fd6a9da5b9');
INSERT INTO "audit_log" VALUES(551,'2026-11-23T10:39:02','demo','insert','agreement',7,'plan_id',NULL,'1',1,'fea324e6a912847a3e260cad884c79b0b858139dd5a484f3ebe859fd6a9da5b9','e366730b799b9b7511f929a6a6783169f2a6e6eca89de618b78e9433ef971e0e');
INSERT INTO "audit_log" VALUES(552,'2026-11-23T10:39:02','demo','insert','agreement',7,'who_id',NULL,'3',1,'e366730b799b9b7511f929a6a6783169f2a6e6eca89de618b78e9433ef971e0e','2f6d7814cffa253f1b74023acbdefa836e6ac343a89989db33cc26cd71b40df8');
INSERT INTO "audit_log" VALUES(553,'2026-11-23T10:39:02','demo','insert','agreement',7,'what',NULL,'Notere tegn på at Nanna møder udhvilet',1,'2f6d7814cffa253f1b74023acbdefa836e6ac343a89989db33cc26cd71b40df8','72fea96ed1f5a4cd7cf0ce11a872554d79177a2cf16f9b9f16430c4132fb512f');
INSERT INTO "audit_log" VALUES(554,'2026-11-23T10:39:02','demo','insert','agreement',7,'due_date',NULL,'2026-12-03',1,'72fea96ed1f5a4cd7cf0ce11a872554d79177a2cf16f9b9f16430c4132fb512f','fa7d49ce0bf3a66ad9db1234ab50eceab0bc527087a4b8df367c2207bf4dd037');
INSERT INTO "audit_log" VALUES(555,'2026-11-23T10:39:02','demo','insert','agreement',7,'position',NULL,'6',1,'fa7d49ce0bf3a66ad9db1234ab50eceab0bc527087a4b8df367c2207bf4dd037','8df458727929634e43b0a5ff332540686245331d8b83644ec1f2af25b2aa5ac4');
INSERT INTO "audit_log" VALUES(556,'2026-11-23T10:39:02','demo','insert','agreement',7,'status',NULL,'open',1,'8df458727929634e43b0a5ff332540686245331d8b83644ec1f2af25b2aa5ac4','e7df0d332516d36e0790b9de2a4184a304c0ddd0f7c80189eba7ee540042294d');
INSERT INTO "audit_log" VALUES(557,'2026-11-23T10:39:02','demo','insert','agreement',7,'goal_id',NULL,'1',1,'e7df0d332516d36e0790b9de2a4184a304c0ddd0f7c80189eba7ee540042294d','8c994669fbaeb92f50ab7aeefe15b218b9909a78291d5244d0d66ec5a7ebb6bb');
INSERT INTO "audit_log" VALUES(558,'2026-11-23T10:39:02','demo','insert','agreement',7,'meeting_id',NULL,'2',1,'8c994669fbaeb92f50ab7aeefe15b218b9909a78291d5244d0d66ec5a7ebb6bb','2536b2c97f2f7b3a9f38ff96d01ca943dc857e7d38e4f1382dcbab5f20771f8c');
INSERT INTO "audit_log" VALUES(559,'2026-11-23T10:39:02','demo','insert','agreement',7,'carried_over',NULL,'0',1,'2536b2c97f2f7b3a9f38ff96d01ca943dc857e7d38e4f1382dcbab5f20771f8c','ef321139166f0a407a8f550c4eecfeb6d2f5d7e798f675decfe85983599fc637');
INSERT INTO "audit_log" VALUES(560,'2026-11-23T10:39:02','demo','insert','agreement',7,'created_at',NULL,'2026-11-23T10:39:02',1,'ef321139166f0a407a8f550c4eecfeb6d2f5d7e798f675decfe85983599fc637','d47fc793e64df29a5aafe34fa71ecb7c9f90c8e883102358a6701eb1b2f6255c');
INSERT INTO "audit_log" VALUES(561,'2026-11-23T10:39:02','demo','insert','agreement',7,'shared_with_relatives',NULL,'0',1,'d47fc793e64df29a5aafe34fa71ecb7c9f90c8e883102358a6701eb1b2f6255c','56975129b0ec7449d6e76d5fdc3c9200da4fca7a9605da83c57e3de2b1d7c029');
INSERT INTO "audit_log" VALUES(562,'2026-11-23T10:39:02','demo','insert','agreement',7,'private',NULL,'0',1,'56975129b0ec7449d6e76d5fdc3c9200da4fca7a9605da83c57e3de2b1d7c029','102632a227bb8d4e53c66f7b751e964ecf8e49517663cf60d97e2e9f3f0d1d31');
INSERT INTO "audit_log" VALUES(563,'2026-11-23T10:39:02','demo','insert','agreement_event',11,'agreement_id',NULL,'7',1,'102632a227bb8d4e53c66f7b751e964ecf8e49517663cf60d97e2e9f3f0d1d31','10093e727f751e186a5b7a7e422ef6777f21f7cdfabff07b6fc592537e12b053');
INSERT INTO "audit_log" VALUES(564,'2026-11-23T10:39:02','demo','insert','agreement_event',11,'meeting_id',NULL,'2',1,'10093e727f751e186a5b7a7e422ef6777f21f7cdfabff07b6fc592537e12b053','7a935dd506de26d6dd450f3bc22d0bfcd5f540a64246c728f42f233c1478e45d');
INSERT INTO "audit_log" VALUES(565,'2026-11-23T10:39:02','demo','insert','agreement_event',11,'at',NULL,'2026-11-23T10:39:02',1,'7a935dd506de26d6dd450f3bc22d0bfcd5f540a64246c728f42f233c1478e45d','bf0a6a49cfd333959cbc04c6e9239f4fdd888deb7e8fa9cb37e71fcfebca3ed4');
INSERT INTO "audit_log" VALUES(566,'2026-11-23T10:39:02','demo','insert','agreement_event',11,'decision',NULL,'created',1,'bf0a6a49cfd333959cbc04c6e9239f4fdd888deb7e8fa9cb37e71fcfebca3ed4','118eb19fb3ccf5891628de4d997319c9ccce9ab7744e366c08f0d6ee36e5df77');
INSERT INTO "audit_log" VALUES(567,'2026-11-23T10:39:02','demo','insert','agreement_event',11,'new_what',NULL,'Notere tegn på at Nanna møder udhvilet',1,'118eb19fb3ccf5891628de4d997319c9ccce9ab7744e366c08f0d6ee36e5df77','cda3106c1c5cf3c15136bf8e7cacd54b380e7d898ee2e2332ebbca6696c2d077');
INSERT INTO "audit_log" VALUES(568,'2026-11-23T10:39:02','demo','insert','agreement_event',11,'new_due',NULL,'2026-12-03',1,'cda3106c1c5cf3c15136bf8e7cacd54b380e7d898ee2e2332ebbca6696c2d077','07d63cd143410d412bcea4805488129319fcaa7d03c37dfbe8ec455dbf3b4937');
INSERT INTO "audit_log" VALUES(569,'2026-11-23T10:39:02','demo','insert','note',1,'plan_id',NULL,'1',1,'07d63cd143410d412bcea4805488129319fcaa7d03c37dfbe8ec455dbf3b4937','3fc383422980e1cb54b86329af53ef12ce2c23956803d00c81d4b7817b73233b');
INSERT INTO "audit_log" VALUES(570,'2026-11-23T10:39:02','demo','insert','note',1,'meeting_id',NULL,'2',1,'3fc383422980e1cb54b86329af53ef12ce2c23956803d00c81d4b7817b73233b','1e7cf221757358f38c125b54a61ed4aa720037008d6a1767f1bc753c6a308342');
INSERT INTO "audit_log" VALUES(571,'2026-11-23T10:39:02','demo','insert','note',1,'text',NULL,'Nanna fortalte stolt om sin første uge i butikken.',1,'1e7cf221757358f38c125b54a61ed4aa720037008d6a1767f1bc753c6a308342','4103bfb68b397a54e65c2c6515b7d2fa94f26c5ec00a83da9092e774eeed1be9');
INSERT INTO "audit_log" VALUES(572,'2026-11-23T10:39:02','demo','insert','note',1,'created_at',NULL,'2026-11-23T10:39:02',1,'4103bfb68b397a54e65c2c6515b7d2fa94f26c5ec00a83da9092e774eeed1be9','90718331603efed40e3c685f3164a4783a17b14af24a986bf5c0115a792c43d5');
INSERT INTO "audit_log" VALUES(573,'2026-11-23T10:39:02','demo','insert','note',1,'shared_with_relatives',NULL,'1',1,'90718331603efed40e3c685f3164a4783a17b14af24a986bf5c0115a792c43d5','a5a043168c58485d3b7e1dd870872104ad6579344a5f7a5dc2e3a63bc391caa3');
INSERT INTO "audit_log" VALUES(574,'2026-11-23T10:39:02','demo','insert','note',1,'private',NULL,'0',1,'a5a043168c58485d3b7e1dd870872104ad6579344a5f7a5dc2e3a63bc391caa3','df86cacec0929b841c3b66dc12fb6ed0be6f3ab5baa006c4b2b79a0861de4714');
INSERT INTO "audit_log" VALUES(575,'2026-11-23T10:39:02','demo','insert','note',2,'plan_id',NULL,'1',1,'df86cacec0929b841c3b66dc12fb6ed0be6f3ab5baa006c4b2b79a0861de4714','85b72a31b60efe7a655683ebe880b086370cfd8226709d29ca68ea3d05c03b53');
INSERT INTO "audit_log" VALUES(576,'2026-11-23T10:39:02','demo','insert','note',2,'meeting_id',NULL,'2',1,'85b72a31b60efe7a655683ebe880b086370cfd8226709d29ca68ea3d05c03b53','c2650131a3ef55ded2d281aa34b8cc63d64ece098867cd4d2aaf0ea5cf096ba1');
INSERT INTO "audit_log" VALUES(577,'2026-11-23T10:39:02','demo','insert','note',2,'text',NULL,'Nanna har haft svære nætter; lægen er orienteret.',1,'c2650131a3ef55ded2d281aa34b8cc63d64ece098867cd4d2aaf0ea5cf096ba1','720154266aff18be34663f534c9b91d5a3de5acbb1ac38c09a1e6ac2c27eb188');
INSERT INTO "audit_log" VALUES(578,'2026-11-23T10:39:02','demo','insert','note',2,'created_at',NULL,'2026-11-23T10:39:02',1,'720154266aff18be34663f534c9b91d5a3de5acbb1ac38c09a1e6ac2c27eb188','321791c9111644aca780f8696e97eb030706fe2aac1b1d054a04f4ca9488f085');
INSERT INTO "audit_log" VALUES(579,'2026-11-23T10:39:02','demo','insert','note',2,'shared_with_relatives',NULL,'0',1,'321791c9111644aca780f8696e97eb030706fe2aac1b1d054a04f4ca9488f085','4321b1044c2260432dfb2e4890e6f0dd6ea502e53407597b2bfba65da1cf3185');
INSERT INTO "audit_log" VALUES(580,'2026-11-23T10:39:02','demo','insert','note',2,'private',NULL,'1',1,'4321b1044c2260432dfb2e4890e6f0dd6ea502e53407597b2bfba65da1cf3185','6cd9054cb4d0f7028bf12e223b75941d871d3bc13496a52e10dcdd91ee880392');
INSERT INTO "audit_log" VALUES(581,'2026-11-23T10:39:02','demo','insert','observation',1,'goal_id',NULL,'1',1,'6cd9054cb4d0f7028bf12e223b75941d871d3bc13496a52e10dcdd91ee880392','5c5ef94d473855e8671368679481e6fc6683e6f6a1c26035f8295165b700be18');
INSERT INTO "audit_log" VALUES(582,'2026-11-23T10:39:02','demo','insert','observation',1,'date',NULL,'2026-11-03',1,'5c5ef94d473855e8671368679481e6fc6683e6f6a1c26035f8295165b700be18','cdf4474486163e75f8e69bc27f598bf4b7aa07d584074311acb24cbdeefeea4e');
INSERT INTO "audit_log" VALUES(583,'2026-11-23T10:39:02','demo','insert','observation',1,'text',NULL,'Mødte kl. 9 og var i godt humør.',1,'cdf4474486163e75f8e69bc27f598bf4b7aa07d584074311acb24cbdeefeea4e','be14fd6488fbe06593444c98dd1d404d5c338e8ff6026440dd865ebcb785c09d');
INSERT INTO "audit_log" VALUES(584,'2026-11-23T10:39:02','demo','insert','observation',1,'observer',NULL,'Fatima Ali',1,'be14fd6488fbe06593444c98dd1d404d5c338e8ff6026440dd865ebcb785c09d','a93cf74e45307e836b9837e79b324e62e1716d7babe1d3e774ee5f4db8db6e8a');
INSERT INTO "audit_log" VALUES(585,'2026-11-23T10:39:02','demo','insert','observation',1,'participant_id',NULL,'3',1,'a93cf74e45307e836b9837e79b324e62e1716d7babe1d3e774ee5f4db8db6e8a','6235b9a14152115b14a43227181db2a77eb963e9c9bc8a7a2441f4464ad91ce3');
INSERT INTO "audit_log" VALUES(586,'2026-11-23T10:39:02','demo','insert','observation',1,'shared_with_relatives',NULL,'0',1,'6235b9a14152115b14a43227181db2a77eb963e9c9bc8a7a2441f4464ad91ce3','5dbd882a12ca61149f31b6da8814e8a61b8c7958c47fedf7f0ae7deaa0293143');
INSERT INTO "audit_log" VALUES(587,'2026-11-23T10:39:02','demo','insert','observation',1,'private',NULL,'0',1,'5dbd882a12ca61149f31b6da8814e8a61b8c7958c47fedf7f0ae7deaa0293143','8278dc3264cacd579002889b52d8b443b1a83932cbb32d242f9f20d0e859bf75');
INSERT INTO "audit_log" VALUES(588,'2026-11-23T10:39:02','demo','insert','observation',2,'goal_id',NULL,'1',1,'8278dc3264cacd579002889b52d8b443b1a83932cbb32d242f9f20d0e859bf75','c3df45f843a0ac205ecfeb8840f392d7e88f7e5760d105d8f8da7f035001cab9');
INSERT INTO "audit_log" VALUES(589,'2026-11-23T10:39:02','demo','insert','observation',2,'date',NULL,'2026-11-10',1,'c3df45f843a0ac205ecfeb8840f392d7e88f7e5760d105d8f8da7f035001cab9','7b8dc4e40c5c7da04bb4efeeb249e41e8a8f6571eee18fbfb9a009c6a23eeb19');
INSERT INTO "audit_log" VALUES(590,'2026-11-23T10:39:02','demo','insert','observation',2,'text',NULL,'Kom 20 minutter for sent, havde sovet dårligt.',1,'7b8dc4e40c5c7da04bb4efeeb249e41e8a8f6571eee18fbfb9a009c6a23eeb19','a24bda771fd5df898fffd08820334be80f389d448d0ba4b8f88d89b96fb12d76');
INSERT INTO "audit_log" VALUES(591,'2026-11-23T10:39:02','demo','insert','observation',2,'observer',NULL,'Fatima Ali',1,'a24bda771fd5df898fffd08820334be80f389d448d0ba4b8f88d89b96fb12d76','c586b45e1552756beea52eab09055bf255ca4f1a98f40b500b44732881978737');
INSERT INTO "audit_log" VALUES(592,'2026-11-23T10:39:02','demo','insert','observation',2,'participant_id',NULL,'3',1,'c586b45e1552756beea52eab09055bf255ca4f1a98f40b500b44732881978737','7964215a43179ffa39af28b10d1d7d0736cdc57335678090337865ffcb62c6cf');
INSERT INTO "audit_log" VALUES(593,'2026-11-23T10:39:02','demo','insert','observation',2,'shared_with_relatives',NULL,'0',1,'7964215a43179ffa39af28b10d1d7d0736cdc57335678090337865ffcb62c6cf','713c69ce2a5658ae728fdc063dd6be1c1f89db69cdb8b48daee754f69ce018ee');
INSERT INTO "audit_log" VALUES(594,'2026-11-23T10:39:02','demo','insert','observation',2,'private',NULL,'0',1,'713c69ce2a5658ae728fdc063dd6be1c1f89db69cdb8b48daee754f69ce018ee','3448a109c1e945139972f3524ebeda80acffa77e7f43925d2fdde762a57eb8a1');
INSERT INTO "audit_log" VALUES(595,'2026-11-23T10:39:02','demo','insert','observation',3,'goal_id',NULL,'1',1,'3448a109c1e945139972f3524ebeda80acffa77e7f43925d2fdde762a57eb8a1','9a78d527791f05f8a9f2b8fa5db87e3a5e68ef0708d11f88de51849e037ec5b2');
INSERT INTO "audit_log" VALUES(596,'2026-11-23T10:39:02','demo','insert','observation',3,'date',NULL,'2026-11-17',1,'9a78d527791f05f8a9f2b8fa5db87e3a5e68ef0708d11f88de51849e037ec5b2','5b58c1f3c0f759dd768957cec2dff777eac04ee5763ad8d11ed8529533b2d76e');
INSERT INTO "audit_log" VALUES(597,'2026-11-23T10:39:02','demo','insert','observation',3,'text',NULL,'Mødte til tiden begge dage og hjalp en kunde selv.',1,'5b58c1f3c0f759dd768957cec2dff777eac04ee5763ad8d11ed8529533b2d76e','b612554df09aa801135462cafc65fb04cb6d4de8d96795081e50b3bb3a2d0426');
INSERT INTO "audit_log" VALUES(598,'2026-11-23T10:39:02','demo','insert','observation',3,'observer',NULL,'Fatima Ali',1,'b612554df09aa801135462cafc65fb04cb6d4de8d96795081e50b3bb3a2d0426','cbe46da68ac9888638b44ca4efcf89425f197737479e1a2d305f1b6b6d26b3c3');
INSERT INTO "audit_log" VALUES(599,'2026-11-23T10:39:02','demo','insert','observation',3,'participant_id',NULL,'3',1,'cbe46da68ac9888638b44ca4efcf89425f197737479e1a2d305f1b6b6d26b3c3','0f80ee818d7ef8b824a1645cc08a7dcfc376439ba64e7571a39c372f1c27b691');
INSERT INTO "audit_log" VALUES(600,'2026-11-23T10:39:02','demo','insert','observation',3,'shared_with_relatives',NULL,'0',1,'0f80ee818d7ef8b824a1645cc08a7dcfc376439ba64e7571a39c372f1c27b691','13ef3eaf469966e5d99827f56c6181d9a918c45bea7eb5680fdd8093e77569d9');
INSERT INTO "audit_log" VALUES(601,'2026-11-23T10:39:02','demo','insert','observation',3,'private',NULL,'0',1,'13ef3eaf469966e5d99827f56c6181d9a918c45bea7eb5680fdd8093e77569d9','a6b482e0652645fb9f21e668ff39573eb81dcd55aaa666205032fd334917cb58');
INSERT INTO "audit_log" VALUES(602,'2026-11-23T10:39:02','demo','update','meeting',2,'status','open','closed',1,'a6b482e0652645fb9f21e668ff39573eb81dcd55aaa666205032fd334917cb58','f394f9a919af2a43124c2ea372a7400cab3dea6bac4f49360490a32968cad468');
INSERT INTO "audit_log" VALUES(603,'2026-11-23T10:39:02','demo','update','meeting',2,'next_meeting_date',NULL,'2026-12-03',1,'f394f9a919af2a43124c2ea372a7400cab3dea6bac4f49360490a32968cad468','12f09bcbfd82583dbc1df2f7ad32924424dfd0105f466bd7d57f4c3c58092869');
INSERT INTO "audit_log" VALUES(604,'2026-11-23T10:39:02','demo','update','meeting',2,'closed_at',NULL,'2026-11-23T10:39:02',1,'12f09bcbfd82583dbc1df2f7ad32924424dfd0105f466bd7d57f4c3c58092869','9772869b5cf3947b2b8eaf3274548cd6000d3a9c7e2a4794457864aca259604d');
INSERT INTO "audit_log" VALUES(605,'2026-11-23T10:39:02','demo','insert','meeting',3,'plan_id',NULL,'1',1,'9772869b5cf3947b2b8eaf3274548cd6000d3a9c7e2a4794457864aca259604d','f35b62a1adf5fcc1fc6e8aadc2b94e870fa6df1089ab14f02822b9dfdbe27bd2');
INSERT INTO "audit_log" VALUES(606,'2026-11-23T10:39:02','demo','insert','meeting',3,'kind',NULL,'day_service',1,'f35b62a1adf5fcc1fc6e8aadc2b94e870fa6df1089ab14f02822b9dfdbe27bd2','be43ef1060072b3f6c2a25652a637a11e11bdd0613b4af0dbfd36789eb3b4028');
INSERT INTO "audit_log" VALUES(607,'2026-11-23T10:39:02','demo','insert','meeting',3,'date',NULL,'2026-12-03',1,'be43ef1060072b3f6c2a25652a637a11e11bdd0613b4af0dbfd36789eb3b4028','8bfc916283b34468a0e18138240b53e6abe82ce2761606f5bfa6a3d734334f5f');
INSERT INTO "audit_log" VALUES(608,'2026-11-23T10:39:02','demo','insert','meeting',3,'time',NULL,'10:00',1,'8bfc916283b34468a0e18138240b53e6abe82ce2761606f5bfa6a3d734334f5f','1bd2952dc7910ee2f6e000cb863bbd60a4663ea65cc8867ce6991d5c51844c2f');
INSERT INTO "audit_log" VALUES(609,'2026-11-23T10:39:02','demo','insert','meeting',3,'place',NULL,'Værestedet Kilden',1,'1bd2952dc7910ee2f6e000cb863bbd60a4663ea65cc8867ce6991d5c51844c2f','4e275997a9d92c21f3b6bc96e296907c375941c346dfcdfc4cd724d91f792e83');
INSERT INTO "audit_log" VALUES(610,'2026-11-23T10:39:02','demo','insert','meeting',3,'status',NULL,'planned',1,'4e275997a9d92c21f3b6bc96e296907c375941c346dfcdfc4cd724d91f792e83','365cb9f33452687b992dd42dc2668b330d151250c38cb6545d6cb4a6777c2855');
INSERT INTO "audit_log" VALUES(611,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'meeting_id',NULL,'3',1,'365cb9f33452687b992dd42dc2668b330d151250c38cb6545d6cb4a6777c2855','866edcfa9d3359e38a21e241471c800a283a8e84a7d75a7d6358d316d8c0c34a');
INSERT INTO "audit_log" VALUES(612,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'position',NULL,'0',1,'866edcfa9d3359e38a21e241471c800a283a8e84a7d75a7d6358d316d8c0c34a','62aeb72d31a51398701299714c9ba8806621fc733d7c0464d37742f496084598');
INSERT INTO "audit_log" VALUES(613,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'title',NULL,'SMTTE for hvert mål',1,'62aeb72d31a51398701299714c9ba8806621fc733d7c0464d37742f496084598','7f252301d726b2fee72e99f1f222d82f1d422ecb9603ff24c7a9b9c88734417e');
INSERT INTO "audit_log" VALUES(614,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'part',NULL,'smtte',1,'7f252301d726b2fee72e99f1f222d82f1d422ecb9603ff24c7a9b9c88734417e','ab249b95d5e6445d2ba75793231c325154efd38d8e8c7c8e1acbee638f642f5c');
INSERT INTO "audit_log" VALUES(615,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'done',NULL,'0',1,'ab249b95d5e6445d2ba75793231c325154efd38d8e8c7c8e1acbee638f642f5c','4119ba051722ddc358dcdc6c8dca5447d6dd8f6675266c09997b1430dd61c834');
INSERT INTO "audit_log" VALUES(616,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'shared_with_relatives',NULL,'0',1,'4119ba051722ddc358dcdc6c8dca5447d6dd8f6675266c09997b1430dd61c834','427a4df660ca8d0cc2ea2eba71f8b90c0c21fda93dd8d2509d2254d8ec97bb10');
INSERT INTO "audit_log" VALUES(617,'2026-11-23T10:39:02','demo','insert','agenda_item',14,'private',NULL,'0',1,'427a4df660ca8d0cc2ea2eba71f8b90c0c21fda93dd8d2509d2254d8ec97bb10','10315f0eb323a53f2923d97b61cc75fa10d7a90d2d8798552754b90a837ffe99');
INSERT INTO "audit_log" VALUES(618,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'meeting_id',NULL,'3',1,'10315f0eb323a53f2923d97b61cc75fa10d7a90d2d8798552754b90a837ffe99','5285a3e2197e87a75e3c4668bb09f4c2350f3866f7480c82e9641b6710f38d1d');
INSERT INTO "audit_log" VALUES(619,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'position',NULL,'1',1,'5285a3e2197e87a75e3c4668bb09f4c2350f3866f7480c82e9641b6710f38d1d','e7999c54dfd70e926e553e14cb292dda5f74d62c9a5a566174e2cfaf6874406d');
INSERT INTO "audit_log" VALUES(620,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'title',NULL,'Tegn observeret siden sidst',1,'e7999c54dfd70e926e553e14cb292dda5f74d62c9a5a566174e2cfaf6874406d','a3c1d66aca20e7e04065433cfc77191fd84d4ce1f9e3b3ec848c95981d437bad');
INSERT INTO "audit_log" VALUES(621,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'part',NULL,'observations',1,'a3c1d66aca20e7e04065433cfc77191fd84d4ce1f9e3b3ec848c95981d437bad','3203fc393305d1890e68a955efdf4f01acc3e53d578e4d514b0c80bd2e41aea6');
INSERT INTO "audit_log" VALUES(622,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'done',NULL,'0',1,'3203fc393305d1890e68a955efdf4f01acc3e53d578e4d514b0c80bd2e41aea6','56d19f7ff0e936448923f15390653388e22d42649148d72b619e62bd82f4f31f');
INSERT INTO "audit_log" VALUES(623,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'shared_with_relatives',NULL,'0',1,'56d19f7ff0e936448923f15390653388e22d42649148d72b619e62bd82f4f31f','05fdb1d6297208a6002e56775105347e7d56d3b2b8584d534348f77846bea9fd');
INSERT INTO "audit_log" VALUES(624,'2026-11-23T10:39:02','demo','insert','agenda_item',15,'private',NULL,'0',1,'05fdb1d6297208a6002e56775105347e7d56d3b2b8584d534348f77846bea9fd','13a1b60b3760c4708b7cec8dd565bc6b3e70bcce7a20c15fe15bbef079d0bbe0');
INSERT INTO "audit_log" VALUES(625,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'meeting_id',NULL,'3',1,'13a1b60b3760c4708b7cec8dd565bc6b3e70bcce7a20c15fe15bbef079d0bbe0','f80e4b03d6fbe71d3be593c0036e40df034089d8e36a53073bc5fc0eea8e21a2');
INSERT INTO "audit_log" VALUES(626,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'position',NULL,'2',1,'f80e4b03d6fbe71d3be593c0036e40df034089d8e36a53073bc5fc0eea8e21a2','3366dc100c4f3182f31cec5c3ee3afbc63cc2bf86f131a31a6d48755e544a206');
INSERT INTO "audit_log" VALUES(627,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'title',NULL,'Afprøvning af ny praksis (PDSA)',1,'3366dc100c4f3182f31cec5c3ee3afbc63cc2bf86f131a31a6d48755e544a206','e49069d1c12a0e2ab9e529af2116855cb537a4e6629c43fed39e330d73aab405');
INSERT INTO "audit_log" VALUES(628,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'part',NULL,'pdsa',1,'e49069d1c12a0e2ab9e529af2116855cb537a4e6629c43fed39e330d73aab405','f2864ee6f2178fd7d65dfa348ff7a7297fd169c59e1f4482ba661a0bef442f4a');
INSERT INTO "audit_log" VALUES(629,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'done',NULL,'0',1,'f2864ee6f2178fd7d65dfa348ff7a7297fd169c59e1f4482ba661a0bef442f4a','907a5a7d2bf183c0612f610c3fd0471c4933a66e908eda2b723b5196253ed0f1');
INSERT INTO "audit_log" VALUES(630,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'shared_with_relatives',NULL,'0',1,'907a5a7d2bf183c0612f610c3fd0471c4933a66e908eda2b723b5196253ed0f1','ffac58abf5a306e238e7337607632ba34d069a64f53ae10bf61c9de549c0a0b8');
INSERT INTO "audit_log" VALUES(631,'2026-11-23T10:39:02','demo','insert','agenda_item',16,'private',NULL,'0',1,'ffac58abf5a306e238e7337607632ba34d069a64f53ae10bf61c9de549c0a0b8','96d3eef83faef8780bfa90ce08bc7c8e33166e13ada9653a29109c85e3307ffa');
INSERT INTO "audit_log" VALUES(632,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'meeting_id',NULL,'3',1,'96d3eef83faef8780bfa90ce08bc7c8e33166e13ada9653a29109c85e3307ffa','6e6c1da5b01ce4dba97d2a2f74aa9efc712725ab4e28391fac8e2a3957121996');
INSERT INTO "audit_log" VALUES(633,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'position',NULL,'3',1,'6e6c1da5b01ce4dba97d2a2f74aa9efc712725ab4e28391fac8e2a3957121996','636be23ddb57088673efd4d3a4e5e6be103c0eab844245e2fd4b3b65d5c50910');
INSERT INTO "audit_log" VALUES(634,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'title',NULL,'Opfølgning på aftaler siden sidst',1,'636be23ddb57088673efd4d3a4e5e6be103c0eab844245e2fd4b3b65d5c50910','b718f7c830e766066ae64f1b7c1286201a9c4e5bb75a695a083325babd8135b2');
INSERT INTO "audit_log" VALUES(635,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'part',NULL,'review',1,'b718f7c830e766066ae64f1b7c1286201a9c4e5bb75a695a083325babd8135b2','7e2d18237478cd296e49786e1cbcf62520002eef335792a0fdf7ba6b9084352b');
INSERT INTO "audit_log" VALUES(636,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'done',NULL,'0',1,'7e2d18237478cd296e49786e1cbcf62520002eef335792a0fdf7ba6b9084352b','9e455dfc52a3ee62ce063512efd15d5b49516de70111966b5c0a833f7baab525');
INSERT INTO "audit_log" VALUES(637,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'shared_with_relatives',NULL,'0',1,'9e455dfc52a3ee62ce063512efd15d5b49516de70111966b5c0a833f7baab525','0f53908ba48cc05c7b8b0431cb2ebcbd911c1fb155965626a3421abf7e22c985');
INSERT INTO "audit_log" VALUES(638,'2026-11-23T10:39:02','demo','insert','agenda_item',17,'private',NULL,'0',1,'0f53908ba48cc05c7b8b0431cb2ebcbd911c1fb155965626a3421abf7e22c985','dec082dd9bb993299f88d225ab3879ae441fc82d39b386b2599223fea6671ae6');
INSERT INTO "audit_log" VALUES(639,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'meeting_id',NULL,'3',1,'dec082dd9bb993299f88d225ab3879ae441fc82d39b386b2599223fea6671ae6','c8b31019a9cf067e81d8e1fcc3d77c8731e062f1f1c733c12c36dad51d071e4e');
INSERT INTO "audit_log" VALUES(640,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'position',NULL,'4',1,'c8b31019a9cf067e81d8e1fcc3d77c8731e062f1f1c733c12c36dad51d071e4e','32aed2a46b9770677d1579b14e4bd4eb41f7c51310db2add0f4ef7abe758914e');
INSERT INTO "audit_log" VALUES(641,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'title',NULL,'Nye aftaler',1,'32aed2a46b9770677d1579b14e4bd4eb41f7c51310db2add0f4ef7abe758914e','46844348e97138109b5fbf954c50e77489d752b23294aeb347d385db78318795');
INSERT INTO "audit_log" VALUES(642,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'part',NULL,'agreements',1,'46844348e97138109b5fbf954c50e77489d752b23294aeb347d385db78318795','32afff2caeef47ee71f6c0df443b8ac8435b6a311d40589ade1bf3363f9f149a');
INSERT INTO "audit_log" VALUES(643,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'done',NULL,'0',1,'32afff2caeef47ee71f6c0df443b8ac8435b6a311d40589ade1bf3363f9f149a','a27fc678517e3e35168caf0f71400051dabfd6aaa4b03f38d889a9a4d6ad0ad7');
INSERT INTO "audit_log" VALUES(644,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'shared_with_relatives',NULL,'0',1,'a27fc678517e3e35168caf0f71400051dabfd6aaa4b03f38d889a9a4d6ad0ad7','806dac61791e477a6b123d49ec41b2914a68960cd82daeeba7580677f06a08cf');
INSERT INTO "audit_log" VALUES(645,'2026-11-23T10:39:02','demo','insert','agenda_item',18,'private',NULL,'0',1,'806dac61791e477a6b123d49ec41b2914a68960cd82daeeba7580677f06a08cf','2c2e5821d2c4dbf8238aecc0339eff328529eafdbdb8d4b4c04e18a1fe185eaa');
INSERT INTO "audit_log" VALUES(646,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'meeting_id',NULL,'3',1,'2c2e5821d2c4dbf8238aecc0339eff328529eafdbdb8d4b4c04e18a1fe185eaa','6d30b2b6b774964f4fd0237279bded09c47cd10ff6a8a6ebfef5cb2a35c17702');
INSERT INTO "audit_log" VALUES(647,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'position',NULL,'5',1,'6d30b2b6b774964f4fd0237279bded09c47cd10ff6a8a6ebfef5cb2a35c17702','8204d5f5dc81a06ce4287d0b0ace22820c53898b2538c19ab5d6437595e1472a');
INSERT INTO "audit_log" VALUES(648,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'title',NULL,'Næste møde',1,'8204d5f5dc81a06ce4287d0b0ace22820c53898b2538c19ab5d6437595e1472a','8c0da97afe21b9818e1c62286fa6ab562f134398e2a58013e0bc622b004383dd');
INSERT INTO "audit_log" VALUES(649,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'part',NULL,'next',1,'8c0da97afe21b9818e1c62286fa6ab562f134398e2a58013e0bc622b004383dd','884bbd67036f51f1649bb5f8da83025487c273d8ecfae4d2dcfca34afb3c751f');
INSERT INTO "audit_log" VALUES(650,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'done',NULL,'0',1,'884bbd67036f51f1649bb5f8da83025487c273d8ecfae4d2dcfca34afb3c751f','679d586c1ef8ec2feb536a663ecb9a50cbbced811b41f56b54df2382a6b0a893');
INSERT INTO "audit_log" VALUES(651,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'shared_with_relatives',NULL,'0',1,'679d586c1ef8ec2feb536a663ecb9a50cbbced811b41f56b54df2382a6b0a893','937db4e0b8d98ad1767ca348d1d0c100480dc0db3538ebc025f26a9e5747cd36');
INSERT INTO "audit_log" VALUES(652,'2026-11-23T10:39:02','demo','insert','agenda_item',19,'private',NULL,'0',1,'937db4e0b8d98ad1767ca348d1d0c100480dc0db3538ebc025f26a9e5747cd36','8d453dd2af43c861840edff99246757bcdf2d4814a6ec1f80c95d617c58209c5');
INSERT INTO "audit_log" VALUES(653,'2026-11-23T10:39:02','demo','insert','meeting_participant',10,'meeting_id',NULL,'3',1,'8d453dd2af43c861840edff99246757bcdf2d4814a6ec1f80c95d617c58209c5','d94546c6edaf0ef80465147197ce5004dc8fa7471f8c6f57f3b5cc0a1e2b1abd');
INSERT INTO "audit_log" VALUES(654,'2026-11-23T10:39:02','demo','insert','meeting_participant',10,'participant_id',NULL,'1',1,'d94546c6edaf0ef80465147197ce5004dc8fa7471f8c6f57f3b5cc0a1e2b1abd','c89619818734d0c56d937430e8e5d2946b85b4616ffd2982c472ccb150f05988');
INSERT INTO "audit_log" VALUES(655,'2026-11-23T10:39:02','demo','insert','meeting_participant',11,'meeting_id',NULL,'3',1,'c89619818734d0c56d937430e8e5d2946b85b4616ffd2982c472ccb150f05988','fcfaa2e6c4fd038227f48e3b2004471930f94844cd2572aaa0aaa9ec585bfe2f');
INSERT INTO "audit_log" VALUES(656,'2026-11-23T10:39:02','demo','insert','meeting_participant',11,'participant_id',NULL,'3',1,'fcfaa2e6c4fd038227f48e3b2004471930f94844cd2572aaa0aaa9ec585bfe2f','2283e13168ebac8b9560007614efe78f33f51226a6abc6a7f704e2f1b33a6d80');
CREATE TABLE "citizen" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "name" TEXT,
   "values" TEXT,
   "strengths" TEXT,
   "mentor_needed" INTEGER,
   "mentor_role" TEXT,
   "created_at" TEXT
);
INSERT INTO "citizen" VALUES(1,'Nanna Kildegaard','Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.','Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. Jeg er god med dyr og ældre mennesker.',1,'Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende hver mandag og er kontakt til arbejdspladsen.','2026-11-23T10:39:02');
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
INSERT INTO "goal_revision" VALUES(1,2,'Jeg vil forbedre mit helbred.','Bedre søvn gør, at jeg kan møde om morgenen.','2026-11-23T10:39:02','Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.');
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
   "closed_at" TEXT,
   "minutes_text" TEXT,
   "minutes_sha256" TEXT
);
INSERT INTO "meeting" VALUES(1,1,'network','2026-09-24','10:00','Jobcenter Nordby, mødelokale 2','closed','2026-10-29',NULL,'2026-11-23T10:39:02','','');
INSERT INTO "meeting" VALUES(2,1,'citizen','2026-10-29','13:30','Værestedet Kilden','closed','2026-12-03',NULL,'2026-11-23T10:39:02','','');
INSERT INTO "meeting" VALUES(3,1,'day_service','2026-12-03','10:00','Værestedet Kilden','planned',NULL,NULL,NULL,'','');
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
INSERT INTO "note" VALUES(1,1,2,NULL,'Nanna fortalte stolt om sin første uge i butikken.','2026-11-23T10:39:02',1,0);
INSERT INTO "note" VALUES(2,1,2,NULL,'Nanna har haft svære nætter; lægen er orienteret.','2026-11-23T10:39:02',0,1);
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
   "citizen_id" INTEGER REFERENCES "citizen"("id"),
   "meeting_id" INTEGER REFERENCES "meeting"("id"),
   "agenda_item_id" INTEGER REFERENCES "agenda_item"("id"),
   "goal_id" INTEGER REFERENCES "goal"("id"),
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
CREATE INDEX "idx_audit_log_citizen_id"
    ON "audit_log" ("citizen_id");
CREATE INDEX "idx_view_state_goal_id"
    ON "view_state" ("goal_id");
CREATE INDEX "idx_view_state_agenda_item_id"
    ON "view_state" ("agenda_item_id");
CREATE INDEX "idx_view_state_meeting_id"
    ON "view_state" ("meeting_id");
CREATE INDEX "idx_view_state_citizen_id"
    ON "view_state" ("citizen_id");
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
