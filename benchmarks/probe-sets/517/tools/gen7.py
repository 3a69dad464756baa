"""p517-7: Chi cục Kiểm lâm Lâm Đồng (department site, no dateline), forest status 2023, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN LÂM ĐỒNG
CHI CỤC KIỂM LÂM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Công bố hiện trạng rừng tỉnh Lâm Đồng năm 2023

Theo Quyết định số 412/QĐ-UBND của UBND tỉnh về công bố hiện trạng rừng, tính đến ngày 31/12/2023, tổng diện tích đất có rừng của tỉnh là 534.526 ha, tăng 1.862 ha so với năm 2022. Tỷ lệ che phủ rừng đạt 55,13%, tăng 0,13 điểm phần trăm.

Diện tích rừng tại một số huyện có rừng lớn như sau:

Đơn vị tính: ha

Huyện

Rừng tự nhiên

Rừng trồng

Tỷ lệ che phủ (%)

Lạc Dương

108.655

4.765

86,12

Đam Rông

52.318

6.942

71,40

Bảo Lâm

58.207

21.536

56,85

Di Linh

61.934

15.120

48,36

Năm 2023, toàn tỉnh trồng mới 2.816 ha rừng, đạt 93,9% kế hoạch; trồng bổ sung, làm giàu rừng 1.050 ha. Tỉnh giao khoán bảo vệ 345.600 ha rừng cho 12.450 hộ gia đình và 36 cộng đồng, mức chi trả bình quân 500.000 đồng/ha/năm.

Cũng trong năm 2023, lực lượng kiểm lâm đã phát hiện, xử lý 486 vụ vi phạm, giảm 12,1% so với năm 2022; diện tích rừng bị phá, lấn chiếm là 38,4 ha, trong đó có 6,2 ha rừng tự nhiên. Phấn đấu năm 2024, tỷ lệ che phủ rừng toàn tỉnh đạt 55,5%.

Chi cục Kiểm lâm tỉnh Lâm Đồng - Số 2 Trần Hưng Đạo, Phường 10, TP Đà Lạt
Điện thoại: 0263.3822.456
Tổng lượt truy cập: 2.458.316
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TAB = I(ASOF)

ROWS = [
    ("Lạc Dương", "108.655", "4.765", "86,12"),
    ("Đam Rông", "52.318", "6.942", "71,40"),
    ("Bảo Lâm", "58.207", "21.536", "56,85"),
    ("Di Linh", "61.934", "15.120", "48,36"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("là 534.526 ha", "534.526", 534526, "measure", "ha", "tổng diện tích đất có rừng", ASOF,
      change=CH("increase", 1862, "ha", "năm 2022")),
    F("đạt 55,13%", "55,13", 55.13, "percent", "%", "tỷ lệ che phủ rừng", TAB,
      change=CH("increase", 0.13, "điểm phần trăm")),
]
for place, nat, pl, cov in ROWS:
    FIGS.append(F(f"{place}\n\n{nat}\n", nat, num(nat), "measure", "ha", "diện tích rừng tự nhiên", TAB, location=place))
    FIGS.append(F(f"{nat}\n\n{pl}\n", pl, num(pl), "measure", "ha", "diện tích rừng trồng", TAB, location=place))
    FIGS.append(F(f"{pl}\n\n{cov}\n", cov, num(cov), "percent", "%", "tỷ lệ che phủ", TAB, location=place))
FIGS += [
    F("mới 2.816 ha", "2.816", 2816, "measure", "ha", "diện tích trồng mới rừng", Y23, percent=93.9),
    F("làm giàu rừng 1.050 ha", "1.050", 1050, "measure", "ha", "diện tích trồng bổ sung, làm giàu rừng", Y23),
    F("khoán bảo vệ 345.600 ha", "345.600", 345600, "measure", "ha", "diện tích rừng giao khoán bảo vệ"),
    F("cho 12.450 hộ", "12.450", 12450, "count", "hộ gia đình", "hộ gia đình nhận khoán bảo vệ rừng"),
    F("và 36 cộng đồng", "36", 36, "count", "cộng đồng", "cộng đồng nhận khoán bảo vệ rừng"),
    F("bình quân 500.000 đồng/ha/năm", "500.000", 500000, "money", "đồng/ha/năm", "mức chi trả khoán bảo vệ rừng bình quân"),
    F("xử lý 486 vụ", "486", 486, "count", "vụ", "vụ vi phạm", P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 12.1, "%", "năm 2022")),
    F("chiếm là 38,4 ha", "38,4", 38.4, "measure", "ha", "diện tích rừng bị phá, lấn chiếm",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("có 6,2 ha", "6,2", 6.2, "measure", "ha", "diện tích rừng tự nhiên bị phá, lấn chiếm",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), total=38.4),
    F("toàn tỉnh đạt 55,5%", "55,5", 55.5, "percent", "%", "tỷ lệ che phủ rừng toàn tỉnh", Y24, status="target"),
]

COMMENTS = [
    "Chi cục Kiểm lâm Lâm Đồng (department site, no dateline, so no published): hiện trạng rừng năm 2023.",
    "One-cell-per-line table with 'Đơn vị tính: ha' above it and '(%)' in the last column header: forest columns are ha,",
    "the cover column is %. Row labels are districts → location; subject = column label. The table has no period column:",
    "period is the lead's as-of date, inherited (not scored). 'tăng 0,13 điểm phần trăm' is the change of 55,13% (no baseline).",
    "Giao khoán sentence has no period phrase (no period). Distractors: Quyết định số 412/QĐ-UBND, address 'Số 2 Trần Hưng Đạo,",
    "Phường 10, TP Đà Lạt', phone, 'Tổng lượt truy cập: 2.458.316'.",
]

if __name__ == "__main__":
    emit("p517-7", TEXT, COMMENTS, FIGS, published=None, location="Lâm Đồng")
