from lib import F, P, CH, emit

TEXT = """BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN
Tin tức - Sự kiện

Nghệ An: Tập trung thu hồi nợ đọng BHXH, BHYT, BHTN
Thứ Hai, 22/07/2024 - 14:25

Lũy kế 6 tháng đầu năm 2024, tổng số thu BHXH, BHYT, BHTN trên địa bàn tỉnh Nghệ An ước đạt 4,86 nghìn tỷ đồng, bằng 48,2% kế hoạch giao, tăng 9,7% so với cùng kỳ.

Tính đến ngày 30/6/2024, tổng số tiền chậm đóng BHXH, BHYT, BHTN là 285,7 tỷ đồng, giảm 31,5 tỷ đồng so với cùng kỳ năm 2023; tỷ lệ chậm đóng chiếm 3,18% số phải thu.

Số tiền chậm đóng tại một số địa bàn (tính đến 30/6/2024):
Đơn vị tính: triệu đồng
Địa bàn\tSố đơn vị nợ (đơn vị)\tSố tiền nợ\tTrong đó: nợ trên 3 tháng
TP. Vinh\t312\t96.450\t61.280
Huyện Quỳnh Lưu\t58\t18.720\t9.340
Huyện Diễn Châu\t47\t15.065\t8.910
Thị xã Hoàng Mai\t29\t12.380\t7.125

6 tháng đầu năm, BHXH tỉnh đã thực hiện 146 cuộc thanh tra, kiểm tra, trong đó có 38 cuộc thanh tra chuyên ngành đóng; qua đó đôn đốc các đơn vị nộp 27,9 tỷ đồng. Cơ quan BHXH đã gửi 9 hồ sơ đề nghị khởi kiện ra Tòa án nhân dân và 3 hồ sơ sang cơ quan công an theo Quyết định số 1040/QĐ-BHXH.

Theo kế hoạch, đến ngày 31/12/2024, tỷ lệ chậm đóng phải giảm xuống dưới 2,8% số phải thu; số người tham gia BHXH bắt buộc đạt 312.500 người, tăng khoảng 4,5% so với năm 2023.

Phan Thảo (Phòng Quản lý thu - Sổ, thẻ)
"""

H1 = P("Lũy kế 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
ASi = P("tính đến 30/6/2024", None, "2024-06-30", inh=True)
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1bi = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
END = P("đến ngày 31/12/2024", None, "2024-12-31")

ROWS = [
    ("TP. Vinh", "Vinh", "312", "96.450", "61.280"),
    ("Huyện Quỳnh Lưu", "Quỳnh Lưu", "58", "18.720", "9.340"),
    ("Huyện Diễn Châu", "Diễn Châu", "47", "15.065", "8.910"),
    ("Thị xã Hoàng Mai", "Hoàng Mai", "29", "12.380", "7.125"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước đạt 4,86 nghìn tỷ đồng", "4,86", 4860000000000, "money", "đồng", "tổng số thu BHXH, BHYT, BHTN", H1,
      status="estimate", percent=48.2, change=CH("increase", 9.7, "%", "cùng kỳ")),
    F("là 285,7 tỷ đồng", "285,7", 285700000000, "money", "đồng", "tổng số tiền chậm đóng BHXH, BHYT, BHTN", AS,
      change=CH("decrease", 31500000000, "đồng", "cùng kỳ năm 2023")),
    F("chiếm 3,18%", "3,18", 3.18, "percent", "%", "tỷ lệ chậm đóng", AS),
]
for label, loc, a, b, c in ROWS:
    FIGS += [
        F(f"{label}\t{a}\t", a, num(a), "count", "đơn vị", "Số đơn vị nợ", ASi, location=loc),
        F(f"\t{b}\t{c}", b, num(b) * 1e6, "money", "đồng", "Số tiền nợ", ASi, location=loc),
        F(f"\t{c}\n", c, num(c) * 1e6, "money", "đồng", "Số tiền nợ trên 3 tháng", ASi, location=loc),
    ]
FIGS += [
    F("nợ trên 3 tháng\n", "3", 3, "measure", "tháng", "thời gian nợ", ASi, approx="over", optional=True),
    F("thực hiện 146 cuộc", "146", 146, "count", "cuộc", "cuộc thanh tra, kiểm tra", H1b),
    F("có 38 cuộc", "38", 38, "count", "cuộc", "cuộc thanh tra chuyên ngành đóng", H1b, total=146),
    F("nộp 27,9 tỷ đồng", "27,9", 27900000000, "money", "đồng", "số tiền đôn đốc các đơn vị nộp", H1b),
    F("gửi 9 hồ sơ", "9", 9, "count", "hồ sơ", "hồ sơ đề nghị khởi kiện ra Tòa án nhân dân", H1bi),
    F("và 3 hồ sơ", "3", 3, "count", "hồ sơ", "hồ sơ chuyển sang cơ quan công an", H1bi),
    F("dưới 2,8% số phải thu", "2,8", 2.8, "percent", "%", "tỷ lệ chậm đóng", END, approx="under", status="target"),
    F("đạt 312.500 người", "312.500", 312500, "count", "người", "số người tham gia BHXH bắt buộc", END,
      status="target", change=CH("increase", 4.5, "%", "năm 2023", approx="about")),
]

COMMENTS = [
    "BHXH tỉnh Nghệ An (agency site): thu, chậm đóng BHXH/BHYT/BHTN 6 tháng đầu năm 2024; dateline 'Thứ Hai, 22/07/2024 - 14:25'.",
    "Tab-separated table with 'Đơn vị tính: triệu đồng': money cells are ×10^6 đồng; the '(đơn vị)' column overrides the unit. Places (TP. Vinh, …)",
    "go to location, the column label is the subject; period from the table title '(tính đến 30/6/2024)' (inherited). No totals for table cells.",
    "'ước đạt 4,86 nghìn tỷ đồng, bằng 48,2% kế hoạch giao, tăng 9,7%' = estimate with percent and change. '3,18%' stands alone (its own clause).",
    "'giảm 31,5 tỷ đồng so với cùng kỳ năm 2023' is a change in đồng. 'trong đó có 38 cuộc' is part of 146 cuộc.",
    "'Theo kế hoạch, đến ngày 31/12/2024 …' targets (as-of end date). Not figures: Quyết định số 1040/QĐ-BHXH, column label 'nợ trên 3 tháng'.",
]

emit("p305-8", TEXT, COMMENTS, FIGS, published="2024-07-22", location="Nghệ An")
