"""p1000-5: Party newspaper (Báo Lào Cai) — automatic rain gauges with sirens in Bát Xát (2023)."""
from lib import F, P, I, C, write

TEXT = """Bát Xát chủ động cảnh báo lũ quét, sạt lở nhờ trạm đo mưa tự động

Mùa mưa năm nay, người dân thôn Phìn Ngan Lao Chải, xã Phìn Ngan (huyện Bát Xát) không còn quá lo lắng mỗi khi trời đổ mưa lớn. Chiếc còi gắn với trạm đo mưa tự động ở đầu thôn sẽ tự động hú khi lượng mưa trong 3 giờ vượt 50 mm.

Hiện nay, trên địa bàn huyện Bát Xát có 21 trạm đo mưa tự động, gồm 15 trạm do Đài Khí tượng Thủy văn tỉnh quản lý và 6 trạm do huyện đầu tư kèm thiết bị cảnh báo tại chỗ. Mỗi trạm có giá khoảng 160 triệu đồng, chi phí duy trì, truyền số liệu khoảng 7 triệu đồng/trạm/năm.

Trong đợt mưa lớn từ ngày 17 đến 20/7 vừa qua, trạm Y Tý đo được tổng lượng mưa 286 mm, trạm A Mú Sung 214 mm, trạm Trịnh Tường 173 mm. Hệ thống còi đã phát 38 lượt cảnh báo tại 9 thôn; lực lượng chức năng đã kịp thời di dời 47 hộ với 196 nhân khẩu đến nơi an toàn trước khi xảy ra sạt lở. Từ đầu năm đến nay, huyện đã di dời khẩn cấp 64 hộ ra khỏi vùng nguy hiểm, tăng gấp đôi so với cùng kỳ năm 2022.

Ông Lý Seo Sáu, Trưởng thôn Phìn Ngan Lao Chải cho biết: "Trước đây cả thôn chỉ nghe cảnh báo qua loa của xã, nhiều khi không kịp. Nay cứ nghe còi hú là bà con biết phải đi ngay".

Theo Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh, toàn tỉnh Lào Cai hiện có 168 trạm đo mưa tự động, trong đó 41 trạm có còi cảnh báo tại chỗ. Năm 2023, tỉnh phấn đấu lắp thêm 20 trạm có còi cảnh báo tại các xã có nguy cơ rất cao về lũ quét như Y Tý, Dền Sáng, Sàng Ma Sáo (Bát Xát), Tả Van, Bản Hồ (Sa Pa).

ĐỨC TÂM

02/08/2023
"""

RAIN = P("từ ngày 17 đến 20/7", "2023-07-17", "2023-07-20")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-08-02")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("trong 3 giờ", "3", 3, "measure", "giờ", "khoảng thời gian tính lượng mưa kích hoạt còi", optional=True),
    F("vượt 50 mm", "50", 50, "measure", "mm", "ngưỡng lượng mưa kích hoạt còi cảnh báo", approx="over", optional=True),
    F("có 21 trạm", "21", 21, "count", "trạm", "trạm đo mưa tự động trên địa bàn huyện"),
    F("gồm 15 trạm", "15", 15, "count", "trạm", "trạm do Đài Khí tượng Thủy văn tỉnh quản lý", total=21),
    F("và 6 trạm do huyện", "6", 6, "count", "trạm", "trạm do huyện đầu tư kèm thiết bị cảnh báo tại chỗ", total=21),
    F("khoảng 160 triệu đồng", "160", 160e6, "money", "đồng", "giá mỗi trạm đo mưa tự động", approx="about"),
    F("khoảng 7 triệu đồng/trạm/năm", "7", 7e6, "money", "đồng/trạm/năm", "chi phí duy trì, truyền số liệu", approx="about"),
    F("lượng mưa 286 mm", "286", 286, "measure", "mm", "tổng lượng mưa tại trạm Y Tý", RAIN),
    F("A Mú Sung 214 mm", "214", 214, "measure", "mm", "tổng lượng mưa tại trạm A Mú Sung", RAIN),
    F("Trịnh Tường 173 mm", "173", 173, "measure", "mm", "tổng lượng mưa tại trạm Trịnh Tường", RAIN),
    F("phát 38 lượt", "38", 38, "count", "lượt cảnh báo", "lượt cảnh báo hệ thống còi phát", I(RAIN)),
    F("tại 9 thôn", "9", 9, "count", "thôn", "thôn được còi cảnh báo", I(RAIN)),
    F("di dời 47 hộ", "47", 47, "count", "hộ", "hộ di dời đến nơi an toàn", I(RAIN)),
    F("196 nhân khẩu", "196", 196, "count", "nhân khẩu", "nhân khẩu di dời đến nơi an toàn", I(RAIN)),
    F("khẩn cấp 64 hộ", "64", 64, "count", "hộ", "hộ di dời khẩn cấp ra khỏi vùng nguy hiểm", YTD,
      change=C("increase", 2, "lần", "cùng kỳ năm 2022")),
    F("hiện có 168 trạm", "168", 168, "count", "trạm", "trạm đo mưa tự động toàn tỉnh", location="Lào Cai"),
    F("trong đó 41 trạm", "41", 41, "count", "trạm", "trạm có còi cảnh báo tại chỗ", total=168, location="Lào Cai"),
    F("lắp thêm 20 trạm", "20", 20, "count", "trạm", "trạm có còi cảnh báo lắp thêm", Y23, status="target", location="Lào Cai"),
]

COMMENTS = [
    "Báo Lào Cai (Party newspaper), byline 'ĐỨC TÂM' and bare date '02/08/2023' at the end: rain gauges with sirens in huyện Bát Xát.",
    "Not figures: date ranges, 'Lý Seo Sáu' (a name), 'thôn Phìn Ngan Lao Chải', the byline and date.",
    "'khi lượng mưa trong 3 giờ vượt 50 mm' is the siren's trigger threshold (optional).",
    "District figures: location Bát Xát (stations Y Tý, A Mú Sung, Trịnh Tường are communes of it); province figures: Lào Cai.",
    "15 + 6 after 'gồm' take total 21; 41 after 'trong đó' takes 168. 'Mỗi trạm có giá khoảng 160 triệu đồng' is money in đồng (per station in the subject).",
    "'tăng gấp đôi so với cùng kỳ năm 2022' is the change (2 lần) of the 64 households. 'Từ đầu năm đến nay' ends at the bare date 02/08/2023.",
    "The siren/evacuation sentence inherits the rain event (17-20/7). 'Năm 2023, tỉnh phấn đấu lắp thêm 20 trạm' -> target.",
]

write("p1000-5", TEXT, FIGS, COMMENTS, published="2023-08-02", location="Bát Xát")
