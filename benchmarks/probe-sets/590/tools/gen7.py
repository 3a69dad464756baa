"""p590-7: department site (Sở LĐ-TB&XH Bình Định), no dateline — one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH ĐỊNH
Trang chủ » Giáo dục nghề nghiệp » Tin hoạt động

Kết quả hỗ trợ học nghề, việc làm cho người chấp hành xong án phạt tù

Thực hiện Kế hoạch số 86/KH-UBND của UBND tỉnh Bình Định, Sở Lao động - Thương binh và Xã hội đã phối hợp với Công an tỉnh, Tỉnh đoàn và các cơ sở giáo dục nghề nghiệp hỗ trợ người chấp hành xong án phạt tù học nghề, tìm việc làm. Kết quả cụ thể như sau:

Đơn vị tính: người

Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Người chấp hành xong án phạt tù trở về
612
657
700
Được tư vấn học nghề, việc làm
398
455
520
Được hỗ trợ học nghề
74
96
120
Được giới thiệu việc làm
187
231
280

Năm 2023, tổng kinh phí hỗ trợ học nghề cho người chấp hành xong án phạt tù là 412,5 triệu đồng, đạt 91,7% dự toán, bình quân 4,3 triệu đồng/người; 92,7% học viên có việc làm sau khi học nghề. Hiện toàn tỉnh có 11 cơ sở giáo dục nghề nghiệp tham gia đào tạo và 35 doanh nghiệp cam kết tiếp nhận lao động là người đã chấp hành xong án.

Sở đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp với Công an cấp huyện rà soát nhu cầu học nghề của người chấp hành xong án phạt tù ngay khi trở về địa phương, kịp thời đưa vào kế hoạch đào tạo của năm.

Mọi chi tiết xin liên hệ: Phòng Giáo dục nghề nghiệp, số 02 Đống Đa, TP Quy Nhơn. Điện thoại: 0256.3822.614.

Tổng lượt truy cập: 2.456.781
"""

COLS = [
    ("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
    ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]
ROWS = [
    ("Người chấp hành xong án phạt tù trở về", ["612", "657", "700"]),
    ("Được tư vấn học nghề, việc làm", ["398", "455", "520"]),
    ("Được hỗ trợ học nghề", ["74", "96", "120"]),
    ("Được giới thiệu việc làm", ["187", "231", "280"]),
]
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = []
for label, cells in ROWS:
    prev = label
    for (col, per, st), cell in zip(COLS, cells):
        kw = {"status": st} if st else {}
        FIGS.append(F(f"{prev}\n{cell}\n", cell, int(cell), "count", "người",
                      f"{label} {col.lower()}", per, **kw))
        prev = cell
FIGS += [
    F("là 412,5 triệu", "412,5", 412.5e6, "money", "đồng",
      "tổng kinh phí hỗ trợ học nghề cho người chấp hành xong án phạt tù", Y23, percent=91.7),
    F("bình quân 4,3 triệu", "4,3", 4.3e6, "money", "đồng/người", "kinh phí hỗ trợ học nghề bình quân", Y23),
    F("92,7% học viên", "92,7", 92.7, "percent", "%", "học viên có việc làm sau khi học nghề", Y23),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở giáo dục nghề nghiệp",
      "cơ sở giáo dục nghề nghiệp tham gia đào tạo"),
    F("và 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp",
      "doanh nghiệp cam kết tiếp nhận lao động là người đã chấp hành xong án"),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Bình Định), no dateline: no published. Footer counter 'Tổng lượt truy cập: 2.456.781' is furniture.",
    "Table with one cell per line and a 'Đơn vị tính: người' line: 12 numeric cells, subject = row label + column label,",
    "period from the column header (scored, as in shared h23); 'Kế hoạch 2024' column -> status target.",
    "'đạt 91,7% dự toán' is the percent attribute of 412,5 triệu đồng. 'Hiện toàn tỉnh có' stock figures: no period.",
    "Distractors: Kế hoạch số 86/KH-UBND, số 02 Đống Đa, phone 0256.3822.614, counter.",
]

if __name__ == "__main__":
    emit("p590-7", TEXT, COMMENTS, FIGS, location="Bình Định")
