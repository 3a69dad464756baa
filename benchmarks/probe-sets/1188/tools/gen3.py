"""p1188-3: formal report UBND tỉnh Thái Bình, dưa, cà muối 2024, flattened | table by product."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 20 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, chế biến dưa, cà muối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở chế biến
Tính đến ngày 30/11/2024, toàn tỉnh có 214 cơ sở chế biến dưa, cà muối, tăng 17 cơ sở so với cuối năm 2023; trong đó 9 doanh nghiệp, 26 hợp tác xã và 179 hộ kinh doanh. Các cơ sở thu hút khoảng 1.650 lao động, thu nhập bình quân 6,2 triệu đồng/người/tháng.

2. Sản lượng theo sản phẩm
Đơn vị tính: tấn
Sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025
Dưa cải muối | 4.820 | 5.150 | 5.500
Cà pháo muối | 2.360 | 2.610 | 2.800
Dưa chuột muối | 1.140 | 1.205 | 1.300
Các loại khác | 680 | 735 | 800
Tổng cộng | 9.000 | 9.700 | 10.400

3. Giá trị, xuất khẩu và an toàn thực phẩm
Giá trị sản phẩm dưa, cà muối năm 2024 ước đạt 176 tỷ đồng, bằng 104,5% kế hoạch, tăng 9,2% so với năm 2023. Lượng dưa chuột, cà muối xuất khẩu sang Nhật Bản và Hàn Quốc đạt khoảng 1.050 tấn, chiếm 10,8% tổng sản lượng. Trong năm, đoàn kiểm tra liên ngành đã kiểm tra 128 lượt cơ sở, phát hiện 11 cơ sở vi phạm, xử phạt 46,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% cơ sở quy mô hợp tác xã trở lên có giấy chứng nhận đủ điều kiện an toàn thực phẩm; hỗ trợ xây dựng thêm 5 sản phẩm OCOP từ dưa, cà muối.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = P("Trong năm", "2024-01-01", "2024-12-31")
NV25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    ("Ước thực hiện năm 2024", P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("Kế hoạch năm 2025", P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target"),
]
ROWS = [
    ("Dưa cải muối", ["4.820", "5.150", "5.500"]),
    ("Cà pháo muối", ["2.360", "2.610", "2.800"]),
    ("Dưa chuột muối", ["1.140", "1.205", "1.300"]),
    ("Các loại khác", ["680", "735", "800"]),
    ("Tổng cộng", ["9.000", "9.700", "10.400"]),
]


def table():
    out = []
    for label, cells in ROWS:
        for i, num in enumerate(cells):
            left = label if i == 0 else cells[i - 1]
            anchor = f"{left} | {num}"
            col, per, status = COLS[i]
            value = float(num.replace(".", ""))
            kw = {} if status == "actual" else {"status": status}
            out.append(F(anchor, num, value, "measure", "tấn", subject=f"sản lượng {label} {col}",
                         period=per, **kw))
    return out


FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", change=C("increase", 17, "cơ sở", "cuối năm 2023"),
      subject="cơ sở chế biến dưa, cà muối", period=ASOF),
    F("9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=214,
      subject="doanh nghiệp chế biến dưa, cà muối", period=ASOF),
    F("26 hợp tác xã", "26", 26, "count", "hợp tác xã", total=214,
      subject="hợp tác xã chế biến dưa, cà muối", period=ASOF),
    F("179 hộ kinh doanh", "179", 179, "count", "hộ kinh doanh", total=214,
      subject="hộ kinh doanh chế biến dưa, cà muối", period=ASOF),
    F("khoảng 1.650 lao động", "1.650", 1650, "count", "lao động", approx="about",
      subject="lao động các cơ sở chế biến dưa, cà muối thu hút", period=I(ASOF)),
    F("6,2 triệu", "6,2", 6200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động các cơ sở chế biến", period=I(ASOF)),
] + table() + [
    F("ước đạt 176 tỷ", "176", 176000000000, "money", "đồng", percent=104.5, status="estimate",
      change=C("increase", 9.2, "%", "năm 2023"),
      subject="giá trị sản phẩm dưa, cà muối", period=Y24),
    F("khoảng 1.050 tấn", "1.050", 1050, "measure", "tấn", approx="about", percent=10.8,
      subject="lượng dưa chuột, cà muối xuất khẩu sang Nhật Bản và Hàn Quốc", period=I(Y24)),
    F("kiểm tra 128 lượt", "128", 128, "count", "lượt cơ sở",
      subject="lượt cơ sở được đoàn kiểm tra liên ngành kiểm tra", period=IN_YEAR),
    F("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở vi phạm", period=IN_YEAR),
    F("xử phạt 46,5 triệu", "46,5", 46500000, "money", "đồng", subject="tiền xử phạt cơ sở vi phạm",
      period=IN_YEAR),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở quy mô hợp tác xã trở lên có giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=NV25),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
      subject="sản phẩm OCOP từ dưa, cà muối hỗ trợ xây dựng thêm", period=NV25),
]

NOTES = [
    "Formal report under a letterhead: UBND TỈNH THÁI BÌNH, 'Số: 412/BC-UBND', 'Thái Bình, ngày 20 tháng 12 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table by product, 'Đơn vị tính: tấn'; every cell is a figure (measure, tấn); subject = row label + column label;",
    "period from the column header (scored); 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target; 'Tổng cộng' row cells are figures, no totals.",
    "Distractors: 'Số: 412/BC-UBND', dateline, section numbers I./II./1./2./3., 'Lưu: VT, NNTNMT'; Nhật Bản/Hàn Quốc are trade partners, not places.",
    "'trong đó 9 doanh nghiệp, 26 hợp tác xã và 179 hộ kinh doanh' add up to 214: total 214 each (same sentence: as-of period scored).",
    "176 tỷ: first share 'bằng 104,5% kế hoạch' → percent, change 9,2%. 1.050 tấn 'chiếm 10,8%' → percent. 'Trong năm' in an annual report = 2024.",
    "11 cơ sở vi phạm is not a part of '128 lượt cơ sở' (inspections, not establishments): no total. Section II targets inherit 'NĂM 2025' from the heading.",
]

if __name__ == "__main__":
    write("p1188-3", TEXT, NOTES, FIGS, published="2024-12-20", location="Thái Bình")
