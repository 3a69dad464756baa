"""p726-3: formal report of UBND tỉnh Bắc Ninh, 9 months 2023, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 25 tháng 10 năm 2023

BÁO CÁO
Tình hình quản lý, kiểm định máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động 9 tháng năm 2023

Thực hiện Công văn số 3154/LĐTBXH-ATLĐ ngày 18/8/2023 của Bộ Lao động – Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác quản lý
Tính đến ngày 30/9/2023, trên địa bàn tỉnh có 2.146 doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động, tăng 138 doanh nghiệp so với cuối năm 2022; tổng số thiết bị đã khai báo là 23.517 thiết bị.

2. Kết quả kiểm định 9 tháng năm 2023 (Bảng 1)
Loại thiết bị | Đang sử dụng (thiết bị) | Đã kiểm định (thiết bị) | Tỷ lệ (%)
Nồi hơi | 684 | 652 | 95,3
Bình chịu áp lực | 9.812 | 9.105 | 92,8
Thang máy, thang cuốn | 3.927 | 3.796 | 96,7
Thiết bị nâng | 8.540 | 7.688 | 90,0
Hệ thống lạnh | 554 | 519 | 93,7

Ước cả năm 2023, các tổ chức kiểm định thực hiện khoảng 26.000 lượt kiểm định, đạt 104% kế hoạch năm.

3. Công tác thanh tra, kiểm tra
Trong 9 tháng, Thanh tra Sở Lao động – Thương binh và Xã hội đã kiểm tra 146 doanh nghiệp, phát hiện 1.312 thiết bị chưa kiểm định (chiếm 5,6% tổng số thiết bị đã khai báo); xử phạt 23 doanh nghiệp với số tiền 842 triệu đồng. Xảy ra 3 vụ tai nạn lao động liên quan đến thiết bị nâng, làm chết 2 người.

II. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu đến ngày 31/12/2023 tỷ lệ thiết bị được kiểm định đạt trên 95%; huấn luyện cho khoảng 1.500 người vận hành; dự kiến kiểm tra 40 doanh nghiệp trong quý IV/2023.

Nơi nhận:
- Bộ LĐTBXH (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9T = I(P("9 tháng năm 2023", "2023-01-01", "2023-09-30"))  # table title line
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")

ROWS = [
    # row label, (in use, inspected, rate), anchors
    ("Nồi hơi", ("684", 684), ("652", 652), ("95,3", 95.3)),
    ("Bình chịu áp lực", ("9.812", 9812), ("9.105", 9105), ("92,8", 92.8)),
    ("Thang máy, thang cuốn", ("3.927", 3927), ("3.796", 3796), ("96,7", 96.7)),
    ("Thiết bị nâng", ("8.540", 8540), ("7.688", 7688), ("90,0", 90.0)),
    ("Hệ thống lạnh", ("554", 554), ("519", 519), ("93,7", 93.7)),
]

TABLE = []
for label, use, done, rate in ROWS:
    TABLE.append(F(f"{label} | {use[0]} |", use[0], use[1], "count", "thiết bị",
                   f"{label} đang sử dụng", M9T))
    TABLE.append(F(f"| {use[0]} | {done[0]} |", done[0], done[1], "count", "thiết bị",
                   f"{label} đã kiểm định", M9T))
    TABLE.append(F(f"| {done[0]} | {rate[0]}\n", rate[0], rate[1], "percent", "%",
                   f"Tỷ lệ {label} đã kiểm định", M9T))

FIGS = [
    F("có 2.146 doanh nghiệp", "2.146", 2146, "count", "doanh nghiệp",
      "doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động", ASOF,
      change=CH("increase", 138, "doanh nghiệp", "cuối năm 2022")),
    F("là 23.517 thiết bị", "23.517", 23517, "count", "thiết bị",
      "tổng số thiết bị đã khai báo", ASOF),
    *TABLE,
    F("khoảng 26.000 lượt", "26.000", 26000, "count", "lượt kiểm định",
      "lượt kiểm định các tổ chức kiểm định thực hiện", P("cả năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", percent=104, status="estimate"),
    F("kiểm tra 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp",
      "doanh nghiệp được Thanh tra Sở kiểm tra", M9),
    F("phát hiện 1.312 thiết bị", "1.312", 1312, "count", "thiết bị",
      "thiết bị chưa kiểm định", M9, percent=5.6),
    F("xử phạt 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      "doanh nghiệp bị xử phạt", M9),
    F("tiền 842 triệu đồng", "842", 842000000, "money", "đồng",
      "số tiền xử phạt", M9),
    F("Xảy ra 3 vụ", "3", 3, "count", "vụ",
      "vụ tai nạn lao động liên quan đến thiết bị nâng", I(M9)),
    F("chết 2 người", "2", 2, "count", "người",
      "người chết do tai nạn lao động liên quan đến thiết bị nâng", I(M9)),
    F("đạt trên 95%", "95", 95, "percent", "%",
      "tỷ lệ thiết bị được kiểm định", P("đến ngày 31/12/2023", None, "2023-12-31"),
      approx="over", status="target"),
    F("khoảng 1.500 người", "1.500", 1500, "count", "người",
      "người vận hành được huấn luyện", I(P("QUÝ IV/2023", "2023-10-01", "2023-12-31")),
      approx="about", status="target"),
    F("kiểm tra 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp",
      "doanh nghiệp được kiểm tra", P("trong quý IV/2023", "2023-10-01", "2023-12-31"),
      status="forecast"),
]

COMMENTS = [
    "Formal report 'Số: 412/BC-UBND' of UBND tỉnh Bắc Ninh ('Bắc Ninh, ngày 25 tháng 10 năm 2023'): máy, thiết bị có yêu cầu",
    "nghiêm ngặt về ATLĐ 9 tháng năm 2023, with a flattened '|' table (Loại thiết bị | Đang sử dụng (thiết bị) | Đã kiểm định",
    "(thiết bị) | Tỷ lệ (%)). Every numeric cell is a figure (no total/percent attributes between cells, as in shared h23);",
    "subject = row label + column label; period from the section title '9 tháng năm 2023' (another line: inherited).",
    "Not figures: Số 412/BC-UBND, Công văn số 3154/LĐTBXH-ATLĐ, ngày 18/8/2023, section numbers I., II., 1.-3., 'Bảng 1',",
    "'QUÝ IV/2023' heading. 'chiếm 5,6% tổng số thiết bị đã khai báo' is a share (percent); the whole is not restated: no total.",
    "'tăng 138 doanh nghiệp so với cuối năm 2022' is the change of 2.146. 'Trong 9 tháng' takes 2023. 'Phấn đấu' -> target and",
    "continues into 'huấn luyện cho khoảng 1.500 người' (its period left unscored: the sentence's date or the section's quarter);",
    "'dự kiến' -> forecast. 'Ước cả năm 2023' -> estimate, 'đạt 104% kế hoạch năm' is its percent.",
]

if __name__ == "__main__":
    emit("p726-3", TEXT, COMMENTS, FIGS, published="2023-10-25", location="Bắc Ninh")
