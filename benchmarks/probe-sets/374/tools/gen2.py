from lib import F, P, build

text = """SỞ GIAO THÔNG VẬN TẢI
THÀNH PHỐ HỒ CHÍ MINH
TRUNG TÂM QUẢN LÝ GIAO THÔNG CÔNG CỘNG
Số: 1782/BC-TTQLGTCC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thành phố Hồ Chí Minh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả hoạt động vận tải hành khách công cộng bằng xe buýt 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới tuyến
Tính đến ngày 30/6/2024, trên địa bàn thành phố có 128 tuyến xe buýt đang hoạt động, gồm 93 tuyến có trợ giá và 35 tuyến không trợ giá, với tổng số 2.076 xe.

2. Kết quả khai thác
Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng 2024 | So với cùng kỳ (%)
Lượt hành khách | triệu lượt | 240 | 116,3 | 104,2
Số chuyến xe thực hiện | nghìn chuyến | 2.650 | 1.298 | 101,5
Kinh phí trợ giá | tỷ đồng | 1.250 | 598,6 | 96,8
Tỷ lệ chuyến đúng giờ | % | 98 | 98,7 | 100,3

3. Vé tháng và thẻ điện tử
Trong 6 tháng, các đơn vị đã phát hành 412.560 vé tháng, tăng 9,3% so với cùng kỳ; trong đó vé tháng ưu tiên cho học sinh, sinh viên, công nhân là 287.940 vé, chiếm 69,8%. Giá vé tháng ưu tiên giữ ở mức 112.500 đồng/tháng đối với vé từng tuyến và 157.500 đồng/tháng đối với vé liên tuyến theo Quyết định số 2035/QĐ-UBND.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu năm 2024 vận chuyển đạt trên 235 triệu lượt hành khách; đưa vào khai thác thêm 5 tuyến xe buýt điện với khoảng 120 xe; tỷ lệ phương tiện sử dụng năng lượng xanh đạt từ 25% đến 30% tổng số xe.

Nơi nhận:
- Sở GTVT (b/c);
- Lưu: VT, P.QLVT.
GIÁM ĐỐC
Trần Chí Trung"""

p30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
kh = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
th = P("Thực hiện 6 tháng 2024", "2024-01-01", "2024-06-30")
ck = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
p24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 128 tuyến", "128", 128, "count", "tuyến", "tuyến xe buýt đang hoạt động", period=p30),
    F("gồm 93 tuyến", "93", 93, "count", "tuyến", "tuyến xe buýt có trợ giá", total=128, period=p30),
    F("35 tuyến không trợ giá", "35", 35, "count", "tuyến", "tuyến xe buýt không trợ giá", total=128, period=p30),
    F("tổng số 2.076 xe", "2.076", 2076, "count", "xe", "tổng số xe buýt", period=p30),
    # table
    F("triệu lượt | 240 |", "240", 240e6, "count", "lượt", "Lượt hành khách kế hoạch", status="target", period=kh),
    F("| 116,3 |", "116,3", 116.3e6, "count", "lượt", "Lượt hành khách thực hiện", period=th),
    F("| 104,2", "104,2", 104.2, "percent", "%", "Lượt hành khách so với cùng kỳ", period=ck),
    F("| 2.650 |", "2.650", 2650e3, "count", "chuyến", "Số chuyến xe thực hiện kế hoạch", status="target", period=kh),
    F("| 1.298 |", "1.298", 1298e3, "count", "chuyến", "Số chuyến xe thực hiện", period=th),
    F("| 101,5", "101,5", 101.5, "percent", "%", "Số chuyến xe thực hiện so với cùng kỳ", period=ck),
    F("| 1.250 |", "1.250", 1250e9, "money", "đồng", "Kinh phí trợ giá kế hoạch", status="target", period=kh),
    F("| 598,6 |", "598,6", 598.6e9, "money", "đồng", "Kinh phí trợ giá thực hiện", period=th),
    F("| 96,8", "96,8", 96.8, "percent", "%", "Kinh phí trợ giá so với cùng kỳ", period=ck),
    F("% | 98 |", "98", 98, "percent", "%", "Tỷ lệ chuyến đúng giờ kế hoạch", status="target", period=kh),
    F("| 98,7 |", "98,7", 98.7, "percent", "%", "Tỷ lệ chuyến đúng giờ thực hiện", period=th),
    F("| 100,3", "100,3", 100.3, "percent", "%", "Tỷ lệ chuyến đúng giờ so với cùng kỳ", period=ck),
    # text
    F("phát hành 412.560 vé tháng", "412.560", 412560, "count", "vé tháng", "vé tháng phát hành",
      change=dict(direction="increase", value=9.3, unit="%", baseline="cùng kỳ"),
      period=P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("là 287.940 vé", "287.940", 287940, "count", "vé", "vé tháng ưu tiên cho học sinh, sinh viên, công nhân",
      total=412560, percent=69.8, period=P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("mức 112.500 đồng/tháng", "112.500", 112500, "money", "đồng/tháng", "giá vé tháng ưu tiên từng tuyến"),
    F("và 157.500 đồng/tháng", "157.500", 157500, "money", "đồng/tháng", "giá vé tháng ưu tiên liên tuyến"),
    F("trên 235 triệu", "235", 235e6, "count", "lượt hành khách", "lượt hành khách vận chuyển", approx="over",
      status="target", period=p24),
    F("thêm 5 tuyến xe buýt điện", "5", 5, "count", "tuyến xe buýt điện", "tuyến xe buýt điện đưa vào khai thác thêm",
      status="target", period=p24),
    F("khoảng 120 xe", "120", 120, "count", "xe", "xe buýt điện đưa vào khai thác thêm", approx="about",
      status="target", period=p24),
    F("từ 25% đến 30%", "25", 25, "percent", "%", "tỷ lệ phương tiện sử dụng năng lượng xanh", value_max=30,
      status="target", period=p24),
]

build("p374-2", text, figs, [
    "Formal report, letterhead 'Số: 1782/BC-TTQLGTCC' (Trung tâm Quản lý giao thông công cộng TP.HCM), place-and-date line 12/7/2024.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng 2024 | So với cùng kỳ (%). Unit and multiplier per row from",
    "the Đơn vị column ('triệu lượt', 'nghìn chuyến', 'tỷ đồng'); Kế hoạch column = status target; periods from the column headers.",
    "'So với cùng kỳ (%)' cells are percent figures (no change object), period inherited (6 tháng đầu năm 2024 from the title).",
    "'gồm 93 … và 35 …' parts of 128. 287.940 vé after 'trong đó' is part of 412.560 vé tháng. Section II 'Phấn đấu năm 2024' → targets.",
    "Distractors: document numbers, 'Bảng 1', section numbers I./II./1./2./3., 'Quyết định số 2035/QĐ-UBND', 'Lưu: VT', signer.",
], published="2024-07-12", location="Hồ Chí Minh")
