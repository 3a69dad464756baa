from lib import F, per, chg, tgt, write

text = """Cần Thơ sẵn sàng cho ngày hội non sông
MINH HIẾU

Tính đến ngày 15/5/2021, 100% khu vực bỏ phiếu trên địa bàn thành phố Cần Thơ đã niêm yết danh sách cử tri. Toàn thành phố có gần 1 triệu cử tri, được bố trí tại 1.174 khu vực bỏ phiếu thuộc 83 xã, phường, thị trấn; bình quân mỗi khu vực bỏ phiếu có khoảng 850 cử tri.

Quận Ninh Kiều có số cử tri đông nhất với 186.245 người, tiếp đến là quận Bình Thủy 91.530 người và quận Cái Răng 72.318 người.

Thành phố đã thành lập 9 Ủy ban bầu cử cấp huyện, 83 Ủy ban bầu cử cấp xã và 1.174 Tổ bầu cử với hơn 11,5 nghìn thành viên. Ở cấp thành phố, có 79 người ứng cử để bầu 47 đại biểu HĐND thành phố; ở cấp xã, có 1.247 người ứng cử để bầu 751 đại biểu.

Tổng kinh phí phục vụ bầu cử của thành phố là 38,6 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 12,4 tỷ đồng, chiếm 32,1%. Thành phố đã in hơn 2,9 triệu phiếu bầu các cấp và huy động trên 6.500 cán bộ, chiến sĩ công an, quân sự tham gia bảo vệ bầu cử.

Theo Ủy ban bầu cử thành phố, các điểm bỏ phiếu sẽ mở cửa từ 7 giờ đến 19 giờ ngày 23/5; dự kiến tỷ lệ cử tri đi bầu đạt từ 98% đến 99%. Tại Tổ bầu cử số 7, phường An Hòa, quận Ninh Kiều, công tác trang trí, bố trí hòm phiếu đã hoàn tất từ ngày 20/5.

Mọi thông tin phản ánh về công tác bầu cử xin gọi đường dây nóng 0292.3820.545 hoặc gửi về Văn phòng Ủy ban bầu cử thành phố, số 2 đại lộ Hòa Bình, quận Ninh Kiều.
"""

A = per("Tính đến ngày 15/5/2021", None, "2021-05-15")
Ai = dict(A, inherited=True)
figs = [
    F("100% khu vực", "100", 100, "percent", "%", "khu vực bỏ phiếu đã niêm yết danh sách cử tri", period=A),
    F("gần 1 triệu cử tri", "1", 1000000, "count", "cử tri", "cử tri", approx="nearly", period=Ai),
    F("1.174 khu vực", "1.174", 1174, "count", "khu vực bỏ phiếu", "khu vực bỏ phiếu", period=Ai),
    F("83 xã, phường", "83", 83, "count", "xã, phường, thị trấn", "xã, phường, thị trấn", period=Ai),
    F("khoảng 850 cử tri", "850", 850, "measure", "cử tri/khu vực bỏ phiếu", "cử tri bình quân mỗi khu vực bỏ phiếu",
      approx="about", period=Ai),
    F("186.245 người", "186.245", 186245, "count", "người", "số cử tri", location="Ninh Kiều", period=Ai),
    F("91.530 người", "91.530", 91530, "count", "người", "số cử tri", location="Bình Thủy", period=Ai),
    F("72.318 người", "72.318", 72318, "count", "người", "số cử tri", location="Cái Răng", period=Ai),
    F("9 Ủy ban", "9", 9, "count", "Ủy ban bầu cử", "Ủy ban bầu cử cấp huyện", period=Ai),
    F("83 Ủy ban", "83", 83, "count", "Ủy ban bầu cử", "Ủy ban bầu cử cấp xã", period=Ai),
    F("1.174 Tổ", "1.174", 1174, "count", "Tổ bầu cử", "Tổ bầu cử", period=Ai),
    F("hơn 11,5 nghìn", "11,5", 11500, "count", "thành viên", "thành viên", approx="over", period=Ai),
    F("có 79 người", "79", 79, "count", "người", "người ứng cử", period=Ai),
    F("bầu 47 đại biểu", "47", 47, "count", "đại biểu", "đại biểu HĐND thành phố", period=Ai),
    F("1.247 người", "1.247", 1247, "count", "người", "người ứng cử", period=Ai),
    F("751 đại biểu", "751", 751, "count", "đại biểu", "đại biểu", period=Ai),
    F("38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "Tổng kinh phí phục vụ bầu cử", period=Ai),
    F("12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "ngân sách Trung ương hỗ trợ", total=38.6e9, percent=32.1,
      period=Ai),
    F("hơn 2,9 triệu", "2,9", 2900000, "count", "phiếu bầu", "phiếu bầu các cấp", approx="over", period=Ai),
    F("trên 6.500 cán bộ", "6.500", 6500, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ công an, quân sự tham gia bảo vệ bầu cử",
      approx="over", period=Ai),
    F("từ 98% đến 99%", "98", 98, "percent", "%", "tỷ lệ cử tri đi bầu", value_max=99, status="forecast",
      period=per("ngày 23/5", "2021-05-23", "2021-05-23")),
]

write(8, [
    "Báo Cần Thơ style feature, no dateline (byline only): the city is ready for the 23/5/2021 election.",
    "Distractors: 'từ 7 giờ đến 19 giờ' (opening hours), 'ngày 23/5', 'từ ngày 20/5', 'Tổ bầu cử số 7', hotline 0292.3820.545,",
    "'số 2 đại lộ Hòa Bình' (address). No published date.",
    "'Tính đến ngày 15/5/2021' (as-of) governs the first sentence; the rest inherits it.",
    "'bình quân mỗi khu vực bỏ phiếu có khoảng 850 cử tri' is a rate: measure, unit 'cử tri/khu vực bỏ phiếu'.",
    "District list (no 'trong đó' before it): counts of voters, district = location, no total.",
    "'79 người ứng cử để bầu 47 đại biểu': two counts, no part-of cue (candidates vs seats).",
    "12,4 tỷ đồng after 'trong đó' takes total 38,6 tỷ đồng and 'chiếm 32,1%'.",
    "'dự kiến tỷ lệ cử tri đi bầu đạt từ 98% đến 99%': forecast range; its day 'ngày 23/5' stands earlier in the same sentence (year 2021 from the as-of date).",
], text, figs, published=None, location="Cần Thơ")
