"""p888-5: Party/provincial newspaper (Báo Nghệ An), composite biogas tanks in huyện Yên Thành, byline + bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Người chăn nuôi Yên Thành hưởng lợi từ hầm biogas composite

Những năm gần đây, hầm biogas composite lắp đặt sẵn được nhiều hộ chăn nuôi ở huyện Yên Thành lựa chọn thay cho hầm xây gạch truyền thống. Theo Phòng Nông nghiệp và PTNT huyện, từ đầu năm 2024 đến nay, toàn huyện đã lắp đặt mới 436 hầm composite, nâng tổng số công trình khí sinh học trên địa bàn lên gần 5.200 công trình. Trong đó, các xã Công Thành (312 công trình), Bắc Thành (287 công trình) và Tăng Thành (254 công trình) có số lượng nhiều nhất.

Một hầm composite dung tích 9 m3 có giá từ 12 đến 15 triệu đồng, thời gian lắp đặt chỉ 1-2 ngày, tuổi thọ trên 20 năm. Huyện hỗ trợ 3 triệu đồng/hầm, phần còn lại do người dân tự bỏ ra hoặc vay vốn Ngân hàng Chính sách xã hội với lãi suất 0,79%/tháng.

Anh Nguyễn Văn Tư ở xóm 7, xã Công Thành nuôi 40 con lợn thịt, cho biết từ khi có hầm biogas, gia đình không phải mua gas đun nấu, mỗi tháng tiết kiệm khoảng 450.000 đồng. Khí thừa còn được dùng chạy máy phát điện công suất 5 kW để bơm nước tưới vườn.

Theo ông Hồ Sỹ Hùng, Trưởng phòng Nông nghiệp và PTNT huyện, lượng phân thải của đàn lợn hơn 85.000 con và đàn trâu bò khoảng 32.000 con của huyện nếu không được xử lý sẽ gây ô nhiễm nghiêm trọng. Năm 2025, huyện phấn đấu lắp thêm 500 hầm, đưa tỷ lệ hộ chăn nuôi có công trình xử lý chất thải lên 75%, cao hơn 8 điểm phần trăm so với hiện nay.

THANH HẢI
15/11/2024
"""

YTD = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-15")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("mới 436 hầm", "436", 436, "count", "hầm", "hầm composite lắp đặt mới", YTD),
    F("gần 5.200 công trình", "5.200", 5200, "count", "công trình", "tổng số công trình khí sinh học", YTD,
      approx="nearly"),
    F("Công Thành (312 công trình)", "312", 312, "count", "công trình", "công trình khí sinh học", I(YTD),
      total=5200),
    F("Bắc Thành (287 công trình)", "287", 287, "count", "công trình", "công trình khí sinh học", I(YTD),
      total=5200),
    F("Tăng Thành (254 công trình)", "254", 254, "count", "công trình", "công trình khí sinh học", I(YTD),
      total=5200),
    F("dung tích 9 m3", "9", 9, "measure", "m3", "dung tích hầm composite", optional=True),
    F("từ 12 đến 15 triệu đồng", "12", 12000000, "money", "đồng", "giá hầm composite", value_max=15000000),
    F("chỉ 1-2 ngày", "1", 1, "measure", "ngày", "thời gian lắp đặt hầm composite", value_max=2),
    F("trên 20 năm", "20", 20, "measure", "năm", "tuổi thọ hầm composite", approx="over"),
    F("3 triệu đồng/hầm", "3", 3000000, "money", "đồng/hầm", "mức hỗ trợ của huyện"),
    F("0,79%/tháng", "0,79", 0.79, "percent", "%", "lãi suất vay vốn Ngân hàng Chính sách xã hội"),
    F("nuôi 40 con lợn thịt", "40", 40, "count", "con", "lợn thịt của hộ anh Nguyễn Văn Tư"),
    F("khoảng 450.000 đồng", "450.000", 450000, "money", "đồng/tháng", "tiền mua gas tiết kiệm mỗi tháng",
      approx="about"),
    F("công suất 5 kW", "5", 5, "measure", "kW", "công suất máy phát điện", optional=True),
    F("hơn 85.000 con", "85.000", 85000, "count", "con", "đàn lợn", approx="over"),
    F("khoảng 32.000 con", "32.000", 32000, "count", "con", "đàn trâu bò", approx="about"),
    F("thêm 500 hầm", "500", 500, "count", "hầm", "hầm biogas lắp thêm", Y25, status="target"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ hộ chăn nuôi có công trình xử lý chất thải", Y25,
      change=C("increase", 8, "điểm phần trăm", "hiện nay"), status="target"),
]

NOTES = [
    "Báo Nghệ An style: composite biogas tanks in huyện Yên Thành (Nghệ An); byline THANH HẢI and bare date 15/11/2024 at the end.",
    "Location = the district Yên Thành (communes lie in it). 'từ đầu năm 2024 đến nay' ends at the published date; the stock 'nâng tổng số",
    "... lên gần 5.200' takes the period phrase of its sentence as written. 'Trong đó, các xã ...' are parts of the 5.200 works (total).",
    "'0,79%/tháng' is an interest rate: percent, unit %. Tank size 9 m3 and generator 5 kW are an example's specification (optional).",
    "Distractors: Nguyễn Văn Tư (a name), xóm 7, byline date.",
]

write("p888-5", TEXT, FIGS, NOTES, published="2024-11-15", location="Yên Thành")
