"""p1071-3: UBND tỉnh Hải Dương formal report — commune incinerators, 9 months of 2023, flattened | table."""
from lib import F, P, Y, C, T, build

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 18 tháng 10 năm 2023

BÁO CÁO
Tình hình vận hành lò đốt chất thải rắn sinh hoạt cấp xã 9 tháng năm 2023

Thực hiện Công văn số 4125/BTNMT-KSONMT ngày 22/5/2023 của Bộ Tài nguyên và Môi trường, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thu gom, vận chuyển
9 tháng năm 2023, khối lượng chất thải rắn sinh hoạt phát sinh tại khu vực nông thôn ước khoảng 640 tấn/ngày; tỷ lệ thu gom đạt 93,2%. Có 193/193 xã tổ chức thu gom rác định kỳ, tần suất 2-3 lần/tuần.

2. Xử lý bằng lò đốt
Toàn tỉnh có 76 lò đốt chất thải rắn sinh hoạt cấp xã, trong đó 61 lò đang hoạt động. Khối lượng rác xử lý bằng lò đốt khoảng 215 tấn/ngày, chiếm 36% khối lượng thu gom.

Đơn vị tính: lò
STT | Huyện, thị xã | Tổng số lò | Đang hoạt động | Dừng hoạt động
1 | Thanh Hà | 14 | 12 | 2
2 | Tứ Kỳ | 17 | 13 | 4
3 | Ninh Giang | 12 | 10 | 2
4 | Gia Lộc | 11 | 9 | 2
5 | Các huyện, thị xã còn lại | 22 | 17 | 5
 | Tổng cộng | 76 | 61 | 15

Các lò có công suất từ 200 đến 1.000 kg/giờ, tổng kinh phí đầu tư khoảng 152 tỷ đồng. Qua quan trắc, 9 lò có thông số bụi, CO vượt quy chuẩn từ 1,2 đến 3,5 lần.

3. Phí vệ sinh
Mức thu phí vệ sinh bình quân 25.000 đồng/hộ/tháng; tổng số thu 9 tháng ước đạt 41,3 tỷ đồng, bằng khoảng 55% chi phí thu gom, xử lý.

II. KẾ HOẠCH QUÝ IV/2023
Dự kiến dừng hoạt động thêm 6 lò không đạt quy chuẩn; phấn đấu cả năm 2023 tỷ lệ thu gom đạt 94%.

Nơi nhận:
- Bộ TN&MT;
- Lưu: VT.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9i = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inherited=True)
Q4i = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True)

ROWS = [
    ("Thanh Hà", "Thanh Hà", ["14", "12", "2"]),
    ("Tứ Kỳ", "Tứ Kỳ", ["17", "13", "4"]),
    ("Ninh Giang", "Ninh Giang", ["12", "10", "2"]),
    ("Gia Lộc", "Gia Lộc", ["11", "9", "2"]),
    ("Các huyện, thị xã còn lại", None, ["22", "17", "5"]),
    ("Tổng cộng", None, ["76", "61", "15"]),
]
COLS = ["Tổng số lò", "Đang hoạt động", "Dừng hoạt động"]

FIGS = [
    F("ước khoảng 640 tấn/ngày", "640", 640, "measure", "tấn/ngày",
      "khối lượng chất thải rắn sinh hoạt phát sinh tại khu vực nông thôn", M9, approx="about", status="estimate"),
    F("đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ thu gom", M9),
    F("Có 193/193 xã", "193", 193, "count", "xã", "xã tổ chức thu gom rác định kỳ", M9i, total=193),
    F("2-3 lần/tuần", "2", 2, "measure", "lần/tuần", "tần suất thu gom", M9i, value_max=3),
    F("có 76 lò đốt", "76", 76, "count", "lò đốt", "lò đốt chất thải rắn sinh hoạt cấp xã"),
    F("61 lò đang hoạt động", "61", 61, "count", "lò", "lò đốt đang hoạt động", total=76),
    F("khoảng 215 tấn/ngày", "215", 215, "measure", "tấn/ngày", "khối lượng rác xử lý bằng lò đốt",
      approx="about", percent=36),
]
for lead, loc, cells in ROWS:
    label = "Các huyện, thị xã còn lại" if lead.startswith("Các") else ("Tổng cộng" if loc is None else "")
    for i, (col, num) in enumerate(zip(COLS, cells)):
        anchor = lead + " | " + " | ".join(cells[: i + 1])
        subj = f"{col} {label}".strip()
        extra = {"location": loc} if loc else {}
        FIGS.append(F(anchor, num, float(num), "count", "lò", subj, **extra))

FIGS += [
    F("từ 200 đến 1.000 kg/giờ", "200", 200, "measure", "kg/giờ", "công suất các lò", value_max=1000),
    F("khoảng 152 tỷ đồng", "152", 152e9, "money", "đồng", "tổng kinh phí đầu tư lò đốt", approx="about"),
    F("9 lò có thông số", "9", 9, "count", "lò", "lò có thông số bụi, CO vượt quy chuẩn"),
    F("từ 1,2 đến 3,5 lần", "1,2", 1.2, "multiple", "lần", "mức vượt quy chuẩn thông số bụi, CO", value_max=3.5),
    F("bình quân 25.000 đồng/hộ/tháng", "25.000", 25000, "money", "đồng/hộ/tháng", "mức thu phí vệ sinh bình quân"),
    F("ước đạt 41,3 tỷ đồng", "41,3", 41.3e9, "money", "đồng", "tổng số thu phí vệ sinh",
      P("9 tháng", "2023-01-01", "2023-09-30"), percent=55, status="estimate"),
    F("thêm 6 lò", "6", 6, "count", "lò", "lò dừng hoạt động thêm do không đạt quy chuẩn", Q4i, status="forecast"),
    F("đạt 94%", "94", 94, "percent", "%", "tỷ lệ thu gom", Y(2023, "cả năm 2023"), status="target"),
]

NOTES = [
    "UBND tỉnh Hải Dương, Báo cáo số 287/BC-UBND ngày 18/10/2023: lò đốt CTRSH cấp xã, 9 tháng năm 2023; flattened '|' table by district.",
    "Letterhead date gives published. Distractors: 'Số: 287/BC-UBND', 'Công văn số 4125/BTNMT-KSONMT ngày 22/5/2023', section numbers I., II., 1.-3., STT column 1-5, 'QUÝ IV/2023' heading.",
    "'ước khoảng 640 tấn/ngày' = estimate + about; the next clause '; tỷ lệ thu gom đạt 93,2%' has its own verb: actual.",
    "Table: unit from 'Đơn vị tính: lò'; subject = column label (+ row label when not a place); district rows carry the district as location,",
    "'Các huyện, thị xã còn lại' and 'Tổng cộng' rows stay Hải Dương. Table cells get no total; no period (the table stands in a paragraph without one).",
    "'chiếm 36% khối lượng thu gom' is the percent of 215 tấn/ngày; 'bằng khoảng 55% chi phí' is the percent of 41,3 tỷ đồng.",
    "'vượt quy chuẩn từ 1,2 đến 3,5 lần' is a multiple range of its own (no base amount).",
]

if __name__ == "__main__":
    build("p1071-3", TEXT, NOTES, FIGS, published="2023-10-18", location="Hải Dương")
