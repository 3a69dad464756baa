"""p1013-6: national newspaper, TP Hồ Chí Minh blocks phone numbers printed on flyers (2024, early 2025)."""
from lib import C, F, I, P, write

TEXT = """Thứ ba, 11/3/2025, 07:30 (GMT+7)
TP HCM khóa gần 9.000 số điện thoại quảng cáo rao vặt

Năm 2024, Sở Thông tin và Truyền thông TP Hồ Chí Minh tiếp nhận từ các quận, huyện danh sách 11.380 số điện thoại in trên quảng cáo rao vặt trái phép. Sau khi xác minh, Sở đã đề nghị các nhà mạng tạm ngưng cung cấp dịch vụ với 8.946 số, tăng 23% so với năm 2023.

Trong số thuê bao bị khóa, nhóm "khoan cắt bê tông, thông cống nghẹt" nhiều nhất với 3.120 số, tiếp đến là "cho vay tiền nhanh" 2.480 số và "làm giấy tờ giả" 1.306 số. Khoảng 70% thuê bao bị khóa là sim chưa đăng ký chính chủ.

Các địa phương có nhiều số điện thoại bị khóa nhất là Quận 1 (1.240 số), TP Thủ Đức (1.105 số) và quận Bình Thạnh (986 số).

Song song, hệ thống gọi tự động của thành phố đã thực hiện hơn 1,2 triệu cuộc gọi, mỗi số vi phạm bị gọi từ 30 đến 50 cuộc/ngày cho đến khi chủ thuê bao đến làm việc. Riêng hai tháng đầu năm 2025, Sở tiếp tục đề nghị khóa 1.372 số.

Trong năm 2024, lực lượng thanh tra đã xử phạt 512 trường hợp với tổng số tiền 4,35 tỷ đồng. Theo Nghị định số 14/2022/NĐ-CP, hành vi sử dụng số điện thoại để quảng cáo trái phép có thể bị phạt tiền từ 10 đến 20 triệu đồng.

Đại diện Sở cho biết, mục tiêu năm 2025 là khóa 100% số điện thoại vi phạm trong thời gian không quá 48 giờ kể từ khi phát hiện. Người dân có thể phản ánh qua Tổng đài 1022 hoặc ứng dụng Cổng 1022, hoặc đến trụ sở Sở tại số 59 Lý Tự Trọng, phường Bến Nghé, Quận 1.

Hà An
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24B = P("Trong năm 2024", "2024-01-01", "2024-12-31")
M2 = P("hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khóa gần 9.000 số", "9.000", 9000, "count", "số điện thoại",
      "số điện thoại quảng cáo rao vặt bị khóa", I(Y24), approx="nearly"),
    F("danh sách 11.380 số", "11.380", 11380, "count", "số điện thoại",
      "số điện thoại in trên quảng cáo rao vặt trái phép tiếp nhận từ các quận, huyện", Y24),
    F("với 8.946 số", "8.946", 8946, "count", "số",
      "số điện thoại bị tạm ngưng cung cấp dịch vụ", I(Y24),
      change=C("increase", 23, "%", "năm 2023")),
    F("với 3.120 số", "3.120", 3120, "count", "số",
      "thuê bao bị khóa nhóm khoan cắt bê tông, thông cống nghẹt", I(Y24), total=8946),
    F("2.480 số", "2.480", 2480, "count", "số",
      "thuê bao bị khóa nhóm cho vay tiền nhanh", I(Y24), total=8946),
    F("1.306 số", "1.306", 1306, "count", "số",
      "thuê bao bị khóa nhóm làm giấy tờ giả", I(Y24), total=8946),
    F("Khoảng 70% thuê bao", "70", 70, "percent", "%",
      "thuê bao bị khóa là sim chưa đăng ký chính chủ", I(Y24), approx="about"),
    F("(1.240 số)", "1.240", 1240, "count", "số",
      "số điện thoại bị khóa", I(Y24), location="Quận 1"),
    F("(1.105 số)", "1.105", 1105, "count", "số",
      "số điện thoại bị khóa", I(Y24), location="Thủ Đức"),
    F("(986 số)", "986", 986, "count", "số",
      "số điện thoại bị khóa", I(Y24), location="Bình Thạnh"),
    F("hơn 1,2 triệu cuộc gọi", "1,2", 1.2e6, "count", "cuộc gọi",
      "cuộc gọi của hệ thống gọi tự động", I(Y24), approx="over"),
    F("từ 30 đến 50 cuộc/ngày", "30", 30, "measure", "cuộc/ngày",
      "số cuộc gọi tới mỗi số vi phạm", I(Y24), value_max=50),
    F("khóa 1.372 số", "1.372", 1372, "count", "số",
      "số điện thoại đề nghị khóa", M2),
    F("xử phạt 512 trường hợp", "512", 512, "count", "trường hợp",
      "trường hợp bị xử phạt", Y24B),
    F("tổng số tiền 4,35 tỷ đồng", "4,35", 4.35e9, "money", "đồng",
      "tổng số tiền xử phạt", Y24B),
    F("từ 10 đến 20 triệu đồng", "10", 10e6, "money", "đồng",
      "mức phạt tiền đối với hành vi sử dụng số điện thoại để quảng cáo trái phép",
      value_max=20e6, optional=True),
    F("khóa 100% số", "100", 100, "percent", "%",
      "số điện thoại vi phạm bị khóa trong không quá 48 giờ", Y25, status="target"),
    F("không quá 48 giờ", "48", 48, "measure", "giờ",
      "thời gian khóa số điện thoại vi phạm kể từ khi phát hiện", Y25, approx="at_most", status="target", optional=True),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ ba, 11/3/2025, 07:30 (GMT+7)', byline at the end): TP Hồ Chí Minh blocks",
    "phone numbers printed on flyers. The headline figure (gần 9.000) has no period of its own: Năm 2024 is inherited.",
    "'Trong số thuê bao bị khóa' names the 8.946 as the whole: the three service groups get total 8946.",
    "Quận 1 / TP Thủ Đức / quận Bình Thạnh are the list items' locations (a ranking; does not add up: no total).",
    "The legal fine bracket 'từ 10 đến 20 triệu đồng' (a rule, not an event) and the target's time limit",
    "'không quá 48 giờ' (a threshold inside the 100% target) are optional.",
    "Distractors: dateline and time, 'Quận 1' (a name), Nghị định số 14/2022/NĐ-CP, Tổng đài 1022, Cổng 1022, số 59 Lý Tự Trọng.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-03-11", location="TP Hồ Chí Minh")
