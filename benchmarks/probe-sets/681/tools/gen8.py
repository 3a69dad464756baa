"""p681-8: provincial newspaper (Báo Cà Mau), byline + time before the lead — 2025 salary-reform budget, spending so far, streamlining, shortfall by district."""
import sys
from lib import F, P, I, CH, emit

TEXT = """Báo Cà Mau
Thời sự - Chính trị
Dành hơn 520 tỷ đồng cho cải cách tiền lương năm 2025
TRẦN NGUYỄN 16:05, 10/12/2024

(CMO) Chiều 10/12, tại Kỳ họp thứ 19, HĐND tỉnh Cà Mau khóa X đã thông qua Nghị quyết về dự toán ngân sách năm 2025, trong đó bố trí 523,8 tỷ đồng để thực hiện cải cách tiền lương, tăng 27,4% so với năm 2024.

Theo báo cáo của UBND tỉnh, tính đến hết tháng 9/2024, toàn tỉnh đã chi tăng thêm 284,6 tỷ đồng để thực hiện mức lương cơ sở mới và các chế độ phụ cấp; ước cả năm chi khoảng 478 tỷ đồng, đạt 96,5% dự toán. Riêng quý III/2024, kinh phí truy lĩnh do chậm điều chỉnh bậc lương là 12,7 tỷ đồng cho 1.934 người.

Về tinh giản biên chế, trong 9 tháng năm 2024 toàn tỉnh giảm 412 người hưởng lương từ ngân sách, tiết kiệm khoảng 38 tỷ đồng/năm. Tỉnh phấn đấu đến năm 2026 giảm ít nhất 5% biên chế công chức và ít nhất 10% biên chế viên chức so với năm 2021. Hiện tỷ lệ cán bộ, công chức, viên chức của tỉnh là 118 người/vạn dân, thuộc nhóm cao của vùng Đồng bằng sông Cửu Long.

Tuy nhiên, do nguồn tăng thu hạn chế, năm 2025 tỉnh còn thiếu khoảng 96 tỷ đồng nguồn cải cách tiền lương, chủ yếu ở 7 huyện: Trần Văn Thời (18,2 tỷ đồng), U Minh (15,6 tỷ đồng), Ngọc Hiển (14,1 tỷ đồng), Năm Căn (11,3 tỷ đồng)...

Đại biểu Lê Minh Thái (Tổ đại biểu số 3) đề nghị UBND tỉnh sớm trình Trung ương hỗ trợ phần thiếu hụt để không chậm trả lương.
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("Dành hơn 520 tỷ đồng", "520", 520e9, "money", "đồng",
      "kinh phí dành cho cải cách tiền lương", P("năm 2025", "2025-01-01", "2025-12-31"), approx="over"),
    F("bố trí 523,8 tỷ đồng", "523,8", 523.8e9, "money", "đồng",
      "dự toán ngân sách bố trí thực hiện cải cách tiền lương", Y25,
      change=CH("increase", 27.4, "%", "năm 2024")),
    F("thêm 284,6 tỷ đồng", "284,6", 284.6e9, "money", "đồng",
      "kinh phí chi tăng thêm thực hiện mức lương cơ sở mới và các chế độ phụ cấp",
      P("tính đến hết tháng 9/2024", None, "2024-09-30")),
    F("khoảng 478 tỷ đồng", "478", 478e9, "money", "đồng",
      "kinh phí chi tăng thêm thực hiện mức lương cơ sở mới cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", percent=96.5, status="estimate"),
    F("là 12,7 tỷ đồng", "12,7", 12.7e9, "money", "đồng",
      "kinh phí truy lĩnh do chậm điều chỉnh bậc lương", Q3),
    F("cho 1.934 người", "1.934", 1934, "count", "người",
      "người được truy lĩnh do chậm điều chỉnh bậc lương", Q3),
    F("giảm 412 người", "412", 412, "count", "người",
      "người hưởng lương từ ngân sách giảm do tinh giản biên chế",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("khoảng 38 tỷ đồng/năm", "38", 38e9, "money", "đồng/năm",
      "kinh phí tiết kiệm từ tinh giản biên chế", approx="about"),
    F("ít nhất 5%", "5", 5, "percent", "%",
      "tỷ lệ giảm biên chế công chức so với năm 2021", T26, approx="at_least", status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%",
      "tỷ lệ giảm biên chế viên chức so với năm 2021", T26, approx="at_least", status="target"),
    F("là 118 người/vạn dân", "118", 118, "measure", "người/vạn dân",
      "tỷ lệ cán bộ, công chức, viên chức trên dân số"),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng",
      "nguồn cải cách tiền lương còn thiếu", Y25, approx="about"),
    F("ở 7 huyện", "7", 7, "count", "huyện",
      "huyện thiếu nguồn cải cách tiền lương", Y25),
    F("Trần Văn Thời (18,2", "18,2", 18.2e9, "money", "đồng",
      "nguồn cải cách tiền lương còn thiếu", Y25, location="Trần Văn Thời"),
    F("U Minh (15,6", "15,6", 15.6e9, "money", "đồng",
      "nguồn cải cách tiền lương còn thiếu", Y25, location="U Minh"),
    F("Ngọc Hiển (14,1", "14,1", 14.1e9, "money", "đồng",
      "nguồn cải cách tiền lương còn thiếu", Y25, location="Ngọc Hiển"),
    F("Năm Căn (11,3", "11,3", 11.3e9, "money", "đồng",
      "nguồn cải cách tiền lương còn thiếu", Y25, location="Năm Căn"),
]

COMMENTS = [
    "Báo Cà Mau (CMO), byline + time + date before the lead ('TRẦN NGUYỄN 16:05, 10/12/2024'): 2025 budget for salary reform, spending to",
    "9/2024, arrears in Q3, streamlining, shortfall by district.",
    "Distractors: 'Chiều 10/12', 'Kỳ họp thứ 19', 'khóa X', 'Tổ đại biểu số 3', district name 'Năm Căn' (năm = five), 'so với năm 2021' (a baseline).",
    "Budget allocations adopted in the dự toán (520 / 523,8 tỷ for 2025) carry no status cue of FIGURES.md: actual. 'ước cả năm … đạt 96,5% dự toán'",
    "→ estimate with percent 96,5; 'cả năm' = 2024 (nearest earlier date). 'phấn đấu đến năm 2026 … ít nhất' → target, at_least (each share).",
    "'giảm 412 người' and 'tiết kiệm khoảng 38 tỷ đồng/năm' are amounts as the claim (no change). 118 người/vạn dân: measure with the rate unit.",
    "'chủ yếu ở 7 huyện: Trần Văn Thời (18,2 tỷ đồng), …': the colon follows the district count, not the 96 tỷ, and the items count money,",
    "so the items get no total; each item's district is its location; period năm 2025 from the sentence.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-8", TEXT, COMMENTS, FIGS, published="2024-12-10", location="Cà Mau") else 1)
