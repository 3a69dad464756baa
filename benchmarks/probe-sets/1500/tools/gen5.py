"""p1500-5: national newspaper: Vietnam's mat and rug exports, 10 months 2024; markets list, a Bình Dương maker, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 12/11/2024, 09:20 (GMT+7)

Xuất khẩu thảm lau chân, thảm trải sàn tăng mạnh

Kim ngạch xuất khẩu thảm các loại 10 tháng qua ước đạt 436 triệu USD, tăng 18,5% so với cùng kỳ năm ngoái, nhờ đơn hàng từ Mỹ phục hồi.

Theo số liệu của Tổng cục Hải quan, riêng tháng 10, xuất khẩu thảm đạt 46,2 triệu USD, tăng 4,1% so với tháng trước. Mỹ tiếp tục là thị trường lớn nhất với 192 triệu USD, chiếm 44% tổng kim ngạch; tiếp đến là Nhật Bản 62 triệu USD, Hàn Quốc 38 triệu USD và Australia 21 triệu USD.

Theo Hiệp hội Dệt may Việt Nam, cả nước có khoảng 280 doanh nghiệp sản xuất thảm, trong đó hơn 60 doanh nghiệp FDI. Thảm cao su và thảm chùi chân từ vải vụn, xơ dừa chiếm khoảng 35% kim ngạch, phần còn lại là thảm dệt máy và thảm sợi tổng hợp.

Ông Lê Minh Quân, Giám đốc một doanh nghiệp thảm tại Bình Dương, cho biết đơn hàng quý IV của công ty tăng 25-30% so với cùng kỳ; giá xuất khẩu bình quân thảm chùi chân cao su khoảng 2,8 USD/chiếc, tăng 0,3 USD. "Năm nay chúng tôi dự kiến xuất khoảng 4 triệu chiếc, gấp 1,5 lần năm 2023", ông nói.

Việt Nam hiện đứng thứ 4 trong các nguồn cung thảm lớn nhất vào Mỹ, sau Ấn Độ, Trung Quốc và Thổ Nhĩ Kỳ. Bộ Công Thương dự báo cả năm 2024 kim ngạch xuất khẩu thảm có thể đạt 490-500 triệu USD; mục tiêu đến năm 2030 đạt 1 tỷ USD.

Tuy vậy, chi phí logistics đang tăng: cước vận chuyển một container 40 feet đi bờ Tây nước Mỹ đã lên tới 5.000-6.000 USD, gấp đôi hồi đầu năm.

Ngọc Anh

Ý kiến (3)
"""

M10 = per("10 tháng qua", "2024-01-01", "2024-10-31")
OCT = per("tháng 10", "2024-10-01", "2024-10-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
BD = "Bình Dương"

FIGS = [
    fig("ước đạt 436 triệu", "436", 436e6, "money", "USD", status="estimate",
        change=chg("increase", 18.5, "%", "cùng kỳ năm ngoái"), subject="kim ngạch xuất khẩu thảm các loại",
        period=M10),
    fig("đạt 46,2 triệu", "46,2", 46.2e6, "money", "USD", change=chg("increase", 4.1, "%", "tháng trước"),
        subject="xuất khẩu thảm", period=OCT),
    fig("với 192 triệu", "192", 192e6, "money", "USD", percent=44, subject="kim ngạch xuất khẩu thảm sang Mỹ",
        period=inh(M10)),
    fig("Nhật Bản 62 triệu", "62", 62e6, "money", "USD", subject="kim ngạch xuất khẩu thảm sang Nhật Bản",
        period=inh(M10)),
    fig("Hàn Quốc 38 triệu", "38", 38e6, "money", "USD", subject="kim ngạch xuất khẩu thảm sang Hàn Quốc",
        period=inh(M10)),
    fig("Australia 21 triệu", "21", 21e6, "money", "USD", subject="kim ngạch xuất khẩu thảm sang Australia",
        period=inh(M10)),
    fig("khoảng 280 doanh nghiệp", "280", 280, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất thảm"),
    fig("hơn 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="over", total=280,
        subject="doanh nghiệp FDI"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="thảm cao su và thảm chùi chân từ vải vụn, xơ dừa trong kim ngạch"),
    fig("tăng 25-30%", "25", 25, "percent", "%", value_max=30, subject="đơn hàng quý IV của công ty",
        period=Q4, location=BD),
    fig("khoảng 2,8 USD", "2,8", 2.8, "money", "USD/chiếc", approx="about",
        change=chg("increase", 0.3, "USD"), subject="giá xuất khẩu bình quân thảm chùi chân cao su",
        location=BD),
    fig("khoảng 4 triệu", "4", 4e6, "count", "chiếc", approx="about", status="forecast",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="thảm công ty xuất", period=NOW, location=BD),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="nguồn cung thảm lớn nhất vào Mỹ"),
    fig("đạt 490-500", "490", 490e6, "money", "USD", value_max=500e6, status="forecast",
        subject="kim ngạch xuất khẩu thảm", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu thảm", period=T30),
    fig("lên tới 5.000-6.000", "5.000", 5000, "money", "USD/container", value_max=6000,
        change=chg("increase", 2, "lần", "đầu năm"), subject="cước vận chuyển một container 40 feet đi bờ Tây nước Mỹ"),
]

NOTES = [
    "National newspaper: 'Thứ ba, 12/11/2024, 09:20 (GMT+7)', sapo, quote, byline, comment counter 'Ý kiến (3)'.",
    "Distractors: 09:20, (GMT+7), 'container 40 feet' (a type name), 'Ý kiến (3)', 'năm ngoái'/'năm 2023' baselines.",
    "National figures: location Việt Nam; Mỹ, Nhật Bản, Hàn Quốc, Australia are trade partners (subject, not location).",
    "The market list shares the indicator 'kim ngạch xuất khẩu thảm'; its 10-month period stands in the sapo → inherited.",
    "'trong đó hơn 60 doanh nghiệp FDI' → total 280. 'Thảm cao su ... chiếm khoảng 35% kim ngạch' is a percent figure.",
    "The Bình Dương maker's figures: location Bình Dương; 'tăng 25-30%' (orders) is a rate as the claim; 'tăng 0,3 USD' → change in USD;",
    "'gấp 1,5 lần năm 2023' → change 1,5 lần; 'dự kiến' → forecast; 'Năm nay' → 2024. 'gấp đôi hồi đầu năm' → change 2 lần.",
    "'dự báo cả năm 2024' → forecast; 'mục tiêu đến năm 2030' → target, start null.",
]

if __name__ == "__main__":
    write("p1500-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
