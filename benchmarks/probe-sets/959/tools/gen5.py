"""p959-5: Party/provincial newspaper (Báo Quảng Nam style), byline and bare date at the end, July 2024."""
from lib import F, P, I, C, T, year, build

TEXT = """
Phụng dưỡng Mẹ Việt Nam anh hùng - nghĩa tình son sắt

Ở tuổi 99, Mẹ Việt Nam anh hùng Trần Thị Ba (thôn 4, xã Bình Định Bắc, huyện Thăng Bình) vẫn minh mẫn kể chuyện về chồng và 3 người con trai đã hy sinh trong hai cuộc kháng chiến. Ngôi nhà tình nghĩa của mẹ nằm sát Quốc lộ 1A được Agribank Chi nhánh Quảng Nam hỗ trợ 120 triệu đồng sửa chữa năm 2022. Đơn vị này cũng nhận phụng dưỡng mẹ suốt đời với mức 2,5 triệu đồng mỗi tháng.

Theo Sở Lao động - Thương binh và Xã hội, Quảng Nam là địa phương có số Bà mẹ Việt Nam anh hùng đông nhất cả nước với 14.604 mẹ, chiếm hơn 10% tổng số mẹ được phong tặng trên toàn quốc. Hiện tỉnh còn 61 mẹ đang sống, tuổi bình quân trên 95; tất cả đều được 61 cơ quan, đơn vị, doanh nghiệp nhận phụng dưỡng với mức từ 2 đến 5 triệu đồng/mẹ/tháng. Các địa phương còn nhiều mẹ là Thăng Bình (9 mẹ), Điện Bàn (8 mẹ) và Duy Xuyên (7 mẹ).

Năm 2023, toàn tỉnh xây mới 215 nhà tình nghĩa, sửa chữa 187 nhà với tổng kinh phí gần 19,6 tỷ đồng. Năm nay, dịp 27/7, tỉnh tặng 88.510 suất quà cho người có công, tăng 4.230 suất so với năm trước; kinh phí trên 41 tỷ đồng.

"Chăm sóc các mẹ là trách nhiệm và tình cảm của cả hệ thống chính trị", ông Nguyễn Văn Hai, Phó Giám đốc Sở LĐ-TB&XH cho biết.

MINH HẢI
26/07/2024
"""

Y23 = year(2023, "Năm 2023")
NOW = year(2024, "Năm nay")
ME = "Bà mẹ Việt Nam anh hùng còn sống"

FIGS = [
    F("Ở tuổi 99", "99", 99, "measure", "tuổi", "tuổi của Mẹ Việt Nam anh hùng Trần Thị Ba", optional=True,
      location="Thăng Bình"),
    F("và 3 người con trai", "3", 3, "count", "người con trai", "con trai của mẹ hy sinh", optional=True, location="Thăng Bình"),
    F("hỗ trợ 120 triệu đồng", "120", 120e6, "money", "đồng", "kinh phí hỗ trợ sửa chữa nhà tình nghĩa của mẹ",
      year(2022, "năm 2022"), location="Thăng Bình"),
    F("mức 2,5 triệu đồng mỗi tháng", "2,5", 2.5e6, "money", "đồng/tháng", "mức phụng dưỡng mẹ Trần Thị Ba", location="Thăng Bình"),
    F("với 14.604 mẹ", "14.604", 14604, "count", "mẹ", "Bà mẹ Việt Nam anh hùng", percent=10),
    F("còn 61 mẹ", "61", 61, "count", "mẹ", "Bà mẹ Việt Nam anh hùng đang sống"),
    F("bình quân trên 95", "95", 95, "measure", "tuổi", "tuổi bình quân của các mẹ", approx="over"),
    F("được 61 cơ quan", "61", 61, "count", "cơ quan, đơn vị, doanh nghiệp", "cơ quan, đơn vị, doanh nghiệp nhận phụng dưỡng mẹ"),
    F("từ 2 đến 5 triệu đồng/mẹ/tháng", "2", 2e6, "money", "đồng/mẹ/tháng", "mức phụng dưỡng Bà mẹ Việt Nam anh hùng",
      value_max=5e6),
    F("Thăng Bình (9 mẹ)", "9", 9, "count", "mẹ", ME, location="Thăng Bình"),
    F("Điện Bàn (8 mẹ)", "8", 8, "count", "mẹ", ME, location="Điện Bàn"),
    F("Duy Xuyên (7 mẹ)", "7", 7, "count", "mẹ", ME, location="Duy Xuyên"),
    F("xây mới 215 nhà", "215", 215, "count", "nhà tình nghĩa", "nhà tình nghĩa xây mới", Y23),
    F("sửa chữa 187 nhà", "187", 187, "count", "nhà", "nhà tình nghĩa sửa chữa", Y23),
    F("gần 19,6 tỷ đồng", "19,6", 19.6e9, "money", "đồng", "tổng kinh phí xây mới, sửa chữa nhà tình nghĩa", Y23,
      approx="nearly"),
    F("tặng 88.510 suất quà", "88.510", 88510, "count", "suất quà", "suất quà tặng người có công dịp 27/7", NOW,
      change=C("increase", 4230, "suất", "năm trước")),
    F("trên 41 tỷ đồng", "41", 41e9, "money", "đồng", "kinh phí tặng quà người có công dịp 27/7", NOW, approx="over"),
]

NOTES = [
    "Provincial Party newspaper style (Quảng Nam), byline 'MINH HẢI' and bare date '26/07/2024' at the end.",
    "Not figures: 'thôn 4', 'Quốc lộ 1A', 'hai cuộc kháng chiến' (a fixed name for the two wars), the names Trần Thị Ba and",
    "Nguyễn Văn Hai, '27/7'. The individual mother's age and number of sons are optional (personal details, not statistics).",
    "'chiếm hơn 10%' after 14.604 is its percent. 'Năm nay' takes the year of `published` (2024) and continues after ';'.",
    "revised after the first run: the mother's house support (120 triệu) and monthly care (2,5 triệu) are located in her district",
    "Thăng Bình (named in her address), not the province; 61 mẹ subject now uses the sentence's words ('đang sống'), as in p959-1/-3.",
    "The district list shares the indicator 'mẹ còn sống' (locations are the districts); the items do not add up to 61: no total.",
]

build("p959-5", TEXT, NOTES, FIGS, published="2024-07-26", location="Quảng Nam")
