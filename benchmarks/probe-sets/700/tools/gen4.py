"""p700-4: Bộ Xây dựng site, national supply and demand of construction stone."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Vật liệu xây dựng
Cân đối cung - cầu đá xây dựng: năm 2025 cần khoảng 560 triệu m³
Ngày đăng: 22/04/2024 | Lượt xem: 2.065

Theo Vụ Vật liệu xây dựng, năm 2023 cả nước tiêu thụ khoảng 486 triệu m³ đá xây dựng, giảm 4,7% so với năm 2022 do thị trường bất động sản trầm lắng. Cả nước hiện có 1.352 mỏ đá xây dựng được cấp phép, tổng công suất thiết kế khoảng 620 triệu m³/năm, trong đó 412 mỏ có công suất dưới 100.000 m³/năm.

Các địa phương có nhiều mỏ đá nhất là Thanh Hóa (142 mỏ), Hòa Bình (98 mỏ), Ninh Bình (87 mỏ), Quảng Ninh (76 mỏ) và Bình Định (71 mỏ).

Nhiều công trình ở vùng không có nguồn đá phải vận chuyển vật liệu với cự ly từ 150 đến 300 km, làm chi phí tăng thêm 120.000-180.000 đồng/m³. Giá đá 1x2 bình quân tại mỏ hiện dao động từ 230.000 đến 280.000 đồng/m³, tăng 8-10% so với cùng kỳ.

Trong quý I/2024, Bộ đã tổ chức 3 đoàn kiểm tra tại 12 tỉnh, thành phố; kiểm tra 64 mỏ, trong đó 19 mỏ chưa lắp đặt trạm cân, 11 mỏ khai thác vượt độ sâu thiết kế.

Dự báo năm 2025, nhu cầu đá xây dựng cả nước khoảng 560 triệu m³, đến năm 2030 khoảng 710 triệu m³. Bộ Xây dựng đặt mục tiêu đến năm 2030 tỷ lệ cát nghiền thay thế cát tự nhiên đạt 50%, tỷ lệ mỏ đá áp dụng công nghệ khai thác cắt tầng đạt ít nhất 80%.

Địa chỉ: 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("cần khoảng 560 triệu m³", "560", 560e6, "measure", "m³", "nhu cầu đá xây dựng", Y25,
        approx="about", status="forecast"),
    fig("khoảng 486 triệu m³", "486", 486e6, "measure", "m³", "đá xây dựng tiêu thụ",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about",
        change=chg("decrease", 4.7, baseline="năm 2022")),
    fig("1.352 mỏ", "1.352", 1352, "count", "mỏ", "mỏ đá xây dựng được cấp phép"),
    fig("khoảng 620 triệu m³/năm", "620", 620e6, "measure", "m³/năm", "tổng công suất thiết kế",
        approx="about"),
    fig("412 mỏ", "412", 412, "count", "mỏ", "mỏ có công suất dưới 100.000 m³/năm", total=1352),
    fig("dưới 100.000 m³/năm", "100.000", 100000, "measure", "m³/năm", approx="under", optional=True),
    fig("Thanh Hóa (142 mỏ)", "142", 142, "count", "mỏ", "mỏ đá", location="Thanh Hóa"),
    fig("Hòa Bình (98 mỏ)", "98", 98, "count", "mỏ", "mỏ đá", location="Hòa Bình"),
    fig("Ninh Bình (87 mỏ)", "87", 87, "count", "mỏ", "mỏ đá", location="Ninh Bình"),
    fig("Quảng Ninh (76 mỏ)", "76", 76, "count", "mỏ", "mỏ đá", location="Quảng Ninh"),
    fig("Bình Định (71 mỏ)", "71", 71, "count", "mỏ", "mỏ đá", location="Bình Định"),
    fig("từ 150 đến 300 km", "150", 150, "measure", "km", "cự ly vận chuyển vật liệu", value_max=300),
    fig("120.000-180.000 đồng/m³", "120.000", 120000, "money", "đồng/m³", "chi phí tăng thêm",
        value_max=180000),
    fig("từ 230.000 đến 280.000 đồng/m³", "230.000", 230000, "money", "đồng/m³",
        "giá đá 1x2 bình quân tại mỏ", value_max=280000, change=chg("increase", 8, baseline="cùng kỳ")),
    fig("3 đoàn kiểm tra", "3", 3, "count", "đoàn kiểm tra", "đoàn kiểm tra của Bộ", Q1),
    fig("12 tỉnh, thành phố", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được kiểm tra", Q1),
    fig("kiểm tra 64 mỏ", "64", 64, "count", "mỏ", "mỏ được kiểm tra", Q1),
    fig("19 mỏ chưa", "19", 19, "count", "mỏ", "mỏ chưa lắp đặt trạm cân", Q1, total=64),
    fig("11 mỏ khai thác", "11", 11, "count", "mỏ", "mỏ khai thác vượt độ sâu thiết kế", Q1, total=64),
    fig("cả nước khoảng 560 triệu m³", "560", 560e6, "measure", "m³", "nhu cầu đá xây dựng", Y25,
        approx="about", status="forecast"),
    fig("khoảng 710 triệu m³", "710", 710e6, "measure", "m³", "nhu cầu đá xây dựng", TO30,
        approx="about", status="forecast"),
    fig("đạt 50%", "50", 50, "percent", "%", "tỷ lệ cát nghiền thay thế cát tự nhiên", TO30, status="target"),
    fig("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ mỏ đá áp dụng công nghệ khai thác cắt tầng", TO30,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Xây dựng), 'Ngày đăng: 22/04/2024 | Lượt xem: 2.065': national stone consumption, mines,",
    "capacity, provinces with most quarries, transport distance and cost, price, Q1/2024 inspections, 2025/2030 forecasts.",
    "Location Việt Nam (a ministry's national figures; '12 tỉnh, thành phố' is a count of provinces); list items take their province.",
    "'trong đó 412 mỏ' follows the capacity figure but counts mines: its whole is 1.352 mỏ. The threshold",
    "'dưới 100.000 m³/năm' is optional. The headline restates the 2025 forecast (forecast by meaning: April 2024 about 2025).",
    "'tăng 8-10%' is the change of the price range (value 8). '1x2' is a stone size grade, not a figure; address/phone not figures.",
]

if __name__ == "__main__":
    emit("p700-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
