"""p873-5: Báo Phú Thọ (provincial Party paper), votive paper at the Đền Hùng festival 2024; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Lễ hội Đền Hùng 2024: Lượng vàng mã giảm mạnh

Năm nay, Ban Quản lý Khu di tích lịch sử Đền Hùng tiếp tục thực hiện chủ trương "không đốt vàng mã, không đặt tiền lẻ sai nơi quy định" tại các đền, chùa trên núi Nghĩa Lĩnh. Trong 10 ngày lễ hội (từ 10/4 đến 19/4/2024), Khu di tích đón khoảng 7,2 triệu lượt du khách, tăng 5% so với năm 2023; riêng ngày chính hội 18/4 (tức mùng 10 tháng 3 âm lịch) đón gần 1,3 triệu lượt.

Lực lượng chức năng đã thu gom hơn 8,6 tấn vàng mã tại 4 điểm tiếp nhận dưới chân núi, giảm 37,5% so với năm 2023 và chỉ bằng khoảng 35% lượng vàng mã năm 2019. Toàn bộ số vàng mã này được chuyển về lò đốt của Công ty CP Môi trường đô thị Việt Trì để xử lý, bảo đảm không gây ô nhiễm.

Theo khảo sát của Ban Quản lý, 83% du khách đồng tình với chủ trương hạn chế đốt vàng mã; 12,4% cho rằng nên duy trì ở mức vừa phải. Tiền công đức thu qua hòm công đức và chuyển khoản đạt 15,6 tỷ đồng, trong đó chuyển khoản chiếm 41%.

Những năm trước, mỗi mùa lễ hội, cơ quan chức năng phải xử lý 20-25 tấn vàng mã. Các cơ sở kinh doanh hàng mã trên đường Âu Cơ, đường Nguyễn Tất Thành (TP Việt Trì) cũng cho biết doanh thu mùa lễ hội năm nay giảm 40-50%.

Toàn tỉnh hiện có 1.372 di tích, trong đó 287 di tích đã được xếp hạng. Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, Phú Thọ đặt mục tiêu đến năm 2030 có 100% di tích không đốt vàng mã, đồng thời lắp đặt thêm 150 lò hóa vàng tại các di tích cấp xã trong giai đoạn 2024-2026.

THU HÀ
22/4/2024
"""

PT = "Phú Thọ"
FEST = P("từ 10/4 đến 19/4/2024", "2024-04-10", "2024-04-19")
D18 = P("ngày chính hội 18/4", "2024-04-18", "2024-04-18")
NAMNAY = P("năm nay", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")

FIGS = [
    F("khoảng 7,2 triệu lượt", "7,2", 7.2e6, "count", "lượt", "lượt du khách đến Khu di tích",
      approx="about", change=C("increase", 5, "%", "năm 2023"), period=FEST),
    F("gần 1,3 triệu lượt", "1,3", 1.3e6, "count", "lượt", "lượt du khách ngày chính hội",
      approx="nearly", period=D18),
    F("hơn 8,6 tấn", "8,6", 8.6, "measure", "tấn", "vàng mã thu gom", approx="over",
      change=C("decrease", 37.5, "%", "năm 2023"), percent=35, period=I(FEST)),
    F("tại 4 điểm tiếp nhận", "4", 4, "count", "điểm tiếp nhận", "điểm tiếp nhận vàng mã"),
    F("83% du khách", "83", 83, "percent", "%", "du khách đồng tình với chủ trương hạn chế đốt vàng mã"),
    F("12,4% cho rằng", "12,4", 12.4, "percent", "%", "du khách cho rằng nên duy trì đốt vàng mã ở mức vừa phải"),
    F("đạt 15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", "tiền công đức thu qua hòm công đức và chuyển khoản"),
    F("chuyển khoản chiếm 41%", "41", 41, "percent", "%", "tỷ trọng tiền công đức chuyển khoản"),
    F("xử lý 20-25 tấn", "20", 20, "measure", "tấn", "vàng mã phải xử lý mỗi mùa lễ hội những năm trước", value_max=25),
    F("giảm 40-50%", "40", 40, "percent", "%", "doanh thu mùa lễ hội của cơ sở kinh doanh hàng mã giảm",
      value_max=50, period=NAMNAY, location="Việt Trì"),
    F("có 1.372 di tích", "1.372", 1372, "count", "di tích", "di tích"),
    F("287 di tích đã", "287", 287, "count", "di tích", "di tích đã được xếp hạng", total=1372),
    F("có 100% di tích", "100", 100, "percent", "%", "di tích không đốt vàng mã", status="target", period=T30),
    F("thêm 150 lò", "150", 150, "count", "lò hóa vàng", "lò hóa vàng lắp đặt thêm tại các di tích cấp xã",
      status="target", period=G),
]

NOTES = [
    "Báo Phú Thọ: votive paper at the Đền Hùng festival 2024; byline 'THU HÀ' and bare date '22/4/2024' at the end (published).",
    "'Trong 10 ngày lễ hội' is a duration that locates the figures in time: not a figure. 'mùng 10 tháng 3 âm lịch' is a date.",
    "8,6 tấn: 'giảm 37,5% so với năm 2023' is its change, 'bằng khoảng 35% lượng vàng mã năm 2019' its share (percent). Its period is in the previous paragraph: inherited.",
    "'trong đó chuyển khoản chiếm 41%' is the share of a part that has no number: a percent figure without total.",
    "The shops on đường Âu Cơ / Nguyễn Tất Thành are in TP Việt Trì: location Việt Trì. 'Những năm trước' gives no period.",
    "'đặt mục tiêu đến năm 2030 ... đồng thời lắp đặt thêm 150 lò' continues the target clause: target.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-04-22", location=PT)
