"""p648-6: national press — handicraft exports first half of 2024 (Vietcraft)."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 18/7/2024, 06:30 (GMT+7)

Xuất khẩu hàng thủ công mỹ nghệ nửa đầu năm tăng gần 20%

Sáu tháng đầu năm, kim ngạch xuất khẩu hàng thủ công mỹ nghệ của Việt Nam đạt 1,25 tỷ USD, tăng 19,6% so với cùng kỳ năm 2023, theo Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam (Vietcraft).

Trong đó, gốm sứ mỹ nghệ đạt 358 triệu USD, tăng 24%; mây tre đan và sản phẩm từ cói đạt 412 triệu USD, tăng 17,2%. Mỹ là thị trường lớn nhất với 38,5% thị phần, tiếp đến là Nhật Bản (14,2%) và EU (12,8%).

Ông Nguyễn Hữu Hòa, Phó chủ tịch Vietcraft, cho biết đơn hàng quý III của nhiều doanh nghiệp đã tăng từ 30 đến 40% so với cùng kỳ. Tuy nhiên, khoảng 60% doanh nghiệp trong ngành vẫn là cơ sở nhỏ, dưới 50 lao động, khó đáp ứng các đơn hàng lớn. Chi phí vận chuyển một container 40 feet sang bờ Đông nước Mỹ hiện ở mức 8.000-9.000 USD, gấp 2 lần đầu năm.

Theo ông Hòa, ngành có khoảng 1.500 doanh nghiệp xuất khẩu, sử dụng hơn 1,3 triệu lao động, trong đó lao động nông thôn chiếm tới 70%.

Vietcraft dự báo cả năm 2024, kim ngạch xuất khẩu của ngành có thể đạt 2,6-2,7 tỷ USD. Hội chợ Lifestyle Vietnam 2024 lần thứ 17 vừa qua thu hút 520 doanh nghiệp với 1.300 gian hàng, đón hơn 4.000 lượt khách quốc tế.

Minh Sơn
"""

H1 = per("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    fig("tăng gần 20%", "20", 20, "percent", "%", approx="nearly",
        subject="Xuất khẩu hàng thủ công mỹ nghệ", period=per("nửa đầu năm", "2024-01-01", "2024-06-30")),
    fig("đạt 1,25", "1,25", 1.25e9, "money", "USD", change=chg("increase", 19.6, baseline="cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=H1),
    fig("358 triệu", "358", 358e6, "money", "USD", total=1.25e9, change=chg("increase", 24),
        subject="kim ngạch xuất khẩu gốm sứ mỹ nghệ", period=inh(H1)),
    fig("412 triệu", "412", 412e6, "money", "USD", total=1.25e9, change=chg("increase", 17.2),
        subject="kim ngạch xuất khẩu mây tre đan và sản phẩm từ cói", period=inh(H1)),
    fig("38,5%", "38,5", 38.5, "percent", "%", subject="thị phần thị trường Mỹ", period=inh(H1)),
    fig("(14,2%)", "14,2", 14.2, "percent", "%", subject="thị phần thị trường Nhật Bản", period=inh(H1)),
    fig("(12,8%)", "12,8", 12.8, "percent", "%", subject="thị phần thị trường EU", period=inh(H1)),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", value_max=40,
        subject="mức tăng đơn hàng quý III của nhiều doanh nghiệp", period=per("quý III", "2024-07-01", "2024-09-30")),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="doanh nghiệp trong ngành là cơ sở nhỏ"),
    fig("dưới 50", "50", 50, "count", "lao động", approx="under", optional=True),
    fig("8.000-9.000", "8.000", 8000, "money", "USD", value_max=9000,
        change=chg("increase", 2, "lần", baseline="đầu năm"),
        subject="chi phí vận chuyển một container 40 feet sang bờ Đông nước Mỹ"),
    fig("khoảng 1.500", "1.500", 1500, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu thủ công mỹ nghệ"),
    fig("hơn 1,3", "1,3", 1.3e6, "count", "lao động", approx="over", subject="lao động ngành thủ công mỹ nghệ"),
    fig("tới 70%", "70", 70, "percent", "%", subject="tỷ lệ lao động nông thôn"),
    fig("2,6-2,7", "2,6", 2.6e9, "money", "USD", value_max=2.7e9, status="forecast",
        subject="kim ngạch xuất khẩu của ngành", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("520 doanh", "520", 520, "count", "doanh nghiệp", subject="doanh nghiệp tham gia Hội chợ Lifestyle Vietnam 2024"),
    fig("1.300 gian", "1.300", 1300, "count", "gian hàng", subject="gian hàng Hội chợ Lifestyle Vietnam 2024"),
    fig("hơn 4.000", "4.000", 4000, "count", "lượt khách quốc tế", approx="over",
        subject="lượt khách quốc tế đến Hội chợ Lifestyle Vietnam 2024"),
]

if __name__ == "__main__":
    write("p648-6", TEXT, FIGS, published="2024-07-18", location="Việt Nam", comments=[
        "National press ('Thứ năm, 18/7/2024, 06:30 (GMT+7)', byline at the end): handicraft exports H1/2024, Vietcraft.",
        "Headline growth 'tăng gần 20%' is a percent figure (no change); 'nửa đầu năm' = first half of 2024 (year from the dateline).",
        "Market shares: trade partners (Mỹ, Nhật Bản, EU) are not places: location Việt Nam, partner kept in the subject.",
        "'tăng từ 30 đến 40% so với cùng kỳ' with no base amount is a percent range figure. 'dưới 50 lao động' is a size threshold: optional.",
        "'gấp 2 lần đầu năm' after the freight cost is its change (lần). '40 feet' is part of the container's name, not a figure.",
        "'chiếm tới 70%' after 'trong đó' follows a count: a percent is its own figure (no total).",
        "Distractors: (GMT+7), 'Lifestyle Vietnam 2024', 'lần thứ 17', '40 feet'.",
    ])
