"""p949-3: UBND tỉnh Kiên Giang formal report on PCCCR, flattened '|' table (20/01/2025)."""
from lib import F, period, target, write

TEXT = """UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Rạch Giá, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình triển khai công tác phòng cháy, chữa cháy rừng mùa khô 2024-2025

Thực hiện Nghị định số 156/2018/NĐ-CP, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn tỉnh có 78.412 ha đất lâm nghiệp, trong đó rừng tràm 36.950 ha, tập trung ở vùng U Minh Thượng. Theo dự báo, lượng mưa mùa khô năm nay thấp hơn trung bình nhiều năm từ 15 đến 20%.

II. KẾT QUẢ TRIỂN KHAI
1. Diện tích rừng tràm có nguy cơ cháy cao (tính đến ngày 15/01/2025)
Đơn vị tính: ha
Địa bàn | Diện tích rừng tràm | Cấp IV | Cấp V | Số chòi canh (chòi)
VQG U Minh Thượng | 8.038 | 2.150 | 5.412 | 21
Huyện U Minh Thượng | 9.760 | 3.120 | 4.580 | 26
Huyện An Minh | 10.245 | 4.310 | 3.905 | 24
Huyện An Biên | 5.830 | 2.260 | 1.950 | 15
Huyện Vĩnh Thuận | 3.077 | 1.190 | 860 | 8
Tổng cộng | 36.950 | 13.030 | 16.707 | 94

2. Lực lượng, phương tiện: toàn tỉnh thành lập 312 tổ, đội PCCCR với 4.860 thành viên; chuẩn bị 215 máy bơm chữa cháy, 48 xuồng máy và 06 thiết bị bay không người lái phục vụ tuần tra. Chủ rừng đã sửa chữa 37 cống, đập giữ nước; mực nước bình quân trong VQG U Minh Thượng đạt 0,62 m (phương án đề ra tối thiểu 0,5 m).
3. Kinh phí: tổng kinh phí phân bổ là 24,35 tỷ đồng, đạt 81,2% nhu cầu của các đơn vị.

III. TÌNH HÌNH CHÁY RỪNG
Từ ngày 01/12/2024 đến ngày 15/01/2025, toàn tỉnh không xảy ra cháy rừng; đã phát hiện, dập tắt kịp thời 4 điểm cháy thực bì ven rừng với tổng diện tích 0,6 ha.

IV. NHIỆM VỤ THỜI GIAN TỚI
Dự kiến đến cuối tháng 3/2025, mực nước trong các lâm phần sẽ xuống dưới 0,3 m. Tỉnh phấn đấu hoàn thành nạo vét 120 km kênh giữ nước trước ngày 28/02/2025./.

Nơi nhận: Bộ NN&PTNT; TT Tỉnh ủy; Lưu: VT.
"""

TAB = period("tính đến ngày 15/01/2025", None, "2025-01-15", inherited=True)
ROWS = [  # (label, first anchor prefix, location, subject suffix)
    ("VQG U Minh Thượng", "Thượng | ", "Kiên Giang", " VQG U Minh Thượng"),
    ("Huyện U Minh Thượng", "Huyện U Minh Thượng | ", "U Minh Thượng", ""),
    ("Huyện An Minh", "Minh | ", "An Minh", ""),
    ("Huyện An Biên", "Biên | ", "An Biên", ""),
    ("Huyện Vĩnh Thuận", "Thuận | ", "Vĩnh Thuận", ""),
    ("Tổng cộng", "Tổng cộng | ", "Kiên Giang", ""),
]
CELLS = [
    ["8.038", "2.150", "5.412", "21"],
    ["9.760", "3.120", "4.580", "26"],
    ["10.245", "4.310", "3.905", "24"],
    ["5.830", "2.260", "1.950", "15"],
    ["3.077", "1.190", "860", "8"],
    ["36.950", "13.030", "16.707", "94"],
]
COLS = ["diện tích rừng tràm", "diện tích rừng tràm nguy cơ cháy cấp IV",
        "diện tích rừng tràm nguy cơ cháy cấp V", "số chòi canh"]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("có 78.412 ha", "78.412", 78412, "measure", "ha", subject="diện tích đất lâm nghiệp"),
    F("rừng tràm 36.950 ha", "36.950", 36950, "measure", "ha", total=78412, subject="diện tích rừng tràm"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, status="forecast",
      subject="lượng mưa mùa khô thấp hơn trung bình nhiều năm"),
]
for (label, pre, loc, suf), row in zip(ROWS, CELLS):
    for j, cell in enumerate(row):
        anchor = pre + cell if j == 0 else f"{row[j - 1]} | {cell}"
        if j == 3 and cell == "8":
            anchor = "860 | 8\n"
        if j < 3:
            FIGS.append(F(anchor, cell, num(cell), "measure", "ha", subject=COLS[j] + suf,
                          period=TAB, location=loc))
        else:
            FIGS.append(F(anchor, cell, num(cell), "count", "chòi", subject=COLS[j] + suf,
                          period=TAB, location=loc))
