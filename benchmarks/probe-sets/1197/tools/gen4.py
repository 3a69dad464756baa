"""p1197-4: ministry site (Bộ NN&PTNT / Cục Trồng trọt), national flower area, exports, Tết 2024 supply, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Dự kiến cung ứng khoảng 450 triệu cành hoa cho Tết Giáp Thìn

Ngày đăng: 14/11/2023 | Lượt xem: 1.087

Theo Cục Trồng trọt, năm 2022 cả nước có khoảng 44.600 ha trồng hoa, tăng gần 2,3 lần so với năm 2010; giá trị sản xuất đạt khoảng 21.000 tỷ đồng. Hoa cúc là loài có diện tích lớn nhất, chiếm khoảng 40% diện tích hoa cả nước, tiếp đến là hoa hồng, hoa lan, hoa ly và đồng tiền.

Các địa phương có diện tích hoa lớn gồm Lâm Đồng (9.850 ha), Hà Nội (5.200 ha), Đồng Tháp (1.230 ha) và Nam Định (1.040 ha). Tại Lâm Đồng, giá trị sản xuất hoa bình quân đạt 1,3 tỷ đồng/ha/năm, gấp khoảng 4 lần trồng rau.

Năm 2022, kim ngạch xuất khẩu hoa của Việt Nam đạt hơn 80 triệu USD, thị trường chính là Nhật Bản, Trung Quốc và Australia; trong đó hoa cúc cắt cành chiếm trên 70%. Riêng năm 2022, nước ta xuất khẩu sang Nhật Bản khoảng 20 triệu cành hoa cúc.

Dịp Tết Nguyên đán Giáp Thìn 2024, dự kiến các địa phương cung ứng cho thị trường khoảng 450 triệu cành hoa, trong đó hoa cúc khoảng 210 triệu cành. Nguồn cung hoa chậu các loại dự kiến khoảng 38 triệu chậu.

Theo Quyết định số 1235/QĐ-BNN-TT ngày 15/4/2023 của Bộ trưởng, mục tiêu đến năm 2030 diện tích hoa cả nước đạt 60.000 ha, giá trị sản xuất bình quân trên 500 triệu đồng/ha/năm, kim ngạch xuất khẩu đạt 300 triệu USD.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22c = P("Riêng năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "diện tích hoa"

FIGS = [
    F("khoảng 450 triệu cành hoa cho", "450", 450000000, "count", "cành hoa", approx="about",
      status="forecast", subject="cành hoa cung ứng cho Tết Giáp Thìn"),
    F("khoảng 44.600 ha", "44.600", 44600, "measure", "ha", approx="about",
      change=C("increase", 2.3, "lần", "năm 2010", approx="nearly"), subject="diện tích trồng hoa", period=Y22),
    F("khoảng 21.000 tỷ", "21.000", 21000000000000, "money", "đồng", approx="about",
      subject="giá trị sản xuất hoa", period=Y22),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ trọng diện tích hoa cúc trong diện tích hoa cả nước", period=I(Y22)),
    F("Lâm Đồng (9.850 ha)", "9.850", 9850, "measure", "ha", subject=LIST, location="Lâm Đồng", period=I(Y22)),
    F("Hà Nội (5.200 ha)", "5.200", 5200, "measure", "ha", subject=LIST, location="Hà Nội", period=I(Y22)),
    F("Đồng Tháp (1.230 ha)", "1.230", 1230, "measure", "ha", subject=LIST, location="Đồng Tháp", period=I(Y22)),
    F("Nam Định (1.040 ha)", "1.040", 1040, "measure", "ha", subject=LIST, location="Nam Định", period=I(Y22)),
    F("đạt 1,3 tỷ", "1,3", 1300000000, "money", "đồng/ha/năm", location="Lâm Đồng",
      change=C("increase", 4, "lần", "trồng rau", approx="about"),
      subject="giá trị sản xuất hoa bình quân", period=I(Y22)),
    F("hơn 80 triệu USD", "80", 80000000, "money", "USD", approx="over",
      subject="kim ngạch xuất khẩu hoa", period=Y22b),
    F("chiếm trên 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ trọng hoa cúc cắt cành trong kim ngạch xuất khẩu hoa", period=Y22b),
    F("khoảng 20 triệu cành", "20", 20000000, "count", "cành", approx="about",
      subject="cành hoa cúc xuất khẩu sang Nhật Bản", period=Y22c),
    F("khoảng 450 triệu cành hoa, trong", "450", 450000000, "count", "cành hoa", approx="about",
      status="forecast", subject="cành hoa các địa phương cung ứng cho thị trường dịp Tết"),
    F("khoảng 210 triệu cành", "210", 210000000, "count", "cành", approx="about", status="forecast",
      total=450000000, subject="cành hoa cúc cung ứng dịp Tết"),
    F("khoảng 38 triệu chậu", "38", 38000000, "count", "chậu", approx="about", status="forecast",
      subject="nguồn cung hoa chậu các loại"),
    F("đạt 60.000 ha", "60.000", 60000, "measure", "ha", status="target",
      subject="diện tích hoa cả nước", period=T30),
    F("trên 500 triệu", "500", 500000000, "money", "đồng/ha/năm", approx="over", status="target",
      subject="giá trị sản xuất bình quân", period=T30),
    F("đạt 300 triệu USD", "300", 300000000, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu hoa", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt): breadcrumb, 'Ngày đăng: 14/11/2023 | Lượt xem: 1.087', address footer. National: location Việt Nam.",
    "Province list 'gồm Lâm Đồng (9.850 ha), ...' follows 'Các địa phương', not a figure: no total; places go to location; period năm 2022 inherited from paragraph 1.",
    "'gấp khoảng 4 lần trồng rau' after the Lâm Đồng figure is its change (lần, about), like 'tăng gần 2,3 lần so với năm 2010'. 'trong đó hoa cúc cắt cành chiếm trên 70%' has no base amount: a percent figure of its own.",
    "Japan is a trade partner, not a place: location Việt Nam. Tết-season supply: 'dự kiến' -> forecast, no calendar period.",
    "Distractors: Lượt xem 1.087, 'Quyết định số 1235/QĐ-BNN-TT ngày 15/4/2023', 'năm 2010' (baseline), 'Số 2 Ngọc Hà', 'Giáp Thìn 2024'.",
]

if __name__ == "__main__":
    write("p1197-4", TEXT, NOTES, FIGS, published="2023-11-14", location="Việt Nam")
