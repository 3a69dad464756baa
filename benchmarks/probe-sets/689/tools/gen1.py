"""p689-1: Thanh Hóa province portal, 6 months 2024, domestic-violence cases, victims, support, models, targets."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thanh Hóa: 6 tháng đầu năm phát hiện 127 vụ bạo lực gia đình
Cập nhật: 12/07/2024 08:45
Lượt xem: 1.284

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, toàn tỉnh Thanh Hóa phát hiện 127 vụ bạo lực gia đình, giảm 18 vụ so với cùng kỳ năm 2023. Trong đó, bạo lực về thể chất 62 vụ, bạo lực về tinh thần 41 vụ, bạo lực về kinh tế 15 vụ và bạo lực tình dục 9 vụ.

Số nạn nhân bị bạo lực gia đình là 131 người, trong đó nữ giới 109 người, chiếm 83,2%; nam giới 22 người. Các địa phương ghi nhận nhiều vụ việc là huyện Như Xuân (11 vụ), huyện Thường Xuân (9 vụ), huyện Ngọc Lặc (8 vụ) và thị xã Nghi Sơn (7 vụ).

Công tác hỗ trợ nạn nhân được quan tâm: 124 nạn nhân được tư vấn, hỗ trợ, đạt 94,7%; 23 người được bố trí nơi tạm lánh; 96 người gây bạo lực bị áp dụng biện pháp góp ý, phê bình tại cộng đồng. Ngành chức năng đã xử phạt vi phạm hành chính 19 trường hợp với tổng số tiền 87,5 triệu đồng; khởi tố 6 vụ án liên quan đến hành vi bạo lực gia đình.

Hiện toàn tỉnh duy trì 4.318 mô hình, câu lạc bộ phòng, chống bạo lực gia đình và 1.052 "địa chỉ tin cậy" tại cộng đồng; 547/547 xã, phường, thị trấn đã kiện toàn Ban Chỉ đạo công tác gia đình.

Thực hiện Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, tỉnh phấn đấu đến năm 2025, 100% nạn nhân bạo lực gia đình được phát hiện đều được tư vấn, hỗ trợ; số vụ bạo lực gia đình giảm từ 5 đến 10% mỗi năm.

Người dân phát hiện hành vi bạo lực gia đình có thể báo tin qua Tổng đài quốc gia bảo vệ trẻ em 111 hoặc đường dây nóng của Sở: 0237.3852.719 (số 32 Đại lộ Lê Lợi, TP Thanh Hóa).
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("phát hiện 127 vụ bạo lực gia đình\nCập", "127", 127, "count", "vụ",
      "vụ bạo lực gia đình phát hiện", H1),
    F("Thanh Hóa phát hiện 127 vụ", "127", 127, "count", "vụ",
      "vụ bạo lực gia đình phát hiện", S6,
      change=CH("decrease", 18, "vụ", "cùng kỳ năm 2023")),
    F("thể chất 62 vụ", "62", 62, "count", "vụ", "bạo lực về thể chất", I(S6), total=127),
    F("tinh thần 41 vụ", "41", 41, "count", "vụ", "bạo lực về tinh thần", I(S6), total=127),
    F("kinh tế 15 vụ", "15", 15, "count", "vụ", "bạo lực về kinh tế", I(S6), total=127),
    F("tình dục 9 vụ", "9", 9, "count", "vụ", "bạo lực tình dục", I(S6), total=127),
    F("là 131 người", "131", 131, "count", "người", "nạn nhân bị bạo lực gia đình", I(S6)),
    F("nữ giới 109 người", "109", 109, "count", "người", "nạn nhân nữ giới", I(S6),
      total=131, percent=83.2),
    F("nam giới 22 người", "22", 22, "count", "người", "nạn nhân nam giới", I(S6), total=131),
    F("Như Xuân (11 vụ)", "11", 11, "count", "vụ", "vụ bạo lực gia đình", I(S6), location="Như Xuân"),
    F("Thường Xuân (9 vụ)", "9", 9, "count", "vụ", "vụ bạo lực gia đình", I(S6), location="Thường Xuân"),
    F("Ngọc Lặc (8 vụ)", "8", 8, "count", "vụ", "vụ bạo lực gia đình", I(S6), location="Ngọc Lặc"),
    F("Nghi Sơn (7 vụ)", "7", 7, "count", "vụ", "vụ bạo lực gia đình", I(S6), location="Nghi Sơn"),
    F("quan tâm: 124 nạn nhân", "124", 124, "count", "nạn nhân",
      "nạn nhân được tư vấn, hỗ trợ", I(S6), percent=94.7),
    F("; 23 người", "23", 23, "count", "người", "người được bố trí nơi tạm lánh", I(S6)),
    F("; 96 người", "96", 96, "count", "người",
      "người gây bạo lực bị áp dụng biện pháp góp ý, phê bình tại cộng đồng", I(S6)),
    F("hành chính 19 trường hợp", "19", 19, "count", "trường hợp",
      "trường hợp bị xử phạt vi phạm hành chính", I(S6)),
    F("tiền 87,5 triệu đồng", "87,5", 87_500_000, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", I(S6)),
    F("khởi tố 6 vụ án", "6", 6, "count", "vụ án",
      "vụ án liên quan đến hành vi bạo lực gia đình bị khởi tố", I(S6)),
    F("duy trì 4.318 mô hình", "4.318", 4318, "count", "mô hình, câu lạc bộ",
      "mô hình, câu lạc bộ phòng, chống bạo lực gia đình"),
    F("và 1.052 \"địa chỉ", "1.052", 1052, "count", "địa chỉ tin cậy",
      "\"địa chỉ tin cậy\" tại cộng đồng"),
    F("547/547 xã", "547", 547, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đã kiện toàn Ban Chỉ đạo công tác gia đình", total=547),
    F("2025, 100% nạn nhân", "100", 100, "percent", "%",
      "tỷ lệ nạn nhân bạo lực gia đình được phát hiện được tư vấn, hỗ trợ", T25, status="target"),
    F("giảm từ 5 đến 10%", "5", 5, "percent", "%",
      "số vụ bạo lực gia đình giảm mỗi năm", T25, value_max=10, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (invented): kết quả phòng, chống bạo lực gia đình 6 tháng đầu năm 2024.",
    "Dateline 'Cập nhật: 12/07/2024 08:45'; 'Lượt xem: 1.284' is a counter. Headline '6 tháng đầu năm' takes 2024 from published.",
    "The four forms of violence follow 'Trong đó' after 127 vụ (and add up): total 127. Nữ/nam victims add up to 131.",
    "District list after 'Các địa phương … là' has no part-of cue: no total; districts go to location.",
    "Distractors: Luật số 13/2022/QH15, Tổng đài 111, phone 0237.3852.719, 'số 32 Đại lộ Lê Lợi'.",
]

if __name__ == "__main__":
    emit("p689-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Thanh Hóa")
