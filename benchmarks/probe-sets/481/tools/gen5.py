"""p481-5: Party newspaper (Báo Kon Tum) — forest-land allocation and land support for ethnic-minority households."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Kon Tum: Giao đất, giao rừng gắn với sinh kế đồng bào dân tộc thiểu số

(Báo Kon Tum) - Từ năm 2021 đến nay, tỉnh đã giao 28.460 ha đất lâm nghiệp cho 3.912 hộ gia đình, cá nhân và 87 cộng đồng dân cư thôn quản lý, bảo vệ; trong đó, hộ đồng bào dân tộc thiểu số nhận 24.105 ha, chiếm 84,7%.

Các huyện có diện tích giao lớn là Kon Plông (6.820 ha), Tu Mơ Rông (5.430 ha) và Đăk Glei (4.915 ha). Sau khi nhận đất, nhận rừng, các hộ được chi trả tiền dịch vụ môi trường rừng bình quân 650.000 đồng/ha/năm, trở thành nguồn thu nhập ổn định.

Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Chương trình 1719), giai đoạn 2021-2025 tỉnh được phân bổ hơn 312 tỷ đồng cho Dự án 1 về giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt. Đến hết tháng 8/2024, toàn tỉnh đã giải ngân 198,6 tỷ đồng, đạt 63,7%; hỗ trợ đất ở cho 1.245 hộ, đất sản xuất cho 2.118 hộ. Mức hỗ trợ bình quân là 40 triệu đồng/hộ đối với đất ở và 22,5 triệu đồng/hộ đối với đất sản xuất.

Tuy nhiên, toàn tỉnh vẫn còn khoảng 2.300 hộ thiếu đất sản xuất, tập trung tại 5 huyện phía Bắc; nhiều nơi quỹ đất công để giao không còn. Tỉnh phấn đấu đến năm 2025 giao hết khoảng 15.000 ha đất lâm nghiệp chưa có chủ cho hộ gia đình, cộng đồng, nâng tỷ lệ hộ nghèo được hỗ trợ đất sản xuất lên 100%.

Ông A Vinh, Trưởng thôn 3, xã Đăk Tơ Lung chia sẻ: "Có đất, có rừng, bà con yên tâm làm ăn, không còn phát rừng làm rẫy như trước".

Minh Hòa
18/09/2024
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-09-18")
AUG = per("Đến hết tháng 8/2024", None, "2024-08-31")
GD = per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T = 1e9

FIGS = [
    fig("giao 28.460 ha", "28.460", 28460, "measure", "ha", "diện tích đất lâm nghiệp đã giao", SINCE),
    fig("3.912 hộ", "3.912", 3912, "count", "hộ gia đình, cá nhân", "hộ gia đình, cá nhân được giao đất lâm nghiệp",
        SINCE),
    fig("87 cộng đồng", "87", 87, "count", "cộng đồng dân cư thôn", "cộng đồng dân cư thôn được giao đất lâm nghiệp",
        SINCE),
    fig("nhận 24.105 ha", "24.105", 24105, "measure", "ha", "diện tích đất lâm nghiệp hộ đồng bào dân tộc thiểu số nhận",
        SINCE, total=28460, percent=84.7),
    fig("(6.820 ha)", "6.820", 6820, "measure", "ha", "diện tích đất lâm nghiệp giao", inh(SINCE), location="Kon Plông"),
    fig("(5.430 ha)", "5.430", 5430, "measure", "ha", "diện tích đất lâm nghiệp giao", inh(SINCE), location="Tu Mơ Rông"),
    fig("(4.915 ha)", "4.915", 4915, "measure", "ha", "diện tích đất lâm nghiệp giao", inh(SINCE), location="Đăk Glei"),
    fig("650.000 đồng", "650.000", 650000, "money", "đồng/ha/năm", "tiền dịch vụ môi trường rừng chi trả bình quân"),
    fig("hơn 312 tỷ đồng", "312", 312 * T, "money", "đồng", "vốn phân bổ cho Dự án 1 Chương trình 1719", GD,
        approx="over"),
    fig("giải ngân 198,6 tỷ đồng", "198,6", 198.6 * T, "money", "đồng", "vốn Dự án 1 đã giải ngân", AUG, percent=63.7),
    fig("1.245 hộ", "1.245", 1245, "count", "hộ", "hộ được hỗ trợ đất ở", AUG),
    fig("2.118 hộ", "2.118", 2118, "count", "hộ", "hộ được hỗ trợ đất sản xuất", AUG),
    fig("40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức hỗ trợ bình quân đất ở", inh(AUG)),
    fig("22,5 triệu đồng/hộ", "22,5", 22.5e6, "money", "đồng/hộ", "mức hỗ trợ bình quân đất sản xuất", inh(AUG)),
    fig("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ thiếu đất sản xuất", approx="about"),
    fig("tại 5 huyện", "5", 5, "count", "huyện", "huyện phía Bắc tập trung hộ thiếu đất sản xuất"),
    fig("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích đất lâm nghiệp chưa có chủ giao hết", T25,
        approx="about", status="target"),
    fig("lên 100%", "100", 100, "percent", "%", "tỷ lệ hộ nghèo được hỗ trợ đất sản xuất", T25, status="target"),
]

COMMENTS = [
    "Báo Kon Tum (Party newspaper): giao đất, giao rừng 2021-2024; Chương trình 1719 Dự án 1 (đất ở, đất sản xuất); byline + date at the end.",
    "'18/09/2024' after the byline is the article's date. 'Chương trình 1719', 'Dự án 1', 'thôn 3', 'giai đoạn 2021-2025' are not figures.",
    "'(Báo Kon Tum)' and the headline name the province. 24.105 ha after 'trong đó' is part of 28.460 ha, 'chiếm 84,7%' its share.",
    "'đạt 63,7%' after 198,6 tỷ is its share (of the 312 tỷ allocation; not a total, the cue is a percent, not a part-of cue).",
    "revised after scoring: the '5 huyện' subject lacked the sentence's own qualifier 'phía Bắc' (now 'huyện phía Bắc tập trung hộ thiếu đất sản xuất').",
    "'Từ năm 2021 đến nay' ends at the dateline. '2.300 hộ'/'5 huyện' have no period phrase (none).",
]

if __name__ == "__main__":
    emit("p481-5", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Kon Tum")
