"""p1440-2: district portal (huyện Cẩm Xuyên, Hà Tĩnh): a new digital X-ray room at the district health centre."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM XUYÊN - TỈNH HÀ TĨNH
Trang chủ / Tin tức / Y tế - Giáo dục

Trung tâm Y tế huyện đưa vào sử dụng phòng X-quang kỹ thuật số đạt chuẩn an toàn bức xạ

22/05/2024 - 10:12

Sáng 21/5, Trung tâm Y tế huyện Cẩm Xuyên tổ chức bàn giao và đưa vào sử dụng phòng X-quang kỹ thuật số mới tại khu nhà B3. Công trình có tổng kinh phí 3,65 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 2,5 tỷ đồng, phần còn lại từ quỹ phát triển hoạt động sự nghiệp của đơn vị.

Phòng chụp rộng 32 m2, tường gạch đặc dày 220 mm, trát vữa barit; cửa ra vào và ô kính quan sát được lót chì dày 2 mm. Kết quả đo kiểm xạ khi nghiệm thu cho thấy suất liều bên ngoài phòng chỉ từ 0,12 đến 0,18 µSv/h, dưới mức 0,5 µSv/h cho phép đối với khu vực công chúng.

Máy X-quang kỹ thuật số DR-5000 cho phép trả kết quả sau khoảng 5 phút, giảm khoảng 30% liều chiếu cho người bệnh so với máy cũ. Dự kiến mỗi ngày phòng chụp phục vụ từ 80 đến 100 lượt bệnh nhân.

Khoa Chẩn đoán hình ảnh hiện có 7 cán bộ, trong đó 4 kỹ thuật viên trực tiếp vận hành máy; 100% nhân viên đã được cấp chứng chỉ nhân viên bức xạ, được trang bị liều kế cá nhân và khám sức khỏe định kỳ hằng năm. Năm 2023, khoa thực hiện hơn 21 nghìn lượt chụp X-quang, tăng 18% so với năm 2022.

Nguồn: Trung tâm Y tế huyện Cẩm Xuyên

Tin khác:
- Xã Cẩm Thành ra quân Tháng hành động vì an toàn thực phẩm
- Khai mạc Hội thi điều dưỡng giỏi lần thứ II

Địa chỉ: Số 168 đường Hà Huy Tập, thị trấn Cẩm Xuyên | Điện thoại: 0239.3861.225
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("kinh phí 3,65 tỷ", "3,65", 3.65e9, "money", "đồng", subject="tổng kinh phí công trình phòng X-quang"),
    fig("hỗ trợ 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", total=3.65e9, subject="ngân sách tỉnh hỗ trợ"),
    fig("rộng 32 m2", "32", 32, "measure", "m2", subject="diện tích phòng chụp"),
    fig("dày 220 mm", "220", 220, "measure", "mm", subject="độ dày tường gạch đặc"),
    fig("dày 2 mm", "2", 2, "measure", "mm", subject="độ dày lớp chì lót cửa ra vào và ô kính quan sát"),
    fig("từ 0,12 đến 0,18", "0,12", 0.12, "measure", "µSv/h", value_max=0.18,
        subject="suất liều bên ngoài phòng"),
    fig("mức 0,5 µSv/h", "0,5", 0.5, "measure", "µSv/h",
        subject="mức suất liều cho phép đối với khu vực công chúng"),
    fig("khoảng 5 phút", "5", 5, "measure", "phút", approx="about", subject="thời gian trả kết quả"),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="giảm liều chiếu cho người bệnh so với máy cũ"),
    fig("từ 80 đến 100", "80", 80, "measure", "lượt bệnh nhân/ngày", value_max=100, status="forecast",
        subject="lượt bệnh nhân phòng chụp phục vụ mỗi ngày"),
    fig("có 7 cán bộ", "7", 7, "count", "cán bộ", subject="cán bộ Khoa Chẩn đoán hình ảnh"),
    fig("4 kỹ thuật viên", "4", 4, "count", "kỹ thuật viên", total=7,
        subject="kỹ thuật viên trực tiếp vận hành máy"),
    fig("100% nhân viên", "100", 100, "percent", "%",
        subject="nhân viên được cấp chứng chỉ nhân viên bức xạ"),
    fig("hơn 21 nghìn", "21", 21000, "count", "lượt chụp", approx="over",
        change=chg("increase", 18, "%", "năm 2022"), subject="lượt chụp X-quang khoa thực hiện", period=Y23),
]

NOTES = [
    "District portal (huyện Cẩm Xuyên, Hà Tĩnh): banner naming the district, breadcrumb, '22/05/2024 - 10:12', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Sáng 21/5', 'khu nhà B3', model 'DR-5000', 'lần thứ II', 'Số 168', phone 0239.3861.225, time 10:12.",
    "Location Cẩm Xuyên for all figures (a district health centre). The room's specs and investment carry no period.",
    "'dưới mức 0,5 µSv/h cho phép': 'dưới' describes the measured rates; the limit 0,5 itself is exact.",
    "'giảm khoảng 30% liều chiếu' is a rate that is itself the claim: a percent figure, no change object.",
    "'Dự kiến mỗi ngày ... từ 80 đến 100 lượt bệnh nhân' → forecast, rate unit 'lượt bệnh nhân/ngày' (denominator from 'mỗi ngày').",
    "'hơn 21 nghìn lượt chụp' → 21000, over, change +18% vs năm 2022.",
]

if __name__ == "__main__":
    write("p1440-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Cẩm Xuyên")
