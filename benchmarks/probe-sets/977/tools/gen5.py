"""p977-5: provincial Party newspaper (Báo Quảng Nam), quail egg farming in huyện Thăng Bình; byline + bare date at the end."""
from lib import F, P, I, C, build

TEXT = """Thăng Bình: Nuôi chim cút lấy trứng cho thu nhập ổn định

Những năm gần đây, nhiều hộ dân ở xã Bình Triều, huyện Thăng Bình mạnh dạn chuyển sang nuôi chim cút lấy trứng. Toàn xã hiện có 27 hộ nuôi với tổng đàn hơn 160.000 con, tăng gấp đôi so với năm 2020.

Gia đình chị Trần Thị Mười ở thôn Tú Phương nuôi 12.000 con chim cút đẻ trong 2 dãy chuồng. Mỗi ngày, đàn cút cho khoảng 9.500 quả trứng. Nhờ chuồng trại thông thoáng, tỷ lệ đẻ của đàn cút luôn duy trì gần 80%. Với giá bán tại trại 450 đồng/quả, sau khi trừ chi phí thức ăn, điện nước, gia đình chị lãi khoảng 250.000 đồng/ngày.

Theo ông Lê Văn Ba, Chủ tịch UBND xã Bình Triều, năm 2023 xã đã phối hợp với Trạm Khuyến nông huyện tổ chức 3 lớp tập huấn kỹ thuật nuôi chim cút cho 95 lượt người; hỗ trợ 30% giá con giống cho 8 hộ nuôi mới theo Đề án 05 của huyện.

Tuy nhiên, từ đầu năm đến nay giá thức ăn hỗn hợp cho chim cút đã qua 3 đợt tăng giá, hiện ở mức 12.800 đồng/kg, cao hơn 1.500 đồng/kg so với cuối năm 2022, trong khi giá trứng lại giảm từ 10-15%. Nhiều hộ phải thu hẹp quy mô đàn để giảm lỗ.

Toàn huyện Thăng Bình hiện có khoảng 410.000 con chim cút, tập trung ở các xã Bình Triều, Bình Giang, Bình Dương. Huyện phấn đấu đến năm 2025 tổng đàn chim cút đạt 500.000 con, hình thành ít nhất 2 tổ hợp tác liên kết tiêu thụ trứng. Ông Phan Văn Hai, Trưởng phòng NN&PTNT huyện cho biết, dự kiến trong năm 2024, các hộ nuôi sẽ được vay vốn ưu đãi tối đa 100 triệu đồng/hộ để cải tạo chuồng trại.

HOÀNG LIÊN
18/11/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-11-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 27 hộ nuôi", "27", 27, "count", "hộ", "hộ nuôi chim cút toàn xã"),
    F("hơn 160.000 con", "160.000", 160_000, "count", "con", "tổng đàn chim cút toàn xã", approx="over",
      change=C("increase", 2, "lần", baseline="năm 2020")),
    F("nuôi 12.000 con", "12.000", 12_000, "count", "con", "chim cút đẻ của gia đình chị Mười"),
    F("trong 2 dãy chuồng", "2", 2, "count", "dãy chuồng", "dãy chuồng", optional=True),
    F("khoảng 9.500 quả trứng", "9.500", 9500, "measure", "quả trứng/ngày", "trứng đàn cút cho mỗi ngày",
      approx="about"),
    F("gần 80%", "80", 80, "percent", "%", "tỷ lệ đẻ của đàn cút", approx="nearly"),
    F("450 đồng/quả", "450", 450, "money", "đồng/quả", "giá bán trứng tại trại"),
    F("khoảng 250.000 đồng/ngày", "250.000", 250_000, "money", "đồng/ngày", "lãi của gia đình chị Mười",
      approx="about"),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn kỹ thuật nuôi chim cút", period=Y23),
    F("cho 95 lượt người", "95", 95, "count", "lượt người", "lượt người được tập huấn", period=Y23),
    F("hỗ trợ 30% giá con giống", "30", 30, "percent", "%", "mức hỗ trợ giá con giống", period=Y23),
    F("cho 8 hộ", "8", 8, "count", "hộ", "hộ nuôi mới được hỗ trợ giá con giống", period=Y23),
    F("qua 3 đợt", "3", 3, "count", "đợt", "đợt tăng giá thức ăn hỗn hợp", period=YTD, optional=True),
    F("mức 12.800 đồng/kg", "12.800", 12_800, "money", "đồng/kg", "giá thức ăn hỗn hợp cho chim cút",
      change=C("increase", 1500, "đồng/kg", baseline="cuối năm 2022")),
    F("giảm từ 10-15%", "10", 10, "percent", "%", "mức giảm giá trứng", value_max=15, period=YTD),
    F("khoảng 410.000 con", "410.000", 410_000, "count", "con", "đàn chim cút toàn huyện", approx="about"),
    F("đạt 500.000 con", "500.000", 500_000, "count", "con", "tổng đàn chim cút", status="target", period=T25),
    F("ít nhất 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác liên kết tiêu thụ trứng",
      approx="at_least", status="target", period=T25),
    F("tối đa 100 triệu đồng/hộ", "100", 100_000_000, "money", "đồng/hộ", "vốn vay ưu đãi cho hộ nuôi",
      approx="at_most", status="forecast", period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Báo Quảng Nam: quail egg farming in xã Bình Triều, huyện Thăng Bình; byline HOÀNG LIÊN and bare date 18/11/2023 at the end (invented).",
    "Location = the district Thăng Bình (the commune lies in it; 'xã Bình Dương' is a commune of Thăng Bình, not the province).",
    "Not figures: names Trần Thị Mười, Lê Văn Ba, Phan Văn Hai; Đề án 05; 'năm 2020' and 'cuối năm 2022' (baselines);",
    "'tăng gấp đôi so với năm 2020' after 160.000 con = change x2 (lần).",
    "'2 dãy chuồng' (an example's specification) and '3 đợt tăng giá' (count of occasions) are optional.",
    "'giảm từ 10-15%' has no base amount: a percent figure (range) without change. 12.800 is a present price ('hiện'): no period.",
    "'dự kiến trong năm 2024 ... tối đa 100 triệu đồng/hộ' -> forecast, at_most.",
]

build(5, TEXT, FIGS, COMMENTS, published="2023-11-18", location="Thăng Bình")
