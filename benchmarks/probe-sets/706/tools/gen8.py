"""p706-8: provincial newspaper online (Báo Quảng Ngãi, '(Baoquangngai.vn) -' tag) — health care for the elderly, 2024."""
from lib import F, P, inh, CH, TG, emit

TEXT = """Báo Quảng Ngãi điện tử
Xã hội › Y tế

Chăm lo sức khỏe cho gần 187 nghìn người cao tuổi

Thứ Năm, 06/06/2024 - 15:20

(Baoquangngai.vn) - Nhân Ngày Người cao tuổi Việt Nam 6/6, Sở Y tế cho biết, 5 tháng đầu năm 2024, ngành y tế đã khám sàng lọc bệnh không lây nhiễm cho 28.460 người cao tuổi, đạt 94,9% kế hoạch; phát hiện 6.215 người mắc tăng huyết áp và 1.872 người mắc đái tháo đường.

Toàn tỉnh hiện có gần 187 nghìn người cao tuổi, khoảng 96% trong số đó có thẻ bảo hiểm y tế. Quý I/2024, các cơ sở y tế đã khám, chữa bệnh cho 112.340 lượt người cao tuổi, tăng 9,3% so với cùng kỳ; chi phí khám, chữa bệnh bảo hiểm y tế ước 86,7 tỷ đồng. Bệnh viện Đa khoa tỉnh có khoa Lão khoa với 60 giường; số giường bệnh lão khoa toàn tỉnh mới đạt 3,2 giường/vạn người cao tuổi.

Trung tâm Bảo trợ xã hội tỉnh đang nuôi dưỡng 136 đối tượng, trong đó có 54 người cao tuổi cô đơn không nơi nương tựa. Mỗi đối tượng được trợ cấp nuôi dưỡng 1.440.000 đồng/tháng.

Hội Người cao tuổi tỉnh đã mở 46/40 lớp kế hoạch năm về kỹ năng tự chăm sóc sức khỏe, với hơn 2.300 học viên. Năm 2024, ngành y tế phấn đấu 95% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm, 100% trạm y tế xã triển khai quản lý bệnh không lây nhiễm cho người cao tuổi.

Mọi phản ánh về chất lượng khám, chữa bệnh xin gọi đường dây nóng Sở Y tế: 0255.3822.115.

Ngọc Mai
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Chăm lo sức khỏe cho gần 187 nghìn", "187", 187000, "count", "người cao tuổi",
      "người cao tuổi được chăm lo sức khỏe", approx="nearly"),
    F("cho 28.460 người", "28.460", 28460, "count", "người cao tuổi",
      "người cao tuổi được khám sàng lọc bệnh không lây nhiễm", M5, percent=94.9),
    F("phát hiện 6.215 người", "6.215", 6215, "count", "người", "người mắc tăng huyết áp được phát hiện", M5),
    F("và 1.872 người", "1.872", 1872, "count", "người", "người mắc đái tháo đường được phát hiện", M5),
    F("có gần 187 nghìn", "187", 187000, "count", "người cao tuổi", "người cao tuổi", approx="nearly"),
    F("khoảng 96%", "96", 96, "percent", "%", "người cao tuổi có thẻ bảo hiểm y tế", approx="about"),
    F("cho 112.340 lượt", "112.340", 112340, "count", "lượt", "lượt người cao tuổi được khám, chữa bệnh", Q1,
      change=CH("increase", 9.3, baseline="cùng kỳ")),
    F("ước 86,7 tỷ đồng", "86,7", 86.7e9, "money", "đồng", "chi phí khám, chữa bệnh bảo hiểm y tế", Q1,
      status="estimate"),
    F("với 60 giường", "60", 60, "count", "giường", "giường của khoa Lão khoa Bệnh viện Đa khoa tỉnh"),
    F("đạt 3,2 giường", "3,2", 3.2, "measure", "giường/vạn người cao tuổi", "số giường bệnh lão khoa toàn tỉnh"),
    F("nuôi dưỡng 136 đối tượng", "136", 136, "count", "đối tượng",
      "đối tượng Trung tâm Bảo trợ xã hội tỉnh đang nuôi dưỡng"),
    F("có 54 người", "54", 54, "count", "người cao tuổi", "người cao tuổi cô đơn không nơi nương tựa", total=136),
    F("dưỡng 1.440.000 đồng/tháng", "1.440.000", 1440000, "money", "đồng/tháng", "trợ cấp nuôi dưỡng mỗi đối tượng"),
    F("mở 46/40 lớp", "46", 46, "count", "lớp", "lớp về kỹ năng tự chăm sóc sức khỏe",
      target=TG(40, "lớp", met=True)),
    F("hơn 2.300 học viên", "2.300", 2300, "count", "học viên", "học viên lớp kỹ năng tự chăm sóc sức khỏe",
      approx="over"),
    F("phấn đấu 95%", "95", 95, "percent", "%", "người cao tuổi được khám sức khỏe định kỳ", Y24, status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target", optional=True),
    F("năm, 100% trạm", "100", 100, "percent", "%", "trạm y tế xã triển khai quản lý bệnh không lây nhiễm cho người cao tuổi",
      Y24, status="target"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Quảng Ngãi): masthead, 'Thứ Năm, 06/06/2024 - 15:20', '(Baoquangngai.vn) -' tag, byline at the end.",
    "The body only says 'tỉnh'; the masthead and the tag name Quảng Ngãi → location (as BDK.VN in shared h30). 'Ngày Người cao tuổi Việt Nam 6/6' is a date, and no national figure.",
    "'khoảng 96% trong số đó có thẻ BHYT' is a percent figure of its own (not the share of the 187 nghìn). '46/40 lớp kế hoạch năm' → target 40.",
    "'3,2 giường/vạn người cao tuổi' is a rate: the denominator is in the unit. Headline and body '187 nghìn' are both figures.",
    "'ít nhất 1 lần/năm' (a frequency norm inside a target) is optional. Not figures: 6/6, phone 0255.3822.115.",
]

if __name__ == "__main__":
    emit("p706-8", TEXT, COMMENTS, FIGS, published="2024-06-06", location="Quảng Ngãi")
