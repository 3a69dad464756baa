"""p1465-8: magazine (Tạp chí Kinh tế và Thương hiệu): a Đà Nẵng perfume chain, Mộc Hương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TẠP CHÍ KINH TẾ VÀ THƯƠNG HIỆU
Doanh nghiệp | Thị trường | Thương hiệu Việt | Tiêu dùng

Chuỗi nước hoa Mộc Hương: Đưa mùi hương Việt cạnh tranh với hàng ngoại

24/06/2024 07:30 | Hoàng Lan

Từ một cửa hàng nhỏ ở Đà Nẵng, Mộc Hương đang từng bước khẳng định thương hiệu nước hoa Việt trên thị trường gần như do hàng nhập khẩu chi phối.

Năm 2016, anh Võ Minh Triết mở cửa hàng nước hoa đầu tiên rộng khoảng 25 m2 trên đường Lê Duẩn, TP Đà Nẵng. Sau 8 năm, Công ty cổ phần Hương Sắc Việt của anh hiện sở hữu chuỗi Mộc Hương với 14 cửa hàng tại 5 tỉnh, thành phố miền Trung và một xưởng pha chế tại Khu công nghiệp Hòa Khánh.

Điểm khác biệt của Mộc Hương là các dòng nước hoa hương trầm, hương quế, hương sen như Trầm 68, Sen Hồ Tây do công ty tự pha chế từ tinh dầu trong nước. Hiện sản phẩm tự pha chế chiếm khoảng 40% doanh thu, phần còn lại là nước hoa nhập khẩu chính ngạch từ Pháp, Ý và UAE.

Năm 2023, chuỗi bán ra hơn 62.000 chai nước hoa, doanh thu đạt 48,6 tỷ đồng, tăng 35% so với năm 2022. Doanh thu năm 2023 gấp 3 lần năm 2020. Giá một chai Mộc Hương dung tích 50 ml từ 390.000 đến 690.000 đồng.

Công ty sử dụng 86 lao động, trong đó 52 lao động nữ, thu nhập bình quân 9,5 triệu đồng/người/tháng. Năm 2024, Mộc Hương phấn đấu doanh thu đạt 60 tỷ đồng, mở thêm 4 cửa hàng; dự kiến xuất khẩu lô hàng đầu tiên sang Hàn Quốc vào quý IV.

Theo Sở Công Thương Đà Nẵng, năm 2023 thành phố có 9 doanh nghiệp sản xuất, pha chế nước hoa và hơn 300 cửa hàng kinh doanh nước hoa, mỹ phẩm.

Chia sẻ | In bài | 0 bình luận
"""

Y16 = per("Năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Từ một cửa hàng", "một", 1, "count", "cửa hàng", subject="cửa hàng nhỏ ở Đà Nẵng", optional=True),
    fig("khoảng 25 m2", "25", 25, "measure", "m2", approx="about",
        subject="diện tích cửa hàng nước hoa đầu tiên", period=Y16),
    fig("với 14 cửa hàng", "14", 14, "count", "cửa hàng",
        subject="cửa hàng của chuỗi Mộc Hương"),
    fig("tại 5 tỉnh", "5", 5, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố miền Trung có cửa hàng Mộc Hương", location="Việt Nam"),
    fig("và một xưởng", "một", 1, "count", "xưởng",
        subject="xưởng pha chế"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="sản phẩm tự pha chế trong doanh thu"),
    fig("hơn 62.000 chai", "62.000", 62000, "count", "chai", approx="over",
        subject="nước hoa chuỗi bán ra", period=Y23),
    fig("đạt 48,6 tỷ", "48,6", 48.6e9, "money", "đồng",
        change=chg("increase", 35, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="doanh thu năm 2023 so với năm 2020", period=Y23b),
    fig("từ 390.000 đến 690.000", "390.000", 390000, "money", "đồng/chai", value_max=690000,
        subject="giá một chai Mộc Hương"),
    fig("dung tích 50 ml", "50", 50, "measure", "ml", subject="dung tích chai", optional=True),
    fig("sử dụng 86 lao động", "86", 86, "count", "lao động",
        subject="lao động công ty sử dụng"),
    fig("đó 52 lao động", "52", 52, "count", "lao động", total=86,
        subject="lao động nữ"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("đạt 60 tỷ", "60", 60e9, "money", "đồng", status="target",
        subject="doanh thu", period=Y24),
    fig("thêm 4 cửa hàng", "4", 4, "count", "cửa hàng", status="target",
        subject="cửa hàng mở thêm", period=Y24),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, pha chế nước hoa", period=Y23b),
    fig("hơn 300 cửa hàng", "300", 300, "count", "cửa hàng", approx="over",
        subject="cửa hàng kinh doanh nước hoa, mỹ phẩm", period=Y23b),
]

NOTES = [
    "Magazine (Tạp chí Kinh tế và Thương hiệu): '24/06/2024 07:30 | Hoàng Lan'; a Đà Nẵng perfume chain (invented: Mộc Hương, Công ty cổ phần Hương Sắc Việt).",
    "Distractors: 'Sau 8 năm' (a duration that locates in time), product name 'Trầm 68', 'cửa hàng ... đầu tiên', 'lô hàng đầu tiên' (ordinals),",
    "  'quý IV', '0 bình luận', 'gần như' (not a number).",
    "'Từ một cửa hàng nhỏ' in the sapo: 'một' works as an article here; optional. 'một xưởng pha chế' is a count (as 'một dây chuyền' in set 1242).",
    "'khoảng 25 m2' takes 'Năm 2016' (same sentence). The chain's present figures ('hiện', 'Hiện') have no period.",
    "'Doanh thu năm 2023 gấp 3 lần năm 2020' stands alone as the claim: a multiple figure.",
    "'phấn đấu doanh thu đạt 60 tỷ đồng, mở thêm 4 cửa hàng' → target, năm 2024. '50 ml' bottle size optional. Location Đà Nẵng,",
    "  except '5 tỉnh, thành phố miền Trung': a count of provinces is located in Việt Nam (FIGURES.md, location).",
    "revised after the first run: '5 tỉnh' location Đà Nẵng → Việt Nam (the spec's rule for a count of provinces).",
]

if __name__ == "__main__":
    write("p1465-8", TEXT, NOTES, FIGS, published="2024-06-24", location="Đà Nẵng")
