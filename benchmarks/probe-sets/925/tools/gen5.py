"""p925-5: Báo Hà Tĩnh (Party newspaper), renting out pharmacist practising certificates; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nhức nhối tình trạng "thuê" chứng chỉ hành nghề dược

Ở nhiều quầy thuốc vùng nông thôn Hà Tĩnh, người đứng tên trên chứng chỉ hành nghề hầu như không có mặt, việc bán thuốc do người nhà chủ quầy đảm nhận.

Quầy thuốc của bà N.T.H. ở xã Thạch Kênh (huyện Thạch Hà) mở cửa từ 6 giờ sáng đến 22 giờ, nhưng dược sĩ phụ trách chuyên môn chỉ "ghé qua" vài lần mỗi tháng. Theo quy định, người phụ trách chuyên môn của quầy thuốc phải có bằng dược từ trung cấp trở lên và ít nhất 18 tháng thực hành tại cơ sở dược phù hợp. Một chủ quầy thừa nhận mỗi tháng trả cho người đứng tên chứng chỉ từ 2 đến 3 triệu đồng, trong khi thuê một dược sĩ trung cấp làm việc toàn thời gian mất khoảng 6-7 triệu đồng/tháng.

Theo Sở Y tế Hà Tĩnh, 10 tháng năm 2023, qua kiểm tra 528 cơ sở bán lẻ thuốc, ngành chức năng phát hiện 37 trường hợp người phụ trách chuyên môn vắng mặt không có lý do, gấp 1,5 lần cùng kỳ năm trước. Sở đã thu hồi 9 chứng chỉ hành nghề dược, đình chỉ hoạt động 14 quầy thuốc và phạt tiền 312 triệu đồng. Theo Nghị định số 117/2020/NĐ-CP, hành vi cho thuê, cho mượn chứng chỉ hành nghề dược bị phạt tiền từ 20 đến 30 triệu đồng.

Tính đến cuối tháng 10/2023, toàn tỉnh có 1.432 quầy thuốc và 186 nhà thuốc, nhưng chỉ có 642 dược sĩ đại học đăng ký hành nghề. Riêng huyện Hương Khê có 97 quầy thuốc, phần lớn ở các xã miền núi cách trung tâm huyện trên 30 km.

Ông Phan Văn Tám, Phó Giám đốc Sở Y tế cho biết, năm 2024 Sở phấn đấu kiểm tra 100% quầy thuốc ở vùng nông thôn, kiên quyết thu hồi chứng chỉ đối với các trường hợp vi phạm lần thứ 2.

THU HÀ
20/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
E10 = P("Tính đến cuối tháng 10/2023", end="2023-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ít nhất 18 tháng", "18", 18, "measure", "tháng", None, None, approx="at_least", optional=True),
    F("từ 2 đến 3 triệu đồng", "2", 2e6, "money", "đồng/tháng", "tiền trả cho người đứng tên chứng chỉ", value_max=3e6),
    F("khoảng 6-7 triệu đồng/tháng", "6", 6e6, "money", "đồng/tháng", "tiền thuê dược sĩ trung cấp làm việc toàn thời gian",
      value_max=7e6, approx="about"),
    F("kiểm tra 528 cơ sở", "528", 528, "count", "cơ sở", "cơ sở bán lẻ thuốc được kiểm tra", M10),
    F("phát hiện 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp người phụ trách chuyên môn vắng mặt không có lý do", M10,
      change=C("increase", 1.5, "lần", "cùng kỳ năm trước")),
    F("thu hồi 9 chứng chỉ", "9", 9, "count", "chứng chỉ", "chứng chỉ hành nghề dược bị thu hồi", I(M10)),
    F("động 14 quầy thuốc", "14", 14, "count", "quầy thuốc", "quầy thuốc bị đình chỉ hoạt động", I(M10)),
    F("phạt tiền 312 triệu đồng", "312", 312e6, "money", "đồng", "tiền phạt", I(M10)),
    F("từ 20 đến 30 triệu đồng", "20", 20e6, "money", "đồng", "mức phạt hành vi cho thuê, cho mượn chứng chỉ hành nghề dược",
      value_max=30e6, optional=True),
    F("có 1.432 quầy thuốc", "1.432", 1432, "count", "quầy thuốc", "quầy thuốc", E10),
    F("186 nhà thuốc", "186", 186, "count", "nhà thuốc", "nhà thuốc", E10),
    F("có 642 dược sĩ", "642", 642, "count", "dược sĩ đại học", "dược sĩ đại học đăng ký hành nghề", E10),
    F("có 97 quầy thuốc", "97", 97, "count", "quầy thuốc", "quầy thuốc", I(E10), location="Hương Khê"),
    F("trên 30 km", "30", 30, "measure", "km", "khoảng cách từ các xã miền núi đến trung tâm huyện", approx="over", location="Hương Khê"),
    F("kiểm tra 100% quầy thuốc", "100", 100, "percent", "%", "quầy thuốc ở vùng nông thôn được kiểm tra", Y24,
      status="target"),
]

NOTES = [
    "Báo Hà Tĩnh: renting out pharmacist practising certificates; byline THU HÀ and bare date 20/11/2023 at the end.",
    "Not figures: '6 giờ sáng đến 22 giờ' (opening hours), 'vài lần', 'lần thứ 2' (ordinal), 'Phan Văn Tám' (name), 'Nghị định số",
    "117/2020/NĐ-CP'. Optional: the legal requirement '18 tháng thực hành' and the legal fine bracket 'từ 20 đến 30 triệu đồng' (norms,",
    "not facts about Hà Tĩnh). 'gấp 1,5 lần cùng kỳ năm trước' after the count is its change (unit lần), like 'tăng hơn 2,8 lần so với",
    "cùng kỳ' in the spec. 'mỗi tháng trả ... từ 2 đến 3 triệu đồng' is a monthly amount (đồng/tháng). Quotes of one shop owner carry no period.",
    "Hương Khê (district) localises the 97 quầy thuốc and the 30 km.",
]

write(5, TEXT, FIGS, NOTES, published="2023-11-20", location="Hà Tĩnh")
