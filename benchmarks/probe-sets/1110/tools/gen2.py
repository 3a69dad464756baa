"""p1110-2: district portal (huyện Côn Đảo, Bà Rịa - Vũng Tàu), sea-turtle conservation in 9 months of 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Tin tức - Sự kiện | Thứ Năm, 05/10/2023 - 14:30

Côn Đảo: Hơn 1.400 ổ trứng rùa biển được di dời, ấp nở trong 9 tháng

Theo Vườn quốc gia Côn Đảo, 9 tháng đầu năm 2023, tại các bãi đẻ trên hòn Bảy Cạnh, hòn Cau và hòn Tre Lớn đã ghi nhận 1.462 ổ trứng rùa biển, tăng 8,5% so với cùng kỳ năm 2022. Lực lượng kiểm lâm đã di dời toàn bộ số ổ này vào các khu ấp nở với tổng số 127.350 trứng; tỷ lệ nở bình quân đạt 84,6%. Số rùa con thả về biển là 107.740 con, trong đó riêng hòn Bảy Cạnh chiếm gần 62%.

Riêng quý III/2023, số ổ trứng ghi nhận là 531 ổ, giảm 6% so với quý II do thời tiết xấu. Cũng trong 9 tháng, đơn vị đã gắn thẻ cho 214 rùa mẹ, trong đó có 37 cá thể là rùa quay lại đẻ từ các năm trước.

Công tác tuần tra, bảo vệ khu bảo tồn biển được duy trì thường xuyên. Từ đầu năm đến nay, các trạm kiểm lâm và Đội Kiểm ngư đã tổ chức 286 chuyến tuần tra trên biển, phát hiện, xử lý 19 vụ vi phạm (giảm 7 vụ so với cùng kỳ), xử phạt hành chính 312 triệu đồng, tịch thu 4 tàu câu mực và 1.250 m lưới kéo.

Chương trình "Tình nguyện viên bảo tồn rùa biển" năm nay đã tiếp nhận 186 tình nguyện viên, trong đó 41 người là khách quốc tế. Mỗi đợt tình nguyện kéo dài 3 ngày, mức đóng góp 2,5 triệu đồng/người.

Dự kiến cả năm 2023, số ổ trứng được bảo vệ đạt khoảng 1.700 ổ, số rùa con thả về biển đạt trên 125.000 con. Huyện phấn đấu đến năm 2025 nâng tỷ lệ nở lên 88%.

Địa chỉ: số 28 Tôn Đức Thắng, thị trấn Côn Đảo. Điện thoại: 0254.3830.150.
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-05")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 1.400 ổ trứng", "1.400", 1400, "count", "ổ trứng", "ổ trứng rùa biển được di dời, ấp nở",
      P("trong 9 tháng", "2023-01-01", "2023-09-30"), approx="over"),
    F("ghi nhận 1.462 ổ trứng", "1.462", 1462, "count", "ổ trứng", "ổ trứng rùa biển ghi nhận tại các bãi đẻ", M9,
      change=C("increase", 8.5, "%", "cùng kỳ năm 2022")),
    F("tổng số 127.350 trứng", "127.350", 127350, "count", "trứng", "trứng di dời vào các khu ấp nở", I(M9)),
    F("bình quân đạt 84,6%", "84,6", 84.6, "percent", "%", "tỷ lệ nở bình quân", I(M9)),
    F("là 107.740 con", "107.740", 107740, "count", "con", "rùa con thả về biển", I(M9)),
    F("chiếm gần 62%", "62", 62, "percent", "%", "tỷ trọng rùa con thả về biển tại hòn Bảy Cạnh", I(M9), approx="nearly"),
    F("là 531 ổ", "531", 531, "count", "ổ", "số ổ trứng ghi nhận",
      P("quý III/2023", "2023-07-01", "2023-09-30"), change=C("decrease", 6, "%", "quý II")),
    F("thẻ cho 214 rùa mẹ", "214", 214, "count", "rùa mẹ", "rùa mẹ được gắn thẻ",
      P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("có 37 cá thể", "37", 37, "count", "cá thể", "rùa mẹ quay lại đẻ từ các năm trước",
      P("trong 9 tháng", "2023-01-01", "2023-09-30"), total=214),
    F("tổ chức 286 chuyến", "286", 286, "count", "chuyến tuần tra", "chuyến tuần tra trên biển", YTD),
    F("xử lý 19 vụ", "19", 19, "count", "vụ vi phạm", "vụ vi phạm được phát hiện, xử lý", YTD,
      change=C("decrease", 7, "vụ", "cùng kỳ")),
    F("hành chính 312 triệu đồng", "312", 312e6, "money", "đồng", "tiền xử phạt hành chính", YTD),
    F("tịch thu 4 tàu", "4", 4, "count", "tàu", "tàu câu mực bị tịch thu", YTD),
    F("1.250 m lưới", "1.250", 1250, "measure", "m", "lưới kéo bị tịch thu", YTD),
    F("tiếp nhận 186 tình nguyện viên", "186", 186, "count", "tình nguyện viên",
      "tình nguyện viên bảo tồn rùa biển được tiếp nhận", P("năm nay", "2023-01-01", "2023-12-31")),
    F("trong đó 41 người", "41", 41, "count", "người", "tình nguyện viên là khách quốc tế",
      P("năm nay", "2023-01-01", "2023-12-31"), total=186),
    F("kéo dài 3 ngày", "3", 3, "measure", "ngày", "thời gian mỗi đợt tình nguyện"),
    F("2,5 triệu đồng/người", "2,5", 2.5e6, "money", "đồng/người", "mức đóng góp của tình nguyện viên"),
    F("khoảng 1.700 ổ", "1.700", 1700, "count", "ổ", "số ổ trứng được bảo vệ", Y23, approx="about", status="forecast"),
    F("trên 125.000 con", "125.000", 125000, "count", "con", "số rùa con thả về biển", Y23, approx="over",
      status="forecast"),
    F("tỷ lệ nở lên 88%", "88", 88, "percent", "%", "tỷ lệ nở", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

NOTES = [
    "Côn Đảo district portal (Thứ Năm, 05/10/2023 - 14:30): nesting, hatchery, tagging, patrols, volunteers, forecast and target.",
    "Distractors: hòn Bảy Cạnh (number word in a name), số 28 Tôn Đức Thắng, phone 0254.3830.150, 14:30, 'quý II' (baseline only).",
    "'tỷ lệ nở bình quân đạt 84,6%' follows ';' with its own indicator: a percent figure, not the percent of 127.350 trứng.",
    "'riêng hòn Bảy Cạnh chiếm gần 62%': a share of a part (no base amount for the part), percent figure of its own; hòn Bảy Cạnh is an island, not a district: location stays Côn Đảo.",
    "'Từ đầu năm đến nay' ends at the dateline 2023-10-05; 'Dự kiến' governs both clauses of its sentence (forecast).",
    "Volunteer stint (3 ngày) and fee (2,5 triệu đồng/người) are standing programme terms in a sentence without a period: no period.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-10-05", location="Côn Đảo")
