"""p1076-3: UBND tỉnh Điện Biên formal report, 6 tháng đầu năm 2024, flattened | table by unit."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 218/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống suy dinh dưỡng trẻ em 6 tháng đầu năm 2024

Thực hiện Quyết định số 1294/QĐ-UBND ngày 21/6/2022 phê duyệt Kế hoạch hành động về dinh dưỡng giai đoạn 2022-2025, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cân đo, theo dõi tăng trưởng
Trong 6 tháng đầu năm 2024, toàn tỉnh cân đo 58.476 trẻ dưới 5 tuổi, đạt 96,8% kế hoạch. Tỷ lệ suy dinh dưỡng thể nhẹ cân ước 15,2%; thể thấp còi ước 27,5%, giảm 0,7% so với cuối năm 2023. Kết quả tại 4 đơn vị trọng điểm như sau:

Đơn vị tính: trẻ
Đơn vị | Số trẻ được cân đo | Nhẹ cân | Thấp còi
Mường Nhé | 5.912 | 1.183 | 2.069
Nậm Pồ | 6.840 | 1.299 | 2.257
Tủa Chùa | 5.105 | 842 | 1.531
TP. Điện Biên Phủ | 4.380 | 298 | 613
Cộng | 22.237 | 3.622 | 6.470

2. Bổ sung vi chất dinh dưỡng
Trong đợt bổ sung vitamin A ngày 1-2/6/2024, có 47.930 trẻ từ 6 đến 60 tháng tuổi được uống vitamin A, đạt 98,4%; 918 bà mẹ sau sinh trong vòng 1 tháng được bổ sung vitamin A. Từ đầu năm đến nay có 365 trẻ suy dinh dưỡng cấp tính nặng được điều trị, tăng 42 trẻ so với cùng kỳ năm 2023. Tổng kinh phí thực hiện 6 tháng ước đạt 7,85 tỷ đồng.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu cả năm cân đo trên 98% trẻ dưới 5 tuổi; giảm tỷ lệ thấp còi xuống 26,8%; 100% trạm y tế xã có cán bộ phụ trách dinh dưỡng. Dự kiến kinh phí cần bổ sung khoảng 3,2 tỷ đồng.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
VA = P("ngày 1-2/6/2024", "2024-06-01", "2024-06-02")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-10")
YR = P("cả năm", "2024-01-01", "2024-12-31")
H2 = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)


def cells(place, loc, a, b, c, anchors):
    out = []
    for (num, val), col, anc in zip((a, b, c), ("Số trẻ được cân đo", "Nhẹ cân", "Thấp còi"), anchors):
        subj = col if col.startswith("Số") else f"trẻ {col.lower()}"
        out.append(F(anc, num, val, "count", "trẻ", subj if place != "Cộng" else subj + " cộng 4 đơn vị", I(H1),
                     location=loc))
    return out


FIGS = [
    F("cân đo 58.476 trẻ", "58.476", 58476, "count", "trẻ", "trẻ dưới 5 tuổi được cân đo", H1, percent=96.8),
    F("trẻ dưới 5 tuổi, đạt", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("ước 15,2%", "15,2", 15.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", I(H1), status="estimate"),
    F("ước 27,5%", "27,5", 27.5, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi", I(H1), status="estimate",
      change=C("decrease", 0.7, "%", "cuối năm 2023")),
    F("tại 4 đơn vị", "4", 4, "count", "đơn vị", "đơn vị trọng điểm", I(H1)),
    *cells("Mường Nhé", "Mường Nhé", ("5.912", 5912), ("1.183", 1183), ("2.069", 2069),
           ("| 5.912 |", "| 1.183 |", "| 2.069")),
    *cells("Nậm Pồ", "Nậm Pồ", ("6.840", 6840), ("1.299", 1299), ("2.257", 2257),
           ("| 6.840 |", "| 1.299 |", "| 2.257")),
    *cells("Tủa Chùa", "Tủa Chùa", ("5.105", 5105), ("842", 842), ("1.531", 1531),
           ("| 5.105 |", "| 842 |", "| 1.531")),
    *cells("TP. Điện Biên Phủ", "Điện Biên Phủ", ("4.380", 4380), ("298", 298), ("613", 613),
           ("| 4.380 |", "| 298 |", "| 613")),
    *cells("Cộng", "Điện Biên", ("22.237", 22237), ("3.622", 3622), ("6.470", 6470),
           ("| 22.237 |", "| 3.622 |", "| 6.470")),
    F("có 47.930 trẻ", "47.930", 47930, "count", "trẻ", "trẻ từ 6 đến 60 tháng tuổi được uống vitamin A", VA,
      percent=98.4),
    F("trẻ từ 6 đến 60 tháng", "6", 6, "measure", "tháng tuổi", value_max=60, optional=True),
    F("918 bà mẹ", "918", 918, "count", "bà mẹ", "bà mẹ sau sinh được bổ sung vitamin A", VA),
    F("trong vòng 1 tháng", "1", 1, "measure", "tháng", optional=True),
    F("có 365 trẻ", "365", 365, "count", "trẻ", "trẻ suy dinh dưỡng cấp tính nặng được điều trị", YTD,
      change=C("increase", 42, "trẻ", "cùng kỳ năm 2023")),
    F("ước đạt 7,85 tỷ đồng", "7,85", 7.85e9, "money", "đồng", "tổng kinh phí thực hiện",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ trẻ dưới 5 tuổi được cân đo", YR, approx="over", status="target"),
    F("trẻ dưới 5 tuổi;", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("xuống 26,8%", "26,8", 26.8, "percent", "%", "tỷ lệ thấp còi", YR, status="target"),
    F("100% trạm y tế", "100", 100, "percent", "%", "trạm y tế xã có cán bộ phụ trách dinh dưỡng", YR,
      status="target"),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí cần bổ sung", H2, approx="about",
      status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Điện Biên Số 218/BC-UBND (10/7/2024): cân đo H1/2024, flattened '|' table by unit (Đơn vị tính: trẻ),",
    "vitamin A 1-2/6/2024, SAM treatment, plans for H2. Table cells: subject = column label, place row → location, 'Cộng' row →",
    "province Điện Biên; period from the paragraph above the table (inherited); no totals on cells (the 'Cộng' row is its own figure).",
    "Distractors: Số 218/BC-UBND, Quyết định số 1294/QĐ-UBND ngày 21/6/2022, giai đoạn 2022-2025, section numbers I./1./2./II.",
]

if __name__ == "__main__":
    write("p1076-3", TEXT, NOTES, FIGS, published="2024-07-10", location="Điện Biên")
