"""p859-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt), national hoa, cây cảnh."""
from lib import F, P, C, write

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
D25 = P("đến năm 2025", None, "2025-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích hoa, cây cảnh"

text = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Trồng trọt
Trang chủ » Tin tức » Hoạt động chuyên ngành
Ngày đăng: 05/12/2024 | Lượt xem: 1.127

Phát triển ngành hoa, cây cảnh theo hướng hàng hóa, xuất khẩu

Theo số liệu của Cục Trồng trọt, năm 2023 diện tích hoa, cây cảnh cả nước đạt khoảng 45.200 ha, tăng 2,3% so với năm 2022; giá trị sản xuất đạt khoảng 27.500 tỷ đồng. Trong đó, diện tích cây cảnh, bonsai và cây công trình chiếm khoảng 38%.

Các địa phương có diện tích lớn lần lượt là Lâm Đồng (gần 10.500 ha), Hà Nội (khoảng 5.800 ha), Hưng Yên (2.100 ha), Đồng Tháp (1.050 ha) và Bến Tre (980 ha). Riêng làng nghề Cái Mơn, huyện Chợ Lách (Bến Tre) mỗi năm cung ứng ra thị trường trên 50 triệu cây giống, cây kiểng các loại.

Về thị trường, kim ngạch xuất khẩu hoa, cây cảnh năm 2023 đạt 92,4 triệu USD, tăng 11,6% so với năm 2022; 10 tháng năm 2024 ước đạt 84,7 triệu USD, tăng 8,1% so với cùng kỳ. Các thị trường chính là Nhật Bản, Trung Quốc, Hàn Quốc, Hà Lan; riêng Nhật Bản chiếm 41,5% kim ngạch.

Theo Đề án phát triển ngành hoa, cây cảnh giai đoạn 2021-2030 ban hành kèm Quyết định số 2161/QĐ-BNN-TT, đến năm 2025 cả nước phấn đấu đạt 50.000 ha hoa, cây cảnh, kim ngạch xuất khẩu 150 triệu USD; đến năm 2030 đạt 55.000-60.000 ha, kim ngạch xuất khẩu khoảng 200 triệu USD.

Hiện cả nước có 48 làng nghề hoa, cây cảnh được công nhận, nhiều nhất là Hà Nội với 11 làng nghề. Ngày 20/11/2024, Cục Trồng trọt phối hợp với Hội Sinh vật cảnh Việt Nam tổ chức hội thảo lần thứ 3 về phát triển cây cảnh xuất khẩu.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3823.4651
"""

figs = [
    F("khoảng 45.200 ha", "45.200", 45200, "measure", "ha", AREA, approx="about",
      change=C("increase", 2.3, "%", "năm 2022"), period=Y23),
    F("khoảng 27.500 tỷ đồng", "27.500", 27500000000000, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", approx="about", period=Y23),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", "diện tích cây cảnh, bonsai và cây công trình trong diện tích hoa, cây cảnh",
      approx="about", period=Y23i),
    F("gần 10.500 ha", "10.500", 10500, "measure", "ha", AREA, approx="nearly", location="Lâm Đồng", period=Y23i),
    F("khoảng 5.800 ha", "5.800", 5800, "measure", "ha", AREA, approx="about", location="Hà Nội", period=Y23i),
    F("(2.100 ha)", "2.100", 2100, "measure", "ha", AREA, location="Hưng Yên", period=Y23i),
    F("(1.050 ha)", "1.050", 1050, "measure", "ha", AREA, location="Đồng Tháp", period=Y23i),
    F("(980 ha)", "980", 980, "measure", "ha", AREA, location="Bến Tre", period=Y23i),
    F("trên 50 triệu cây giống", "50", 50000000, "count", "cây giống", "cây giống, cây kiểng làng nghề Cái Mơn cung ứng ra thị trường mỗi năm",
      approx="over", location="Chợ Lách"),
    F("đạt 92,4 triệu USD", "92,4", 92400000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh",
      change=C("increase", 11.6, "%", "năm 2022"), period=Y23),
    F("ước đạt 84,7 triệu USD", "84,7", 84700000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh",
      change=C("increase", 8.1, "%", "cùng kỳ"), status="estimate", period=M10),
    F("chiếm 41,5%", "41,5", 41.5, "percent", "%", "kim ngạch xuất khẩu hoa, cây cảnh sang Nhật Bản"),
    F("đạt 50.000 ha", "50.000", 50000, "measure", "ha", AREA, status="target", period=D25),
    F("xuất khẩu 150 triệu USD", "150", 150000000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh", status="target", period=D25),
    F("đạt 55.000-60.000 ha", "55.000", 55000, "measure", "ha", AREA, value_max=60000, status="target", period=D30),
    F("khoảng 200 triệu USD", "200", 200000000, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh", approx="about",
      status="target", period=D30),
    F("có 48 làng nghề", "48", 48, "count", "làng nghề", "làng nghề hoa, cây cảnh được công nhận"),
    F("với 11 làng nghề", "11", 11, "count", "làng nghề", "làng nghề hoa, cây cảnh được công nhận", location="Hà Nội"),
]

write("p859-4", text, figs, published="2024-12-05", location="Việt Nam", notes=[
    "Bộ NN&PTNT, Cục Trồng trọt: hoa, cây cảnh cả nước (2023, 10 tháng 2024), targets of the ngành hoa, cây cảnh project.",
    "List 'lần lượt là Lâm Đồng (...), Hà Nội (...)' shares the indicator diện tích hoa, cây cảnh; provinces are locations; period inherited.",
    "Trade partners (Nhật Bản ...) are not places of a figure: 41,5% stays Việt Nam; the sentence has no period (none in gold).",
    "'11 làng nghề' of Hà Nội is not a part after a part-of cue ('nhiều nhất là'): no total.",
    "Distractors: giai đoạn 2021-2030, Quyết định số 2161/QĐ-BNN-TT, Ngày 20/11/2024, hội thảo lần thứ 3, Số 2 Ngọc Hà, 024.3823.4651, Lượt xem 1.127.",
])
