"""p1280-2: district portal (huyện Châu Thành, Bến Tre): dike breaches and orchard damage, spring tide of late September 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHÂU THÀNH - TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Triều cường làm tràn, vỡ 17 đoạn đê bao

03/10/2023 - 09:20

Do ảnh hưởng của đợt triều cường rằm tháng 8 âm lịch, từ ngày 28/9 đến 1/10, nước sông Tiền dâng cao làm tràn, vỡ 17 đoạn đê bao, bờ bao với tổng chiều dài khoảng 1.240 m tại 9/22 xã, thị trấn trên địa bàn huyện. Mực nước sông Tiền đoạn qua huyện cao nhất đạt 2,12 m, cao hơn cùng kỳ năm 2022 là 8 cm.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, có 356 ha vườn cây ăn trái bị ảnh hưởng, trong đó 48 ha sầu riêng và 112 ha bưởi da xanh bị ngập úng cục bộ; hơn 1.600 hộ dân bị nước tràn vào nhà, tập trung ở các xã Tân Thạch, An Khánh và Phú Túc. Tổng thiệt hại ước tính khoảng 7,5 tỷ đồng, gấp 1,5 lần đợt triều cường tháng 11/2022.

Trước đợt triều cường, huyện đã huy động 350 lượt dân quân, thanh niên cùng người dân gia cố đê bao; sử dụng hai vạn bao cát, 3.000 cây tràm và 14 máy bơm. Đến ngày 2/10, đã khắc phục xong 15/17 đoạn đê bao bị tràn, vỡ, đạt 88,2%; hỗ trợ các hộ bị thiệt hại nặng tổng số tiền 850 triệu đồng.

Theo dự báo của Đài Khí tượng Thủy văn tỉnh, đợt triều cường từ ngày 27 đến 31/10 có thể cao hơn đợt này từ 5 đến 10 cm. UBND huyện yêu cầu các xã phấn đấu gia cố 100% tuyến đê bao xung yếu trước ngày 25/10/2023, thực hiện theo Công văn số 2145/UBND-NN của UBND tỉnh.

Nguồn: Phòng Văn hóa và Thông tin huyện
Địa chỉ: Khu phố 2, thị trấn Châu Thành, huyện Châu Thành, tỉnh Bến Tre
Điện thoại: 0275.3860.214
"""

EV = per("từ ngày 28/9 đến 1/10", "2023-09-28", "2023-10-01")
ASOF = per("Đến ngày 2/10", None, "2023-10-02")
FC = per("từ ngày 27 đến 31/10", "2023-10-27", "2023-10-31")
DL = per("trước ngày 25/10/2023", None, "2023-10-25")

FIGS = [
    fig("vỡ 17 đoạn đê bao\n", "17", 17, "count", "đoạn đê bao", subject="đoạn đê bao bị tràn, vỡ"),
    fig("vỡ 17 đoạn đê bao, bờ bao", "17", 17, "count", "đoạn đê bao, bờ bao",
        subject="đoạn đê bao, bờ bao bị tràn, vỡ", period=EV),
    fig("khoảng 1.240 m", "1.240", 1240, "measure", "m", approx="about",
        subject="tổng chiều dài đê bao, bờ bao bị tràn, vỡ", period=EV),
    fig("tại 9/22", "9", 9, "count", "xã, thị trấn", total=22,
        subject="xã, thị trấn có đê bao bị tràn, vỡ", period=EV),
    fig("đạt 2,12 m", "2,12", 2.12, "measure", "m",
        change=chg("increase", 8, "cm", "cùng kỳ năm 2022"),
        subject="mực nước sông Tiền đoạn qua huyện cao nhất", period=inh(EV)),
    fig("có 356 ha", "356", 356, "measure", "ha", subject="diện tích vườn cây ăn trái bị ảnh hưởng"),
    fig("48 ha", "48", 48, "measure", "ha", total=356, subject="diện tích sầu riêng bị ngập úng cục bộ"),
    fig("112 ha", "112", 112, "measure", "ha", total=356, subject="diện tích bưởi da xanh bị ngập úng cục bộ"),
    fig("hơn 1.600 hộ", "1.600", 1600, "count", "hộ dân", approx="over", subject="hộ dân bị nước tràn vào nhà"),
    fig("khoảng 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 1.5, "lần", "đợt triều cường tháng 11/2022"),
        subject="tổng thiệt hại", period=inh(EV)),
    fig("350 lượt", "350", 350, "count", "lượt dân quân, thanh niên",
        subject="lượt dân quân, thanh niên huy động gia cố đê bao"),
    fig("hai vạn bao cát", "hai", 20000, "count", "bao cát", subject="bao cát sử dụng"),
    fig("3.000 cây tràm", "3.000", 3000, "count", "cây tràm", subject="cây tràm sử dụng"),
    fig("14 máy bơm", "14", 14, "count", "máy bơm", subject="máy bơm sử dụng"),
    fig("xong 15/17", "15", 15, "count", "đoạn đê bao", total=17, percent=88.2,
        subject="đoạn đê bao bị tràn, vỡ đã khắc phục xong", period=ASOF),
    fig("850 triệu", "850", 850e6, "money", "đồng", subject="tiền hỗ trợ các hộ bị thiệt hại nặng",
        period=ASOF),
    fig("từ 5 đến 10 cm", "5", 5, "measure", "cm", value_max=10, status="forecast",
        subject="mực nước đợt triều cường cao hơn đợt này", period=FC),
    fig("gia cố 100%", "100", 100, "percent", "%", status="target",
        subject="tuyến đê bao xung yếu được gia cố", period=DL),
]

NOTES = [
    "District portal (huyện Châu Thành, tỉnh Bến Tre): banner, menu, date line '03/10/2023 - 09:20', source and address footer.",
    "Distractors: 'rằm tháng 8 âm lịch', 'tháng 11/2022' (a baseline), 'Khu phố 2', phone 0275.3860.214, 'Công văn số 2145/UBND-NN', the time 09:20.",
    "The headline 17 and the body 17 are two mentions, both figures. '9/22 xã, thị trấn' → total 22; '15/17 … đạt 88,2%' → total 17, percent 88,2.",
    "'cao hơn cùng kỳ năm 2022 là 8 cm' after the 2,12 m is its change (unit cm). 'gấp 1,5 lần đợt triều cường tháng 11/2022' is the change of 7,5 tỷ.",
    "'cao hơn đợt này từ 5 đến 10 cm' has no base amount in its sentence: a measure figure (forecast) of its own.",
    "'phấn đấu gia cố 100% … trước ngày 25/10/2023' → target, period end 2023-10-25 (a deadline, start null).",
    "'Đến ngày 2/10' (as-of) governs both clauses of its sentence (15/17 and 850 triệu).",
    "Location: every figure is the district's (Châu Thành); communes (Tân Thạch, An Khánh, Phú Túc) are not locations.",
]

if __name__ == "__main__":
    write("p1280-2", TEXT, NOTES, FIGS, published="2023-10-03", location="Châu Thành")
