"""p1384-7: department site (Sở Du lịch Quảng Nam), no dateline: Hội An public toilets, one-cell-per-line table by area."""
from lib import F, P, inh, ch, tg, write

TEXT = """SỞ DU LỊCH TỈNH QUẢNG NAM
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Hội An: nhà vệ sinh công cộng phục vụ hơn 2,2 triệu lượt khách

Thành phố Hội An hiện có 46 nhà vệ sinh công cộng phục vụ du lịch, trong đó 41 nhà do Công ty TNHH MTV Công trình đô thị Phố Hội quản lý, 5 nhà do các hộ dân nhận khoán. Năm 2024, lượt khách sử dụng nhà vệ sinh công cộng ước đạt 2,29 triệu lượt, tăng 13,5% so với năm 2023.

Lượt khách sử dụng nhà vệ sinh công cộng theo khu vực
Đơn vị tính: nghìn lượt
Khu vực
Số nhà vệ sinh (nhà)
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Khu phố cổ
18
1.240
1.415
114,1
Biển An Bàng - Cửa Đại
21
685
760
110,9
Cù Lao Chàm
7
96
118
122,9
Tổng số
46
2.021
2.293
113,5

Các đơn vị quản lý bố trí 64 nhân viên trực vệ sinh, thu nhập từ 6 đến 7 triệu đồng/người/tháng. Phí sử dụng được niêm yết 3.000 đồng/lượt; khách có vé tham quan phố cổ được miễn phí tại 12 nhà vệ sinh trong khu vực lõi di sản. Năm 2025, thành phố dự kiến lắp thêm 6 nhà vệ sinh thông minh mẫu HA-02, mỗi nhà khoảng 450 triệu đồng.

Tin liên quan:
- Hội An ra quân làm sạch bãi biển Cửa Đại lần thứ 5
- Cù Lao Chàm cấm túi ni lông từ năm 2009

Bản quyền thuộc Sở Du lịch tỉnh Quảng Nam
Địa chỉ: 102 Hùng Vương, TP Tam Kỳ, Quảng Nam
Lượt truy cập: 1.204.557
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
ROWS = [("Khu phố cổ", "Khu phố cổ", ["18", "1.240", "1.415", "114,1"]),
        ("Biển An Bàng - Cửa Đại", "Biển An Bàng - Cửa Đại", ["21", "685", "760", "110,9"]),
        ("Cù Lao Chàm", "Cù Lao Chàm", ["7", "96", "118", "122,9"]),
        ("Tổng số", "Tổng số", ["46", "2.021", "2.293", "113,5"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, row, nums in ROWS:
    prev = label
    n_wc, n23, n24, pct = nums
    CELLS.append(F(f"{prev}\n{n_wc}\n", n_wc, num(n_wc), "count", "nhà", subject=f"{row} số nhà vệ sinh"))
    CELLS.append(F(f"{n_wc}\n{n23}\n", n23, num(n23) * 1e3, "count", "lượt", subject=f"{row} năm 2023",
                   period=C23))
    CELLS.append(F(f"{n23}\n{n24}\n", n24, num(n24) * 1e3, "count", "lượt", status="estimate",
                   subject=f"{row} ước thực hiện 2024", period=E24))
    CELLS.append(F(f"{n24}\n{pct}\n", pct, num(pct), "percent", "%",
                   subject=f"{row} so với cùng kỳ", period=inh(E24)))

FIGS = [
    F("hơn 2,2 triệu", "2,2", 2.2e6, "count", "lượt khách", approx="over",
      subject="lượt khách nhà vệ sinh công cộng phục vụ"),
    F("hiện có 46 nhà", "46", 46, "count", "nhà vệ sinh", subject="nhà vệ sinh công cộng phục vụ du lịch"),
    F("trong đó 41 nhà", "41", 41, "count", "nhà", total=46,
      subject="nhà vệ sinh do Công ty TNHH MTV Công trình đô thị Phố Hội quản lý"),
    F("lý, 5 nhà", "5", 5, "count", "nhà", total=46, subject="nhà vệ sinh do các hộ dân nhận khoán"),
    F("ước đạt 2,29 triệu", "2,29", 2.29e6, "count", "lượt", status="estimate",
      change=ch("increase", 13.5, "%", "năm 2023"),
      subject="lượt khách sử dụng nhà vệ sinh công cộng", period=Y24),
] + CELLS + [
    F("bố trí 64 nhân viên", "64", 64, "count", "nhân viên", subject="nhân viên trực vệ sinh các đơn vị quản lý bố trí"),
    F("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
      subject="thu nhập của nhân viên trực vệ sinh"),
    F("niêm yết 3.000 đồng", "3.000", 3000, "money", "đồng/lượt", subject="phí sử dụng nhà vệ sinh"),
    F("tại 12 nhà", "12", 12, "count", "nhà vệ sinh",
      subject="nhà vệ sinh trong khu vực lõi di sản miễn phí cho khách có vé tham quan"),
    F("thêm 6 nhà", "6", 6, "count", "nhà vệ sinh", status="forecast",
      subject="nhà vệ sinh thông minh thành phố lắp thêm", period=Y25),
    F("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí mỗi nhà vệ sinh thông minh", period=Y25),
]

NOTES = [
    "Department site (Sở Du lịch Quảng Nam), no dateline: menu, related links, footer address, 'Lượt truy cập: 1.204.557'.",
    "Distractors: model name 'HA-02', 'lần thứ 5', 'từ năm 2009', '102 Hùng Vương, TP Tam Kỳ', visitor counter. No published date.",
    "Location Hội An for every figure (areas of the city are not administrative places: they stay in the subject).",
    "41 and 5 after 'trong đó' -> total 46. 'ước đạt 2,29 triệu lượt, tăng 13,5%' -> estimate with change.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn lượt' (x1000) for the lượt columns; 'Số nhà vệ sinh (nhà)' cells are plain counts;",
    "revised after the first run: cell subjects are the row label and the column label (FIGURES.md, Tables; as in the shared gold h24),",
    "no longer prefixed with the caption 'lượt khách sử dụng nhà vệ sinh công cộng'.",
    "'Ước thực hiện 2024' -> estimate; 'So với cùng kỳ (%)' cells are percent figures, period inherited from the 2024 column (not scored),",
    "status actual (the column label is not an estimate cue). Table cells get no total, no change.",
    "Headline 'hơn 2,2 triệu lượt khách' has no cue and no period: actual, over.",
]

if __name__ == "__main__":
    write("p1384-7", TEXT, NOTES, FIGS, location="Hội An")
