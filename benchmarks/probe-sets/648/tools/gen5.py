"""p648-5: Party newspaper (Báo Ninh Thuận) — Chăm craft villages Bàu Trúc and Mỹ Nghiệp, 2023."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO NINH THUẬN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NINH THUẬN
Kinh tế

Làng nghề truyền thống Chăm đón hơn 210 nghìn lượt khách

Năm 2023, hai làng nghề truyền thống của đồng bào Chăm ở huyện Ninh Phước là làng gốm Bàu Trúc và làng dệt thổ cẩm Mỹ Nghiệp đã đón hơn 210.000 lượt khách tham quan, tăng gấp 2,3 lần so với năm 2022, trong đó có khoảng 46.000 lượt khách quốc tế.

Làng gốm Bàu Trúc hiện có 435 hộ với gần 1.000 lao động làm gốm, trong đó hơn 600 lao động nữ; làng có 2 Nghệ nhân Nhân dân và 7 Nghệ nhân Ưu tú. Doanh thu năm 2023 đạt 31,5 tỷ đồng, tăng 18,6% so với năm 2022; thu nhập bình quân đạt 55 triệu đồng/người/năm.

Tại làng Mỹ Nghiệp, 32 cơ sở dệt thổ cẩm sản xuất khoảng 25.000 sản phẩm/năm, giá bán từ 80.000 đồng đến 3 triệu đồng/sản phẩm.

Từ năm 2021 đến nay, ngân sách tỉnh đã hỗ trợ 4,2 tỷ đồng cho 12 đề án khuyến công tại hai làng nghề, mở các lớp truyền nghề cho 320 lao động trẻ.

Toàn tỉnh Ninh Thuận có 5 làng nghề được công nhận với 1.830 lao động. Năm 2024, tỉnh phấn đấu đón 250.000 lượt khách đến các làng nghề, doanh thu từ du lịch làng nghề đạt khoảng 45 tỷ đồng. Dự kiến Lễ hội Văn hóa - Du lịch làng nghề lần thứ 2 sẽ diễn ra từ ngày 20 đến 22/7 tại thị trấn Phước Dân.

NGUYỄN TRUNG
12/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NP = "Ninh Phước"
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-01-12")

FIGS = [
    fig("hơn 210 nghìn", "210", 210000, "count", "lượt khách", approx="over",
        subject="lượt khách đến làng nghề truyền thống Chăm", period=inh(Y23), location=NP),
    fig("hơn 210.000", "210.000", 210000, "count", "lượt khách", approx="over",
        change=chg("increase", 2.3, "lần", baseline="năm 2022"),
        subject="lượt khách tham quan làng gốm Bàu Trúc và làng dệt thổ cẩm Mỹ Nghiệp", period=Y23, location=NP),
    fig("khoảng 46.000", "46.000", 46000, "count", "lượt khách", approx="about", total=210000,
        subject="lượt khách quốc tế", period=Y23, location=NP),
    fig("hai làng nghề truyền thống", "hai", 2, "count", "làng nghề", location=NP, optional=True),
    fig("435 hộ", "435", 435, "count", "hộ", subject="hộ làng gốm Bàu Trúc", location=NP),
    fig("gần 1.000", "1.000", 1000, "count", "lao động", approx="nearly", subject="lao động làm gốm", location=NP),
    fig("hơn 600", "600", 600, "count", "lao động", approx="over", total=1000, subject="lao động nữ", location=NP),
    fig("có 2 Nghệ", "2", 2, "count", "Nghệ nhân Nhân dân", subject="Nghệ nhân Nhân dân làng gốm Bàu Trúc",
        location=NP),
    fig("7 Nghệ", "7", 7, "count", "Nghệ nhân Ưu tú", subject="Nghệ nhân Ưu tú làng gốm Bàu Trúc", location=NP),
    fig("đạt 31,5", "31,5", 31.5e9, "money", "đồng", change=chg("increase", 18.6, baseline="năm 2022"), subject="doanh thu làng gốm Bàu Trúc", period=Y23,
        location=NP),
    fig("55 triệu", "55", 55e6, "money", "đồng/người/năm", subject="thu nhập bình quân", period=Y23, location=NP),
    fig("32 cơ sở", "32", 32, "count", "cơ sở", subject="cơ sở dệt thổ cẩm làng Mỹ Nghiệp", location=NP),
    fig("khoảng 25.000", "25.000", 25000, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm dệt thổ cẩm sản xuất", location=NP),
    fig("từ 80.000", "80.000", 80000, "money", "đồng/sản phẩm", value_max=3e6,
        subject="giá bán sản phẩm dệt thổ cẩm", location=NP),
    fig("4,2 tỷ", "4,2", 4.2e9, "money", "đồng", subject="ngân sách tỉnh hỗ trợ đề án khuyến công tại hai làng nghề", period=SINCE, location=NP),
    fig("12 đề án", "12", 12, "count", "đề án", subject="đề án khuyến công tại hai làng nghề", period=SINCE,
        location=NP),
    fig("320 lao", "320", 320, "count", "lao động", subject="lao động trẻ được truyền nghề", period=SINCE,
        location=NP),
    fig("tại hai làng", "hai", 2, "count", "làng nghề", location=NP, optional=True),
    fig("5 làng", "5", 5, "count", "làng nghề", subject="làng nghề được công nhận"),
    fig("1.830 lao", "1.830", 1830, "count", "lao động", subject="lao động làng nghề"),
    fig("đón 250.000", "250.000", 250000, "count", "lượt khách", status="target",
        subject="lượt khách đến các làng nghề", period=Y24),
    fig("khoảng 45", "45", 45e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu từ du lịch làng nghề", period=Y24),
]

if __name__ == "__main__":
    write("p648-5", TEXT, FIGS, published="2024-01-12", location="Ninh Thuận", comments=[
        "Báo Ninh Thuận (Party paper), byline and bare date '12/01/2024' at the end: Chăm craft villages Bàu Trúc (gốm) and Mỹ Nghiệp (thổ cẩm), 2023.",
        "Both villages are placed in huyện Ninh Phước by the lead, so their figures are Ninh Phước's; province-wide figures are Ninh Thuận's.",
        "'tăng gấp 2,3 lần so với năm 2022' after 210.000 is its change (lần). '25.000 sản phẩm/năm' is a rate: measure with the rate unit.",
        "'từ 80.000 đồng đến 3 triệu đồng/sản phẩm' is one money range (80.000 - 3.000.000). Headline figure: period inherited from the lead.",
        "'hai làng nghề' (twice) names the two villages the article is about: optional counts, as shared gold treats 'ba trụ cột'.",
        "Support since 2021 ('Từ năm 2021 đến nay' ends at the closing date 2024-01-12) went to the two villages: Ninh Phước.",
        "revised after the first scoring: the 4,2 tỷ subject was 'ngân sách tỉnh hỗ trợ', which left out what the support was for;",
        "now 'ngân sách tỉnh hỗ trợ đề án khuyến công tại hai làng nghề' (the indicator as the sentence names it).",
        "Distractors: 'lần thứ 2' (festival edition), 'từ ngày 20 đến 22/7' (dates), the closing date.",
    ])
