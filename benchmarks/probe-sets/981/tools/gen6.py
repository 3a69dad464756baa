"""p981-6: national newspaper (VnExpress style), Tu Mơ Rông (Kon Tum): home births, transport cost; national context."""
from lib import F, P, I, C, T, write

TEXT = """Sức khỏe › Tin tức
Thứ năm, 16/1/2025, 06:00 (GMT+7)

Nơi sản phụ vượt hơn 40 km đèo dốc để sinh con

Kon Tum - Gần 30% sản phụ ở huyện vùng cao Tu Mơ Rông vẫn sinh con tại nhà vì đường xa, chi phí đi lại đắt đỏ và tập quán "đẻ ngoài rẫy".

Năm 2024, Tu Mơ Rông có 742 trẻ được sinh ra, trong đó 523 ca sinh tại cơ sở y tế, chiếm 70,5%; số ca sinh tại nhà là 219, tăng 11 ca so với năm 2023, theo Trung tâm Y tế huyện.

Từ xã Măng Ri hay Ngọk Lây, sản phụ phải đi hơn 40 km theo Quốc lộ 40B và đường liên xã mới tới Trung tâm Y tế huyện. "Thuê xe chở sản phụ mất khoảng 500.000-700.000 đồng/chuyến, bằng nửa tháng thu nhập của nhiều hộ", bác sĩ Nguyễn Văn Hai, Giám đốc Trung tâm Y tế huyện, nói.

Toàn tỉnh Kon Tum hiện có 168 cô đỡ thôn bản, trong đó Tu Mơ Rông có 24 người, bình quân mỗi cô đỡ phụ trách 2-3 thôn. Năm 2024, các cô đỡ trong huyện đã hỗ trợ 97 ca đẻ thường tại nhà và phát hiện, chuyển tuyến 18 thai phụ có dấu hiệu nguy hiểm.

Theo Bộ Y tế, tỷ số tử vong mẹ ở vùng dân tộc thiểu số và miền núi cao gấp khoảng 3 lần so với vùng đồng bằng. Chỉ khoảng 67% phụ nữ dân tộc thiểu số được khám thai từ 4 lần trở lên trong thai kỳ, thấp hơn nhiều so với mức bình quân cả nước.

Tỉnh Kon Tum đặt mục tiêu đến năm 2025 giảm tỷ lệ sinh tại nhà ở các huyện vùng sâu xuống dưới 20%, đồng thời hỗ trợ 200.000 đồng/ca cho sản phụ người dân tộc thiểu số đến sinh tại cơ sở y tế.

Thanh Hà
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("vượt hơn 40 km", "40", 40, "measure", "km", "quãng đường sản phụ vượt để sinh con", approx="over",
      location="Tu Mơ Rông"),
    F("Gần 30% sản phụ", "30", 30, "percent", "%", "sản phụ sinh con tại nhà", approx="nearly", location="Tu Mơ Rông"),
    F("có 742 trẻ", "742", 742, "count", "trẻ", "trẻ được sinh ra", Y24, location="Tu Mơ Rông"),
    F("523 ca sinh", "523", 523, "count", "ca", "ca sinh tại cơ sở y tế", Y24, total=742, percent=70.5,
      location="Tu Mơ Rông"),
    F("là 219, tăng", "219", 219, "count", "ca", "ca sinh tại nhà", Y24, total=742,
      change=C("increase", 11, "ca", "năm 2023"), location="Tu Mơ Rông"),
    F("đi hơn 40 km theo", "40", 40, "measure", "km", "quãng đường từ xã Măng Ri, Ngọk Lây tới Trung tâm Y tế huyện",
      approx="over", location="Tu Mơ Rông"),
    F("khoảng 500.000-700.000 đồng/chuyến", "500.000", 500000, "money", "đồng/chuyến", "chi phí thuê xe chở sản phụ",
      value_max=700000, approx="about", location="Tu Mơ Rông"),
    F("có 168 cô đỡ", "168", 168, "count", "cô đỡ thôn bản", "cô đỡ thôn bản"),
    F("có 24 người", "24", 24, "count", "người", "cô đỡ thôn bản", total=168, location="Tu Mơ Rông"),
    F("phụ trách 2-3 thôn", "2", 2, "count", "thôn/cô đỡ", "số thôn mỗi cô đỡ phụ trách", value_max=3, location="Tu Mơ Rông"),
    F("hỗ trợ 97 ca", "97", 97, "count", "ca", "ca đẻ thường tại nhà được cô đỡ hỗ trợ", Y24, location="Tu Mơ Rông"),
    F("chuyển tuyến 18 thai phụ", "18", 18, "count", "thai phụ", "thai phụ có dấu hiệu nguy hiểm được phát hiện, chuyển tuyến",
      Y24, location="Tu Mơ Rông"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần",
      "tỷ số tử vong mẹ ở vùng dân tộc thiểu số và miền núi so với vùng đồng bằng", approx="about", location="Việt Nam"),
    F("khoảng 67% phụ nữ", "67", 67, "percent", "%", "phụ nữ dân tộc thiểu số được khám thai từ 4 lần trở lên", approx="about",
      location="Việt Nam"),
    F("từ 4 lần trở lên trong", "4", 4, "count", "lần", "số lần khám thai", approx="at_least", optional=True,
      location="Việt Nam"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ sinh tại nhà ở các huyện vùng sâu", TO25, approx="under",
      status="target"),
    F("hỗ trợ 200.000 đồng/ca", "200.000", 200000, "money", "đồng/ca",
      "hỗ trợ sản phụ người dân tộc thiểu số đến sinh tại cơ sở y tế", TO25, status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ năm, 16/1/2025, 06:00 (GMT+7)'): Tu Mơ Rông district (Kon Tum); national",
    "comparisons from Bộ Y tế are 'Việt Nam'. Default location Kon Tum (province figures: 168 cô đỡ, 2025 targets); district",
    "figures Tu Mơ Rông, also the headline '40 km' (the 'Nơi' of the headline is the district the article is about).",
    "'bằng nửa tháng thu nhập' is no number. '24 người' after 'trong đó' -> total 168; '219' after '; ' continues the",
    "'trong đó' parts of 742 births -> total 742. '2-3 thôn' per midwife is a range (Tu Mơ Rông's midwives).",
    "'gấp khoảng 3 lần' stands alone as the claim (multiple). 'hỗ trợ 200.000 đồng/ca' continues the target clause.",
    "Distractors: Quốc lộ 40B, 'bác sĩ Nguyễn Văn Hai', dateline with weekday and time.",
]

if __name__ == "__main__":
    write("p981-6", TEXT, FIGS, NOTES, published="2025-01-16", location="Kon Tum")
