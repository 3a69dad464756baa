"""p1176-6: national newspaper: TP HCM car plates won at auction but not paid; registrations 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Giao thông

Thứ năm, 17/10/2024, 05:30 (GMT+7)

Gần 1.400 biển số ô tô trúng đấu giá ở TP HCM bị bỏ cọc

Sau hơn một năm đấu giá trực tuyến, TP HCM có 1.386 biển số ô tô mà người trúng không nộp tiền, chiếm khoảng 11% số biển trúng đấu giá của thành phố.

Theo Phòng CSGT Công an TP HCM, từ tháng 9/2023 đến hết tháng 9/2024, thành phố có 12.574 biển số trúng đấu giá, thu hơn 571 tỷ đồng. Trong số biển bị bỏ, nhiều biển có giá trúng từ 500 triệu đến 2,1 tỷ đồng, như biển 51L-979.79 trúng 2,1 tỷ đồng.

Người trúng đấu giá không nộp tiền sẽ mất khoản tiền đặt trước 40 triệu đồng. Ông Nguyễn Minh Tâm, ngụ quận Bình Thạnh, cho biết đã trả 465 triệu đồng cho biển 51K-686.86 nhưng gia đình không thu xếp đủ tiền trong thời hạn 15 ngày.

Cũng theo Phòng CSGT, bình quân mỗi ngày các điểm đăng ký xe trên địa bàn tiếp nhận 1.250 hồ sơ ô tô. 9 tháng qua, thành phố đăng ký mới 56.900 ô tô, giảm 3,5% so với cùng kỳ, trong khi xe máy tăng 7,2%. Trong số ô tô đăng ký mới có khoảng 4.700 xe điện, chiếm 8,3%.

Theo Cục CSGT, cả nước hiện có hơn 4.500 biển số trúng đấu giá bị bỏ, tập trung nhiều ở Hà Nội và TP HCM. Từ năm 2025, người trúng đấu giá không nộp tiền sẽ không được tham gia đấu giá biển số trong thời hạn một năm.

Lê Tuyết
"""

AUC = per("từ tháng 9/2023 đến hết tháng 9/2024", "2023-09-01", "2024-09-30")
M9 = per("9 tháng qua", "2024-01-01", "2024-09-30")

FIGS = [
    fig("Gần 1.400 biển số", "1.400", 1400, "count", "biển số", approx="nearly",
        subject="biển số ô tô trúng đấu giá bị bỏ cọc"),
    fig("có 1.386 biển số", "1.386", 1386, "count", "biển số", percent=11,
        subject="biển số ô tô người trúng không nộp tiền"),
    fig("có 12.574 biển số", "12.574", 12574, "count", "biển số",
        subject="biển số trúng đấu giá", period=AUC),
    fig("thu hơn 571 tỷ", "571", 571000000000, "money", "đồng", approx="over",
        subject="tiền thu từ đấu giá biển số", period=AUC),
    fig("từ 500 triệu", "500", 500000000, "money", "đồng", value_max=2100000000,
        subject="giá trúng của biển bị bỏ"),
    fig("trúng 2,1 tỷ", "2,1", 2100000000, "money", "đồng",
        subject="giá trúng biển 51L-979.79"),
    fig("trước 40 triệu", "40", 40000000, "money", "đồng",
        subject="tiền đặt trước"),
    fig("trả 465 triệu", "465", 465000000, "money", "đồng",
        subject="giá trả cho biển 51K-686.86", location="Bình Thạnh"),
    fig("thời hạn 15 ngày", "15", 15, "measure", "ngày",
        subject="thời hạn nộp tiền", location="Bình Thạnh", optional=True),
    fig("tiếp nhận 1.250 hồ sơ", "1.250", 1250, "measure", "hồ sơ/ngày",
        subject="hồ sơ ô tô các điểm đăng ký xe tiếp nhận bình quân mỗi ngày"),
    fig("mới 56.900 ô tô", "56.900", 56900, "count", "ô tô",
        change=chg("decrease", 3.5, "%", "cùng kỳ"), subject="ô tô đăng ký mới", period=M9),
    fig("tăng 7,2%", "7,2", 7.2, "percent", "%",
        subject="tăng trưởng đăng ký mới xe máy", period=M9),
    fig("khoảng 4.700 xe điện", "4.700", 4700, "count", "xe điện", approx="about", total=56900, percent=8.3,
        subject="ô tô điện đăng ký mới", period=inh(M9)),
    fig("hơn 4.500 biển số", "4.500", 4500, "count", "biển số", approx="over",
        subject="biển số trúng đấu giá bị bỏ", location="Việt Nam"),
    fig("thời hạn một năm", "một", 1, "measure", "năm",
        subject="thời hạn không được tham gia đấu giá", location="Việt Nam", optional=True),
]

NOTES = [
    "National newspaper: 'Thứ năm, 17/10/2024, 05:30 (GMT+7)' (published 2024-10-17); byline at the end. Default location TP Hồ Chí Minh.",
    "'chiếm khoảng 11% số biển trúng đấu giá' gives percent 11 (no numeric whole in the cue). 'từ tháng 9/2023 đến hết tháng 9/2024' is a month range.",
    "'từ 500 triệu đến 2,1 tỷ đồng' is a money range (the multiplier differs per end). 'trúng 2,1 tỷ đồng' repeats the upper end as one plate: its own figure.",
    "Ông Tâm (quận Bình Thạnh): location Bình Thạnh. 'bình quân mỗi ngày ... 1.250 hồ sơ' is a rate (hồ sơ/ngày).",
    "'Trong số ô tô đăng ký mới có khoảng 4.700 xe điện, chiếm 8,3%': part of 56.900 (total) with percent. '9 tháng qua' year-less -> 2024. 'xe máy tăng 7,2%' is a growth rate standing as the claim: percent figure, no change object.",
    "'cả nước hiện có hơn 4.500' is national. Deadlines '15 ngày', 'một năm' optional. 'hơn một năm' locates in time.",
    "Distractors: 51L-979.79, 51K-686.86, 05:30, (GMT+7), tháng 9/2023, năm 2025.",
]

if __name__ == "__main__":
    write("p1176-6", TEXT, NOTES, FIGS, published="2024-10-17", location="TP Hồ Chí Minh")
