"""p1181-5: Party newspaper (Báo Phú Yên), Sông Ba Hạ raises discharge, flooding downstream (Nov 2023); byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Thủy điện Sông Ba Hạ tăng lưu lượng xả, hạ du sông Ba ngập sâu

Do mưa lớn trên lưu vực, đêm 17/11, lưu lượng nước về hồ thủy điện Sông Ba Hạ tăng nhanh, có thời điểm lên tới 9.200 m³/s. Nhà máy tăng dần lưu lượng xả qua tràn, lúc 4 giờ sáng 18/11 xả 8.900 m³/s, sau đó giảm xuống 6.500 m³/s vào chiều cùng ngày.

Mực nước sông Ba tại trạm Phú Lâm lúc 7 giờ ngày 18/11 đạt 3,05 m, dưới báo động III 0,15 m. Nước lũ làm ngập nhiều tuyến đường, trong đó đoạn ĐT 645 qua xã Sơn Thành Đông ngập sâu gần 1 m.

Tại xã Hòa Thịnh, huyện Tây Hòa, nước lũ làm ngập 640 nhà dân, có nơi sâu từ 0,5 đến 1,2 m. Xã đã di dời 185 hộ với 620 nhân khẩu đến nhà văn hóa và trường học. Theo ông Lê Văn Hòa, Chủ tịch UBND xã, đây là lần thứ hai trong tháng người dân phải sơ tán; khoảng 35 ha rau màu của xã bị ngập, thiệt hại ước 1,4 tỷ đồng.

Ông Nguyễn Đình Phú, Giám đốc Công ty Thủy điện Sông Ba Hạ, cho biết trước khi tăng lưu lượng xả, công ty đã gửi 72 thông báo đến các cơ quan, địa phương và phát còi cảnh báo tại 12 trạm dọc sông Ba.

Toàn tỉnh có 3.450 hộ phải di dời, thiệt hại ban đầu ước khoảng 48 tỷ đồng. Tỉnh hỗ trợ các hộ phải di dời 1 triệu đồng/hộ. Đài Khí tượng thủy văn tỉnh dự báo từ nay đến ngày 20/11, khu vực tiếp tục có mưa 100-200 mm, các hồ chứa dự kiến duy trì xả với lưu lượng 3.000-4.000 m³/s.

MINH TRUNG
18/11/2023
"""

N17 = P("đêm 17/11", "2023-11-17", "2023-11-17")
M18 = P("lúc 4 giờ sáng 18/11", "2023-11-18", "2023-11-18")
A18 = P("chiều cùng ngày", "2023-11-18", "2023-11-18")
S18 = P("lúc 7 giờ ngày 18/11", "2023-11-18", "2023-11-18")
NEXT = P("từ nay đến ngày 20/11", "2023-11-18", "2023-11-20")

FIGS = [
    F("lên tới 9.200 m³/s", "9.200", 9200, "measure", "m³/s",
      subject="lưu lượng nước về hồ thủy điện Sông Ba Hạ", period=N17),
    F("xả 8.900 m³/s", "8.900", 8900, "measure", "m³/s",
      subject="lưu lượng xả qua tràn thủy điện Sông Ba Hạ", period=M18),
    F("xuống 6.500 m³/s", "6.500", 6500, "measure", "m³/s",
      subject="lưu lượng xả qua tràn thủy điện Sông Ba Hạ", period=A18),
    F("đạt 3,05 m", "3,05", 3.05, "measure", "m", change=C("decrease", 0.15, "m", "báo động III"),
      subject="mực nước sông Ba tại trạm Phú Lâm", period=S18),
    F("gần 1 m", "1", 1, "measure", "m", approx="nearly",
      subject="độ ngập sâu đoạn ĐT 645 qua xã Sơn Thành Đông"),
    F("ngập 640 nhà", "640", 640, "count", "nhà dân", subject="nhà dân xã Hòa Thịnh bị ngập", location="Tây Hòa"),
    F("từ 0,5 đến 1,2 m", "0,5", 0.5, "measure", "m", value_max=1.2,
      subject="độ ngập sâu có nơi tại xã Hòa Thịnh", location="Tây Hòa"),
    F("di dời 185 hộ", "185", 185, "count", "hộ", subject="hộ xã Hòa Thịnh di dời", location="Tây Hòa"),
    F("620 nhân khẩu", "620", 620, "count", "nhân khẩu", subject="nhân khẩu xã Hòa Thịnh di dời", location="Tây Hòa"),
    F("khoảng 35 ha", "35", 35, "measure", "ha", approx="about",
      subject="diện tích rau màu của xã Hòa Thịnh bị ngập", location="Tây Hòa"),
    F("ước 1,4 tỷ", "1,4", 1400000000, "money", "đồng", status="estimate",
      subject="thiệt hại rau màu của xã Hòa Thịnh", location="Tây Hòa"),
    F("gửi 72 thông báo", "72", 72, "count", "thông báo",
      subject="thông báo Công ty Thủy điện Sông Ba Hạ gửi các cơ quan, địa phương"),
    F("tại 12 trạm", "12", 12, "count", "trạm", subject="trạm phát còi cảnh báo dọc sông Ba"),
    F("có 3.450 hộ", "3.450", 3450, "count", "hộ", subject="hộ phải di dời toàn tỉnh"),
    F("khoảng 48 tỷ", "48", 48000000000, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại ban đầu toàn tỉnh"),
    F("1 triệu đồng/hộ", "1", 1000000, "money", "đồng/hộ", subject="mức hỗ trợ mỗi hộ phải di dời"),
    F("mưa 100-200 mm", "100", 100, "measure", "mm", value_max=200, status="forecast",
      subject="lượng mưa dự báo", period=NEXT),
    F("lưu lượng 3.000-4.000 m³/s", "3.000", 3000, "measure", "m³/s", value_max=4000, status="forecast",
      subject="lưu lượng xả duy trì các hồ chứa", period=NEXT),
]

NOTES = [
    "Party newspaper (Báo Phú Yên): Sông Ba Hạ raises discharge, flooding on the lower Ba river. Byline 'MINH TRUNG' and bare date '18/11/2023' at the end (published).",
    "Distractors: 'lúc 4 giờ sáng', 'lúc 7 giờ', 'báo động III', 'ĐT 645', 'lần thứ hai' (ordinal), 'đêm 17/11'.",
    "'tăng dần ... xả 8.900 m³/s, sau đó giảm xuống 6.500 m³/s' are two readings: 6.500 gets no change (the drop is not stated as an amount).",
    "'dưới báo động III 0,15 m' is a change (decrease) of 3,05 m. Each reading has its own day in its sentence (one-day periods).",
    "Passage on xã Hòa Thịnh, huyện Tây Hòa (3 sentences): location Tây Hòa, also in the sentences that name only 'xã'.",
    "Sơn Thành Đông's district is not named: location Phú Yên. 'từ nay đến ngày 20/11' starts at the published date; the cues",
    "'dự báo' + 'dự kiến' make both figures forecasts. 'ước khoảng 48 tỷ' = about + estimate; 'ước 1,4 tỷ' = estimate.",
]

if __name__ == "__main__":
    write("p1181-5", TEXT, NOTES, FIGS, published="2023-11-18", location="Phú Yên")
