"""p1207-5: Party newspaper (Báo Hà Tĩnh), portrait of a counselling teacher in huyện Cẩm Xuyên; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cô giáo "gỡ rối" tâm lý cho học trò vùng biển Cẩm Xuyên

Hơn 10 năm kiêm nhiệm công tác tư vấn học đường, cô Nguyễn Thị Hoài, giáo viên Trường THCS Cẩm Nhượng (huyện Cẩm Xuyên) đã lắng nghe, đồng hành cùng hàng trăm học sinh vượt qua những giai đoạn khó khăn.

Trường THCS Cẩm Nhượng có 684 học sinh, phần lớn là con em ngư dân; khoảng 40% em có bố hoặc mẹ đi biển dài ngày hoặc làm ăn xa. Năm học 2023-2024, phòng tư vấn của trường tiếp nhận 152 lượt học sinh, trong đó 61 lượt liên quan đến áp lực học tập, 47 lượt về mâu thuẫn bạn bè và 44 lượt về chuyện gia đình.

"Có em cả tuần liền không nói chuyện với ai, chỉ ngồi một góc. Mình phải kiên nhẫn lắm các em mới mở lòng", cô Hoài chia sẻ. Mỗi tuần cô dành 2 buổi chiều trực phòng tư vấn; ngoài ra cô còn lập nhóm Zalo "Góc nhỏ của em" với hơn 300 thành viên là học sinh và phụ huynh.

Theo Phòng GD&ĐT huyện Cẩm Xuyên, toàn huyện có 52 trường tiểu học, THCS thì đã có 49 trường thành lập tổ tư vấn tâm lý. Năm 2023, các trường trên địa bàn huyện đã tư vấn cho 6.830 lượt học sinh, tăng 1.120 lượt so với năm 2022. Hiện mỗi giáo viên kiêm nhiệm được hỗ trợ 300.000 đồng/tháng.

Toàn tỉnh Hà Tĩnh hiện có 47 giáo viên được cấp chứng chỉ tư vấn tâm lý học đường. Ông Trần Văn Lực, Trưởng phòng GD&ĐT huyện Cẩm Xuyên cho biết, năm 2024 huyện phấn đấu 100% trường có tổ tư vấn và ít nhất 5 trường có phòng tư vấn đạt chuẩn.

THIÊN VỸ
18/05/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SCHOOL = "Trường THCS Cẩm Nhượng"

FIGS = [
    fig("Hơn 10 năm", "10", 10, "measure", "năm", approx="over", optional=True,
        subject="thời gian kiêm nhiệm công tác tư vấn học đường của cô Nguyễn Thị Hoài"),
    fig("hàng trăm học sinh", "trăm", 100, "count", "học sinh", approx="about", optional=True,
        subject="học sinh được cô Hoài đồng hành"),
    fig("có 684 học sinh", "684", 684, "count", "học sinh", subject=f"học sinh {SCHOOL}"),
    fig("khoảng 40% em", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ học sinh có bố hoặc mẹ đi biển dài ngày hoặc làm ăn xa"),
    fig("tiếp nhận 152 lượt", "152", 152, "count", "lượt học sinh",
        subject=f"lượt học sinh phòng tư vấn {SCHOOL} tiếp nhận"),
    fig("61 lượt", "61", 61, "count", "lượt", total=152,
        subject="lượt tư vấn liên quan đến áp lực học tập"),
    fig("47 lượt", "47", 47, "count", "lượt", total=152,
        subject="lượt tư vấn về mâu thuẫn bạn bè"),
    fig("44 lượt", "44", 44, "count", "lượt", total=152,
        subject="lượt tư vấn về chuyện gia đình"),
    fig("dành 2 buổi", "2", 2, "measure", "buổi/tuần",
        subject="buổi chiều cô Hoài trực phòng tư vấn mỗi tuần"),
    fig("hơn 300 thành viên", "300", 300, "count", "thành viên", approx="over",
        subject="thành viên nhóm Zalo \"Góc nhỏ của em\""),
    fig("có 52 trường", "52", 52, "count", "trường", subject="trường tiểu học, THCS"),
    fig("có 49 trường", "49", 49, "count", "trường", total=52,
        subject="trường tiểu học, THCS thành lập tổ tư vấn tâm lý"),
    fig("cho 6.830 lượt", "6.830", 6830, "count", "lượt học sinh",
        change=chg("increase", 1120, "lượt", "năm 2022"),
        subject="lượt học sinh được tư vấn", period=Y23),
    fig("300.000 đồng", "300.000", 300000, "money", "đồng/tháng",
        subject="mức hỗ trợ mỗi giáo viên kiêm nhiệm"),
    fig("có 47 giáo viên", "47", 47, "count", "giáo viên",
        subject="giáo viên được cấp chứng chỉ tư vấn tâm lý học đường", location="Hà Tĩnh"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trường có tổ tư vấn", period=Y24),
    fig("ít nhất 5 trường", "5", 5, "count", "trường", approx="at_least", status="target",
        subject="trường có phòng tư vấn đạt chuẩn", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): portrait of a counselling teacher at THCS Cẩm Nhượng, huyện Cẩm Xuyên; byline 'THIÊN VỸ' and",
    "bare date '18/05/2024' at the end (published). Location: Cẩm Xuyên (the school and the district office); the provincial",
    "count of certified teachers is Hà Tĩnh.",
    "Distractors: 'chỉ ngồi một góc' (một = a, not a count), 'cả tuần liền', 'năm học 2023-2024' (no period).",
    "'Hơn 10 năm kiêm nhiệm' (length of service) and 'hàng trăm học sinh' (vague) are optional.",
    "'toàn huyện có 52 trường ... thì đã có 49 trường': the 'có N thì có M' idiom states a part of the whole: total 52.",
    "'152 lượt học sinh, trong đó 61 ..., 47 ... và 44 ...' add up: total 152. 'Hiện ... 300.000 đồng/tháng' is a standing rule.",
    "'Mỗi tuần cô dành 2 buổi chiều' is a per-week rate (buổi/tuần).",
]

if __name__ == "__main__":
    write("p1207-5", TEXT, NOTES, FIGS, published="2024-05-18", location="Cẩm Xuyên")
