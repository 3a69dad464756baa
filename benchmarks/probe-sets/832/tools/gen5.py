"""p832-5: Party newspaper (Báo Nghệ An) — sâm Puxailaileng under natural forest in Kỳ Sơn; byline and bare date at the end."""
from lib import F, P, Y, C, T, write

TEXT = """Kinh tế
Kỳ Sơn: Sâm Puxailaileng mở hướng thoát nghèo cho đồng bào vùng cao

Từ 30 ha trồng thử nghiệm năm 2019, đến nay diện tích sâm Puxailaileng dưới tán rừng tự nhiên ở huyện Kỳ Sơn đã lên gần 95 ha, tập trung tại các xã Na Ngoi, Nậm Cắn và Mường Lống, dọc tuyến Quốc lộ 7A.

Theo ông Vi Văn Sơn, Giám đốc Hợp tác xã Nông lâm nghiệp Na Ngoi, hợp tác xã hiện có 47 thành viên, quản lý 32 ha sâm với khoảng 180.000 cây. Sau 5 năm trồng, mỗi cây sâm cho củ nặng trung bình 60-80 gram. Năm 2022, hợp tác xã bán được 450 kg sâm củ tươi với giá 25 triệu đồng/kg, thu về hơn 11 tỷ đồng.

Toàn huyện hiện có 312 hộ tham gia trồng sâm, trong đó 268 hộ là đồng bào Mông. Thu nhập bình quân của các hộ trồng sâm đạt khoảng 120 triệu đồng/hộ/năm, cao gấp 3 lần so với hộ trồng ngô, lúa nương. Nhiều hộ ở bản Huồi Giảng 1 đã xây được nhà kiên cố, mua xe máy từ tiền bán sâm.

Để mở rộng vùng trồng, năm 2023 UBND huyện hỗ trợ 1,5 tỷ đồng mua 15.000 cây giống theo Đề án số 08-ĐA/HU của Huyện ủy. Bên cạnh đó, Vườn quốc gia Pù Mát và Khu bảo tồn thiên nhiên Pù Hoạt đã giao khoán bảo vệ 2.400 ha rừng cho các hộ trồng sâm, với mức chi trả 400.000 đồng/ha/năm.

Huyện đặt mục tiêu đến năm 2025 đạt 150 ha sâm, trong đó có 50 ha đạt tiêu chuẩn GACP-WHO, hình thành ít nhất 2 chuỗi liên kết từ sản xuất đến tiêu thụ.

Lữ Phú - Thanh Lê
25/11/2023
"""

NOW = P("đến nay", None, "2023-11-25")
Y22 = Y(2022)
Y23 = Y(2023)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Từ 30 ha", "30", 30, "measure", "ha", "diện tích sâm Puxailaileng trồng thử nghiệm", period=Y(2019)),
    F("gần 95 ha", "95", 95, "measure", "ha", "diện tích sâm Puxailaileng dưới tán rừng tự nhiên", approx="nearly",
      period=NOW),
    F("có 47 thành viên", "47", 47, "count", "thành viên", "thành viên Hợp tác xã Nông lâm nghiệp Na Ngoi"),
    F("quản lý 32 ha", "32", 32, "measure", "ha", "diện tích sâm hợp tác xã quản lý"),
    F("khoảng 180.000 cây", "180.000", 180000, "count", "cây", "cây sâm của hợp tác xã", approx="about"),
    F("Sau 5 năm", "5", 5, "measure", "năm", "thời gian trồng sâm", optional=True),
    F("trung bình 60-80 gram", "60", 60, "measure", "gram", "khối lượng củ sâm mỗi cây", value_max=80),
    F("bán được 450 kg", "450", 450, "measure", "kg", "sâm củ tươi hợp tác xã bán được", period=Y22),
    F("giá 25 triệu đồng/kg", "25", 25e6, "money", "đồng/kg", "giá sâm củ tươi", period=Y22),
    F("hơn 11 tỷ đồng", "11", 11e9, "money", "đồng", "tiền bán sâm của hợp tác xã", approx="over", period=Y22),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ tham gia trồng sâm"),
    F("268 hộ", "268", 268, "count", "hộ", "hộ đồng bào Mông trồng sâm", total=312),
    F("khoảng 120 triệu đồng/hộ/năm", "120", 120e6, "money", "đồng/hộ/năm", "thu nhập bình quân của các hộ trồng sâm",
      approx="about", change=C("increase", 3, "lần", "hộ trồng ngô, lúa nương")),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí huyện hỗ trợ mua cây giống", period=Y23),
    F("mua 15.000 cây giống", "15.000", 15000, "count", "cây giống", "cây giống sâm được hỗ trợ", period=Y23),
    F("bảo vệ 2.400 ha rừng", "2.400", 2400, "measure", "ha", "diện tích rừng giao khoán bảo vệ cho các hộ trồng sâm"),
    F("400.000 đồng/ha/năm", "400.000", 400000, "money", "đồng/ha/năm", "mức chi trả khoán bảo vệ rừng"),
    F("đạt 150 ha sâm", "150", 150, "measure", "ha", "diện tích sâm", status="target", period=T25),
    F("có 50 ha", "50", 50, "measure", "ha", "diện tích sâm đạt tiêu chuẩn GACP-WHO", total=150, status="target",
      period=T25),
    F("ít nhất 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết từ sản xuất đến tiêu thụ",
      approx="at_least", status="target", period=T25),
]

NOTES = [
    "Báo Nghệ An (invented): sâm Puxailaileng in Kỳ Sơn; byline 'Lữ Phú - Thanh Lê' and bare date '25/11/2023' at the end (published).",
    "Location: district Kỳ Sơn for every figure (communes and the cooperative lie in it). 'đến nay' -> as-of the published date.",
    "Distractors: Quốc lộ 7A, 'bản Huồi Giảng 1' (a name), Đề án số 08-ĐA/HU, GACP-WHO. 'Sau 5 năm trồng' is a growing time that",
    "conditions the root weight (optional). 'cao gấp 3 lần so với hộ trồng ngô' compares the income figure before it: its change (lần).",
    "'trong đó 268 hộ' is a part of 312 hộ; 'trong đó có 50 ha' a part of the 150 ha target.",
]

write(5, TEXT, FIGS, NOTES, published="2023-11-25", location="Kỳ Sơn")
