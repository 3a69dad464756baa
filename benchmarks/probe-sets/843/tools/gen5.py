"""p843-5: Báo Thừa Thiên Huế (Party newspaper), UXO clearance by the provincial military and mine victims."""
from lib import F, period, inherit, change, write

TEXT = """Vẫn còn đó nỗi đau bom mìn ở vùng biên A Lưới

Gần 50 năm sau chiến tranh, bom mìn, vật nổ vẫn nằm sâu dưới những cánh rừng, nương rẫy ở vùng biên A Lưới. Để trả lại đất sạch cho dân, từ năm 2020 đến nay, Bộ Chỉ huy Quân sự tỉnh đã tổ chức rà phá bom mìn phục vụ 46 công trình, dự án với tổng diện tích gần 1.250 ha, trong đó có tuyến cao tốc Cam Lộ - La Sơn và Quốc lộ 49.

Riêng 10 tháng năm 2023, lực lượng công binh đã rà phá 187,4 ha, thu gom, hủy nổ 2.648 quả đạn pháo, đạn cối, lựu đạn và 2,3 tấn thuốc nổ các loại.

Theo số liệu của Sở Lao động - Thương binh và Xã hội, tính đến ngày 30/6/2023, toàn tỉnh có 1.974 nạn nhân bom mìn, trong đó huyện A Lưới có 412 người, Phong Điền 356 người, Quảng Điền 198 người. Khoảng 60% nạn nhân là lao động chính trong gia đình, thu nhập bình quân chỉ đạt 1,8 triệu đồng/người/tháng, thấp hơn 42% so với mức bình quân chung của tỉnh.

Ông Hồ Văn Tư (65 tuổi, thôn Pa Ay, xã Hồng Thượng) bị thương nặng ở chân khi đi rẫy năm 1986. “Mấy chục năm rồi mà đêm nào trở trời cũng đau nhức”, ông Tư kể.

Năm 2023, Hội Chữ thập đỏ tỉnh đã trao 85 suất học bổng cho con em nạn nhân, mỗi suất 2 triệu đồng; hỗ trợ xây 6 nhà tình thương với tổng trị giá 360 triệu đồng. Các ngành chức năng cũng tổ chức 120 buổi tuyên truyền cho hơn 9.000 học sinh tại 35 trường học.

Theo kế hoạch, đến năm 2025, tỉnh phấn đấu rà phá thêm 500 ha tại các khu vực ô nhiễm nặng ở A Lưới, Nam Đông; hỗ trợ sinh kế cho ít nhất 150 hộ nạn nhân bom mìn.

MINH HIỀN
18/11/2023
"""

SINCE20 = period("từ năm 2020 đến nay", "2020-01-01", "2023-11-18")
M10 = period("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
VICT = "nạn nhân bom mìn"
ASOF = period("tính đến ngày 30/6/2023", None, "2023-06-30")

FIGS = [
    F("Gần 50 năm", "50", "measure", "năm", "thời gian sau chiến tranh", approx="nearly", optional=True),
    F("phục vụ 46 công trình", "46", "count", "công trình, dự án", "công trình, dự án được rà phá bom mìn", SINCE20),
    F("gần 1.250 ha", "1.250", "measure", "ha", "tổng diện tích rà phá bom mìn phục vụ công trình, dự án", SINCE20,
      approx="nearly"),
    F("rà phá 187,4 ha", "187,4", "measure", "ha", "diện tích rà phá", M10),
    F("hủy nổ 2.648 quả", "2.648", "count", "quả", "đạn pháo, đạn cối, lựu đạn được thu gom, hủy nổ", M10),
    F("và 2,3 tấn", "2,3", "measure", "tấn", "thuốc nổ được thu gom, hủy nổ", M10),
    F("có 1.974 nạn nhân", "1.974", "count", "nạn nhân", VICT, ASOF),
    F("A Lưới có 412 người", "412", "count", "người", VICT, ASOF, total=1974, location="A Lưới"),
    F("Phong Điền 356 người", "356", "count", "người", VICT, ASOF, total=1974, location="Phong Điền"),
    F("Quảng Điền 198 người", "198", "count", "người", VICT, ASOF, total=1974, location="Quảng Điền"),
    F("Khoảng 60% nạn nhân", "60", "percent", "%", "tỷ lệ nạn nhân là lao động chính trong gia đình", inherit(ASOF),
      approx="about"),
    F("đạt 1,8 triệu đồng/người/tháng", "1,8", "money", "đồng/người/tháng", "thu nhập bình quân của nạn nhân", inherit(ASOF),
      change=change("decrease", 42, "%", "mức bình quân chung của tỉnh")),
    F("(65 tuổi", "65", "measure", "tuổi", "tuổi của ông Hồ Văn Tư", optional=True),
    F("trao 85 suất học bổng", "85", "count", "suất học bổng", "suất học bổng trao cho con em nạn nhân", Y23),
    F("mỗi suất 2 triệu đồng", "2", "money", "đồng/suất", "giá trị mỗi suất học bổng", Y23),
    F("xây 6 nhà tình thương", "6", "count", "nhà tình thương", "nhà tình thương hỗ trợ xây", Y23),
    F("giá 360 triệu đồng", "360", "money", "đồng", "tổng trị giá nhà tình thương", Y23),
    F("tổ chức 120 buổi", "120", "count", "buổi", "buổi tuyên truyền", inherit(Y23)),
    F("hơn 9.000 học sinh", "9.000", "count", "học sinh", "học sinh được tuyên truyền", inherit(Y23), approx="over"),
    F("tại 35 trường học", "35", "count", "trường học", "trường học được tuyên truyền", inherit(Y23)),
    F("thêm 500 ha", "500", "measure", "ha", "diện tích rà phá tại khu vực ô nhiễm nặng", T25, status="target"),
    F("ít nhất 150 hộ", "150", "count", "hộ", "hộ nạn nhân bom mìn được hỗ trợ sinh kế", T25, approx="at_least",
      status="target"),
]

NOTES = [
    "Báo Thừa Thiên Huế (Party paper): byline MINH HIỀN and bare date 18/11/2023 at the end.",
    "District list after 'trong đó' shares the indicator 'nạn nhân bom mìn' and takes total 1.974; each district is its",
    "location; all carry the as-of date 'tính đến ngày 30/6/2023' (inherited by the next sentence). 'thấp hơn 42% so với mức bình quân' is a change of",
    "the income. 'Gần 50 năm' (time since the war) and the victim's age '65 tuổi' are optional.",
    "Distractors: Hồ Văn Tư / ông Tư (name), năm 1986 (date), Quốc lộ 49, cao tốc Cam Lộ - La Sơn, thôn Pa Ay.",
    "'Mấy chục năm' is vague and not a figure.",
]

if __name__ == "__main__":
    write("p843-5", TEXT, FIGS, published="2023-11-18", location="Thừa Thiên Huế", notes=NOTES)
