"""p782-4: ministry site (Bộ VHTTDL), floating markets in the Mekong Delta, 10 months 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch
Ngày đăng: 14/11/2023 | Lượt xem: 2.105

Đồng bằng sông Cửu Long: 11 chợ nổi còn hoạt động, cần giải pháp bảo tồn gắn với du lịch

Theo Cục Du lịch Quốc gia Việt Nam, 10 tháng năm 2023, các tỉnh, thành phố vùng Đồng bằng sông Cửu Long đón khoảng 39,5 triệu lượt khách, tăng 28% so với cùng kỳ năm 2022; tổng thu từ khách du lịch ước đạt 33.780,5 tỷ đồng. Ba địa phương đón nhiều khách nhất là An Giang, Cần Thơ và Tiền Giang, lần lượt đạt 9,4 triệu, 7,9 triệu và 6,2 triệu lượt.

Hiện toàn vùng còn 11 chợ nổi hoạt động thường xuyên, giảm 7 chợ so với năm 2010; tổng số ghe thương hồ tham gia buôn bán khoảng 1.150 chiếc, chỉ bằng khoảng 30% so với năm 2010. Những chợ có quy mô lớn gồm Cái Răng (Cần Thơ) khoảng 300 ghe, Ngã Bảy (Hậu Giang) khoảng 180 ghe, Long Xuyên (An Giang) khoảng 150 ghe và Cái Bè (Tiền Giang) khoảng 70 ghe.

Giai đoạn 2021-2023, các địa phương đã đầu tư hơn 420 tỷ đồng cho 9 dự án kè, bến tàu và khu dịch vụ phục vụ du lịch chợ nổi, trong đó Cần Thơ chiếm gần 45% tổng vốn.

Cục Du lịch Quốc gia Việt Nam đề nghị các địa phương phấn đấu đến năm 2030 đưa lượng khách đến vùng đạt 70 triệu lượt, trong đó khách quốc tế khoảng 10 triệu lượt; mỗi chợ nổi có ít nhất 01 điểm đón khách đạt chuẩn.

Trên phạm vi cả nước, 10 tháng năm 2023 Việt Nam đón 10,04 triệu lượt khách quốc tế, tăng 4,1 lần so với cùng kỳ.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_GHE = "ghe thương hồ tại các chợ nổi có quy mô lớn"

FIGS = [
    F("Long: 11 chợ nổi", "11", 11, "count", "chợ nổi", subject="chợ nổi còn hoạt động"),
    F("khoảng 39,5 triệu lượt khách", "39,5", 39.5e6, "count", "lượt khách", approx="about",
      change=CH("increase", 28, baseline="cùng kỳ năm 2022"),
      subject="lượt khách đến các tỉnh, thành phố vùng Đồng bằng sông Cửu Long", period=M10),
    F("ước đạt 33.780,5 tỷ đồng", "33.780,5", 33780.5e9, "money", "đồng", status="estimate",
      subject="tổng thu từ khách du lịch", period=M10),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", subject="địa phương đón nhiều khách nhất",
      location="Đồng bằng sông Cửu Long", optional=True),
    F("9,4 triệu,", "9,4", 9.4e6, "count", "lượt", subject="lượt khách", period=I(M10), location="An Giang"),
    F("7,9 triệu và", "7,9", 7.9e6, "count", "lượt", subject="lượt khách", period=I(M10), location="Cần Thơ"),
    F("6,2 triệu lượt", "6,2", 6.2e6, "count", "lượt", subject="lượt khách", period=I(M10), location="Tiền Giang"),
    F("còn 11 chợ nổi", "11", 11, "count", "chợ nổi",
      change=CH("decrease", 7, unit="chợ", baseline="năm 2010"), subject="chợ nổi hoạt động thường xuyên"),
    F("khoảng 1.150 chiếc", "1.150", 1150, "count", "chiếc", approx="about", percent=30,
      subject="ghe thương hồ tham gia buôn bán"),
    F("(Cần Thơ) khoảng 300 ghe", "300", 300, "count", "ghe", approx="about", subject=SUBJ_GHE, location="Cái Răng"),
    F("(Hậu Giang) khoảng 180 ghe", "180", 180, "count", "ghe", approx="about", subject=SUBJ_GHE, location="Ngã Bảy"),
    F("(An Giang) khoảng 150 ghe", "150", 150, "count", "ghe", approx="about", subject=SUBJ_GHE, location="Long Xuyên"),
    F("(Tiền Giang) khoảng 70 ghe", "70", 70, "count", "ghe", approx="about", subject=SUBJ_GHE, location="Cái Bè"),
    F("hơn 420 tỷ đồng", "420", 420e9, "money", "đồng", approx="over",
      subject="vốn đầu tư cho dự án kè, bến tàu và khu dịch vụ phục vụ du lịch chợ nổi", period=G),
    F("cho 9 dự án", "9", 9, "count", "dự án", subject="dự án kè, bến tàu và khu dịch vụ phục vụ du lịch chợ nổi",
      period=G),
    F("gần 45% tổng vốn", "45", 45, "percent", "%", approx="nearly",
      subject="tỷ trọng trong tổng vốn đầu tư", period=G, location="Cần Thơ"),
    F("đạt 70 triệu lượt", "70", 70e6, "count", "lượt", status="target", subject="lượng khách đến vùng", period=T30),
    F("khoảng 10 triệu lượt", "10", 10e6, "count", "lượt", approx="about", total=70e6, status="target",
      subject="khách quốc tế", period=T30),
    F("ít nhất 01 điểm", "01", 1, "count", "điểm đón khách", approx="at_least", status="target",
      subject="điểm đón khách đạt chuẩn mỗi chợ nổi", period=T30),
    F("đón 10,04 triệu lượt", "10,04", 10.04e6, "count", "lượt khách",
      change=CH("increase", 4.1, unit="lần", baseline="cùng kỳ"), subject="khách quốc tế đến Việt Nam",
      period=P("10 tháng năm 2023", "2023-01-01", "2023-10-31"), location="Việt Nam"),
]

COMMENTS = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch): floating markets of the Mekong Delta; 'Ngày đăng: 14/11/2023 | Lượt xem: 2.105'.",
    "Location: regional figures take 'Đồng bằng sông Cửu Long' (the spec names province/city/district or Việt Nam; a region is neither,",
    "so I keep the place the text names); the national arrivals take Việt Nam; list items take their province / district.",
    "Market list 'Cái Răng (Cần Thơ) khoảng 300 ghe': the item is a district name, so the district is the location (most specific).",
    "The market list follows 'Những chợ có quy mô lớn gồm' with no figure before the cue: no total (and it does not add up to 1.150).",
    "'chỉ bằng khoảng 30% so với năm 2010' is the share of 1.150 (percent attribute). 'gần 45% tổng vốn' has no base amount of its own: percent figure.",
    "'lần lượt' list: unit 'lượt' written only after the last item. 'mỗi chợ nổi có ít nhất 01 điểm' continues the 'phấn đấu' sentence: target.",
    "revised: added the top-3 label 'Ba địa phương' as optional (shared gold makes top-N list labels optional); removed",
    "'của Cần Thơ' from the 45% subject (the place after 'trong đó' is the location, never the subject).",
    "Distractors: Lượt xem 2.105, address 51 Ngô Quyền, phone 024.3943.8231, 'năm 2010' baseline.",
]

emit("p782-4", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Đồng bằng sông Cửu Long")
