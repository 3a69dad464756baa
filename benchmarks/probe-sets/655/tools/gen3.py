"""p655-3: formal report (UBND tỉnh Thái Nguyên), unemployment insurance 9 months 2024, flattened | table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thái Nguyên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách bảo hiểm thất nghiệp 9 tháng năm 2024

Thực hiện Luật Việc làm số 38/2013/QH13 và Nghị định số 28/2015/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN

1. Tham gia bảo hiểm thất nghiệp
Tính đến ngày 30/9/2024, toàn tỉnh có 176.540 người tham gia bảo hiểm thất nghiệp, tăng 4.215 người so với cuối năm 2023, đạt 97,8% kế hoạch năm.

2. Giải quyết chế độ bảo hiểm thất nghiệp
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | So sánh (%)
Người nộp hồ sơ hưởng TCTN | người | 9.874 | 11.236 | 113,8
Người có quyết định hưởng TCTN | người | 9.512 | 10.948 | 115,1
Tư vấn, giới thiệu việc làm | lượt người | 28.630 | 31.402 | 109,7
Hỗ trợ học nghề | người | 142 | 175 | 123,2
Tiền chi trả TCTN | triệu đồng | 286.415 | 334.870 | 116,9

Mức hưởng bình quân 9 tháng năm 2024 là 3,82 triệu đồng/người/tháng, cao hơn 0,21 triệu đồng so với cùng kỳ.

3. Hưởng bảo hiểm xã hội một lần
Trong 9 tháng năm 2024, toàn tỉnh có 4.126 người hưởng bảo hiểm xã hội một lần, tăng 9,3% so với cùng kỳ; trong đó 2.870 người dưới 40 tuổi.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 có 180.500 người tham gia bảo hiểm thất nghiệp; tổ chức 12 phiên giao dịch việc làm; giải quyết 100% hồ sơ đúng hạn. Dự kiến cả năm 2024 có khoảng 15.200 người nộp hồ sơ hưởng TCTN.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
Y24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TGT = P("đến hết năm 2024", None, "2024-12-31")

ROWS = [
    # row label, unit, mult, kind, c2023, c2024, ratio, anchors
    ("Người nộp hồ sơ hưởng TCTN", "người", 1, "count", "9.874", "11.236", "113,8"),
    ("Người có quyết định hưởng TCTN", "người", 1, "count", "9.512", "10.948", "115,1"),
    ("Tư vấn, giới thiệu việc làm", "lượt người", 1, "count", "28.630", "31.402", "109,7"),
    ("Hỗ trợ học nghề", "người", 1, "count", "142", "175", "123,2"),
    ("Tiền chi trả TCTN", "đồng", 1e6, "money", "286.415", "334.870", "116,9"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 176.540 người", "176.540", 176540, "count", "người",
      "người tham gia bảo hiểm thất nghiệp", P("Tính đến ngày 30/9/2024", None, "2024-09-30"),
      percent=97.8, change=CH("increase", 4215, "người", "cuối năm 2023")),
]
for label, unit, mult, kind, a, b, r in ROWS:
    FIGS.append(F(f"| {a} |", a, num(a) * mult, kind, unit, f"{label} 9 tháng 2023", Y23))
    FIGS.append(F(f"| {b} |", b, num(b) * mult, kind, unit, f"{label} 9 tháng 2024", Y24))
    FIGS.append(F(f"| {r}", r, num(r), "percent", "%", f"{label} so sánh",
                  INH(T9)))
FIGS += [
    F("là 3,82 triệu đồng/người/tháng", "3,82", 3.82e6, "money", "đồng/người/tháng",
      "mức hưởng bình quân", T9, change=CH("increase", 210000, "đồng", "cùng kỳ")),
    F("có 4.126 người", "4.126", 4126, "count", "người",
      "người hưởng bảo hiểm xã hội một lần", T9, change=CH("increase", 9.3, "%", "cùng kỳ")),
    F("2.870 người dưới", "2.870", 2870, "count", "người",
      "người hưởng bảo hiểm xã hội một lần dưới 40 tuổi", T9, total=4126),
    F("dưới 40 tuổi", "40", 40, "measure", "tuổi", approx="under", optional=True),
    F("có 180.500 người", "180.500", 180500, "count", "người",
      "người tham gia bảo hiểm thất nghiệp", TGT, status="target"),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên giao dịch việc làm",
      "phiên giao dịch việc làm", TGT, status="target"),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%",
      "hồ sơ giải quyết đúng hạn", TGT, status="target"),
    F("khoảng 15.200 người", "15.200", 15200, "count", "người", "người nộp hồ sơ hưởng TCTN",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Thái Nguyên, Báo cáo số 287/BC-UBND ngày 08/10/2024: chính sách bảo hiểm thất nghiệp 9 tháng năm 2024.",
    "Place-and-date line 'Thái Nguyên, ngày 08 tháng 10 năm 2024' is the published date. Document numbers (287/BC-UBND, 38/2013/QH13,",
    "28/2015/NĐ-CP), section numbers I./II./1./2./3. and the 'QUÝ IV/2024' heading are not figures.",
    "Flattened | table: every numeric cell is a figure; subject = row label + column label; period from the column header",
    "('9 tháng 2023' / '9 tháng 2024', scored as in shared h23); 'So sánh (%)' cells are percent figures with the report period",
    "(inherited, the header names no period). '(triệu đồng)' row unit: 286.415 triệu đồng = 286 415 000 000 đồng.",
    "'cao hơn 0,21 triệu đồng so với cùng kỳ' is the change of 3,82 triệu. Q4 tasks after 'Phấn đấu đến hết năm 2024' are targets (the",
    "clause cue and period continue across ';'). 'dưới 40 tuổi' is an age threshold: optional. 'Dự kiến cả năm 2024' → forecast.",
]

if __name__ == "__main__":
    emit("p655-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thái Nguyên")
