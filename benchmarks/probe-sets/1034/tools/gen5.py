"""p1034-5: Party/provincial newspaper (Báo Nam Định), chứng thực bản sao điện tử, byline + bare date at the end."""
from lib import C, F, I, P, write

TEXT = """Báo Nam Định điện tử
Xã hội - Pháp luật

Chứng thực bản sao điện tử: giảm tải cho bộ phận "một cửa"

Từ đầu năm đến nay, bộ phận một cửa các cấp trên địa bàn tỉnh Nam Định đã cấp 41.268 bản sao điện tử có chứng thực từ bản chính, gấp 3 lần cùng kỳ năm 2023, chiếm gần 37% tổng số bản sao được chứng thực. Tại TP Nam Định, nơi có lượng yêu cầu lớn nhất tỉnh, tỷ lệ này đạt 52,4%. Trong khi đó, chứng thực bản sao giấy vẫn chiếm tỷ trọng lớn với khoảng 70.300 bản.

Theo ông Trần Văn Sáu, Phó Giám đốc Sở Tư pháp, mỗi bản sao điện tử giúp người dân tiết kiệm từ 20.000 đến 30.000 đồng chi phí đi lại, photo giấy tờ; ước tính từ đầu năm đến nay, người dân đã tiết kiệm khoảng 1 tỷ đồng.

Hiện toàn tỉnh có 237 đơn vị thực hiện chứng thực, gồm 10 phòng tư pháp cấp huyện và 227 UBND cấp xã; trong đó 198 đơn vị đã được trang bị máy quét, chữ ký số để cấp bản sao điện tử.

Mức thu phí chứng thực bản sao điện tử từ bản chính thực hiện theo Thông tư số 226/2016/TT-BTC: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, nhưng tối đa không quá 200.000 đồng/bản.

Bà Đỗ Thị Hằng, ở phường Lộc Hạ, cho biết bà chỉ mất khoảng 10 phút để nhận bản sao điện tử qua tài khoản định danh điện tử mức độ 2, thay vì mất cả buổi như trước.

Mục tiêu năm 2024, tỉnh phấn đấu tỷ lệ bản sao điện tử đạt trên 50% tổng số bản sao chứng thực; đến năm 2025, 100% UBND cấp xã đủ điều kiện cấp bản sao điện tử.

THU HÀ
18/05/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-18")
FIGS = [
    F("cấp 41.268 bản sao", "41.268", 41268, "count", "bản sao",
      "bản sao điện tử có chứng thực từ bản chính", YTD, percent=37,
      change=C("increase", 3, "lần", "cùng kỳ năm 2023")),
    F("đạt 52,4%", "52,4", 52.4, "percent", "%",
      "tỷ lệ bản sao điện tử trong tổng số bản sao được chứng thực", I(YTD), location="TP Nam Định"),
    F("khoảng 70.300 bản", "70.300", 70300, "count", "bản", "chứng thực bản sao giấy",
      I(YTD), approx="about"),
    F("từ 20.000 đến 30.000 đồng", "20.000", 20000, "money", "đồng/bản sao",
      "chi phí đi lại, photo giấy tờ tiết kiệm nhờ mỗi bản sao điện tử", value_max=30000),
    F("khoảng 1 tỷ đồng", "1", 1e9, "money", "đồng", "chi phí người dân đã tiết kiệm",
      P("từ đầu năm đến nay", "2024-01-01", "2024-05-18"), approx="about", status="estimate"),
    F("có 237 đơn vị", "237", 237, "count", "đơn vị", "đơn vị thực hiện chứng thực"),
    F("gồm 10 phòng", "10", 10, "count", "phòng tư pháp cấp huyện", "phòng tư pháp cấp huyện",
      total=237),
    F("và 227 UBND", "227", 227, "count", "UBND cấp xã", "UBND cấp xã", total=237),
    F("đó 198 đơn vị", "198", 198, "count", "đơn vị",
      "đơn vị được trang bị máy quét, chữ ký số để cấp bản sao điện tử", total=237),
    F("BTC: 2.000 đồng/trang", "2.000", 2000, "money", "đồng/trang",
      "phí chứng thực bản sao điện tử từ bản chính"),
    F("thu 1.000 đồng/trang", "1.000", 1000, "money", "đồng/trang",
      "phí chứng thực bản sao điện tử từ trang thứ ba trở lên"),
    F("không quá 200.000 đồng/bản", "200.000", 200000, "money", "đồng/bản",
      "phí chứng thực bản sao điện tử tối đa", approx="at_most"),
    F("khoảng 10 phút", "10", 10, "measure", "phút", "thời gian nhận bản sao điện tử",
      approx="about"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ bản sao điện tử trong tổng số bản sao chứng thực",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("2025, 100% UBND", "100", 100, "percent", "%",
      "UBND cấp xã đủ điều kiện cấp bản sao điện tử", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

HEADER = [
    "Báo Nam Định: chứng thực bản sao điện tử từ đầu năm 2024 đến ngày đăng; byline 'THU HÀ' and bare date '18/05/2024' at the end.",
    "'Từ đầu năm đến nay' runs to the published date. 'Thông tư số 226/2016/TT-BTC', 'trang thứ ba', 'mức độ 2',",
    "the names 'Trần Văn Sáu', 'Đỗ Thị Hằng', 'phường Lộc Hạ' are not figures.",
    "'gấp 3 lần cùng kỳ năm 2023' is the change of 41.268 (unit lần); 'chiếm gần 37%' its percent.",
    "'gồm 10 … và 227' are parts of 237; '; trong đó 198 đơn vị' follows the whole 237 (not its sibling part 227).",
    "Fee levels are money figures with the per-unit denominator in the unit; 'Hiện' and fee sentences get no period.",
    "TP Nam Định has the same name as the province (location TP Nam Định).",
    "revised: subject of 20.000-30.000 đồng now names what the sentence names ('chi phí đi lại, photo giấy tờ').",
]

write("p1034-5", TEXT, HEADER, FIGS, published="2024-05-18", location="Nam Định")
