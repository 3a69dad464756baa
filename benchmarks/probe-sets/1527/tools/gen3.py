"""p1527-3: formal report (UBND tỉnh Trà Vinh, Số: 27/BC-UBND): coconut crafts 2023, flattened '|' table by district."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """UBND TỈNH TRÀ VINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả phát triển ngành nghề thủ công từ sản phẩm dừa năm 2023

I. TÌNH HÌNH THỰC HIỆN NĂM 2023
1. Cơ sở, lao động
Đến ngày 31/12/2023, toàn tỉnh có 214 cơ sở sản xuất sản phẩm thủ công từ dừa, tăng 18 cơ sở so với năm 2022; trong đó có 5 hợp tác xã và 12 doanh nghiệp. Các cơ sở giải quyết việc làm cho 2.860 lao động, trong đó lao động nữ chiếm 68%.

2. Giá trị sản xuất theo địa bàn
Đơn vị tính: tỷ đồng
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
Huyện Càng Long | 41,5 | 46,2 | 50
Huyện Châu Thành | 28,7 | 31,9 | 35
Huyện Tiểu Cần | 12,4 | 13,1 | 15
Các địa bàn còn lại | 9,6 | 10,3 | 12
Tổng cộng | 92,2 | 101,5 | 112

3. Tiêu thụ, xuất khẩu
Năm 2023, các cơ sở đã chế biến khoảng 36 triệu gáo dừa thành bát, muỗng, đĩa, đồ trang trí; kim ngạch xuất khẩu sản phẩm thủ công từ dừa ước đạt 6,4 triệu USD, tăng 9,5% so với năm 2022. Có 4 sản phẩm từ gáo dừa được công nhận OCOP 3 sao.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 giá trị sản xuất đạt 112 tỷ đồng, tăng 10,3% so với năm 2023; kim ngạch xuất khẩu đạt 7 triệu USD; có thêm ít nhất 2 sản phẩm OCOP từ dừa.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
C22, C23, K24 = year("Năm 2022", 2022), year("Năm 2023", 2023), year("Kế hoạch 2024", 2024)
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("kế hoạch 2024", K24, "target")]
Y23 = year("Năm 2023", 2023)
Y24 = year("năm 2024", 2024)

ROWS = [("Huyện Càng Long", "Càng Long", None, ["41,5", "46,2", "50"]),
        ("Huyện Châu Thành", "Châu Thành", None, ["28,7", "31,9", "35"]),
        ("Huyện Tiểu Cần", "Tiểu Cần", None, ["12,4", "13,1", "15"]),
        ("Các địa bàn còn lại", None, "các địa bàn còn lại", ["9,6", "10,3", "12"]),
        ("Tổng cộng", None, "tổng cộng", ["92,2", "101,5", "112"])]
CELLS = []
for label, loc, rowsub, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        sub = "giá trị sản xuất " + (rowsub + " " if rowsub else "") + col
        kw = {"status": st} if st else {}
        if loc:
            kw["location"] = loc
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(",", ".")) * 1e9, "money", "đồng",
                       subject=sub, period=per, **kw))
        prev = n

FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", change=chg("increase", 18, "cơ sở", "năm 2022"),
      subject="cơ sở sản xuất sản phẩm thủ công từ dừa", period=ASOF),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", total=214, subject="hợp tác xã", period=ASOF),
    F("và 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=214, subject="doanh nghiệp", period=ASOF),
    F("cho 2.860 lao động", "2.860", 2860, "count", "lao động", subject="lao động các cơ sở giải quyết việc làm",
      period=inh(ASOF)),
    F("chiếm 68%", "68", 68, "percent", "%", subject="tỷ lệ lao động nữ", period=inh(ASOF)),
] + CELLS + [
    F("khoảng 36 triệu", "36", 36e6, "count", "gáo dừa", approx="about",
      subject="gáo dừa các cơ sở đã chế biến", period=Y23),
    F("ước đạt 6,4 triệu", "6,4", 6.4e6, "money", "USD", status="estimate",
      change=chg("increase", 9.5, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu sản phẩm thủ công từ dừa", period=Y23),
    F("Có 4 sản phẩm", "4", 4, "count", "sản phẩm", subject="sản phẩm từ gáo dừa được công nhận OCOP",
      period=inh(Y23)),
    F("đạt 112 tỷ", "112", 112e9, "money", "đồng", status="target",
      change=chg("increase", 10.3, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
    F("đạt 7 triệu", "7", 7e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu", period=Y24),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm OCOP từ dừa có thêm", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH TRÀ VINH', 'Số: 27/BC-UBND', 'Trà Vinh, ngày 18 tháng 01 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'tăng 18 cơ sở so với năm 2022' → change in cơ sở; '; trong đó có 5 hợp tác xã và 12 doanh nghiệp' → total 214, as-of period.",
    "'trong đó lao động nữ chiếm 68%' → a percent figure of its own (no base amount stated for the women).",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng': cells are money ×10^9; a district row label → location (Càng Long, Châu Thành, Tiểu Cần);",
    "'Các địa bàn còn lại' and 'Tổng cộng' rows stay Trà Vinh and keep the label in the subject; column header → period; 'Kế hoạch 2024' → target; cells get no total.",
    "Section II: 'Phấn đấu năm 2024 ...' governs its three ';' clauses → target, period năm 2024 in the same sentence.",
    "Distractors: 'Số: 27/BC-UBND', letterhead date, section numbers I./II./1.-3., 'OCOP 3 sao', 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1527-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Trà Vinh")
