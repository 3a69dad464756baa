"""p935-4: ministry site (Bộ LĐTBXH), national figures, Ngày đăng | Lượt xem, footer address."""
from lib import F, P, year, months, asof, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội

Cả nước có 104 cơ sở chuyên chăm sóc người cao tuổi
Ngày đăng: 28/09/2023 | Lượt xem: 1.204

Theo Cục Bảo trợ xã hội, tính đến tháng 8/2023, cả nước có 425 cơ sở trợ giúp xã hội, trong đó có 196 cơ sở công lập và 229 cơ sở ngoài công lập. Riêng loại hình chuyên chăm sóc người cao tuổi có 104 cơ sở, tăng 16 cơ sở so với năm 2020, với tổng công suất khoảng 10.500 giường.

Việt Nam hiện có hơn 16,1 triệu người cao tuổi, chiếm 16,5% dân số; trong đó khoảng 2,2 triệu người từ 80 tuổi trở lên. Theo dự báo của Tổng cục Thống kê, đến năm 2036 người cao tuổi sẽ chiếm 20% dân số.

Các cơ sở đang trực tiếp chăm sóc, nuôi dưỡng khoảng 11.800 người cao tuổi. Số người được chăm sóc tập trung mới đáp ứng chưa đến 1% nhu cầu. Các địa phương có nhiều cơ sở chăm sóc người cao tuổi ngoài công lập nhất lần lượt là Hà Nội (24 cơ sở), TP. Hồ Chí Minh (19 cơ sở), Đà Nẵng (7 cơ sở) và Bình Dương (6 cơ sở). Mức phí phổ biến từ 4 đến 15 triệu đồng/người/tháng; một số cơ sở cao cấp có mức phí trên 30 triệu đồng/người/tháng.

Theo Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021-2030 (Quyết định số 1579/QĐ-TTg), mục tiêu đến năm 2025 có 50% cơ sở trợ giúp xã hội có khả năng tiếp nhận người cao tuổi; đến năm 2030 đạt 70%. Năm 2023, Bộ đã hướng dẫn 63/63 tỉnh, thành phố rà soát nhu cầu chăm sóc tập trung; ngân sách trung ương bố trí khoảng 350 tỷ đồng cải tạo, nâng cấp các cơ sở.

Cổng Thông tin điện tử Bộ LĐTBXH - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

AUG = asof("tính đến tháng 8/2023", "2023-08-31")
Y23 = year("Năm 2023", 2023)

FIGS = [
    F("Cả nước có 104 cơ sở", "104", 104, "count", "cơ sở", "cơ sở chuyên chăm sóc người cao tuổi"),
    F("có 425 cơ sở", "425", 425, "count", "cơ sở", "cơ sở trợ giúp xã hội", AUG),
    F("có 196 cơ sở công lập", "196", 196, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", AUG,
      total=425),
    F("229 cơ sở ngoài công lập", "229", 229, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", AUG,
      total=425),
    F("có 104 cơ sở, tăng", "104", 104, "count", "cơ sở", "cơ sở chuyên chăm sóc người cao tuổi", inh(AUG),
      change=chg("increase", 16, "cơ sở", "năm 2020")),
    F("khoảng 10.500 giường", "10.500", 10500, "count", "giường",
      "tổng công suất cơ sở chuyên chăm sóc người cao tuổi", inh(AUG), approx="about"),
    F("hơn 16,1 triệu người", "16,1", 16.1e6, "count", "người cao tuổi", "người cao tuổi", approx="over",
      percent=16.5),
    F("khoảng 2,2 triệu người", "2,2", 2.2e6, "count", "người", "người cao tuổi từ 80 tuổi trở lên",
      approx="about", total=16.1e6),
    F("người từ 80 tuổi trở lên. Theo", "80", 80, "measure", "tuổi", "độ tuổi", approx="at_least",
      optional=True),
    F("chiếm 20% dân số", "20", 20, "percent", "%", "tỷ lệ người cao tuổi trong dân số",
      asof("đến năm 2036", "2036-12-31"), status="forecast"),
    F("khoảng 11.800 người cao tuổi", "11.800", 11800, "count", "người cao tuổi",
      "người cao tuổi được các cơ sở trực tiếp chăm sóc, nuôi dưỡng", approx="about"),
    F("chưa đến 1% nhu cầu", "1", 1, "percent", "%", "nhu cầu chăm sóc tập trung được đáp ứng",
      approx="under"),
    F("Hà Nội (24 cơ sở)", "24", 24, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập",
      location="Hà Nội"),
    F("Hồ Chí Minh (19 cơ sở)", "19", 19, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập",
      location="Hồ Chí Minh"),
    F("Đà Nẵng (7 cơ sở)", "7", 7, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập",
      location="Đà Nẵng"),
    F("Bình Dương (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở chăm sóc người cao tuổi ngoài công lập",
      location="Bình Dương"),
    F("từ 4 đến 15 triệu đồng/người/tháng", "4", 4e6, "money", "đồng/người/tháng",
      "mức phí phổ biến", value_max=15e6),
    F("trên 30 triệu đồng/người/tháng", "30", 30e6, "money", "đồng/người/tháng",
      "mức phí tại một số cơ sở cao cấp", approx="over"),
    F("có 50% cơ sở", "50", 50, "percent", "%", "cơ sở trợ giúp xã hội có khả năng tiếp nhận người cao tuổi",
      asof("đến năm 2025", "2025-12-31"), status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "cơ sở trợ giúp xã hội có khả năng tiếp nhận người cao tuổi",
      asof("đến năm 2030", "2030-12-31"), status="target"),
    F("hướng dẫn 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố được hướng dẫn rà soát nhu cầu chăm sóc tập trung", Y23, total=63),
    F("khoảng 350 tỷ đồng", "350", 350e9, "money", "đồng",
      "ngân sách trung ương bố trí cải tạo, nâng cấp các cơ sở", Y23, approx="about"),
]

NOTES = [
    "Bộ LĐTBXH site, national figures (location Việt Nam); list items Hà Nội ... Bình Dương carry their place.",
    "196 + 229 = 425 after 'trong đó'. 'Riêng loại hình ... có 104 cơ sở' is not a part-of cue: no total.",
    "'đến năm 2036 ... sẽ chiếm 20%' under 'Theo dự báo' = forecast percent figure (no base count in its clause).",
    "'mới đáp ứng chưa đến 1% nhu cầu' in its own sentence = a percent figure (approx under).",
    "Targets 'đến năm 2025 có 50%', 'đến năm 2030 đạt 70%' (the second continues the 'mục tiêu' clause).",
    "Not figures: 'giai đoạn 2021-2030', 'Quyết định số 1579/QĐ-TTg', 'Số 12 Ngô Quyền', 'Lượt xem: 1.204', the dateline.",
    "Headline 104 has no period of its own (the 'tính đến tháng 8/2023' phrase is in the body).",
]

if __name__ == "__main__":
    write("p935-4", TEXT, FIGS, NOTES, published="2023-09-28", location="Việt Nam")
