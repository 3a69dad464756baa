from lib import F, P, Y, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN LỤC NGẠN
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lục Ngạn, ngày 28 tháng 7 năm 2023

BÁO CÁO
Kết quả sản xuất, tiêu thụ vải thiều năm 2023

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND huyện về tổ chức sản xuất, tiêu thụ vải thiều, UBND huyện báo cáo kết quả như sau:

1. Sản xuất
Năm 2023, toàn huyện có 16.300 ha vải thiều, sản lượng đạt 95.500 tấn, giảm 15,6% so với năm 2022 do thời tiết bất lợi. Diện tích vải sản xuất theo tiêu chuẩn VietGAP 9.800 ha, chiếm 60,1%; GlobalGAP 185 ha. Có 28/30 xã, thị trấn trồng vải.

2. Kết quả tiêu thụ theo thị trường
Đơn vị tính: tấn

Thị trường

Sản lượng

Tỷ trọng (%)

Nội địa

49.660

52

Trung Quốc

44.885

47

Các thị trường khác

955

1

Tổng cộng

95.500

100

3. Giá bán và doanh thu
Giá bán bình quân tại vườn đạt 21.000 đồng/kg, thấp hơn 3.000 đồng/kg so với năm 2022. Tổng doanh thu từ vải thiều ước đạt 3.850 tỷ đồng, bằng 91,5% so với năm 2022.

4. Nhiệm vụ năm 2024
Phấn đấu sản lượng vải thiều đạt 110.000 tấn; cấp mới 10 mã số vùng trồng; tổ chức Lễ hội vải thiều Lục Ngạn lần thứ 7.

Nơi nhận:
- UBND tỉnh Bắc Giang (b/c);
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Sáu
"""

N23 = Y(2023, "Năm 2023")
N23i = Y(2023, "Năm 2023", inh=True)
N24i = Y(2024, "năm 2024", inh=True)

FIGS = [
    F("có 16.300 ha", "16.300", 16300, "measure", "ha", "diện tích vải thiều", N23),
    F("đạt 95.500 tấn", "95.500", 95500, "measure", "tấn", "sản lượng vải thiều", N23,
      change=CH("decrease", 15.6, baseline="năm 2022")),
    F("VietGAP 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích vải sản xuất theo tiêu chuẩn VietGAP",
      N23i, percent=60.1),
    F("GlobalGAP 185 ha", "185", 185, "measure", "ha", "diện tích vải sản xuất theo tiêu chuẩn GlobalGAP", N23i),
    F("Có 28/30 xã", "28", 28, "count", "xã, thị trấn", "xã, thị trấn trồng vải", N23i, total=30),
    F("Nội địa\n\n49.660", "49.660", 49660, "measure", "tấn", "Sản lượng tiêu thụ Nội địa", N23i),
    F("49.660\n\n52", "52", 52, "percent", "%", "Tỷ trọng tiêu thụ Nội địa", N23i),
    F("Trung Quốc\n\n44.885", "44.885", 44885, "measure", "tấn", "Sản lượng tiêu thụ thị trường Trung Quốc", N23i),
    F("44.885\n\n47", "47", 47, "percent", "%", "Tỷ trọng tiêu thụ thị trường Trung Quốc", N23i),
    F("khác\n\n955", "955", 955, "measure", "tấn", "Sản lượng tiêu thụ Các thị trường khác", N23i),
    F("955\n\n1\n", "1", 1, "percent", "%", "Tỷ trọng tiêu thụ Các thị trường khác", N23i),
    F("Tổng cộng\n\n95.500", "95.500", 95500, "measure", "tấn", "Sản lượng tiêu thụ Tổng cộng", N23i),
    F("95.500\n\n100", "100", 100, "percent", "%", "Tỷ trọng tiêu thụ Tổng cộng", N23i),
    F("đạt 21.000 đồng/kg", "21.000", 21000, "money", "đồng/kg", "giá bán bình quân tại vườn", N23i,
      change=CH("decrease", 3000, "đồng/kg", "năm 2022")),
    F("3.850 tỷ đồng", "3.850", 3.85e12, "money", "đồng", "tổng doanh thu từ vải thiều", N23i,
      status="estimate", percent=91.5),
    F("đạt 110.000 tấn", "110.000", 110000, "measure", "tấn", "sản lượng vải thiều", N24i, status="target"),
    F("cấp mới 10 mã số", "10", 10, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", N24i,
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Lục Ngạn, 'Số: 186/BC-UBND'); the place-and-date line gives published 2023-07-28.",
    "Table written one cell per line with 'Đơn vị tính: tấn' and a 'Tỷ trọng (%)' column; every numeric cell is a figure (the 'Tổng cộng' row",
    "and its 100 too); subject = column + row label; market rows are not places (location stays Lục Ngạn); period 2023 inherited from section 1.",
    "'bằng 91,5% so với năm 2022' is the share of the revenue (percent attribute). '28/30 xã, thị trấn' total 30.",
    "Section 4 heading 'Nhiệm vụ năm 2024' + 'Phấn đấu' gives target figures with an inherited 2024 period.",
    "Distractors: 'Số: 186/BC-UBND', 'Kế hoạch số 45/KH-UBND ngày 10/3/2023', section numbers, 'lần thứ 7' (festival edition, like",
    "'phiên họp thứ ba'), signer 'Hoàng Văn Sáu' (a number word in a name).",
]

emit("p334-4", TEXT, COMMENTS, FIGS, published="2023-07-28", location="Lục Ngạn")
