"""p1417-6: national newspaper: multidrug-resistant bacteria in an ICU in TP Thủ Đức; WHO global figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Các bệnh

Thứ hai, 18/11/2024, 06:00 (GMT+7)

Vi khuẩn kháng thuốc "tấn công" phòng hồi sức

Hơn 40% bệnh nhân nhiễm khuẩn tại Khoa Hồi sức tích cực, Bệnh viện Đa khoa Minh An (TP Thủ Đức) mang vi khuẩn đa kháng, nhiều ca gần như không còn kháng sinh để điều trị.

Cụ ông 72 tuổi nhập viện vì viêm phổi nặng sau khi tự mua kháng sinh uống ở nhà. Kết quả cấy đờm cho thấy ông nhiễm Klebsiella pneumoniae kháng carbapenem; chi phí điều trị đến nay hơn 210 triệu đồng.

Theo bác sĩ Trần Quốc Bảo, Trưởng khoa Hồi sức tích cực, khoa có 36 giường bệnh nhưng công suất sử dụng thường xuyên trên 120%. Mỗi năm khoa tiếp nhận khoảng 1.500 ca nhiễm khuẩn nặng, trong đó 40-45% do vi khuẩn đa kháng. Từ đầu năm nay, khoa đã ghi nhận 47 ca nhiễm vi khuẩn kháng carbapenem. Chi phí điều trị một ca nhiễm vi khuẩn đa kháng trung bình 150-200 triệu đồng, gấp 3 lần ca thông thường.

Khảo sát của bệnh viện năm 2024 trên 600 người bệnh ngoại trú cho thấy 71,3% từng mua kháng sinh không cần đơn, 38% tự ngưng thuốc khi thấy đỡ.

Theo Tổ chức Y tế Thế giới (WHO), năm 2019, kháng kháng sinh trực tiếp gây ra khoảng 1,27 triệu ca tử vong trên toàn cầu. WHO dự báo đến năm 2050, con số này có thể lên tới 10 triệu ca mỗi năm nếu không có biện pháp kiểm soát. Tại Việt Nam, mức tiêu thụ kháng sinh bình quân đầu người đứng thứ 2 khu vực Đông Nam Á.

Bác sĩ Bảo khuyến cáo người dân không tự ý mua kháng sinh; nhà thuốc cần tuân thủ Thông tư 07/2017/TT-BYT về danh mục thuốc không kê đơn.

Lê Phương
"""

YTD = per("Từ đầu năm nay", "2024-01-01", "2024-11-18")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
T50 = per("đến năm 2050", None, "2050-12-31")

FIGS = [
    fig("Hơn 40%", "40", 40, "percent", "%", approx="over",
        subject="tỷ lệ bệnh nhân nhiễm khuẩn tại Khoa Hồi sức tích cực mang vi khuẩn đa kháng"),
    fig("Cụ ông 72 tuổi", "72", 72, "measure", "tuổi", subject="tuổi của cụ ông", optional=True),
    fig("hơn 210 triệu", "210", 210e6, "money", "đồng", approx="over", subject="chi phí điều trị",
        period=per("đến nay", None, "2024-11-18")),
    fig("có 36 giường", "36", 36, "count", "giường bệnh", subject="giường bệnh của khoa"),
    fig("trên 120%", "120", 120, "percent", "%", approx="over", subject="công suất sử dụng giường bệnh"),
    fig("khoảng 1.500 ca", "1.500", 1500, "measure", "ca/năm", approx="about",
        subject="ca nhiễm khuẩn nặng khoa tiếp nhận mỗi năm"),
    fig("đó 40-45%", "40", 40, "percent", "%", value_max=45,
        subject="tỷ lệ ca nhiễm khuẩn nặng do vi khuẩn đa kháng"),
    fig("ghi nhận 47 ca", "47", 47, "count", "ca", subject="ca nhiễm vi khuẩn kháng carbapenem", period=YTD),
    fig("trung bình 150-200", "150", 150e6, "money", "đồng", value_max=200e6,
        change=chg("increase", 3, "lần", "ca thông thường"),
        subject="chi phí điều trị một ca nhiễm vi khuẩn đa kháng"),
    fig("trên 600 người", "600", 600, "count", "người bệnh", subject="người bệnh ngoại trú được khảo sát",
        period=Y24),
    fig("71,3%", "71,3", 71.3, "percent", "%", subject="tỷ lệ người bệnh từng mua kháng sinh không cần đơn",
        period=Y24),
    fig("38% tự ngưng", "38", 38, "percent", "%", subject="tỷ lệ người bệnh tự ngưng thuốc khi thấy đỡ",
        period=Y24),
    fig("khoảng 1,27 triệu", "1,27", 1.27e6, "count", "ca tử vong", approx="about",
        subject="ca tử vong do kháng kháng sinh trên toàn cầu", period=Y19, location=""),
    fig("lên tới 10 triệu", "10", 10e6, "measure", "ca/năm", status="forecast",
        subject="ca tử vong do kháng kháng sinh", period=T50, location=""),
    fig("thứ 2 khu vực", "2", 2, "rank", "hạng",
        subject="mức tiêu thụ kháng sinh bình quân đầu người", location="Việt Nam"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 18/11/2024, 06:00 (GMT+7)', headline, sapo, quote attribution, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', Thông tư 07/2017/TT-BYT.",
    "Location: the hospital is in TP Thủ Đức (default Thủ Đức); WHO's global figures have no place (location null, written as an empty string to override the file default); the Vietnam rank is Việt Nam.",
    "'chi phí điều trị đến nay hơn 210 triệu đồng': 'đến nay' is an as-of phrase, end = dateline (as in p1417-2).",
    "'Cụ ông 72 tuổi' (a patient's age): optional; annotators differ on ages of named cases.",
    "'khoa có 36 giường bệnh nhưng công suất ... trên 120%': 120% is a percent figure (occupancy), not a share of the 36 beds.",
    "'Mỗi năm ... khoảng 1.500 ca ..., trong đó 40-45%': a yearly rate (ca/năm) and a percent range of its own (no total).",
    "'Từ đầu năm nay' → 2024-01-01 .. dateline. '150-200 triệu đồng, gấp 3 lần ca thông thường': money range with a change of 3 lần.",
    "Survey 'năm 2024': 600 people, 71,3% and 38% (two percents in one sentence).",
    "'WHO dự báo đến năm 2050 ... 10 triệu ca mỗi năm': forecast, unit ca/năm, end 2050-12-31. 'lên tới' is not an approx cue of the spec: exact.",
]

if __name__ == "__main__":
    write("p1417-6", TEXT, NOTES, FIGS, published="2024-11-18", location="Thủ Đức")
