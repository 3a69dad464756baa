"""p735-2: huyện Nga Sơn (Thanh Hóa) district portal, sedge growing, craft villages, jobs, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGA SƠN - TỈNH THANH HÓA
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
Thứ Tư, 13/03/2024 - 14:05

Nghề cói tạo việc làm cho gần 16 nghìn lao động nông thôn

Năm 2023, toàn huyện có 1.050 ha cói, phân bố ở 9 xã ven biển. Những xã có diện tích lớn là Nga Tân (215 ha), Nga Thái (182 ha), Nga Thủy (146 ha) và Nga Liên (118 ha). Năng suất cói bình quân đạt 12,8 tấn/ha, tăng 0,6 tấn/ha so với năm 2022; giá cói nguyên liệu dao động từ 9.000 đến 12.000 đồng/kg tùy loại, trừ chi phí người trồng lãi khoảng 65 triệu đồng/ha.

Hiện huyện có 3 làng nghề cói được UBND tỉnh công nhận, 21 hợp tác xã, 46 tổ hợp tác và hơn 400 hộ chuyên thu mua, sơ chế, dệt chiếu, đan thảm cói. Nghề cói thu hút gần 16 nghìn lao động, trong đó lao động nữ chiếm khoảng 70%; thu nhập bình quân 3,8 triệu đồng/người/tháng.

Năm 2023, giá trị sản xuất hàng cói của huyện đạt 712 tỷ đồng, tăng 8,3% so với năm 2022, chiếm 14,6% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp; sản phẩm đã có mặt tại 28 quốc gia và vùng lãnh thổ. Huyện có 7 sản phẩm cói đạt chuẩn OCOP, trong đó 2 sản phẩm đạt 4 sao.

Theo Đề án phát triển nghề cói giai đoạn 2024-2030 được thông qua tại Kỳ họp thứ 14 HĐND huyện, Nga Sơn phấn đấu đến năm 2030 duy trì ổn định 1.000 ha cói, giá trị sản xuất hàng cói đạt 1.200 tỷ đồng, giải quyết việc làm cho 20.000 lao động.

Phòng Kinh tế và Hạ tầng huyện Nga Sơn - Tiểu khu Ba Đình, thị trấn Nga Sơn; ĐT: 0237.3872.168.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_XA = "diện tích cói xã "

FIGS = [
    F("cho gần 16 nghìn lao động nông thôn", "16", 16000, "count", "lao động", approx="nearly",
      subject="lao động nông thôn có việc làm từ nghề cói"),
    F("có 1.050 ha cói", "1.050", 1050, "measure", "ha", subject="diện tích cói", period=Y23),
    F("ở 9 xã ven biển", "9", 9, "count", "xã", subject="xã ven biển trồng cói", period=Y23),
    F("Nga Tân (215 ha)", "215", 215, "measure", "ha", subject=SUBJ_XA + "Nga Tân", period=I(Y23)),
    F("Nga Thái (182 ha)", "182", 182, "measure", "ha", subject=SUBJ_XA + "Nga Thái", period=I(Y23)),
    F("Nga Thủy (146 ha)", "146", 146, "measure", "ha", subject=SUBJ_XA + "Nga Thủy", period=I(Y23)),
    F("Nga Liên (118 ha)", "118", 118, "measure", "ha", subject=SUBJ_XA + "Nga Liên", period=I(Y23)),
    F("đạt 12,8 tấn/ha", "12,8", 12.8, "measure", "tấn/ha",
      change=CH("increase", 0.6, "tấn/ha", baseline="năm 2022"), subject="năng suất cói bình quân", period=I(Y23)),
    F("từ 9.000 đến 12.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", value_max=12000,
      subject="giá cói nguyên liệu", period=I(Y23)),
    F("khoảng 65 triệu đồng/ha", "65", 65e6, "money", "đồng/ha", approx="about",
      subject="lãi của người trồng cói", period=I(Y23)),
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề cói được UBND tỉnh công nhận"),
    F("21 hợp tác xã", "21", 21, "count", "hợp tác xã", subject="hợp tác xã nghề cói"),
    F("46 tổ hợp tác", "46", 46, "count", "tổ hợp tác", subject="tổ hợp tác nghề cói"),
    F("hơn 400 hộ", "400", 400, "count", "hộ", approx="over",
      subject="hộ chuyên thu mua, sơ chế, dệt chiếu, đan thảm cói"),
    F("thu hút gần 16 nghìn lao động", "16", 16000, "count", "lao động", approx="nearly",
      subject="lao động nghề cói"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="lao động nữ trong lao động nghề cói"),
    F("3,8 triệu đồng/người/tháng", "3,8", 3.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động nghề cói"),
    F("đạt 712 tỷ đồng", "712", 712e9, "money", "đồng", percent=14.6,
      change=CH("increase", 8.3, baseline="năm 2022"), subject="giá trị sản xuất hàng cói", period=Y23),
    F("tại 28 quốc gia", "28", 28, "count", "quốc gia",
      subject="quốc gia và vùng lãnh thổ có sản phẩm cói của huyện", period=Y23),
    F("có 7 sản phẩm", "7", 7, "count", "sản phẩm", subject="sản phẩm cói đạt chuẩn OCOP"),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", total=7,
      subject="sản phẩm cói đạt chuẩn OCOP 4 sao"),
    F("ổn định 1.000 ha", "1.000", 1000, "measure", "ha", status="target", subject="diện tích cói", period=T30),
    F("đạt 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", status="target",
      subject="giá trị sản xuất hàng cói", period=T30),
    F("cho 20.000 lao động", "20.000", 20000, "count", "lao động", status="target",
      subject="lao động được giải quyết việc làm", period=T30),
]

COMMENTS = [
    "Cổng TTĐT huyện Nga Sơn (Thanh Hóa): diện tích cói 2023, làng nghề, HTX, tổ hợp tác, lao động, giá trị sản xuất, mục tiêu 2030.",
    "District portal: location Nga Sơn for every figure. Communes (Nga Tân …) are not province/city/district, so they stay in the subject.",
    "The commune list follows no cue and does not add up to 1.050 ha: no total. 'trong đó 2 sản phẩm' is part of 7 sản phẩm OCOP.",
    "'trong đó lao động nữ chiếm khoảng 70%' is a share of a part that has no number of its own: a percent figure, not the percent of 16 nghìn.",
    "'4 sao' is an OCOP rating level (like 'mức độ 4'), not a figure. Headline and body both state 'gần 16 nghìn lao động': two figures.",
    "revised after first scoring: 70% subject lost the added word 'tỷ lệ' (not in the sentence; shared 002 names shares without it).",
    "Not figures: dateline, giai đoạn 2024-2030, Kỳ họp thứ 14, phone 0237.3872.168.",
]

if __name__ == "__main__":
    emit("p735-2", TEXT, COMMENTS, FIGS, published="2024-03-13", location="Nga Sơn")
