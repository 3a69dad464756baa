"""p956-2: district portal (huyện Định Hóa, Thái Nguyên), household nurseries of xã Phượng Tiến."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỊNH HÓA
Kinh tế - Xã hội
Xã Phượng Tiến phát triển nghề ươm cây giống lâm nghiệp
Thứ Năm, 18/05/2023 - 10:42

Những năm gần đây, nghề ươm giống cây lâm nghiệp đã trở thành hướng đi hiệu quả của nhiều hộ dân xã Phượng Tiến. Toàn xã hiện có 23 hộ duy trì vườn ươm với tổng diện tích gần 6,8 ha, tập trung ở các xóm Bản Trang, Nà Lang, Đồng Tâm. Năm 2022, các vườn ươm xuất bán khoảng 4,2 triệu cây giống keo, mỡ, lát hoa, gấp 2 lần so với năm 2019.

Quý I/2023, các hộ đã xuất vườn trên 1,35 triệu cây giống, tăng 18% so với cùng kỳ năm trước; doanh thu ước đạt 1,1 tỷ đồng. Sau khi trừ chi phí, mỗi hộ thu lãi từ 80 đến 150 triệu đồng/năm. Các vườn ươm còn thu hút 65 lao động địa phương, trong đó 41 lao động nữ, với tiền công 200.000 đồng/ngày.

Gia đình ông Ma Văn Tư ở xóm Bản Trang là một trong những hộ đi đầu. Vườn ươm rộng 4.500 m2 của gia đình mỗi năm sản xuất chừng 500.000 cây keo hom và cây bản địa, cung cấp cho các xã trong huyện và huyện Chợ Đồn (Bắc Kạn). Hom keo được giâm trong bầu kích thước 8 x 12 cm, sau 3-4 tháng là đạt tiêu chuẩn xuất vườn.

Phát huy kết quả đạt được, năm 2023 xã phấn đấu sản xuất 5 triệu cây giống; 100% vườn ươm kê khai nguồn gốc giống theo Nghị định số 27/2021/NĐ-CP. Huyện dự kiến hỗ trợ 300 triệu đồng để xã xây dựng 2 vườn ươm mẫu tại xóm Đồng Tâm và xóm 8.

Hoàng Lan - Trung tâm VH, TT&TT huyện
"""

D = "Định Hóa"
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Q1 = P("Quý I/2023", "2023-01-01", "2023-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hiện có 23 hộ", "23", 23, "count", "hộ", subject="hộ duy trì vườn ươm"),
    F("gần 6,8 ha", "6,8", 6.8, "measure", "ha", approx="nearly",
      subject="tổng diện tích vườn ươm"),
    F("khoảng 4,2 triệu cây", "4,2", 4.2e6, "count", "cây giống", approx="about",
      change=C("increase", 2, "lần", "năm 2019"),
      subject="cây giống keo, mỡ, lát hoa các vườn ươm xuất bán", period=Y22),
    F("trên 1,35 triệu cây", "1,35", 1.35e6, "count", "cây giống", approx="over",
      change=C("increase", 18, "%", "cùng kỳ năm trước"),
      subject="cây giống các hộ xuất vườn", period=Q1),
    F("ước đạt 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", status="estimate",
      subject="doanh thu", period=Q1),
    F("từ 80 đến 150 triệu đồng/năm", "80", 80e6, "money", "đồng/năm", value_max=150e6,
      subject="lãi mỗi hộ sau khi trừ chi phí"),
    F("thu hút 65 lao động", "65", 65, "count", "lao động",
      subject="lao động địa phương làm tại các vườn ươm"),
    F("trong đó 41 lao động", "41", 41, "count", "lao động", total=65,
      subject="lao động nữ"),
    F("200.000 đồng/ngày", "200.000", 200000, "money", "đồng/ngày",
      subject="tiền công lao động vườn ươm"),
    F("rộng 4.500 m2", "4.500", 4500, "measure", "m2",
      subject="diện tích vườn ươm của gia đình ông Ma Văn Tư"),
    F("chừng 500.000 cây", "500.000", 500000, "measure", "cây/năm", approx="about",
      subject="cây keo hom và cây bản địa vườn ươm gia đình ông Ma Văn Tư sản xuất mỗi năm"),
    F("kích thước 8 x", "8", 8, "measure", "cm", subject="kích thước bầu giâm hom", optional=True),
    F("8 x 12 cm", "12", 12, "measure", "cm", subject="kích thước bầu giâm hom", optional=True),
    F("sau 3-4 tháng", "3", 3, "measure", "tháng", value_max=4,
      subject="thời gian giâm hom keo đạt tiêu chuẩn xuất vườn"),
    F("sản xuất 5 triệu cây", "5", 5e6, "count", "cây giống", status="target",
      subject="cây giống xã phấn đấu sản xuất", period=Y23),
    F("100% vườn ươm", "100", 100, "percent", "%", status="target",
      subject="vườn ươm kê khai nguồn gốc giống", period=Y23),
    F("hỗ trợ 300 triệu đồng", "300", 300e6, "money", "đồng", status="forecast",
      subject="kinh phí huyện hỗ trợ xây dựng vườn ươm mẫu"),
    F("xây dựng 2 vườn ươm", "2", 2, "count", "vườn ươm", status="forecast",
      subject="vườn ươm mẫu"),
]

NOTES = [
    "Định Hóa district portal: household nurseries of xã Phượng Tiến. Dateline 'Thứ Năm, 18/05/2023 - 10:42', byline at the end.",
    "Location is the district (Định Hóa) for commune figures; 'huyện Chợ Đồn (Bắc Kạn)' is a buyer, not the place of a figure.",
    "Distractors: Nghị định số 27/2021/NĐ-CP, 'xóm 8' (a hamlet name), dateline, 'Trung tâm VH, TT&TT'.",
    "'gấp 2 lần so với năm 2019' follows the 4,2 triệu cây it compares: a change (increase, 2 lần), not a multiple of its own.",
    "'mỗi năm sản xuất chừng 500.000 cây' is a per-year quantity: measure with unit cây/năm (rate rule). Bag size 8x12 cm optional.",
    "'100% vườn ươm kê khai' continues 'phấn đấu' after ';' (target); 'dự kiến hỗ trợ 300 triệu đồng để ... xây dựng 2 vườn ươm' forecast.",
]

if __name__ == "__main__":
    build("p956-2", TEXT, FIGS, NOTES, published="2023-05-18", location=D)
