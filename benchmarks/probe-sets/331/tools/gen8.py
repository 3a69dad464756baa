from lib import F, P, emit

TEXT = """Quỹ BV&PTR Thừa Thiên Huế: Năm 2024 ước thu 101,3 tỷ đồng tiền DVMTR
Ngày đăng 05/12/2024 15:20 | Lượt xem: 1.047

Ngày 4/12, Hội đồng quản lý Quỹ Bảo vệ và Phát triển rừng tỉnh Thừa Thiên Huế họp đánh giá kết quả hoạt động năm 2024. Kết quả thực hiện các chỉ tiêu chính như sau:

Bảng 1. Kết quả thực hiện một số chỉ tiêu năm 2024
Đơn vị tính: triệu đồng

TT

Chỉ tiêu

Kế hoạch năm 2024

Ước thực hiện năm 2024

Tỷ lệ so với kế hoạch (%)

1

Thu tiền DVMTR

96.500

101.340

105,0

2

Chi trả cho chủ rừng

84.200

88.650

105,3

3

Chi trả tiền ERPA cho chủ rừng

35.800

31.020

86,6

4

Kinh phí quản lý Quỹ

6.750

7.090

105,0

Diện tích rừng được chi trả DVMTR năm 2024 là 198.640 ha, tăng 2,4% so với năm trước; tiền DVMTR được chi trả cho 312 cộng đồng dân cư thôn và 4.860 hộ gia đình, đơn giá bình quân 452.000 đồng/ha, cao nhất là lưu vực hồ Tả Trạch với 780.000 đồng/ha. Riêng nguồn ERPA, tỉnh được phân bổ 6,3 triệu USD (khoảng 150 tỷ đồng) cho kết quả giảm phát thải giai đoạn 2018-2019; đến nay đã giải ngân 118,6 tỷ đồng, đạt 79%. Các huyện nhận nhiều là A Lưới 42,5 tỷ đồng, Nam Đông 21,7 tỷ đồng, Phong Điền 18,3 tỷ đồng.

Năm 2025, Quỹ đặt mục tiêu thu từ 100 đến 105 tỷ đồng tiền DVMTR.

Quỹ BV&PTR tỉnh Thừa Thiên Huế, 18 Lê Lợi, TP Huế
"""

PL = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ES = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
RT = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
rows = [
    ("Thu tiền DVMTR", "96.500", 96500, "101.340", 101340, "105,0", 105.0),
    ("Chi trả cho chủ rừng", "84.200", 84200, "88.650", 88650, "105,3", 105.3),
    ("Chi trả tiền ERPA cho chủ rừng", "35.800", 35800, "31.020", 31020, "86,6", 86.6),
    ("Kinh phí quản lý Quỹ", "6.750", 6750, "7.090", 7090, "105,0", 105.0),
]
FIGS = [
    F("ước thu 101,3 tỷ đồng", "101,3", 101.3e9, "money", "đồng", "tiền DVMTR thu", P("Năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
]
for label, k, kv, e, ev, r, rv in rows:
    FIGS.append(F(f"{label}\n\n{k}\n", k, kv * 1e6, "money", "đồng", f"{label} kế hoạch năm 2024", PL, status="target", _mult=1e6))
    FIGS.append(F(f"{k}\n\n{e}\n", e, ev * 1e6, "money", "đồng", f"{label} ước thực hiện năm 2024", ES, status="estimate", _mult=1e6))
    FIGS.append(F(f"{e}\n\n{r}\n", r, rv, "percent", "%", f"{label} tỷ lệ so với kế hoạch", RT))

FIGS += [
    F("là 198.640 ha", "198.640", 198640, "measure", "ha", "diện tích rừng được chi trả DVMTR", P("năm 2024", "2024-01-01", "2024-12-31"),
      change={"direction": "increase", "value": 2.4, "unit": "%", "baseline": "năm trước"}),
    F("cho 312 cộng đồng", "312", 312, "count", "cộng đồng dân cư thôn", "cộng đồng dân cư thôn được chi trả DVMTR", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("4.860 hộ gia đình", "4.860", 4860, "count", "hộ gia đình", "hộ gia đình được chi trả DVMTR", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("bình quân 452.000 đồng/ha", "452.000", 452000, "money", "đồng/ha", "đơn giá chi trả DVMTR bình quân", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("với 780.000 đồng/ha", "780.000", 780000, "money", "đồng/ha", "đơn giá chi trả DVMTR cao nhất (lưu vực hồ Tả Trạch)", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("phân bổ 6,3 triệu USD", "6,3", 6.3e6, "money", "USD", "tiền ERPA tỉnh được phân bổ cho kết quả giảm phát thải",
      P("giai đoạn 2018-2019", "2018-01-01", "2019-12-31")),
    F("(khoảng 150 tỷ đồng)", "150", 150e9, "money", "đồng", "tiền ERPA tỉnh được phân bổ (quy đổi)",
      P("giai đoạn 2018-2019", "2018-01-01", "2019-12-31"), approx="about"),
    F("giải ngân 118,6 tỷ đồng", "118,6", 118.6e9, "money", "đồng", "tiền ERPA đã giải ngân",
      P("đến nay", None, "2024-12-05"), percent=79),
    F("A Lưới 42,5 tỷ đồng", "42,5", 42.5e9, "money", "đồng", "tiền ERPA các huyện nhận", location="A Lưới"),
    F("Nam Đông 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "tiền ERPA các huyện nhận", location="Nam Đông"),
    F("Phong Điền 18,3 tỷ đồng", "18,3", 18.3e9, "money", "đồng", "tiền ERPA các huyện nhận", location="Phong Điền"),
    F("từ 100 đến 105 tỷ đồng", "100", 100e9, "money", "đồng", "tiền DVMTR thu", P("Năm 2025", "2025-01-01", "2025-12-31"),
      value_max=105e9, status="target", _mult=1e9),
]

COMMENTS = [
    "Fund site (Quỹ BV&PTR tỉnh Thừa Thiên Huế), 'Ngày đăng 05/12/2024 15:20 | Lượt xem: 1.047': board meeting on 2024 results; ERPA money by district; 2025 target.",
    "One-cell-per-line table (as shared h23): 'Đơn vị tính: triệu đồng' makes 96.500 = 96,5·10⁹ đồng; the last column overrides the unit with '(%)'. Row numbers 1-4 are not figures.",
    "'Kế hoạch năm 2024' cells are targets, 'Ước thực hiện năm 2024' cells estimates, each with the column's period. The ratio column has neither cue (status actual),",
    "and takes its year from the table caption (inherited). Subject = row label + column label. No target attribute for result cells (the plan cells are figures of their own).",
    "'ước thu 101,3 tỷ' in the title: estimate. '(khoảng 150 tỷ đồng)' is the converted amount of 6,3 triệu USD, not a share: a figure of its own.",
    "'đến nay' ends at the published date; 'đạt 79%' is the share of 118,6 tỷ. District list: location = district; period not stated (the allocation is for 2018-2019 results,",
    "paid now): left unscored. 'mục tiêu thu từ 100 đến 105 tỷ đồng' is a target range. Distractors: 'Ngày 4/12', 'Bảng 1', address '18 Lê Lợi', view counter.",
]

emit("p331-8", TEXT, COMMENTS, FIGS, published="2024-12-05", location="Thừa Thiên Huế")
