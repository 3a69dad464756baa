from lib import F, per, write

A = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Pắc, ngày 20 tháng 6 năm 2024

BÁO CÁO
Công tác cải cách hành chính 6 tháng đầu năm 2024

I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
Tổng số hồ sơ tiếp nhận trong 6 tháng đầu năm 2024 là 9.874 hồ sơ (kỳ trước chuyển sang 312 hồ sơ, tiếp nhận mới 9.562 hồ sơ). Kết quả theo lĩnh vực tại Bộ phận Một cửa cấp huyện và cấp xã:

Đơn vị tính: hồ sơ
Lĩnh vực | Tiếp nhận | Trực tuyến | Đúng hạn | Quá hạn | Đã xin lỗi
Đất đai | 3.105 | 1.842 | 2.987 | 41 | 41
Tư pháp - Hộ tịch | 4.226 | 3.958 | 4.219 | 0 | 0
Lao động - TB&XH | 1.318 | 1.102 | 1.309 | 3 | 3
Lĩnh vực khác | 1.225 | 1.009 | 1.196 | 6 | 4
Tổng cộng | 9.874 | 7.911 | 9.711 | 50 | 48

Còn 2 hồ sơ quá hạn chưa có văn bản xin lỗi do đang xác minh trách nhiệm của công chức xử lý. Ước thực hiện cả năm 2024, Bộ phận Một cửa các cấp tiếp nhận khoảng 19.500 hồ sơ.

II. KẾT QUẢ CÁC CHỈ SỐ
Chỉ số cải cách hành chính năm 2023 của huyện đạt 84,56 điểm, xếp thứ 6/15 huyện, thị xã, thành phố, giảm 1 bậc so với năm 2022; chỉ số hài lòng SIPAS đạt 87,2%.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 80% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.

Nơi nhận:
- Sở Nội vụ (b/c);
- TT Huyện ủy, HĐND huyện;
- Lưu: VT, NV.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H2 = per("6 THÁNG CUỐI NĂM", "2022-07-01", "2022-12-31", True)  # spec-literal year (nearest earlier: "năm 2022"); unscored

cols = ["hồ sơ tiếp nhận", "hồ sơ trực tuyến", "hồ sơ giải quyết đúng hạn", "hồ sơ quá hạn", "hồ sơ quá hạn đã xin lỗi"]
rows = [
    ("Đất đai", ["Đất đai | 3.105 |", "3.105 | 1.842 |", "1.842 | 2.987 |", "2.987 | 41 |", " 41\nTư"],
     ["3.105", "1.842", "2.987", "41", "41"], [3105, 1842, 2987, 41, 41]),
    ("Tư pháp - Hộ tịch", ["Hộ tịch | 4.226 |", "4.226 | 3.958 |", "3.958 | 4.219 |", "4.219 | 0 |", " 0\nLao"],
     ["4.226", "3.958", "4.219", "0", "0"], [4226, 3958, 4219, 0, 0]),
    ("Lao động - TB&XH", ["TB&XH | 1.318 |", "1.318 | 1.102 |", "1.102 | 1.309 |", "1.309 | 3 |", " 3\nLĩnh"],
     ["1.318", "1.102", "1.309", "3", "3"], [1318, 1102, 1309, 3, 3]),
    ("Lĩnh vực khác", ["khác | 1.225 |", "1.225 | 1.009 |", "1.009 | 1.196 |", "1.196 | 6 |", "6 | 4\n"],
     ["1.225", "1.009", "1.196", "6", "4"], [1225, 1009, 1196, 6, 4]),
    ("Tổng cộng", ["Tổng cộng | 9.874 |", "9.874 | 7.911 |", "7.911 | 9.711 |", "9.711 | 50 |", "50 | 48\n"],
     ["9.874", "7.911", "9.711", "50", "48"], [9874, 7911, 9711, 50, 48]),
]

figs = [
    F("là 9.874 hồ sơ", "9.874", 9874, "count", "hồ sơ", "hồ sơ tiếp nhận", H1),
    F("chuyển sang 312 hồ sơ", "312", 312, "count", "hồ sơ", "hồ sơ kỳ trước chuyển sang", H1, total=9874),
    F("mới 9.562 hồ sơ", "9.562", 9562, "count", "hồ sơ", "hồ sơ tiếp nhận mới", H1, total=9874),
]
for label, anchors, nums, vals in rows:
    for c, a, n, v in zip(cols, anchors, nums, vals):
        figs.append(F(a, n, v, "count", "hồ sơ", f"{c} {label}", H1i))
figs += [
    F("Còn 2 hồ sơ", "2", 2, "count", "hồ sơ", "hồ sơ quá hạn chưa có văn bản xin lỗi", H1i),
    F("khoảng 19.500 hồ sơ", "19.500", 19500, "count", "hồ sơ", "hồ sơ tiếp nhận", Y24, approx="about", status="estimate"),
    F("đạt 84,56 điểm", "84,56", 84.56, "measure", "điểm", "Chỉ số cải cách hành chính", Y23),
    F("thứ 6/15", "6", 6, "rank", "hạng", "Chỉ số cải cách hành chính", Y23, total=15,
      change={"direction": "decrease", "value": 1, "unit": "bậc", "baseline": "năm 2022"}),
    F("SIPAS đạt 87,2%", "87,2", 87.2, "percent", "%", "chỉ số hài lòng SIPAS", Y23),
    F("từ 80% trở lên", "80", 80, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", H2, approx="at_least", status="target"),
    F("trên 99%", "99", 99, "percent", "%", "tỷ lệ hồ sơ giải quyết đúng hạn", H2, approx="over", status="target"),
]
write(3, A, figs, [
    "Formal report with letterhead (UBND huyện Krông Pắc, Đắk Lắk, 'Số: 215/BC-UBND'); place-and-date line is its date.",
    "Bracketed breakdown '(kỳ trước chuyển sang 312 …, tiếp nhận mới 9.562 …)' adds up to 9.874: both parts have total 9874.",
    "Flattened '|' table, 'Đơn vị tính: hồ sơ'; every numeric cell is a figure (zeros included), subject = column + row label,",
    "period from the text above the table (inherited); no total for cells (the Tổng cộng row is a figure of its own).",
    "Anchors for cells whose number repeats in the row ('41 | 41', '0 | 0', '3 | 3') end with the newline or the next row's first word so the",
    "first whole occurrence is the right cell (right-hand cells anchored as ' 41\\nTư', ' 0\\nLao', ' 3\\nLĩnh').",
    "'Ước thực hiện cả năm 2024 … khoảng 19.500': estimate, about. 'giảm 1 bậc so với năm 2022': the rank's change.",
    "Section III heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM' gives the targets their period (inherited: the heading is not their sentence);",
    "its year by FIGURES.md is that of the nearest earlier period, the baseline 'năm 2022' (meaning: 2024; unscored either way).",
    "Distractors: document number, date line, section numbers I./II./III., 'Lưu: VT, NV', '(b/c)'.",
], published="2024-06-20", location="Krông Pắc")
