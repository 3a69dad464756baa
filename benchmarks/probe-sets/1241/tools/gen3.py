"""p1241-3: formal report of UBND tỉnh Lâm Đồng on lily production 2024, with a flattened | table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 26/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ hoa ly năm 2024

I. KẾT QUẢ NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích hoa ly toàn tỉnh đạt 468 ha, tăng 4,2% so với năm 2023, chiếm 5,1% diện tích hoa các loại; sản lượng ước đạt 136,5 triệu cành, giá trị sản xuất ước 1.640 tỷ đồng.

2. Diện tích hoa ly theo địa phương
Đơn vị tính: ha
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Thành phố Đà Lạt | 265 | 276 | 285
Huyện Lạc Dương | 58 | 62 | 70
Huyện Đơn Dương | 71 | 74 | 80
Huyện Đức Trọng | 55 | 56 | 60
Tổng cộng | 449 | 468 | 495

3. Củ giống
Năm 2024, các doanh nghiệp, hợp tác xã trên địa bàn nhập khẩu 41,2 triệu củ giống hoa ly, trong đó từ Hà Lan 33,8 triệu củ (chiếm 82%), từ Pháp và Chile 7,4 triệu củ. Giá củ nhập khẩu bình quân 9.800 đồng/củ, tăng 12% so với năm 2023. Công ty TNHH Hoa Đà Lạt Xanh (Phường 8, TP Đà Lạt) đã nhân giống củ ly trong nước với quy mô 1,5 triệu củ/năm, giá thấp hơn củ nhập khẩu khoảng 35%.

4. Tiêu thụ
Khoảng 85% sản lượng hoa ly tiêu thụ trong nước; xuất khẩu 4,6 triệu cành sang Nhật Bản, Hàn Quốc, kim ngạch đạt 2,3 triệu USD.

II. NHIỆM VỤ NĂM 2025
Phấn đấu diện tích hoa ly đạt 495 ha, sản lượng 145 triệu cành; tỷ lệ diện tích ứng dụng công nghệ cao trên 90%.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}


def cell(anchor, number, value, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    label = "tổng cộng " if place == "Lâm Đồng" else ""
    return fig(anchor, number, value, "measure", "ha",
               subject=f"diện tích hoa ly {label}{col.lower()}", period=COLS[col], location=place, **kw)


FIGS = [
    fig("đạt 468 ha", "468", 468, "measure", "ha", percent=5.1,
        change=chg("increase", 4.2, "%", "năm 2023"),
        subject="diện tích hoa ly toàn tỉnh", period=Y24),
    fig("ước đạt 136,5 triệu cành", "136,5", 136500000, "count", "cành", status="estimate",
        subject="sản lượng hoa ly", period=Y24),
    fig("ước 1.640 tỷ", "1.640", 1640000000000, "money", "đồng", status="estimate",
        subject="giá trị sản xuất hoa ly", period=Y24),
    cell("Đà Lạt | 265", "265", 265, "Đà Lạt", "Năm 2023"),
    cell("265 | 276", "276", 276, "Đà Lạt", "Năm 2024"),
    cell("276 | 285", "285", 285, "Đà Lạt", "Kế hoạch 2025"),
    cell("Lạc Dương | 58", "58", 58, "Lạc Dương", "Năm 2023"),
    cell("58 | 62", "62", 62, "Lạc Dương", "Năm 2024"),
    cell("62 | 70", "70", 70, "Lạc Dương", "Kế hoạch 2025"),
    cell("Đơn Dương | 71", "71", 71, "Đơn Dương", "Năm 2023"),
    cell("71 | 74", "74", 74, "Đơn Dương", "Năm 2024"),
    cell("74 | 80", "80", 80, "Đơn Dương", "Kế hoạch 2025"),
    cell("Đức Trọng | 55", "55", 55, "Đức Trọng", "Năm 2023"),
    cell("55 | 56", "56", 56, "Đức Trọng", "Năm 2024"),
    cell("56 | 60", "60", 60, "Đức Trọng", "Kế hoạch 2025"),
    cell("Tổng cộng | 449", "449", 449, "Lâm Đồng", "Năm 2023"),
    cell("449 | 468", "468", 468, "Lâm Đồng", "Năm 2024"),
    cell("468 | 495", "495", 495, "Lâm Đồng", "Kế hoạch 2025"),
    fig("nhập khẩu 41,2 triệu củ", "41,2", 41200000, "count", "củ",
        subject="củ giống hoa ly nhập khẩu", period=Y24),
    fig("Hà Lan 33,8 triệu củ", "33,8", 33800000, "count", "củ", total=41200000, percent=82,
        subject="củ giống hoa ly nhập khẩu từ Hà Lan", period=Y24),
    fig("Chile 7,4 triệu củ", "7,4", 7400000, "count", "củ", total=41200000,
        subject="củ giống hoa ly nhập khẩu từ Pháp và Chile", period=Y24),
    fig("bình quân 9.800 đồng/củ", "9.800", 9800, "money", "đồng/củ",
        change=chg("increase", 12, "%", "năm 2023"),
        subject="giá củ giống nhập khẩu bình quân", period=inh(Y24)),
    fig("1,5 triệu củ/năm", "1,5", 1500000, "measure", "củ/năm",
        subject="quy mô nhân giống củ ly trong nước của Công ty TNHH Hoa Đà Lạt Xanh", location="Đà Lạt"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="giá củ ly nhân giống trong nước thấp hơn củ nhập khẩu", location="Đà Lạt"),
    fig("Khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng hoa ly tiêu thụ trong nước", period=inh(Y24)),
    fig("xuất khẩu 4,6 triệu cành", "4,6", 4600000, "count", "cành",
        subject="cành hoa ly xuất khẩu", period=inh(Y24)),
    fig("đạt 2,3 triệu USD", "2,3", 2300000, "money", "USD",
        subject="kim ngạch xuất khẩu hoa ly", period=inh(Y24)),
    fig("đạt 495 ha", "495", 495, "measure", "ha", status="target",
        subject="diện tích hoa ly", period=inh(Y25)),
    fig("sản lượng 145 triệu cành", "145", 145000000, "count", "cành", status="target",
        subject="sản lượng hoa ly", period=inh(Y25)),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích hoa ly ứng dụng công nghệ cao", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH LÂM ĐỒNG', 'Số: 26/BC-UBND', 'Lâm Đồng, ngày 20 tháng 01 năm 2025', sections I/II and 1-4, 'Nơi nhận'.",
    "Flattened '|' table (Đơn vị tính: ha): rows are places (location), columns give the period; 'Kế hoạch 2025' cells are targets.",
    "Table subject = caption indicator + column label (+ 'tổng cộng' for the total row); the place row label goes to location.",
    "Distractors: 'Số: 26/BC-UBND', section numbers, 'Phường 8' (ward name), 'Lưu: VT, NN', the report date.",
    "33,8 and 7,4 triệu củ are parts after 'trong đó' of 41,2 triệu (sum checks); '(chiếm 82%)' is the share of 33,8.",
    "'giá thấp hơn củ nhập khẩu khoảng 35%' compares prices; the figure before it (1,5 triệu củ/năm) is a quantity, so 35% stands as its own percent figure.",
    "Section 4 and section II inherit their year from the section headings; the company passage gets no period.",
]

if __name__ == "__main__":
    write("p1241-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Lâm Đồng")
