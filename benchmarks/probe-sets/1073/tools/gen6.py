"""p1073-6: national newspaper (VnExpress style), Quảng Bình farmers switch rice to peanut."""
from lib import F, P, I, C, T, write

TEXT = """Chủ nhật, 12/5/2024, 06:30 (GMT+7)
Nông dân Quảng Bình bỏ lúa trồng lạc, lãi gấp ba

Trên những chân ruộng cao, thiếu nước ở huyện Lệ Thủy, nhiều hộ dân bỏ cấy lúa để trồng lạc, thu nhập tăng rõ rệt.

Ông Hoàng Văn Tư, 58 tuổi, ở xã Phong Thủy, có 8 sào ruộng thường xuyên thiếu nước. Từ năm 2022, ông chuyển toàn bộ sang trồng lạc giống L14, mỗi năm hai vụ. Vụ đông xuân 2023-2024, ruộng nhà ông cho năng suất 3,2 tạ/sào, bán tại ruộng giá 30.000 đồng/kg, thu về gần 77 triệu đồng. "Cấy lúa chân ruộng này mỗi sào chỉ được 1,5 tạ thóc, trừ chi phí gần như không có lãi", ông Tư nói.

Theo Phòng Nông nghiệp và PTNT huyện Lệ Thủy, từ đầu năm 2024 đến nay, huyện đã chuyển đổi 520 ha đất lúa kém hiệu quả, trong đó trồng lạc 310 ha. Lạc Lệ Thủy được Công ty CP Thực phẩm Miền Trung bao tiêu với giá không thấp hơn 26.000 đồng/kg. Nhà máy sơ chế của công ty bên Quốc lộ 1A tạo việc làm cho 85 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.

Toàn tỉnh Quảng Bình hiện có khoảng 4.300 ha lạc, tập trung ở Lệ Thủy, Quảng Ninh, Bố Trạch. Ông Nguyễn Văn Hải, Phó giám đốc Sở Nông nghiệp và PTNT, cho biết đến năm 2030 tỉnh phấn đấu chuyển đổi khoảng 3.000 ha đất lúa sang cây trồng cạn, trong đó lạc khoảng 1.500 ha. Tỉnh sẽ hỗ trợ giống, phân bón và xây dựng vùng nguyên liệu gắn với doanh nghiệp.

Đức Hùng
"""

VU = P("Vụ đông xuân 2023-2024", "2023-01-01", "2024-12-31")
NOW = P("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-12")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("lãi gấp ba", "ba", 3, "multiple", "lần", "lãi trồng lạc so với trồng lúa", location="Quảng Bình"),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Hoàng Văn Tư", optional=True),
    F("có 8 sào ruộng", "8", 8, "measure", "sào", "ruộng thiếu nước của ông Hoàng Văn Tư"),
    F("mỗi năm hai vụ", "hai", 2, "count", "vụ", "số vụ lạc mỗi năm", optional=True),
    F("năng suất 3,2 tạ/sào", "3,2", 3.2, "measure", "tạ/sào", "năng suất lạc ruộng nhà ông Tư", VU),
    F("giá 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá bán lạc tại ruộng", VU),
    F("gần 77 triệu đồng", "77", 77000000, "money", "đồng", "tiền thu về từ lạc", VU, approx="nearly"),
    F("được 1,5 tạ thóc", "1,5", 1.5, "measure", "tạ/sào", "năng suất lúa trên chân ruộng thiếu nước"),
    F("chuyển đổi 520 ha", "520", 520, "measure", "ha", "diện tích đất lúa kém hiệu quả chuyển đổi", NOW),
    F("trồng lạc 310 ha", "310", 310, "measure", "ha", "diện tích chuyển đổi sang trồng lạc", NOW, total=520),
    F("không thấp hơn 26.000 đồng/kg", "26.000", 26000, "money", "đồng/kg", "giá bao tiêu lạc", approx="at_least"),
    F("cho 85 lao động", "85", 85, "count", "lao động", "lao động nhà máy sơ chế lạc"),
    F("7,2 triệu đồng/người/tháng", "7,2", 7200000, "money", "đồng/người/tháng", "thu nhập bình quân lao động"),
    F("khoảng 4.300 ha", "4.300", 4300, "measure", "ha", "diện tích lạc", approx="about", location="Quảng Bình"),
    F("khoảng 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích đất lúa chuyển đổi sang cây trồng cạn", T30,
      approx="about", status="target", location="Quảng Bình"),
    F("lạc khoảng 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích chuyển đổi sang trồng lạc", T30,
      approx="about", status="target", total=3000, location="Quảng Bình"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Chủ nhật, 12/5/2024, 06:30 (GMT+7)'; Lệ Thủy (Quảng Bình) farmers switch rice land to peanut.",
    "Not figures: 06:30, 'Từ năm 2022' (start of a practice), variety name L14, Quốc lộ 1A, names, byline.",
    "Headline 'lãi gấp ba' is a multiple standing as the claim (number word 'ba'). '58 tuổi' (interviewee's age) and",
    "'mỗi năm hai vụ' (crop calendar) are optional. 'Vụ đông xuân 2023-2024' is read as a range of years, like 'giai đoạn 2021-2025'.",
    "'mỗi sào chỉ được 1,5 tạ thóc' is a yield per sào: unit tạ/sào. 'từ đầu năm 2024 đến nay' ends at the dateline.",
    "Farm and district figures: Lệ Thủy (xã Phong Thủy lies in it); province figures and the headline: Quảng Bình.",
]

write("p1073-6", TEXT, NOTES, FIGS, published="2024-05-12", location="Lệ Thủy")
