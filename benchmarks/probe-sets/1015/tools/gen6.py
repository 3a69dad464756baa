"""p1015-6: national newspaper (VnExpress style), Hà Nội gold shops and e-invoices, June 2025."""
from lib import F, P, I, C, T, NOWHERE, write_set

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 10/6/2025, 14:30 (GMT+7)

Hơn 1.100 cơ sở kinh doanh vàng ở Hà Nội bị rà soát hóa đơn

Cơ quan thuế đang rà soát việc xuất hóa đơn điện tử theo từng lần bán hàng tại các cửa hàng vàng, bạc, đá quý trên địa bàn Hà Nội.

Theo Thuế thành phố Hà Nội, địa bàn hiện có 1.124 hộ, doanh nghiệp kinh doanh vàng bạc đá quý đang hoạt động, trong đó 826 cơ sở đã sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, chiếm 73,5%. Năm 2024, doanh thu kê khai của nhóm này khoảng 42.300 tỷ đồng, tăng 31% so với năm 2023. Số thuế nộp ngân sách 5 tháng đầu năm 2025 ước đạt 612 tỷ đồng.

Trên phố Trần Nhân Tông, một trong những "phố vàng" của Hà Nội, 6 trên 9 cửa hàng lớn vẫn đóng cửa sáng nay. Một chủ tiệm cho biết trước đây mỗi ngày cửa hàng bán khoảng 30-40 lượng vàng nhẫn, nay lượng khách thưa hẳn.

Tại Hà Nội, giá vàng miếng SJC sáng nay được niêm yết 116,8-118,8 triệu đồng mỗi lượng (mua vào - bán ra). Giá vàng thế giới ở mức 3.320 USD/ounce, quy đổi khoảng 105 triệu đồng/lượng, thấp hơn giá vàng miếng trong nước gần 14 triệu đồng.

Theo khoản 2 Điều 11 Nghị định số 123/2020/NĐ-CP, được sửa đổi tại Nghị định số 70/2025/NĐ-CP có hiệu lực từ ngày 1/6/2025, cơ sở kinh doanh vàng có doanh thu từ 1 tỷ đồng/năm trở lên phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền. Hành vi không lập hóa đơn khi bán hàng có thể bị phạt từ 4 đến 8 triệu đồng.

Đại diện Thuế thành phố cho biết, dự kiến đến hết tháng 7, khoảng 95% cơ sở kinh doanh vàng trên địa bàn sẽ áp dụng hóa đơn điện tử.

Minh Sơn
"""

HN = "Hà Nội"
FIG = [
    F("Hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", "cơ sở kinh doanh vàng bị rà soát hóa đơn",
      approx="over"),
    F("có 1.124 hộ", "1.124", 1124, "count", "hộ, doanh nghiệp",
      "hộ, doanh nghiệp kinh doanh vàng bạc đá quý đang hoạt động"),
    F("trong đó 826 cơ sở", "826", 826, "count", "cơ sở",
      "cơ sở sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", total=1124, percent=73.5),
    F("khoảng 42.300 tỷ đồng", "42.300", 42_300_000_000_000, "money", "đồng", "doanh thu kê khai",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=C("increase", 31, "%", "năm 2023")),
    F("ước đạt 612 tỷ đồng", "612", 612_000_000_000, "money", "đồng", "số thuế nộp ngân sách",
      P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31"), status="estimate"),
    F("6 trên 9 cửa hàng", "6", 6, "count", "cửa hàng", "cửa hàng lớn trên phố Trần Nhân Tông vẫn đóng cửa",
      total=9),
    F("khoảng 30-40 lượng", "30", 30, "measure", "lượng", "vàng nhẫn cửa hàng bán mỗi ngày trước đây",
      value_max=40, approx="about"),
    F("niêm yết 116,8-", "116,8", 116_800_000, "money", "đồng/lượng", "giá vàng miếng SJC mua vào"),
    F("-118,8 triệu", "118,8", 118_800_000, "money", "đồng/lượng", "giá vàng miếng SJC bán ra"),
    F("mức 3.320 USD/ounce", "3.320", 3320, "money", "USD/ounce", "giá vàng thế giới", location=NOWHERE),
    F("khoảng 105 triệu", "105", 105_000_000, "money", "đồng/lượng", "giá vàng thế giới quy đổi",
      location=NOWHERE, approx="about",
      change=C("decrease", 14_000_000, "đồng", "giá vàng miếng trong nước", "nearly")),
    F("từ 1 tỷ đồng/năm", "1", 1_000_000_000, "money", "đồng/năm",
      "doanh thu của cơ sở kinh doanh vàng phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền",
      location="Việt Nam", approx="at_least", optional=True),
    F("từ 4 đến 8 triệu", "4", 4_000_000, "money", "đồng", "mức phạt hành vi không lập hóa đơn khi bán hàng",
      location="Việt Nam", value_max=8_000_000, optional=True),
    F("khoảng 95% cơ sở", "95", 95, "percent", "%", "cơ sở kinh doanh vàng áp dụng hóa đơn điện tử",
      P("đến hết tháng 7", None, "2025-07-31"), approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), Thứ ba, 10/6/2025: rà soát hóa đơn điện tử tại cơ sở kinh doanh vàng ở Hà Nội.",
    "'116,8-118,8 triệu đồng mỗi lượng (mua vào - bán ra)' is a buy price and a sell price, not a range: two figures.",
    "'6 trên 9 cửa hàng' = 6 out of 9 (total 9; 'trên' is not 'over' here). '826 cơ sở' after 'trong đó' -> total 1.124, percent 73,5.",
    "World price and its conversion have no location; '105 triệu ..., thấp hơn ... gần 14 triệu đồng' -> change of the 105 triệu.",
    "The legal threshold 'từ 1 tỷ đồng/năm trở lên' and the fine band 'từ 4 đến 8 triệu đồng' are rule parameters: optional.",
    "'sáng nay', 'trước đây', 'mỗi ngày' give no period; 'đến hết tháng 7' (2025 from the dateline) is an as-of end, forecast.",
    "Not figures: 'khoản 2 Điều 11', Nghị định số 123/2020/NĐ-CP, 70/2025/NĐ-CP, 'từ ngày 1/6/2025', dateline time 14:30 (GMT+7).",
]

write_set("p1015-6", TEXT, FIG, NOTES, published="2025-06-10", location=HN)
