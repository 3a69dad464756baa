"""p790-4: ministry site (Bộ VHTTDL), national traditional theatre 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Nghệ thuật biểu diễn
Ngày đăng: 27/12/2024 | Lượt xem: 1.108

Sân khấu truyền thống năm 2024: hơn 9.800 buổi diễn đến với công chúng

Theo Cục Nghệ thuật biểu diễn, cả nước hiện có 41 đơn vị nghệ thuật công lập biểu diễn các loại hình sân khấu truyền thống, trong đó 14 đơn vị chèo, 6 đơn vị tuồng, 12 đơn vị cải lương và 9 đơn vị múa rối.

Năm 2024, các đơn vị này đã biểu diễn hơn 9.800 buổi, tăng 7,4% so với năm 2023, phục vụ khoảng 3,6 triệu lượt khán giả. Doanh thu bán vé và hợp đồng biểu diễn ước đạt 214 tỷ đồng, chiếm 38% tổng doanh thu của các đơn vị nghệ thuật công lập. Các địa phương có số buổi diễn nhiều nhất lần lượt là Hà Nội (1.240 buổi), TP Hồ Chí Minh (960 buổi), Hải Phòng (455 buổi) và Thanh Hóa (418 buổi).

Múa rối nước tiếp tục là loại hình thu hút khách quốc tế: riêng Nhà hát Múa rối Thăng Long (Hà Nội) đón gần 420.000 lượt khách, trong đó khách nước ngoài chiếm khoảng 70%.

Toàn ngành hiện có khoảng 2.350 diễn viên, nhạc công sân khấu truyền thống, trong đó 187 người được phong tặng danh hiệu NSND, NSƯT; tuy nhiên, số diễn viên dưới 30 tuổi chỉ chiếm 16,5%.

Thực hiện Chiến lược phát triển văn hóa đến năm 2030 ban hành kèm theo Quyết định số 1909/QĐ-TTg ngày 12/11/2021 của Thủ tướng Chính phủ, đến năm 2030 phấn đấu 100% đơn vị nghệ thuật truyền thống công lập được đầu tư nâng cấp nơi biểu diễn; mỗi đơn vị dàn dựng tối thiểu 2 tác phẩm mới mỗi năm.

Cục Nghệ thuật biểu diễn - Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HEAD = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 9.800 buổi diễn", "9.800", 9800, "count", "buổi diễn",
      "buổi diễn sân khấu truyền thống", HEAD, approx="over"),
    F("có 41 đơn vị", "41", 41, "count", "đơn vị nghệ thuật công lập",
      "đơn vị nghệ thuật công lập biểu diễn sân khấu truyền thống"),
    F("14 đơn vị chèo", "14", 14, "count", "đơn vị chèo", "đơn vị chèo", total=41),
    F("6 đơn vị tuồng", "6", 6, "count", "đơn vị tuồng", "đơn vị tuồng", total=41),
    F("12 đơn vị cải lương", "12", 12, "count", "đơn vị cải lương", "đơn vị cải lương", total=41),
    F("9 đơn vị múa rối", "9", 9, "count", "đơn vị múa rối", "đơn vị múa rối", total=41),
    F("biểu diễn hơn 9.800 buổi", "9.800", 9800, "count", "buổi", "buổi biểu diễn của các đơn vị", Y24,
      approx="over", change=C("increase", 7.4, "%", "năm 2023")),
    F("khoảng 3,6 triệu lượt khán giả", "3,6", 3.6e6, "count", "lượt khán giả", "lượt khán giả được phục vụ",
      Y24, approx="about"),
    F("ước đạt 214 tỷ đồng", "214", 214e9, "money", "đồng", "doanh thu bán vé và hợp đồng biểu diễn", I(Y24),
      status="estimate", percent=38),
    F("Hà Nội (1.240 buổi)", "1.240", 1240, "count", "buổi", "số buổi diễn", I(Y24), location="Hà Nội"),
    F("(960 buổi)", "960", 960, "count", "buổi", "số buổi diễn", I(Y24), location="TP Hồ Chí Minh"),
    F("(455 buổi)", "455", 455, "count", "buổi", "số buổi diễn", I(Y24), location="Hải Phòng"),
    F("(418 buổi)", "418", 418, "count", "buổi", "số buổi diễn", I(Y24), location="Thanh Hóa"),
    F("gần 420.000 lượt khách", "420.000", 420000, "count", "lượt khách", "lượt khách Nhà hát Múa rối Thăng Long đón",
      I(Y24), approx="nearly", location="Hà Nội"),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ lệ khách nước ngoài", I(Y24), approx="about", location="Hà Nội"),
    F("khoảng 2.350 diễn viên", "2.350", 2350, "count", "diễn viên, nhạc công",
      "diễn viên, nhạc công sân khấu truyền thống", approx="about"),
    F("187 người", "187", 187, "count", "người", "người được phong tặng danh hiệu NSND, NSƯT", total=2350),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", "tuổi", approx="under", optional=True),
    F("chiếm 16,5%", "16,5", 16.5, "percent", "%", "tỷ lệ diễn viên dưới 30 tuổi"),
    F("phấn đấu 100% đơn vị", "100", 100, "percent", "%",
      "đơn vị nghệ thuật truyền thống công lập được đầu tư nâng cấp nơi biểu diễn", T30, status="target"),
    F("tối thiểu 2 tác phẩm", "2", 2, "count", "tác phẩm", "tác phẩm mới mỗi đơn vị dàn dựng mỗi năm", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL, Cục Nghệ thuật biểu diễn), 27/12/2024: national traditional-theatre figures for 2024. Location Việt Nam.",
    "The four types after 'trong đó' add up to 41 (total). The 'lần lượt' ranking gives each province as location, subject the list's indicator, no total.",
    "Thăng Long water-puppet theatre is named with '(Hà Nội)': location Hà Nội; its 420.000 and 70% inherit 'Năm 2024' from the paragraph before.",
    "'dưới 30 tuổi' (age threshold) is optional; 16,5% is a percent figure of its own. 'đến năm 2030 phấn đấu' → target, as-of end 2030.",
    "Not figures: Lượt xem 1.108, 'đến năm 2030' in the strategy's name, Quyết định số 1909/QĐ-TTg ngày 12/11/2021, 'Số 51 Ngô Quyền'.",
]

write(4, TEXT, FIGS, NOTES, published="2024-12-27", location="Việt Nam")
