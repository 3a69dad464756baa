"""p554-3: UBND tỉnh Bắc Giang formal report: KCN 9 tháng 2023, flattened | table by KCN."""
from lib import *

TEXT = """UBND TỈNH BẮC GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 06 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động các khu công nghiệp 9 tháng năm 2023, nhiệm vụ trọng tâm quý IV/2023

I. KẾT QUẢ THỰC HIỆN
1. Thu hút đầu tư
9 tháng năm 2023, các KCN trên địa bàn tỉnh thu hút 38 dự án mới (trong đó 33 dự án FDI), tổng vốn đầu tư 1.046,2 triệu USD và 1.530 tỷ đồng; điều chỉnh vốn 52 lượt dự án, tăng thêm 612,8 triệu USD. Vốn FDI đăng ký (mới và tăng thêm) ước đạt 1.582 triệu USD, đạt 113% kế hoạch năm.

2. Diện tích và lao động các KCN (tính đến 30/9/2023)
TT | Khu công nghiệp | Diện tích đất CN (ha) | Đã cho thuê (ha) | Tỷ lệ lấp đầy (%) | Lao động (người)
1 | Đình Trám | 98,7 | 98,7 | 100 | 18.420
2 | Quang Châu | 303,9 | 290,1 | 95,5 | 42.816
3 | Vân Trung | 267,1 | 259,3 | 97,1 | 51.207
4 | Song Khê - Nội Hoàng | 117,4 | 91,8 | 78,2 | 9.635
5 | Hòa Phú | 149,5 | 62,4 | 41,7 | 3.128
 | Tổng cộng | 936,6 | 802,3 | 85,7 | 125.206

3. Đóng góp của doanh nghiệp KCN
Giá trị sản xuất công nghiệp ước đạt 196.480 tỷ đồng, tăng 3,2% so với cùng kỳ; kim ngạch xuất khẩu ước đạt 12,6 tỷ USD, chiếm 78,4% kim ngạch xuất khẩu toàn tỉnh. Các doanh nghiệp KCN đã nộp ngân sách nhà nước 1.985 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2023
Tập trung giải phóng mặt bằng KCN Hòa Phú mở rộng (phần còn lại 75,3 ha) dọc Quốc lộ 17; thực hiện Quyết định số 1588/QĐ-UBND ngày 15/8/2023; phấn đấu cả năm thu hút vốn FDI đạt 1,8 tỷ USD, giải quyết việc làm mới cho 12.000 lao động.

Nơi nhận:
- Bộ KH&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT2.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
TB = P("tính đến 30/9/2023", None, "2023-09-30", inh=True)
Y = P("cả năm", "2023-01-01", "2023-12-31")

ROWS = [
    # label, anchors for the 4 cells (area, leased, rate, workers) and numbers
    ("Đình Trám", ("Đình Trám | 98,7", "98,7"), ("98,7 | 100", "98,7"), ("| 100 |", "100"), ("18.420", "18.420")),
    ("Quang Châu", ("303,9", "303,9"), ("290,1", "290,1"), ("95,5", "95,5"), ("42.816", "42.816")),
    ("Vân Trung", ("267,1", "267,1"), ("259,3", "259,3"), ("97,1", "97,1"), ("51.207", "51.207")),
    ("Song Khê - Nội Hoàng", ("117,4", "117,4"), ("91,8", "91,8"), ("78,2", "78,2"), ("9.635", "9.635")),
    ("Hòa Phú", ("149,5", "149,5"), ("62,4", "62,4"), ("41,7", "41,7"), ("3.128", "3.128")),
    ("Tổng cộng", ("936,6", "936,6"), ("802,3", "802,3"), ("85,7", "85,7"), ("125.206", "125.206")),
]
COLS = [("Diện tích đất CN", "measure", "ha"), ("Đã cho thuê", "measure", "ha"),
        ("Tỷ lệ lấp đầy", "percent", "%"), ("Lao động", "count", "người")]

FIGS = [
    F("thu hút 38 dự án", "38", 38, "count", "dự án", "dự án mới các KCN thu hút", M9),
    F("trong đó 33 dự án", "33", 33, "count", "dự án", "dự án FDI", M9, total=38),
    F("tư 1.046,2 triệu USD", "1.046,2", 1046.2e6, "money", "USD", "tổng vốn đầu tư dự án mới", M9),
    F("và 1.530 tỷ đồng", "1.530", 1530e9, "money", "đồng", "tổng vốn đầu tư dự án mới", M9),
    F("vốn 52 lượt", "52", 52, "count", "lượt dự án", "lượt dự án điều chỉnh vốn", M9),
    F("tăng thêm 612,8 triệu USD", "612,8", 612.8e6, "money", "USD", "vốn tăng thêm", M9),
    F("ước đạt 1.582 triệu USD", "1.582", 1582e6, "money", "USD", "vốn FDI đăng ký (mới và tăng thêm)", I(M9),
      percent=113, status="estimate"),
]
for label, *cells in ROWS:
    for (anchor, number), (col, kind, unit) in zip(cells, COLS):
        FIGS.append(F(anchor, number, parse_num(number), kind, unit, f"{col} KCN {label}"
                      if label != "Tổng cộng" else f"{col} các KCN tổng cộng", TB))
FIGS += [
    F("ước đạt 196.480 tỷ đồng", "196.480", 196480e9, "money", "đồng", "giá trị sản xuất công nghiệp của doanh nghiệp KCN",
      I(M9), change=CH("increase", 3.2, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 12,6 tỷ USD", "12,6", 12.6e9, "money", "USD", "kim ngạch xuất khẩu của doanh nghiệp KCN", I(M9),
      percent=78.4, status="estimate"),
    F("ngân sách nhà nước 1.985 tỷ đồng", "1.985", 1985e9, "money", "đồng", "doanh nghiệp KCN nộp ngân sách nhà nước", I(M9)),
    F("còn lại 75,3 ha", "75,3", 75.3, "measure", "ha", "diện tích còn lại KCN Hòa Phú mở rộng cần giải phóng mặt bằng"),
    F("đạt 1,8 tỷ USD", "1,8", 1.8e9, "money", "USD", "vốn FDI thu hút", Y, status="target"),
    F("cho 12.000 lao động", "12.000", 12000, "count", "lao động", "lao động được giải quyết việc làm mới", Y, status="target"),
]

COMMENTS = [
    "UBND tỉnh Bắc Giang, Số: 412/BC-UBND, 06/10/2023: KCN 9 tháng năm 2023 — thu hút đầu tư, bảng theo KCN (| table), đóng góp, nhiệm vụ quý IV.",
    "Table: every numeric cell is a figure (the 100 and the Tổng cộng row included); KCN names are not places, so they go to the subject;",
    "units from the column headers; the as-of date is in the table title line, so cell periods are inherited (unscored). Row numbers are no figures.",
    "'(trong đó 33 dự án FDI)' gets total 38. Two money figures for one capital (USD and đồng) share the subject.",
    "'ước đạt' governs its own clause; the budget sentence without 'ước' is actual. 'phấn đấu cả năm ...' is a target for 2023 ('cả năm' = the report's year).",
    "Distractors: Số: 412/BC-UBND, date line, quý IV/2023, section numbers I./1./2./3., TT column, Quốc lộ 17, Quyết định số 1588/QĐ-UBND ngày 15/8/2023, KT2.",
]

emit("p554-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Bắc Giang")
