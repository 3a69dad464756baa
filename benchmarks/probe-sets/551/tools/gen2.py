"""p551-2: huyện Bến Lức (Long An) district portal — huấn luyện an toàn, vệ sinh lao động 9 tháng năm 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẾN LỨC
Trang chủ » Tin tức » Lao động – Việc làm
Thứ Năm, 10/10/2024 - 14:20

Bến Lức: Hơn 3.800 lượt người lao động được huấn luyện an toàn, vệ sinh lao động trong 9 tháng

Trong 9 tháng năm 2024, Phòng Lao động – Thương binh và Xã hội huyện phối hợp với các tổ chức huấn luyện hạng B, hạng C tổ chức 46 lớp huấn luyện an toàn, vệ sinh lao động cho người lao động tại 128 doanh nghiệp trong các khu công nghiệp Thuận Đạo, Phú An Thạnh và dọc Quốc lộ 1. Số người được huấn luyện là 3.812 lượt người, đạt 84,7% kế hoạch năm. Trong đó, nhóm người làm công việc có yêu cầu nghiêm ngặt về an toàn, vệ sinh lao động (nhóm 3) có 1.146 người; nhóm người lao động khác (nhóm 4) có 2.390 người.

Tổng kinh phí tổ chức huấn luyện khoảng 465 triệu đồng, trong đó ngân sách huyện hỗ trợ 120 triệu đồng, doanh nghiệp đóng góp 345 triệu đồng. Mức hỗ trợ từ 150.000 đến 200.000 đồng/người/khóa.

Cũng trong 9 tháng, huyện đã kiểm tra việc thực hiện pháp luật lao động tại 35 doanh nghiệp, phát hiện 14 doanh nghiệp chưa tổ chức huấn luyện định kỳ, chiếm 40%; kiến nghị khắc phục 96 nội dung. Trên địa bàn huyện xảy ra 7 vụ tai nạn lao động, làm chết 2 người, giảm 3 vụ so với cùng kỳ năm 2023.

Quý IV/2024, huyện dự kiến tổ chức thêm 12 lớp cho khoảng 700 người lao động, phấn đấu cả năm đạt từ 95 đến 100% kế hoạch huấn luyện.

Thanh Tâm (Phòng LĐ-TB&XH huyện)
Điện thoại: 0272.3871.216
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9h = P("trong 9 tháng", "2024-01-01", "2024-09-30")
M9c = P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("Hơn 3.800 lượt", "3.800", 3800, "count", "lượt người",
      "lượt người lao động được huấn luyện an toàn, vệ sinh lao động", M9h, approx="over"),
    F("tổ chức 46 lớp", "46", 46, "count", "lớp", "lớp huấn luyện an toàn, vệ sinh lao động", M9),
    F("tại 128 doanh nghiệp", "128", 128, "count", "doanh nghiệp", "doanh nghiệp có người lao động được huấn luyện", M9),
    F("là 3.812 lượt người", "3.812", 3812, "count", "lượt người", "số người được huấn luyện", I(M9), percent=84.7),
    F("có 1.146 người", "1.146", 1146, "count", "người",
      "nhóm người làm công việc có yêu cầu nghiêm ngặt về an toàn, vệ sinh lao động", I(M9), total=3812),
    F("có 2.390 người", "2.390", 2390, "count", "người", "nhóm người lao động khác", I(M9), total=3812),
    F("khoảng 465 triệu đồng", "465", 465e6, "money", "đồng", "tổng kinh phí tổ chức huấn luyện", I(M9), approx="about"),
    F("hỗ trợ 120 triệu đồng", "120", 120e6, "money", "đồng", "ngân sách huyện hỗ trợ kinh phí huấn luyện", I(M9),
      total=465e6),
    F("góp 345 triệu đồng", "345", 345e6, "money", "đồng", "doanh nghiệp đóng góp kinh phí huấn luyện", I(M9),
      total=465e6),
    F("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/người/khóa", "mức hỗ trợ",
      value_max=200000),
    F("tại 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp",
      "doanh nghiệp được kiểm tra việc thực hiện pháp luật lao động", M9c),
    F("phát hiện 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp chưa tổ chức huấn luyện định kỳ",
      M9c, percent=40),
    F("khắc phục 96 nội dung", "96", 96, "count", "nội dung", "nội dung kiến nghị khắc phục", M9c),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ", "vụ tai nạn lao động", I(M9),
      change=CH("decrease", 3, "vụ", "cùng kỳ năm 2023")),
    F("chết 2 người", "2", 2, "count", "người", "người chết do tai nạn lao động", I(M9)),
    F("thêm 12 lớp", "12", 12, "count", "lớp", "lớp tổ chức thêm", Q4, status="forecast"),
    F("khoảng 700 người", "700", 700, "count", "người", "người lao động của các lớp tổ chức thêm", Q4,
      approx="about", status="forecast"),
    F("từ 95 đến 100%", "95", 95, "percent", "%", "tỷ lệ thực hiện kế hoạch huấn luyện cả năm",
      value_max=100, status="target"),
]

COMMENTS = [
    "District portal, huyện Bến Lức (Long An): huấn luyện an toàn, vệ sinh lao động 9 tháng năm 2024, kinh phí, kiểm tra, TNLĐ, quý IV.",
    "Dateline `Thứ Năm, 10/10/2024 - 14:20`; byline + phone at the end. Location = the district (`Bến Lức`).",
    "Headline `trong 9 tháng` takes 2024 from the dateline before it. `(nhóm 3)`, `(nhóm 4)`, `hạng B, hạng C`, `Quốc lộ 1` are names.",
    "`Trong đó` parts of 3.812 lượt người and of 465 triệu đồng get those totals. `chiếm 40%` after 14 doanh nghiệp is its share;",
    "14 of 35 has no part-of cue (no total). `giảm 3 vụ` goes to 7 vụ across `làm chết 2 người`. `dự kiến` -> forecast for 12 lớp and",
    "700 người; `phấn đấu cả năm đạt từ 95 đến 100%` -> target range (period `cả năm` left out, unscored).",
    "Distractors: 10/10/2024 - 14:20, nhóm 3/nhóm 4, Quốc lộ 1, 0272.3871.216.",
    "revised after first scoring: subjects of 1.146, 2.390, 150.000, 12 lớp, 700 người cut back to the sentence's own words (words imported from other sentences removed; FIGURES.md `as the sentence names it`, shared h14).",
]

if __name__ == "__main__":
    emit("p551-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Bến Lức")
