"""p1020-8: provincial newspaper online (Báo Long An), headline figure, (BLA) tag, 9 months 2024."""
from lib import F, P, I, C, write

TEXT = """Báo Long An Online
Thời sự > An ninh - Trật tự
Long An: Hơn 94% cơ sở cầm đồ được kiểm tra trong 9 tháng
21/10/2024 - 10:12

(BLA) - 9 tháng đầu năm 2024, lực lượng Công an tỉnh đã kiểm tra 287/305 cơ sở kinh doanh dịch vụ cầm đồ trên địa bàn, đạt 94,1%. Trong đó, TP Tân An kiểm tra 58 cơ sở, huyện Đức Hòa 47 cơ sở, huyện Bến Lức 39 cơ sở, thị xã Kiến Tường 16 cơ sở, các địa phương còn lại 127 cơ sở.

Qua kiểm tra, lực lượng chức năng phát hiện 23 cơ sở vi phạm, tăng 4 cơ sở so với cùng kỳ; đã xử phạt 21 cơ sở với tổng số tiền 213,5 triệu đồng, bằng 118% so với cùng kỳ năm 2023. Các vi phạm chủ yếu là không niêm yết lãi suất, nhận cầm cố tài sản không có giấy tờ chứng minh quyền sở hữu.

Đáng chú ý, Công an tỉnh phát hiện 5 cơ sở có biểu hiện cho vay lãi nặng với mức lãi từ 2.000 đến 5.000 đồng/1 triệu đồng/ngày. Cơ quan Cảnh sát điều tra đã khởi tố 4 vụ, 9 bị can về tội cho vay lãi nặng trong giao dịch dân sự theo Điều 201 Bộ luật Hình sự năm 2015, tổng số tiền cho vay hơn 4,2 tỷ đồng.

Theo Thượng tá Võ Minh Tâm, Phó Trưởng phòng PC06 Công an tỉnh, hiện nhiều cơ sở cầm đồ dọc Quốc lộ 1 và Quốc lộ N2 hoạt động dưới hình thức "cầm đồ online", cho vay qua mạng xã hội. Trong quý IV/2024, Công an tỉnh dự kiến mở 3 đợt cao điểm tấn công trấn áp tội phạm. Phấn đấu đến ngày 31/12/2024, 100% cơ sở trên địa bàn được kiểm tra.

Hoàng Nam
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
SUBJ = "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra"
FIGS = [
    F("Hơn 94%", "94", 94, "percent", "%", "cơ sở cầm đồ được kiểm tra",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("287/305", "287", 287, "count", "cơ sở", SUBJ, M9, total=305, percent=94.1),
    F("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", SUBJ, I(M9), total=287, location="Tân An"),
    F("47 cơ sở", "47", 47, "count", "cơ sở", SUBJ, I(M9), total=287, location="Đức Hòa"),
    F("39 cơ sở", "39", 39, "count", "cơ sở", SUBJ, I(M9), total=287, location="Bến Lức"),
    F("16 cơ sở", "16", 16, "count", "cơ sở", SUBJ, I(M9), total=287, location="Kiến Tường"),
    F("127 cơ sở", "127", 127, "count", "cơ sở", SUBJ + " tại các địa phương còn lại", I(M9), total=287),
    F("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở vi phạm", I(M9),
      change=C("increase", 4, "cơ sở", "cùng kỳ")),
    F("xử phạt 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở bị xử phạt", I(M9)),
    F("213,5 triệu đồng", "213,5", 213.5e6, "money", "đồng", "tổng số tiền xử phạt", I(M9), percent=118),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở có biểu hiện cho vay lãi nặng", I(M9)),
    F("từ 2.000 đến 5.000 đồng", "2.000", 2000, "money", "đồng/1 triệu đồng/ngày", "mức lãi cho vay", I(M9),
      value_max=5000),
    F("khởi tố 4 vụ", "4", 4, "count", "vụ", "vụ cho vay lãi nặng trong giao dịch dân sự bị khởi tố", I(M9)),
    F("9 bị can", "9", 9, "count", "bị can", "bị can bị khởi tố về tội cho vay lãi nặng trong giao dịch dân sự", I(M9)),
    F("hơn 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tổng số tiền cho vay", I(M9), approx="over"),
    F("mở 3 đợt", "3", 3, "count", "đợt", "đợt cao điểm tấn công trấn áp tội phạm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở trên địa bàn được kiểm tra",
      P("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
]

NOTES = [
    "Probe 1020-8: Báo Long An online, headline 'Hơn 94% …', dateline 21/10/2024 - 10:12, tag (BLA) -, byline at the end.",
    "287/305 → total 305 and percent 94,1. The localities after 'Trong đó' are parts of the 287 (they add up): total 287.",
    "'bằng 118% so với cùng kỳ năm 2023' after the fine amount is its percent attribute.",
    "'Phấn đấu đến ngày 31/12/2024, 100% …' is a target with an as-of period.",
    "revised after the first run: 9 bị can subject now carries 'về tội cho vay lãi nặng trong giao dịch dân sự' (the qualifier right after the number; its sibling 4 vụ already had it).",
    "Distractors: (BLA), Quốc lộ 1, Quốc lộ N2, Điều 201 Bộ luật Hình sự năm 2015, PC06, 10:12.",
]

write("p1020-8", TEXT, NOTES, FIGS, published="2024-10-21", location="Long An")
