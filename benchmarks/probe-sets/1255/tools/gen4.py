"""p1255-4: formal report (UBND tỉnh Bà Rịa - Vũng Tàu, Số: 412/BC-UBND): food safety of bottled-water and ice
producers in 2023, with a flattened '|' table by locality (Năm 2022 | Năm 2023 | So với năm 2022 (%))."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa - Vũng Tàu, ngày 18 tháng 12 năm 2023

BÁO CÁO
Công tác bảo đảm an toàn thực phẩm đối với cơ sở sản xuất nước uống đóng chai, nước đá năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Công tác quản lý
Năm 2023, toàn tỉnh có 267 cơ sở sản xuất nước uống đóng chai, nước đá, tăng 23 cơ sở so với năm 2022; trong đó 198 cơ sở đã được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm, đạt 74,2%.

Số cơ sở sản xuất theo địa phương
Đơn vị tính: cơ sở
STT | Địa phương | Năm 2022 | Năm 2023 | So với năm 2022 (%)
1 | TP Vũng Tàu | 64 | 71 | 110,9
2 | TP Bà Rịa | 38 | 40 | 105,3
3 | Thị xã Phú Mỹ | 45 | 52 | 115,6
4 | Các huyện còn lại | 97 | 104 | 107,2
Tổng cộng | 244 | 267 | 109,4

2. Kết quả kiểm tra
Các ngành chức năng đã thành lập 14 đoàn kiểm tra, kiểm tra 231/267 cơ sở, đạt 86,5%, vượt 6,5% kế hoạch; phát hiện 38 cơ sở vi phạm, xử phạt 31 cơ sở với tổng số tiền 426,5 triệu đồng. Lấy 180 mẫu xét nghiệm nhanh và 64 mẫu gửi kiểm nghiệm, kết quả 9 mẫu không đạt chỉ tiêu Coliform tổng số.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 kiểm tra ít nhất 90% số cơ sở; 100% mẫu nước đá dùng liền lưu hành trên thị trường được giám sát; giảm tỷ lệ mẫu không đạt xuống dưới 5%.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Khoa
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SEC = inh(per("NĂM 2023", "2023-01-01", "2023-12-31"))
PROV = "Bà Rịa - Vũng Tàu"

ROWS = [("TP Vũng Tàu", "Vũng Tàu", ["64", "71", "110,9"]),
        ("TP Bà Rịa", "Bà Rịa", ["38", "40", "105,3"]),
        ("Thị xã Phú Mỹ", "Phú Mỹ", ["45", "52", "115,6"]),
        ("Các huyện còn lại", None, ["97", "104", "107,2"]),
        ("Tổng cộng", None, ["244", "267", "109,4"])]
CELLS = []
for label, place, (a, b, c) in ROWS:
    extra = "" if place else (" các huyện còn lại" if label.startswith("Các") else " tổng cộng")
    loc = {"location": place} if place else {}
    CELLS += [
        fig(f"{label} | {a} |", a, float(a), "count", "cơ sở", subject=f"số cơ sở{extra} năm 2022",
            period=Y22, **loc),
        fig(f"| {a} | {b} |", b, float(b), "count", "cơ sở", subject=f"số cơ sở{extra} năm 2023",
            period=Y23, **loc),
        fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"số cơ sở{extra} so với năm 2022", **loc),
    ]

FIGS = [
    fig("có 267 cơ sở", "267", 267, "count", "cơ sở", change=chg("increase", 23, "cơ sở", "năm 2022"),
        subject="cơ sở sản xuất nước uống đóng chai, nước đá", period=Y23),
    fig("trong đó 198 cơ sở", "198", 198, "count", "cơ sở", total=267, percent=74.2,
        subject="cơ sở được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=Y23),
] + CELLS + [
    fig("lập 14 đoàn", "14", 14, "count", "đoàn", subject="đoàn kiểm tra", period=SEC),
    fig("kiểm tra 231/267", "231", 231, "count", "cơ sở", total=267, percent=86.5,
        change=chg("increase", 6.5, "%", "kế hoạch"), subject="cơ sở được kiểm tra", period=SEC),
    fig("phát hiện 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở vi phạm", period=SEC),
    fig("xử phạt 31 cơ sở", "31", 31, "count", "cơ sở", subject="cơ sở bị xử phạt", period=SEC),
    fig("tiền 426,5 triệu", "426,5", 426.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=SEC),
    fig("Lấy 180 mẫu", "180", 180, "count", "mẫu", subject="mẫu xét nghiệm nhanh", period=SEC),
    fig("và 64 mẫu", "64", 64, "count", "mẫu", subject="mẫu gửi kiểm nghiệm", period=SEC),
    fig("quả 9 mẫu", "9", 9, "count", "mẫu", subject="mẫu không đạt chỉ tiêu Coliform tổng số", period=SEC),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="số cơ sở được kiểm tra", period=Y24),
    fig("cơ sở; 100%", "100", 100, "percent", "%", status="target",
        subject="mẫu nước đá dùng liền lưu hành trên thị trường được giám sát", period=Y24),
    fig("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu không đạt", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÀ RỊA - VŨNG TÀU', 'Số: 412/BC-UBND', 'Bà Rịa - Vũng Tàu, ngày 18 tháng 12 năm 2023', sections I/II, 1-2,",
    "'Nơi nhận', signature. Flattened '|' table, 'Đơn vị tính: cơ sở', place column: a place row label -> location, the subject keeps",
    "the column label; 'Các huyện còn lại' and 'Tổng cộng' are not places (province, label kept in the subject). The '(%)' column is",
    "a percent (index vs 2022); its header names only the baseline, so those cells get no period. STT numbers are not figures.",
    "'231/267 cơ sở, đạt 86,5%, vượt 6,5% kế hoạch' -> total 267, percent 86.5, change +6.5 % against the plan (spec: gap to a plan).",
    "Section 2 figures carry the section's year (heading 'NĂM 2023'): inherited. '9 mẫu ... Coliform tổng số': 'tổng số' here is part of",
    "the indicator's name, not 'trên tổng số': no total; the 9 may be of the 64 or of all 244 samples, so no total.",
    "Section II 'Phấn đấu năm 2024 ...;' governs the three clauses: target, period năm 2024.",
]

if __name__ == "__main__":
    write("p1255-4", TEXT, NOTES, FIGS, published="2023-12-18", location="Bà Rịa - Vũng Tàu")
