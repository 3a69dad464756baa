from lib import F, per, chg, tgt, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Tin hoạt động > Di sản

Bảo tồn và phát huy giá trị di sản văn hóa: nhiều kết quả nổi bật

Sáng 12/12, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết công tác di sản văn hóa. Theo báo cáo của Cục Di sản văn hóa, tính đến tháng 11/2024, cả nước có hơn 40.000 di tích được kiểm kê, trong đó khoảng 11.500 di tích được xếp hạng cấp tỉnh, 3.621 di tích cấp quốc gia và 135 di tích quốc gia đặc biệt.

Về di sản văn hóa phi vật thể, Bộ đã đưa 589 di sản vào Danh mục di sản văn hóa phi vật thể quốc gia. Việt Nam có 16 di sản được UNESCO ghi danh, gồm 15 di sản thuộc Danh sách di sản văn hóa phi vật thể đại diện của nhân loại và 1 di sản thuộc Danh sách cần bảo vệ khẩn cấp, đứng thứ hai trong khu vực ASEAN về số di sản phi vật thể được ghi danh. Các địa phương có nhiều di sản trong Danh mục quốc gia nhất là Hà Nội (64 di sản), Lào Cai (32 di sản) và Phú Thọ (28 di sản).

Nhà nước đã phong tặng danh hiệu Nghệ nhân nhân dân cho 131 người và Nghệ nhân ưu tú cho 1.750 người qua 3 đợt xét tặng (2015, 2019, 2022). Tuy nhiên, khoảng 30% số nghệ nhân được phong tặng đã trên 80 tuổi, nhiều người đã qua đời.

Giai đoạn 2021-2025, ngân sách trung ương bố trí khoảng 1.240 tỷ đồng cho tu bổ cấp thiết 176 di tích quốc gia đặc biệt và cấp quốc gia, bằng 38,5% nhu cầu của các địa phương. Chương trình mục tiêu quốc gia về phát triển văn hóa giai đoạn 2025-2035 dự kiến có tổng vốn hơn 122 nghìn tỷ đồng, trong đó một phần đáng kể dành cho bảo tồn di sản.

Luật Di sản văn hóa (sửa đổi) được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8, có hiệu lực từ ngày 1/7/2025, gồm 9 chương, 95 điều. Phát biểu tại hội nghị, Thứ trưởng yêu cầu các địa phương hoàn thành số hóa 100% hồ sơ di tích quốc gia đặc biệt trong năm 2025.
"""

P11 = per("tính đến tháng 11/2024", None, "2024-11-30")
P11i = per("tính đến tháng 11/2024", None, "2024-11-30", inh=True)
P2125 = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
P2535 = per("giai đoạn 2025-2035", "2025-01-01", "2035-12-31")
P25 = per("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 40.000 di tích", "40.000", 40000, "count", "di tích", "di tích được kiểm kê", P11, approx="over"),
    F("khoảng 11.500 di tích", "11.500", 11500, "count", "di tích", "di tích được xếp hạng cấp tỉnh", P11, approx="about", total=40000),
    F("3.621 di tích", "3.621", 3621, "count", "di tích", "di tích cấp quốc gia", P11, total=40000),
    F("135 di tích", "135", 135, "count", "di tích", "di tích quốc gia đặc biệt", P11, total=40000),
    F("đưa 589 di sản", "589", 589, "count", "di sản", "di sản trong Danh mục di sản văn hóa phi vật thể quốc gia", P11i),
    F("có 16 di sản", "16", 16, "count", "di sản", "di sản được UNESCO ghi danh", P11i),
    F("gồm 15 di sản", "15", 15, "count", "di sản", "di sản thuộc Danh sách di sản văn hóa phi vật thể đại diện của nhân loại", P11i, total=16),
    F("và 1 di sản", "1", 1, "count", "di sản", "di sản thuộc Danh sách cần bảo vệ khẩn cấp", P11i, total=16),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "số di sản phi vật thể được ghi danh", P11i),
    F("Hà Nội (64 di sản)", "64", 64, "count", "di sản", "di sản trong Danh mục quốc gia", P11i, location="Hà Nội"),
    F("Lào Cai (32 di sản)", "32", 32, "count", "di sản", "di sản trong Danh mục quốc gia", P11i, location="Lào Cai"),
    F("Phú Thọ (28 di sản)", "28", 28, "count", "di sản", "di sản trong Danh mục quốc gia", P11i, location="Phú Thọ"),
    F("cho 131 người", "131", 131, "count", "người", "Nghệ nhân nhân dân được phong tặng"),
    F("cho 1.750 người", "1.750", 1750, "count", "người", "Nghệ nhân ưu tú được phong tặng"),
    F("qua 3 đợt", "3", 3, "count", "đợt", "đợt xét tặng", optional=True),
    F("khoảng 30% số", "30", 30, "percent", "%", "nghệ nhân được phong tặng đã trên 80 tuổi", approx="about"),
    F("trên 80 tuổi", "80", 80, "measure", "tuổi", approx="over", optional=True),
    F("khoảng 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng", "ngân sách trung ương bố trí cho tu bổ cấp thiết di tích", P2125,
      approx="about", percent=38.5),
    F("cấp thiết 176 di tích", "176", 176, "count", "di tích", "di tích quốc gia đặc biệt và cấp quốc gia được tu bổ cấp thiết", P2125),
    F("hơn 122 nghìn tỷ", "122", 122e12, "money", "đồng", "tổng vốn Chương trình mục tiêu quốc gia về phát triển văn hóa", P2535,
      approx="over", status="forecast"),
    F("gồm 9 chương", "9", 9, "count", "chương", "Luật Di sản văn hóa (sửa đổi)", optional=True),
    F("95 điều", "95", 95, "count", "điều", "Luật Di sản văn hóa (sửa đổi)", optional=True),
    F("số hóa 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ di tích quốc gia đặc biệt được số hóa", P25, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL, breadcrumb 'Tin hoạt động > Di sản'), no dateline anywhere: published absent. National figures: location Việt Nam.",
    "Distractors: 'Sáng 12/12' (event day), venue 'tại Hà Nội' (not the place of the figures), 'Quốc hội khóa XV', 'Kỳ họp thứ 8' (not a rank),",
    "'ngày 1/7/2025', years (2015, 2019, 2022) in a bracket, 'giai đoạn 2025-2035'.",
    "'hơn 40.000 di tích …, trong đó khoảng 11.500 …, 3.621 …, 135 …': parts take total 40.000. '16 di sản …, gồm 15 … và 1 …': total 16.",
    "'tính đến tháng 11/2024' ends 2024-11-30 and is inherited by the heritage paragraph. Province list items (Hà Nội, Lào Cai, Phú Thọ) take",
    "the province as location. 'đứng thứ hai trong khu vực ASEAN' rank 2 (location Việt Nam). 'bằng 38,5% nhu cầu' is the percent of 1.240 tỷ.",
    "'dự kiến … hơn 122 nghìn tỷ đồng' = 1,22·10¹⁴ đồng, forecast, over. 'hoàn thành số hóa 100% … trong năm 2025' after 'yêu cầu': a target.",
    "Nghệ nhân counts have no period (the 3 rounds span years). Optional: '3 đợt', 'trên 80 tuổi' (threshold inside the 30%'s defining clause),",
    "'9 chương, 95 điều' (structure of a law).",
]

emit("p282-6", TEXT, COMMENTS, FIGS, location="Việt Nam")
