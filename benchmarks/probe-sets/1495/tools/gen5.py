"""p1495-5: Party newspaper (Báo Đồng Nai): a thermal lunch-box maker in TP Biên Hòa; province producers and OCOP target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG NAI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai
Kinh tế

Hộp cơm giữ nhiệt "made in Biên Hòa" vươn ra thị trường

HẢI YẾN 07:15, 23/05/2024

Từ một xưởng nhỏ với ba chục công nhân, một doanh nghiệp ở TP Biên Hòa nay đã đưa hộp cơm giữ nhiệt, hộp thủy tinh nắp tre bày bán tại hơn 1.200 cửa hàng trong nước và xuất khẩu sang 6 thị trường.

(ĐN) - Ông Lê Minh Khang, Giám đốc Công ty TNHH Gia dụng Minh Khang (phường Tam Phước, TP Biên Hòa), kể năm 2017 ông cùng hai người bạn góp 800 triệu đồng mở xưởng. Hiện mỗi tháng xưởng sản xuất khoảng 45.000 hộp cơm giữ nhiệt bằng inox 304, dòng sản phẩm chủ lực là MK-360, cùng 20.000 hộp thủy tinh nắp tre. Giá bán lẻ từ 189.000 đến 350.000 đồng/bộ, thấp hơn khoảng 30% so với hàng nhập khẩu cùng loại.

Năm 2023, doanh thu của công ty đạt 42 tỷ đồng, tăng 35% so với năm 2022 và vượt mục tiêu 40 tỷ đồng đề ra; trong đó doanh thu xuất khẩu chiếm 27%. Hiện công ty có 86 lao động, thu nhập từ 8 đến 11 triệu đồng/người/tháng.

"Khách hàng bây giờ rất quan tâm đến an toàn, nên chúng tôi dùng nhựa PP không chứa BPA và thủy tinh borosilicate", ông Khang nói. Năm nay, công ty dự kiến đầu tư thêm một dây chuyền hút chân không, nâng sản lượng hộp giữ nhiệt lên 60.000 hộp/tháng.

Theo Sở Công Thương, toàn tỉnh có 38 doanh nghiệp sản xuất đồ gia dụng bằng nhựa, inox và thủy tinh; 4 sản phẩm hộp đựng thực phẩm đã đạt chứng nhận OCOP 4 sao. Mục tiêu đến năm 2025, tỉnh có ít nhất 10 sản phẩm đồ gia dụng đạt OCOP.
"""

Y17 = per("năm 2017", "2017-01-01", "2017-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("ba chục công nhân", "ba", 30, "count", "công nhân", subject="công nhân của xưởng nhỏ ban đầu", location=BH),
    fig("hơn 1.200 cửa hàng", "1.200", 1200, "count", "cửa hàng", approx="over",
        subject="cửa hàng trong nước bày bán hộp cơm giữ nhiệt, hộp thủy tinh nắp tre", location=BH),
    fig("sang 6 thị trường", "6", 6, "count", "thị trường", subject="thị trường xuất khẩu", location=BH),
    fig("hai người bạn", "hai", 2, "count", "người bạn", subject="người bạn cùng góp vốn mở xưởng",
        period=Y17, location=BH, optional=True),
    fig("góp 800 triệu", "800", 800e6, "money", "đồng", subject="vốn góp mở xưởng", period=Y17, location=BH),
    fig("khoảng 45.000 hộp", "45.000", 45000, "measure", "hộp/tháng", approx="about",
        subject="hộp cơm giữ nhiệt bằng inox xưởng sản xuất mỗi tháng", location=BH),
    fig("cùng 20.000 hộp", "20.000", 20000, "measure", "hộp/tháng",
        subject="hộp thủy tinh nắp tre xưởng sản xuất mỗi tháng", location=BH),
    fig("từ 189.000 đến", "189.000", 189000, "money", "đồng/bộ", value_max=350000,
        change=chg("decrease", 30, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá bán lẻ", location=BH),
    fig("đạt 42 tỷ", "42", 42e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
        target=tgt(40e9, "đồng", met=True), subject="doanh thu của công ty", period=Y23, location=BH),
    fig("chiếm 27%", "27", 27, "percent", "%", subject="tỷ trọng doanh thu xuất khẩu", period=Y23, location=BH),
    fig("có 86 lao động", "86", 86, "count", "lao động", subject="lao động của công ty", location=BH),
    fig("từ 8 đến 11", "8", 8e6, "money", "đồng/người/tháng", value_max=11e6,
        subject="thu nhập của lao động", location=BH),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền hút chân không công ty đầu tư thêm", period=NOW, location=BH),
    fig("lên 60.000 hộp", "60.000", 60000, "measure", "hộp/tháng", status="forecast",
        subject="sản lượng hộp giữ nhiệt", period=NOW, location=BH),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ gia dụng bằng nhựa, inox và thủy tinh"),
    fig("4 sản phẩm hộp", "4", 4, "count", "sản phẩm",
        subject="sản phẩm hộp đựng thực phẩm đạt chứng nhận OCOP"),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đồ gia dụng đạt OCOP", period=T25),
]

NOTES = [
    "Party newspaper (Báo Đồng Nai): masthead, section, headline, byline with dateline 'HẢI YẾN 07:15, 23/05/2024', sapo, tag '(ĐN) -'.",
    "Distractors: 07:15, 'inox 304', product code 'MK-360', 'OCOP 4 sao', founding year 'năm 2017' (period only), 'năm 2022' baseline.",
    "'ba chục công nhân' = 30 (number word × chục). 'hai người bạn' (co-founders) is optional: a head count of people in an anecdote.",
    "The firm stands in TP Biên Hòa: its figures (sapo included) are located there; the Sở Công Thương paragraph is Đồng Nai.",
    "'Hiện mỗi tháng ... khoảng 45.000 hộp ..., cùng 20.000 hộp' are monthly rates (hộp/tháng), no period ('Hiện').",
    "'thấp hơn khoảng 30% so với hàng nhập khẩu' is the price range's change (decrease, about).",
    "'tăng 35% so với năm 2022 và vượt mục tiêu 40 tỷ đồng đề ra' -> change 35% and target 40 tỷ (met). 'trong đó ... chiếm 27%' is a percent figure.",
    "'Năm nay, công ty dự kiến ...' -> forecast, period 2024 (published). 'Mục tiêu đến năm 2025 ... ít nhất 10' -> target, at_least.",
]

if __name__ == "__main__":
    write("p1495-5", TEXT, NOTES, FIGS, published="2024-05-23", location="Đồng Nai")
