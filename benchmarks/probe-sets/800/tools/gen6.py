"""p800-6: national newspaper, chili drying plant in Tiền Giang, contract farming, provincial and national figures."""
from lib import F, P, I, C, write_set

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 12/3/2025, 07:30 (GMT+7)

Nhà máy sấy ớt 230 tỷ đồng đi vào hoạt động ở Tiền Giang

Nhà máy chế biến ớt sấy và ớt bột của Công ty CP Nông sản Mekong Xanh tại cụm công nghiệp Long Bình Điền, tỉnh Tiền Giang vừa vận hành, với tổng vốn đầu tư 230 tỷ đồng.

Nhà máy rộng 3,2 ha, có 4 dây chuyền sấy lạnh nhập khẩu từ Nhật Bản, công suất 60 tấn ớt tươi mỗi ngày, tương đương khoảng 18.000 tấn ớt tươi mỗi năm. Ông Trần Minh Khoa, Tổng giám đốc công ty, cho biết cần khoảng 10 kg ớt tươi mới cho ra 1 kg ớt khô, nên giá bán ớt khô xuất khẩu phải đạt 4.200 - 4.500 USD/tấn doanh nghiệp mới có lãi.

Để chủ động nguyên liệu, doanh nghiệp đã ký hợp đồng bao tiêu với 1.450 hộ dân tại các huyện Chợ Gạo, Gò Công Tây và Tân Phước, tổng diện tích 680 ha. Giá thu mua được chốt tối thiểu 18.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với giá thương lái mua. Công ty còn ứng trước 30% chi phí vật tư cho nông dân, trả chậm không tính lãi.

Theo Sở Nông nghiệp và Môi trường Tiền Giang, năm 2024 diện tích ớt toàn tỉnh đạt 2.910 ha, sản lượng gần 52.000 tấn; riêng huyện Chợ Gạo chiếm hơn 40% diện tích. Trước đây, khoảng 70% sản lượng ớt của tỉnh được bán tươi sang Trung Quốc qua đường tiểu ngạch, giá bấp bênh.

Cả nước hiện có khoảng 30 cơ sở sấy ớt quy mô công nghiệp, nhưng phần lớn có công suất dưới 10 tấn/ngày. Theo Hiệp hội Rau quả Việt Nam, năm 2024 xuất khẩu ớt các loại đạt 162 triệu USD, tăng 26% so với năm trước, trong đó ớt khô, ớt bột chiếm khoảng 35%.

Doanh nghiệp dự kiến xuất lô hàng đầu tiên 120 tấn ớt sấy sang Hàn Quốc vào tháng 4/2025.

Minh Tâm
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
APR = P("tháng 4/2025", "2025-04-01", "2025-04-30")

FIGS = [
    F("Nhà máy sấy ớt 230 tỷ đồng", "230", 230_000_000_000, "money", "đồng", "vốn đầu tư nhà máy sấy ớt"),
    F("tổng vốn đầu tư 230 tỷ đồng", "230", 230_000_000_000, "money", "đồng", "tổng vốn đầu tư nhà máy chế biến ớt sấy và ớt bột"),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích nhà máy"),
    F("có 4 dây chuyền", "4", 4, "count", "dây chuyền", "dây chuyền sấy lạnh"),
    F("công suất 60 tấn", "60", 60, "measure", "tấn/ngày", "công suất nhà máy sấy ớt"),
    F("khoảng 18.000 tấn", "18.000", 18000, "measure", "tấn/năm", "ớt tươi nhà máy chế biến mỗi năm", approx="about"),
    F("khoảng 10 kg ớt tươi", "10", 10, "measure", "kg", "ớt tươi cần để cho ra 1 kg ớt khô", approx="about"),
    F("đạt 4.200 - 4.500 USD/tấn", "4.200", 4200, "money", "USD/tấn", "giá bán ớt khô xuất khẩu để có lãi",
      value_max=4500, optional=True),
    F("với 1.450 hộ", "1.450", 1450, "count", "hộ", "hộ dân ký hợp đồng bao tiêu ớt"),
    F("tổng diện tích 680 ha", "680", 680, "measure", "ha", "diện tích ớt ký hợp đồng bao tiêu"),
    F("tối thiểu 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá thu mua ớt theo hợp đồng",
      approx="at_least", change=C("increase", 3000, "đồng/kg", "giá thương lái mua", "about")),
    F("ứng trước 30%", "30", 30, "percent", "%", "chi phí vật tư công ty ứng trước cho nông dân"),
    F("đạt 2.910 ha", "2.910", 2910, "measure", "ha", "diện tích ớt", Y24),
    F("gần 52.000 tấn", "52.000", 52000, "measure", "tấn", "sản lượng ớt", Y24, approx="nearly"),
    F("chiếm hơn 40%", "40", 40, "percent", "%", "tỷ trọng diện tích ớt", Y24, approx="over", location="Chợ Gạo"),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "sản lượng ớt bán tươi sang Trung Quốc", approx="about"),
    F("khoảng 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở sấy ớt quy mô công nghiệp", approx="about",
      location="Việt Nam"),
    F("dưới 10 tấn/ngày", "10", 10, "measure", "tấn/ngày", "công suất cơ sở sấy ớt", approx="under",
      location="Việt Nam", optional=True),
    F("đạt 162 triệu USD", "162", 162_000_000, "money", "USD", "kim ngạch xuất khẩu ớt các loại", Y24,
      change=C("increase", 26, "%", "năm trước"), location="Việt Nam"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "tỷ trọng ớt khô, ớt bột trong xuất khẩu ớt", Y24,
      approx="about", location="Việt Nam"),
    F("đầu tiên 120 tấn", "120", 120, "measure", "tấn", "ớt sấy xuất khẩu lô hàng đầu tiên", APR, status="forecast"),
]

NOTES = [
    "National newspaper (Thứ tư, 12/3/2025, 07:30 (GMT+7)): chili drying plant in Tiền Giang, contract farming, exports.",
    "Distractors: 07:30 (GMT+7), 'Nhật Bản', 'tháng 4/2025' as a date of the shipment, byline Minh Tâm; '1 kg ớt khô' is a rate's denominator.",
    "Headline and body both state 230 tỷ đồng: two figures. '60 tấn ớt tươi mỗi ngày' unit tấn/ngày; '18.000 tấn ... mỗi năm' tấn/năm.",
    "'phải đạt 4.200 - 4.500 USD/tấn ... mới có lãi' is a break-even condition, not a fact: optional.",
    "'dưới 10 tấn/ngày' describes the size class of most plants: optional. National figures (Cả nước, Hiệp hội) = Việt Nam.",
    "'tăng 26% so với năm trước, trong đó ... chiếm khoảng 35%': the 35% is a share (percent figure), not a part; no total.",
    "The 1.450 households in three districts: location Tiền Giang (several districts).",
]

if __name__ == "__main__":
    write_set(6, TEXT, FIGS, NOTES, published="2025-03-12", location="Tiền Giang")
