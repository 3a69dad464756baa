"""p1341-2: district portal (huyện Côn Đảo): sea-turtle nesting season 2024, hatchlings, rescue, targets 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Tài nguyên - Môi trường | Liên hệ

Hơn 150.000 rùa con được thả về biển Côn Đảo

21/10/2024 - 15:10

Theo Vườn quốc gia Côn Đảo, từ đầu mùa sinh sản đến ngày 15/10/2024, lực lượng kiểm lâm đã ghi nhận 2.146 lượt rùa mẹ lên bãi đẻ; di dời, ấp nở 2.080 ổ với tổng số 182.340 trứng, tăng 8,6% so với cùng kỳ năm 2023. Tỷ lệ nở bình quân đạt 84,5%, cao hơn 2,1 điểm phần trăm so với năm trước; đã thả về biển 154.120 rùa con, vượt 2,7% kế hoạch năm.

Hòn Bảy Cạnh tiếp tục là điểm có nhiều ổ trứng nhất với 986 ổ, chiếm 47,4% tổng số ổ; tiếp đến là Hòn Cau 412 ổ và Hòn Tài 265 ổ.

Trong 9 tháng đầu năm, đơn vị đã cứu hộ thành công 17 cá thể rùa biển mắc lưới, trong đó có hai cá thể đồi mồi thuộc nhóm IB; gắn thẻ theo dõi cho 312 rùa mẹ. Chương trình tình nguyện viên bảo tồn rùa biển thu hút 1.150 lượt người tham gia, thu phí dịch vụ trải nghiệm hơn 1,6 tỷ đồng; mỗi đợt kéo dài 2-3 đêm tại đảo.

Vườn quốc gia Côn Đảo có tổng diện tích 19.883,15 ha, trong đó vùng biển 14.000 ha, và đứng thứ nhất cả nước về số lượng rùa biển lên đẻ.

Năm 2025, đơn vị phấn đấu di dời, ấp nở trên 2.200 ổ trứng, tỷ lệ nở từ 85% trở lên; dự kiến lắp đặt thêm 6 camera giám sát tại các bãi đẻ.

Nguồn: Vườn quốc gia Côn Đảo

Tin khác:
- Côn Đảo triển khai nhiệm vụ phát triển kinh tế - xã hội quý IV/2024
- Ra quân làm sạch bờ biển hưởng ứng Chiến dịch Làm cho thế giới sạch hơn

UBND huyện Côn Đảo - Số 28 Tôn Đức Thắng, khu 2, thị trấn Côn Đảo. ĐT: 0254.3830.167
"""

