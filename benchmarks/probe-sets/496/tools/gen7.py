"""p496-7: department site (Sở GD&ĐT Đồng Nai), no dateline, one-cell-per-line table of classrooms by locality."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI
Trang chủ / Tin tức / Kế hoạch - Tài chính

Rà soát nhu cầu phòng học phục vụ năm học 2024-2025

Qua rà soát, năm học 2024-2025 toàn tỉnh có 17.642 phòng học ở các cấp mầm non và phổ thông, tỷ lệ phòng học kiên cố đạt 94,8%. Do số học sinh tăng mạnh tại các địa bàn có khu công nghiệp, tỉnh còn thiếu 1.235 phòng học, tập trung chủ yếu tại 4 địa phương dưới đây.

Bảng 2. Phòng học hiện có, còn thiếu và kế hoạch xây mới
Đơn vị tính: phòng
Địa phương
Hiện có
Còn thiếu
Kế hoạch năm 2025
TP Biên Hòa
3.215
412
180
Trảng Bom
1.486
276
120
Nhơn Trạch
982
214
95
Long Thành
1.104
168
0

Tại TP Biên Hòa, sĩ số bình quân cấp THCS là 44,6 học sinh/lớp; nhiều trường chưa đủ phòng để tổ chức dạy học 2 buổi/ngày.

Về đội ngũ, tính đến ngày 15/8/2024 toàn ngành còn thiếu 2.468 giáo viên; trong đó mầm non thiếu 1.152 người, tiểu học thiếu 867 người. Giai đoạn 2024-2025, ngân sách tỉnh bố trí 1.680 tỷ đồng để xây dựng trường học, bình quân khoảng 1,4 tỷ đồng/phòng học. Trong quý IV/2024, tỉnh dự kiến khởi công 12 trường học mới, trong đó có 5 trường tại huyện Nhơn Trạch.

Mọi ý kiến đóng góp xin gửi về Văn phòng Sở, số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa. Điện thoại: 0251.3822.481
Tổng lượt truy cập: 1.284.510
"""

ASOF = per("tính đến ngày 15/8/2024", None, "2024-08-15")
GD = per("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
NH = per("năm học 2024-2025", "2024-01-01", "2025-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Biên Hòa", [("Hòa\n3.215", "3.215", 3215), ("3.215\n412", "412", 412), ("412\n180", "180", 180)]),
    ("Trảng Bom", [("Bom\n1.486", "1.486", 1486), ("1.486\n276", "276", 276), ("276\n120", "120", 120)]),
    ("Nhơn Trạch", [("Trạch\n982", "982", 982), ("982\n214", "214", 214), ("214\n95", "95", 95)]),
    ("Long Thành", [("Thành\n1.104", "1.104", 1104), ("1.104\n168", "168", 168), ("168\n0", "0", 0)]),
]

FIGS = [
    fig("có 17.642 phòng học", "17.642", 17642, "count", "phòng học",
        "phòng học mầm non và phổ thông", NH),
    fig("đạt 94,8%", "94,8", 94.8, "percent", "%", "tỷ lệ phòng học kiên cố", NH),
    fig("thiếu 1.235 phòng học", "1.235", 1235, "count", "phòng học", "phòng học còn thiếu"),
    fig("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương thiếu phòng học"),
]
for loc, cells in ROWS:
    for i, (anchor, number, value) in enumerate(cells):
        if i == 0:
            FIGS.append(fig(anchor, number, value, "count", "phòng", "Phòng học hiện có", location=loc))
        elif i == 1:
            FIGS.append(fig(anchor, number, value, "count", "phòng", "Phòng học còn thiếu", location=loc))
        else:
            FIGS.append(fig(anchor, number, value, "count", "phòng", "Phòng học kế hoạch xây mới năm 2025",
                            K25, status="target", location=loc))

FIGS += [
    fig("là 44,6 học sinh/lớp", "44,6", 44.6, "measure", "học sinh/lớp", "sĩ số bình quân cấp THCS",
        location="Biên Hòa"),
    fig("dạy học 2 buổi/ngày", "2", 2, "measure", "buổi/ngày", optional=True),
    fig("thiếu 2.468 giáo viên", "2.468", 2468, "count", "giáo viên", "giáo viên còn thiếu", ASOF),
    fig("thiếu 1.152 người", "1.152", 1152, "count", "người", "giáo viên mầm non còn thiếu",
        inh(ASOF), total=2468),
    fig("thiếu 867 người", "867", 867, "count", "người", "giáo viên tiểu học còn thiếu",
        inh(ASOF), total=2468),
    fig("bố trí 1.680 tỷ đồng", "1.680", 1680e9, "money", "đồng",
        "ngân sách tỉnh bố trí xây dựng trường học", GD),
    fig("khoảng 1,4 tỷ đồng/phòng học", "1,4", 1.4e9, "money", "đồng/phòng học",
        "kinh phí bình quân xây dựng phòng học", GD, approx="about"),
    fig("khởi công 12 trường", "12", 12, "count", "trường học", "trường học mới khởi công", Q4,
        status="forecast"),
    fig("có 5 trường", "5", 5, "count", "trường", "trường học mới khởi công", inh(Q4),
        total=12, status="forecast", location="Nhơn Trạch"),
]

COMMENTS = [
    "Sở GD&ĐT Đồng Nai site: rà soát phòng học năm học 2024-2025. No dateline (no published); 'Tổng lượt truy cập: 1.284.510' is a counter.",
    "One-cell-per-line table with 'Đơn vị tính: phòng': every numeric cell is a figure, the zero included; the row label (district) is the location;",
    "the 'Kế hoạch năm 2025' column gives status target and its period (scored, as in h23); 'Hiện có'/'Còn thiếu' have no period.",
    "The four districts' shortages (1.070) are not all of 1.235 and follow no cue: no total. 'Bảng 2', the address 'số 2 Nguyễn Văn Trị', phone: not figures.",
    "'dạy học 2 buổi/ngày' names a teaching mode (optional). '1,4 tỷ đồng/phòng học' is money with the rate in the unit. 'dự kiến' -> forecast, continuing into 'trong đó có 5 trường' (total 12).",
]

if __name__ == "__main__":
    emit(7, TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
