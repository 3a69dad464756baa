"""p1207-1: Nghệ An province portal; school counselling teams, counsellors, sessions, a school in Quỳnh Lưu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: Gần 1.400 trường học đã thành lập tổ tư vấn tâm lý học đường

Cập nhật: 20/11/2024 14:35 | Lượt xem: 2.418

(nghean.gov.vn) - Theo Sở Giáo dục và Đào tạo, tính đến hết tháng 10/2024, toàn tỉnh có 1.386/1.512 trường phổ thông và trung tâm giáo dục thường xuyên đã thành lập tổ tư vấn tâm lý học đường, đạt 91,7%. Trong đó, cấp tiểu học 612 trường, cấp THCS 528 trường, cấp THPT và GDTX 246 trường.

Đội ngũ làm công tác tư vấn hiện có 2.945 người, trong đó chỉ có 87 người chuyên trách được đào tạo đúng chuyên ngành tâm lý học; số còn lại là giáo viên, cán bộ Đoàn, Đội kiêm nhiệm. Năm học 2023-2024, các trường tổ chức 4.620 buổi tư vấn tập thể và tư vấn riêng cho khoảng 38.500 lượt học sinh, tăng 18,6% so với năm học trước.

Tại huyện Quỳnh Lưu, Trường THPT Quỳnh Lưu 1 bố trí phòng tư vấn rộng 36 m2 cạnh thư viện, mở cửa từ 7 giờ đến 17 giờ các ngày trong tuần. Riêng học kỳ I năm học này, phòng đã tiếp nhận 214 lượt học sinh đến chia sẻ, gấp đôi cùng kỳ. Hộp thư "Điều em muốn nói" của trường nhận trung bình 15 lá thư mỗi tháng, phần lớn xoay quanh áp lực thi cử và mâu thuẫn bạn bè.

Tuy vậy, kết quả khảo sát của ngành giáo dục đối với 12.000 học sinh THCS, THPT cho thấy khoảng 21% học sinh có biểu hiện căng thẳng, lo âu ở mức cần hỗ trợ.

Năm 2025, tỉnh phấn đấu 100% trường phổ thông có tổ tư vấn tâm lý và mỗi trường có ít nhất một giáo viên được bồi dưỡng chuyên sâu. Theo Nghị quyết số 12/2024/NQ-HĐND, giáo viên kiêm nhiệm công tác tư vấn được hỗ trợ 1,5 triệu đồng/người/tháng.
"""

ASOF = per("tính đến hết tháng 10/2024", None, "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
QL = "Quỳnh Lưu"

FIGS = [
    fig("Gần 1.400 trường", "1.400", 1400, "count", "trường", approx="nearly",
        subject="trường học đã thành lập tổ tư vấn tâm lý học đường"),
    fig("có 1.386/1.512 trường", "1.386", 1386, "count", "trường", total=1512, percent=91.7,
        subject="trường phổ thông và trung tâm giáo dục thường xuyên đã thành lập tổ tư vấn tâm lý học đường",
        period=ASOF),
    fig("tiểu học 612 trường", "612", 612, "count", "trường", total=1386,
        subject="trường tiểu học đã thành lập tổ tư vấn tâm lý học đường", period=inh(ASOF)),
    fig("cấp THCS 528 trường", "528", 528, "count", "trường", total=1386,
        subject="trường THCS đã thành lập tổ tư vấn tâm lý học đường", period=inh(ASOF)),
    fig("GDTX 246 trường", "246", 246, "count", "trường", total=1386,
        subject="trường THPT và GDTX đã thành lập tổ tư vấn tâm lý học đường", period=inh(ASOF)),
    fig("hiện có 2.945 người", "2.945", 2945, "count", "người",
        subject="đội ngũ làm công tác tư vấn"),
    fig("có 87 người", "87", 87, "count", "người", total=2945,
        subject="người chuyên trách được đào tạo đúng chuyên ngành tâm lý học"),
    fig("tổ chức 4.620 buổi", "4.620", 4620, "count", "buổi",
        subject="buổi tư vấn tập thể"),
    fig("khoảng 38.500 lượt", "38.500", 38500, "count", "lượt học sinh", approx="about",
        change=chg("increase", 18.6, "%", "năm học trước"),
        subject="lượt học sinh được tư vấn riêng"),
    fig("rộng 36 m2", "36", 36, "measure", "m2",
        subject="diện tích phòng tư vấn Trường THPT Quỳnh Lưu 1", location=QL),
    fig("tiếp nhận 214 lượt", "214", 214, "count", "lượt học sinh",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="lượt học sinh đến chia sẻ tại phòng tư vấn", location=QL),
    fig("trung bình 15 lá thư", "15", 15, "measure", "lá thư/tháng",
        subject="thư hộp thư \"Điều em muốn nói\" nhận mỗi tháng", location=QL),
    fig("đối với 12.000 học sinh", "12.000", 12000, "count", "học sinh",
        subject="học sinh THCS, THPT được khảo sát"),
    fig("khoảng 21%", "21", 21, "percent", "%", approx="about",
        subject="tỷ lệ học sinh có biểu hiện căng thẳng, lo âu ở mức cần hỗ trợ"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trường phổ thông có tổ tư vấn tâm lý", period=Y25),
    fig("ít nhất một giáo viên", "một", 1, "measure", "giáo viên/trường", approx="at_least", status="target",
        subject="giáo viên được bồi dưỡng chuyên sâu mỗi trường", period=Y25),
    fig("1,5 triệu", "1,5", 1500000, "money", "đồng/người/tháng",
        subject="mức hỗ trợ giáo viên kiêm nhiệm công tác tư vấn"),
]

NOTES = [
    "Province portal (Nghệ An): school counselling teams as of end 10/2024, counsellors, sessions; a school in huyện Quỳnh Lưu.",
    "Breadcrumb, 'Cập nhật: 20/11/2024 14:35 | Lượt xem: 2.418' (published 2024-11-20).",
    "Distractors: view counter 2.418, time 14:35, 'Quỳnh Lưu 1' (school name), '7 giờ đến 17 giờ' (opening hours), 'học kỳ I',",
    "'Nghị quyết số 12/2024/NQ-HĐND', 'năm học 2023-2024' (school years have no dates in FIGURES.md: no period).",
    "'1.386/1.512 ..., đạt 91,7%': total 1512 and percent 91.7; the parts after 'Trong đó' (next sentence) add up to 1.386.",
    "'gấp đôi cùng kỳ' after the count is its change (2 lần). 'mỗi trường có ít nhất một giáo viên' is a per-school rate (target).",
    "Headline has no period; 'hiện có' gets none; the support level is a standing rule (no period).",
]

if __name__ == "__main__":
    write("p1207-1", TEXT, NOTES, FIGS, published="2024-11-20", location="Nghệ An")
