from lib import F, P, CH, inh, emit

TEXT = """Khánh thành nhà máy chế biến sữa 1.500 tỷ đồng tại Thanh Hóa

LÊ HÒA 07:15, 14/03/2024

(Baothanhhoa.vn) - Ngày 12/3, tại Khu công nghiệp Lam Sơn - Sao Vàng, Công ty cổ phần Thực phẩm sữa Bắc Trung Bộ tổ chức lễ khánh thành Nhà máy chế biến sữa tươi với tổng vốn đầu tư 1.500 tỷ đồng.

Nhà máy có diện tích 12,5 ha, công suất giai đoạn 1 đạt 300 triệu lít/năm; giai đoạn 2, đến năm 2027 nâng lên 500 triệu lít/năm. Nhà máy tạo việc làm cho khoảng 450 lao động, thu nhập bình quân 9,5 triệu đồng/người/tháng. Khi hoạt động hết công suất giai đoạn 1, doanh thu dự kiến đạt 4.250,5 tỷ đồng/năm.

Để chủ động nguồn nguyên liệu, công ty đã liên kết với 5 hợp tác xã và 320 hộ chăn nuôi tại các huyện Như Thanh, Thọ Xuân, Yên Định; đồng thời đầu tư trang trại bò sữa công nghệ cao quy mô 4.000 con tại xã Xuân Phú. Mỗi năm, nhà máy dự kiến thu mua khoảng 45.000 tấn sữa tươi của người dân với giá không dưới 13.500 đồng/kg.

Năm 2023, tổng đàn bò sữa của tỉnh đạt 9.820 con, sản lượng sữa tươi đạt 31.600 tấn, tăng 12,3% so với năm 2022; giá trị sản xuất đạt 426,6 tỷ đồng. Với nhà máy mới, tổng công suất chế biến sữa trên địa bàn tỉnh tăng gấp 2 lần.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh đề nghị công ty thực hiện đúng cam kết bao tiêu sản phẩm cho người chăn nuôi. Tỉnh phấn đấu đến năm 2030, đàn bò sữa đạt 25.000 con; giá trị sản xuất sữa chiếm khoảng 15% giá trị sản xuất ngành chăn nuôi.

Đường dây nóng của Báo Thanh Hóa: 0237.3852.269
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T27 = P("đến năm 2027", None, "2027-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("sữa 1.500 tỷ đồng tại", "1.500", 1500e9, "money", "đồng", "vốn đầu tư nhà máy chế biến sữa"),
    F("đầu tư 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "tổng vốn đầu tư Nhà máy chế biến sữa tươi"),
    F("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích nhà máy"),
    F("đạt 300 triệu lít/năm", "300", 300e6, "measure", "lít/năm", "công suất giai đoạn 1"),
    F("lên 500 triệu lít/năm", "500", 500e6, "measure", "lít/năm", "công suất giai đoạn 2", T27, status="target"),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", "việc làm nhà máy tạo ra", approx="about"),
    F("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("đạt 4.250,5 tỷ đồng/năm", "4.250,5", 4250.5e9, "money", "đồng/năm", "doanh thu", status="forecast"),
    F("với 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã liên kết với công ty"),
    F("và 320 hộ", "320", 320, "count", "hộ", "hộ chăn nuôi liên kết với công ty"),
    F("quy mô 4.000 con", "4.000", 4000, "count", "con", "quy mô trang trại bò sữa công nghệ cao"),
    F("khoảng 45.000 tấn", "45.000", 45000, "measure", "tấn", "sữa tươi nhà máy thu mua của người dân mỗi năm",
      approx="about", status="forecast"),
    F("không dưới 13.500 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá thu mua sữa tươi",
      approx="at_least", status="forecast"),
    F("đạt 9.820 con", "9.820", 9820, "count", "con", "tổng đàn bò sữa của tỉnh", Y23),
    F("đạt 31.600 tấn", "31.600", 31600, "measure", "tấn", "sản lượng sữa tươi", Y23,
      change=CH("increase", 12.3, "%", "năm 2022")),
    F("đạt 426,6 tỷ đồng", "426,6", 426.6e9, "money", "đồng", "giá trị sản xuất", Y23),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "tổng công suất chế biến sữa trên địa bàn tỉnh"),
    F("đạt 25.000 con", "25.000", 25000, "count", "con", "đàn bò sữa", T30, status="target"),
    F("khoảng 15% giá trị", "15", 15, "percent", "%", "giá trị sản xuất sữa trong giá trị sản xuất ngành chăn nuôi", T30,
      approx="about", status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa: a 1.500 tỷ đồng milk-processing plant inaugurated; byline-time dateline 'LÊ HÒA 07:15, 14/03/2024'.",
    "Distractors: 'Ngày 12/3', 'Khu công nghiệp Lam Sơn - Sao Vàng', 'giai đoạn 1/2' (phase names), 'xã Xuân Phú', hotline '0237.3852.269'.",
    "'dự kiến' -> forecast (continues over 'với giá không dưới ...'); 'đến năm 2027 nâng lên' and 'phấn đấu đến năm 2030' -> target.",
    "'tăng gấp 2 lần' standing alone -> multiple. The 15% share follows its own subject after ';' (not an attribute of 25.000 con).",
    "Partner districts (Như Thanh, Thọ Xuân, Yên Định) are several: the figures stay at the province.",
]

emit("p625-8", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Thanh Hóa")
