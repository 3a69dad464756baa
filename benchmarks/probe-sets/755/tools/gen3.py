from lib import F, P, I, emit

TEXT = """UBND HUYỆN HẬU LỘC
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Lộc, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả phong trào thể dục thể thao quần chúng năm 2023 và phương hướng, nhiệm vụ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Phong trào thể thao quần chúng
Năm 2023, toàn huyện có 25/25 xã, thị trấn tổ chức đại hội hoặc hội thao cấp xã; 100% thôn, tổ dân phố có câu lạc bộ thể thao. Cấp huyện tổ chức 9 giải thể thao, trong đó có 3 giải bóng đá và 2 giải bóng chuyền; cấp xã tổ chức 214 giải với hơn 9.800 lượt vận động viên tham gia.

Bảng 1. Một số chỉ tiêu thể dục thể thao năm 2023
TT | Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Thực hiện 2023 | So với KH (%)
1 | Tỷ lệ người tập luyện TDTT thường xuyên | % | 35 | 35,6 | 101,7
2 | Tỷ lệ gia đình thể thao | % | 25 | 24,2 | 96,8
3 | Câu lạc bộ TDTT cơ sở | CLB | 180 | 196 | 108,9
4 | Sân bóng đá phong trào | sân | 45 | 52 | 115,6
5 | Sân bóng chuyền | sân | 260 | 271 | 104,2

2. Kinh phí
Tổng kinh phí cho hoạt động thể thao cơ sở năm 2023 đạt 2.350,5 triệu đồng, trong đó ngân sách nhà nước 850 triệu đồng, xã hội hóa 1.500,5 triệu đồng (chiếm 63,8%).

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024, tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt từ 36 đến 37%; xây mới ít nhất 5 sân bóng đá phong trào; mỗi xã, thị trấn tổ chức từ 8 giải thể thao trở lên.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở VHTTDL tỉnh Thanh Hóa;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH = P("Kế hoạch 2023", "2023-01-01", "2023-12-31")
TH = P("Thực hiện 2023", "2023-01-01", "2023-12-31")
SS = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)   # "So với KH" column: year only in the table title
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # label, unit, kind, (plan anchor, plan), (done anchor, done), (ratio anchor, ratio)
    ("Tỷ lệ người tập luyện TDTT thường xuyên", "%", "percent", ("| 35 | 35,6", "35", 35), ("35,6 | 101,7", "35,6", 35.6), ("| 101,7", "101,7", 101.7)),
    ("Tỷ lệ gia đình thể thao", "%", "percent", ("| 25 | 24,2", "25", 25), ("24,2 | 96,8", "24,2", 24.2), ("| 96,8", "96,8", 96.8)),
    ("Câu lạc bộ TDTT cơ sở", "CLB", "count", ("| 180 | 196", "180", 180), ("196 | 108,9", "196", 196), ("| 108,9", "108,9", 108.9)),
    ("Sân bóng đá phong trào", "sân", "count", ("| 45 | 52", "45", 45), ("52 | 115,6", "52", 52), ("| 115,6", "115,6", 115.6)),
    ("Sân bóng chuyền", "sân", "count", ("| 260 | 271", "260", 260), ("271 | 104,2", "271", 271), ("| 104,2", "104,2", 104.2)),
]

FIGS = [
    F("25/25 xã", "25", 25, "count", "xã, thị trấn", "xã, thị trấn tổ chức đại hội hoặc hội thao cấp xã", Y23, total=25),
    F("100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có câu lạc bộ thể thao", Y23),
    F("tổ chức 9 giải", "9", 9, "count", "giải", "giải thể thao cấp huyện tổ chức", I(Y23)),
    F("có 3 giải bóng đá", "3", 3, "count", "giải", "giải bóng đá cấp huyện", I(Y23), total=9),
    F("và 2 giải bóng chuyền", "2", 2, "count", "giải", "giải bóng chuyền cấp huyện", I(Y23), total=9),
    F("tổ chức 214 giải", "214", 214, "count", "giải", "giải thể thao cấp xã tổ chức", I(Y23)),
    F("hơn 9.800 lượt", "9.800", 9800, "count", "lượt vận động viên", "lượt vận động viên tham gia giải cấp xã", I(Y23), approx="over"),
]
for label, unit, kind, plan, done, ratio in ROWS:
    FIGS.append(F(plan[0], plan[1], plan[2], kind, unit, f"{label} kế hoạch 2023", KH, status="target"))
    FIGS.append(F(done[0], done[1], done[2], kind, unit, f"{label} thực hiện 2023", TH))
    FIGS.append(F(ratio[0], ratio[1], ratio[2], "percent", "%", f"{label} thực hiện so với kế hoạch", SS))
FIGS += [
    F("đạt 2.350,5 triệu đồng", "2.350,5", 2350.5e6, "money", "đồng", "tổng kinh phí cho hoạt động thể thao cơ sở",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("nhà nước 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí thể thao cơ sở từ ngân sách nhà nước",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=2350.5e6),
    F("hóa 1.500,5 triệu đồng", "1.500,5", 1500.5e6, "money", "đồng", "kinh phí thể thao cơ sở từ xã hội hóa",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=2350.5e6, percent=63.8),
    F("từ 36 đến 37%", "36", 36, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", Y24,
      value_max=37, status="target"),
    F("ít nhất 5 sân", "5", 5, "count", "sân", "sân bóng đá phong trào xây mới", Y24, approx="at_least", status="target"),
    F("từ 8 giải", "8", 8, "count", "giải", "giải thể thao mỗi xã, thị trấn tổ chức", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Báo cáo UBND huyện Hậu Lộc (Thanh Hóa) số 412/BC-UBND: phong trào TDTT quần chúng năm 2023, phương hướng 2024.",
    "Flattened '|' table: every numeric cell is a figure; 'Kế hoạch 2023' cells are targets, 'Thực hiện 2023' actual, 'So với KH (%)'",
    "cells percent figures (year only in the table title: inherited). Units from the 'Đơn vị' column. Row numbers 1-5 are not figures.",
    "As in shared h23, no target attribute is put on the result cells (the plan cells are figures of their own).",
    "'chiếm 63,8%' is the share of the 1.500,5 triệu part. Distractors: 'Số: 412/BC-UBND', 'Bảng 1', section numbers, place-and-date line.",
]

if __name__ == "__main__":
    emit("p755-3", TEXT, COMMENTS, FIGS, published="2023-12-12", location="Hậu Lộc")
