from lib import F, P, I, CH, TG, emit

TEXT = """UBND XÃ CẨM THANH - THÀNH PHỐ HỘI AN
Trang chủ » Tin tức » Kinh tế - Du lịch
Đăng ngày: 22/11/2023 | 14:05

Cẩm Thanh: 10 tháng đón hơn 1,6 triệu lượt khách tham quan rừng dừa Bảy Mẫu

10 tháng năm 2023, khu du lịch sinh thái cộng đồng rừng dừa Bảy Mẫu đón 1.635.000 lượt khách, gấp 2,1 lần cùng kỳ năm 2022, trong đó khách quốc tế chiếm 72,5%. Thu từ bán vé tham quan đạt 16,35 tỷ đồng, vượt 9% kế hoạch năm.

Toàn xã hiện có 256 hộ tham gia kinh doanh dịch vụ du lịch, chiếm 18% tổng số hộ, gồm 96 homestay, 120 hộ chèo thuyền thúng và 40 hộ kinh doanh ăn uống. Tổ hợp tác chèo thuyền thúng thôn Thanh Tam có 430 lao động, thu nhập bình quân từ 8 đến 12 triệu đồng/người/tháng.

Năm 2023, xã phối hợp Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình thành phố tổ chức 4 lớp tập huấn ngoại ngữ, kỹ năng hướng dẫn cho 180 người dân. Sản phẩm "Trải nghiệm thuyền thúng rừng dừa Bảy Mẫu" được công nhận OCOP 4 sao, là 1 trong 3 sản phẩm du lịch OCOP của thành phố.

Theo Kế hoạch số 215/KH-UBND ngày 06/11/2023, năm 2024 xã phấn đấu đón 1,8 triệu lượt khách, thu từ bán vé đạt 18 tỷ đồng; 100% hộ làm homestay phân loại rác tại nguồn.

Liên hệ: Thôn Thanh Nhứt, xã Cẩm Thanh, TP Hội An. ĐT: 0235.3861.204
"""

M10h = P("10 tháng", "2023-01-01", "2023-10-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,6 triệu", "1,6", 1600000, "count", "lượt khách", "lượt khách tham quan rừng dừa Bảy Mẫu", M10h,
      approx="over"),
    F("đón 1.635.000 lượt", "1.635.000", 1635000, "count", "lượt khách",
      "lượt khách khu du lịch sinh thái cộng đồng rừng dừa Bảy Mẫu đón", M10,
      change=CH("increase", 2.1, "lần", "cùng kỳ năm 2022")),
    F("chiếm 72,5%", "72,5", 72.5, "percent", "%", "khách quốc tế", M10),
    F("đạt 16,35 tỷ", "16,35", 16350000000, "money", "đồng", "thu từ bán vé tham quan", I(M10),
      change=CH("increase", 9, "%", "kế hoạch năm")),
    F("có 256 hộ", "256", 256, "count", "hộ", "hộ tham gia kinh doanh dịch vụ du lịch", percent=18),
    F("gồm 96 homestay", "96", 96, "count", "homestay", "homestay", total=256),
    F("120 hộ", "120", 120, "count", "hộ", "hộ chèo thuyền thúng", total=256),
    F("40 hộ", "40", 40, "count", "hộ", "hộ kinh doanh ăn uống", total=256),
    F("có 430 lao động", "430", 430, "count", "lao động", "lao động Tổ hợp tác chèo thuyền thúng thôn Thanh Tam"),
    F("từ 8 đến 12 triệu", "8", 8000000, "money", "đồng/người/tháng",
      "thu nhập bình quân lao động chèo thuyền thúng", value_max=12000000),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp tập huấn ngoại ngữ, kỹ năng hướng dẫn", Y23),
    F("cho 180 người", "180", 180, "count", "người dân", "người dân được tập huấn ngoại ngữ, kỹ năng hướng dẫn", Y23),
    F("là 1 trong 3", "1", 1, "count", "sản phẩm", "sản phẩm du lịch OCOP của thành phố", total=3, optional=True),
    F("trong 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm du lịch OCOP của thành phố"),
    F("đón 1,8 triệu", "1,8", 1800000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 18 tỷ", "18", 18000000000, "money", "đồng", "thu từ bán vé", Y24, status="target"),
    F("100% hộ", "100", 100, "percent", "%", "hộ làm homestay phân loại rác tại nguồn", Y24, status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Cẩm Thanh, TP Hội An): breadcrumb, 'Đăng ngày: 22/11/2023 | 14:05'. Location is the city 'Hội An' (a commune is",
    "not a province/city/district). 10-month visitors to the Bảy Mẫu coconut forest with 'gấp 2,1 lần cùng kỳ' as change (lần), foreign share",
    "as its own percent figure (other subject), ticket revenue 'vượt 9% kế hoạch năm' as change with that baseline, households with share and",
    "parts after 'gồm' (96+120+40 = 256), co-op workers and income range, training, OCOP ('1 trong 3': 3 is a count, 1 optional with total 3),",
    "2024 targets with 'phấn đấu' carried through the clauses after ','/';'. Headline '10 tháng' takes 2023 from the dateline.",
    "Distractors: 'OCOP 4 sao', 'Kế hoạch số 215/KH-UBND ngày 06/11/2023', '0235.3861.204', 'Thôn Thanh Nhứt', dateline and time.",
]

emit("p653-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Hội An")
