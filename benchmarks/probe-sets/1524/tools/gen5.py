"""p1524-5: Party newspaper (Báo Bắc Ninh): a handmade hair-clip brand in TP Từ Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế > Doanh nghiệp - Doanh nhân

Cô gái 9X khởi nghiệp từ những chiếc kẹp tóc handmade

Cập nhật lúc 07:15, Thứ Ba, 12/03/2024

(BNO) - Từ số vốn ban đầu 30 triệu đồng, chị Lê Thu Phương (sinh năm 1996) ở phường Đồng Nguyên, thành phố Từ Sơn đã xây dựng thương hiệu phụ kiện tóc Mộc Miên, bán hàng qua các sàn thương mại điện tử tới khách hàng khắp cả nước.

Xưởng của chị rộng khoảng 120 m2, có 14 công nhân, trong đó 11 người là lao động nữ ở địa phương. Mỗi ngày, xưởng làm ra từ 1.500 đến 2.000 chiếc kẹp tóc, cặp càng cua, nơ và băng đô với hơn 200 mẫu mã; mẫu kẹp càng cua M12 là sản phẩm bán chạy nhất. Giá bán từ 15.000 đến 180.000 đồng/chiếc.

Năm 2023, Mộc Miên bán được khoảng 310.000 sản phẩm, doanh thu đạt 6,8 tỷ đồng, tăng 45% so với năm 2022; riêng doanh thu bán hàng qua livestream chiếm gần 35%. Hai tháng đầu năm 2024, doanh thu đạt 1,9 tỷ đồng nhờ nhu cầu quà tặng dịp Tết và Lễ tình nhân. Thu nhập bình quân của công nhân 7,5 triệu đồng/người/tháng.

Chị Phương cho biết, năm 2024 xưởng đặt mục tiêu doanh thu 9 tỷ đồng, tuyển thêm 6 lao động. Gian hàng Mộc Miên trên sàn Shopee hiện xếp thứ 2 trong ngành hàng phụ kiện tóc với hơn 85 nghìn người theo dõi.

Theo UBND thành phố Từ Sơn, trên địa bàn hiện có 23 cơ sở sản xuất phụ kiện tóc quy mô nhỏ, tạo việc làm cho gần 400 lao động.

THU HÀ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ban đầu 30 triệu", "30", 30e6, "money", "đồng", subject="số vốn ban đầu"),
    fig("khoảng 120 m2", "120", 120, "measure", "m2", approx="about", subject="diện tích xưởng"),
    fig("có 14 công nhân", "14", 14, "count", "công nhân", subject="công nhân của xưởng"),
    fig("11 người", "11", 11, "count", "người", total=14, subject="lao động nữ ở địa phương"),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "measure", "chiếc/ngày", value_max=2000,
        subject="kẹp tóc, cặp càng cua, nơ và băng đô xưởng làm ra mỗi ngày"),
    fig("hơn 200 mẫu", "200", 200, "count", "mẫu mã", approx="over", subject="mẫu mã sản phẩm"),
    fig("từ 15.000 đến 180.000", "15.000", 15000, "money", "đồng/chiếc", value_max=180000,
        subject="giá bán"),
    fig("khoảng 310.000 sản phẩm", "310.000", 310000, "count", "sản phẩm", approx="about",
        subject="sản phẩm Mộc Miên bán được", period=Y23),
    fig("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", change=chg("increase", 45, "%", "năm 2022"),
        subject="doanh thu của Mộc Miên", period=Y23),
    fig("gần 35%", "35", 35, "percent", "%", approx="nearly",
        subject="doanh thu bán hàng qua livestream", period=Y23),
    fig("đạt 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", subject="doanh thu", period=M2),
    fig("công nhân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của công nhân"),
    fig("doanh thu 9 tỷ", "9", 9e9, "money", "đồng", status="target", subject="doanh thu của xưởng",
        period=Y24),
    fig("thêm 6 lao động", "6", 6, "count", "lao động", status="target", subject="lao động xưởng tuyển thêm",
        period=Y24),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="gian hàng Mộc Miên trên sàn Shopee trong ngành hàng phụ kiện tóc"),
    fig("hơn 85 nghìn", "85", 85000, "count", "người theo dõi", approx="over",
        subject="người theo dõi gian hàng Mộc Miên"),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở sản xuất phụ kiện tóc quy mô nhỏ"),
    fig("gần 400 lao động", "400", 400, "count", "lao động", approx="nearly",
        subject="lao động các cơ sở sản xuất phụ kiện tóc tạo việc làm"),
]

NOTES = [
    "Party newspaper (Báo Bắc Ninh): 'Cập nhật lúc 07:15, Thứ Ba, 12/03/2024', tag '(BNO) -', byline 'THU HÀ' at the end.",
    "Distractors: '9X', 'sinh năm 1996', 07:15, 'mẫu kẹp càng cua M12' (a product name), 'Hai' in the period 'Hai tháng đầu năm 2024'.",
    "All figures are in thành phố Từ Sơn (the workshop and the city's count): location Từ Sơn.",
    "'14 công nhân, trong đó 11 người' → total 14. 'Mỗi ngày ... từ 1.500 đến 2.000 chiếc' → measure, unit chiếc/ngày (a rate).",
    "'riêng doanh thu bán hàng qua livestream chiếm gần 35%' → a percent figure of its own (no amount of its own), period 2023.",
    "'Hai tháng đầu năm 2024' ends 2024-02-29. 'đặt mục tiêu doanh thu 9 tỷ đồng, tuyển thêm 6 lao động' → both target.",
    "Standing wage, price, rank and follower counts: no period.",
]

if __name__ == "__main__":
    write("p1524-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Từ Sơn")
