"""p1563-4: formal report (UBND tỉnh Thừa Thiên Huế, Số: 412/BC-UBND): Huế bird-cage craft 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 10 tháng 12 năm 2024

BÁO CÁO
Tình hình bảo tồn, phát triển nghề làm lồng chim truyền thống năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Toàn tỉnh có 2 làng nghề lồng chim được công nhận và 1 hợp tác xã (HTX Lồng chim Kim Long), với 186 hộ tham gia, gồm 112 hộ ở thành phố Huế và 74 hộ ở thị xã Hương Trà. Năm 2024, sản lượng lồng chim ước đạt 34.100 chiếc, tăng 10,7% so với năm 2023, đạt 97,4% kế hoạch; giá trị sản xuất ước đạt 52,6 tỷ đồng; thu nhập bình quân của lao động khoảng 7,2 triệu đồng/người/tháng.

2. Sản lượng lồng chim theo địa phương
Đơn vị tính: chiếc
Địa phương | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025
Thành phố Huế | 21.500 | 23.800 | 25.000
Thị xã Hương Trà | 6.200 | 6.900 | 7.500
Huyện Phú Vang | 3.100 | 3.400 | 4.000
Tổng cộng | 30.800 | 34.100 | 36.500

3. Công tác hỗ trợ
Năm 2024, tỉnh bố trí 1,2 tỷ đồng kinh phí khuyến công hỗ trợ 14 cơ sở đầu tư thiết bị; tổ chức 2 lớp truyền nghề cho 60 học viên, trong đó 38 học viên là thanh niên. Có 04 sản phẩm lồng chim được công nhận OCOP 3 sao.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 sản lượng lồng chim đạt 36.500 chiếc, tăng 7% so với năm 2024; giá trị sản xuất trên 58 tỷ đồng; đào tạo nghề cho ít nhất 80 lao động.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"),
        ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Thành phố Huế", "Huế", ["21.500", "23.800", "25.000"]),
        ("Thị xã Hương Trà", "Hương Trà", ["6.200", "6.900", "7.500"]),
        ("Huyện Phú Vang", "Phú Vang", ["3.100", "3.400", "4.000"]),
        ("Tổng cộng", None, ["30.800", "34.100", "36.500"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        subj = f"sản lượng lồng chim {col}" if place else f"sản lượng lồng chim tổng cộng {col}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "chiếc",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 2 làng nghề", "2", 2, "count", "làng nghề", subject="làng nghề lồng chim được công nhận"),
    fig("và 1 hợp tác xã", "1", 1, "count", "hợp tác xã", subject="hợp tác xã"),
    fig("với 186 hộ", "186", 186, "count", "hộ", subject="hộ tham gia"),
    fig("gồm 112 hộ", "112", 112, "count", "hộ", total=186, subject="hộ tham gia", location="Huế"),
    fig("và 74 hộ", "74", 74, "count", "hộ", total=186, subject="hộ tham gia", location="Hương Trà"),
    fig("ước đạt 34.100 chiếc", "34.100", 34100, "count", "chiếc", status="estimate", percent=97.4,
        change=chg("increase", 10.7, "%", "năm 2023"), subject="sản lượng lồng chim", period=Y24),
    fig("ước đạt 52,6 tỷ", "52,6", 52.6e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
    fig("khoảng 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", approx="about", status="estimate",
        subject="thu nhập bình quân của lao động", period=Y24),
] + CELLS + [
    fig("bố trí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="kinh phí khuyến công", period=Y24),
    fig("hỗ trợ 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở được hỗ trợ đầu tư thiết bị",
        period=Y24),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp", subject="lớp truyền nghề", period=Y24),
    fig("cho 60 học viên", "60", 60, "count", "học viên", subject="học viên lớp truyền nghề", period=Y24),
    fig("38 học viên", "38", 38, "count", "học viên", total=60, subject="học viên là thanh niên",
        period=Y24),
    fig("Có 04 sản phẩm", "04", 4, "count", "sản phẩm",
        subject="sản phẩm lồng chim được công nhận OCOP 3 sao"),
    fig("đạt 36.500 chiếc", "36.500", 36500, "count", "chiếc", status="target",
        change=chg("increase", 7, "%", "năm 2024"), subject="sản lượng lồng chim", period=Y25),
    fig("trên 58 tỷ", "58", 58e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất", period=Y25),
    fig("ít nhất 80 lao động", "80", 80, "count", "lao động", approx="at_least", status="target",
        subject="lao động được đào tạo nghề", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THỪA THIÊN HUẾ', 'Số: 412/BC-UBND', 'Thừa Thiên Huế, ngày 10 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: report number, letterhead date, section numbers, 'OCOP 3 sao', 'b/c', 'Lưu: VT, NN'.",
    "'186 hộ tham gia, gồm 112 hộ ở thành phố Huế và 74 hộ ở thị xã Hương Trà': the parts add up, total 186; each part gets its place.",
    "'ước đạt 34.100 chiếc, tăng 10,7% so với năm 2023, đạt 97,4% kế hoạch; giá trị sản xuất ước đạt ...; thu nhập ... khoảng 7,2 triệu':",
    "  the 'ước đạt' of the sentence governs the continuing clauses after ';' (estimate also for 7,2 triệu); 97,4% kế hoạch is a share (percent attribute).",
    "Flattened '|' table, 'Đơn vị tính: chiếc': every cell a count in chiếc; place column → location (Tổng cộng row keeps the province);",
    "  period from the column header; 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target; no totals on cells.",
    "'38 học viên là thanh niên' after 'trong đó' → total 60. 'Có 04 sản phẩm' = 4 (no period stated in its sentence).",
    "Section II 'Phấn đấu năm 2025 ...' governs the three clauses after ';' (target), all with period năm 2025 (same sentence).",
]

if __name__ == "__main__":
    write("p1563-4", TEXT, NOTES, FIGS, published="2024-12-10", location="Thừa Thiên Huế")
