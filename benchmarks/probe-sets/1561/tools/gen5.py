"""p1561-5: provincial Party newspaper (Báo Long An): a garden-hose factory in huyện Đức Hòa; province's exports of the product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Long An
Thứ Tư, 07/08/2024 | 15:10

Ống tưới "made in Long An" vươn ra thế giới

Từ một xưởng nhỏ với 2 máy đùn nhựa, Công ty TNHH Nhựa Phú Thịnh nay đã trở thành một trong những nhà sản xuất ống tưới vườn lớn của cả nước, xuất khẩu tới 14 quốc gia.

(LA) - Nhà máy của công ty tại Khu công nghiệp Hải Sơn, huyện Đức Hòa rộng gần 3 ha, có 18 dây chuyền đùn ống PVC và ống cao su mềm, công suất khoảng 24 triệu mét ống/năm. 7 tháng đầu năm 2024, công ty sản xuất 13,6 triệu mét ống tưới các loại, tăng 21% so với cùng kỳ; doanh thu đạt 265 tỷ đồng, trong đó xuất khẩu chiếm 68%.

Sản phẩm chủ lực là ống tưới mềm đường kính từ 12 đến 25 mm, dài 15-30 m/cuộn, kèm vòi phun 7 chế độ, giá xuất xưởng khoảng 85.000-240.000 đồng/cuộn. Thị trường lớn nhất là Mỹ, chiếm khoảng 40% kim ngạch xuất khẩu của công ty, tiếp đến là Nhật Bản và Australia.

Công ty hiện có 420 lao động, trong đó 65% là lao động nữ, thu nhập bình quân 9,5 triệu đồng/người/tháng. Ông Lê Minh Phú, Giám đốc công ty cho biết, năm nay công ty dự kiến đầu tư thêm 4 dây chuyền với tổng vốn khoảng 60 tỷ đồng, nâng công suất lên 30 triệu mét/năm; phấn đấu doanh thu cả năm đạt 480 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 9 doanh nghiệp sản xuất ống nhựa, thiết bị tưới. Kim ngạch xuất khẩu nhóm hàng này 7 tháng đạt khoảng 31 triệu USD, tăng 17,5% so với cùng kỳ, đứng thứ 3 cả nước.

HOÀNG NAM
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7S = per("7 tháng", "2024-01-01", "2024-07-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"

FIGS = [
    fig("một xưởng", "một", 1, "count", "xưởng", optional=True),
    fig("với 2 máy", "2", 2, "count", "máy đùn nhựa",
        subject="máy đùn nhựa của xưởng ban đầu"),
    fig("tới 14 quốc gia", "14", 14, "count", "quốc gia",
        subject="quốc gia Công ty TNHH Nhựa Phú Thịnh xuất khẩu tới", location=DH),
    fig("gần 3 ha", "3", 3, "measure", "ha", approx="nearly",
        subject="diện tích nhà máy của công ty", location=DH),
    fig("có 18 dây", "18", 18, "count", "dây chuyền",
        subject="dây chuyền đùn ống PVC và ống cao su mềm", location=DH),
    fig("khoảng 24 triệu", "24", 24e6, "measure", "mét/năm", approx="about",
        subject="công suất nhà máy", location=DH),
    fig("xuất 13,6 triệu", "13,6", 13.6e6, "measure", "mét",
        change=chg("increase", 21, "%", "cùng kỳ"),
        subject="ống tưới các loại công ty sản xuất", period=M7, location=DH),
    fig("đạt 265 tỷ", "265", 265e9, "money", "đồng",
        subject="doanh thu của công ty", period=M7, location=DH),
    fig("chiếm 68%", "68", 68, "percent", "%",
        subject="tỷ trọng xuất khẩu trong doanh thu", period=M7, location=DH),
    fig("từ 12 đến 25 mm", "12", 12, "measure", "mm", value_max=25, optional=True, location=DH),
    fig("dài 15-30 m", "15", 15, "measure", "m/cuộn", value_max=30, optional=True, location=DH),
    fig("phun 7 chế độ", "7", 7, "count", "chế độ", optional=True, location=DH),
    fig("khoảng 85.000-240.000", "85.000", 85000, "money", "đồng/cuộn", value_max=240000, approx="about",
        subject="giá xuất xưởng ống tưới mềm", location=DH),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu của công ty", location=DH),
    fig("có 420 lao động", "420", 420, "count", "lao động",
        subject="lao động của công ty", location=DH),
    fig("trong đó 65%", "65", 65, "percent", "%",
        subject="tỷ lệ lao động nữ", location=DH),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động của công ty", location=DH),
    fig("thêm 4 dây chuyền", "4", 4, "count", "dây chuyền", status="forecast",
        subject="dây chuyền công ty đầu tư thêm", period=NOW, location=DH),
    fig("khoảng 60 tỷ", "60", 60e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư thêm dây chuyền", period=NOW, location=DH),
    fig("lên 30 triệu", "30", 30e6, "measure", "mét/năm", status="forecast",
        subject="công suất nhà máy", period=NOW, location=DH),
    fig("đạt 480 tỷ", "480", 480e9, "money", "đồng", status="target",
        subject="doanh thu cả năm của công ty", period=YEAR, location=DH),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất ống nhựa, thiết bị tưới"),
    fig("khoảng 31 triệu", "31", 31e6, "money", "USD", approx="about",
        change=chg("increase", 17.5, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu nhóm hàng ống nhựa, thiết bị tưới", period=M7S),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="kim ngạch xuất khẩu nhóm hàng ống nhựa, thiết bị tưới", period=M7S),
]

NOTES = [
    "Provincial Party newspaper (Báo Long An): 'Thứ Tư, 07/08/2024 | 15:10', headline, sapo, tag '(LA) -', byline at the end.",
    "Distractors: 15:10, 'made in Long An', 'Khu công nghiệp Hải Sơn', 'một trong những' (idiom), 'ống PVC'.",
    "The factory passage (KCN Hải Sơn, huyện Đức Hòa): location Đức Hòa for the company's figures; the Sở Công Thương paragraph is Long An.",
    "revised: the sapo's first workshop ('một xưởng nhỏ với 2 máy đùn nhựa') is not placed in Đức Hòa by the text (only the present factory is): location Long An.",
    "Optional: 'một xưởng' (article-like 'một'), product specs 'đường kính từ 12 đến 25 mm', 'dài 15-30 m/cuộn', 'vòi phun 7 chế độ' (a product feature, name-like).",
    "'trong đó xuất khẩu chiếm 68%', 'trong đó 65% là lao động nữ', 'Mỹ, chiếm khoảng 40% kim ngạch' are percent figures of their own (no amount of the same thing before them).",
    "'năm nay ... dự kiến' governs 4 dây chuyền, 60 tỷ and 30 triệu mét/năm (forecast, 2024); after ';' 'phấn đấu' gives the 480 tỷ a target status, period 'cả năm' 2024.",
    "Year-less '7 tháng' takes 2024 from the earlier '7 tháng đầu năm 2024'; 'đứng thứ 3 cả nước' continues the export sentence: location Long An (the province's rank).",
]

if __name__ == "__main__":
    write("p1561-5", TEXT, NOTES, FIGS, published="2024-08-07", location="Long An")
