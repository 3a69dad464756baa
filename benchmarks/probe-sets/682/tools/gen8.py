import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA TRỤ
Huyện Văn Giang - Tỉnh Hưng Yên
Ngày đăng: 26/09/2024 08:05

Xã Nghĩa Trụ ra quân tuyên truyền "Nói không với lừa đảo trực tuyến"

Sáng 25/9, Ban Chỉ đạo phòng, chống tội phạm xã tổ chức lễ ra quân Tháng cao điểm tuyên truyền phòng, chống lừa đảo trực tuyến năm 2024. Tham dự có hơn 300 đoàn viên, hội viên, lực lượng bảo vệ an ninh, trật tự ở cơ sở của 9 thôn trong xã.

Theo báo cáo của Công an xã, 8 tháng đầu năm 2024, trên địa bàn xã xảy ra bảy vụ lừa đảo qua mạng, giảm hai vụ so với cùng kỳ năm 2023, với tổng thiệt hại 426 triệu đồng. Đáng chú ý, có ba vụ nạn nhân là người trên 65 tuổi bị đối tượng gọi điện giả danh nhân viên điện lực, ngân hàng. Công an xã đã kịp thời ngăn chặn 5 trường hợp chuyển tiền, giữ lại cho người dân khoảng 180 triệu đồng.

Đến hết tháng 10/2024, xã phấn đấu tuyên truyền trực tiếp đến 100% hộ gia đình, khoảng 4.200 hộ; tổ chức ít nhất 18 buổi sinh hoạt chuyên đề tại nhà văn hóa các thôn; lắp đặt 36 pa nô, khẩu hiệu dọc đường ĐT.379 và đường liên xã. Đoàn Thanh niên xã đã thành lập 9 đội hình "Thanh niên tình nguyện hướng dẫn chuyển đổi số", mỗi đội từ 5 đến 7 đoàn viên, hỗ trợ người cao tuổi cài đặt ứng dụng ngân hàng an toàn.

Tại buổi lễ, Công an xã đã trao tặng giấy khen cho 2 tập thể và 6 cá nhân có thành tích xuất sắc trong phát hiện, tố giác đối tượng lừa đảo. Mọi tin báo về lừa đảo, người dân liên hệ Công an xã Nghĩa Trụ, điện thoại 0221.3931.468 hoặc trực tiếp tại trụ sở thôn Đồng Tỉnh 2.
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T10 = P("Đến hết tháng 10/2024", None, "2024-10-31")

FIGS = [
    F("hơn 300 đoàn viên", "300", 300, "count", "đoàn viên",
      "đoàn viên, hội viên, lực lượng bảo vệ an ninh, trật tự ở cơ sở tham dự lễ ra quân", approx="over"),
    F("của 9 thôn", "9", 9, "count", "thôn", "thôn trong xã"),
    F("xảy ra bảy vụ", "bảy", 7, "count", "vụ", "vụ lừa đảo qua mạng xảy ra trên địa bàn xã", M8,
      change=CH("decrease", 2, "vụ", "cùng kỳ năm 2023")),
    F("thiệt hại 426 triệu đồng", "426", 426e6, "money", "đồng", "tổng thiệt hại", M8),
    F("có ba vụ", "ba", 3, "count", "vụ", "vụ nạn nhân là người trên 65 tuổi", I(M8)),
    F("trên 65 tuổi", "65", 65, "measure", "tuổi", "tuổi nạn nhân", approx="over", optional=True),
    F("ngăn chặn 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp chuyển tiền ngăn chặn kịp thời", I(M8)),
    F("khoảng 180 triệu đồng", "180", 180e6, "money", "đồng", "số tiền giữ lại cho người dân", I(M8), approx="about"),
    F("đến 100% hộ", "100", 100, "percent", "%", "hộ gia đình được tuyên truyền trực tiếp", T10, status="target"),
    F("khoảng 4.200 hộ", "4.200", 4200, "count", "hộ", "hộ gia đình được tuyên truyền trực tiếp", T10,
      approx="about", status="target"),
    F("ít nhất 18 buổi", "18", 18, "count", "buổi", "buổi sinh hoạt chuyên đề tại nhà văn hóa các thôn", T10,
      approx="at_least", status="target"),
    F("lắp đặt 36 pa nô", "36", 36, "count", "pa nô", "pa nô, khẩu hiệu lắp đặt", T10, status="target"),
    F("thành lập 9 đội hình", "9", 9, "count", "đội hình",
      "đội hình \"Thanh niên tình nguyện hướng dẫn chuyển đổi số\" Đoàn Thanh niên xã thành lập"),
    F("từ 5 đến 7 đoàn viên", "5", 5, "count", "đoàn viên", "đoàn viên mỗi đội hình", value_max=7),
    F("cho 2 tập thể", "2", 2, "count", "tập thể", "tập thể được Công an xã trao tặng giấy khen"),
    F("và 6 cá nhân", "6", 6, "count", "cá nhân", "cá nhân được Công an xã trao tặng giấy khen"),
]

COMMENTS = [
    "Commune portal (xã Nghĩa Trụ, huyện Văn Giang, Hưng Yên): lễ ra quân tuyên truyền phòng, chống lừa đảo trực tuyến, 'Ngày đăng: 26/09/2024 08:05'.",
    "Location: the contract names province, city or district; a commune's figures take its district, Văn Giang.",
    "Number words: 'bảy vụ', 'giảm hai vụ' (change of bảy vụ, unit vụ), 'có ba vụ'. 'trên 65 tuổi' is an age threshold: optional.",
    "Not figures: 'Sáng 25/9', 'Tháng cao điểm', 'ĐT.379' (road), 'thôn Đồng Tỉnh 2' (name), phone 0221.3931.468.",
    "'Đến hết tháng 10/2024, xã phấn đấu …' -> status target for the whole sentence (all four clauses), period as-of 2024-10-31.",
    "'Đoàn Thanh niên xã đã thành lập 9 đội hình' is an actual result (new sentence, 'đã'); 'từ 5 đến 7 đoàn viên' is a range.",
]

if __name__ == "__main__":
    emit("p682-8", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Văn Giang")
