"""p710-6: national press (VnExpress style) - private school tuition in TP HCM, school year 2024-2025."""
from lib import F, P, I, SY, CH, emit

TEXT = """Giáo dục
Thứ năm, 15/8/2024, 06:30 (GMT+7)

Học phí trường tư ở TP HCM tăng 5-10%

Nhiều trường tư thục tại TP HCM thông báo tăng học phí năm học 2024-2025 từ 5 đến 10%, phổ biến ở mức 4-8 triệu đồng mỗi tháng.

Tại Trường Tiểu học, THCS và THPT Việt Úc, học phí lớp 1 là 7,2 triệu đồng một tháng, tăng 6,5% so với năm ngoái. Hệ thống trường song ngữ Á Châu thu từ 182 đến 310 triệu đồng một năm tùy khối lớp, còn ở nhóm trường quốc tế, mức cao nhất là hơn một tỷ đồng một năm cho học sinh lớp 12.

Theo Sở Giáo dục và Đào tạo, năm học 2023-2024, TP HCM có 1.043 trường mầm non, phổ thông ngoài công lập, chiếm 41% tổng số trường. Trong đó, 46 trường có yếu tố nước ngoài và khoảng 270 trường dạy chương trình song ngữ. Khối tư thục đang đáp ứng chỗ học cho hơn 320.000 học sinh, chiếm 17,6% học sinh toàn thành phố.

Ông Nguyễn Bảo Quốc, Phó giám đốc Sở, cho biết trong 6 tháng đầu năm 2024, Sở đã đình chỉ tuyển sinh 3 trường do không bảo đảm điều kiện hoạt động. Các trường chỉ được thu học phí theo tháng hoặc học kỳ, không thu quá 2 tháng đối với bậc mầm non.

Khảo sát của báo với 500 phụ huynh tại quận 7, TP Thủ Đức và quận Bình Thạnh cho thấy 62% cho rằng mức tăng là chấp nhận được, 27% đề nghị các trường công khai chi phí chi tiết hơn.

Lê Nguyễn
"""

COMMENTS = [
    "National press (VnExpress style), `Thứ năm, 15/8/2024, 06:30 (GMT+7)`, byline at the end: private school tuition in TP HCM.",
    "Not figures: `lớp 1`, `lớp 12` (grades), `quận 7` (a district name), `(GMT+7)`, the time of day.",
    "The fee increase `từ 5 đến 10%` is the claim: a percent figure with value_max, no change. `4-8 triệu đồng mỗi tháng` is a money range, unit đồng/tháng.",
    "`7,2 triệu đồng một tháng, tăng 6,5% so với năm ngoái`: money with its change. `hơn một tỷ đồng` = 1e9, over.",
    "`Trong đó` after 1.043 trường (sentence break): 46 and 270 are its parts (total 1043).",
    "`không thu quá 2 tháng` is a rule (a cap), not a fact: optional. The survey's three districts do not make it a district figure.",
    "`năm học 2024-2025` / `2023-2024` read as 2024-01-01 .. 2025-12-31 / 2023-01-01 .. 2024-12-31.",
]

SY24 = SY(2024)
SY23 = SY(2023)

FIGS = [
    F("tăng 5-10%", "5", 5, "percent", "%", value_max=10,
      subject="mức tăng học phí trường tư ở TP HCM"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10,
      subject="mức tăng học phí của nhiều trường tư thục", period=SY24),
    F("mức 4-8 triệu", "4", 4e6, "money", "đồng/tháng", value_max=8e6,
      subject="mức học phí phổ biến của trường tư thục", period=SY24),
    F("là 7,2 triệu đồng", "7,2", 7.2e6, "money", "đồng/tháng",
      change=CH("increase", 6.5, "%", "năm ngoái"),
      subject="học phí lớp 1 Trường Tiểu học, THCS và THPT Việt Úc", period=I(SY24)),
    F("từ 182 đến 310 triệu", "182", 182e6, "money", "đồng/năm", value_max=310e6,
      subject="học phí hệ thống trường song ngữ Á Châu", period=I(SY24)),
    F("hơn một tỷ đồng", "một", 1e9, "money", "đồng/năm", approx="over",
      subject="mức học phí cao nhất ở nhóm trường quốc tế", period=I(SY24)),
    F("có 1.043 trường", "1.043", 1043, "count", "trường", percent=41,
      subject="trường mầm non, phổ thông ngoài công lập", period=SY23),
    F("46 trường", "46", 46, "count", "trường", total=1043,
      subject="trường có yếu tố nước ngoài", period=I(SY23)),
    F("khoảng 270 trường", "270", 270, "count", "trường", approx="about", total=1043,
      subject="trường dạy chương trình song ngữ", period=I(SY23)),
    F("hơn 320.000 học sinh", "320.000", 320000, "count", "học sinh", approx="over", percent=17.6,
      subject="học sinh được khối tư thục đáp ứng chỗ học", period=I(SY23)),
    F("tuyển sinh 3 trường", "3", 3, "count", "trường",
      subject="trường bị đình chỉ tuyển sinh",
      period=P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("quá 2 tháng", "2", 2, "measure", "tháng", approx="at_most", optional=True),
    F("với 500 phụ huynh", "500", 500, "count", "phụ huynh",
      subject="phụ huynh được khảo sát"),
    F("62% cho rằng", "62", 62, "percent", "%",
      subject="phụ huynh cho rằng mức tăng là chấp nhận được"),
    F("27% đề nghị", "27", 27, "percent", "%",
      subject="phụ huynh đề nghị các trường công khai chi phí chi tiết hơn"),
]

if __name__ == "__main__":
    emit("p710-6", TEXT, COMMENTS, FIGS, published="2024-08-15", location="TP Hồ Chí Minh")
