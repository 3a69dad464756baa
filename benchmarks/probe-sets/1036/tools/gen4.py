"""p1036-4: ministry site (Bộ Công Thương): national wind capacity and output 2023, top provinces, FIT, transition projects, PDP8."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Năng lượng
Năm 2023: Điện gió chiếm gần 4% sản lượng toàn hệ thống
05/03/2024 | 14:30

Theo báo cáo của Cục Điện lực và Năng lượng tái tạo, tính đến hết năm 2023, cả nước có 88 nhà máy điện gió đã vận hành thương mại với tổng công suất 4.126 MW, chiếm khoảng 5,2% tổng công suất đặt của hệ thống điện quốc gia. Sản lượng điện gió năm 2023 đạt 10,8 tỷ kWh, tăng 21,6% so với năm 2022, chiếm 3,8% tổng sản lượng điện sản xuất và nhập khẩu.

Các địa phương có công suất điện gió lớn nhất lần lượt là Gia Lai (1.032 MW), Quảng Trị (794 MW), Đắk Lắk (603 MW) và Bạc Liêu (472 MW).

Theo Quyết định số 39/2018/QĐ-TTg, giá mua điện gió trên bờ là 8,5 UScent/kWh, điện gió ngoài khơi là 9,8 UScent/kWh. Đối với các dự án chuyển tiếp, tính đến ngày 29/2/2024 có 26/51 dự án điện gió (tổng công suất 1.640 MW) đã được phê duyệt giá tạm, với mức giá tạm bằng 50% giá trần của khung giá phát điện.

Theo Quy hoạch điện VIII, đến năm 2030 tổng công suất điện gió trên bờ và gần bờ đạt 21.880 MW, điện gió ngoài khơi đạt 6.000 MW; định hướng đến năm 2050 điện gió ngoài khơi đạt từ 70.000 đến 91.500 MW. Bộ Công Thương cho biết tổng tiềm năng kỹ thuật điện gió ngoài khơi của Việt Nam khoảng 600 GW, gấp gần 8 lần tổng công suất toàn hệ thống điện hiện nay.

Thứ trưởng Phan Minh Đức cho biết, Bộ đang hoàn thiện dự thảo Nghị định về cơ chế mua bán điện trực tiếp, dự kiến trình Chính phủ trong quý II/2024.

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
TR = P("tính đến ngày 29/2/2024", None, "2024-02-29")
TO2030 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 4%", "4", 4, "percent", "%", "tỷ trọng điện gió trong sản lượng toàn hệ thống",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("có 88 nhà máy", "88", 88, "count", "nhà máy", "nhà máy điện gió đã vận hành thương mại", ASOF),
    F("công suất 4.126 MW", "4.126", 4126, "measure", "MW", "tổng công suất nhà máy điện gió đã vận hành thương mại",
      ASOF, percent=5.2),
    F("đạt 10,8 tỷ kWh", "10,8", 10.8e9, "measure", "kWh", "sản lượng điện gió", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 21.6, "%", "năm 2022"), percent=3.8),
    F("Gia Lai (1.032 MW)", "1.032", 1032, "measure", "MW", "công suất điện gió", I(ASOF), location="Gia Lai"),
    F("Quảng Trị (794 MW)", "794", 794, "measure", "MW", "công suất điện gió", I(ASOF), location="Quảng Trị"),
    F("Đắk Lắk (603 MW)", "603", 603, "measure", "MW", "công suất điện gió", I(ASOF), location="Đắk Lắk"),
    F("Bạc Liêu (472 MW)", "472", 472, "measure", "MW", "công suất điện gió", I(ASOF), location="Bạc Liêu"),
    F("là 8,5 UScent/kWh", "8,5", 8.5, "money", "UScent/kWh", "giá mua điện gió trên bờ"),
    F("là 9,8 UScent/kWh", "9,8", 9.8, "money", "UScent/kWh", "giá mua điện gió ngoài khơi"),
    F("có 26/51 dự án", "26", 26, "count", "dự án", "dự án điện gió chuyển tiếp đã được phê duyệt giá tạm", TR,
      total=51),
    F("công suất 1.640 MW", "1.640", 1640, "measure", "MW",
      "tổng công suất dự án điện gió chuyển tiếp đã được phê duyệt giá tạm", TR),
    F("bằng 50% giá trần", "50", 50, "percent", "%", "mức giá tạm so với giá trần của khung giá phát điện"),
    F("đạt 21.880 MW", "21.880", 21880, "measure", "MW", "tổng công suất điện gió trên bờ và gần bờ", TO2030,
      status="target"),
    F("đạt 6.000 MW", "6.000", 6000, "measure", "MW", "công suất điện gió ngoài khơi", TO2030, status="target"),
    F("từ 70.000 đến 91.500 MW", "70.000", 70000, "measure", "MW", "công suất điện gió ngoài khơi",
      P("đến năm 2050", None, "2050-12-31"), value_max=91500, status="target"),
    F("khoảng 600 GW", "600", 600, "measure", "GW", "tổng tiềm năng kỹ thuật điện gió ngoài khơi", approx="about",
      change=C("increase", 8, "lần", "tổng công suất toàn hệ thống điện hiện nay", approx="nearly")),
]

NOTES = [
    "Ministry site (Bộ Công Thương), 05/03/2024: national wind figures, 'lần lượt' list of provinces (location = province, subject =",
    "the list's indicator 'công suất điện gió'), FIT prices in UScent/kWh, transition projects 26/51, PDP8 targets 2030/2050.",
    "'chiếm khoảng 5,2%' is the share (percent) of 4.126 MW; the 'khoảng' belongs to the share, so 4.126 MW stays exact.",
    "'gấp gần 8 lần …' after 600 GW is its change (lần, nearly). Distractors: 39/2018/QĐ-TTg, quý II/2024 (schedule), address, phone,",
    "the deputy minister's name, 'Quy hoạch điện VIII'.",
]

if __name__ == "__main__":
    emit("p1036-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
