from lib import *

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn

Phát triển ngành nghề nông thôn: cả nước có hơn 5.400 làng nghề
Ngày đăng: 05/09/2024 | Lượt xem: 1.206

Theo số liệu của Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến ngày 30/6/2024, cả nước có 5.436 làng nghề, trong đó 2.011 làng nghề truyền thống đã được công nhận. Các làng nghề thu hút khoảng 11 triệu lao động, chiếm gần 30% lực lượng lao động nông thôn. Các địa phương có nhiều làng nghề nhất là Hà Nội (1.350 làng có nghề, trong đó 337 làng nghề truyền thống), Thái Bình (241 làng nghề) và Nam Định (88 làng nghề).

Năm 2023, kim ngạch xuất khẩu mặt hàng thủ công mỹ nghệ đạt 2,24 tỷ USD, giảm 4,7% so với năm 2022; 6 tháng đầu năm 2024 ước đạt 1,26 tỷ USD, tăng 14,3% so với cùng kỳ. Trong năm 2023, nhóm gốm sứ chiếm 36,2% kim ngạch, mây tre cói thảm chiếm 28,5%, sơn mài và đồ gỗ mỹ nghệ chiếm 17,1%.

Theo Báo cáo hiện trạng môi trường quốc gia, khoảng 47% làng nghề chưa đáp ứng yêu cầu bảo vệ môi trường; nhóm làng nghề tái chế kim loại, giấy, nhựa có mức độ ô nhiễm cao nhất, với nồng độ COD trong nước thải vượt quy chuẩn từ 3 đến 5 lần.

Chương trình phát triển ngành nghề nông thôn giai đoạn 2021-2030 được ban hành kèm theo Quyết định số 801/QĐ-TTg. Theo đó, đến năm 2030 phấn đấu có 1.000 làng nghề truyền thống được bảo tồn, phát triển; trên 70% làng nghề có phương án bảo vệ môi trường; thu nhập bình quân của lao động làng nghề tăng ít nhất 1,8 lần so với năm 2020.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8794.
"""

T = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Ti = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
G30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("có hơn 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", "làng nghề", approx="over"),
    F("có 5.436 làng nghề", "5.436", 5436, "count", "làng nghề", "làng nghề", period=T),
    F("2.011 làng nghề truyền thống", "2.011", 2011, "count", "làng nghề", "làng nghề truyền thống đã được công nhận",
      total=5436, period=T),
    F("khoảng 11 triệu lao động", "11", 11e6, "count", "lao động", "lao động làng nghề", approx="about",
      percent=30, period=Ti),
    F("(1.350 làng có nghề", "1.350", 1350, "count", "làng có nghề", "làng có nghề", location="Hà Nội", period=Ti),
    F("337 làng nghề truyền thống", "337", 337, "count", "làng nghề", "làng nghề truyền thống", total=1350,
      location="Hà Nội", period=Ti),
    F("Thái Bình (241 làng nghề)", "241", 241, "count", "làng nghề", "làng nghề", location="Thái Bình", period=Ti),
    F("Nam Định (88 làng nghề)", "88", 88, "count", "làng nghề", "làng nghề", location="Nam Định", period=Ti),
    F("đạt 2,24 tỷ USD", "2,24", 2.24e9, "money", "USD", "kim ngạch xuất khẩu mặt hàng thủ công mỹ nghệ",
      change=CH("decrease", 4.7, "%", "năm 2022"), period=Y23),
    F("ước đạt 1,26 tỷ USD", "1,26", 1.26e9, "money", "USD", "kim ngạch xuất khẩu mặt hàng thủ công mỹ nghệ",
      change=CH("increase", 14.3, "%", "cùng kỳ"), status="estimate",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("chiếm 36,2%", "36,2", 36.2, "percent", "%", "tỷ trọng nhóm gốm sứ trong kim ngạch xuất khẩu", period=Y23b),
    F("chiếm 28,5%", "28,5", 28.5, "percent", "%", "tỷ trọng mây tre cói thảm trong kim ngạch xuất khẩu", period=Y23b),
    F("chiếm 17,1%", "17,1", 17.1, "percent", "%", "tỷ trọng sơn mài và đồ gỗ mỹ nghệ trong kim ngạch xuất khẩu",
      period=Y23b),
    F("khoảng 47% làng nghề", "47", 47, "percent", "%", "làng nghề chưa đáp ứng yêu cầu bảo vệ môi trường",
      approx="about"),
    F("từ 3 đến 5 lần", "3", 3, "multiple", "lần", "nồng độ COD trong nước thải vượt quy chuẩn", value_max=5),
    F("có 1.000 làng nghề", "1.000", 1000, "count", "làng nghề", "làng nghề truyền thống được bảo tồn, phát triển",
      status="target", period=G30),
    F("trên 70% làng nghề", "70", 70, "percent", "%", "làng nghề có phương án bảo vệ môi trường", approx="over",
      status="target", period=G30),
    F("tăng ít nhất 1,8 lần", "1,8", 1.8, "multiple", "lần",
      "thu nhập bình quân của lao động làng nghề tăng so với năm 2020", approx="at_least", status="target",
      period=G30),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục KTHT&PTNT): national craft-village overview — counts, labour, handicraft exports, pollution, 2030 targets.",
    "Dateline 'Ngày đăng: 05/09/2024 | Lượt xem: 1.206' (counter after the date is furniture). Other distractors: 'Quyết định số 801/QĐ-TTg',",
    "'giai đoạn 2021-2030' (programme name, own sentence), 'Số 2 Ngọc Hà' address, phone 024.3843.8794, 'COD' (no number).",
    "Title 'hơn 5.400 làng nghề' is a figure (over) without period. 'tính đến ngày 30/6/2024' → as-of period for 5.436 and 2.011 (total 5.436).",
    "'khoảng 11 triệu lao động, chiếm gần 30%' → count 11e6 with percent 30. Province list in brackets: location = province;",
    "the bracketed 'trong đó 337 làng nghề truyền thống' is a part of Hà Nội's 1.350 (total), not of the national count.",
    "Export shares after 'chiếm' have no base amount of their own → percent figures; the sentence states 'Trong năm 2023'.",
    "'vượt quy chuẩn từ 3 đến 5 lần' has no base figure (no COD value given) → a standalone multiple with value_max 5.",
    "Targets 'đến năm 2030' (start null): 1.000 làng nghề, 'trên 70%', 'tăng ít nhất 1,8 lần so với năm 2020' (a growth claim in lần,",
    "so a multiple figure, at_least). Default location Việt Nam (national ministry figures).",
]

write("p402-4", TEXT, FIGS, COMMENTS, published="2024-09-05", location="Việt Nam")
