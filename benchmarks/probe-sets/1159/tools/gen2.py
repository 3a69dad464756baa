"""p1159-2: district portal (huyện Quỳnh Phụ, Thái Bình), wig outsourcing workshops."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH PHỤ - TỈNH THÁI BÌNH
Trang chủ / Tin tức - Sự kiện / Kinh tế

Nghề gia công tóc giả tạo việc làm cho hơn 1.000 lao động

Thứ Ba, 12/03/2024 - 15:05

Những năm gần đây, nghề gia công tóc giả xuất khẩu phát triển mạnh tại các xã Quỳnh Hoa, An Vũ, An Lễ. Năm 2023, toàn huyện có 27 cơ sở gia công tóc giả, sử dụng 1.086 lao động (trong đó 212 người là người cao tuổi, người khuyết tật), doanh thu đạt 96 tỷ đồng, tăng 14 tỷ đồng so với năm 2022.

Điển hình là Công ty TNHH Tóc Việt Hưng tại xã Quỳnh Hoa. Công ty có 2 xưởng sản xuất với hơn 350 công nhân, mỗi tháng xuất sang Hoa Kỳ, Hàn Quốc khoảng 9.000 bộ tóc giả. Chị Nguyễn Thị Hằng, công nhân của công ty, cho biết mỗi ngày chị làm được hai mảng tóc, thu nhập 6,5 triệu đồng/tháng. Công ty còn giao hàng gia công cho khoảng 150 hộ trong huyện làm tại nhà, mỗi hộ có thêm từ 2 đến 3 triệu đồng/tháng.

2 tháng đầu năm 2024, các cơ sở đã tạo việc làm mới cho 64 lao động. Dự kiến cả năm 2024, doanh thu nghề tóc giả toàn huyện đạt khoảng 110 tỷ đồng. Huyện phấn đấu đến năm 2025 có ít nhất 35 cơ sở gia công tóc giả, thu hút từ 1.300 đến 1.500 lao động.

Minh Thư - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Bản quyền thuộc UBND huyện Quỳnh Phụ. Địa chỉ: Thị trấn Quỳnh Côi, huyện Quỳnh Phụ, tỉnh Thái Bình. Điện thoại: 0227.3863.512
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 1.000 lao động", "1.000", 1000, "count", "lao động", approx="over",
      subject="lao động có việc làm từ nghề gia công tóc giả"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở gia công tóc giả", period=Y23),
    F("sử dụng 1.086 lao động", "1.086", 1086, "count", "lao động",
      subject="lao động các cơ sở gia công tóc giả sử dụng", period=Y23),
    F("trong đó 212 người", "212", 212, "count", "người", total=1086,
      subject="lao động là người cao tuổi, người khuyết tật", period=Y23),
    F("đạt 96 tỷ đồng", "96", 96000000000, "money", "đồng",
      change=C("increase", 14000000000, "đồng", "năm 2022"),
      subject="doanh thu các cơ sở gia công tóc giả", period=Y23),
    F("có 2 xưởng", "2", 2, "count", "xưởng", subject="xưởng sản xuất của Công ty TNHH Tóc Việt Hưng"),
    F("hơn 350 công nhân", "350", 350, "count", "công nhân", approx="over",
      subject="công nhân của Công ty TNHH Tóc Việt Hưng"),
    F("khoảng 9.000 bộ", "9.000", 9000, "count", "bộ tóc giả", approx="about",
      subject="tóc giả công ty xuất sang Hoa Kỳ, Hàn Quốc mỗi tháng"),
    F("được hai mảng tóc", "hai", 2, "count", "mảng tóc", subject="mảng tóc một công nhân làm mỗi ngày"),
    F("thu nhập 6,5 triệu", "6,5", 6500000, "money", "đồng/tháng", subject="thu nhập của công nhân"),
    F("khoảng 150 hộ", "150", 150, "count", "hộ", approx="about",
      subject="hộ nhận hàng gia công tóc giả làm tại nhà"),
    F("từ 2 đến 3 triệu", "2", 2000000, "money", "đồng/tháng", value_max=3000000,
      subject="thu nhập thêm của mỗi hộ gia công tại nhà"),
    F("cho 64 lao động", "64", 64, "count", "lao động", subject="lao động được tạo việc làm mới", period=M2),
    F("khoảng 110 tỷ đồng", "110", 110000000000, "money", "đồng", approx="about", status="forecast",
      subject="doanh thu nghề tóc giả toàn huyện", period=Y24),
    F("ít nhất 35 cơ sở", "35", 35, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở gia công tóc giả", period=TO25),
    F("từ 1.300 đến 1.500 lao động", "1.300", 1300, "count", "lao động", value_max=1500, status="target",
      subject="lao động các cơ sở gia công tóc giả thu hút", period=TO25),
]

NOTES = [
    "District portal (huyện Quỳnh Phụ, Thái Bình): 'Thứ Ba, 12/03/2024 - 15:05', byline, footer with address and phone. Default location Quỳnh Phụ.",
    "Distractors: time 15:05, phone 0227.3863.512, 'Thị trấn Quỳnh Côi'. Company passage (xã Quỳnh Hoa) stays in Quỳnh Phụ.",
    "'tăng 14 tỷ đồng so với năm 2022' is the change of 96 tỷ (multiplier applied, unit đồng). '(trong đó 212 người …)' is a part of 1.086.",
    "'hai mảng tóc' is a number word. '2 tháng đầu năm 2024' ends 2024-02-29 (leap year). 'đến năm 2025' target: end only.",
    "Flows per month/day ('mỗi tháng … 9.000 bộ', 'mỗi ngày … hai mảng tóc') keep the plain unit; the cue is in the subject.",
]

if __name__ == "__main__":
    write("p1159-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Quỳnh Phụ")
