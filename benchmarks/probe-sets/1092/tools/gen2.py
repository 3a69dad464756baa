"""p1092-2: huyện Krông Pắc (Đắk Lắk) district portal, Tháng hành động vì trẻ em 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tin tức > Lao động - Xã hội
Krông Pắc tổng kết Tháng hành động vì trẻ em năm 2023
Thứ Tư, 28/06/2023 - 15:20

Chiều ngày 27/6, tại Hội trường UBND huyện (số 26 Giải Phóng, thị trấn Phước An), Ban Chỉ đạo công tác trẻ em huyện tổ chức tổng kết Tháng hành động vì trẻ em năm 2023.

Trong tháng 6/2023, các cơ quan, đơn vị, doanh nghiệp và nhà hảo tâm trên địa bàn huyện đã vận động được hơn 1,2 tỷ đồng (năm 2022 là 980 triệu đồng) để thăm, tặng quà cho trẻ em. Từ nguồn kinh phí này, huyện đã trao 1.345 suất quà cho trẻ em có hoàn cảnh khó khăn, mỗi suất trị giá từ 300.000 đến 500.000 đồng; tặng 46 xe đạp và 25 suất học bổng, mỗi suất 2 triệu đồng.

Toàn huyện hiện có 58.240 trẻ em dưới 16 tuổi, trong đó 612 trẻ em có hoàn cảnh đặc biệt và 1.874 trẻ em thuộc hộ nghèo. Dịp này, huyện tổ chức 14 lớp tập huấn kỹ năng phòng, chống xâm hại, đuối nước cho 1.250 lượt học sinh và 320 phụ huynh; 16/16 xã, thị trấn đã tổ chức Diễn đàn trẻ em.

Theo báo cáo, trong 6 tháng đầu năm, trên địa bàn huyện xảy ra 3 vụ xâm hại tình dục trẻ em và 5 trẻ em bị đuối nước (trong đó 2 em tử vong). Nguyên nhân chủ yếu do gia đình thiếu quan tâm, trẻ tự ý đi tắm ở ao, hồ, sông suối dọc Quốc lộ 26.

Năm 2023, huyện phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi và 85% được trợ giúp; 12/16 xã, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em. Phó Chủ tịch UBND huyện đề nghị các xã làm tốt công tác truyền thông, kịp thời phát hiện, báo cáo các vụ việc xâm hại trẻ em qua Tổng đài 111.

Hoàng Lan (Phòng Văn hóa - Thông tin huyện)
"""

JUN = P("Trong tháng 6/2023", "2023-06-01", "2023-06-30")
H1 = P("trong 6 tháng đầu năm", "2023-01-01", "2023-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí vận động thăm, tặng quà cho trẻ em", JUN, approx="over"),
    F("là 980 triệu đồng", "980", 980e6, "money", "đồng", "kinh phí vận động thăm, tặng quà cho trẻ em",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("trao 1.345 suất quà", "1.345", 1345, "count", "suất quà", "suất quà trao cho trẻ em có hoàn cảnh khó khăn", I(JUN)),
    F("từ 300.000 đến 500.000 đồng", "300.000", 300000, "money", "đồng/suất", "trị giá mỗi suất quà", I(JUN),
      value_max=500000),
    F("tặng 46 xe đạp", "46", 46, "count", "xe đạp", "xe đạp tặng trẻ em", I(JUN)),
    F("25 suất học bổng", "25", 25, "count", "suất học bổng", "suất học bổng tặng trẻ em", I(JUN)),
    F("mỗi suất 2 triệu đồng", "2", 2e6, "money", "đồng/suất", "trị giá mỗi suất học bổng", I(JUN)),
    F("có 58.240 trẻ em", "58.240", 58240, "count", "trẻ em", "trẻ em dưới 16 tuổi"),
    F("trẻ em dưới 16 tuổi, trong đó", "16", 16, "measure", "tuổi", "độ tuổi trẻ em", approx="under", optional=True),
    F("trong đó 612 trẻ em", "612", 612, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", total=58240),
    F("và 1.874 trẻ em", "1.874", 1874, "count", "trẻ em", "trẻ em thuộc hộ nghèo", total=58240),
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn kỹ năng phòng, chống xâm hại, đuối nước", I(JUN)),
    F("cho 1.250 lượt học sinh", "1.250", 1250, "count", "lượt học sinh", "lượt học sinh được tập huấn", I(JUN)),
    F("320 phụ huynh", "320", 320, "count", "phụ huynh", "phụ huynh được tập huấn", I(JUN)),
    F("16/16 xã, thị trấn đã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn tổ chức Diễn đàn trẻ em", I(JUN), total=16),
    F("ra 3 vụ", "3", 3, "count", "vụ", "vụ xâm hại tình dục trẻ em", H1),
    F("và 5 trẻ em bị đuối nước", "5", 5, "count", "trẻ em", "trẻ em bị đuối nước", H1),
    F("trong đó 2 em tử vong", "2", 2, "count", "em", "trẻ em đuối nước tử vong", H1, total=5),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi", Y23,
      status="target"),
    F("và 85% được trợ giúp", "85", 85, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", Y23,
      status="target"),
    F("12/16 xã, thị trấn", "12", 12, "count", "xã, thị trấn", "xã, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em",
      Y23, total=16, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): tổng kết Tháng hành động vì trẻ em năm 2023.",
    "Dateline 'Thứ Tư, 28/06/2023 - 15:20' gives published; byline at the end. Figures are the district's (Krông Pắc).",
    "Distractors: 'Chiều ngày 27/6', 'số 26 Giải Phóng', 'Quốc lộ 26', 'Tổng đài 111'.",
    "'(năm 2022 là 980 triệu đồng)' is a bracketed baseline amount: a figure of its own with period năm 2022 as written.",
    "'mỗi suất trị giá từ 300.000 đến 500.000 đồng' and 'mỗi suất 2 triệu đồng' are per-unit amounts (đồng/suất).",
    "'Dịp này' continues the Tháng hành động: inherited period tháng 6/2023. '6 tháng đầu năm' takes 2023.",
    "'phấn đấu' governs the clauses after it, including '12/16 xã, thị trấn' after ';'.",
]

write("p1092-2", TEXT, NOTES, FIGS, published="2023-06-28", location="Krông Pắc")
