"""p1051-3: formal report under a letterhead (UBND tỉnh Gia Lai), flattened '|' table by district."""
from lib import emit, fig, per, inh, year, cells, anchor_at

TABLE = """Đơn vị tính: phòng
Huyện | Kế hoạch năm 2024 | Thực hiện đến 31/10/2024 | Tỷ lệ (%)
Kbang | 48 | 40 | 83,3
Kông Chro | 42 | 30 | 71,4
Krông Pa | 36 | 29 | 80,6
Ia Pa | 30 | 27 | 90,0
Tổng cộng | 156 | 126 | 80,8"""

TEXT = """UBND TỈNH GIA LAI                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                 Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                  Gia Lai, ngày 22 tháng 11 năm 2024

BÁO CÁO
Kết quả đầu tư xây dựng nhà công vụ giáo viên năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Thực hiện Kế hoạch số 1752/KH-UBND ngày 15/8/2022 của UBND tỉnh, tính đến ngày 31/10/2024, toàn tỉnh có 2.846 phòng ở công vụ giáo viên tại 372 trường học, đáp ứng chỗ ở cho 5.310 giáo viên, đạt 71,4% nhu cầu.

2. Kết quả đầu tư
Năm 2024, tổng vốn bố trí cho xây dựng nhà công vụ giáo viên là 64,8 tỷ đồng; giải ngân đến ngày 31/10/2024 đạt 49,3 tỷ đồng, bằng 76,1% kế hoạch vốn. Kết quả xây mới phòng ở tại các huyện trọng điểm như sau:

""" + TABLE + """

3. Tồn tại, hạn chế
Toàn tỉnh còn khoảng 2.130 giáo viên chưa có chỗ ở công vụ, trong đó 864 giáo viên đang ở tạm tại các điểm trường lẻ ở làng xa. Hai huyện Kbang, Kông Chro có số giáo viên ở tạm nhiều nhất, lần lượt là 212 và 187 người. Nhiều nhà công vụ xây dựng trước năm 2010 đã xuống cấp, cần sửa chữa 214 phòng, kinh phí ước khoảng 9,6 tỷ đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, tỉnh phấn đấu xây mới 180 phòng ở công vụ, nâng tỷ lệ đáp ứng nhu cầu lên 78%; tổng nhu cầu vốn dự kiến 74,5 tỷ đồng, trong đó vốn ngân sách Trung ương 52 tỷ đồng.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
Y24 = year(2024, "Năm 2024")
Y25 = year(2025, "Năm 2025")
ROWS = [("Kbang", ["48", "40", "83,3"]), ("Kông Chro", ["42", "30", "71,4"]), ("Krông Pa", ["36", "29", "80,6"]),
        ("Ia Pa", ["30", "27", "90,0"]), ("Tổng cộng", ["156", "126", "80,8"])]

F = [
    fig("có 2.846 phòng", "2.846", 2846, "count", "phòng ở công vụ", "phòng ở công vụ giáo viên", ASOF),
    fig("tại 372 trường", "372", 372, "count", "trường học", "trường học có phòng ở công vụ giáo viên", ASOF),
    fig("cho 5.310 giáo viên", "5.310", 5310, "count", "giáo viên", "giáo viên được đáp ứng chỗ ở", ASOF,
        percent=71.4),
    fig("là 64,8 tỷ đồng", "64,8", 64.8e9, "money", "đồng", "tổng vốn bố trí cho xây dựng nhà công vụ giáo viên", Y24),
    fig("đạt 49,3 tỷ đồng", "49,3", 49.3e9, "money", "đồng", "vốn giải ngân xây dựng nhà công vụ giáo viên",
        per("đến ngày 31/10/2024", None, "2024-10-31"), percent=76.1),
]

pos = cells(TEXT, TABLE, ROWS)
COLS = [("kế hoạch năm 2024", Y24, "target"),
        ("thực hiện đến 31/10/2024", per("Thực hiện đến 31/10/2024", None, "2024-10-31"), None),
        ("tỷ lệ thực hiện", None, None)]
for label, cs in ROWS:
    for j, c in enumerate(cs):
        start, num, a = pos[(label, j)]
        v = float(num.replace(",", ".")) if "," in num else int(num)
        col, p, st = COLS[j]
        loc = "Gia Lai" if label == "Tổng cộng" else label
        extra = {"status": st} if st else {}
        if j == 2:
            subj = "tỷ lệ thực hiện xây mới phòng ở so với kế hoạch" + (" tổng cộng" if label == "Tổng cộng" else "")
            F.append(fig(a, num, v, "percent", "%", subj, inh(Y24), location=loc, _pos=start))
        else:
            subj = "phòng ở xây mới " + col + (" tổng cộng" if label == "Tổng cộng" else "")
            F.append(fig(a, num, v, "count", "phòng", subj, p, location=loc, _pos=start, **extra))

F += [
    fig("khoảng 2.130 giáo viên", "2.130", 2130, "count", "giáo viên", "giáo viên chưa có chỗ ở công vụ",
        approx="about"),
    fig("trong đó 864 giáo viên", "864", 864, "count", "giáo viên",
        "giáo viên đang ở tạm tại các điểm trường lẻ", total=2130),
    fig("Hai huyện Kbang", "Hai", 2, "count", "huyện", "huyện có số giáo viên ở tạm nhiều nhất", optional=True),
    fig("lần lượt là 212", "212", 212, "count", "người", "giáo viên ở tạm", location="Kbang"),
    fig("và 187 người", "187", 187, "count", "người", "giáo viên ở tạm", location="Kông Chro"),
    fig("sửa chữa 214 phòng", "214", 214, "count", "phòng", "phòng xuống cấp cần sửa chữa"),
    fig("khoảng 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "kinh phí sửa chữa phòng xuống cấp",
        approx="about", status="estimate"),
    fig("xây mới 180 phòng", "180", 180, "count", "phòng ở công vụ", "phòng ở công vụ xây mới", Y25,
        status="target"),
    fig("lên 78%", "78", 78, "percent", "%", "tỷ lệ đáp ứng nhu cầu chỗ ở của giáo viên", Y25, status="target"),
    fig("dự kiến 74,5 tỷ đồng", "74,5", 74.5e9, "money", "đồng", "tổng nhu cầu vốn", Y25, status="forecast"),
    fig("Trung ương 52 tỷ đồng", "52", 52e9, "money", "đồng", "vốn ngân sách Trung ương", Y25,
        total=74.5e9, status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Gia Lai Số 318/BC-UBND, 22/11/2024: nhà công vụ giáo viên năm 2024, kế hoạch 2025.",
    "Flattened '|' table (Đơn vị tính: phòng): every numeric cell is a figure; Kế hoạch column -> target, period 2024;",
    "Thực hiện đến 31/10/2024 -> as-of; Tỷ lệ (%) cells are percent figures (period from the line above: inherited).",
    "Cells carry no percent/target attributes (they are figures of their own); district rows -> location district, Tổng cộng -> Gia Lai.",
    "'lần lượt là 212 và 187 người' is a ranking of two districts (no total). 'kinh phí ước khoảng' -> estimate.",
    "revised after the first run: 'Hai huyện Kbang, Kông Chro' (a number word sizing a named list) had been left out; added as optional,",
    "the same treatment as 'bốn huyện' in p1051-7.",
    "Distractors: Số: 318/BC-UBND, Kế hoạch số 1752/KH-UBND ngày 15/8/2022, section numbers I./II./1.-3., 'trước năm 2010'.",
]

if __name__ == "__main__":
    emit("p1051-3", TEXT, COMMENTS, F, published="2024-11-22", location="Gia Lai")
