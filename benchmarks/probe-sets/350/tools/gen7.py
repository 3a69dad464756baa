from lib import F, P, CH, TG, build

TEXT = """Sản xuất dâu tằm 6 tháng đầu năm 2024 tiếp tục phát triển
Ngày cập nhật: 15/07/2024

Theo Cục Thống kê tỉnh Cao Bằng, 6 tháng đầu năm 2024, tổng diện tích dâu toàn tỉnh đạt 1.246,5 ha, tăng 18,2% so với cùng kỳ năm 2023; sản lượng kén ước đạt 512 tấn, tăng 21,4%. Giá kén bình quân 6 tháng đạt 172.000 đồng/kg, riêng tháng 6 lên tới 186.000 đồng/kg.

Diện tích dâu, sản lượng kén 6 tháng đầu năm 2024 phân theo huyện, thành phố
Đơn vị tính: Diện tích: ha; Sản lượng: tấn
Huyện, thành phố
Diện tích dâu
Sản lượng kén ước tính
Sản lượng so cùng kỳ (%)
Hà Quảng
412,0
176,3
124,5
Hòa An
365,8
152,0
118,7
Quảng Hòa
228,4
95,6
120,2
Trùng Khánh
142,1
55,4
115,0
Các huyện, thành phố còn lại
98,2
32,7
109,8

Toàn tỉnh có 3.126 hộ trồng dâu nuôi tằm (tăng 415 hộ so với cuối năm 2023), tập trung ở 42 xã. Bình quân mỗi ha dâu cho thu nhập 140-160 triệu đồng/năm. Xưởng ươm tơ tại Khu công nghiệp Đề Thám (sát Quốc lộ 3) có công suất 120 tấn kén/tháng, sử dụng khoảng 85 lao động. Giai đoạn 2021-2025, tỉnh đã bố trí trên 25 tỷ đồng hỗ trợ phát triển vùng nguyên liệu theo Nghị quyết số 13/2021/NQ-HĐND. Năm 2024, tỉnh phấn đấu đạt 1.500 ha dâu, 100% kén được bao tiêu qua hợp đồng với Công ty Cổ phần Tơ lụa Cao Bằng 1.

Tin, ảnh: Hoàng Hà - Phòng Thống kê tổng hợp, ĐT: 0206.3852.917
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Hà Quảng", "Hà Quảng", [("Hà Quảng\n412,0", "412,0"), ("412,0\n176,3", "176,3"), ("176,3\n124,5", "124,5")]),
    ("Hòa An", "Hòa An", [("Hòa An\n365,8", "365,8"), ("365,8\n152,0", "152,0"), ("152,0\n118,7", "118,7")]),
    ("Quảng Hòa", "Quảng Hòa", [("Quảng Hòa\n228,4", "228,4"), ("228,4\n95,6", "95,6"), ("95,6\n120,2", "120,2")]),
    ("Trùng Khánh", "Trùng Khánh", [("Trùng Khánh\n142,1", "142,1"), ("142,1\n55,4", "55,4"), ("55,4\n115,0", "115,0")]),
    ("Các huyện, thành phố còn lại", None, [("còn lại\n98,2", "98,2"), ("98,2\n32,7", "32,7"), ("32,7\n109,8", "109,8")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 1.246,5 ha", "1.246,5", 1246.5, "measure", "ha", "tổng diện tích dâu",
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023"), period=H1),
    F("ước đạt 512 tấn", "512", 512, "measure", "tấn", "sản lượng kén", status="estimate",
      change=CH("increase", 21.4, "%", None), period=H1),
    F("6 tháng đạt 172.000 đồng/kg", "172.000", 172000, "money", "đồng/kg", "giá kén bình quân",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("lên tới 186.000 đồng/kg", "186.000", 186000, "money", "đồng/kg", "giá kén",
      period=P("tháng 6", "2024-06-01", "2024-06-30")),
]
for label, loc, cells in ROWS:
    (a1, n1), (a2, n2), (a3, n3) = cells
    sub = "" if loc else f" {label.lower()}"
    kw = {"location": loc} if loc else {}
    FIGS.append(F(a1, n1, num(n1), "measure", "ha", f"Diện tích dâu{sub}", period=H1i, **kw))
    FIGS.append(F(a2, n2, num(n2), "measure", "tấn", f"Sản lượng kén ước tính{sub}", status="estimate",
                  period=H1i, **kw))
    FIGS.append(F(a3, n3, num(n3), "percent", "%", f"Sản lượng so cùng kỳ{sub}", period=H1i, **kw))

FIGS += [
    F("có 3.126 hộ", "3.126", 3126, "count", "hộ", "hộ trồng dâu nuôi tằm",
      change=CH("increase", 415, "hộ", "cuối năm 2023"), period=H1i),
    F("ở 42 xã", "42", 42, "count", "xã", "xã có hộ trồng dâu nuôi tằm tập trung", period=H1i),
    F("thu nhập 140-160 triệu đồng/năm", "140", 140000000, "money", "đồng/năm", "thu nhập bình quân mỗi ha dâu",
      value_max=160000000),
    F("công suất 120 tấn kén/tháng", "120", 120, "measure", "tấn/tháng", "công suất xưởng ươm tơ Khu công nghiệp Đề Thám"),
    F("khoảng 85 lao động", "85", 85, "count", "lao động", "lao động xưởng ươm tơ", approx="about"),
    F("trên 25 tỷ đồng", "25", 25000000000, "money", "đồng", "kinh phí hỗ trợ phát triển vùng nguyên liệu",
      approx="over", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("đạt 1.500 ha dâu", "1.500", 1500, "measure", "ha", "diện tích dâu", status="target", period=Y24),
    F("100% kén", "100", 100, "percent", "%", "tỷ lệ kén được bao tiêu qua hợp đồng", status="target", period=Y24),
]

COMMENTS = [
    "Province portal / statistics news (Cục Thống kê Cao Bằng), 'Ngày cập nhật: 15/07/2024' without time. Mulberry area and cocoon output, 6 months 2024.",
    "Table written one cell per line (as shared h24 in lines): header 'Huyện, thành phố | Diện tích dâu | Sản lượng kén ước tính | Sản lượng so cùng kỳ (%)',",
    "'Đơn vị tính: Diện tích: ha; Sản lượng: tấn'. Every numeric cell is a figure; district row label = location, subject = column label;",
    "'Các huyện, thành phố còn lại' is no place: it stays in the subject, location the province. Column 'ước tính' = estimate; period from the table title (inherited).",
    "'(%)' column = percent (output index vs the same period). No totals for table cells. 'tăng 21,4%' after 512 tấn: its change (no baseline repeated).",
    "'6 tháng' and 'tháng 6' take 2024 from the sentence. 'tăng 415 hộ so với cuối năm 2023' = change of 3.126 hộ. 'Giai đoạn 2021-2025' money: actual ('đã bố trí').",
    "Distractors: 'Quốc lộ 3', 'Nghị quyết số 13/2021/NQ-HĐND', 'Công ty Cổ phần Tơ lụa Cao Bằng 1' (name), phone 0206.3852.917, dateline.",
]

build("p350-7", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Cao Bằng")
