"""p626-8: Hải Phòng city portal, legal aid and lawyers in 9 months of 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG
Tin tức - Sự kiện › Tư pháp
Ngày đăng: 08/10/2024 16:40

Hải Phòng: Trợ giúp pháp lý 9 tháng đạt hơn 80% kế hoạch năm

9 tháng năm 2024, Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng đã thụ lý 645 vụ việc, đạt 80,6% kế hoạch năm (800 vụ việc), tăng 11,2% so với cùng kỳ năm 2023. Riêng quý III/2024 thụ lý 238 vụ việc, cao nhất từ đầu năm.

Trong số 645 vụ việc, có 489 vụ việc tham gia tố tụng (chiếm 75,8%), 141 vụ việc tư vấn pháp luật và 15 vụ việc đại diện ngoài tố tụng. Đối tượng được trợ giúp chủ yếu là người chưa thành niên bị buộc tội (176 người), người thuộc hộ nghèo (94 người) và người khuyết tật (57 người).

Trung tâm đã tổ chức 27 đợt trợ giúp pháp lý lưu động tại các huyện Thủy Nguyên, Tiên Lãng, Vĩnh Bảo và huyện đảo Bạch Long Vĩ với hơn 1.900 lượt người tham dự; chi phí bình quân khoảng 2,85 triệu đồng/vụ việc.

Tính đến ngày 30/9/2024, Đoàn Luật sư thành phố có 412 luật sư, hoạt động tại 236 tổ chức hành nghề luật sư; trong 9 tháng, các luật sư đã bào chữa theo chỉ định của cơ quan tiến hành tố tụng 1.158 vụ án.

Quý IV/2024, Trung tâm phấn đấu thụ lý thêm ít nhất 155 vụ việc để hoàn thành 100% kế hoạch năm. Đường dây nóng trợ giúp pháp lý: 0225.3747.616; trụ sở: số 19 Lê Đại Hành, quận Hồng Bàng. Hoạt động được triển khai theo Quyết định số 2479/QĐ-UBND của UBND thành phố.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 80% kế hoạch", "80", 80, "percent", "%", "tỷ lệ thực hiện kế hoạch năm trợ giúp pháp lý",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("thụ lý 645 vụ việc", "645", 645, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý", M9,
      percent=80.6, target=T(800, "vụ việc"), change=CH("increase", 11.2, baseline="cùng kỳ năm 2023")),
    F("thụ lý 238 vụ việc", "238", 238, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("Trong số 645 vụ việc", "645", 645, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý", I(M9),
      optional=True, note="the 645 restated as the whole of the breakdown: optional"),
    F("có 489 vụ việc", "489", 489, "count", "vụ việc", "vụ việc tham gia tố tụng", I(M9), total=645, percent=75.8),
    F("141 vụ việc", "141", 141, "count", "vụ việc", "vụ việc tư vấn pháp luật", I(M9), total=645),
    F("và 15 vụ việc", "15", 15, "count", "vụ việc", "vụ việc đại diện ngoài tố tụng", I(M9), total=645),
    F("(176 người)", "176", 176, "count", "người", "người chưa thành niên bị buộc tội được trợ giúp pháp lý", I(M9)),
    F("(94 người)", "94", 94, "count", "người", "người thuộc hộ nghèo được trợ giúp pháp lý", I(M9)),
    F("(57 người)", "57", 57, "count", "người", "người khuyết tật được trợ giúp pháp lý", I(M9)),
    F("tổ chức 27 đợt", "27", 27, "count", "đợt", "đợt trợ giúp pháp lý lưu động", I(M9)),
    F("hơn 1.900 lượt người", "1.900", 1900, "count", "lượt người", "lượt người tham dự trợ giúp pháp lý lưu động",
      I(M9), approx="over"),
    F("khoảng 2,85 triệu", "2,85", 2.85e6, "money", "đồng/vụ việc", "chi phí bình quân trợ giúp pháp lý", I(M9),
      approx="about"),
    F("có 412 luật sư", "412", 412, "count", "luật sư", "luật sư của Đoàn Luật sư thành phố", ASOF),
    F("tại 236 tổ chức", "236", 236, "count", "tổ chức hành nghề luật sư", "tổ chức hành nghề luật sư", ASOF),
    F("tụng 1.158 vụ án", "1.158", 1158, "count", "vụ án",
      "vụ án luật sư bào chữa theo chỉ định của cơ quan tiến hành tố tụng",
      P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("ít nhất 155 vụ việc", "155", 155, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý thêm", Q4,
      approx="at_least", status="target"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "hoàn thành kế hoạch năm trợ giúp pháp lý", status="target"),
]

COMMENTS = [
    "Cổng TTĐT TP. Hải Phòng (invented): trợ giúp pháp lý 9 tháng năm 2024 — vụ việc vs plan, by form and group, mobile sessions, lawyers.",
    "Dateline 'Ngày đăng: 08/10/2024 16:40'. Distractors: hotline 0225.3747.616, số 19 Lê Đại Hành, Quyết định số 2479/QĐ-UBND,",
    "'cao nhất từ đầu năm' (no number), quarters as periods.",
    "'đạt 80,6% kế hoạch năm (800 vụ việc)': percent 80.6 and target 800 (the plan in brackets) on the 645; plus the change 11,2%.",
    "'Trong số 645 vụ việc, có 489 …': the parts take 645 as total (489+141+15 = 645); the restated 645 is optional.",
    "Groups in brackets (176, 94, 57) are a list of groups, not a breakdown after a whole: no total.",
    "27 đợt in four districts → location stays Hải Phòng (several districts). Headline '9 tháng' takes 2024 from the lead.",
    "'phấn đấu … 100% kế hoạch năm' has no period phrase of its own (the year), so no period is given; 155 is a quý IV/2024 target.",
]

if __name__ == "__main__":
    emit("p626-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hải Phòng")
