from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
SỞ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1865/BC-SXD
Bình Dương, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình phát triển nhà ở công nhân, nhà ở xã hội 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tính đến ngày 30/6/2024, trên địa bàn tỉnh Bình Dương có 29 khu công nghiệp đang hoạt động với 512.640 lao động, trong đó 301.470 lao động có nhu cầu về nhà ở, chiếm 58,8%.

2. Kết quả phát triển nhà ở xã hội, nhà ở công nhân (Đơn vị tính: căn):

Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so kế hoạch (%)
Nhà ở xã hội hoàn thành | 9.500 | 4.128 | 43,5
Nhà ở công nhân hoàn thành | 6.000 | 2.745 | 45,8
Nhà lưu trú công nhân | 1.200 | 316 | 26,3

Tổng vốn đầu tư đã thực hiện 6 tháng ước đạt 3.215,6 tỷ đồng, đạt 41,2% kế hoạch năm. Giá bán nhà ở xã hội bình quân 14,5 triệu đồng/m², giá thuê 95.000 đồng/m²/tháng.

3. Tình hình cho vay: Ngân hàng Chính sách xã hội tỉnh đã giải ngân 286 tỷ đồng, tăng 23,4% so với cùng kỳ năm 2023, cho 517 khách hàng vay mua, thuê mua nhà ở xã hội.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu đến hết năm 2024 hoàn thành ít nhất 9.000 căn nhà ở xã hội; khởi công mới 5 dự án với khoảng 7.800 căn.
2. Đôn đốc các chủ đầu tư đẩy nhanh tiến độ các dự án tại thành phố Thủ Dầu Một, thành phố Thuận An và thị xã Bến Cát.

Nơi nhận:
- Bộ Xây dựng;
- UBND tỉnh;
- Lưu: VT, QLN.

GIÁM ĐỐC
(Đã ký)
"""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1 = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)


def row(label, plan, done, ratio, a_plan, a_done, a_ratio):
    return [
        F(a_plan, plan[0], plan[1], "count", "căn", f"{label} kế hoạch năm 2024", Y24, status="target"),
        F(a_done, done[0], done[1], "count", "căn", f"{label} thực hiện 6 tháng", H1),
        F(a_ratio, ratio[0], ratio[1], "percent", "%", f"{label} tỷ lệ so kế hoạch", H1I),
    ]


FIGS = [
    F("có 29 khu công nghiệp", "29", 29, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động", ASOF),
    F("với 512.640 lao động", "512.640", 512640, "count", "lao động", "lao động trong các khu công nghiệp", ASOF),
    F("đó 301.470 lao động", "301.470", 301470, "count", "lao động", "lao động có nhu cầu về nhà ở", ASOF,
      total=512640, percent=58.8),
    *row("Nhà ở xã hội hoàn thành", ("9.500", 9500), ("4.128", 4128), ("43,5", 43.5),
         "| 9.500 |", "| 4.128 |", "| 43,5"),
    *row("Nhà ở công nhân hoàn thành", ("6.000", 6000), ("2.745", 2745), ("45,8", 45.8),
         "| 6.000 |", "| 2.745 |", "| 45,8"),
    *row("Nhà lưu trú công nhân", ("1.200", 1200), ("316", 316), ("26,3", 26.3),
         "| 1.200 |", "| 316 |", "| 26,3"),
    F("ước đạt 3.215,6 tỷ đồng", "3.215,6", 3215.6e9, "money", "đồng", "tổng vốn đầu tư đã thực hiện",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=41.2, status="estimate"),
    F("bình quân 14,5 triệu", "14,5", 14.5e6, "money", "đồng/m²", "giá bán nhà ở xã hội bình quân"),
    F("giá thuê 95.000 đồng", "95.000", 95000, "money", "đồng/m²/tháng", "giá thuê nhà ở xã hội"),
    F("giải ngân 286 tỷ đồng", "286", 286e9, "money", "đồng",
      "vốn cho vay mua, thuê mua nhà ở xã hội Ngân hàng Chính sách xã hội giải ngân", H1I,
      change=CH("increase", 23.4, baseline="cùng kỳ năm 2023")),
    F("cho 517 khách hàng", "517", 517, "count", "khách hàng", "khách hàng vay mua, thuê mua nhà ở xã hội", H1I),
    F("ít nhất 9.000 căn", "9.000", 9000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("đến hết năm 2024", end="2024-12-31"), approx="at_least", status="target"),
    F("khởi công mới 5 dự án", "5", 5, "count", "dự án", "dự án khởi công mới",
      P("đến hết năm 2024", end="2024-12-31"), status="target"),
    F("khoảng 7.800 căn", "7.800", 7800, "count", "căn", "căn nhà ở của các dự án khởi công mới",
      P("đến hết năm 2024", end="2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Formal report of Sở Xây dựng Bình Dương: letterhead, 'Số: 1865/BC-SXD', place-and-date line 'Bình Dương, ngày 08 tháng 7 năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: căn' before it: every numeric cell is a figure. 'Kế hoạch năm 2024' -> target,",
    "period from the header (scored); 'Thực hiện 6 tháng' -> the year from the title, 2024-01..06 (scored); 'Tỷ lệ so kế hoạch (%)'",
    "cells are percent figures (period from the title, inherited). As in shared h23, no target/percent attributes between cells.",
    "'trong đó 301.470 lao động ..., chiếm 58,8%' -> total 512.640 and percent. 'ước đạt ... đạt 41,2% kế hoạch năm' -> percent.",
    "The change 'tăng 23,4% so với cùng kỳ năm 2023' sits right after 286 tỷ. 'Phấn đấu đến hết năm 2024' governs the whole",
    "line II.1 (target, as-of end 2024-12-31). Distractors: Số: 1865/BC-SXD, section numbers I., II., 1.-3., dates.",
]

if __name__ == "__main__":
    emit("p646-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bình Dương")
