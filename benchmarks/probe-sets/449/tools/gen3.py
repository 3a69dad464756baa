import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức > Việc làm - Bảo hiểm thất nghiệp

Kết quả thực hiện chính sách bảo hiểm thất nghiệp quý III/2024

Trong quý III/2024, Trung tâm Dịch vụ việc làm tỉnh Bình Dương tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp của 21.486 người, giảm 8,3% so với quý II/2024 nhưng tăng 5,7% so với cùng kỳ năm 2023. Số liệu chi tiết theo từng tháng như sau:

Đơn vị tính: người
Chỉ tiêu | Tháng 7/2024 | Tháng 8/2024 | Tháng 9/2024 | Quý III/2024
Số người nộp hồ sơ hưởng TCTN | 7.352 | 6.918 | 7.216 | 21.486
Số người có quyết định hưởng TCTN | 6.871 | 6.502 | 6.790 | 20.163
Tỷ lệ có quyết định/nộp hồ sơ (%) | 93,5 | 94,0 | 94,1 | 93,8
Số người được tư vấn, giới thiệu việc làm | 9.105 | 8.764 | 9.332 | 27.201
Số người được hỗ trợ học nghề | 118 | 96 | 134 | 348

Tổng số tiền chi trả trợ cấp thất nghiệp trong quý đạt 612,4 tỷ đồng; lũy kế 9 tháng năm 2024 chi trả 1.745,8 tỷ đồng, chiếm khoảng 27% tổng chi trợ cấp thất nghiệp của cả nước.

Người lao động nghỉ việc chủ yếu từ các doanh nghiệp ngành gỗ, dệt may, giày da ở thành phố Thuận An, thành phố Dĩ An và thành phố Tân Uyên do thiếu đơn hàng; 68% người nộp hồ sơ có độ tuổi dưới 35.

Trung tâm cũng tổ chức 15 phiên giao dịch việc làm trực tuyến và trực tiếp, thu hút 412 lượt doanh nghiệp với khoảng 23.000 vị trí việc làm cần tuyển. Người lao động có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc liên hệ số 26 Huỳnh Văn Nghệ, phường Phú Lợi, điện thoại 0274.3822.915.

Phòng Bảo hiểm thất nghiệp
11/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
M = {7: P("Tháng 7/2024", "2024-07-01", "2024-07-31"), 8: P("Tháng 8/2024", "2024-08-01", "2024-08-31"),
     9: P("Tháng 9/2024", "2024-09-01", "2024-09-30"), 0: P("Quý III/2024", "2024-07-01", "2024-09-30")}
COLS = [7, 8, 9, 0]
CNAME = {7: "tháng 7/2024", 8: "tháng 8/2024", 9: "tháng 9/2024", 0: "quý III/2024"}
rows = [
    ("Số người nộp hồ sơ hưởng TCTN", ["7.352", "6.918", "7.216", "21.486"], "người", "count"),
    ("Số người có quyết định hưởng TCTN", ["6.871", "6.502", "6.790", "20.163"], "người", "count"),
    ("Tỷ lệ có quyết định/nộp hồ sơ (%)", ["93,5", "94,0", "94,1", "93,8"], "%", "percent"),
    ("Số người được tư vấn, giới thiệu việc làm", ["9.105", "8.764", "9.332", "27.201"], "người", "count"),
    ("Số người được hỗ trợ học nghề", ["118", "96", "134", "348"], "người", "count"),
]


def val(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


figs = [
    F("của 21.486 người", "21.486", 21486, "count", "người", "người đề nghị hưởng trợ cấp thất nghiệp", Q3,
      change=C("decrease", 8.3, baseline="quý II/2024")),
    F("tăng 5,7% so với", "5,7", 5.7, "percent", "%", "người đề nghị hưởng trợ cấp thất nghiệp so với cùng kỳ năm 2023", Q3, optional=True),
]
for label, cells, unit, kind in rows:
    for i, (cell, col) in enumerate(zip(cells, COLS)):
        anchor = (label + " | " + cell) if i == 0 else (cells[i - 1] + " | " + cell)
        subj = label.replace(" (%)", "") + " " + CNAME[col]
        figs.append(F(anchor, cell, val(cell), kind, unit, subj, M[col]))

figs += [
    F("đạt 612,4 tỷ đồng", "612,4", 612.4e9, "money", "đồng", "tổng số tiền chi trả trợ cấp thất nghiệp",
      P("trong quý", "2024-07-01", "2024-09-30")),
    F("chi trả 1.745,8 tỷ đồng", "1.745,8", 1745.8e9, "money", "đồng", "số tiền chi trả trợ cấp thất nghiệp lũy kế",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=27),
    F("; 68% người", "68", 68, "percent", "%", "người nộp hồ sơ có độ tuổi dưới 35", Q3i),
    F("dưới 35.", "35", 35, "measure", "tuổi", "độ tuổi", approx="under", optional=True),
    F("tổ chức 15 phiên", "15", 15, "count", "phiên", "phiên giao dịch việc làm trực tuyến và trực tiếp", Q3i),
    F("thu hút 412 lượt", "412", 412, "count", "lượt doanh nghiệp", "lượt doanh nghiệp phiên giao dịch việc làm thu hút", Q3i),
    F("khoảng 23.000 vị trí", "23.000", 23000, "count", "vị trí việc làm", "vị trí việc làm cần tuyển", Q3i, approx="about"),
]
header = [
    "revised after the first run: subject of '412 lượt doanh nghiệp' now uses the sentence's own words ('thu hút'), not an invented 'tham gia'.",
    "Sở LĐ-TB&XH Bình Dương (department site): unemployment insurance in Q3/2024, with a '|'-flattened monthly table. Bare date '11/10/2024' at the end.",
    "Table: 'Đơn vị tính: người', except the '(%)' row; every cell is a figure, subject = row label + column label, period from the column header",
    "(scored, as in shared h23/h24). The same 21.486 in text and table are two mentions. Second change 'tăng 5,7% so với cùng kỳ' is optional (FIGURES.md).",
    "'trong quý' in a quarterly report = Q3/2024. '1.745,8 tỷ đồng, chiếm khoảng 27%' -> percent 27. 68% keeps the province although the clause",
    "before it lists three cities (they are not the place of the share). Distractors: menu breadcrumb, 'số 26 Huỳnh Văn Nghệ', phone 0274.3822.915.",
]
emit("p449-3", text, header, {"published": "2024-10-11", "location": "Bình Dương"}, figs)
