"""p1348-6: national newspaper: e-waste grows, a used-battery programme in TP Hồ Chí Minh."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường
Thứ năm, 12/9/2024, 07:00 (GMT+7)

Rác điện tử tăng nhanh, điểm thu gom chính thức vẫn thưa

Mỗi người Việt thải ra khoảng 1,3 kg rác điện tử mỗi năm, nhưng chưa đến 15% được thu gom, xử lý đúng quy định.

Theo báo cáo của Liên minh Tái chế Đông Dương công bố tháng 8, năm 2023 Việt Nam phát sinh khoảng 125.000 tấn chất thải điện tử, đứng thứ 4 Đông Nam Á. Phần lớn số này đi qua các vựa ve chai, được tháo dỡ thủ công để lấy đồng, nhôm và bảng mạch.

Tại TP HCM, chương trình "Pin đổi quà" do Công ty TNHH Vòng Xanh phối hợp với Sở Tài nguyên và Môi trường triển khai từ tháng 4/2022 đến nay đã đặt 215 thùng thu gom tại chung cư, trường học, siêu thị và thu về hơn 41 tấn pin cũ, với hơn 3 nghìn hộ gia đình tham gia thường xuyên. Riêng 8 tháng đầu năm nay, chương trình thu được 13,7 tấn, gấp đôi cùng kỳ năm ngoái. Tháng 7, chương trình mở rộng thêm ba quận Bình Thạnh, Gò Vấp và Tân Bình.

Chị Lê Thu Trang, cư dân chung cư Sky 9, kể mỗi tháng gia đình chị gom khoảng nửa ký pin tiểu, pin điều khiển và pin đồng hồ, đem đổi lấy cây sen đá hoặc túi vải.

Ông Phạm Quốc Bảo, Giám đốc Vòng Xanh, cho biết chi phí xử lý mỗi tấn pin hiện khoảng 20-25 triệu đồng, trong khi nguồn tài trợ chỉ đáp ứng chưa tới 60%. Công ty dự kiến đến năm 2025 nâng số thùng thu gom lên 500 thùng và nhận thêm điện thoại, laptop cũ.

Thanh Tâm
"""

VN = "Việt Nam"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ tháng 4/2022 đến nay", "2022-04-01", "2024-09-12")
EIGHT = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
JUL = P("Tháng 7", "2024-07-01", "2024-07-31")
BY25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 1,3 kg", "1,3", 1.3, "measure", "kg/người/năm", approx="about",
      subject="rác điện tử mỗi người Việt thải ra", location=VN),
    F("chưa đến 15%", "15", 15, "percent", "%", approx="under",
      subject="tỷ lệ rác điện tử được thu gom, xử lý đúng quy định", location=VN),
    F("khoảng 125.000 tấn", "125.000", 125000, "measure", "tấn", approx="about",
      subject="chất thải điện tử phát sinh", period=Y23, location=VN),
    F("đứng thứ 4", "4", 4, "rank", "hạng",
      subject="chất thải điện tử phát sinh tại Đông Nam Á", period=Y23, location=VN),
    F("đặt 215 thùng", "215", 215, "count", "thùng",
      subject="thùng thu gom chương trình Pin đổi quà đặt", period=SINCE),
    F("hơn 41 tấn", "41", 41, "measure", "tấn", approx="over",
      subject="pin cũ chương trình Pin đổi quà thu về", period=SINCE),
    F("hơn 3 nghìn hộ", "3", 3000, "count", "hộ gia đình", approx="over",
      subject="hộ gia đình tham gia thường xuyên chương trình", period=SINCE),
    F("được 13,7 tấn", "13,7", 13.7, "measure", "tấn",
      change=C("increase", 2, "lần", "cùng kỳ năm ngoái"),
      subject="pin cũ chương trình thu được", period=EIGHT),
    F("thêm ba quận", "ba", 3, "count", "quận",
      subject="quận chương trình mở rộng thêm", period=JUL),
    F("khoảng nửa ký", "nửa", 0.5, "measure", "ký/tháng", approx="about",
      subject="pin gia đình chị Trang gom mỗi tháng"),
    F("khoảng 20-25 triệu", "20", 20e6, "money", "đồng/tấn", value_max=25e6, approx="about",
      subject="chi phí xử lý pin"),
    F("chưa tới 60%", "60", 60, "percent", "%", approx="under",
      subject="mức đáp ứng chi phí xử lý của nguồn tài trợ"),
    F("lên 500 thùng", "500", 500, "count", "thùng", status="forecast",
      subject="số thùng thu gom của công ty", period=BY25),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/9/2024, 07:00 (GMT+7)', headline without figures, sapo, byline at the end.",
    "Distractors: 07:00, '(GMT+7)', 'công bố tháng 8', 'chung cư Sky 9' (a name), 'năm ngoái', 'cùng kỳ'.",
    "Location: the sapo and the report paragraph are national (Việt Nam); the programme, the resident and the company are TP Hồ Chí Minh (default).",
    "'khoảng 1,3 kg … mỗi năm' per person → kg/người/năm; 'khoảng nửa ký … mỗi tháng' → 0,5 ký/tháng (number word 'nửa').",
    "'đứng thứ 4 Đông Nam Á' → rank 4 of Việt Nam, period năm 2023 (same sentence).",
    "'từ tháng 4/2022 đến nay' ends at the dateline 2024-09-12; '8 tháng đầu năm nay' = 2024-01-01..2024-08-31 (year of published).",
    "'hơn 3 nghìn hộ' = over 3000. 'gấp đôi cùng kỳ năm ngoái' → change increase 2 lần (as 'tăng 2,8 lần so với cùng kỳ').",
    "'Riêng 8 tháng …' is not a part-of cue: no total 41. 'khoảng 20-25 triệu đồng' per tonne → đồng/tấn, approx about, range.",
    "'dự kiến đến năm 2025 nâng … lên 500 thùng' → forecast, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1348-6", TEXT, NOTES, FIGS, published="2024-09-12", location="TP Hồ Chí Minh")
