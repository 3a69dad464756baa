"""p943-5: Party/provincial newspaper (Báo Nghệ An style), măng khô of Quế Phong, 2023; byline + bare date at the end."""
from lib import F, P, I, C, T, emit

TEXT = """Quế Phong: Măng rừng thành "lộc" của đồng bào vùng cao

Tháng 5, tháng 6 hằng năm là mùa măng nứa, măng mét ở các xã Tri Lễ, Nậm Giải, Hạnh Dịch, Thông Thụ của huyện Quế Phong. Từ 5 giờ sáng, người dân đã vào rừng lấy măng, đến trưa mới gùi về bản.

Theo Phòng Nông nghiệp và PTNT huyện, Quế Phong có hơn 6.200 ha rừng tre, nứa, mét cho măng, trong đó khoảng 1.300 ha là rừng trồng. Năm 2022, toàn huyện thu mua khoảng 410 tấn măng khô, thu về gần 92 tỷ đồng, tăng 14% so với năm 2021.

Mỗi ngày, một lao động lấy được 50-70 kg măng tươi, bán tại chỗ với giá 5.000-7.000 đồng/kg. Mỗi cân măng khô phải mất 12-13 kg măng tươi, nên nhiều hộ chọn phơi khô để bán giá cao hơn. Hiện măng khô loại 1 được thương lái thu mua 250.000-280.000 đồng/kg, loại 2 từ 180.000-200.000 đồng/kg.

Xã Tri Lễ có 620 hộ làm măng, chiếm 58% số hộ toàn xã; nhiều hộ có thu nhập từ măng trên 30 triệu đồng mỗi vụ. Anh Lô Văn Bảy ở bản Piềng Cu cho biết, vụ măng năm nay gia đình anh đã bán được hơn 3 tạ măng khô cho thương lái từ Quốc lộ 48 vào tận bản.

Toàn tỉnh Nghệ An hiện có khoảng 48.000 ha tre, luồng, mét, nứa; các huyện Quế Phong, Quỳ Châu, Tương Dương, Con Cuông chiếm gần 70% diện tích.

Huyện Quế Phong đặt mục tiêu đến năm 2025 trồng mới 500 ha mét, luồng lấy măng và có 2 sản phẩm măng khô đạt OCOP, gắn với Nghị quyết số 39-NQ/TW về phát triển vùng Bắc Trung Bộ.

Hữu Vi
14/06/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích rừng tre, nứa, mét cho măng", approx="over"),
    F("khoảng 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích rừng trồng", approx="about", total=6200),
    F("khoảng 410 tấn", "410", 410, "measure", "tấn", "măng khô thu mua", Y22, approx="about"),
    F("gần 92 tỷ đồng", "92", 92e9, "money", "đồng", "tiền thu về từ măng khô", Y22, approx="nearly",
      change=C("increase", 14, baseline="năm 2021")),
    F("50-70 kg", "50", 50, "measure", "kg/ngày", "măng tươi một lao động lấy được mỗi ngày", value_max=70),
    F("5.000-7.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá măng tươi bán tại chỗ", value_max=7000),
    F("12-13 kg", "12", 12, "measure", "kg", "măng tươi cho mỗi cân măng khô", value_max=13),
    F("250.000-280.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá măng khô loại 1", value_max=280000),
    F("từ 180.000-200.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá măng khô loại 2",
      value_max=200000),
    F("có 620 hộ", "620", 620, "count", "hộ", "hộ làm măng xã Tri Lễ", percent=58),
    F("trên 30 triệu đồng", "30", 30e6, "money", "đồng/vụ", "thu nhập từ măng của nhiều hộ", approx="over"),
    F("hơn 3 tạ", "3", 3, "measure", "tạ", "măng khô gia đình anh Lô Văn Bảy đã bán", approx="over"),
    F("khoảng 48.000 ha", "48.000", 48000, "measure", "ha", "diện tích tre, luồng, mét, nứa", approx="about",
      location="Nghệ An"),
    F("gần 70%", "70", 70, "percent", "%",
      "tỷ trọng diện tích tre, luồng của các huyện Quế Phong, Quỳ Châu, Tương Dương, Con Cuông",
      approx="nearly", location="Nghệ An"),
    F("trồng mới 500 ha", "500", 500, "measure", "ha", "diện tích mét, luồng lấy măng trồng mới", T25,
      status="target"),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm măng khô đạt OCOP", T25, status="target"),
]

NOTES = [
    "Provincial Party newspaper style (Báo Nghệ An), invented; byline 'Hữu Vi' and bare date '14/06/2023' at the end.",
    "Not figures: '5 giờ sáng' (time), 'loại 1'/'loại 2' (grades), the name Lô Văn Bảy, Quốc lộ 48, Nghị quyết số 39-NQ/TW,",
    "'Tháng 5, tháng 6 hằng năm' (season). Location Quế Phong (district); the commune Tri Lễ lies in it; province-wide",
    "48.000 ha and the 70% share of four districts -> Nghệ An. 'vụ măng năm nay' / 'mỗi vụ' give no calendar period.",
    "'chiếm 58% số hộ toàn xã' after 620 hộ is its percent; 'gần 70%' is a share with its own subject: a percent figure.",
]

if __name__ == "__main__":
    emit("p943-5", TEXT, FIGS, NOTES, published="2023-06-14", location="Quế Phong")
