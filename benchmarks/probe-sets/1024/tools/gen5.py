from lib import F, P, I, C, T, emit

TEXT = """Bếp cơm 0 đồng giữa lòng bệnh viện vùng Tây Nguyên

Đúng 10 giờ 30 mỗi trưa, hàng dài người bệnh và người nhà lại xếp hàng trước gian bếp nhỏ cạnh khoa Truyền nhiễm, Bệnh viện Đa khoa vùng Tây Nguyên (số 184 Trần Quý Cáp) ở tỉnh Đắk Lắk. Bếp do nhóm thiện nguyện Tâm An thành lập từ tháng 3/2020, mỗi ngày nấu khoảng 400 suất cơm; riêng thứ Sáu hằng tuần phát thêm 200 suất cháo cho bệnh nhi.

Chị Nguyễn Thị Hoa, trưởng nhóm, cho biết một suất cơm gồm cơm, canh, một món mặn và tráng miệng, chi phí khoảng 20.000 đồng. Mỗi tháng nhóm chi gần 250 triệu đồng, riêng tiền gạo đã chiếm khoảng 30%. Từ đầu năm đến nay, bếp nhận được 18 tấn gạo và 3,5 tấn rau củ từ hơn 60 nhà hảo tâm trong và ngoài tỉnh. Nhóm hiện có 45 tình nguyện viên, người nhỏ nhất mới 19 tuổi là sinh viên Trường Đại học Tây Nguyên.

Tính riêng năm 2023, bếp đã phát hơn 142.000 suất cơm. Con số này gấp 2,3 lần năm 2021, khi bếp mới chỉ nấu vào buổi trưa các ngày trong tuần.

Theo ông Trần Văn Tư, Phó Giám đốc bệnh viện, bệnh viện có quy mô 1.200 giường bệnh nhưng thường xuyên điều trị nội trú trên 1.500 người, khoảng 40% là đồng bào dân tộc thiểu số ở các tỉnh Đắk Lắk, Đắk Nông, Gia Lai. "Với nhiều gia đình, một suất cơm 0 đồng giúp họ yên tâm ở lại chăm người thân", ông Tư nói.

Năm 2025, nhóm dự kiến mở thêm 2 điểm phát cháo tại Bệnh viện Đa khoa tỉnh và Bệnh viện Lao và Bệnh phổi tỉnh, nâng tổng số suất phát mỗi ngày lên khoảng 600 suất.

HỒNG NHUNG
22/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-22")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 400 suất cơm", "400", 400, "count", "suất cơm", approx="about",
      subject="suất cơm bếp nấu mỗi ngày"),
    F("thêm 200 suất cháo", "200", 200, "count", "suất cháo",
      subject="suất cháo phát thêm cho bệnh nhi thứ Sáu hằng tuần"),
    F("khoảng 20.000 đồng", "20.000", 20000, "money", "đồng", approx="about",
      subject="chi phí một suất cơm"),
    F("gần 250 triệu đồng", "250", 250e6, "money", "đồng", approx="nearly",
      subject="chi phí nhóm chi mỗi tháng"),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tiền gạo trong chi phí mỗi tháng"),
    F("18 tấn gạo", "18", 18, "measure", "tấn", subject="gạo bếp nhận được", period=YTD),
    F("3,5 tấn rau củ", "3,5", 3.5, "measure", "tấn", subject="rau củ bếp nhận được", period=YTD),
    F("hơn 60 nhà hảo tâm", "60", 60, "count", "nhà hảo tâm", approx="over",
      subject="nhà hảo tâm trong và ngoài tỉnh ủng hộ bếp", period=YTD),
    F("có 45 tình nguyện viên", "45", 45, "count", "tình nguyện viên",
      subject="tình nguyện viên của nhóm"),
    F("19 tuổi", "19", 19, "measure", "tuổi", subject="tuổi của tình nguyện viên nhỏ nhất", optional=True),
    F("hơn 142.000 suất cơm", "142.000", 142000, "count", "suất cơm", approx="over",
      subject="suất cơm bếp đã phát", period=Y23),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần",
      subject="suất cơm bếp phát năm 2023 so với năm 2021", period=I(Y23)),
    F("quy mô 1.200 giường bệnh", "1.200", 1200, "count", "giường bệnh",
      subject="giường bệnh của Bệnh viện Đa khoa vùng Tây Nguyên"),
    F("trên 1.500 người", "1.500", 1500, "count", "người", approx="over",
      subject="người bệnh điều trị nội trú thường xuyên"),
    F("khoảng 40% là", "40", 40, "percent", "%", approx="about",
      subject="người bệnh nội trú là đồng bào dân tộc thiểu số"),
    F("thêm 2 điểm phát cháo", "2", 2, "count", "điểm phát cháo", status="forecast",
      subject="điểm phát cháo nhóm mở thêm", period=Y25),
    F("khoảng 600 suất", "600", 600, "count", "suất", approx="about", status="forecast",
      subject="tổng số suất phát mỗi ngày", period=Y25),
]

emit("p1024-5", TEXT, FIGS, published="2024-10-22", location="Đắk Lắk", comments=[
    "Provincial Party newspaper (Báo Đắk Lắk style) feature: charity kitchen at Bệnh viện Đa khoa vùng Tây Nguyên; byline HỒNG NHUNG and bare date 22/10/2024 at the end.",
    "Not figures: '10 giờ 30' (time), 'số 184 Trần Quý Cáp' (address), 'từ tháng 3/2020' (founding date, not the period of the 400 suất),",
    "'một suất cơm gồm ... một món mặn' (article 'một', no statistic), 'ông Trần Văn Tư' (name), 'thứ Sáu', 'cơm 0 đồng'. Ages '19 tuổi' optional.",
    "'riêng tiền gạo đã chiếm khoảng 30%' and 'khoảng 40% là đồng bào dân tộc thiểu số' are shares of a part: percent figures of their own.",
    "The 40%'s provinces (Đắk Lắk, Đắk Nông, Gia Lai) are where the patients come from; the figure is the hospital's (Đắk Lắk).",
    "'Con số này gấp 2,3 lần năm 2021' is a multiple standing alone; its period (2023) is inherited from the previous sentence.",
])
