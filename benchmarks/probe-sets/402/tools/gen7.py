from lib import *

TEXT = """
SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Trang chủ > Tin tức > Công nghiệp nông thôn

Làng nghề dệt Mã Châu và thổ cẩm miền núi: giữ nghề, tăng thu nhập

Năm 2023, toàn tỉnh có 56 làng nghề, làng nghề truyền thống được công nhận, thu hút 4.920 lao động. Tổng giá trị sản xuất của các làng nghề đạt 612 tỷ đồng, tăng 9,4% so với năm 2022. Trong đó, nhóm dệt may (lụa Mã Châu, thổ cẩm Zara, Đhờ Rồng) đạt 86,5 tỷ đồng, chiếm 14,1%.

Một số chỉ tiêu của làng nghề tại các địa phương năm 2023 như sau:

Địa phương
Số làng nghề
Lao động (người)
Thu nhập bình quân (triệu đồng/người/tháng)
Duy Xuyên
7
1.150
5,8
Hội An
9
1.640
7,2
Điện Bàn
11
980
6,1
Tây Giang
4
310
3,4
Nam Giang
3
225
3,1

Riêng làng lụa Mã Châu (thị trấn Nam Phước, huyện Duy Xuyên) hiện còn 28 hộ dệt với khoảng 60 khung dệt. Năm 2023, làng sản xuất được 45.000 m vải lụa. Tại huyện Tây Giang, hợp tác xã dệt thổ cẩm Zơ Râm hiện có 42 thành viên. Năm 2023, doanh thu của hợp tác xã đạt gần 1,2 tỷ đồng; sản phẩm nhuộm bằng màu tự nhiên chiếm khoảng 65%.

Năm 2024, Sở Công Thương phấn đấu hỗ trợ 5 làng nghề đầu tư thiết bị xử lý nước thải nhuộm, nâng thu nhập bình quân của lao động làng nghề lên trên 6,5 triệu đồng/người/tháng. Kinh phí khuyến công dự kiến 3,8 tỷ đồng.

Mọi chi tiết xin liên hệ: Trung tâm Khuyến công và Tư vấn phát triển công nghiệp, 02 Trần Phú, Tam Kỳ; ĐT: 0235.3851.236.
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
FIGS = [
    F("có 56 làng nghề", "56", 56, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("thu hút 4.920 lao động", "4.920", 4920, "count", "lao động", "lao động làng nghề",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 612 tỷ đồng", "612", 612e9, "money", "đồng", "tổng giá trị sản xuất của các làng nghề",
      change=CH("increase", 9.4, "%", "năm 2022"), period=Yi),
    F("đạt 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng", "giá trị sản xuất nhóm dệt may", total=612e9,
      percent=14.1, period=Yi),
]
rows = [("Duy Xuyên", "Duy Xuyên\n7\n", "7", 7, "\n1.150\n", "1.150", 1150, "5,8", 5.8),
        ("Hội An", "Hội An\n9\n", "9", 9, "\n1.640\n", "1.640", 1640, "7,2", 7.2),
        ("Điện Bàn", "Điện Bàn\n11\n", "11", 11, "\n980\n", "980", 980, "6,1", 6.1),
        ("Tây Giang", "Tây Giang\n4\n", "4", 4, "\n310\n", "310", 310, "3,4", 3.4),
        ("Nam Giang", "Nam Giang\n3\n", "3", 3, "\n225\n", "225", 225, "3,1", 3.1)]
for place, a1, n1, v1, a2, n2, v2, n3, v3 in rows:
    FIGS += [
        F(a1, n1, v1, "count", "làng nghề", "Số làng nghề", location=place, period=Yi),
        F(a2, n2, v2, "count", "người", "Lao động", location=place, period=Yi),
        F(f"\n{n3}\n", n3, v3 * 1e6, "money", "đồng/người/tháng", "Thu nhập bình quân", location=place, period=Yi),
    ]
FIGS += [
    F("còn 28 hộ", "28", 28, "count", "hộ", "hộ dệt làng lụa Mã Châu", location="Duy Xuyên"),
    F("khoảng 60 khung", "60", 60, "count", "khung dệt", "khung dệt", approx="about", location="Duy Xuyên"),
    F("được 45.000 m", "45.000", 45000, "measure", "m", "vải lụa sản xuất được", location="Duy Xuyên",
      period=Y),
    F("có 42 thành viên", "42", 42, "count", "thành viên", "thành viên hợp tác xã dệt thổ cẩm Zơ Râm",
      location="Tây Giang", period=P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "doanh thu hợp tác xã dệt thổ cẩm Zơ Râm",
      approx="nearly", location="Tây Giang", period=Y),
    F("khoảng 65%", "65", 65, "percent", "%", "sản phẩm nhuộm bằng màu tự nhiên", approx="about",
      location="Tây Giang", period=Y),
    F("hỗ trợ 5 làng nghề", "5", 5, "count", "làng nghề", "làng nghề được hỗ trợ đầu tư thiết bị xử lý nước thải nhuộm",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      approx="over", status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("dự kiến 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "kinh phí khuyến công", status="forecast",
      period=P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
]

COMMENTS = [
    "Department site (Sở Công Thương Quảng Nam): weaving (lụa Mã Châu, thổ cẩm) and craft villages by district, 2023; table one cell per line.",
    "No dateline anywhere (page has breadcrumbs only) → no published; every period is written with its year.",
    "Distractors: breadcrumb menu, '02 Trần Phú, Tam Kỳ' address, phone 0235.3851.236; district names as table row labels.",
    "'Trong đó, nhóm dệt may … đạt 86,5 tỷ đồng, chiếm 14,1%' → part of 612 tỷ across the sentence break (total) with percent 14,1.",
    "Table (one cell per line): rows are districts → location; subject = column label; units from the column headers",
    "('(người)', '(triệu đồng/người/tháng)' → ×10^6 money). The table's year stands in the line above it → inherited.",
    "Mã Châu figures → Duy Xuyên; Zơ Râm cooperative → Tây Giang ('sản phẩm nhuộm … chiếm khoảng 65%' is its share, no count → own figure).",
    "'hiện còn 28 hộ … khoảng 60 khung dệt' state the present with no period phrase → no period;",
    "'hiện có 42 thành viên' follows a 'Năm 2023' sentence in the same paragraph → inherited (not scored).",
    "2024 plan: 'phấn đấu' → target (5 làng nghề, trên 6,5 triệu); 'Kinh phí khuyến công dự kiến 3,8 tỷ đồng' → forecast.",
]

write("p402-7", TEXT, FIGS, COMMENTS, published=None, location="Quảng Nam")
