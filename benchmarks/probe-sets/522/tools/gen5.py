"""p522-5: Báo Lâm Đồng (Party newspaper) - land violations in Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Xã hội | Pháp luật

Lâm Đồng: Phát hiện 214 vụ vi phạm đất đai trong quý I

Trong quý I/2024, lực lượng chức năng các địa phương trong tỉnh Lâm Đồng đã phát hiện 214 vụ vi phạm pháp luật về đất đai và trật tự xây dựng, giảm 12,3% so với cùng kỳ năm 2023. Các vụ vi phạm tập trung nhiều ở TP. Bảo Lộc (46 vụ), huyện Lâm Hà (39 vụ), Di Linh (31 vụ) và TP. Đà Lạt (28 vụ).

Tổng diện tích đất bị lấn chiếm, sử dụng sai mục đích khoảng 37,8 ha, trong đó có 21,4 ha đất lâm nghiệp. Đáng chú ý, có từ 30 đến 35% số vụ vi phạm liên quan đến việc phân lô, tách thửa, san gạt mặt bằng trái phép trên đất nông nghiệp.

Các địa phương đã ban hành 168 quyết định xử phạt vi phạm hành chính với tổng số tiền gần 3,25 tỷ đồng; cưỡng chế tháo dỡ 46 công trình xây dựng trái phép, buộc trồng lại 9,6 ha rừng. Riêng TP. Đà Lạt đã xử lý dứt điểm 24/28 vụ, đạt 85,7%.

Theo ông Trần Văn Phúc, Phó Giám đốc Sở Tài nguyên và Môi trường, trong quý II tỉnh dự kiến lắp đặt thêm khoảng 120 camera giám sát tại các khu vực nhạy cảm; phấn đấu năm 2024 giảm ít nhất 15% số vụ vi phạm so với năm 2023. Người dân có thể phản ánh vi phạm qua đường dây nóng 0263.3822.114 hoặc tại trụ sở Sở, số 36 Trần Phú, Phường 4, TP. Đà Lạt.

NGỌC MINH
18/04/2024
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
SUBJ = "vụ vi phạm pháp luật về đất đai và trật tự xây dựng"
LIST = "vụ vi phạm"

FIGS = [
    F("Phát hiện 214 vụ", "214", 214, "count", "vụ", subject="vụ vi phạm đất đai phát hiện",
      period=P("trong quý I", "2024-01-01", "2024-03-31")),
    F("đã phát hiện 214 vụ", "214", 214, "count", "vụ", change=CH("decrease", 12.3, baseline="cùng kỳ năm 2023"),
      subject=SUBJ + " phát hiện", period=Q1),
    F("Bảo Lộc (46 vụ)", "46", 46, "count", "vụ", subject=LIST, period=I(Q1), location="Bảo Lộc"),
    F("Lâm Hà (39 vụ)", "39", 39, "count", "vụ", subject=LIST, period=I(Q1), location="Lâm Hà"),
    F("Di Linh (31 vụ)", "31", 31, "count", "vụ", subject=LIST, period=I(Q1), location="Di Linh"),
    F("Đà Lạt (28 vụ)", "28", 28, "count", "vụ", subject=LIST, period=I(Q1), location="Đà Lạt"),
    F("khoảng 37,8 ha", "37,8", 37.8, "measure", "ha", approx="about",
      subject="tổng diện tích đất bị lấn chiếm, sử dụng sai mục đích", period=I(Q1)),
    F("có 21,4 ha", "21,4", 21.4, "measure", "ha", total=37.8,
      subject="diện tích đất lâm nghiệp bị lấn chiếm, sử dụng sai mục đích", period=I(Q1)),
    F("từ 30 đến 35%", "30", 30, "percent", "%", value_max=35,
      subject="số vụ vi phạm liên quan đến phân lô, tách thửa, san gạt mặt bằng trái phép trên đất nông nghiệp",
      period=I(Q1)),
    F("ban hành 168 quyết định", "168", 168, "count", "quyết định", subject="quyết định xử phạt vi phạm hành chính",
      period=I(Q1)),
    F("gần 3,25 tỷ đồng", "3,25", 3.25e9, "money", "đồng", approx="nearly", subject="tổng số tiền xử phạt",
      period=I(Q1)),
    F("tháo dỡ 46 công trình", "46", 46, "count", "công trình",
      subject="công trình xây dựng trái phép bị cưỡng chế tháo dỡ", period=I(Q1)),
    F("trồng lại 9,6 ha", "9,6", 9.6, "measure", "ha", subject="diện tích rừng buộc trồng lại", period=I(Q1)),
    F("dứt điểm 24/28 vụ", "24", 24, "count", "vụ", total=28, percent=85.7, subject="vụ vi phạm xử lý dứt điểm",
      period=I(Q1), location="Đà Lạt"),
    F("khoảng 120 camera", "120", 120, "count", "camera", approx="about", status="forecast",
      subject="camera giám sát lắp đặt thêm", period=P("trong quý II", "2024-04-01", "2024-06-30")),
    F("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
      subject="mức giảm số vụ vi phạm so với năm 2023", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Báo Lâm Đồng (Party newspaper): vi phạm pháp luật đất đai quý I/2024. Byline 'NGỌC MINH' and bare date '18/04/2024' at the end",
    "(published). Distractors: hotline 0263.3822.114, 'số 36 Trần Phú, Phường 4', 'năm 2023' baselines.",
    "The district list 'tập trung nhiều ở ... (46 vụ) ...' has no part-of cue and does not add up to 214: no total.",
    "'trong đó có 21,4 ha' -> total 37.8. 24/28 -> total 28, percent 85.7, location Đà Lạt ('Riêng TP. Đà Lạt').",
    "'từ 30 đến 35% số vụ' is a share standing as its own claim (percent, value_max 35). 'giảm ít nhất 15% ... so với năm 2023' under",
    "'phấn đấu' is a rate as the claim: percent target, at_least, no change. 'dự kiến' -> forecast; 'quý II' takes 2024.",
    "revised after the first scoring: the district-list items take the list's indicator as its own sentence names it",
    "('Các vụ vi phạm tập trung nhiều ở ...' -> 'vụ vi phạm'), not the full name from the sentence before.",
    "The headline repeats 214 (a figure of its own); its 'quý I' takes the year of the article (2024).",
]

emit("p522-5", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Lâm Đồng")
