"""p1383-6: national newspaper: cashew exports in the first half of 2024, prices, processors, Vinacas forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 5/7/2024, 16:10 (GMT+7)

Xuất khẩu hạt điều nửa đầu năm tăng gần 30%

Nhu cầu từ Mỹ và châu Âu phục hồi giúp kim ngạch xuất khẩu điều 6 tháng đạt hơn 1,9 tỷ USD, cao nhất từ trước đến nay.

Số liệu của Tổng cục Hải quan cho thấy, 6 tháng đầu năm, Việt Nam xuất khẩu 352.000 tấn điều nhân, thu về 1,96 tỷ USD, tăng lần lượt 25,7% và 29,4% so với cùng kỳ năm ngoái. Riêng tháng 6, xuất khẩu đạt 64.500 tấn, trị giá 368 triệu USD. Mỹ vẫn là thị trường lớn nhất, chiếm 27% tổng kim ngạch, tiếp theo là Trung Quốc với 18,5%.

Giá điều nhân W320 xuất khẩu bình quân khoảng 5.600 USD/tấn, tăng 2,1% so với đầu năm. Trong khi đó, giá điều thô nhập khẩu từ Bờ Biển Ngà đã lên 1.450-1.500 USD/tấn, khiến nhiều nhà máy lỗ từ 100 đến 200 USD mỗi tấn nhân.

Ông Nguyễn Đức Thịnh, Phó chủ tịch Hiệp hội Điều Việt Nam (Vinacas), cho biết trong số khoảng 500 doanh nghiệp chế biến điều, hiện chỉ hơn 200 doanh nghiệp duy trì sản xuất ổn định, số còn lại hoạt động cầm chừng. "Nhiều nhà máy ở Bình Phước chỉ chạy 50-60% công suất vì thiếu vốn mua nguyên liệu", ông nói.

Theo Vinacas, nếu giá giữ ổn định, cả năm 2024 xuất khẩu điều có thể đạt 3,9-4 tỷ USD, vượt mục tiêu 3,8 tỷ USD mà hiệp hội đề ra đầu năm. Hiệp hội kiến nghị giảm thuế nhập khẩu điều thô, đồng thời hỗ trợ doanh nghiệp tiếp cận vốn vay ưu đãi để thu mua điều thô trong nước.

Minh Phương
"""

H1_HEAD = per("nửa đầu năm", "2024-01-01", "2024-06-30")
H1_SAPO = per("6 tháng", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
JUN = per("Riêng tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="xuất khẩu hạt điều", period=H1_HEAD),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "USD", approx="over",
        subject="kim ngạch xuất khẩu điều", period=H1_SAPO),
    fig("xuất khẩu 352.000 tấn", "352.000", 352000, "measure", "tấn",
        change=chg("increase", 25.7, "%", "cùng kỳ năm ngoái"), subject="điều nhân xuất khẩu", period=H1),
    fig("thu về 1,96 tỷ", "1,96", 1.96e9, "money", "USD",
        change=chg("increase", 29.4, "%", "cùng kỳ năm ngoái"), subject="kim ngạch xuất khẩu điều nhân", period=H1),
    fig("đạt 64.500 tấn", "64.500", 64500, "measure", "tấn", subject="xuất khẩu điều", period=JUN),
    fig("trị giá 368 triệu", "368", 368e6, "money", "USD", subject="trị giá xuất khẩu điều", period=JUN),
    fig("chiếm 27%", "27", 27, "percent", "%", subject="thị trường Mỹ trong tổng kim ngạch",
        period=inh(H1)),
    fig("với 18,5%", "18,5", 18.5, "percent", "%", subject="thị trường Trung Quốc trong tổng kim ngạch",
        period=inh(H1)),
    fig("khoảng 5.600 USD/tấn", "5.600", 5600, "money", "USD/tấn", approx="about",
        change=chg("increase", 2.1, "%", "đầu năm"), subject="giá điều nhân W320 xuất khẩu bình quân"),
    fig("lên 1.450-1.500", "1.450", 1450, "money", "USD/tấn", value_max=1500,
        subject="giá điều thô nhập khẩu từ Bờ Biển Ngà"),
    fig("từ 100 đến 200", "100", 100, "money", "USD/tấn", value_max=200,
        subject="mức lỗ mỗi tấn nhân của nhiều nhà máy"),
    fig("khoảng 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp chế biến điều"),
    fig("hơn 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp", approx="over", total=500,
        subject="doanh nghiệp duy trì sản xuất ổn định"),
    fig("chạy 50-60%", "50", 50, "percent", "%", value_max=60,
        subject="công suất nhiều nhà máy chạy", location="Bình Phước"),
    fig("đạt 3,9-4 tỷ", "3,9", 3.9e9, "money", "USD", value_max=4e9, status="forecast",
        target=tgt(3.8e9, "USD", met=True), subject="xuất khẩu điều", period=Y24),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 5/7/2024, 16:10 (GMT+7)' (published), headline figure, sapo, quote, byline at the end. Location Việt Nam.",
    "Distractors: 16:10, '(GMT+7)', 'điều nhân W320' (a grade name); 'cùng kỳ năm ngoái', 'đầu năm' are baselines.",
    "Headline 'nửa đầu năm tăng gần 30%' is a growth rate as the claim: percent, nearly, no change; year from the dateline.",
    "'352.000 tấn ..., 1,96 tỷ USD, tăng lần lượt 25,7% và 29,4%': 'lần lượt' pairs each change with its figure in order.",
    "'Riêng tháng 6' → June 2024. Market shares 'chiếm 27%', 'với 18,5%' have no base amount: percent figures; Mỹ/Trung Quốc are partners (location Việt Nam).",
    "'lỗ từ 100 đến 200 USD mỗi tấn nhân' → rate USD/tấn; standing prices ('hiện', 'đã lên') get no period.",
    "'trong số khoảng 500 doanh nghiệp ..., hiện chỉ hơn 200 doanh nghiệp' → total 500 (spec: 'trong số N').",
    "'Nhiều nhà máy ở Bình Phước chỉ chạy 50-60% công suất' (a quote) → location Bình Phước; a percent range.",
    "'có thể đạt 3,9-4 tỷ USD, vượt mục tiêu 3,8 tỷ USD' → forecast, range, target 3,8 tỷ met.",
]

if __name__ == "__main__":
    write("p1383-6", TEXT, NOTES, FIGS, published="2024-07-05", location="Việt Nam")
