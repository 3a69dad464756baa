"""p946-2: huyện Chợ Lách (Bến Tre) district portal, off-season rambutan 2023."""
from lib import F, P, Y, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ LÁCH - TỈNH BẾN TRE
Trang chủ | Kinh tế | Nông nghiệp
Chợ Lách: Nông dân trúng mùa chôm chôm nghịch vụ
Thứ Hai, 17/07/2023 - 10:20

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có 2.860 ha chôm chôm, tập trung ở các xã Long Thới, Hòa Nghĩa, Sơn Định và Vĩnh Thành. Trong đó, chôm chôm Thái chiếm khoảng 70% diện tích, còn lại là chôm chôm nhãn và chôm chôm đường.

Vụ nghịch năm 2023, nông dân xử lý ra hoa được 1.120 ha, tăng 230 ha so với vụ trước. Năng suất bình quân khoảng 14 tấn/ha, sản lượng ước đạt gần 16.000 tấn. Đầu vụ, thương lái thu mua chôm chôm Thái tại vườn với giá 32.000-35.000 đồng/kg.

Ông Lê Văn Sáu, ngụ ấp Phú Hiệp, xã Long Thới, có 1,2 ha chôm chôm Thái cho biết, vụ này gia đình thu hoạch khoảng 18 tấn trái, sau khi trừ chi phí còn lãi hơn 300 triệu đồng. Chi phí xử lý ra hoa nghịch vụ khoảng 60 triệu đồng/ha, cao hơn khoảng 40% so với chăm sóc chính vụ.

Hiện huyện có 5 hợp tác xã và 14 tổ hợp tác sản xuất chôm chôm với 620 thành viên; 210 ha chôm chôm được cấp 9 mã số vùng trồng xuất khẩu sang Trung Quốc, Hàn Quốc. Tuy nhiên, do ảnh hưởng hạn mặn đầu năm, 85 ha chôm chôm ở xã Vĩnh Thành bị thiệt hại trên 30%, được hỗ trợ 2 triệu đồng/ha theo Nghị định số 02/2017/NĐ-CP.

Năm 2023, huyện phấn đấu nâng diện tích chôm chôm ứng dụng công nghệ cao lên 500 ha, đồng thời hỗ trợ nông dân 1.200 cuộn màng phủ nông nghiệp từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Dọc Quốc lộ 57, nhiều nhà vườn đã mở điểm tham quan, bán chôm chôm tại vườn, mỗi ngày đón 150-200 lượt khách.

Minh Thư (Phòng NN&PTNT huyện)
Lượt xem: 418
"""

Y23 = Y(2023)
Y23B = Y(2023, "Năm 2023")

FIGS = [
    F("có 2.860 ha", "2.860", "measure", "ha", "diện tích chôm chôm"),
    F("khoảng 70%", "70", "percent", "%", "chôm chôm Thái trong diện tích chôm chôm", approx="about"),
    F("được 1.120 ha", "1.120", "measure", "ha", "diện tích chôm chôm xử lý ra hoa nghịch vụ",
      change=C("increase", 230, "ha", baseline="vụ trước"), period=Y23),
    F("khoảng 14 tấn/ha", "14", "measure", "tấn/ha", "năng suất bình quân chôm chôm nghịch vụ",
      approx="about", period=I(Y23)),
    F("gần 16.000 tấn", "16.000", "measure", "tấn", "sản lượng chôm chôm nghịch vụ",
      approx="nearly", status="estimate", period=I(Y23)),
    F("giá 32.000-35.000 đồng/kg", "32.000", "money", "đồng/kg", "giá thu mua chôm chôm Thái tại vườn đầu vụ",
      value_max=35000, period=I(Y23)),
    F("có 1,2 ha chôm chôm", "1,2", "measure", "ha", "diện tích chôm chôm Thái của hộ ông Lê Văn Sáu"),
    F("khoảng 18 tấn trái", "18", "measure", "tấn", "sản lượng chôm chôm hộ ông Lê Văn Sáu thu hoạch",
      approx="about", period=I(Y23)),
    F("hơn 300 triệu đồng", "300", "money", "đồng", "lãi của hộ ông Lê Văn Sáu sau khi trừ chi phí",
      approx="over", period=I(Y23)),
    F("khoảng 60 triệu đồng/ha", "60", "money", "đồng/ha", "chi phí xử lý ra hoa nghịch vụ",
      approx="about", change=C("increase", 40, baseline="chăm sóc chính vụ", approx="about")),
    F("có 5 hợp tác xã", "5", "count", "hợp tác xã", "hợp tác xã sản xuất chôm chôm"),
    F("14 tổ hợp tác", "14", "count", "tổ hợp tác", "tổ hợp tác sản xuất chôm chôm"),
    F("620 thành viên", "620", "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác sản xuất chôm chôm"),
    F("210 ha chôm chôm", "210", "measure", "ha", "diện tích chôm chôm được cấp mã số vùng trồng"),
    F("9 mã số vùng trồng", "9", "count", "mã số vùng trồng", "mã số vùng trồng xuất khẩu"),
    F("85 ha chôm chôm", "85", "measure", "ha", "diện tích chôm chôm bị thiệt hại do hạn mặn"),
    F("thiệt hại trên 30%", "30", "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("hỗ trợ 2 triệu đồng/ha", "2", "money", "đồng/ha", "mức hỗ trợ chôm chôm bị thiệt hại do hạn mặn"),
    F("lên 500 ha", "500", "measure", "ha", "diện tích chôm chôm ứng dụng công nghệ cao",
      status="target", period=Y23B),
    F("1.200 cuộn", "1.200", "count", "cuộn", "màng phủ nông nghiệp hỗ trợ nông dân",
      status="target", period=Y23B),
    F("đón 150-200 lượt khách", "150", "measure", "lượt khách/ngày", "lượt khách tham quan nhà vườn mỗi ngày",
      value_max=200),
]

NOTES = [
    "District portal of Chợ Lách (Bến Tre): off-season (nghịch vụ) rambutan 2023; figures are located in the district (communes lie in it).",
    "'Hiện'/'hiện có' give no period; 'vụ này', 'Đầu vụ' continue the 2023 off-season (inherited). 'thiệt hại trên 30%' is a damage class (optional).",
    "'mỗi ngày đón 150-200 lượt khách' is a rate: measure, unit lượt khách/ngày.",
    "Distractors: Thứ Hai, 17/07/2023 - 10:20; Lê Văn Sáu; Nghị định số 02/2017/NĐ-CP; Quốc lộ 57; Lượt xem: 418.",
]

write("p946-2", TEXT, FIGS, NOTES, published="2023-07-17", location="Chợ Lách")
