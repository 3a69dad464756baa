"""p881-6: national newspaper - a Long An company exporting gấc oil to Japan."""
from lib import F, write, period, year, change

TEXT = """
Kinh doanh › Hàng hóa
Thứ năm, 16/1/2025, 07:30 (GMT+7)

Dầu gấc Việt vào chuỗi siêu thị Nhật Bản

Một doanh nghiệp ở Long An xuất khẩu gần 40 tấn dầu gấc năm 2024, thu về hơn 3 triệu USD nhờ đạt chứng nhận hữu cơ của Nhật Bản và EU.

Công ty CP Thực phẩm Hữu cơ Mekong, có nhà máy tại Khu công nghiệp Tân Đức, vừa xuất lô hàng đầu tiên của năm gồm 2 container dầu gấc và bột gấc sang Nhật Bản. Từ đầu năm đến nay, công ty đã ký các đơn hàng với tổng khối lượng 12 tấn dầu gấc. Ông Lê Minh Khang, Tổng giám đốc, cho biết năm 2024 công ty xuất khẩu 38,6 tấn dầu gấc, tăng 42% so với năm 2023; doanh thu xuất khẩu đạt 3,2 triệu USD, chiếm 76% tổng doanh thu.

Để chủ động nguyên liệu, công ty liên kết với 420 hộ nông dân trong tỉnh trồng 265 ha gấc theo tiêu chuẩn hữu cơ. Giá thu mua được chốt ở mức 12.000 đồng/kg, cao hơn khoảng 20% so với giá thị trường. Mỗi ha gấc hữu cơ cho lãi 150-180 triệu đồng mỗi năm. Mức thu nhập này gấp 3 lần trồng lúa.

Theo ông Khang, thị trường Nhật Bản chiếm khoảng 55% sản lượng xuất khẩu của công ty, phần còn lại sang Hàn Quốc, Australia và Mỹ. Giá dầu gấc hữu cơ xuất sang Nhật bình quân 92 USD/lít, trong khi bán trong nước khoảng 1,3 triệu đồng/lít. Năm 2025, công ty dự kiến xuất khẩu 55 tấn dầu gấc và mở rộng vùng nguyên liệu lên 400 ha.

Theo Hiệp hội Rau quả Việt Nam, xuất khẩu sản phẩm từ gấc của cả nước năm 2024 đạt khoảng 48 triệu USD, trong đó Nhật Bản là thị trường lớn nhất với 17,5 triệu USD.

Hoàng Nam
"""

Y24 = year(2024)
Y25 = year(2025, "Năm 2025")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-01-16")

FIGS = [
    F("gần 40 tấn", "40", 40, "measure", "tấn", "dầu gấc xuất khẩu", Y24, approx="nearly"),
    F("hơn 3 triệu USD", "3", 3e6, "money", "USD", "doanh thu xuất khẩu dầu gấc", Y24, approx="over"),
    F("gồm 2 container", "2", 2, "count", "container", "lô hàng dầu gấc và bột gấc xuất sang Nhật Bản"),
    F("tổng khối lượng 12 tấn", "12", 12, "measure", "tấn", "tổng khối lượng đơn hàng dầu gấc đã ký", YTD),
    F("xuất khẩu 38,6 tấn", "38,6", 38.6, "measure", "tấn", "dầu gấc xuất khẩu", Y24,
      change=change("increase", 42, "%", "năm 2023")),
    F("đạt 3,2 triệu USD", "3,2", 3.2e6, "money", "USD", "doanh thu xuất khẩu", Y24, percent=76),
    F("với 420 hộ", "420", 420, "count", "hộ", "hộ nông dân liên kết trồng gấc hữu cơ"),
    F("trồng 265 ha", "265", 265, "measure", "ha", "diện tích gấc theo tiêu chuẩn hữu cơ"),
    F("mức 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá thu mua gấc",
      change=change("increase", 20, "%", "giá thị trường", approx="about")),
    F("lãi 150-180 triệu", "150", 150e6, "money", "đồng/ha/năm", "lãi mỗi ha gấc hữu cơ", value_max=180e6),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ gấc hữu cơ so với trồng lúa"),
    F("khoảng 55%", "55", 55, "percent", "%", "tỷ trọng thị trường Nhật Bản trong sản lượng xuất khẩu", approx="about"),
    F("bình quân 92 USD/lít", "92", 92, "money", "USD/lít", "giá dầu gấc hữu cơ xuất sang Nhật"),
    F("khoảng 1,3 triệu đồng/lít", "1,3", 1.3e6, "money", "đồng/lít", "giá dầu gấc hữu cơ bán trong nước",
      approx="about"),
    F("xuất khẩu 55 tấn", "55", 55, "measure", "tấn", "dầu gấc xuất khẩu", Y25, status="forecast"),
    F("lên 400 ha", "400", 400, "measure", "ha", "vùng nguyên liệu gấc", Y25, status="forecast"),
    F("khoảng 48 triệu USD", "48", 48e6, "money", "USD", "xuất khẩu sản phẩm từ gấc", Y24, approx="about",
      location="Việt Nam"),
    F("với 17,5 triệu USD", "17,5", 17.5e6, "money", "USD", "xuất khẩu sản phẩm từ gấc sang Nhật Bản", Y24,
      total=48e6, location="Việt Nam"),
]

NOTES = [
    "National newspaper: Long An company exporting gấc oil. Dateline 'Thứ năm, 16/1/2025, 07:30 (GMT+7)'; byline at end.",
    "Company figures are located Long An (named in the sapo); Japan and other markets are partners, not places.",
    "'Từ đầu năm đến nay' runs from 2025-01-01 to the dateline. Paragraph 3 and 4 figures without a period phrase get none.",
    "'lãi 150-180 triệu đồng mỗi năm' per ha -> unit đồng/ha/năm. 'Mức thu nhập này gấp 3 lần trồng lúa' is a multiple of its own.",
    "National export total and its Japan part are located Việt Nam (trade partner is not a place).",
    "revised: subject of 12 tấn now names the indicator the sentence gives ('tổng khối lượng'), was 'đơn hàng dầu gấc đã ký'.",
    "Distractors: 07:30 (GMT+7), Thứ năm, 'lô hàng đầu tiên', Khu công nghiệp Tân Đức, Lê Minh Khang.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-01-16", location="Long An")
