from lib import F, P, I, CH, T, emit

TEXT = """Kinh tế | Cập nhật lúc 10:15, 22/03/2024

Quảng Ngãi: Ngành dăm gỗ tìm hướng chế biến sâu

(Baoquangngai.vn) - Năm 2023, các nhà máy dăm gỗ trên địa bàn tỉnh sản xuất 1,62 triệu tấn dăm, giảm 12,4% so với năm 2022; xuất khẩu qua cảng Dung Quất hơn 1,5 triệu tấn, trị giá khoảng 228 triệu USD. Quý I/2024, lượng dăm gỗ xuất khẩu phục hồi, đạt 436.000 tấn, tăng 18% so với cùng kỳ.

Toàn tỉnh có 23 nhà máy chế biến dăm gỗ, tập trung ở các huyện Bình Sơn (8 nhà máy), Sơn Tịnh (5 nhà máy), Nghĩa Hành (6 nhà máy) và Tư Nghĩa (4 nhà máy).

Theo Sở Nông nghiệp và PTNT, diện tích rừng trồng toàn tỉnh khoảng 268.000 ha, mỗi năm khai thác từ 18.000 đến 20.000 ha, cho sản lượng gỗ khoảng 2,2 triệu m³. Tuy nhiên, gỗ keo chủ yếu khai thác ở tuổi 4-5 năm; diện tích rừng trồng gỗ lớn mới đạt 12.650 ha, chiếm 4,7% diện tích rừng trồng.

Đến cuối năm 2023, diện tích rừng được cấp chứng chỉ FSC toàn tỉnh đạt 46.800 ha, trong đó Công ty TNHH MTV Lâm nghiệp Ba Tơ có 11.200 ha. Gỗ keo FSC bán cho nhà máy dăm đạt 1,35 triệu đồng/tấn, cao hơn 150.000 đồng/tấn so với gỗ thường.

Theo kế hoạch, đến năm 2030 tỉnh có 50.000 ha rừng trồng gỗ lớn; tỷ lệ gỗ rừng trồng đưa vào chế biến sâu đạt trên 60%.

PHẠM ANH
Tòa soạn: 126 Hùng Vương, TP Quảng Ngãi - ĐT: 0255.3822.502
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
AS_OF = P("Đến cuối năm 2023", None, "2023-12-31")
TGT = P("đến năm 2030", None, "2030-12-31")
NM = "nhà máy chế biến dăm gỗ"

FIGS = [
    F("sản xuất 1,62 triệu tấn", "1,62", 1.62e6, "measure", "tấn", "dăm gỗ các nhà máy sản xuất", Y23,
      change=CH("decrease", 12.4, baseline="năm 2022")),
    F("hơn 1,5 triệu tấn", "1,5", 1.5e6, "measure", "tấn", "dăm gỗ xuất khẩu qua cảng Dung Quất", Y23, approx="over"),
    F("khoảng 228 triệu USD", "228", 228e6, "money", "USD", "trị giá dăm gỗ xuất khẩu", Y23, approx="about"),
    F("đạt 436.000 tấn", "436.000", 436000, "measure", "tấn", "lượng dăm gỗ xuất khẩu",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), change=CH("increase", 18, baseline="cùng kỳ")),
    F("có 23 nhà máy", "23", 23, "count", "nhà máy", NM),
    F("(8 nhà máy)", "8", 8, "count", "nhà máy", NM, total=23, location="Bình Sơn"),
    F("(5 nhà máy)", "5", 5, "count", "nhà máy", NM, total=23, location="Sơn Tịnh"),
    F("(6 nhà máy)", "6", 6, "count", "nhà máy", NM, total=23, location="Nghĩa Hành"),
    F("(4 nhà máy)", "4", 4, "count", "nhà máy", NM, total=23, location="Tư Nghĩa"),
    F("khoảng 268.000 ha", "268.000", 268000, "measure", "ha", "diện tích rừng trồng", approx="about"),
    F("từ 18.000 đến 20.000 ha", "18.000", 18000, "measure", "ha", "diện tích rừng trồng khai thác mỗi năm",
      value_max=20000),
    F("khoảng 2,2 triệu m³", "2,2", 2.2e6, "measure", "m³", "sản lượng gỗ rừng trồng khai thác mỗi năm",
      approx="about"),
    F("tuổi 4-5 năm", "4", 4, "measure", "năm", "tuổi khai thác gỗ keo", value_max=5, optional=True),
    F("đạt 12.650 ha", "12.650", 12650, "measure", "ha", "diện tích rừng trồng gỗ lớn", percent=4.7),
    F("đạt 46.800 ha", "46.800", 46800, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC", AS_OF),
    F("có 11.200 ha", "11.200", 11200, "measure", "ha",
      "diện tích rừng được cấp chứng chỉ FSC của Công ty TNHH MTV Lâm nghiệp Ba Tơ", AS_OF, total=46800),
    F("đạt 1,35 triệu đồng/tấn", "1,35", 1.35e6, "money", "đồng/tấn", "giá gỗ keo FSC bán cho nhà máy dăm",
      change=CH("increase", 150000, "đồng/tấn", baseline="gỗ thường")),
    F("có 50.000 ha", "50.000", 50000, "measure", "ha", "rừng trồng gỗ lớn", TGT, status="target"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ gỗ rừng trồng đưa vào chế biến sâu", TGT, approx="over",
      status="target"),
]

COMMENTS = [
    "p588-8 — Báo Quảng Ngãi (provincial newspaper: section + 'Cập nhật lúc 10:15, 22/03/2024', '(Baoquangngai.vn) -' tag, byline at the",
    "end): dăm gỗ sản xuất/xuất khẩu 2023 và quý I/2024, nhà máy theo huyện, rừng trồng, gỗ lớn, FSC, giá gỗ FSC, kế hoạch 2030.",
    "District items '(8 nhà máy) … (4 nhà máy)' add up to the 23 nhà máy of the same sentence (bracketed breakdown right after the whole)",
    "→ total 23, location the district. 'mỗi năm' is no period. 'tuổi 4-5 năm' (harvest age) is optional.",
    "'cao hơn 150.000 đồng/tấn so với gỗ thường' → change of the 1,35 triệu đồng/tấn price. Not figures: cảng Dung Quất, company name, the newsroom address and phone.",
]

emit("p588-8", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Quảng Ngãi")
