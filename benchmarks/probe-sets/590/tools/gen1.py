"""p590-1: province portal (Nghệ An) — tái hòa nhập cộng đồng năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nội chính - Pháp luật

Nghệ An: Hơn 1.100 người chấp hành xong án phạt tù được hỗ trợ tái hòa nhập cộng đồng

Cập nhật: 18/01/2024 08:45

Năm 2023, toàn tỉnh có 1.326 người chấp hành xong án phạt tù trở về địa phương, tăng 8,4% so với năm 2022, bình quân 3,9 người/vạn dân. Trong đó có 214 người được đặc xá và 96 người được tha tù trước thời hạn có điều kiện. Số người trở về tập trung nhiều ở TP Vinh (148 người), các huyện Diễn Châu (97 người), Quỳnh Lưu (89 người) và Nghĩa Đàn (61 người).

Thực hiện Nghị định số 49/2020/NĐ-CP của Chính phủ, các cấp, các ngành đã hỗ trợ tái hòa nhập cộng đồng cho hơn 1.100 người, đạt 83,6% tổng số người trở về. Công an tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội giới thiệu việc làm cho 468 người, trong đó 152 người vào làm việc tại các doanh nghiệp trong Khu kinh tế Đông Nam. Ngoài ra, 37 người được học nghề ngắn hạn với tổng kinh phí 185 triệu đồng.

Ngân hàng Chính sách xã hội tỉnh đã cho 126 người vay vốn sản xuất, kinh doanh với tổng dư nợ 6,3 tỷ đồng, bình quân 50 triệu đồng/người. Tỷ lệ tái phạm tội trong số người chấp hành xong án phạt tù năm 2023 là 1,8%, giảm 0,3% so với năm 2022.

Năm 2024, tỉnh phấn đấu 100% người chấp hành xong án phạt tù trở về được tiếp nhận, quản lý; ít nhất 85% người có nhu cầu được hỗ trợ học nghề, giới thiệu việc làm.

Mọi thông tin liên hệ: Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh Nghệ An, số 16 Trường Thi, TP Vinh; điện thoại: 0238.3844.521.

Lượt xem: 1.873
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.100 người chấp hành", "1.100", 1100, "count", "người",
      "người chấp hành xong án phạt tù được hỗ trợ tái hòa nhập cộng đồng", I(Y23), approx="over"),
    F("có 1.326 người", "1.326", 1326, "count", "người",
      "người chấp hành xong án phạt tù trở về địa phương", Y23,
      change=CH("increase", 8.4, baseline="năm 2022")),
    F("bình quân 3,9 người/vạn dân", "3,9", 3.9, "measure", "người/vạn dân",
      "người chấp hành xong án phạt tù trở về địa phương bình quân trên vạn dân", Y23),
    F("có 214 người", "214", 214, "count", "người",
      "người được đặc xá", I(Y23), total=1326),
    F("và 96 người", "96", 96, "count", "người",
      "người được tha tù trước thời hạn có điều kiện", I(Y23), total=1326),
    F("TP Vinh (148 người)", "148", 148, "count", "người",
      "số người trở về", I(Y23), location="Vinh"),
    F("Diễn Châu (97 người)", "97", 97, "count", "người",
      "số người trở về", I(Y23), location="Diễn Châu"),
    F("Quỳnh Lưu (89 người)", "89", 89, "count", "người",
      "số người trở về", I(Y23), location="Quỳnh Lưu"),
    F("Nghĩa Đàn (61 người)", "61", 61, "count", "người",
      "số người trở về", I(Y23), location="Nghĩa Đàn"),
    F("cho hơn 1.100 người", "1.100", 1100, "count", "người",
      "người được hỗ trợ tái hòa nhập cộng đồng", I(Y23), approx="over", percent=83.6),
    F("cho 468 người", "468", 468, "count", "người",
      "người được giới thiệu việc làm", I(Y23)),
    F("đó 152 người", "152", 152, "count", "người",
      "người vào làm việc tại các doanh nghiệp trong Khu kinh tế Đông Nam", I(Y23), total=468),
    F("Ngoài ra, 37 người", "37", 37, "count", "người",
      "người được học nghề ngắn hạn", I(Y23)),
    F("kinh phí 185 triệu đồng", "185", 185e6, "money", "đồng",
      "tổng kinh phí học nghề ngắn hạn", I(Y23)),
    F("cho 126 người", "126", 126, "count", "người",
      "người vay vốn sản xuất, kinh doanh", I(Y23)),
    F("dư nợ 6,3 tỷ đồng", "6,3", 6.3e9, "money", "đồng",
      "tổng dư nợ cho vay người chấp hành xong án phạt tù", I(Y23)),
    F("bình quân 50 triệu đồng/người", "50", 50e6, "money", "đồng/người",
      "dư nợ bình quân", I(Y23)),
    F("là 1,8%", "1,8", 1.8, "percent", "%",
      "tỷ lệ tái phạm tội trong số người chấp hành xong án phạt tù", Y23,
      change=CH("decrease", 0.3, baseline="năm 2022")),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "người chấp hành xong án phạt tù trở về được tiếp nhận, quản lý", Y24, status="target"),
    F("ít nhất 85%", "85", 85, "percent", "%",
      "người có nhu cầu được hỗ trợ học nghề, giới thiệu việc làm", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Nghệ An province portal: người chấp hành xong án phạt tù trở về, hỗ trợ tái hòa nhập cộng đồng năm 2023; targets 2024.",
    "Breadcrumb, 'Cập nhật: 18/01/2024 08:45' dateline, 'Lượt xem: 1.873' counter. Distractors: Nghị định số 49/2020/NĐ-CP,",
    "số 16 Trường Thi, phone 0238.3844.521. 'Trong đó có 214 … và 96' (after a sentence break) are parts of 1.326.",
    "District list items take the list indicator as subject and the district as location (TP Vinh -> Vinh).",
    "'đạt 83,6% tổng số người trở về' is the share of 1.100 (percent attribute, no total: no part-of cue).",
    "'giảm 0,3% so với năm 2022' after the 1,8% level is its change. Headline figure: period inherited from the lead.",
    "revised after the first run: the four district items' subject is now the list's own indicator 'số người trở về' (FIGURES.md: the",
    "list's indicator stated before the list), not the fuller name taken from the previous sentence.",
]

if __name__ == "__main__":
    emit("p590-1", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Nghệ An")
