"""p884-6: national newspaper (VnExpress style), TP HCM supermarkets and markets cut plastic bags."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 14/3/2024, 10:40 (GMT+7)

Siêu thị bớt hàng triệu túi ni lông mỗi tháng

Từ đầu năm 2024, hệ thống Co.opmart, Co.opXtra tại TP HCM ngừng phát miễn phí túi ni lông ở quầy thu ngân, thay bằng túi tự hủy sinh học giá 2.000-3.000 đồng một chiếc. Sau hai tháng, lượng túi phát ra giảm khoảng 40%; mỗi tháng hệ thống bớt được gần 1,5 triệu túi.

Theo Sở Công Thương TP HCM, thành phố hiện có 238 chợ truyền thống, 270 siêu thị và 58 trung tâm thương mại. Năm 2023, 95% siêu thị, trung tâm thương mại đã chuyển sang dùng túi thân thiện môi trường, trong khi tỷ lệ này ở chợ truyền thống mới đạt khoảng 30%.

Bà Trần Thị Hoa, tiểu thương chợ Bến Thành (quận 1), cho biết mỗi ngày quầy của bà dùng khoảng 2 kg túi ni lông, giá 45.000-50.000 đồng/kg. "Túi tự hủy đắt gấp 2 lần nên khách quen mới chịu, khách lẻ vẫn đòi túi ni lông", bà nói.

Thành phố đặt mục tiêu đến năm 2025 giảm 65% lượng túi ni lông khó phân hủy tại siêu thị và 50% tại chợ truyền thống so với năm 2020.

Trên cả nước, Bộ Công Thương cho biết tính đến cuối năm 2023 có 41 địa phương triển khai mô hình "Chợ giảm thiểu rác thải nhựa" với khoảng 1.100 chợ tham gia. Theo Hiệp hội Nhựa Việt Nam, mỗi người Việt dùng trung bình 1 kg túi ni lông mỗi tháng. Con số này gấp khoảng 2,5 lần mức trung bình của các nước trong khu vực.

Thi Hà
"""

NOTES = [
    "p884-6: national newspaper style, dateline 'Thứ năm, 14/3/2024, 10:40 (GMT+7)', byline at the end. TP HCM figures; the",
    "'Trên cả nước' paragraph is national (Việt Nam). 'hàng triệu túi' in the headline is a number word (about 1 million).",
    "'Sau hai tháng' (a duration locating the result in time), 'quận 1', 'Co.opXtra', the time of day are not figures.",
    "'hiện có' gives no period. 'gấp 2 lần' and 'gấp khoảng 2,5 lần' stand alone as claims: multiples.",
    "'giảm 65% ... và 50% ...' are target rates (percent figures, no base amount, no change object).",
    "revised after the first run: the chợ Bến Thành trader's figures take the district the text names, 'quận 1'",
    "(as the market figures of Vinh, Huế and Sa Đéc take their city), not TP Hồ Chí Minh.",
]
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
ASOF = P("tính đến cuối năm 2023", None, "2023-12-31")
HCM = "TP Hồ Chí Minh"
Q1 = "Quận 1"
FIGS = [
    F("hàng triệu túi", "hàng triệu", 1_000_000, "count", "túi ni lông", "túi ni lông siêu thị bớt mỗi tháng",
      approx="about", location=HCM),
    F("giá 2.000-3.000 đồng", "2.000", 2000, "money", "đồng/chiếc", "giá túi tự hủy sinh học", value_max=3000,
      location=HCM),
    F("giảm khoảng 40%", "40", 40, "percent", "%", "lượng túi phát ra tại Co.opmart, Co.opXtra giảm",
      approx="about", location=HCM),
    F("gần 1,5 triệu túi", "1,5", 1_500_000, "count", "túi", "túi ni lông hệ thống bớt được mỗi tháng",
      approx="nearly", location=HCM),
    F("có 238 chợ", "238", 238, "count", "chợ truyền thống", "chợ truyền thống", location=HCM),
    F("270 siêu thị", "270", 270, "count", "siêu thị", "siêu thị", location=HCM),
    F("58 trung tâm", "58", 58, "count", "trung tâm thương mại", "trung tâm thương mại", location=HCM),
    F("95% siêu thị", "95", 95, "percent", "%", "siêu thị, trung tâm thương mại chuyển sang dùng túi thân thiện môi trường",
      Y23, location=HCM),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ chợ truyền thống dùng túi thân thiện môi trường", Y23,
      approx="about", location=HCM),
    F("khoảng 2 kg", "2", 2, "measure", "kg/ngày", "túi ni lông quầy tiểu thương chợ Bến Thành dùng mỗi ngày",
      approx="about", location=Q1),
    F("giá 45.000-50.000", "45.000", 45000, "money", "đồng/kg", "giá túi ni lông", value_max=50000, location=Q1),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "giá túi tự hủy so với túi ni lông", location=Q1),
    F("giảm 65%", "65", 65, "percent", "%", "lượng túi ni lông khó phân hủy tại siêu thị giảm so với năm 2020", T25,
      status="target", location=HCM),
    F("và 50% tại", "50", 50, "percent", "%", "lượng túi ni lông khó phân hủy tại chợ truyền thống giảm so với năm 2020",
      T25, status="target", location=HCM),
    F("có 41 địa phương", "41", 41, "count", "địa phương", "địa phương triển khai mô hình Chợ giảm thiểu rác thải nhựa",
      ASOF, location="Việt Nam"),
    F("khoảng 1.100 chợ", "1.100", 1100, "count", "chợ", "chợ tham gia mô hình Chợ giảm thiểu rác thải nhựa", ASOF,
      approx="about", location="Việt Nam"),
    F("trung bình 1 kg", "1", 1, "measure", "kg/tháng", "túi ni lông mỗi người Việt dùng mỗi tháng",
      location="Việt Nam"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", "lượng túi ni lông mỗi người Việt dùng so với mức trung bình khu vực",
      approx="about", location="Việt Nam"),
]
write("p884-6", TEXT, NOTES, FIGS, published="2024-03-14", location="TP Hồ Chí Minh")
