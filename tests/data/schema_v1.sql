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
INSERT INTO "agreement" VALUES(1,1,1,'Besøge Gensyn sammen med Ole og aftale startdato','2026-10-09',0,'done','',1,1,0,2,4,'2026-11-23T10:40:36','2026-10-08',0,0);
INSERT INTO "agreement" VALUES(2,1,6,'Ringe til Nanna hver mandag kl. 9','2026-12-23',1,'open','',1,1,1,NULL,NULL,'2026-11-23T10:40:36',NULL,0,0);
INSERT INTO "agreement" VALUES(3,1,1,'Tilmelde mig FVU-dansk på VUC','2026-10-14',2,'done','',4,1,0,NULL,NULL,'2026-11-23T10:40:36','2026-10-13',0,0);
INSERT INTO "agreement" VALUES(4,1,5,'Finde en tid hos lægen sammen med Nanna','2026-11-10',3,'open','',3,1,1,NULL,NULL,'2026-11-23T10:40:36',NULL,0,1);
INSERT INTO "agreement" VALUES(5,1,1,'Gå med Bamse mandag, onsdag og fredag og sætte kryds','2026-12-03',4,'open','',2,2,0,5,6,'2026-11-23T10:40:36',NULL,1,0);
INSERT INTO "agreement" VALUES(6,1,4,'Køre Nanna til VUC, når det regner','2026-12-23',5,'open','',4,2,0,NULL,NULL,'2026-11-23T10:40:36',NULL,1,0);
INSERT INTO "agreement" VALUES(7,1,3,'Notere tegn på at Nanna møder udhvilet','2026-12-03',6,'open','',1,2,0,NULL,NULL,'2026-11-23T10:40:36',NULL,0,0);
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
INSERT INTO "agreement_event" VALUES(1,1,1,'2026-11-23T10:40:36','created','','Besøge Gensyn sammen med Ole og aftale startdato',NULL,'2026-10-09','');
INSERT INTO "agreement_event" VALUES(2,2,1,'2026-11-23T10:40:36','created','','Ringe til Nanna hver mandag kl. 9',NULL,'2026-11-18','');
INSERT INTO "agreement_event" VALUES(3,3,1,'2026-11-23T10:40:36','created','','Tilmelde mig FVU-dansk på VUC',NULL,'2026-10-14','');
INSERT INTO "agreement_event" VALUES(4,4,1,'2026-11-23T10:40:36','created','','Finde en tid hos lægen sammen med Nanna',NULL,'2026-11-10','');
INSERT INTO "agreement_event" VALUES(5,1,2,'2026-11-23T10:40:36','done','','',NULL,NULL,'');
INSERT INTO "agreement_event" VALUES(6,3,2,'2026-11-23T10:40:36','done','','',NULL,NULL,'');
INSERT INTO "agreement_event" VALUES(7,2,2,'2026-11-23T10:40:36','continued','','','2026-11-18','2026-12-23','');
INSERT INTO "agreement_event" VALUES(8,4,2,'2026-11-23T10:40:36','continued','','','2026-11-10','2026-11-10','');
INSERT INTO "agreement_event" VALUES(9,5,2,'2026-11-23T10:40:36','created','','Gå med Bamse mandag, onsdag og fredag og sætte kryds',NULL,'2026-12-03','');
INSERT INTO "agreement_event" VALUES(10,6,2,'2026-11-23T10:40:36','created','','Køre Nanna til VUC, når det regner',NULL,'2026-12-23','');
INSERT INTO "agreement_event" VALUES(11,7,2,'2026-11-23T10:40:36','created','','Notere tegn på at Nanna møder udhvilet',NULL,'2026-12-03','');
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
INSERT INTO "audit_log" VALUES(1,'2026-11-23T10:40:36','demo','insert','citizen',1,'name',NULL,'Nanna Kildegaard',1,'0000000000000000000000000000000000000000000000000000000000000000','d4e57c2f32dddd896ff501805e417fe517de92ca4f33eb0ff1afc38824d0fff0');
INSERT INTO "audit_log" VALUES(2,'2026-11-23T10:40:36','demo','insert','citizen',1,'values',NULL,'Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.',1,'d4e57c2f32dddd896ff501805e417fe517de92ca4f33eb0ff1afc38824d0fff0','078958a6763a0c3995fdcdc3861dc0412f3897a1181db1d9044dc435e69d18e3');
INSERT INTO "audit_log" VALUES(3,'2026-11-23T10:40:36','demo','insert','citizen',1,'strengths',NULL,'Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. Jeg er god med dyr og ældre mennesker.',1,'078958a6763a0c3995fdcdc3861dc0412f3897a1181db1d9044dc435e69d18e3','67433bd9bab4b5acd22a41607096b73ebedafab09a695592e362cc93074af8d0');
INSERT INTO "audit_log" VALUES(4,'2026-11-23T10:40:36','demo','insert','citizen',1,'mentor_needed',NULL,'1',1,'67433bd9bab4b5acd22a41607096b73ebedafab09a695592e362cc93074af8d0','138b62c7309b42f574e36eaf00623f241db610c5af126b36d1bade28b7d30c17');
INSERT INTO "audit_log" VALUES(5,'2026-11-23T10:40:36','demo','insert','citizen',1,'mentor_role',NULL,'Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende hver mandag og er kontakt til arbejdspladsen.',1,'138b62c7309b42f574e36eaf00623f241db610c5af126b36d1bade28b7d30c17','353fc46f59b37c17094011dad6145ade0d74473cb4ecb01eebf7060b14be1672');
INSERT INTO "audit_log" VALUES(6,'2026-11-23T10:40:36','demo','insert','citizen',1,'created_at',NULL,'2026-11-23T10:40:36',1,'353fc46f59b37c17094011dad6145ade0d74473cb4ecb01eebf7060b14be1672','641719040854aa63acc0fb061921ab805e31bd0822272f92c7145395e0e73e3f');
INSERT INTO "audit_log" VALUES(7,'2026-11-23T10:40:36','demo','insert','plan',1,'citizen_id',NULL,'1',1,'641719040854aa63acc0fb061921ab805e31bd0822272f92c7145395e0e73e3f','8c579fe7df033c311243bd8ba184d2a4508c9741ae6a1c790355ad6ab56ebbbf');
INSERT INTO "audit_log" VALUES(8,'2026-11-23T10:40:36','demo','insert','plan',1,'plan_type',NULL,'ressourceforloeb',1,'8c579fe7df033c311243bd8ba184d2a4508c9741ae6a1c790355ad6ab56ebbbf','14885808fa428aa84dce21a421ee17010e2c4237d01e176dbee4de5b4e816388');
INSERT INTO "audit_log" VALUES(9,'2026-11-23T10:40:36','demo','insert','plan',1,'goal_level',NULL,'purpose',1,'14885808fa428aa84dce21a421ee17010e2c4237d01e176dbee4de5b4e816388','b89451e47085b2af60a60ae4452a6b48dad833a5360976d8929eb641e6ae5194');
INSERT INTO "audit_log" VALUES(10,'2026-11-23T10:40:36','demo','insert','plan',1,'start_date',NULL,'2026-11-23',1,'b89451e47085b2af60a60ae4452a6b48dad833a5360976d8929eb641e6ae5194','d503448378346f35057cabadf833fbc64195069a3087e977ed6c6d2f4581e7fb');
INSERT INTO "audit_log" VALUES(11,'2026-11-23T10:40:36','demo','insert','plan',1,'made_with_citizen',NULL,'0',1,'d503448378346f35057cabadf833fbc64195069a3087e977ed6c6d2f4581e7fb','9ec817a93488c39a77906bf27b63419ba810e52cca85540535cbbff24bc45c85');
INSERT INTO "audit_log" VALUES(12,'2026-11-23T10:40:36','demo','insert','participant',1,'plan_id',NULL,'1',1,'9ec817a93488c39a77906bf27b63419ba810e52cca85540535cbbff24bc45c85','2b2259d243c28d65f6be9d3179e49bf6efeb508d08bddfa14ef13d1c48742bbd');
INSERT INTO "audit_log" VALUES(13,'2026-11-23T10:40:36','demo','insert','participant',1,'name',NULL,'Nanna Kildegaard',1,'2b2259d243c28d65f6be9d3179e49bf6efeb508d08bddfa14ef13d1c48742bbd','53924deee082bc56763f1d168ce371d2539fdcbe8a6922b9094d79eb43952ef2');
INSERT INTO "audit_log" VALUES(14,'2026-11-23T10:40:36','demo','insert','participant',1,'role',NULL,'citizen',1,'53924deee082bc56763f1d168ce371d2539fdcbe8a6922b9094d79eb43952ef2','849e3f9471dd1e121916c6fb6d504fd62836b5f4bf29f456a68ad6cc028ffa4a');
INSERT INTO "audit_log" VALUES(15,'2026-11-23T10:40:36','demo','insert','participant',1,'active',NULL,'1',1,'849e3f9471dd1e121916c6fb6d504fd62836b5f4bf29f456a68ad6cc028ffa4a','097aae8f2491d23aca2ceaeff424492d4c6f41e4ae7c9d53b092c4f902d958aa');
INSERT INTO "audit_log" VALUES(16,'2026-11-23T10:40:36','demo','update','plan',1,'overall_goal','','Jeg vil arbejde 15 timer om ugen i detailhandlen, på et lager eller i en butik.',1,'097aae8f2491d23aca2ceaeff424492d4c6f41e4ae7c9d53b092c4f902d958aa','78427466dbf0aa8e4ddab8ff5c18eab850af0decb9d0ec5789d9a70653ce9d3c');
INSERT INTO "audit_log" VALUES(17,'2026-11-23T10:40:36','demo','update','plan',1,'goal_level','purpose','trade',1,'78427466dbf0aa8e4ddab8ff5c18eab850af0decb9d0ec5789d9a70653ce9d3c','daa9eba2b81eb4238a5c1583986945fde1d041b336bf3d6300134b3bd88b5b27');
INSERT INTO "audit_log" VALUES(18,'2026-11-23T10:40:36','demo','update','plan',1,'start_date','2026-11-23','2026-07-26',1,'daa9eba2b81eb4238a5c1583986945fde1d041b336bf3d6300134b3bd88b5b27','d210422a0635e3d8bccbff8fcb7097cb148bf8aa922aa13d5e19de358a9a83e9');
INSERT INTO "audit_log" VALUES(19,'2026-11-23T10:40:36','demo','update','plan',1,'end_date',NULL,'2027-07-26',1,'d210422a0635e3d8bccbff8fcb7097cb148bf8aa922aa13d5e19de358a9a83e9','5dfa483d885f6d83f9803d50e749941128bad2cfb0890927a115f08c225a5e9a');
INSERT INTO "audit_log" VALUES(20,'2026-11-23T10:40:36','demo','update','plan',1,'follow_up','','Opfølgning hver 8. uge; næste gang 03-12-2026.',1,'5dfa483d885f6d83f9803d50e749941128bad2cfb0890927a115f08c225a5e9a','047f4361fd523128584c3139072a2a488c13ad237572ea34cb3d30cea09a118d');
INSERT INTO "audit_log" VALUES(21,'2026-11-23T10:40:36','demo','update','plan',1,'purpose','','At Nanna kommer tættere på arbejdsmarkedet og får en stabil hverdag.',1,'047f4361fd523128584c3139072a2a488c13ad237572ea34cb3d30cea09a118d','76f9d97673f822d946e37a3308bd4c12f4c7dd02b374c739a8b8eff31c9d2f38');
INSERT INTO "audit_log" VALUES(22,'2026-11-23T10:40:36','demo','update','plan',1,'support_needed','','Praktik med mentor, forløb i dagtilbud, samtaler om søvn og struktur.',1,'76f9d97673f822d946e37a3308bd4c12f4c7dd02b374c739a8b8eff31c9d2f38','0b8d880b919a9049c8230c3443d916497d3d4fc3bdbc2c9b67fde91d75d141f3');
INSERT INTO "audit_log" VALUES(23,'2026-11-23T10:40:36','demo','update','plan',1,'expected_duration','','12 måneder',1,'0b8d880b919a9049c8230c3443d916497d3d4fc3bdbc2c9b67fde91d75d141f3','7a7df21459582ce47485410c05e6a889955adbc5a53ec2e42f21b402c9fbd2bf');
INSERT INTO "audit_log" VALUES(24,'2026-11-23T10:40:36','demo','update','plan',1,'other_matters','','Bolig er stabil. Ingen hjælpemidler.',1,'7a7df21459582ce47485410c05e6a889955adbc5a53ec2e42f21b402c9fbd2bf','aacd903df6574b89df4b5efc17b9a4b50c5fcf2db62f535fe0272204b2697a22');
INSERT INTO "audit_log" VALUES(25,'2026-11-23T10:40:36','demo','update','plan',1,'made_with_citizen','0','1',1,'aacd903df6574b89df4b5efc17b9a4b50c5fcf2db62f535fe0272204b2697a22','a58af1068c6f38100c570d7ea776aab3ebe3dc6413931df3c7c44656fc5d5ad8');
INSERT INTO "audit_log" VALUES(26,'2026-11-23T10:40:36','demo','update','plan',1,'order_text','','Bestilling fra Jobcenter Nordby: afklaring af arbejdsevne mod job i detailhandlen.',1,'a58af1068c6f38100c570d7ea776aab3ebe3dc6413931df3c7c44656fc5d5ad8','c616e237259ad243901f4934c54c3a52bfb9df19ef70293e944770c835cfae68');
INSERT INTO "audit_log" VALUES(27,'2026-11-23T10:40:36','demo','insert','participant',2,'plan_id',NULL,'1',1,'c616e237259ad243901f4934c54c3a52bfb9df19ef70293e944770c835cfae68','68921f868a1cf1d383604ccf21fab897baa0298043812c07a41ea2e4375672a6');
INSERT INTO "audit_log" VALUES(28,'2026-11-23T10:40:36','demo','insert','participant',2,'name',NULL,'Karsten Bro',1,'68921f868a1cf1d383604ccf21fab897baa0298043812c07a41ea2e4375672a6','899ff89aa702c4f0a37237bc7e9b1c8ce8fbc75431d925aa5ad2b5be6489e636');
INSERT INTO "audit_log" VALUES(29,'2026-11-23T10:40:36','demo','insert','participant',2,'role',NULL,'authority',1,'899ff89aa702c4f0a37237bc7e9b1c8ce8fbc75431d925aa5ad2b5be6489e636','d84fe1506b7917e3cfa0d22712ed0ad8dc9412623aa2bfe3b98e1dd97aa275b2');
INSERT INTO "audit_log" VALUES(30,'2026-11-23T10:40:36','demo','insert','participant',2,'organisation',NULL,'Jobcenter Nordby',1,'d84fe1506b7917e3cfa0d22712ed0ad8dc9412623aa2bfe3b98e1dd97aa275b2','ac6eaf73fc05027c9f37d5f45c4dcd1ad046e984762d0da3f9b32ca95a9c5ee6');
INSERT INTO "audit_log" VALUES(31,'2026-11-23T10:40:36','demo','insert','participant',2,'active',NULL,'1',1,'ac6eaf73fc05027c9f37d5f45c4dcd1ad046e984762d0da3f9b32ca95a9c5ee6','903fa70d850a9c5980bbee7ca3ae66076a7df3b2e773aa3a1f25face1b546e81');
INSERT INTO "audit_log" VALUES(32,'2026-11-23T10:40:36','demo','insert','participant',3,'plan_id',NULL,'1',1,'903fa70d850a9c5980bbee7ca3ae66076a7df3b2e773aa3a1f25face1b546e81','b1fcc9b7c7f86b0d4d1dd9ee139f41d9f7261a0d148f9658743fe8c616bfc609');
INSERT INTO "audit_log" VALUES(33,'2026-11-23T10:40:36','demo','insert','participant',3,'name',NULL,'Fatima Ali',1,'b1fcc9b7c7f86b0d4d1dd9ee139f41d9f7261a0d148f9658743fe8c616bfc609','0c1b520b525b55b4f9aa9116cdb3d93641f65b607fb1122db19b9f11e86afa55');
INSERT INTO "audit_log" VALUES(34,'2026-11-23T10:40:36','demo','insert','participant',3,'role',NULL,'day_service',1,'0c1b520b525b55b4f9aa9116cdb3d93641f65b607fb1122db19b9f11e86afa55','bff06c6bdec9d097add8c5de71644ac86b2209c28768149ce959f587e66e7d3d');
INSERT INTO "audit_log" VALUES(35,'2026-11-23T10:40:36','demo','insert','participant',3,'organisation',NULL,'Værestedet Kilden',1,'bff06c6bdec9d097add8c5de71644ac86b2209c28768149ce959f587e66e7d3d','0cb5bbddc402789b69c02e49ccbdb54bba4edfade6520f477c62434131842939');
INSERT INTO "audit_log" VALUES(36,'2026-11-23T10:40:36','demo','insert','participant',3,'active',NULL,'1',1,'0cb5bbddc402789b69c02e49ccbdb54bba4edfade6520f477c62434131842939','1b9bcfec9ba30185220dcf447c05ad8a2089432879ea0ff9b650c705ccacc99e');
INSERT INTO "audit_log" VALUES(37,'2026-11-23T10:40:36','demo','insert','participant',4,'plan_id',NULL,'1',1,'1b9bcfec9ba30185220dcf447c05ad8a2089432879ea0ff9b650c705ccacc99e','9da3d02c7aeb9d94078e5ee8e44ad24b687bf81dd0bed83a6df293695565de1c');
INSERT INTO "audit_log" VALUES(38,'2026-11-23T10:40:36','demo','insert','participant',4,'name',NULL,'Jens Kildegaard',1,'9da3d02c7aeb9d94078e5ee8e44ad24b687bf81dd0bed83a6df293695565de1c','7ea38683e62743e7efa99abfded45689d2a71050b873919b53e475e16c317ddd');
INSERT INTO "audit_log" VALUES(39,'2026-11-23T10:40:36','demo','insert','participant',4,'role',NULL,'relative',1,'7ea38683e62743e7efa99abfded45689d2a71050b873919b53e475e16c317ddd','242fac85d2358e1f42f88d2036a4275d1f01c2c0eb4c5f99dce45fed53330c75');
INSERT INTO "audit_log" VALUES(40,'2026-11-23T10:40:36','demo','insert','participant',4,'organisation',NULL,'Far',1,'242fac85d2358e1f42f88d2036a4275d1f01c2c0eb4c5f99dce45fed53330c75','a042e9f144d97a0edf4136fd4948c94b80f7f7559e20a07928a1ac077b85e6bc');
INSERT INTO "audit_log" VALUES(41,'2026-11-23T10:40:36','demo','insert','participant',4,'active',NULL,'1',1,'a042e9f144d97a0edf4136fd4948c94b80f7f7559e20a07928a1ac077b85e6bc','4be3d8b2fd071d3aa87849c93d340efe54712da795f967e3bba1c41d3294d592');
INSERT INTO "audit_log" VALUES(42,'2026-11-23T10:40:36','demo','insert','participant',5,'plan_id',NULL,'1',1,'4be3d8b2fd071d3aa87849c93d340efe54712da795f967e3bba1c41d3294d592','8ec5cca15cc0a7b3f01cfd7e9272954dccccf3fb13d93481f8dbd1c17a517d1c');
INSERT INTO "audit_log" VALUES(43,'2026-11-23T10:40:36','demo','insert','participant',5,'name',NULL,'Sofie Dahl',1,'8ec5cca15cc0a7b3f01cfd7e9272954dccccf3fb13d93481f8dbd1c17a517d1c','c677c323905f12f7f559395d52bd3c76301a0c1e7f3ff39a8abe105a70947958');
INSERT INTO "audit_log" VALUES(44,'2026-11-23T10:40:36','demo','insert','participant',5,'role',NULL,'contact',1,'c677c323905f12f7f559395d52bd3c76301a0c1e7f3ff39a8abe105a70947958','55bc1b8997d2bb647dea237930cd4b0b3eeba919296488794cfed02a08488a05');
INSERT INTO "audit_log" VALUES(45,'2026-11-23T10:40:36','demo','insert','participant',5,'organisation',NULL,'Socialpsykiatrien Nordby',1,'55bc1b8997d2bb647dea237930cd4b0b3eeba919296488794cfed02a08488a05','10fdfba79f462df69b0414a3769a6897dba8708353fa0c5af75777725ff69350');
INSERT INTO "audit_log" VALUES(46,'2026-11-23T10:40:36','demo','insert','participant',5,'active',NULL,'1',1,'10fdfba79f462df69b0414a3769a6897dba8708353fa0c5af75777725ff69350','93c24facccc6f190689c054d7437b20f9ef3dd4a4ed9f8d5c24232af790ece25');
INSERT INTO "audit_log" VALUES(47,'2026-11-23T10:40:36','demo','insert','participant',6,'plan_id',NULL,'1',1,'93c24facccc6f190689c054d7437b20f9ef3dd4a4ed9f8d5c24232af790ece25','6d9a24978e39d838f4c70e80190bdcdbbf4f18f4f5de9e1bad6fc88d2519d01e');
INSERT INTO "audit_log" VALUES(48,'2026-11-23T10:40:36','demo','insert','participant',6,'name',NULL,'Ole Krogh',1,'6d9a24978e39d838f4c70e80190bdcdbbf4f18f4f5de9e1bad6fc88d2519d01e','2c71f427b5067c4fb7fb8a03fe3b7131b82989b3d74ae0f3cbdc89dcfde8c620');
INSERT INTO "audit_log" VALUES(49,'2026-11-23T10:40:36','demo','insert','participant',6,'role',NULL,'mentor',1,'2c71f427b5067c4fb7fb8a03fe3b7131b82989b3d74ae0f3cbdc89dcfde8c620','2df2ff8cd3261d04e335a568a569d303f9175fb588267ecc8adb4ad44e3a1c31');
INSERT INTO "audit_log" VALUES(50,'2026-11-23T10:40:36','demo','insert','participant',6,'organisation',NULL,'Mentorkorps Nordby',1,'2df2ff8cd3261d04e335a568a569d303f9175fb588267ecc8adb4ad44e3a1c31','3db19165fba441de0de6f4362a16f78640951067197d279e11eb2ec99680cbfe');
INSERT INTO "audit_log" VALUES(51,'2026-11-23T10:40:36','demo','insert','participant',6,'active',NULL,'1',1,'3db19165fba441de0de6f4362a16f78640951067197d279e11eb2ec99680cbfe','d29e025443429b74b20bc49645c221085bfb5e7795e4ce3b785e807879177ec5');
INSERT INTO "audit_log" VALUES(52,'2026-11-23T10:40:36','demo','insert','participant',7,'plan_id',NULL,'1',1,'d29e025443429b74b20bc49645c221085bfb5e7795e4ce3b785e807879177ec5','7d7e943cf637a78572ca9a4a2ff190c1c54502bed214c2474b9afc3d11bb34f2');
INSERT INTO "audit_log" VALUES(53,'2026-11-23T10:40:36','demo','insert','participant',7,'name',NULL,'Rehabiliteringsteamet Nordby',1,'7d7e943cf637a78572ca9a4a2ff190c1c54502bed214c2474b9afc3d11bb34f2','f9cc3b0e24dd2a81908f123ac3b6af7125660ae8d8c3327df47451714f3c593e');
INSERT INTO "audit_log" VALUES(54,'2026-11-23T10:40:36','demo','insert','participant',7,'role',NULL,'rehab_team',1,'f9cc3b0e24dd2a81908f123ac3b6af7125660ae8d8c3327df47451714f3c593e','a692d2804b0a0519134de70c3e7b8d7243f4eab2db98a44401598b852ad41f1f');
INSERT INTO "audit_log" VALUES(55,'2026-11-23T10:40:36','demo','insert','participant',7,'organisation',NULL,'Nordby Kommune',1,'a692d2804b0a0519134de70c3e7b8d7243f4eab2db98a44401598b852ad41f1f','8a4339b033d382b98087e733422898a3076f9c6605af5777bb6e4579eaff86ca');
INSERT INTO "audit_log" VALUES(56,'2026-11-23T10:40:36','demo','insert','participant',7,'active',NULL,'1',1,'8a4339b033d382b98087e733422898a3076f9c6605af5777bb6e4579eaff86ca','307c19912b1f31ca1091958050dd1ac541d8e4f864a9dca42f5d9f679ce96f53');
INSERT INTO "audit_log" VALUES(57,'2026-11-23T10:40:36','demo','insert','order_goal',1,'plan_id',NULL,'1',1,'307c19912b1f31ca1091958050dd1ac541d8e4f864a9dca42f5d9f679ce96f53','344bc11c508f12a8911d3f5d8313f239ab21feabe5cee34d5aa16bb50605b7f9');
INSERT INTO "audit_log" VALUES(58,'2026-11-23T10:40:36','demo','insert','order_goal',1,'text',NULL,'Afklaring af arbejdsevne mod ordinært job i detailhandlen',1,'344bc11c508f12a8911d3f5d8313f239ab21feabe5cee34d5aa16bb50605b7f9','5e099304b62c2f3db1369dc065f84cf9b82d9876a1ec7a89db3dbca54fdbddff');
INSERT INTO "audit_log" VALUES(59,'2026-11-23T10:40:36','demo','insert','order_goal',1,'position',NULL,'0',1,'5e099304b62c2f3db1369dc065f84cf9b82d9876a1ec7a89db3dbca54fdbddff','a72444dec39ab100c0b72e26b4a6612940231563dddafb53969b962c8cc0a982');
INSERT INTO "audit_log" VALUES(60,'2026-11-23T10:40:36','demo','insert','order_goal',2,'plan_id',NULL,'1',1,'a72444dec39ab100c0b72e26b4a6612940231563dddafb53969b962c8cc0a982','255ed9f818e780610a693775323d6dc1fc25d740a34baab32cfcf445b41e9ef9');
INSERT INTO "audit_log" VALUES(61,'2026-11-23T10:40:36','demo','insert','order_goal',2,'text',NULL,'Stabil hverdag med søvn, motion og netværk',1,'255ed9f818e780610a693775323d6dc1fc25d740a34baab32cfcf445b41e9ef9','1e62bd2d8d0e00d3d50fbe1a8e53aeadd87658583fb9bae01ad355a37fa38140');
INSERT INTO "audit_log" VALUES(62,'2026-11-23T10:40:36','demo','insert','order_goal',2,'position',NULL,'1',1,'1e62bd2d8d0e00d3d50fbe1a8e53aeadd87658583fb9bae01ad355a37fa38140','a6ddfb046ef725aea87fdab1e36269f8e83f42290803ae57f4d721d0cd83deb3');
INSERT INTO "audit_log" VALUES(63,'2026-11-23T10:40:36','demo','insert','goal',1,'plan_id',NULL,'1',1,'a6ddfb046ef725aea87fdab1e36269f8e83f42290803ae57f4d721d0cd83deb3','7ab65b996499b934ea9dabdb1c1d260da0a6fa88a9ceafdc7452244adbec6964');
INSERT INTO "audit_log" VALUES(64,'2026-11-23T10:40:36','demo','insert','goal',1,'area',NULL,'employment',1,'7ab65b996499b934ea9dabdb1c1d260da0a6fa88a9ceafdc7452244adbec6964','cc0cf0418c15d46318ebf9e181b2b5708ba8f21d98c30493f8bab1809a5cbdfa');
INSERT INTO "audit_log" VALUES(65,'2026-11-23T10:40:36','demo','insert','goal',1,'text',NULL,'Jeg vil være i praktik i genbrugsbutikken Gensyn 2 formiddage om ugen.',1,'cc0cf0418c15d46318ebf9e181b2b5708ba8f21d98c30493f8bab1809a5cbdfa','724738db91b43b3c15b62d2689756960e97b5dc9d22279bcbabc052505373bb6');
INSERT INTO "audit_log" VALUES(66,'2026-11-23T10:40:36','demo','insert','goal',1,'rationale',NULL,'Praktikken viser, hvad jeg kan holde til, og bringer mig tættere på job i en butik.',1,'724738db91b43b3c15b62d2689756960e97b5dc9d22279bcbabc052505373bb6','4f211a2e2e17d0b87988240e99c5c392dab756598520f939667e3be136ba54e3');
INSERT INTO "audit_log" VALUES(67,'2026-11-23T10:40:36','demo','insert','goal',1,'start_date',NULL,'2026-09-24',1,'4f211a2e2e17d0b87988240e99c5c392dab756598520f939667e3be136ba54e3','b9cf871f5aaf231e540b352d53e8f7e85155a7fae03347d422373820af494a10');
INSERT INTO "audit_log" VALUES(68,'2026-11-23T10:40:36','demo','insert','goal',1,'end_date',NULL,'2027-01-22',1,'b9cf871f5aaf231e540b352d53e8f7e85155a7fae03347d422373820af494a10','11c8be16e76e1c3badff603ce4a41e68713f945085830a1c5e589537e4f72568');
INSERT INTO "audit_log" VALUES(69,'2026-11-23T10:40:36','demo','insert','goal',1,'status',NULL,'active',1,'11c8be16e76e1c3badff603ce4a41e68713f945085830a1c5e589537e4f72568','7a9e6c03eec288513a8febdf5463ec1ac6d2e938b35f033332a64ff6a986a990');
INSERT INTO "audit_log" VALUES(70,'2026-11-23T10:40:36','demo','insert','goal',1,'position',NULL,'0',1,'7a9e6c03eec288513a8febdf5463ec1ac6d2e938b35f033332a64ff6a986a990','7dbe462a85c6ef02de948b88fba33a3e9d21dfef36f5eb427dbfa12038369612');
INSERT INTO "audit_log" VALUES(71,'2026-11-23T10:40:36','demo','insert','goal',1,'scale_anchor',NULL,'5 = jeg møder 1 formiddag de fleste uger.',1,'7dbe462a85c6ef02de948b88fba33a3e9d21dfef36f5eb427dbfa12038369612','f716a6969aac6e7edd70691ac75740201c29af1da0468c6d002dd0465fddd21b');
INSERT INTO "audit_log" VALUES(72,'2026-11-23T10:40:36','demo','insert','goal',1,'smart_specific',NULL,'Nanna, mentor Ole og butikken; praktik i genbrugsbutikken Gensyn.',1,'f716a6969aac6e7edd70691ac75740201c29af1da0468c6d002dd0465fddd21b','2df9aba9c57a3420875cb23060bd6745d4c14ae01bb9a3d6f48c7d7b6f76f9d4');
INSERT INTO "audit_log" VALUES(73,'2026-11-23T10:40:36','demo','insert','goal',1,'smart_measurable',NULL,'Antal formiddage mødt pr. uge, noteret i kalenderen.',1,'2df9aba9c57a3420875cb23060bd6745d4c14ae01bb9a3d6f48c7d7b6f76f9d4','fa38687aca9152c75627f54b4ea7336dc99f2b31683b4aead050a9da65eb9f40');
INSERT INTO "audit_log" VALUES(74,'2026-11-23T10:40:36','demo','insert','goal',1,'smart_accepted',NULL,'Nanna har selv valgt butikken; Karsten er enig.',1,'fa38687aca9152c75627f54b4ea7336dc99f2b31683b4aead050a9da65eb9f40','ed7d083b673c25163892270c687f69eeb3137f1d8dd65edd65a7d8cb44537f44');
INSERT INTO "audit_log" VALUES(75,'2026-11-23T10:40:36','demo','insert','goal',1,'smart_realistic',NULL,'Nanna tror på 2 formiddage; mere senere.',1,'ed7d083b673c25163892270c687f69eeb3137f1d8dd65edd65a7d8cb44537f44','ebc9585f423de72e781899634da2e95af7be4c3e0ff5e39fcf6085b0e36a0c3e');
INSERT INTO "audit_log" VALUES(76,'2026-11-23T10:40:36','demo','insert','goal',1,'smart_timed',NULL,'Start 24-09-2026, opfølgning 03-12-2026.',1,'ebc9585f423de72e781899634da2e95af7be4c3e0ff5e39fcf6085b0e36a0c3e','13d531533e667f287e0152231deb889859f9cf7fd1f9e27468b4b6aa9b66ceed');
INSERT INTO "audit_log" VALUES(77,'2026-11-23T10:40:36','demo','insert','goal',1,'smtte_context',NULL,'Bestilling fra jobcentret; Nanna har ikke arbejdet i 4 år.',1,'13d531533e667f287e0152231deb889859f9cf7fd1f9e27468b4b6aa9b66ceed','e6b1306792798bed108ee2e87041793392f27426713749024135073ce756c92b');
INSERT INTO "audit_log" VALUES(78,'2026-11-23T10:40:36','demo','insert','goal',1,'smtte_signs',NULL,'Nanna møder til tiden; hun fortæller selv om dagen i butikken.',1,'e6b1306792798bed108ee2e87041793392f27426713749024135073ce756c92b','a6a2e60420b2e7679254b6a1f87828802e7cd697c283aa692137fcc64dcabdb3');
INSERT INTO "audit_log" VALUES(79,'2026-11-23T10:40:36','demo','insert','goal',1,'smtte_actions',NULL,'Mentor Ole ringer mandag morgen; fast plads ved kassen.',1,'a6a2e60420b2e7679254b6a1f87828802e7cd697c283aa692137fcc64dcabdb3','4664fde1f2ec612321f7d594e1ca66088cd3ed318c169fbd5e88e20889335f03');
INSERT INTO "audit_log" VALUES(80,'2026-11-23T10:40:36','demo','insert','goal',1,'smtte_due',NULL,'2026-12-13',1,'4664fde1f2ec612321f7d594e1ca66088cd3ed318c169fbd5e88e20889335f03','51a21f63f89cbe9d204b8d12f317a176c4d9e067d90c49f27dd2461b4a3d6efd');
INSERT INTO "audit_log" VALUES(81,'2026-11-23T10:40:36','demo','insert','goal',1,'order_goal_id',NULL,'1',1,'51a21f63f89cbe9d204b8d12f317a176c4d9e067d90c49f27dd2461b4a3d6efd','fd8ca4842b2c44f6b85af7afcd38703716318fcf3a08a16fe30cc181877ac5d5');
INSERT INTO "audit_log" VALUES(82,'2026-11-23T10:40:36','demo','insert','goal',1,'gas_weight',NULL,'1.0',1,'fd8ca4842b2c44f6b85af7afcd38703716318fcf3a08a16fe30cc181877ac5d5','ccc01f7d731356e5c95da6834de8397a33d1126628a56dddb908b0326068c778');
INSERT INTO "audit_log" VALUES(83,'2026-11-23T10:40:36','demo','insert','goal',1,'shared_with_relatives',NULL,'1',1,'ccc01f7d731356e5c95da6834de8397a33d1126628a56dddb908b0326068c778','57daa0c2af4fffa7d95d31b29fd9d43a6e04b8fc13593a3ca70c96f5f5f0faf9');
INSERT INTO "audit_log" VALUES(84,'2026-11-23T10:40:36','demo','insert','goal',1,'private',NULL,'0',1,'57daa0c2af4fffa7d95d31b29fd9d43a6e04b8fc13593a3ca70c96f5f5f0faf9','a35d624e06d5dd12b32072e512d288d8066ecea37146c61377bf699b8e678101');
INSERT INTO "audit_log" VALUES(85,'2026-11-23T10:40:36','demo','insert','goal',2,'plan_id',NULL,'1',1,'a35d624e06d5dd12b32072e512d288d8066ecea37146c61377bf699b8e678101','59daec6ed3238440aa8ea6c60f60a1434906a0a5aa7c4454c164434b0ad5cf9a');
INSERT INTO "audit_log" VALUES(86,'2026-11-23T10:40:36','demo','insert','goal',2,'area',NULL,'health',1,'59daec6ed3238440aa8ea6c60f60a1434906a0a5aa7c4454c164434b0ad5cf9a','a64a94a73c039e230896d50e96a28efe0d128911c9cb1fa934b52c3eb3e0f0a8');
INSERT INTO "audit_log" VALUES(87,'2026-11-23T10:40:36','demo','insert','goal',2,'text',NULL,'Jeg vil forbedre mit helbred.',1,'a64a94a73c039e230896d50e96a28efe0d128911c9cb1fa934b52c3eb3e0f0a8','64121be9a53f1fc0f19e74aaf05ae9c6faddfd0c91bb5f56e08c32f6de25a718');
INSERT INTO "audit_log" VALUES(88,'2026-11-23T10:40:36','demo','insert','goal',2,'rationale',NULL,'Bedre søvn gør, at jeg kan møde om morgenen.',1,'64121be9a53f1fc0f19e74aaf05ae9c6faddfd0c91bb5f56e08c32f6de25a718','1818f01ec986653793381966cf42d2362b11e62187cde3db2ca74c18184b53fb');
INSERT INTO "audit_log" VALUES(89,'2026-11-23T10:40:36','demo','insert','goal',2,'start_date',NULL,'2026-08-25',1,'1818f01ec986653793381966cf42d2362b11e62187cde3db2ca74c18184b53fb','6e7fc35df36e3e2a54bbd5cf6fb7c2044d7b4323ad408d230cdff2f773e993fa');
INSERT INTO "audit_log" VALUES(90,'2026-11-23T10:40:36','demo','insert','goal',2,'end_date',NULL,'2026-12-23',1,'6e7fc35df36e3e2a54bbd5cf6fb7c2044d7b4323ad408d230cdff2f773e993fa','787b2c62ebc467f88b8f77e3515c12b67f03538798e6d92db3141ffa4679772c');
INSERT INTO "audit_log" VALUES(91,'2026-11-23T10:40:36','demo','insert','goal',2,'status',NULL,'active',1,'787b2c62ebc467f88b8f77e3515c12b67f03538798e6d92db3141ffa4679772c','656307e22f46b4f2320df3c2de5da28d6ea44441adca95797228871bfe7fe325');
INSERT INTO "audit_log" VALUES(92,'2026-11-23T10:40:36','demo','insert','goal',2,'position',NULL,'1',1,'656307e22f46b4f2320df3c2de5da28d6ea44441adca95797228871bfe7fe325','4c83111c625912a61a5646a4918e0f305e7c0ac784ce3b602a2b0167f6de82ab');
INSERT INTO "audit_log" VALUES(93,'2026-11-23T10:40:36','demo','insert','goal',2,'smart_specific',NULL,'Nanna går med Bamse i Skovparken.',1,'4c83111c625912a61a5646a4918e0f305e7c0ac784ce3b602a2b0167f6de82ab','feaf537e3b766951c84ad4d85d56c00986ed0a9f3a0cdc6837db15162cfa4860');
INSERT INTO "audit_log" VALUES(94,'2026-11-23T10:40:36','demo','insert','goal',2,'smart_measurable',NULL,'Kryds i kalenderen for hver tur.',1,'feaf537e3b766951c84ad4d85d56c00986ed0a9f3a0cdc6837db15162cfa4860','4750037989b0f473426bce36f6bcea3cd8b9d0f7664650f1a6c7cbb47f8bfe18');
INSERT INTO "audit_log" VALUES(95,'2026-11-23T10:40:36','demo','insert','goal',2,'smart_accepted',NULL,'Nanna vil gerne.',1,'4750037989b0f473426bce36f6bcea3cd8b9d0f7664650f1a6c7cbb47f8bfe18','bfb4532c3b8e67c2bef027ec232139b20f6ef4992a7d2eaee4e9e6c106d88474');
INSERT INTO "audit_log" VALUES(96,'2026-11-23T10:40:36','demo','insert','goal',2,'order_goal_id',NULL,'2',1,'bfb4532c3b8e67c2bef027ec232139b20f6ef4992a7d2eaee4e9e6c106d88474','28901289fdd4515e5d7d4579c3470e20df0f23402c2ca7b45f10f1350aaee1fd');
INSERT INTO "audit_log" VALUES(97,'2026-11-23T10:40:36','demo','insert','goal',2,'gas_weight',NULL,'1.0',1,'28901289fdd4515e5d7d4579c3470e20df0f23402c2ca7b45f10f1350aaee1fd','d1f5f8075a77576b97dda057679c8042da078364b0d3541afa225bb8d1ea9b3a');
INSERT INTO "audit_log" VALUES(98,'2026-11-23T10:40:36','demo','insert','goal',2,'shared_with_relatives',NULL,'1',1,'d1f5f8075a77576b97dda057679c8042da078364b0d3541afa225bb8d1ea9b3a','fa91868d1fbe561b2f1950622323781547943e879ab8a81b067e088ff2e10a2a');
INSERT INTO "audit_log" VALUES(99,'2026-11-23T10:40:36','demo','insert','goal',2,'private',NULL,'0',1,'fa91868d1fbe561b2f1950622323781547943e879ab8a81b067e088ff2e10a2a','0b7deb3e30095233427019b798ed96b949497edf3cd1029047b874789a682aad');
INSERT INTO "audit_log" VALUES(100,'2026-11-23T10:40:36','demo','insert','goal',3,'plan_id',NULL,'1',1,'0b7deb3e30095233427019b798ed96b949497edf3cd1029047b874789a682aad','953d5a07349e1be614e9d203d1968c609c14b2949afe7140b9485c1053cb321f');
INSERT INTO "audit_log" VALUES(101,'2026-11-23T10:40:36','demo','insert','goal',3,'area',NULL,'health',1,'953d5a07349e1be614e9d203d1968c609c14b2949afe7140b9485c1053cb321f','a2f1f24cf90a7f44f654186ffd426cea66eccd8f84a43de4555009e24781bc5b');
INSERT INTO "audit_log" VALUES(102,'2026-11-23T10:40:36','demo','insert','goal',3,'text',NULL,'Jeg vil tale med min læge om min søvnmedicin inden jul.',1,'a2f1f24cf90a7f44f654186ffd426cea66eccd8f84a43de4555009e24781bc5b','549aac83cd3b149785fbff7fe31482384b9bb62be7c5928fb4f3e6b05359faa5');
INSERT INTO "audit_log" VALUES(103,'2026-11-23T10:40:36','demo','insert','goal',3,'rationale',NULL,'Medicinen gør mig træt om formiddagen.',1,'549aac83cd3b149785fbff7fe31482384b9bb62be7c5928fb4f3e6b05359faa5','48b2c4c01854dff11cf3848e209e1391e47658ba38ad958eb27d2930e61ab837');
INSERT INTO "audit_log" VALUES(104,'2026-11-23T10:40:36','demo','insert','goal',3,'start_date',NULL,'2026-10-24',1,'48b2c4c01854dff11cf3848e209e1391e47658ba38ad958eb27d2930e61ab837','e3f2331108ec7cc04036e6e625c43c3b10fbc3a2aa21639b0666421c74a13812');
INSERT INTO "audit_log" VALUES(105,'2026-11-23T10:40:36','demo','insert','goal',3,'end_date',NULL,'2026-12-23',1,'e3f2331108ec7cc04036e6e625c43c3b10fbc3a2aa21639b0666421c74a13812','acfd264b03e1fbfa66464f3342674a966f58191b50225510b408938369b148f1');
INSERT INTO "audit_log" VALUES(106,'2026-11-23T10:40:36','demo','insert','goal',3,'status',NULL,'active',1,'acfd264b03e1fbfa66464f3342674a966f58191b50225510b408938369b148f1','e968bdb2a922d84a27917da804269f0fe25e402b35678bebe233b86654a5d396');
INSERT INTO "audit_log" VALUES(107,'2026-11-23T10:40:36','demo','insert','goal',3,'position',NULL,'2',1,'e968bdb2a922d84a27917da804269f0fe25e402b35678bebe233b86654a5d396','93d3b5f50402c591415ee54330dff01e560563d9da7121155ae8bd4c3cdc340f');
INSERT INTO "audit_log" VALUES(108,'2026-11-23T10:40:36','demo','insert','goal',3,'order_goal_id',NULL,'2',1,'93d3b5f50402c591415ee54330dff01e560563d9da7121155ae8bd4c3cdc340f','eb23b7e7d1f4a9579a8a0100984d25df2fbd13680ec7ba9e2355faacf37f91ec');
INSERT INTO "audit_log" VALUES(109,'2026-11-23T10:40:36','demo','insert','goal',3,'gas_weight',NULL,'1.0',1,'eb23b7e7d1f4a9579a8a0100984d25df2fbd13680ec7ba9e2355faacf37f91ec','6ade15bd9571402091044b53d952c41f0e8e9f28d4ad7c289976ad5ba3d4fc84');
INSERT INTO "audit_log" VALUES(110,'2026-11-23T10:40:36','demo','insert','goal',3,'shared_with_relatives',NULL,'0',1,'6ade15bd9571402091044b53d952c41f0e8e9f28d4ad7c289976ad5ba3d4fc84','ca2f42cc8db342aa826c481f1b5fab0904378636e3eeffaa8f9a9a76f90745cd');
INSERT INTO "audit_log" VALUES(111,'2026-11-23T10:40:36','demo','insert','goal',3,'private',NULL,'1',1,'ca2f42cc8db342aa826c481f1b5fab0904378636e3eeffaa8f9a9a76f90745cd','71d8db166946ca72dca7281b9442192723ab893b51f44c0d29108ed5ac6ec290');
INSERT INTO "audit_log" VALUES(112,'2026-11-23T10:40:36','demo','insert','goal',4,'plan_id',NULL,'1',1,'71d8db166946ca72dca7281b9442192723ab893b51f44c0d29108ed5ac6ec290','4d4b88b885cbc63d0e27ab73c5506479477fb5d68667bee93e987682d3f2baa2');
INSERT INTO "audit_log" VALUES(113,'2026-11-23T10:40:36','demo','insert','goal',4,'area',NULL,'education',1,'4d4b88b885cbc63d0e27ab73c5506479477fb5d68667bee93e987682d3f2baa2','bcbacfb4c20e437e891b6be14f0fb1922a7761fbb10f32221aeb92def82c9b7d');
INSERT INTO "audit_log" VALUES(114,'2026-11-23T10:40:36','demo','insert','goal',4,'text',NULL,'Jeg vil tage FVU-dansk trin 1 på VUC om tirsdagen.',1,'bcbacfb4c20e437e891b6be14f0fb1922a7761fbb10f32221aeb92def82c9b7d','4ed2252256023f6e9f931e73f15a9e92940963cd1be5ccd70e6fea26660453e7');
INSERT INTO "audit_log" VALUES(115,'2026-11-23T10:40:36','demo','insert','goal',4,'rationale',NULL,'Butiksarbejde kræver, at jeg kan læse varesedler og skrive beskeder.',1,'4ed2252256023f6e9f931e73f15a9e92940963cd1be5ccd70e6fea26660453e7','4c98faa60c419ae3bd6cb1bcc05d8337bc837fddfca583c6284243aacaacea0d');
INSERT INTO "audit_log" VALUES(116,'2026-11-23T10:40:36','demo','insert','goal',4,'start_date',NULL,'2026-10-09',1,'4c98faa60c419ae3bd6cb1bcc05d8337bc837fddfca583c6284243aacaacea0d','a97beb9753b6db46fcfbe08f896e6ec57a112c8e78a1f2d4124801df4f2ccd43');
INSERT INTO "audit_log" VALUES(117,'2026-11-23T10:40:36','demo','insert','goal',4,'end_date',NULL,'2027-03-23',1,'a97beb9753b6db46fcfbe08f896e6ec57a112c8e78a1f2d4124801df4f2ccd43','82b9d99225340b481af79ff21491b1131b8843a1eea2809925d36e34ed7e4e99');
INSERT INTO "audit_log" VALUES(118,'2026-11-23T10:40:36','demo','insert','goal',4,'status',NULL,'active',1,'82b9d99225340b481af79ff21491b1131b8843a1eea2809925d36e34ed7e4e99','0f8fe6917ef49477eeb04fb00d439c80707d38a1a72dedf1aa488a7183157ae2');
INSERT INTO "audit_log" VALUES(119,'2026-11-23T10:40:36','demo','insert','goal',4,'position',NULL,'3',1,'0f8fe6917ef49477eeb04fb00d439c80707d38a1a72dedf1aa488a7183157ae2','2b3c90f3d9f7125e9c23cf4bec63a13b3be76fc2e1ceec6828b89f3ad44844c3');
INSERT INTO "audit_log" VALUES(120,'2026-11-23T10:40:36','demo','insert','goal',4,'order_goal_id',NULL,'1',1,'2b3c90f3d9f7125e9c23cf4bec63a13b3be76fc2e1ceec6828b89f3ad44844c3','68b3af462b6dfe51b1106f419d0ba8be0a0ff7a859b4e7fa3d4183559e77eba8');
INSERT INTO "audit_log" VALUES(121,'2026-11-23T10:40:36','demo','insert','goal',4,'gas_weight',NULL,'1.0',1,'68b3af462b6dfe51b1106f419d0ba8be0a0ff7a859b4e7fa3d4183559e77eba8','4e35df52eb4a9029b747961fbfe2d54a94490b1005e009f229388d0e1d71e619');
INSERT INTO "audit_log" VALUES(122,'2026-11-23T10:40:36','demo','insert','goal',4,'shared_with_relatives',NULL,'0',1,'4e35df52eb4a9029b747961fbfe2d54a94490b1005e009f229388d0e1d71e619','b2d917b3d90732450dbfaf4ab5c4e54291d90feedd004ca27270239771fe35bf');
INSERT INTO "audit_log" VALUES(123,'2026-11-23T10:40:36','demo','insert','goal',4,'private',NULL,'0',1,'b2d917b3d90732450dbfaf4ab5c4e54291d90feedd004ca27270239771fe35bf','b69e3f98df887fc7dd43a72ea68229d3ada3e2e1a7e21e5cb96f0c67435eb4be');
INSERT INTO "audit_log" VALUES(124,'2026-11-23T10:40:36','demo','insert','goal',5,'plan_id',NULL,'1',1,'b69e3f98df887fc7dd43a72ea68229d3ada3e2e1a7e21e5cb96f0c67435eb4be','6a263d8e30980ff640e6a2249c95efab05cb17de6198d1a1f1c62be441630b75');
INSERT INTO "audit_log" VALUES(125,'2026-11-23T10:40:36','demo','insert','goal',5,'area',NULL,'social',1,'6a263d8e30980ff640e6a2249c95efab05cb17de6198d1a1f1c62be441630b75','31451e044ead5b73be17bb081a6909c2655ed21d4e5032a426684a4fa80ccce9');
INSERT INTO "audit_log" VALUES(126,'2026-11-23T10:40:36','demo','insert','goal',5,'text',NULL,'Jeg vil ringe til min søster én gang om ugen.',1,'31451e044ead5b73be17bb081a6909c2655ed21d4e5032a426684a4fa80ccce9','c40c646298ee9f882f1072b36261e74fdb3af8abb3e2b1f150682027feaea257');
INSERT INTO "audit_log" VALUES(127,'2026-11-23T10:40:36','demo','insert','goal',5,'rationale',NULL,'Min søster giver mig mod, og jeg vil gerne have mere kontakt.',1,'c40c646298ee9f882f1072b36261e74fdb3af8abb3e2b1f150682027feaea257','a77e6b00a751e895c9bee39b52d16b09e6e034e26690ed8548cd2c802be7407b');
INSERT INTO "audit_log" VALUES(128,'2026-11-23T10:40:36','demo','insert','goal',5,'start_date',NULL,'2026-08-25',1,'a77e6b00a751e895c9bee39b52d16b09e6e034e26690ed8548cd2c802be7407b','d7e73b2b31e7b4846979c7d289a31f60ee3360f9becc737e5cc538f77df3eee8');
INSERT INTO "audit_log" VALUES(129,'2026-11-23T10:40:36','demo','insert','goal',5,'end_date',NULL,'2027-02-21',1,'d7e73b2b31e7b4846979c7d289a31f60ee3360f9becc737e5cc538f77df3eee8','8295c8d8bf25e1464448fe569dfe1c2a34233d1b3193ae6745e874c6ddd37836');
INSERT INTO "audit_log" VALUES(130,'2026-11-23T10:40:36','demo','insert','goal',5,'status',NULL,'active',1,'8295c8d8bf25e1464448fe569dfe1c2a34233d1b3193ae6745e874c6ddd37836','a40b7462f07687d91ec8736e7cd566e85abbdc9518d4af1b257286b136887f5d');
INSERT INTO "audit_log" VALUES(131,'2026-11-23T10:40:36','demo','insert','goal',5,'position',NULL,'4',1,'a40b7462f07687d91ec8736e7cd566e85abbdc9518d4af1b257286b136887f5d','3baaddbbd28e8a59f0f78c351ea2b4157446d62081b988d1556e7932053197c6');
INSERT INTO "audit_log" VALUES(132,'2026-11-23T10:40:36','demo','insert','goal',5,'order_goal_id',NULL,'2',1,'3baaddbbd28e8a59f0f78c351ea2b4157446d62081b988d1556e7932053197c6','f016c9c6ff6e61857a2c5f883a86a35aee9fb607e0906fbcc58d99184f6aefca');
INSERT INTO "audit_log" VALUES(133,'2026-11-23T10:40:36','demo','insert','goal',5,'gas_weight',NULL,'1.0',1,'f016c9c6ff6e61857a2c5f883a86a35aee9fb607e0906fbcc58d99184f6aefca','374071b5143881f7df6b9dfb210a992d4cd37db3778b685e512c461ec0c7bb5b');
INSERT INTO "audit_log" VALUES(134,'2026-11-23T10:40:36','demo','insert','goal',5,'shared_with_relatives',NULL,'1',1,'374071b5143881f7df6b9dfb210a992d4cd37db3778b685e512c461ec0c7bb5b','7db299231c38368380ac4a037ff86584ede317823bcc44918ce7c8c85d5b5dc4');
INSERT INTO "audit_log" VALUES(135,'2026-11-23T10:40:36','demo','insert','goal',5,'private',NULL,'0',1,'7db299231c38368380ac4a037ff86584ede317823bcc44918ce7c8c85d5b5dc4','03f7061b392bba55dad87f228e2798436b4e57f50d61f4cfa1f5d036b9ea3eba');
INSERT INTO "audit_log" VALUES(136,'2026-11-23T10:40:36','demo','insert','activity',1,'goal_id',NULL,'1',1,'03f7061b392bba55dad87f228e2798436b4e57f50d61f4cfa1f5d036b9ea3eba','bb8c155094fcb284cdba103c17a1b0abd114d18d501d3611ac5352f68c4a6ca9');
INSERT INTO "audit_log" VALUES(137,'2026-11-23T10:40:36','demo','insert','activity',1,'text',NULL,'Praktik tirsdag og torsdag 9-12',1,'bb8c155094fcb284cdba103c17a1b0abd114d18d501d3611ac5352f68c4a6ca9','72722c11e88c2f6b1092db3870362cfed8f913e4cdb2a1dfc174c56d88c993b2');
INSERT INTO "audit_log" VALUES(138,'2026-11-23T10:40:36','demo','insert','activity',1,'who',NULL,'Nanna og Ole',1,'72722c11e88c2f6b1092db3870362cfed8f913e4cdb2a1dfc174c56d88c993b2','da03d4c0e1a6b37b49ca7cf3543bbe1f9898cbb6672ed371f40817108476ef69');
INSERT INTO "audit_log" VALUES(139,'2026-11-23T10:40:36','demo','insert','activity',1,'place',NULL,'Gensyn, Storegade 12',1,'da03d4c0e1a6b37b49ca7cf3543bbe1f9898cbb6672ed371f40817108476ef69','7889a53c38ae7ab8ea605306197f70cef160cdf52ce36cb14613a3509f05821b');
INSERT INTO "audit_log" VALUES(140,'2026-11-23T10:40:36','demo','insert','activity',1,'short_term_aim',NULL,'Møde 2 formiddage om ugen i 4 uger i træk',1,'7889a53c38ae7ab8ea605306197f70cef160cdf52ce36cb14613a3509f05821b','6a7e896f325b32a62eef21482a1ed4fc7a5d1d0493c52c70b3f2715310fa69f5');
INSERT INTO "audit_log" VALUES(141,'2026-11-23T10:40:36','demo','insert','activity',1,'position',NULL,'0',1,'6a7e896f325b32a62eef21482a1ed4fc7a5d1d0493c52c70b3f2715310fa69f5','34eb24cb0a4d72227b1782d138b5ab5b4dd103a5c8172d5685489ab275274f3e');
INSERT INTO "audit_log" VALUES(142,'2026-11-23T10:40:36','demo','insert','activity',2,'goal_id',NULL,'2',1,'34eb24cb0a4d72227b1782d138b5ab5b4dd103a5c8172d5685489ab275274f3e','6291fdb4e713b32e4879c9896aa9762c88dcd2065ebd99ab3c496ba920a3de9c');
INSERT INTO "audit_log" VALUES(143,'2026-11-23T10:40:36','demo','insert','activity',2,'text',NULL,'Gåtur i Skovparken',1,'6291fdb4e713b32e4879c9896aa9762c88dcd2065ebd99ab3c496ba920a3de9c','66630db287ffc47fdec5abef622d118de533b6912d986bb6fc0b30f1aa92dc34');
INSERT INTO "audit_log" VALUES(144,'2026-11-23T10:40:36','demo','insert','activity',2,'who',NULL,'Nanna',1,'66630db287ffc47fdec5abef622d118de533b6912d986bb6fc0b30f1aa92dc34','225e102d80fd65f530ab8203807787e724141d9a01e48362fc1d15904ffa5229');
INSERT INTO "audit_log" VALUES(145,'2026-11-23T10:40:36','demo','insert','activity',2,'place',NULL,'Skovparken',1,'225e102d80fd65f530ab8203807787e724141d9a01e48362fc1d15904ffa5229','6dc2d79ee5d123e5f328c02c5c3d0ed74f81b670c129164d70fa875c60b925cd');
INSERT INTO "audit_log" VALUES(146,'2026-11-23T10:40:36','demo','insert','activity',2,'short_term_aim',NULL,'3 ture om ugen',1,'6dc2d79ee5d123e5f328c02c5c3d0ed74f81b670c129164d70fa875c60b925cd','873b70e96a741cdd583d27356e3942e9d2d74169e868770fcf7649df9576d5f7');
INSERT INTO "audit_log" VALUES(147,'2026-11-23T10:40:36','demo','insert','activity',2,'position',NULL,'0',1,'873b70e96a741cdd583d27356e3942e9d2d74169e868770fcf7649df9576d5f7','753e71e622a7df11e5028ff83f3a5b565410cd3cae5de891a3e6576913a74ef9');
INSERT INTO "audit_log" VALUES(148,'2026-11-23T10:40:36','demo','insert','activity',3,'goal_id',NULL,'4',1,'753e71e622a7df11e5028ff83f3a5b565410cd3cae5de891a3e6576913a74ef9','e2cb218d45403b673dffca7a44b57cf713453459cdcee167066e107410737399');
INSERT INTO "audit_log" VALUES(149,'2026-11-23T10:40:36','demo','insert','activity',3,'text',NULL,'FVU-dansk, hold 3',1,'e2cb218d45403b673dffca7a44b57cf713453459cdcee167066e107410737399','8840de2860c6cf498513b0c85d810fbf04a02ba9de917a1dd57d439c47a7b9dd');
INSERT INTO "audit_log" VALUES(150,'2026-11-23T10:40:36','demo','insert','activity',3,'who',NULL,'Nanna',1,'8840de2860c6cf498513b0c85d810fbf04a02ba9de917a1dd57d439c47a7b9dd','97ae48ae3ed6eda2ea0d6b7d05e2dee828470d87943f93120a8a6d8726c73ef0');
INSERT INTO "audit_log" VALUES(151,'2026-11-23T10:40:36','demo','insert','activity',3,'place',NULL,'VUC Nordby',1,'97ae48ae3ed6eda2ea0d6b7d05e2dee828470d87943f93120a8a6d8726c73ef0','35c272b08f834fe95ad32e12ce00b0437459f9f25786abd4a2c94a9158f809e6');
INSERT INTO "audit_log" VALUES(152,'2026-11-23T10:40:36','demo','insert','activity',3,'short_term_aim',NULL,'Følge undervisningen hver tirsdag',1,'35c272b08f834fe95ad32e12ce00b0437459f9f25786abd4a2c94a9158f809e6','f7844550076a0a32de8f91f464c5709c86aefd297a88c33d74833652ff78485b');
INSERT INTO "audit_log" VALUES(153,'2026-11-23T10:40:36','demo','insert','activity',3,'position',NULL,'0',1,'f7844550076a0a32de8f91f464c5709c86aefd297a88c33d74833652ff78485b','e82be907aa60e090133d30b2c65882552408c3f60033f13bfa9189f11750b628');
INSERT INTO "audit_log" VALUES(154,'2026-11-23T10:40:36','demo','insert','activity',4,'goal_id',NULL,'5',1,'e82be907aa60e090133d30b2c65882552408c3f60033f13bfa9189f11750b628','2365fa343e7990180c9a681a3f5ca360e018fd56e27a31aa9e3f8632edc3a565');
INSERT INTO "audit_log" VALUES(155,'2026-11-23T10:40:36','demo','insert','activity',4,'text',NULL,'Ugentligt opkald',1,'2365fa343e7990180c9a681a3f5ca360e018fd56e27a31aa9e3f8632edc3a565','0c59db457020d3a72b49972a8b407ffdbd67b2bc2e037e05d8bf408424dd9946');
INSERT INTO "audit_log" VALUES(156,'2026-11-23T10:40:36','demo','insert','activity',4,'who',NULL,'Nanna',1,'0c59db457020d3a72b49972a8b407ffdbd67b2bc2e037e05d8bf408424dd9946','fae75c681ef77c4bd71717dce571ffd9ecad28c29947c21ea0bab8ad802172cd');
INSERT INTO "audit_log" VALUES(157,'2026-11-23T10:40:36','demo','insert','activity',4,'place',NULL,'Hjemme',1,'fae75c681ef77c4bd71717dce571ffd9ecad28c29947c21ea0bab8ad802172cd','60ecf80c3e5822ce1ed7a6ac8c32f24e96c08532a4ef23443bdf9f6b1e720de1');
INSERT INTO "audit_log" VALUES(158,'2026-11-23T10:40:36','demo','insert','activity',4,'short_term_aim',NULL,'Et opkald om ugen',1,'60ecf80c3e5822ce1ed7a6ac8c32f24e96c08532a4ef23443bdf9f6b1e720de1','3b0e4b6ccef49960b75718cd191e2e56c8ff4ee03bbb0ac376ec04684e02ce80');
INSERT INTO "audit_log" VALUES(159,'2026-11-23T10:40:36','demo','insert','activity',4,'position',NULL,'0',1,'3b0e4b6ccef49960b75718cd191e2e56c8ff4ee03bbb0ac376ec04684e02ce80','bd52a98ff8435e213d9af20ea8142e2d81dc1dffcf6c92b31b812ce374c4fd30');
INSERT INTO "audit_log" VALUES(160,'2026-11-23T10:40:36','demo','insert','goal_revision',1,'goal_id',NULL,'2',1,'bd52a98ff8435e213d9af20ea8142e2d81dc1dffcf6c92b31b812ce374c4fd30','f715d033c67cad1a73883e09f6375bc69cf552aa810817f07575204ce45285e9');
INSERT INTO "audit_log" VALUES(161,'2026-11-23T10:40:36','demo','insert','goal_revision',1,'text',NULL,'Jeg vil forbedre mit helbred.',1,'f715d033c67cad1a73883e09f6375bc69cf552aa810817f07575204ce45285e9','4f0b458a00ab8cc5eb734c1819668459919b9251618e44f5faacb1b040da52b8');
INSERT INTO "audit_log" VALUES(162,'2026-11-23T10:40:36','demo','insert','goal_revision',1,'rationale',NULL,'Bedre søvn gør, at jeg kan møde om morgenen.',1,'4f0b458a00ab8cc5eb734c1819668459919b9251618e44f5faacb1b040da52b8','970b1d0e62b3212db036e5d2642fe8ed89cf68458b4e04b3f3effadff5789ead');
INSERT INTO "audit_log" VALUES(163,'2026-11-23T10:40:36','demo','insert','goal_revision',1,'replaced_at',NULL,'2026-11-23T10:40:36',1,'970b1d0e62b3212db036e5d2642fe8ed89cf68458b4e04b3f3effadff5789ead','3f1d4fd0aa67ed7f1083882c280e8e1400b9fabc679e350254eee6998bcfc8f0');
INSERT INTO "audit_log" VALUES(164,'2026-11-23T10:40:36','demo','insert','goal_revision',1,'reason',NULL,'Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.',1,'3f1d4fd0aa67ed7f1083882c280e8e1400b9fabc679e350254eee6998bcfc8f0','137db81f5761d4c6444cf42d235c80c355cd36e0c227cf17678fa0dcf341b4bc');
INSERT INTO "audit_log" VALUES(165,'2026-11-23T10:40:36','demo','update','goal',2,'text','Jeg vil forbedre mit helbred.','Jeg vil gå en tur på 30 minutter med Bamse 3 gange om ugen, så jeg sover bedre.',1,'137db81f5761d4c6444cf42d235c80c355cd36e0c227cf17678fa0dcf341b4bc','5a96163d299048437b664115d14e35816050e81b97a56781a1cf9f22999f4411');
INSERT INTO "audit_log" VALUES(166,'2026-11-23T10:40:36','demo','insert','meeting',1,'plan_id',NULL,'1',1,'5a96163d299048437b664115d14e35816050e81b97a56781a1cf9f22999f4411','4f6a706e1e60e773bb8caf5c9041d64ab76cef3085a34297b476c2155d66b369');
INSERT INTO "audit_log" VALUES(167,'2026-11-23T10:40:36','demo','insert','meeting',1,'kind',NULL,'network',1,'4f6a706e1e60e773bb8caf5c9041d64ab76cef3085a34297b476c2155d66b369','09b482e059c2ae8bfa4b27597e08c9570c55dc7262c88a656bf5d6f7ce8befd6');
INSERT INTO "audit_log" VALUES(168,'2026-11-23T10:40:36','demo','insert','meeting',1,'date',NULL,'2026-09-24',1,'09b482e059c2ae8bfa4b27597e08c9570c55dc7262c88a656bf5d6f7ce8befd6','5acf2707348dc50a1edb0e6951547d88889404dc4446599dc6f421a90ed1cff1');
INSERT INTO "audit_log" VALUES(169,'2026-11-23T10:40:36','demo','insert','meeting',1,'time',NULL,'10:00',1,'5acf2707348dc50a1edb0e6951547d88889404dc4446599dc6f421a90ed1cff1','c4df28dd0ddd38dc887de00c8f111dd46a1c973f4acea362138b8d1ba83f9f7c');
INSERT INTO "audit_log" VALUES(170,'2026-11-23T10:40:36','demo','insert','meeting',1,'place',NULL,'Jobcenter Nordby, mødelokale 2',1,'c4df28dd0ddd38dc887de00c8f111dd46a1c973f4acea362138b8d1ba83f9f7c','9770aa3fd8ebf86fefed67fb6ac4b2174ca2d1c9f69aedaabe46d379bb63ae13');
INSERT INTO "audit_log" VALUES(171,'2026-11-23T10:40:36','demo','insert','meeting',1,'status',NULL,'planned',1,'9770aa3fd8ebf86fefed67fb6ac4b2174ca2d1c9f69aedaabe46d379bb63ae13','53e9a924620d466ca2bc1f7393813ade1cc9f7e6258f0ceb4a8c8f8cd7b1ae2f');
INSERT INTO "audit_log" VALUES(172,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'meeting_id',NULL,'1',1,'53e9a924620d466ca2bc1f7393813ade1cc9f7e6258f0ceb4a8c8f8cd7b1ae2f','b71c694b47ce59d3058eb39ae98d22a157ba959e820b8a2346fed83375e5c38f');
INSERT INTO "audit_log" VALUES(173,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'position',NULL,'0',1,'b71c694b47ce59d3058eb39ae98d22a157ba959e820b8a2346fed83375e5c38f','c1af4e46061b970cf04f499afb95a14a8227ff70a6082bcc37772bcc93a7324b');
INSERT INTO "audit_log" VALUES(174,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'title',NULL,'Velkomst, roller og dagsorden',1,'c1af4e46061b970cf04f499afb95a14a8227ff70a6082bcc37772bcc93a7324b','16a1e13c2f70b3ac5873bb3837c5d4134976b8bd12ce1762614180b0d6185db5');
INSERT INTO "audit_log" VALUES(175,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'part',NULL,'free',1,'16a1e13c2f70b3ac5873bb3837c5d4134976b8bd12ce1762614180b0d6185db5','ce9b06a7e52742db7351554e48fa6085b09adec0544ef9276292fdbe351a3d38');
INSERT INTO "audit_log" VALUES(176,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'done',NULL,'0',1,'ce9b06a7e52742db7351554e48fa6085b09adec0544ef9276292fdbe351a3d38','8113e99e905e39bbdee8d4b53c6eb54d7f4e338f597345992a6b64ed19d72fc9');
INSERT INTO "audit_log" VALUES(177,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'shared_with_relatives',NULL,'0',1,'8113e99e905e39bbdee8d4b53c6eb54d7f4e338f597345992a6b64ed19d72fc9','f4fcf5d72a619ab58da33a11612a33b6bc924093a9aef7722d3624fdbe2511e6');
INSERT INTO "audit_log" VALUES(178,'2026-11-23T10:40:36','demo','insert','agenda_item',1,'private',NULL,'0',1,'f4fcf5d72a619ab58da33a11612a33b6bc924093a9aef7722d3624fdbe2511e6','5de93911c96d6cbc1bf93cbd642cd7b1d840b4de3b48e506d03128b8d853b9e6');
INSERT INTO "audit_log" VALUES(179,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'meeting_id',NULL,'1',1,'5de93911c96d6cbc1bf93cbd642cd7b1d840b4de3b48e506d03128b8d853b9e6','b02e2fe94a7da694226fe6b37876a085be007acac4c5e55f6b991f771d3efb71');
INSERT INTO "audit_log" VALUES(180,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'position',NULL,'1',1,'b02e2fe94a7da694226fe6b37876a085be007acac4c5e55f6b991f771d3efb71','2cbfe932fff69402064918887d2239bd3524c7cc454979f695d76fc6373c262f');
INSERT INTO "audit_log" VALUES(181,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'title',NULL,'Bestilling og lovens krav',1,'2cbfe932fff69402064918887d2239bd3524c7cc454979f695d76fc6373c262f','5afbe1fdfcd5c16c78f84375327aba82f939421eeac01716e63b8a01c9340f71');
INSERT INTO "audit_log" VALUES(182,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'part',NULL,'checklist',1,'5afbe1fdfcd5c16c78f84375327aba82f939421eeac01716e63b8a01c9340f71','e98ab8c5029d47a226862c39d2e5db03ba9b967e5b50e4c8cfd6fb4a92cc87b7');
INSERT INTO "audit_log" VALUES(183,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'done',NULL,'0',1,'e98ab8c5029d47a226862c39d2e5db03ba9b967e5b50e4c8cfd6fb4a92cc87b7','57fa0c9fc5f29cfeda662d3c1ff4c2f7b55471303b55ee9bb1e26cb0fc80c2f6');
INSERT INTO "audit_log" VALUES(184,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'shared_with_relatives',NULL,'0',1,'57fa0c9fc5f29cfeda662d3c1ff4c2f7b55471303b55ee9bb1e26cb0fc80c2f6','f31b3f7f95b297460f19f759deaedc6db03e40ae25983ca9baf15841e8a9c529');
INSERT INTO "audit_log" VALUES(185,'2026-11-23T10:40:36','demo','insert','agenda_item',2,'private',NULL,'0',1,'f31b3f7f95b297460f19f759deaedc6db03e40ae25983ca9baf15841e8a9c529','84b85e55e9a727df220cfa225639d9e18bab5b93f0c3183f6d64ef4b8b6ce7e5');
INSERT INTO "audit_log" VALUES(186,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'meeting_id',NULL,'1',1,'84b85e55e9a727df220cfa225639d9e18bab5b93f0c3183f6d64ef4b8b6ce7e5','b4d190125b847f15e69656c272b329a6ace3d45a5a53933bf4e197b6449ed78d');
INSERT INTO "audit_log" VALUES(187,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'position',NULL,'2',1,'b4d190125b847f15e69656c272b329a6ace3d45a5a53933bf4e197b6449ed78d','66530ff98a7703febc83d21810fd28bdb04b200f2d6c5147fb0b591a5ef17276');
INSERT INTO "audit_log" VALUES(188,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'title',NULL,'Opfølgning på aftaler siden sidst',1,'66530ff98a7703febc83d21810fd28bdb04b200f2d6c5147fb0b591a5ef17276','f9c9aa8a9f064dcdd49de915de205d9a9912d64aa4f70bc9c2a9c3c600acc4c5');
INSERT INTO "audit_log" VALUES(189,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'part',NULL,'review',1,'f9c9aa8a9f064dcdd49de915de205d9a9912d64aa4f70bc9c2a9c3c600acc4c5','8cbc1d02b31fe9df3478fca17e4a5a2cfe1cefecbb85bbbb785fbb35241ecebf');
INSERT INTO "audit_log" VALUES(190,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'done',NULL,'0',1,'8cbc1d02b31fe9df3478fca17e4a5a2cfe1cefecbb85bbbb785fbb35241ecebf','5d3bc49785b30077a867bd6dd3b33cb214a9e552c4630c6ea14fa3abc476b8f9');
INSERT INTO "audit_log" VALUES(191,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'shared_with_relatives',NULL,'0',1,'5d3bc49785b30077a867bd6dd3b33cb214a9e552c4630c6ea14fa3abc476b8f9','7bd3eda7bee94b0a85ef8b0ac79da7baca11b0091e4fe329fc83b85bc7283cff');
INSERT INTO "audit_log" VALUES(192,'2026-11-23T10:40:36','demo','insert','agenda_item',3,'private',NULL,'0',1,'7bd3eda7bee94b0a85ef8b0ac79da7baca11b0091e4fe329fc83b85bc7283cff','811e53cdc0c3fda4da15407804b4a56b8982acc12cb38ae16b029f838808831a');
INSERT INTO "audit_log" VALUES(193,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'meeting_id',NULL,'1',1,'811e53cdc0c3fda4da15407804b4a56b8982acc12cb38ae16b029f838808831a','cbf34176de4ba129c37907709d0930f8495bafa48f8a615984cb50753047dae3');
INSERT INTO "audit_log" VALUES(194,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'position',NULL,'3',1,'cbf34176de4ba129c37907709d0930f8495bafa48f8a615984cb50753047dae3','417b8d224020fd530ee19bb03c894db2c2f5451eb2616d4b7903d49b36a865b5');
INSERT INTO "audit_log" VALUES(195,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'title',NULL,'Skalering af delmål',1,'417b8d224020fd530ee19bb03c894db2c2f5451eb2616d4b7903d49b36a865b5','aca6e040180c6ced4be01669a408cabfeb2419d914e28e550b4438fc242c5d26');
INSERT INTO "audit_log" VALUES(196,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'part',NULL,'scaling',1,'aca6e040180c6ced4be01669a408cabfeb2419d914e28e550b4438fc242c5d26','6f87689974903e89899125bdb390aaae1d580289ecc8233894782b63c323d912');
INSERT INTO "audit_log" VALUES(197,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'done',NULL,'0',1,'6f87689974903e89899125bdb390aaae1d580289ecc8233894782b63c323d912','8fc5555bfc16f5595732bb947bb962bbb9f1248b7ebfb4a8c0535d34fcff1a62');
INSERT INTO "audit_log" VALUES(198,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'shared_with_relatives',NULL,'0',1,'8fc5555bfc16f5595732bb947bb962bbb9f1248b7ebfb4a8c0535d34fcff1a62','f32b1fa015897587bfe563902e5c7ccc92768786edba2deceba53fdf22448308');
INSERT INTO "audit_log" VALUES(199,'2026-11-23T10:40:36','demo','insert','agenda_item',4,'private',NULL,'0',1,'f32b1fa015897587bfe563902e5c7ccc92768786edba2deceba53fdf22448308','28c70c8fdca836f88fc32dc52d6a7a383ced0d1c6fd5e9350231d35177d008d9');
INSERT INTO "audit_log" VALUES(200,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'meeting_id',NULL,'1',1,'28c70c8fdca836f88fc32dc52d6a7a383ced0d1c6fd5e9350231d35177d008d9','45f56af4f36751383a8369e6c36dc580e5e8773ca7c00608ff1851bec8df4826');
INSERT INTO "audit_log" VALUES(201,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'position',NULL,'4',1,'45f56af4f36751383a8369e6c36dc580e5e8773ca7c00608ff1851bec8df4826','0a7ee0a5d3aa108c5a88bc3386ab1c6b0747ce50276c1606c83f8c2afde5f0fe');
INSERT INTO "audit_log" VALUES(202,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'title',NULL,'SMTTE og tegn fra dagtilbuddet',1,'0a7ee0a5d3aa108c5a88bc3386ab1c6b0747ce50276c1606c83f8c2afde5f0fe','62c798c7d1c848c5fa3caa00e278351adda91a16c81daf539553650bc12256f5');
INSERT INTO "audit_log" VALUES(203,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'part',NULL,'smtte',1,'62c798c7d1c848c5fa3caa00e278351adda91a16c81daf539553650bc12256f5','e95e6515942299de8640f016c21b4710c35102a42abc13c3dc4ca3fecfcdc31d');
INSERT INTO "audit_log" VALUES(204,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'done',NULL,'0',1,'e95e6515942299de8640f016c21b4710c35102a42abc13c3dc4ca3fecfcdc31d','adf3b5578813c708581b340ed64ebdf58f3a599cda8ae1445e6b21bb5fe6267c');
INSERT INTO "audit_log" VALUES(205,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'shared_with_relatives',NULL,'0',1,'adf3b5578813c708581b340ed64ebdf58f3a599cda8ae1445e6b21bb5fe6267c','a35c2aa09067faa7053235248cb9052373998c981598982c6abc750002893b93');
INSERT INTO "audit_log" VALUES(206,'2026-11-23T10:40:36','demo','insert','agenda_item',5,'private',NULL,'0',1,'a35c2aa09067faa7053235248cb9052373998c981598982c6abc750002893b93','e8990d93c3d5f468a4aba546bbebd6f9b11a7d63d03fb2889b23da81d4decec3');
INSERT INTO "audit_log" VALUES(207,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'meeting_id',NULL,'1',1,'e8990d93c3d5f468a4aba546bbebd6f9b11a7d63d03fb2889b23da81d4decec3','bbcdc9f0dfed230553e363e546876d24527a2b62cdbb8216c35c4cf11842a7b7');
INSERT INTO "audit_log" VALUES(208,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'position',NULL,'5',1,'bbcdc9f0dfed230553e363e546876d24527a2b62cdbb8216c35c4cf11842a7b7','76e6c3d11b62b2170d2abf95ea543a870f23a531b29ff01a1a421499725b0747');
INSERT INTO "audit_log" VALUES(209,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'title',NULL,'Pårørendes støtte',1,'76e6c3d11b62b2170d2abf95ea543a870f23a531b29ff01a1a421499725b0747','844999bdde2f4a95d8cd3b1f8ed9f153784396f6a382f3f33e36cace6b17f28f');
INSERT INTO "audit_log" VALUES(210,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'part',NULL,'support',1,'844999bdde2f4a95d8cd3b1f8ed9f153784396f6a382f3f33e36cace6b17f28f','e71893e6cb94bd39f1079c4e9ef1ae844aca53e7a8e61ede028af35563878924');
INSERT INTO "audit_log" VALUES(211,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'done',NULL,'0',1,'e71893e6cb94bd39f1079c4e9ef1ae844aca53e7a8e61ede028af35563878924','dc4c1c08ab26539af2c09fd31dd4e627ffb611a7b81f3659b9df44d8cb0f1572');
INSERT INTO "audit_log" VALUES(212,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'shared_with_relatives',NULL,'0',1,'dc4c1c08ab26539af2c09fd31dd4e627ffb611a7b81f3659b9df44d8cb0f1572','b77d286537a6237f387904aecfe0fde8bb305d62eaf54c10a5b059ac1276be92');
INSERT INTO "audit_log" VALUES(213,'2026-11-23T10:40:36','demo','insert','agenda_item',6,'private',NULL,'0',1,'b77d286537a6237f387904aecfe0fde8bb305d62eaf54c10a5b059ac1276be92','4b3ffb2f69b3e0eeb30ab904dd248c4be41b035548fc14cfb8d2c5c15845fcd2');
INSERT INTO "audit_log" VALUES(214,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'meeting_id',NULL,'1',1,'4b3ffb2f69b3e0eeb30ab904dd248c4be41b035548fc14cfb8d2c5c15845fcd2','680a290864fdc4cec54639e2adb87e5d572374c7b2078b89d53eef78b3c96535');
INSERT INTO "audit_log" VALUES(215,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'position',NULL,'6',1,'680a290864fdc4cec54639e2adb87e5d572374c7b2078b89d53eef78b3c96535','a6bcab1594fee6e2add652eb11d056bc87983be379da2e3c1e3d138dcc39984f');
INSERT INTO "audit_log" VALUES(216,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'title',NULL,'Nye aftaler',1,'a6bcab1594fee6e2add652eb11d056bc87983be379da2e3c1e3d138dcc39984f','f1fb083ee3c3e2abb5896a6189d9d4ce8d5e9a75861d6e0b1167a8b8133edfeb');
INSERT INTO "audit_log" VALUES(217,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'part',NULL,'agreements',1,'f1fb083ee3c3e2abb5896a6189d9d4ce8d5e9a75861d6e0b1167a8b8133edfeb','0e0b02da03dbeed7826cf58a5cb7563dcec41c99862d487df1780264f94a1dcc');
INSERT INTO "audit_log" VALUES(218,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'done',NULL,'0',1,'0e0b02da03dbeed7826cf58a5cb7563dcec41c99862d487df1780264f94a1dcc','776aef9df6bd5495a3fb4555bc9f8bf1e052dcea487d514c39bbe5087df31d19');
INSERT INTO "audit_log" VALUES(219,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'shared_with_relatives',NULL,'0',1,'776aef9df6bd5495a3fb4555bc9f8bf1e052dcea487d514c39bbe5087df31d19','274db8659d6ca2525caed2e48f3b9bc7364c9a5d43930e5e2109931524872dfe');
INSERT INTO "audit_log" VALUES(220,'2026-11-23T10:40:36','demo','insert','agenda_item',7,'private',NULL,'0',1,'274db8659d6ca2525caed2e48f3b9bc7364c9a5d43930e5e2109931524872dfe','23125d818674ab4ce24dec6530f31d970e003a0f80ae7e30f380f3e0989abc7d');
INSERT INTO "audit_log" VALUES(221,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'meeting_id',NULL,'1',1,'23125d818674ab4ce24dec6530f31d970e003a0f80ae7e30f380f3e0989abc7d','abecd5e52b88bd008be48453064cd2495eb76c96fb006021ac3f9e96a02e2495');
INSERT INTO "audit_log" VALUES(222,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'position',NULL,'7',1,'abecd5e52b88bd008be48453064cd2495eb76c96fb006021ac3f9e96a02e2495','0de9da6b97e8b0dd3b8606455c975063219889c5eae875b791f2e53da7414f56');
INSERT INTO "audit_log" VALUES(223,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'title',NULL,'Næste møde',1,'0de9da6b97e8b0dd3b8606455c975063219889c5eae875b791f2e53da7414f56','f5088bdb0f58f5ad6a22e38c7f606c44f5de505c2604b408b5a7f71139872d77');
INSERT INTO "audit_log" VALUES(224,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'part',NULL,'next',1,'f5088bdb0f58f5ad6a22e38c7f606c44f5de505c2604b408b5a7f71139872d77','8ff6961f2de635e4976a787ad5ff64fc5718a9869a23dc4a528b6feb6071e844');
INSERT INTO "audit_log" VALUES(225,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'done',NULL,'0',1,'8ff6961f2de635e4976a787ad5ff64fc5718a9869a23dc4a528b6feb6071e844','f01d4403b46f33e4b23c6534c8a0cb95980d7e295e065da234b6353d8407c3b9');
INSERT INTO "audit_log" VALUES(226,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'shared_with_relatives',NULL,'0',1,'f01d4403b46f33e4b23c6534c8a0cb95980d7e295e065da234b6353d8407c3b9','d7b9d905287b07e79edc7ee6a72c03daf82783faba1d509791d415d7d4239869');
INSERT INTO "audit_log" VALUES(227,'2026-11-23T10:40:36','demo','insert','agenda_item',8,'private',NULL,'0',1,'d7b9d905287b07e79edc7ee6a72c03daf82783faba1d509791d415d7d4239869','5593ff50f9c0096ea793cb184ec9889ca052f85b8edfca3bc76223e5279c5e37');
INSERT INTO "audit_log" VALUES(228,'2026-11-23T10:40:36','demo','insert','meeting_participant',1,'meeting_id',NULL,'1',1,'5593ff50f9c0096ea793cb184ec9889ca052f85b8edfca3bc76223e5279c5e37','d4f4d79ffde3f143da24ad045ffe438b01df383afd8a3ba7895060aeb044c8af');
INSERT INTO "audit_log" VALUES(229,'2026-11-23T10:40:36','demo','insert','meeting_participant',1,'participant_id',NULL,'1',1,'d4f4d79ffde3f143da24ad045ffe438b01df383afd8a3ba7895060aeb044c8af','826e0f2a781b4e71381e2da2f7ed560cba884a9986eed92dca080b220301c340');
INSERT INTO "audit_log" VALUES(230,'2026-11-23T10:40:36','demo','insert','meeting_participant',2,'meeting_id',NULL,'1',1,'826e0f2a781b4e71381e2da2f7ed560cba884a9986eed92dca080b220301c340','2d904de6aa16a14a0a9df2e9a1e197e776f9189a560a596862ad73cd4b165bb4');
INSERT INTO "audit_log" VALUES(231,'2026-11-23T10:40:36','demo','insert','meeting_participant',2,'participant_id',NULL,'2',1,'2d904de6aa16a14a0a9df2e9a1e197e776f9189a560a596862ad73cd4b165bb4','dc7b67d57e8c35d45118b584dc961ff788bdd6597822791ee8ffc8bafee20234');
INSERT INTO "audit_log" VALUES(232,'2026-11-23T10:40:36','demo','insert','meeting_participant',3,'meeting_id',NULL,'1',1,'dc7b67d57e8c35d45118b584dc961ff788bdd6597822791ee8ffc8bafee20234','88dfbcf23376f439016b37ddcd09d9e5902bda59069e59e0466337f782229865');
INSERT INTO "audit_log" VALUES(233,'2026-11-23T10:40:36','demo','insert','meeting_participant',3,'participant_id',NULL,'3',1,'88dfbcf23376f439016b37ddcd09d9e5902bda59069e59e0466337f782229865','2d7221129737674d3ff840f223d42dbcd11a58c7d97133e2f92fc6022a0cc9d4');
INSERT INTO "audit_log" VALUES(234,'2026-11-23T10:40:36','demo','insert','meeting_participant',4,'meeting_id',NULL,'1',1,'2d7221129737674d3ff840f223d42dbcd11a58c7d97133e2f92fc6022a0cc9d4','905071eaf3e55d220f2ce8b70ef3d2a9cef8b2a53a47c55b3095a1ab069931e2');
INSERT INTO "audit_log" VALUES(235,'2026-11-23T10:40:36','demo','insert','meeting_participant',4,'participant_id',NULL,'4',1,'905071eaf3e55d220f2ce8b70ef3d2a9cef8b2a53a47c55b3095a1ab069931e2','6ebae2dda733903003246adecc56e8758b6cbebb5ff463f8c6cbd1ddcca617ea');
INSERT INTO "audit_log" VALUES(236,'2026-11-23T10:40:36','demo','insert','meeting_participant',5,'meeting_id',NULL,'1',1,'6ebae2dda733903003246adecc56e8758b6cbebb5ff463f8c6cbd1ddcca617ea','8b76bc20f58798debbe05b5671803c0e590ef64a180dc453673d05eabb8cf782');
INSERT INTO "audit_log" VALUES(237,'2026-11-23T10:40:36','demo','insert','meeting_participant',5,'participant_id',NULL,'5',1,'8b76bc20f58798debbe05b5671803c0e590ef64a180dc453673d05eabb8cf782','8c89e506a66fc58e85c9c6c2378255471cbe81ff5f9a9c8f33fd5c83520a2420');
INSERT INTO "audit_log" VALUES(238,'2026-11-23T10:40:36','demo','insert','meeting_participant',6,'meeting_id',NULL,'1',1,'8c89e506a66fc58e85c9c6c2378255471cbe81ff5f9a9c8f33fd5c83520a2420','8f771f78d394c1a9263c84a2eac8937c873de575098d5cd0862f858830abb5ef');
INSERT INTO "audit_log" VALUES(239,'2026-11-23T10:40:36','demo','insert','meeting_participant',6,'participant_id',NULL,'6',1,'8f771f78d394c1a9263c84a2eac8937c873de575098d5cd0862f858830abb5ef','2d6c8b10a9d7eff35d5841ec7e0cf5b7bffa41b0f0354c69d0f65e0f82535095');
INSERT INTO "audit_log" VALUES(240,'2026-11-23T10:40:36','demo','update','meeting',1,'status','planned','open',1,'2d6c8b10a9d7eff35d5841ec7e0cf5b7bffa41b0f0354c69d0f65e0f82535095','9b329b17cfe0b72d06eb7982fc6504de76acb3d29e6679faff909f9602e5d81c');
INSERT INTO "audit_log" VALUES(241,'2026-11-23T10:40:36','demo','insert','scale_reading',1,'goal_id',NULL,'1',1,'9b329b17cfe0b72d06eb7982fc6504de76acb3d29e6679faff909f9602e5d81c','888530c3398fc82a6c743472d7b8ed96c24083a09a9918610e331a55c1f31b4f');
INSERT INTO "audit_log" VALUES(242,'2026-11-23T10:40:36','demo','insert','scale_reading',1,'meeting_id',NULL,'1',1,'888530c3398fc82a6c743472d7b8ed96c24083a09a9918610e331a55c1f31b4f','9c5ba0596fccfa220a709dea82977fd2fc1abc2e365027b7e1ebb0b659cefb7a');
INSERT INTO "audit_log" VALUES(243,'2026-11-23T10:40:36','demo','insert','scale_reading',1,'participant_id',NULL,'1',1,'9c5ba0596fccfa220a709dea82977fd2fc1abc2e365027b7e1ebb0b659cefb7a','57d5919a9a096195be34137a39ddd4d060ca7e5a61fda197093b91835ba98658');
INSERT INTO "audit_log" VALUES(244,'2026-11-23T10:40:36','demo','insert','scale_reading',1,'date',NULL,'2026-09-24',1,'57d5919a9a096195be34137a39ddd4d060ca7e5a61fda197093b91835ba98658','412f8f02bb4511988c69f0cdb0cd7122349f85129857dd98b08d4e0658f369ca');
INSERT INTO "audit_log" VALUES(245,'2026-11-23T10:40:36','demo','insert','scale_reading',1,'score',NULL,'2',1,'412f8f02bb4511988c69f0cdb0cd7122349f85129857dd98b08d4e0658f369ca','370affa487158094c90379e6e9438997a6c246db69148467e3641d9e89a6e96d');
INSERT INTO "audit_log" VALUES(246,'2026-11-23T10:40:36','demo','insert','scale_reading',1,'private',NULL,'0',1,'370affa487158094c90379e6e9438997a6c246db69148467e3641d9e89a6e96d','b261ddadae80fbed604baad896d2af8ffd1d30a13808ac920211f1fa43f29399');
INSERT INTO "audit_log" VALUES(247,'2026-11-23T10:40:36','demo','insert','scale_reading',2,'goal_id',NULL,'1',1,'b261ddadae80fbed604baad896d2af8ffd1d30a13808ac920211f1fa43f29399','f9f91ea66eddbeb80b08ad0abc2a337f9eee4da0db4d4fd6dc18620cd1efb9ba');
INSERT INTO "audit_log" VALUES(248,'2026-11-23T10:40:36','demo','insert','scale_reading',2,'meeting_id',NULL,'1',1,'f9f91ea66eddbeb80b08ad0abc2a337f9eee4da0db4d4fd6dc18620cd1efb9ba','01eda97479b78e219abf0aaeff40005ca59af5eb8272af474e12e80eff39a4f5');
INSERT INTO "audit_log" VALUES(249,'2026-11-23T10:40:36','demo','insert','scale_reading',2,'participant_id',NULL,'2',1,'01eda97479b78e219abf0aaeff40005ca59af5eb8272af474e12e80eff39a4f5','e153857aeb80ebafcc38d370dd4a0b890f4d7516c565acd48cd62500aabc6f5e');
INSERT INTO "audit_log" VALUES(250,'2026-11-23T10:40:36','demo','insert','scale_reading',2,'date',NULL,'2026-09-24',1,'e153857aeb80ebafcc38d370dd4a0b890f4d7516c565acd48cd62500aabc6f5e','6bf51bf36bf1182d70e158d2fb8a38d850803474874ded41c3f5616f9eaeb231');
INSERT INTO "audit_log" VALUES(251,'2026-11-23T10:40:36','demo','insert','scale_reading',2,'score',NULL,'3',1,'6bf51bf36bf1182d70e158d2fb8a38d850803474874ded41c3f5616f9eaeb231','9b1a89d6d4125ae94bb0e9cc13647b888bc003b7f29fe31f420a44b21f28ffa3');
INSERT INTO "audit_log" VALUES(252,'2026-11-23T10:40:36','demo','insert','scale_reading',2,'private',NULL,'0',1,'9b1a89d6d4125ae94bb0e9cc13647b888bc003b7f29fe31f420a44b21f28ffa3','b993ce0f93711b2a3afd97eb0ab54bef84b842637c4e8139655cb3f163fd3e71');
INSERT INTO "audit_log" VALUES(253,'2026-11-23T10:40:36','demo','insert','scale_reading',3,'goal_id',NULL,'2',1,'b993ce0f93711b2a3afd97eb0ab54bef84b842637c4e8139655cb3f163fd3e71','35030767ac690e806a63aad27f1673f7db37e2bdf6673a54ca40b7cce96029f8');
INSERT INTO "audit_log" VALUES(254,'2026-11-23T10:40:36','demo','insert','scale_reading',3,'meeting_id',NULL,'1',1,'35030767ac690e806a63aad27f1673f7db37e2bdf6673a54ca40b7cce96029f8','609176b38e861e6a8a58541d4542da30fab71d247dceb7bba6dbc5b4dade19fd');
INSERT INTO "audit_log" VALUES(255,'2026-11-23T10:40:36','demo','insert','scale_reading',3,'participant_id',NULL,'1',1,'609176b38e861e6a8a58541d4542da30fab71d247dceb7bba6dbc5b4dade19fd','983e32ec83dad9fb2ce73cd937e0e61d176c40baf1ad6784ed1e4a03e01e3baf');
INSERT INTO "audit_log" VALUES(256,'2026-11-23T10:40:36','demo','insert','scale_reading',3,'date',NULL,'2026-09-24',1,'983e32ec83dad9fb2ce73cd937e0e61d176c40baf1ad6784ed1e4a03e01e3baf','8a325dd7a88f0acd094ef420550850b3c10f04338d87fd7fbeb030d84a23e403');
INSERT INTO "audit_log" VALUES(257,'2026-11-23T10:40:36','demo','insert','scale_reading',3,'score',NULL,'3',1,'8a325dd7a88f0acd094ef420550850b3c10f04338d87fd7fbeb030d84a23e403','b85da26d1efc6b8c5f55fc83d538abf8d9ec46a7e94eb21df797e5ade42c7998');
INSERT INTO "audit_log" VALUES(258,'2026-11-23T10:40:36','demo','insert','scale_reading',3,'private',NULL,'0',1,'b85da26d1efc6b8c5f55fc83d538abf8d9ec46a7e94eb21df797e5ade42c7998','ed7d2f05e4e6930f28af03574dac513e2bde3e916f5f97b33894f53e79bf25e6');
INSERT INTO "audit_log" VALUES(259,'2026-11-23T10:40:36','demo','insert','scale_reading',4,'goal_id',NULL,'2',1,'ed7d2f05e4e6930f28af03574dac513e2bde3e916f5f97b33894f53e79bf25e6','615b8bec2be0e72630cf00baa5d58efbdb7922a8550d1605de593556391625f1');
INSERT INTO "audit_log" VALUES(260,'2026-11-23T10:40:36','demo','insert','scale_reading',4,'meeting_id',NULL,'1',1,'615b8bec2be0e72630cf00baa5d58efbdb7922a8550d1605de593556391625f1','5c9cb5c98f10f281cb3ba512a408cf1eedd819c36c909aa5ba5c6932ab4e6e33');
INSERT INTO "audit_log" VALUES(261,'2026-11-23T10:40:36','demo','insert','scale_reading',4,'participant_id',NULL,'2',1,'5c9cb5c98f10f281cb3ba512a408cf1eedd819c36c909aa5ba5c6932ab4e6e33','904d46dbeae26d2f50a8a0e60181e6f7bb1bbfd843fe5240aff36abe88daf066');
INSERT INTO "audit_log" VALUES(262,'2026-11-23T10:40:36','demo','insert','scale_reading',4,'date',NULL,'2026-09-24',1,'904d46dbeae26d2f50a8a0e60181e6f7bb1bbfd843fe5240aff36abe88daf066','de536e5be6e2ff7d367e31747ff474a87385f4e7a522196fc812b889d930261f');
INSERT INTO "audit_log" VALUES(263,'2026-11-23T10:40:36','demo','insert','scale_reading',4,'score',NULL,'3',1,'de536e5be6e2ff7d367e31747ff474a87385f4e7a522196fc812b889d930261f','37f565b82399d8466e7b02bd5f84834da2dfa2f125d2ed0ad472853766900dfe');
INSERT INTO "audit_log" VALUES(264,'2026-11-23T10:40:36','demo','insert','scale_reading',4,'private',NULL,'0',1,'37f565b82399d8466e7b02bd5f84834da2dfa2f125d2ed0ad472853766900dfe','7145605b46d032eb929518f64307e80110c2e138bff6f6b344d69725d84c1136');
INSERT INTO "audit_log" VALUES(265,'2026-11-23T10:40:36','demo','insert','scale_reading',5,'goal_id',NULL,'3',1,'7145605b46d032eb929518f64307e80110c2e138bff6f6b344d69725d84c1136','e29a1a776195dea95eca9203b77c7672cf6bbd4959912ea5fc4b5e52f1e3df2b');
INSERT INTO "audit_log" VALUES(266,'2026-11-23T10:40:36','demo','insert','scale_reading',5,'meeting_id',NULL,'1',1,'e29a1a776195dea95eca9203b77c7672cf6bbd4959912ea5fc4b5e52f1e3df2b','e96e4d8204c5501424373a9bcfd50f1ec92d37643e3cc8685ac83e8a5dd96234');
INSERT INTO "audit_log" VALUES(267,'2026-11-23T10:40:36','demo','insert','scale_reading',5,'participant_id',NULL,'1',1,'e96e4d8204c5501424373a9bcfd50f1ec92d37643e3cc8685ac83e8a5dd96234','3ecbb133c538a03742bcffef66650b435d35435dbbe481219de5aba86ffa010f');
INSERT INTO "audit_log" VALUES(268,'2026-11-23T10:40:36','demo','insert','scale_reading',5,'date',NULL,'2026-09-24',1,'3ecbb133c538a03742bcffef66650b435d35435dbbe481219de5aba86ffa010f','d7a2f5c67b9350e40e224475da348275f23def2c245e36279a50d2cc76c78152');
INSERT INTO "audit_log" VALUES(269,'2026-11-23T10:40:36','demo','insert','scale_reading',5,'score',NULL,'4',1,'d7a2f5c67b9350e40e224475da348275f23def2c245e36279a50d2cc76c78152','3a2b6a52ecd08c4170f499ddc3b6075ff6612b3a92b1fb495c87f946630d0ad6');
INSERT INTO "audit_log" VALUES(270,'2026-11-23T10:40:36','demo','insert','scale_reading',5,'private',NULL,'0',1,'3a2b6a52ecd08c4170f499ddc3b6075ff6612b3a92b1fb495c87f946630d0ad6','dff288b6f14a08f9a9971a58791d0932b93a84c18b9a60a021d52e8238bed137');
INSERT INTO "audit_log" VALUES(271,'2026-11-23T10:40:36','demo','insert','scale_reading',6,'goal_id',NULL,'3',1,'dff288b6f14a08f9a9971a58791d0932b93a84c18b9a60a021d52e8238bed137','60d8c1ea4bdfb926b51121941bc65792026f1f807553bc7c6332c65e6fa0d8c7');
INSERT INTO "audit_log" VALUES(272,'2026-11-23T10:40:36','demo','insert','scale_reading',6,'meeting_id',NULL,'1',1,'60d8c1ea4bdfb926b51121941bc65792026f1f807553bc7c6332c65e6fa0d8c7','91727885bfe367d8b10596ae5313ae6b6d10ee3971ce2e31b43c659c89db8d3f');
INSERT INTO "audit_log" VALUES(273,'2026-11-23T10:40:36','demo','insert','scale_reading',6,'participant_id',NULL,'2',1,'91727885bfe367d8b10596ae5313ae6b6d10ee3971ce2e31b43c659c89db8d3f','1bff91062382074b071d343ab7a0225b15407102531b471e0d1f64a2a180319e');
INSERT INTO "audit_log" VALUES(274,'2026-11-23T10:40:36','demo','insert','scale_reading',6,'date',NULL,'2026-09-24',1,'1bff91062382074b071d343ab7a0225b15407102531b471e0d1f64a2a180319e','3e924bd134775ed1ea2d98d7043c5ef2bfc25f35b0ff188f85bda9dae60bd0d0');
INSERT INTO "audit_log" VALUES(275,'2026-11-23T10:40:36','demo','insert','scale_reading',6,'score',NULL,'4',1,'3e924bd134775ed1ea2d98d7043c5ef2bfc25f35b0ff188f85bda9dae60bd0d0','9afe652eaad33fd35fef4cd3e693821b5ba3c343ce140f6f5c452fcd457a73ef');
INSERT INTO "audit_log" VALUES(276,'2026-11-23T10:40:36','demo','insert','scale_reading',6,'private',NULL,'0',1,'9afe652eaad33fd35fef4cd3e693821b5ba3c343ce140f6f5c452fcd457a73ef','b770e5af54724db3bf94c4539d560d06b63edbceead0eb24b153f1c32309fcbf');
INSERT INTO "audit_log" VALUES(277,'2026-11-23T10:40:36','demo','insert','scale_reading',7,'goal_id',NULL,'4',1,'b770e5af54724db3bf94c4539d560d06b63edbceead0eb24b153f1c32309fcbf','22a98be53e8b54911145f0de9891e40a49a9805a45d2e50c32656fc786273f7f');
INSERT INTO "audit_log" VALUES(278,'2026-11-23T10:40:36','demo','insert','scale_reading',7,'meeting_id',NULL,'1',1,'22a98be53e8b54911145f0de9891e40a49a9805a45d2e50c32656fc786273f7f','0858d86d5d7032c23ebb610a40d892f797f4322c2159c8b2572bdccec1a4c9ed');
INSERT INTO "audit_log" VALUES(279,'2026-11-23T10:40:36','demo','insert','scale_reading',7,'participant_id',NULL,'1',1,'0858d86d5d7032c23ebb610a40d892f797f4322c2159c8b2572bdccec1a4c9ed','58d05be51fbdc8476e3f0dd24cc5bbbf674b16cf6ef26d370c866afe071fd034');
INSERT INTO "audit_log" VALUES(280,'2026-11-23T10:40:36','demo','insert','scale_reading',7,'date',NULL,'2026-09-24',1,'58d05be51fbdc8476e3f0dd24cc5bbbf674b16cf6ef26d370c866afe071fd034','710d51dfba725c28f283806ce1137feee3dfd62c1b52a270730bfbddab06e678');
INSERT INTO "audit_log" VALUES(281,'2026-11-23T10:40:36','demo','insert','scale_reading',7,'score',NULL,'2',1,'710d51dfba725c28f283806ce1137feee3dfd62c1b52a270730bfbddab06e678','db520393685e74b981a9412d1d7fbc836eebbfed208da124c8dee1a4bbcbdc2e');
INSERT INTO "audit_log" VALUES(282,'2026-11-23T10:40:36','demo','insert','scale_reading',7,'private',NULL,'0',1,'db520393685e74b981a9412d1d7fbc836eebbfed208da124c8dee1a4bbcbdc2e','ef32d86192450743e0843090dee5efd747f59550b8201ee6c75b0bf03abeffcf');
INSERT INTO "audit_log" VALUES(283,'2026-11-23T10:40:36','demo','insert','scale_reading',8,'goal_id',NULL,'4',1,'ef32d86192450743e0843090dee5efd747f59550b8201ee6c75b0bf03abeffcf','9e35df56dd3d74cd3c8fc66c69b48b630b9b4c351525091a368ea297b600a5f0');
INSERT INTO "audit_log" VALUES(284,'2026-11-23T10:40:36','demo','insert','scale_reading',8,'meeting_id',NULL,'1',1,'9e35df56dd3d74cd3c8fc66c69b48b630b9b4c351525091a368ea297b600a5f0','f36a4dc18e4a7d27b43652967f271226d24f3b655e72531c46a43d86ccb49fee');
INSERT INTO "audit_log" VALUES(285,'2026-11-23T10:40:36','demo','insert','scale_reading',8,'participant_id',NULL,'2',1,'f36a4dc18e4a7d27b43652967f271226d24f3b655e72531c46a43d86ccb49fee','b0e3878e6219f7f2c6929e1badbb4b8bb2556c2b54490c9ca902ab975a47c3d1');
INSERT INTO "audit_log" VALUES(286,'2026-11-23T10:40:36','demo','insert','scale_reading',8,'date',NULL,'2026-09-24',1,'b0e3878e6219f7f2c6929e1badbb4b8bb2556c2b54490c9ca902ab975a47c3d1','cea51572f21d5b2f7551dba27e78f6b73aaac71b251b5a703f6e283a41893d6c');
INSERT INTO "audit_log" VALUES(287,'2026-11-23T10:40:36','demo','insert','scale_reading',8,'score',NULL,'2',1,'cea51572f21d5b2f7551dba27e78f6b73aaac71b251b5a703f6e283a41893d6c','4575c5acc21e5763ea0d172e4325baab64e75425d52b96c11232f5aa25124b0a');
INSERT INTO "audit_log" VALUES(288,'2026-11-23T10:40:36','demo','insert','scale_reading',8,'private',NULL,'0',1,'4575c5acc21e5763ea0d172e4325baab64e75425d52b96c11232f5aa25124b0a','23b4a3a28b3f9bc3d5b21145704462845eb80ebf3943ae191eeee4e5412a720b');
INSERT INTO "audit_log" VALUES(289,'2026-11-23T10:40:36','demo','insert','scale_reading',9,'goal_id',NULL,'5',1,'23b4a3a28b3f9bc3d5b21145704462845eb80ebf3943ae191eeee4e5412a720b','c918c5f9fbf474e359d81fac27d45495c39b880304f01f0b6a63a53e05c9a8d0');
INSERT INTO "audit_log" VALUES(290,'2026-11-23T10:40:36','demo','insert','scale_reading',9,'meeting_id',NULL,'1',1,'c918c5f9fbf474e359d81fac27d45495c39b880304f01f0b6a63a53e05c9a8d0','7a5d3c25c73d56c1432411cb5cbd74c59cd5962863b6f48ad0a87a26414ae169');
INSERT INTO "audit_log" VALUES(291,'2026-11-23T10:40:36','demo','insert','scale_reading',9,'participant_id',NULL,'1',1,'7a5d3c25c73d56c1432411cb5cbd74c59cd5962863b6f48ad0a87a26414ae169','228a9d1ccd6858a36b55cbf5f34b6799c6a156d1a80b3e474a66ac1452e965c9');
INSERT INTO "audit_log" VALUES(292,'2026-11-23T10:40:36','demo','insert','scale_reading',9,'date',NULL,'2026-09-24',1,'228a9d1ccd6858a36b55cbf5f34b6799c6a156d1a80b3e474a66ac1452e965c9','7a9f8a6ceef6295c62d177c7fb231ab5940cc798c319702b8d48b6ce1cb22345');
INSERT INTO "audit_log" VALUES(293,'2026-11-23T10:40:36','demo','insert','scale_reading',9,'score',NULL,'4',1,'7a9f8a6ceef6295c62d177c7fb231ab5940cc798c319702b8d48b6ce1cb22345','04fcec07feac6468d08e4bd0f8434710574763284dd3afe1f78622e73978a706');
INSERT INTO "audit_log" VALUES(294,'2026-11-23T10:40:36','demo','insert','scale_reading',9,'private',NULL,'0',1,'04fcec07feac6468d08e4bd0f8434710574763284dd3afe1f78622e73978a706','053aebce3d97d0f598f6896b083f41095479916e8d3cb12992fa1776651aed06');
INSERT INTO "audit_log" VALUES(295,'2026-11-23T10:40:36','demo','insert','scale_reading',10,'goal_id',NULL,'5',1,'053aebce3d97d0f598f6896b083f41095479916e8d3cb12992fa1776651aed06','bdcf4c41526444889b75841d74c804f6a6e4256ff2032d368538b30f949abf26');
INSERT INTO "audit_log" VALUES(296,'2026-11-23T10:40:36','demo','insert','scale_reading',10,'meeting_id',NULL,'1',1,'bdcf4c41526444889b75841d74c804f6a6e4256ff2032d368538b30f949abf26','d720cfd5887b2444d350679af6e15afa74b5a5f302089824c51dbdd7f6357942');
INSERT INTO "audit_log" VALUES(297,'2026-11-23T10:40:36','demo','insert','scale_reading',10,'participant_id',NULL,'2',1,'d720cfd5887b2444d350679af6e15afa74b5a5f302089824c51dbdd7f6357942','b1fd161a62a06ac08d7c2fd40aa95d86f45f9d1cd1d88f3ccfb52b5188d48f96');
INSERT INTO "audit_log" VALUES(298,'2026-11-23T10:40:36','demo','insert','scale_reading',10,'date',NULL,'2026-09-24',1,'b1fd161a62a06ac08d7c2fd40aa95d86f45f9d1cd1d88f3ccfb52b5188d48f96','81935e412739ea24b9a4183f5f108cc21a38f4486547bf34aebfc443830e4cb1');
INSERT INTO "audit_log" VALUES(299,'2026-11-23T10:40:36','demo','insert','scale_reading',10,'score',NULL,'5',1,'81935e412739ea24b9a4183f5f108cc21a38f4486547bf34aebfc443830e4cb1','fb54e00190a78dfb3762bd590ece8fa6bed9ce5886fff8d53b67b15a754e761a');
INSERT INTO "audit_log" VALUES(300,'2026-11-23T10:40:36','demo','insert','scale_reading',10,'private',NULL,'0',1,'fb54e00190a78dfb3762bd590ece8fa6bed9ce5886fff8d53b67b15a754e761a','6477dc9305ad04b3d8036aaf0156dd28c23655db221515158a8a27bcabe3d6d8');
INSERT INTO "audit_log" VALUES(301,'2026-11-23T10:40:36','demo','insert','agreement',1,'plan_id',NULL,'1',1,'6477dc9305ad04b3d8036aaf0156dd28c23655db221515158a8a27bcabe3d6d8','8a07ea82f07ba155c4c42d81532e7745aec28e2a791b0b0b6e0b32dad1843167');
INSERT INTO "audit_log" VALUES(302,'2026-11-23T10:40:36','demo','insert','agreement',1,'who_id',NULL,'1',1,'8a07ea82f07ba155c4c42d81532e7745aec28e2a791b0b0b6e0b32dad1843167','98ef8d7648c203a6a9d5e7778858d702e35bab4de1d63fb425eff41d030ac7d0');
INSERT INTO "audit_log" VALUES(303,'2026-11-23T10:40:36','demo','insert','agreement',1,'what',NULL,'Besøge Gensyn sammen med Ole og aftale startdato',1,'98ef8d7648c203a6a9d5e7778858d702e35bab4de1d63fb425eff41d030ac7d0','7acad799a7533235d5a2450265f71ef400523911f52751bb6622f12c9b299360');
INSERT INTO "audit_log" VALUES(304,'2026-11-23T10:40:36','demo','insert','agreement',1,'due_date',NULL,'2026-10-09',1,'7acad799a7533235d5a2450265f71ef400523911f52751bb6622f12c9b299360','b9b56f175157b42cc09cbad4d832f45e83ea921c7d5c3f593843a8e48215286e');
INSERT INTO "audit_log" VALUES(305,'2026-11-23T10:40:36','demo','insert','agreement',1,'position',NULL,'0',1,'b9b56f175157b42cc09cbad4d832f45e83ea921c7d5c3f593843a8e48215286e','e90894ffb913238b884041f8b5eb35929fd6a5127e610570545bc4302788de83');
INSERT INTO "audit_log" VALUES(306,'2026-11-23T10:40:36','demo','insert','agreement',1,'status',NULL,'open',1,'e90894ffb913238b884041f8b5eb35929fd6a5127e610570545bc4302788de83','b4725b87667aef8722e75060c0b15f780c5726ae014b39b165e48fc0a1fe1c68');
INSERT INTO "audit_log" VALUES(307,'2026-11-23T10:40:36','demo','insert','agreement',1,'goal_id',NULL,'1',1,'b4725b87667aef8722e75060c0b15f780c5726ae014b39b165e48fc0a1fe1c68','8840587f3a4c9c1e3e86797d0341cd27dbaf68f247d95d8ad4037f88febd6c5a');
INSERT INTO "audit_log" VALUES(308,'2026-11-23T10:40:36','demo','insert','agreement',1,'meeting_id',NULL,'1',1,'8840587f3a4c9c1e3e86797d0341cd27dbaf68f247d95d8ad4037f88febd6c5a','36ff2485c64d85faea78b64da65623646cbc0c814585e9a054119d1fc71c2fb1');
INSERT INTO "audit_log" VALUES(309,'2026-11-23T10:40:36','demo','insert','agreement',1,'carried_over',NULL,'0',1,'36ff2485c64d85faea78b64da65623646cbc0c814585e9a054119d1fc71c2fb1','a10e54574964d2ee3032a083c8fc3387aa66028549b88f4507d1994a942c7a4a');
INSERT INTO "audit_log" VALUES(310,'2026-11-23T10:40:36','demo','insert','agreement',1,'target_from',NULL,'2',1,'a10e54574964d2ee3032a083c8fc3387aa66028549b88f4507d1994a942c7a4a','9c0e60fd48aad462e5aabcb0d70a3457e6e349ec03fc19549ef26994e80e9552');
INSERT INTO "audit_log" VALUES(311,'2026-11-23T10:40:36','demo','insert','agreement',1,'target_to',NULL,'4',1,'9c0e60fd48aad462e5aabcb0d70a3457e6e349ec03fc19549ef26994e80e9552','216818eedc207cc42cb64c444518060f4171ee52bb526237250ffc4d374dcef3');
INSERT INTO "audit_log" VALUES(312,'2026-11-23T10:40:36','demo','insert','agreement',1,'created_at',NULL,'2026-11-23T10:40:36',1,'216818eedc207cc42cb64c444518060f4171ee52bb526237250ffc4d374dcef3','614fd65ef5f6459e0d794de3a2c2423aac5e56425d9416dda9e96e412269c016');
INSERT INTO "audit_log" VALUES(313,'2026-11-23T10:40:36','demo','insert','agreement',1,'shared_with_relatives',NULL,'0',1,'614fd65ef5f6459e0d794de3a2c2423aac5e56425d9416dda9e96e412269c016','ab939973a0ddb68dcf1c5e5e7fa991dfd149a4af8ec0ef622547681d43c1f8b9');
INSERT INTO "audit_log" VALUES(314,'2026-11-23T10:40:36','demo','insert','agreement',1,'private',NULL,'0',1,'ab939973a0ddb68dcf1c5e5e7fa991dfd149a4af8ec0ef622547681d43c1f8b9','7ed2371a6a8a5307f5cc00a51d7a6ce2a67825c23506b691cb3457d8b815dec2');
INSERT INTO "audit_log" VALUES(315,'2026-11-23T10:40:36','demo','insert','agreement_event',1,'agreement_id',NULL,'1',1,'7ed2371a6a8a5307f5cc00a51d7a6ce2a67825c23506b691cb3457d8b815dec2','4f94856fd49fa6a82c23d2348b27b9826976818ee192ee9ea21ee1a0982e9697');
INSERT INTO "audit_log" VALUES(316,'2026-11-23T10:40:36','demo','insert','agreement_event',1,'meeting_id',NULL,'1',1,'4f94856fd49fa6a82c23d2348b27b9826976818ee192ee9ea21ee1a0982e9697','7f2caa7631bb15816aba7d24065f6bd38a755a24b3efe6a8f59c5fec15ae449e');
INSERT INTO "audit_log" VALUES(317,'2026-11-23T10:40:36','demo','insert','agreement_event',1,'at',NULL,'2026-11-23T10:40:36',1,'7f2caa7631bb15816aba7d24065f6bd38a755a24b3efe6a8f59c5fec15ae449e','b3557fb432a7e0899c1d395223aaa316ea6e4a99f1a296727f6df10af640e4ef');
INSERT INTO "audit_log" VALUES(318,'2026-11-23T10:40:36','demo','insert','agreement_event',1,'decision',NULL,'created',1,'b3557fb432a7e0899c1d395223aaa316ea6e4a99f1a296727f6df10af640e4ef','286b7968bd7255c6113774908d9a8208afed4371ea454cf556581e08e1127b6e');
INSERT INTO "audit_log" VALUES(319,'2026-11-23T10:40:36','demo','insert','agreement_event',1,'new_what',NULL,'Besøge Gensyn sammen med Ole og aftale startdato',1,'286b7968bd7255c6113774908d9a8208afed4371ea454cf556581e08e1127b6e','87be8e5535650ea8e6ed971dadea62deb98c5941104a9ae8de6789028ae5880b');
INSERT INTO "audit_log" VALUES(320,'2026-11-23T10:40:36','demo','insert','agreement_event',1,'new_due',NULL,'2026-10-09',1,'87be8e5535650ea8e6ed971dadea62deb98c5941104a9ae8de6789028ae5880b','4eb05454605138bd13bd3d14ebb7c2224bcfc1ff9f405c0a48515afdc065aefd');
INSERT INTO "audit_log" VALUES(321,'2026-11-23T10:40:36','demo','insert','agreement',2,'plan_id',NULL,'1',1,'4eb05454605138bd13bd3d14ebb7c2224bcfc1ff9f405c0a48515afdc065aefd','55ec05d1078e1dc06b3604cad364328da261243061db86a8fb2f97e1be4b50d8');
INSERT INTO "audit_log" VALUES(322,'2026-11-23T10:40:36','demo','insert','agreement',2,'who_id',NULL,'6',1,'55ec05d1078e1dc06b3604cad364328da261243061db86a8fb2f97e1be4b50d8','3c27ac06b64bbe388bb84f72234f438f9b09ec6ebd3dd6875b5321bc9364fe44');
INSERT INTO "audit_log" VALUES(323,'2026-11-23T10:40:36','demo','insert','agreement',2,'what',NULL,'Ringe til Nanna hver mandag kl. 9',1,'3c27ac06b64bbe388bb84f72234f438f9b09ec6ebd3dd6875b5321bc9364fe44','cc88a94a087ffbaa89df3824499ad0e196c79c389b37cf95311f81a198f0a2d0');
INSERT INTO "audit_log" VALUES(324,'2026-11-23T10:40:36','demo','insert','agreement',2,'due_date',NULL,'2026-11-18',1,'cc88a94a087ffbaa89df3824499ad0e196c79c389b37cf95311f81a198f0a2d0','1fdf4c1a6203a78255b30d86113e9a7f2d6d87e91732590390dd1b66336cf000');
INSERT INTO "audit_log" VALUES(325,'2026-11-23T10:40:36','demo','insert','agreement',2,'position',NULL,'1',1,'1fdf4c1a6203a78255b30d86113e9a7f2d6d87e91732590390dd1b66336cf000','e82b83eb62ded7498fde3f43d0241500b0d637dee2b9c249f64c52b32c79d3de');
INSERT INTO "audit_log" VALUES(326,'2026-11-23T10:40:36','demo','insert','agreement',2,'status',NULL,'open',1,'e82b83eb62ded7498fde3f43d0241500b0d637dee2b9c249f64c52b32c79d3de','9302cf4e77424cea4fb6cb00c70863d824e0dbd85f7dba28a40369902f0ba89b');
INSERT INTO "audit_log" VALUES(327,'2026-11-23T10:40:36','demo','insert','agreement',2,'goal_id',NULL,'1',1,'9302cf4e77424cea4fb6cb00c70863d824e0dbd85f7dba28a40369902f0ba89b','b1e7d8f79ebec6fd52083da80c85e127fa658e10046b8337e57705892162062f');
INSERT INTO "audit_log" VALUES(328,'2026-11-23T10:40:36','demo','insert','agreement',2,'meeting_id',NULL,'1',1,'b1e7d8f79ebec6fd52083da80c85e127fa658e10046b8337e57705892162062f','832f3682d8c1af0eab3f1bf89118fcf3ee593283b8c2e001f03bfae433245062');
INSERT INTO "audit_log" VALUES(329,'2026-11-23T10:40:36','demo','insert','agreement',2,'carried_over',NULL,'0',1,'832f3682d8c1af0eab3f1bf89118fcf3ee593283b8c2e001f03bfae433245062','6f433addc6650e0492d34875a5d89d25c2d4660b24cbb6bf91a55c57241565d0');
INSERT INTO "audit_log" VALUES(330,'2026-11-23T10:40:36','demo','insert','agreement',2,'created_at',NULL,'2026-11-23T10:40:36',1,'6f433addc6650e0492d34875a5d89d25c2d4660b24cbb6bf91a55c57241565d0','52f66f380c4cd8a4810b42bd80357c8d554ec3dda0d848d2412ac1df0f60b087');
INSERT INTO "audit_log" VALUES(331,'2026-11-23T10:40:36','demo','insert','agreement',2,'shared_with_relatives',NULL,'0',1,'52f66f380c4cd8a4810b42bd80357c8d554ec3dda0d848d2412ac1df0f60b087','53a66c5762d2ab55403f629697fb5ccf3e56d6db7eaf4790e8eef73dbc6285f8');
INSERT INTO "audit_log" VALUES(332,'2026-11-23T10:40:36','demo','insert','agreement',2,'private',NULL,'0',1,'53a66c5762d2ab55403f629697fb5ccf3e56d6db7eaf4790e8eef73dbc6285f8','10dea849671987feeea08f6e68e206f85502e2146d5db64e2b8d84ca02614803');
INSERT INTO "audit_log" VALUES(333,'2026-11-23T10:40:36','demo','insert','agreement_event',2,'agreement_id',NULL,'2',1,'10dea849671987feeea08f6e68e206f85502e2146d5db64e2b8d84ca02614803','81e109c2f8a03851ad0f2caa313cf235beb65724e4052cf662772eee49205d0e');
INSERT INTO "audit_log" VALUES(334,'2026-11-23T10:40:36','demo','insert','agreement_event',2,'meeting_id',NULL,'1',1,'81e109c2f8a03851ad0f2caa313cf235beb65724e4052cf662772eee49205d0e','a7abdc46d60b426c163fd90af424a92f74b9fb3fb1ee32ff45ba2369d68d6aef');
INSERT INTO "audit_log" VALUES(335,'2026-11-23T10:40:36','demo','insert','agreement_event',2,'at',NULL,'2026-11-23T10:40:36',1,'a7abdc46d60b426c163fd90af424a92f74b9fb3fb1ee32ff45ba2369d68d6aef','c59978e42d9592134e97fe7d56be6ca37debacef88070c6452ca3fddf1ef4487');
INSERT INTO "audit_log" VALUES(336,'2026-11-23T10:40:36','demo','insert','agreement_event',2,'decision',NULL,'created',1,'c59978e42d9592134e97fe7d56be6ca37debacef88070c6452ca3fddf1ef4487','7eba4b2d08754ce30400b197fc8057606109767d69dd1a65b517e6ba32f1a3dd');
INSERT INTO "audit_log" VALUES(337,'2026-11-23T10:40:36','demo','insert','agreement_event',2,'new_what',NULL,'Ringe til Nanna hver mandag kl. 9',1,'7eba4b2d08754ce30400b197fc8057606109767d69dd1a65b517e6ba32f1a3dd','ea431a54ee46108bc09b3378dc161d8d75d6b2576f3eef0c59f25c169180825b');
INSERT INTO "audit_log" VALUES(338,'2026-11-23T10:40:36','demo','insert','agreement_event',2,'new_due',NULL,'2026-11-18',1,'ea431a54ee46108bc09b3378dc161d8d75d6b2576f3eef0c59f25c169180825b','6e998e1e82aa3ebd3014541d82a20fc1de51a99c07d0815242aab5a9ce4a5554');
INSERT INTO "audit_log" VALUES(339,'2026-11-23T10:40:36','demo','insert','agreement',3,'plan_id',NULL,'1',1,'6e998e1e82aa3ebd3014541d82a20fc1de51a99c07d0815242aab5a9ce4a5554','85e9626ad05e765ca39617ef747e68eeca300f96a73cc0a16c47e8e34d92379e');
INSERT INTO "audit_log" VALUES(340,'2026-11-23T10:40:36','demo','insert','agreement',3,'who_id',NULL,'1',1,'85e9626ad05e765ca39617ef747e68eeca300f96a73cc0a16c47e8e34d92379e','f56261478250934345d20e13f383950ad58b2971661e331706d4422e60e084df');
INSERT INTO "audit_log" VALUES(341,'2026-11-23T10:40:36','demo','insert','agreement',3,'what',NULL,'Tilmelde mig FVU-dansk på VUC',1,'f56261478250934345d20e13f383950ad58b2971661e331706d4422e60e084df','28ae6f299400202257bd72da8b54b80333f31f3eb11bfb8083f40391d20c1d9e');
INSERT INTO "audit_log" VALUES(342,'2026-11-23T10:40:36','demo','insert','agreement',3,'due_date',NULL,'2026-10-14',1,'28ae6f299400202257bd72da8b54b80333f31f3eb11bfb8083f40391d20c1d9e','b20a9a8207bf3a36eb5bc9e116ece49587e5410def36e33136e1cd458571b650');
INSERT INTO "audit_log" VALUES(343,'2026-11-23T10:40:36','demo','insert','agreement',3,'position',NULL,'2',1,'b20a9a8207bf3a36eb5bc9e116ece49587e5410def36e33136e1cd458571b650','0ba11a23fc104f89bf3dbbc312ef552823fa5407c1b264b350c91a7e87e38255');
INSERT INTO "audit_log" VALUES(344,'2026-11-23T10:40:36','demo','insert','agreement',3,'status',NULL,'open',1,'0ba11a23fc104f89bf3dbbc312ef552823fa5407c1b264b350c91a7e87e38255','ca907213f23a08aa88684484dc150e97192fd0709685e7b4231fe56962ad7ff3');
INSERT INTO "audit_log" VALUES(345,'2026-11-23T10:40:36','demo','insert','agreement',3,'goal_id',NULL,'4',1,'ca907213f23a08aa88684484dc150e97192fd0709685e7b4231fe56962ad7ff3','54af0fc3be22a206766838146eac294c9e06c8ddcad78df7782db17b5906e523');
INSERT INTO "audit_log" VALUES(346,'2026-11-23T10:40:36','demo','insert','agreement',3,'meeting_id',NULL,'1',1,'54af0fc3be22a206766838146eac294c9e06c8ddcad78df7782db17b5906e523','3c6043ffe21b50fcbd9c81c41009c2c8b5edfbdd3a9182627db3a18f62a32da6');
INSERT INTO "audit_log" VALUES(347,'2026-11-23T10:40:36','demo','insert','agreement',3,'carried_over',NULL,'0',1,'3c6043ffe21b50fcbd9c81c41009c2c8b5edfbdd3a9182627db3a18f62a32da6','724d9932f6b751cfeee4346d31b4ab6b963313ea7e4b3ba90f3501ad8123547b');
INSERT INTO "audit_log" VALUES(348,'2026-11-23T10:40:36','demo','insert','agreement',3,'created_at',NULL,'2026-11-23T10:40:36',1,'724d9932f6b751cfeee4346d31b4ab6b963313ea7e4b3ba90f3501ad8123547b','46c0eb1868632ef059d902bf3c65feb32318c94f14f196e2f007f9ef6217c5c8');
INSERT INTO "audit_log" VALUES(349,'2026-11-23T10:40:36','demo','insert','agreement',3,'shared_with_relatives',NULL,'0',1,'46c0eb1868632ef059d902bf3c65feb32318c94f14f196e2f007f9ef6217c5c8','f65f015a090ac22af5de9eddf06d23559da4d86755419c8fbf4e42804afe32c4');
INSERT INTO "audit_log" VALUES(350,'2026-11-23T10:40:36','demo','insert','agreement',3,'private',NULL,'0',1,'f65f015a090ac22af5de9eddf06d23559da4d86755419c8fbf4e42804afe32c4','18d35258b227933b37724edfed702424042939726e498613b5f4b24bdf0266e4');
INSERT INTO "audit_log" VALUES(351,'2026-11-23T10:40:36','demo','insert','agreement_event',3,'agreement_id',NULL,'3',1,'18d35258b227933b37724edfed702424042939726e498613b5f4b24bdf0266e4','f797934abff9bd20b4b99cebdc94a1ed361213acf53d4b96d0c2c22d47a17b74');
INSERT INTO "audit_log" VALUES(352,'2026-11-23T10:40:36','demo','insert','agreement_event',3,'meeting_id',NULL,'1',1,'f797934abff9bd20b4b99cebdc94a1ed361213acf53d4b96d0c2c22d47a17b74','4964a014a0fd2bad7ee8ecc72c719a4e5d17b5a62b5282e36a14bccab6f6f11d');
INSERT INTO "audit_log" VALUES(353,'2026-11-23T10:40:36','demo','insert','agreement_event',3,'at',NULL,'2026-11-23T10:40:36',1,'4964a014a0fd2bad7ee8ecc72c719a4e5d17b5a62b5282e36a14bccab6f6f11d','170936c21aa159fcf7735b32bb26b8c72492cc56383be0caf9c1a69bd5d8a8db');
INSERT INTO "audit_log" VALUES(354,'2026-11-23T10:40:36','demo','insert','agreement_event',3,'decision',NULL,'created',1,'170936c21aa159fcf7735b32bb26b8c72492cc56383be0caf9c1a69bd5d8a8db','493bfd704c675446d8ffff701aab5389c20f49bddb3ce853e1de9246f6611f92');
INSERT INTO "audit_log" VALUES(355,'2026-11-23T10:40:36','demo','insert','agreement_event',3,'new_what',NULL,'Tilmelde mig FVU-dansk på VUC',1,'493bfd704c675446d8ffff701aab5389c20f49bddb3ce853e1de9246f6611f92','d63cebf4610ec23c00b226793c3c4e5b4f7c2da9d0d6961006d4d6d00a1cc886');
INSERT INTO "audit_log" VALUES(356,'2026-11-23T10:40:36','demo','insert','agreement_event',3,'new_due',NULL,'2026-10-14',1,'d63cebf4610ec23c00b226793c3c4e5b4f7c2da9d0d6961006d4d6d00a1cc886','0259b457c639a6016ad5c4766faf3686a5e5202ea93e0fb8aa6a08ec4d0159ba');
INSERT INTO "audit_log" VALUES(357,'2026-11-23T10:40:36','demo','insert','agreement',4,'plan_id',NULL,'1',1,'0259b457c639a6016ad5c4766faf3686a5e5202ea93e0fb8aa6a08ec4d0159ba','321b4884ae1286cc0a708868ac5cf3c76e28268f04170dea4efa1808a993e289');
INSERT INTO "audit_log" VALUES(358,'2026-11-23T10:40:36','demo','insert','agreement',4,'who_id',NULL,'5',1,'321b4884ae1286cc0a708868ac5cf3c76e28268f04170dea4efa1808a993e289','64fc67219da6198f5b6c9ac56242d9638dbd17286ea5d876c583c5fb83fc34ed');
INSERT INTO "audit_log" VALUES(359,'2026-11-23T10:40:36','demo','insert','agreement',4,'what',NULL,'Finde en tid hos lægen sammen med Nanna',1,'64fc67219da6198f5b6c9ac56242d9638dbd17286ea5d876c583c5fb83fc34ed','6cd8085413e1295f511dcb0410a5f61d7269e8d4d304f6bda369cbad63ecc5af');
INSERT INTO "audit_log" VALUES(360,'2026-11-23T10:40:36','demo','insert','agreement',4,'due_date',NULL,'2026-11-10',1,'6cd8085413e1295f511dcb0410a5f61d7269e8d4d304f6bda369cbad63ecc5af','400cc575ab006437a0a8ad003617d54db96e95a2c06b811ef6b4c506c7023ee5');
INSERT INTO "audit_log" VALUES(361,'2026-11-23T10:40:36','demo','insert','agreement',4,'position',NULL,'3',1,'400cc575ab006437a0a8ad003617d54db96e95a2c06b811ef6b4c506c7023ee5','73ccbeb3cb8fad17689352a3162b7e1976d12c8b2bf54f52eb03174b0f797057');
INSERT INTO "audit_log" VALUES(362,'2026-11-23T10:40:36','demo','insert','agreement',4,'status',NULL,'open',1,'73ccbeb3cb8fad17689352a3162b7e1976d12c8b2bf54f52eb03174b0f797057','24a3e862edcffaa15b334e3b0c997db360cdcdfe9d58dfdab1073f72f313aeb4');
INSERT INTO "audit_log" VALUES(363,'2026-11-23T10:40:36','demo','insert','agreement',4,'goal_id',NULL,'3',1,'24a3e862edcffaa15b334e3b0c997db360cdcdfe9d58dfdab1073f72f313aeb4','32c2042369e4e348b99e011f616404412c0e8cf47e6a4c785c4bc056a8f3f169');
INSERT INTO "audit_log" VALUES(364,'2026-11-23T10:40:36','demo','insert','agreement',4,'meeting_id',NULL,'1',1,'32c2042369e4e348b99e011f616404412c0e8cf47e6a4c785c4bc056a8f3f169','02eaf1e2bd3627b9d3ea53b819b55f9b92f3d39c16b98bbc0c22a2845ebc96b1');
INSERT INTO "audit_log" VALUES(365,'2026-11-23T10:40:36','demo','insert','agreement',4,'carried_over',NULL,'0',1,'02eaf1e2bd3627b9d3ea53b819b55f9b92f3d39c16b98bbc0c22a2845ebc96b1','129ae377a8e4a0aa6094c606dea3b70086dfccca827a8f9187c56354265cb167');
INSERT INTO "audit_log" VALUES(366,'2026-11-23T10:40:36','demo','insert','agreement',4,'created_at',NULL,'2026-11-23T10:40:36',1,'129ae377a8e4a0aa6094c606dea3b70086dfccca827a8f9187c56354265cb167','482d1c914d8bfd152321002503a67b9bea021b46bb1a9bc872170b9d2e1a06ae');
INSERT INTO "audit_log" VALUES(367,'2026-11-23T10:40:36','demo','insert','agreement',4,'shared_with_relatives',NULL,'0',1,'482d1c914d8bfd152321002503a67b9bea021b46bb1a9bc872170b9d2e1a06ae','4e04ddbb41d3ed3658104c450f663f1bd22b79e4a83859eba9a0bb400c2e0575');
INSERT INTO "audit_log" VALUES(368,'2026-11-23T10:40:36','demo','insert','agreement',4,'private',NULL,'1',1,'4e04ddbb41d3ed3658104c450f663f1bd22b79e4a83859eba9a0bb400c2e0575','845c5e52dc13902176430ab1726316078c5fb6d8953445a5273abfc36a8eba0e');
INSERT INTO "audit_log" VALUES(369,'2026-11-23T10:40:36','demo','insert','agreement_event',4,'agreement_id',NULL,'4',1,'845c5e52dc13902176430ab1726316078c5fb6d8953445a5273abfc36a8eba0e','f48546465e7e82daed2d527c13600ad0821a523e0c824b2fd521c677acde9cef');
INSERT INTO "audit_log" VALUES(370,'2026-11-23T10:40:36','demo','insert','agreement_event',4,'meeting_id',NULL,'1',1,'f48546465e7e82daed2d527c13600ad0821a523e0c824b2fd521c677acde9cef','9030a54cc566a8d67a91cc78d042945b4494b79fc5559e2da9cdd717e26d7030');
INSERT INTO "audit_log" VALUES(371,'2026-11-23T10:40:36','demo','insert','agreement_event',4,'at',NULL,'2026-11-23T10:40:36',1,'9030a54cc566a8d67a91cc78d042945b4494b79fc5559e2da9cdd717e26d7030','3a144da54ac94d37919b72608f913f38046ec6bfd4faa1c6cd400d9ba696b778');
INSERT INTO "audit_log" VALUES(372,'2026-11-23T10:40:36','demo','insert','agreement_event',4,'decision',NULL,'created',1,'3a144da54ac94d37919b72608f913f38046ec6bfd4faa1c6cd400d9ba696b778','1fcf53e1be81036f3641c35b5455682a2e76c8194214618c9acda1e442530ac3');
INSERT INTO "audit_log" VALUES(373,'2026-11-23T10:40:36','demo','insert','agreement_event',4,'new_what',NULL,'Finde en tid hos lægen sammen med Nanna',1,'1fcf53e1be81036f3641c35b5455682a2e76c8194214618c9acda1e442530ac3','c851ce723aac23558947db8ac9a6bcfaed6130f9823a2863fca658bc3fd6f940');
INSERT INTO "audit_log" VALUES(374,'2026-11-23T10:40:36','demo','insert','agreement_event',4,'new_due',NULL,'2026-11-10',1,'c851ce723aac23558947db8ac9a6bcfaed6130f9823a2863fca658bc3fd6f940','d1e98fdbb2ee22ae88ae97487420749426e77562cb2539b63cc049d8cf05b931');
INSERT INTO "audit_log" VALUES(375,'2026-11-23T10:40:36','demo','update','meeting',1,'status','open','closed',1,'d1e98fdbb2ee22ae88ae97487420749426e77562cb2539b63cc049d8cf05b931','e761430659a0add4e777d26ea872b4288ac446bdb076b95008abc836bed2316e');
INSERT INTO "audit_log" VALUES(376,'2026-11-23T10:40:36','demo','update','meeting',1,'next_meeting_date',NULL,'2026-10-29',1,'e761430659a0add4e777d26ea872b4288ac446bdb076b95008abc836bed2316e','e01bc30eacf4d2be46d308f44bb1c741c64b4d81c70f4cc7e26956b9e610d1f9');
INSERT INTO "audit_log" VALUES(377,'2026-11-23T10:40:36','demo','update','meeting',1,'closed_at',NULL,'2026-11-23T10:40:36',1,'e01bc30eacf4d2be46d308f44bb1c741c64b4d81c70f4cc7e26956b9e610d1f9','5b1c27de35f3554331502e4e6b0c7217a2e4b08995d66ad8c8f90908712d897c');
INSERT INTO "audit_log" VALUES(378,'2026-11-23T10:40:36','demo','insert','meeting',2,'plan_id',NULL,'1',1,'5b1c27de35f3554331502e4e6b0c7217a2e4b08995d66ad8c8f90908712d897c','170fad79faa3a88528d6f3f8120ff323704c20ccc02651af9a4886338684efb6');
INSERT INTO "audit_log" VALUES(379,'2026-11-23T10:40:36','demo','insert','meeting',2,'kind',NULL,'citizen',1,'170fad79faa3a88528d6f3f8120ff323704c20ccc02651af9a4886338684efb6','21747ff27845d7f3f069e72bab9be32ebd93d2e82f649734642472d68c94d7a8');
INSERT INTO "audit_log" VALUES(380,'2026-11-23T10:40:36','demo','insert','meeting',2,'date',NULL,'2026-10-29',1,'21747ff27845d7f3f069e72bab9be32ebd93d2e82f649734642472d68c94d7a8','f2bab4c2d03f93602ca9b1dfe0c1a9dc713468d06e2b2a8edf2f2c138bed8a66');
INSERT INTO "audit_log" VALUES(381,'2026-11-23T10:40:36','demo','insert','meeting',2,'time',NULL,'13:30',1,'f2bab4c2d03f93602ca9b1dfe0c1a9dc713468d06e2b2a8edf2f2c138bed8a66','1688ec0be5d7c3ed08e97f35d5e3c563110b8de0e2c910f5cb04f88b93dab26c');
INSERT INTO "audit_log" VALUES(382,'2026-11-23T10:40:36','demo','insert','meeting',2,'place',NULL,'Værestedet Kilden',1,'1688ec0be5d7c3ed08e97f35d5e3c563110b8de0e2c910f5cb04f88b93dab26c','f4385a9fa723799c93cefdcd9d493786ba6be9cbcbf0f29749942367ede0779c');
INSERT INTO "audit_log" VALUES(383,'2026-11-23T10:40:36','demo','insert','meeting',2,'status',NULL,'planned',1,'f4385a9fa723799c93cefdcd9d493786ba6be9cbcbf0f29749942367ede0779c','0d213723b01e9b5d3e93486edc436db95cb40fe664bf75a2a82b29ca6565ab54');
INSERT INTO "audit_log" VALUES(384,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'meeting_id',NULL,'2',1,'0d213723b01e9b5d3e93486edc436db95cb40fe664bf75a2a82b29ca6565ab54','5444a646a00ded998cacc6feb09e977152c440737add8c9fd32be96b29c7e498');
INSERT INTO "audit_log" VALUES(385,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'position',NULL,'0',1,'5444a646a00ded998cacc6feb09e977152c440737add8c9fd32be96b29c7e498','28e04e5932e01292c6383b33a4da4789d0bc8660b76a4df61175ed706fc41dee');
INSERT INTO "audit_log" VALUES(386,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'title',NULL,'Velkomst og dagens dagsorden',1,'28e04e5932e01292c6383b33a4da4789d0bc8660b76a4df61175ed706fc41dee','5f33e0958cbbadb5c60f563906cc9e630e6acae25380c7c7291c2f7e5661c76c');
INSERT INTO "audit_log" VALUES(387,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'part',NULL,'free',1,'5f33e0958cbbadb5c60f563906cc9e630e6acae25380c7c7291c2f7e5661c76c','72e941565bb261b4d6ce01e1b6d187e21f5e7478c2b0c925ce3f6e3af99e9ca1');
INSERT INTO "audit_log" VALUES(388,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'done',NULL,'0',1,'72e941565bb261b4d6ce01e1b6d187e21f5e7478c2b0c925ce3f6e3af99e9ca1','7672cfe7437af159d96bda836d66cb1f556a7ea2b4adda8e585c48d1e5d53464');
INSERT INTO "audit_log" VALUES(389,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'shared_with_relatives',NULL,'0',1,'7672cfe7437af159d96bda836d66cb1f556a7ea2b4adda8e585c48d1e5d53464','6523c880e87afbb37fc1118edadac38aefd6e2268485141c9f9b33f3c9b984dd');
INSERT INTO "audit_log" VALUES(390,'2026-11-23T10:40:36','demo','insert','agenda_item',9,'private',NULL,'0',1,'6523c880e87afbb37fc1118edadac38aefd6e2268485141c9f9b33f3c9b984dd','cd667769ae3d51b6503f6e2efd59d325fea8a57ce8cd7a495fe3aecd4c00aba1');
INSERT INTO "audit_log" VALUES(391,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'meeting_id',NULL,'2',1,'cd667769ae3d51b6503f6e2efd59d325fea8a57ce8cd7a495fe3aecd4c00aba1','106948e5141c952e6e87c1aa5024361f1d07aa1e543aab07f4afa24551bf863d');
INSERT INTO "audit_log" VALUES(392,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'position',NULL,'1',1,'106948e5141c952e6e87c1aa5024361f1d07aa1e543aab07f4afa24551bf863d','799dffdc805f57ee4e69aefade05acb44352d7fb7f3ba0ac0cc62181871d38b4');
INSERT INTO "audit_log" VALUES(393,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'title',NULL,'Opfølgning på aftaler siden sidst',1,'799dffdc805f57ee4e69aefade05acb44352d7fb7f3ba0ac0cc62181871d38b4','af4dd94a7cbc30b0e964d881af4e5d193b42f46ddde97a2688d050f468ca9827');
INSERT INTO "audit_log" VALUES(394,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'part',NULL,'review',1,'af4dd94a7cbc30b0e964d881af4e5d193b42f46ddde97a2688d050f468ca9827','ff1ba916668f43e6ee91419ad516088119d8fabe31bf2414330678509bcaf5ff');
INSERT INTO "audit_log" VALUES(395,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'done',NULL,'0',1,'ff1ba916668f43e6ee91419ad516088119d8fabe31bf2414330678509bcaf5ff','3daff2660f6f4b8e76097ad008c146ac052849ce4a66ef0ba2b12b5e323bd683');
INSERT INTO "audit_log" VALUES(396,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'shared_with_relatives',NULL,'0',1,'3daff2660f6f4b8e76097ad008c146ac052849ce4a66ef0ba2b12b5e323bd683','2a421996e58fb0b464e51a0cc3132f6f9709e8476eb109e68bb361adca715df7');
INSERT INTO "audit_log" VALUES(397,'2026-11-23T10:40:36','demo','insert','agenda_item',10,'private',NULL,'0',1,'2a421996e58fb0b464e51a0cc3132f6f9709e8476eb109e68bb361adca715df7','9a7c669653fccda5c971f0ec744a907614cd84ee91d5b1372a85224eb57543d9');
INSERT INTO "audit_log" VALUES(398,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'meeting_id',NULL,'2',1,'9a7c669653fccda5c971f0ec744a907614cd84ee91d5b1372a85224eb57543d9','5552e92e0ada29644f76cbb429670691b88b28c34bc83cb238f5531ce81029b3');
INSERT INTO "audit_log" VALUES(399,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'position',NULL,'2',1,'5552e92e0ada29644f76cbb429670691b88b28c34bc83cb238f5531ce81029b3','2739684681bc9ddef4db1843afebcf5005ec0ffbd56f290c5e519f7af1642abc');
INSERT INTO "audit_log" VALUES(400,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'title',NULL,'Skalering: hvor er du på vej mod dine mål?',1,'2739684681bc9ddef4db1843afebcf5005ec0ffbd56f290c5e519f7af1642abc','7bdf1391fef98703cdd5b6cece25142bf36af3cd346997e18a91706c5aede615');
INSERT INTO "audit_log" VALUES(401,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'part',NULL,'scaling',1,'7bdf1391fef98703cdd5b6cece25142bf36af3cd346997e18a91706c5aede615','541386cbac8527595c5fa5e59d170b57d1c734bdc5e8a30b81813d842efefe29');
INSERT INTO "audit_log" VALUES(402,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'done',NULL,'0',1,'541386cbac8527595c5fa5e59d170b57d1c734bdc5e8a30b81813d842efefe29','08c5cdc7da24a1527aa4aceff90711047c123446857cee4e29f8633db4baedee');
INSERT INTO "audit_log" VALUES(403,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'shared_with_relatives',NULL,'0',1,'08c5cdc7da24a1527aa4aceff90711047c123446857cee4e29f8633db4baedee','f7a1192b18a73403b36e26bc2dbbd3a6154bc49a7828df1968d0eae9be2adf8b');
INSERT INTO "audit_log" VALUES(404,'2026-11-23T10:40:36','demo','insert','agenda_item',11,'private',NULL,'0',1,'f7a1192b18a73403b36e26bc2dbbd3a6154bc49a7828df1968d0eae9be2adf8b','e4bc2e540ee6eb83fe4b91eefd240682a113504e7b1b114802c49c5f805deada');
INSERT INTO "audit_log" VALUES(405,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'meeting_id',NULL,'2',1,'e4bc2e540ee6eb83fe4b91eefd240682a113504e7b1b114802c49c5f805deada','b5185c9b9876cfbef4aa3a1bc2824f7bf75d7d07f495a8e8d340eae8c744d5ba');
INSERT INTO "audit_log" VALUES(406,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'position',NULL,'3',1,'b5185c9b9876cfbef4aa3a1bc2824f7bf75d7d07f495a8e8d340eae8c744d5ba','acea96fe7e184b1bdc8db13940f77fc9cf3a528597b3525e1260bfe798990965');
INSERT INTO "audit_log" VALUES(407,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'title',NULL,'Nye aftaler: hvad flytter dig ét skridt?',1,'acea96fe7e184b1bdc8db13940f77fc9cf3a528597b3525e1260bfe798990965','48abcd8f698865a2a0fb166e0e342fb9bebd82541f7e5ee65b0455b81b3efcc1');
INSERT INTO "audit_log" VALUES(408,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'part',NULL,'agreements',1,'48abcd8f698865a2a0fb166e0e342fb9bebd82541f7e5ee65b0455b81b3efcc1','7742a34ff8768ab7660d04c52615f9b8c3aed051e5572c3fcc22d6e0eb6111be');
INSERT INTO "audit_log" VALUES(409,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'done',NULL,'0',1,'7742a34ff8768ab7660d04c52615f9b8c3aed051e5572c3fcc22d6e0eb6111be','29bc53c5561ab27041e98f25893e422446353ccfd1f883546b4f33ba9afaeb52');
INSERT INTO "audit_log" VALUES(410,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'shared_with_relatives',NULL,'0',1,'29bc53c5561ab27041e98f25893e422446353ccfd1f883546b4f33ba9afaeb52','8ff91e9f9bf74bf61e055524c18278f880ef60e2a9a60bc3202eab3b37e1de83');
INSERT INTO "audit_log" VALUES(411,'2026-11-23T10:40:36','demo','insert','agenda_item',12,'private',NULL,'0',1,'8ff91e9f9bf74bf61e055524c18278f880ef60e2a9a60bc3202eab3b37e1de83','45137e469ca5294bbff1e8075bc17957814187a2b75bd5d1507f84381551e9b0');
INSERT INTO "audit_log" VALUES(412,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'meeting_id',NULL,'2',1,'45137e469ca5294bbff1e8075bc17957814187a2b75bd5d1507f84381551e9b0','d63baedc6fea24e00cb8bdd8bae3f03e68451b675c30af8e527078b3bae4e420');
INSERT INTO "audit_log" VALUES(413,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'position',NULL,'4',1,'d63baedc6fea24e00cb8bdd8bae3f03e68451b675c30af8e527078b3bae4e420','c2d6309093ae445e03fc6bb3f7d9a8f3baff284eba5f2388523f535177777ded');
INSERT INTO "audit_log" VALUES(414,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'title',NULL,'Næste møde',1,'c2d6309093ae445e03fc6bb3f7d9a8f3baff284eba5f2388523f535177777ded','86acce1e0ac8dd47823dfca48a4a58d61902fb77708d14b78cb28d92434a7e38');
INSERT INTO "audit_log" VALUES(415,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'part',NULL,'next',1,'86acce1e0ac8dd47823dfca48a4a58d61902fb77708d14b78cb28d92434a7e38','2b88d71207467ec60fd8c5ef05281a142eb5afff254648b08ff7989c1799b7e0');
INSERT INTO "audit_log" VALUES(416,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'done',NULL,'0',1,'2b88d71207467ec60fd8c5ef05281a142eb5afff254648b08ff7989c1799b7e0','6fd7ccae969613887d8a0dbeecba8239ee81206c9fc7785028caf6aaaae5aa64');
INSERT INTO "audit_log" VALUES(417,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'shared_with_relatives',NULL,'0',1,'6fd7ccae969613887d8a0dbeecba8239ee81206c9fc7785028caf6aaaae5aa64','05a845be813aba2cab23dde934c66d25f7eb8bad5385dce07ae5cc9f1e067acf');
INSERT INTO "audit_log" VALUES(418,'2026-11-23T10:40:36','demo','insert','agenda_item',13,'private',NULL,'0',1,'05a845be813aba2cab23dde934c66d25f7eb8bad5385dce07ae5cc9f1e067acf','44a3b4cb2f359d80f1d772cecfdb584526e47df0ce3194b7d51b768ab958c4a9');
INSERT INTO "audit_log" VALUES(419,'2026-11-23T10:40:36','demo','insert','meeting_participant',7,'meeting_id',NULL,'2',1,'44a3b4cb2f359d80f1d772cecfdb584526e47df0ce3194b7d51b768ab958c4a9','741d09f7d586334c4137b27dcae844a6b54919f92e76ec63dce4c2ccb260e0ed');
INSERT INTO "audit_log" VALUES(420,'2026-11-23T10:40:36','demo','insert','meeting_participant',7,'participant_id',NULL,'1',1,'741d09f7d586334c4137b27dcae844a6b54919f92e76ec63dce4c2ccb260e0ed','decbb09aebd3cdbaebd81fc4a971b1d61622e6c78fa0c3e6dba118808925c89b');
INSERT INTO "audit_log" VALUES(421,'2026-11-23T10:40:36','demo','insert','meeting_participant',8,'meeting_id',NULL,'2',1,'decbb09aebd3cdbaebd81fc4a971b1d61622e6c78fa0c3e6dba118808925c89b','939f523ea85e83e579f810bffca976dcf504ae27c94bd6a4754a404113b191d4');
INSERT INTO "audit_log" VALUES(422,'2026-11-23T10:40:36','demo','insert','meeting_participant',8,'participant_id',NULL,'3',1,'939f523ea85e83e579f810bffca976dcf504ae27c94bd6a4754a404113b191d4','ab610f28f5ebba6ed5a5c853afb633bc2100a07f197d946f37f34e38147154ee');
INSERT INTO "audit_log" VALUES(423,'2026-11-23T10:40:36','demo','insert','meeting_participant',9,'meeting_id',NULL,'2',1,'ab610f28f5ebba6ed5a5c853afb633bc2100a07f197d946f37f34e38147154ee','ccd0e17c73a11c4707805d03691b7a84b785fdaf4d8efb86c32fc93a14236e4f');
INSERT INTO "audit_log" VALUES(424,'2026-11-23T10:40:36','demo','insert','meeting_participant',9,'participant_id',NULL,'5',1,'ccd0e17c73a11c4707805d03691b7a84b785fdaf4d8efb86c32fc93a14236e4f','8d65eea03ce64d1b13eaf764bcb073f54699254d8a8b1b8e3e5b9bef70ad78e8');
INSERT INTO "audit_log" VALUES(425,'2026-11-23T10:40:36','demo','update','meeting',2,'status','planned','open',1,'8d65eea03ce64d1b13eaf764bcb073f54699254d8a8b1b8e3e5b9bef70ad78e8','867fd7cd928c353207b37a69684e4aac2f061145612a6ddd074ed3096b7ef1c1');
INSERT INTO "audit_log" VALUES(426,'2026-11-23T10:40:36','demo','update','agreement',1,'status','open','done',1,'867fd7cd928c353207b37a69684e4aac2f061145612a6ddd074ed3096b7ef1c1','6f7efcbf50d91d16c798a6397f02cd67af5abb18125f5215b28008dbbee5e353');
INSERT INTO "audit_log" VALUES(427,'2026-11-23T10:40:36','demo','update','agreement',1,'done_at',NULL,'2026-10-08',1,'6f7efcbf50d91d16c798a6397f02cd67af5abb18125f5215b28008dbbee5e353','482618c0c64f0c7f9aae76aee9e44b2e258f83d5895ce7123d4b88dbfcc347b0');
INSERT INTO "audit_log" VALUES(428,'2026-11-23T10:40:36','demo','insert','agreement_event',5,'agreement_id',NULL,'1',1,'482618c0c64f0c7f9aae76aee9e44b2e258f83d5895ce7123d4b88dbfcc347b0','ea264cc80665f61047462ff4f9621087bbe9d84d8bd3d3f6c59d32d9c92eb648');
INSERT INTO "audit_log" VALUES(429,'2026-11-23T10:40:36','demo','insert','agreement_event',5,'meeting_id',NULL,'2',1,'ea264cc80665f61047462ff4f9621087bbe9d84d8bd3d3f6c59d32d9c92eb648','72e3c2c568a2a145f87c82d28ac47a86e26a198cb79bca8e5bed3ccf676a9cda');
INSERT INTO "audit_log" VALUES(430,'2026-11-23T10:40:36','demo','insert','agreement_event',5,'at',NULL,'2026-11-23T10:40:36',1,'72e3c2c568a2a145f87c82d28ac47a86e26a198cb79bca8e5bed3ccf676a9cda','3a97862fc910340a1f42bb87465592a012cef0ce189d0278fbf276ca0c51d714');
INSERT INTO "audit_log" VALUES(431,'2026-11-23T10:40:36','demo','insert','agreement_event',5,'decision',NULL,'done',1,'3a97862fc910340a1f42bb87465592a012cef0ce189d0278fbf276ca0c51d714','32de3c04febf52677cd2eee20b5521b3376b295699250f9ca496109b69846a88');
INSERT INTO "audit_log" VALUES(432,'2026-11-23T10:40:36','demo','update','agreement',3,'status','open','done',1,'32de3c04febf52677cd2eee20b5521b3376b295699250f9ca496109b69846a88','5806216f056a24b97f89729a4b97e08ff0fa65463282eb9dfb7bb5c7629ee626');
INSERT INTO "audit_log" VALUES(433,'2026-11-23T10:40:36','demo','update','agreement',3,'done_at',NULL,'2026-10-13',1,'5806216f056a24b97f89729a4b97e08ff0fa65463282eb9dfb7bb5c7629ee626','44852ce2c762d63105cb6510fcb24e329cf8c6da22765f7010647f91a458f664');
INSERT INTO "audit_log" VALUES(434,'2026-11-23T10:40:36','demo','insert','agreement_event',6,'agreement_id',NULL,'3',1,'44852ce2c762d63105cb6510fcb24e329cf8c6da22765f7010647f91a458f664','6e206ba4755954a13c4e2bf9eccba1eb038fdb5f6408555f00fa50f43feefdc2');
INSERT INTO "audit_log" VALUES(435,'2026-11-23T10:40:36','demo','insert','agreement_event',6,'meeting_id',NULL,'2',1,'6e206ba4755954a13c4e2bf9eccba1eb038fdb5f6408555f00fa50f43feefdc2','6f71d874440fbb1e296d48af1977fca72736f2a545affadd3f3ff9a47662337c');
INSERT INTO "audit_log" VALUES(436,'2026-11-23T10:40:36','demo','insert','agreement_event',6,'at',NULL,'2026-11-23T10:40:36',1,'6f71d874440fbb1e296d48af1977fca72736f2a545affadd3f3ff9a47662337c','cfb7e3fd1325bc2c78e63aa277b0fc7c8dd663dd8329ba2f49718009a28360ea');
INSERT INTO "audit_log" VALUES(437,'2026-11-23T10:40:36','demo','insert','agreement_event',6,'decision',NULL,'done',1,'cfb7e3fd1325bc2c78e63aa277b0fc7c8dd663dd8329ba2f49718009a28360ea','47106bd3bc7115f6d246af39039b47f05e1fbf182e6cd33aa6599d565d6839a7');
INSERT INTO "audit_log" VALUES(438,'2026-11-23T10:40:36','demo','update','agreement',2,'due_date','2026-11-18','2026-12-23',1,'47106bd3bc7115f6d246af39039b47f05e1fbf182e6cd33aa6599d565d6839a7','6b8b5a4664953d754064f9750a3bbe1dd0f5d56dfd38a880cdd4baa519a661d7');
INSERT INTO "audit_log" VALUES(439,'2026-11-23T10:40:36','demo','update','agreement',2,'carried_over','0','1',1,'6b8b5a4664953d754064f9750a3bbe1dd0f5d56dfd38a880cdd4baa519a661d7','2be64cc9e0f9b3eb55b68ecd7568c0f02730407a3a0793399efc4c42f3696729');
INSERT INTO "audit_log" VALUES(440,'2026-11-23T10:40:36','demo','insert','agreement_event',7,'agreement_id',NULL,'2',1,'2be64cc9e0f9b3eb55b68ecd7568c0f02730407a3a0793399efc4c42f3696729','fa69233ca4bdf1d1b2df89be77c5ae2bef6ee3bf8cd6f88e591c1acf87806064');
INSERT INTO "audit_log" VALUES(441,'2026-11-23T10:40:36','demo','insert','agreement_event',7,'meeting_id',NULL,'2',1,'fa69233ca4bdf1d1b2df89be77c5ae2bef6ee3bf8cd6f88e591c1acf87806064','4b30ce16d135a35aa0f6647bfcb0412ade1766530e2fe3eab8f0f3314e5404f9');
INSERT INTO "audit_log" VALUES(442,'2026-11-23T10:40:36','demo','insert','agreement_event',7,'at',NULL,'2026-11-23T10:40:36',1,'4b30ce16d135a35aa0f6647bfcb0412ade1766530e2fe3eab8f0f3314e5404f9','59daba3fc84088e2ab0ae5ec161595124cbd5c3dfb4b0486dee57a17e71273f9');
INSERT INTO "audit_log" VALUES(443,'2026-11-23T10:40:36','demo','insert','agreement_event',7,'decision',NULL,'continued',1,'59daba3fc84088e2ab0ae5ec161595124cbd5c3dfb4b0486dee57a17e71273f9','f6f13458a800270a843bf01444234efe3e5ec8996e80f1ccf0665a81985bb517');
INSERT INTO "audit_log" VALUES(444,'2026-11-23T10:40:36','demo','insert','agreement_event',7,'old_due',NULL,'2026-11-18',1,'f6f13458a800270a843bf01444234efe3e5ec8996e80f1ccf0665a81985bb517','50393a086dd9b78084c843a02e063dc82a057f21385384961d5dd39ddbc188a7');
INSERT INTO "audit_log" VALUES(445,'2026-11-23T10:40:36','demo','insert','agreement_event',7,'new_due',NULL,'2026-12-23',1,'50393a086dd9b78084c843a02e063dc82a057f21385384961d5dd39ddbc188a7','f50a49b9687ba34225b86d0170e487e580757de26e7472167ff7f1d1c14e06be');
INSERT INTO "audit_log" VALUES(446,'2026-11-23T10:40:36','demo','update','agreement',4,'carried_over','0','1',1,'f50a49b9687ba34225b86d0170e487e580757de26e7472167ff7f1d1c14e06be','35923415043c4ac661b01cd736ce37e10d1d0b1db9ecfea46c43f66d7acc9719');
INSERT INTO "audit_log" VALUES(447,'2026-11-23T10:40:36','demo','insert','agreement_event',8,'agreement_id',NULL,'4',1,'35923415043c4ac661b01cd736ce37e10d1d0b1db9ecfea46c43f66d7acc9719','b3211d62f91a67f5184e84e43376a30558f847d6b5f3d7c65f713f2941736dd6');
INSERT INTO "audit_log" VALUES(448,'2026-11-23T10:40:36','demo','insert','agreement_event',8,'meeting_id',NULL,'2',1,'b3211d62f91a67f5184e84e43376a30558f847d6b5f3d7c65f713f2941736dd6','484d3e731ec876a1e32ffcd679c28291f4500cca74ef6e13702f8a1f58c015c5');
INSERT INTO "audit_log" VALUES(449,'2026-11-23T10:40:36','demo','insert','agreement_event',8,'at',NULL,'2026-11-23T10:40:36',1,'484d3e731ec876a1e32ffcd679c28291f4500cca74ef6e13702f8a1f58c015c5','3a5e405071bd879034822cd94f515da0ca68b03178685ebad77b688434466745');
INSERT INTO "audit_log" VALUES(450,'2026-11-23T10:40:36','demo','insert','agreement_event',8,'decision',NULL,'continued',1,'3a5e405071bd879034822cd94f515da0ca68b03178685ebad77b688434466745','ef78bc54c6e8f87db6dffff2310eec564e1ebbf1c02274308edc9fbc2daf5ad3');
INSERT INTO "audit_log" VALUES(451,'2026-11-23T10:40:36','demo','insert','agreement_event',8,'old_due',NULL,'2026-11-10',1,'ef78bc54c6e8f87db6dffff2310eec564e1ebbf1c02274308edc9fbc2daf5ad3','ced8ccc4eea162e2d0f5df21c9b57d28eeec6dee196b670aaf1673a07915c264');
INSERT INTO "audit_log" VALUES(452,'2026-11-23T10:40:36','demo','insert','agreement_event',8,'new_due',NULL,'2026-11-10',1,'ced8ccc4eea162e2d0f5df21c9b57d28eeec6dee196b670aaf1673a07915c264','09e46e9090b9ecf51d338e7193d95ce35ed95a4f95fd03c82ce435637fbf732f');
INSERT INTO "audit_log" VALUES(453,'2026-11-23T10:40:36','demo','insert','scale_reading',11,'goal_id',NULL,'1',1,'09e46e9090b9ecf51d338e7193d95ce35ed95a4f95fd03c82ce435637fbf732f','46c49298500f0f8fdbfd2d85ba0ded45282bfc5323a5dcacd21aa232d02ade14');
INSERT INTO "audit_log" VALUES(454,'2026-11-23T10:40:36','demo','insert','scale_reading',11,'meeting_id',NULL,'2',1,'46c49298500f0f8fdbfd2d85ba0ded45282bfc5323a5dcacd21aa232d02ade14','ee2354a9c797c6712c44ad47702076103923461fdacbcbe7644d8c11b7eda6f7');
INSERT INTO "audit_log" VALUES(455,'2026-11-23T10:40:36','demo','insert','scale_reading',11,'participant_id',NULL,'1',1,'ee2354a9c797c6712c44ad47702076103923461fdacbcbe7644d8c11b7eda6f7','faccdb3c5bc401245265aabf6ec54a4d00f8b5d4b9338ec68804b6e782fd1937');
INSERT INTO "audit_log" VALUES(456,'2026-11-23T10:40:36','demo','insert','scale_reading',11,'date',NULL,'2026-10-29',1,'faccdb3c5bc401245265aabf6ec54a4d00f8b5d4b9338ec68804b6e782fd1937','ceb74678e14ead75c49b3c08db94992cea1e8b5748102668ec12b19fc1159f62');
INSERT INTO "audit_log" VALUES(457,'2026-11-23T10:40:36','demo','insert','scale_reading',11,'score',NULL,'4',1,'ceb74678e14ead75c49b3c08db94992cea1e8b5748102668ec12b19fc1159f62','996b79b674be19b8956b7c7081b866fdb5d6bdf227515804e863584daf027df0');
INSERT INTO "audit_log" VALUES(458,'2026-11-23T10:40:36','demo','insert','scale_reading',11,'private',NULL,'0',1,'996b79b674be19b8956b7c7081b866fdb5d6bdf227515804e863584daf027df0','131b50d327e88be74fdce220f89f5a1da6a23b773b84b68ed28a33ac7cfe187c');
INSERT INTO "audit_log" VALUES(459,'2026-11-23T10:40:36','demo','insert','scale_reading',12,'goal_id',NULL,'1',1,'131b50d327e88be74fdce220f89f5a1da6a23b773b84b68ed28a33ac7cfe187c','7e7153f8c98055c76107d3659fc57330a0884933e9f7e5c71617df11762ce19e');
INSERT INTO "audit_log" VALUES(460,'2026-11-23T10:40:36','demo','insert','scale_reading',12,'meeting_id',NULL,'2',1,'7e7153f8c98055c76107d3659fc57330a0884933e9f7e5c71617df11762ce19e','e5dd23119d5a9646ef483b50cf3d668dbff41c4e6e08786b74f0554030b7ce4a');
INSERT INTO "audit_log" VALUES(461,'2026-11-23T10:40:36','demo','insert','scale_reading',12,'participant_id',NULL,'3',1,'e5dd23119d5a9646ef483b50cf3d668dbff41c4e6e08786b74f0554030b7ce4a','e900f35a87962d0f7d1e2f2358253718a258ae91e0248bac39256488a0daaed7');
INSERT INTO "audit_log" VALUES(462,'2026-11-23T10:40:36','demo','insert','scale_reading',12,'date',NULL,'2026-10-29',1,'e900f35a87962d0f7d1e2f2358253718a258ae91e0248bac39256488a0daaed7','5a0c4aa63cec6dd6d7eeb43bb31d9128769484a67c59132cff9fe06f6882de04');
INSERT INTO "audit_log" VALUES(463,'2026-11-23T10:40:36','demo','insert','scale_reading',12,'score',NULL,'5',1,'5a0c4aa63cec6dd6d7eeb43bb31d9128769484a67c59132cff9fe06f6882de04','d17f48d0315b7cfdedfd8a8fe01a0e13441a6c24b3fbcdff81a85e6c864e23af');
INSERT INTO "audit_log" VALUES(464,'2026-11-23T10:40:36','demo','insert','scale_reading',12,'private',NULL,'0',1,'d17f48d0315b7cfdedfd8a8fe01a0e13441a6c24b3fbcdff81a85e6c864e23af','5c8c667f21b5a1389aa0eb477ffcb9eb9f7ac1dcce949ba467a0cb5b425c4b59');
INSERT INTO "audit_log" VALUES(465,'2026-11-23T10:40:36','demo','insert','scale_reading',13,'goal_id',NULL,'2',1,'5c8c667f21b5a1389aa0eb477ffcb9eb9f7ac1dcce949ba467a0cb5b425c4b59','d2dd9a90194c88eec1f0b194e5518c2d26616981739679a5eacb1052d5f0207c');
INSERT INTO "audit_log" VALUES(466,'2026-11-23T10:40:36','demo','insert','scale_reading',13,'meeting_id',NULL,'2',1,'d2dd9a90194c88eec1f0b194e5518c2d26616981739679a5eacb1052d5f0207c','3eedab2559aa5e35a5f828dab8296ebdccfe645fd3715ef56cd20dd60068a3e8');
INSERT INTO "audit_log" VALUES(467,'2026-11-23T10:40:36','demo','insert','scale_reading',13,'participant_id',NULL,'1',1,'3eedab2559aa5e35a5f828dab8296ebdccfe645fd3715ef56cd20dd60068a3e8','f7d9a945bd2d0ae5785bb9c450d7009ef872c334b0ae75193ab402869a0e7e1c');
INSERT INTO "audit_log" VALUES(468,'2026-11-23T10:40:36','demo','insert','scale_reading',13,'date',NULL,'2026-10-29',1,'f7d9a945bd2d0ae5785bb9c450d7009ef872c334b0ae75193ab402869a0e7e1c','21add9da71ce162ffd8a4907472037342958e77c648487398791ffd17dad7504');
INSERT INTO "audit_log" VALUES(469,'2026-11-23T10:40:36','demo','insert','scale_reading',13,'score',NULL,'5',1,'21add9da71ce162ffd8a4907472037342958e77c648487398791ffd17dad7504','2e189016c258c3725696f4aaf5b4d3e52c7fffb531bf75b7f57a2f96a23945a1');
INSERT INTO "audit_log" VALUES(470,'2026-11-23T10:40:36','demo','insert','scale_reading',13,'private',NULL,'0',1,'2e189016c258c3725696f4aaf5b4d3e52c7fffb531bf75b7f57a2f96a23945a1','4417b36013a11955369fc897aa05e1bb1b9183d5236f0f06b9c69fcb525624c8');
INSERT INTO "audit_log" VALUES(471,'2026-11-23T10:40:36','demo','insert','scale_reading',14,'goal_id',NULL,'2',1,'4417b36013a11955369fc897aa05e1bb1b9183d5236f0f06b9c69fcb525624c8','5c44ad74874cd96d6fef32af9385283f0c980a57cfd345c795e59d07ab10b6db');
INSERT INTO "audit_log" VALUES(472,'2026-11-23T10:40:36','demo','insert','scale_reading',14,'meeting_id',NULL,'2',1,'5c44ad74874cd96d6fef32af9385283f0c980a57cfd345c795e59d07ab10b6db','981754997bd354e0cac60bcc1c40113232e9a4e5b18969a67c57229331937c3f');
INSERT INTO "audit_log" VALUES(473,'2026-11-23T10:40:36','demo','insert','scale_reading',14,'participant_id',NULL,'3',1,'981754997bd354e0cac60bcc1c40113232e9a4e5b18969a67c57229331937c3f','8534b8a46d0b88a9d9b1f0bc56787cfaa4306045eac315eccb29f569a5b26443');
INSERT INTO "audit_log" VALUES(474,'2026-11-23T10:40:36','demo','insert','scale_reading',14,'date',NULL,'2026-10-29',1,'8534b8a46d0b88a9d9b1f0bc56787cfaa4306045eac315eccb29f569a5b26443','0cbd82fa145b0a0fa135557ae4911a616669297cd3619d57c8c0a257d0566eff');
INSERT INTO "audit_log" VALUES(475,'2026-11-23T10:40:36','demo','insert','scale_reading',14,'score',NULL,'4',1,'0cbd82fa145b0a0fa135557ae4911a616669297cd3619d57c8c0a257d0566eff','fb3fd9d46c3a716e321979cd710a335156942e389e306b13859954944fec13bb');
INSERT INTO "audit_log" VALUES(476,'2026-11-23T10:40:36','demo','insert','scale_reading',14,'private',NULL,'0',1,'fb3fd9d46c3a716e321979cd710a335156942e389e306b13859954944fec13bb','59f69d8c1be35e23b607fdddb169e4cbda005e5121aef5dadfe1f464aae8184f');
INSERT INTO "audit_log" VALUES(477,'2026-11-23T10:40:36','demo','insert','scale_reading',15,'goal_id',NULL,'3',1,'59f69d8c1be35e23b607fdddb169e4cbda005e5121aef5dadfe1f464aae8184f','3e1548ccb79a9d502c11147890e7524fd37c9bc7160c8e82873a9c7eb3fcc153');
INSERT INTO "audit_log" VALUES(478,'2026-11-23T10:40:36','demo','insert','scale_reading',15,'meeting_id',NULL,'2',1,'3e1548ccb79a9d502c11147890e7524fd37c9bc7160c8e82873a9c7eb3fcc153','559142c6e60921e910237ee93ba534f3abec44dca34c45df08d2f5bce83c8dbb');
INSERT INTO "audit_log" VALUES(479,'2026-11-23T10:40:36','demo','insert','scale_reading',15,'participant_id',NULL,'1',1,'559142c6e60921e910237ee93ba534f3abec44dca34c45df08d2f5bce83c8dbb','99913e24ddd09e4288d4045eed619618bd0d861451d9950daff83ec0732fbd1f');
INSERT INTO "audit_log" VALUES(480,'2026-11-23T10:40:36','demo','insert','scale_reading',15,'date',NULL,'2026-10-29',1,'99913e24ddd09e4288d4045eed619618bd0d861451d9950daff83ec0732fbd1f','a76acbdb2fedb4be8146b307f556186486c10dacebc63ad722c12f42d10d365f');
INSERT INTO "audit_log" VALUES(481,'2026-11-23T10:40:36','demo','insert','scale_reading',15,'score',NULL,'4',1,'a76acbdb2fedb4be8146b307f556186486c10dacebc63ad722c12f42d10d365f','ca6a668bb1216f5b6cfc79c624209750843d312b990c403c013c13262d52947d');
INSERT INTO "audit_log" VALUES(482,'2026-11-23T10:40:36','demo','insert','scale_reading',15,'private',NULL,'0',1,'ca6a668bb1216f5b6cfc79c624209750843d312b990c403c013c13262d52947d','a9f175e98da938e5dd39c1f18b0d227c0609c1fd060ce0ef5b33281582601a44');
INSERT INTO "audit_log" VALUES(483,'2026-11-23T10:40:36','demo','insert','scale_reading',16,'goal_id',NULL,'3',1,'a9f175e98da938e5dd39c1f18b0d227c0609c1fd060ce0ef5b33281582601a44','51b21c6d0c8af34023543b81b74a41c41d20173d98be1bdde444320c28541f15');
INSERT INTO "audit_log" VALUES(484,'2026-11-23T10:40:36','demo','insert','scale_reading',16,'meeting_id',NULL,'2',1,'51b21c6d0c8af34023543b81b74a41c41d20173d98be1bdde444320c28541f15','11a9a0f4c42df01a14d0b6156166799bddada6a562ccd8a134c6e2ce5ae0a873');
INSERT INTO "audit_log" VALUES(485,'2026-11-23T10:40:36','demo','insert','scale_reading',16,'participant_id',NULL,'3',1,'11a9a0f4c42df01a14d0b6156166799bddada6a562ccd8a134c6e2ce5ae0a873','b3fdce7febdf116b3b700c91a3da0ca19980d1c69829e729ceba58b01ef17d34');
INSERT INTO "audit_log" VALUES(486,'2026-11-23T10:40:36','demo','insert','scale_reading',16,'date',NULL,'2026-10-29',1,'b3fdce7febdf116b3b700c91a3da0ca19980d1c69829e729ceba58b01ef17d34','55279c4ad392bd927578dd43e37788e159af40b0a4cb342296a2b9ee0b1b3510');
INSERT INTO "audit_log" VALUES(487,'2026-11-23T10:40:36','demo','insert','scale_reading',16,'score',NULL,'4',1,'55279c4ad392bd927578dd43e37788e159af40b0a4cb342296a2b9ee0b1b3510','974c55a8793131dc082cc5ef2dbb61eda8f796ce4906d1c0a6341dbdc0d6fb17');
INSERT INTO "audit_log" VALUES(488,'2026-11-23T10:40:36','demo','insert','scale_reading',16,'private',NULL,'0',1,'974c55a8793131dc082cc5ef2dbb61eda8f796ce4906d1c0a6341dbdc0d6fb17','ccfb6145b388a34e99802e5b495228c9db25267b4b7623d8d76c9b16b90ac252');
INSERT INTO "audit_log" VALUES(489,'2026-11-23T10:40:36','demo','insert','scale_reading',17,'goal_id',NULL,'4',1,'ccfb6145b388a34e99802e5b495228c9db25267b4b7623d8d76c9b16b90ac252','ee4e888c21a2bf368fbfc1f90caeb4ae4ba153054914af8c47d45b7fb8da3c19');
INSERT INTO "audit_log" VALUES(490,'2026-11-23T10:40:36','demo','insert','scale_reading',17,'meeting_id',NULL,'2',1,'ee4e888c21a2bf368fbfc1f90caeb4ae4ba153054914af8c47d45b7fb8da3c19','82647743ffab396e7ff39486998cd5cafd0a2466c09a76ec2ad01671da418773');
INSERT INTO "audit_log" VALUES(491,'2026-11-23T10:40:36','demo','insert','scale_reading',17,'participant_id',NULL,'1',1,'82647743ffab396e7ff39486998cd5cafd0a2466c09a76ec2ad01671da418773','6e5765074ebbc3bd8874387ae6d39e5eb030bbbc4a555dd548a29895bab1bec0');
INSERT INTO "audit_log" VALUES(492,'2026-11-23T10:40:36','demo','insert','scale_reading',17,'date',NULL,'2026-10-29',1,'6e5765074ebbc3bd8874387ae6d39e5eb030bbbc4a555dd548a29895bab1bec0','4daf3b69415d8e65d9fb0d512d9a13ca13174422ceed4cff6d87af3eb5d7aabd');
INSERT INTO "audit_log" VALUES(493,'2026-11-23T10:40:36','demo','insert','scale_reading',17,'score',NULL,'3',1,'4daf3b69415d8e65d9fb0d512d9a13ca13174422ceed4cff6d87af3eb5d7aabd','a4cf75b109428e1afde29214d92569c77d114f22793dbcfc14a2891ec38d46f3');
INSERT INTO "audit_log" VALUES(494,'2026-11-23T10:40:36','demo','insert','scale_reading',17,'private',NULL,'0',1,'a4cf75b109428e1afde29214d92569c77d114f22793dbcfc14a2891ec38d46f3','5149bd3c630cfcf43ff7293eaacce428ddc11d34df914904a1653fbeef7b9078');
INSERT INTO "audit_log" VALUES(495,'2026-11-23T10:40:36','demo','insert','scale_reading',18,'goal_id',NULL,'4',1,'5149bd3c630cfcf43ff7293eaacce428ddc11d34df914904a1653fbeef7b9078','93d110cc1de9ffbf2868dd6cb002045a20af579ed11b6470a87b089a49b89ebc');
INSERT INTO "audit_log" VALUES(496,'2026-11-23T10:40:36','demo','insert','scale_reading',18,'meeting_id',NULL,'2',1,'93d110cc1de9ffbf2868dd6cb002045a20af579ed11b6470a87b089a49b89ebc','0079756e9b5c1b01276ea7e426b5f8c69acfca567f42b3285b375779a9868830');
INSERT INTO "audit_log" VALUES(497,'2026-11-23T10:40:36','demo','insert','scale_reading',18,'participant_id',NULL,'3',1,'0079756e9b5c1b01276ea7e426b5f8c69acfca567f42b3285b375779a9868830','ef9fa56da4a25412a5cdcb7d29673e49a0704837d2b4a18c356d3ae7f3592136');
INSERT INTO "audit_log" VALUES(498,'2026-11-23T10:40:36','demo','insert','scale_reading',18,'date',NULL,'2026-10-29',1,'ef9fa56da4a25412a5cdcb7d29673e49a0704837d2b4a18c356d3ae7f3592136','83d4e58aba6479878a768e982fe9352aa839c706596f8e4fe878d65aa1762cca');
INSERT INTO "audit_log" VALUES(499,'2026-11-23T10:40:36','demo','insert','scale_reading',18,'score',NULL,'3',1,'83d4e58aba6479878a768e982fe9352aa839c706596f8e4fe878d65aa1762cca','db1534b1c8e42380825f43b20d84c77c9108b3ef25b3d3f1736f9a4000830fea');
INSERT INTO "audit_log" VALUES(500,'2026-11-23T10:40:36','demo','insert','scale_reading',18,'private',NULL,'0',1,'db1534b1c8e42380825f43b20d84c77c9108b3ef25b3d3f1736f9a4000830fea','324bab5a39cdf2fb760f49bbed27be39ab8f63498ad59f33ecaa39d3b493835d');
INSERT INTO "audit_log" VALUES(501,'2026-11-23T10:40:36','demo','insert','scale_reading',19,'goal_id',NULL,'5',1,'324bab5a39cdf2fb760f49bbed27be39ab8f63498ad59f33ecaa39d3b493835d','e8305825069f31036cbe35d99464906e4e0915891829501120313770ddae2f0a');
INSERT INTO "audit_log" VALUES(502,'2026-11-23T10:40:36','demo','insert','scale_reading',19,'meeting_id',NULL,'2',1,'e8305825069f31036cbe35d99464906e4e0915891829501120313770ddae2f0a','8a0aaeb59c1c7b10562f3db1c49f5f000f0f95b53d654e134a9d2c68ffb5534f');
INSERT INTO "audit_log" VALUES(503,'2026-11-23T10:40:36','demo','insert','scale_reading',19,'participant_id',NULL,'1',1,'8a0aaeb59c1c7b10562f3db1c49f5f000f0f95b53d654e134a9d2c68ffb5534f','870269a0720056fd61550923c330c3fdc5e9ee6c34e3e471351fbc5931f6d669');
INSERT INTO "audit_log" VALUES(504,'2026-11-23T10:40:36','demo','insert','scale_reading',19,'date',NULL,'2026-10-29',1,'870269a0720056fd61550923c330c3fdc5e9ee6c34e3e471351fbc5931f6d669','194ba74c351cc85808e6dfaf5e97d77add4ae35dbdfa5934f5fdb31741d67786');
INSERT INTO "audit_log" VALUES(505,'2026-11-23T10:40:36','demo','insert','scale_reading',19,'score',NULL,'6',1,'194ba74c351cc85808e6dfaf5e97d77add4ae35dbdfa5934f5fdb31741d67786','b877a56256fb9aa44b2ac0e5542dc943c7183e695c32fa24451685bb3a6f2411');
INSERT INTO "audit_log" VALUES(506,'2026-11-23T10:40:36','demo','insert','scale_reading',19,'private',NULL,'0',1,'b877a56256fb9aa44b2ac0e5542dc943c7183e695c32fa24451685bb3a6f2411','a29795d6529e5b7b819127f7abfc31c1d05f5f58541278e0eb1040f54bdc544f');
INSERT INTO "audit_log" VALUES(507,'2026-11-23T10:40:36','demo','insert','scale_reading',20,'goal_id',NULL,'5',1,'a29795d6529e5b7b819127f7abfc31c1d05f5f58541278e0eb1040f54bdc544f','c72722e651e92548214aeae34855a8c8138b8b0af2bc78ecb6fb079367d6844c');
INSERT INTO "audit_log" VALUES(508,'2026-11-23T10:40:36','demo','insert','scale_reading',20,'meeting_id',NULL,'2',1,'c72722e651e92548214aeae34855a8c8138b8b0af2bc78ecb6fb079367d6844c','98bdfcadfb4ee8690153bb7831ff697550f0c82457e0d740fec5d5eaa723f8ee');
INSERT INTO "audit_log" VALUES(509,'2026-11-23T10:40:36','demo','insert','scale_reading',20,'participant_id',NULL,'3',1,'98bdfcadfb4ee8690153bb7831ff697550f0c82457e0d740fec5d5eaa723f8ee','3e179ce30ba35bd55662d3efc89c853963ca428e728ac37435bc9e862a43568e');
INSERT INTO "audit_log" VALUES(510,'2026-11-23T10:40:36','demo','insert','scale_reading',20,'date',NULL,'2026-10-29',1,'3e179ce30ba35bd55662d3efc89c853963ca428e728ac37435bc9e862a43568e','8f8a4a0bce343731466dc1dba8f2690d699e952d8728020bd2686a3994fee3e3');
INSERT INTO "audit_log" VALUES(511,'2026-11-23T10:40:36','demo','insert','scale_reading',20,'score',NULL,'6',1,'8f8a4a0bce343731466dc1dba8f2690d699e952d8728020bd2686a3994fee3e3','a620d1ce5b7ac0c2ce7885c8dc06643141dcc25445162a48023b1647b1bca606');
INSERT INTO "audit_log" VALUES(512,'2026-11-23T10:40:36','demo','insert','scale_reading',20,'private',NULL,'0',1,'a620d1ce5b7ac0c2ce7885c8dc06643141dcc25445162a48023b1647b1bca606','b7afd1f283fd41dbd9b0fe69a63ecbd0cc6c4d2d350fed1f647e2e10cde53fb3');
INSERT INTO "audit_log" VALUES(513,'2026-11-23T10:40:36','demo','insert','agreement',5,'plan_id',NULL,'1',1,'b7afd1f283fd41dbd9b0fe69a63ecbd0cc6c4d2d350fed1f647e2e10cde53fb3','ba5c277acd959362f63c5875f1c09504b14cd240afaeb8bee293efac3c18d64d');
INSERT INTO "audit_log" VALUES(514,'2026-11-23T10:40:36','demo','insert','agreement',5,'who_id',NULL,'1',1,'ba5c277acd959362f63c5875f1c09504b14cd240afaeb8bee293efac3c18d64d','f86527c21be221f61a7fac8d002c95eebd2ea1ba540d6cdd4d4b33875b456a8a');
INSERT INTO "audit_log" VALUES(515,'2026-11-23T10:40:36','demo','insert','agreement',5,'what',NULL,'Gå med Bamse mandag, onsdag og fredag og sætte kryds',1,'f86527c21be221f61a7fac8d002c95eebd2ea1ba540d6cdd4d4b33875b456a8a','4cb38c7d56d87416d0c50aca25449f1837b494c1307fb0c1124b86ed1e0791bc');
INSERT INTO "audit_log" VALUES(516,'2026-11-23T10:40:36','demo','insert','agreement',5,'due_date',NULL,'2026-12-03',1,'4cb38c7d56d87416d0c50aca25449f1837b494c1307fb0c1124b86ed1e0791bc','34c8620e62dedcfcc82825821ee627627d1300790d7102716c9ee9a552d50ae2');
INSERT INTO "audit_log" VALUES(517,'2026-11-23T10:40:36','demo','insert','agreement',5,'position',NULL,'4',1,'34c8620e62dedcfcc82825821ee627627d1300790d7102716c9ee9a552d50ae2','470ac356426bfea15286a750b6a481fa3de864d9117b2989af8152d1cae0360e');
INSERT INTO "audit_log" VALUES(518,'2026-11-23T10:40:36','demo','insert','agreement',5,'status',NULL,'open',1,'470ac356426bfea15286a750b6a481fa3de864d9117b2989af8152d1cae0360e','6bad7cbc3e687129e0426e9a448c92d8cff7dab4fb77e2530076eaf90ff0ff58');
INSERT INTO "audit_log" VALUES(519,'2026-11-23T10:40:36','demo','insert','agreement',5,'goal_id',NULL,'2',1,'6bad7cbc3e687129e0426e9a448c92d8cff7dab4fb77e2530076eaf90ff0ff58','116b73b0b3669404b3683f8ab87b4090286ef2151ec39977f15fee88113827c7');
INSERT INTO "audit_log" VALUES(520,'2026-11-23T10:40:36','demo','insert','agreement',5,'meeting_id',NULL,'2',1,'116b73b0b3669404b3683f8ab87b4090286ef2151ec39977f15fee88113827c7','e1dac14ea4b0ee6a11c8e0202445b31dbac2086cb1351e5854712a5956d59efc');
INSERT INTO "audit_log" VALUES(521,'2026-11-23T10:40:36','demo','insert','agreement',5,'carried_over',NULL,'0',1,'e1dac14ea4b0ee6a11c8e0202445b31dbac2086cb1351e5854712a5956d59efc','3599c15581eb80cbb0ce4ea1b3adb8568c7f2773d247c07b963fe4b7642c3cc3');
INSERT INTO "audit_log" VALUES(522,'2026-11-23T10:40:36','demo','insert','agreement',5,'target_from',NULL,'5',1,'3599c15581eb80cbb0ce4ea1b3adb8568c7f2773d247c07b963fe4b7642c3cc3','0b9171881cc536e411fc48b68f00979f05f0e2c5d610d483292437b75d41b75b');
INSERT INTO "audit_log" VALUES(523,'2026-11-23T10:40:36','demo','insert','agreement',5,'target_to',NULL,'6',1,'0b9171881cc536e411fc48b68f00979f05f0e2c5d610d483292437b75d41b75b','2cbb9e8754b9353f815346ad47cb1b1a1942c3237cd6672e0865f276aa55318d');
INSERT INTO "audit_log" VALUES(524,'2026-11-23T10:40:36','demo','insert','agreement',5,'created_at',NULL,'2026-11-23T10:40:36',1,'2cbb9e8754b9353f815346ad47cb1b1a1942c3237cd6672e0865f276aa55318d','13b56a16d8baa827b6d6f807304891b250b6221061fe5f43af786d235d7c2ed3');
INSERT INTO "audit_log" VALUES(525,'2026-11-23T10:40:36','demo','insert','agreement',5,'shared_with_relatives',NULL,'1',1,'13b56a16d8baa827b6d6f807304891b250b6221061fe5f43af786d235d7c2ed3','51774c4ca07abaeb2806988404413174c658924007adb3612e7f1a4fffe58481');
INSERT INTO "audit_log" VALUES(526,'2026-11-23T10:40:36','demo','insert','agreement',5,'private',NULL,'0',1,'51774c4ca07abaeb2806988404413174c658924007adb3612e7f1a4fffe58481','9db40ce58b187932b5176162cdc442d00adaaa861d4d390813da2dcc20ee6b03');
INSERT INTO "audit_log" VALUES(527,'2026-11-23T10:40:36','demo','insert','agreement_event',9,'agreement_id',NULL,'5',1,'9db40ce58b187932b5176162cdc442d00adaaa861d4d390813da2dcc20ee6b03','52147034a22f8dae0c20d1b12579fa542539b0e1b3f7e25eeff6685ac8c7c54e');
INSERT INTO "audit_log" VALUES(528,'2026-11-23T10:40:36','demo','insert','agreement_event',9,'meeting_id',NULL,'2',1,'52147034a22f8dae0c20d1b12579fa542539b0e1b3f7e25eeff6685ac8c7c54e','da2891ddc9d1fe65363b688f1986291ab90e5a289eb8a5fb23ba1d13404e3fb6');
INSERT INTO "audit_log" VALUES(529,'2026-11-23T10:40:36','demo','insert','agreement_event',9,'at',NULL,'2026-11-23T10:40:36',1,'da2891ddc9d1fe65363b688f1986291ab90e5a289eb8a5fb23ba1d13404e3fb6','92c7bbab03d67578974f2bc455df73a0b7078efc6f465f9ad7996238c478841c');
INSERT INTO "audit_log" VALUES(530,'2026-11-23T10:40:36','demo','insert','agreement_event',9,'decision',NULL,'created',1,'92c7bbab03d67578974f2bc455df73a0b7078efc6f465f9ad7996238c478841c','829ad2fa54dd630e93502f744184ac9ffc615af8b616996c25cdecf001156a0a');
INSERT INTO "audit_log" VALUES(531,'2026-11-23T10:40:36','demo','insert','agreement_event',9,'new_what',NULL,'Gå med Bamse mandag, onsdag og fredag og sætte kryds',1,'829ad2fa54dd630e93502f744184ac9ffc615af8b616996c25cdecf001156a0a','e52c77d5a90c7b9589a6ad1b8bbcc1a1118c502d32207bc214cd235e5f89bd0a');
INSERT INTO "audit_log" VALUES(532,'2026-11-23T10:40:36','demo','insert','agreement_event',9,'new_due',NULL,'2026-12-03',1,'e52c77d5a90c7b9589a6ad1b8bbcc1a1118c502d32207bc214cd235e5f89bd0a','2669657e40865d2cf37119a446b8a92621251c32fca23a2f633dd1a1d78b8bd3');
INSERT INTO "audit_log" VALUES(533,'2026-11-23T10:40:36','demo','insert','agreement',6,'plan_id',NULL,'1',1,'2669657e40865d2cf37119a446b8a92621251c32fca23a2f633dd1a1d78b8bd3','26eedfe6261eab60cebd334e9c4b3b125ff7c5b545e79971099cbd17fe40d518');
INSERT INTO "audit_log" VALUES(534,'2026-11-23T10:40:36','demo','insert','agreement',6,'who_id',NULL,'4',1,'26eedfe6261eab60cebd334e9c4b3b125ff7c5b545e79971099cbd17fe40d518','b4b061506746d0b5e48531f667b52430b41ca6634e9ac24f2ac8d47aca65b641');
INSERT INTO "audit_log" VALUES(535,'2026-11-23T10:40:36','demo','insert','agreement',6,'what',NULL,'Køre Nanna til VUC, når det regner',1,'b4b061506746d0b5e48531f667b52430b41ca6634e9ac24f2ac8d47aca65b641','36af7ce322b8d4f04c51ddaf16abb7a1b5310995c60d38b59167c867f529f2e1');
INSERT INTO "audit_log" VALUES(536,'2026-11-23T10:40:36','demo','insert','agreement',6,'due_date',NULL,'2026-12-23',1,'36af7ce322b8d4f04c51ddaf16abb7a1b5310995c60d38b59167c867f529f2e1','e42b38d7836fa67faac6032a1091e31194e3b704132b6a9c04bab48c11aa33ab');
INSERT INTO "audit_log" VALUES(537,'2026-11-23T10:40:36','demo','insert','agreement',6,'position',NULL,'5',1,'e42b38d7836fa67faac6032a1091e31194e3b704132b6a9c04bab48c11aa33ab','44e16053d223a16392ccf6cca6b410c06c7ede535eafec8556f6769a5e067cc2');
INSERT INTO "audit_log" VALUES(538,'2026-11-23T10:40:36','demo','insert','agreement',6,'status',NULL,'open',1,'44e16053d223a16392ccf6cca6b410c06c7ede535eafec8556f6769a5e067cc2','08b902919458475560bcbf52018c4101154d17306b233174c2d971cc67844b0b');
INSERT INTO "audit_log" VALUES(539,'2026-11-23T10:40:36','demo','insert','agreement',6,'goal_id',NULL,'4',1,'08b902919458475560bcbf52018c4101154d17306b233174c2d971cc67844b0b','583f24211a3849c5b3d1bfef0dea6c0978aa5ccb3521ca8d0465ba8ceda614c1');
INSERT INTO "audit_log" VALUES(540,'2026-11-23T10:40:36','demo','insert','agreement',6,'meeting_id',NULL,'2',1,'583f24211a3849c5b3d1bfef0dea6c0978aa5ccb3521ca8d0465ba8ceda614c1','b1a6101e1518669c9432f9d0bc7851a0ff0d171e5223476f596a3a80f4c1cbe5');
INSERT INTO "audit_log" VALUES(541,'2026-11-23T10:40:36','demo','insert','agreement',6,'carried_over',NULL,'0',1,'b1a6101e1518669c9432f9d0bc7851a0ff0d171e5223476f596a3a80f4c1cbe5','2adc4ad8868aab08c2a9f9e51ef02267fea3cd4b781318317c4c068b48c3bf2b');
INSERT INTO "audit_log" VALUES(542,'2026-11-23T10:40:36','demo','insert','agreement',6,'created_at',NULL,'2026-11-23T10:40:36',1,'2adc4ad8868aab08c2a9f9e51ef02267fea3cd4b781318317c4c068b48c3bf2b','4b7ed7e3a7ec125532ec94ad9a214e7fe9720ff89d108c2509eba1dfa6a5c77b');
INSERT INTO "audit_log" VALUES(543,'2026-11-23T10:40:36','demo','insert','agreement',6,'shared_with_relatives',NULL,'1',1,'4b7ed7e3a7ec125532ec94ad9a214e7fe9720ff89d108c2509eba1dfa6a5c77b','1ea40969d60c238c6a4f82dc3d86ec59fab9315ce3bba14c10f00a6bd2869fa2');
INSERT INTO "audit_log" VALUES(544,'2026-11-23T10:40:36','demo','insert','agreement',6,'private',NULL,'0',1,'1ea40969d60c238c6a4f82dc3d86ec59fab9315ce3bba14c10f00a6bd2869fa2','473b46d76f5558bd923c0290516559e912cabdcc28db6efd73fcb6fae2c33594');
INSERT INTO "audit_log" VALUES(545,'2026-11-23T10:40:36','demo','insert','agreement_event',10,'agreement_id',NULL,'6',1,'473b46d76f5558bd923c0290516559e912cabdcc28db6efd73fcb6fae2c33594','81f77806d80c9ed369b5f1b70755af9921d6d9c3d7ba383ce7385adef24c5b59');
INSERT INTO "audit_log" VALUES(546,'2026-11-23T10:40:36','demo','insert','agreement_event',10,'meeting_id',NULL,'2',1,'81f77806d80c9ed369b5f1b70755af9921d6d9c3d7ba383ce7385adef24c5b59','e696e3c9eec72e9dfc6fcc4ffcdd11e9dfc35a5fc9f092204f642b7153e3c002');
INSERT INTO "audit_log" VALUES(547,'2026-11-23T10:40:36','demo','insert','agreement_event',10,'at',NULL,'2026-11-23T10:40:36',1,'e696e3c9eec72e9dfc6fcc4ffcdd11e9dfc35a5fc9f092204f642b7153e3c002','b7c26791eb0c17036b9e9edb783dbe9de12652210e6a6407ed326d274e99c131');
INSERT INTO "audit_log" VALUES(548,'2026-11-23T10:40:36','demo','insert','agreement_event',10,'decision',NULL,'created',1,'b7c26791eb0c17036b9e9edb783dbe9de12652210e6a6407ed326d274e99c131','e724c6311349225b075a49624126308260ff6f9c1aaaaf33cb8febae5aef884a');
INSERT INTO "audit_log" VALUES(549,'2026-11-23T10:40:36','demo','insert','agreement_event',10,'new_what',NULL,'Køre Nanna til VUC, når det regner',1,'e724c6311349225b075a49624126308260ff6f9c1aaaaf33cb8febae5aef884a','12a6f417173a419d54d3c3aa1b330bbb13e757446fad073f94e1e8f0fabdecba');
INSERT INTO "audit_log" VALUES(550,'2026-11-23T10:40:36','demo','insert','agreement_event',10,'new_due',NULL,'2026-12-23',1,'12a6f417173a419d54d3c3aa1b330bbb13e757446fad073f94e1e8f0fabdecba','0305d2e954d0565afc64638918062b5ac1e4693248e768cd56d5e6bbbb897ed1');
INSERT INTO "audit_log" VALUES(551,'2026-11-23T10:40:36','demo','insert','agreement',7,'plan_id',NULL,'1',1,'0305d2e954d0565afc64638918062b5ac1e4693248e768cd56d5e6bbbb897ed1','ba07267bee5c5dbe15c1a30366bc1690ac9fd149f405d69ef11165c1bdf1c52e');
INSERT INTO "audit_log" VALUES(552,'2026-11-23T10:40:36','demo','insert','agreement',7,'who_id',NULL,'3',1,'ba07267bee5c5dbe15c1a30366bc1690ac9fd149f405d69ef11165c1bdf1c52e','7d5fa1448c172379c72e3ea59b394e4c2d2beb37b426ca425aafb3adfddfc907');
INSERT INTO "audit_log" VALUES(553,'2026-11-23T10:40:36','demo','insert','agreement',7,'what',NULL,'Notere tegn på at Nanna møder udhvilet',1,'7d5fa1448c172379c72e3ea59b394e4c2d2beb37b426ca425aafb3adfddfc907','74f973ca51c510769b4ba704c3f0e91bac0f662d51c18db7771044e90bad3b37');
INSERT INTO "audit_log" VALUES(554,'2026-11-23T10:40:36','demo','insert','agreement',7,'due_date',NULL,'2026-12-03',1,'74f973ca51c510769b4ba704c3f0e91bac0f662d51c18db7771044e90bad3b37','d5cd5ebb0c98ddc33df704022bf49fbeb6e4f9f219a17291132370dbdb888d73');
INSERT INTO "audit_log" VALUES(555,'2026-11-23T10:40:36','demo','insert','agreement',7,'position',NULL,'6',1,'d5cd5ebb0c98ddc33df704022bf49fbeb6e4f9f219a17291132370dbdb888d73','6f59bbf36278fad7bf39007d3397de455cf5c117f0f66930aacf63ba723d96d0');
INSERT INTO "audit_log" VALUES(556,'2026-11-23T10:40:36','demo','insert','agreement',7,'status',NULL,'open',1,'6f59bbf36278fad7bf39007d3397de455cf5c117f0f66930aacf63ba723d96d0','1b4d558276f56f9051ce6b865df598839b0286333e91483c0415b41b3383195d');
INSERT INTO "audit_log" VALUES(557,'2026-11-23T10:40:36','demo','insert','agreement',7,'goal_id',NULL,'1',1,'1b4d558276f56f9051ce6b865df598839b0286333e91483c0415b41b3383195d','87483dcdac0062ddd1f8cd3940208efdabb7f8c0451c3cba07ab04d0d336a7cb');
INSERT INTO "audit_log" VALUES(558,'2026-11-23T10:40:36','demo','insert','agreement',7,'meeting_id',NULL,'2',1,'87483dcdac0062ddd1f8cd3940208efdabb7f8c0451c3cba07ab04d0d336a7cb','be68b8f0d8d4e3313d484eb8d5344a26d314311dace2a0fb36e7c488e379eb99');
INSERT INTO "audit_log" VALUES(559,'2026-11-23T10:40:36','demo','insert','agreement',7,'carried_over',NULL,'0',1,'be68b8f0d8d4e3313d484eb8d5344a26d314311dace2a0fb36e7c488e379eb99','68437dbd96a3ae91e7540458ac34251a6556514cd1d050d8e9b81c7ff3ad17b8');
INSERT INTO "audit_log" VALUES(560,'2026-11-23T10:40:36','demo','insert','agreement',7,'created_at',NULL,'2026-11-23T10:40:36',1,'68437dbd96a3ae91e7540458ac34251a6556514cd1d050d8e9b81c7ff3ad17b8','051d2caa2a264cca614c05ece0e60eafe0b57a0cdaca4972f47dafddb827b18d');
INSERT INTO "audit_log" VALUES(561,'2026-11-23T10:40:36','demo','insert','agreement',7,'shared_with_relatives',NULL,'0',1,'051d2caa2a264cca614c05ece0e60eafe0b57a0cdaca4972f47dafddb827b18d','955482edc747c2626e90d716f15bdc3c454b88e4c26ce6e2183fc9b5f2381de9');
INSERT INTO "audit_log" VALUES(562,'2026-11-23T10:40:36','demo','insert','agreement',7,'private',NULL,'0',1,'955482edc747c2626e90d716f15bdc3c454b88e4c26ce6e2183fc9b5f2381de9','d2baa16dfa315bb0105d428d2903f471df65cf6faedef85afa952cead4ea1ddd');
INSERT INTO "audit_log" VALUES(563,'2026-11-23T10:40:36','demo','insert','agreement_event',11,'agreement_id',NULL,'7',1,'d2baa16dfa315bb0105d428d2903f471df65cf6faedef85afa952cead4ea1ddd','b3f3508aff0f687579f07b98ced960794b042de8fe02903eb208fcd2e4cbbf8c');
INSERT INTO "audit_log" VALUES(564,'2026-11-23T10:40:36','demo','insert','agreement_event',11,'meeting_id',NULL,'2',1,'b3f3508aff0f687579f07b98ced960794b042de8fe02903eb208fcd2e4cbbf8c','7f39a6c555b171013377fe62d5f762a1c0c75c2aa705c4a58a053f0a6bd08145');
INSERT INTO "audit_log" VALUES(565,'2026-11-23T10:40:36','demo','insert','agreement_event',11,'at',NULL,'2026-11-23T10:40:36',1,'7f39a6c555b171013377fe62d5f762a1c0c75c2aa705c4a58a053f0a6bd08145','fa55d9099b381b4e1c952348ab21b9c3d13c183a2ab01d017e1e1695555ecab2');
INSERT INTO "audit_log" VALUES(566,'2026-11-23T10:40:36','demo','insert','agreement_event',11,'decision',NULL,'created',1,'fa55d9099b381b4e1c952348ab21b9c3d13c183a2ab01d017e1e1695555ecab2','80ec8d00268982df09945b8311f898cd5844b7928b8270ff2253f93585099522');
INSERT INTO "audit_log" VALUES(567,'2026-11-23T10:40:36','demo','insert','agreement_event',11,'new_what',NULL,'Notere tegn på at Nanna møder udhvilet',1,'80ec8d00268982df09945b8311f898cd5844b7928b8270ff2253f93585099522','a4e9ad4e3a78f70ae51350f210228bb906409beff65daff4d714e16f13e3b1a3');
INSERT INTO "audit_log" VALUES(568,'2026-11-23T10:40:36','demo','insert','agreement_event',11,'new_due',NULL,'2026-12-03',1,'a4e9ad4e3a78f70ae51350f210228bb906409beff65daff4d714e16f13e3b1a3','e39103059298c50d684ce7d3b52a79e28e4d73b2edcc46d2b7ca94754f1ce48c');
INSERT INTO "audit_log" VALUES(569,'2026-11-23T10:40:36','demo','insert','note',1,'plan_id',NULL,'1',1,'e39103059298c50d684ce7d3b52a79e28e4d73b2edcc46d2b7ca94754f1ce48c','c21b4397808927f115634dfdaec88ffb1ac08391e671cf6ad7c2381c311cf6dd');
INSERT INTO "audit_log" VALUES(570,'2026-11-23T10:40:36','demo','insert','note',1,'meeting_id',NULL,'2',1,'c21b4397808927f115634dfdaec88ffb1ac08391e671cf6ad7c2381c311cf6dd','7c19bbf18b325b5797834419ea8251eb3e8fb84593cb0f80ffb66e70f8c057b1');
INSERT INTO "audit_log" VALUES(571,'2026-11-23T10:40:36','demo','insert','note',1,'text',NULL,'Nanna fortalte stolt om sin første uge i butikken.',1,'7c19bbf18b325b5797834419ea8251eb3e8fb84593cb0f80ffb66e70f8c057b1','2ab89d4cca36f0f7c7d8547b389430f11e643b9e94bfcfa648abacb47d44d509');
INSERT INTO "audit_log" VALUES(572,'2026-11-23T10:40:36','demo','insert','note',1,'created_at',NULL,'2026-11-23T10:40:36',1,'2ab89d4cca36f0f7c7d8547b389430f11e643b9e94bfcfa648abacb47d44d509','8670eb0c5aa3bdebe8490fa5c5f45ba13e489e2120bbbf8296dc3ccf548b2eeb');
INSERT INTO "audit_log" VALUES(573,'2026-11-23T10:40:36','demo','insert','note',1,'shared_with_relatives',NULL,'1',1,'8670eb0c5aa3bdebe8490fa5c5f45ba13e489e2120bbbf8296dc3ccf548b2eeb','2c341ae0bce06d05757bcea506522538ba495b56ef9a7ecf99ae66c3e2ebc496');
INSERT INTO "audit_log" VALUES(574,'2026-11-23T10:40:36','demo','insert','note',1,'private',NULL,'0',1,'2c341ae0bce06d05757bcea506522538ba495b56ef9a7ecf99ae66c3e2ebc496','74b0bc83f1102b7bce6e1072432269d64dd7762d52dae39d7f8edce201c36d30');
INSERT INTO "audit_log" VALUES(575,'2026-11-23T10:40:36','demo','insert','note',2,'plan_id',NULL,'1',1,'74b0bc83f1102b7bce6e1072432269d64dd7762d52dae39d7f8edce201c36d30','0a6a507b2fb98b9e2e1813be4944cef5a7697f8ccb8b56dcc433e9cba2becf43');
INSERT INTO "audit_log" VALUES(576,'2026-11-23T10:40:36','demo','insert','note',2,'meeting_id',NULL,'2',1,'0a6a507b2fb98b9e2e1813be4944cef5a7697f8ccb8b56dcc433e9cba2becf43','c78df954786b17253e57946bc0c3a6453bfc9f37c3936a8364ee2d250aafbb56');
INSERT INTO "audit_log" VALUES(577,'2026-11-23T10:40:36','demo','insert','note',2,'text',NULL,'Nanna har haft svære nætter; lægen er orienteret.',1,'c78df954786b17253e57946bc0c3a6453bfc9f37c3936a8364ee2d250aafbb56','54d6f834a6c36028f4010b911afe660d9f428ae56ee926cf0942dc4f28852b39');
INSERT INTO "audit_log" VALUES(578,'2026-11-23T10:40:36','demo','insert','note',2,'created_at',NULL,'2026-11-23T10:40:36',1,'54d6f834a6c36028f4010b911afe660d9f428ae56ee926cf0942dc4f28852b39','98cabdde8ff07c19fba38812e141c1ccfbc22176ad3c4400f9ee22ea97bc7f15');
INSERT INTO "audit_log" VALUES(579,'2026-11-23T10:40:36','demo','insert','note',2,'shared_with_relatives',NULL,'0',1,'98cabdde8ff07c19fba38812e141c1ccfbc22176ad3c4400f9ee22ea97bc7f15','8072bbbc73f25ea5c4d2c5cff68461e3ba0275676cc28f318d2781489a9cd127');
INSERT INTO "audit_log" VALUES(580,'2026-11-23T10:40:36','demo','insert','note',2,'private',NULL,'1',1,'8072bbbc73f25ea5c4d2c5cff68461e3ba0275676cc28f318d2781489a9cd127','89aba37dad48c597d11ec72553225280d3afa91c9337cb4cf379663a47ea96b3');
INSERT INTO "audit_log" VALUES(581,'2026-11-23T10:40:36','demo','insert','observation',1,'goal_id',NULL,'1',1,'89aba37dad48c597d11ec72553225280d3afa91c9337cb4cf379663a47ea96b3','e2457c23fba213b699975e8e64f2df7dfc83d51e31e90d9602ed4994912d2a0f');
INSERT INTO "audit_log" VALUES(582,'2026-11-23T10:40:36','demo','insert','observation',1,'date',NULL,'2026-11-03',1,'e2457c23fba213b699975e8e64f2df7dfc83d51e31e90d9602ed4994912d2a0f','43ad188d581cf8e1484a06fb3d1869bfb3137c8b199ac87a58110c6151c6cd3a');
INSERT INTO "audit_log" VALUES(583,'2026-11-23T10:40:36','demo','insert','observation',1,'text',NULL,'Mødte kl. 9 og var i godt humør.',1,'43ad188d581cf8e1484a06fb3d1869bfb3137c8b199ac87a58110c6151c6cd3a','3e71228baa3faaa2e7a057c43997f1975d323d9f78580d33cc320856730f0849');
INSERT INTO "audit_log" VALUES(584,'2026-11-23T10:40:36','demo','insert','observation',1,'observer',NULL,'Fatima Ali',1,'3e71228baa3faaa2e7a057c43997f1975d323d9f78580d33cc320856730f0849','551baeb2421c38cb52377f306f570d74c5e407c1f1aa4e4670664e5efe980241');
INSERT INTO "audit_log" VALUES(585,'2026-11-23T10:40:36','demo','insert','observation',1,'participant_id',NULL,'3',1,'551baeb2421c38cb52377f306f570d74c5e407c1f1aa4e4670664e5efe980241','5009b697c7435e6339fdf707ef98a176596e7a1b3871fe9f9469f5beafef346e');
INSERT INTO "audit_log" VALUES(586,'2026-11-23T10:40:36','demo','insert','observation',1,'shared_with_relatives',NULL,'0',1,'5009b697c7435e6339fdf707ef98a176596e7a1b3871fe9f9469f5beafef346e','9ba7c056c52efaa68dee040489bfe73ce8742f870cbdee46bf0f929f8b03e14d');
INSERT INTO "audit_log" VALUES(587,'2026-11-23T10:40:36','demo','insert','observation',1,'private',NULL,'0',1,'9ba7c056c52efaa68dee040489bfe73ce8742f870cbdee46bf0f929f8b03e14d','a38d2e7975369d9f549f70bfaca666e6ea54c3c0ca9de46fde65b8fce3d1f0ee');
INSERT INTO "audit_log" VALUES(588,'2026-11-23T10:40:36','demo','insert','observation',2,'goal_id',NULL,'1',1,'a38d2e7975369d9f549f70bfaca666e6ea54c3c0ca9de46fde65b8fce3d1f0ee','6accc454dd9444af8398198bec9c7c3a45bd4d401753995e3a85d2ecbe4de429');
INSERT INTO "audit_log" VALUES(589,'2026-11-23T10:40:36','demo','insert','observation',2,'date',NULL,'2026-11-10',1,'6accc454dd9444af8398198bec9c7c3a45bd4d401753995e3a85d2ecbe4de429','dbeea54201644b8e5fc2a4ce99dff3d33385cf04405c8f51bc2f26e9c78ab7e5');
INSERT INTO "audit_log" VALUES(590,'2026-11-23T10:40:36','demo','insert','observation',2,'text',NULL,'Kom 20 minutter for sent, havde sovet dårligt.',1,'dbeea54201644b8e5fc2a4ce99dff3d33385cf04405c8f51bc2f26e9c78ab7e5','5908125fd23745180ad05ee07f28bbf1065e8b20f3e19b4521c62b722ba373ad');
INSERT INTO "audit_log" VALUES(591,'2026-11-23T10:40:36','demo','insert','observation',2,'observer',NULL,'Fatima Ali',1,'5908125fd23745180ad05ee07f28bbf1065e8b20f3e19b4521c62b722ba373ad','37756bc2ff1ab08c30a1540499c334f29a6506487d573c181df0ee4b1c8b7a7a');
INSERT INTO "audit_log" VALUES(592,'2026-11-23T10:40:36','demo','insert','observation',2,'participant_id',NULL,'3',1,'37756bc2ff1ab08c30a1540499c334f29a6506487d573c181df0ee4b1c8b7a7a','ff9301c9d3d4e306fae7095d1f245f539626f6fedd9949f9f3ce459779ea25cc');
INSERT INTO "audit_log" VALUES(593,'2026-11-23T10:40:36','demo','insert','observation',2,'shared_with_relatives',NULL,'0',1,'ff9301c9d3d4e306fae7095d1f245f539626f6fedd9949f9f3ce459779ea25cc','fd14c7fe64ca6a29a3ab6b3941d94ab2da059aaf9e777e8f96f007b6bf8124c1');
INSERT INTO "audit_log" VALUES(594,'2026-11-23T10:40:36','demo','insert','observation',2,'private',NULL,'0',1,'fd14c7fe64ca6a29a3ab6b3941d94ab2da059aaf9e777e8f96f007b6bf8124c1','444814b21a0c8fa9483c41e577c37e3dfaec15cc297d2611b5d3934892467ce3');
INSERT INTO "audit_log" VALUES(595,'2026-11-23T10:40:36','demo','insert','observation',3,'goal_id',NULL,'1',1,'444814b21a0c8fa9483c41e577c37e3dfaec15cc297d2611b5d3934892467ce3','e6129b66680a1ce12ccb1f57555defec496918f87320f9056066cd11fc40d1d5');
INSERT INTO "audit_log" VALUES(596,'2026-11-23T10:40:36','demo','insert','observation',3,'date',NULL,'2026-11-17',1,'e6129b66680a1ce12ccb1f57555defec496918f87320f9056066cd11fc40d1d5','f2179c0199ebbf4ba793e29856a88d7c3cfcf01fc5b4e2f26e8b3adf54a1a979');
INSERT INTO "audit_log" VALUES(597,'2026-11-23T10:40:36','demo','insert','observation',3,'text',NULL,'Mødte til tiden begge dage og hjalp en kunde selv.',1,'f2179c0199ebbf4ba793e29856a88d7c3cfcf01fc5b4e2f26e8b3adf54a1a979','0a05d293648f098a409ab4b552ba82d9ebe066954a2ad5e83b53baaaae63cba6');
INSERT INTO "audit_log" VALUES(598,'2026-11-23T10:40:36','demo','insert','observation',3,'observer',NULL,'Fatima Ali',1,'0a05d293648f098a409ab4b552ba82d9ebe066954a2ad5e83b53baaaae63cba6','dc7be8db713c0ce4777671f2c2b8a10a11f55ef4e91a9e5cc79641d4991c2dff');
INSERT INTO "audit_log" VALUES(599,'2026-11-23T10:40:36','demo','insert','observation',3,'participant_id',NULL,'3',1,'dc7be8db713c0ce4777671f2c2b8a10a11f55ef4e91a9e5cc79641d4991c2dff','dc888762f418ad70aa8fac65f0ffd9d5cce2640b02cae06fadc05a70fe9bf46c');
INSERT INTO "audit_log" VALUES(600,'2026-11-23T10:40:36','demo','insert','observation',3,'shared_with_relatives',NULL,'0',1,'dc888762f418ad70aa8fac65f0ffd9d5cce2640b02cae06fadc05a70fe9bf46c','4330cce65aaf772163cf50fb041ca747fde415fbdbce658b79a6df7a35c21df5');
INSERT INTO "audit_log" VALUES(601,'2026-11-23T10:40:36','demo','insert','observation',3,'private',NULL,'0',1,'4330cce65aaf772163cf50fb041ca747fde415fbdbce658b79a6df7a35c21df5','75124cb6678fb59a9eee6911664f6c8aa755c5543245d88bf66d58153bd5d0c2');
INSERT INTO "audit_log" VALUES(602,'2026-11-23T10:40:36','demo','update','meeting',2,'status','open','closed',1,'75124cb6678fb59a9eee6911664f6c8aa755c5543245d88bf66d58153bd5d0c2','9fb16971e0155deae9974a9b8c2c019777ca94eb1402ad20777db8c229d226c0');
INSERT INTO "audit_log" VALUES(603,'2026-11-23T10:40:36','demo','update','meeting',2,'next_meeting_date',NULL,'2026-12-03',1,'9fb16971e0155deae9974a9b8c2c019777ca94eb1402ad20777db8c229d226c0','fd5b678d6c585e0140086cd1a417febe33088408458b8e0b092558bb0d6c049c');
INSERT INTO "audit_log" VALUES(604,'2026-11-23T10:40:36','demo','update','meeting',2,'closed_at',NULL,'2026-11-23T10:40:36',1,'fd5b678d6c585e0140086cd1a417febe33088408458b8e0b092558bb0d6c049c','cdffb2d7d5ed7c0ffa23309f0f5686a225bc0d3e4b9954fe9727ef61c97d6767');
INSERT INTO "audit_log" VALUES(605,'2026-11-23T10:40:36','demo','insert','meeting',3,'plan_id',NULL,'1',1,'cdffb2d7d5ed7c0ffa23309f0f5686a225bc0d3e4b9954fe9727ef61c97d6767','6c9814aa8c9fc75e9f9f8705232edb2962309139cffdab4a03be2bb9799eebe0');
INSERT INTO "audit_log" VALUES(606,'2026-11-23T10:40:36','demo','insert','meeting',3,'kind',NULL,'day_service',1,'6c9814aa8c9fc75e9f9f8705232edb2962309139cffdab4a03be2bb9799eebe0','cb24e9435d43c57a5968b3e17cdc987a4817823f1a98b833999a1998fcb17370');
INSERT INTO "audit_log" VALUES(607,'2026-11-23T10:40:36','demo','insert','meeting',3,'date',NULL,'2026-12-03',1,'cb24e9435d43c57a5968b3e17cdc987a4817823f1a98b833999a1998fcb17370','6a6370dacabe26916b06b94d073ad5013597c10bcbafcf7360f888b09c532147');
INSERT INTO "audit_log" VALUES(608,'2026-11-23T10:40:36','demo','insert','meeting',3,'time',NULL,'10:00',1,'6a6370dacabe26916b06b94d073ad5013597c10bcbafcf7360f888b09c532147','82a67f898629b65379c54d62c3067c66553f092270045653ebe8ee74e5270152');
INSERT INTO "audit_log" VALUES(609,'2026-11-23T10:40:36','demo','insert','meeting',3,'place',NULL,'Værestedet Kilden',1,'82a67f898629b65379c54d62c3067c66553f092270045653ebe8ee74e5270152','d635706b80e857a89e371b862e2241cfe7cdf6c796c26f0c6d2a0fef8d3889ab');
INSERT INTO "audit_log" VALUES(610,'2026-11-23T10:40:36','demo','insert','meeting',3,'status',NULL,'planned',1,'d635706b80e857a89e371b862e2241cfe7cdf6c796c26f0c6d2a0fef8d3889ab','da1f936ab2a9b8066382d41dbc41194f89efe03db64aa09f439b72fa22f2f5c0');
INSERT INTO "audit_log" VALUES(611,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'meeting_id',NULL,'3',1,'da1f936ab2a9b8066382d41dbc41194f89efe03db64aa09f439b72fa22f2f5c0','e0db8b0bd53426d3d6f2aea70f1d5108ad93d50ef7a549c174e3934834ab005c');
INSERT INTO "audit_log" VALUES(612,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'position',NULL,'0',1,'e0db8b0bd53426d3d6f2aea70f1d5108ad93d50ef7a549c174e3934834ab005c','9715ada2b7d8e2d35b0d2f699561a3a6f974d9935aa4fc4ede7f1ea783639551');
INSERT INTO "audit_log" VALUES(613,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'title',NULL,'SMTTE for hvert mål',1,'9715ada2b7d8e2d35b0d2f699561a3a6f974d9935aa4fc4ede7f1ea783639551','7e71afcf1adc56ce050ff16e4017ab022ab6542436c15311ba6ba1d8066ba280');
INSERT INTO "audit_log" VALUES(614,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'part',NULL,'smtte',1,'7e71afcf1adc56ce050ff16e4017ab022ab6542436c15311ba6ba1d8066ba280','a134ff2f5ccb46e948386304a2542d8bdc4918baf6bfb10fa1d0c4651dd5ba66');
INSERT INTO "audit_log" VALUES(615,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'done',NULL,'0',1,'a134ff2f5ccb46e948386304a2542d8bdc4918baf6bfb10fa1d0c4651dd5ba66','99b590116336becac8b55b56f58f71b90652432b86da09fc57c7a83625b38a1b');
INSERT INTO "audit_log" VALUES(616,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'shared_with_relatives',NULL,'0',1,'99b590116336becac8b55b56f58f71b90652432b86da09fc57c7a83625b38a1b','4ae7c97f364e4b7034aee06c1653591de9509e03d1b1f8679ad5f034f89ec565');
INSERT INTO "audit_log" VALUES(617,'2026-11-23T10:40:36','demo','insert','agenda_item',14,'private',NULL,'0',1,'4ae7c97f364e4b7034aee06c1653591de9509e03d1b1f8679ad5f034f89ec565','88ac4c93bb4c4a84d811f144ee52371358ade7a6a059893c41eb79971bbfd543');
INSERT INTO "audit_log" VALUES(618,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'meeting_id',NULL,'3',1,'88ac4c93bb4c4a84d811f144ee52371358ade7a6a059893c41eb79971bbfd543','a7b55c91b1777b6b67a7c448876ff5cd9c0a38a4aa7e060d57e019499f862c0b');
INSERT INTO "audit_log" VALUES(619,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'position',NULL,'1',1,'a7b55c91b1777b6b67a7c448876ff5cd9c0a38a4aa7e060d57e019499f862c0b','c263caae78b89fdc99e8ce1de7038a942bdeaa5cc022024cc39d4c567e2cc3bf');
INSERT INTO "audit_log" VALUES(620,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'title',NULL,'Tegn observeret siden sidst',1,'c263caae78b89fdc99e8ce1de7038a942bdeaa5cc022024cc39d4c567e2cc3bf','c95c67ddf2aa5425ff28b0571096a8b28fddde14188e4b09de250bc1e41f280c');
INSERT INTO "audit_log" VALUES(621,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'part',NULL,'observations',1,'c95c67ddf2aa5425ff28b0571096a8b28fddde14188e4b09de250bc1e41f280c','840d5c56a1b9f74ad381665584cbb37a604e722977fe8a52f54c912d91070d93');
INSERT INTO "audit_log" VALUES(622,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'done',NULL,'0',1,'840d5c56a1b9f74ad381665584cbb37a604e722977fe8a52f54c912d91070d93','b30c5ce58aaaeb9d0fedf09cdb00ab074dfb2f14c59276904540dd444a437800');
INSERT INTO "audit_log" VALUES(623,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'shared_with_relatives',NULL,'0',1,'b30c5ce58aaaeb9d0fedf09cdb00ab074dfb2f14c59276904540dd444a437800','5ecc19cd5e63013533618e850911ed37500c138168698ddd2083e1422a690508');
INSERT INTO "audit_log" VALUES(624,'2026-11-23T10:40:36','demo','insert','agenda_item',15,'private',NULL,'0',1,'5ecc19cd5e63013533618e850911ed37500c138168698ddd2083e1422a690508','794de3be3d7a08c6f19cccc6854637a29ecbf95b8e1b7842d61ce5be18ce6def');
INSERT INTO "audit_log" VALUES(625,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'meeting_id',NULL,'3',1,'794de3be3d7a08c6f19cccc6854637a29ecbf95b8e1b7842d61ce5be18ce6def','729b661f9ae9119ea13d43ff71aff6f431055d41891e2eb123ca1694bd8ea560');
INSERT INTO "audit_log" VALUES(626,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'position',NULL,'2',1,'729b661f9ae9119ea13d43ff71aff6f431055d41891e2eb123ca1694bd8ea560','4c164b67d080593d1d6fd55b386d05db9b5ca19ca4ee06dfd8c3aba748052a6f');
INSERT INTO "audit_log" VALUES(627,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'title',NULL,'Afprøvning af ny praksis (PDSA)',1,'4c164b67d080593d1d6fd55b386d05db9b5ca19ca4ee06dfd8c3aba748052a6f','150a93ff6822ecaef3c4d0b3d4514bdf80fbca720ea911779245f104e57990e5');
INSERT INTO "audit_log" VALUES(628,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'part',NULL,'pdsa',1,'150a93ff6822ecaef3c4d0b3d4514bdf80fbca720ea911779245f104e57990e5','b94f849921943f4abc1650b5fcedf11bc591eaf3eadf2efa3ecbd90ccb7fb3d2');
INSERT INTO "audit_log" VALUES(629,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'done',NULL,'0',1,'b94f849921943f4abc1650b5fcedf11bc591eaf3eadf2efa3ecbd90ccb7fb3d2','f1dadb2fc5b93979d668b64baa17ebcb40ce26aa2dfda396967f2dbd01ab076c');
INSERT INTO "audit_log" VALUES(630,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'shared_with_relatives',NULL,'0',1,'f1dadb2fc5b93979d668b64baa17ebcb40ce26aa2dfda396967f2dbd01ab076c','ef9941c21e2ecf0ddcf539c180b661833a20a32c215d6195f531f4af42d42f83');
INSERT INTO "audit_log" VALUES(631,'2026-11-23T10:40:36','demo','insert','agenda_item',16,'private',NULL,'0',1,'ef9941c21e2ecf0ddcf539c180b661833a20a32c215d6195f531f4af42d42f83','61d5c2aa3af1c862c81691d5c9d2a18fcf3e9826e0e378d73f18c0f266ce35b5');
INSERT INTO "audit_log" VALUES(632,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'meeting_id',NULL,'3',1,'61d5c2aa3af1c862c81691d5c9d2a18fcf3e9826e0e378d73f18c0f266ce35b5','85406da83d70519af084a82cf74cd45641a60ec96def4c9dac58a3d73e8c8836');
INSERT INTO "audit_log" VALUES(633,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'position',NULL,'3',1,'85406da83d70519af084a82cf74cd45641a60ec96def4c9dac58a3d73e8c8836','40f38d952238ecef2525836ffb8673b2c9227e5b2d65c581c3f3eb511bd2d7d3');
INSERT INTO "audit_log" VALUES(634,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'title',NULL,'Opfølgning på aftaler siden sidst',1,'40f38d952238ecef2525836ffb8673b2c9227e5b2d65c581c3f3eb511bd2d7d3','d2fbb9bcfab5a729e061992b100aee0c02fcd8ac3b16cbe3a03f97c86d9678df');
INSERT INTO "audit_log" VALUES(635,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'part',NULL,'review',1,'d2fbb9bcfab5a729e061992b100aee0c02fcd8ac3b16cbe3a03f97c86d9678df','1d4e48af84eb6706d6a9534aede2ed1bea407554aa2745b309aa937414d2ef75');
INSERT INTO "audit_log" VALUES(636,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'done',NULL,'0',1,'1d4e48af84eb6706d6a9534aede2ed1bea407554aa2745b309aa937414d2ef75','a4e0221bcd38d3165905c5e0bac4807bd4faa854c60b2101e481980058c72cd2');
INSERT INTO "audit_log" VALUES(637,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'shared_with_relatives',NULL,'0',1,'a4e0221bcd38d3165905c5e0bac4807bd4faa854c60b2101e481980058c72cd2','b3908f90112cfa8e9156ce0d7aa9a4a1debf1e1ed0ea8f03279f37d776aae44d');
INSERT INTO "audit_log" VALUES(638,'2026-11-23T10:40:36','demo','insert','agenda_item',17,'private',NULL,'0',1,'b3908f90112cfa8e9156ce0d7aa9a4a1debf1e1ed0ea8f03279f37d776aae44d','468ec20c48a817ce957c57ad8bf2c3cdfc68032b85a4e7d3dbd2bb71214072fb');
INSERT INTO "audit_log" VALUES(639,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'meeting_id',NULL,'3',1,'468ec20c48a817ce957c57ad8bf2c3cdfc68032b85a4e7d3dbd2bb71214072fb','f743fee21ec07e5330c35ab14cf781587401ba1abbd7e3c25522e35dd0867ef8');
INSERT INTO "audit_log" VALUES(640,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'position',NULL,'4',1,'f743fee21ec07e5330c35ab14cf781587401ba1abbd7e3c25522e35dd0867ef8','f992ca7d95b2996ccb91c6176e4b755e4586cca3864672dadbdd2ed35f1a5bdd');
INSERT INTO "audit_log" VALUES(641,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'title',NULL,'Nye aftaler',1,'f992ca7d95b2996ccb91c6176e4b755e4586cca3864672dadbdd2ed35f1a5bdd','4e112a8a866bd86b4da82e337d4ccf12ce727e73a2fac921c1334655576570b6');
INSERT INTO "audit_log" VALUES(642,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'part',NULL,'agreements',1,'4e112a8a866bd86b4da82e337d4ccf12ce727e73a2fac921c1334655576570b6','fb39947418d82e30412eee536753ddad9725263a330ac8c57c71f77c9508c72a');
INSERT INTO "audit_log" VALUES(643,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'done',NULL,'0',1,'fb39947418d82e30412eee536753ddad9725263a330ac8c57c71f77c9508c72a','cd56b90d335bf099492ca39050c748e7e30e99ed8a4ee7b7372e4328bffbe4e4');
INSERT INTO "audit_log" VALUES(644,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'shared_with_relatives',NULL,'0',1,'cd56b90d335bf099492ca39050c748e7e30e99ed8a4ee7b7372e4328bffbe4e4','848eeabf86ef46215d46c74341bca294a8d21876097b2be7996c16fd32054902');
INSERT INTO "audit_log" VALUES(645,'2026-11-23T10:40:36','demo','insert','agenda_item',18,'private',NULL,'0',1,'848eeabf86ef46215d46c74341bca294a8d21876097b2be7996c16fd32054902','a84f69dae1771dc4eb5c2800514a0db1b39dfd63f08dd13c137437066cc16318');
INSERT INTO "audit_log" VALUES(646,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'meeting_id',NULL,'3',1,'a84f69dae1771dc4eb5c2800514a0db1b39dfd63f08dd13c137437066cc16318','752c9396c916c76cb44ab8efac02debff23cb80ca42ad5641646a1ab875b11f4');
INSERT INTO "audit_log" VALUES(647,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'position',NULL,'5',1,'752c9396c916c76cb44ab8efac02debff23cb80ca42ad5641646a1ab875b11f4','0cd5d988d9da6fc084e4fcd8d8022b21f7f742a5b0487c045c9db3caf8a061df');
INSERT INTO "audit_log" VALUES(648,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'title',NULL,'Næste møde',1,'0cd5d988d9da6fc084e4fcd8d8022b21f7f742a5b0487c045c9db3caf8a061df','4d567a18189a6186d1eb89a6529e019b5d1d89679ef215db0e1591f7cb8b6f8f');
INSERT INTO "audit_log" VALUES(649,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'part',NULL,'next',1,'4d567a18189a6186d1eb89a6529e019b5d1d89679ef215db0e1591f7cb8b6f8f','fc84cd096c6b65ab995f55b4fa1d4b3c1ac610b002daa6108e273972cd12520e');
INSERT INTO "audit_log" VALUES(650,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'done',NULL,'0',1,'fc84cd096c6b65ab995f55b4fa1d4b3c1ac610b002daa6108e273972cd12520e','39dc07cf278ea41904f4cb7b74381164c8f60e561338bc926743b2d01dc63b19');
INSERT INTO "audit_log" VALUES(651,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'shared_with_relatives',NULL,'0',1,'39dc07cf278ea41904f4cb7b74381164c8f60e561338bc926743b2d01dc63b19','1c6bd92d485fa1a57e7e8fb9d7f11b1d58af4da904058ee392681f3d8ffdc337');
INSERT INTO "audit_log" VALUES(652,'2026-11-23T10:40:36','demo','insert','agenda_item',19,'private',NULL,'0',1,'1c6bd92d485fa1a57e7e8fb9d7f11b1d58af4da904058ee392681f3d8ffdc337','826afcbdd47487edeac54a76d4c75dd337a039db06d47349ec32e5c2c1f0d43a');
INSERT INTO "audit_log" VALUES(653,'2026-11-23T10:40:36','demo','insert','meeting_participant',10,'meeting_id',NULL,'3',1,'826afcbdd47487edeac54a76d4c75dd337a039db06d47349ec32e5c2c1f0d43a','48cbefb7d891eaa18fc6d5abfe0f6ed251fc4aaf8113c96694d5cd849dfb9395');
INSERT INTO "audit_log" VALUES(654,'2026-11-23T10:40:36','demo','insert','meeting_participant',10,'participant_id',NULL,'1',1,'48cbefb7d891eaa18fc6d5abfe0f6ed251fc4aaf8113c96694d5cd849dfb9395','d4f7e9c80742452bbe36c96db9bb495b1fea2a2f05e4147efe279039b7e7b6e1');
INSERT INTO "audit_log" VALUES(655,'2026-11-23T10:40:36','demo','insert','meeting_participant',11,'meeting_id',NULL,'3',1,'d4f7e9c80742452bbe36c96db9bb495b1fea2a2f05e4147efe279039b7e7b6e1','413dc3971242c6038b7695bd939dee44be92effb3b069e3e07b086b3be221a08');
INSERT INTO "audit_log" VALUES(656,'2026-11-23T10:40:36','demo','insert','meeting_participant',11,'participant_id',NULL,'3',1,'413dc3971242c6038b7695bd939dee44be92effb3b069e3e07b086b3be221a08','9ff19e9d2f9fd3d03f84bee6dcd9838eee19a2fcb02bf1cef164b01471da7484');
CREATE TABLE "citizen" (
   "id" INTEGER PRIMARY KEY NOT NULL,
   "name" TEXT,
   "values" TEXT,
   "strengths" TEXT,
   "mentor_needed" INTEGER,
   "mentor_role" TEXT,
   "created_at" TEXT
);
INSERT INTO "citizen" VALUES(1,'Nanna Kildegaard','Familien og min søster. At være noget for andre. Naturen og min hund, Bamse.','Jeg holder orden, er hjælpsom og kommer til tiden, når jeg har sovet. Jeg er god med dyr og ældre mennesker.',1,'Mentoren følger Nanna de første 8 uger i praktikken: planlægger ugen med hende hver mandag og er kontakt til arbejdspladsen.','2026-11-23T10:40:36');
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
INSERT INTO "goal_revision" VALUES(1,2,'Jeg vil forbedre mit helbred.','Bedre søvn gør, at jeg kan møde om morgenen.','2026-11-23T10:40:36','Gjort SMART på netværksmødet: hvad, hvor ofte og hvorfor.');
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
INSERT INTO "meeting" VALUES(1,1,'network','2026-09-24','10:00','Jobcenter Nordby, mødelokale 2','closed','2026-10-29',NULL,'2026-11-23T10:40:36');
INSERT INTO "meeting" VALUES(2,1,'citizen','2026-10-29','13:30','Værestedet Kilden','closed','2026-12-03',NULL,'2026-11-23T10:40:36');
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
INSERT INTO "note" VALUES(1,1,2,NULL,'Nanna fortalte stolt om sin første uge i butikken.','2026-11-23T10:40:36',1,0);
INSERT INTO "note" VALUES(2,1,2,NULL,'Nanna har haft svære nætter; lægen er orienteret.','2026-11-23T10:40:36',0,1);
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
CREATE INDEX "idx_frozen_minutes_meeting_id"
    ON "frozen_minutes" ("meeting_id");
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
