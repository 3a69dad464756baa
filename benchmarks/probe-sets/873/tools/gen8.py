"""p873-8: Báo Thừa Thiên Huế online, làng Sình votive prints and Thanh Tiên paper flowers at year end 2023; headline figure, (BTTH) tag."""
from lib import F, P, I, C, T, write

TEXT = """Báo Thừa Thiên Huế Online
Kinh tế › Làng nghề

Làng Sình xuất bán hơn 600.000 bức tranh thờ dịp cuối năm
Thứ Năm, 28/12/2023 07:30

(BTTH) - Những ngày cuối năm Quý Mão, các hộ làm tranh thờ và hàng mã ở làng Sình (phường Phú Mậu, TP Huế) tất bật in, tô màu để kịp giao hàng cho thương lái.

Theo UBND phường Phú Mậu, từ đầu năm đến nay, làng Sình đã xuất bán hơn 600.000 bức tranh thờ các loại, tăng khoảng 20% so với năm 2022. Làng hiện có 27 hộ duy trì nghề, trong đó 9 hộ sản xuất thường xuyên quanh năm. Giá tranh khổ nhỏ, khổ vừa lần lượt là 1.000 đồng/bức và 3.000 đồng/bức; riêng tranh khổ lớn in trên giấy dó có giá 25.000 đồng/bức.

Nghệ nhân Lê Văn Tám, người có hơn 40 năm gắn bó với nghề, cho biết mỗi ngày gia đình ông in được khoảng 2.000 tờ tranh, thu nhập bình quân 7 triệu đồng/tháng. Mỗi năm, làng Sình đón trên 15.000 lượt khách tham quan, trải nghiệm in tranh; giá vé trải nghiệm 50.000 đồng/người.

Cùng với làng Sình, làng hoa giấy Thanh Tiên bên kia sông Hương cũng bước vào mùa cao điểm. Năm 2023, Thanh Tiên có 12 hộ làm hoa giấy, sản xuất khoảng 200.000 bông hoa, doanh thu ước đạt 1,6 tỷ đồng.

Theo Đề án bảo tồn, phát huy giá trị làng nghề truyền thống của tỉnh, giai đoạn 2023-2025 tỉnh dự kiến hỗ trợ 2,5 tỷ đồng để khôi phục nghề in tranh Sình; phấn đấu đến năm 2025 nâng số hộ làm nghề ở làng Sình lên 40 hộ.

Minh Văn
"""

HUE = "Huế"
TTH = "Thừa Thiên Huế"
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-12-28")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuất bán hơn 600.000 bức tranh thờ dịp", "600.000", 600000, "count", "bức tranh", "tranh thờ làng Sình xuất bán",
      approx="over", period=I(YTD)),
    F("hơn 600.000 bức tranh thờ các loại", "600.000", 600000, "count", "bức tranh", "tranh thờ làng Sình xuất bán",
      approx="over", change=C("increase", 20, "%", "năm 2022", approx="about"), period=YTD),
    F("có 27 hộ", "27", 27, "count", "hộ", "hộ duy trì nghề in tranh"),
    F("trong đó 9 hộ", "9", 9, "count", "hộ", "hộ sản xuất thường xuyên quanh năm", total=27),
    F("là 1.000 đồng/bức", "1.000", 1000, "money", "đồng/bức", "giá tranh khổ nhỏ"),
    F("và 3.000 đồng/bức", "3.000", 3000, "money", "đồng/bức", "giá tranh khổ vừa"),
    F("giá 25.000 đồng/bức", "25.000", 25000, "money", "đồng/bức", "giá tranh khổ lớn in trên giấy dó"),
    F("hơn 40 năm", "40", 40, "measure", "năm", "thời gian nghệ nhân gắn bó với nghề", approx="over", optional=True),
    F("khoảng 2.000 tờ", "2.000", 2000, "count", "tờ tranh", "tranh gia đình nghệ nhân in mỗi ngày", approx="about"),
    F("bình quân 7 triệu", "7", 7e6, "money", "đồng/tháng", "thu nhập bình quân của gia đình nghệ nhân"),
    F("trên 15.000 lượt", "15.000", 15000, "count", "lượt khách", "lượt khách tham quan, trải nghiệm in tranh mỗi năm",
      approx="over"),
    F("vé trải nghiệm 50.000", "50.000", 50000, "money", "đồng/người", "giá vé trải nghiệm in tranh"),
    F("có 12 hộ", "12", 12, "count", "hộ", "hộ làm hoa giấy", period=Y23, location=TTH),
    F("khoảng 200.000 bông", "200.000", 200000, "count", "bông hoa", "hoa giấy sản xuất", approx="about", period=Y23, location=TTH),
    F("ước đạt 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "doanh thu làng hoa giấy Thanh Tiên",
      status="estimate", period=Y23, location=TTH),
    F("hỗ trợ 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí hỗ trợ khôi phục nghề in tranh Sình",
      status="forecast", period=G, location=TTH),
    F("lên 40 hộ", "40", 40, "count", "hộ", "hộ làm nghề ở làng Sình", status="target", period=T25),
]

NOTES = [
    "Báo Thừa Thiên Huế online: làng Sình votive prints (tranh thờ, burnt in rituals) and Thanh Tiên paper flowers; headline figure;",
    "dateline 'Thứ Năm, 28/12/2023 07:30'; tag '(BTTH) -'. Làng Sình lies in phường Phú Mậu, TP Huế (as the text says): location Huế (the city);",
    "the province's Đề án support (2,5 tỷ đồng) is Thừa Thiên Huế. 'từ đầu năm đến nay' = 2023-01-01 to the dateline; headline period inherited.",
    "'tỉnh dự kiến hỗ trợ 2,5 tỷ đồng' → forecast; the clause after ';' with 'phấn đấu đến năm 2025' → target 40 hộ.",
    "'mỗi ngày ... in được khoảng 2.000 tờ tranh' and 'Mỗi năm ... đón trên 15.000 lượt khách': the rate word stands before the verb, so it goes in the subject.",
    "'lần lượt là 1.000 đồng/bức và 3.000 đồng/bức': two figures, each the price of its size. Optional: 'hơn 40 năm gắn bó với nghề' (the artisan's description). Not figures: 07:30, Quý Mão, 'Lê Văn Tám', 'cuối năm'.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2023-12-28", location=HUE)
