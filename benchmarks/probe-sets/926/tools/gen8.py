"""p926-8: provincial newspaper online (Báo Bạc Liêu, tag '(BBL) -') — Đông Hải aloe, 9 months 2024."""
from lib import emit, fig, period, change, year

TEXT = """
Báo Bạc Liêu điện tử
Kinh tế

Đông Hải thu gần 3.000 tấn lá nha đam

Thứ Tư, 16/10/2024 - 07:50

(BBL) - 9 tháng đầu năm, nông dân huyện Đông Hải thu hoạch 2.960 tấn lá nha đam, đạt 82,2% kế hoạch năm, tăng 14% so với cùng kỳ năm 2023. Với giá bán tại vườn 3.000-3.300 đồng/kg, nông dân thu về khoảng 9,2 tỷ đồng.

Toàn huyện hiện có 38 ha nha đam, tập trung ở các xã Long Điền Đông (17 ha), Long Điền Tây (12 ha) và Điền Hải (9 ha). Năng suất bình quân đạt 10 tấn/ha/tháng, cao gấp 1,3 lần so với năm 2020 nhờ áp dụng tưới phun sương. Mỗi ha nha đam cần vốn đầu tư ban đầu khoảng 180 triệu đồng, chủ yếu cho cây giống và hệ thống tưới.

Ông Lê Văn Chín, Phó Chủ tịch UBND huyện Đông Hải, cho biết từ đầu năm đến nay, Công ty TNHH Chế biến nông sản Gành Hào đã ký hợp đồng bao tiêu với 85 hộ, chiếm 61% số hộ trồng nha đam. Giá sàn trong hợp đồng là 2.700 đồng/kg. Nhà máy sơ chế của công ty đặt tại ấp 3, xã Long Điền Đông, công suất 15 tấn/ngày, giải quyết việc làm cho 42 lao động với thu nhập 6-7 triệu đồng/người/tháng.

Theo kế hoạch, năm 2025 huyện phấn đấu nâng diện tích nha đam lên 60 ha, sản lượng đạt 5.000 tấn lá. Dự kiến trong quý I/2025, công ty sẽ đầu tư thêm dây chuyền nha đam cắt hạt với kinh phí khoảng 8 tỷ đồng, nâng công suất lên 30 tấn/ngày.

QUỐC DŨNG
"""

NOTES = [
    "Báo Bạc Liêu online (invented): huyện Đông Hải, nha đam 9 tháng 2024; headline figure; tag '(BBL) -'; dateline 'Thứ Tư, 16/10/2024 - 07:50'.",
    "Year-less '9 tháng đầu năm' takes 2024 (published; the baseline 'cùng kỳ năm 2023' agrees). 'từ đầu năm đến nay' ends at the dateline.",
    "'đạt 82,2% kế hoạch năm' is the percent of 2.960 tấn (the plan amount is not stated: no target); 'tăng 14%' its change.",
    "Commune list (17+12+9 = 38): parts of 38 ha; communes are not province/district, so location stays Đông Hải and the commune goes in the subject.",
    "'cao gấp 1,3 lần so với năm 2020' is the change (unit lần) of 10 tấn/ha/tháng. 'ấp 3', person names, 'quý I/2025' are not figures.",
]

M9 = period("9 tháng đầu năm", "2024-01-01", "2024-09-30")
M9_I = period("9 tháng đầu năm", "2024-01-01", "2024-09-30", inherited=True)
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-10-16")
Y25 = year(2025)
Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("gần 3.000 tấn", "3.000", 3000, "measure", "tấn", "lá nha đam thu hoạch", approx="nearly"),
    fig("thu hoạch 2.960 tấn", "2.960", 2960, "measure", "tấn", "lá nha đam thu hoạch", M9, percent=82.2,
        change=change("increase", 14, "%", "cùng kỳ năm 2023")),
    fig("vườn 3.000-3.300 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá bán lá nha đam tại vườn", M9_I, value_max=3300),
    fig("khoảng 9,2 tỷ đồng", "9,2", 9.2e9, "money", "đồng", "tiền nông dân thu về từ nha đam", M9_I, approx="about"),
    fig("có 38 ha", "38", 38, "measure", "ha", "diện tích nha đam"),
    fig("Long Điền Đông (17 ha)", "17", 17, "measure", "ha", "diện tích nha đam xã Long Điền Đông", total=38),
    fig("Long Điền Tây (12 ha)", "12", 12, "measure", "ha", "diện tích nha đam xã Long Điền Tây", total=38),
    fig("Điền Hải (9 ha)", "9", 9, "measure", "ha", "diện tích nha đam xã Điền Hải", total=38),
    fig("đạt 10 tấn/ha/tháng", "10", 10, "measure", "tấn/ha/tháng", "năng suất bình quân nha đam",
        change=change("increase", 1.3, "lần", "năm 2020")),
    fig("khoảng 180 triệu đồng", "180", 180e6, "money", "đồng/ha", "vốn đầu tư ban đầu mỗi ha nha đam", approx="about"),
    fig("với 85 hộ", "85", 85, "count", "hộ", "hộ ký hợp đồng bao tiêu nha đam", YTD, percent=61),
    fig("là 2.700 đồng/kg", "2.700", 2700, "money", "đồng/kg", "giá sàn trong hợp đồng bao tiêu"),
    fig("công suất 15 tấn/ngày", "15", 15, "measure", "tấn/ngày", "công suất nhà máy sơ chế nha đam"),
    fig("cho 42 lao động", "42", 42, "count", "lao động", "lao động nhà máy sơ chế"),
    fig("thu nhập 6-7 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập lao động nhà máy sơ chế", value_max=7e6),
    fig("lên 60 ha", "60", 60, "measure", "ha", "diện tích nha đam", Y25, status="target"),
    fig("đạt 5.000 tấn", "5.000", 5000, "measure", "tấn", "sản lượng lá nha đam", Y25, status="target"),
    fig("khoảng 8 tỷ đồng", "8", 8e9, "money", "đồng", "kinh phí đầu tư dây chuyền nha đam cắt hạt", Q1,
        approx="about", status="forecast"),
    fig("lên 30 tấn/ngày", "30", 30, "measure", "tấn/ngày", "công suất nhà máy sơ chế nha đam", Q1, status="forecast"),
]

if __name__ == "__main__":
    emit("p926-8", TEXT, NOTES, FIGS, published="2024-10-16", location="Đông Hải")
