"""p1101-2: Phú Quốc city portal (district level), e-buses for green tourism, year 2024."""
from lib import build, fig, period, inherit, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ PHÚ QUỐC
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội

Xe buýt điện góp phần phát triển du lịch xanh

Ngày đăng: 05/03/2025 | Người viết: Minh Khang

Năm 2024, 3 tuyến xe buýt điện PQ01, PQ02 và PQ03 trên địa bàn thành phố đã vận chuyển khoảng 1,85 triệu lượt khách, tăng 27% so với năm 2023; trong đó khách du lịch chiếm gần 65%.

Hiện nay, 38 xe buýt điện hoạt động trên các tuyến nối phường Dương Đông với Bãi Trường, phường An Thới và Gành Dầu, bình quân khoảng 210 chuyến/ngày. Giá vé phổ thông 7.000 đồng/lượt, vé tháng 150.000 đồng/người/tháng; người từ 70 tuổi trở lên và trẻ em cao dưới 1,3 m được miễn vé.

Thành phố hiện có 26 trạm sạc xe điện, trong đó 2 trạm sạc nhanh đặt tại bến xe An Thới và khu vực Cảng hàng không quốc tế Phú Quốc, công suất 150 kW mỗi cổng. Tổng số cổng sạc trên địa bàn là 148 cổng, gấp 2,5 lần so với đầu năm 2023.

Ông Trần Văn Năm, Phó Chủ tịch UBND thành phố cho biết, mỗi năm xe buýt điện giúp giảm khoảng 2.100 tấn CO2 so với xe buýt dùng nhiên liệu hóa thạch, đồng thời góp phần giảm ùn tắc vào mùa cao điểm du lịch.

Theo Kế hoạch số 86/KH-UBND ngày 12/4/2023 của UBND thành phố, đến năm 2025 phấn đấu 100% xe buýt và 50% xe taxi trên địa bàn sử dụng điện, năng lượng xanh. Dự kiến đến cuối năm 2025, số tuyến xe buýt điện tăng lên 5 tuyến với khoảng 60 xe.

UBND THÀNH PHỐ PHÚ QUỐC
Địa chỉ: số 01 Trần Hưng Đạo, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang
Điện thoại: 0297.3846.120 - Email: ubnd@phuquoc.kiengiang.gov.vn
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
F25 = period("đến cuối năm 2025", None, "2025-12-31")
FIGS = [
    fig("Năm 2024, 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe buýt điện", period=Y24),
    fig("khoảng 1,85 triệu lượt khách", "1,85", 1.85e6, "count", "lượt khách",
        "lượt khách xe buýt điện vận chuyển", approx="about",
        change=change("increase", 27, "%", "năm 2023"), period=Y24),
    fig("chiếm gần 65%", "65", 65, "percent", "%", "khách du lịch trong tổng lượt khách xe buýt điện",
        approx="nearly", period=Y24),
    fig("38 xe buýt điện", "38", 38, "count", "xe buýt điện", "xe buýt điện hoạt động"),
    fig("khoảng 210 chuyến/ngày", "210", 210, "measure", "chuyến/ngày", "chuyến xe buýt điện bình quân mỗi ngày",
        approx="about"),
    fig("phổ thông 7.000 đồng/lượt", "7.000", 7000, "money", "đồng/lượt", "giá vé phổ thông"),
    fig("150.000 đồng/người/tháng", "150.000", 150000, "money", "đồng/người/tháng", "giá vé tháng"),
    fig("từ 70 tuổi trở lên", "70", 70, "measure", "tuổi", approx="at_least", optional=True),
    fig("dưới 1,3 m", "1,3", 1.3, "measure", "m", approx="under", optional=True),
    fig("có 26 trạm sạc", "26", 26, "count", "trạm sạc", "trạm sạc xe điện"),
    fig("2 trạm sạc nhanh", "2", 2, "count", "trạm sạc nhanh", "trạm sạc nhanh", total=26),
    fig("150 kW mỗi cổng", "150", 150, "measure", "kW/cổng", "công suất trạm sạc nhanh mỗi cổng"),
    fig("là 148 cổng", "148", 148, "count", "cổng", "cổng sạc trên địa bàn",
        change=change("increase", 2.5, "lần", "đầu năm 2023")),
    fig("khoảng 2.100 tấn CO2", "2.100", 2100, "measure", "tấn CO2", "lượng CO2 xe buýt điện giúp giảm mỗi năm",
        approx="about"),
    fig("100% xe buýt", "100", 100, "percent", "%", "xe buýt sử dụng điện, năng lượng xanh",
        status="target", period=T25),
    fig("50% xe taxi", "50", 50, "percent", "%", "xe taxi sử dụng điện, năng lượng xanh",
        status="target", period=T25),
    fig("lên 5 tuyến", "5", 5, "count", "tuyến", "tuyến xe buýt điện", status="forecast", period=F25),
    fig("khoảng 60 xe", "60", 60, "count", "xe", "xe buýt điện", approx="about", status="forecast", period=F25),
]

NOTES = [
    "Cổng TTĐT thành phố Phú Quốc (Kiên Giang): xe buýt điện năm 2024, trạm sạc, mục tiêu 2025. Location: Phú Quốc (district-level city).",
    "'khách du lịch chiếm gần 65%' is the share of a subset, so a percent figure of its own, not the percent of 1,85 triệu.",
    "'gấp 2,5 lần so với đầu năm 2023' follows 148 cổng in the same sentence: its change (unit lần), not a multiple figure.",
    "Age and height thresholds for free tickets are optional. Distractors: PQ01-PQ03 route codes, 'Trần Văn Năm' (name),",
    "Kế hoạch số 86/KH-UBND, 'số 01 Trần Hưng Đạo', phone 0297.3846.120, dates.",
]

build("p1101-2", TEXT, FIGS, NOTES, published="2025-03-05", location="Phú Quốc")
