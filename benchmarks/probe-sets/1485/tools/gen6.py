"""p1485-6: national newspaper (VnExpress style): refrigerator sales at electronics chains, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 19/7/2024, 14:20 (GMT+7)

Doanh số tủ lạnh inverter tăng mạnh dịp nắng nóng

Doanh số tủ lạnh tại các chuỗi điện máy lớn trên cả nước 6 tháng đầu năm tăng 15-20% so với cùng kỳ, trong đó dòng inverter chiếm tới 70% số máy bán ra.

Theo số liệu của hệ thống Điện Máy Sao Việt với 320 cửa hàng trên toàn quốc, trong nửa đầu năm, chuỗi bán ra khoảng 215.000 chiếc tủ lạnh, tăng 18% so với cùng kỳ năm 2023; riêng tháng 5, tháng nắng nóng nhất, đạt gần 48.000 chiếc. Tủ cỡ lớn (side-by-side, nhiều cửa) chiếm 42% doanh số, cao hơn 9 điểm phần trăm so với năm trước.

Ông Nguyễn Đức Thịnh, Giám đốc ngành hàng gia dụng của chuỗi, cho biết giá tủ lạnh inverter phổ biến từ 7 đến 15 triệu đồng, giảm khoảng 10% so với đầu năm do nhiều hãng khuyến mãi. "Khách thường hỏi về nhãn năng lượng trước tiên, tủ 5 sao bán chạy gấp 3 lần tủ 2-3 sao", ông nói.

Tại TP HCM, nhu cầu thay tủ cũ tăng rõ. Hệ thống này ghi nhận hơn 12.000 lượt khách tham gia chương trình thu cũ đổi mới trong 6 tháng, mỗi tủ cũ được định giá 300.000-2.000.000 đồng. Hà Nội xếp thứ hai với khoảng 8.500 lượt.

Năm nay, các chuỗi dự báo doanh số tủ lạnh cả năm tăng khoảng 10%, thấp hơn mức tăng của nửa đầu năm do sức mua thường chững lại sau mùa hè.

Thanh Hà
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("trong nửa đầu năm", "2024-01-01", "2024-06-30")
T5 = per("tháng 5", "2024-05-01", "2024-05-31")
M6 = per("trong 6 tháng", "2024-01-01", "2024-06-30")
YEAR = per("Năm nay ... cả năm", "2024-01-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="doanh số tủ lạnh tại các chuỗi điện máy lớn", period=H1),
    fig("tới 70%", "70", 70, "percent", "%",
        subject="dòng inverter trong số máy bán ra", period=H1),
    fig("với 320 cửa hàng", "320", 320, "count", "cửa hàng",
        subject="cửa hàng của hệ thống Điện Máy Sao Việt"),
    fig("khoảng 215.000 chiếc", "215.000", 215000, "count", "chiếc", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="tủ lạnh chuỗi bán ra", period=H1b),
    fig("gần 48.000 chiếc", "48.000", 48000, "count", "chiếc", approx="nearly",
        subject="tủ lạnh chuỗi bán ra tháng 5", period=T5),
    fig("chiếm 42%", "42", 42, "percent", "%",
        change=chg("increase", 9, "điểm phần trăm", "năm trước"),
        subject="tủ cỡ lớn (side-by-side, nhiều cửa) trong doanh số", period=inh(H1b)),
    fig("từ 7 đến 15 triệu", "7", 7e6, "money", "đồng", value_max=15e6,
        change=chg("decrease", 10, "%", "đầu năm", approx="about"),
        subject="giá tủ lạnh inverter phổ biến"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="tủ 5 sao bán chạy so với tủ 2-3 sao"),
    fig("hơn 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="over",
        subject="lượt khách tham gia chương trình thu cũ đổi mới", period=M6, location=HCM),
    fig("300.000-2.000.000", "300.000", 300000, "money", "đồng/tủ", value_max=2e6,
        subject="giá định giá mỗi tủ cũ", location=HCM),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng",
        subject="lượt khách tham gia chương trình thu cũ đổi mới", period=inh(M6), location="Hà Nội"),
    fig("khoảng 8.500 lượt", "8.500", 8500, "count", "lượt", approx="about",
        subject="lượt khách tham gia chương trình thu cũ đổi mới", period=inh(M6), location="Hà Nội"),
    fig("tăng khoảng 10%", "10", 10, "percent", "%", approx="about", status="forecast",
        subject="doanh số tủ lạnh cả năm", period=YEAR),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ sáu, 19/7/2024, 14:20 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Distractors: 14:20, '(GMT+7)', 'nhãn năng lượng' grades 'tủ 5 sao' and 'tủ 2-3 sao' (label grades, not a range), 'cùng kỳ năm 2023' baseline.",
    "Location: the chains' figures are national ('trên cả nước', 'trên toàn quốc'): Việt Nam; the trade-in paragraph is TP HCM; Hà Nội's rank and count: Hà Nội.",
    "Sapo: 'tăng 15-20%' is a growth rate as the claim (percent range, no change); 'chiếm tới 70%' a share ('tới' = up to, exact).",
    "'nửa đầu năm' = 6 tháng đầu năm 2024 (year from the dateline). 'chiếm 42% doanh số, cao hơn 9 điểm phần trăm so với năm trước':",
    "share with a change in điểm phần trăm; period inherited from 'nửa đầu năm' in the previous sentence.",
    "'giá ... từ 7 đến 15 triệu đồng, giảm khoảng 10% so với đầu năm': range with a change (about); standing price, no period.",
    "'tủ 5 sao bán chạy gấp 3 lần tủ 2-3 sao' stands alone as the claim: multiple.",
    "'Hà Nội xếp thứ hai với khoảng 8.500 lượt': rank 2 and a count, list indicator = the trade-in customers; period inherited.",
    "'Năm nay ... dự báo doanh số tủ lạnh cả năm tăng khoảng 10%': forecast, period 2024 (published year).",
]

if __name__ == "__main__":
    write("p1485-6", TEXT, NOTES, FIGS, published="2024-07-19", location="Việt Nam")
