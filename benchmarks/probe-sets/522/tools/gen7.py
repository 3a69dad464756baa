"""p522-7: Sở TN&MT Bình Phước (department site, no dateline) - land recovery 2022-2023, plan 2024; one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BÌNH PHƯỚC
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả thu hồi đất thực hiện dự án giai đoạn 2022-2023 và kế hoạch năm 2024

Năm 2023, toàn tỉnh thu hồi 1.486,2 ha đất để thực hiện 93 công trình, dự án, tăng 27,5% về diện tích so với năm 2022; tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả là 1.274 tỷ đồng. Giá bồi thường bình quân đất trồng cây lâu năm khoảng 860 triệu đồng/ha. Diện tích thu hồi tại một số địa phương trọng điểm như sau:

Đơn vị tính: ha

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Đồng Phú
182,4
265,8
310
Chơn Thành
246,1
398,5
450
Hớn Quản
97,3
154,2
120
Bù Đăng
41,6
38,9
65

Năm 2024, tỉnh đặt chỉ tiêu thu hồi khoảng 1.650 ha đất cho 118 dự án, trong đó có 36 dự án khu công nghiệp, cụm công nghiệp. Sở đề nghị các địa phương hoàn thành bàn giao mặt bằng Khu công nghiệp Minh Hưng - Sikico trước quý III/2024 và thực hiện đúng Nghị định số 88/2024/NĐ-CP về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.

Riêng huyện Bù Đăng, năm 2023 diện tích thu hồi giảm 6,5% so với năm 2022 do nhiều dự án thủy lợi chậm triển khai.

Địa chỉ: Số 727 Quốc lộ 14, phường Tân Bình, TP. Đồng Xoài | ĐT: 0271.3879.146
Tổng lượt truy cập: 1.902.335
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Đồng Phú", ("182,4", 182.4), ("265,8", 265.8), ("310", 310)),
    ("Chơn Thành", ("246,1", 246.1), ("398,5", 398.5), ("450", 450)),
    ("Hớn Quản", ("97,3", 97.3), ("154,2", 154.2), ("120", 120)),
    ("Bù Đăng", ("41,6", 41.6), ("38,9", 38.9), ("65", 65)),
]
TABLE = []
for loc, (a, va), (b, vb), (c, vc) in ROWS:
    TABLE += [
        F(f"{loc}\n{a}\n", a, va, "measure", "ha", subject="diện tích thu hồi năm 2022", period=Y22, location=loc),
        F(f"{a}\n{b}\n", b, vb, "measure", "ha", subject="diện tích thu hồi năm 2023", period=Y23, location=loc),
        F(f"{b}\n{c}\n", c, vc, "measure", "ha", status="target", subject="diện tích thu hồi kế hoạch 2024",
          period=K24, location=loc),
    ]

FIGS = [
    F("thu hồi 1.486,2 ha", "1.486,2", 1486.2, "measure", "ha",
      change=CH("increase", 27.5, baseline="năm 2022"), subject="diện tích đất thu hồi để thực hiện công trình, dự án",
      period=Y23),
    F("thực hiện 93 công trình", "93", 93, "count", "công trình, dự án", subject="công trình, dự án thu hồi đất",
      period=Y23),
    F("là 1.274 tỷ đồng", "1.274", 1274e9, "money", "đồng",
      subject="tổng kinh phí bồi thường, hỗ trợ, tái định cư đã chi trả", period=Y23),
    F("khoảng 860 triệu đồng/ha", "860", 860e6, "money", "đồng/ha", approx="about",
      subject="giá bồi thường bình quân đất trồng cây lâu năm", period=I(Y23)),
] + TABLE + [
    F("khoảng 1.650 ha", "1.650", 1650, "measure", "ha", approx="about", status="target",
      subject="diện tích đất thu hồi", period=Y24),
    F("cho 118 dự án", "118", 118, "count", "dự án", status="target", subject="dự án thu hồi đất", period=Y24),
    F("có 36 dự án", "36", 36, "count", "dự án", total=118, status="target",
      subject="dự án khu công nghiệp, cụm công nghiệp", period=Y24),
    F("giảm 6,5%", "6,5", 6.5, "percent", "%", subject="diện tích thu hồi so với năm 2022",
      period=P("năm 2023", "2023-01-01", "2023-12-31"), location="Bù Đăng"),
]

COMMENTS = [
    "Department site (Sở TN&MT Bình Phước), no dateline (published not stated); footer address, phone and 'Tổng lượt truy cập:",
    "1.902.335' (counter). Distractors: 'giai đoạn 2022-2023', 'Số 727 Quốc lộ 14', 'Nghị định số 88/2024/NĐ-CP', 'quý III/2024',",
    "'Khu công nghiệp Minh Hưng - Sikico'. One-cell-per-line table with 'Đơn vị tính: ha': every cell is a figure; district row",
    "labels -> location; periods from the column headers (scored, as shared h23/h24); 'Kế hoạch 2024' column -> target.",
    "'tăng 27,5% về diện tích so với năm 2022' is the change of 1.486,2 ha. 'đặt chỉ tiêu' -> target, continuing into the",
    "'trong đó' clause (36 of 118 dự án -> total 118). 'Bù Đăng ... giảm 6,5% so với năm 2022' stands alone: a percent figure, no change.",
]

emit("p522-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Phước")
