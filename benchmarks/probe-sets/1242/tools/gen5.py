"""p1242-5: Party newspaper (Báo Lâm Đồng): a craft brewery in Đà Lạt, province craft beer figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Lâm Đồng > Kinh tế > Doanh nghiệp - Doanh nhân

Bia thủ công Đà Lạt: hướng đi mới gắn với du lịch

Từ một xưởng nhỏ trong con hẻm ở Phường 8, bia thủ công mang hương vị cao nguyên đang trở thành món quà được du khách tìm mua.

Năm 2019, anh Nguyễn Hoàng Long cùng hai người bạn góp vốn mở xưởng bia thủ công trên đường Mai Anh Đào, Phường 8, TP Đà Lạt. Xưởng rộng khoảng 350 m2, có 8 bồn ủ, mỗi bồn dung tích 1.000 lít. Hiện mỗi tháng xưởng sản xuất khoảng 6.500 lít bia với 12 dòng sản phẩm, trong đó 4 dòng sử dụng dâu tây, hồng và atiso của địa phương.

Giá bán tại xưởng từ 45.000 đến 70.000 đồng/chai 330 ml; mỗi ly bia tươi tại quán có giá 65.000 đồng. Năm 2023, doanh thu của xưởng đạt khoảng 3,2 tỷ đồng, tăng 40% so với năm 2022; xưởng tạo việc làm cho 9 lao động với thu nhập 8-10 triệu đồng/người/tháng. Anh Long cho biết, năm nay xưởng dự kiến mở thêm một quán bia tại khu vực chợ Đà Lạt.

Theo Sở Công Thương, toàn tỉnh hiện có 17 cơ sở sản xuất bia thủ công, trong đó 13 cơ sở tại TP Đà Lạt; tổng sản lượng năm 2023 ước khoảng 620.000 lít. Lượng khách du lịch đến Đà Lạt năm 2023 đạt 8,2 triệu lượt, là thị trường tiêu thụ chính của các xưởng bia.

Tỉnh phấn đấu đến năm 2025 có ít nhất 5 sản phẩm bia thủ công đạt chứng nhận OCOP 3 sao trở lên; hiện đã có 2 sản phẩm được công nhận.

MINH ĐẠT
22/04/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DL = "Đà Lạt"

FIGS = [
    fig("hai người bạn", "hai", 2, "count", "người bạn", subject="người bạn góp vốn mở xưởng", location=DL,
        optional=True),
    fig("khoảng 350 m2", "350", 350, "measure", "m2", approx="about", subject="diện tích xưởng bia thủ công",
        location=DL),
    fig("có 8 bồn", "8", 8, "count", "bồn ủ", subject="bồn ủ của xưởng", location=DL),
    fig("tích 1.000 lít", "1.000", 1000, "measure", "lít", subject="dung tích mỗi bồn ủ", location=DL),
    fig("khoảng 6.500 lít", "6.500", 6500, "measure", "lít/tháng", approx="about",
        subject="sản lượng bia xưởng sản xuất mỗi tháng", location=DL),
    fig("với 12 dòng", "12", 12, "count", "dòng sản phẩm", subject="dòng sản phẩm bia của xưởng", location=DL),
    fig("4 dòng", "4", 4, "count", "dòng", total=12,
        subject="dòng sản phẩm sử dụng dâu tây, hồng và atiso của địa phương", location=DL),
    fig("từ 45.000 đến 70.000", "45.000", 45000, "money", "đồng/chai", value_max=70000,
        subject="giá bán bia tại xưởng", location=DL),
    fig("chai 330 ml", "330", 330, "measure", "ml", subject="dung tích chai bia", location=DL, optional=True),
    fig("giá 65.000 đồng", "65.000", 65000, "money", "đồng/ly", subject="giá mỗi ly bia tươi tại quán", location=DL),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about",
        change=chg("increase", 40, "%", "năm 2022"), subject="doanh thu của xưởng", period=Y23, location=DL),
    fig("cho 9 lao động", "9", 9, "count", "lao động", subject="lao động xưởng tạo việc làm", period=Y23,
        location=DL),
    fig("nhập 8-10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập của lao động xưởng", period=Y23, location=DL),
    fig("thêm một quán", "một", 1, "count", "quán bia", status="forecast", subject="quán bia xưởng mở thêm",
        period=NOW, location=DL),
    fig("có 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở sản xuất bia thủ công"),
    fig("13 cơ sở", "13", 13, "count", "cơ sở", total=17, subject="cơ sở sản xuất bia thủ công", location=DL),
    fig("khoảng 620.000 lít", "620.000", 620000, "measure", "lít", approx="about", status="estimate",
        subject="tổng sản lượng bia thủ công", period=Y23b),
    fig("đạt 8,2 triệu", "8,2", 8.2e6, "count", "lượt", subject="lượng khách du lịch đến Đà Lạt",
        period=Y23b, location=DL),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm bia thủ công đạt chứng nhận OCOP 3 sao trở lên", period=T25),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm bia thủ công được công nhận OCOP"),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng): byline 'MINH ĐẠT' and bare date '22/04/2024' at the end (published).",
    "Distractors: 'Phường 8' (twice), 'đường Mai Anh Đào', 'Năm 2019' (founding year, not a period of the present figures), 'OCOP 3 sao'.",
    "The brewery is in TP Đà Lạt: its figures get location Đà Lạt; province counts (17 cơ sở) stay Lâm Đồng, '13 cơ sở tại TP Đà Lạt' → Đà Lạt, total 17.",
    "'hai người bạn' (co-founders) and the bottle size '330 ml' are optional. 'mỗi tháng ... khoảng 6.500 lít' → unit lít/tháng.",
    "'năm nay' → 2024 (published); 'dự kiến' → forecast. 'ước khoảng 620.000 lít' → approx about and status estimate.",
    "'hiện đã có 2 sản phẩm' after a target clause: actual (own verb 'hiện đã có').",
]

if __name__ == "__main__":
    write("p1242-5", TEXT, NOTES, FIGS, published="2024-04-22", location="Lâm Đồng")
