"""p648-8: provincial newspaper (Báo Bắc Ninh), byline + time dateline — Đông Hồ paintings and Đồng Kỵ woodcraft, 2023."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Bắc Ninh
Kinh tế > Làng nghề
THU HÀ 07:45, 26/12/2023

Tranh Đông Hồ còn 17 hộ giữ nghề, làng gỗ Đồng Kỵ ước thu 4.150 tỷ đồng

Làng tranh dân gian Đông Hồ (xã Song Hồ, huyện Thuận Thành) hiện chỉ còn 17 hộ với khoảng 60 lao động theo nghề. Năm 2023, làng đón khoảng 30.000 lượt khách, trong đó 65% là học sinh, sinh viên đến trải nghiệm in tranh. Giá một bức tranh dao động từ 30.000 đến 500.000 đồng; thu nhập của người làm tranh chỉ khoảng 4-5 triệu đồng/người/tháng.

Trái ngược, làng nghề gỗ mỹ nghệ Đồng Kỵ (thành phố Từ Sơn) năm 2023 ước đạt doanh thu 4.150 tỷ đồng, bằng 96,5% so với năm 2022. Kim ngạch xuất khẩu đồ gỗ của làng 11 tháng đạt 86 triệu USD, giảm 7,2% so với cùng kỳ. Làng hiện thu hút khoảng 12.000 lao động, trong đó hơn 3.000 lao động đến từ các tỉnh Bắc Giang, Thái Nguyên, Lạng Sơn. Hai phường Đồng Kỵ và Phù Khê lần lượt có 1.450 và 1.120 cơ sở sản xuất đồ gỗ. Năm 2023, kinh phí khuyến công hỗ trợ các cơ sở tại Đồng Kỵ đầu tư máy móc, xử lý bụi gỗ là 1,8 tỷ đồng.

Toàn tỉnh Bắc Ninh có 62 làng nghề, đóng góp khoảng 5,6% GRDP. Tỉnh phấn đấu đến năm 2025 có 20 làng nghề gắn với du lịch, mỗi năm đón 1,2 triệu lượt khách.

Đường dây nóng: 0222.3822.645 - Số 11 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TT, TS = "Thuận Thành", "Từ Sơn"

FIGS = [
    fig("còn 17 hộ giữ", "17", 17, "count", "hộ", subject="hộ giữ nghề tranh Đông Hồ", location=TT),
    fig("ước thu 4.150", "4.150", 4150e9, "money", "đồng", status="estimate",
        subject="doanh thu làng gỗ Đồng Kỵ", period=inh(Y23), location=TS),
    fig("chỉ còn 17 hộ", "17", 17, "count", "hộ", subject="hộ theo nghề làm tranh Đông Hồ", location=TT),
    fig("khoảng 60", "60", 60, "count", "lao động", approx="about", subject="lao động theo nghề làm tranh",
        location=TT),
    fig("khoảng 30.000", "30.000", 30000, "count", "lượt khách", approx="about",
        subject="lượt khách đến làng tranh Đông Hồ", period=Y23, location=TT),
    fig("65%", "65", 65, "percent", "%", subject="học sinh, sinh viên trong số khách", period=Y23, location=TT),
    fig("từ 30.000 đến 500.000", "30.000", 30000, "money", "đồng", value_max=500000,
        subject="giá một bức tranh", location=TT),
    fig("4-5 triệu", "4", 4e6, "money", "đồng/người/tháng", value_max=5e6, approx="about",
        subject="thu nhập của người làm tranh", location=TT),
    fig("doanh thu 4.150", "4.150", 4150e9, "money", "đồng", percent=96.5, status="estimate",
        subject="doanh thu làng nghề gỗ mỹ nghệ Đồng Kỵ", period=per("năm 2023", "2023-01-01", "2023-12-31"),
        location=TS),
    fig("86 triệu", "86", 86e6, "money", "USD", change=chg("decrease", 7.2, baseline="cùng kỳ"),
        subject="kim ngạch xuất khẩu đồ gỗ của làng Đồng Kỵ", period=per("11 tháng", "2023-01-01", "2023-11-30"),
        location=TS),
    fig("khoảng 12.000", "12.000", 12000, "count", "lao động", approx="about", subject="lao động làng Đồng Kỵ",
        location=TS),
    fig("hơn 3.000", "3.000", 3000, "count", "lao động", approx="over", total=12000,
        subject="lao động đến từ các tỉnh khác", location=TS),
    fig("1.450", "1.450", 1450, "count", "cơ sở", subject="cơ sở sản xuất đồ gỗ phường Đồng Kỵ", location=TS),
    fig("1.120", "1.120", 1120, "count", "cơ sở", subject="cơ sở sản xuất đồ gỗ phường Phù Khê", location=TS),
    fig("Hai phường", "Hai", 2, "count", "phường", location=TS, optional=True),
    fig("1,8 tỷ", "1,8", 1.8e9, "money", "đồng", subject="kinh phí khuyến công hỗ trợ các cơ sở tại Đồng Kỵ",
        period=Y23, location=TS),
    fig("62 làng", "62", 62, "count", "làng nghề", subject="làng nghề"),
    fig("khoảng 5,6%", "5,6", 5.6, "percent", "%", approx="about", subject="đóng góp của làng nghề vào GRDP"),
    fig("20 làng", "20", 20, "count", "làng nghề", status="target", subject="làng nghề gắn với du lịch",
        period=T25),
    fig("1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", status="target", subject="lượt khách đón mỗi năm",
        period=T25),
]

if __name__ == "__main__":
    write("p648-8", TEXT, FIGS, published="2023-12-26", location="Bắc Ninh", comments=[
        "Báo Bắc Ninh, byline + time dateline 'THU HÀ 07:45, 26/12/2023': tranh Đông Hồ (Thuận Thành) and gỗ Đồng Kỵ (Từ Sơn), 2023.",
        "Village figures take their district/city (Thuận Thành, Từ Sơn); wards Đồng Kỵ / Phù Khê in a 'lần lượt' pair are below",
        "district level, so they stay in the subject and the location is Từ Sơn. Source provinces of migrant workers are not places of the figure.",
        "'bằng 96,5% so với năm 2022' is the share attribute of 4.150 tỷ. '65%' after 'trong đó' is a percent figure (no total).",
        "Year-less '11 tháng' takes 2023. Headline 4.150 tỷ: estimate, period inherited.",
        "Distractors: byline time 07:45, phone 0222.3822.645, Số 11 đường Lý Thái Tổ, 'Hai phường' is referential: optional count.",
    ])
