"""p685-8: xã Hòa Phú (huyện Hòa Vang, Đà Nẵng) commune portal — chi trả bồi thường, di dời mộ, ĐT.602."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA PHÚ - HUYỆN HÒA VANG - THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Tin địa phương

Hòa Phú: Đã chi trả bồi thường cho 186/203 hộ bị ảnh hưởng dự án ĐT.602
Ngày đăng: 22/05/2024 - 09:12 | Số lượt xem: 356

Tính đến ngày 20/5/2024, UBND xã phối hợp Trung tâm Phát triển quỹ đất huyện Hòa Vang chi trả tiền bồi thường, hỗ trợ cho 186/203 hộ bị ảnh hưởng bởi dự án nâng cấp, mở rộng tuyến ĐT.602 đoạn qua xã, với tổng số tiền gần 94,7 tỷ đồng, đạt 91,6% kinh phí được duyệt.

Trong tháng 5, xã đã vận động di dời 312 ngôi mộ tại nghĩa trang thôn 3 và thôn 4, nâng tổng số mộ đã di dời lên 1.146/1.290 mộ, đạt 88,8%. Theo quy định, mộ đất được hỗ trợ 7 triệu đồng/mộ, mộ xây từ 10 đến 15 triệu đồng/mộ tùy kết cấu.

Hiện còn 17 hộ chưa nhận tiền, trong đó ba hộ có đơn kiến nghị về đơn giá bồi thường, hai hộ vắng mặt dài ngày ở địa phương và 12 hộ đang hoàn thiện hồ sơ nguồn gốc đất.

Về tái định cư, xã có 42 hộ đủ điều kiện được bố trí đất tại Khu tái định cư Hòa Phú 2; mỗi lô có diện tích từ 100 đến 150 m2, giá đất tái định cư 4,5 triệu đồng/m2.

UBND xã phấn đấu đến ngày 30/6/2024 hoàn thành chi trả cho 100% số hộ và bàn giao toàn bộ 18,6 ha mặt bằng cho chủ đầu tư để thi công trong quý III/2024.

Mọi thắc mắc xin liên hệ Bộ phận Một cửa UBND xã Hòa Phú, thôn Hòa Hải, điện thoại 0236.3846.215.
"""

ASOF = P("Tính đến ngày 20/5/2024", end="2024-05-20")
MAY = P("Trong tháng 5", "2024-05-01", "2024-05-31")
END = P("đến ngày 30/6/2024", end="2024-06-30")

FIGS = [
    F("cho 186/203 hộ bị ảnh hưởng dự án", "186", 186, "count", "hộ",
      "hộ bị ảnh hưởng dự án ĐT.602 đã được chi trả bồi thường", total=203),
    F("cho 186/203 hộ bị ảnh hưởng bởi", "186", 186, "count", "hộ",
      "hộ bị ảnh hưởng được chi trả tiền bồi thường, hỗ trợ", ASOF, total=203),
    F("gần 94,7 tỷ đồng", "94,7", 94.7e9, "money", "đồng", "tổng số tiền bồi thường, hỗ trợ đã chi trả", ASOF,
      approx="nearly", percent=91.6),
    F("di dời 312 ngôi mộ", "312", 312, "count", "ngôi mộ", "ngôi mộ được di dời", MAY),
    F("lên 1.146/1.290 mộ", "1.146", 1146, "count", "mộ", "tổng số mộ đã di dời", total=1290, percent=88.8),
    F("hỗ trợ 7 triệu đồng/mộ", "7", 7e6, "money", "đồng/mộ", "mức hỗ trợ di dời mộ đất"),
    F("từ 10 đến 15 triệu", "10", 10e6, "money", "đồng/mộ", "mức hỗ trợ di dời mộ xây", value_max=15e6),
    F("còn 17 hộ", "17", 17, "count", "hộ", "hộ chưa nhận tiền bồi thường"),
    F("đó ba hộ", "ba", 3, "count", "hộ", "hộ có đơn kiến nghị về đơn giá bồi thường", total=17),
    F("hai hộ vắng", "hai", 2, "count", "hộ", "hộ vắng mặt dài ngày ở địa phương", total=17),
    F("và 12 hộ", "12", 12, "count", "hộ", "hộ đang hoàn thiện hồ sơ nguồn gốc đất", total=17),
    F("có 42 hộ", "42", 42, "count", "hộ", "hộ đủ điều kiện được bố trí đất tái định cư"),
    F("từ 100 đến 150 m2", "100", 100, "measure", "m2", "diện tích mỗi lô tái định cư", value_max=150),
    F("cư 4,5 triệu đồng/m2", "4,5", 4.5e6, "money", "đồng/m2", "giá đất tái định cư"),
    F("cho 100% số hộ", "100", 100, "percent", "%", "hộ hoàn thành chi trả", END, status="target"),
    F("toàn bộ 18,6 ha", "18,6", 18.6, "measure", "ha", "mặt bằng bàn giao cho chủ đầu tư", END, status="target"),
]

COMMENTS = [
    "Commune portal (xã Hòa Phú, huyện Hòa Vang, Đà Nẵng): 'Ngày đăng: 22/05/2024 - 09:12 | Số lượt xem: 356'.",
    "Location: the commune lies below the district level the contract uses, so its figures are Hòa Vang's.",
    "Distractors: ĐT.602 (road), 'thôn 3 và thôn 4', 'Khu tái định cư Hòa Phú 2' (name), quý III/2024, phone, view counter.",
    "Headline 186/203 hộ repeats the lead figure (no period in the headline). 'Trong tháng 5' takes 2024 from 20/5/2024;",
    "the cumulative 'nâng tổng số … lên 1.146/1.290 mộ' is not a May figure: no period (unscored).",
    "'trong đó ba hộ …, hai hộ … và 12 hộ' are parts of 17 hộ (they add up); number words read as numbers.",
    "'phấn đấu đến ngày 30/6/2024 … 100% … toàn bộ 18,6 ha' → target with an as-of deadline.",
]

emit("p685-8", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Hòa Vang")
