"""p1183-7: department site (Sở NN&PTNT Nghệ An), no dateline, one-cell-per-line table by species."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Siết chặt quản lý chất lượng giống cây lâm nghiệp

Nghệ An hiện có 112 cơ sở sản xuất giống cây lâm nghiệp với 146 ha vườn ươm, tập trung tại các huyện Anh Sơn, Tân Kỳ, Thanh Chương. Năm 2024, Chi cục Kiểm lâm đã kiểm tra 96 cơ sở, phát hiện 7 cơ sở vi phạm, xử phạt 84 triệu đồng.

Sản lượng cây giống lâm nghiệp theo loài cây:
Đơn vị tính: nghìn cây
Loài cây
Năm 2023
Năm 2024
Kế hoạch 2025
Keo lai hom
18.400
20.150
22.000
Keo tai tượng
9.600
8.750
8.000
Cây bản địa
1.350
1.720
2.500
Tổng số
29.350
30.620
32.500

Tỷ lệ cây giống xuất vườn có hồ sơ nguồn gốc năm 2024 đạt 91,5% (chỉ tiêu đề ra là 90%). Giá cây keo lai hom tại vườn phổ biến từ 800 đến 1.000 đồng/cây; cây lát hoa, lim xanh từ 5.000 đến 8.000 đồng/cây.

Tại huyện Tân Kỳ, phòng nuôi cấy mô của Công ty TNHH Lâm nghiệp Tân Kỳ có công suất 3 triệu cây/năm, cung ứng cây keo mô cho các huyện miền Tây Nghệ An.

Tin cùng chuyên mục:
- Tập huấn kỹ thuật vườn ươm lần thứ 2 năm 2024
- Phát động Tết trồng cây Xuân Ất Tỵ

Bản quyền thuộc Sở Nông nghiệp và Phát triển nông thôn Nghệ An
Địa chỉ: Số 2 đường Trường Thi, TP Vinh, Nghệ An | ĐT: 0238.3844.521
Lượt truy cập hôm nay: 312 | Tổng lượt truy cập: 2.367.915
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
COL = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
       "Năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
       "Kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31")}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, value * 1000, "count", "cây",
               subject=f"sản lượng cây giống {row} {col.lower()}", period=COL[col], **kw)


FIGS = [
    fig("có 112 cơ sở", "112", 112, "count", "cơ sở", subject="cơ sở sản xuất giống cây lâm nghiệp"),
    fig("với 146 ha", "146", 146, "measure", "ha", subject="diện tích vườn ươm"),
    fig("kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở được Chi cục Kiểm lâm kiểm tra", period=Y24),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở vi phạm", period=Y24),
    fig("xử phạt 84 triệu", "84", 84_000_000, "money", "đồng", subject="tiền xử phạt", period=Y24),
    cell("Keo lai hom\n18.400", "18.400", 18400, "keo lai hom", "Năm 2023"),
    cell("18.400\n20.150", "20.150", 20150, "keo lai hom", "Năm 2024"),
    cell("20.150\n22.000", "22.000", 22000, "keo lai hom", "Kế hoạch 2025"),
    cell("Keo tai tượng\n9.600", "9.600", 9600, "keo tai tượng", "Năm 2023"),
    cell("9.600\n8.750", "8.750", 8750, "keo tai tượng", "Năm 2024"),
    cell("8.750\n8.000", "8.000", 8000, "keo tai tượng", "Kế hoạch 2025"),
    cell("Cây bản địa\n1.350", "1.350", 1350, "cây bản địa", "Năm 2023"),
    cell("1.350\n1.720", "1.720", 1720, "cây bản địa", "Năm 2024"),
    cell("1.720\n2.500", "2.500", 2500, "cây bản địa", "Kế hoạch 2025"),
    cell("Tổng số\n29.350", "29.350", 29350, "tổng số", "Năm 2023"),
    cell("29.350\n30.620", "30.620", 30620, "tổng số", "Năm 2024"),
    cell("30.620\n32.500", "32.500", 32500, "tổng số", "Kế hoạch 2025"),
    fig("đạt 91,5%", "91,5", 91.5, "percent", "%", target=tgt(90, "%"),
        subject="tỷ lệ cây giống xuất vườn có hồ sơ nguồn gốc", period=Y24b),
    fig("từ 800 đến 1.000", "800", 800, "money", "đồng/cây", value_max=1000,
        subject="giá cây keo lai hom tại vườn"),
    fig("từ 5.000 đến 8.000", "5.000", 5000, "money", "đồng/cây", value_max=8000,
        subject="giá cây lát hoa, lim xanh"),
    fig("công suất 3 triệu", "3", 3_000_000, "measure", "cây/năm", location="Tân Kỳ",
        subject="công suất phòng nuôi cấy mô của Công ty TNHH Lâm nghiệp Tân Kỳ"),
]

NOTES = [
    "Department site (Sở NN&PTNT Nghệ An), no dateline: menu, related links, copyright, address, phone, visitor counters.",
    "Distractors: 'lần thứ 2 năm 2024', 'Xuân Ất Tỵ', 'Số 2 đường Trường Thi', 0238.3844.521, 'Lượt truy cập hôm nay: 312', 'Tổng lượt truy cập: 2.367.915'.",
    "One-cell-per-line table (Đơn vị tính: nghìn cây): every cell a figure, value x1000; subject = caption + row + column label;",
    "period from the column header; 'Kế hoạch 2025' column → target. Cells get no total (the 'Tổng số' row is its own figure).",
    "'7 cơ sở vi phạm' after 'kiểm tra 96 cơ sở' has no part-of cue: no total. '(chỉ tiêu đề ra là 90%)' is the target of 91,5%.",
    "The company's lab capacity (Tân Kỳ) is a standing spec: actual, no period, location Tân Kỳ.",
]

if __name__ == "__main__":
    build("p1183-7", TEXT, NOTES, FIGS, location="Nghệ An")
