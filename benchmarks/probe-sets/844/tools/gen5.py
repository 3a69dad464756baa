"""p844-5: Party/provincial newspaper (Báo Thanh Hóa), a cooperative farming earthworms and BSF in Thọ Xuân, 2023."""
from lib import F, P, I, chg, tgt, write

TEXT = """BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Kinh tế » Nông nghiệp

Biến chất thải chăn nuôi thành "vàng" từ trùn quế, ruồi lính đen

Thành lập từ tháng 3/2021 với 9 thành viên, đến nay Hợp tác xã Nông nghiệp sạch Xuân Lập (huyện Thọ Xuân) đã có 27 thành viên, tổng vốn góp 3,6 tỷ đồng. HTX có trụ sở tại thôn 4, xã Xuân Lập, cạnh Quốc lộ 47, đầu tư 2.400 m2 nhà lưới nuôi trùn quế và 800 m2 nhà nuôi ruồi lính đen, mỗi tháng tiếp nhận khoảng 150 tấn phân bò, phân lợn từ các trang trại trong vùng.

Năm 2022, HTX sản xuất 620 tấn phân trùn, 18 tấn trùn sinh khối và 35 tấn ấu trùng ruồi lính đen; doanh thu đạt 2,85 tỷ đồng, lợi nhuận khoảng 720 triệu đồng. Thu nhập bình quân của thành viên đạt 7,5 triệu đồng/người/tháng. Mức thu nhập này gấp 2,5 lần so với trồng lúa.

Trong quý I/2023, HTX đã ký hợp đồng cung ứng 40 tấn phân trùn cho 3 công ty trồng rau, hoa tại Đà Lạt (Lâm Đồng) và Mộc Châu (Sơn La). Giám đốc HTX Lê Văn Năm cho biết, năm 2023 HTX dự kiến mở rộng thêm 1.000 m2 nhà nuôi, nâng sản lượng phân trùn lên 900 tấn.

Theo Phòng Nông nghiệp và PTNT huyện Thọ Xuân, toàn huyện hiện có 4 HTX và 31 hộ nuôi trùn quế, ruồi lính đen, mỗi năm xử lý trên 12.000 tấn chất thải chăn nuôi, góp phần giảm khoảng 30% lượng phân xả thải ra môi trường. Huyện đang đề nghị tỉnh đưa mô hình vào danh mục hỗ trợ theo Nghị quyết số 185/2021/NQ-HĐND, phấn đấu đến năm 2025 có ít nhất 10 HTX nuôi trùn quế, ruồi lính đen.

Lê Hợi
18/04/2023
"""

NOW = P("đến nay", end="2023-04-18")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Q1 = P("Trong quý I/2023", "2023-01-01", "2023-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("với 9 thành viên", "9", 9, "count", "thành viên", "thành viên khi thành lập HTX",
      P("tháng 3/2021", "2021-03-01", "2021-03-31")),
    F("đã có 27 thành viên", "27", 27, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp sạch Xuân Lập", NOW),
    F("tổng vốn góp 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "tổng vốn góp", NOW),
    F("đầu tư 2.400 m2", "2.400", 2400, "measure", "m2", "nhà lưới nuôi trùn quế"),
    F("và 800 m2", "800", 800, "measure", "m2", "nhà nuôi ruồi lính đen"),
    F("khoảng 150 tấn phân", "150", 150, "measure", "tấn/tháng", "phân bò, phân lợn tiếp nhận mỗi tháng", approx="about"),
    F("sản xuất 620 tấn", "620", 620, "measure", "tấn", "phân trùn sản xuất", Y22),
    F("18 tấn trùn", "18", 18, "measure", "tấn", "trùn sinh khối", Y22),
    F("35 tấn ấu trùng", "35", 35, "measure", "tấn", "ấu trùng ruồi lính đen", Y22),
    F("đạt 2,85 tỷ đồng", "2,85", 2.85e9, "money", "đồng", "doanh thu", Y22),
    F("khoảng 720 triệu đồng", "720", 720e6, "money", "đồng", "lợi nhuận", Y22, approx="about"),
    F("đạt 7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên", I(Y22)),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập thành viên so với trồng lúa", I(Y22)),
    F("cung ứng 40 tấn", "40", 40, "measure", "tấn", "phân trùn cung ứng theo hợp đồng", Q1),
    F("cho 3 công ty", "3", 3, "count", "công ty", "công ty trồng rau, hoa ký hợp đồng", Q1),
    F("thêm 1.000 m2", "1.000", 1000, "measure", "m2", "nhà nuôi mở rộng", Y23, status="forecast"),
    F("lên 900 tấn", "900", 900, "measure", "tấn", "sản lượng phân trùn", Y23, status="forecast"),
    F("có 4 HTX", "4", 4, "count", "HTX", "HTX nuôi trùn quế, ruồi lính đen"),
    F("và 31 hộ", "31", 31, "count", "hộ", "hộ nuôi trùn quế, ruồi lính đen"),
    F("trên 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", "chất thải chăn nuôi xử lý mỗi năm", approx="over"),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "lượng phân xả thải ra môi trường giảm", approx="about"),
    F("ít nhất 10 HTX", "10", 10, "count", "HTX", "HTX nuôi trùn quế, ruồi lính đen", T25,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Thanh Hóa: HTX Nông nghiệp sạch Xuân Lập (huyện Thọ Xuân) nuôi trùn quế, ruồi lính đen. Byline 'Lê Hợi' and bare date 18/04/2023 at the end.",
    "Location is the district Thọ Xuân; the buyers in Đà Lạt (Lâm Đồng) and Mộc Châu (Sơn La) are recipients, not places of the figures.",
    "'tháng 3/2021', 'thôn 4', 'Quốc lộ 47', 'quý I/2023', the director's name 'Lê Văn Năm', Nghị quyết số 185/2021/NQ-HĐND are not figures.",
    "revised after the tool run: subject of 27 thành viên spelled as the sentence names it ('Hợp tác xã Nông nghiệp sạch Xuân Lập', not 'HTX').",
    "'Mức thu nhập này gấp 2,5 lần so với trồng lúa' stands as its own sentence: a multiple. 'dự kiến' → forecast; 'phấn đấu' → target.",
]

write(5, TEXT, FIGS, NOTES, published="2023-04-18", location="Thọ Xuân")
