from lib import F, P, emit
text = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Tin tổng hợp

Năm 2023: 63/63 tỉnh, thành phố duy trì đạt chuẩn phổ cập giáo dục tiểu học
Ngày đăng: 28/02/2024

Ngày 27/02, Bộ GD&ĐT tổ chức hội nghị trực tuyến tổng kết công tác phổ cập giáo dục, xóa mù chữ với 63 điểm cầu. Theo báo cáo, năm 2023 cả nước có 63/63 tỉnh, thành phố duy trì đạt chuẩn phổ cập giáo dục tiểu học, trong đó 38 tỉnh đạt chuẩn mức độ 3; 63/63 tỉnh đạt chuẩn phổ cập giáo dục THCS, trong đó 17 tỉnh đạt mức độ 3. Có 48/63 tỉnh, thành phố đạt chuẩn xóa mù chữ mức độ 2, tăng 4 tỉnh so với năm 2022.

Tỷ lệ người biết chữ theo độ tuổi năm 2023 (%)
Độ tuổi
Mức độ 1
Mức độ 2
15-25
99,33
98,47
15-35
99,05
97,84
15-60
98,26
96,45

So với năm 2020, tỷ lệ biết chữ mức độ 2 của nhóm tuổi 15-60 tăng 1,38 điểm phần trăm. Tuy nhiên, cả nước vẫn còn khoảng 1,1 triệu người trong độ tuổi này chưa biết chữ, tập trung ở vùng trung du và miền núi phía Bắc, Tây Nguyên và đồng bằng sông Cửu Long. Một số địa phương có tỷ lệ biết chữ mức độ 2 thấp là Hà Giang (87,95%), Lai Châu (89,07%), Điện Biên (90,12%) và Sóc Trăng (91,34%).

Theo Quyết định số 1059/QĐ-TTg ngày 14/9/2021, giai đoạn 2021-2025 phấn đấu đến năm 2025 có 70% tỉnh, thành phố đạt chuẩn phổ cập giáo dục THCS mức độ 3 và tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 97%; đến năm 2030 đạt 98%. Năm 2024, kinh phí dự kiến bố trí cho các lớp xóa mù chữ là 152 tỷ đồng, tăng 12% so với năm 2023.

