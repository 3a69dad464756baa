"""p1059-3: formal report (UBND tỉnh Hải Dương), overcrowding of public hospitals, flattened '|' table."""
from lib import C, F, I, P, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Hải Dương, ngày 12 tháng 9 năm 2023

BÁO CÁO
Tình hình quá tải giường bệnh tại các cơ sở khám bệnh, chữa bệnh công lập

Thực hiện Công văn số 4120/BYT-KCB ngày 08/8/2023 của Bộ Y tế, UBND tỉnh Hải Dương báo cáo như sau:

I. THỰC TRẠNG
1. Quy mô giường bệnh
Tính đến ngày 31/8/2023, toàn tỉnh có 5.930 giường bệnh kế hoạch và 7.215 giường thực kê tại 12 bệnh viện tuyến tỉnh và 12 trung tâm y tế tuyến huyện; bình quân đạt 31,4 giường bệnh/vạn dân.

2. Công suất sử dụng giường bệnh 8 tháng năm 2023 tại một số đơn vị
Đơn vị tính: giường; %
Đơn vị | Giường kế hoạch | Giường thực kê | Công suất
Bệnh viện Đa khoa tỉnh | 1.000 | 1.320 | 126,5
Bệnh viện Nhi | 400 | 560 | 138,2
Trung tâm Y tế thành phố Chí Linh | 250 | 310 | 104,7
Trung tâm Y tế huyện Thanh Miện | 150 | 180 | 96,3
Cộng | 1.800 | 2.370 | 124,1

Các bệnh viện tuyến tỉnh quá tải trung bình 20-30%, riêng Bệnh viện Nhi có thời điểm 2 trẻ/giường. Ngược lại, 5/12 trung tâm y tế huyện có công suất dưới 80%. Số lượt điều trị nội trú 8 tháng đạt 168.420 lượt, tăng 11,3% so với cùng kỳ năm 2022.

II. GIẢI PHÁP
1. Tăng cường chuyển giao kỹ thuật theo Đề án 1816 cho tuyến huyện, giảm chuyển tuyến không cần thiết.
2. Năm 2024, UBND tỉnh dự kiến bố trí khoảng 350 tỷ đồng để cải tạo, nâng cấp 6 trung tâm y tế huyện; phấn đấu tăng thêm 600 giường thực kê, nâng tỷ lệ lên 33 giường bệnh/vạn dân.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 31/8/2023", None, "2023-08-31")
M8H = P("8 tháng năm 2023", "2023-01-01", "2023-08-31", inherited=True)
M8 = P("8 tháng", "2023-01-01", "2023-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
R = "giường bệnh/vạn dân"


def row(label, cells, anchors, loc=None):
    out = []
    cols = ["giường kế hoạch", "giường thực kê", "công suất"]
    for (num, val), anchor, col in zip(cells, anchors, cols):
        kind, unit = ("percent", "%") if col == "công suất" else ("count", "giường")
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, num, val, kind, unit, f"{col} {label}", M8H, **kw))
    return out


FIGS = [
    F("có 5.930 giường", "5.930", 5930, "count", "giường bệnh", "giường bệnh kế hoạch", ASOF),
    F("và 7.215 giường", "7.215", 7215, "count", "giường", "giường thực kê", ASOF),
    F("tại 12 bệnh viện", "12", 12, "count", "bệnh viện", "bệnh viện tuyến tỉnh", ASOF),
    F("và 12 trung tâm", "12", 12, "count", "trung tâm y tế", "trung tâm y tế tuyến huyện", ASOF),
    F("đạt 31,4 giường", "31,4", 31.4, "measure", R, "số giường bệnh bình quân trên vạn dân", ASOF),
]
FIGS += row("Bệnh viện Đa khoa tỉnh", [("1.000", 1000), ("1.320", 1320), ("126,5", 126.5)],
            ["tỉnh | 1.000", "1.000 | 1.320", "| 126,5"])
FIGS += row("Bệnh viện Nhi", [("400", 400), ("560", 560), ("138,2", 138.2)],
            ["Nhi | 400", "400 | 560", "| 138,2"])
FIGS += row("Trung tâm Y tế thành phố Chí Linh", [("250", 250), ("310", 310), ("104,7", 104.7)],
            ["Linh | 250", "250 | 310", "| 104,7"], loc="Chí Linh")
FIGS += row("Trung tâm Y tế huyện Thanh Miện", [("150", 150), ("180", 180), ("96,3", 96.3)],
            ["Miện | 150", "150 | 180", "| 96,3"], loc="Thanh Miện")
FIGS += row("cộng các đơn vị", [("1.800", 1800), ("2.370", 2370), ("124,1", 124.1)],
            ["Cộng | 1.800", "1.800 | 2.370", "| 124,1"])
FIGS += [
    F("trung bình 20-30%", "20", 20, "percent", "%", "mức quá tải các bệnh viện tuyến tỉnh", I(M8H),
      value_max=30),
    F("2 trẻ/giường", "2", 2, "measure", "trẻ/giường", "số trẻ mỗi giường Bệnh viện Nhi"),
    F("5/12 trung tâm", "5", 5, "count", "trung tâm y tế huyện", "trung tâm y tế huyện có công suất dưới 80%",
      I(M8H), total=12),
    F("dưới 80%", "80", 80, "percent", "%", "ngưỡng công suất", approx="under", optional=True),
    F("đạt 168.420 lượt", "168.420", 168420, "count", "lượt", "lượt điều trị nội trú", M8,
      change=C("increase", 11.3, "%", "cùng kỳ năm 2022")),
    F("khoảng 350 tỷ đồng", "350", 350e9, "money", "đồng", "kinh phí cải tạo, nâng cấp trung tâm y tế huyện", Y24,
      approx="about", status="forecast"),
    F("nâng cấp 6 trung tâm", "6", 6, "count", "trung tâm y tế huyện", "trung tâm y tế huyện được cải tạo, nâng cấp",
      Y24, status="forecast"),
    F("thêm 600 giường", "600", 600, "count", "giường", "giường thực kê tăng thêm", Y24, status="target"),
    F("lên 33 giường", "33", 33, "measure", R, "số giường bệnh trên vạn dân", Y24, status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Hải Dương số 287/BC-UBND (12/9/2023): quá tải giường bệnh; flattened '|' table by unit (Giường kế hoạch,",
    "Giường thực kê, Công suất) with a 'Cộng' row. 'Giường kế hoạch' is the approved bed quota, not a plan to reach: status actual",
    "(choice). Table periods come from the heading line above the table (inherited). A row label that is a district's health centre",
    "gives that district as location (Chí Linh, Thanh Miện). Table cells get no totals; 'Cộng' cells are figures of their own.",
    "'dưới 80%' (a threshold) optional. Distractors: Số: 287/BC-UBND, Công văn số 4120/BYT-KCB, Đề án 1816, section numbers I., 1., 2.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2023-09-12", location="Hải Dương")
