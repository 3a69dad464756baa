"""p701-2: Krông Bông district portal (Đắk Lắk) — civil registration in Q1/2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Krông Bông: Quý I/2024 đăng ký khai sinh cho 612 trẻ em

Thứ Tư, 10/04/2024 - 14:20

Trong quý I/2024, Phòng Tư pháp huyện và UBND 14 xã, thị trấn đã đăng ký khai sinh cho 612 trẻ em, trong đó 587 trường hợp đăng ký đúng hạn; đăng ký khai tử 198 trường hợp; đăng ký kết hôn 241 cặp, tăng 27 cặp so với cùng kỳ năm 2023.

Số trẻ em người đồng bào dân tộc thiểu số được đăng ký khai sinh là 265 em, chiếm 43,3%. Qua rà soát, trên địa bàn còn 37 trẻ em chưa được đăng ký khai sinh, tập trung ở các xã Cư Pui (15 trẻ), Hòa Phong (11 trẻ) và Yang Mao (8 trẻ).

Để hỗ trợ người dân vùng sâu, Phòng Tư pháp phối hợp tổ chức 6 đợt đăng ký hộ tịch lưu động tại các buôn, thôn, giải quyết 83 trường hợp, chủ yếu ở buôn Cư Drăm và thôn 7 xã Yang Mao. Tỷ lệ hồ sơ hộ tịch được tiếp nhận, giải quyết trực tuyến toàn trình đạt 68,5%, cao hơn 12,4% so với quý IV/2023.

Trong quý, huyện phát hiện 3 trường hợp tảo hôn, giảm 2 trường hợp so với cùng kỳ. Theo Kế hoạch số 45/KH-UBND, năm 2024 huyện phấn đấu 100% trẻ em sinh ra được đăng ký khai sinh đúng hạn và giảm tỷ lệ tảo hôn xuống dưới 2%.

Phòng Tư pháp huyện cũng đã cấp 1.146 bản sao trích lục hộ tịch, thu lệ phí gần 4,9 triệu đồng.

Mọi thông tin xin liên hệ: Phòng Tư pháp huyện Krông Bông, Tổ dân phố 4, thị trấn Krông Kmar; ĐT: 0262.3873.125.
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    fig("cho 612 trẻ em\n", "612", 612, "count", "trẻ em",
        subject="trẻ em được đăng ký khai sinh", period=Q1),
    fig("UBND 14 xã", "14", 14, "count", "xã, thị trấn",
        subject="xã, thị trấn đăng ký hộ tịch", period=Q1),
    fig("cho 612 trẻ em,", "612", 612, "count", "trẻ em",
        subject="trẻ em được đăng ký khai sinh", period=Q1),
    fig("trong đó 587 trường hợp", "587", 587, "count", "trường hợp", total=612,
        subject="trường hợp đăng ký khai sinh đúng hạn", period=Q1),
    fig("khai tử 198 trường hợp", "198", 198, "count", "trường hợp",
        subject="trường hợp đăng ký khai tử", period=Q1),
    fig("kết hôn 241 cặp", "241", 241, "count", "cặp",
        change=chg("increase", 27, unit="cặp", baseline="cùng kỳ năm 2023"),
        subject="cặp đăng ký kết hôn", period=Q1),
    fig("là 265 em", "265", 265, "count", "em", percent=43.3,
        subject="trẻ em người đồng bào dân tộc thiểu số được đăng ký khai sinh", period=inh(Q1)),
    fig("còn 37 trẻ em", "37", 37, "count", "trẻ em",
        subject="trẻ em chưa được đăng ký khai sinh"),
    fig("Cư Pui (15 trẻ)", "15", 15, "count", "trẻ",
        subject="trẻ em chưa được đăng ký khai sinh"),
    fig("Hòa Phong (11 trẻ)", "11", 11, "count", "trẻ",
        subject="trẻ em chưa được đăng ký khai sinh"),
    fig("Yang Mao (8 trẻ)", "8", 8, "count", "trẻ",
        subject="trẻ em chưa được đăng ký khai sinh"),
    fig("tổ chức 6 đợt", "6", 6, "count", "đợt",
        subject="đợt đăng ký hộ tịch lưu động", period=inh(Q1)),
    fig("giải quyết 83 trường hợp", "83", 83, "count", "trường hợp",
        subject="trường hợp được giải quyết qua đăng ký hộ tịch lưu động", period=inh(Q1)),
    fig("toàn trình đạt 68,5%", "68,5", 68.5, "percent", "%",
        change=chg("increase", 12.4, baseline="quý IV/2023"),
        subject="tỷ lệ hồ sơ hộ tịch được tiếp nhận, giải quyết trực tuyến toàn trình", period=inh(Q1)),
    fig("phát hiện 3 trường hợp", "3", 3, "count", "trường hợp",
        change=chg("decrease", 2, unit="trường hợp", baseline="cùng kỳ"),
        subject="trường hợp tảo hôn", period=per("Trong quý", "2024-01-01", "2024-03-31")),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trẻ em sinh ra được đăng ký khai sinh đúng hạn", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("dưới 2%", "2", 2, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tảo hôn", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("cấp 1.146 bản sao", "1.146", 1146, "count", "bản sao",
        subject="bản sao trích lục hộ tịch được cấp", period=inh(Q1)),
    fig("gần 4,9 triệu đồng", "4,9", 4900000, "money", "đồng", approx="nearly",
        subject="lệ phí hộ tịch thu được", period=inh(Q1)),
]

COMMENTS = [
    "Krông Bông district portal (Đắk Lắk), 'Thứ Tư, 10/04/2024 - 14:20': civil registration in quý I/2024.",
    "Location = the district (as 469 did for district portals), also for the commune list items (Cư Pui, Hòa Phong, Yang Mao).",
    "revised after the first run: the commune items had the commune as location (annotator's choice); FIGURES.md §3 defines location",
    "as a province, city or district and makes list items the location only when they are one of those: changed to Krông Bông.",
    "The commune items do not add up to 37 (15+11+8=34, 'tập trung ở') and follow no cue: no total.",
    "Distractors: Kế hoạch số 45/KH-UBND, 'thôn 7', 'Tổ dân phố 4', phone 0262.3873.125, menu line, dateline.",
    "'cao hơn 12,4% so với quý IV/2023' is the change of the 68,5% rate (as h09's 'thấp hơn 0,4% so với chỉ tiêu').",
    "'còn 37 trẻ em' (Qua rà soát, present state) has no period (a present state); the copies and fee inherit quý I.",
]

if __name__ == "__main__":
    emit("p701-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Krông Bông")
