"""p700-6: national press, stone shortage and prices for the North-South expressway."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 19/3/2024, 06:15 (GMT+7)
Giá đá tăng gần 30%, nhà thầu cao tốc lo thiếu vật liệu

Các dự án cao tốc Bắc - Nam phía Đông cần khoảng 62 triệu m³ đá các loại, song đến nay các mỏ mới đáp ứng chừng 70% nhu cầu.

Theo Ban Quản lý dự án 7, 12 dự án thành phần cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 đi qua 15 tỉnh, thành phố với tổng chiều dài 729 km. Bộ Giao thông vận tải đã đề nghị các địa phương cấp phép theo cơ chế đặc thù cho 46 mỏ đá, tổng trữ lượng khoảng 98 triệu m³. Theo Nghị quyết số 106/2023/QH15, nhà thầu được khai thác mỏ phục vụ dự án mà không phải đấu giá, được nâng công suất tối đa 50% so với giấy phép.

Tại Thanh Hóa, giá đá 1x2 tại mỏ tăng từ 210.000 đồng/m³ hồi đầu năm 2023 lên 270.000 đồng/m³, tức tăng gần 29%. Ở Nghệ An, nhiều mỏ chỉ bán cho nhà thầu 30-40% sản lượng. Giá đá tại một số mỏ ở Hà Tĩnh cao gấp 1,5 lần đơn giá do địa phương công bố.

Đại diện nhà thầu gói thầu XL02 đoạn qua Hà Tĩnh cho biết đơn vị cần 1,2 triệu m³ đá, nhưng sau 8 tháng mới nhận được khoảng 540.000 m³, bằng 45% nhu cầu. "Có lúc 40 xe phải nằm chờ ở cửa mỏ 2-3 ngày", ông nói.

Dự kiến đến cuối năm 2024, nguồn cung đá cho các dự án sẽ đạt khoảng 85% nhu cầu.

Đoàn Loan
"""

HT = "Hà Tĩnh"

FIGS = [
    fig("tăng gần 30%", "30", 30, "percent", "%", "giá đá tăng", approx="nearly"),
    fig("khoảng 62 triệu m³", "62", 62e6, "measure", "m³", "đá các loại các dự án cao tốc Bắc - Nam phía Đông cần",
        approx="about"),
    fig("chừng 70%", "70", 70, "percent", "%", "nhu cầu đá được các mỏ đáp ứng",
        per("đến nay", None, "2024-03-19"), approx="about"),
    fig("7, 12 dự án", "12", 12, "count", "dự án", "dự án thành phần cao tốc Bắc - Nam phía Đông"),
    fig("15 tỉnh, thành phố", "15", 15, "count", "tỉnh, thành phố", "tỉnh, thành phố cao tốc đi qua"),
    fig("729 km", "729", 729, "measure", "km", "tổng chiều dài"),
    fig("46 mỏ đá", "46", 46, "count", "mỏ đá", "mỏ đá đề nghị cấp phép theo cơ chế đặc thù"),
    fig("khoảng 98 triệu m³", "98", 98e6, "measure", "m³", "tổng trữ lượng mỏ đá", approx="about"),
    fig("tối đa 50%", "50", 50, "percent", "%", "nâng công suất so với giấy phép", approx="at_most"),
    fig("từ 210.000 đồng/m³", "210.000", 210000, "money", "đồng/m³", "giá đá 1x2 tại mỏ",
        location="Thanh Hóa"),
    fig("lên 270.000 đồng/m³", "270.000", 270000, "money", "đồng/m³", "giá đá 1x2 tại mỏ",
        change=chg("increase", 29, approx="nearly"), location="Thanh Hóa"),
    fig("30-40% sản lượng", "30", 30, "percent", "%", "sản lượng mỏ bán cho nhà thầu", value_max=40,
        location="Nghệ An"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá đá tại một số mỏ so với đơn giá do địa phương công bố",
        location=HT),
    fig("cần 1,2 triệu m³", "1,2", 1.2e6, "measure", "m³", "đá nhà thầu gói thầu XL02 cần", location=HT),
    fig("khoảng 540.000 m³", "540.000", 540000, "measure", "m³", "đá nhà thầu nhận được",
        approx="about", percent=45, location=HT),
    fig("40 xe", "40", 40, "count", "xe", "xe nằm chờ ở cửa mỏ", location=HT),
    fig("2-3 ngày", "2", 2, "measure", "ngày", "thời gian xe nằm chờ ở cửa mỏ", value_max=3, location=HT),
    fig("khoảng 85%", "85", 85, "percent", "%", "nguồn cung đá cho các dự án so với nhu cầu",
        per("đến cuối năm 2024", None, "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "National press, 'Thứ ba, 19/3/2024, 06:15 (GMT+7)', byline at the end: stone supply for the North-South expressway.",
    "Project-wide figures are national (Việt Nam; '15 tỉnh, thành phố' is a count of provinces); Thanh Hóa, Nghệ An and",
    "Hà Tĩnh figures take their province ('gói thầu XL02 đoạn qua Hà Tĩnh' names the place; the quote continues it).",
    "'tăng từ 210.000 … lên 270.000 đồng/m³, tức tăng gần 29%': both prices are figures, the change belongs to the new price.",
    "'cao gấp 1,5 lần đơn giá' stands alone as the claim: multiple. 'sau 8 tháng' only locates the figure in time: not a figure.",
    "Not figures: 'Ban Quản lý dự án 7', 'XL02', 'Nghị quyết số 106/2023/QH15', 'giai đoạn 2021-2025', '1x2', 'hồi đầu năm 2023'.",
]

if __name__ == "__main__":
    emit("p700-6", TEXT, COMMENTS, FIGS, published="2024-03-19", location="Việt Nam")
