"""p1509-6: national newspaper: gift towels before Tết 2024 at chợ Ninh Hiệp (Gia Lâm, Hà Nội); a Hưng Yên maker."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 20/1/2024, 07:30 (GMT+7)

Khăn bông quà Tết hút khách, giá tăng nhẹ

Nhu cầu khăn bông làm quà biếu, quà tặng doanh nghiệp dịp Tết Giáp Thìn tăng mạnh, nhiều xưởng dệt phải làm thêm ca để kịp giao hàng.

Tại chợ Ninh Hiệp (huyện Gia Lâm, Hà Nội), các cửa hàng bán buôn khăn cho biết lượng hàng bán ra từ đầu tháng 1 tăng 20-30% so với tháng trước. Chị Nguyễn Thu Hà, chủ một sạp khăn, cho biết mỗi ngày bán khoảng 300 bộ khăn quà Tết, giá từ 150.000 đến 250.000 đồng/bộ, tăng khoảng 10.000 đồng so với Tết năm ngoái.

Tại đây, khăn mặt cotton loại thường có giá 10.000-12.000 đồng/chiếc, loại pha sợi tổng hợp dưới 8.000 đồng/chiếc; khăn tắm sợi tre mẫu K68 khoảng 95.000 đồng/chiếc. Theo các tiểu thương, chi phí sợi bông nhập khẩu tăng khoảng 7% khiến giá bán nhích lên.

Ông Lê Minh Tuấn, Giám đốc Công ty CP Khăn bông Việt Hưng (Hưng Yên), cho biết trong tháng 12/2023 công ty xuất xưởng 2,5 triệu chiếc khăn, gấp đôi tháng bình thường. Tổng giá trị đơn hàng quà tặng Tết của công ty đạt khoảng 18 tỷ đồng, chiếm gần 40% doanh thu quý IV/2023. "Có thời điểm chúng tôi chạy cả ba ca, 24/24 giờ", ông Tuấn nói.

Năm 2023, Cục Quản lý thị trường TP Hà Nội phát hiện, thu giữ hơn 12.000 chiếc khăn không rõ nguồn gốc, xử phạt 186 triệu đồng. Cơ quan chức năng khuyến cáo người tiêu dùng chọn khăn có nhãn mác rõ ràng, giặt trước khi dùng và thay khăn mặt 3-4 tháng một lần.

Minh Anh
"""

JAN = per("từ đầu tháng 1", "2024-01-01", "2024-01-20")
D12 = per("tháng 12/2023", "2023-12-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GL, HY = "Gia Lâm", "Hưng Yên"

FIGS = [
    fig("tăng 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="lượng hàng bán ra của các cửa hàng bán buôn khăn", period=JAN, location=GL),
    fig("khoảng 300 bộ", "300", 300, "measure", "bộ/ngày", approx="about",
        subject="bộ khăn quà Tết bán mỗi ngày", location=GL),
    fig("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/bộ", value_max=250000,
        change=chg("increase", 10000, "đồng", "Tết năm ngoái", approx="about"),
        subject="giá bộ khăn quà Tết", location=GL),
    fig("giá 10.000-12.000", "10.000", 10000, "money", "đồng/chiếc", value_max=12000,
        subject="giá khăn mặt cotton loại thường", location=GL),
    fig("dưới 8.000", "8.000", 8000, "money", "đồng/chiếc", approx="under",
        subject="giá khăn mặt loại pha sợi tổng hợp", location=GL),
    fig("khoảng 95.000", "95.000", 95000, "money", "đồng/chiếc", approx="about",
        subject="giá khăn tắm sợi tre", location=GL),
    fig("tăng khoảng 7%", "7", 7, "percent", "%", approx="about",
        subject="chi phí sợi bông nhập khẩu", location=GL),
    fig("xưởng 2,5 triệu", "2,5", 2.5e6, "count", "chiếc",
        change=chg("increase", 2, "lần", "tháng bình thường"),
        subject="khăn công ty xuất xưởng", period=D12, location=HY),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", percent=40,
        subject="tổng giá trị đơn hàng quà tặng Tết của công ty", period=Q4, location=HY),
    fig("cả ba ca", "ba", 3, "count", "ca", subject="ca sản xuất", location=HY, optional=True),
    fig("24/24 giờ", "24", 24, "measure", "giờ", total=24, location=HY, optional=True),
    fig("hơn 12.000 chiếc", "12.000", 12000, "count", "chiếc", approx="over",
        subject="khăn không rõ nguồn gốc bị phát hiện, thu giữ", period=Y23),
    fig("phạt 186 triệu", "186", 186e6, "money", "đồng", subject="tiền xử phạt", period=Y23),
    fig("3-4 tháng", "3", 3, "measure", "tháng", value_max=4, subject="thời gian thay khăn mặt",
        optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 20/1/2024, 07:30 (GMT+7)' (published; 20/1/2024 is a Saturday), sapo, byline at the end.",
    "Distractors: 07:30, (GMT+7), 'Tết Giáp Thìn', 'mẫu K68' (product name), 'tháng 1' inside a period phrase.",
    "Places: chợ Ninh Hiệp paragraphs (incl. 'Tại đây' prices) → Gia Lâm; the Việt Hưng company → Hưng Yên; the rest Hà Nội (default).",
    "'tăng 20-30% so với tháng trước' is a growth rate as the claim: percent range, no change; 'từ đầu tháng 1' → 2024-01-01..dateline.",
    "'mỗi ngày bán khoảng 300 bộ' is a rate (bộ/ngày). 'tăng khoảng 10.000 đồng so với Tết năm ngoái' is the price's change in đồng.",
    "'gấp đôi tháng bình thường' after 2,5 triệu chiếc is its change (increase, 2 lần), as 'gấp ba lần năm 2020' in earlier sets.",
    "'chiếm gần 40% doanh thu quý IV/2023' is the percent of 18 tỷ; the period of that sentence is quý IV/2023.",
    "Optional: 'cả ba ca' (a count of shifts inside a quote), '24/24 giờ' (an idiom for round the clock),",
    "'3-4 tháng một lần' (advice on how often, not a fact about the world).",
    "'tăng khoảng 7%' (import yarn cost) stands in the 'Tại đây' paragraph as the traders' claim: Gia Lâm (borderline).",
]

if __name__ == "__main__":
    write("p1509-6", TEXT, NOTES, FIGS, published="2024-01-20", location="Hà Nội")
