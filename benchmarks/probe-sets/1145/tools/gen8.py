"""p1145-8: provincial newspaper online (Báo Lai Châu, '(BLC) -'): climbing peaks, 6 months 2025, porter team in Tam Đường."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LAI CHÂU ĐIỆN TỬ
Thời sự | Kinh tế | Du lịch | Văn hóa

Hơn 7.300 lượt khách chinh phục các đỉnh núi Lai Châu trong 6 tháng

08/07/2025 | 10:35

(BLC) - 6 tháng đầu năm, các tuyến leo núi Pu Ta Leng, Bạch Mộc Lương Tử và Pu Si Lung đón 7.340 lượt khách, bằng 58,7% kế hoạch năm, tăng 1.120 lượt so với cùng kỳ năm 2024. Trong đó, huyện Tam Đường và huyện Phong Thổ lần lượt đón 3.960 lượt và 2.150 lượt; còn lại là khách lên Pu Si Lung (huyện Mường Tè). Khách nước ngoài chiếm khoảng 23%, chủ yếu đến từ Pháp, Đức và Hàn Quốc.

Ở xã Hồ Thầu, huyện Tam Đường, tổ porter do anh Lý A Sì làm tổ trưởng có 34 thành viên. Mỗi chuyến chinh phục Pu Ta Leng kéo dài 2-3 ngày, porter được trả 600.000 đồng/ngày. Năm 2024, tổ phục vụ hơn 1.900 lượt khách; thu nhập bình quân khoảng 5,5 triệu đồng/người/tháng, gấp đôi làm nương.

Để bảo đảm an toàn, tỉnh yêu cầu 100% đoàn leo núi đăng ký với đồn biên phòng và chính quyền xã, đi cùng porter hoặc hướng dẫn viên địa phương. Phí tham quan mỗi đỉnh là 50.000 đồng/khách, miễn phí cho trẻ em dưới 16 tuổi. Từ năm 2023 đến nay, trên các tuyến đã xảy ra 3 vụ du khách bị lạc, đều được cứu hộ kịp thời. Tỉnh đoàn cũng đã tập huấn kỹ năng sơ cứu cho 85 porter.

6 tháng cuối năm là mùa leo núi cao điểm, ngành du lịch dự kiến đón khoảng 5.200 lượt khách; cả năm phấn đấu đạt 12.500 lượt. Tháng 10 tới, tỉnh tổ chức Giải leo núi Pu Ta Leng mở rộng lần thứ nhất.

Thanh Thủy
"""

HEAD = per("trong 6 tháng", "2025-01-01", "2025-06-30")
H1 = per("6 tháng đầu năm", "2025-01-01", "2025-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ năm 2023 đến nay", "2023-01-01", "2025-07-08")
H2 = per("6 tháng cuối năm", "2025-07-01", "2025-12-31")
YEAR = per("cả năm", "2025-01-01", "2025-12-31")
TD = "Tam Đường"
SUBJ = "lượt khách các tuyến leo núi"

FIGS = [
    fig("Hơn 7.300 lượt khách", "7.300", 7300, "count", "lượt khách", approx="over",
        subject="lượt khách chinh phục các đỉnh núi", period=HEAD),
    fig("đón 7.340 lượt khách", "7.340", 7340, "count", "lượt khách", percent=58.7,
        change=chg("increase", 1120, "lượt", "cùng kỳ năm 2024"),
        subject="lượt khách các tuyến leo núi Pu Ta Leng, Bạch Mộc Lương Tử và Pu Si Lung", period=H1),
    fig("đón 3.960 lượt", "3.960", 3960, "count", "lượt", total=7340, subject=SUBJ,
        location=TD, period=inh(H1)),
    fig("và 2.150 lượt", "2.150", 2150, "count", "lượt", total=7340, subject=SUBJ,
        location="Phong Thổ", period=inh(H1)),
    fig("khoảng 23%", "23", 23, "percent", "%", approx="about",
        subject="khách nước ngoài trong lượt khách các tuyến leo núi", period=inh(H1)),
    fig("có 34 thành viên", "34", 34, "count", "thành viên", subject="thành viên tổ porter", location=TD),
    fig("kéo dài 2-3 ngày", "2", 2, "measure", "ngày", value_max=3,
        subject="thời gian mỗi chuyến chinh phục Pu Ta Leng", location=TD),
    fig("600.000 đồng/ngày", "600.000", 600000, "money", "đồng/ngày", subject="tiền công porter", location=TD),
    fig("hơn 1.900 lượt", "1.900", 1900, "count", "lượt khách", approx="over",
        subject="lượt khách tổ porter phục vụ", period=Y24, location=TD),
    fig("khoảng 5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng", approx="about",
        change=chg("increase", 2, "lần", "làm nương"),
        subject="thu nhập bình quân thành viên tổ porter", period=Y24, location=TD),
    fig("yêu cầu 100%", "100", 100, "percent", "%",
        subject="đoàn leo núi đăng ký với đồn biên phòng và chính quyền xã"),
    fig("là 50.000 đồng/khách", "50.000", 50000, "money", "đồng/khách", subject="phí tham quan mỗi đỉnh"),
    fig("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True,
        subject="tuổi trẻ em được miễn phí"),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", subject="vụ du khách bị lạc trên các tuyến", period=SINCE),
    fig("cho 85 porter", "85", 85, "count", "porter", subject="porter được tập huấn kỹ năng sơ cứu"),
    fig("khoảng 5.200 lượt", "5.200", 5200, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách leo núi", period=H2),
    fig("đạt 12.500 lượt", "12.500", 12500, "count", "lượt", status="target",
        subject="lượt khách leo núi cả năm", period=YEAR),
]

NOTES = [
    "Provincial newspaper online (Báo Lai Châu): tag '(BLC) -', date line '08/07/2025 | 10:35', byline at the end. Year-less periods take 2025.",
    "'Trong đó, huyện Tam Đường và huyện Phong Thổ lần lượt đón 3.960 lượt và 2.150 lượt' are parts of 7.340 (total), located in their districts.",
    "'bằng 58,7% kế hoạch năm' -> percent; 'tăng 1.120 lượt so với cùng kỳ năm 2024' -> change. 'gấp đôi làm nương' -> change 2 lần of the income.",
    "Porter team in xã Hồ Thầu, huyện Tam Đường -> Tam Đường for its passage. 'kéo dài 2-3 ngày' is a trip length (measure, range).",
    "'tỉnh yêu cầu 100% đoàn leo núi đăng ký' is a standing rule (actual). 'dưới 16 tuổi' is a category threshold (optional).",
    "'Từ năm 2023 đến nay' ends at published 2025-07-08; the Tỉnh đoàn sentence after it gets no period (a separate act).",
    "'6 tháng cuối năm' 2025-07-01..12-31 with 'dự kiến' (forecast); 'cả năm phấn đấu' (target).",
    "Distractors: 'lần thứ nhất', 'Tháng 10 tới', time 10:35, dateline, tag.",
]

if __name__ == "__main__":
    write("p1145-8", TEXT, NOTES, FIGS, published="2025-07-08", location="Lai Châu")
