"""p781-1: Bà Rịa - Vũng Tàu province portal - Côn Đảo nesting season 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế - Xã hội

Côn Đảo: Gần 88.000 rùa con được thả về biển trong năm 2024

Cập nhật: 05/11/2024 15:42 | Lượt xem: 3.418

(BRVT) Tính đến ngày 31/10/2024, Vườn quốc gia Côn Đảo đã ghi nhận 1.236 lượt rùa mẹ lên bãi đẻ, tăng 8,4% so với cùng kỳ năm 2023. Lực lượng kiểm lâm tại 7 trạm đã di dời vào khu ấp an toàn 1.214 ổ trứng với tổng số 103.580 quả trứng, trong đó Hòn Bảy Cạnh có 612 ổ, Hòn Cau 298 ổ, Hòn Tre Lớn 176 ổ, các bãi còn lại 128 ổ.

Cũng đến thời điểm này, đã có 87.612 rùa con nở và được thả về biển an toàn; tỷ lệ nở trung bình đạt 84,6%, cao hơn 2,1 điểm phần trăm so với năm 2023. Về thành phần loài, vích chiếm khoảng 97% số ổ trứng, còn lại là đồi mồi với 36 ổ. Số ổ trứng rùa biển tại Côn Đảo hiện chiếm hơn 90% tổng số ổ ghi nhận trên cả nước.

Bên cạnh công tác ấp trứng, Vườn phối hợp với Huyện đoàn Côn Đảo tổ chức 14 đợt tình nguyện với 326 lượt tình nguyện viên tham gia; đón 2.450 lượt du khách trải nghiệm xem rùa đẻ và thả rùa con tại Hòn Bảy Cạnh, mang lại nguồn thu hơn 1,9 tỷ đồng.

Năm 2025, Vườn quốc gia Côn Đảo phấn đấu bảo vệ an toàn trên 1.300 ổ trứng, tỷ lệ nở đạt từ 85 đến 88%, giảm 50% lượng rác thải nhựa trên các bãi đẻ.

Thông tin về chương trình tình nguyện bảo tồn rùa biển, liên hệ Phòng Giáo dục môi trường và Dịch vụ, Vườn quốc gia Côn Đảo, số 29 Tôn Đức Thắng, Côn Đảo; điện thoại 0254.3830.669.

Chia sẻ | In bài | Gửi email
"""

ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 88.000 rùa con", "88.000", 88000, "count", "rùa con",
      "rùa con được thả về biển", P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("ghi nhận 1.236 lượt", "1.236", 1236, "count", "lượt",
      "lượt rùa mẹ lên bãi đẻ", ASOF, change=CH("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("tại 7 trạm", "7", 7, "count", "trạm", "trạm kiểm lâm", optional=True),
    F("an toàn 1.214 ổ", "1.214", 1214, "count", "ổ trứng",
      "ổ trứng di dời vào khu ấp an toàn", I(ASOF)),
    F("tổng số 103.580 quả", "103.580", 103580, "count", "quả trứng",
      "tổng số quả trứng di dời vào khu ấp", I(ASOF)),
    F("Cạnh có 612 ổ", "612", 612, "count", "ổ",
      "ổ trứng di dời tại Hòn Bảy Cạnh", I(ASOF), total=1214),
    F("Hòn Cau 298 ổ", "298", 298, "count", "ổ",
      "ổ trứng di dời tại Hòn Cau", I(ASOF), total=1214),
    F("Hòn Tre Lớn 176 ổ", "176", 176, "count", "ổ",
      "ổ trứng di dời tại Hòn Tre Lớn", I(ASOF), total=1214),
    F("còn lại 128 ổ", "128", 128, "count", "ổ",
      "ổ trứng di dời tại các bãi còn lại", I(ASOF), total=1214),
    F("có 87.612 rùa con", "87.612", 87612, "count", "rùa con",
      "rùa con nở và được thả về biển an toàn", I(ASOF)),
    F("đạt 84,6%", "84,6", 84.6, "percent", "%",
      "tỷ lệ nở trung bình", I(ASOF), change=CH("increase", 2.1, "điểm phần trăm", "năm 2023")),
    F("khoảng 97%", "97", 97, "percent", "%", "số ổ trứng của vích", I(ASOF), approx="about"),
    F("với 36 ổ", "36", 36, "count", "ổ", "ổ trứng của đồi mồi", I(ASOF)),
    F("hơn 90%", "90", 90, "percent", "%",
      "số ổ trứng rùa biển tại Côn Đảo trong tổng số ổ ghi nhận trên cả nước", approx="over"),
    F("14 đợt", "14", 14, "count", "đợt", "đợt tình nguyện"),
    F("326 lượt", "326", 326, "count", "lượt tình nguyện viên", "tình nguyện viên tham gia"),
    F("2.450 lượt", "2.450", 2450, "count", "lượt du khách",
      "du khách trải nghiệm xem rùa đẻ và thả rùa con tại Hòn Bảy Cạnh"),
    F("hơn 1,9 tỷ", "1,9", 1_900_000_000, "money", "đồng", "nguồn thu", approx="over"),
    F("trên 1.300 ổ", "1.300", 1300, "count", "ổ trứng", "ổ trứng được bảo vệ an toàn", Y25,
      approx="over", status="target"),
    F("từ 85 đến 88%", "85", 85, "percent", "%", "tỷ lệ nở", Y25, value_max=88, status="target"),
    F("giảm 50%", "50", 50, "percent", "%", "giảm lượng rác thải nhựa trên các bãi đẻ", Y25,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu: Côn Đảo, mùa rùa biển sinh sản 2024 (ổ trứng, rùa con, tỷ lệ nở, tình nguyện, du lịch, mục tiêu 2025).",
    "'Cập nhật: 05/11/2024 15:42' is the dateline; 'Lượt xem: 3.418', the address 'số 29 Tôn Đức Thắng' and the phone are furniture.",
    "The figures describe huyện Côn Đảo (a district of Bà Rịa - Vũng Tàu): location 'Côn Đảo'. The island beaches (Hòn Bảy Cạnh, Hòn Cau,",
    "Hòn Tre Lớn) are no province or district, so they stay in the subject. Their nests follow 'trong đó' after '103.580 quả trứng', but the",
    "whole that counts the same thing (ổ) is 1.214 ổ, and 612+298+176+128 = 1214. The as-of date of the lead governs the next sentences",
    "(inherited). '7 trạm' is structure (optional). 'cao hơn 2,1 điểm phần trăm so với năm 2023' is the change of 84,6%.",
]

if __name__ == "__main__":
    emit("p781-1", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Côn Đảo")
