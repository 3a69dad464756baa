"""p846-8: provincial newspaper online (Báo Tây Ninh), củ mỡ (khoai mỡ) in huyện Tân Châu, 2023."""
from lib import F, change, inherit, write, year

TEXT = """Báo Tây Ninh Online › Kinh tế › Nông nghiệp
Tân Châu: Thu gần 42 tỷ đồng từ củ mỡ
Cập nhật ngày: 14/11/2023 - 15:42

(BTNO) - Năm 2023, nông dân huyện Tân Châu trồng 356 ha củ mỡ (khoai mỡ), tăng 48 ha so với năm trước, tập trung ở các xã Suối Ngô, Tân Hòa, Tân Hưng dọc đường ĐT 785.

Vụ này năng suất bình quân đạt 28 tấn/ha, sản lượng ước gần 10.000 tấn. Giá củ mỡ tươi thương lái thu mua tại ruộng hiện ở mức 4.200 đồng/kg, tăng 1.200 đồng/kg so với cùng kỳ năm 2022. Trừ chi phí, nông dân lãi khoảng 70-80 triệu đồng/ha. Tổng doanh thu từ củ mỡ toàn huyện năm 2023 ước đạt gần 42 tỷ đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 1.100 ha củ mỡ, riêng Tân Châu chiếm 32%.

Ông Trần Văn Chín, ngụ ấp 3, xã Suối Ngô, trồng 2,5 ha củ mỡ, vụ này thu được 75 tấn, lãi hơn 190 triệu đồng. Theo ông Chín, củ mỡ ít sâu bệnh, công chăm sóc không nhiều, chỉ cần làm giàn và tưới đủ nước trong mùa khô.

Ngoài bán củ tươi, huyện có 2 cơ sở sơ chế, làm bột củ mỡ với công suất 5 tấn củ/ngày; sản phẩm đã xuất sang Hàn Quốc và Đài Loan (Trung Quốc). Nhiều hộ còn liên kết với Công ty TNHH Nông sản Tây Ninh 1 để được bao tiêu đầu ra.

Dự kiến năm 2024, diện tích củ mỡ của huyện đạt khoảng 400 ha. Huyện sẽ tiếp tục hướng dẫn nông dân sản xuất theo hướng an toàn, xây dựng nhãn hiệu tập thể cho sản phẩm.

THANH TÂM
"""

Y23 = year("Năm 2023", 2023)
Y23i = inherit(Y23)
Y23b = year("năm 2023", 2023)
Y24 = year("năm 2024", 2024)

FIGS = [
    F("Thu gần 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh thu từ củ mỡ", approx="nearly"),
    F("trồng 356 ha", "356", 356, "measure", "ha", "diện tích củ mỡ",
      change=change("increase", 48, "ha", "năm trước"), period=Y23),
    F("đạt 28 tấn/ha", "28", 28, "measure", "tấn/ha", "năng suất bình quân củ mỡ", period=Y23i),
    F("ước gần 10.000 tấn", "10.000", 10000, "measure", "tấn", "sản lượng củ mỡ",
      approx="nearly", status="estimate", period=Y23i),
    F("mức 4.200 đồng/kg", "4.200", 4200, "money", "đồng/kg", "giá củ mỡ tươi thu mua tại ruộng",
      change=change("increase", 1200, "đồng/kg", "cùng kỳ năm 2022")),
    F("khoảng 70-80 triệu đồng/ha", "70", 70e6, "money", "đồng/ha", "lãi trồng củ mỡ",
      approx="about", value_max=80e6, period=Y23i),
    F("ước đạt gần 42 tỷ đồng", "42", 42e9, "money", "đồng", "tổng doanh thu từ củ mỡ",
      approx="nearly", status="estimate", period=Y23b),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích củ mỡ", approx="about",
      location="Tây Ninh"),
    F("chiếm 32%", "32", 32, "percent", "%", "diện tích củ mỡ của Tân Châu trong toàn tỉnh"),
    F("trồng 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích củ mỡ của ông Trần Văn Chín"),
    F("thu được 75 tấn", "75", 75, "measure", "tấn", "sản lượng củ mỡ của ông Chín"),
    F("lãi hơn 190 triệu đồng", "190", 190e6, "money", "đồng", "lãi của ông Chín", approx="over"),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở sơ chế, làm bột củ mỡ"),
    F("công suất 5 tấn củ/ngày", "5", 5, "measure", "tấn/ngày", "công suất cơ sở làm bột củ mỡ"),
    F("khoảng 400 ha", "400", 400, "measure", "ha", "diện tích củ mỡ", approx="about",
      status="forecast", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh, tag '(BTNO) -'): củ mỡ in huyện Tân Châu, 2023; year-less headline with a figure.",
    "Location: the district Tân Châu; the province-wide 1.100 ha is Tây Ninh; export destinations are not places.",
    "Distractors: 'Cập nhật ngày: 14/11/2023 - 15:42', đường ĐT 785, ấp 3, name Trần Văn Chín, Công ty ... Tây Ninh 1.",
    "'Vụ này' carries no date: 28 tấn/ha and 10.000 tấn take năm 2023 from the sentence before (inherited).",
    "'riêng Tân Châu chiếm 32%' is a share of the province area: a percent figure (not the percent of 1.100 ha, which is the whole).",
    "Headline 42 tỷ and body 42 tỷ are two mentions: both recorded; the headline has no period and no estimate cue.",
    "revised after the first run: '5 tấn củ/ngày' unit 'tấn/ngày' (the material goes to the subject, as for '10.000 tấn' elsewhere).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2023-11-14", location="Tân Châu")