Phát biểu tại hội nghị, Thứ trưởng Phạm Ngọc Thưởng đề nghị các địa phương rà soát số liệu trên hệ thống phần mềm phổ cập giáo dục trước ngày 31/3.
"""
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("Năm 2023: 63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố duy trì đạt chuẩn phổ cập giáo dục tiểu học", total=63, period=Y23),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu hội nghị trực tuyến", optional=True),
    F("có 63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố duy trì đạt chuẩn phổ cập giáo dục tiểu học", total=63, period=Y23),
    F("38 tỉnh", "38", 38, "count", "tỉnh", "tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3", total=63, period=Y23),
    F("; 63/63 tỉnh", "63", 63, "count", "tỉnh", "tỉnh đạt chuẩn phổ cập giáo dục THCS", total=63, period=Y23),
    F("17 tỉnh", "17", 17, "count", "tỉnh", "tỉnh đạt chuẩn phổ cập giáo dục THCS mức độ 3", total=63, period=Y23),
    F("Có 48/63", "48", 48, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt chuẩn xóa mù chữ mức độ 2", total=63,
      change={"direction": "increase", "value": 4, "unit": "tỉnh", "baseline": "năm 2022"}, period=Y23i),
    F("15-25\n", "15", 15, "measure", "tuổi", value_max=25, optional=True),
    F("99,33", "99,33", 99.33, "percent", "%", "tỷ lệ người biết chữ độ tuổi 15-25 mức độ 1", period=Y23i),
    F("98,47", "98,47", 98.47, "percent", "%", "tỷ lệ người biết chữ độ tuổi 15-25 mức độ 2", period=Y23i),
    F("15-35\n", "15", 15, "measure", "tuổi", value_max=35, optional=True),
    F("99,05", "99,05", 99.05, "percent", "%", "tỷ lệ người biết chữ độ tuổi 15-35 mức độ 1", period=Y23i),
    F("97,84", "97,84", 97.84, "percent", "%", "tỷ lệ người biết chữ độ tuổi 15-35 mức độ 2", period=Y23i),
    F("15-60\n", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("98,26", "98,26", 98.26, "percent", "%", "tỷ lệ người biết chữ độ tuổi 15-60 mức độ 1", period=Y23i),
    F("96,45", "96,45", 96.45, "percent", "%", "tỷ lệ người biết chữ độ tuổi 15-60 mức độ 2", period=Y23i),
    F("nhóm tuổi 15-60", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("tăng 1,38 điểm", "1,38", 1.38, "measure", "điểm phần trăm", "tỷ lệ biết chữ mức độ 2 của nhóm tuổi 15-60 tăng so với năm 2020", period=Y23i),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "người", "người trong độ tuổi 15-60 chưa biết chữ", approx="about", period=Y23i),
    F("Hà Giang (87,95%)", "87,95", 87.95, "percent", "%", "tỷ lệ biết chữ mức độ 2", location="Hà Giang", period=Y23i),
    F("Lai Châu (89,07%)", "89,07", 89.07, "percent", "%", "tỷ lệ biết chữ mức độ 2", location="Lai Châu", period=Y23i),
    F("Điện Biên (90,12%)", "90,12", 90.12, "percent", "%", "tỷ lệ biết chữ mức độ 2", location="Điện Biên", period=Y23i),
    F("Sóc Trăng (91,34%)", "91,34", 91.34, "percent", "%", "tỷ lệ biết chữ mức độ 2", location="Sóc Trăng", period=Y23i),
    F("có 70% tỉnh", "70", 70, "percent", "%", "tỉnh, thành phố đạt chuẩn phổ cập giáo dục THCS mức độ 3", status="target", period=T25),
    F("từ 15 đến 60 tuổi", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 97%", "97", 97, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", status="target", period=T25),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", status="target", period=T30),
    F("là 152 tỷ đồng", "152", 152e9, "money", "đồng", "kinh phí bố trí cho các lớp xóa mù chữ", status="forecast",
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "năm 2023"}, period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]
emit("p336-4", text, [
    "Bộ GD&ĐT (ministry site, 'Tin tổng hợp'): tổng kết phổ cập giáo dục, xóa mù chữ năm 2023, national. 'Ngày đăng: 28/02/2024'. Location Việt Nam (cả nước); listed provinces take their own location.",
    "Table written one cell per line, unit from the title '(%)', period from the title 'năm 2023' (a line above, not a column header: inherited). Row labels '15-25', '15-35', '15-60'",
    "are age groups (optional labels, as other age bounds); column headers 'Mức độ 1/2' are level names. Subject = indicator + row + column.",
    "'38 tỉnh', '17 tỉnh' follow 'trong đó' after 63/63 (the whole is the 63 figure before the cue): total 63. '48/63 …, tăng 4 tỉnh so với năm 2022': change in unit tỉnh.",
    "'tăng 1,38 điểm phần trăm' with no level in its sentence is a change that is itself the claim: annotated measure / 'điểm phần trăm' (percentage points, not a %).",
    "'phấn đấu đến năm 2025 …' targets end 2025-12-31 (as in FIGURES.md 'đến năm 2030'); 'kinh phí dự kiến … 152 tỷ đồng, tăng 12%' is a forecast with change.",
    "Distractors: 'Ngày 27/02', '63 điểm cầu' (optional), 'Quyết định số 1059/QĐ-TTg ngày 14/9/2021', 'giai đoạn 2021-2025', 'trước ngày 31/3'.",
], figs, published="2024-02-28", location="Việt Nam")
