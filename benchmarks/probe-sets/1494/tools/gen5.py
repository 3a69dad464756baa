"""p1494-5: provincial newspaper (Báo Quảng Ngãi điện tử): làng rèn Minh Khánh, xã Tịnh Minh, huyện Sơn Tịnh, vụ Tết 2025."""
from lib import F, period, year, inherit, change, target, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế | Làng nghề

Làng rèn Minh Khánh tất bật vào vụ Tết

Thứ Năm, 16/01/2025 | 07:30

(Baoquangngai.vn) - Những ngày cận Tết Nguyên đán Ất Tỵ 2025, gần 60 lò rèn ở thôn Minh Khánh, xã Tịnh Minh (Sơn Tịnh) đỏ lửa từ 4 giờ sáng đến tối muộn để kịp giao hàng cho khách.

Ông Nguyễn Văn Tư (62 tuổi), người có hơn 40 năm theo nghề, cho biết lượng đơn hàng dịp này tăng gấp 2 đến 3 lần ngày thường. Mỗi ngày, lò rèn của ông cùng 3 người thợ làm ra khoảng 70 sản phẩm, gồm dao, rựa, cuốc, liềm. Giá dao thái từ 80.000 đến 150.000 đồng/con, rựa phát loại tốt khoảng 250.000 đồng/cây, tăng 10-15% so với Tết năm ngoái do giá thép và than tăng.

Theo UBND xã Tịnh Minh, làng rèn hiện thu hút 180 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng. Năm 2024, toàn làng sản xuất hơn 210.000 sản phẩm, doanh thu đạt 26,7 tỷ đồng, tăng 9,4% so với năm 2023. Trong đó, sản phẩm bán ra ngoài tỉnh chiếm gần 40%.

Chủ tịch UBND xã Trần Minh Hòa cho biết, năm 2025 xã dự kiến hỗ trợ khoảng ba chục hộ chuyển sang lò rèn dùng điện, mỗi hộ được hỗ trợ 15 triệu đồng. Huyện Sơn Tịnh cũng đang lập hồ sơ đề nghị công nhận làng nghề truyền thống, phấn đấu đến năm 2026 có ít nhất hai sản phẩm đạt OCOP 3 sao.

THANH NHẬT
"""

Y24 = year("Năm 2024", 2024)
Y25 = year("năm 2025", 2025)
T26 = period("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("gần 60 lò rèn", "60", 60, "count", "lò rèn", approx="nearly", subject="lò rèn ở thôn Minh Khánh"),
    F("(62 tuổi)", "62", 62, "measure", "tuổi", subject="tuổi ông Nguyễn Văn Tư", optional=True),
    F("hơn 40 năm theo nghề", "40", 40, "measure", "năm", approx="over",
      subject="thâm niên theo nghề của ông Nguyễn Văn Tư", optional=True),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", value_max=3,
      subject="lượng đơn hàng dịp Tết so với ngày thường"),
    F("cùng 3 người thợ", "3", 3, "count", "người thợ", subject="thợ làm cùng ông Tư"),
    F("khoảng 70 sản phẩm", "70", 70, "measure", "sản phẩm/ngày", approx="about",
      subject="sản phẩm lò rèn của ông Tư làm ra mỗi ngày"),
    F("từ 80.000 đến 150.000", "80.000", 80000, "money", "đồng/con", value_max=150000, subject="giá dao thái"),
    F("khoảng 250.000", "250.000", 250000, "money", "đồng/cây", approx="about",
      change=change("increase", 10, "%", "Tết năm ngoái"), subject="giá rựa phát loại tốt"),
    F("thu hút 180 lao động", "180", 180, "count", "lao động", subject="lao động làng rèn thu hút"),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
      subject="thu nhập bình quân"),
    F("hơn 210.000 sản phẩm", "210.000", 210000, "count", "sản phẩm", approx="over",
      subject="sản phẩm toàn làng sản xuất", per=Y24),
    F("đạt 26,7 tỷ", "26,7", 26.7e9, "money", "đồng", change=change("increase", 9.4, "%", "năm 2023"),
      subject="doanh thu", per=Y24),
    F("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly",
      subject="tỷ trọng sản phẩm bán ra ngoài tỉnh", per=inherit(Y24)),
    F("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about", status="forecast",
      subject="hộ được hỗ trợ chuyển sang lò rèn dùng điện", per=Y25),
    F("hỗ trợ 15 triệu", "15", 15e6, "money", "đồng/hộ", status="forecast",
      subject="mức hỗ trợ mỗi hộ", per=Y25),
    F("ít nhất hai sản phẩm", "hai", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đạt OCOP 3 sao", per=T26),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Ngãi): section menu, 'Thứ Năm, 16/01/2025 | 07:30' (published), tag '(Baoquangngai.vn) -', byline at the end.",
    "Thôn Minh Khánh, xã Tịnh Minh lie in huyện Sơn Tịnh: location Sơn Tịnh for all figures.",
    "A person's age '(62 tuổi)' and career length 'hơn 40 năm theo nghề' are optional (facts about a person, not statistics).",
    "'tăng gấp 2 đến 3 lần ngày thường' has no base amount: a multiple figure, range 2-3.",
    "'Mỗi ngày ... khoảng 70 sản phẩm' → rate 'sản phẩm/ngày'; 'mỗi hộ được hỗ trợ 15 triệu đồng' → 'đồng/hộ'.",
    "'tăng 10-15% so với Tết năm ngoái' attaches to the nearest price (250.000 đồng/cây); the change takes the range's lower end 10.",
    "'Trong đó, ... chiếm gần 40%' is a percent figure (period inherited from 'Năm 2024'). 'dự kiến' governs both clauses → forecast.",
    "'khoảng ba chục hộ' = about 30 (number word with 'chục').",
    "Distractors: 'Ất Tỵ 2025', '4 giờ sáng', the dateline and time.",
]

if __name__ == "__main__":
    write("p1494-5", TEXT, NOTES, FIGS, published="2025-01-16", location="Sơn Tịnh")
