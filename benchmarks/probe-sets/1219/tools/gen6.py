"""p1219-6: national newspaper, Quảng Nam: villagers fear losing protective forest to a titanium mine."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường

Thứ năm, 14/11/2024, 08:35 (GMT+7)

Dân lo mất rừng phòng hộ vì mỏ titan

Hơn 300 hộ dân ở xã Bình Dương, huyện Thăng Bình, Quảng Nam kiến nghị dừng mỏ titan vì lo mất rừng phi lao chắn cát.

Mỏ do Công ty TNHH Khoáng sản Bình Minh làm chủ đầu tư, được UBND tỉnh cấp phép năm 2019, diện tích khoảng 118 ha, trữ lượng khoảng 96.000 tấn khoáng vật nặng, thời hạn khai thác 8 năm. Trong đó, gần 45 ha là rừng phòng hộ ven biển.

Ông Nguyễn Văn Tư, 62 tuổi, ở thôn Tân An, có hai ha ruộng sát ranh mỏ. "Từ khi mỏ chạy máy, giếng nhà tôi nhiễm phèn, lúa chỉ còn khoảng 3,5 tấn/ha, trước đây được 5-5,5 tấn/ha", ông Tư nói.

Theo Sở Tài nguyên và Môi trường Quảng Nam, 10 tháng năm 2024, công ty khai thác 7.850 tấn tinh quặng ilmenit, nộp ngân sách gần 4,2 tỷ đồng. Đơn giá bồi thường cây phi lao tại mỏ này từ 35.000 đến 60.000 đồng/cây, đất rừng phòng hộ 52.000 đồng/m2.

Toàn tỉnh hiện có 9 giấy phép khai thác titan, trong đó 4 giấy phép đã hết hạn nhưng chưa đóng cửa mỏ. Năm 2023, cơ quan chức năng phát hiện 17 vụ khai thác titan trái phép, tăng 5 vụ so với năm 2022, chủ yếu ở Thăng Bình và Núi Thành.

Sở dự kiến trong tháng 12/2024 kiểm tra ít nhất 3 mỏ, đồng thời đề xuất thu hồi khoảng 20 ha rừng để giao lại cho địa phương quản lý.

Đắc Thành
"""

TEN = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DEC = P("trong tháng 12/2024", "2024-12-01", "2024-12-31")
TB = "Thăng Bình"

FIGS = [
    F("Hơn 300 hộ", "300", 300, "count", "hộ dân", approx="over",
      subject="hộ dân kiến nghị dừng mỏ titan", location=TB),
    F("diện tích khoảng 118 ha", "118", 118, "measure", "ha", approx="about",
      subject="diện tích mỏ titan", location=TB),
    F("khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", approx="about",
      subject="trữ lượng khoáng vật nặng của mỏ", location=TB),
    F("thời hạn khai thác 8 năm", "8", 8, "measure", "năm", optional=True,
      subject="thời hạn khai thác", location=TB),
    F("gần 45 ha", "45", 45, "measure", "ha", approx="nearly", total=118,
      subject="rừng phòng hộ ven biển trong diện tích mỏ", location=TB),
    F("62 tuổi", "62", 62, "measure", "tuổi", optional=True, subject="tuổi ông Nguyễn Văn Tư",
      location=TB),
    F("có hai ha", "hai", 2, "measure", "ha", subject="ruộng của gia đình ông Tư sát ranh mỏ",
      location=TB),
    F("khoảng 3,5 tấn/ha", "3,5", 3.5, "measure", "tấn/ha", approx="about",
      subject="năng suất lúa", location=TB),
    F("được 5-5,5 tấn/ha", "5", 5, "measure", "tấn/ha", value_max=5.5,
      subject="năng suất lúa trước đây", location=TB),
    F("khai thác 7.850 tấn", "7.850", 7850, "measure", "tấn",
      subject="tinh quặng ilmenit công ty khai thác", period=TEN, location=TB),
    F("gần 4,2 tỷ", "4,2", 4200000000, "money", "đồng", approx="nearly",
      subject="ngân sách công ty nộp", period=TEN, location=TB),
    F("từ 35.000 đến 60.000", "35.000", 35000, "money", "đồng/cây", value_max=60000,
      subject="đơn giá bồi thường cây phi lao", location=TB),
    F("52.000 đồng/m2", "52.000", 52000, "money", "đồng/m2",
      subject="đơn giá bồi thường đất rừng phòng hộ", location=TB),
    F("có 9 giấy phép", "9", 9, "count", "giấy phép", subject="giấy phép khai thác titan"),
    F("4 giấy phép", "4", 4, "count", "giấy phép", total=9,
      subject="giấy phép khai thác titan đã hết hạn nhưng chưa đóng cửa mỏ"),
    F("phát hiện 17 vụ", "17", 17, "count", "vụ", change=C("increase", 5, "vụ", "năm 2022"),
      subject="vụ khai thác titan trái phép bị phát hiện", period=Y23),
    F("ít nhất 3 mỏ", "3", 3, "count", "mỏ", approx="at_least", status="forecast",
      subject="mỏ được kiểm tra", period=DEC),
    F("khoảng 20 ha", "20", 20, "measure", "ha", approx="about", status="forecast",
      subject="diện tích rừng đề xuất thu hồi để giao lại cho địa phương", period=DEC),
]

NOTES = [
    "National newspaper: 'Thứ năm, 14/11/2024, 08:35 (GMT+7)', byline at the end. Quảng Nam (mine in xã Bình Dương, huyện Thăng Bình).",
    "Distractors: time 08:35, '(GMT+7)', 'năm 2019' (licence year, not a period of the area), 'năm 2022' baseline, 'thôn Tân An', 'tháng 12/2024' as a period.",
    "Mine and villager figures get Thăng Bình (the mine is placed there; 'công ty', 'mỏ này' refer back). Province-wide figures get Quảng Nam.",
    "'Trong đó, gần 45 ha' after 'khoảng 118 ha' → total 118. '4 giấy phép' after 'trong đó' → total 9. 'tăng 5 vụ' → change in vụ.",
    "'62 tuổi' (age) and 'thời hạn khai thác 8 năm' (licence term) are optional. 'hai ha' is a number word.",
    "'dự kiến' governs the whole last sentence (forecast), period 'trong tháng 12/2024'.",
]

if __name__ == "__main__":
    write("p1219-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Quảng Nam")
