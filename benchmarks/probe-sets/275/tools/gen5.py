from lib import F, P, ch, build

A = """Thể thao thành tích cao Thanh Hóa: Năm 2023 giành 1.052 huy chương các loại
PHẠM HÙNG 08:15, 26/12/2023

(Baothanhhoa.vn) - Năm 2023, thể thao thành tích cao Thanh Hóa tiếp tục khẳng định vị thế là một trong những trung tâm thể thao hàng đầu cả nước. Các vận động viên của tỉnh đã tham gia 96 giải thi đấu, giành 1.052 huy chương các loại, vượt 12,5% kế hoạch năm, trong đó có 358 huy chương Vàng, 312 huy chương Bạc và 382 huy chương Đồng.

Tại các giải quốc tế, vận động viên Thanh Hóa giành 47 huy chương Vàng, 28 huy chương Bạc, 31 huy chương Đồng. Đặc biệt, tại SEA Games 32, tỉnh có 58 vận động viên được triệu tập vào đội tuyển quốc gia, đóng góp 19 huy chương Vàng, chiếm khoảng 14% tổng số huy chương Vàng của Đoàn thể thao Việt Nam.

Tại các giải vô địch quốc gia, Thanh Hóa xếp thứ 2 toàn quốc về tổng số huy chương Vàng, chỉ sau Hà Nội. Hiện tỉnh có 612 vận động viên đang tập trung tập luyện, trong đó 185 vận động viên đội tuyển, 427 vận động viên trẻ và năng khiếu; 37 vận động viên đạt đẳng cấp Kiện tướng và 84 vận động viên đạt đẳng cấp Dự bị kiện tướng.

Năm 2023, tổng kinh phí chi cho thể thao thành tích cao của tỉnh ước đạt 96,4 tỷ đồng, tăng 8,3% so với năm 2022. Mức chi chế độ dinh dưỡng cho vận động viên đội tuyển tỉnh hiện là 280.000 đồng/người/ngày.

Theo Giám đốc Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, năm 2024 ngành phấn đấu giành trên 1.000 huy chương các loại, trong đó có từ 320 huy chương Vàng trở lên; có từ 35 đến 40 vận động viên tham dự các giải quốc tế.

Trụ sở Trung tâm: số 37 Lê Quý Đôn, phường Ba Đình, TP Thanh Hóa.
"""

Yt = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("1.052 huy chương các loại\n", "1.052", 1052, "count", "huy chương", "huy chương các loại thể thao thành tích cao giành được", Yt),
    F("tham gia 96 giải", "96", 96, "count", "giải thi đấu", "giải thi đấu vận động viên tham gia", Yi),
    F("giành 1.052 huy chương các loại, vượt", "1.052", 1052, "count", "huy chương", "huy chương các loại giành được", Yi,
      change=ch("increase", 12.5, "%", "kế hoạch năm")),
    F("có 358 huy chương Vàng", "358", 358, "count", "huy chương Vàng", "huy chương Vàng", Yi, total=1052),
    F("312 huy chương Bạc", "312", 312, "count", "huy chương Bạc", "huy chương Bạc", Yi, total=1052),
    F("382 huy chương Đồng", "382", 382, "count", "huy chương Đồng", "huy chương Đồng", Yi, total=1052),
    F("47 huy chương Vàng", "47", 47, "count", "huy chương Vàng", "huy chương Vàng tại các giải quốc tế", Yi),
    F("28 huy chương Bạc", "28", 28, "count", "huy chương Bạc", "huy chương Bạc tại các giải quốc tế", Yi),
    F("31 huy chương Đồng", "31", 31, "count", "huy chương Đồng", "huy chương Đồng tại các giải quốc tế", Yi),
    F("có 58 vận động viên", "58", 58, "count", "vận động viên", "vận động viên được triệu tập vào đội tuyển quốc gia", Yi),
    F("đóng góp 19 huy chương Vàng", "19", 19, "count", "huy chương Vàng", "huy chương Vàng đóng góp tại SEA Games 32", Yi,
      percent=14),
    F("xếp thứ 2 toàn quốc", "2", 2, "rank", "hạng", "tổng số huy chương Vàng tại các giải vô địch quốc gia", Yi),
    F("có 612 vận động viên", "612", 612, "count", "vận động viên", "vận động viên đang tập trung tập luyện"),
    F("185 vận động viên", "185", 185, "count", "vận động viên", "vận động viên đội tuyển", total=612),
    F("427 vận động viên", "427", 427, "count", "vận động viên", "vận động viên trẻ và năng khiếu", total=612),
    F("37 vận động viên", "37", 37, "count", "vận động viên", "vận động viên đạt đẳng cấp Kiện tướng"),
    F("84 vận động viên", "84", 84, "count", "vận động viên", "vận động viên đạt đẳng cấp Dự bị kiện tướng"),
    F("ước đạt 96,4 tỷ đồng", "96,4", 96400000000, "money", "đồng", "tổng kinh phí chi cho thể thao thành tích cao", Y23,
      status="estimate", change=ch("increase", 8.3, "%", "năm 2022")),
    F("là 280.000 đồng", "280.000", 280000, "money", "đồng/người/ngày", "mức chi chế độ dinh dưỡng cho vận động viên đội tuyển tỉnh"),
    F("trên 1.000 huy chương", "1.000", 1000, "count", "huy chương", "huy chương các loại", Y24, approx="over", status="target"),
    F("từ 320 huy chương Vàng", "320", 320, "count", "huy chương Vàng", "huy chương Vàng", Y24, approx="at_least",
      status="target", total=1000),
    F("từ 35 đến 40 vận động viên", "35", 35, "count", "vận động viên", "vận động viên tham dự các giải quốc tế", Y24,
      value_max=40, status="target"),
]

build(5, A, [
    "Báo Thanh Hóa (Party newspaper): thể thao thành tích cao năm 2023. Byline + dateline 'PHẠM HÙNG 08:15, 26/12/2023'; 'Baothanhhoa.vn' tag.",
    "Distractors: 'SEA Games 32' (name), address 'số 37 Lê Quý Đôn', 'TP Thanh Hóa', 'đẳng cấp Kiện tướng / Dự bị kiện tướng' (grade names).",
    "Title figure 1.052 is a figure with the title's 'Năm 2023'. Body 1.052: 'vượt 12,5% kế hoạch năm' = change vs plan; 358+312+382 = 1.052 after 'trong đó' (total).",
    "'đóng góp 19 huy chương Vàng, chiếm khoảng 14% ...' = the 19's percent. 612 = 185 + 427 after 'trong đó'; the 37 and 84 after ';' have no cue: no total.",
    "'Hiện' (now) gives no dated period for the 612 group and the 280.000 đồng/người/ngày rate (unit carries the denominators).",
    "2024 targets: 'trên 1.000' over; 'trong đó có từ 320 ... trở lên' at_least, total 1.000; 'từ 35 đến 40' range.",
], figs, published="2023-12-26", location="Thanh Hóa")
