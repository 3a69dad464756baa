"""p1352-3: formal report (UBND tỉnh Hà Tĩnh, Số: 468/BC-UBND): mung bean raw-material area 2024; flattened '|' table by district."""
from lib import F, P, year, inh, chg, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 468/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển vùng nguyên liệu đậu xanh năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích đậu xanh toàn tỉnh ước đạt 3.420 ha, tăng 8,5% so với năm 2023; năng suất bình quân 12,6 tạ/ha; sản lượng ước 4.309 tấn, bằng 104,1% kế hoạch.

Diện tích đậu xanh phân theo địa phương
Đơn vị tính: ha
TT | Huyện, thị xã | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Thạch Hà | 1.050 | 1.120 | 1.200
2 | Can Lộc | 860 | 940 | 1.000
3 | Lộc Hà | 720 | 790 | 850
4 | Cẩm Xuyên | 522 | 570 | 650
  | Tổng cộng | 3.152 | 3.420 | 3.700

2. Liên kết tiêu thụ
Toàn tỉnh có 9 chuỗi liên kết sản xuất, tiêu thụ đậu xanh với 1.260 ha, chiếm 36,8% diện tích; giá thu mua bình quân 31.500 đồng/kg. Công ty CP Thực phẩm Hồng Lĩnh thu mua khoảng 1.800 tấn để chế biến bột đậu xanh và chè dưỡng nhan.

II. TỒN TẠI, HẠN CHẾ
Diện tích còn manh mún; khoảng 15-20% diện tích bị ảnh hưởng bởi mưa trái vụ.

III. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu diện tích đậu xanh đạt 3.700 ha, sản lượng trên 4.800 tấn; xây dựng thêm 3 chuỗi liên kết, nâng tỷ lệ diện tích liên kết lên 45%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL1.
"""

Y24 = year("Năm 2024", 2024)
HEAD24 = year("NĂM 2024", 2024)
Y25 = year("Năm 2025", 2025)
COLS = [("năm 2023", year("Năm 2023", 2023), None),
        ("ước thực hiện 2024", year("Ước thực hiện 2024", 2024), "estimate"),
        ("kế hoạch 2025", year("Kế hoạch 2025", 2025), "target")]
ROWS = [("Thạch Hà", ["1.050", "1.120", "1.200"]), ("Can Lộc", ["860", "940", "1.000"]),
        ("Lộc Hà", ["720", "790", "850"]), ("Cẩm Xuyên", ["522", "570", "650"]),
        ("Tổng cộng", ["3.152", "3.420", "3.700"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, per, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            if label == "Tổng cộng":
                subj, loc = f"tổng cộng diện tích đậu xanh {col}", "Hà Tĩnh"
            else:
                subj, loc = f"diện tích đậu xanh {col}", label
            out.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "ha",
                         subject=subj, period=per, location=loc, **kw))
            prev = n
    return out


FIGS = [
    F("ước đạt 3.420 ha", "3.420", 3420, "measure", "ha", status="estimate",
      change=chg("increase", 8.5, "%", "năm 2023"), subject="diện tích đậu xanh toàn tỉnh", period=Y24),
    F("12,6 tạ/ha", "12,6", 12.6, "measure", "tạ/ha", status="estimate", subject="năng suất bình quân", period=Y24),
    F("ước 4.309 tấn", "4.309", 4309, "measure", "tấn", status="estimate", percent=104.1,
      subject="sản lượng", period=Y24),
] + cells() + [
    F("có 9 chuỗi", "9", 9, "count", "chuỗi liên kết", subject="chuỗi liên kết sản xuất, tiêu thụ đậu xanh",
      period=inh(HEAD24)),
    F("với 1.260 ha", "1.260", 1260, "measure", "ha", percent=36.8, subject="diện tích các chuỗi liên kết",
      period=inh(HEAD24)),
    F("bình quân 31.500", "31.500", 31500, "money", "đồng/kg", subject="giá thu mua bình quân",
      period=inh(HEAD24)),
    F("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn", approx="about",
      subject="đậu xanh Công ty CP Thực phẩm Hồng Lĩnh thu mua", period=inh(HEAD24)),
    F("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
      subject="diện tích bị ảnh hưởng bởi mưa trái vụ", period=inh(HEAD24)),
    F("đạt 3.700 ha", "3.700", 3700, "measure", "ha", status="target", subject="diện tích đậu xanh", period=Y25),
    F("trên 4.800 tấn", "4.800", 4800, "measure", "tấn", approx="over", status="target", subject="sản lượng",
      period=Y25),
    F("thêm 3 chuỗi", "3", 3, "count", "chuỗi liên kết", status="target", subject="chuỗi liên kết xây dựng thêm",
      period=Y25),
    F("lên 45%", "45", 45, "percent", "%", status="target", subject="tỷ lệ diện tích liên kết", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 468/BC-UBND', 'Hà Tĩnh, ngày 16 tháng 12 năm 2024', sections I-III, 'Nơi nhận', 'Lưu: VT, NL1'.",
    "Distractors: document number, letterhead date, section numbers I./II./III., 1./2., the 'TT' column (row numbers 1-4), 'NL1'.",
    "'ước đạt 3.420 ha ...; năng suất bình quân 12,6 tạ/ha; sản lượng ước 4.309 tấn' - the yield continues the estimated clause chain -> estimate (borderline).",
    "'bằng 104,1% kế hoạch' -> percent attribute of 4.309 tấn.",
    "Flattened '|' table, 'Đơn vị tính: ha': row labels are districts -> location; subject = caption + column; 'Tổng cộng' row -> Hà Tĩnh.",
    "Column periods scored; 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target. Cells get no total.",
    "Section 2 and II figures inherit 2024 from the section heading (not scored). 'Công ty CP Thực phẩm Hồng Lĩnh': a town name inside a firm name, location stays Hà Tĩnh.",
    "Section III: 'Năm 2025, phấn đấu ...' governs every clause of the sentence -> target.",
]

if __name__ == "__main__":
    write("p1352-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Hà Tĩnh")
