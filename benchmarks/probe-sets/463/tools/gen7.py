from lib import F, per, write

A = """Cấp huyện còn 1.611 hồ sơ quá hạn trong 9 tháng năm 2024

Theo báo cáo của Văn phòng UBND tỉnh Hải Dương, tính đến ngày 30/9/2024, các huyện, thị xã, thành phố trên địa bàn tỉnh tiếp nhận tổng cộng 142.735 hồ sơ thủ tục hành chính, trong đó 138.902 hồ sơ đã giải quyết, còn 3.833 hồ sơ đang giải quyết. Tỷ lệ giải quyết đúng hạn bình quân cấp huyện đạt 98,84%, thấp hơn 0,16% so với cùng kỳ.

Toàn tỉnh có 1.611 hồ sơ quá hạn ở cấp huyện, trong đó 1.498 hồ sơ đã có văn bản xin lỗi, chiếm 93%. Tỷ lệ hồ sơ quá hạn được xin lỗi thấp nhất thuộc về thị xã Kinh Môn (81,2%), thành phố Chí Linh (86,9%) và huyện Nam Sách (90,4%).

Kết quả tại một số địa phương (Đơn vị tính: hồ sơ):
Địa phương	Tiếp nhận	Quá hạn	Đúng hạn (%)
TP Chí Linh	18.264	412	97,74
TX Kinh Môn	15.930	356	97,77
Nam Sách	11.082	291	97,37
Thanh Hà	12.457	108	99,13
Cẩm Giàng	13.615	96	99,29

Nguyên nhân chủ yếu là hồ sơ đất đai phải xác minh nguồn gốc, chiếm khoảng 70% số hồ sơ quá hạn. Chủ tịch UBND tỉnh yêu cầu thủ trưởng các đơn vị để xảy ra từ 50 hồ sơ quá hạn trở lên trong một quý phải kiểm điểm; phấn đấu đến hết năm 2024 tỷ lệ giải quyết đúng hạn cấp huyện đạt 99%.

Người dân có thể phản ánh qua Tổng đài 1022 hoặc ứng dụng Hải Dương - Smart City.

Thanh Hương - 04/10/2024
"""

AS = per("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = per("tính đến ngày 30/9/2024", None, "2024-09-30", True)
T = per("đến hết năm 2024", None, "2024-12-31")

figs = [
    F("còn 1.611 hồ sơ", "1.611", 1611, "count", "hồ sơ", "hồ sơ quá hạn cấp huyện", per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("tổng cộng 142.735 hồ sơ", "142.735", 142735, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", AS),
    F("138.902 hồ sơ", "138.902", 138902, "count", "hồ sơ", "hồ sơ đã giải quyết", AS, total=142735),
    F("còn 3.833 hồ sơ", "3.833", 3833, "count", "hồ sơ", "hồ sơ đang giải quyết", AS, total=142735),
    F("đạt 98,84%", "98,84", 98.84, "percent", "%", "Tỷ lệ giải quyết đúng hạn bình quân cấp huyện", ASi,
      change={"direction": "decrease", "value": 0.16, "unit": "%", "baseline": "cùng kỳ"}),
    F("có 1.611 hồ sơ", "1.611", 1611, "count", "hồ sơ", "hồ sơ quá hạn ở cấp huyện", ASi),
    F("1.498 hồ sơ", "1.498", 1498, "count", "hồ sơ", "hồ sơ đã có văn bản xin lỗi", ASi, total=1611, percent=93),
    F("Kinh Môn (81,2%)", "81,2", 81.2, "percent", "%", "Tỷ lệ hồ sơ quá hạn được xin lỗi", ASi, location="Kinh Môn"),
    F("Chí Linh (86,9%)", "86,9", 86.9, "percent", "%", "Tỷ lệ hồ sơ quá hạn được xin lỗi", ASi, location="Chí Linh"),
    F("Nam Sách (90,4%)", "90,4", 90.4, "percent", "%", "Tỷ lệ hồ sơ quá hạn được xin lỗi", ASi, location="Nam Sách"),
]
rows = [("Chí Linh", "18.264", 18264, "412", 412, "97,74", 97.74),
        ("Kinh Môn", "15.930", 15930, "356", 356, "97,77", 97.77),
        ("Nam Sách", "11.082", 11082, "291", 291, "97,37", 97.37),
        ("Thanh Hà", "12.457", 12457, "108", 108, "99,13", 99.13),
        ("Cẩm Giàng", "13.615", 13615, "96", 96, "99,29", 99.29)]
for pl, a, av, b, bv, c, cv in rows:
    figs.append(F(f"{pl}\t{a}", a, av, "count", "hồ sơ", "hồ sơ tiếp nhận", ASi, location=pl))
    figs.append(F(f"{a}\t{b}\t", b, bv, "count", "hồ sơ", "hồ sơ quá hạn", ASi, location=pl))
    figs.append(F(f"\t{c}\n", c, cv, "percent", "%", "Đúng hạn", ASi, location=pl))
figs += [
    F("khoảng 70%", "70", 70, "percent", "%", "hồ sơ đất đai trong số hồ sơ quá hạn", ASi, approx="about"),
    F("từ 50 hồ sơ quá hạn trở lên", "50", 50, "count", "hồ sơ", "hồ sơ quá hạn", approx="at_least", optional=True),
    F("đạt 99%", "99", 99, "percent", "%", "tỷ lệ giải quyết đúng hạn cấp huyện", T, status="target"),
]
write(7, A, figs, [
    "Province portal news (Hải Dương), no dateline at the top; byline with a bare date at the end ('Thanh Hương - 04/10/2024') is its date.",
    "'tính đến ngày 30/9/2024' as-of; parts after 'trong đó' (138.902 solved, 3.833 pending) total 142.735. '98,84%, thấp hơn 0,16% so với cùng kỳ': change.",
    "'1.498 … đã có văn bản xin lỗi, chiếm 93%': total 1.611 and percent 93. List of apology rates: each place is the location.",
    "Tab-separated table with 'Đơn vị tính: hồ sơ' in its caption and a '(%)' column; row labels are places; no period in the table,",
    "so cells inherit the as-of date (not scored). The headline's 1.611 (with '9 tháng năm 2024') is annotated like the shared gold does headline figures (h20).",
    "'từ 50 hồ sơ quá hạn trở lên' is a sanction threshold: optional. 'đến hết năm 2024 … đạt 99%': target, as-of end 2024-12-31.",
    "Distractors: 'Tổng đài 1022' (hotline: not a figure), app name 'Hải Dương - Smart City', 'trong một quý'.",
], published="2024-10-04", location="Hải Dương")
