"""p837-4: ministry site (Bộ NN&PTNT), national maize and soybean 2024, imports, targets."""
from lib import F, P, Y, C, T, write

text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức - Sự kiện / Trồng trọt
Ngày đăng: 08/01/2025 | Lượt xem: 1.204

Sản xuất ngô, đậu tương năm 2024: diện tích tiếp tục giảm, nhập khẩu tăng cao

Tại hội nghị tổng kết ngành trồng trọt lần thứ 3 tổ chức ở Hà Nội, Cục Trồng trọt cho biết năm 2024 diện tích ngô cả nước ước đạt 862,5 nghìn ha, giảm 2,1% so với năm 2023; năng suất 50,4 tạ/ha, sản lượng 4,35 triệu tấn. Diện tích đậu tương chỉ còn khoảng 27,6 nghìn ha, sản lượng 43,8 nghìn tấn. Sản xuất trong nước mới đáp ứng chưa đến 3% nhu cầu đậu tương.

Trong khi đó, nhu cầu ngô, đậu tương làm thức ăn chăn nuôi ngày càng lớn. Năm 2024, cả nước nhập khẩu 11,2 triệu tấn ngô, trị giá 2,68 tỷ USD, tăng 18,7% về lượng so với năm trước; nhập khẩu đậu tương 2,05 triệu tấn, trị giá 1,17 tỷ USD. Các thị trường cung cấp ngô lớn nhất lần lượt là Brazil (5,9 triệu tấn), Argentina (3,1 triệu tấn) và Hoa Kỳ (0,8 triệu tấn).

Ngô biến đổi gen đã được trồng tại 28 tỉnh với diện tích hơn 105.000 ha, chiếm 12,2% diện tích ngô; năng suất cao hơn ngô thường 15-20%.

Theo Đề án phát triển sản xuất ngô, đến năm 2030 cả nước phấn đấu duy trì diện tích ngô 1 triệu ha, trong đó ngô sinh khối 300 nghìn ha; năng suất bình quân đạt 60 tạ/ha. Cục Trồng trọt đề nghị các địa phương chuyển đổi khoảng 50.000 ha đất lúa kém hiệu quả sang ngô, đậu tương trong năm 2025.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y24 = Y("năm 2024", 2024)
N24 = Y("Năm 2024", 2024)
N24i = Y("Năm 2024", 2024, True)
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("ước đạt 862,5 nghìn ha", "862,5", 862500, "measure", "ha", "diện tích ngô cả nước",
      change=C("decrease", 2.1, "%", "năm 2023"), status="estimate", period=Y24),
    F("năng suất 50,4 tạ/ha", "50,4", 50.4, "measure", "tạ/ha", "năng suất ngô", status="estimate",
      period=Y24),
    F("sản lượng 4,35 triệu tấn", "4,35", 4350000, "measure", "tấn", "sản lượng ngô", status="estimate",
      period=Y24),
    F("khoảng 27,6 nghìn ha", "27,6", 27600, "measure", "ha", "diện tích đậu tương", approx="about",
      period=Y("năm 2024", 2024, True)),
    F("sản lượng 43,8 nghìn tấn", "43,8", 43800, "measure", "tấn", "sản lượng đậu tương",
      period=Y("năm 2024", 2024, True)),
    F("chưa đến 3%", "3", 3, "percent", "%", "nhu cầu đậu tương được sản xuất trong nước đáp ứng",
      approx="under"),
    F("nhập khẩu 11,2 triệu tấn ngô", "11,2", 11200000, "measure", "tấn", "ngô nhập khẩu",
      change=C("increase", 18.7, "%", "năm trước"), period=N24),
    F("trị giá 2,68 tỷ USD", "2,68", 2680000000, "money", "USD", "trị giá ngô nhập khẩu", period=N24),
    F("đậu tương 2,05 triệu tấn", "2,05", 2050000, "measure", "tấn", "đậu tương nhập khẩu", period=N24),
    F("trị giá 1,17 tỷ USD", "1,17", 1170000000, "money", "USD", "trị giá đậu tương nhập khẩu", period=N24),
    F("Brazil (5,9 triệu tấn)", "5,9", 5900000, "measure", "tấn", "ngô nhập khẩu từ Brazil", period=N24i),
    F("Argentina (3,1 triệu tấn)", "3,1", 3100000, "measure", "tấn", "ngô nhập khẩu từ Argentina", period=N24i),
    F("Hoa Kỳ (0,8 triệu tấn)", "0,8", 800000, "measure", "tấn", "ngô nhập khẩu từ Hoa Kỳ", period=N24i),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh", "tỉnh trồng ngô biến đổi gen"),
    F("hơn 105.000 ha", "105.000", 105000, "measure", "ha", "diện tích ngô biến đổi gen", approx="over",
      percent=12.2),
    F("ngô thường 15-20%", "15", 15, "percent", "%", "năng suất ngô biến đổi gen cao hơn ngô thường",
      value_max=20),
    F("ngô 1 triệu ha", "1", 1000000, "measure", "ha", "diện tích ngô", status="target", period=T30),
    F("ngô sinh khối 300 nghìn ha", "300", 300000, "measure", "ha", "ngô sinh khối", total=1000000,
      status="target", period=T30),
    F("đạt 60 tạ/ha", "60", 60, "measure", "tạ/ha", "năng suất ngô bình quân", status="target", period=T30),
    F("khoảng 50.000 ha", "50.000", 50000, "measure", "ha", "đất lúa kém hiệu quả chuyển đổi sang ngô, đậu tương",
      approx="about", status="target", period=Y("trong năm 2025", 2025)),
]

notes = [
    "Ministry site (Bộ NN&PTNT): national maize and soybean 2024, imports by partner, GM maize, 2030 targets. All figures Việt Nam.",
    "Distractors: 'Ngày đăng' date, 'Lượt xem: 1.204', 'lần thứ 3' (ordinal), 'Số 2 Ngọc Hà' address, phone 024.3845.9670; Hà Nội",
    "(the conference venue and the ministry address) localises nothing.",
    "'ước đạt 862,5 nghìn ha ...; năng suất 50,4 tạ/ha, sản lượng 4,35 triệu tấn' - the verbless clauses continue the estimate.",
    "'tăng 18,7% về lượng' attaches across the value clause to 11,2 triệu tấn, not to 2,68 tỷ USD.",
    "Trade partners are part of the subject, location stays Việt Nam (spec). The ranking list does not add up: no total.",
    "'cao hơn ngô thường 15-20%' has no base amount: a percent figure. The ministry's proposal ('đề nghị ... chuyển đổi') is a target.",
]
write(4, text, figs, notes, published="2025-01-08", location="Việt Nam")
