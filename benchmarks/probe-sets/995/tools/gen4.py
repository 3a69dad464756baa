"""p995-4: Bộ NN&PTNT (ministry site) — national supply of Tết flowers, Tết Quý Mão 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt

Nguồn cung hoa, cây cảnh dịp Tết Quý Mão dồi dào
Ngày đăng: 10/01/2023 | Lượt xem: 1.204

Theo Cục Trồng trọt, năm 2022 diện tích hoa, cây cảnh cả nước đạt khoảng 44.000 ha, tăng gần 2.000 ha so với năm 2021; giá trị sản xuất ước đạt 32.000 tỷ đồng. Hoa, cây cảnh hiện được trồng ở 45/63 tỉnh, thành phố. Các địa phương có diện tích lớn nhất lần lượt là Lâm Đồng (9.800 ha), Hà Nội (6.200 ha) và Hưng Yên (3.100 ha).

Riêng vụ Tết Quý Mão, các địa phương dự kiến cung ứng khoảng 215 triệu chậu, cành hoa các loại, tăng khoảng 5% so với vụ Tết năm trước; trong đó hoa cúc chiếm khoảng 40%, hoa lan chiếm 12%. Riêng Hà Nội dự kiến cung ứng khoảng 1,2 triệu cành, gốc đào và hơn 850.000 chậu quất. Giá đào cành tại chợ hoa Quảng An (Hà Nội) phổ biến ở mức 300.000-1,5 triệu đồng/cành.

Năm 2022, kim ngạch xuất khẩu hoa, cây cảnh đạt 78 triệu USD, tăng 11,4% so với năm 2021, gấp 1,6 lần năm 2018. Thị trường chính là Nhật Bản, Trung Quốc và Hàn Quốc.

Theo Đề án phát triển ngành hoa, cây cảnh (ban hành kèm Quyết định số 1725/QĐ-BNN-TT ngày 29/4/2022), đến năm 2030 cả nước phấn đấu đạt 50.000 ha hoa, cây cảnh, giá trị sản xuất bình quân 1,2 tỷ đồng/ha/năm và kim ngạch xuất khẩu 200 triệu USD.

Cục Trồng trọt đề nghị các địa phương theo dõi sát diễn biến thời tiết, hướng dẫn nông dân điều chỉnh thời điểm ra hoa đúng dịp Tết, tránh ra hoa sớm trước ngày 23 tháng Chạp.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("Năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
HN = "Hà Nội"

FIGS = [
    F("khoảng 44.000 ha", "44.000", 44000, "measure", "ha", "diện tích hoa, cây cảnh", Y22, approx="about",
      change=C("increase", 2000, "ha", baseline="năm 2021", approx="nearly")),
    F("ước đạt 32.000 tỷ đồng", "32.000", 32000e9, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", Y22,
      status="estimate"),
    F("45/63 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng hoa, cây cảnh", total=63),
    F("(9.800 ha)", "9.800", 9800, "measure", "ha", "diện tích hoa, cây cảnh", I(Y22), location="Lâm Đồng"),
    F("(6.200 ha)", "6.200", 6200, "measure", "ha", "diện tích hoa, cây cảnh", I(Y22), location=HN),
    F("(3.100 ha)", "3.100", 3100, "measure", "ha", "diện tích hoa, cây cảnh", I(Y22), location="Hưng Yên"),
    F("khoảng 215 triệu chậu", "215", 215e6, "count", "chậu, cành", "chậu, cành hoa cung ứng dịp Tết",
      approx="about", status="forecast", change=C("increase", 5, baseline="vụ Tết năm trước", approx="about")),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "tỷ lệ hoa cúc trong nguồn cung", approx="about",
      status="forecast"),
    F("chiếm 12%", "12", 12, "percent", "%", "tỷ lệ hoa lan trong nguồn cung", status="forecast"),
    F("khoảng 1,2 triệu cành", "1,2", 1.2e6, "count", "cành, gốc", "cành, gốc đào cung ứng", approx="about",
      status="forecast", location=HN),
    F("hơn 850.000 chậu", "850.000", 850000, "count", "chậu", "chậu quất cung ứng", approx="over",
      status="forecast", location=HN),
    F("300.000-1,5 triệu đồng/cành", "300.000", 300000, "money", "đồng/cành", "giá đào cành tại chợ hoa Quảng An",
      value_max=1.5e6, location=HN),
    F("đạt 78 triệu USD", "78", 78e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh", Y22b,
      change=C("increase", 11.4, baseline="năm 2021")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "kim ngạch xuất khẩu hoa, cây cảnh so với năm 2018",
      optional=True),
    F("đạt 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích hoa, cây cảnh", T30, status="target"),
    F("bình quân 1,2 tỷ đồng/ha/năm", "1,2", 1.2e9, "money", "đồng/ha/năm",
      "giá trị sản xuất bình quân hoa, cây cảnh", T30, status="target"),
    F("xuất khẩu 200 triệu USD", "200", 200e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh", T30,
      status="target"),
]

COMMENTS = [
    "p995-4 — Bộ NN&PTNT site ('Ngày đăng: 10/01/2023 | Lượt xem: 1.204'): national supply of Tết flowers, Tết Quý Mão. Location Việt Nam.",
    "Ranking list 'lần lượt là Lâm Đồng (9.800 ha) …' does not add up to a whole and has no part cue: no total; provinces → location;",
    "period năm 2022 inherited from the first sentence. 45/63 tỉnh → total 63 (a count of provinces is national).",
    "'tăng gần 2.000 ha so với năm 2021' → change in ha. 'trong đó hoa cúc chiếm khoảng 40%' is a share of its own (percent figure),",
    "forecast because it continues the 'dự kiến' clause. 'gấp 1,6 lần năm 2018' is a second change of 78 triệu USD → optional figure.",
    "Distractors: Lượt xem 1.204, Quyết định số 1725/QĐ-BNN-TT ngày 29/4/2022, '23 tháng Chạp', Số 2 Ngọc Hà, phone 024.3845.9670.",
]

write("p995-4", TEXT, FIGS, COMMENTS, published="2023-01-10", location="Việt Nam")
