from lib import F, P, I, CH, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Lâm nghiệp
Ngày đăng: 12/01/2024 | Lượt xem: 2.605

Xuất khẩu gỗ và lâm sản năm 2023 đạt 14,4 tỷ USD

Theo Cục Lâm nghiệp, năm 2023 kim ngạch xuất khẩu gỗ và lâm sản của cả nước đạt 14,4 tỷ USD, giảm 15,9% so với năm 2022, bằng 86% kế hoạch; trong đó sản phẩm gỗ đạt 9,06 tỷ USD, gỗ nguyên liệu (dăm gỗ, viên nén, ván) đạt 4,13 tỷ USD, lâm sản ngoài gỗ đạt 1,21 tỷ USD.

Về thị trường, 5 thị trường chính gồm Hoa Kỳ, Nhật Bản, Trung Quốc, EU và Hàn Quốc chiếm 88,2% tổng kim ngạch. Xuất khẩu sang Hoa Kỳ đạt 7,74 tỷ USD, giảm 19%; Nhật Bản 1,83 tỷ USD; Trung Quốc 1,72 tỷ USD, tăng 2,4%; Hàn Quốc 0,79 tỷ USD; EU 0,62 tỷ USD.

Xuất khẩu viên nén gỗ đạt 4,6 triệu tấn, trị giá 621 triệu USD; dăm gỗ đạt 13,2 triệu tấn, trị giá gần 2,1 tỷ USD. Trung Quốc là thị trường nhập khẩu dăm gỗ lớn nhất, chiếm 57% lượng xuất khẩu.

Về nguyên liệu, cả nước có 4,6 triệu ha rừng trồng; sản lượng gỗ rừng trồng khai thác năm 2023 khoảng 38 triệu m³. Tính đến tháng 12/2023, diện tích rừng được cấp chứng chỉ quản lý rừng bền vững đạt 537.000 ha, trong đó chứng chỉ FSC là 332.000 ha, chứng chỉ PEFC/VFCS là 205.000 ha.

Cả nước hiện có trên 5.700 doanh nghiệp chế biến, xuất khẩu gỗ, trong đó khoảng 1.500 doanh nghiệp FDI. Bình Dương (1.050 doanh nghiệp), Đồng Nai (620 doanh nghiệp) và Bình Định (176 doanh nghiệp) là ba địa phương tập trung nhiều doanh nghiệp nhất.

Năm 2024, Bộ đặt mục tiêu xuất khẩu gỗ và lâm sản đạt 15,5 tỷ USD.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
AS_OF = P("Tính đến tháng 12/2023", None, "2023-12-31")
MK = "kim ngạch xuất khẩu gỗ và lâm sản sang "
DN = "doanh nghiệp chế biến, xuất khẩu gỗ"

