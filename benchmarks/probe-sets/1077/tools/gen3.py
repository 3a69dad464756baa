from lib import F, P, SY, I, CH, TG, write

TEXT = """UBND TỈNH HẬU GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Hậu Giang, ngày 12 tháng 6 năm 2025

BÁO CÁO
Kết quả công tác nha học đường năm học 2024-2025

I. KẾT QUẢ THỰC HIỆN
1. Khám răng miệng cho học sinh
Năm học 2024-2025, toàn tỉnh có 214/221 trường tiểu học và trung học cơ sở triển khai chương trình nha học đường, đạt 96,8%. Kết quả khám tại một số địa phương như sau:
Đơn vị tính: học sinh
Địa phương | Được khám | Sâu răng | Được điều trị
Thành phố Vị Thanh | 9.842 | 5.315 | 3.987
Thị xã Long Mỹ | 7.126 | 4.418 | 2.905
Huyện Phụng Hiệp | 15.930 | 10.354 | 6.212
Huyện Châu Thành A | 11.274 | 6.990 | 4.603
Tổng cộng | 44.172 | 27.077 | 17.707

2. Các biện pháp dự phòng
Tỷ lệ học sinh sâu răng chung của các địa phương trên là 61,3%, giảm 2,4% so với năm học 2023-2024. Đã trám bít hố rãnh cho 6.850 răng, đạt 114% kế hoạch; duy trì súc miệng nước fluor 0,2% hằng tuần cho 38.600 học sinh tiểu học. Tổng kinh phí thực hiện ước đạt 1,36 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn 7 trường chưa có nhân viên y tế trường học; 3 huyện chưa có ghế nha lưu động.

III. PHƯƠNG HƯỚNG NĂM HỌC 2025-2026
Phấn đấu 100% trường tiểu học triển khai nha học đường; giảm tỷ lệ học sinh sâu răng xuống dưới 58%; trang bị thêm 5 ghế nha lưu động, dự kiến kinh phí 750 triệu đồng.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = SY("Năm học 2024-2025", 2024)
N = SY("NĂM HỌC 2025-2026", 2025, inherited=True)
ROWS = [("Thành phố Vị Thanh", "Vị Thanh", ["9.842", "5.315", "3.987"]),
        ("Thị xã Long Mỹ", "Long Mỹ", ["7.126", "4.418", "2.905"]),
        ("Huyện Phụng Hiệp", "Phụng Hiệp", ["15.930", "10.354", "6.212"]),
        ("Huyện Châu Thành A", "Châu Thành A", ["11.274", "6.990", "4.603"]),
        ("Tổng cộng", "Hậu Giang", ["44.172", "27.077", "17.707"])]
COLS = ["học sinh được khám răng miệng", "học sinh sâu răng", "học sinh được điều trị"]


def num(s):
    return int(s.replace(".", ""))


TABLE = []
for label, place, cells in ROWS:
    for i, (c, col) in enumerate(zip(cells, COLS)):
        left = label if i == 0 else cells[i - 1]
        subject = col + (" tổng cộng" if label == "Tổng cộng" else "")
        TABLE.append(F(f"{left} | {c}", c, num(c), "count", "học sinh", subject, I(Y), location=place))

FIGS = [
    F("có 214/221 trường", "214", 214, "count", "trường",
      "trường tiểu học và trung học cơ sở triển khai chương trình nha học đường", Y, total=221, percent=96.8),
] + TABLE + [
    F("trên là 61,3%", "61,3", 61.3, "percent", "%", "tỷ lệ học sinh sâu răng", I(Y),
      change=CH("decrease", 2.4, "%", "năm học 2023-2024")),
    F("cho 6.850 răng", "6.850", 6850, "count", "răng", "răng được trám bít hố rãnh", I(Y), percent=114),
    F("fluor 0,2%", "0,2", 0.2, "percent", "%", "nồng độ nước fluor súc miệng", optional=True),
    F("cho 38.600 học sinh", "38.600", 38600, "count", "học sinh", "học sinh tiểu học súc miệng nước fluor hằng tuần", I(Y)),
    F("ước đạt 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "tổng kinh phí thực hiện", I(Y), status="estimate"),
    F("Còn 7 trường", "7", 7, "count", "trường", "trường chưa có nhân viên y tế trường học"),
    F("3 huyện", "3", 3, "count", "huyện", "huyện chưa có ghế nha lưu động"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "trường tiểu học triển khai nha học đường", N, status="target"),
    F("dưới 58%", "58", 58, "percent", "%", "tỷ lệ học sinh sâu răng", N, approx="under", status="target"),
    F("thêm 5 ghế", "5", 5, "count", "ghế nha lưu động", "ghế nha lưu động trang bị thêm", N, status="target"),
    F("kinh phí 750 triệu đồng", "750", 750e6, "money", "đồng", "kinh phí trang bị ghế nha lưu động", N, status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Hậu Giang số 187/BC-UBND ngày 12/6/2025: nha học đường năm học 2024-2025; flattened | table.",
    "Table: Đơn vị tính: học sinh; subject = column label, location = row place; the Tổng cộng row is its own figure",
    "(location Hậu Giang, the province of the report); cells carry no totals; period inherited from 'Năm học 2024-2025'.",
    "214/221 trường carries total 221 and share 96,8%. 6.850 răng: đạt 114% kế hoạch = percent.",
    "Section III targets take their period from the heading 'PHƯƠNG HƯỚNG NĂM HỌC 2025-2026' (another sentence: inherited).",
    "Not figures: Số: 187/BC-UBND, the date line, section numbers I.-III., 1.-2., Châu Thành A. Fluor 0,2% optional.",
]

if __name__ == "__main__":
    write("p1077-3", TEXT, NOTES, FIGS, published="2025-06-12", location="Hậu Giang")
