"""p1381-2: district portal (huyện Yên Mỹ, Hưng Yên): Mid-Autumn toy craft village Ông Hảo, cooperative, OCOP targets."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Làng nghề đồ chơi Trung thu Ông Hảo vào vụ

12/08/2024 - 08:40

Những ngày này, các hộ làm đồ chơi Trung thu ở thôn Ông Hảo, xã Liêu Xá tất bật hoàn thiện đơn hàng. Toàn thôn hiện có 68 hộ làm nghề, thu hút khoảng 320 lao động, trong đó hơn 200 lao động là phụ nữ và người cao tuổi.

Năm nay, mỗi hộ sản xuất trung bình từ 3.000 đến 5.000 đầu lân bằng giấy bồi, tổng sản lượng toàn làng ước đạt gần 280 nghìn sản phẩm, tăng 12% so với năm 2023. Đầu lân cỡ nhỏ có giá 45.000 đồng/chiếc, loại lớn từ 400.000 đến 700.000 đồng/chiếc, cao gấp đôi hàng nhựa nhập khẩu. Giấy dó, giấy bản làm nguyên liệu hiện có giá khoảng 18.000 đồng/kg.

Ông Nguyễn Văn Thiệp, Giám đốc Hợp tác xã đồ chơi truyền thống Hảo Xuân, cho biết hợp tác xã có 25 thành viên, đã ký hợp đồng tiêu thụ khoảng 60.000 sản phẩm cho các siêu thị, nhà sách tại Hà Nội và TP Hồ Chí Minh. Thu nhập bình quân của lao động đạt 7-9 triệu đồng/người/tháng; doanh thu năm 2023 của hợp tác xã đạt 4,6 tỷ đồng, vượt 15% kế hoạch.

Toàn huyện hiện có 3 làng nghề được công nhận, gồm 2 làng nghề truyền thống và một làng nghề mới. Mục tiêu đến năm 2025, huyện phấn đấu có thêm hai sản phẩm đồ chơi đạt chuẩn OCOP 3 sao, nâng tổng số sản phẩm OCOP toàn huyện lên 30 sản phẩm.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Yên Mỹ

Tin khác:
- Yên Mỹ tổ chức Tết Trung thu cho thiếu nhi năm 2024
- Hội nghị sơ kết 6 tháng đầu năm của UBND huyện

Địa chỉ: Thị trấn Yên Mỹ, huyện Yên Mỹ, tỉnh Hưng Yên. Điện thoại: 0221.3967.208
"""

NAYY = P("Năm nay", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 68 hộ", "68", 68, "count", "hộ", subject="hộ làm nghề"),
    F("khoảng 320 lao động", "320", 320, "count", "lao động", approx="about", subject="lao động"),
    F("hơn 200 lao động", "200", 200, "count", "lao động", approx="over", total=320,
      subject="lao động là phụ nữ và người cao tuổi"),
    F("từ 3.000 đến 5.000", "3.000", 3000, "measure", "đầu lân/hộ", value_max=5000,
      subject="đầu lân bằng giấy bồi mỗi hộ sản xuất", period=NAYY),
    F("gần 280 nghìn", "280", 280000, "count", "sản phẩm", approx="nearly", status="estimate",
      change=C("increase", 12, "%", "năm 2023"), subject="tổng sản lượng toàn làng", period=NAYY),
    F("45.000 đồng/chiếc", "45.000", 45000, "money", "đồng/chiếc", subject="giá đầu lân cỡ nhỏ",
      period=I(NAYY)),
    F("từ 400.000 đến 700.000", "400.000", 400000, "money", "đồng/chiếc", value_max=700000,
      change=C("increase", 2, "lần", "hàng nhựa nhập khẩu"), subject="giá đầu lân loại lớn", period=I(NAYY)),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", approx="about",
      subject="giá giấy dó, giấy bản làm nguyên liệu"),
    F("có 25 thành viên", "25", 25, "count", "thành viên", subject="thành viên hợp tác xã"),
    F("khoảng 60.000 sản phẩm", "60.000", 60000, "count", "sản phẩm", approx="about",
      subject="sản phẩm hợp tác xã ký hợp đồng tiêu thụ"),
    F("7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
      subject="thu nhập bình quân của lao động"),
    F("đạt 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", change=C("increase", 15, "%", "kế hoạch"),
      subject="doanh thu của hợp tác xã", period=Y23),
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề được công nhận"),
    F("gồm 2 làng nghề", "2", 2, "count", "làng nghề", total=3, subject="làng nghề truyền thống"),
    F("và một làng nghề mới", "một", 1, "count", "làng nghề", total=3, subject="làng nghề mới"),
    F("thêm hai sản phẩm", "hai", 2, "count", "sản phẩm", status="target",
      subject="sản phẩm đồ chơi đạt chuẩn OCOP 3 sao có thêm", period=T25),
    F("lên 30 sản phẩm", "30", 30, "count", "sản phẩm", status="target",
      subject="tổng số sản phẩm OCOP toàn huyện", period=T25),
]

NOTES = [
    "District portal (huyện Yên Mỹ, Hưng Yên): banner naming the district, menu, '12/08/2024 - 08:40', 'Nguồn:', 'Tin khác', footer.",
    "Location: the district Yên Mỹ for all figures (xã Liêu Xá is a commune inside it); Hà Nội and TP HCM are buyers' places, not the figure's.",
    "'mỗi hộ sản xuất ... từ 3.000 đến 5.000 đầu lân' is a rate per household: measure, unit 'đầu lân/hộ'.",
    "'cao gấp đôi hàng nhựa nhập khẩu' is a change of the large-head price (x2, baseline the imported plastic toys), not a figure.",
    "'vượt 15% kế hoạch' is a change with baseline 'kế hoạch' (spec: result against plan).",
    "'gồm 2 ... và một ...' are parts of the 3 làng nghề (total 3). 'thêm hai sản phẩm' is a target count.",
    "Distractors: the dateline and time, 'OCOP 3 sao', 'năm 2024' and '6 tháng đầu năm' in link titles, phone 0221.3967.208.",
]

if __name__ == "__main__":
    write("p1381-2", TEXT, NOTES, FIGS, published="2024-08-12", location="Yên Mỹ")