FIGS = [
    F("năm 2023 đạt 14,4 tỷ USD\n", "14,4", 14.4e9, "money", "USD", "Xuất khẩu gỗ và lâm sản", Y23),
    F("đạt 14,4 tỷ USD, giảm", "14,4", 14.4e9, "money", "USD", "kim ngạch xuất khẩu gỗ và lâm sản", Y23,
      percent=86, change=CH("decrease", 15.9, baseline="năm 2022")),
    F("đạt 9,06 tỷ USD", "9,06", 9.06e9, "money", "USD", "kim ngạch xuất khẩu sản phẩm gỗ", Y23, total=14.4e9),
    F("đạt 4,13 tỷ USD", "4,13", 4.13e9, "money", "USD", "kim ngạch xuất khẩu gỗ nguyên liệu (dăm gỗ, viên nén, ván)",
      Y23, total=14.4e9),
    F("đạt 1,21 tỷ USD", "1,21", 1.21e9, "money", "USD", "kim ngạch xuất khẩu lâm sản ngoài gỗ", Y23, total=14.4e9),
    F("5 thị trường chính", "5", 5, "count", "thị trường", "thị trường chính", I(Y23), optional=True),
    F("chiếm 88,2%", "88,2", 88.2, "percent", "%",
      "tỷ trọng 5 thị trường chính trong tổng kim ngạch xuất khẩu gỗ và lâm sản", I(Y23)),
    F("đạt 7,74 tỷ USD", "7,74", 7.74e9, "money", "USD", MK + "Hoa Kỳ", I(Y23), change=CH("decrease", 19)),
    F("Nhật Bản 1,83 tỷ USD", "1,83", 1.83e9, "money", "USD", MK + "Nhật Bản", I(Y23)),
    F("Trung Quốc 1,72 tỷ USD", "1,72", 1.72e9, "money", "USD", MK + "Trung Quốc", I(Y23), change=CH("increase", 2.4)),
    F("Hàn Quốc 0,79 tỷ USD", "0,79", 0.79e9, "money", "USD", MK + "Hàn Quốc", I(Y23)),
    F("EU 0,62 tỷ USD", "0,62", 0.62e9, "money", "USD", MK + "EU", I(Y23)),
    F("đạt 4,6 triệu tấn", "4,6", 4.6e6, "measure", "tấn", "xuất khẩu viên nén gỗ", I(Y23)),
    F("trị giá 621 triệu USD", "621", 621e6, "money", "USD", "trị giá xuất khẩu viên nén gỗ", I(Y23)),
    F("đạt 13,2 triệu tấn", "13,2", 13.2e6, "measure", "tấn", "xuất khẩu dăm gỗ", I(Y23)),
    F("gần 2,1 tỷ USD", "2,1", 2.1e9, "money", "USD", "trị giá xuất khẩu dăm gỗ", I(Y23), approx="nearly"),
    F("chiếm 57%", "57", 57, "percent", "%", "tỷ trọng thị trường Trung Quốc trong lượng dăm gỗ xuất khẩu", I(Y23)),
    F("có 4,6 triệu ha", "4,6", 4.6e6, "measure", "ha", "rừng trồng"),
    F("khoảng 38 triệu m³", "38", 38e6, "measure", "m³", "sản lượng gỗ rừng trồng khai thác", Y23, approx="about"),
    F("đạt 537.000 ha", "537.000", 537000, "measure", "ha", "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững",
      AS_OF),
    F("là 332.000 ha", "332.000", 332000, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC", AS_OF, total=537000),
    F("là 205.000 ha", "205.000", 205000, "measure", "ha", "diện tích rừng được cấp chứng chỉ PEFC/VFCS", AS_OF,
      total=537000),
    F("trên 5.700 doanh nghiệp", "5.700", 5700, "count", "doanh nghiệp", DN, approx="over"),
    F("khoảng 1.500 doanh nghiệp", "1.500", 1500, "count", "doanh nghiệp", "doanh nghiệp FDI chế biến, xuất khẩu gỗ",
      approx="about", total=5700),
    F("(1.050 doanh nghiệp)", "1.050", 1050, "count", "doanh nghiệp", DN, location="Bình Dương"),
    F("(620 doanh nghiệp)", "620", 620, "count", "doanh nghiệp", DN, location="Đồng Nai"),
    F("(176 doanh nghiệp)", "176", 176, "count", "doanh nghiệp", DN, location="Bình Định"),
    F("là ba địa phương", "ba", 3, "count", "địa phương", "địa phương tập trung nhiều doanh nghiệp nhất",
      optional=True),
    F("đạt 15,5 tỷ USD", "15,5", 15.5e9, "money", "USD", "xuất khẩu gỗ và lâm sản",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "p588-4 — Bộ NN&PTNT (ministry site, breadcrumb, 'Ngày đăng … | Lượt xem'): xuất khẩu gỗ và lâm sản năm 2023 theo nhóm hàng và thị trường,",
    "viên nén và dăm gỗ, rừng trồng, diện tích chứng chỉ rừng, doanh nghiệp, mục tiêu 2024. National: location Việt Nam.",
    "Parts after 'trong đó' (9,06 + 4,13 + 1,21 = 14,4; FSC + PEFC = 537.000; FDI of 5.700) take the whole as total.",
    "'chiếm 88,2%' is the share of the five markets' turnover, not a share of markets: a percent figure of its own; the count '5 thị trường",
    "chính' and the top-list 'ba địa phương' are optional (as '05 địa phương cao nhất' in shared h18). Market items: subject names the market,",
    "location stays Việt Nam; province items (Bình Dương …) take the province as location and no total (new sentence, no cue, do not add up).",
    "'Giảm 19%' / 'tăng 2,4%' with no baseline: change without baseline. 'bằng 86% kế hoạch' → percent 86.",
]

emit("p588-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
