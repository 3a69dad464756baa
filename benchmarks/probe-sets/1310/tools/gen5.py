"""p1310-5: provincial newspaper (Báo Quảng Nam, tag QNO): night-time noise campaign in TP Hội An."""
from lib import fig, per, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Du lịch

Thứ Hai, 15/07/2024 | 07:45

Hội An xử phạt 42 cơ sở gây ồn về đêm

(QNO) - Sau gần 3 tháng ra quân kiểm soát tiếng ồn về đêm tại khu vực phố cổ, TP Hội An đã xử phạt 42 cơ sở kinh doanh dịch vụ âm nhạc với tổng số tiền gần 160 triệu đồng.

Theo UBND TP Hội An, đợt cao điểm được triển khai từ ngày 15/4/2024 tại phường Minh An, Cẩm Phô và khu vực dọc sông Hoài. Hội An hiện có khoảng 230 cơ sở kinh doanh ăn uống có phát nhạc, trong đó hơn 40 cơ sở hoạt động sau 22 giờ. Qua đo đạc, mức ồn tại nhiều quán bar, pub lên tới 95 dBA, trong khi giới hạn cho phép ban đêm chỉ 55 dBA.

Từ ngày 15/4 đến nay, tổ công tác liên ngành đã kiểm tra 126 lượt, lập biên bản 48 trường hợp, xử phạt 42 cơ sở với số tiền 158,5 triệu đồng, tạm giữ 6 bộ loa công suất lớn, trong đó có dàn loa của quán bar ở số 36 Bạch Đằng. Tổ duy trì kiểm tra 3 đêm/tuần.

Ông Trần Văn Phúc, Phó Chủ tịch UBND TP Hội An cho biết, trong tháng 6, số phản ánh về tiếng ồn của du khách qua ứng dụng Hội An Smart giảm khoảng 60% so với tháng 3. "Chúng tôi không cấm kinh doanh về đêm, nhưng âm lượng phải trong giới hạn để người dân được nghỉ ngơi", ông Phúc nói.

Thời gian tới, thành phố dự kiến lắp đặt 10 bảng điện tử hiển thị mức ồn tại các điểm đông khách; phấn đấu đến cuối năm 2024, 100% cơ sở phát nhạc ký cam kết giảm âm lượng sau 22 giờ.

VĨNH LỘC
"""

SINCE = per("Từ ngày 15/4 đến nay", "2024-04-15", "2024-07-15")
JUN = per("trong tháng 6", "2024-06-01", "2024-06-30")
END24 = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("Hội An xử phạt 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở gây ồn về đêm bị xử phạt"),
    fig("đã xử phạt 42 cơ sở", "42", 42, "count", "cơ sở",
        subject="cơ sở kinh doanh dịch vụ âm nhạc bị xử phạt"),
    fig("gần 160 triệu", "160", 160e6, "money", "đồng", approx="nearly", subject="tổng số tiền xử phạt"),
    fig("khoảng 230 cơ sở", "230", 230, "count", "cơ sở", approx="about",
        subject="cơ sở kinh doanh ăn uống có phát nhạc"),
    fig("hơn 40 cơ sở", "40", 40, "count", "cơ sở", approx="over", total=230,
        subject="cơ sở hoạt động sau 22 giờ"),
    fig("lên tới 95 dBA", "95", 95, "measure", "dBA", subject="mức ồn tại nhiều quán bar, pub"),
    fig("chỉ 55 dBA", "55", 55, "measure", "dBA", subject="giới hạn cho phép ban đêm"),
    fig("kiểm tra 126 lượt", "126", 126, "count", "lượt", subject="lượt kiểm tra của tổ công tác liên ngành",
        period=SINCE),
    fig("biên bản 48 trường hợp", "48", 48, "count", "trường hợp", subject="trường hợp bị lập biên bản",
        period=SINCE),
    fig("xử phạt 42 cơ sở với", "42", 42, "count", "cơ sở", subject="cơ sở bị xử phạt", period=SINCE),
    fig("tiền 158,5 triệu", "158,5", 158.5e6, "money", "đồng", subject="số tiền xử phạt", period=SINCE),
    fig("tạm giữ 6 bộ loa", "6", 6, "count", "bộ loa", subject="bộ loa công suất lớn bị tạm giữ",
        period=SINCE),
    fig("kiểm tra 3 đêm/tuần", "3", 3, "measure", "đêm/tuần", subject="tần suất kiểm tra của tổ"),
    fig("giảm khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="số phản ánh về tiếng ồn của du khách qua ứng dụng Hội An Smart", period=JUN),
    fig("lắp đặt 10 bảng", "10", 10, "count", "bảng điện tử", status="forecast",
        subject="bảng điện tử hiển thị mức ồn"),
    fig("2024, 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở phát nhạc ký cam kết giảm âm lượng sau 22 giờ", period=END24),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Nam): menu, 'Thứ Hai, 15/07/2024 | 07:45', headline, sapo with tag '(QNO) -', byline at the end.",
    "All figures describe TP Hội An (location Hội An). 'Sau gần 3 tháng ra quân' is a duration that locates the campaign: not a figure,",
    "and gives the sapo no computable period (none). 'Từ ngày 15/4 đến nay' runs from 2024-04-15 (year of the earlier date 15/4/2024)",
    "to the dateline. '42 cơ sở' stands three times (headline, sapo, body): three figures.",
    "'khoảng 230 cơ sở ..., trong đó hơn 40 cơ sở' → total 230. 'lên tới 95 dBA' is exact (not a listed approx cue).",
    "'giảm khoảng 60% so với tháng 3' is the rate itself (percent, about, no change). 'dự kiến' → forecast; 'phấn đấu đến cuối năm 2024' → target.",
    "Distractors: 07:45, 'gần 3 tháng', '15/4/2024', '15/4', '22 giờ' (twice), 'số 36 Bạch Đằng', 'tháng 3' (a baseline).",
]

if __name__ == "__main__":
    write("p1310-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Hội An")
