"""p556-8: provincial disaster-prevention office site, Quảng Nam disaster prevention fund 2023 (relief funds)."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ / Tin tức / Quỹ Phòng, chống thiên tai

Quảng Nam: Quỹ Phòng, chống thiên tai năm 2023 thu được 38,6 tỷ đồng

28/12/2023 09:12 | 0 bình luận

Theo Văn phòng thường trực Ban Chỉ huy PCTT và TKCN tỉnh Quảng Nam, năm 2023 Quỹ Phòng, chống thiên tai tỉnh thu được 38,6 tỷ đồng, đạt 91,2% kế hoạch, tăng 6,4% so với năm 2022. Trong đó, các doanh nghiệp đóng góp 21,3 tỷ đồng, cán bộ, công chức và người lao động 14,8 tỷ đồng, các nguồn khác 2,5 tỷ đồng. Riêng quý IV/2023 thu được 9,4 tỷ đồng.

Mức đóng góp hiện hành là 15.000 đồng/người/năm đối với người lao động khác và 0,02% tổng giá trị tài sản đối với doanh nghiệp.

Trong năm, Quỹ đã chi 27,5 tỷ đồng, trong đó 15,2 tỷ đồng hỗ trợ 9 huyện miền núi khắc phục hậu quả mưa lũ. Các huyện Nam Trà My, Tây Giang, Đại Lộc lần lượt nhận 3,1 tỷ, 2,6 tỷ và 2,2 tỷ đồng. Đợt mưa lũ từ ngày 13 đến 16/11/2023 đã làm 4 người chết, 1.642 nhà bị ngập và khoảng 860 ha lúa, hoa màu bị hư hại.

Ngoài ra, Quỹ chi 6,3 tỷ đồng cho các hoạt động phòng ngừa, nâng cao nhận thức cộng đồng, tổ chức tập huấn cho hơn 2.500 lượt thành viên đội xung kích cấp xã.

Năm 2024, tỉnh phấn đấu thu Quỹ đạt 42 tỷ đồng; tỷ lệ doanh nghiệp nộp quỹ đạt trên 80%. Mọi ý kiến đóng góp xin gửi về Văn phòng thường trực, số 2 Hùng Vương, TP. Tam Kỳ; điện thoại 0235.3852.123.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
INY = P("Trong năm", "2023-01-01", "2023-12-31")
FLOOD = P("từ ngày 13 đến 16/11/2023", "2023-11-13", "2023-11-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm 2023 thu được 38,6 tỷ đồng\n", "38,6", 38.6e9, "money", "đồng", "Quỹ Phòng, chống thiên tai thu được", Y23),
    F("tỉnh thu được 38,6 tỷ đồng,", "38,6", 38.6e9, "money", "đồng", "Quỹ Phòng, chống thiên tai tỉnh thu được", Y23,
      percent=91.2, change=CH("increase", 6.4, "%", "năm 2022")),
    F("đóng góp 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "các doanh nghiệp đóng góp", I(Y23), total=38.6e9),
    F("lao động 14,8 tỷ đồng", "14,8", 14.8e9, "money", "đồng", "cán bộ, công chức và người lao động đóng góp", I(Y23),
      total=38.6e9),
    F("khác 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "các nguồn khác", I(Y23), total=38.6e9),
    F("thu được 9,4 tỷ đồng", "9,4", 9.4e9, "money", "đồng", "Quỹ thu được", P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("15.000 đồng/người/năm", "15.000", 15000, "money", "đồng/người/năm", "mức đóng góp đối với người lao động khác"),
    F("0,02% tổng giá trị", "0,02", 0.02, "percent", "%", "mức đóng góp đối với doanh nghiệp trên tổng giá trị tài sản"),
    F("chi 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", "Quỹ đã chi", INY),
    F("trong đó 15,2 tỷ đồng", "15,2", 15.2e9, "money", "đồng", "hỗ trợ các huyện miền núi khắc phục hậu quả mưa lũ", INY,
      total=27.5e9),
    F("hỗ trợ 9 huyện", "9", 9, "count", "huyện", "huyện miền núi được hỗ trợ khắc phục hậu quả mưa lũ", INY),
    F("nhận 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả mưa lũ", I(INY), location="Nam Trà My"),
    F("2,6 tỷ và", "2,6", 2.6e9, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả mưa lũ", I(INY), location="Tây Giang"),
    F("2,2 tỷ đồng", "2,2", 2.2e9, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả mưa lũ", I(INY), location="Đại Lộc"),
    F("làm 4 người chết", "4", 4, "count", "người", "người chết do mưa lũ", FLOOD),
    F("1.642 nhà", "1.642", 1642, "count", "nhà", "nhà bị ngập", FLOOD),
    F("khoảng 860 ha", "860", 860, "measure", "ha", "lúa, hoa màu bị hư hại", FLOOD, approx="about"),
    F("chi 6,3 tỷ đồng", "6,3", 6.3e9, "money", "đồng", "Quỹ chi cho các hoạt động phòng ngừa, nâng cao nhận thức cộng đồng"),
    F("hơn 2.500 lượt", "2.500", 2500, "count", "lượt thành viên", "lượt thành viên đội xung kích cấp xã được tập huấn",
      approx="over"),
    F("đạt 42 tỷ đồng", "42", 42e9, "money", "đồng", "thu Quỹ Phòng, chống thiên tai", Y24, status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ doanh nghiệp nộp quỹ", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Provincial disaster-prevention office site (Quảng Nam), date line '28/12/2023 09:12 | 0 bình luận': fund collected and spent in 2023.",
    "Not figures: '0 bình luận' (comment count), 09:12, quý IV/2023 and năm 2022 as periods/baselines, số 2 Hùng Vương,",
    "phone 0235.3852.123. Location Quảng Nam; districts in the 'lần lượt' list are locations (list indicator as subject).",
    "'Trong đó, ...' after a sentence break gives the three contributions the whole 38,6 tỷ; the 'lần lượt' amounts follow a",
    "sentence break without a cue and do not add up to 15,2 tỷ: no total. 'Trong năm' takes the year of 'năm 2023'.",
    "'đạt 91,2% kế hoạch' is the share of 38,6 tỷ, 'tăng 6,4% so với năm 2022' its change. Contribution rates (15.000 đồng/người/năm,",
    "0,02%) are figures without period. 'phấn đấu' governs both clauses of the 2024 sentence (target).",
]

if __name__ == "__main__":
    emit("p556-8", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Quảng Nam")
