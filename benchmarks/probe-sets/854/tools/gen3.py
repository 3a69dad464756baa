"""p854-3: formal report (UBND tỉnh Quảng Nam), bánh mì food safety 9 months 2024, flattened | table."""
from lib import F, change, period, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý an toàn thực phẩm đối với cơ sở bánh mì 9 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Thực hiện Kế hoạch số 1043/KH-UBND ngày 22/02/2024, tính đến ngày 30/9/2024 toàn tỉnh có 1.742 cơ sở sản xuất, kinh doanh bánh mì, tăng 5,8% so với cuối năm 2023; trong đó có 203 lò bánh mì và 1.539 cơ sở kinh doanh, bán lẻ.

II. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
9 tháng đầu năm 2024, các đoàn đã kiểm tra 1.205 cơ sở, đạt 106,6% kế hoạch; phát hiện 98 cơ sở vi phạm, chiếm 8,1%; phạt tiền 41 cơ sở với tổng số tiền 236,5 triệu đồng. Kết quả theo địa phương:

Đơn vị tính: cơ sở
Địa phương | Số cơ sở | Đã kiểm tra | Vi phạm
Hội An | 412 | 318 | 21
Tam Kỳ | 356 | 264 | 19
Điện Bàn | 298 | 211 | 24
Núi Thành | 187 | 142 | 13
Địa phương khác | 489 | 270 | 21
Tổng cộng | 1.742 | 1.205 | 98

2. Cấp giấy chứng nhận và tập huấn
Trong kỳ, đã cấp 37 Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho lò bánh mì, nâng tổng số lò được cấp đến ngày 30/9/2024 lên 118/203 lò, đạt 58,1%. Các địa phương tổ chức 14 lớp tập huấn cho khoảng 860 lượt người; kinh phí thực hiện 9 tháng là 1,15 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
Trong quý IV, dự kiến kiểm tra khoảng 300 cơ sở; phấn đấu cả năm 2024 kiểm tra trên 1.500 cơ sở, 100% cơ sở vi phạm được xử lý theo Nghị định số 115/2018/NĐ-CP.
"""

ASOF = period("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFi = period("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
KY = period("Trong kỳ", "2024-01-01", "2024-09-30")
ASOF2 = period("đến ngày 30/9/2024", None, "2024-09-30")
M9b = period("9 tháng", "2024-01-01", "2024-09-30")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.742 cơ sở", "1.742", 1742, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh mì", ASOF,
      change=change("increase", 5.8, "%", "cuối năm 2023")),
    F("có 203 lò bánh mì", "203", 203, "count", "lò bánh mì", "lò bánh mì", ASOF, total=1742),
    F("1.539 cơ sở kinh doanh", "1.539", 1539, "count", "cơ sở", "cơ sở kinh doanh, bán lẻ bánh mì", ASOF,
      total=1742),
    F("kiểm tra 1.205 cơ sở", "1.205", 1205, "count", "cơ sở", "cơ sở được kiểm tra", M9, percent=106.6),
    F("phát hiện 98 cơ sở", "98", 98, "count", "cơ sở", "cơ sở vi phạm", M9, percent=8.1),
    F("phạt tiền 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở bị phạt tiền", M9),
    F("236,5 triệu đồng", "236,5", 236_500_000, "money", "đồng", "tổng số tiền phạt", M9),
]

ROWS = [("Hội An", "412", "318", "21", "Hội An", ""),
        ("Tam Kỳ", "356", "264", "19", "Tam Kỳ", ""),
        ("Điện Bàn", "298", "211", "24", "Điện Bàn", ""),
        ("Núi Thành", "187", "142", "13", "Núi Thành", ""),
        ("Địa phương khác", "489", "270", "21", "Quảng Nam", " địa phương khác"),
        ("Tổng cộng", "1.742", "1.205", "98", "Quảng Nam", " tổng cộng")]
for label, a, b, c, loc, extra in ROWS:
    num = lambda s: int(s.replace(".", ""))
    FIGS += [
        F(f"{label} | {a}", a, num(a), "count", "cơ sở", "số cơ sở" + extra, ASOFi, location=loc),
        F(f"| {a} | {b}", b, num(b), "count", "cơ sở", "cơ sở đã kiểm tra" + extra, M9i, location=loc),
        F(f"| {b} | {c}", c, num(c), "count", "cơ sở", "cơ sở vi phạm" + extra, M9i, location=loc),
    ]

FIGS += [
    F("cấp 37 Giấy chứng nhận", "37", 37, "count", "Giấy chứng nhận",
      "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cấp cho lò bánh mì", KY),
    F("lên 118/203 lò", "118", 118, "count", "lò", "lò bánh mì được cấp giấy chứng nhận", ASOF2,
      total=203, percent=58.1),
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn", M9i),
    F("khoảng 860 lượt người", "860", 860, "count", "lượt người", "lượt người được tập huấn", M9i,
      approx="about"),
    F("là 1,15 tỷ đồng", "1,15", 1_150_000_000, "money", "đồng", "kinh phí thực hiện", M9b),
    F("khoảng 300 cơ sở", "300", 300, "count", "cơ sở", "cơ sở dự kiến kiểm tra", Q4, approx="about",
      status="forecast"),
    F("trên 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", "cơ sở được kiểm tra", Y24, approx="over",
      status="target"),
    F("100% cơ sở vi phạm", "100", 100, "percent", "%", "cơ sở vi phạm được xử lý", Y24, status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Nam, Số: 286/BC-UBND, 15/10/2024): bánh mì facilities, 9-month checks, flattened | table by locality.",
    "Table: every cell is a figure; place rows give location, 'Địa phương khác' and 'Tổng cộng' stay Quảng Nam; periods come from the text above the table (inherited).",
    "Table cells carry no totals (the Tổng cộng row is a figure of its own).",
    "'đạt 106,6% kế hoạch' is the percent of 1.205; 'chiếm 8,1%' the percent of 98 (no part-of cue, no total).",
    "'118/203 lò' is a part of a whole (not a plan): total 203, percent 58,1; its as-of period is in the sentence.",
    "'Trong kỳ' in a 9-month report = 9 months of 2024; 'quý IV' takes 2024.",
    "'100% cơ sở vi phạm được xử lý' continues the 'phấn đấu cả năm 2024' clause: target, period 2024.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, notes=NOTES, location="Quảng Nam", published="2024-10-15")
