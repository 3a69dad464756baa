"""p1332-4: ministry site (Bộ Công Thương): retail electricity price adjustment, tariff tiers, national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Năng lượng

Giá bán lẻ điện bình quân tăng 3,5% từ ngày 20/10/2025

20/10/2025 | 16:45 | Cục Điện lực

Tập đoàn Điện lực Việt Nam (EVN) vừa ban hành Quyết định số 1279/QĐ-EVN điều chỉnh giá bán lẻ điện. Theo đó, từ ngày 20/10/2025, giá bán lẻ điện bình quân là 2.281,21 đồng/kWh (chưa gồm thuế GTGT), tăng 3,5% so với mức giá hiện hành 2.204,07 đồng/kWh.

Với mức giá mới, giá điện sinh hoạt bậc thấp nhất là 2.053 đồng/kWh, bậc cao nhất là 3.581 đồng/kWh. Theo tính toán của EVN, với hộ sử dụng 200 kWh/tháng, tiền điện tăng thêm khoảng 15.400 đồng/tháng; với hộ sử dụng 500 kWh/tháng, tiền điện tăng thêm khoảng 49.700 đồng/tháng.

Biểu giá bán lẻ điện sinh hoạt hiện có 6 bậc. Bộ Công Thương đang lấy ý kiến dự thảo, theo đó số bậc dự kiến rút xuống còn 5 bậc, giá bậc cao nhất không vượt quá 1,5 lần giá bán lẻ điện bình quân.

Năm 2024, sản lượng điện thương phẩm toàn quốc đạt 260,3 tỷ kWh, tăng 10,7% so với năm 2023; trong đó điện cho quản lý và tiêu dùng dân cư chiếm khoảng 29%. Cả nước hiện có hơn 31 triệu khách hàng sử dụng điện, trong đó khoảng 28,6 triệu khách hàng sinh hoạt.

Theo Cục Điện lực, giá thành sản xuất kinh doanh điện năm 2024 là 2.153,91 đồng/kWh, cao hơn giá bán điện bình quân khoảng 65 đồng/kWh. Bộ Công Thương sẽ tiếp tục giám sát việc điều chỉnh giá điện theo Nghị định số 72/2025/NĐ-CP.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác năm 2025 của ngành điện
- Hướng dẫn thực hiện Chỉ thị số 20/CT-TTg về tiết kiệm điện

BỘ CÔNG THƯƠNG
Trụ sở: Số 23 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng 3,5% từ", "3,5", 3.5, "percent", "%", subject="giá bán lẻ điện bình quân"),
    fig("là 2.281,21 đồng", "2.281,21", 2281.21, "money", "đồng/kWh",
        change=chg("increase", 3.5, "%", "mức giá hiện hành"), subject="giá bán lẻ điện bình quân"),
    fig("hiện hành 2.204,07 đồng", "2.204,07", 2204.07, "money", "đồng/kWh",
        subject="mức giá bán lẻ điện bình quân hiện hành"),
    fig("là 2.053 đồng", "2.053", 2053, "money", "đồng/kWh", subject="giá điện sinh hoạt bậc thấp nhất"),
    fig("là 3.581 đồng", "3.581", 3581, "money", "đồng/kWh", subject="giá điện sinh hoạt bậc cao nhất"),
    fig("sử dụng 200 kWh", "200", 200, "measure", "kWh/tháng", optional=True,
        subject="mức sử dụng điện của hộ"),
    fig("khoảng 15.400 đồng", "15.400", 15400, "money", "đồng/tháng", approx="about",
        subject="tiền điện tăng thêm của hộ sử dụng 200 kWh/tháng"),
    fig("sử dụng 500 kWh", "500", 500, "measure", "kWh/tháng", optional=True,
        subject="mức sử dụng điện của hộ"),
    fig("khoảng 49.700 đồng", "49.700", 49700, "money", "đồng/tháng", approx="about",
        subject="tiền điện tăng thêm của hộ sử dụng 500 kWh/tháng"),
    fig("có 6 bậc", "6", 6, "count", "bậc", subject="bậc của biểu giá bán lẻ điện sinh hoạt"),
    fig("còn 5 bậc", "5", 5, "count", "bậc", status="forecast", subject="số bậc của biểu giá theo dự thảo"),
    fig("quá 1,5 lần", "1,5", 1.5, "multiple", "lần", approx="at_most", status="forecast",
        subject="giá bậc cao nhất so với giá bán lẻ điện bình quân"),
    fig("đạt 260,3 tỷ", "260,3", 260.3e9, "measure", "kWh", change=chg("increase", 10.7, "%", "năm 2023"),
        subject="sản lượng điện thương phẩm toàn quốc", period=Y24),
    fig("khoảng 29%", "29", 29, "percent", "%", approx="about",
        subject="tỷ trọng điện cho quản lý và tiêu dùng dân cư", period=Y24),
    fig("hơn 31 triệu", "31", 31e6, "count", "khách hàng", approx="over", subject="khách hàng sử dụng điện"),
    fig("khoảng 28,6 triệu", "28,6", 28.6e6, "count", "khách hàng", approx="about", total=31e6,
        subject="khách hàng sinh hoạt"),
    fig("là 2.153,91 đồng", "2.153,91", 2153.91, "money", "đồng/kWh",
        change=chg("increase", 65, "đồng/kWh", "giá bán điện bình quân", approx="about"),
        subject="giá thành sản xuất kinh doanh điện", period=Y24b),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '20/10/2025 | 16:45 | Cục Điện lực' under the headline, address footer. National: location Việt Nam.",
    "Distractors: Quyết định số 1279/QĐ-EVN, Nghị định số 72/2025/NĐ-CP, Chỉ thị số 20/CT-TTg, effective date 'từ ngày 20/10/2025',",
    "16:45, 'Số 23 Ngô Quyền', phone 024.22202222, 'năm 2025' in a related link.",
    "Prices effective from a date carry no period (an effective date is not a period of the figure). Headline 'tăng 3,5%' is a rate as the claim.",
    "2.281,21 takes change 3,5% (baseline 'mức giá hiện hành'); the old price 2.204,07 is a figure of its own, like a bracketed baseline amount.",
    "The consumption levels '200 kWh/tháng', '500 kWh/tháng' are hypothetical conditions of a calculation: optional.",
    "'tiền điện tăng thêm khoảng 15.400 đồng/tháng' is an increment stated as the claim (money, about), no change object.",
    "'hiện có 6 bậc' is the tariff's structure; 'dự kiến rút xuống còn 5 bậc' → forecast; 'không vượt quá 1,5 lần ...' continues the",
    "'dự kiến' clause → forecast, at_most, kind multiple (standing alone as the claim).",
    "'trong đó điện cho quản lý và tiêu dùng dân cư chiếm khoảng 29%' is a percent figure of its own (period năm 2024, same sentence).",
    "'khoảng 28,6 triệu' after 'trong đó' takes total 31 triệu. 'cao hơn giá bán điện bình quân khoảng 65 đồng/kWh' is the change of 2.153,91.",
]

if __name__ == "__main__":
    write("p1332-4", TEXT, NOTES, FIGS, published="2025-10-20", location="Việt Nam")
