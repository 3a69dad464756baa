from lib import F, P, C, T, write

TEXT = """Đông Anh: Bàn giao hơn 92% mặt bằng dự án đường Vành đai 4
Ngày đăng: 05/10/2024 | Lượt xem: 2.315

Theo Ban Bồi thường, giải phóng mặt bằng huyện Đông Anh, dự án đầu tư xây dựng đường Vành đai 4 - Vùng Thủ đô (được Quốc hội thông qua tại Nghị quyết số 56/2022/QH15) đi qua địa bàn huyện có tổng diện tích cần thu hồi khoảng 187,6 ha, liên quan đến 2.946 hộ gia đình, cá nhân và 14 tổ chức.

Tính đến ngày 30/9/2024, huyện đã thu hồi và bàn giao cho chủ đầu tư 173,2 ha, đạt 92,3% tổng diện tích; trong đó đất nông nghiệp 151,4 ha, đất ở 12,3 ha, đất khác 9,5 ha. Huyện đã chi trả tiền bồi thường, hỗ trợ cho 2.781 hộ với tổng kinh phí 1.846,5 tỷ đồng.

Đơn giá bồi thường đất nông nghiệp áp dụng từ 252.000 đến 280.000 đồng/m2; ngoài ra, hộ dân được hỗ trợ chuyển đổi nghề nghiệp bằng 5 lần giá đất nông nghiệp cùng loại. Về tái định cư, huyện bố trí 3 khu tái định cư với 486 lô đất; đến nay đã tổ chức bốc thăm, giao 312 lô cho các hộ đủ điều kiện.

Hiện còn 165 hộ chưa nhận tiền bồi thường, chủ yếu do khiếu nại về nguồn gốc đất và diện tích đo đạc; trong đó 37 hộ đã được UBND huyện tổ chức đối thoại 2 lần. Từ đầu năm đến nay, Bộ phận tiếp công dân huyện đã tiếp 126 lượt công dân liên quan đến dự án, tiếp nhận 58 đơn kiến nghị, đã trả lời 51 đơn.

Tổng kinh phí bồi thường, hỗ trợ, tái định cư dự kiến của dự án trên địa bàn huyện khoảng 2.050 tỷ đồng. Huyện phấn đấu hoàn thành bàn giao 100% mặt bằng trước ngày 31/12/2024 để kịp thi công đoạn qua Quốc lộ 3. Mọi thắc mắc về bồi thường, người dân liên hệ số điện thoại 024.3883.2156 (giờ hành chính).

Minh Đức - Ban BT,GPMB huyện
"""

AS_OF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
FIGS = [
    F("Bàn giao hơn 92% mặt bằng", "92", 92, "percent", "%", "mặt bằng dự án đường Vành đai 4 đã bàn giao", approx="over"),
    F("khoảng 187,6 ha", "187,6", 187.6, "measure", "ha", "tổng diện tích cần thu hồi", approx="about"),
    F("đến 2.946 hộ", "2.946", 2946, "count", "hộ gia đình, cá nhân", "hộ gia đình, cá nhân liên quan"),
    F("và 14 tổ chức", "14", 14, "count", "tổ chức", "tổ chức liên quan"),
    F("chủ đầu tư 173,2 ha", "173,2", 173.2, "measure", "ha", "diện tích đã thu hồi và bàn giao cho chủ đầu tư",
      percent=92.3, period=AS_OF),
    F("nông nghiệp 151,4 ha", "151,4", 151.4, "measure", "ha", "đất nông nghiệp đã bàn giao", total=173.2, period=AS_OF),
    F("đất ở 12,3 ha", "12,3", 12.3, "measure", "ha", "đất ở đã bàn giao", total=173.2, period=AS_OF),
    F("đất khác 9,5 ha", "9,5", 9.5, "measure", "ha", "đất khác đã bàn giao", total=173.2, period=AS_OF),
    F("cho 2.781 hộ", "2.781", 2781, "count", "hộ", "hộ được chi trả tiền bồi thường, hỗ trợ",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)),
    F("1.846,5 tỷ đồng", "1.846,5", 1846.5e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ đã chi trả",
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)),
    F("từ 252.000 đến", "252.000", 252000, "money", "đồng/m2", "đơn giá bồi thường đất nông nghiệp", value_max=280000),
    F("bằng 5 lần giá đất", "5", 5, "multiple", "lần", "mức hỗ trợ chuyển đổi nghề nghiệp so với giá đất nông nghiệp",
      optional=True),
    F("bố trí 3 khu", "3", 3, "count", "khu tái định cư", "khu tái định cư"),
    F("với 486 lô đất", "486", 486, "count", "lô đất", "lô đất tái định cư"),
    F("giao 312 lô", "312", 312, "count", "lô", "lô đất tái định cư đã giao cho các hộ đủ điều kiện"),
    F("còn 165 hộ", "165", 165, "count", "hộ", "hộ chưa nhận tiền bồi thường"),
    F("trong đó 37 hộ", "37", 37, "count", "hộ", "hộ đã được tổ chức đối thoại", total=165),
    F("đối thoại 2 lần", "2", 2, "count", "lần", "lần đối thoại", optional=True),
    F("tiếp 126 lượt", "126", 126, "count", "lượt công dân", "lượt công dân liên quan đến dự án được tiếp",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")),
    F("tiếp nhận 58 đơn", "58", 58, "count", "đơn", "đơn kiến nghị tiếp nhận",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")),
    F("trả lời 51 đơn", "51", 51, "count", "đơn", "đơn kiến nghị đã trả lời",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")),
    F("khoảng 2.050 tỷ đồng", "2.050", 2050e9, "money", "đồng",
      "tổng kinh phí bồi thường, hỗ trợ, tái định cư dự kiến của dự án", approx="about", status="forecast"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "mặt bằng bàn giao", status="target",
      period=P("trước ngày 31/12/2024", None, "2024-12-31")),
]

COMMENTS = [
    "District portal (huyện Đông Anh, Hà Nội): GPMB dự án đường Vành đai 4. Dateline 'Ngày đăng: 05/10/2024 | Lượt xem: 2.315'.",
    "Distractors: 'Vành đai 4' (a name), 'Nghị quyết số 56/2022/QH15', 'Quốc lộ 3', phone 024.3883.2156, counter, 'ngày 30/9/2024' as an as-of date only.",
    "'173,2 ha, đạt 92,3% tổng diện tích; trong đó …' → percent 92.3, and the three land types (sum 173,2) take total 173.2.",
    "'giao 312 lô' and '486 lô' have no part-of cue: no total. '37 hộ' after 'trong đó' → total 165. '2 lần' (times a dialogue was held) and",
    "'bằng 5 lần giá đất' (a policy coefficient) are optional. 'dự kiến … khoảng 2.050 tỷ' forecast/about; 'phấn đấu … 100%' target.",
    "'Từ đầu năm đến nay' = 2024-01-01 … dateline 2024-10-05. Headline 'hơn 92%' is a figure (over). Location Đông Anh (district) throughout.",
]

write("p435-2", TEXT, FIGS, COMMENTS, published="2024-10-05", location="Đông Anh")
