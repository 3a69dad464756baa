"""p1406-6: national newspaper (VnExpress-like): survey of first-graders' Vietnamese in six mountain provinces."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """Giáo dục › Tin tức
Thứ hai, 16/9/2024, 06:00 (GMT+7)

Hơn 27% trẻ dân tộc thiểu số vào lớp 1 chưa thạo tiếng Việt

Khảo sát tại 6 tỉnh miền núi cho thấy hơn 27% trẻ em dân tộc thiểu số khi vào lớp 1 chưa đủ vốn tiếng Việt để theo học, nhiều em chỉ biết từ 40 đến 50 từ tiếng Việt thông dụng.

Kết quả khảo sát do Trung tâm Nghiên cứu Giáo dục vùng cao Ánh Dương thực hiện trên 3.240 học sinh lớp 1 tại Hà Giang, Lai Châu, Điện Biên, Sơn La, Gia Lai và Sóc Trăng, được công bố ngày 14/9. Ở nhóm trẻ người Mông và Hà Nhì, tỷ lệ chưa thạo tiếng Việt lên tới 41,5%, trong khi ở trẻ người Khmer là 12,3%.

Theo nhóm nghiên cứu, trẻ không học đủ chương trình mẫu giáo có nguy cơ chưa thạo tiếng Việt cao gấp 2,4 lần trẻ được học đủ. Học sinh chưa thạo tiếng Việt cũng có điểm đọc hiểu cuối học kỳ I thấp hơn bình quân 1,8 điểm.

"Nhiều em ngồi trong lớp cả buổi nhưng chỉ hiểu khoảng 30-40% lời cô giảng", bà Lò Thị Xuân, trưởng nhóm khảo sát, nói.

Hiện cả nước có khoảng 8.500 giáo viên tiểu học người dân tộc thiểu số có thể dạy song ngữ, mới đáp ứng khoảng 45% nhu cầu. Mức phụ cấp cho giáo viên dạy tiếng dân tộc ở nhiều địa phương chỉ từ 300.000 đến 500.000 đồng mỗi tháng.

Nhóm nghiên cứu đề xuất mục tiêu đến năm 2030 mỗi trường mầm non vùng dân tộc thiểu số có ít nhất một giáo viên biết tiếng mẹ đẻ của trẻ, đồng thời tăng thời lượng làm quen tiếng Việt cho trẻ 5 tuổi lên 15-20% tổng thời gian học.

Thanh Hằng
"""

T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Hơn 27%", "27", 27, "percent", "%", approx="over",
        subject="trẻ dân tộc thiểu số vào lớp 1 chưa thạo tiếng Việt"),
    fig("tại 6 tỉnh", "6", 6, "count", "tỉnh", subject="tỉnh miền núi được khảo sát"),
    fig("thấy hơn 27%", "27", 27, "percent", "%", approx="over",
        subject="trẻ em dân tộc thiểu số khi vào lớp 1 chưa đủ vốn tiếng Việt để theo học"),
    fig("từ 40 đến 50", "40", 40, "count", "từ", value_max=50,
        subject="từ tiếng Việt thông dụng nhiều em biết"),
    fig("trên 3.240 học sinh", "3.240", 3240, "count", "học sinh", subject="học sinh lớp 1 được khảo sát"),
    fig("tới 41,5%", "41,5", 41.5, "percent", "%",
        subject="tỷ lệ chưa thạo tiếng Việt ở nhóm trẻ người Mông và Hà Nhì"),
    fig("là 12,3%", "12,3", 12.3, "percent", "%", subject="tỷ lệ chưa thạo tiếng Việt ở trẻ người Khmer"),
    fig("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần",
        subject="nguy cơ chưa thạo tiếng Việt của trẻ không học đủ chương trình mẫu giáo"),
    fig("bình quân 1,8 điểm", "1,8", 1.8, "measure", "điểm",
        subject="điểm đọc hiểu cuối học kỳ I của học sinh chưa thạo tiếng Việt thấp hơn bình quân"),
    fig("khoảng 30-40%", "30", 30, "percent", "%", value_max=40, approx="about",
        subject="lời cô giảng nhiều em hiểu"),
    fig("khoảng 8.500 giáo viên", "8.500", 8500, "count", "giáo viên", approx="about", percent=45,
        subject="giáo viên tiểu học người dân tộc thiểu số có thể dạy song ngữ"),
    fig("từ 300.000 đến 500.000", "300.000", 300000, "money", "đồng/tháng", value_max=500000,
        subject="mức phụ cấp cho giáo viên dạy tiếng dân tộc"),
    fig("ít nhất một giáo viên", "một", 1, "measure", "giáo viên/trường", approx="at_least", status="target",
        subject="giáo viên biết tiếng mẹ đẻ của trẻ ở mỗi trường mầm non vùng dân tộc thiểu số", period=T30),
    fig("lên 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="thời lượng làm quen tiếng Việt cho trẻ 5 tuổi trong tổng thời gian học", period=T30),
]

NOTES = [
    "National newspaper: section crumb, 'Thứ hai, 16/9/2024, 06:00 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', '06:00', 'ngày 14/9', 'lớp 1', 'học kỳ I', 'trẻ 5 tuổi' (age label).",
    "Location Việt Nam throughout: a survey across six named provinces and 'cả nước' figures; no single province is described (borderline).",
    "'cao gấp 2,4 lần trẻ được học đủ' stands alone as the claim -> multiple. 'thấp hơn bình quân 1,8 điểm' has no base figure:",
    "the gap itself is the claim (measure, điểm), as a growth rate that is the claim has no change object (borderline).",
    "'khoảng 8.500 giáo viên ..., mới đáp ứng khoảng 45% nhu cầu' -> percent 45 (a share of the need stated for the count; borderline cue).",
    "'từ 300.000 đến 500.000 đồng mỗi tháng' -> money range, unit 'đồng/tháng'. 'mỗi trường ... có ít nhất một giáo viên' -> measure 'giáo viên/trường'.",
    "'đề xuất mục tiêu đến năm 2030' -> target for both clauses; 'tăng ... lên 15-20%' is the target level (range), no change.",
]

if __name__ == "__main__":
    write("p1406-6", TEXT, NOTES, FIGS, published="2024-09-16", location="Việt Nam")
