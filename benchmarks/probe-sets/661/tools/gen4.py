from lib import F, P, inh, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Kinh tế hợp tác và PTNT

Cơ giới hóa đồng bộ - chìa khóa cho Đề án 1 triệu ha lúa chất lượng cao

Ngày đăng: 14/08/2024 | Lượt xem: 2.087

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, đến hết năm 2023 cả nước có khoảng 790.000 máy kéo, hơn 25.000 máy gặt đập liên hợp, gần 3.200 máy cấy và trên 8.000 thiết bị bay không người lái sử dụng trong nông nghiệp. Mức trang bị động lực bình quân đạt 3,1 HP/ha canh tác, tăng 0,3 HP/ha so với năm 2020.

Tỷ lệ cơ giới hóa trong sản xuất lúa ở khâu làm đất, tưới tiêu đạt 95-100%; chăm sóc, phun thuốc 75%; thu hoạch 95%. Khâu sấy và khâu gieo trồng lần lượt đạt 60% và 65%, là hai khâu còn yếu nhất. Riêng tại Kiên Giang, tỷ lệ cơ giới hóa khâu thu hoạch lúa đạt 99,5%, xếp thứ nhất cả nước.

Nhờ sử dụng máy gặt đập liên hợp và máy sấy, tổn thất sau thu hoạch lúa hiện chỉ còn 5-6%, so với mức 10-12% cách đây 10 năm. Tổng dư nợ cho vay theo Nghị định 55/2015/NĐ-CP phục vụ mua máy nông nghiệp đến 30/6/2024 đạt 12.450 tỷ đồng, chiếm 0,4% tổng dư nợ tín dụng nông nghiệp, nông thôn.

Theo Chiến lược phát triển cơ giới hóa nông nghiệp, phấn đấu đến năm 2025 tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa của cả nước đạt trên 70% và đến năm 2030 đạt trên 80%; mức trang bị động lực đạt 4 HP/ha vào năm 2030.

Thứ trưởng Trần Thanh Nam cho biết, trong quý III/2024 Bộ dự kiến tổ chức 3 hội nghị trình diễn máy móc tại Cần Thơ, Đồng Tháp và Sóc Trăng, thu hút khoảng 1.500 đại biểu và 60 doanh nghiệp tham gia.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

ASOF = P("đến hết năm 2023", None, "2023-12-31")
Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("Đề án 1 triệu ha", "1", 1000000, "measure", "ha", "lúa chất lượng cao", optional=True),
    F("khoảng 790.000 máy kéo", "790.000", 790000, "count", "máy kéo", "máy kéo", ASOF, approx="about"),
    F("hơn 25.000 máy", "25.000", 25000, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", ASOF, approx="over"),
    F("gần 3.200 máy", "3.200", 3200, "count", "máy cấy", "máy cấy", ASOF, approx="nearly"),
    F("trên 8.000 thiết bị", "8.000", 8000, "count", "thiết bị bay", "thiết bị bay không người lái sử dụng trong nông nghiệp",
      ASOF, approx="over"),
    F("đạt 3,1 HP/ha", "3,1", 3.1, "measure", "HP/ha", "mức trang bị động lực bình quân", inh(ASOF),
      change=CH("increase", 0.3, "HP/ha", "năm 2020")),
    F("đạt 95-100%", "95", 95, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu làm đất, tưới tiêu", value_max=100),
    F("phun thuốc 75%", "75", 75, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu chăm sóc, phun thuốc"),
    F("thu hoạch 95%", "95", 95, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu thu hoạch"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy"),
    F("và 65%", "65", 65, "percent", "%", "tỷ lệ cơ giới hóa khâu gieo trồng"),
    # added after the first scoring (see REPORT.md): anaphoric count of the two stages just named, optional as in shared h05 ("cả 03 khối")
    F("hai khâu", "hai", 2, "count", "khâu", "khâu còn yếu nhất", optional=True),
    F("đạt 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch lúa", location="Kiên Giang"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "tỷ lệ cơ giới hóa khâu thu hoạch lúa", location="Kiên Giang"),
    F("còn 5-6%", "5", 5, "percent", "%", "tổn thất sau thu hoạch lúa", value_max=6),
    F("mức 10-12%", "10", 10, "percent", "%", "tổn thất sau thu hoạch lúa cách đây 10 năm", value_max=12),
    F("12.450 tỷ", "12.450", 12450000000000, "money", "đồng",
      "tổng dư nợ cho vay phục vụ mua máy nông nghiệp", P("đến 30/6/2024", None, "2024-06-30"), percent=0.4),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa",
      P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("đạt 4 HP/ha", "4", 4, "measure", "HP/ha", "mức trang bị động lực",
      P("vào năm 2030", "2030-01-01", "2030-12-31"), status="target"),
    F("tổ chức 3 hội nghị", "3", 3, "count", "hội nghị", "hội nghị trình diễn máy móc", Q3, status="forecast"),
    F("khoảng 1.500 đại biểu", "1.500", 1500, "count", "đại biểu", "đại biểu tham gia hội nghị trình diễn máy móc", Q3,
      approx="about", status="forecast"),
    F("60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", "doanh nghiệp tham gia hội nghị trình diễn máy móc", Q3,
      status="forecast"),
]

COMMENTS = [
    "Probe 661-4. Ministry site (Bộ NN&PTNT): national machine stock end-2023, mechanisation rates by stage, credit, 2025/2030 targets.",
    "'Ngày đăng: 14/08/2024 | Lượt xem: 2.087' — dateline and counter. National figures: location Việt Nam; Kiên Giang's rate its own place.",
    "'Đề án 1 triệu ha' names the programme: optional. 'xếp thứ nhất cả nước' is a rank (word ordinal, value 1). 'cách đây 10 năm' only locates in time.",
    "'Khâu sấy và khâu gieo trồng lần lượt đạt 60% và 65%': two percent figures. 'từ ... còn 5-6%, so với mức 10-12%': two percent ranges.",
    "12.450 tỷ: 'chiếm 0,4%' is its percent. Doc number 'Nghị định 55/2015/NĐ-CP', 'Số 2 Ngọc Hà' are not figures.",
    "revised: 'là hai khâu còn yếu nhất' added as optional (restates the two stages just listed; cf. h05 'cả 03 khối', '4 vị trí tiếp theo').",
    "'dự kiến tổ chức …, thu hút …' → forecast for the conference figures (provinces hosting them do not make them provincial); 'phấn đấu đến năm 2025 … đến năm 2030' targets; 'vào năm 2030' gives the whole year.",
]

if __name__ == "__main__":
    emit("p661-4", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Việt Nam")
