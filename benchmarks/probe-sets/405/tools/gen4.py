from lib import *

T = """HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Đô thị

Quỹ đất nghĩa trang Thủ đô: Cần lời giải căn cơ

THANH HÀ  Thứ Hai, 08/04/2024 06:45

(HNM) - Theo Sở Xây dựng Hà Nội, hiện thành phố có 3.558 nghĩa trang, nghĩa địa với tổng diện tích khoảng 2.300 ha, trong đó 90% là nghĩa trang nhỏ lẻ của các thôn, xóm, nằm xen kẽ khu dân cư và đồng ruộng.

Mỗi năm Hà Nội có khoảng 36 nghìn người từ trần, cần bổ sung từ 20 đến 25 ha đất nghĩa trang. Năm 2023, tỷ lệ hỏa táng trên địa bàn thành phố đạt 72,3%, khu vực nội thành trên 90%; tuy nhiên các huyện Sóc Sơn, Ba Vì, Mỹ Đức có tỷ lệ lần lượt là 41,2%, 38,5% và 29,7%.

Trong khi đó, giá chuyển nhượng mộ phần tại các công viên nghĩa trang tư nhân dao động từ 30 đến 150 triệu đồng/m2, cao gấp nhiều lần giá đất ở một số khu vực nông thôn. Tại Nghĩa trang Văn Điển, sau hơn 60 năm sử dụng, quỹ đất đã gần như kín; từ năm 2021 đến nay, thành phố đã di chuyển gần 2.000 ngôi mộ ra Nghĩa trang Yên Kỳ (Ba Vì).

Theo Quy hoạch nghĩa trang Thủ đô đến năm 2030, tầm nhìn đến năm 2050, Hà Nội sẽ xây dựng 4 nghĩa trang cấp vùng và 5 cơ sở hỏa táng mới. Đáng chú ý, Nghĩa trang Yên Trung (Thạch Thất) rộng 35,7 ha, tổng vốn đầu tư 1.290 tỷ đồng, dự kiến hoàn thành năm 2026; riêng giai đoạn 1 đã giải ngân 412 tỷ đồng, chiếm 31,9% tổng vốn.

Ông Nguyễn Văn B., Trưởng phòng Hạ tầng kỹ thuật (Sở Xây dựng) cho biết: "Thành phố phấn đấu đến năm 2030 tỷ lệ hỏa táng đạt 85%, nghĩa trang cấp vùng đáp ứng khoảng 70% nhu cầu an táng của các quận".

Bạn đọc có thể gửi ý kiến về Tòa soạn, số 44 Lê Thái Tổ, Hoàn Kiếm hoặc gọi số 024.3825.3067.
"""

p23 = P("Năm 2023", "2023-01-01", "2023-12-31")
p30 = P("đến năm 2030", None, "2030-12-31")
p30i = P("đến năm 2030", None, "2030-12-31", True)
pnow = P("từ năm 2021 đến nay", "2021-01-01", "2024-04-08")
figs = [
    F("có 3.558 nghĩa trang", "3.558", 3558, "count", "nghĩa trang, nghĩa địa", "nghĩa trang, nghĩa địa"),
    F("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa", approx="about"),
    F("trong đó 90% là", "90", 90, "percent", "%", "nghĩa trang nhỏ lẻ của các thôn, xóm"),
    F("khoảng 36 nghìn người", "36", 36000, "count", "người", "người từ trần mỗi năm", approx="about"),
    F("từ 20 đến 25 ha", "20", 20, "measure", "ha", "đất nghĩa trang cần bổ sung mỗi năm", value_max=25),
    F("thành phố đạt 72,3%", "72,3", 72.3, "percent", "%", "tỷ lệ hỏa táng trên địa bàn thành phố", period=p23),
    F("nội thành trên 90%", "90", 90, "percent", "%", "tỷ lệ hỏa táng khu vực nội thành", approx="over", period=p23),
    F("lần lượt là 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ hỏa táng", period=p23, location="Sóc Sơn"),
    F("41,2%, 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ hỏa táng", period=p23, location="Ba Vì"),
    F("và 29,7%", "29,7", 29.7, "percent", "%", "tỷ lệ hỏa táng", period=p23, location="Mỹ Đức"),
    F("từ 30 đến 150 triệu đồng/m2", "30", 30e6, "money", "đồng/m2", "giá chuyển nhượng mộ phần tại các công viên nghĩa trang tư nhân", value_max=150e6),
    F("hơn 60 năm", "60", 60, "measure", "năm", "thời gian sử dụng Nghĩa trang Văn Điển", approx="over", optional=True),
    F("gần 2.000 ngôi mộ", "2.000", 2000, "count", "ngôi mộ", "ngôi mộ di chuyển ra Nghĩa trang Yên Kỳ", approx="nearly", period=pnow),
    F("xây dựng 4 nghĩa trang", "4", 4, "count", "nghĩa trang cấp vùng", "nghĩa trang cấp vùng sẽ xây dựng", status="target", period=p30),
    F("và 5 cơ sở", "5", 5, "count", "cơ sở hỏa táng", "cơ sở hỏa táng mới sẽ xây dựng", status="target", period=p30),
    F("rộng 35,7 ha", "35,7", 35.7, "measure", "ha", "diện tích Nghĩa trang Yên Trung", location="Thạch Thất"),
    F("vốn đầu tư 1.290 tỷ đồng", "1.290", 1290e9, "money", "đồng", "tổng vốn đầu tư Nghĩa trang Yên Trung", location="Thạch Thất"),
    F("giải ngân 412 tỷ đồng", "412", 412e9, "money", "đồng", "vốn giai đoạn 1 đã giải ngân", percent=31.9, location="Thạch Thất"),
    F("hỏa táng đạt 85%", "85", 85, "percent", "%", "tỷ lệ hỏa táng", status="target", period=p30),
    F("khoảng 70% nhu cầu", "70", 70, "percent", "%", "nghĩa trang cấp vùng đáp ứng nhu cầu an táng của các quận", approx="about", status="target", period=p30),
]

emit(4, T, [
    "Party newspaper (Hà Nội Mới), byline then 'Thứ Hai, dd/mm/yyyy hh:mm' on one line. Location Hà Nội by default.",
    "'trong đó 90% là nghĩa trang nhỏ lẻ': a percent, not a count, so no total. 'lần lượt là' list: districts -> location.",
    "Yên Trung project in Thạch Thất: location Thạch Thất. 412 tỷ 'chiếm 31,9% tổng vốn' -> percent 31.9; no total ('riêng' is no part-of cue).",
    "'dự kiến hoàn thành năm 2026' governs the completion, not the area/investment (actual). 'sẽ xây dựng' under the 2030 plan -> target.",
    "'từ năm 2021 đến nay' ends at the dateline. 'hơn 60 năm' optional. 'gấp nhiều lần' no number.",
    "Distractors: 'số 44 Lê Thái Tổ', phone 024.3825.3067, '(HNM)', 'giai đoạn 1', 'tầm nhìn đến năm 2050', 'năm 2026', name 'Nguyễn Văn B.'.",
], figs, published="2024-04-08", location="Hà Nội")
