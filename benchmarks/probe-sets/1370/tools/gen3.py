"""p1370-3: formal report (UBND tỉnh Quảng Ninh, Số: 27/BC-UBND): anti-smuggling/counterfeit results 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ và xử lý 1.829 vụ vi phạm, tăng 7,8% so với năm 2023; khởi tố 64 vụ với 97 đối tượng; thu nộp ngân sách nhà nước 38,4 tỷ đồng, đạt 106,7% chỉ tiêu.

2. Kết quả theo lĩnh vực
Đơn vị tính: vụ
Lĩnh vực | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Buôn lậu, vận chuyển hàng cấm | 412 | 386 | 93,7
Hàng giả, xâm phạm sở hữu trí tuệ | 158 | 203 | 128,5
Gian lận thương mại, thuế | 1.126 | 1.240 | 110,1
Tổng cộng | 1.696 | 1.829 | 107,8

3. Công tác chống hàng giả
Lực lượng QLTT đã tạm giữ, tịch thu trên 46.000 sản phẩm hàng giả các loại (mỹ phẩm, đồ điện tử, phụ tùng xe máy), trị giá khoảng 3,7 tỷ đồng; tiêu hủy 18,5 tấn hàng hóa vi phạm tại Khu xử lý chất thải rắn Hà Khẩu. Riêng TP Móng Cái phát hiện 71 vụ hàng giả, chiếm 35% số vụ hàng giả toàn tỉnh.

II. NHIỆM VỤ NĂM 2025
Phấn đấu số vụ vi phạm được phát hiện, xử lý tăng 5-7% so với năm 2024; thu nộp ngân sách không dưới 40 tỷ đồng; 100% chợ biên giới được kiểm tra định kỳ ít nhất 2 lần/năm.

Nơi nhận:
- Bộ Công Thương (b/c);
- Ban Chỉ đạo 389 quốc gia;
- Lưu: VT, BCĐ.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31", inherited=True)
Y24i = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Buôn lậu, vận chuyển hàng cấm", "hàng cấm", ["412", "386", "93,7"]),
        ("Hàng giả, xâm phạm sở hữu trí tuệ", "trí tuệ", ["158", "203", "128,5"]),
        ("Gian lận thương mại, thuế", "thuế", ["1.126", "1.240", "110,1"]),
        ("Tổng cộng", "Tổng cộng", ["1.696", "1.829", "107,8"])]
CELLS = []
for label, head, (a, b, c) in ROWS:
    row = label.lower() if label != "Tổng cộng" else "tổng cộng"
    CELLS += [
        fig(f"{head} | {a}", a, float(a.replace(".", "")), "count", "vụ",
            subject=f"số vụ vi phạm {row} năm 2023", period=Y23c),
        fig(f"{a} | {b}", b, float(b.replace(".", "")), "count", "vụ",
            subject=f"số vụ vi phạm {row} năm 2024", period=Y24),
        fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"số vụ vi phạm {row} so với cùng kỳ", period=Y24i),
    ]

FIGS = [
    fig("xử lý 1.829 vụ", "1.829", 1829, "count", "vụ", change=chg("increase", 7.8, "%", "năm 2023"),
        subject="vụ vi phạm phát hiện, bắt giữ và xử lý", period=Y24),
    fig("khởi tố 64 vụ", "64", 64, "count", "vụ", subject="vụ khởi tố", period=Y24),
    fig("với 97 đối tượng", "97", 97, "count", "đối tượng", subject="đối tượng bị khởi tố", period=Y24),
    fig("nước 38,4 tỷ", "38,4", 38.4e9, "money", "đồng", percent=106.7,
        subject="thu nộp ngân sách nhà nước", period=Y24),
] + CELLS + [
    fig("trên 46.000 sản phẩm", "46.000", 46000, "count", "sản phẩm", approx="over",
        subject="sản phẩm hàng giả các loại tạm giữ, tịch thu", period=Y24i),
    fig("khoảng 3,7 tỷ", "3,7", 3.7e9, "money", "đồng", approx="about",
        subject="trị giá sản phẩm hàng giả tạm giữ, tịch thu", period=Y24i),
    fig("tiêu hủy 18,5 tấn", "18,5", 18.5, "measure", "tấn", subject="hàng hóa vi phạm tiêu hủy", period=Y24i),
    fig("phát hiện 71 vụ", "71", 71, "count", "vụ", percent=35, subject="vụ hàng giả", period=Y24i,
        location="Móng Cái"),
    fig("tăng 5-7%", "5", 5, "percent", "%", value_max=7, status="target",
        subject="số vụ vi phạm được phát hiện, xử lý tăng", period=Y25),
    fig("không dưới 40 tỷ", "40", 40e9, "money", "đồng", approx="at_least", status="target",
        subject="thu nộp ngân sách", period=Y25),
    fig("100% chợ", "100", 100, "percent", "%", status="target",
        subject="chợ biên giới được kiểm tra định kỳ", period=Y25),
    fig("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", approx="at_least", status="target",
        subject="số lần kiểm tra định kỳ chợ biên giới", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NINH', 'Số: 27/BC-UBND', 'Quảng Ninh, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: vụ': year columns are counts (period from the header, scored); 'So với cùng kỳ (%)' cells are",
    "percent figures (2024 against 2023; the header has no year, so their period is inherited from the report, not scored). Cells get no total.",
    "'đạt 106,7% chỉ tiêu' → percent attribute of 38,4 tỷ. 'Riêng TP Móng Cái ... 71 vụ, chiếm 35%' → location Móng Cái, percent 35; 'riêng' is no part cue.",
    "Section II 'Phấn đấu ...' governs its ';' clauses → target; period 'năm 2025' from the section heading (inherited).",
    "'tăng 5-7% so với năm 2024' is a growth rate as the claim: percent range, no change. 'ít nhất 2 lần/năm' is a rate (measure, lần/năm).",
    "Distractors: Số: 27/BC-UBND, letterhead date, section numbers I./II./1.-3., Ban Chỉ đạo 389, 'Lưu: VT, BCĐ'.",
]

if __name__ == "__main__":
    write("p1370-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Ninh")
