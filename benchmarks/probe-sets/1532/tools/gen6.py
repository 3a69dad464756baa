"""p1532-6: national newspaper: gốm đỏ Mang Thít (Vĩnh Long) clay pots exported, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Chủ nhật, 17/11/2024, 08:05 (GMT+7)

Nồi đất, chậu gốm đỏ Vĩnh Long theo container sang châu Âu

Các lò gốm đỏ ở Mang Thít làm không kịp đơn hàng cuối năm, kim ngạch 10 tháng ước đạt hơn 19 triệu USD.

Theo UBND huyện Mang Thít, 10 tháng đầu năm nay, các doanh nghiệp, cơ sở gốm đỏ trên địa bàn xuất khẩu 1.450 container sản phẩm, kim ngạch ước đạt 19,2 triệu USD, tăng gần 20% so với cùng kỳ năm 2023. Nồi đất, chậu trồng cây và đồ trang trí sân vườn chiếm khoảng 85% giá trị xuất khẩu.

Công ty TNHH Gốm Phước Hậu Xanh ở xã An Phước hiện xuất mỗi tháng 25-30 container nồi đất, chậu trồng cây sang Hà Lan, Đức và Australia. "Mỗi chiếc nồi đất xuất khẩu có giá 6-8 USD, gấp đôi giá bán trong nước. Đơn hàng đã kín đến hết quý I/2025", ông Trần Văn Lực, giám đốc công ty, nói. Công ty có 210 lao động, lương bình quân 7,5 triệu đồng/người/tháng.

Toàn tỉnh Vĩnh Long có 52 doanh nghiệp và hơn 300 hộ sản xuất gốm đỏ. Năm 2023, xuất khẩu gốm của tỉnh đạt 24 triệu USD, chiếm khoảng 2% kim ngạch xuất khẩu của tỉnh, đứng thứ 4 trong các nhóm hàng xuất khẩu chủ lực.

Tuy nhiên, giá trấu, củi dùng đốt lò đã tăng khoảng 15% so với đầu năm, trong khi giá bán chỉ nhích 3-5%. Ở Mang Thít, chưa đến 10% số lò đã chuyển sang nung bằng gas. Sở Công Thương dự báo năm 2025 xuất khẩu gốm đỏ của tỉnh có thể đạt 30 triệu USD nếu các lò đáp ứng yêu cầu môi trường của thị trường châu Âu.

Ngọc Tài
"""

M10H = per("10 tháng", "2024-01-01", "2024-10-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
MT = "Mang Thít"

FIGS = [
    fig("ước đạt hơn 19 triệu", "19", 19e6, "money", "USD", approx="over", status="estimate",
        subject="kim ngạch xuất khẩu gốm đỏ", period=M10H, location=MT),
    fig("xuất khẩu 1.450 container", "1.450", 1450, "count", "container",
        subject="container sản phẩm gốm đỏ xuất khẩu", period=M10, location=MT),
    fig("ước đạt 19,2 triệu", "19,2", 19.2e6, "money", "USD", status="estimate",
        change=chg("increase", 20, "%", "cùng kỳ năm 2023", approx="nearly"),
        subject="kim ngạch xuất khẩu gốm đỏ", period=M10, location=MT),
    fig("chiếm khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ trọng nồi đất, chậu trồng cây và đồ trang trí sân vườn trong giá trị xuất khẩu",
        period=inh(M10), location=MT),
    fig("mỗi tháng 25-30", "25", 25, "measure", "container/tháng", value_max=30,
        subject="container nồi đất, chậu trồng cây Công ty TNHH Gốm Phước Hậu Xanh xuất", location=MT),
    fig("giá 6-8 USD", "6", 6, "money", "USD/chiếc", value_max=8,
        change=chg("increase", 2, "lần", "giá bán trong nước"),
        subject="giá nồi đất xuất khẩu", location=MT),
    fig("có 210 lao động", "210", 210, "count", "lao động", subject="lao động của công ty", location=MT),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="lương bình quân lao động công ty", location=MT),
    fig("có 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất gốm đỏ"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", subject="hộ sản xuất gốm đỏ"),
    fig("đạt 24 triệu", "24", 24e6, "money", "USD", percent=2,
        subject="xuất khẩu gốm của tỉnh", period=Y23),
    fig("đứng thứ 4", "4", 4, "rank", "hạng",
        subject="xuất khẩu gốm trong các nhóm hàng xuất khẩu chủ lực", period=Y23),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about", subject="giá trấu, củi dùng đốt lò"),
    fig("nhích 3-5%", "3", 3, "percent", "%", value_max=5, subject="giá bán"),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="số lò đã chuyển sang nung bằng gas", location=MT),
    fig("đạt 30 triệu", "30", 30e6, "money", "USD", status="forecast",
        subject="xuất khẩu gốm đỏ của tỉnh", period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Chủ nhật, 17/11/2024, 08:05 (GMT+7)', headline, sapo, quote, byline 'Ngọc Tài' at the end.",
    "Distractors: 08:05, '(GMT+7)', 'quý I/2025' (a date in a quote), 'cùng kỳ năm 2023', 'đầu năm'. Hà Lan, Đức, Australia are trade partners, not places.",
    "Location: the Mang Thít passages (huyện figures, the company in xã An Phước, 'Ở Mang Thít') → Mang Thít; the province paragraph and the",
    "cost/price/forecast sentences about 'tỉnh' → Vĩnh Long (the default; 'giá trấu, củi' follows the province paragraph).",
    "Sapo '10 tháng ước đạt hơn 19 triệu USD' is its own figure (estimate); '10 tháng đầu năm nay' takes 2024 from the dateline.",
    "'tăng gần 20% so với cùng kỳ năm 2023' → change with approx nearly; 'gấp đôi giá bán trong nước' → change ×2 (lần) of the 6-8 USD price.",
    "'chiếm khoảng 2% kim ngạch' → percent of 24 triệu USD; 'đứng thứ 4' continues that clause (rank, năm 2023). Growth of costs/prices are percent figures.",
    "'dự báo năm 2025 … có thể đạt 30 triệu USD' → forecast.",
]

if __name__ == "__main__":
    write("p1532-6", TEXT, NOTES, FIGS, published="2024-11-17", location="Vĩnh Long")
