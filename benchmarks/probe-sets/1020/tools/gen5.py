"""p1020-5: provincial Party newspaper (Báo Nghệ An), a lending ring behind a pawnshop; byline + bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Triệt phá đường dây cho vay lãi nặng núp bóng tiệm cầm đồ

Công an tỉnh Nghệ An vừa triệt phá đường dây cho vay lãi nặng núp bóng cơ sở kinh doanh dịch vụ cầm đồ trên đường Lê Lợi, bắt giữ 7 đối tượng, trong đó có chủ cơ sở là Hoàng Văn Tư (SN 1985).

Theo cơ quan điều tra, từ tháng 6/2023 đến tháng 1/2025, các đối tượng đã cho hơn 1.200 lượt người vay với tổng số tiền gần 38 tỷ đồng, lãi suất từ 3.000 đến 10.000 đồng/1 triệu đồng/ngày (tương đương 109,5% đến 365%/năm). Tổng số tiền lãi các đối tượng thu được khoảng 6,4 tỷ đồng, trong đó thu lợi bất chính hơn 5,1 tỷ đồng. Với mức lãi suất gấp 5 lần trở lên mức cao nhất quy định trong Bộ luật Dân sự, hành vi của các đối tượng đã cấu thành tội cho vay lãi nặng trong giao dịch dân sự theo Điều 201 Bộ luật Hình sự.

Khám xét nơi ở và cơ sở cầm đồ của các đối tượng, lực lượng chức năng thu giữ 214 giấy tờ tùy thân, 63 giấy chứng nhận quyền sử dụng đất, 27 xe máy, 2 ô tô cùng 1,3 tỷ đồng tiền mặt.

Theo Phòng Cảnh sát QLHC về TTXH Công an tỉnh, năm 2024, toàn tỉnh có 612 cơ sở kinh doanh dịch vụ cầm đồ, giảm 8,5% so với năm 2023. Lực lượng chức năng đã kiểm tra 734 lượt cơ sở, xử phạt 46 cơ sở vi phạm với số tiền 395 triệu đồng. Cũng trong năm 2024, Công an tỉnh khởi tố 21 vụ án cho vay lãi nặng, tăng 5 vụ so với năm 2023.

Để phòng ngừa, người dân khi có nhu cầu vay vốn cần tìm đến các tổ chức tín dụng hợp pháp; phát hiện dấu hiệu "tín dụng đen" cần báo ngay cho cơ quan Công an gần nhất.

THANH HÀ - QUỲNH ANH
08/03/2025
"""

RING = P("từ tháng 6/2023 đến tháng 1/2025", "2023-06-01", "2025-01-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("bắt giữ 7 đối tượng", "7", 7, "count", "đối tượng", "đối tượng bị bắt giữ"),
    F("hơn 1.200 lượt người", "1.200", 1200, "count", "lượt người", "lượt người vay", RING, approx="over"),
    F("gần 38 tỷ đồng", "38", 38e9, "money", "đồng", "tổng số tiền cho vay", RING, approx="nearly"),
    F("từ 3.000 đến 10.000 đồng", "3.000", 3000, "money", "đồng/1 triệu đồng/ngày", "lãi suất cho vay", RING,
      value_max=10000),
    F("tương đương 109,5% đến 365%", "109,5", 109.5, "percent", "%", "lãi suất cho vay quy đổi theo năm", RING,
      value_max=365),
    F("khoảng 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng", "tổng số tiền lãi các đối tượng thu được", I(RING),
      approx="about"),
    F("hơn 5,1 tỷ đồng", "5,1", 5.1e9, "money", "đồng", "số tiền thu lợi bất chính", I(RING),
      approx="over", total=6.4e9),
    F("gấp 5 lần trở lên", "5", 5, "multiple", "lần", "mức lãi suất so với mức cao nhất trong Bộ luật Dân sự",
      approx="at_least", optional=True),
    F("214 giấy tờ", "214", 214, "count", "giấy tờ tùy thân", "giấy tờ tùy thân thu giữ"),
    F("63 giấy chứng nhận", "63", 63, "count", "giấy chứng nhận quyền sử dụng đất",
      "giấy chứng nhận quyền sử dụng đất thu giữ"),
    F("27 xe máy", "27", 27, "count", "xe máy", "xe máy thu giữ"),
    F("2 ô tô", "2", 2, "count", "ô tô", "ô tô thu giữ"),
    F("1,3 tỷ đồng tiền mặt", "1,3", 1.3e9, "money", "đồng", "tiền mặt thu giữ"),
    F("có 612 cơ sở", "612", 612, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ", Y24,
      change=C("decrease", 8.5, "%", "năm 2023")),
    F("kiểm tra 734 lượt", "734", 734, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", I(Y24)),
    F("xử phạt 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", I(Y24)),
    F("395 triệu đồng", "395", 395e6, "money", "đồng", "số tiền xử phạt", I(Y24)),
    F("khởi tố 21 vụ án", "21", 21, "count", "vụ án", "vụ án cho vay lãi nặng được khởi tố", Y24,
      change=C("increase", 5, "vụ", "năm 2023")),
]

NOTES = [
    "Probe 1020-5: Báo Nghệ An, đường dây cho vay lãi nặng núp bóng tiệm cầm đồ; byline and bare date 08/03/2025 at the end.",
    "No district is named for the ring (only a street), so everything is Nghệ An.",
    "The bracketed '(tương đương 109,5% đến 365%/năm)' restates the daily rate per year: a percent figure of its own (range).",
    "'gấp 5 lần trở lên mức cao nhất…' is the legal threshold of the offence: optional multiple.",
    "Seized items carry no period (the search has no date). 'trong đó thu lợi bất chính' is part of the interest earned: total 6,4 tỷ.",
    "Distractors: SN 1985, Hoàng Văn Tư (number word in a name), Điều 201 Bộ luật Hình sự, đường Lê Lợi, dates.",
]

write("p1020-5", TEXT, NOTES, FIGS, published="2025-03-08", location="Nghệ An")
