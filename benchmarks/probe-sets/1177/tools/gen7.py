"""p1177-7: department site (Sở VHTTDL Lào Cai), no dateline, one-cell-per-line table of festival visitors."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÀO CAI
Giới thiệu | Tin tức - Sự kiện | Du lịch | Văn bản | Liên hệ

Lễ hội chọi trâu góp phần phát triển du lịch nông thôn

Trên địa bàn tỉnh hiện có 5 lễ hội chọi trâu được tổ chức thường niên, trong đó 3 lễ hội được đưa vào chương trình "Lào Cai - Mùa xuân lễ hội". Năm 2024, các lễ hội thu hút 32.300 lượt khách, tăng 19,6% so với năm 2023; doanh thu từ dịch vụ ăn uống, lưu trú, bán hàng lưu niệm ước đạt 9,6 tỷ đồng, tăng 1,8 tỷ đồng so với năm trước. Bình quân mỗi lượt khách chi tiêu khoảng 300.000 đồng.

Lượt khách đến các lễ hội chọi trâu theo địa bàn:
Đơn vị tính: lượt khách
Địa bàn
Năm 2023
Năm 2024
Kế hoạch 2025
Bảo Yên
12.500
14.800
16.000
Bảo Thắng
8.200
9.600
11.000
Bắc Hà
6.300
7.900
9.000
Tổng số
27.000
32.300
36.000

Tỉnh hỗ trợ kinh phí duy trì sân chọi, giải thưởng 50 triệu đồng/lễ hội/năm. Năm 2025, Sở dự kiến xây dựng 4 tour du lịch gắn với lễ hội chọi trâu, phấn đấu nâng tỷ lệ khách lưu trú qua đêm lên 35%.

Bài viết liên quan:
- Khai mạc Lễ hội chọi trâu xã Bảo Hà lần thứ 7
- Lào Cai đón khách dịp Tết Nguyên đán

Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai
Địa chỉ: Tầng 6, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.135 - Giấy phép số 28/GP-TTĐT
Tổng lượt truy cập: 2.305.118 | Trực tuyến: 41
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLP = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
COLS = list(COLP)
ROWS = [("Bảo Yên", "Bảo Yên", ("12.500", "14.800", "16.000")),
        ("Bảo Thắng", "Bảo Thắng", ("8.200", "9.600", "11.000")),
        ("Bắc Hà", "Bắc Hà", ("6.300", "7.900", "9.000")),
        ("Tổng số", "Lào Cai", ("27.000", "32.300", "36.000"))]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            subj = f"lượt khách đến các lễ hội chọi trâu {col.lower()}"
            if label == "Tổng số":
                subj = "tổng số " + subj
            kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
            out.append(F(f"{prev}\n{num}", num, int(num.replace(".", "")), "count", "lượt khách",
                         subject=subj, period=COLP[col], location=place, **kw))
            prev = num
    return out


FIGS = [
    F("có 5 lễ hội", "5", 5, "count", "lễ hội", subject="lễ hội chọi trâu được tổ chức thường niên"),
    F("trong đó 3 lễ hội", "3", 3, "count", "lễ hội", total=5,
      subject="lễ hội chọi trâu được đưa vào chương trình Lào Cai - Mùa xuân lễ hội"),
    F("thu hút 32.300 lượt", "32.300", 32300, "count", "lượt khách",
      change=C("increase", 19.6, "%", "năm 2023"),
      subject="lượt khách đến các lễ hội chọi trâu", period=Y24),
    F("ước đạt 9,6 tỷ", "9,6", 9600000000, "money", "đồng", status="estimate",
      change=C("increase", 1800000000, "đồng", "năm trước"),
      subject="doanh thu từ dịch vụ ăn uống, lưu trú, bán hàng lưu niệm", period=Y24),
    F("khoảng 300.000", "300.000", 300000, "money", "đồng/lượt khách", approx="about",
      subject="chi tiêu bình quân mỗi lượt khách", period=I(Y24)),
] + table() + [
    F("giải thưởng 50 triệu", "50", 50000000, "money", "đồng/lễ hội/năm",
      subject="hỗ trợ kinh phí duy trì sân chọi, giải thưởng"),
    F("xây dựng 4 tour", "4", 4, "count", "tour du lịch", status="forecast",
      subject="tour du lịch gắn với lễ hội chọi trâu", period=Y25),
    F("lên 35%", "35", 35, "percent", "%", status="target",
      subject="tỷ lệ khách lưu trú qua đêm", period=Y25),
]

NOTES = [
    "Department site (Sở VHTTDL Lào Cai) with no dateline: no published. Menu, related links, footer (address, phone, licence, counters).",
    "One-cell-per-line table ('Đơn vị tính: lượt khách'): rows are districts → location; periods from column headers (scored); 'Kế hoạch 2025' → target.",
    "Subject = caption indicator + column label; the 'Tổng số' row is the province (Lào Cai). Cells get no totals.",
    "Distractors: 'lần thứ 7', 'Tầng 6, Khối 5', phone 0214.3840.135, 'Giấy phép số 28/GP-TTĐT', 'Tổng lượt truy cập: 2.305.118', 'Trực tuyến: 41'.",
    "'tăng 1,8 tỷ đồng so với năm trước' is the change of 9,6 tỷ (unit đồng). 'dự kiến' governs 4 tour (forecast); 'phấn đấu' governs 35% (target).",
    "'50 triệu đồng/lễ hội/năm' is a standing support rate: no period.",
]

if __name__ == "__main__":
    write("p1177-7", TEXT, NOTES, FIGS, published=None, location="Lào Cai")
