"""p1301-3: formal report (Sở VHTTDL Quảng Nam), golf business 9 months 2024, flattened '|' table by course."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 1786/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình kinh doanh du lịch golf 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Lượt khách
Trong 9 tháng đầu năm 2024, 4 sân golf đang hoạt động trên địa bàn tỉnh đón 78.640 lượt khách chơi golf, tăng 9,2% so với cùng kỳ; trong đó khách quốc tế chiếm 83,5%, chủ yếu đến từ Hàn Quốc, Nhật Bản và Trung Quốc.

Bảng 1. Lượt khách chơi golf theo sân
Đơn vị tính: lượt khách
Sân golf | Địa bàn | 9 tháng 2023 | 9 tháng 2024 | So với cùng kỳ (%)
Ngọc Lan Hội An | Điện Bàn | 27.310 | 29.480 | 107,9
Cát Trắng | Điện Bàn | 21.905 | 23.150 | 105,7
Đồi Cát Vàng | Thăng Bình | 14.620 | 16.230 | 111,0
Tam Hải | Núi Thành | 8.180 | 9.780 | 119,6
Tổng cộng | | 72.015 | 78.640 | 109,2

2. Doanh thu, lao động
Tổng doanh thu của các sân golf ước đạt 486,3 tỷ đồng, bằng 76% kế hoạch năm. Các sân golf đã nộp ngân sách nhà nước 58,7 tỷ đồng; giải quyết việc làm cho 1.240 lao động, trong đó lao động địa phương chiếm trên 70%.

3. Dự án sân golf
Toàn tỉnh có 6 dự án sân golf được chấp thuận chủ trương đầu tư, tổng diện tích 1.530 ha; trong đó 2 dự án đang thi công, 1 dự án chậm tiến độ hơn 24 tháng.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu cả năm 2024 đón 105.000 lượt khách chơi golf, doanh thu đạt 640 tỷ đồng. Trong quý IV, dự kiến tổ chức ít nhất 2 giải golf quốc tế.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT, QLDL.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = per("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = per("9 tháng 2024", "2024-01-01", "2024-09-30")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

ROWS = [("Ngọc Lan Hội An", "Điện Bàn", ["27.310", "29.480", "107,9"]),
        ("Cát Trắng", "Điện Bàn", ["21.905", "23.150", "105,7"]),
        ("Đồi Cát Vàng", "Thăng Bình", ["14.620", "16.230", "111,0"]),
        ("Tam Hải", "Núi Thành", ["8.180", "9.780", "119,6"]),
        ("Tổng cộng", None, ["72.015", "78.640", "109,2"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, (a, b, r) in ROWS:
    loc = {"location": place} if place else {}
    row = f"sân {label}" if place else "tổng cộng"
    sep = f"{label} | {place} | " if place else "Tổng cộng | | "
    CELLS.append(fig(f"{sep}{a}", a, num(a), "count", "lượt khách",
                     subject=f"lượt khách chơi golf {row} 9 tháng 2023", period=C23, **loc))
    CELLS.append(fig(f"{a} | {b}", b, num(b), "count", "lượt khách",
                     subject=f"lượt khách chơi golf {row} 9 tháng 2024", period=C24, **loc))
    CELLS.append(fig(f"{b} | {r}", r, num(r), "percent", "%",
                     subject=f"lượt khách chơi golf {row} so với cùng kỳ", period=inh(C24), **loc))

FIGS = [
    fig("2024, 4 sân golf", "4", 4, "count", "sân golf", subject="sân golf đang hoạt động trên địa bàn tỉnh",
        period=NINE),
    fig("đón 78.640 lượt", "78.640", 78640, "count", "lượt khách chơi golf",
        change=chg("increase", 9.2, "%", "cùng kỳ"), subject="lượt khách chơi golf các sân golf đón", period=NINE),
    fig("chiếm 83,5%", "83,5", 83.5, "percent", "%",
        subject="khách quốc tế trong lượt khách chơi golf", period=NINE),
] + CELLS + [
    fig("ước đạt 486,3 tỷ", "486,3", 486.3e9, "money", "đồng", status="estimate", percent=76,
        subject="tổng doanh thu của các sân golf", period=inh(NINE)),
    fig("nước 58,7 tỷ", "58,7", 58.7e9, "money", "đồng",
        subject="nộp ngân sách nhà nước của các sân golf", period=inh(NINE)),
    fig("cho 1.240 lao động", "1.240", 1240, "count", "lao động",
        subject="lao động các sân golf giải quyết việc làm", period=inh(NINE)),
    fig("trên 70%", "70", 70, "percent", "%", approx="over",
        subject="lao động địa phương trong lao động các sân golf", period=inh(NINE)),
    fig("có 6 dự án", "6", 6, "count", "dự án",
        subject="dự án sân golf được chấp thuận chủ trương đầu tư"),
    fig("tích 1.530 ha", "1.530", 1530, "measure", "ha", subject="tổng diện tích các dự án sân golf"),
    fig("2 dự án đang", "2", 2, "count", "dự án", total=6, subject="dự án đang thi công"),
    fig("1 dự án chậm", "1", 1, "count", "dự án", total=6, subject="dự án chậm tiến độ"),
    fig("hơn 24 tháng", "24", 24, "measure", "tháng", approx="over", subject="thời gian chậm tiến độ của dự án"),
    fig("đón 105.000 lượt", "105.000", 105000, "count", "lượt khách chơi golf", status="target",
        subject="lượt khách chơi golf", period=YEAR),
    fig("đạt 640 tỷ", "640", 640e9, "money", "đồng", status="target", subject="doanh thu", period=YEAR),
    fig("ít nhất 2 giải", "2", 2, "count", "giải golf quốc tế", approx="at_least", status="forecast",
        subject="giải golf quốc tế tổ chức", period=Q4),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NAM / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 1786/BC-SVHTTDL', 'Quảng Nam, ngày 08 tháng 10 năm 2024',",
    "sections I/II and 1-3, 'Nơi nhận'. Distractors: the document number, the letterhead date, 'Bảng 1.', section numbers, 'Lưu: VT, QLDL'.",
    "Flattened '|' table, 'Đơn vị tính: lượt khách', place column 'Địa bàn' → location of each row (Điện Bàn, Thăng Bình, Núi Thành);",
    "'Tổng cộng' row has no place → Quảng Nam. Subject = caption indicator + row + column; periods from the '9 tháng 2023/2024' headers.",
    "'So với cùng kỳ (%)' cells are percent figures; the header names no period, so their period (9 tháng 2024) is marked inherited.",
    "'tăng 9,2% so với cùng kỳ' is the change of 78.640; 'trong đó khách quốc tế chiếm 83,5%' and 'lao động địa phương chiếm trên 70%'",
    "are percent figures of their own. Section 2 and 3 sentences carry no period phrase: 9 tháng đầu năm 2024 inherited (section 3: none).",
    "'6 dự án ...; trong đó 2 dự án ..., 1 dự án' → total 6. 'chậm tiến độ hơn 24 tháng' is a measured delay (measure, over).",
    "Section II: 'Phấn đấu cả năm 2024' → target for both clauses; 'Trong quý IV, dự kiến ... ít nhất 2 giải' → forecast, at_least.",
]

if __name__ == "__main__":
    write("p1301-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Quảng Nam")
