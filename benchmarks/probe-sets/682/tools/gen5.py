import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Người cao tuổi, học sinh thành "con mồi" của lừa đảo qua mạng

Năm 2023, Công an tỉnh Bình Định tiếp nhận 286 đơn trình báo bị lừa đảo qua mạng với tổng số tiền bị chiếm đoạt gần 71 tỷ đồng, cao hơn khoảng 1,6 lần so với năm 2022. Đáng lo ngại, số nạn nhân từ 60 tuổi trở lên chiếm tới 22,4%, trong khi năm 2021 tỷ lệ này chỉ là 9%.

Theo thống kê của Phòng Cảnh sát hình sự, trong 286 người bị hại có 118 người trong độ tuổi 25-45, 64 người là người cao tuổi và 39 người là học sinh, sinh viên; còn lại là các nhóm khác. Bình quân mỗi bị hại mất khoảng 248 triệu đồng; riêng nhóm người cao tuổi, mức thiệt hại bình quân lên tới 410 triệu đồng/người vì thường bị đối tượng giả danh công an, tòa án yêu cầu "chứng minh tài sản".

Bà N.T.H (71 tuổi, ở phường Trần Phú, TP. Quy Nhơn) kể lại, tháng 9/2023 bà nhận cuộc gọi từ người xưng là cán bộ Công an quận 3, TP. Hồ Chí Minh, và đã chuyển tiền 3 lần với tổng số tiền 1,35 tỷ đồng. Rất may, ngân hàng kịp thời phong tỏa, giúp bà lấy lại được 900 triệu đồng.

Từ đầu năm 2024 đến nay, Công an tỉnh phối hợp với Hội Người cao tuổi tổ chức 54 buổi nói chuyện chuyên đề tại 11/11 huyện, thị xã, thành phố với hơn 7.000 hội viên tham dự. Ngoài ra, Tỉnh đoàn phát động cuộc thi trực tuyến "Sinh viên với an toàn thông tin mạng" thu hút 15.236 lượt dự thi.

Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh cho biết, năm 2024 phấn đấu 100% trường THPT tổ chức tuyên truyền về phòng, chống lừa đảo trực tuyến; mục tiêu giảm ít nhất 20% số vụ so với năm 2023.

THANH BÌNH
20/05/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
M9 = P("tháng 9/2023", "2023-09-01", "2023-09-30")
NOW = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-20")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận 286 đơn", "286", 286, "count", "đơn", "đơn trình báo bị lừa đảo qua mạng Công an tỉnh tiếp nhận", Y23),
    F("gần 71 tỷ đồng", "71", 71e9, "money", "đồng", "tổng số tiền bị chiếm đoạt", Y23, approx="nearly",
      change=CH("increase", 1.6, "lần", "năm 2022", approx="about")),
    F("từ 60 tuổi trở lên", "60", 60, "measure", "tuổi", "nhóm tuổi nạn nhân", approx="at_least", optional=True),
    F("chiếm tới 22,4%", "22,4", 22.4, "percent", "%", "số nạn nhân từ 60 tuổi trở lên", I(Y23)),
    F("chỉ là 9%", "9", 9, "percent", "%", "tỷ lệ nạn nhân từ 60 tuổi trở lên", Y21),
    F("trong 286 người bị hại", "286", 286, "count", "người bị hại", "người bị hại", I(Y23)),
    F("có 118 người", "118", 118, "count", "người", "người bị hại trong độ tuổi 25-45", I(Y23), total=286),
    F("độ tuổi 25-45", "25", 25, "measure", "tuổi", "độ tuổi", value_max=45, optional=True),
    F("64 người là", "64", 64, "count", "người", "người bị hại là người cao tuổi", I(Y23), total=286),
    F("39 người là", "39", 39, "count", "người", "người bị hại là học sinh, sinh viên", I(Y23), total=286),
    F("khoảng 248 triệu đồng", "248", 248e6, "money", "đồng", "số tiền bình quân mỗi bị hại mất", I(Y23), approx="about"),
    F("410 triệu đồng/người", "410", 410e6, "money", "đồng/người", "mức thiệt hại bình quân nhóm người cao tuổi", I(Y23)),
    F("(71 tuổi", "71", 71, "measure", "tuổi", "tuổi bà N.T.H", optional=True),
    F("chuyển tiền 3 lần", "3", 3, "count", "lần", "lần bà N.T.H chuyển tiền", M9, location="Quy Nhơn"),
    F("tổng số tiền 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "tổng số tiền bà N.T.H đã chuyển", M9, location="Quy Nhơn"),
    F("lấy lại được 900 triệu đồng", "900", 900e6, "money", "đồng", "số tiền bà N.T.H lấy lại được nhờ ngân hàng phong tỏa", I(M9),
      location="Quy Nhơn"),
    F("tổ chức 54 buổi", "54", 54, "count", "buổi", "buổi nói chuyện chuyên đề", NOW),
    F("tại 11/11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tổ chức nói chuyện chuyên đề", NOW,
      total=11),
    F("hơn 7.000 hội viên", "7.000", 7000, "count", "hội viên", "hội viên tham dự", NOW, approx="over"),
    F("thu hút 15.236 lượt dự thi", "15.236", 15236, "count", "lượt dự thi",
      "lượt dự thi cuộc thi trực tuyến \"Sinh viên với an toàn thông tin mạng\"", I(NOW)),
    F("phấn đấu 100% trường", "100", 100, "percent", "%", "trường THPT tổ chức tuyên truyền về phòng, chống lừa đảo trực tuyến", Y24,
      status="target"),
    F("ít nhất 20%", "20", 20, "percent", "%", "số vụ giảm so với năm 2023", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bình Định style): victims of online fraud by age group, 2023; headline without figure; byline THANH BÌNH + bare date 20/05/2024 at the end.",
    "'cao hơn khoảng 1,6 lần so với năm 2022' after gần 71 tỷ -> its change (lần, about). 22,4% has no year in its sentence -> inherited 2023;",
    "  9% is stated for năm 2021. 'trong 286 người bị hại' is a figure of its own (the 'Trong 25 chỉ tiêu' pattern of shared h13); its parts take total 286.",
    "Optional: age bounds ('từ 60 tuổi trở lên', '25-45', '71 tuổi'). Not figures: 'quận 3', 'phường Trần Phú', 'Đại tá', dates.",
    "The victim's story (3 lần, 1,35 tỷ, 900 triệu) describes Quy Nhơn (her city), not Hồ Chí Minh (the impostor's claimed unit).",
    "'chuyển tiền 3 lần' is a count of transfers (count/lần), not a multiple. 'Từ đầu năm 2024 đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    emit("p682-5", TEXT, COMMENTS, FIGS, published="2024-05-20", location="Bình Định")
