from lib import F, P, I, C, T, build

TEXT = """BÁO CẦN THƠ ONLINE
Kinh tế › Thị trường
Cần Thơ: Gần 150.000 đòn bánh tét lá cẩm phục vụ Tết
Thứ Sáu, 24/01/2025 - 10:05

(CT) - Những ngày cận Tết Ất Tỵ, các cơ sở làm bánh tét lá cẩm ở quận Ninh Kiều và huyện Phong Điền tăng ca hết công suất. Theo Sở Công Thương TP Cần Thơ, dịp Tết năm nay toàn thành phố có 126 cơ sở, hộ gia đình sản xuất bánh tét, tăng 9 cơ sở so với năm trước; dự kiến cung ứng ra thị trường khoảng 148.000 đòn bánh.

Trong đó, quận Ninh Kiều chiếm khoảng 45% sản lượng; các huyện Phong Điền, Cờ Đỏ và Thới Lai lần lượt cung ứng 28.000, 21.000 và 15.000 đòn.

Giá bánh tét lá cẩm nhân thịt, trứng muối từ 80.000 đến 120.000 đồng/đòn (loại 1,2-1,5 kg), tăng 5-10% so với năm ngoái; bánh tét chay giá 50.000 đồng/đòn.

Chị Lê Thị Bảy, chủ cơ sở bánh tét Út Bảy (phường Xuân Khánh, quận Ninh Kiều), cho biết năm nay cơ sở nhận đặt 6.000 đòn, trong đó 1.500 đòn gửi đi TP Hồ Chí Minh và Hà Nội. Cơ sở thuê thêm 12 lao động thời vụ, trả công 300.000 đồng/người/ngày.

Để bảo đảm an toàn thực phẩm, từ ngày 2/1 đến 20/1/2025, đoàn kiểm tra liên ngành thành phố đã kiểm tra 38 cơ sở, lấy 52 mẫu bánh xét nghiệm; 100% mẫu đạt chỉ tiêu về hàn the và phẩm màu. Hiện bánh tét lá cẩm của 4 chủ thể đã đạt OCOP 3 sao.

BÍCH NGỌC
"""

NAY = P("dịp Tết năm nay", "2025-01-01", "2025-12-31")
NAY2 = P("năm nay", "2025-01-01", "2025-12-31")
KT = P("từ ngày 2/1 đến 20/1/2025", "2025-01-02", "2025-01-20")
CU = "bánh tét cung ứng ra thị trường"
NK = "Ninh Kiều"

FIGS = [
    F("Gần 150.000 đòn", "150.000", 150000, "count", "đòn bánh tét", "bánh tét lá cẩm phục vụ Tết", approx="nearly"),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở, hộ gia đình sản xuất bánh tét", NAY,
      change=C("increase", 9, "cơ sở", "năm trước")),
    F("khoảng 148.000 đòn", "148.000", 148000, "count", "đòn bánh", CU, NAY, approx="about", status="forecast"),
    F("khoảng 45% sản lượng", "45", 45, "percent", "%", "sản lượng bánh tét", I(NAY), approx="about",
      status="forecast", location=NK),
    F("cung ứng 28.000", "28.000", 28000, "count", "đòn", CU, I(NAY), total=148000, status="forecast", location="Phong Điền"),
    F("28.000, 21.000 và", "21.000", 21000, "count", "đòn", CU, I(NAY), total=148000, status="forecast", location="Cờ Đỏ"),
    F("và 15.000 đòn", "15.000", 15000, "count", "đòn", CU, I(NAY), total=148000, status="forecast", location="Thới Lai"),
    F("từ 80.000 đến 120.000 đồng/đòn", "80.000", 80000, "money", "đồng/đòn", "giá bánh tét lá cẩm nhân thịt, trứng muối",
      value_max=120000, change=C("increase", 5, "%", "năm ngoái")),
    F("loại 1,2-1,5 kg", "1,2", 1.2, "measure", "kg", "khối lượng bánh tét", value_max=1.5, optional=True),
    F("giá 50.000 đồng/đòn", "50.000", 50000, "money", "đồng/đòn", "giá bánh tét chay"),
    F("nhận đặt 6.000 đòn", "6.000", 6000, "count", "đòn", "bánh tét cơ sở Út Bảy nhận đặt", NAY2, location=NK),
    F("trong đó 1.500 đòn", "1.500", 1500, "count", "đòn", "bánh tét gửi đi TP Hồ Chí Minh và Hà Nội", NAY2,
      total=6000, location=NK),
    F("thêm 12 lao động", "12", 12, "count", "lao động", "lao động thời vụ cơ sở thuê thêm", I(NAY2), location=NK),
    F("300.000 đồng/người/ngày", "300.000", 300000, "money", "đồng/người/ngày", "tiền công lao động thời vụ", I(NAY2),
      location=NK),
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", KT),
    F("lấy 52 mẫu", "52", 52, "count", "mẫu", "mẫu bánh lấy xét nghiệm", KT),
    F("100% mẫu", "100", 100, "percent", "%", "mẫu đạt chỉ tiêu về hàn the và phẩm màu", KT),
    F("của 4 chủ thể", "4", 4, "count", "chủ thể", "chủ thể có bánh tét lá cẩm đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng OCOP", optional=True),
]

build("p826-8", TEXT, FIGS, published="2025-01-24", location="Cần Thơ", comments=[
    "Báo Cần Thơ online (headline figure 'Gần 150.000 đòn', '(CT) -' tag, 'Thứ Sáu, 24/01/2025 - 10:05'): bánh tét lá cẩm before Tết Ất Tỵ 2025.",
    "The headline figure has no status cue of its own: actual, no period ('phục vụ Tết' has no year). 'dịp Tết năm nay' = 2025.",
    "'Trong đó' after the forecast 148.000 đòn: the district items (lần lượt 28.000, 21.000, 15.000 đòn) take total 148.000 and continue its 'dự kiến' (forecast);",
    "each item's district is its location; 'quận Ninh Kiều chiếm khoảng 45% sản lượng' has no base amount of its own: a percent figure (location Ninh Kiều).",
    "Price range change 'tăng 5-10%': change value 5 (the scorer compares the lower end). '1,2-1,5 kg' (size class) optional.",
    "The Út Bảy workshop is in phường Xuân Khánh, quận Ninh Kiều: location Ninh Kiều; TP Hồ Chí Minh and Hà Nội are destinations, not places of the 1.500 đòn.",
    "Not figures: 10:05, '(CT)', names 'Lê Thị Bảy', 'Út Bảy', dates 2/1 and 20/1/2025 (period), 'Tết Ất Tỵ'.",
])
