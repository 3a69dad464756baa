"""p1548-2: district portal (huyện Chương Mỹ, Hà Nội): a bamboo-blind cooperative; the district's craft villages."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

HTX mành trúc Tiên Phương tạo việc làm cho lao động nông thôn
14/03/2024 - 08:30

Thành lập năm 2016 với bảy thành viên, hiện Hợp tác xã Mành trúc Tiên Phương (xã Tiên Phương) có 42 thành viên và tạo việc làm thường xuyên cho khoảng 160 lao động, trong đó hơn 110 lao động nữ. Ngoài ra còn hơn ba chục hộ trong xã nhận nan về đan tại nhà.

Sản phẩm chính của HTX là mành trúc, mành tre, rèm tre cuốn và tấm lót bàn. Năm 2023, HTX sản xuất hơn 65.000 bộ mành các loại, doanh thu đạt 7,8 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận khoảng 920 triệu đồng. Thu nhập bình quân của lao động đạt 5,2 triệu đồng/người/tháng, cao hơn 700.000 đồng so với năm trước.

Khoảng 70% sản phẩm được xuất khẩu sang Nhật Bản, Đức và Hà Lan thông qua hai doanh nghiệp thương mại ở Hà Nội; số còn lại bán trong nước qua cửa hàng nội thất và sàn thương mại điện tử. Mỗi bộ mành trúc khổ 1,2 x 1,8 m có giá bán từ 350.000 đến 480.000 đồng.

Năm 2024, HTX phấn đấu doanh thu đạt 9 tỷ đồng, mở rộng thêm 1.500 m2 nhà xưởng và dự kiến tuyển thêm từ 30 đến 40 lao động. Toàn huyện hiện có 5 làng nghề mây tre đan được công nhận với gần 2.000 hộ tham gia; giá trị sản xuất ngành nghề nông thôn năm 2023 đạt 1.150 tỷ đồng, bằng 104,5% kế hoạch.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Xã Trường Yên tổ chức Hội thi "Nhà nông đua tài" lần thứ 4
- Huyện Chương Mỹ tổng kết công tác thi đua, khen thưởng năm 2023

UBND huyện Chương Mỹ - Số 92 Hòa Sơn, thị trấn Chúc Sơn. Điện thoại: 024.3386.6203
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với bảy thành viên", "bảy", 7, "count", "thành viên",
        subject="thành viên khi thành lập Hợp tác xã Mành trúc Tiên Phương", period=Y16),
    fig("có 42 thành viên", "42", 42, "count", "thành viên", subject="thành viên Hợp tác xã Mành trúc Tiên Phương"),
    fig("khoảng 160 lao động", "160", 160, "count", "lao động", approx="about",
        subject="lao động có việc làm thường xuyên tại hợp tác xã"),
    fig("hơn 110 lao động", "110", 110, "count", "lao động", approx="over", total=160, subject="lao động nữ"),
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over", subject="hộ trong xã nhận nan về đan tại nhà"),
    fig("hơn 65.000 bộ", "65.000", 65000, "count", "bộ", approx="over",
        subject="mành các loại HTX sản xuất", period=Y23),
    fig("đạt 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("khoảng 920 triệu", "920", 920e6, "money", "đồng", approx="about", subject="lợi nhuận của HTX", period=Y23),
    fig("đạt 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 700000, "đồng", "năm trước"),
        subject="thu nhập bình quân của lao động", period=inh(Y23)),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about", subject="sản phẩm được xuất khẩu"),
    fig("qua hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp thương mại xuất khẩu sản phẩm của HTX", location="Hà Nội"),
    fig("khổ 1,2 x", "1,2", 1.2, "measure", "m", optional=True),
    fig("x 1,8 m", "1,8", 1.8, "measure", "m", optional=True),
    fig("từ 350.000 đến 480.000", "350.000", 350000, "money", "đồng", value_max=480000,
        subject="giá bán mỗi bộ mành trúc"),
    fig("đạt 9 tỷ", "9", 9e9, "money", "đồng", status="target", subject="doanh thu của HTX", period=Y24),
    fig("thêm 1.500 m2", "1.500", 1500, "measure", "m2", status="target",
        subject="nhà xưởng mở rộng thêm", period=Y24),
    fig("từ 30 đến 40 lao động", "30", 30, "count", "lao động", value_max=40, status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 5 làng nghề", "5", 5, "count", "làng nghề", subject="làng nghề mây tre đan được công nhận"),
    fig("gần 2.000 hộ", "2.000", 2000, "count", "hộ", approx="nearly", subject="hộ tham gia làng nghề mây tre đan"),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", percent=104.5,
        subject="giá trị sản xuất ngành nghề nông thôn", period=Y23b),
]

NOTES = [
    "District portal (huyện Chương Mỹ, Hà Nội): banner naming the district, menu, '14/03/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: founding year 'năm 2016' (a period), 'lần thứ 4', 'năm 2023' in a link title, 'Số 92 Hòa Sơn', phone 024.3386.6203, 08:30.",
    "Every figure is in the district (the cooperative is in its commune Tiên Phương): default location Chương Mỹ.",
    "'bảy thành viên' at founding takes the founding year as its period; 'hiện ... 42 thành viên' has no period.",
    "'hơn 110 lao động nữ' follows 'trong đó' after 160 lao động: total 160. 'hơn ba chục hộ' = over 30 (number words).",
    "'cao hơn 700.000 đồng so với năm trước' is the change of the 5,2 triệu wage (unit đồng); its period 'Năm 2023' is in the previous sentence.",
    "'khổ 1,2 x 1,8 m' is a product size (optional, as a careful annotator may or may not count it); the price range takes unit 'đồng'.",
    "'Năm 2024, HTX phấn đấu ... mở rộng thêm 1.500 m2' → target; 'dự kiến tuyển thêm từ 30 đến 40' → forecast.",
    "'bằng 104,5% kế hoạch' is the percent attribute of 1.150 tỷ đồng.",
    "revised after the first run: 'hai doanh nghiệp thương mại ở Hà Nội' → location Hà Nội (the sentence places the counted firms there;",
    "I had applied the article default), and 'ở Hà Nội' taken out of its subject (a place goes to location).",
]

if __name__ == "__main__":
    write("p1548-2", TEXT, NOTES, FIGS, published="2024-03-14", location="Chương Mỹ")
