"""p1531-3: formal report (Phòng Kinh tế huyện Ứng Hòa, Hà Nội): fan making 2024, flattened '|' table by product."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND HUYỆN ỨNG HÒA
PHÒNG KINH TẾ
Số: 27/BC-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ứng Hòa, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, kinh doanh nghề làm quạt năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, toàn huyện có 486 hộ và 7 doanh nghiệp, hợp tác xã sản xuất quạt, tập trung tại làng nghề quạt Đào Xá, thu hút khoảng 1.900 lao động. Tổng sản lượng quạt các loại đạt 9,84 triệu chiếc, tăng 6,2% so với năm 2023, đạt 102,5% kế hoạch; doanh thu ước đạt 312 tỷ đồng, trong đó xuất khẩu chiếm 27%.

2. Sản lượng theo nhóm sản phẩm
Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Quạt giấy | 4.120 | 4.380 | 106,3 | 4.600
Quạt nan | 3.650 | 3.910 | 107,1 | 4.050
Quạt lụa, quạt vải | 1.495 | 1.550 | 103,7 | 1.650
Tổng cộng | 9.265 | 9.840 | 106,2 | 10.300

3. Hỗ trợ phát triển nghề
Trong năm, huyện tổ chức 3 lớp truyền nghề vẽ quạt cho 95 học viên; hỗ trợ 12 hộ vay vốn với tổng số tiền 1,8 tỷ đồng. Giá nguyên liệu nứa, giấy dó tăng 8-10% so với năm 2023 làm giảm lợi nhuận của các hộ.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu sản lượng quạt năm 2025 đạt 10,3 triệu chiếc, tăng 4,7% so với năm 2024; kim ngạch xuất khẩu đạt 3,5 triệu USD; 100% hộ sản xuất ký cam kết bảo vệ môi trường.

Nơi nhận:
- UBND huyện (b/c);
- Sở Công Thương Hà Nội;
- Lưu: VT, KT.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = period("Trong năm", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
    ("so với cùng kỳ", inherit(period("Năm 2024", "2024-01-01", "2024-12-31")), None),
    ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]
ROWS = [
    ("Quạt giấy", ["4.120", "4.380", "106,3", "4.600"]),
    ("Quạt nan", ["3.650", "3.910", "107,1", "4.050"]),
    ("Quạt lụa, quạt vải", ["1.495", "1.550", "103,7", "1.650"]),
    ("Tổng cộng", ["9.265", "9.840", "106,2", "10.300"]),
]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, per, status), n in zip(COLS, nums):
            kw = {"status": status} if status else {}
            x = float(n.replace(".", "").replace(",", "."))
            if col == "so với cùng kỳ":
                out.append(F(f"{prev} | {n}", n, x, "percent", "%",
                             subject=f"sản lượng {label.lower()} so với cùng kỳ", period=per, **kw))
            else:
                out.append(F(f"{prev} | {n}", n, x * 1e3, "count", "chiếc",
                             subject=f"sản lượng {label.lower()} {col}", period=per, **kw))
            prev = n
    return out


FIGS = [
    F("có 486 hộ", "486", 486, "count", "hộ", subject="hộ sản xuất quạt", period=Y24),
    F("và 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã sản xuất quạt", period=Y24),
    F("khoảng 1.900 lao động", "1.900", 1900, "count", "lao động", approx="about",
      subject="lao động nghề làm quạt", period=Y24),
    F("đạt 9,84 triệu", "9,84", 9.84e6, "count", "chiếc", percent=102.5,
      change=change("increase", 6.2, "%", "năm 2023"),
      subject="tổng sản lượng quạt các loại", period=inherit(Y24)),
    F("ước đạt 312 tỷ", "312", 312e9, "money", "đồng", status="estimate", subject="doanh thu",
      period=inherit(Y24)),
    F("chiếm 27%", "27", 27, "percent", "%", status="estimate", subject="doanh thu xuất khẩu",
      period=inherit(Y24)),
] + cells() + [
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", subject="lớp truyền nghề vẽ quạt", period=IN_YEAR),
    F("cho 95 học viên", "95", 95, "count", "học viên", subject="học viên lớp truyền nghề vẽ quạt",
      period=IN_YEAR),
    F("hỗ trợ 12 hộ", "12", 12, "count", "hộ", subject="hộ được hỗ trợ vay vốn", period=IN_YEAR),
    F("số tiền 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", subject="tổng số tiền hỗ trợ vay vốn",
      period=IN_YEAR),
    F("tăng 8-10%", "8", 8, "percent", "%", value_max=10, subject="giá nguyên liệu nứa, giấy dó",
      period=inherit(Y24)),
    F("đạt 10,3 triệu", "10,3", 10.3e6, "count", "chiếc", status="target",
      change=change("increase", 4.7, "%", "năm 2024"), subject="sản lượng quạt", period=Y25),
    F("đạt 3,5 triệu USD", "3,5", 3.5e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu",
      period=Y25),
    F("100% hộ", "100", 100, "percent", "%", status="target",
      subject="hộ sản xuất ký cam kết bảo vệ môi trường", period=Y25),
]

NOTES = [
    "Formal report (Phòng Kinh tế, UBND huyện Ứng Hòa): 'Số: 27/BC-KT', 'Ứng Hòa, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (4.120 = 4 120 000 chiếc); every numeric cell is a figure, period from the column header.",
    "'So với cùng kỳ (%)' cells are percent figures (value as written, 106,3); the header gives no period, the 2024 period is inherited.",
    "'Kế hoạch 2025' cells: status target. Table cells carry no total (the 'Tổng cộng' row is a cell of its own).",
    "'đạt 102,5% kế hoạch' is the percent of 9,84 triệu; 'trong đó xuất khẩu chiếm 27%' is a percent figure of its own, estimate like its whole.",
    "'Trong năm' in an annual report = 2024. 'tăng 8-10%' is a growth rate as the claim: percent figure, range, no change.",
    "'Phấn đấu' governs the whole section II sentence (three clauses): target, năm 2025.",
]

if __name__ == "__main__":
    write("p1531-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Ứng Hòa")
