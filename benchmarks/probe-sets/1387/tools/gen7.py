"""p1387-7: department site (Sở KH&CN TP Hồ Chí Minh), no dateline, one-cell-per-line table by job group."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Nhân lực vi mạch tại TP Hồ Chí Minh tăng nhanh

Theo Ban Quản lý Khu công nghệ cao, năm 2024 các doanh nghiệp vi mạch, bán dẫn trên địa bàn thành phố sử dụng khoảng 7.900 lao động, trong đó kỹ sư thiết kế chiếm hơn 48%. Thành phố có 34 doanh nghiệp thiết kế vi mạch, chiếm hơn 60% số doanh nghiệp cùng lĩnh vực của cả nước.

Nhân lực ngành vi mạch, bán dẫn theo nhóm vị trí
Đơn vị tính: người
Nhóm vị trí
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Thiết kế vi mạch
3.150
3.820
121,3
4.600
Đóng gói, kiểm thử
2.480
2.760
111,3
3.300
Vận hành, bảo trì thiết bị
1.090
1.320
121,1
1.600
Tổng số
6.720
7.900
117,6
9.500

Trong năm 2024, Sở đã phối hợp với 6 trường đại học tổ chức 12 khóa đào tạo ngắn hạn cho 540 học viên; khoảng 85% học viên hoàn thành khóa học được doanh nghiệp tiếp nhận. Mức lương bình quân của kỹ sư thiết kế có 3-5 năm kinh nghiệm đạt 35-45 triệu đồng/tháng.

Theo chương trình phát triển nhân lực, mục tiêu đến năm 2030 thành phố có 20.000 nhân lực ngành vi mạch, bán dẫn, trong đó 9.000 kỹ sư thiết kế.

Tin cùng chuyên mục:
- Hội thảo "Chiplet và xu hướng đóng gói tiên tiến"
- Công bố 10 sản phẩm khoa học và công nghệ tiêu biểu

Địa chỉ: 244 Điện Biên Phủ, phường Võ Thị Sáu, Quận 3
Điện thoại: (028) 3932.7831
Lượt truy cập: 4.127.556
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Trong năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
CP = {"Năm 2023": (C23, None), "Ước thực hiện 2024": (E24, "estimate"),
      "So với cùng kỳ (%)": (None, None), "Kế hoạch 2025": (K25, "target")}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


ROWS = [("Thiết kế vi mạch", ["3.150", "3.820", "121,3", "4.600"]),
        ("Đóng gói, kiểm thử", ["2.480", "2.760", "111,3", "3.300"]),
        ("Vận hành, bảo trì thiết bị", ["1.090", "1.320", "121,1", "1.600"]),
        ("Tổng số", ["6.720", "7.900", "117,6", "9.500"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = CP[col]
        kw = {"status": st} if st else {}
        if p:
            kw["period"] = p
        pct = col.startswith("So với")
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent" if pct else "count", "%" if pct else "người",
                         subject=f"nhân lực {label.lower()} {col.lower()}", **kw))
        prev = n

FIGS = [
    fig("khoảng 7.900 lao động", "7.900", 7900, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp vi mạch, bán dẫn sử dụng", period=Y24),
    fig("chiếm hơn 48%", "48", 48, "percent", "%", approx="over",
        subject="tỷ lệ kỹ sư thiết kế trong số lao động", period=Y24),
    fig("có 34 doanh nghiệp", "34", 34, "count", "doanh nghiệp", percent=60,
        subject="doanh nghiệp thiết kế vi mạch"),
] + CELLS + [
    fig("với 6 trường", "6", 6, "count", "trường đại học", subject="trường đại học phối hợp với Sở",
        period=Y24b),
    fig("tổ chức 12 khóa", "12", 12, "count", "khóa", subject="khóa đào tạo ngắn hạn", period=Y24b),
    fig("cho 540 học viên", "540", 540, "count", "học viên", subject="học viên các khóa đào tạo ngắn hạn",
        period=Y24b),
    fig("khoảng 85% học viên", "85", 85, "percent", "%", approx="about",
        subject="tỷ lệ học viên hoàn thành khóa học được doanh nghiệp tiếp nhận", period=Y24b),
    fig("có 3-5 năm", "3", 3, "measure", "năm", value_max=5, subject="kinh nghiệm của kỹ sư thiết kế",
        optional=True),
    fig("đạt 35-45 triệu", "35", 35e6, "money", "đồng/tháng", value_max=45e6,
        subject="mức lương bình quân của kỹ sư thiết kế có 3-5 năm kinh nghiệm"),
    fig("có 20.000 nhân lực", "20.000", 20000, "count", "nhân lực", status="target",
        subject="nhân lực ngành vi mạch, bán dẫn", period=T30),
    fig("trong đó 9.000 kỹ sư", "9.000", 9000, "count", "kỹ sư", status="target", total=20000,
        subject="kỹ sư thiết kế", period=T30),
]

NOTES = [
    "Department site (Sở KH&CN TP Hồ Chí Minh) without a dateline: menu, related links, address, phone, 'Lượt truy cập'. published = null. Location TP Hồ Chí Minh.",
    "Distractors: 'Lượt truy cập: 4.127.556', phone (028) 3932.7831, '244 Điện Biên Phủ', 'Quận 3', '10 sản phẩm' in a related-link title.",
    "'chiếm hơn 60% số doanh nghiệp cùng lĩnh vực của cả nước' → percent attribute 60 of the city's 34 firms (location stays the city).",
    "One-cell-per-line table (Đơn vị tính: người), 16 cells: periods from headers; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (unit %), no period (the header names none) and status actual (the header is neither Ước nor Kế hoạch): borderline.",
    "'3-5 năm kinh nghiệm' qualifies the engineers whose wage is given: optional.",
    "'mục tiêu đến năm 2030 ... 20.000 ..., trong đó 9.000 kỹ sư thiết kế' → target, total 20.000.",
]

if __name__ == "__main__":
    write("p1387-7", TEXT, NOTES, FIGS, published=None, location="TP Hồ Chí Minh")
