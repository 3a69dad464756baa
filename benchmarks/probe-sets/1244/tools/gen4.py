"""p1244-4: provincial Party newspaper (Báo Cà Mau, tag '(CMO) -'): ba ba raised in the melaleuca forest of huyện U Minh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Cà Mau điện tử > Kinh tế > Nông nghiệp

Nuôi ba ba dưới tán rừng tràm: Hướng đi mới ở U Minh

Cập nhật lúc 07:15, Thứ Tư, 12/6/2024

(CMO) - Tận dụng kênh mương trong rừng tràm, nhiều hộ dân ở huyện U Minh đã nuôi ba ba mang lại hiệu quả kinh tế cao, mỗi năm cho lợi nhuận hàng trăm triệu đồng.

Gia đình anh Trần Văn Lợi, ấp 7, xã Khánh An, bắt đầu nuôi ba ba từ năm 2020 với 300 con giống. Đến nay, anh đã nuôi gần 2.000 con trên diện tích mặt nước khoảng 1.200 m2. Vụ nuôi vừa qua, anh xuất bán 1,6 tấn ba ba thương phẩm với giá 280.000 đồng/kg, thu về khoảng 450 triệu đồng; trừ chi phí, lãi hơn 200 triệu đồng.

“Ba ba dễ nuôi, ít bệnh, thức ăn chủ yếu là cá tạp và ốc bươu vàng sẵn có trong rừng, nên chi phí chỉ bằng khoảng 60% so với nuôi trong ao đất”, anh Lợi chia sẻ.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện U Minh, toàn huyện hiện có 136 hộ nuôi ba ba dưới tán rừng, tăng 41 hộ so với năm 2022; tổng số ba ba đang nuôi ước trên 52.000 con. Năm 2023, sản lượng ba ba xuất bán đạt 78 tấn, giá trị khoảng 21 tỷ đồng.

Huyện đặt mục tiêu đến năm 2025 phát triển từ 200 đến 250 hộ nuôi, hình thành ít nhất một tổ hợp tác tiêu thụ ba ba. Hội Nông dân huyện đã giải ngân 3,2 tỷ đồng vốn vay ưu đãi cho 64 hộ nuôi, mỗi hộ được vay tối đa 50 triệu đồng.

HỮU NGHĨA
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("lợi nhuận hàng trăm triệu", "hàng trăm", 100e6, "money", "đồng/năm", approx="about",
        subject="lợi nhuận mỗi năm của hộ nuôi ba ba", optional=True),
    fig("với 300 con giống", "300", 300, "count", "con giống",
        subject="con giống anh Trần Văn Lợi thả nuôi ban đầu", period=Y20),
    fig("gần 2.000 con", "2.000", 2000, "count", "con", approx="nearly",
        subject="ba ba anh Trần Văn Lợi đang nuôi"),
    fig("khoảng 1.200 m2", "1.200", 1200, "measure", "m2", approx="about", subject="diện tích mặt nước nuôi ba ba"),
    fig("xuất bán 1,6 tấn", "1,6", 1.6, "measure", "tấn", subject="ba ba thương phẩm anh xuất bán vụ nuôi vừa qua"),
    fig("giá 280.000 đồng/kg", "280.000", 280000, "money", "đồng/kg", subject="giá bán ba ba thương phẩm"),
    fig("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about", subject="tiền thu về từ bán ba ba"),
    fig("lãi hơn 200 triệu", "200", 200e6, "money", "đồng", approx="over", subject="lãi sau khi trừ chi phí"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="chi phí nuôi ba ba dưới tán rừng so với nuôi trong ao đất"),
    fig("có 136 hộ", "136", 136, "count", "hộ", change=chg("increase", 41, "hộ", "năm 2022"),
        subject="hộ nuôi ba ba dưới tán rừng"),
    fig("ước trên 52.000 con", "52.000", 52000, "count", "con", approx="over", status="estimate",
        subject="tổng số ba ba đang nuôi"),
    fig("đạt 78 tấn", "78", 78, "measure", "tấn", subject="sản lượng ba ba xuất bán", period=Y23),
    fig("khoảng 21 tỷ", "21", 21e9, "money", "đồng", approx="about",
        subject="giá trị ba ba xuất bán", period=Y23),
    fig("từ 200 đến 250 hộ", "200", 200, "count", "hộ", value_max=250, status="target",
        subject="hộ nuôi ba ba", period=T25),
    fig("ít nhất một tổ", "một", 1, "count", "tổ hợp tác", approx="at_least", status="target",
        subject="tổ hợp tác tiêu thụ ba ba", period=T25),
    fig("giải ngân 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", subject="vốn vay ưu đãi Hội Nông dân huyện giải ngân"),
    fig("cho 64 hộ", "64", 64, "count", "hộ", subject="hộ nuôi được vay vốn ưu đãi"),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng/hộ", approx="at_most", subject="mức vay mỗi hộ"),
]

NOTES = [
    "Provincial Party newspaper (Báo Cà Mau): breadcrumb, 'Cập nhật lúc 07:15, Thứ Tư, 12/6/2024', sapo with tag '(CMO) -', byline at the end.",
    "Distractors: 07:15, 'ấp 7', the founding year 'năm 2020' (a period), 'năm 2022' (a baseline), byline.",
    "All figures are in huyện U Minh (xã Khánh An is a commune of it): location U Minh.",
    "Sapo 'hàng trăm triệu đồng' mỗi năm: a number word of approximate size (spec: 'hàng chục nghìn', approx); optional because the spec",
    "fixes neither its value nor its approx (annotated 100 triệu, about).",
    "'từ năm 2020 với 300 con giống': the 300 hold in 2020, period năm 2020. 'Đến nay'/'hiện' give no period (shared gold habit).",
    "'chi phí chỉ bằng khoảng 60% so với nuôi trong ao đất' (a quote) is a percent figure: no amount before it.",
    "'tăng 41 hộ so với năm 2022' is the change of 136 hộ. 'ước trên 52.000 con' → estimate + over.",
    "'mục tiêu đến năm 2025' governs both clauses (200-250 hộ, ít nhất một tổ hợp tác). 'mỗi hộ được vay tối đa 50 triệu đồng' → đồng/hộ, at_most.",
]

if __name__ == "__main__":
    write("p1244-4", TEXT, NOTES, FIGS, published="2024-06-12", location="U Minh")
