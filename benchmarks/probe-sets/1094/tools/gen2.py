"""p1094-2: district portal (Nga Sơn, Thanh Hóa), Q1/2024 mat output, sedge growers, labour, 2024 targets."""
from lib import F, write, period, year, inh, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGA SƠN
Trang chủ / Tin tức / Kinh tế - Xã hội
Thứ Hai, 15/04/2024 - 10:20

Quý I, các làng nghề chiếu cói xuất ra thị trường hơn 1,2 triệu lá chiếu

Quý I/2024, các cơ sở, hộ gia đình dệt chiếu trên địa bàn huyện Nga Sơn đã sản xuất khoảng 1,25 triệu lá chiếu các loại, tăng 8% so với cùng kỳ năm 2023; giá trị ước đạt 112 tỷ đồng. Chiếu cải (chiếu hoa) chiếm khoảng 65% sản lượng, còn lại là chiếu trơn và chiếu đậu.

Toàn huyện hiện có 1.430 hộ trồng cói với diện tích 520 ha, tập trung ở các xã Nga Tân (185 ha), Nga Thiện (120 ha), Nga Thủy (98 ha) và Nga Liên (65 ha). Dự kiến vụ cói chiêm đạt năng suất khoảng 11 tấn/ha. Hiện giá cói khô bán tại ruộng từ 12.000 - 14.000 đồng/kg, người trồng cói lãi khoảng 80 triệu đồng/ha/năm.

Nghề dệt chiếu thu hút khoảng 3.500 lao động, trong đó lao động nữ chiếm trên 80%, thu nhập bình quân 150.000 - 200.000 đồng/người/ngày. Mỗi máy dệt trung bình cho 8 - 10 lá chiếu/ngày. Năng suất dệt máy gấp 4 lần dệt tay.

Huyện hiện có 9 làng nghề chiếu cói được UBND tỉnh công nhận, 2 hợp tác xã và 36 cơ sở thu gom, tiêu thụ sản phẩm. Thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện, năm 2024 huyện phấn đấu sản xuất 5 triệu lá chiếu, giá trị đạt trên 450 tỷ đồng, xây dựng thêm 2 sản phẩm OCOP từ cói. Lễ hội Mai An Tiêm lần thứ 3 sẽ có gian trưng bày chiếu cói tại khu di tích ven Quốc lộ 10.

Mai Hoa (Trung tâm VH-TT&TT huyện)

Địa chỉ: Tiểu khu Ba Đình, thị trấn Nga Sơn, huyện Nga Sơn, tỉnh Thanh Hóa - ĐT: 0237.3872.026
"""

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
QH = period("Quý I", "2024-01-01", "2024-03-31")
Y24 = year(2024)

FIGS = [
    F("hơn 1,2 triệu lá chiếu", "1,2", 1.2e6, "count", "lá chiếu", "lá chiếu các làng nghề xuất ra thị trường", approx="over", period=QH),
    F("khoảng 1,25 triệu lá chiếu", "1,25", 1.25e6, "count", "lá chiếu", "lá chiếu các loại sản xuất", approx="about",
      change=change("increase", 8, "%", "cùng kỳ năm 2023"), period=Q1),
    F("ước đạt 112 tỷ đồng", "112", 112e9, "money", "đồng", "giá trị chiếu sản xuất", status="estimate", period=Q1),
    F("khoảng 65% sản lượng", "65", 65, "percent", "%", "chiếu cải (chiếu hoa) trong sản lượng chiếu", approx="about", period=inh(Q1)),
    F("có 1.430 hộ", "1.430", 1430, "count", "hộ", "hộ trồng cói"),
    F("diện tích 520 ha", "520", 520, "measure", "ha", "diện tích trồng cói"),
    F("Nga Tân (185 ha)", "185", 185, "measure", "ha", "diện tích trồng cói"),
    F("Nga Thiện (120 ha)", "120", 120, "measure", "ha", "diện tích trồng cói"),
    F("Nga Thủy (98 ha)", "98", 98, "measure", "ha", "diện tích trồng cói"),
    F("Nga Liên (65 ha)", "65", 65, "measure", "ha", "diện tích trồng cói"),
    F("khoảng 11 tấn/ha", "11", 11, "measure", "tấn/ha", "năng suất vụ cói chiêm", approx="about", status="forecast"),
    F("từ 12.000 - 14.000", "12.000", 12000, "money", "đồng/kg", "giá cói khô bán tại ruộng", value_max=14000),
    F("khoảng 80 triệu", "80", 80e6, "money", "đồng/ha/năm", "lãi của người trồng cói", approx="about"),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động nghề dệt chiếu", approx="about"),
    F("trên 80%", "80", 80, "percent", "%", "lao động nữ trong lao động nghề dệt chiếu", approx="over"),
    F("150.000 - 200.000", "150.000", 150000, "money", "đồng/người/ngày", "thu nhập bình quân lao động dệt chiếu", value_max=200000),
    F("8 - 10 lá chiếu/ngày", "8", 8, "measure", "lá chiếu/ngày", "năng suất mỗi máy dệt", value_max=10),
    F("gấp 4 lần", "4", 4, "multiple", "lần", "năng suất dệt máy so với dệt tay"),
    F("có 9 làng nghề", "9", 9, "count", "làng nghề", "làng nghề chiếu cói được UBND tỉnh công nhận"),
    F("2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã"),
    F("36 cơ sở", "36", 36, "count", "cơ sở", "cơ sở thu gom, tiêu thụ sản phẩm"),
    F("sản xuất 5 triệu lá chiếu", "5", 5e6, "count", "lá chiếu", "lá chiếu sản xuất", status="target", period=Y24),
    F("trên 450 tỷ đồng", "450", 450e9, "money", "đồng", "giá trị sản xuất chiếu", approx="over", status="target", period=Y24),
    F("thêm 2 sản phẩm OCOP", "2", 2, "count", "sản phẩm OCOP", "sản phẩm OCOP từ cói xây dựng thêm", status="target", period=Y24),
]

NOTES = [
    "Nga Sơn district portal (Thanh Hóa): Q1/2024 mats, sedge growers and area by commune, prices, labour, 2024 targets.",
    "Communes (Nga Tân ...) are not province/city/district: their figures keep the district Nga Sơn as location.",
    "The commune list (185+120+98+65=468) does not add up to 520 ha: no total. 'gấp 4 lần' stands alone: multiple.",
    "Distractors: Nghị quyết số 05-NQ/HU, lần thứ 3, Quốc lộ 10, Tiểu khu Ba Đình, phone, dateline.",
]

if __name__ == "__main__":
    write("p1094-2", TEXT, FIGS, published="2024-04-15", location="Nga Sơn", notes=NOTES)