# 36.950 in the table is preceded by "Tổng cộng | " (unique), 8.038 by "Thượng | " (unique: row 2 has 9.760).
FIGS += [
    F("thành lập 312 tổ, đội", "312", 312, "count", "tổ, đội", subject="tổ, đội PCCCR"),
    F("với 4.860 thành viên", "4.860", 4860, "count", "thành viên", subject="thành viên tổ, đội PCCCR"),
    F("chuẩn bị 215 máy bơm", "215", 215, "count", "máy bơm", subject="máy bơm chữa cháy"),
    F("48 xuồng máy", "48", 48, "count", "xuồng máy", subject="xuồng máy"),
    F("06 thiết bị bay", "06", 6, "count", "thiết bị bay không người lái",
      subject="thiết bị bay không người lái phục vụ tuần tra"),
    F("sửa chữa 37 cống", "37", 37, "count", "cống, đập", subject="cống, đập giữ nước sửa chữa"),
    F("đạt 0,62 m", "0,62", 0.62, "measure", "m", target=target(0.5, "m", True),
      subject="mực nước bình quân trong VQG U Minh Thượng"),
    F("là 24,35 tỷ đồng", "24,35", 24.35e9, "money", "đồng", percent=81.2,
      subject="tổng kinh phí PCCCR phân bổ"),
    F("kịp thời 4 điểm cháy", "4", 4, "count", "điểm cháy", subject="điểm cháy thực bì ven rừng phát hiện, dập tắt",
      period=period("Từ ngày 01/12/2024 đến ngày 15/01/2025", "2024-12-01", "2025-01-15")),
    F("diện tích 0,6 ha", "0,6", 0.6, "measure", "ha", subject="diện tích các điểm cháy thực bì",
      period=period("Từ ngày 01/12/2024 đến ngày 15/01/2025", "2024-12-01", "2025-01-15")),
    F("dưới 0,3 m", "0,3", 0.3, "measure", "m", approx="under", status="forecast",
      subject="mực nước trong các lâm phần",
      period=period("đến cuối tháng 3/2025", None, "2025-03-31")),
    F("nạo vét 120 km", "120", 120, "measure", "km", status="target", subject="kênh giữ nước nạo vét",
      period=period("trước ngày 28/02/2025", None, "2025-02-28")),
]

NOTES = [
    "UBND tỉnh Kiên Giang, báo cáo số 27/BC-UBND: PCCCR mùa khô 2024-2025, flattened '|' table by district.",
    "Distractors: 'Số: 27/BC-UBND', 'Rạch Giá, ngày 20 tháng 01 năm 2025', 'Nghị định số 156/2018/NĐ-CP',",
    "section numbers I.-IV., 1.-3., column labels 'Cấp IV', 'Cấp V' (fire-danger levels), dates in the text.",
    "Table: unit ha from 'Đơn vị tính: ha' except the 'Số chòi canh (chòi)' column (count, chòi). Place rows give location",
    "(district); the VQG row and 'Tổng cộng' are Kiên Giang, the park's name goes into the subject. Cells get no totals.",
    "Table period from the heading line '(tính đến ngày 15/01/2025)': as-of, marked inherited (another line).",
    "'phương án đề ra tối thiểu 0,5 m' is the plan level for 0,62 m: target 0,5 m (met), not a figure of its own.",
    "'trước ngày 28/02/2025' (deadline of a target) read like 'đến năm 2030': start null, end 2025-02-28.",
    "'thấp hơn trung bình nhiều năm từ 15 đến 20%' has no base amount: a percent range figure, status forecast ('Theo dự báo').",
]

write("p949-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Kiên Giang")
