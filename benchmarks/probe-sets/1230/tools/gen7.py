"""p1230-7: department site (Sở NN&PTNT Hậu Giang), no dateline, betel-leaf area with a one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẬU GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Hậu Giang mở rộng diện tích trầu không theo hướng an toàn

Năm 2023, diện tích trầu không toàn tỉnh đạt 612 ha, tăng 7,4% so với năm 2022; sản lượng lá ước đạt 8.260 tấn. Trong đó, huyện Vị Thủy có diện tích lớn nhất với 236 ha, chiếm 38,6% diện tích toàn tỉnh.

Diện tích trồng trầu không phân theo địa phương:
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2025
Huyện Vị Thủy
221
236
260
Huyện Long Mỹ
148
161
180
Huyện Phụng Hiệp
95
104
120
Các địa phương khác
106
111
140
Tổng số
570
612
700

Hiện toàn tỉnh có 1.245 hộ trồng trầu, thu nhập bình quân từ 120 đến 160 triệu đồng/ha/năm. Hợp tác xã Trầu không Vị Thủy (xã Vị Thắng, huyện Vị Thủy) có 42 thành viên với 35 ha, trong đó 15 ha đạt chứng nhận VietGAP; mỗi năm cung ứng khoảng 500 tấn lá cho thị trường TP Hồ Chí Minh và Campuchia.

Giai đoạn 2024-2025, ngành nông nghiệp phấn đấu có thêm 50 ha trầu đạt chứng nhận VietGAP. Tỉnh đang hỗ trợ 70% chi phí giống, vật tư cho các mô hình trình diễn.

Bài viết liên quan:
- Hội thảo phát triển cây trầu không lần thứ 2
- Tập huấn kỹ thuật trồng trầu cho nông dân xã Vị Thắng

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẬU GIANG
Địa chỉ: Số 9, đường Trần Hưng Đạo, phường 5, TP Vị Thanh, tỉnh Hậu Giang
Điện thoại: 0293.3878.054
Tổng lượt truy cập: 845.216 | Đang online: 31
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2025": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
PLACES = {"Huyện Vị Thủy": "Vị Thủy", "Huyện Long Mỹ": "Long Mỹ", "Huyện Phụng Hiệp": "Phụng Hiệp"}
CAP = "diện tích trồng trầu không"


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    subj = f"{CAP} {col.lower()}"
    if row in PLACES:
        kw["location"] = PLACES[row]
    else:
        subj = f"{CAP} {row.lower()} {col.lower()}"
    return F(anchor, number, float(number), "measure", "ha", subject=subj, period=COLP[col], **kw)


ROWS = [("Huyện Vị Thủy", "221", "236", "260"), ("Huyện Long Mỹ", "148", "161", "180"),
        ("Huyện Phụng Hiệp", "95", "104", "120"), ("Các địa phương khác", "106", "111", "140"),
        ("Tổng số", "570", "612", "700")]
CELLS = []
for row, a, b, c in ROWS:
    CELLS += [cell(f"{row}\n{a}", a, row, "Năm 2022"),
              cell(f"{a}\n{b}\n", b, row, "Năm 2023"),
              cell(f"{b}\n{c}", c, row, "Kế hoạch 2025")]

FIGS = [
    F("đạt 612 ha", "612", 612, "measure", "ha", change=C("increase", 7.4, "%", "năm 2022"),
      subject="diện tích trầu không", period=Y23),
    F("ước đạt 8.260 tấn", "8.260", 8260, "measure", "tấn", status="estimate", subject="sản lượng lá trầu",
      period=Y23),
    F("với 236 ha", "236", 236, "measure", "ha", total=612, percent=38.6, subject="diện tích trầu không",
      location="Vị Thủy", period=I(Y23)),
] + CELLS + [
    F("có 1.245 hộ", "1.245", 1245, "count", "hộ", subject="hộ trồng trầu"),
    F("từ 120 đến 160 triệu", "120", 120000000, "money", "đồng/ha/năm", value_max=160000000,
      subject="thu nhập bình quân trồng trầu"),
    F("có 42 thành viên", "42", 42, "count", "thành viên", subject="thành viên Hợp tác xã Trầu không Vị Thủy",
      location="Vị Thủy"),
    F("với 35 ha", "35", 35, "measure", "ha", subject="diện tích trầu của hợp tác xã", location="Vị Thủy"),
    F("trong đó 15 ha", "15", 15, "measure", "ha", total=35, subject="diện tích trầu đạt chứng nhận VietGAP của hợp tác xã",
      location="Vị Thủy"),
    F("khoảng 500 tấn", "500", 500, "measure", "tấn/năm", approx="about", subject="lá trầu hợp tác xã cung ứng mỗi năm",
      location="Vị Thủy"),
    F("thêm 50 ha", "50", 50, "measure", "ha", status="target", subject="diện tích trầu đạt chứng nhận VietGAP tăng thêm",
      period=P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("hỗ trợ 70%", "70", 70, "percent", "%", subject="hỗ trợ chi phí giống, vật tư cho các mô hình trình diễn"),
]

NOTES = [
    "Department site (Sở NN&PTNT Hậu Giang), NO dateline (no published); related links, footer address, phone, counters.",
    "One-cell-per-line table: 'Đơn vị tính: ha', header Địa phương / Năm 2022 / Năm 2023 / Kế hoạch 2025; district rows are",
    "locations, 'Các địa phương khác' and 'Tổng số' keep the row label in the subject (location Hậu Giang). Period from the column",
    "header (scored); 'Kế hoạch 2025' → status target. Columns add up (570 / 612 / 700); cells get no total.",
    "'Trong đó, huyện Vị Thủy … 236 ha, chiếm 38,6%' follows 612 ha across a sentence break: total 612, percent 38.6.",
    "'trong đó 15 ha' → total 35 (the cooperative's area). 'Giai đoạn 2024-2025 … phấn đấu' → target.",
    "'Tỉnh đang hỗ trợ 70%' is a current rule (actual, no period). The HTX passage is in huyện Vị Thủy.",
    "Distractors: 'lần thứ 2', 'Số 9, đường Trần Hưng Đạo, phường 5', phone, 'Tổng lượt truy cập: 845.216', 'Đang online: 31'.",
]

if __name__ == "__main__":
    write("p1230-7", TEXT, NOTES, FIGS, location="Hậu Giang")
