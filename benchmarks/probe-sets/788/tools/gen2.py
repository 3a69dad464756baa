"""p788-2: huyện Gò Công Đông (Tiền Giang) district portal, swiftlet houses in residential areas, 2023."""
from lib import F, asof, build, change, inherit, period, year

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GÒ CÔNG ĐÔNG
Tin tức > Kinh tế - Nông nghiệp
Thứ Năm, 16/11/2023 - 14:10

Siết chặt quản lý nhà yến trong khu dân cư

Ngày 14/11, UBND huyện tổ chức hội nghị triển khai Luật Chăn nuôi và Nghị định số 13/2020/NĐ-CP về quản lý nuôi chim yến. Theo Phòng Nông nghiệp và PTNT huyện, tính đến cuối tháng 10/2023, toàn huyện Gò Công Đông có 356 nhà yến, trong đó 289 nhà đã có chim vào làm tổ, chiếm 81,2%. Nhà yến phân bố tại 11/13 xã, thị trấn, chủ yếu dọc Quốc lộ 50 và đường tỉnh 871, nhiều nhất là xã Tân Thành (74 nhà), xã Kiểng Phước (58 nhà) và thị trấn Vàm Láng (41 nhà).

Năm 2023, sản lượng tổ yến toàn huyện ước đạt khoảng 4.200 kg. Giá tổ yến thô bình quân 16,5 triệu đồng/kg, thấp hơn 2 triệu đồng/kg so với năm 2022. Mỗi nhà yến hoạt động ổn định cho thu nhập từ 150 đến 300 triệu đồng/năm.

Tuy nhiên, qua kiểm tra, huyện phát hiện 37 nhà yến trong khu dân cư phát loa dẫn dụ chim với cường độ âm thanh vượt 70 dBA, gây ảnh hưởng đến người dân. Từ đầu năm đến nay, huyện đã xử phạt vi phạm hành chính 12 trường hợp với tổng số tiền gần 95 triệu đồng.

Theo lộ trình, trước ngày 01/01/2025, các nhà yến trong khu dân cư phải di dời hoặc ngừng hoạt động. Năm 2024, huyện phấn đấu 100% nhà yến thực hiện kê khai hoạt động chăn nuôi, hỗ trợ di dời 20 nhà yến ra khỏi khu dân cư.

Phòng Văn hóa và Thông tin huyện
Địa chỉ: Khu phố 3, thị trấn Tân Hòa, huyện Gò Công Đông, tỉnh Tiền Giang - ĐT: 0273.3846.112
"""

ASOF = asof("tính đến cuối tháng 10/2023", "2023-10-31")
Y23 = year(2023, "Năm 2023")
Y24 = year(2024, "Năm 2024")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-16")

FIGS = [
    F("có 356 nhà yến", "356", 356, "count", "nhà yến", "nhà yến", ASOF),
    F("289 nhà đã có chim", "289", 289, "count", "nhà", "nhà yến đã có chim vào làm tổ", ASOF,
      total=356, percent=81.2),
    F("tại 11/13 xã", "11", 11, "count", "xã, thị trấn", "xã, thị trấn có nhà yến", inherit(ASOF), total=13),
    F("Tân Thành (74 nhà)", "74", 74, "count", "nhà", "nhà yến", inherit(ASOF)),
    F("Kiểng Phước (58 nhà)", "58", 58, "count", "nhà", "nhà yến", inherit(ASOF)),
    F("Vàm Láng (41 nhà)", "41", 41, "count", "nhà", "nhà yến", inherit(ASOF)),
    F("khoảng 4.200 kg", "4.200", 4200, "measure", "kg", "sản lượng tổ yến", Y23,
      approx="about", status="estimate"),
    F("bình quân 16,5 triệu", "16,5", 16.5e6, "money", "đồng/kg", "giá tổ yến thô bình quân", inherit(Y23),
      change=change("decrease", 2e6, "đồng/kg", "năm 2022")),
    F("từ 150 đến 300", "150", 150e6, "money", "đồng/năm", "thu nhập mỗi nhà yến hoạt động ổn định",
      inherit(Y23), value_max=300e6),
    F("phát hiện 37 nhà yến", "37", 37, "count", "nhà yến",
      "nhà yến trong khu dân cư phát loa dẫn dụ chim vượt cường độ âm thanh"),
    F("vượt 70 dBA", "70", 70, "measure", "dBA", "cường độ âm thanh loa dẫn dụ chim", approx="over",
      optional=True),
    F("hành chính 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", YTD),
    F("gần 95 triệu đồng", "95", 95e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", YTD,
      approx="nearly"),
    F("phấn đấu 100% nhà yến", "100", 100, "percent", "%", "nhà yến thực hiện kê khai hoạt động chăn nuôi", Y24,
      status="target"),
    F("di dời 20 nhà yến", "20", 20, "count", "nhà yến", "nhà yến được hỗ trợ di dời ra khỏi khu dân cư", Y24,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gò Công Đông (Tiền Giang): quản lý nhà yến trong khu dân cư; dateline 'Thứ Năm, 16/11/2023 - 14:10'.",
    "Not figures: 'Ngày 14/11', 'Nghị định số 13/2020/NĐ-CP', 'trước ngày 01/01/2025', 'Quốc lộ 50', 'đường tỉnh 871', 'Khu phố 3', the phone number, times.",
    "Commune items (xã Tân Thành, Kiểng Phước, thị trấn Vàm Láng) keep the district as location: FIGURES.md names province, city",
    "or district as the place of a figure; the communes lie in Gò Công Đông. '11/13 xã, thị trấn' takes 13 as total.",
    "'vượt 70 dBA' is the regulatory noise threshold (optional). 'thấp hơn 2 triệu đồng/kg' is the price's change (×10^6).",
    "The per-house income range and the price stand after the 'Năm 2023' sentence: period inherited (not scored).",
    "'Từ đầu năm đến nay' runs to the dateline (2023-11-16).",
]

if __name__ == "__main__":
    build("p788-2", TEXT, FIGS, COMMENTS, published="2023-11-16", location="Gò Công Đông")
