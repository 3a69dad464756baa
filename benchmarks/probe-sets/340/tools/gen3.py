from lib import F, P, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC CHĂN NUÔI

Ngành ong 9 tháng năm 2024: Sản lượng tăng, xuất khẩu còn nhiều thách thức
Ngày đăng: 25/10/2024

Theo Cục Chăn nuôi, tính đến tháng 9/2024 cả nước có khoảng 1,52 triệu đàn ong do trên 32.000 hộ nuôi; ong ngoại chiếm 88,5% tổng đàn. Sản lượng mật ong 9 tháng ước đạt 48.600 tấn, tăng 4,2% so với cùng kỳ năm 2023. Các địa phương có tổng đàn lớn gồm Đắk Lắk (khoảng 410.000 đàn), Bình Phước (235.000 đàn), Đồng Nai (190.000 đàn) và Gia Lai (152.000 đàn). Giá trị sản xuất ngành ong năm 2023 ước khoảng 1,2 nghìn tỷ đồng.

Xuất khẩu mật ong 9 tháng đạt 36.200 tấn, giảm 12,7% so với cùng kỳ; kim ngạch đạt 98,6 triệu USD, tăng 3,1%. Giá xuất khẩu bình quân đạt 2.724 USD/tấn, tăng 18,2% so với cùng kỳ. Hoa Kỳ vẫn là thị trường chính, chiếm 86,4% lượng xuất khẩu; tiếp đến là EU (5,8%), Nhật Bản (2,9%) và Hàn Quốc (1,7%).

Hiện mật ong Việt Nam vào Hoa Kỳ vẫn chịu thuế chống bán phá giá từ 58,74% đến 61,27%. Cục Chăn nuôi đề nghị các doanh nghiệp đa dạng hóa thị trường, tuân thủ Thông tư số 23/2019/TT-BNNPTNT hướng dẫn Luật Chăn nuôi về hoạt động chăn nuôi và Nghị định số 13/2020/NĐ-CP.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, đến năm 2030 tổng đàn ong cả nước đạt 2 triệu đàn, sản lượng mật 80.000 tấn/năm, trong đó 30% sản lượng được chứng nhận hữu cơ hoặc VietGAHP.

Đường dây nóng: 024.3734.5443 | Trang 1/2
"""

ASOF = P("tính đến tháng 9/2024", None, "2024-09-30")
ASOF_I = P("tính đến tháng 9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
# revised: in the export paragraph the nearest earlier period is "năm 2023" (FIGURES.md rule for a phrase without a year)
M9X = P("9 tháng", "2023-01-01", "2023-09-30")
M9I = P("9 tháng", "2023-01-01", "2023-09-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    F("khoảng 1,52 triệu đàn", "1,52", 1520000, "count", "đàn ong", "đàn ong", approx="about", period=ASOF),
    F("trên 32.000 hộ", "32.000", 32000, "count", "hộ", "hộ nuôi ong", approx="over", period=ASOF),
    F("chiếm 88,5% tổng đàn", "88,5", 88.5, "percent", "%", "tỷ trọng ong ngoại trong tổng đàn", period=ASOF),
    F("ước đạt 48.600 tấn", "48.600", 48600, "measure", "tấn", "sản lượng mật ong", status="estimate",
      change=C("increase", 4.2, "%", "cùng kỳ năm 2023"), period=M9),
    F("Đắk Lắk (khoảng 410.000 đàn)", "410.000", 410000, "count", "đàn", "tổng đàn", approx="about",
      period=ASOF_I, location="Đắk Lắk"),
    F("Bình Phước (235.000 đàn)", "235.000", 235000, "count", "đàn", "tổng đàn", period=ASOF_I, location="Bình Phước"),
    F("Đồng Nai (190.000 đàn)", "190.000", 190000, "count", "đàn", "tổng đàn", period=ASOF_I, location="Đồng Nai"),
    F("Gia Lai (152.000 đàn)", "152.000", 152000, "count", "đàn", "tổng đàn", period=ASOF_I, location="Gia Lai"),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng", "giá trị sản xuất ngành ong", approx="about",
      status="estimate", period=Y23),
    F("đạt 36.200 tấn", "36.200", 36200, "measure", "tấn", "xuất khẩu mật ong",
      change=C("decrease", 12.7, "%", "cùng kỳ"), period=M9X),
    F("đạt 98,6 triệu USD", "98,6", 98600000, "money", "USD", "kim ngạch xuất khẩu mật ong",
      change=C("increase", 3.1, "%"), period=M9X),
    F("đạt 2.724 USD/tấn", "2.724", 2724, "money", "USD/tấn", "giá xuất khẩu bình quân",
      change=C("increase", 18.2, "%", "cùng kỳ"), period=M9I),
    F("chiếm 86,4% lượng", "86,4", 86.4, "percent", "%", "tỷ trọng lượng xuất khẩu sang thị trường Hoa Kỳ", period=M9I),
    F("EU (5,8%)", "5,8", 5.8, "percent", "%", "tỷ trọng lượng xuất khẩu", period=M9I),
    F("Nhật Bản (2,9%)", "2,9", 2.9, "percent", "%", "tỷ trọng lượng xuất khẩu", period=M9I),
    F("Hàn Quốc (1,7%)", "1,7", 1.7, "percent", "%", "tỷ trọng lượng xuất khẩu", period=M9I),
    F("từ 58,74% đến 61,27%", "58,74", 58.74, "percent", "%", "thuế chống bán phá giá mật ong Việt Nam vào Hoa Kỳ",
      value_max=61.27),
    F("đạt 2 triệu đàn", "2", 2000000, "count", "đàn", "tổng đàn ong cả nước", status="target", period=T30),
    F("80.000 tấn/năm", "80.000", 80000, "measure", "tấn/năm", "sản lượng mật", status="target", period=T30),
    F("trong đó 30% sản lượng", "30", 30, "percent", "%", "sản lượng được chứng nhận hữu cơ hoặc VietGAHP",
      status="target", period=T30),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Chăn nuôi): national beekeeping and honey exports, 9 months of 2024. 'Ngày đăng: dd/mm/yyyy' without time. Default location Việt Nam.",
    "'tính đến tháng 9/2024' is as-of (end 2024-09-30). '9 tháng' without a year takes 2024 from the earlier 'tháng 9/2024'.",
    "Province list after 'Các địa phương có tổng đàn lớn gồm': each item's location is the province; no whole figure precedes 'gồm', so no total.",
    "Export partners (Hoa Kỳ, EU, Nhật Bản, Hàn Quốc) are not places of the figures: location Việt Nam; each bracketed share is a figure with the list's indicator.",
    "'kim ngạch đạt 98,6 triệu USD, tăng 3,1%' change without baseline. '1,2 nghìn tỷ đồng' = 1.2e12 (ước khoảng: about + estimate).",
    "'đến năm 2030 ... đạt' makes 2 triệu đàn, 80.000 tấn/năm and 30% targets; '30%' after 'trong đó' is a percent with no whole (percent figure).",
    "revised: the export paragraph's '9 tháng' (no year) takes 2023 by FIGURES.md's rule (nearest earlier period is 'năm 2023' of the 1,2 nghìn tỷ sentence), though the writer meant 2024.",
    "Distractors: 'Thông tư số 23/2019/TT-BNNPTNT', 'Nghị định số 13/2020/NĐ-CP', 'giai đoạn 2021-2030' (strategy name), hotline 024.3734.5443, page furniture 'Trang 1/2'.",
]

emit("p340-3", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Việt Nam")
