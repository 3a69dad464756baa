"""p1263-1: province portal (Phú Thọ): rabies vaccination of dogs and cats, 9 months 2024; a district passage (Tam Nông)."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Hơn 62% đàn chó, mèo được tiêm phòng dại sau 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Chi cục Chăn nuôi và Thú y tỉnh, 9 tháng đầu năm 2024, toàn tỉnh đã tiêm phòng vắc xin dại cho 118.640 con chó, mèo, đạt 62,4% tổng đàn, tăng 8,2% so với cùng kỳ năm 2023. Trong đó, đàn chó được tiêm 104.370 con, đàn mèo 14.270 con.

Hiện tổng đàn chó, mèo của tỉnh khoảng 190.000 con, nuôi tại trên 145.000 hộ. Tỉnh đã cấp 125.000 liều vắc xin dại, trong đó ngân sách tỉnh hỗ trợ 40.000 liều cho các xã có nguy cơ cao; với phần còn lại, người dân tự chi trả 25.000 đồng/liều.

Từ đầu năm đến nay, toàn tỉnh ghi nhận 2 ổ dịch dại trên chó tại huyện Thanh Sơn và huyện Yên Lập; 5.812 lượt người bị chó, mèo cắn phải tiêm vắc xin phòng dại, giảm 6,5% so với cùng kỳ. Đáng lo ngại, đã có một trường hợp tử vong do bệnh dại tại xã Tân Minh, huyện Thanh Sơn.

Huyện Tam Nông là địa phương có tỷ lệ tiêm phòng cao nhất tỉnh với 81,3%. Huyện đã thành lập 12 tổ kiểm soát chó thả rông, bắt giữ 46 con chó thả rông, xử phạt 23 chủ nuôi với tổng số tiền 18,4 triệu đồng.

Mục tiêu đến hết năm 2024, tỉnh phấn đấu tiêm phòng cho ít nhất 75% tổng đàn chó, mèo; 100% số xã có hộ nuôi chó ký cam kết không thả rông. Trong quý IV, Chi cục sẽ phối hợp với các huyện tổ chức đợt tiêm bổ sung, dự kiến khoảng 25.000 con.

Thực hiện Kế hoạch số 1326/KH-UBND của UBND tỉnh, các địa phương hưởng ứng Ngày Thế giới phòng chống bệnh dại 28/9 với khẩu hiệu "Bệnh dại: Hành động vì sức khỏe cộng đồng".

Tin liên quan:
- Phú Thọ: Phòng chống dịch tả lợn châu Phi trong mùa mưa bão
- Hội nghị sơ kết 6 tháng đầu năm ngành nông nghiệp
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
BY24 = per("đến hết năm 2024", None, "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
TN = "Tam Nông"

FIGS = [
    fig("Hơn 62%", "62", 62, "percent", "%", approx="over",
        subject="đàn chó, mèo được tiêm phòng dại", period=NINE_H),
    fig("cho 118.640 con", "118.640", 118640, "count", "con", percent=62.4,
        change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"),
        subject="chó, mèo được tiêm phòng vắc xin dại", period=NINE),
    fig("tiêm 104.370 con", "104.370", 104370, "count", "con", total=118640,
        subject="đàn chó được tiêm", period=inh(NINE)),
    fig("mèo 14.270 con", "14.270", 14270, "count", "con", total=118640,
        subject="đàn mèo được tiêm", period=inh(NINE)),
    fig("khoảng 190.000 con", "190.000", 190000, "count", "con", approx="about",
        subject="tổng đàn chó, mèo của tỉnh"),
    fig("trên 145.000 hộ", "145.000", 145000, "count", "hộ", approx="over",
        subject="hộ nuôi chó, mèo"),
    fig("cấp 125.000 liều", "125.000", 125000, "count", "liều",
        subject="liều vắc xin dại tỉnh đã cấp"),
    fig("hỗ trợ 40.000 liều", "40.000", 40000, "count", "liều", total=125000,
        subject="liều vắc xin ngân sách tỉnh hỗ trợ cho các xã có nguy cơ cao"),
    fig("25.000 đồng/liều", "25.000", 25000, "money", "đồng/liều",
        subject="tiền vắc xin người dân tự chi trả"),
    fig("ghi nhận 2 ổ", "2", 2, "count", "ổ dịch",
        subject="ổ dịch dại trên chó", period=YTD),
    fig("5.812 lượt", "5.812", 5812, "count", "lượt người",
        change=chg("decrease", 6.5, "%", "cùng kỳ"),
        subject="lượt người bị chó, mèo cắn phải tiêm vắc xin phòng dại", period=YTD),
    fig("có một trường hợp", "một", 1, "count", "trường hợp",
        subject="trường hợp tử vong do bệnh dại", period=inh(YTD), location="Thanh Sơn"),
    fig("với 81,3%", "81,3", 81.3, "percent", "%",
        subject="tỷ lệ tiêm phòng", period=inh(NINE), location=TN),
    fig("thành lập 12 tổ", "12", 12, "count", "tổ",
        subject="tổ kiểm soát chó thả rông", location=TN),
    fig("bắt giữ 46 con", "46", 46, "count", "con",
        subject="chó thả rông bị bắt giữ", location=TN),
    fig("phạt 23 chủ", "23", 23, "count", "chủ nuôi",
        subject="chủ nuôi bị xử phạt", location=TN),
    fig("tiền 18,4 triệu", "18,4", 18.4e6, "money", "đồng",
        subject="tổng số tiền xử phạt", location=TN),
    fig("ít nhất 75%", "75", 75, "percent", "%", approx="at_least", status="target",
        subject="tổng đàn chó, mèo được tiêm phòng", period=BY24),
    fig("100% số xã", "100", 100, "percent", "%", status="target",
        subject="xã có hộ nuôi chó ký cam kết không thả rông", period=BY24),
    fig("khoảng 25.000 con", "25.000", 25000, "count", "con", approx="about", status="forecast",
        subject="chó, mèo được tiêm bổ sung", period=Q4),
]

NOTES = [
    "Province portal (Phú Thọ): rabies vaccination 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'Kế hoạch số 1326/KH-UBND', 'Ngày Thế giới phòng chống bệnh dại 28/9', '6 tháng đầu năm' in a link.",
    "Headline 'Hơn 62% ... sau 9 tháng' is its own figure (over); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break take total 118.640; period inherited.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'một trường hợp' in the next sentence inherits it; located in Thanh Sơn.",
    "'2 ổ dịch ... tại huyện Thanh Sơn và huyện Yên Lập': two districts, so the figure stays with the province.",
    "Tam Nông passage: location Tam Nông; 81,3% has no period in its sentence (inherited 9 months).",
    "'đến hết năm 2024' (target) → start null, end 2024-12-31; 'phấn đấu' governs both clauses after ';'.",
    "'Hiện' figures (herd, households, doses) have no period.",
]

if __name__ == "__main__":
    write("p1263-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Phú Thọ")
