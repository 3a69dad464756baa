"""p885-8: provincial newspaper online (Báo Bình Dương, tag (BDO)), crackdown on polluting scrap-metal recyclers."""
from lib import F, P, I, C, write

TEXT = """Xử lý 57 cơ sở tái chế phế liệu kim loại gây ô nhiễm

Cập nhật: 18-06-2024 | 10:15:32

(BDO) - Từ đầu năm đến nay, Phòng Cảnh sát môi trường Công an tỉnh Bình Dương đã kiểm tra 214 cơ sở thu mua, tái chế phế liệu kim loại, phát hiện và xử lý 57 cơ sở vi phạm, tăng 11 cơ sở so với cùng kỳ năm 2023; tổng số tiền phạt hơn 2,6 tỷ đồng.

Trong đó, 21 cơ sở đốt dây điện, cáp đồng để thu hồi đồng gây khói độc; 9 cơ sở xả nước thải chứa kim loại nặng ra môi trường; số còn lại vi phạm về quản lý chất thải nguy hại.

Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có khoảng 1.350 cơ sở thu mua phế liệu, trong đó hơn 400 cơ sở có hoạt động tái chế nhôm, đồng; tập trung nhiều tại TP. Dĩ An (138 cơ sở), TP. Thuận An (112 cơ sở) và TX. Bến Cát (76 cơ sở). Khối lượng phế liệu kim loại thu gom bình quân 12.000-15.000 tấn/tháng.

Giá đồng phế liệu tăng cao, có thời điểm lên 230.000 đồng/kg, gấp gần 1,3 lần đầu năm, khiến tình trạng trộm cắp, đốt cáp điện gia tăng. Nhiều cơ sở nấu nhôm bằng lò thủ công đặt ngay trong khu dân cư dọc Quốc lộ 13 và đường ĐT743, gây bức xúc cho người dân.

Thời gian tới, UBND tỉnh yêu cầu các địa phương phấn đấu đến hết năm 2024 di dời ít nhất 50 cơ sở tái chế ra khỏi khu dân cư vào các khu, cụm công nghiệp. Sở Tài nguyên và Môi trường cũng dự kiến lắp thêm 6 trạm quan trắc không khí tự động tại các khu vực tập trung cơ sở tái chế, với kinh phí khoảng 18 tỷ đồng.

Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0274.3822.115 hoặc trực tiếp tại trụ sở số 26 đường Huỳnh Văn Nghệ, TP. Thủ Dầu Một.

MINH THÁI
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
T24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Xử lý 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở tái chế phế liệu kim loại gây ô nhiễm bị xử lý"),
    F("kiểm tra 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở thu mua, tái chế phế liệu kim loại được kiểm tra",
      SINCE),
    F("xử lý 57 cơ sở vi phạm", "57", 57, "count", "cơ sở", "cơ sở vi phạm bị xử lý", SINCE,
      change=C("increase", 11, unit="cơ sở", baseline="cùng kỳ năm 2023")),
    F("hơn 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "tổng số tiền phạt", SINCE, approx="over"),
    F("Trong đó, 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở đốt dây điện, cáp đồng để thu hồi đồng", I(SINCE),
      total=57),
    F("; 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở xả nước thải chứa kim loại nặng ra môi trường", I(SINCE),
      total=57),
    F("khoảng 1.350 cơ sở", "1.350", 1350, "count", "cơ sở", "cơ sở thu mua phế liệu", approx="about"),
    F("hơn 400 cơ sở", "400", 400, "count", "cơ sở", "cơ sở có hoạt động tái chế nhôm, đồng", approx="over",
      total=1350),
    F("(138 cơ sở)", "138", 138, "count", "cơ sở", "cơ sở có hoạt động tái chế nhôm, đồng", location="Dĩ An"),
    F("(112 cơ sở)", "112", 112, "count", "cơ sở", "cơ sở có hoạt động tái chế nhôm, đồng", location="Thuận An"),
    F("(76 cơ sở)", "76", 76, "count", "cơ sở", "cơ sở có hoạt động tái chế nhôm, đồng", location="Bến Cát"),
    F("12.000-15.000", "12.000", 12000, "measure", "tấn/tháng", "khối lượng phế liệu kim loại thu gom bình quân",
      value_max=15000),
    F("lên 230.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", "giá đồng phế liệu",
      change=C("increase", 1.3, unit="lần", baseline="đầu năm", approx="nearly")),
    F("ít nhất 50 cơ sở", "50", 50, "count", "cơ sở", "cơ sở tái chế di dời ra khỏi khu dân cư", T24,
      approx="at_least", status="target"),
    F("thêm 6 trạm", "6", 6, "count", "trạm", "trạm quan trắc không khí tự động lắp thêm", status="forecast"),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", "kinh phí lắp trạm quan trắc không khí tự động",
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bình Dương online: headline figure, 'Cập nhật: 18-06-2024 | 10:15:32', tag (BDO) (implies Bình Dương), byline at the end.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. the dateline. 'Trong đó' after a sentence break: 21 and 9 are parts of the 57 violators.",
    "57 after 'kiểm tra 214 cơ sở, phát hiện và xử lý' has no part-of cue, so no total 214. The district list in brackets shares",
    "the indicator 'cơ sở có hoạt động tái chế nhôm, đồng' and does not add up to the 400 (a ranking): no total.",
    "'230.000 đồng/kg, gấp gần 1,3 lần đầu năm': the price's change (1,3 lần, nearly). Distractors: Quốc lộ 13, ĐT743, phone, address, time.",
]

write("p885-8", TEXT, NOTES, FIGS, published="2024-06-18", location="Bình Dương")
