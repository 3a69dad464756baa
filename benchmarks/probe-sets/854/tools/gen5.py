"""p854-5: Party/provincial newspaper (Báo Thái Bình style), a young baker's clean bánh mì workshop; byline + bare date."""
from lib import F, change, period, write

TEXT = """Chàng trai 9X khởi nghiệp với lò bánh mì sạch

Từ một lò bánh nhỏ thuê lại năm 2019, đến nay cơ sở bánh mì Hưng Phát của anh Phạm Văn Hưng ở phường Tiền Phong, thành phố Thái Bình đã có 3 dây chuyền sản xuất và 26 lao động.

Mỗi ngày, cơ sở làm ra khoảng 12.000 chiếc bánh mì các loại, tiêu thụ khoảng 1,2 tấn bột mì, cung cấp cho hơn 150 đại lý, trường học và bếp ăn khu công nghiệp trong tỉnh. Giá bán buôn từ 2.500 đến 4.000 đồng/chiếc tùy loại.

Năm 2022, doanh thu của cơ sở đạt trên 9,6 tỷ đồng, tăng 35% so với năm 2021; lợi nhuận khoảng 1,1 tỷ đồng. Thu nhập bình quân của người lao động đạt 7,5 triệu đồng/người/tháng, cao hơn 1,5 triệu đồng so với năm trước.

Anh Hưng cho biết, 100% nguyên liệu bột mì, bơ, sữa đều có hóa đơn, nguồn gốc rõ ràng; nước dùng để nhào bột được kiểm nghiệm 6 tháng/lần. Năm 2021, sản phẩm bánh mì hoa cúc của cơ sở được công nhận sản phẩm OCOP 3 sao.

"Làm bánh mì sạch thì không được tiếc tiền cho nguyên liệu, khách hàng ăn một lần là nhớ", anh Hưng chia sẻ.

Theo Sở Công Thương, toàn tỉnh hiện có khoảng 340 lò bánh mì, bánh ngọt, nhưng mới có 27 cơ sở đầu tư dây chuyền khép kín. Tỉnh phấn đấu đến năm 2025 có thêm 10 sản phẩm bánh đạt chuẩn OCOP từ 3 sao trở lên.

MINH HẢI
18/03/2023
"""

NOW = period("đến nay", None, "2023-03-18")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y22i = period("Năm 2022", "2022-01-01", "2022-12-31", inherited=True)
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 3 dây chuyền", "3", 3, "count", "dây chuyền", "dây chuyền sản xuất của cơ sở bánh mì Hưng Phát", NOW),
    F("và 26 lao động", "26", 26, "count", "lao động", "lao động của cơ sở bánh mì Hưng Phát", NOW),
    F("khoảng 12.000 chiếc", "12.000", 12000, "measure", "chiếc/ngày", "bánh mì cơ sở làm ra mỗi ngày",
      approx="about"),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", "bột mì tiêu thụ mỗi ngày", approx="about"),
    F("hơn 150 đại lý", "150", 150, "count", "đại lý", "đại lý, trường học và bếp ăn khu công nghiệp được cung cấp",
      approx="over"),
    F("từ 2.500 đến 4.000 đồng/chiếc", "2.500", 2500, "money", "đồng/chiếc", "giá bán buôn bánh mì",
      value_max=4000),
    F("trên 9,6 tỷ đồng", "9,6", 9_600_000_000, "money", "đồng", "doanh thu của cơ sở", Y22, approx="over",
      change=change("increase", 35, "%", "năm 2021")),
    F("khoảng 1,1 tỷ đồng", "1,1", 1_100_000_000, "money", "đồng", "lợi nhuận của cơ sở", Y22, approx="about"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7_500_000, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động", Y22i,
      change=change("increase", 1_500_000, "đồng", "năm trước")),
    F("100% nguyên liệu", "100", 100, "percent", "%", "nguyên liệu có hóa đơn, nguồn gốc rõ ràng"),
    F("6 tháng/lần", "6", 6, "measure", "tháng/lần", "chu kỳ kiểm nghiệm nước nhào bột", optional=True),
    F("OCOP 3 sao.", "3", 3, "count", "sao", "hạng sao OCOP của bánh mì hoa cúc", optional=True),
    F("khoảng 340 lò", "340", 340, "count", "lò", "lò bánh mì, bánh ngọt", approx="about"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở đầu tư dây chuyền khép kín"),
    F("thêm 10 sản phẩm", "10", 10, "count", "sản phẩm", "sản phẩm bánh đạt chuẩn OCOP", T25, status="target"),
    F("từ 3 sao trở lên", "3", 3, "count", "sao", "hạng sao OCOP", optional=True),
]

NOTES = [
    "Party newspaper (Thái Bình), byline MINH HẢI and bare date 18/03/2023 at the end: one workshop's figures and the province's.",
    "'đến nay' gives as-of the published date for the workshop's lines and workers; 'năm 2019' only dates the start (not a period of the figures).",
    "'Mỗi ngày … 12.000 chiếc … 1,2 tấn bột mì' are daily rates: measure, unit with '/ngày'.",
    "'7,5 triệu đồng/người/tháng, cao hơn 1,5 triệu đồng so với năm trước': change in đồng; period Năm 2022 from the previous sentence (inherited).",
    "OCOP star ratings ('OCOP 3 sao', 'từ 3 sao trở lên') are levels / category thresholds; '6 tháng/lần' is a testing interval: optional. '9X' is not a figure.",
    "'27 cơ sở' follows 'nhưng mới có' with no part-of cue: no total.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, notes=NOTES, location="Thái Bình", published="2023-03-18")
