from lib import F, P, CH, TG, write

TEXT = """UBND TỈNH BẮC GIANG
SỞ Y TẾ
Số: 418/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả triển khai chương trình Nha học đường năm học 2023-2024

Thực hiện Kế hoạch số 96/KH-SYT ngày 15/8/2023 của Sở Y tế về chăm sóc sức khỏe răng miệng cho học sinh, Sở Y tế báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám, điều trị răng miệng
Từ tháng 9/2023 đến tháng 5/2024, toàn tỉnh có 412/438 trường tiểu học, trung học cơ sở triển khai chương trình Nha học đường (đạt 94,1%), tăng 36 trường so với năm học trước. Kết quả khám tại một số địa phương như sau:

Bảng 1. Kết quả khám răng miệng học sinh
Đơn vị tính: học sinh
Địa phương | Được khám | Sâu răng | Tỷ lệ sâu răng (%) | Được điều trị
TP. Bắc Giang | 28.614 | 11.045 | 38,6 | 9.872
Lạng Giang | 19.207 | 8.931 | 46,5 | 7.110
Lục Ngạn | 21.530 | 11.292 | 52,4 | 6.945
Yên Thế | 10.946 | 5.418 | 49,5 | 3.987
Toàn tỉnh | 185.320 | 81.170 | 43,8 | 62.415

2. Hoạt động dự phòng
Toàn tỉnh tổ chức súc miệng bằng dung dịch fluor 0,2% hằng tuần cho 96.840 học sinh tiểu học; trám bít hố rãnh cho 14.275 răng; tổ chức 1.260 buổi truyền thông với khoảng 152 nghìn lượt học sinh tham gia. Kinh phí thực hiện ước đạt 3,45 tỷ đồng, bằng 92% dự toán được giao.

II. PHƯƠNG HƯỚNG NĂM HỌC 2024-2025
Phấn đấu 100% trường tiểu học triển khai chương trình Nha học đường; giảm tỷ lệ sâu răng ở học sinh xuống dưới 40%; tối thiểu 70% học sinh bị sâu răng được điều trị sau khám.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở GD&ĐT;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Thu
"""

PY = P("Từ tháng 9/2023 đến tháng 5/2024", "2023-09-01", "2024-05-31")
PYi = P("Từ tháng 9/2023 đến tháng 5/2024", "2023-09-01", "2024-05-31", inherited=True)
PN = P("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)

ROWS = [
    ("TP. Bắc Giang", "Bắc Giang", ["28.614", "11.045", "38,6", "9.872"]),
    ("Lạng Giang", "Lạng Giang", ["19.207", "8.931", "46,5", "7.110"]),
    ("Lục Ngạn", "Lục Ngạn", ["21.530", "11.292", "52,4", "6.945"]),
    ("Yên Thế", "Yên Thế", ["10.946", "5.418", "49,5", "3.987"]),
    ("Toàn tỉnh", "Bắc Giang", ["185.320", "81.170", "43,8", "62.415"]),
]
COLS = ["học sinh được khám", "học sinh sâu răng", "tỷ lệ sâu răng", "học sinh được điều trị"]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


figs = [
    F("có 412/438 trường", "412", 412, "count", "trường", "trường tiểu học, trung học cơ sở triển khai chương trình Nha học đường",
      PY, total=438, percent=94.1, change=CH("increase", 36, "trường", "năm học trước")),
]
for label, loc, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for j, cell in enumerate(cells):
        if j == 0:
            anchor = f"{label} | {cell} |"
        elif j < 3:
            anchor = f"| {cells[j-1]} | {cell} |"
        else:
            anchor = f"| {cells[j-1]} | {cell}\n"
        pct = j == 2
        subj = COLS[j] + ("" if label != "Toàn tỉnh" else " toàn tỉnh")
        figs.append(F(anchor, cell, num(cell), "percent" if pct else "count", "%" if pct else "học sinh", subj, PYi,
                      location=loc))
figs += [
    F("fluor 0,2%", "0,2", 0.2, "percent", "%", "nồng độ dung dịch fluor", optional=True),
    F("cho 96.840 học sinh", "96.840", 96840, "count", "học sinh", "học sinh tiểu học súc miệng bằng dung dịch fluor hằng tuần", PYi),
    F("cho 14.275 răng", "14.275", 14275, "count", "răng", "răng được trám bít hố rãnh", PYi),
    F("tổ chức 1.260 buổi", "1.260", 1260, "count", "buổi", "buổi truyền thông", PYi),
    F("khoảng 152 nghìn", "152", 152000, "count", "lượt học sinh", "lượt học sinh tham gia truyền thông", PYi, approx="about"),
    F("ước đạt 3,45 tỷ", "3,45", 3450000000, "money", "đồng", "kinh phí thực hiện", PYi, percent=92, status="estimate"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "trường tiểu học triển khai chương trình Nha học đường", PN, status="target"),
    F("xuống dưới 40%", "40", 40, "percent", "%", "tỷ lệ sâu răng ở học sinh", PN, approx="under", status="target"),
    F("tối thiểu 70%", "70", 70, "percent", "%", "học sinh bị sâu răng được điều trị sau khám", PN, approx="at_least",
      status="target"),
]

write(3, TEXT, figs, [
    "Formal report with letterhead (Sở Y tế Bắc Giang, 'Số: 418/BC-SYT'); 'Bắc Giang, ngày 12 tháng 7 năm 2024' is its date.",
    "School dental care (Nha học đường), school year 2023-2024, written out as 'Từ tháng 9/2023 đến tháng 5/2024' in the first sentence.",
    "Flattened '|' table with 'Đơn vị tính: học sinh' and a '(%)' column: every numeric cell is a figure; subject = column label,",
    "row label (district) in location, 'Toàn tỉnh' = Bắc Giang; period inherited from the sentence above; no totals for cells.",
    "412/438 has total 438, percent 94,1 (bracket) and change +36 trường vs năm học trước. 'fluor 0,2%' (a concentration) is optional.",
    "Section II targets inherit the heading's school year (not scored); 'Phấn đấu' governs all three clauses (status target).",
    "Distractors: document numbers, dates, section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, NVY', 'KT. GIÁM ĐỐC'.",
], published="2024-07-12", location="Bắc Giang")
