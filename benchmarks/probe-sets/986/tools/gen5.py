"""p986-5: Báo Sơn La (Party provincial paper) — a commune station in Mai Sơn and provincial figures, 10 months 2023."""
from lib import F, P, I, CH, write

TEXT = """Trạm y tế xã - "điểm tựa" của người bệnh mạn tính

Mỗi tháng hai lần, Trạm Y tế xã Chiềng Mung (huyện Mai Sơn) lại đông người bệnh đến khám và nhận thuốc tăng huyết áp, đái tháo đường.

Ông Lò Văn Bảy, 67 tuổi, ở bản Hưng Mai, phát hiện tăng huyết áp từ năm 2019 khi chỉ số huyết áp lên tới 180/100 mmHg. "Trước đây, mỗi lần lấy thuốc tôi phải đi hơn 20 km lên bệnh viện huyện, tốn khoảng 200.000 đồng tiền xe. Nay nhận thuốc ngay ở trạm, đỡ vất vả lắm", ông Bảy nói.

Bác sĩ Cầm Thị Tươi, Trưởng Trạm cho biết, trạm hiện quản lý 398 người bệnh, gấp gần 3 lần năm 2020. Trong đó, 312 người tăng huyết áp, 86 người đái tháo đường; khoảng 70% người bệnh duy trì điều trị đều đặn. Trạm có sáu cán bộ, phục vụ 11.200 nhân khẩu của 24 bản.

Theo Sở Y tế Sơn La, 10 tháng đầu năm 2023, 204/204 trạm y tế xã trong tỉnh đã khám sàng lọc cho 97.560 người, tăng 8,2% so với cùng kỳ năm 2022; phát hiện 4.820 người tăng huyết áp và 1.370 người đái tháo đường. Toàn tỉnh đang quản lý 21.600 người bệnh tại tuyến xã, tuy nhiên tỷ lệ bỏ điều trị vẫn còn khoảng 12%.

Năm 2024, ngành y tế Sơn La đặt mục tiêu quản lý ít nhất 25.000 người bệnh tăng huyết áp, đái tháo đường tại tuyến xã; 100% trạm y tế có máy đo đường huyết.

LÒ HẠNH
18/11/2023
"""

M10 = P("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
MS = {"location": "Mai Sơn"}

FIGS = [
    F("Mỗi tháng hai lần", "hai", 2, "measure", "lần/tháng", "buổi khám, cấp thuốc mỗi tháng",
      optional=True, **MS),
    F("67 tuổi", "67", 67, "measure", "tuổi", "tuổi ông Lò Văn Bảy", optional=True, **MS),
    F("lên tới 180/100 mmHg", "180", 180, "measure", "mmHg", "huyết áp tâm thu của ông Bảy",
      optional=True, **MS),
    F("180/100 mmHg", "100", 100, "measure", "mmHg", "huyết áp tâm trương của ông Bảy",
      optional=True, **MS),
    F("hơn 20 km", "20", 20, "measure", "km", "quãng đường lên bệnh viện huyện lấy thuốc",
      approx="over", **MS),
    F("khoảng 200.000 đồng", "200.000", 200000, "money", "đồng", "tiền xe mỗi lần lấy thuốc",
      approx="about", **MS),
    F("quản lý 398 người bệnh", "398", 398, "count", "người bệnh", "người bệnh trạm quản lý",
      change=CH("increase", 3, "lần", "năm 2020", approx="nearly"), **MS),
    F("312 người tăng", "312", 312, "count", "người", "người tăng huyết áp", total=398, **MS),
    F("86 người đái", "86", 86, "count", "người", "người đái tháo đường", total=398, **MS),
    F("khoảng 70% người bệnh", "70", 70, "percent", "%", "người bệnh duy trì điều trị đều đặn",
      approx="about", **MS),
    F("có sáu cán bộ", "sáu", 6, "count", "cán bộ", "cán bộ của trạm", **MS),
    F("phục vụ 11.200 nhân khẩu", "11.200", 11200, "count", "nhân khẩu", "nhân khẩu trạm phục vụ", **MS),
    F("của 24 bản", "24", 24, "count", "bản", "bản trạm phục vụ", **MS),
    F("204/204 trạm", "204", 204, "count", "trạm y tế xã", "trạm y tế xã đã khám sàng lọc", M10, total=204),
    F("cho 97.560 người", "97.560", 97560, "count", "người", "người được khám sàng lọc", M10,
      change=CH("increase", 8.2, "%", "cùng kỳ năm 2022")),
    F("phát hiện 4.820 người", "4.820", 4820, "count", "người", "người tăng huyết áp phát hiện", M10),
    F("và 1.370 người", "1.370", 1370, "count", "người", "người đái tháo đường phát hiện", M10),
    F("quản lý 21.600 người bệnh", "21.600", 21600, "count", "người bệnh",
      "người bệnh quản lý tại tuyến xã"),
    F("khoảng 12%", "12", 12, "percent", "%", "tỷ lệ bỏ điều trị", approx="about"),
    F("ít nhất 25.000 người bệnh", "25.000", 25000, "count", "người bệnh",
      "người bệnh tăng huyết áp, đái tháo đường quản lý tại tuyến xã", Y24,
      approx="at_least", status="target"),
    F("; 100% trạm y tế", "100", 100, "percent", "%", "trạm y tế có máy đo đường huyết", Y24,
      status="target"),
]

COMMENTS = [
    "Báo Sơn La (Party provincial paper), byline LÒ HẠNH and bare date 18/11/2023 at the end.",
    "Station Chiềng Mung lies in Mai Sơn district: its figures are located 'Mai Sơn'; provincial figures 'Sơn La'.",
    "Optional: 'Mỗi tháng hai lần' (a schedule), the example patient's age and blood pressure 180/100 mmHg (the slash is not a part/whole).",
    "The patient's trip (hơn 20 km, khoảng 200.000 đồng) is stated as fact: required.",
    "'gấp gần 3 lần năm 2020' after 398 is its change (unit lần, nearly). 'Trong đó' after a sentence break gives total 398.",
    "Not figures: names Lò Văn Bảy, ông Bảy, năm 2019, năm 2020 (baseline), the date line.",
]

write("p986-5", TEXT, FIGS, COMMENTS, published="2023-11-18", location="Sơn La")
