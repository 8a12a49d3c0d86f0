-- Reference data every installation starts with (SPEC §2): missions, capability types, pledging events and the
-- 2028 gender targets. Administrators maintain events, capability types and targets from here on.

-- ---------------------------------------------------------------- missions (current and closed)

INSERT INTO mission (code, name_en, name_fr, location, started_on, closed_on) VALUES
('MINURSO', 'United Nations Mission for the Referendum in Western Sahara',
    'Mission des Nations Unies pour l''organisation d''un référendum au Sahara occidental', 'Western Sahara', DATE '1991-04-29', NULL),
('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine', 'Central African Republic', DATE '2014-04-10', NULL),
('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    'Mission de l''Organisation des Nations Unies pour la stabilisation en République démocratique du Congo', 'Democratic Republic of the Congo', DATE '2010-07-01', NULL),
('UNDOF', 'United Nations Disengagement Observer Force',
    'Force des Nations Unies chargée d''observer le dégagement', 'Golan', DATE '1974-05-31', NULL),
('UNFICYP', 'United Nations Peacekeeping Force in Cyprus',
    'Force des Nations Unies chargée du maintien de la paix à Chypre', 'Cyprus', DATE '1964-03-04', NULL),
('UNIFIL', 'United Nations Interim Force in Lebanon',
    'Force intérimaire des Nations Unies au Liban', 'Lebanon', DATE '1978-03-19', NULL),
('UNISFA', 'United Nations Interim Security Force for Abyei',
    'Force intérimaire de sécurité des Nations Unies pour Abyei', 'Abyei', DATE '2011-06-27', NULL),
('UNMIK', 'United Nations Interim Administration Mission in Kosovo',
    'Mission d''administration intérimaire des Nations Unies au Kosovo', 'Kosovo', DATE '1999-06-10', NULL),
('UNMISS', 'United Nations Mission in the Republic of South Sudan',
    'Mission des Nations Unies en République du Soudan du Sud', 'South Sudan', DATE '2011-07-08', NULL),
('UNMOGIP', 'United Nations Military Observer Group in India and Pakistan',
    'Groupe d''observateurs militaires des Nations Unies dans l''Inde et le Pakistan', 'India and Pakistan', DATE '1949-01-24', NULL),
('UNTSO', 'United Nations Truce Supervision Organization',
    'Organisme des Nations Unies chargé de la surveillance de la trêve', 'Middle East', DATE '1948-05-29', NULL),
('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali', 'Mali', DATE '2013-04-25', DATE '2023-12-31'),
('UNAMID', 'African Union-United Nations Hybrid Operation in Darfur',
    'Opération hybride Union africaine-Nations Unies au Darfour', 'Darfur', DATE '2007-07-31', DATE '2020-12-31'),
('MINUSTAH', 'United Nations Stabilization Mission in Haiti',
    'Mission des Nations Unies pour la stabilisation en Haïti', 'Haiti', DATE '2004-06-01', DATE '2017-10-15'),
('UNMIL', 'United Nations Mission in Liberia',
    'Mission des Nations Unies au Libéria', 'Liberia', DATE '2003-09-19', DATE '2018-03-30'),
('UNOCI', 'United Nations Operation in Côte d''Ivoire',
    'Opération des Nations Unies en Côte d''Ivoire', 'Côte d''Ivoire', DATE '2004-04-04', DATE '2017-06-30');

-- ---------------------------------------------------------------- capability types (typical sizes are defaults)

INSERT INTO capability_type (code, category, name_en, name_fr, typical_personnel, personnel_kind, sort_order) VALUES
('INFANTRY_BATTALION', 'MILITARY_UNIT', 'Infantry battalion', 'Bataillon d''infanterie', 850, 'CONTINGENT', 10),
('QRF_COMPANY', 'MILITARY_UNIT', 'Quick reaction force company', 'Compagnie de force de réaction rapide', 250, 'CONTINGENT', 20),
('RECONNAISSANCE_COMPANY', 'MILITARY_UNIT', 'Reconnaissance company', 'Compagnie de reconnaissance', 190, 'CONTINGENT', 30),
('SIGNALS_COMPANY', 'MILITARY_UNIT', 'Signals company', 'Compagnie de transmissions', 150, 'CONTINGENT', 40),
('TRANSPORT_COMPANY', 'MILITARY_UNIT', 'Transport company', 'Compagnie de transport', 160, 'CONTINGENT', 50),
('STAFF_OFFICERS', 'MILITARY_UNIT', 'Staff officers', 'Officiers d''état-major', 10, 'STAFF_OFFICER_MILITARY_OBSERVER', 60),
('MILITARY_OBSERVERS', 'MILITARY_UNIT', 'Military observers', 'Observateurs militaires', 10, 'STAFF_OFFICER_MILITARY_OBSERVER', 70),
('FORMED_POLICE_UNIT', 'FORMED_POLICE_UNIT', 'Formed police unit', 'Unité de police constituée', 140, 'FORMED_POLICE_UNIT', 110),
('SPECIALIZED_POLICE_TEAM', 'FORMED_POLICE_UNIT', 'Specialized police team', 'Équipe de police spécialisée', 12, 'FORMED_POLICE_UNIT', 120),
('INDIVIDUAL_POLICE_OFFICERS', 'INDIVIDUAL_POLICE', 'Individual police officers', 'Policiers hors unités constituées', 20, 'INDIVIDUAL_POLICE', 210),
('LEVEL_1_HOSPITAL', 'MEDICAL', 'Level 1 hospital', 'Hôpital de niveau 1', 11, 'CONTINGENT', 310),
('LEVEL_2_HOSPITAL', 'MEDICAL', 'Level 2 hospital', 'Hôpital de niveau 2', 57, 'CONTINGENT', 320),
('LEVEL_3_HOSPITAL', 'MEDICAL', 'Level 3 hospital', 'Hôpital de niveau 3', 90, 'CONTINGENT', 330),
('AEROMEDICAL_EVACUATION_TEAM', 'MEDICAL', 'Aeromedical evacuation team', 'Équipe d''évacuation sanitaire aérienne', 6, 'CONTINGENT', 340),
('EOD_COMPANY', 'C_IED', 'EOD company', 'Compagnie de neutralisation des explosifs et munitions', 110, 'CONTINGENT', 410),
('SEARCH_DETECT_TEAM', 'C_IED', 'Search-and-detect team', 'Équipe de recherche et de détection', 15, 'CONTINGENT', 420),
('ISR_UAS_UNIT', 'TECHNOLOGY', 'ISR/UAS unit', 'Unité de renseignement, surveillance et reconnaissance (drones)', 70, 'CONTINGENT', 510),
('CAMP_SECURITY_TECHNOLOGY', 'TECHNOLOGY', 'Camp security technology', 'Technologie de sécurité des camps', 8, 'CONTINGENT', 520),
('ENGINEER_COMPANY', 'ENGINEERING', 'Engineer company', 'Compagnie du génie', 180, 'CONTINGENT', 610),
('UTILITY_HELICOPTER_UNIT', 'AVIATION', 'Utility helicopter unit', 'Unité d''hélicoptères de transport', 120, 'CONTINGENT', 710),
('ARMED_HELICOPTER_UNIT', 'AVIATION', 'Armed helicopter unit', 'Unité d''hélicoptères armés', 140, 'CONTINGENT', 720),
('CARGO_AIRCRAFT', 'AVIATION', 'Cargo aircraft', 'Avion cargo', 40, 'CONTINGENT', 730),
('TRAINING_COURSE_SEATS', 'TRAINING_CAPACITY_BUILDING', 'Training course seats', 'Places de formation', 0, 'NOT_DEPLOYED', 810),
('MOBILE_TRAINING_TEAM', 'TRAINING_CAPACITY_BUILDING', 'Mobile training team', 'Équipe mobile de formation', 8, 'NOT_DEPLOYED', 820),
('ENGAGEMENT_PLATOON', 'WOMEN_PEACE_SECURITY', 'Engagement platoon', 'Section d''engagement', 30, 'CONTINGENT', 910),
('WOMEN_PROTECTION_ADVISERS', 'WOMEN_PEACE_SECURITY', 'Women''s protection advisers', 'Conseillers pour la protection des femmes', 4, 'STAFF_OFFICER_MILITARY_OBSERVER', 920),
('OTHER_CAPABILITY', 'OTHER', 'Other capability', 'Autre capacité', 0, 'CONTINGENT', 990);

-- ---------------------------------------------------------------- pledging events

INSERT INTO pledging_event (code, event_type, name_en, name_fr, city, start_date, end_date, theme_en, theme_fr,
                            ministerial, pledging_opens, pledging_closes) VALUES
('SEOUL-2021', 'MINISTERIAL', 'United Nations Peacekeeping Ministerial 2021', 'Réunion ministérielle des Nations Unies sur le maintien de la paix 2021',
    'Seoul', DATE '2021-12-07', DATE '2021-12-08',
    'Technology and medical capacity-building, performance and accountability, and protection in peacekeeping',
    'Technologie et renforcement des capacités médicales, performance et responsabilité, et protection dans le maintien de la paix',
    NULL, DATE '2021-06-01', DATE '2021-12-08'),
('ACCRA-2023', 'MINISTERIAL', 'United Nations Peacekeeping Ministerial 2023', 'Réunion ministérielle des Nations Unies sur le maintien de la paix 2023',
    'Accra', DATE '2023-12-05', DATE '2023-12-06',
    'Protection of civilians, strategic communications, safety and security, women, peace and security, and mental health',
    'Protection des civils, communication stratégique, sûreté et sécurité, femmes et paix et sécurité, et santé mentale',
    NULL, DATE '2023-05-01', DATE '2023-12-06'),
('ISLAMABAD-2023', 'PREPARATORY', 'Preparatory meeting on the safety and security of UN peacekeepers', 'Réunion préparatoire sur la sûreté et la sécurité du personnel de maintien de la paix',
    'Islamabad', DATE '2023-08-30', DATE '2023-08-31',
    'Ensuring the Safety and Security of UN Peacekeepers',
    'Assurer la sûreté et la sécurité du personnel de maintien de la paix des Nations Unies',
    'ACCRA-2023', DATE '2023-05-01', DATE '2023-08-31'),
('BERLIN-2025', 'MINISTERIAL', 'United Nations Peacekeeping Ministerial 2025', 'Réunion ministérielle des Nations Unies sur le maintien de la paix 2025',
    'Berlin', DATE '2025-05-13', DATE '2025-05-14',
    'The future of peacekeeping',
    'L''avenir du maintien de la paix',
    NULL, DATE '2024-10-01', DATE '2025-05-14'),
('ISLAMABAD-2025', 'PREPARATORY', 'Preparatory meeting on technology and an integrated approach', 'Réunion préparatoire sur la technologie et l''approche intégrée',
    'Islamabad', DATE '2025-04-15', DATE '2025-04-16',
    'Towards a Safer and More Effective Peacekeeping: Use of Technology and Integrated Approach',
    'Vers un maintien de la paix plus sûr et plus efficace : utilisation de la technologie et approche intégrée',
    'BERLIN-2025', DATE '2024-12-01', DATE '2025-04-16');

INSERT INTO event_host (event_code, member_state, host_role, position) VALUES
('SEOUL-2021', 'KOR', 'HOST', 1),
('ACCRA-2023', 'GHA', 'HOST', 1),
('ISLAMABAD-2023', 'PAK', 'HOST', 1),
('ISLAMABAD-2023', 'JPN', 'CO_HOST', 2),
('BERLIN-2025', 'DEU', 'HOST', 1),
('ISLAMABAD-2025', 'PAK', 'HOST', 1),
('ISLAMABAD-2025', 'KOR', 'CO_HOST', 2);

-- ---------------------------------------------------------------- gender targets for 2028

INSERT INTO gender_target (id, personnel_kind, target_year, target_percent) VALUES
(1, 'CONTINGENT', 2028, 15.00),
(2, 'STAFF_OFFICER_MILITARY_OBSERVER', 2028, 25.00),
(3, 'FORMED_POLICE_UNIT', 2028, 20.00),
(4, 'INDIVIDUAL_POLICE', 2028, 30.00);
