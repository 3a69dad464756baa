from lib import Doc, P, CH, TG

TEXT = """Huyện Củ Chi ra quân chiến dịch diệt lăng quăng, phòng chống sốt xuất huyết đợt 1 năm 2024
Ngày đăng: 22/05/2024 | Lượt xem: 648

Sáng 18/5, Ban Chỉ đạo phòng, chống dịch bệnh huyện Củ Chi tổ chức lễ ra quân chiến dịch vệ sinh môi trường, diệt lăng quăng/bọ gậy phòng chống sốt xuất huyết đợt 1 năm 2024 tại xã Tân Thạnh Đông.

Chiến dịch được triển khai đồng loạt tại 21 xã, thị trấn từ ngày 18/5 đến ngày 25/5/2024, với sự tham gia của hơn 3.200 lượt người gồm cán bộ y tế, đoàn viên thanh niên, hội viên phụ nữ và cộng tác viên. Các tổ đã kiểm tra 45.820 hộ gia đình, phát hiện 6.137 hộ có lăng quăng (chiếm 13,4%); xử lý, loại bỏ 28.450 vật chứa nước đọng và thu gom gần 18,5 tấn rác thải các loại.

Theo kết quả giám sát của Trung tâm Y tế huyện, chỉ số nhà có lăng quăng (HI) tại các điểm nóng giảm từ 18,6% trước chiến dịch xuống còn 7,2% sau chiến dịch.

Từ đầu năm đến ngày 19/5/2024, huyện ghi nhận 214 ca sốt xuất huyết, giảm 31 ca so với cùng kỳ năm 2023; các xã có số ca mắc cao là Tân Thông Hội (27 ca), Phước Vĩnh An (19 ca) và Trung An (16 ca). Không có ca tử vong.

Phát biểu tại lễ ra quân, ông Phạm Văn Sơn, Phó Chủ tịch UBND huyện đề nghị các xã duy trì mỗi tuần 1 buổi diệt lăng quăng tại hộ gia đình, phấn đấu đến cuối năm 2024 giảm ít nhất 15% số ca mắc so với năm 2023. Đợt 2 của chiến dịch dự kiến diễn ra vào tháng 8/2024 với kinh phí khoảng 450 triệu đồng.

Mọi phản ánh về tình hình dịch bệnh xin gửi về Trung tâm Y tế huyện Củ Chi, số 1307 Tỉnh lộ 7, ấp Bàu Tre 2, xã Tân An Hội; điện thoại: 028.3892.1234.
"""

d = Doc("p351-3", TEXT, [
    "District portal (huyện Củ Chi, TP Hồ Chí Minh): larva-killing campaign, round 1 of 2024. Dateline 'Ngày đăng: 22/05/2024 | Lượt xem: 648'.",
    "Distractors: 'Lượt xem: 648', 'đợt 1 năm 2024' / 'Đợt 2' (round names), 'Sáng 18/5', campaign dates, 'số 1307 Tỉnh lộ 7', 'ấp Bàu Tre 2', phone 028.3892.1234.",
    "Campaign figures take the campaign dates 'từ ngày 18/5 đến ngày 25/5/2024' (stated in the first sentence; later sentences inherit).",
    "'6.137 hộ có lăng quăng (chiếm 13,4%)' percent; no total (no part-of cue after 'kiểm tra 45.820 hộ'). HI 'giảm từ 18,6% … xuống còn 7,2%': two percent figures, no change object.",
    "Commune list items ('các xã có số ca mắc cao là …'): a commune is not a location in the spec (province, city or district), so they keep Củ Chi; subject is the indicator; no total.",
    "'mỗi tuần 1 buổi' is a routine frequency (optional). 'phấn đấu … giảm ít nhất 15% số ca mắc so với năm 2023' is a reduction rate as the claim: percent, at_least, target.",
    "'khoảng 450 triệu đồng' for round 2: money, about, forecast ('dự kiến'), period tháng 8/2024.",
    "revised after the first run: the three commune list items had the commune as location; FIGURES.md allows province, city or district, so they take Củ Chi.",
], published="2024-05-22", location="Củ Chi")

CAMP = P("từ ngày 18/5 đến ngày 25/5/2024", "2024-05-18", "2024-05-25")
CAMPi = P("từ ngày 18/5 đến ngày 25/5/2024", "2024-05-18", "2024-05-25", inherited=True)
YTD = P("Từ đầu năm đến ngày 19/5/2024", "2024-01-01", "2024-05-19")

d.f("tại 21 xã, thị trấn", "21", 21, "count", "xã, thị trấn", "xã, thị trấn triển khai chiến dịch", CAMP)
d.f("hơn 3.200 lượt người", "3.200", 3200, "count", "lượt người", "lượt người tham gia chiến dịch", CAMP, approx="over")
d.f("kiểm tra 45.820 hộ", "45.820", 45820, "count", "hộ gia đình", "hộ gia đình được kiểm tra", CAMPi)
d.f("phát hiện 6.137 hộ", "6.137", 6137, "count", "hộ", "hộ có lăng quăng", CAMPi, percent=13.4)
d.f("loại bỏ 28.450 vật chứa", "28.450", 28450, "count", "vật chứa", "vật chứa nước đọng được xử lý, loại bỏ", CAMPi)
d.f("gần 18,5 tấn", "18,5", 18.5, "measure", "tấn", "rác thải thu gom", CAMPi, approx="nearly")
d.f("từ 18,6% trước", "18,6", 18.6, "percent", "%", "chỉ số nhà có lăng quăng (HI) tại các điểm nóng trước chiến dịch")
d.f("còn 7,2% sau", "7,2", 7.2, "percent", "%", "chỉ số nhà có lăng quăng (HI) tại các điểm nóng sau chiến dịch")
d.f("ghi nhận 214 ca", "214", 214, "count", "ca", "ca sốt xuất huyết", YTD,
    change=CH("decrease", 31, "ca", "cùng kỳ năm 2023"))
d.f("Tân Thông Hội (27 ca)", "27", 27, "count", "ca", "số ca mắc sốt xuất huyết", YTD)
d.f("Phước Vĩnh An (19 ca)", "19", 19, "count", "ca", "số ca mắc sốt xuất huyết", YTD)
d.f("Trung An (16 ca)", "16", 16, "count", "ca", "số ca mắc sốt xuất huyết", YTD)
d.f("mỗi tuần 1 buổi", "1", 1, "count", "buổi", "buổi diệt lăng quăng tại hộ gia đình mỗi tuần", status="target",
    optional=True)
d.f("ít nhất 15%", "15", 15, "percent", "%", "mức giảm số ca mắc so với năm 2023",
    P("đến cuối năm 2024", None, "2024-12-31"), approx="at_least", status="target")
d.f("khoảng 450 triệu đồng", "450", 450000000, "money", "đồng", "kinh phí đợt 2 của chiến dịch",
    P("tháng 8/2024", "2024-08-01", "2024-08-31"), approx="about", status="forecast")
d.write()
