"""p1250-5: Party newspaper (Báo Hà Tĩnh): heavy rain measured by automatic rain gauges."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO HÀ TĨNH
Thứ Hai, 28/10/2024 - 10:15

Mưa lớn kéo dài, nhiều nơi ở Hà Tĩnh có lượng mưa trên 500 mm

Số liệu từ 196 trạm đo mưa tự động cho thấy, lượng mưa tại các huyện miền núi phía Tây Hà Tĩnh phổ biến 300-450 mm, có nơi trên 500 mm; mực nước các sông dâng nhanh.

(HTO) - Theo Đài Khí tượng Thủy văn Hà Tĩnh, từ 19h ngày 25/10 đến 7h ngày 28/10/2024, lượng mưa đo được tại trạm Sơn Diệm (huyện Hương Sơn) là 527 mm, trạm Kỳ Lạc (huyện Kỳ Anh) 498 mm, trạm Hòa Hải (huyện Hương Khê) 463 mm. Riêng ngày 27/10, trạm Sơn Kim 1 đo được 214 mm, cao hơn 32 mm so với mức cao nhất năm 2010.

Lúc 7h ngày 28/10, mực nước sông Ngàn Sâu tại trạm thủy văn Hòa Duyệt là 11,25 m, trên báo động 3 là 0,75 m. Hồ Kẻ Gỗ đang xả tràn với lưu lượng 350 m3/s; các hồ chứa lớn đã tích nước đạt 85-95% dung tích thiết kế.

Đến sáng nay, toàn tỉnh đã di dời 1.245 hộ với 3.870 nhân khẩu đến nơi an toàn; khoảng 2.100 ha hoa màu bị ngập. Ông Nguyễn Hữu Lâm, Giám đốc Đài Khí tượng Thủy văn Hà Tĩnh cho biết, 96% số trạm đo mưa tự động truyền số liệu liên tục trong đợt mưa, chỉ 8 trạm bị mất tín hiệu do mất điện.

Dự báo từ nay đến ngày 30/10, khu vực vẫn có mưa to với tổng lượng phổ biến 100-200 mm; nguy cơ lũ quét, sạt lở đất ở cấp độ 3.

THU TRANG
"""

RAIN = period("từ 19h ngày 25/10 đến 7h ngày 28/10/2024", "2024-10-25", "2024-10-28")
D27 = period("ngày 27/10", "2024-10-27", "2024-10-27")
AT7 = period("Lúc 7h ngày 28/10", None, "2024-10-28")
NOW = period("Đến sáng nay", None, "2024-10-28")
AHEAD = period("từ nay đến ngày 30/10", "2024-10-28", "2024-10-30")
LIST = "lượng mưa đo được"

FIGS = [
    F("lượng mưa trên 500 mm", "500", 500, "measure", "mm", approx="over",
      subject="lượng mưa nhiều nơi ở Hà Tĩnh"),
    F("từ 196 trạm", "196", 196, "count", "trạm", subject="trạm đo mưa tự động"),
    F("phổ biến 300-450", "300", 300, "measure", "mm", value_max=450,
      subject="lượng mưa tại các huyện miền núi phía Tây Hà Tĩnh"),
    F("có nơi trên 500 mm", "500", 500, "measure", "mm", approx="over",
      subject="lượng mưa tại các huyện miền núi phía Tây Hà Tĩnh"),
    F("là 527 mm", "527", 527, "measure", "mm", subject=LIST, per=RAIN, location="Hương Sơn"),
    F("498 mm", "498", 498, "measure", "mm", subject=LIST, per=RAIN, location="Kỳ Anh"),
    F("463 mm", "463", 463, "measure", "mm", subject=LIST, per=RAIN, location="Hương Khê"),
    F("được 214 mm", "214", 214, "measure", "mm",
      change=change("increase", 32, "mm", "mức cao nhất năm 2010"),
      subject="lượng mưa trạm Sơn Kim 1 đo được", per=D27),
    F("là 11,25 m", "11,25", 11.25, "measure", "m",
      change=change("increase", 0.75, "m", "báo động 3"),
      subject="mực nước sông Ngàn Sâu tại trạm thủy văn Hòa Duyệt", per=AT7),
    F("350 m3/s", "350", 350, "measure", "m3/s", subject="lưu lượng xả tràn hồ Kẻ Gỗ"),
    F("đạt 85-95%", "85", 85, "percent", "%", value_max=95,
      subject="tỷ lệ tích nước các hồ chứa lớn so với dung tích thiết kế"),
    F("1.245 hộ", "1.245", 1245, "count", "hộ", subject="hộ di dời đến nơi an toàn", per=NOW),
    F("3.870 nhân khẩu", "3.870", 3870, "count", "nhân khẩu", subject="nhân khẩu di dời đến nơi an toàn",
      per=NOW),
    F("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", approx="about", subject="hoa màu bị ngập",
      per=NOW),
    F("96% số trạm", "96", 96, "percent", "%",
      subject="tỷ lệ trạm đo mưa tự động truyền số liệu liên tục", per=inherit(RAIN)),
    F("chỉ 8 trạm", "8", 8, "count", "trạm", subject="trạm bị mất tín hiệu do mất điện",
      per=inherit(RAIN)),
    F("phổ biến 100-200", "100", 100, "measure", "mm", value_max=200, status="forecast",
      subject="tổng lượng mưa", per=AHEAD),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): 'Thứ Hai, 28/10/2024 - 10:15', headline figure, sapo, tag '(HTO) -', byline 'THU TRANG'.",
    "Distractors: 10:15, '19h', '7h' (times), 'trạm Sơn Kim 1' (station name), 'báo động 3' (alarm level), 'cấp độ 3' (risk level), baseline 'năm 2010'.",
    "Headline and sapo figures carry no period (the sapo names none). The rain list takes the district in brackets as location.",
    "Period choices: a date range -> its days; 'Riêng ngày 27/10' (a day's total) -> that day; a water level 'Lúc 7h ngày 28/10' and",
    "  'Đến sáng nay' (stocks at a moment) -> as-of (start null, end the day); 'từ nay đến ngày 30/10' starts at the dateline.",
    "'cao hơn 32 mm so với mức cao nhất năm 2010' and 'trên báo động 3 là 0,75 m' are changes (gap to a record, to a threshold).",
    "'96% số trạm … chỉ 8 trạm': no cue for a total of 196. 'Hồ Kẻ Gỗ đang xả tràn' has no period ('đang').",
]

if __name__ == "__main__":
    write("p1250-5", TEXT, NOTES, FIGS, published="2024-10-28", location="Hà Tĩnh")