SEASON = per("từ đầu mùa sinh sản đến ngày 15/10/2024", None, "2024-10-15")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 150.000 rùa con", "150.000", 150000, "count", "rùa con", approx="over",
        subject="rùa con được thả về biển"),
    fig("ghi nhận 2.146 lượt", "2.146", 2146, "count", "lượt", subject="lượt rùa mẹ lên bãi đẻ", period=SEASON),
    fig("ấp nở 2.080 ổ", "2.080", 2080, "count", "ổ", subject="ổ trứng rùa di dời, ấp nở", period=SEASON),
    fig("tổng số 182.340 trứng", "182.340", 182340, "count", "trứng",
        change=chg("increase", 8.6, "%", "cùng kỳ năm 2023"), subject="trứng rùa di dời, ấp nở", period=SEASON),
    fig("bình quân đạt 84,5%", "84,5", 84.5, "percent", "%",
        change=chg("increase", 2.1, "điểm phần trăm", "năm trước"), subject="tỷ lệ nở bình quân",
        period=inh(SEASON)),
    fig("biển 154.120 rùa con", "154.120", 154120, "count", "rùa con",
        change=chg("increase", 2.7, "%", "kế hoạch năm"), subject="rùa con thả về biển", period=inh(SEASON)),
    fig("với 986 ổ", "986", 986, "count", "ổ", percent=47.4, subject="ổ trứng tại Hòn Bảy Cạnh",
        period=inh(SEASON)),
    fig("Hòn Cau 412 ổ", "412", 412, "count", "ổ", subject="ổ trứng tại Hòn Cau", period=inh(SEASON)),
    fig("Hòn Tài 265 ổ", "265", 265, "count", "ổ", subject="ổ trứng tại Hòn Tài", period=inh(SEASON)),
    fig("thành công 17 cá thể", "17", 17, "count", "cá thể", subject="rùa biển mắc lưới được cứu hộ thành công",
        period=NINE),
    fig("có hai cá thể", "hai", 2, "count", "cá thể", total=17, subject="cá thể đồi mồi được cứu hộ", period=NINE),
    fig("cho 312 rùa mẹ", "312", 312, "count", "rùa mẹ", subject="rùa mẹ được gắn thẻ theo dõi", period=NINE),
    fig("thu hút 1.150 lượt", "1.150", 1150, "count", "lượt người",
        subject="lượt người tham gia chương trình tình nguyện viên bảo tồn rùa biển", period=inh(NINE)),
    fig("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", subject="phí dịch vụ trải nghiệm thu được",
        period=inh(NINE)),
    fig("kéo dài 2-3 đêm", "2", 2, "measure", "đêm", value_max=3, subject="thời gian mỗi đợt tình nguyện tại đảo"),
    fig("diện tích 19.883,15 ha", "19.883,15", 19883.15, "measure", "ha",
        subject="tổng diện tích Vườn quốc gia Côn Đảo"),
    fig("vùng biển 14.000 ha", "14.000", 14000, "measure", "ha", total=19883.15,
        subject="diện tích vùng biển của Vườn quốc gia"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="số lượng rùa biển lên đẻ"),
    fig("trên 2.200 ổ", "2.200", 2200, "count", "ổ", approx="over", status="target",
        subject="ổ trứng rùa di dời, ấp nở", period=Y25),
    fig("từ 85% trở lên", "85", 85, "percent", "%", approx="at_least", status="target", subject="tỷ lệ nở",
        period=Y25),
    fig("thêm 6 camera", "6", 6, "count", "camera", status="forecast",
        subject="camera giám sát lắp đặt thêm tại các bãi đẻ", period=Y25),
]

NOTES = [
    "District portal (huyện Côn Đảo): sea-turtle nesting season 2024 of Vườn quốc gia Côn Đảo; dateline '21/10/2024 - 15:10'.",
    "Distractors: dateline and time, '15/10/2024', 'nhóm IB', 'quý IV/2024' in a link, 'Số 28 Tôn Đức Thắng, khu 2', phone.",
    "All figures are located in Côn Đảo (district); islands (Hòn Bảy Cạnh, Hòn Cau, Hòn Tài) are no administrative places: subject.",
    "'từ đầu mùa sinh sản đến ngày 15/10/2024' is an as-of period (start null); the next sentence and paragraph inherit it.",
    "'cao hơn 2,1 điểm phần trăm so với năm trước' is the change of the 84,5% level; 'vượt 2,7% kế hoạch năm' a change against plan.",
    "'chiếm 47,4% tổng số ổ' is the percent of 986 ổ (no total: the whole is not stated as a number). The list items take",
    "the indicator 'ổ trứng'. 'trong đó có hai cá thể đồi mồi' → total 17; 'trong đó vùng biển 14.000 ha' → total 19.883,15 ha.",
    "'đứng thứ nhất cả nước' is a rank 1 (number word), located in Côn Đảo. 'từ 85% trở lên' = at_least. '9 tháng đầu năm' → 2024.",
    "'phấn đấu' governs '2.200 ổ' and '85%' (target); 'dự kiến' the camera clause (forecast). Headline has no period.",
]

if __name__ == "__main__":
    write("p1341-2", TEXT, NOTES, FIGS, published="2024-10-21", location="Côn Đảo")
