from lib import *

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ › Tin tức › Giảm nghèo

Tín dụng chính sách năm 2023: Hơn 2,4 triệu lượt hộ được vay vốn

Ngày đăng: 12/01/2024 | Lượt xem: 2.456

Ngày 11/1, tại trụ sở Ngân hàng Chính sách xã hội (NHCSXH), số 169 Linh Đường, quận Hoàng Mai, Hà Nội, Thứ trưởng Bộ Lao động - Thương binh và Xã hội dự Hội nghị tổng kết hoạt động năm 2023 của NHCSXH.

Báo cáo tại hội nghị cho biết, năm 2023 tổng nguồn vốn tín dụng chính sách xã hội đạt 345.600 tỷ đồng, tăng 9,2% so với năm 2022. Tổng dư nợ đạt 336.150 tỷ đồng, tăng 28.420 tỷ đồng so với cuối năm 2022, tốc độ tăng trưởng 9,24%, với gần 6,8 triệu hộ nghèo và đối tượng chính sách còn dư nợ.

Doanh số cho vay cả năm đạt 110.320 tỷ đồng, giúp hơn 2,4 triệu lượt hộ nghèo và các đối tượng chính sách được vay vốn. Vốn tín dụng chính sách đã góp phần giúp trên 221.000 hộ vượt qua ngưỡng nghèo; tạo việc làm cho gần 480.000 lao động, trong đó 14.200 lao động đi làm việc ở nước ngoài theo hợp đồng; giúp 43.500 học sinh, sinh viên vay vốn học tập; xây dựng trên 1,1 triệu công trình nước sạch, vệ sinh môi trường nông thôn.

Đến nay, 63/63 tỉnh, thành phố đã bố trí vốn ngân sách địa phương ủy thác qua NHCSXH với tổng số 37.500 tỷ đồng, chiếm 10,9% tổng nguồn vốn. Một số địa phương có nguồn vốn ủy thác lớn là Hà Nội 3.860 tỷ đồng, TP Hồ Chí Minh 3.120 tỷ đồng, Quảng Ninh 1.940 tỷ đồng. Tỷ lệ nợ quá hạn, nợ khoanh chỉ chiếm 0,26% tổng dư nợ.

Phát biểu chỉ đạo, Thứ trưởng đề nghị NHCSXH tiếp tục thực hiện Nghị định số 78/2002/NĐ-CP và Chỉ thị số 40-CT/TW. Năm 2024, NHCSXH phấn đấu tăng trưởng tín dụng khoảng 10%, tỷ lệ nợ quá hạn, nợ khoanh dưới 0,3%; tổ chức tốt các hoạt động kỷ niệm 22 năm ngày thành lập.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-01-12")
B = 1e9

FIGS = [
    F("Hơn 2,4 triệu lượt hộ", "2,4", 2.4e6, "count", "lượt hộ", "lượt hộ được vay vốn tín dụng chính sách",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("đạt 345.600 tỷ đồng", "345.600", 345600 * B, "money", "đồng", "tổng nguồn vốn tín dụng chính sách xã hội", Y23,
      change=CH("increase", 9.2, "%", "năm 2022")),
    F("đạt 336.150 tỷ đồng", "336.150", 336150 * B, "money", "đồng", "tổng dư nợ", I(Y23),
      change=CH("increase", 28420 * B, "đồng", "cuối năm 2022")),
    F("tăng trưởng 9,24%", "9,24", 9.24, "percent", "%", "tốc độ tăng trưởng tổng dư nợ", I(Y23), optional=True),
    F("gần 6,8 triệu hộ", "6,8", 6.8e6, "count", "hộ nghèo và đối tượng chính sách",
      "hộ nghèo và đối tượng chính sách còn dư nợ", I(Y23), approx="nearly"),
    F("đạt 110.320 tỷ đồng", "110.320", 110320 * B, "money", "đồng", "doanh số cho vay", I(Y23)),
    F("hơn 2,4 triệu lượt hộ nghèo", "2,4", 2.4e6, "count", "lượt hộ nghèo và các đối tượng chính sách",
      "lượt hộ nghèo và các đối tượng chính sách được vay vốn", I(Y23), approx="over"),
    F("trên 221.000 hộ", "221.000", 221000, "count", "hộ", "hộ vượt qua ngưỡng nghèo", I(Y23), approx="over"),
    F("gần 480.000 lao động", "480.000", 480000, "count", "lao động", "lao động được tạo việc làm", I(Y23), approx="nearly"),
    F("đó 14.200 lao động", "14.200", 14200, "count", "lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng",
      I(Y23), total=480000),
    F("giúp 43.500 học sinh", "43.500", 43500, "count", "học sinh, sinh viên", "học sinh, sinh viên vay vốn học tập", I(Y23)),
    F("trên 1,1 triệu công trình", "1,1", 1.1e6, "count", "công trình",
      "công trình nước sạch, vệ sinh môi trường nông thôn", I(Y23), approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố bố trí vốn ngân sách địa phương ủy thác qua NHCSXH", NOW, total=63),
    F("tổng số 37.500 tỷ đồng", "37.500", 37500 * B, "money", "đồng", "vốn ngân sách địa phương ủy thác qua NHCSXH",
      NOW, percent=10.9),
    F("Hà Nội 3.860 tỷ đồng", "3.860", 3860 * B, "money", "đồng", "nguồn vốn ủy thác", I(NOW), location="Hà Nội"),
    F("Minh 3.120 tỷ đồng", "3.120", 3120 * B, "money", "đồng", "nguồn vốn ủy thác", I(NOW), location="TP Hồ Chí Minh"),
    F("Quảng Ninh 1.940 tỷ đồng", "1.940", 1940 * B, "money", "đồng", "nguồn vốn ủy thác", I(NOW), location="Quảng Ninh"),
    F("chiếm 0,26%", "0,26", 0.26, "percent", "%", "tỷ lệ nợ quá hạn, nợ khoanh trong tổng dư nợ", I(Y23)),
    F("khoảng 10%", "10", 10, "percent", "%", "tăng trưởng tín dụng", Y24, approx="about", status="target"),
    F("dưới 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nợ quá hạn, nợ khoanh", Y24, approx="under", status="target"),
    F("kỷ niệm 22 năm", "22", 22, "measure", "năm", "năm ngày thành lập NHCSXH", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): NHCSXH hội nghị tổng kết năm 2023 — national capital, outstanding loans, results, entrusted local funds, 2024 targets.",
    "'Ngày đăng: 12/01/2024 | Lượt xem: 2.456' dateline and counter; 'Ngày 11/1' and the address 'số 169 Linh Đường' are not figures.",
    "Distractors: Nghị định số 78/2002/NĐ-CP, Chỉ thị số 40-CT/TW, address, 'Ngày 11/1'; 'kỷ niệm 22 năm ngày thành lập' (an anniversary label) is optional.",
    "National figures: location Việt Nam; the three provinces listed with their entrusted funds take their own location.",
    "'tăng 28.420 tỷ đồng so với cuối năm 2022, tốc độ tăng trưởng 9,24%': first change is the attribute, the second is an optional percent figure.",
    "'Đến nay' is read as an as-of date at the dateline (start null, end 2024-01-12). The headline's 'năm 2023' gives it its own period.",
    "14.200 lao động is a 'trong đó' part of 'gần 480.000 lao động'; the 37.500 tỷ carries its share 10,9% (no whole stated as a figure: no total).",
]

if __name__ == "__main__":
    emit("p567-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
