"""p1552-6: national newspaper: a paper-straw exporter in huyện Long Thành (Đồng Nai); national and global context."""
from lib import F, P, inh, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ hai, 14/10/2024, 06:00 (GMT+7)

Ống hút giấy Việt vào siêu thị châu Âu

Khởi đầu từ hai dây chuyền thuê lại năm 2019, Lá Xanh Eco nay là một trong những nhà xuất khẩu ống hút giấy lớn của Việt Nam, doanh thu năm nay dự kiến hơn 11 triệu USD.

Nhà máy của Công ty cổ phần Lá Xanh Eco rộng 3 ha bên Quốc lộ 51, huyện Long Thành (Đồng Nai). Mỗi tháng, nhà máy xuất đi khoảng 40 container ống hút giấy, tương đương 150 triệu ống, chủ yếu sang EU và Hoa Kỳ.

Ông Trần Quốc Huy, Tổng giám đốc, cho biết 8 tháng đầu năm nay, doanh thu đạt 7,3 triệu USD, tăng gần 35% so với cùng kỳ, trong đó thị trường EU chiếm hơn 60%. Nhà máy có 16 dây chuyền, công suất thiết kế 2,2 tỷ ống hút/năm, sử dụng 520 lao động, trong đó hơn 200 người là lao động địa phương.

Theo ông Huy, giá một chiếc ống hút giấy xuất khẩu chỉ khoảng 60-80 đồng, trong khi chi phí giấy nguyên liệu chiếm tới 55% giá thành. "Khách châu Âu yêu cầu giấy có chứng nhận FSC, keo đạt chuẩn thực phẩm, ống ngâm nước 3 giờ không mềm", ông nói.

Theo Hiệp hội Giấy và Bột giấy Việt Nam (VPPA), cả nước hiện có khoảng 60 doanh nghiệp sản xuất ống hút giấy, nhưng chưa đến 10 đơn vị đạt đồng thời chứng nhận FSC và BRC. Nhu cầu ống hút giấy toàn cầu được dự báo tăng bình quân 12-14% mỗi năm đến năm 2030.

Năm 2025, công ty đặt mục tiêu doanh thu 14 triệu USD và lắp thêm 4 dây chuyền, ông Huy cho biết.

Hoàng Nam
"""

Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
M8 = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"

FIGS = [
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền thuê lại", period=Y19),
    F("hơn 11 triệu", "11", 11e6, "money", "USD", approx="over", status="forecast",
      subject="doanh thu", period=NAY),
    F("rộng 3 ha", "3", 3, "measure", "ha", subject="diện tích nhà máy"),
    F("khoảng 40 container", "40", 40, "measure", "container/tháng", approx="about",
      subject="ống hút giấy nhà máy xuất đi"),
    F("150 triệu ống", "150", 150e6, "measure", "ống/tháng", subject="ống hút giấy nhà máy xuất đi"),
    F("đạt 7,3 triệu", "7,3", 7.3e6, "money", "USD",
      change=C("increase", 35, "%", "cùng kỳ", approx="nearly"), subject="doanh thu", period=M8),
    F("hơn 60%", "60", 60, "percent", "%", approx="over", subject="thị trường EU trong doanh thu", period=M8),
    F("có 16 dây chuyền", "16", 16, "count", "dây chuyền", subject="dây chuyền của nhà máy"),
    F("2,2 tỷ", "2,2", 2.2e9, "measure", "ống hút/năm", subject="công suất thiết kế"),
    F("520 lao động", "520", 520, "count", "lao động", subject="lao động nhà máy sử dụng"),
    F("hơn 200 người", "200", 200, "count", "người", approx="over", total=520, subject="lao động địa phương"),
    F("khoảng 60-80", "60", 60, "money", "đồng/chiếc", approx="about", value_max=80,
      subject="giá một chiếc ống hút giấy xuất khẩu"),
    F("tới 55%", "55", 55, "percent", "%", subject="chi phí giấy nguyên liệu trong giá thành"),
    F("3 giờ", "3", 3, "measure", "giờ", optional=True),
    F("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất ống hút giấy", location=VN),
    F("chưa đến 10", "10", 10, "count", "đơn vị", approx="under",
      subject="đơn vị đạt đồng thời chứng nhận FSC và BRC", location=VN),
    F("12-14%", "12", 12, "percent", "%", value_max=14, status="forecast",
      subject="nhu cầu ống hút giấy toàn cầu", period=TO30, location=""),
    F("doanh thu 14 triệu", "14", 14e6, "money", "USD", status="target", subject="doanh thu", period=Y25),
    F("thêm 4 dây chuyền", "4", 4, "count", "dây chuyền", status="target", subject="dây chuyền lắp thêm",
      period=Y25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 14/10/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'Quốc lộ 51', 'một trong những', baseline 'cùng kỳ', 'FSC', 'BRC'.",
    "Company figures are located in huyện Long Thành (default). VPPA's national counts are Việt Nam; the global demand growth",
    "has no Vietnamese place (location \"\" = null). 'năm nay' / '8 tháng đầu năm nay' take 2024 from the dateline.",
    "'khoảng 40 container ..., tương đương 150 triệu ống' per month: both are figures (tương đương before an amount is no share).",
    "'trong đó thị trường EU chiếm hơn 60%', 'chi phí giấy nguyên liệu chiếm tới 55% giá thành' are percent figures of their own.",
    "'hai dây chuyền thuê lại năm 2019' gets the year 2019. 'ống ngâm nước 3 giờ' is a product requirement (optional).",
    "'đặt mục tiêu' governs both clauses of the 2025 sentence (target).",
]

if __name__ == "__main__":
    write("p1552-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Long Thành")
