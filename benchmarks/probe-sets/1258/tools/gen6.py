"""p1258-6: national newspaper (VnExpress-style): summer Vovinam / võ cổ truyền classes in Hà Nội."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thể thao > Các môn khác

Thứ tư, 3/7/2024, 06:00 (GMT+7)

Lớp võ hè ở Hà Nội kín chỗ, học phí tăng 10-20%

Các lớp Vovinam, võ cổ truyền ở nhà văn hóa, công viên tại Hà Nội đông gấp đôi ngày thường dù học phí tăng, nhiều nơi phải mở thêm ca tối.

Tại nhà văn hóa phường Dịch Vọng, quận Cầu Giấy, câu lạc bộ Vovinam Hoàng Long mở 4 lớp hè với khoảng 160 học viên từ 5 đến 15 tuổi, mỗi lớp 35-40 em. Huấn luyện viên Phạm Quốc Toàn cho biết học phí năm nay là 600.000 đồng/tháng, tăng 100.000 đồng so với năm ngoái.

Ở công viên Thống Nhất, quận Hai Bà Trưng, lớp võ cổ truyền của võ sư Nguyễn Văn Lực tập 5 buổi mỗi tuần, thu 450.000 đồng một tháng. Từ đầu tháng 6 đến nay, lớp nhận hơn 90 học viên mới, gấp 1,5 lần cùng kỳ năm 2023. "Có hôm 5h30 sáng đã kín sân, tôi phải chia làm hai ca", ông Lực nói.

Theo Sở Văn hóa và Thể thao Hà Nội, thành phố hiện có khoảng 420 câu lạc bộ Vovinam và võ cổ truyền với gần 38.000 võ sinh, trong đó khoảng 60% là học sinh tiểu học. Dịp hè, nhiều câu lạc bộ mở thêm từ 1 đến 2 ca tối.

Chị Thu Hà, một phụ huynh, cho biết đã chi khoảng 1,2 triệu đồng cho võ phục, đai và học phí tháng đầu của con. "Học võ giúp cháu bớt dán mắt vào điện thoại, lại biết tự vệ", chị nói.

Hải Yến
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
JUN = per("Từ đầu tháng 6 đến nay", "2024-06-01", "2024-07-03")
CG, HBT = "Cầu Giấy", "Hai Bà Trưng"

FIGS = [
    fig("tăng 10-20%", "10", 10, "percent", "%", value_max=20, subject="học phí lớp võ hè"),
    fig("đông gấp đôi", "đôi", 2, "multiple", "lần",
        subject="số người học các lớp Vovinam, võ cổ truyền so với ngày thường"),
    fig("mở 4 lớp", "4", 4, "count", "lớp hè", subject="lớp hè câu lạc bộ Vovinam Hoàng Long mở", location=CG),
    fig("khoảng 160 học viên", "160", 160, "count", "học viên", approx="about", subject="học viên lớp hè",
        location=CG),
    fig("từ 5 đến 15 tuổi", "5", 5, "measure", "tuổi", value_max=15, subject="độ tuổi học viên", location=CG,
        optional=True),
    fig("lớp 35-40 em", "35", 35, "measure", "em/lớp", value_max=40, subject="sĩ số mỗi lớp", location=CG),
    fig("là 600.000 đồng", "600.000", 600000, "money", "đồng/tháng",
        change=chg("increase", 100000, "đồng", "năm ngoái"), subject="học phí", period=NOW, location=CG),
    fig("tập 5 buổi", "5", 5, "measure", "buổi/tuần", subject="buổi tập mỗi tuần của lớp võ cổ truyền",
        location=HBT),
    fig("thu 450.000 đồng", "450.000", 450000, "money", "đồng/tháng", subject="học phí lớp võ cổ truyền",
        location=HBT),
    fig("hơn 90 học viên", "90", 90, "count", "học viên", approx="over",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"), subject="học viên mới lớp nhận", period=JUN,
        location=HBT),
    fig("chia làm hai ca", "hai", 2, "count", "ca", subject="ca tập", location=HBT, optional=True),
    fig("khoảng 420 câu lạc bộ", "420", 420, "count", "câu lạc bộ", approx="about",
        subject="câu lạc bộ Vovinam và võ cổ truyền"),
    fig("gần 38.000 võ sinh", "38.000", 38000, "count", "võ sinh", approx="nearly",
        subject="võ sinh các câu lạc bộ Vovinam và võ cổ truyền"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="tỷ lệ học sinh tiểu học trong số võ sinh"),
    fig("từ 1 đến 2 ca", "1", 1, "count", "ca tối", value_max=2, subject="ca tối các câu lạc bộ mở thêm dịp hè"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng", approx="about",
        subject="tiền phụ huynh chi cho võ phục, đai và học phí tháng đầu"),
]

NOTES = [
    "National newspaper (VnExpress-style): 'Thứ tư, 3/7/2024, 06:00 (GMT+7)', sapo, quotes, byline 'Hải Yến' at the end.",
    "Distractors: 06:00, '(GMT+7)', '5h30 sáng' (time of day), 'năm 2023' and 'năm ngoái' as baselines.",
    "Default location Hà Nội; the Dịch Vọng club passage → Cầu Giấy, the Thống Nhất park class → Hai Bà Trưng.",
    "Headline 'học phí tăng 10-20%' is a percent range standing as the claim (no change). 'đông gấp đôi ngày thường' → multiple 2",
    "('gấp' standing alone as the claim, number word 'đôi').",
    "'mỗi lớp 35-40 em' → measure em/lớp (a per-class rate); 'tập 5 buổi mỗi tuần' → buổi/tuần; '450.000 đồng một tháng' → đồng/tháng.",
    "'tăng 100.000 đồng so với năm ngoái' → change in đồng; 'gấp 1,5 lần cùng kỳ năm 2023' after 'hơn 90 học viên' → change 1,5 lần.",
    "'Từ đầu tháng 6 đến nay' runs from 2024-06-01 to the dateline. 'năm nay' → 2024.",
    "Optional: the ages 'từ 5 đến 15 tuổi'; 'chia làm hai ca' inside a quote (a manner of organising, not clearly a statistic).",
    "'trong đó khoảng 60% là học sinh tiểu học' → a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1258-6", TEXT, NOTES, FIGS, published="2024-07-03", location="Hà Nội")
