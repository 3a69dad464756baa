"""p476-7: department site (Sở LĐ-TB&XH Đồng Tháp), no dateline, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức | Văn bản | Dịch vụ công

Kết quả đào tạo nghề cho lao động nông thôn năm 2023

Năm 2023, toàn tỉnh đã hỗ trợ đào tạo nghề cho 7.420 lao động nông thôn, tăng 8,3% so với năm 2022; tỷ lệ có việc làm sau đào tạo đạt 87,4%. Các nghề được học nhiều là trồng trọt, nuôi thủy sản, sửa chữa máy nông nghiệp và may công nghiệp.

Học viên được hỗ trợ tiền ăn 30.000 đồng/người/ngày thực học; người học ở cách địa điểm học từ 15 km trở lên được hỗ trợ tiền đi lại 200.000 đồng/người/khóa học.

Bảng: Số lao động nông thôn được hỗ trợ đào tạo nghề phân theo huyện
Đơn vị tính: người
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Cao Lãnh
1.240
1.385
1.400
Tháp Mười
980
1.102
1.150
Tam Nông
615
668
700
Lấp Vò
702
745
760
Toàn tỉnh
6.851
7.420
7.600

Năm 2024, Sở phấn đấu tỷ lệ lao động qua đào tạo toàn tỉnh đạt 70,5%, trong đó có bằng cấp, chứng chỉ đạt 28%; tổ chức ít nhất 12 phiên giao dịch việc làm tại các huyện, thành phố.

Cơ sở dạy nghề, doanh nghiệp có nhu cầu đặt hàng đào tạo liên hệ Phòng Giáo dục nghề nghiệp của Sở để được hướng dẫn.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Địa chỉ: Số 6, đường 30/4, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.316
Lượt truy cập: 1.204.377
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
IND = "lao động nông thôn được hỗ trợ đào tạo nghề"

ROWS = [
    ("Cao Lãnh", "Cao Lãnh\n1.240", "1.240", 1240, "1.240\n1.385", "1.385", 1385, "1.385\n1.400", "1.400", 1400),
    ("Tháp Mười", "Tháp Mười\n980", "980", 980, "980\n1.102", "1.102", 1102, "1.102\n1.150", "1.150", 1150),
    ("Tam Nông", "Tam Nông\n615", "615", 615, "615\n668", "668", 668, "668\n700", "700", 700),
    ("Lấp Vò", "Lấp Vò\n702", "702", 702, "702\n745", "745", 745, "745\n760", "760", 760),
    ("Đồng Tháp", "Toàn tỉnh\n6.851", "6.851", 6851, "6.851\n7.420", "7.420", 7420, "7.420\n7.600", "7.600", 7600),
]

FIGS = [
    F("cho 7.420 lao động", "7.420", 7420, "count", "lao động", IND, Y23, change=CH("increase", 8.3, baseline="năm 2022")),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ có việc làm sau đào tạo", Y23),
    F("tiền ăn 30.000 đồng", "30.000", 30000, "money", "đồng/người/ngày", "tiền ăn hỗ trợ học viên"),
    F("từ 15 km", "15", 15, "measure", "km", None, None, approx="at_least", optional=True),
    F("lại 200.000 đồng", "200.000", 200000, "money", "đồng/người/khóa học", "tiền đi lại hỗ trợ người học ở xa"),
]
for place, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    loc = dict(location=place) if place != "Đồng Tháp" else {}
    FIGS += [
        F(a1, n1, v1, "count", "người", IND + " năm 2022", Y22, **loc),
        F(a2, n2, v2, "count", "người", IND + " năm 2023", Y23, **loc),
        F(a3, n3, v3, "count", "người", IND + " kế hoạch 2024", K24, status="target", **loc),
    ]
FIGS += [
    F("đạt 70,5%", "70,5", 70.5, "percent", "%", "tỷ lệ lao động qua đào tạo", Y24, status="target"),
    F("đạt 28%", "28", 28, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", Y24, status="target"),
    F("ít nhất 12 phiên", "12", 12, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Đồng Tháp site, no dateline (published null): đào tạo nghề cho lao động nông thôn năm 2023.",
    "One-cell-per-line table with 'Đơn vị tính: người': every cell a figure; district rows -> location, 'Toàn tỉnh' -> Đồng Tháp;",
    "periods from the column headers (scored, as in shared h23); 'Kế hoạch 2024' column -> status target. No totals for table cells.",
    "'từ 15 km trở lên' is an eligibility threshold (optional). Distractors: đường 30/4, Số 6, Phường 1, phone, 'Lượt truy cập: 1.204.377'.",
]

if __name__ == "__main__":
    emit("p476-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Tháp")
