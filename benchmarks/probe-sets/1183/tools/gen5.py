"""p1183-5: Party newspaper (Báo Phú Thọ), seedling village in xã Đồng Xuân, huyện Thanh Ba."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Báo Phú Thọ > Kinh tế > Nông nghiệp

Làng nghề ươm giống cây lâm nghiệp ở Đồng Xuân

Những ngày này, dọc các con đường của xã Đồng Xuân, huyện Thanh Ba, đâu đâu cũng thấy những luống keo, bạch đàn xanh mướt chờ xuất vườn.

Xã hiện có 135 hộ làm nghề ươm cây giống, chiếm 38% số hộ của xã, trong đó 18 hộ có vườn ươm quy mô trên 1 ha. Mỗi năm, làng nghề xuất bán từ 25 đến 30 triệu cây giống các loại, chủ yếu là keo, bạch đàn và một số cây ăn quả như bưởi, chè. Năm 2023, doanh thu từ nghề ươm giống của xã đạt khoảng 45 tỷ đồng, tăng 12% so với năm trước; thu nhập của lao động làm thuê 180.000-220.000 đồng/ngày công.

Ông Nguyễn Văn Hùng ở khu 4 là một trong những hộ đầu tiên đưa kỹ thuật giâm hom vào sản xuất. Gia đình ông có 1,2 ha vườn ươm với hai nhà lưới, mỗi năm xuất bán khoảng 1,5 triệu cây keo hom. Ông cho biết, năm nay giá keo hom 750 đồng/cây, thấp hơn 50 đồng so với năm 2023, song nhờ sản lượng ổn định, gia đình vẫn lãi hơn 300 triệu đồng.

Toàn tỉnh Phú Thọ hiện có 320 cơ sở sản xuất giống cây lâm nghiệp, năng lực cung ứng trên 80 triệu cây/năm. Năm 2024, tỉnh dự kiến trồng 9.500 ha rừng sản xuất, cần khoảng 16 triệu cây giống. Để giữ uy tín làng nghề, xã Đồng Xuân đang hướng dẫn các hộ kê khai nguồn gốc giống, phấn đấu đến năm 2025 có ít nhất 50 hộ được cấp chứng nhận đủ điều kiện sản xuất giống.

MINH HUỆ
18/04/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HUNG = "vườn ươm của gia đình ông Nguyễn Văn Hùng"

FIGS = [
    fig("có 135 hộ", "135", 135, "count", "hộ", percent=38, subject="hộ làm nghề ươm cây giống"),
    fig("18 hộ", "18", 18, "count", "hộ", total=135, subject="hộ có vườn ươm quy mô trên 1 ha"),
    fig("trên 1 ha", "1", 1, "measure", "ha", approx="over", optional=True,
        subject="quy mô vườn ươm"),
    fig("từ 25 đến 30", "25", 25_000_000, "count", "cây giống", value_max=30_000_000,
        subject="cây giống làng nghề xuất bán mỗi năm"),
    fig("khoảng 45 tỷ", "45", 45_000_000_000, "money", "đồng", approx="about",
        change=chg("increase", 12, "%", "năm trước"), subject="doanh thu từ nghề ươm giống của xã", period=Y23),
    fig("180.000-220.000", "180.000", 180000, "money", "đồng/ngày công", value_max=220000,
        subject="thu nhập của lao động làm thuê", period=Y23),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject=f"diện tích {HUNG}"),
    fig("hai nhà lưới", "hai", 2, "count", "nhà lưới", subject=f"nhà lưới của {HUNG}"),
    fig("khoảng 1,5 triệu", "1,5", 1_500_000, "count", "cây keo hom", approx="about",
        subject="cây keo hom gia đình ông Hùng xuất bán mỗi năm"),
    fig("hom 750 đồng", "750", 750, "money", "đồng/cây",
        change=chg("decrease", 50, "đồng", "năm 2023"), subject="giá keo hom", period=NOW),
    fig("hơn 300 triệu", "300", 300_000_000, "money", "đồng", approx="over",
        subject="lãi của gia đình ông Hùng", period=NOW),
    fig("có 320 cơ sở", "320", 320, "count", "cơ sở", location="Phú Thọ",
        subject="cơ sở sản xuất giống cây lâm nghiệp"),
    fig("trên 80 triệu", "80", 80_000_000, "measure", "cây/năm", approx="over", location="Phú Thọ",
        subject="năng lực cung ứng cây giống"),
    fig("trồng 9.500 ha", "9.500", 9500, "measure", "ha", status="forecast", location="Phú Thọ",
        subject="diện tích trồng rừng sản xuất", period=Y24),
    fig("khoảng 16 triệu", "16", 16_000_000, "count", "cây giống", approx="about", status="forecast",
        location="Phú Thọ", subject="cây giống cần cho trồng rừng", period=Y24),
    fig("ít nhất 50 hộ", "50", 50, "count", "hộ", approx="at_least", status="target",
        subject="hộ được cấp chứng nhận đủ điều kiện sản xuất giống", period=T25),
]

NOTES = [
    "Party newspaper (Báo Phú Thọ): seedling village xã Đồng Xuân, huyện Thanh Ba. Byline 'MINH HUỆ' and bare date '18/04/2024' at the end.",
    "Distractors: 'khu 4' (address), 'một số cây ăn quả' and 'một trong những' (not numbers).",
    "'chiếm 38% số hộ của xã' is the share of 135 hộ; 18 hộ is a part of 135 ('trong đó'); 'trên 1 ha' is a size threshold (optional).",
    "'năm nay' = 2024 (the dateline). 'thấp hơn 50 đồng so với năm 2023' is the change of the price. 'hai nhà lưới' is a number word.",
    "The village and the farm figures are in Thanh Ba (default); the province paragraph's figures are Phú Thọ.",
    "'dự kiến' governs 9.500 ha and the clause that continues it (16 triệu cây); 'phấn đấu đến năm 2025' → target.",
    "The wage range stands in the 'Năm 2023' sentence after ';' and takes its period.",
]

if __name__ == "__main__":
    build("p1183-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Thanh Ba")
