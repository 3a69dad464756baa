"""p1002-3: Báo cáo UBND tỉnh Nghệ An (formal report, flattened | table) - tổ liên gia 6 tháng đầu năm 2024."""
from lib import F, change, inherit, period, write

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Nghệ An, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả nhân rộng mô hình "Tổ liên gia an toàn PCCC" 6 tháng đầu năm 2024

Thực hiện Công văn số 1530/C07-P4 của Cục Cảnh sát PCCC và CNCH, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thành lập tổ liên gia
Tính đến ngày 30/6/2024, toàn tỉnh có 7.412 tổ liên gia an toàn PCCC, tăng 1.265 tổ so với ngày 31/12/2023, với 148.960 hộ tham gia. Kết quả theo địa bàn:

Đơn vị tính: tổ
STT | Địa phương | Đến 31/12/2023 | Thành lập mới 6 tháng 2024 | Lũy kế đến 30/6/2024
1 | TP Vinh | 1.208 | 214 | 1.422
2 | TX Cửa Lò | 236 | 58 | 294
3 | Huyện Diễn Châu | 512 | 97 | 609
4 | Huyện Quỳnh Lưu | 468 | 85 | 553
5 | Các địa phương khác | 3.723 | 811 | 4.534
| Toàn tỉnh | 6.147 | 1.265 | 7.412

2. Trang bị phương tiện, mở lối thoát nạn
6 tháng đầu năm, các hộ trong tổ liên gia đã trang bị 29.870 bình chữa cháy (21.340 bình bột, 8.530 bình khí CO2), đạt 83% chỉ tiêu năm; mở 1.946 lối thoát nạn thứ hai; 63% hộ kinh doanh đã lắp thiết bị báo cháy.

3. Diễn tập
Các tổ đã tổ chức 2.318 cuộc diễn tập phương án chữa cháy tại chỗ với khoảng 46.500 lượt người tham gia, trong đó quý II/2024 là 1.402 cuộc.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu thành lập thêm 1.500 tổ, nâng tỷ lệ khu dân cư có tổ liên gia lên 85%; dự kiến kinh phí hỗ trợ khoảng 2,6 tỷ đồng.
"""

END23 = period("Đến 31/12/2023", end="2023-12-31")
NEW = period("Thành lập mới 6 tháng 2024", "2024-01-01", "2024-06-30")
CUM = period("Lũy kế đến 30/6/2024", end="2024-06-30")
ASOF = period("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = period("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")
S_END = "tổ liên gia an toàn PCCC đến 31/12/2023"
S_NEW = "tổ liên gia thành lập mới 6 tháng 2024"
S_CUM = "tổ liên gia lũy kế đến 30/6/2024"

ROWS = [  # (anchor prefix, label for subject, location, cells)
    ("TP Vinh | ", "", "Vinh", ("1.208", "214", "1.422")),
    ("TX Cửa Lò | ", "", "Cửa Lò", ("236", "58", "294")),
    ("Huyện Diễn Châu | ", "", "Diễn Châu", ("512", "97", "609")),
    ("Huyện Quỳnh Lưu | ", "", "Quỳnh Lưu", ("468", "85", "553")),
    ("Các địa phương khác | ", " các địa phương khác", "Nghệ An", ("3.723", "811", "4.534")),
    ("Toàn tỉnh | ", " toàn tỉnh", "Nghệ An", ("6.147", "1.265", "7.412")),
]


def num(s):
    return int(s.replace(".", ""))


def table():
    out = []
    for prefix, label, loc, cells in ROWS:
        a, b, c = cells
        specs = [
            (f"{prefix}{a} |", a, S_END, END23),
            (f"| {a} | {b} |", b, S_NEW, NEW),
            (f"| {b} | {c}\n", c, S_CUM, CUM),
        ]
        for anchor, number, subj, per in specs:
            out.append(F(anchor, number, num(number), "count", "tổ", subj + label, per, location=loc))
    return out


FIGS = [
    F("có 7.412 tổ", "7.412", 7412, "count", "tổ", "tổ liên gia an toàn PCCC toàn tỉnh", ASOF,
      change=change("increase", 1265, "tổ", "ngày 31/12/2023")),
    F("với 148.960 hộ", "148.960", 148960, "count", "hộ", "hộ tham gia tổ liên gia", ASOF),
    *table(),
    F("trang bị 29.870 bình", "29.870", 29870, "count", "bình", "bình chữa cháy các hộ trong tổ liên gia trang bị", H1,
      percent=83),
    F("(21.340 bình bột", "21.340", 21340, "count", "bình", "bình bột chữa cháy trang bị", H1, total=29870),
    F("8.530 bình khí", "8.530", 8530, "count", "bình", "bình khí CO2 chữa cháy trang bị", H1, total=29870),
    F("mở 1.946 lối thoát nạn", "1.946", 1946, "count", "lối thoát nạn", "lối thoát nạn thứ hai mở", H1),
    F("63% hộ kinh doanh", "63", 63, "percent", "%", "hộ kinh doanh đã lắp thiết bị báo cháy", H1),
    F("tổ chức 2.318 cuộc", "2.318", 2318, "count", "cuộc", "cuộc diễn tập phương án chữa cháy tại chỗ",
      inherit(H1)),
    F("khoảng 46.500 lượt người", "46.500", 46500, "count", "lượt người", "lượt người tham gia diễn tập",
      inherit(H1), approx="about"),
    F("là 1.402 cuộc", "1.402", 1402, "count", "cuộc", "cuộc diễn tập quý II/2024",
      period("quý II/2024", "2024-04-01", "2024-06-30")),
    F("thêm 1.500 tổ", "1.500", 1500, "count", "tổ", "tổ liên gia thành lập thêm", inherit(H2), status="target"),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ khu dân cư có tổ liên gia", inherit(H2), status="target"),
    F("khoảng 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí hỗ trợ", inherit(H2), approx="about",
      status="forecast"),
]

NOTES = [
    "Báo cáo số 287/BC-UBND của UBND tỉnh Nghệ An (letterhead, section numbers): tổ liên gia an toàn PCCC 6 tháng đầu năm 2024.",
    "The report date 'Nghệ An, ngày 05 tháng 7 năm 2024' gives published. Số: 287/BC-UBND, Công văn số 1530/C07-P4, section numbers, STT",
    "and 'lối thoát nạn thứ hai' are not figures. Flattened table (Đơn vị tính: tổ): every numeric cell is a figure, period from its column",
    "header, the row place as location ('Các địa phương khác' and 'Toàn tỉnh' -> Nghệ An); table cells get no totals.",
    "Year-less '6 tháng đầu năm' takes 2024 from the table header above it. 'trong đó quý II/2024 là 1.402 cuộc' covers another period than 2.318.",
    "revised: 1.402 cuộc (quý II/2024) loses total 2318: FIGURES.md wants the whole to count the same thing over the same period,",
    "and 2.318 covers 6 months, not the quarter.",
    "Section II's heading gives the period of the tasks (inherited); 'dự kiến kinh phí' is forecast, the rest target.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-07-05", location="Nghệ An")
