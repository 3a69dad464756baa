from lib import *

A = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ CẦN THƠ
Ngày cập nhật: 18/11/2024 | Lượt xem: 754

Cần Thơ: Đẩy mạnh dùng chung hạ tầng viễn thông thụ động

Tính đến 31/10/2024, trên địa bàn thành phố có 1.024 cột ăng ten thu phát sóng, trong đó 366 cột được sử dụng chung giữa từ 2 đến 3 doanh nghiệp, chiếm 35,7%.

Từ đầu năm 2024 đến nay, các doanh nghiệp đã ngầm hóa 86,4 km cáp viễn thông, đạt 72% kế hoạch năm; tổng chiều dài cáp đã ngầm hóa trên các tuyến đường chính khoảng 1.150 km. Việc dùng chung hạ tầng giúp tiết kiệm trên 45 tỷ đồng chi phí đầu tư mỗi năm.

Tỷ lệ dùng chung tại một số quận như sau:

Quận

Số cột ăng ten (cột)

Tỷ lệ dùng chung năm 2023 (%)

Tỷ lệ dùng chung năm 2024 (%)

Ninh Kiều

312

38,5

45,2

Cái Răng

146

30,1

36,8

Bình Thủy

128

27,4

33,0

Thốt Nốt

119

21,6

28,3

Toàn thành phố

1.024

29,8

35,7

Theo Quyết định số 1735/QĐ-UBND của UBND thành phố, mục tiêu đến năm 2025 tỷ lệ cột ăng ten dùng chung toàn thành phố đạt tối thiểu 40% và 100% tuyến đường xây mới được hạ ngầm cáp. Sở đề nghị các địa phương còn tỷ lệ thấp như Ô Môn (19,2%) tăng cường phối hợp với doanh nghiệp theo Thông tư 11/2022/TT-BTTTT.

Phòng Bưu chính, Viễn thông - Số 63A Hùng Vương, quận Ninh Kiều.
"""

T10 = lambda inh=False: ASOF("Tính đến 31/10/2024", 2024, 10, 31, inh)
FROM = lambda inh=False: per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-18", inh)
F = [
    fig("có 1.024 cột", "1.024", 1024, "count", "cột ăng ten", "cột ăng ten thu phát sóng", period=T10()),
    fig("đó 366 cột", "366", 366, "count", "cột", "cột được sử dụng chung", total=1024, percent=35.7, period=T10()),
    fig("từ 2 đến 3 doanh nghiệp", "2", 2, "count", "doanh nghiệp", value_max=3, optional=True),
    fig("hóa 86,4 km", "86,4", 86.4, "measure", "km", "cáp viễn thông ngầm hóa", percent=72, period=FROM()),
    fig("khoảng 1.150 km", "1.150", 1150, "measure", "km", "tổng chiều dài cáp đã ngầm hóa trên các tuyến đường chính",
        approx="about", period=FROM()),
    fig("trên 45 tỷ", "45", 45e9, "money", "đồng", "chi phí đầu tư tiết kiệm mỗi năm", approx="over",
        period=FROM(True)),
]
rows = [("Ninh Kiều", "Ninh Kiều", ["312", "38,5", "45,2"]),
        ("Cái Răng", "Cái Răng", ["146", "30,1", "36,8"]),
        ("Bình Thủy", "Bình Thủy", ["128", "27,4", "33,0"]),
        ("Thốt Nốt", "Thốt Nốt", ["119", "21,6", "28,3"]),
        ("Toàn thành phố", "Cần Thơ", ["1.024", "29,8", "35,7"])]
def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s.replace(".", ""))
for label, loc, cells in rows:
    sfx = " toàn thành phố" if label == "Toàn thành phố" else ""
    c0, c1, c2 = cells
    F.append(fig(f"{label}\n\n{c0}\n", c0, num(c0), "count", "cột", "Số cột ăng ten" + sfx, location=loc,
                 period=T10(True)))
    F.append(fig(f"\n{c0}\n\n{c1}\n", c1, num(c1), "percent", "%", "Tỷ lệ dùng chung năm 2023" + sfx, location=loc,
                 period=Y("năm 2023", 2023)))
    F.append(fig(f"\n{c1}\n\n{c2}\n", c2, num(c2), "percent", "%", "Tỷ lệ dùng chung năm 2024" + sfx, location=loc,
                 period=Y("năm 2024", 2024)))
F += [
    fig("tối thiểu 40%", "40", 40, "percent", "%", "tỷ lệ cột ăng ten dùng chung toàn thành phố",
        approx="at_least", status="target", period=TO("đến năm 2025", 2025)),
    fig("và 100% tuyến", "100", 100, "percent", "%", "tuyến đường xây mới được hạ ngầm cáp",
        status="target", period=TO("đến năm 2025", 2025)),
    fig("Ô Môn (19,2%)", "19,2", 19.2, "percent", "%", "tỷ lệ dùng chung", location="Ô Môn",
        period=Y("năm 2024", 2024, True)),
]
C = [
    "Department site (Sở TT&TT Cần Thơ), 'Ngày cập nhật: 18/11/2024 | Lượt xem: 754'. Shared passive infrastructure, cable undergrounding. Location Cần Thơ.",
    "One-cell-per-line table (as h23): every numeric cell a figure; district rows go to location, 'Toàn thành phố' → Cần Thơ; subject = column label;",
    "the '(%)' columns carry their years in the header (period scored, as h23); the count column has none, so it takes 'Tính đến 31/10/2024' (inherited).",
    "'1.024 cột …, trong đó 366 cột …, chiếm 35,7%': total + percent. 'đạt 72% kế hoạch năm' is the percent of 86,4 km.",
    "'từ 2 đến 3 doanh nghiệp' (a defining range inside the subject) optional. 'Từ đầu năm 2024 đến nay' ends at the dateline.",
    "'tối thiểu 40%', '100% tuyến đường' targets (mục tiêu đến năm 2025). 'Ô Môn (19,2%)' list item (district → location).",
    "Distractors: Quyết định số 1735/QĐ-UBND, Thông tư 11/2022/TT-BTTTT, address 'Số 63A Hùng Vương', 'Lượt xem: 754'.",
]
write(7, A, F, C, published="2024-11-18", location="Cần Thơ")
