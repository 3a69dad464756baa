"""p896-7: Sở Công Thương Quảng Ninh site, no dateline; vendors moved into concentrated trading points; cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Trang chủ > Tin tức > Thương mại nội địa

Đưa người bán hàng rong vào điểm kinh doanh tập trung

Năm 2023, các địa phương trong tỉnh đã sắp xếp 931 hộ bán hàng rong vào 46 điểm kinh doanh tập trung, tăng 231 hộ so với năm 2022; trong đó TP Hạ Long sắp xếp 538 hộ, chiếm 57,8%. Doanh thu bình quân của các hộ tại điểm kinh doanh tập trung ước đạt 7,5 triệu đồng/hộ/tháng, cao hơn khoảng 30% so với khi bán rong tự do.

Tổng vốn đầu tư xây dựng, cải tạo các điểm kinh doanh trong năm 2023 là 18,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 11,2 tỷ đồng. Tính đến 30/6/2024, toàn tỉnh đã sắp xếp được 712 hộ, đạt 67,2% kế hoạch năm; tổ chức 9 lớp tập huấn về an toàn thực phẩm cho gần 450 người bán hàng rong.

Kết quả sắp xếp hộ bán hàng rong tại các địa phương:
Đơn vị tính: hộ
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Hạ Long
412
538
600
Móng Cái
126
175
200
Cẩm Phả
98
131
150
Vân Đồn
64
87
110
Tổng số
700
931
1.060

Các hộ vào điểm tập trung được miễn tiền thuê trong 6 tháng đầu, sau đó nộp không quá 300.000 đồng/tháng.

SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Địa chỉ: Tầng 7, Trụ sở Liên cơ quan số 2, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.628 - Fax: 0203.3835.621
Lượt truy cập: 1.284.507
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
ROWS = [("Hạ Long", "Hạ Long", "412", "538", "600"),
        ("Móng Cái", "Móng Cái", "126", "175", "200"),
        ("Cẩm Phả", "Cẩm Phả", "98", "131", "150"),
        ("Vân Đồn", "Vân Đồn", "64", "87", "110"),
        ("Tổng số", "Quảng Ninh", "700", "931", "1.060")]


def cells():
    out = []
    for label, loc, a, b, c in ROWS:
        head = "tổng số " if label == "Tổng số" else ""
        subj = f"{head}hộ bán hàng rong được sắp xếp"
        out.append(F(f"{label}\n{a}\n", a, int(a), "count", "hộ", subj, Y22, location=loc))
        out.append(F(f"\n{a}\n{b}\n", b, int(b), "count", "hộ", subj, Y23, location=loc))
        out.append(F(f"\n{b}\n{c}\n", c, int(c.replace(".", "")), "count", "hộ", f"{subj} kế hoạch",
                     K24, status="target", location=loc))
    return out


FIGS = [
    F("sắp xếp 931 hộ", "931", 931, "count", "hộ bán hàng rong",
      "hộ bán hàng rong được sắp xếp vào điểm kinh doanh tập trung", Y23,
      change=C("increase", 231, "hộ", "năm 2022")),
    F("vào 46 điểm kinh doanh", "46", 46, "count", "điểm kinh doanh", "điểm kinh doanh tập trung", Y23),
    F("sắp xếp 538 hộ", "538", 538, "count", "hộ", "hộ bán hàng rong được sắp xếp", Y23,
      total=931, percent=57.8, location="Hạ Long"),
    F("ước đạt 7,5 triệu đồng/hộ/tháng", "7,5", 7.5e6, "money", "đồng/hộ/tháng",
      "doanh thu bình quân của các hộ tại điểm kinh doanh tập trung", I(Y23), status="estimate",
      change=C("increase", 30, "%", "khi bán rong tự do", approx="about")),
    F("là 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng",
      "tổng vốn đầu tư xây dựng, cải tạo các điểm kinh doanh", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hỗ trợ 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=18.6e9),
    F("được 712 hộ", "712", 712, "count", "hộ", "hộ bán hàng rong được sắp xếp",
      P("Tính đến 30/6/2024", None, "2024-06-30"), percent=67.2),
    F("tổ chức 9 lớp tập huấn", "9", 9, "count", "lớp tập huấn", "lớp tập huấn về an toàn thực phẩm",
      P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("gần 450 người", "450", 450, "count", "người bán hàng rong",
      "người bán hàng rong được tập huấn", P("Tính đến 30/6/2024", None, "2024-06-30"), approx="nearly"),
    *cells(),
    F("trong 6 tháng đầu", "6", 6, "measure", "tháng", "thời gian miễn tiền thuê", optional=True),
    F("không quá 300.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng",
      "tiền thuê điểm kinh doanh tập trung", approx="at_most"),
]

COMMENTS = [
    "Department site (Sở Công Thương Quảng Ninh), no dateline: vendors moved into concentrated trading points (invented).",
    "Not figures: Tầng 7, Trụ sở Liên cơ quan số 2, phone and fax, Lượt truy cập: 1.284.507, the column headers' years.",
    "Table pasted one cell per line (Đơn vị tính: hộ): every cell a figure, period from its column header (scored),",
    "'Kế hoạch 2024' column -> status target; the Tổng số row is location Quảng Ninh; cells carry no total.",
    "'tăng 231 hộ so với năm 2022' is the change of 931; 538 after 'trong đó' takes total 931 and percent 57,8.",
    "'cao hơn khoảng 30% so với khi bán rong tự do' is the change of 7,5 triệu (approx about inside the change).",
    "'miễn tiền thuê trong 6 tháng đầu' is the length of a fee waiver (a rule, not a period of a figure): optional.",
    "Location Quảng Ninh (named in the site header).",
]

if __name__ == "__main__":
    build("p896-7", TEXT, FIGS, COMMENTS, published=None, location="Quảng Ninh")
