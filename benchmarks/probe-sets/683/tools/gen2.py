"""p683-2: Tu Mơ Rông district portal — sâm Ngọc Linh nurseries, seedling prices, households and area, credit, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN TU MƠ RÔNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Kinh tế / Nông nghiệp

Tu Mơ Rông có 46 vườn ươm giống sâm Ngọc Linh

Thứ Năm, 14/03/2024 - 15:20

Năm 2023, toàn huyện có 46 vườn ươm giống sâm Ngọc Linh được cấp mã số, tăng 9 vườn so với năm 2022, với tổng số hơn 2,3 triệu cây giống. Các vườn ươm tập trung ở các xã Ngọc Lây (14 vườn), Măng Ri (11 vườn), Tê Xăng (9 vườn) và Đăk Na (7 vườn).

Giá cây giống dao động từ 60.000 đến 80.000 đồng/cây đối với cây 1 năm tuổi, khoảng 250.000 đồng/cây đối với cây 3 năm tuổi. Tỷ lệ cây giống sống sau khi trồng đạt 85-90%.

Tính đến 31/12/2023, toàn huyện có 1.152 hộ trồng sâm với diện tích 578,6 ha, trong đó diện tích của hộ gia đình, cá nhân là 402,3 ha, của 6 doanh nghiệp và hợp tác xã là 176,3 ha. Riêng năm 2023 trồng mới 96,5 ha, đạt 120,6% kế hoạch.

Từ nguồn vốn Chương trình mục tiêu quốc gia, huyện đã giải ngân 18,75 tỷ đồng cho 312 hộ vay, bình quân 60 triệu đồng/hộ. Mỗi ha sâm trồng dưới tán rừng sau 6 năm cho thu nhập từ 3 đến 5 tỷ đồng.

Năm 2024, huyện phấn đấu trồng mới 120 ha, dự kiến cần khoảng 1,1 triệu cây giống. Đường lên vùng sâm theo Tỉnh lộ 672 qua Tiểu khu 325 đang được nâng cấp.

Y Hương - Văn phòng HĐND và UBND huyện
Điện thoại: 0260.3838.117
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NUR = "vườn ươm giống sâm Ngọc Linh"

FIGS = [
    F("Tu Mơ Rông có 46", "46", 46, "count", "vườn ươm", NUR, I(Y23)),
    F("có 46 vườn ươm giống sâm Ngọc Linh được", "46", 46, "count", "vườn ươm",
      "vườn ươm giống sâm Ngọc Linh được cấp mã số", Y23, change=CH("increase", 9, "vườn", "năm 2022")),
    F("hơn 2,3 triệu cây giống", "2,3", 2300000, "count", "cây giống", "cây giống sâm Ngọc Linh", Y23, approx="over"),
    F("(14 vườn)", "14", 14, "count", "vườn", NUR + " xã Ngọc Lây", I(Y23)),
    F("(11 vườn)", "11", 11, "count", "vườn", NUR + " xã Măng Ri", I(Y23)),
    F("(9 vườn)", "9", 9, "count", "vườn", NUR + " xã Tê Xăng", I(Y23)),
    F("(7 vườn)", "7", 7, "count", "vườn", NUR + " xã Đăk Na", I(Y23)),
    F("từ 60.000 đến 80.000 đồng/cây", "60.000", 60000, "money", "đồng/cây", "giá cây giống sâm 1 năm tuổi",
      value_max=80000),
    F("cây 1 năm tuổi", "1", 1, "measure", "năm tuổi", "tuổi cây giống", optional=True),
    F("khoảng 250.000 đồng/cây", "250.000", 250000, "money", "đồng/cây", "giá cây giống sâm 3 năm tuổi",
      approx="about"),
    F("cây 3 năm tuổi", "3", 3, "measure", "năm tuổi", "tuổi cây giống", optional=True),
    F("đạt 85-90%", "85", 85, "percent", "%", "tỷ lệ cây giống sống sau khi trồng", value_max=90),
    F("có 1.152 hộ", "1.152", 1152, "count", "hộ", "hộ trồng sâm", ASOF),
    F("diện tích 578,6 ha", "578,6", 578.6, "measure", "ha", "diện tích trồng sâm", ASOF),
    F("là 402,3 ha", "402,3", 402.3, "measure", "ha", "diện tích sâm của hộ gia đình, cá nhân", ASOF, total=578.6),
    F("của 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp và hợp tác xã", "doanh nghiệp và hợp tác xã trồng sâm", ASOF),
    F("là 176,3 ha", "176,3", 176.3, "measure", "ha", "diện tích sâm của doanh nghiệp và hợp tác xã", ASOF,
      total=578.6),
    F("trồng mới 96,5 ha", "96,5", 96.5, "measure", "ha", "diện tích sâm trồng mới",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=120.6),
    F("giải ngân 18,75 tỷ đồng", "18,75", 18.75e9, "money", "đồng", "vốn Chương trình mục tiêu quốc gia giải ngân"),
    F("cho 312 hộ", "312", 312, "count", "hộ", "hộ vay vốn"),
    F("bình quân 60 triệu đồng/hộ", "60", 60e6, "money", "đồng/hộ", "mức vay bình quân"),
    F("từ 3 đến 5 tỷ đồng", "3", 3e9, "money", "đồng/ha", "thu nhập mỗi ha sâm trồng dưới tán rừng",
      value_max=5e9),
    F("trồng mới 120 ha", "120", 120, "measure", "ha", "diện tích sâm trồng mới", Y24, status="target"),
    F("khoảng 1,1 triệu cây giống", "1,1", 1100000, "count", "cây giống", "cây giống cần cho trồng mới", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Tu Mơ Rông district portal (Kon Tum), weekday dateline under the headline, author and phone at the end: sâm Ngọc Linh nurseries and seedlings.",
    "Location is the district for every figure; commune items (xã Ngọc Lây …) go into the subject. The commune counts (41) do not add up to 46 and follow no cue: no total.",
    "'cây 1/3 năm tuổi' are seedling ages that qualify a price: optional. 'Mỗi ha … từ 3 đến 5 tỷ đồng' is a rate: unit đồng/ha. 'sau 6 năm' is a duration, not a figure.",
    "Distractors: Tỉnh lộ 672, Tiểu khu 325, phone, dateline.",
    "revised after the first run: subject of 18,75 tỷ đồng was 'vốn vay ưu đãi giải ngân' — 'ưu đãi' is not in the text; now the source the sentence names.",
]

if __name__ == "__main__":
    emit("p683-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Tu Mơ Rông")
