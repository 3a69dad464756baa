"""p681-7: Sở Tài chính Bình Định (department site, no dateline) — one-cell-per-line table of staff and added wage fund by sector."""
import sys
from lib import F, P, I, CH, emit

ROWS = [
    ("Giáo dục - Đào tạo", "18.245", "196.430"),
    ("Y tế", "4.870", "58.315"),
    ("Quản lý hành chính", "3.112", "35.620"),
    ("Đảng, đoàn thể", "1.406", "16.275"),
    ("Sự nghiệp khác", "2.967", "31.860"),
    ("Tổng cộng", "30.600", "338.500"),
]
TABLE = "Lĩnh vực\nSố người hưởng lương (người)\nQuỹ lương tăng thêm 6 tháng cuối năm 2024 (triệu đồng)\n" + \
    "".join(f"{a}\n{b}\n{c}\n" for a, b, c in ROWS)

TEXT = """SỞ TÀI CHÍNH TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Tin hoạt động ngành

Tổng hợp quỹ lương tăng thêm khi áp dụng mức lương cơ sở 2,34 triệu đồng/tháng

Sở Tài chính vừa hoàn thành tổng hợp nhu cầu kinh phí thực hiện Nghị định số 73/2024/NĐ-CP của 412 cơ quan, đơn vị cấp tỉnh và 11 huyện, thị xã, thành phố. Kết quả theo lĩnh vực như sau:

""" + TABLE + """
Lĩnh vực giáo dục - đào tạo chiếm hơn 58% quỹ lương tăng thêm do số lượng giáo viên lớn và được hưởng phụ cấp ưu đãi nghề từ 30% đến 70%. Bình quân mỗi tháng, quỹ lương toàn tỉnh tăng khoảng 56,4 tỷ đồng. Nguồn bảo đảm: ngân sách tỉnh tự cân đối 236,9 tỷ đồng, chiếm 70%; số còn lại 101,6 tỷ đồng đề nghị Trung ương hỗ trợ.

Giai đoạn 2022-2024, toàn tỉnh giảm 1.082 biên chế công chức, viên chức, vượt 8,2% kế hoạch; kinh phí tiết kiệm từ tinh giản biên chế và sắp xếp bộ máy là 48,7 tỷ đồng, đã bổ sung vào nguồn cải cách tiền lương.

Sở Tài chính tỉnh Bình Định - 399 Trần Hưng Đạo, TP Quy Nhơn | ĐT: 0256.3822.617 | Lượt truy cập: 1.284.559
"""

H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
P2224 = P("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")

FIGS = [
    F("cơ sở 2,34 triệu đồng/tháng", "2,34", 2.34e6, "money", "đồng/tháng", "mức lương cơ sở"),
    F("của 412 cơ quan", "412", 412, "count", "cơ quan, đơn vị",
      "cơ quan, đơn vị cấp tỉnh được tổng hợp nhu cầu kinh phí"),
    F("và 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố được tổng hợp nhu cầu kinh phí"),
]
for label, people, fund in ROWS:
    FIGS.append(F(f"{label}\n{people}\n", people, float(people.replace(".", "")), "count", "người",
                  f"{label} số người hưởng lương"))
    FIGS.append(F(f"\n{people}\n{fund}\n", fund, float(fund.replace(".", "")) * 1e6, "money", "đồng",
                  f"{label} quỹ lương tăng thêm", H2))
FIGS += [
    F("chiếm hơn 58%", "58", 58, "percent", "%",
      "tỷ trọng quỹ lương tăng thêm lĩnh vực giáo dục - đào tạo", approx="over"),
    F("từ 30% đến 70%", "30", 30, "percent", "%",
      "mức phụ cấp ưu đãi nghề giáo viên", value_max=70),
    F("khoảng 56,4 tỷ đồng", "56,4", 56.4e9, "money", "đồng",
      "quỹ lương toàn tỉnh tăng bình quân mỗi tháng", approx="about"),
    F("cân đối 236,9 tỷ đồng", "236,9", 236.9e9, "money", "đồng",
      "ngân sách tỉnh tự cân đối bảo đảm nguồn", percent=70),
    F("còn lại 101,6 tỷ đồng", "101,6", 101.6e9, "money", "đồng",
      "kinh phí đề nghị Trung ương hỗ trợ"),
    F("giảm 1.082 biên chế", "1.082", 1082, "count", "biên chế",
      "biên chế công chức, viên chức giảm", P2224,
      change=CH("increase", 8.2, "%", "kế hoạch")),
    F("là 48,7 tỷ đồng", "48,7", 48.7e9, "money", "đồng",
      "kinh phí tiết kiệm từ tinh giản biên chế và sắp xếp bộ máy bổ sung nguồn cải cách tiền lương", P2224),
]

COMMENTS = [
    "Sở Tài chính Bình Định department site, no dateline: table one cell per line (Lĩnh vực | Số người hưởng lương (người) |",
    "Quỹ lương tăng thêm 6 tháng cuối năm 2024 (triệu đồng)), sources, streamlining savings.",
    "Distractors: Nghị định số 73/2024/NĐ-CP, address '399 Trần Hưng Đạo', phone 0256.3822.617, 'Lượt truy cập: 1.284.559', menu bar.",
    "Table: units from the column headers (người; triệu đồng → ×10^6); the fund column's period from its header (scored, as shared h23);",
    "subject = row label + column; the 'Tổng cộng' row cells are figures too; no totals inside the table (no cue).",
    "'quỹ lương … tăng khoảng 56,4 tỷ đồng' is the increase as the claim: money, no change.",
    "'Nguồn bảo đảm:' follows no figure, so 236,9 / 101,6 tỷ get no total; 'chiếm 70%' is the share of 236,9 tỷ.",
    "'giảm 1.082 biên chế …, vượt 8,2% kế hoạch': the count of cuts is the figure; the gap to the plan is a change (increase 8,2 %, baseline kế hoạch).",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Định") else 1)
