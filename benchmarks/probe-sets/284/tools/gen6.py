from lib import F, P, ch, tg, write

text = """
Đắk Lắk: Xổ số kiến thiết đóng góp gần 1.000 tỷ đồng cho ngân sách sau 3 năm
Đăng ngày: 14/02/2024

(Cổng TTĐT tỉnh) - Giai đoạn 2021-2023, Công ty TNHH MTV Xổ số kiến thiết Đắk Lắk đã nộp ngân sách nhà nước gần 1.000 tỷ đồng, bình quân mỗi năm hơn 330 tỷ đồng. Năm 2021, do ảnh hưởng của dịch COVID-19, công ty phải tạm dừng phát hành vé 8 tuần.

Kết quả hoạt động giai đoạn 2021-2023
Đơn vị tính: tỷ đồng
Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Doanh thu
1.126,4
1.542,8
1.718,3
Nộp ngân sách nhà nước
268,5
341,7
386,2
Lợi nhuận sau thuế
42,1
63,9
71,6

Năm 2023, doanh thu của công ty tăng 11,4% so với năm 2022 và gấp hơn 1,5 lần năm 2021, đứng thứ 3 trong 14 công ty xổ số khu vực miền Trung - Tây Nguyên. Tỷ lệ vé ế bình quân năm 2023 chỉ còn 6,2%. Công ty hiện có 58 đại lý tại 15 huyện, thị xã, thành phố trong tỉnh, trong đó TP Buôn Ma Thuột có 21 đại lý; khoảng 3.000 người dân sống bằng nghề bán vé số.

Cũng trong năm 2023, tỉnh phân bổ 395 tỷ đồng từ nguồn thu xổ số kiến thiết để đầu tư 47 công trình trường học, trạm y tế, trong đó có 32 công trình giáo dục.

Giai đoạn 2024-2025, công ty phấn đấu doanh thu tăng bình quân 8-10%/năm, nộp ngân sách mỗi năm trên 400 tỷ đồng. Trụ sở công ty đặt tại số 6 Lê Duẩn, TP Buôn Ma Thuột.
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)}
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

figs = [
    F("đóng góp gần 1.000 tỷ đồng", "1.000", 1000e9, "money", "đồng", "đóng góp cho ngân sách", approx="nearly"),
    F("sau 3 năm", "3", 3, "count", "năm", optional=True),
    F("nước gần 1.000 tỷ đồng", "1.000", 1000e9, "money", "đồng", "nộp ngân sách nhà nước", G, approx="nearly"),
    F("hơn 330 tỷ đồng", "330", 330e9, "money", "đồng", "nộp ngân sách bình quân mỗi năm", G, approx="over"),
    F("vé 8 tuần", "8", 8, "measure", "tuần", "thời gian tạm dừng phát hành vé",
      P("Năm 2021", "2021-01-01", "2021-12-31"), optional=True),
]
rows = [
    ("Doanh thu", [("Doanh thu\n1.126,4", "1.126,4", 1126.4), ("1.126,4\n1.542,8", "1.542,8", 1542.8), ("1.542,8\n1.718,3", "1.718,3", 1718.3)]),
    ("Nộp ngân sách nhà nước", [("nước\n268,5", "268,5", 268.5), ("268,5\n341,7", "341,7", 341.7), ("341,7\n386,2", "386,2", 386.2)]),
    ("Lợi nhuận sau thuế", [("thuế\n42,1", "42,1", 42.1), ("42,1\n63,9", "63,9", 63.9), ("63,9\n71,6", "71,6", 71.6)]),
]
for label, cells in rows:
    for (a, n, v), y in zip(cells, (2021, 2022, 2023)):
        figs.append(F(a, n, v * 1e9, "money", "đồng", f"{label} năm {y}", Y[y]))

figs += [
    F("tăng 11,4%", "11,4", 11.4, "percent", "%", "doanh thu của công ty", Y23),
    F("gấp hơn 1,5 lần", "1,5", 1.5, "multiple", "lần", "doanh thu năm 2023 so với năm 2021", Y23, approx="over"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "doanh thu trong các công ty xổ số khu vực miền Trung - Tây Nguyên", Y23, total=14),
    F("trong 14 công ty", "14", 14, "count", "công ty", "công ty xổ số khu vực miền Trung - Tây Nguyên", optional=True),
    F("còn 6,2%", "6,2", 6.2, "percent", "%", "tỷ lệ vé ế bình quân", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 58 đại lý", "58", 58, "count", "đại lý", "đại lý"),
    F("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có đại lý"),
    F("có 21 đại lý", "21", 21, "count", "đại lý", "đại lý", location="Buôn Ma Thuột", total=58),
    F("khoảng 3.000 người", "3.000", 3000, "count", "người", "người dân sống bằng nghề bán vé số", approx="about"),
    F("phân bổ 395 tỷ đồng", "395", 395e9, "money", "đồng", "vốn từ nguồn thu xổ số kiến thiết phân bổ đầu tư",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đầu tư 47 công trình", "47", 47, "count", "công trình", "công trình trường học, trạm y tế",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("có 32 công trình", "32", 32, "count", "công trình", "công trình giáo dục",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), total=47),
    F("8-10%/năm", "8", 8, "percent", "%", "tăng trưởng doanh thu bình quân", T, value_max=10, status="target"),
    F("trên 400 tỷ đồng", "400", 400e9, "money", "đồng", "nộp ngân sách mỗi năm", T, approx="over", status="target"),
]

header = [
    "Province portal (Đắk Lắk), 'Đăng ngày: 14/02/2024' without time: Xổ số kiến thiết Đắk Lắk 2021-2023, one-cell-per-line table with 'Đơn vị tính: tỷ đồng'.",
    "Table: row label + column header 'Năm 2021/2022/2023' give subject and period (scored, as in h23); every cell is money ×10⁹ đồng.",
    "Headline 'gần 1.000 tỷ đồng' is a figure; 'sau 3 năm' a duration (optional); '8 tuần' of suspension optional (a duration, debatable as a figure).",
    "'tăng 11,4% so với năm 2022' after 'doanh thu của công ty' with no amount: a growth rate standing as the claim (percent, no change).",
    "'gấp hơn 1,5 lần năm 2021' stands as its own claim: multiple, approx over. 'đứng thứ 3 trong 14 công ty' rank with total 14 (as p205's 'thứ ba trong 14 tỉnh').",
    "'trong đó TP Buôn Ma Thuột có 21 đại lý' total 58, location Buôn Ma Thuột; '32 công trình giáo dục' total 47. '8-10%/năm' range target.",
    "Distractors: COVID-19, 'số 6 Lê Duẩn', 'Giai đoạn 2021-2023' in the table caption, years in column headers.",
]
write(6, text, figs, header, published="2024-02-14", location="Đắk Lắk")
