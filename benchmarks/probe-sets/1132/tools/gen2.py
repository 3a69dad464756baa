"""p1132-2: district portal (huyện Bát Xát, Lào Cai): seedlings of rare conifers, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Bát Xát ươm hơn 185 nghìn cây giống loài cây quý hiếm

Đăng ngày: 05/03/2024 | Lượt xem: 356

Năm 2023, Hạt Kiểm lâm huyện phối hợp với Ban quản lý Khu bảo tồn thiên nhiên Bát Xát ươm được 185.400 cây giống các loài cây quý hiếm, đạt 103% kế hoạch, tăng 21,5% so với năm 2022. Trong đó, pơ mu 68.000 cây, thông đỏ 42.000 cây, bách xanh 30.500 cây, còn lại là sa mu dầu và vù hương.

Số cây giống trên được trồng trên diện tích 126 ha tại tiểu khu 245, 251 và các xã Y Tý, A Lù, Ngải Thầu; tỷ lệ cây sống sau một năm đạt trên 85%. Tổng kinh phí thực hiện khoảng 2,3 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,5 tỷ đồng.

Tại xã Y Tý, Hợp tác xã Nông lâm nghiệp Sín Chải có 14 thành viên, hai vườn ươm với tổng diện tích 1,2 ha. Mỗi năm hợp tác xã sản xuất khoảng 60.000 cây giống pơ mu, thông đỏ, giá bán từ 8.000 đến 12.000 đồng/cây. Năm 2023, doanh thu của hợp tác xã đạt gần 700 triệu đồng, tạo việc làm thường xuyên cho 25 lao động với thu nhập bình quân 5,5 triệu đồng/người/tháng.

Năm 2024, huyện phấn đấu ươm 200.000 cây giống, trồng mới 150 ha rừng bằng các loài cây bản địa quý hiếm; dự kiến có 320 hộ đồng bào Mông, Hà Nhì tham gia nhận khoán bảo vệ rừng với mức 400.000 đồng/ha/năm.

Hạt Kiểm lâm huyện Bát Xát - Điện thoại: 0214.3883.125
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Nông lâm nghiệp Sín Chải"

FIGS = [
    F("hơn 185 nghìn cây", "185", 185000, "count", "cây giống", approx="over",
      subject="cây giống loài cây quý hiếm được ươm"),
    F("ươm được 185.400 cây", "185.400", 185400, "count", "cây giống", percent=103,
      change=C("increase", 21.5, "%", "năm 2022"),
      subject="cây giống các loài cây quý hiếm được ươm", period=Y23),
    F("pơ mu 68.000 cây", "68.000", 68000, "count", "cây", total=185400,
      subject="cây giống pơ mu", period=I(Y23)),
    F("thông đỏ 42.000 cây", "42.000", 42000, "count", "cây", total=185400,
      subject="cây giống thông đỏ", period=I(Y23)),
    F("bách xanh 30.500 cây", "30.500", 30500, "count", "cây", total=185400,
      subject="cây giống bách xanh", period=I(Y23)),
    F("diện tích 126 ha", "126", 126, "measure", "ha", subject="diện tích trồng cây giống",
      period=I(Y23)),
    F("sau một năm", "một", 1, "measure", "năm", optional=True, subject="thời gian sau trồng"),
    F("trên 85%", "85", 85, "percent", "%", approx="over", subject="tỷ lệ cây sống sau một năm",
      period=I(Y23)),
    F("khoảng 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", approx="about",
      subject="tổng kinh phí thực hiện", period=I(Y23)),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", total=2300000000,
      subject="ngân sách tỉnh hỗ trợ", period=I(Y23)),
    F("có 14 thành viên", "14", 14, "count", "thành viên", subject=f"thành viên {HTX}"),
    F("hai vườn ươm", "hai", 2, "count", "vườn ươm", subject=f"vườn ươm của {HTX}"),
    F("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", subject="tổng diện tích vườn ươm"),
    F("khoảng 60.000 cây", "60.000", 60000, "count", "cây giống", approx="about",
      subject="cây giống pơ mu, thông đỏ hợp tác xã sản xuất mỗi năm"),
    F("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/cây", value_max=12000,
      subject="giá bán cây giống"),
    F("gần 700 triệu", "700", 700000000, "money", "đồng", approx="nearly",
      subject="doanh thu của hợp tác xã", period=Y23),
    F("cho 25 lao động", "25", 25, "count", "lao động",
      subject="lao động có việc làm thường xuyên tại hợp tác xã", period=Y23),
    F("5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động hợp tác xã", period=Y23),
    F("ươm 200.000 cây", "200.000", 200000, "count", "cây giống", status="target",
      subject="cây giống ươm", period=Y24),
    F("150 ha rừng", "150", 150, "measure", "ha", status="target",
      subject="diện tích trồng mới rừng bằng các loài cây bản địa quý hiếm", period=Y24),
    F("có 320 hộ", "320", 320, "count", "hộ", status="forecast",
      subject="hộ đồng bào Mông, Hà Nhì tham gia nhận khoán bảo vệ rừng", period=Y24),
    F("400.000 đồng/ha/năm", "400.000", 400000, "money", "đồng/ha/năm", status="forecast",
      subject="mức khoán bảo vệ rừng", period=Y24),
]

NOTES = [
    "District portal (huyện Bát Xát, Lào Cai): seedlings of rare trees 2023, a cooperative in xã Y Tý, 2024 plans.",
    "'Đăng ngày: 05/03/2024 | Lượt xem: 356'. Distractors: view counter 356, 'tiểu khu 245, 251' (forest compartment names), phone 0214.3883.125.",
    "Default location is the district (Bát Xát); the cooperative in xã Y Tý stays Bát Xát.",
    "'sau một năm' defines the survival rate (optional). 'hai vườn ươm' is a number word (required).",
    "'dự kiến' governs the clause after ';' (320 hộ and its rate 400.000 đồng/ha/năm: forecast); 'phấn đấu' the targets before it.",
    "The cooperative's standing facts (members, nurseries, yearly output, price) get no period.",
]

if __name__ == "__main__":
    write("p1132-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Bát Xát")
