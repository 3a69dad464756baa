"""p1194-7: department site (Sở NN&PTNT Bến Tre), no dateline, one-cell-per-line table of dried products."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Nâng giá trị sản phẩm sấy từ dừa và trái cây

Bến Tre hiện có 38 cơ sở, doanh nghiệp chế biến sản phẩm sấy từ dừa và trái cây, trong đó 6 doanh nghiệp đạt chứng nhận HACCP hoặc BRC. Năm 2024, sản lượng sản phẩm sấy toàn tỉnh ước đạt 9.850 tấn, tăng 12,8% so với năm 2023. Dừa sấy vẫn là mặt hàng chủ lực, chiếm khoảng 71% sản lượng.

Sản lượng một số sản phẩm sấy chủ yếu:
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Dừa sấy
6.210
7.000
7.500
Chuối sấy dẻo
1.480
1.690
1.900
Sản phẩm sấy khác
1.042
1.160
1.400
Tổng số
8.732
9.850
10.800

Tại xã Phú Túc, huyện Châu Thành, cơ sở chuối sấy dẻo Tư Hòa mỗi tháng tiêu thụ khoảng 60 tấn chuối xiêm tươi, cho ra 15 tấn thành phẩm. Cơ sở giải quyết việc làm cho 28 lao động, trong đó 19 lao động nữ, thu nhập từ 5,5 đến 7 triệu đồng/người/tháng. Nhờ đầu ra ổn định, giá chuối xiêm tại địa phương giữ ở mức 4.000-5.000 đồng/kg, nông dân có lãi khoảng 40 triệu đồng/ha/năm.

Bài viết khác:
- Hội thảo nâng cao chất lượng sản phẩm OCOP lần thứ 4
- Tập huấn quy trình sấy lạnh tại huyện Ba Tri (đợt 2)

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Địa chỉ: Số 18 Đồng Văn Cống, phường Phú Tân, TP Bến Tre
Điện thoại: 0275.3822.163
Lượt truy cập: 2.046.117 | Trực tuyến: 41
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
CT = "Châu Thành"
SHOP = "cơ sở chuối sấy dẻo Tư Hòa"


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, float(number.replace(".", "")), "measure", "tấn",
               subject=f"sản lượng {row} {col.lower()}", period=COLS[col], **kw)


ROWS = [("Dừa sấy", "dừa sấy", ("6.210", "7.000", "7.500")),
        ("Chuối sấy dẻo", "chuối sấy dẻo", ("1.480", "1.690", "1.900")),
        ("Sản phẩm sấy khác", "sản phẩm sấy khác", ("1.042", "1.160", "1.400")),
        ("Tổng số", "tổng số sản phẩm sấy", ("8.732", "9.850", "10.800"))]
CELLS = []
for label, row, (a, b, c) in ROWS:
    CELLS += [cell(f"{label}\n{a}", a, row, "Năm 2023"),
              cell(f"{a}\n{b}", b, row, "Năm 2024"),
              cell(f"{b}\n{c}", c, row, "Kế hoạch 2025")]

FIGS = [
    fig("hiện có 38 cơ sở", "38", 38, "count", "cơ sở, doanh nghiệp",
        subject="cơ sở, doanh nghiệp chế biến sản phẩm sấy từ dừa và trái cây"),
    fig("trong đó 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=38,
        subject="doanh nghiệp đạt chứng nhận HACCP hoặc BRC"),
    fig("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", status="estimate",
        change=chg("increase", 12.8, "%", "năm 2023"), subject="sản lượng sản phẩm sấy toàn tỉnh", period=Y24),
    fig("khoảng 71%", "71", 71, "percent", "%", approx="about",
        subject="tỷ trọng dừa sấy trong sản lượng", period=inh(Y24)),
] + CELLS + [
    fig("khoảng 60 tấn", "60", 60, "measure", "tấn", approx="about",
        subject=f"chuối xiêm tươi {SHOP} tiêu thụ mỗi tháng", location=CT),
    fig("15 tấn thành phẩm", "15", 15, "measure", "tấn", subject=f"thành phẩm {SHOP} mỗi tháng", location=CT),
    fig("cho 28 lao động", "28", 28, "count", "lao động", subject=f"lao động của {SHOP}", location=CT),
    fig("19 lao động nữ", "19", 19, "count", "lao động", total=28, subject=f"lao động nữ của {SHOP}",
        location=CT),
    fig("từ 5,5 đến 7 triệu", "5,5", 5500000, "money", "đồng/người/tháng", value_max=7000000,
        subject="thu nhập lao động", location=CT),
    fig("4.000-5.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", value_max=5000,
        subject="giá chuối xiêm tại địa phương", location=CT),
    fig("khoảng 40 triệu đồng/ha/năm", "40", 40000000, "money", "đồng/ha/năm", approx="about",
        subject="lãi của nông dân trồng chuối xiêm", location=CT),
]

NOTES = [
    "Department site (Sở NN&PTNT Bến Tre): dried coconut and fruit products. No dateline; related links, footer address, phone, counters.",
    "One-cell-per-line table 'Đơn vị tính: tấn', rows are products (subject = row label + column label), period from the column",
    "header (scored); 'Kế hoạch 2025' -> target. The 'Năm 2024' column stays actual (header), though the text calls 9.850 'ước đạt'.",
    "Distractors: 'lần thứ 4', '(đợt 2)', 'Số 18 Đồng Văn Cống', phone 0275.3822.163, 'Lượt truy cập: 2.046.117', 'Trực tuyến: 41'.",
    "The Tư Hòa workshop passage is placed in huyện Châu Thành; 'mỗi tháng' goes to the subject, the unit stays 'tấn' as written.",
    "'Dừa sấy ... chiếm khoảng 71% sản lượng' stands in its own sentence: a percent figure (7.000/9.850).",
]

if __name__ == "__main__":
    write("p1194-7", TEXT, NOTES, FIGS, location="Bến Tre")
