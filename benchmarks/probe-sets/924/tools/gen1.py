"""p924-1: province portal (Thanh Hóa) - trao tặng xe lăn, xe lắc, máy trợ thính."""
from lib import F, period, carried, change, target, write_set

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
TRAO TẶNG 250 XE LĂN CHO NGƯỜI KHUYẾT TẬT CÓ HOÀN CẢNH KHÓ KHĂN
Cập nhật: 14/03/2024 09:45 | Lượt xem: 2.316

Sáng 13/3, tại huyện Như Xuân, Sở Lao động - Thương binh và Xã hội phối hợp với Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thanh Hóa tổ chức trao tặng 250 xe lăn, 40 xe lắc tay và 120 máy trợ thính cho người khuyết tật có hoàn cảnh khó khăn. Tổng trị giá các phương tiện khoảng 1,2 tỷ đồng, do các tổ chức thiện nguyện trong và ngoài nước tài trợ.

Mỗi chiếc xe lăn trị giá 2,8 triệu đồng; xe lắc tay có giá 4,5 triệu đồng/chiếc. Số xe lăn được phân bổ cho 6 huyện miền núi, nhiều nhất là Như Xuân (52 chiếc), Ngọc Lặc (47 chiếc), Thường Xuân (41 chiếc) và Lang Chánh (36 chiếc). Nhiều người ở các bản vùng cao phải đi hơn 40 km để nhận xe.

Theo Sở Lao động - Thương binh và Xã hội, tính đến 31/12/2023, toàn tỉnh có 98.540 người khuyết tật, chiếm 2,6% dân số; trong đó 21.370 người khuyết tật đặc biệt nặng và 52.800 người khuyết tật nặng. Hiện có 71.950 người khuyết tật đang hưởng trợ cấp xã hội hằng tháng, tăng 3,4% so với năm 2022.

Từ năm 2021 đến nay, tỉnh đã vận động trao tặng 3.460 xe lăn, xe lắc, gần 900 máy trợ thính và 215 bộ chân tay giả, với tổng kinh phí hơn 14,6 tỷ đồng. Con số này gấp 1,8 lần giai đoạn 2016-2020.

Theo Kế hoạch số 96/KH-UBND ngày 12/4/2021 của UBND tỉnh, phấn đấu đến năm 2025 có 80% người khuyết tật có nhu cầu được trợ giúp phương tiện, dụng cụ hỗ trợ; mỗi năm trao tặng ít nhất 1.000 xe lăn, xe lắc.

Nguồn: Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa
"""

ASOF = period("tính đến 31/12/2023", end="2023-12-31")
SINCE = period("Từ năm 2021 đến nay", "2021-01-01", "2024-03-14")

FIGS = [
    F("TẶNG 250 XE LĂN", "250", 250, "count", "xe lăn", "xe lăn trao tặng cho người khuyết tật"),
    F("trao tặng 250 xe lăn", "250", 250, "count", "xe lăn", "xe lăn trao tặng cho người khuyết tật có hoàn cảnh khó khăn"),
    F("40 xe lắc tay", "40", 40, "count", "xe lắc tay", "xe lắc tay trao tặng cho người khuyết tật"),
    F("120 máy trợ thính", "120", 120, "count", "máy trợ thính", "máy trợ thính trao tặng cho người khuyết tật"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng trị giá các phương tiện trao tặng", approx="about"),
    F("trị giá 2,8 triệu đồng", "2,8", 2.8e6, "money", "đồng", "trị giá mỗi chiếc xe lăn"),
    F("4,5 triệu đồng/chiếc", "4,5", 4.5e6, "money", "đồng/chiếc", "giá xe lắc tay"),
    F("cho 6 huyện miền núi", "6", 6, "count", "huyện", "huyện miền núi được phân bổ xe lăn"),
    F("Như Xuân (52 chiếc)", "52", 52, "count", "chiếc", "xe lăn được phân bổ", location="Như Xuân"),
    F("Ngọc Lặc (47 chiếc)", "47", 47, "count", "chiếc", "xe lăn được phân bổ", location="Ngọc Lặc"),
    F("Thường Xuân (41 chiếc)", "41", 41, "count", "chiếc", "xe lăn được phân bổ", location="Thường Xuân"),
    F("Lang Chánh (36 chiếc)", "36", 36, "count", "chiếc", "xe lăn được phân bổ", location="Lang Chánh"),
    F("hơn 40 km", "40", 40, "measure", "km", "quãng đường người dân vùng cao đi để nhận xe", approx="over"),
    F("có 98.540 người", "98.540", 98540, "count", "người", "người khuyết tật", ASOF, percent=2.6),
    F("21.370 người", "21.370", 21370, "count", "người", "người khuyết tật đặc biệt nặng", ASOF, total=98540),
    F("52.800 người", "52.800", 52800, "count", "người", "người khuyết tật nặng", ASOF, total=98540),
    F("có 71.950 người", "71.950", 71950, "count", "người", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng",
      change=change("increase", 3.4, "%", "năm 2022")),
    F("trao tặng 3.460 xe lăn", "3.460", 3460, "count", "xe lăn, xe lắc", "xe lăn, xe lắc vận động trao tặng", SINCE),
    F("gần 900 máy trợ thính", "900", 900, "count", "máy trợ thính", "máy trợ thính vận động trao tặng", SINCE,
      approx="nearly"),
    F("215 bộ chân tay giả", "215", 215, "count", "bộ chân tay giả", "bộ chân tay giả vận động trao tặng", SINCE),
    F("hơn 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "tổng kinh phí trao tặng phương tiện, dụng cụ", SINCE,
      approx="over"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "tổng kinh phí trao tặng so với giai đoạn 2016-2020", carried(SINCE)),
    F("có 80% người khuyết tật", "80", 80, "percent", "%",
      "người khuyết tật có nhu cầu được trợ giúp phương tiện, dụng cụ hỗ trợ",
      period("đến năm 2025", end="2025-12-31"), status="target"),
    F("ít nhất 1.000 xe lăn", "1.000", 1000, "count", "xe lăn, xe lắc", "xe lăn, xe lắc trao tặng mỗi năm",
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): trao tặng xe lăn, xe lắc tay, máy trợ thính; NKT của tỉnh tính đến 31/12/2023; 2021-nay; mục tiêu 2025.",
    "Not figures: 'Lượt xem: 2.316', 'Sáng 13/3' (event day, no period given), 'Kế hoạch số 96/KH-UBND ngày 12/4/2021', 'giai đoạn 2016-2020' (baseline).",
    "District list (52/47/41/36) does not add up to 250: no total; the district is the location. 'Hiện có 71.950' has no period.",
    "'Con số này gấp 1,8 lần giai đoạn 2016-2020' stands as its own sentence: a multiple. 'mỗi năm ... ít nhất 1.000' target without a period.",
]

write_set("p924-1", TEXT, FIGS, NOTES, published="2024-03-14", location="Thanh Hóa")
