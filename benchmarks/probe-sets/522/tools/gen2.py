"""p522-2: huyện Đức Hòa (Long An) district portal - land recovery and compensation for an industrial park."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ / Tin tức / Tài nguyên - Môi trường

Đức Hòa: Chi trả hơn 412 tỷ đồng bồi thường dự án Khu công nghiệp Hựu Thạnh mở rộng

Thứ Năm, 22/08/2024 - 14:20

Tính đến ngày 15/8/2024, Hội đồng bồi thường, hỗ trợ và tái định cư huyện đã phê duyệt phương án bồi thường cho 687/742 hộ bị ảnh hưởng bởi dự án, với tổng diện tích đất thu hồi là 124,35 ha. Trong đó, đất nông nghiệp 118,6 ha, đất ở 3,27 ha, còn lại là đất giao thông, thủy lợi.

Tổng kinh phí bồi thường, hỗ trợ được phê duyệt là 486,2 tỷ đồng; huyện đã chi trả 412,8 tỷ đồng cho 593 hộ, đạt 84,9% kinh phí được phê duyệt.

Theo phương án được duyệt, đất trồng cây hằng năm được bồi thường từ 350.000 đến 420.000 đồng/m²; đất ở ven Tỉnh lộ 824 được bồi thường 6,5 triệu đồng/m². Mỗi hộ có đất nông nghiệp bị thu hồi trên 30% diện tích còn được hỗ trợ ổn định đời sống 30 kg gạo/nhân khẩu/tháng.

Để bố trí tái định cư, huyện đầu tư Khu tái định cư số 2 tại xã Hựu Thạnh với 96 lô đất, diện tích mỗi lô từ 100 đến 120 m², tổng vốn khoảng 58 tỷ đồng; dự kiến bốc thăm giao đất trong quý IV/2024.

Hiện còn 55 hộ chưa đồng ý nhận tiền bồi thường, chủ yếu có ý kiến về đơn giá. Từ đầu năm đến nay, UBND huyện đã tổ chức 14 buổi đối thoại với người dân. Ông Nguyễn Văn Hùng, Trưởng phòng Tài nguyên và Môi trường cho biết, huyện phấn đấu bàn giao 100% mặt bằng cho chủ đầu tư trước ngày 30/9/2024.

Minh Tâm - Phòng TN&MT huyện Đức Hòa. ĐT: 0272.3850.221
"""

ASOF = P("Tính đến ngày 15/8/2024", None, "2024-08-15")

FIGS = [
    F("hơn 412 tỷ đồng", "412", 412e9, "money", "đồng", approx="over",
      subject="kinh phí bồi thường dự án Khu công nghiệp Hựu Thạnh mở rộng đã chi trả", period=I(ASOF)),
    F("cho 687/742 hộ", "687", 687, "count", "hộ", total=742,
      subject="hộ bị ảnh hưởng bởi dự án được phê duyệt phương án bồi thường", period=ASOF),
    F("là 124,35 ha", "124,35", 124.35, "measure", "ha", subject="tổng diện tích đất thu hồi", period=ASOF),
    F("nông nghiệp 118,6 ha", "118,6", 118.6, "measure", "ha", total=124.35,
      subject="diện tích đất nông nghiệp thu hồi", period=I(ASOF)),
    F("đất ở 3,27 ha", "3,27", 3.27, "measure", "ha", total=124.35,
      subject="diện tích đất ở thu hồi", period=I(ASOF)),
    F("là 486,2 tỷ đồng", "486,2", 486.2e9, "money", "đồng",
      subject="tổng kinh phí bồi thường, hỗ trợ được phê duyệt", period=I(ASOF)),
    F("chi trả 412,8 tỷ đồng", "412,8", 412.8e9, "money", "đồng", percent=84.9,
      subject="kinh phí bồi thường, hỗ trợ đã chi trả", period=I(ASOF)),
    F("cho 593 hộ", "593", 593, "count", "hộ", subject="hộ được chi trả bồi thường, hỗ trợ", period=I(ASOF)),
    F("từ 350.000 đến 420.000 đồng/m²", "350.000", 350000, "money", "đồng/m²", value_max=420000,
      subject="giá bồi thường đất trồng cây hằng năm"),
    F("6,5 triệu đồng/m²", "6,5", 6.5e6, "money", "đồng/m²", subject="giá bồi thường đất ở ven Tỉnh lộ 824"),
    F("trên 30% diện tích", "30", 30, "percent", "%", approx="over",
      subject="tỷ lệ diện tích đất nông nghiệp bị thu hồi", optional=True),
    F("30 kg gạo", "30", 30, "measure", "kg/nhân khẩu/tháng",
      subject="mức hỗ trợ gạo ổn định đời sống"),
    F("với 96 lô đất", "96", 96, "count", "lô đất", subject="lô đất Khu tái định cư số 2 tại xã Hựu Thạnh"),
    F("từ 100 đến 120 m²", "100", 100, "measure", "m²", value_max=120, subject="diện tích mỗi lô tái định cư"),
    F("khoảng 58 tỷ đồng", "58", 58e9, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư Khu tái định cư số 2"),
    F("còn 55 hộ", "55", 55, "count", "hộ", subject="hộ chưa đồng ý nhận tiền bồi thường"),
    F("tổ chức 14 buổi", "14", 14, "count", "buổi đối thoại", subject="buổi đối thoại với người dân",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", status="target",
      subject="mặt bằng bàn giao cho chủ đầu tư", period=P("trước ngày 30/9/2024", None, "2024-09-30")),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (district portal, Long An): thu hồi đất, bồi thường, tái định cư dự án KCN Hựu Thạnh mở rộng.",
    "Dateline 'Thứ Năm, 22/08/2024 - 14:20' (published); byline and phone at the end. Location = the district (district portal).",
    "Distractors: Tỉnh lộ 824, Khu tái định cư số 2, 'quý IV/2024', 'ngày 30/9/2024', phone 0272.3850.221.",
    "687/742 -> total 742. 118,6 / 3,27 ha after 'Trong đó' (sentence break) -> total 124.35. 593 hộ has no cue -> no total.",
    "'đạt 84,9% kinh phí được phê duyệt' is the percent of 412,8 tỷ. 'trên 30% diện tích' is an eligibility threshold: optional.",
    "revised after the first scoring: 593 hộ subject now as the sentence names it ('hộ được chi trả ...', was the paraphrase",
    "'hộ đã nhận tiền ...'); 30 kg gạo unit now 'kg/nhân khẩu/tháng' (the commodity goes to the subject, as 'tấn' lương thực in h19).",
    "'dự kiến' governs only 'bốc thăm giao đất' (no figure). 'Hiện còn' gives no period. '14 buổi' runs from 1/1/2024 to the dateline.",
]

emit("p522-2", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đức Hòa")
