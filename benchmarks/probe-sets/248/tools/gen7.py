from lib import F, P, C, T, write

TEXT = """Trung tâm Y tế huyện Hoài Đức: công suất sử dụng giường bệnh 6 tháng đầu năm đạt 91,3%
18/07/2024 - 10:05

6 tháng đầu năm 2024, Trung tâm Y tế huyện đã khám bệnh cho 86.420 lượt người, tăng 12,7% so với cùng kỳ năm 2023, trong đó khám BHYT 71.035 lượt (chiếm 82,2%); điều trị nội trú 6.218 lượt người bệnh; chuyển tuyến 1.106 trường hợp, giảm 240 trường hợp. Ngày điều trị trung bình 5,4 ngày, giảm 0,3 ngày so với cùng kỳ. Trung tâm đã thực hiện 1.254 ca phẫu thuật, thủ thuật, trong đó có 318 ca phẫu thuật nội soi.

Công suất sử dụng giường bệnh theo từng khoa như sau (%):

Khoa
6 tháng đầu năm 2023
6 tháng đầu năm 2024
Khoa Nội tổng hợp
98,6
104,2
Khoa Ngoại tổng hợp
86,1
92,7
Khoa Sản
71,4
78,9
Khoa Nhi
88,0
95,5
Toàn trung tâm
85,9
91,3

Tổng thu của Trung tâm 6 tháng ước đạt 58,6 tỷ đồng, bằng 52,4% kế hoạch năm; trong đó thu từ quỹ BHYT 44,2 tỷ đồng. Chi lương và phụ cấp cho 312 viên chức, người lao động khoảng 21,5 tỷ đồng; Trung tâm không để nợ lương.

Từ đầu năm đến nay, Trung tâm được UBND huyện hỗ trợ 3,2 tỷ đồng mua sắm máy siêu âm 4D, máy xét nghiệm sinh hóa tự động và 20 giường bệnh điện.

Chỉ tiêu năm 2024: công suất sử dụng giường bệnh đạt từ 90% trở lên; tỷ lệ hài lòng của người bệnh trên 92%.

Trung tâm Y tế huyện Hoài Đức, thị trấn Trạm Trôi. Đường dây nóng: 0243.3661.115.
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H3i = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", inh=True)
H4i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
H6i = P("6 tháng", "2024-01-01", "2024-06-30", inh=True)
S = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
K = P("năm 2024", "2024-01-01", "2024-12-31")
CS = "công suất sử dụng giường bệnh"
figs = [
    F("đạt 91,3%\n", "91,3", "percent", "%", "công suất sử dụng giường bệnh",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("cho 86.420 lượt", "86.420", "count", "lượt người", "lượt người khám bệnh",
      change=C("+", 12.7, baseline="cùng kỳ năm 2023"), period=H),
    F("BHYT 71.035 lượt", "71.035", "count", "lượt", "lượt khám BHYT", total=86420, percent=82.2, period=H),
    F("nội trú 6.218 lượt", "6.218", "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú", period=H),
    F("chuyển tuyến 1.106 trường hợp", "1.106", "count", "trường hợp", "chuyển tuyến",
      change=C("-", 240, "trường hợp"), period=H),
    F("trung bình 5,4 ngày", "5,4", "measure", "ngày", "ngày điều trị trung bình",
      change=C("-", 0.3, "ngày", baseline="cùng kỳ"), period=H4i),
    F("hiện 1.254 ca", "1.254", "count", "ca phẫu thuật, thủ thuật", "ca phẫu thuật, thủ thuật", period=H4i),
    F("có 318 ca", "318", "count", "ca phẫu thuật nội soi", "ca phẫu thuật nội soi", total=1254, period=H4i),
]
ROWS = [("Khoa Nội tổng hợp", "98,6", "104,2"), ("Khoa Ngoại tổng hợp", "86,1", "92,7"),
        ("Khoa Sản", "71,4", "78,9"), ("Khoa Nhi", "88,0", "95,5"), ("Toàn trung tâm", "85,9", "91,3")]
for row, a, b in ROWS:
    figs.append(F(f"{row}\n{a}\n", a, "percent", "%", f"{CS} {row} 6 tháng đầu năm 2023", period=H3i))
    figs.append(F(f"{a}\n{b}\n", b, "percent", "%", f"{CS} {row} 6 tháng đầu năm 2024", period=H4i))
figs += [
    F("ước đạt 58,6 tỷ đồng", "58,6", "money", "đồng", "tổng thu của Trung tâm", mult=1e9, percent=52.4,
      status="estimate", period=H6),
    F("BHYT 44,2 tỷ đồng", "44,2", "money", "đồng", "thu từ quỹ BHYT", mult=1e9, total=58.6e9,
      status="estimate", period=H6),
    F("cho 312 viên chức", "312", "count", "viên chức, người lao động", "viên chức, người lao động", period=H6i),
    F("khoảng 21,5 tỷ đồng", "21,5", "money", "đồng", "chi lương và phụ cấp", mult=1e9, approx="about",
      period=H6i),
    F("hỗ trợ 3,2 tỷ đồng", "3,2", "money", "đồng", "UBND huyện hỗ trợ mua sắm", mult=1e9,
      period=S),
    F("và 20 giường", "20", "count", "giường bệnh điện", "giường bệnh điện mua sắm", period=S),
    F("từ 90% trở lên", "90", "percent", "%", "công suất sử dụng giường bệnh", approx="at_least",
      status="target", period=K),
    F("trên 92%", "92", "percent", "%", "tỷ lệ hài lòng của người bệnh", approx="over", status="target",
      period=K),
]

write(7, TEXT, figs, [
    "District portal (huyện Hoài Đức, Hà Nội): Trung tâm Y tế huyện, 6 tháng đầu năm 2024. Bare 'dd/mm/yyyy - hh:mm' dateline.",
    "One-cell-per-line table, unit from '(%)' in the line before; periods from the column headers (other lines): inherited.",
    "Distractors: 'máy siêu âm 4D', 'thị trấn Trạm Trôi', hotline 0243.3661.115, the dateline time.",
    "Location: the district (named in the title and the portal's own unit). 'trong đó khám BHYT 71.035 lượt (chiếm 82,2%)': total + percent.",
    "'giảm 240 trường hợp' is the change of 1.106. '6 tháng' without a year takes 2024. 'bằng 52,4% kế hoạch năm' is a percent of 58,6 tỷ.",
    "'Từ đầu năm đến nay' ends at the dateline 18/07/2024. 'Chỉ tiêu năm 2024:' list gives status target.",
], published="2024-07-18", location="Hoài Đức")
