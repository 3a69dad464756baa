"""p1231-6: national newspaper: a foundation's book buses in Gia Lai and Kon Tum."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Giáo dục › Khuyến học

"Xe buýt sách" vượt đèo đưa 200.000 cuốn sách đến trẻ em Tây Nguyên

Thứ Bảy, 21/09/2024, 07:15 (GMT+7)

Sau ba năm hoạt động, chương trình "Xe buýt sách" của Quỹ Hạt Giống Xanh đã đưa khoảng 200.000 cuốn sách đến 146 trường tiểu học ở Gia Lai và Kon Tum.

Chương trình khởi động từ tháng 9/2021 với một xe buýt 29 chỗ được cải tạo thành thư viện, mang theo 3.500 cuốn sách. Đến nay, quỹ có 3 xe, mỗi xe chạy trung bình 1.800 km/tháng. Từ năm 2021 đến nay, các xe đã dừng tại 146 trường, trong đó 89 trường ở Gia Lai và 57 trường ở Kon Tum, phục vụ hơn 52.000 học sinh.

Tại Trường Tiểu học Đăk Ring (huyện Kon Plông, Kon Tum), thầy hiệu trưởng A Thuân cho biết trường có 312 học sinh, 98% là người Xơ Đăng. Trước khi xe buýt sách về, thư viện trường chỉ có khoảng 600 cuốn, chủ yếu là sách giáo khoa. "Mỗi tháng xe ghé một lần, các em chờ từ sáng sớm. Có em đi bộ hơn 3 km để kịp giờ xe đến", thầy nói.

Theo đại diện quỹ, chi phí vận hành mỗi xe khoảng 25 triệu đồng/tháng, gồm xăng dầu, lương tài xế và thủ thư; 70% kinh phí do các doanh nghiệp tài trợ, phần còn lại từ quyên góp của cộng đồng. Năm 2025, quỹ dự kiến mở rộng sang Đắk Lắk với thêm 2 xe, nâng số trường được phục vụ lên khoảng 220 trường.

Minh Khang
"""

SEP21 = per("tháng 9/2021", "2021-09-01", "2021-09-30")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-09-21")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SCHOOLS = "trường tiểu học được xe buýt sách phục vụ"

FIGS = [
    fig("đưa 200.000 cuốn", "200.000", 200000, "count", "cuốn sách",
        subject="sách xe buýt sách đưa đến trẻ em Tây Nguyên"),
    fig("ba năm", "ba", 3, "measure", "năm", optional=True),
    fig("khoảng 200.000 cuốn", "200.000", 200000, "count", "cuốn sách", approx="about",
        subject="sách chương trình Xe buýt sách đưa đến trường"),
    fig("đến 146 trường", "146", 146, "count", "trường tiểu học", subject=SCHOOLS),
    fig("với một xe", "một", 1, "count", "xe buýt", subject="xe buýt cải tạo thành thư viện khi khởi động",
        period=SEP21),
    fig("29 chỗ", "29", 29, "count", "chỗ", optional=True),
    fig("theo 3.500 cuốn", "3.500", 3500, "count", "cuốn sách", subject="sách xe mang theo khi khởi động",
        period=SEP21),
    fig("có 3 xe", "3", 3, "count", "xe", subject="xe buýt sách của quỹ"),
    fig("1.800 km/tháng", "1.800", 1800, "measure", "km/tháng", subject="quãng đường mỗi xe chạy trung bình"),
    fig("tại 146 trường", "146", 146, "count", "trường", subject=SCHOOLS, period=SINCE),
    fig("89 trường", "89", 89, "count", "trường", total=146, subject=SCHOOLS, period=SINCE, location="Gia Lai"),
    fig("57 trường", "57", 57, "count", "trường", total=146, subject=SCHOOLS, period=SINCE, location="Kon Tum"),
    fig("hơn 52.000 học sinh", "52.000", 52000, "count", "học sinh", approx="over",
        subject="học sinh được xe buýt sách phục vụ", period=SINCE),
    fig("có 312 học sinh", "312", 312, "count", "học sinh", subject="học sinh Trường Tiểu học Đăk Ring",
        location="Kon Plông"),
    fig("98%", "98", 98, "percent", "%", subject="tỷ lệ học sinh người Xơ Đăng của trường",
        location="Kon Plông"),
    fig("khoảng 600 cuốn", "600", 600, "count", "cuốn", approx="about",
        subject="sách thư viện trường trước khi xe buýt sách về", location="Kon Plông"),
    fig("ghé một lần", "một", 1, "measure", "lần/tháng", subject="số lần xe ghé trường mỗi tháng",
        location="Kon Plông"),
    fig("hơn 3 km", "3", 3, "measure", "km", approx="over",
        subject="quãng đường học sinh đi bộ để kịp giờ xe đến", location="Kon Plông"),
    fig("khoảng 25 triệu", "25", 25000000, "money", "đồng/tháng", approx="about",
        subject="chi phí vận hành mỗi xe"),
    fig("70% kinh phí", "70", 70, "percent", "%", subject="tỷ lệ kinh phí do các doanh nghiệp tài trợ"),
    fig("thêm 2 xe", "2", 2, "count", "xe", status="forecast",
        subject="xe buýt sách mở rộng sang Đắk Lắk", period=Y25, location="Đắk Lắk"),
    fig("khoảng 220 trường", "220", 220, "count", "trường", approx="about", status="forecast",
        subject="số trường được phục vụ", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 21/09/2024, 07:15 (GMT+7)', byline at the end. A foundation's book buses in two provinces.",
    "No article-wide location: figures for Gia Lai and Kon Tum together (146, 52.000, 200.000, fleet, costs) have location null; the school portrait is in Kon Plông.",
    "The headline and lead both state 200.000: two figures. 146 appears twice (lead and body): two figures; the body parts 89 / 57 after 'trong đó' → total 146.",
    "'ba năm' (duration) and 'xe buýt 29 chỗ' (vehicle class) are optional. 'Mỗi tháng xe ghé một lần' is a frequency: measure 'lần/tháng'.",
    "'312 học sinh, 98% là người Xơ Đăng': the share is of a part, not of the 312: a percent figure of its own.",
    "'Từ năm 2021 đến nay' → 2021-01-01..published; 'tháng 9/2021' is the start month. 'Đến nay, quỹ có 3 xe' is given no period (as of now).",
    "'Năm 2025, quỹ dự kiến … thêm 2 xe, nâng … lên khoảng 220 trường' → forecast; 220 spans three provinces: location null; 2 xe → Đắk Lắk.",
    "Distractors: '(GMT+7)', '07:15', 'Thứ Bảy', 'Tây Nguyên' (a region, not a place of a figure).",
]

if __name__ == "__main__":
    write("p1231-6", TEXT, NOTES, FIGS, published="2024-09-21", location=None)
