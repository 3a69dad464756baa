"""p1365-7: department site (Sở KH&CN Kon Tum), no dateline: monitoring and warning system in Kon Plông, one-cell-per-line table."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM
Giới thiệu | Tin tức | Khoa học - Công nghệ | Thủ tục hành chính | Liên hệ

Đầu tư hệ thống quan trắc, cảnh báo động đất tại Kon Plông

Nhằm theo dõi liên tục hoạt động địa chấn quanh các hồ thủy điện, tỉnh Kon Tum triển khai dự án "Hệ thống quan trắc và cảnh báo động đất khu vực Kon Plông" do Sở Khoa học và Công nghệ chủ trì, phối hợp với Viện Vật lý Địa cầu thực hiện trong giai đoạn 2024-2025.

Hệ thống gồm 4 trạm địa chấn băng rộng, 3 trạm đo gia tốc nền và 28 cụm loa cảnh báo tại các thôn gần tâm chấn. Dữ liệu được truyền về Viện theo thời gian thực, thời gian phát cảnh báo tới người dân không quá 30 giây.

Kinh phí thực hiện dự án năm 2024
Đơn vị tính: triệu đồng
Hạng mục
Kế hoạch 2024
Ước thực hiện 2024
So với kế hoạch (%)
Trạm địa chấn băng rộng
4.200
3.990
95,0
Trạm đo gia tốc nền
3.500
2.800
80,0
Hệ thống loa cảnh báo
1.800
1.800
100,0
Tổng cộng
9.500
8.590
90,4

Theo Sở, hạng mục trạm đo gia tốc nền chậm tiến độ do vướng mặt bằng; phần kinh phí còn lại khoảng 910 triệu đồng dự kiến chuyển sang năm 2025. Tổng mức đầu tư cả giai đoạn là 16,8 tỷ đồng, trong đó ngân sách tỉnh chiếm 40%.

Tin cùng chuyên mục:
- Nghiệm thu đề tài khoa học cấp tỉnh năm 2024
- Hội thi Sáng tạo kỹ thuật tỉnh Kon Tum lần thứ X

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM
Địa chỉ: 288 Bà Triệu, phường Quyết Thắng, TP Kon Tum
Điện thoại: 0260.3862.475
Lượt truy cập: 1.204.518 | Đang online: 25
"""

KH = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
UTH = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
CAPTION = period("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
STAGE = period("giai đoạn 2024-2025", "2024-01-01", "2025-12-31", inherited=True)


def cells(label, plan, est, pct, nxt):
    """Anchors: label+plan, est+pct, pct+next line; each puts its own number first (the scorer takes the first one)."""
    row = label.lower()
    mult = 1e6
    v = lambda s: float(s.replace(".", "").replace(",", "."))
    return [
        F(f"{label}\n{plan}", plan, v(plan) * mult, "money", "đồng", status="target",
          subject=f"kinh phí {row} kế hoạch 2024", period=KH),
        F(f"{est}\n{pct}", est, v(est) * mult, "money", "đồng", status="estimate",
          subject=f"kinh phí {row} ước thực hiện 2024", period=UTH),
        F(f"{pct}\n{nxt}", pct, v(pct), "percent", "%",
          subject=f"kinh phí {row} so với kế hoạch", period=CAPTION),
    ]


CELLS = (cells("Trạm địa chấn băng rộng", "4.200", "3.990", "95,0", "Trạm đo")
         + cells("Trạm đo gia tốc nền", "3.500", "2.800", "80,0", "Hệ thống")
         + cells("Hệ thống loa cảnh báo", "1.800", "1.800", "100,0", "Tổng cộng")
         + cells("Tổng cộng", "9.500", "8.590", "90,4", "\nTheo Sở"))

FIGS = [
    F("gồm 4 trạm", "4", 4, "count", "trạm địa chấn băng rộng", subject="trạm địa chấn băng rộng của hệ thống"),
    F("3 trạm đo", "3", 3, "count", "trạm đo gia tốc nền", subject="trạm đo gia tốc nền của hệ thống"),
    F("28 cụm loa", "28", 28, "count", "cụm loa cảnh báo", subject="cụm loa cảnh báo tại các thôn gần tâm chấn"),
    F("không quá 30 giây", "30", 30, "measure", "giây", approx="at_most",
      subject="thời gian phát cảnh báo tới người dân"),
] + CELLS + [
    F("khoảng 910 triệu", "910", 910e6, "money", "đồng", approx="about", status="forecast",
      subject="phần kinh phí còn lại chuyển sang năm 2025"),
    F("là 16,8 tỷ", "16,8", 16.8e9, "money", "đồng", subject="tổng mức đầu tư cả giai đoạn", period=STAGE),
    F("chiếm 40%", "40", 40, "percent", "%", subject="ngân sách tỉnh trong tổng mức đầu tư"),
]

NOTES = [
    "Department site (Sở Khoa học và Công nghệ Kon Tum), no dateline: menu, related links, footer address, phone,",
    "'Lượt truy cập: 1.204.518 | Đang online: 25'.",
    "Distractors: 'giai đoạn 2024-2025', 'năm 2024' in a link, 'lần thứ X', '288 Bà Triệu', phone 0260.3862.475, counters.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (4.200 = 4,2 tỷ đồng). 'Kế hoạch 2024' → target, 'Ước thực hiện",
    "2024' → estimate, periods from those headers (scored). 'So với kế hoạch (%)' cells are percent figures; the header",
    "has no cue and no year, so they are actual and their period comes from the caption (inherited, not scored).",
    "'Hệ thống gồm 4 …, 3 … và 28 …' has no whole before 'gồm': no totals. 'không quá 30 giây' → at_most.",
    "revised after the first run: the estimate cell of 'Hệ thống loa cảnh báo' had anchor '1.800\\n1.800', whose first",
    "'1.800' is the plan cell; its anchor is now '1.800\\n100,0' (the row's plan and estimate are both 1.800).",
    "'khoảng 910 triệu đồng dự kiến chuyển sang năm 2025' → forecast, about; no period (năm 2025 is where it goes).",
    "'trong đó ngân sách tỉnh chiếm 40%' is the province's share of 16,8 tỷ, not a share of 16,8 tỷ: a percent figure.",
    "All figures are located in Kon Plông (the project's place).",
]

if __name__ == "__main__":
    write("p1365-7", TEXT, NOTES, FIGS, location="Kon Plông")
