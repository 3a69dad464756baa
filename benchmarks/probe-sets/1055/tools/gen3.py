"""p1055-3: formal report UBND tỉnh Hòa Bình, 9 months 2023, flattened | table."""
from lib import F, P, I, CH, write

TEXT = """UBND TỈNH HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 386/BC-UBND
Hòa Bình, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển sản xuất hoa lan 9 tháng năm 2023

Thực hiện Nghị quyết số 15/2021/NQ-HĐND ngày 20/7/2021 của HĐND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2023, toàn tỉnh có 50 cơ sở sản xuất hoa lan với tổng diện tích nhà màng 69.500 m2, tăng 8.200 m2 so với cuối năm 2022. Sản lượng 9 tháng đạt 480 nghìn chậu, bằng 75% kế hoạch năm, tăng 16,5% so với cùng kỳ; chi tiết tại Biểu 01.

Biểu 01. Sản lượng hoa lan theo địa phương
Đơn vị tính: nghìn chậu
TT | Địa phương | Kế hoạch năm 2023 | Thực hiện 9 tháng năm 2023 | So với kế hoạch (%)
1 | TP Hòa Bình | 170 | 126 | 74,1
2 | Lương Sơn | 320 | 245 | 76,6
3 | Cao Phong | 95 | 68 | 71,6
4 | Mai Châu | 55 | 41 | 74,5
 | Tổng cộng | 640 | 480 | 75,0

2. Giá trị, tiêu thụ
Giá trị sản xuất 9 tháng ước đạt 62,4 tỷ đồng; giá bán bình quân lan hồ điệp loại 3 cành từ 450.000 đến 600.000 đồng/chậu. Các cơ sở giải quyết việc làm thường xuyên cho 320 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu trong quý IV sản lượng đạt thêm 160 nghìn chậu, hoàn thành 100% kế hoạch năm; hỗ trợ xây dựng mới 5.000 m2 nhà màng theo Nghị định số 98/2018/NĐ-CP; tổ chức Phiên chợ hoa lan lần thứ 2 tại TP Hòa Bình.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
KH = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
TH = P("Thực hiện 9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")

S_KH = "sản lượng hoa lan kế hoạch năm 2023"
S_TH = "sản lượng hoa lan thực hiện 9 tháng năm 2023"
S_PC = "sản lượng hoa lan so với kế hoạch"


def row(cells, place, plan, done, pct):
    """Three cells of one table row; anchors are the row's '| a | b | c' strings."""
    a_plan = f"| {plan} | {done} |"
    a_done = f"| {done} | {pct}"
    a_pct = f"| {pct}"
    return [
        F(f"{place} {a_plan}", str(plan), plan * 1000, "count", "chậu", S_KH, KH, status="target", location=place),
        F(f"{a_done}", str(done), done * 1000, "count", "chậu", S_TH, TH, location=place),
        F(f"{done} {a_pct}", pct, float(pct.replace(",", ".")), "percent", "%", S_PC, I(TH), location=place),
    ]


FIGS = [
    F("có 50 cơ sở", "50", 50, "count", "cơ sở", "cơ sở sản xuất hoa lan", ASOF),
    F("nhà màng 69.500 m2", "69.500", 69500, "measure", "m2", "tổng diện tích nhà màng", ASOF,
      change=CH("increase", 8200, "m2", "cuối năm 2022")),
    F("đạt 480 nghìn chậu", "480", 480000, "count", "chậu", "sản lượng hoa lan", M9, percent=75,
      change=CH("increase", 16.5, "%", "cùng kỳ")),
]
FIGS += row(None, "TP Hòa Bình", 170, 126, "74,1")
FIGS += row(None, "Lương Sơn", 320, 245, "76,6")
FIGS += row(None, "Cao Phong", 95, 68, "71,6")
FIGS += row(None, "Mai Châu", 55, 41, "74,5")
FIGS += [
    F("Tổng cộng | 640", "640", 640000, "count", "chậu", "tổng " + S_KH, KH, status="target"),
    F("| 640 | 480", "480", 480000, "count", "chậu", "tổng " + S_TH, TH),
    F("| 75,0", "75,0", 75.0, "percent", "%", "tổng " + S_PC, I(TH)),
    F("62,4 tỷ đồng", "62,4", 62_400_000_000, "money", "đồng", "giá trị sản xuất hoa lan", M9, status="estimate"),
    F("loại 3 cành", "3", 3, "count", "cành", "số cành lan hồ điệp mỗi chậu", optional=True),
    F("từ 450.000 đến 600.000 đồng/chậu", "450.000", 450000, "money", "đồng/chậu",
      "giá bán bình quân lan hồ điệp loại 3 cành", value_max=600000),
    F("320 lao động", "320", 320, "count", "lao động", "lao động có việc làm thường xuyên"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6_500_000, "money", "đồng/người/tháng", "thu nhập bình quân lao động"),
    F("thêm 160 nghìn chậu", "160", 160000, "count", "chậu", "sản lượng hoa lan", Q4, status="target"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "kế hoạch năm hoàn thành", status="target"),
    F("mới 5.000 m2", "5.000", 5000, "measure", "m2", "nhà màng xây dựng mới được hỗ trợ", Q4, status="target"),
]

# Fix the row anchors: TP Hòa Bình row starts with "1 | TP Hòa Bình | 170 | 126 |"; check uniqueness in write().
write("p1055-3", TEXT, FIGS, published="2023-10-12", location="Hòa Bình", comments=[
    "Báo cáo UBND tỉnh Hòa Bình Số 386/BC-UBND: kết quả Đề án phát triển sản xuất hoa lan 9 tháng năm 2023, Biểu 01 flattened with '|'.",
    "Table: 'Đơn vị tính: nghìn chậu' gives ×1000 to the plan/result cells; the '(%)' column is percent. Row places are locations;",
    "subject = column label; periods from column headers (the % column has none of its own: inherited). Plan column = target.",
    "Table cells get no totals or attributes (every cell is its own figure). Row numbers 1-4, section numbers I., II., 1., 2. are not figures.",
    "Distractors: 'Số: 386/BC-UBND', 'Nghị quyết số 15/2021/NQ-HĐND ngày 20/7/2021', 'Nghị định số 98/2018/NĐ-CP', 'lần thứ 2', 'Biểu 01'.",
    "'hoàn thành 100% kế hoạch năm' is its own percent figure (target), no period given (the year's plan, not quý IV).",
])
