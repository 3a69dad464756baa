"""p848-6: national newspaper, Hà Nội mobilises to guard the Red River dykes (September 2024 flood)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự
Thứ tư, 11/9/2024, 21:30 (GMT+7)

Hà Nội huy động hơn 6.000 người hộ đê sông Hồng

Mực nước sông Hồng tại trạm Long Biên lúc 19h tối nay đạt 11,2 m, cao hơn báo động 3 là 0,2 m, mức cao nhất trong 20 năm qua.

Theo Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn thành phố, đến 20h cùng ngày, Hà Nội đã huy động hơn 6.000 người tham gia hộ đê, gồm 3.500 cán bộ, chiến sĩ quân đội, công an và khoảng 2.600 dân quân tự vệ, tại 12 quận, huyện ven sông.

Trên các tuyến đê, thành phố phát hiện 28 sự cố, trong đó 9 sự cố sạt lở mái đê, 11 sự cố thẩm lậu, mạch sủi và 8 sự cố sạt lở bờ sông. Tại huyện Phúc Thọ, đoạn đê hữu Hồng ở K35+200 xuất hiện mạch sủi đường kính 0,3 m, lực lượng chức năng phải dùng 1.200 bao tải cát để lập giếng lọc.

Thành phố cũng đã sơ tán 1.850 hộ với gần 6.200 nhân khẩu ở vùng bãi sông Hồng, sông Đuống đến nơi an toàn. Mức hỗ trợ cho người tham gia hộ đê là 300.000 đồng/người/ngày. Trước đó, trong ngày 10/9, thành phố đã xuất kho 2.500 áo phao, 150 thuyền cứu hộ và 3.000 m3 đá hộc để ứng cứu các điểm xung yếu.

Ông Nguyễn Văn Ba, Phó chánh văn phòng thường trực Ban Chỉ huy, cho biết lưu lượng xả của hồ Hòa Bình hiện là 8.000 m3/s qua 6 cửa xả đáy; dự báo mực nước sông Hồng tại Hà Nội sẽ tiếp tục lên, đạt đỉnh khoảng 11,4 m vào sáng 12/9.

Võ Hải
"""

D11 = P("lúc 19h tối nay", "2024-09-11", "2024-09-11")
ASOF = P("đến 20h cùng ngày", None, "2024-09-11")
D10 = P("trong ngày 10/9", "2024-09-10", "2024-09-10")
D12 = P("sáng 12/9", "2024-09-12", "2024-09-12")
PT = "Phúc Thọ"
HB = "Hòa Bình"

FIGS = [
    F("huy động hơn 6.000 người hộ đê", "6.000", 6000, "count", "người", "người huy động hộ đê",
      approx="over"),
    F("đạt 11,2 m", "11,2", 11.2, "measure", "m", "mực nước sông Hồng tại trạm Long Biên", D11,
      change=C("increase", 0.2, "m", "báo động 3")),
    F("đã huy động hơn 6.000 người", "6.000", 6000, "count", "người", "người tham gia hộ đê", ASOF,
      approx="over"),
    F("gồm 3.500 cán bộ", "3.500", 3500, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ quân đội, công an tham gia hộ đê", ASOF, total=6000),
    F("khoảng 2.600 dân quân", "2.600", 2600, "count", "dân quân tự vệ",
      "dân quân tự vệ tham gia hộ đê", ASOF, approx="about", total=6000),
    F("tại 12 quận, huyện", "12", 12, "count", "quận, huyện", "quận, huyện ven sông có lực lượng hộ đê",
      ASOF),
    F("phát hiện 28 sự cố", "28", 28, "count", "sự cố", "sự cố trên các tuyến đê"),
    F("9 sự cố sạt lở mái đê", "9", 9, "count", "sự cố", "sự cố sạt lở mái đê", total=28),
    F("11 sự cố thẩm lậu", "11", 11, "count", "sự cố", "sự cố thẩm lậu, mạch sủi", total=28),
    F("8 sự cố sạt lở bờ sông", "8", 8, "count", "sự cố", "sự cố sạt lở bờ sông", total=28),
    F("đường kính 0,3 m", "0,3", 0.3, "measure", "m", "đường kính mạch sủi", location=PT),
    F("dùng 1.200 bao tải", "1.200", 1200, "count", "bao tải", "bao tải cát dùng lập giếng lọc",
      location=PT),
    F("sơ tán 1.850 hộ", "1.850", 1850, "count", "hộ", "hộ sơ tán khỏi vùng bãi sông"),
    F("gần 6.200 nhân khẩu", "6.200", 6200, "count", "nhân khẩu", "nhân khẩu sơ tán khỏi vùng bãi sông",
      approx="nearly"),
    F("là 300.000 đồng/người/ngày", "300.000", 300000, "money", "đồng/người/ngày",
      "mức hỗ trợ cho người tham gia hộ đê"),
    F("kho 2.500 áo phao", "2.500", 2500, "count", "áo phao", "áo phao xuất kho", D10),
    F("150 thuyền cứu hộ", "150", 150, "count", "thuyền cứu hộ", "thuyền cứu hộ xuất kho", D10),
    F("3.000 m3 đá hộc", "3.000", 3000, "measure", "m3", "đá hộc xuất kho ứng cứu điểm xung yếu", D10),
    F("là 8.000 m3/s", "8.000", 8000, "measure", "m3/s", "lưu lượng xả của hồ Hòa Bình", location=HB),
    F("qua 6 cửa xả đáy", "6", 6, "count", "cửa xả đáy", "cửa xả đáy hồ Hòa Bình mở", location=HB),
    F("khoảng 11,4 m", "11,4", 11.4, "measure", "m", "đỉnh mực nước sông Hồng tại Hà Nội", D12,
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper style (dateline 'Thứ tư, 11/9/2024, 21:30 (GMT+7)'): Hà Nội guards its Red River dykes in the September 2024 flood.",
    "Headline 'hơn 6.000 người' is a figure of its own (no period); the body repeats it with the as-of 'đến 20h cùng ngày' (= 11/9/2024).",
    "'cao hơn báo động 3 là 0,2 m' is the change of 11,2 m (baseline: alert level 3). A water level at '19h tối nay' and the peak forecast",
    "'vào sáng 12/9' take that day as start and end (a reading; the spec lists no single-day form).",
    "Reservoir discharge and gates of hồ Hòa Bình are located in Hòa Bình province; Phúc Thọ figures take the district.",
    "Distractors: báo động 3 (alert level), 'cao nhất trong 20 năm qua' (time frame), K35+200 (chainage), 19h/20h, Ông Nguyễn Văn Ba, GMT+7.",
]

if __name__ == "__main__":
    write("p848-6", TEXT, FIGS, NOTES, published="2024-09-11", location="Hà Nội")
