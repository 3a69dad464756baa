"""p1514-7: department site (Sở Công Thương Quảng Ninh), no dateline: Đông Triều ceramics, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát triển gốm sứ Đông Triều theo hướng sản xuất hàng gia dụng

Trên địa bàn Đông Triều hiện có 27 cơ sở sản xuất gốm sứ, trong đó 9 doanh nghiệp chuyên sản xuất bát đĩa, ấm chén gia dụng; ngành gốm sứ sử dụng khoảng 2.300 lao động. Năm 2024, giá trị sản xuất gốm sứ của địa phương ước đạt 865 tỷ đồng, chiếm 14,5% giá trị sản xuất công nghiệp.

Sản lượng một số sản phẩm gốm sứ chủ yếu
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Bát, đĩa sứ
14.250
15.380
107,9
16.500
Ấm chén, cốc sứ
5.120
5.460
106,6
5.800
Gốm mỹ nghệ
1.860
1.790
96,2
1.900
Tổng số
21.230
22.630
106,6
24.200

Mục tiêu đến năm 2030, giá trị sản xuất gốm sứ Đông Triều đạt 1.500 tỷ đồng/năm, thu hút thêm từ 3 đến 5 dự án sản xuất sứ gia dụng công nghệ cao. Hiện Công ty CP Sứ Kim Sơn Phát đang xây dựng nhà máy thứ hai tại Cụm công nghiệp Hồng Phong, công suất thiết kế 12 triệu sản phẩm/năm, dự kiến đi vào hoạt động trong quý III/2025.

Tin liên quan:
- Hội chợ OCOP Quảng Ninh lần thứ 8 - Hè 2024
- Hướng dẫn thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm

SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 2, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.541
Lượt truy cập: 1.902.337 | Đang trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

COLS = ["năm 2023", "ước thực hiện 2024", "so với cùng kỳ", "kế hoạch 2025"]
ROWS = [("Bát, đĩa sứ", ["14.250", "15.380", "107,9", "16.500"]),
        ("Ấm chén, cốc sứ", ["5.120", "5.460", "106,6", "5.800"]),
        ("Gốm mỹ nghệ", ["1.860", "1.790", "96,2", "1.900"]),
        ("Tổng số", ["21.230", "22.630", "106,6", "24.200"])]


def cell(anchor, number, row, col):
    v = float(number.replace(".", "").replace(",", "."))
    if col == "so với cùng kỳ":
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ",
                   period=inh(E24))
    period, kw = {"năm 2023": (C23, {}), "ước thực hiện 2024": (E24, {"status": "estimate"}),
                  "kế hoạch 2025": (K25, {"status": "target"})}[col]
    return fig(anchor, number, v * 1e3, "count", "sản phẩm", subject=f"sản lượng {row} {col}",
               period=period, **kw)


CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất gốm sứ"),
    fig("đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp chuyên sản xuất bát đĩa, ấm chén gia dụng"),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
        subject="lao động ngành gốm sứ sử dụng"),
    fig("ước đạt 865 tỷ", "865", 865e9, "money", "đồng", status="estimate", percent=14.5,
        subject="giá trị sản xuất gốm sứ của địa phương", period=Y24),
] + CELLS + [
    fig("đạt 1.500 tỷ", "1.500", 1500e9, "money", "đồng/năm", status="target",
        subject="giá trị sản xuất gốm sứ Đông Triều", period=T30),
    fig("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
        subject="dự án sản xuất sứ gia dụng công nghệ cao thu hút thêm", period=T30),
    fig("kế 12 triệu", "12", 12e6, "measure", "sản phẩm/năm",
        subject="công suất thiết kế nhà máy thứ hai của Công ty CP Sứ Kim Sơn Phát"),
]

NOTES = [
    "Department site (Sở Công Thương Quảng Ninh), no dateline: menu, related links, footer with address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'nhà máy thứ hai', 'quý III/2025', 'lần thứ 8 - Hè 2024', 'Tầng 5', 'Trụ sở Liên cơ quan số 2', 0203.3835.541, counters 1.902.337 and 24.",
    "Location Đông Triều for all figures (the article is about Đông Triều; Quảng Ninh appears only as the site's name).",
    "'27 cơ sở ..., trong đó 9 doanh nghiệp' → total 27. '865 tỷ ..., chiếm 14,5%' → percent attribute; 'ước đạt' → estimate.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' → count in sản phẩm ×10^3; subject = row + column label; period from the",
    "column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures",
    "as written (107,9 …), status actual (no cue in the header), year 2024 from the neighbouring column (inherited, not scored).",
    "'Mục tiêu đến năm 2030' → target, start null; '1.500 tỷ đồng/năm' keeps its denominator. 'từ 3 đến 5 dự án' → range, target.",
    "'công suất thiết kế 12 triệu sản phẩm/năm' of a plant under construction is a design figure: actual, no period ('dự kiến' governs",
    "only 'đi vào hoạt động').",
]

if __name__ == "__main__":
    write("p1514-7", TEXT, NOTES, FIGS, location="Đông Triều")
