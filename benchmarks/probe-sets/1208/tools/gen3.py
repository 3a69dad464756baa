"""p1208-3: formal report (UBND tỉnh Quảng Trị), housing support 9 months 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả hỗ trợ nhà ở đối với người có công với cách mạng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Theo kết quả rà soát, toàn tỉnh có 1.258 hộ người có công cần hỗ trợ về nhà ở, gồm 517 hộ xây mới và 741 hộ sửa chữa. Đến ngày 30/9/2024, đã hoàn thành 964 nhà, đạt 76,6% (xây mới 402 nhà, sửa chữa 562 nhà); 294 nhà còn lại đang thi công.

2. Kết quả theo địa phương
Đơn vị tính: nhà
Địa phương | Xây mới | Sửa chữa | Kinh phí (triệu đồng)
Huyện Hải Lăng | 98 | 131 | 9.810
Huyện Triệu Phong | 87 | 118 | 8.760
Huyện Gio Linh | 76 | 104 | 7.680
Huyện Vĩnh Linh | 71 | 96 | 7.140
Các địa phương khác | 70 | 113 | 7.590
Tổng cộng | 402 | 562 | 40.980

3. Nguồn vốn
Kinh phí đã giải ngân 40,98 tỷ đồng, đạt 77% kế hoạch vốn, trong đó ngân sách trung ương 27,4 tỷ đồng, ngân sách tỉnh 8,2 tỷ đồng, Quỹ Đền ơn đáp nghĩa và xã hội hóa 5,38 tỷ đồng.

II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu trong quý IV/2024 hoàn thành 294 nhà còn lại, nâng tỷ lệ hoàn thành lên 100%; dự kiến giải ngân thêm 12,27 tỷ đồng.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = P("trong quý IV/2024", "2024-10-01", "2024-12-31")
PLACES = {"Huyện Hải Lăng": "Hải Lăng", "Huyện Triệu Phong": "Triệu Phong", "Huyện Gio Linh": "Gio Linh",
          "Huyện Vĩnh Linh": "Vĩnh Linh"}
COLS = {"Xây mới": "nhà xây mới hoàn thành", "Sửa chữa": "nhà sửa chữa hoàn thành",
        "Kinh phí": "kinh phí hỗ trợ nhà ở"}


def cell(anchor, number, value, row, col):
    kind, unit, v = ("money", "đồng", value * 1e6) if col == "Kinh phí" else ("count", "nhà", value)
    if row in PLACES:
        return F(anchor, number, v, kind, unit, subject=COLS[col], period=M9, location=PLACES[row])
    return F(anchor, number, v, kind, unit, subject=f"{COLS[col]} {row.lower()}", period=M9)


ROWS = [("Huyện Hải Lăng", "Lăng", ["98", "131", "9.810"]),
        ("Huyện Triệu Phong", "Phong", ["87", "118", "8.760"]),
        ("Huyện Gio Linh", "Gio Linh", ["76", "104", "7.680"]),
        ("Huyện Vĩnh Linh", "Vĩnh Linh", ["71", "96", "7.140"]),
        ("Các địa phương khác", "khác", ["70", "113", "7.590"]),
        ("Tổng cộng", "Tổng cộng", ["402", "562", "40.980"])]

TABLE = []
for row, label, nums in ROWS:
    prev = label
    for col, num in zip(["Xây mới", "Sửa chữa", "Kinh phí"], nums):
        TABLE.append(cell(f"{prev} | {num}", num, float(num.replace(".", "")), row, col))
        prev = num

FIGS = [
    F("có 1.258 hộ", "1.258", 1258, "count", "hộ", subject="hộ người có công cần hỗ trợ về nhà ở"),
    F("gồm 517 hộ", "517", 517, "count", "hộ", total=1258, subject="hộ người có công cần hỗ trợ xây mới"),
    F("và 741 hộ", "741", 741, "count", "hộ", total=1258, subject="hộ người có công cần hỗ trợ sửa chữa"),
    F("hoàn thành 964 nhà", "964", 964, "count", "nhà", percent=76.6,
      subject="nhà hỗ trợ người có công đã hoàn thành", period=ASOF),
    F("(xây mới 402 nhà", "402", 402, "count", "nhà", total=964, subject="nhà xây mới hoàn thành", period=ASOF),
    F("sửa chữa 562 nhà", "562", 562, "count", "nhà", total=964, subject="nhà sửa chữa hoàn thành", period=ASOF),
    F("; 294 nhà", "294", 294, "count", "nhà", subject="nhà còn lại đang thi công", period=ASOF),
] + TABLE + [
    F("giải ngân 40,98 tỷ", "40,98", 40980000000, "money", "đồng", percent=77,
      subject="kinh phí đã giải ngân", period=I(ASOF)),
    F("trung ương 27,4 tỷ", "27,4", 27400000000, "money", "đồng", total=40980000000,
      subject="kinh phí giải ngân từ ngân sách trung ương", period=I(ASOF)),
    F("tỉnh 8,2 tỷ", "8,2", 8200000000, "money", "đồng", total=40980000000,
      subject="kinh phí giải ngân từ ngân sách tỉnh", period=I(ASOF)),
    F("hội hóa 5,38 tỷ", "5,38", 5380000000, "money", "đồng", total=40980000000,
      subject="kinh phí giải ngân từ Quỹ Đền ơn đáp nghĩa và xã hội hóa", period=I(ASOF)),
    F("hoàn thành 294 nhà", "294", 294, "count", "nhà", status="target",
      subject="nhà còn lại hoàn thành", period=Q4),
    F("lên 100%", "100", 100, "percent", "%", status="target", subject="tỷ lệ hoàn thành", period=Q4),
    F("thêm 12,27 tỷ", "12,27", 12270000000, "money", "đồng", status="forecast",
      subject="kinh phí giải ngân thêm", period=Q4),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG TRỊ', 'Số: 186/BC-UBND', 'Quảng Trị, ngày 08 tháng 10 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nhà' but the last column header says '(triệu đồng)': those cells are money ×10^6.",
    "Place rows → location (district), subject = column label + indicator; 'Các địa phương khác' and 'Tổng cộng' rows keep the row",
    "label in the subject and the province as location. Table period inherited from the title '9 tháng năm 2024'. Cells: no totals.",
    "517/741 after 'gồm' → total 1.258; bracketed 402+562 = 964 → total 964; 964 'đạt 76,6%' → percent (not total 1.258).",
    "Sources after 'trong đó' → total 40,98 tỷ. Section II: 'Phấn đấu trong quý IV/2024' → target, 'dự kiến' clause → forecast.",
    "Distractors: Số: 186/BC-UBND, section numbers I., II., 1.-3., 'Lưu: VT, VX', dateline.",
]

if __name__ == "__main__":
    write("p1208-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Quảng Trị")
